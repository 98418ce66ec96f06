// Filters narrow the results and the form keeps them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-filters");

for (const { js, mode } of MODES) {
  test(`filters narrow the results (${mode})`, async () => {
    const { page, context } = await openPage(browser, server.base, js);
    await page.goto(`${server.base}/ru`);
    await page.fill("#place", "Тараз");
    await page.check("#f-weekend");
    await page.selectOption("#service", "needles_syringes");
    await Promise.all([page.waitForURL(/weekend=1/), page.click("button[type=submit]")]);
    const cards = page.locator(".site-card");
    assert.ok((await cards.count()) >= 1);
    for (const badges of await cards.locator(".badges").allTextContents()) {
      assert.match(badges, /В выходные/);
    }
    assert.ok(await page.isChecked("#f-weekend"), "the form keeps the filter");
    await context.close();
  });
}
