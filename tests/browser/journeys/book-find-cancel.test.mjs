// Book an evening slot with a nickname, find it by its code, cancel it;
// the code never travels in an address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-book-find-cancel");

for (const { js, mode } of MODES) {
  test(`book an evening slot with a nickname, find it by code, cancel it (${mode})`, async () => {
    const { page, context, foreign } = await openPage(browser, server.base, js);
    const urls = [];
    page.on("request", (request) => urls.push(request.url()));
    await page.goto(`${server.base}/ru/site/demo-taraz-friendly-cabinet`);
    const evening = page.locator("a.slot.evening").first();
    await Promise.all([page.waitForURL(/\/ru\/book\//), evening.click()]);
    await page.fill("#nickname", js ? "Ночная Лиса" : "Лиса_7");
    // With JavaScript the forms post in the background: a full page load
    // would lose this mark.
    if (js) await page.evaluate(() => { window.noFullReload = true; });
    await page.click("button[type=submit]");
    const codeBox = page.locator("#booking-code");
    await codeBox.waitFor();
    const code = (await codeBox.textContent()).trim();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.ok(await page.locator(".qr svg").isVisible(), "a QR code");
    assert.match(await page.locator(".confirmation").textContent(), /\(вечер\)|1[89]:|2[0-3]:/);
    if (js) assert.equal(await page.evaluate(() => window.noFullReload), true, "booked without a full reload");

    await page.goto(`${server.base}/ru/booking`);
    if (js) await page.evaluate(() => { window.noFullReload = true; });
    await page.fill("#code", code.toLowerCase());
    await page.click(".find-form button[type=submit]");
    await page.locator("#found").waitFor();
    assert.match(await page.locator("#found").textContent(), /записан\(а\)/);
    await page.click("#cancel");
    await page.locator("#cancelled").waitFor();
    if (js) assert.equal(await page.evaluate(() => window.noFullReload), true, "found and cancelled without a full reload");

    const codeDigits = code.replace("-", "");
    for (const url of urls) {
      assert.ok(!url.includes(code) && !url.toUpperCase().includes(codeDigits), `the code leaked into ${url}`);
    }
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
