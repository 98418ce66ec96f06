// What every browser journey shares: the real server with a fresh database
// (tests/support/server.mjs: SQLite, or PostgreSQL in the test command's
// second pass) and Debian's headless Chromium, started once per journey
// file and stopped after it; portal accounts and sign-in; pages that record
// every request. Each journey is a file of its own under journeys/, run by
// Node's own test runner:
//   node --test --test-concurrency=1 tests/browser/journeys/
//   node --test --test-name-pattern="quick exit" tests/browser/journeys/
import { after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { root, startServer } from "../support/server.mjs";

export { root };

/** Every test account's password (tests/support/portal.rs has the same). */
export const PASSWORD = "a long enough secret";

/** Both ways a visitor may come: `{ js, mode }`, JavaScript off then on. */
export const MODES = [false, true].map((js) => ({ js, mode: js ? "JavaScript on" : "JavaScript off" }));

/** Starts the server (named `name`, for its database) and the browser for
 * this journey file; both stop when the file's tests are done. */
export async function startJourney(name) {
  const server = await startServer(name);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--host-resolver-rules=MAP www.google.com ~NOTFOUND"],
  });
  after(async () => {
    await browser.close();
    server.stop();
  });
  return { server, browser };
}

/** Creates a portal account with the CLI, as an admin would: `args` after `user add`. */
export function addAccount(server, args) {
  const added = spawnSync(join(root, "target/debug/server"), ["user", "add", ...args], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, DATABASE_URL: server.databaseUrl, RUST_LOG: "warn" },
  });
  assert.equal(added.status, 0, String(added.stderr));
}

/** Signs in on the portal in `lang` (Russian unless told); waits for its home page. */
export async function signIn(page, base, username, { password = PASSWORD, lang = "ru" } = {}) {
  await page.goto(`${base}/${lang}/staff/login`);
  await page.fill("#username", username);
  await page.fill("#password", password);
  await Promise.all([page.waitForURL(new RegExp(`/${lang}/staff$`)), page.click("button[type=submit]")]);
}

/** Where quick exit ends (app::pages::NEUTRAL_PAGE). The browser is kept
 * from reaching it (`--host-resolver-rules` above): the tests need no Internet. */
export const NEUTRAL_PAGE = "https://www.google.com/search?q=weather";

/** Follows the quick exit (`leave` clicks it or presses Escape) through
 * /exit to the neutral page, which then fails to load: /exit's answer. */
export async function followQuickExit(page, leave) {
  const [answer] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === "/exit"),
    page.waitForEvent("requestfailed", (request) => request.url() === NEUTRAL_PAGE),
    leave(),
  ]);
  // The tab shows the browser's error page; later navigations start after it.
  await page.waitForURL(/^chrome-error:/);
  return answer;
}

/** A page that records every request, to prove none leaves for another host. */
export async function openPage(browser, base, javaScriptEnabled, extra = {}) {
  const context = await browser.newContext({ javaScriptEnabled, locale: "ru-RU", ...extra });
  const page = await context.newPage();
  const foreign = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  return { page, context, foreign };
}

function kilometres(text) {
  return parseFloat(text.replace(",", ".").replace(/[^\d.]/g, ""));
}

/** Searches from Taraz; checks the results are ordered by distance, the
 * nearest demo ones labelled; the result cards. */
export async function searchFromTaraz(page, base, js) {
  await page.goto(`${base}/ru`);
  await page.fill("#place", "Тараз");
  await Promise.all([page.waitForURL(/place=/), page.click("button[type=submit]")]);
  const cards = page.locator(".site-card");
  const count = await cards.count();
  assert.ok(count >= 5, `only ${count} results`);
  const distances = await page.locator(".site-card .distance").allTextContents();
  const km = distances.map(kilometres);
  for (let i = 1; i < km.length; i++) assert.ok(km[i - 1] <= km[i], `not ordered by distance: ${km}`);
  const first = await cards.first().textContent();
  assert.match(first, /ДЕМО/, "the nearest Taraz sites are the demo ones, labelled");
  assert.ok(km[0] < 5, `nearest is ${km[0]} km away`);
  const text = await page.locator(".site-list").textContent();
  assert.match(text, /адрес не проверен/);
  assert.match(await page.title(), /^Senim$/);
  return cards;
}

/** What the browser keeps of Senim, read from a same-origin page: Cache Storage, localStorage, service workers. */
export function keptOnThePhone(page) {
  return page.evaluate(async () => {
    const cached = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) cached.push(request.url);
    }
    const workers = (await navigator.serviceWorker.getRegistrations()).length;
    return { cached, local: Object.keys(localStorage), workers };
  });
}
