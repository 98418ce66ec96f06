// After a search for PEP, quick exit through /exit answers Clear-Site-Data
// and leaves no offline copy, storage or service worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { followQuickExit, keptOnThePhone, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-quick-exit-after-pep");

for (const js of [false, true]) {
  const mode = js ? "JavaScript on, quick-exit.js blocked" : "JavaScript off";
  test(`after a search for PEP, quick exit through /exit answers Clear-Site-Data and leaves no offline copy, storage or service worker (${mode})`, async () => {
    const { page, context } = await openPage(browser, server.base, js, {
      geolocation: { latitude: 43.238949, longitude: 76.889709 },
      permissions: ["geolocation"],
    });
    const blocked = [];
    await context.route("**/quick-exit.js", (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${server.base}/ru`);
    if (js) {
      // offline.js registers the worker; it controls the pages opened from now on.
      await page.evaluate(() => navigator.serviceWorker.ready);
    } else {
      // A phone on which Senim ran with JavaScript before: a worker and a saved copy.
      await page.evaluate(async () => {
        await navigator.serviceWorker.register("/sw.js");
        await (await caches.open("senim-pages-v1")).put(location.href, new Response("saved"));
      });
    }
    await page.evaluate(() => localStorage.setItem("senim-trusted-number", "+77012345678"));

    // The place name alone: a page the worker may keep.
    await page.goto(`${server.base}/ru`);
    await page.fill("#place", "Алматы");
    await Promise.all([page.waitForURL(/place=/), page.click("form.search button[type=submit]")]);
    // PEP near the place: neither the browser's cache nor the worker keeps it.
    await page.selectOption("#service", "pep");
    const [pep] = await Promise.all([
      page.waitForResponse((response) => /service=pep/.test(response.url()) && response.request().isNavigationRequest()),
      page.click("form.search button[type=submit]"),
    ]);
    assert.equal(pep.headers()["cache-control"], "no-store");
    assert.ok((await page.locator(".site-card").count()) >= 1, "PEP is found near Almaty");
    if (js) {
      const button = page.locator(".locate button");
      await button.waitFor({ state: "visible", timeout: 15000 });
      const [located] = await Promise.all([
        page.waitForResponse((response) => /lat=/.test(response.url()) && response.request().isNavigationRequest()),
        button.click(),
      ]);
      assert.match(located.url(), /service=pep/, "the filter carries over");
      assert.equal(located.headers()["cache-control"], "no-store");
      // The answer came; let its page finish loading before reading storage.
      await page.waitForURL(/lat=/);
      await page.waitForLoadState("load");
    }
    const before = await keptOnThePhone(page);
    assert.equal(before.workers, 1, "a service worker before quick exit");
    assert.ok(before.local.includes("senim-trusted-number"), `localStorage: ${before.local}`);
    assert.ok(before.cached.length >= 1, "a saved copy before quick exit");
    assert.ok(!before.cached.some((url) => /service=pep|lat=|lon=/.test(url)), `kept: ${before.cached}`);
    if (js) assert.ok(before.cached.some((url) => /place=/.test(url)), `the place search is kept: ${before.cached}`);

    const answer = await followQuickExit(page, () => page.click("#quick-exit"));
    assert.equal(answer.status(), 303);
    assert.equal((await answer.allHeaders())["clear-site-data"], '"cache", "storage"');
    if (js) assert.ok(blocked.length >= 1, "quick-exit.js was asked for and blocked");

    // A same-origin address that is not a page, so offline.js does not register a worker again.
    await page.goto(`${server.base}/healthz`);
    assert.deepEqual(await keptOnThePhone(page), { cached: [], local: [], workers: 0 });
    await context.close();
  });
}
