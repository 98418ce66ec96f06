// Escape leaves for a neutral page, and Back does not return.
import { test } from "node:test";
import assert from "node:assert/strict";
import { followQuickExit, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-escape");

test("Escape leaves for a neutral page and Back does not return", async () => {
  const { page, context } = await openPage(browser, server.base, true);
  await page.goto(`${server.base}/ru/help`);
  await page.waitForLoadState("load");
  await followQuickExit(page, () => page.keyboard.press("Escape"));
  await page.goBack().catch(() => {});
  assert.ok(!page.url().includes("/ru/help"), `Back returned to ${page.url()}`);
  await context.close();
});
