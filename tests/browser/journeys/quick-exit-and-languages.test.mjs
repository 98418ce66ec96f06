// Every page has a quick exit and a language switch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-quick-exit-and-languages");

for (const { js, mode } of MODES) {
  test(`every page has a quick exit and a language switch (${mode})`, async () => {
    const { page, context } = await openPage(browser, server.base, js);
    await page.goto(`${server.base}/ru?place=Taraz`);
    assert.ok(await page.locator("#quick-exit").isVisible());
    await Promise.all([page.waitForURL(/\/kk\?/), page.click("nav.languages a[hreflang=kk]")]);
    assert.equal(await page.getAttribute("html", "lang"), "kk");
    assert.match(await page.locator("main").textContent(), /Сенім|орын|Тараз/);
    await context.close();
  });
}
