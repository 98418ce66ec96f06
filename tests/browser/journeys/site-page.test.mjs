// A site page shows its hours, services, source and date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, searchFromTaraz, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-site-page");

for (const { js, mode } of MODES) {
  test(`a site page shows hours, services, source and date (${mode})`, async () => {
    const { page, context, foreign } = await openPage(browser, server.base, js);
    await searchFromTaraz(page, server.base, js);
    await Promise.all([page.waitForURL(/\/ru\/site\//), page.locator(".site-card h3 a").first().click()]);
    await page.waitForSelector("table.week");
    const text = await page.locator("article.site").textContent();
    assert.match(text, /Часы работы/);
    assert.match(text, /Проверено \d{1,2} [а-я]+ \d{4}/);
    assert.match(text, /ДЕМО/);
    assert.ok((await page.locator("tr.weekend").count()) === 2, "Saturday and Sunday are marked");
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
