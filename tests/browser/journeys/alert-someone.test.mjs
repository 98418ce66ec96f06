// On a phone, alert someone trusted: the number and a rounded location in
// the SMS link, never sent; quick exit forgets them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, NEUTRAL_PAGE, followQuickExit, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-alert-someone");

for (const { js, mode } of MODES) {
  test(`on a 360 px phone, alert someone trusted: saved number and rounded location in the SMS link, never sent; quick exit forgets it (${mode})`, async () => {
    const { page, context, foreign } = await openPage(browser, server.base, js, {
      viewport: { width: 360, height: 740 },
      geolocation: { latitude: 43.238949, longitude: 76.889709 },
      permissions: ["geolocation"],
    });
    const sent = [];
    page.on("request", (request) => sent.push(`${request.url()} ${request.postData() || ""}`));
    await page.goto(`${server.base}/ru/help`);
    assert.equal(await page.getAttribute("#call-112", "href"), "tel:112");
    const alert = page.locator("#alert-sms");
    const message = encodeURIComponent("Мне нужна помощь. Позвони мне или приходи.");
    if (!js) {
      assert.equal(await alert.getAttribute("href"), `sms:?body=${message}`, "the message, no number");
      assert.equal(await page.locator("#trusted-number").isVisible(), false, "nothing to save without JavaScript");
      await context.close();
      return;
    }
    await page.locator("#trusted-number").waitFor({ state: "visible", timeout: 15000 });
    await page.fill("#trusted-number", "+7 701 234-56-78");
    await page.click("form.trusted button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#alert-sms").href.startsWith("sms:+77012345678?body="));
    await page.click("#alert-location");
    await page.waitForFunction(() => document.querySelector("#alert-sms").href.includes("43.239"));
    const href = decodeURIComponent(await alert.getAttribute("href"));
    assert.match(href, /^sms:\+77012345678\?body=Мне нужна помощь\. .*43\.239, 76\.890 \(около 100 м\)\.$/);
    assert.doesNotMatch(href, /43\.2389|76\.8897/, "never more precise than about 100 m");

    await page.reload();
    await page.waitForFunction(() => document.querySelector("#alert-sms").href.startsWith("sms:+77012345678"));
    await followQuickExit(page, () => page.click("#quick-exit"));
    await page.goto(`${server.base}/ru/help`);
    await page.locator("#trusted-number").waitFor({ state: "visible", timeout: 15000 });
    assert.equal(await page.inputValue("#trusted-number"), "", "quick exit forgot the number");
    assert.equal(await alert.getAttribute("href"), `sms:?body=${message}`);
    for (const request of sent) {
      assert.ok(!/7012345678|701%20234|43\.23|76\.88|76\.89/.test(request), `sent: ${request}`);
    }
    assert.deepEqual(foreign.filter((url) => !url.startsWith(NEUTRAL_PAGE)), [], "only the quick exit's neutral page");
    await context.close();
  });
}
