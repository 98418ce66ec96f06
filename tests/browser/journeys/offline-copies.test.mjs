// Offline, pages opened before still show, marked as saved; booking pages
// are not kept; quick exit deletes the copies, even without a connection.
import { test } from "node:test";
import assert from "node:assert/strict";
import { followQuickExit, keptOnThePhone, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-offline-copies");

test("offline, a site page and Help now opened before still show, marked as saved; booking pages are not kept; quick exit deletes the copies", async () => {
  const { page, context } = await openPage(browser, server.base, true);
  const site = `${server.base}/ru/site/demo-taraz-friendly-cabinet`;
  await page.goto(site);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker controls the pages opened from now on.
  await page.goto(site);
  await page.goto(`${server.base}/ru/help`);
  const book = await page.locator("a.slot").first().getAttribute("href").catch(() => null);
  await page.goto(site);
  const slot = await page.locator("a.slot").first().getAttribute("href");
  await page.goto(`${server.base}${slot}`);
  await page.locator("#nickname").waitFor();
  const kept = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  assert.ok(kept.includes("/ru/site/demo-taraz-friendly-cabinet") && kept.includes("/ru/help"), `kept: ${kept}`);
  assert.ok(!kept.some((path) => /book|staff|_sfn|api/.test(path)), `kept: ${kept}`);
  assert.equal(book, null);

  await context.setOffline(true);
  await page.goto(site);
  assert.match(await page.locator("h1").textContent(), /ДЕМО/);
  assert.ok(await page.locator("#saved-copy").isVisible(), "marked as a saved copy");
  assert.match(await page.locator("#saved-copy").textContent(), /Сохранено: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await assert.rejects(page.goto(`${server.base}${slot}`), "a booking page is not there offline");
  await context.setOffline(false);

  await page.goto(`${server.base}/ru/help`);
  assert.equal(await page.locator("#saved-copy").isVisible(), false, "online, the live page");
  await followQuickExit(page, () => page.click("#quick-exit"));
  await page.goto(`${server.base}/en`);
  const left = await page.evaluate(async () => {
    const paths = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
  assert.deepEqual(left.filter((path) => !["/en", "/quick-exit.js"].includes(path)), [], "quick exit deleted the saved copies");
  await context.close();
});

test("without a connection, quick exit on a saved copy still deletes the copies, storage and the worker", async () => {
  const { page, context } = await openPage(browser, server.base, true);
  const site = `${server.base}/ru/site/demo-taraz-friendly-cabinet`;
  await page.goto(site);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(site);
  await page.evaluate(() => localStorage.setItem("senim-trusted-number", "+77012345678"));
  // The browser's own cache may have let quick-exit.js go: only the worker's copy is left.
  await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
  await context.setOffline(true);
  await page.goto(site);
  assert.ok(await page.locator("#saved-copy").isVisible(), "the saved copy");
  await Promise.all([
    page.waitForEvent("requestfailed", (request) => new URL(request.url()).pathname === "/exit"),
    page.click("#quick-exit"),
  ]);
  await page.waitForURL(/^chrome-error:/);
  await context.setOffline(false);
  await page.goto(`${server.base}/healthz`);
  assert.deepEqual(await keptOnThePhone(page), { cached: [], local: [], workers: 0 });
  await context.close();
});
