// Accessibility and safety checks of every public page: axe-core (WCAG 2.1
// A and AA rules plus axe's best practices) with zero violations, no request
// to any host but the app's own, the security headers, and a booking made
// with the keyboard only. Used by the journeys (journeys/), JavaScript off and on.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const SITE = "demo-taraz-friendly-cabinet";

/** Runs axe on the page as it is now; fails with each violation named. */
export async function assertNoAxeViolations(page, label) {
  // axe runs in an isolated world of its own, so the page's CSP (even
  // `script-src 'none'`, see withoutPageScripts) does not stop it.
  const session = await page.context().newCDPSession(page);
  const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
    expression: `${axeSource};
      axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] })
        .then((r) => JSON.stringify(r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }))))`,
    awaitPromise: true,
    returnByValue: true,
    includeCommandLineAPI: false,
    contextId: await isolatedWorld(session),
  });
  await session.detach();
  assert.ok(!exceptionDetails, `axe did not run on ${label}: ${JSON.stringify(exceptionDetails)}`);
  const violations = JSON.parse(result.value);
  assert.deepEqual(violations, [], `axe on ${label}:\n${JSON.stringify(violations, null, 2)}`);
}

/**
 * Makes every page of `context` run without any of its scripts: each
 * document gets a second policy, `script-src 'none'` (a browser enforces
 * every policy it is sent). Chromium's own "JavaScript off" also stops the
 * timers axe needs; this stops only the page's scripts.
 */
export async function withoutPageScripts(context) {
  await context.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    // The browser, not this hook, follows redirects (and keeps their cookies).
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = response.headers();
    const policy = headers["content-security-policy"];
    headers["content-security-policy"] = policy ? `${policy}, script-src 'none'` : "script-src 'none'";
    await route.fulfill({ response, headers });
  });
}

/** A fresh isolated JavaScript world in the page's main frame. */
async function isolatedWorld(session) {
  const { frameTree } = await session.send("Page.getFrameTree");
  const { executionContextId } = await session.send("Page.createIsolatedWorld", {
    frameId: frameTree.frame.id,
    worldName: "axe",
  });
  return executionContextId;
}

/** Every public page a person can reach, visited as a person would. */
export async function visitEveryPublicPage(page, base, lang, visit) {
  await visit(`${base}/${lang}`, "search");
  await visit(`${base}/${lang}?place=Taraz&evening=1`, "search results");
  await visit(`${base}/${lang}?place=Nowhereville`, "unknown place");
  await visit(`${base}/${lang}/site/${SITE}`, "site");
  await visit(`${base}/${lang}/help`, "help");
  await visit(`${base}/${lang}/help?place=Almaty`, "help near Almaty");
  await visit(`${base}/${lang}/privacy`, "what Senim keeps");
  await visit(`${base}/${lang}/booking`, "find a booking");
  await visit(`${base}/${lang}/no-such-page`, "not found");

  await page.goto(`${base}/${lang}/site/${SITE}`);
  await Promise.all([page.waitForURL(/\/book\//), page.locator("a.slot").first().click()]);
  await visit(null, "booking form");
  await page.fill("#nickname", "Axe");
  await page.click(".booking-form button[type=submit]");
  const codeBox = page.locator("#booking-code");
  await codeBox.waitFor();
  await visit(null, "booking confirmation");
  const code = (await codeBox.textContent()).trim();

  await page.goto(`${base}/${lang}/booking`);
  await page.fill("#code", code);
  await page.click(".find-form button[type=submit]");
  await page.locator("#found").waitFor();
  await visit(null, "booking found");
  await page.fill("#code", "ZZZZ-ZZZZ");
  await page.click(".find-form button[type=submit]");
  await page.locator(".error").waitFor();
  await visit(null, "booking not found");
}

/** Presses Tab until `selector` has the focus; returns how many presses. */
export async function tabTo(page, selector, most = 80) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(`${selector}:focus`);
    if ((await focused.count()) > 0) {
      const outline = await focused.first().evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      assert.notEqual(outline.split(" ")[0], "none", `${selector} shows no focus ring`);
      return presses;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Books a slot with the keyboard only: Tab, type, Enter. */
export async function bookWithKeyboardOnly(page, base) {
  await page.goto(`${base}/en/site/${SITE}`);
  await tabTo(page, "a.slot");
  await Promise.all([page.waitForURL(/\/book\//), page.keyboard.press("Enter")]);
  await tabTo(page, "#nickname");
  await page.keyboard.type("Keys only");
  await tabTo(page, ".booking-form button[type=submit]");
  await page.keyboard.press("Enter");
  const codeBox = page.locator("#booking-code");
  await codeBox.waitFor();
  assert.match((await codeBox.textContent()).trim(), /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
}

/** Fluent messages of one language, single-line ones only: key → text. */
export function messages(root, lang) {
  const found = new Map();
  for (const line of readFileSync(`${root}/app/locales/${lang}.ftl`, "utf8").split("\n")) {
    const match = /^([a-z0-9-]+) = (.+)$/.exec(line);
    if (match && !match[2].includes("{")) found.set(match[1], match[2].trim());
  }
  return found;
}

/** Every interface language, as the switcher offers them. */
export const LANGUAGES = ["ru", "kk", "en", "uz", "ky", "tg"];

/** The other languages' interface strings that pages in `lang` must not show. */
export function foreignStrings(root, lang) {
  const own = messages(root, lang);
  const strings = new Set();
  for (const other of LANGUAGES.filter((l) => l !== lang)) {
    for (const [key, text] of messages(root, other)) {
      if (text.length >= 6 && own.get(key) !== text) strings.add(text);
    }
  }
  return [...strings];
}

/**
 * The text of a page a reader sees as interface: without the language
 * switcher (whose links name each language in itself), without names
 * marked as being in another language (site names shown in Russian) and
 * without `<code>` (values shown as stored, e.g. the audit log's details).
 * Removes those from the page: call it last on a page.
 */
export async function interfaceText(page) {
  await page.evaluate(() => {
    const lang = document.documentElement.lang;
    for (const other of document.querySelectorAll(`main [lang]:not([lang="${lang}"]), main code`)) other.remove();
  });
  const parts = await page.locator("main, footer, .help-link, .quick-exit, .skip").allInnerTexts();
  return [await page.title(), ...parts].join("\n");
}
