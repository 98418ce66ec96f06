// With JavaScript, 'use my location' rounds to about 1 km and searches;
// without it, the button stays hidden.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-my-location");

test("with JavaScript, 'use my location' rounds to about 1 km and searches", async () => {
  const { page, context, foreign } = await openPage(browser, server.base, true, {
    geolocation: { latitude: 42.901234, longitude: 71.365678 },
    permissions: ["geolocation"],
  });
  await page.goto(`${server.base}/ru?evening=1`);
  const button = page.locator(".locate button");
  await button.waitFor({ state: "visible", timeout: 15000 });
  await Promise.all([page.waitForURL(/lat=/), button.click()]);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("lat"), "42.90");
  assert.equal(url.searchParams.get("lon"), "71.37");
  assert.equal(url.searchParams.get("evening"), "1", "filters carry over");
  assert.ok((await page.locator(".site-card").count()) >= 1);
  assert.deepEqual(foreign, []);
  await context.close();
});

test("without JavaScript, the location button stays hidden", async () => {
  const { page, context } = await openPage(browser, server.base, false);
  await page.goto(`${server.base}/ru`);
  assert.equal(await page.locator(".locate button").isVisible(), false);
  await context.close();
});
