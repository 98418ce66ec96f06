// A coordinator adds a site, finds it in search at once, closes it (gone
// from search, the map and the API) and reopens it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { assertNoAxeViolations, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-coordinator-site");

for (const { js, mode } of MODES) {
  test(`a coordinator adds a site in the browser, finds it in search at once, closes it (gone from search, the map and the API) and reopens it (${mode})`, async () => {
    const username = js ? "coord.js" : "coord.plain";
    const id = js ? "test-almaty-new-ngo-js" : "test-almaty-new-ngo-plain";
    const name = js ? "Тестовая НКО Светлана" : "Тестовая НКО Маржан";
    addAccount(server, [username, "--role", "coordinator", "--region", "Almaty"]);
    const { page, context, foreign } = await openPage(browser, server.base, true);
    if (!js) await withoutPageScripts(context);
    await signIn(page, server.base, username);
    await page.goto(`${server.base}/ru/staff/directory`);
    await assertNoAxeViolations(page, `directory (${mode})`);
    await Promise.all([page.waitForURL(/\/directory\/new$/), page.click("#add-site")]);
    const fields = {
      id, name_ru: name, name_kk: name, name_en: "Test NGO", kind: "ngo", city: "Almaty",
      address: "", lat: "43.2567", lon: "76.9286", precision: "city", services: "condoms:free",
      requires_id: "no", anonymous_testing: "", languages: "ru|kk", phone: "", opening_hours: "",
      timezone: "Asia/Almaty", source_url: "https://example.org/outreach-check", checked_on: "2026-11-24", demo: "no",
    };
    for (const [column, value] of Object.entries(fields)) await page.fill(`#site-${column}`, value);
    await assertNoAxeViolations(page, `site form (${mode})`);
    await page.click(".booking-form button[type=submit]");
    await page.locator("#site-saved").waitFor();
    const inSearch = async () => {
      const results = await (await fetch(`${server.base}/ru?lat=43.2567&lon=76.9286`)).text();
      const sites = await (await fetch(`${server.base}/api/v1/sites`)).json();
      const near = await (await fetch(`${server.base}/api/v1/nearest?lat=43.2567&lon=76.9286&limit=5`)).json();
      return [results.includes(name), sites.features.some((f) => f.id === id), near.results.some((r) => r.id === id)];
    };
    assert.deepEqual(await inSearch(), [true, true, true], "in search, the map's data and the API at once");
    await page.goto(`${server.base}/ru?lat=43.2567&lon=76.9286`);
    assert.ok(await page.locator(".site-card", { hasText: name }).count() > 0, "a card in the results");

    await page.goto(`${server.base}/ru/staff/directory`);
    await page.locator(`form[action$="/staff/directory/${id}/close"] button`).click();
    await page.locator("#directory-message").waitFor();
    assert.deepEqual(await inSearch(), [false, false, false], "closed: gone everywhere");
    await page.locator(`form[action$="/staff/directory/${id}/reopen"] button`).click();
    await page.locator("#directory-message").waitFor();
    assert.deepEqual(await inSearch(), [true, true, true], "reopened: back");
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
