// "Something wrong here?": a report that keeps no cookie; one report does
// not mark the site closed, a coordinator's confirmation does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { assertNoAxeViolations, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-report-something-wrong");

for (const { js, mode } of MODES) {
  test(`on a 360 px phone, "Something wrong here?" sends a report that keeps no cookie; one report does not mark the site closed, a coordinator's confirmation does (${mode})`, async () => {
    // Chromium's own "JavaScript off" also stops the timers axe needs:
    // without JavaScript, the page's scripts are blocked by policy instead.
    const { page, context, foreign } = await openPage(browser, server.base, true, { viewport: { width: 360, height: 740 } });
    if (!js) await withoutPageScripts(context);
    const site = js ? "demo-karagandy-ost-site" : "demo-aktobe-aids-centre";
    await page.goto(`${server.base}/ru/site/${site}`);
    assert.equal(await page.locator("#reported-closed").count(), 0);
    await page.locator("#report summary").click();
    await page.locator('#report input[name="problem"][value="closed"]').check();
    await page.locator("#report-note").fill("Закрыто с мая, вывески нет");
    await assertNoAxeViolations(page, `report form open (${mode})`);
    await Promise.all([page.waitForLoadState("load"), page.locator("#report button[type=submit]").click()]);
    await page.locator("#report-result").waitFor();
    assert.equal(await page.locator("#report-result").getAttribute("role"), "status");
    await assertNoAxeViolations(page, `report sent (${mode})`);
    assert.deepEqual(await context.cookies(), [], "no cookie");
    await page.goto(`${server.base}/ru/site/${site}`);
    assert.equal(await page.locator("#reported-closed").count(), 0, "one report is not enough");

    const admin = js ? "admin.confirm.js" : "admin.confirm.plain";
    addAccount(server, [admin, "--role", "admin"]);
    await signIn(page, server.base, admin);
    await page.goto(`${server.base}/ru/staff/site-reports`);
    await assertNoAxeViolations(page, `report queue (${mode})`);
    const row = page.locator("tr.site-report-row", { has: page.locator(`a[href="/ru/site/${site}"]`) });
    await Promise.all([page.waitForLoadState("load"), row.locator('form:has(input[name="outcome"][value="confirmed"]) button').click()]);
    await page.locator("#report-ended").waitFor();
    await page.goto(`${server.base}/ru/site/${site}`);
    assert.match(await page.locator("#reported-closed").textContent(), /2026|20\d\d/);
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
