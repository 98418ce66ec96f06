// An admin exports the directory and imports it back: every row unchanged;
// a bad row is named by its line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { assertNoAxeViolations, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-import-export");

for (const { js, mode } of MODES) {
  test(`an admin exports the directory and imports it back: the preview shows every row unchanged; a bad row is named by its line (${mode})`, async () => {
    const username = js ? "admin.import.js" : "admin.import.plain";
    addAccount(server, [username, "--role", "admin"]);
    const { page, context, foreign } = await openPage(browser, server.base, true);
    if (!js) await withoutPageScripts(context);
    await signIn(page, server.base, username);
    await page.goto(`${server.base}/ru/staff/directory/import`);
    await assertNoAxeViolations(page, `import page (${mode})`);
    const exported = await (await context.request.get(`${server.base}/ru/staff/directory/export.csv`)).text();
    await page.setInputFiles("#import-file", { name: "senim.csv", mimeType: "text/csv", buffer: Buffer.from(exported) });
    await Promise.all([page.waitForLoadState("load"), page.click("#import-preview")]);
    await page.locator("#import-confirm").waitFor();
    const rows = await page.locator("tr.import-row").count();
    assert.ok(rows > 40, `${rows} rows`);
    assert.equal(await page.locator("tr.import-unchanged").count(), rows, "every row unchanged");
    await assertNoAxeViolations(page, `import preview (${mode})`);
    const lines = exported.split("\n");
    lines[2] = lines[2].replace(/,(aids_centre|friendly_cabinet|trust_point|ost_site|ngo|mobile|online),/, ",castle,");
    await page.setInputFiles("#import-file", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
    await Promise.all([page.waitForLoadState("load"), page.click("#import-preview")]);
    await page.locator("#import-problem").waitFor();
    const refused = page.locator("tr.import-refused");
    assert.equal(await refused.count(), 1);
    assert.equal(await refused.locator("td").first().textContent(), "3");
    assert.equal(await page.locator("#import-confirm").count(), 0, "nothing to confirm");
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
