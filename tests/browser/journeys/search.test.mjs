// Search from Taraz: sites listed by distance, with their badges.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, searchFromTaraz, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-search");

for (const { js, mode } of MODES) {
  test(`search from Taraz lists sites by distance with badges (${mode})`, async () => {
    const { page, context, foreign } = await openPage(browser, server.base, js);
    const cards = await searchFromTaraz(page, server.base, js);
    const badges = await cards.first().locator(".badge").allTextContents();
    assert.ok(badges.includes("Без документов"), `badges: ${badges}`);
    assert.ok(badges.includes("Вечером"), `badges: ${badges}`);
    assert.deepEqual(foreign, [], "no request to another host");
    await context.close();
  });
}
