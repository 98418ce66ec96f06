// A cancelled booking's code answers exactly as a code never issued
// (a server of its own: the look-up budget of one address is 20 tries).
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-cancelled-code");

for (const { js, mode } of MODES) {
  test(`a cancelled booking's code answers exactly as a code never issued (${mode})`, async () => {
    const { page, context } = await openPage(browser, server.base, js);
    await page.goto(`${server.base}/ru/site/demo-taraz-friendly-cabinet`);
    await Promise.all([page.waitForURL(/\/ru\/book\//), page.locator("a.slot").first().click()]);
    await page.fill("#nickname", js ? "Сова" : "Сова_2");
    await page.click("button[type=submit]");
    await page.locator("#booking-code").waitFor();
    const code = (await page.locator("#booking-code").textContent()).trim();
    assert.match(await page.locator("#code-ends").textContent(), /перестаёт работать после визита/);
    const answerTo = async (typed) => {
      await page.goto(`${server.base}/ru/booking`);
      await page.fill("#code", typed);
      await page.click(".find-form button[type=submit]");
      await page.locator("main p.error, #found").first().waitFor();
      return page.locator("main").innerHTML();
    };
    await answerTo(code);
    await page.click("#cancel");
    await page.locator("#cancelled").waitFor();
    assert.equal(await answerTo(code), await answerTo("0000-0000"), "a cancelled code answers as no code");
    await context.close();
  });
}
