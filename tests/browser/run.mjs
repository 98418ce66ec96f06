// Browser tests of Senim's public journeys in Debian's headless Chromium,
// once with JavaScript off and once with it on, against the real server
// with a fresh database (tests/support/server.mjs: SQLite, or PostgreSQL
// in the test command's second pass).
// Run: node tests/browser/run.mjs
import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
import { createServer as createHttpServer } from "node:http";
import { join } from "node:path";
import assert from "node:assert/strict";
import { LANGUAGES, assertNoAxeViolations, bookWithKeyboardOnly, foreignStrings, interfaceText, visitEveryPublicPage, withoutPageScripts } from "./accessibility.mjs";

import { root, startServer } from "../support/server.mjs";
import { results, test } from "../support/runner.mjs";
const PASSWORD = "a long enough secret";

/** Creates a portal account with the CLI, as an admin would: `args` after `user add`. */
function addAccount(server, args) {
  const added = spawnSync(join(root, "target/debug/server"), ["user", "add", ...args], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, DATABASE_URL: server.databaseUrl, RUST_LOG: "warn" },
  });
  assert.equal(added.status, 0, String(added.stderr));
}

/** Signs in on the Russian portal; waits for its home page. */
async function signIn(page, base, username) {
  await page.goto(`${base}/ru/staff/login`);
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL(/\/ru\/staff$/), page.click("button[type=submit]")]);
}

/** Where quick exit ends (app::pages::NEUTRAL_PAGE). The browser is kept
 * from reaching it (`--host-resolver-rules` below): the tests need no Internet. */
const NEUTRAL_PAGE = "https://www.google.com/search?q=weather";

/** Follows the quick exit (`leave` clicks it or presses Escape) through
 * /exit to the neutral page, which then fails to load: /exit's answer. */
async function followQuickExit(page, leave) {
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
async function openPage(browser, base, javaScriptEnabled, extra = {}) {
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

async function searchFromTaraz(page, base, js) {
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

/** A small site on http://localhost that serves a form posting to Senim:
 * `/{name}?js=1` submits itself on load, `?js=0` waits for a click on #send. */
async function startHostileSite() {
  let forms = {};
  const escape = (text) => String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const hostile = createHttpServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    const form = forms[url.pathname.slice(1)];
    if (!form) {
      response.writeHead(404).end();
      return;
    }
    const inputs = Object.entries(form.fields)
      .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
      .join("");
    const script = url.searchParams.get("js") === "1" ? "<script>document.forms[0].submit()</script>" : "";
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!DOCTYPE html><html lang="en"><title>Win a prize</title><form method="post" action="${escape(form.action)}">${inputs}<button id="send">Claim</button></form>${script}</html>`);
  });
  await new Promise((ok) => hostile.listen(0, "127.0.0.1", ok));
  return {
    base: `http://localhost:${hostile.address().port}`,
    serve: (given) => { forms = given; },
    stop: () => hostile.close(),
  };
}

const server = await startServer("senim-browser");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--host-resolver-rules=MAP www.google.com ~NOTFOUND"],
});

try {
  for (const js of [false, true]) {
    const mode = js ? "JavaScript on" : "JavaScript off";

    await test(`search from Taraz lists sites by distance with badges (${mode})`, async () => {
      const { page, context, foreign } = await openPage(browser, server.base, js);
      const cards = await searchFromTaraz(page, server.base, js);
      const badges = await cards.first().locator(".badge").allTextContents();
      assert.ok(badges.includes("Без документов"), `badges: ${badges}`);
      assert.ok(badges.includes("Вечером"), `badges: ${badges}`);
      assert.deepEqual(foreign, [], "no request to another host");
      await context.close();
    });

    await test(`filters narrow the results (${mode})`, async () => {
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

    await test(`a site page shows hours, services, source and date (${mode})`, async () => {
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

    await test(`book an evening slot with a nickname, find it by code, cancel it (${mode})`, async () => {
      const { page, context, foreign } = await openPage(browser, server.base, js);
      const urls = [];
      page.on("request", (request) => urls.push(request.url()));
      await page.goto(`${server.base}/ru/site/demo-taraz-friendly-cabinet`);
      const evening = page.locator("a.slot.evening").first();
      await Promise.all([page.waitForURL(/\/ru\/book\//), evening.click()]);
      await page.fill("#nickname", js ? "Ночная Лиса" : "Лиса_7");
      // With JavaScript the forms post in the background: a full page load
      // would lose this mark.
      if (js) await page.evaluate(() => { window.noFullReload = true; });
      await page.click("button[type=submit]");
      const codeBox = page.locator("#booking-code");
      await codeBox.waitFor();
      const code = (await codeBox.textContent()).trim();
      assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      assert.ok(await page.locator(".qr svg").isVisible(), "a QR code");
      assert.match(await page.locator(".confirmation").textContent(), /\(вечер\)|1[89]:|2[0-3]:/);
      if (js) assert.equal(await page.evaluate(() => window.noFullReload), true, "booked without a full reload");

      await page.goto(`${server.base}/ru/booking`);
      if (js) await page.evaluate(() => { window.noFullReload = true; });
      await page.fill("#code", code.toLowerCase());
      await page.click(".find-form button[type=submit]");
      await page.locator("#found").waitFor();
      assert.match(await page.locator("#found").textContent(), /записан\(а\)/);
      await page.click("#cancel");
      await page.locator("#cancelled").waitFor();
      if (js) assert.equal(await page.evaluate(() => window.noFullReload), true, "found and cancelled without a full reload");

      const codeDigits = code.replace("-", "");
      for (const url of urls) {
        assert.ok(!url.includes(code) && !url.toUpperCase().includes(codeDigits), `the code leaked into ${url}`);
      }
      assert.deepEqual(foreign, []);
      await context.close();
    });

    // The pages do not depend on the database: every language is swept once
    // (on SQLite), without JavaScript, and two with it; the PostgreSQL pass
    // sweeps Russian.
    const sweep = process.env.SENIM_TEST_POSTGRES ? ["ru"] : js ? ["ru", "uz"] : LANGUAGES;
    await test(`every public page passes axe, sends strict headers, loads nothing foreign and shows no other language's strings, in ${sweep.join(", ")} (${mode})`, async () => {
      for (const lang of sweep) {
        const forbidden = foreignStrings(root, lang);
        // Without JavaScript: no script of the page runs, while axe can.
        const { page, context, foreign } = await openPage(browser, server.base, true);
        if (!js) await withoutPageScripts(context);
        await visitEveryPublicPage(page, server.base, lang, async (url, label) => {
          if (url) {
            const response = await page.goto(url);
            const headers = response.headers();
            assert.match(headers["content-security-policy"] || "", /script-src 'self' 'nonce-[\w-]+'/, `${label}: CSP`);
            assert.equal(headers["x-content-type-options"], "nosniff");
            assert.equal(headers["referrer-policy"], "no-referrer");
            assert.equal(headers["x-frame-options"], "DENY");
            assert.equal(headers["set-cookie"], undefined, `${label}: no cookie`);
          }
          await assertNoAxeViolations(page, `${label} (${lang}, ${mode})`);
          const text = await interfaceText(page);
          const left = forbidden.filter((s) => text.includes(s));
          assert.deepEqual(left, [], `${label}: another language's strings on a page in ${lang}`);
        });
        assert.deepEqual(foreign, [], "no request to another host");
        await context.close();
      }
    });

    await test(`a booking made with the keyboard only (${mode})`, async () => {
      const { page, context } = await openPage(browser, server.base, js);
      await bookWithKeyboardOnly(page, server.base);
      await context.close();
    });

    await test(`every page has a quick exit and a language switch (${mode})`, async () => {
      const { page, context } = await openPage(browser, server.base, js);
      await page.goto(`${server.base}/ru?place=Taraz`);
      assert.ok(await page.locator("#quick-exit").isVisible());
      await Promise.all([page.waitForURL(/\/kk\?/), page.click("nav.languages a[hreflang=kk]")]);
      assert.equal(await page.getAttribute("html", "lang"), "kk");
      assert.match(await page.locator("main").textContent(), /Сенім|орын|Тараз/);
      await context.close();
    });
  }

  for (const js of [false, true]) {
    const mode = js ? "JavaScript on" : "JavaScript off";
    await test(`a nurse signs in, adds Saturday and evening hours, and they are bookable at once (${mode})`, async () => {
      const site = js ? "shymkent-aids-centre" : "karaganda-aids-centre";
      const username = js ? "nurse.js" : "nurse.plain";
      addAccount(server, [username, "--role", "staff", "--site", site]);
      const { page, context, foreign } = await openPage(browser, server.base, true);
      if (!js) await withoutPageScripts(context);
      await page.goto(`${server.base}/ru/site/${site}`);
      assert.equal(await page.locator("a.slot").count(), 0, "not bookable before");

      await page.goto(`${server.base}/ru/staff/login`);
      await assertNoAxeViolations(page, `staff sign-in (${mode})`);
      await page.fill("#username", username);
      await page.fill("#password", "a long enough secret");
      await Promise.all([page.waitForURL(/\/ru\/staff$/), page.click("button[type=submit]")]);
      await assertNoAxeViolations(page, `staff home (${mode})`);
      await Promise.all([page.waitForURL(/\/hours$/), page.locator(".portal-sites a").first().click()]);
      await assertNoAxeViolations(page, `hours form (${mode})`);
      for (const day of [1, 2, 3, 4, 5, 6, 7]) {
        for (const i of [1, 2, 3]) {
          await page.fill(`#d${day}i${i}from`, "");
          await page.fill(`#d${day}i${i}to`, "");
        }
      }
      await page.fill("#d3i1from", "18:00");
      await page.fill("#d3i1to", "21:00");
      await page.fill("#d6i1from", "10:00");
      await page.fill("#d6i1to", "15:00");
      await page.fill("#notice_hours", "0");
      await page.click(".hours-form button[type=submit]");
      await page.locator("#hours-saved").waitFor();
      assert.equal(await page.locator("#opening-hours").textContent(), "We 18:00-21:00; Sa 10:00-15:00");

      await page.goto(`${server.base}/ru/site/${site}`);
      const evening = page.locator("a.slot.evening");
      assert.ok((await evening.count()) > 0, "evening slots on the public page");
      const text = await page.locator("section.booking").textContent();
      assert.match(text, /Суббота/, "Saturday slots too");

      // A client books the first evening slot; the nurse sees it and marks her arrived.
      const href = await evening.first().getAttribute("href");
      const date = decodeURIComponent(href.split("start=")[1]).slice(0, 10);
      await Promise.all([page.waitForURL(/\/book\//), evening.first().click()]);
      await page.fill("#nickname", "Вечерняя");
      await page.click(".booking-form button[type=submit]");
      await page.locator("#booking-code").waitFor();
      const code = (await page.locator("#booking-code").textContent()).trim();
      await page.goto(`${server.base}/ru/staff/site/${site}/bookings`);
      await assertNoAxeViolations(page, `day view (${mode})`);

      // At reception the client shows her code: it leads to her booking.
      await page.fill("#code", code);
      await page.click("form:has(#code) button");
      await page.locator("#checked-booking").waitFor();
      assert.match(await page.locator("#checked-booking").textContent(), /Вечерняя/);
      await page.locator("#checked-booking form.mark button").first().click();
      await page.locator("#day-message").waitFor();
      assert.match(await page.locator("tr.booking-row", { hasText: "Вечерняя" }).textContent(), /пришёл/i);

      // Someone comes without booking; the indicators count both.
      await page.selectOption("#walk-in-service", "hiv_rapid_test");
      await page.click("form:has(#walk-in-service) button");
      await page.locator("#day-message").waitFor();
      assert.match(await page.locator("#walk-in-count").textContent(), /1/);
      await page.goto(`${server.base}/ru/staff/indicators?period=month`);
      await assertNoAxeViolations(page, `indicators (${mode})`);
      const sums = await page.locator("tr.indicator-row").evaluateAll((rows) =>
        rows.reduce((sum, row) => {
          const cells = [...row.querySelectorAll("td")].map((td) => td.textContent);
          return { bookings: sum.bookings + Number(cells[3]), arrived: sum.arrived + Number(cells[4]), walkIns: sum.walkIns + Number(cells[9]) };
        }, { bookings: 0, arrived: 0, walkIns: 0 }));
      assert.deepEqual(sums, { bookings: 1, arrived: 1, walkIns: 1 });
      assert.equal(await page.locator("figure.chart svg").count(), 1, "a chart drawn on the server");
      assert.doesNotMatch(await page.locator("main").textContent(), /Вечерняя/, "no nickname among the indicators");

      // After a surge, reception releases a whole day's coming bookings at once.
      await page.goto(`${server.base}/ru/staff/site/${site}/bookings?date=${date}`);
      await page.check("#release-whole-day");
      await page.click("#release-day button");
      await page.locator("#day-message").waitFor();
      assert.match(await page.locator("#day-message").textContent(), /освобождены/);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  for (const js of [false, true]) {
    const mode = js ? "JavaScript on" : "JavaScript off";
    await test(`an outreach worker books for a client and follows the referral (${mode})`, async () => {
      const username = js ? "worker.js" : "worker.plain";
      const organisation = js ? "Amelia JS" : "Amelia";
      addAccount(server, [username, "--role", "outreach", "--organisation", organisation]);
      const { page, context, foreign } = await openPage(browser, server.base, true);
      if (!js) await withoutPageScripts(context);
      await signIn(page, server.base, username);

      // "Book for a client" is the public search; the nickname is chosen with the client.
      await Promise.all([page.waitForURL(/\/ru$/), page.locator(".portal-links a").first().click()]);
      assert.equal(await page.locator("#outreach-banner").count(), 0, "the shared search page never shows the sign-in");
      const book = async (nickname, tick) => {
        await page.goto(`${server.base}/ru/site/demo-taraz-friendly-cabinet`);
        assert.match(await page.locator("#outreach-banner").textContent(), new RegExp(`аутрич-работник организации ${organisation}`));
        const slot = page.locator("a.slot").first();
        await Promise.all([page.waitForURL(/\/book\//), slot.click()]);
        assert.match(await page.locator("#outreach-banner").textContent(), new RegExp(organisation));
        const box = page.locator("#referral");
        assert.equal(await box.isChecked(), false, "unticked by default");
        assert.match(await page.locator("label[for=referral]").textContent(), new RegExp(`Это направление от ${organisation}`));
        await page.fill("#nickname", nickname);
        if (tick) await box.check();
        await page.click(".booking-form button[type=submit]");
        await page.locator("#booking-code").waitFor();
      };

      // Without the tick: an ordinary anonymous booking, no referral card.
      const own = js ? "Сама Жанар" : "Сама Айжан";
      await book(own, false);
      assert.equal(await page.locator("#referral-note").count(), 0, "no tick, no referral");

      // With the tick: the organisation's referral, and the page is its card.
      const nickname = js ? "Клиентка Жанар" : "Клиентка Айжан";
      await book(nickname, true);
      assert.match(await page.locator("#referral-note").textContent(), new RegExp(organisation));
      assert.equal(await page.locator(".qr svg").count(), 1, "the referral card has the QR code");

      await page.goto(`${server.base}/ru/staff/referrals`);
      await assertNoAxeViolations(page, `referrals (${mode})`);
      const counted = await page.locator("tr.referral-count-row td.total").allTextContents();
      assert.deepEqual(counted, ["1"], "one referral counted");
      const row = page.locator("tr.referral-row", { hasText: nickname });
      assert.equal(await row.count(), 1, "today's card names the client");
      assert.match(await row.locator(".status").textContent(), /записан/i);
      assert.doesNotMatch(await page.locator("main").textContent(), new RegExp(own), "the unticked booking is no referral");
      const other = js ? "Клиентка Айжан" : "Клиентка Жанар";
      assert.equal(await page.locator("tr.referral-row", { hasText: other }).count(), 0, "not another organisation's");
      await page.goto(`${server.base}/ru/staff/indicators`);
      const referred = await page.locator("tr.indicator-row td:nth-child(9)").allTextContents();
      assert.deepEqual(referred, ["1 → 0"]);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  for (const js of [false, true]) {
    const mode = js ? "JavaScript on" : "JavaScript off";
    await test(`an admin opens an account; its nurse changes her password, confirms the profile and closes a day (${mode})`, async () => {
      const admin = js ? "admin.js" : "admin.plain";
      const nurse = js ? "nurse.profile.js" : "nurse.profile.plain";
      const site = js ? "demo-astana-friendly-cabinet" : "demo-almaty-friendly-cabinet";
      addAccount(server, [admin, "--role", "admin"]);
      const { page, context, foreign } = await openPage(browser, server.base, true);
      if (!js) await withoutPageScripts(context);
      const signInAs = async (name, password) => {
        await page.goto(`${server.base}/ru/staff/login`);
        await page.fill("#username", name);
        await page.fill("#password", password);
        await Promise.all([page.waitForURL(/\/ru\/staff$/), page.click("button[type=submit]")]);
      };
      await signInAs(admin, "a long enough secret");
      await page.goto(`${server.base}/ru/staff/accounts`);
      await page.fill("#new-username", nurse);
      await page.selectOption("#new-role", "staff");
      await page.selectOption("#new-sites", site);
      await page.fill("#new-password", "first password 123");
      await page.click("form:has(#new-username) button[type=submit]");
      await page.locator("#accounts-message").waitFor();
      await assertNoAxeViolations(page, `accounts (${mode})`);
      assert.equal(await page.locator("tr.account-row", { hasText: nurse }).count(), 1);
      await page.goto(`${server.base}/ru/staff/audit`);
      await assertNoAxeViolations(page, `audit log (${mode})`);
      assert.match(await page.locator("tr.audit-row").first().textContent(), new RegExp(nurse));
      await page.goto(`${server.base}/ru/staff`);
      await Promise.all([page.waitForURL(/\/login$/), page.click("form[action$='/staff/logout'] button")]);

      await signInAs(nurse, "first password 123");
      await page.goto(`${server.base}/ru/staff/password`);
      await assertNoAxeViolations(page, `password (${mode})`);
      await page.fill("#current_password", "first password 123");
      await page.fill("#new_password", "her own passphrase");
      await page.fill("#repeat_password", "her own passphrase");
      await page.click("form button[type=submit].primary");
      await page.locator("#password-message.ok").waitFor();

      await page.goto(`${server.base}/ru/staff/site/${site}/profile`);
      await assertNoAxeViolations(page, `profile (${mode})`);
      await page.fill("#notes", "Вход со двора, звонок справа");
      await page.selectOption("#service-prep", "free");
      await page.click("form button[type=submit].primary");
      await page.locator("#profile-saved").waitFor();
      await page.goto(`${server.base}/ru/site/${site}`);
      assert.match(await page.locator("#site-notes").textContent(), /Вход со двора/);
      assert.match(await page.locator("#staff-checked").textContent(), /Подтверждено сотрудниками/);

      // A holiday: the first day with slots is closed, and its slots vanish.
      const href = await page.locator("a.slot").first().getAttribute("href");
      const day = decodeURIComponent(href.split("start=")[1]).slice(0, 10);
      await page.goto(`${server.base}/ru/staff/site/${site}/hours`);
      await page.fill("#closure-from", day);
      await page.fill("#closure-to", day);
      await page.click("form:has(#closure-from) button");
      await page.locator("#closure-notice").waitFor();
      await assertNoAxeViolations(page, `hours with closures (${mode})`);
      await page.goto(`${server.base}/ru/site/${site}`);
      const starts = await page.locator("a.slot").evaluateAll((links) => links.map((a) => decodeURIComponent(a.href.split("start=")[1]).slice(0, 10)));
      assert.ok(!starts.includes(day), `no slot on the closed day ${day}: ${starts}`);
      await page.goto(`${server.base}/ru/staff/site/${site}/week?date=${day}`);
      await assertNoAxeViolations(page, `week (${mode})`);
      assert.equal(await page.locator("section.week-day").count(), 7);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  await test("a site page and a booking confirmation print on one page each", async () => {
    const { page, context } = await openPage(browser, server.base, false);
    const printedPages = async () => {
      const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
      return pdf.match(/\/Type\s*\/Page\b/g).length;
    };
    await page.goto(`${server.base}/ru/site/demo-taraz-friendly-cabinet`);
    assert.equal(await printedPages(), 1, "the site page");
    await Promise.all([page.waitForURL(/\/book\//), page.locator("a.slot").first().click()]);
    await page.fill("#nickname", "Print");
    await page.click(".booking-form button[type=submit]");
    await page.locator("#booking-code").waitFor();
    assert.equal(await printedPages(), 1, "the confirmation");
    await context.close();
  });

  await test("Escape leaves for a neutral page and Back does not return", async () => {
    const { page, context } = await openPage(browser, server.base, true);
    await page.goto(`${server.base}/ru/help`);
    await page.waitForLoadState("load");
    await followQuickExit(page, () => page.keyboard.press("Escape"));
    await page.goBack().catch(() => {});
    assert.ok(!page.url().includes("/ru/help"), `Back returned to ${page.url()}`);
    await context.close();
  });

  await test("with JavaScript, 'use my location' rounds to about 1 km and searches", async () => {
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

  for (const js of [false, true]) {
    const mode = js ? "JavaScript on" : "JavaScript off";
    await test(`on a 360 px phone, alert someone trusted: saved number and rounded location in the SMS link, never sent; quick exit forgets it (${mode})`, async () => {
      const { page, context, foreign } = await openPage(browser, server.base, js, {
        viewport: { width: 360, height: 740 },
        geolocation: { latitude: 43.238949, longitude: 76.889709 },
        permissions: ["geolocation"],
      });
      const sent = [];
      page.on("request", (request) => sent.push(`${request.url()} ${request.postData() || ""}`));
      await page.goto(`${server.base}/ru/help`);
      assert.equal(await page.getAttribute("#call-112", "href"), "tel:112");
      const alert = page.locator("#alert-sms");
      const message = encodeURIComponent("Мне нужна помощь. Позвони мне или приходи.");
      if (!js) {
        assert.equal(await alert.getAttribute("href"), `sms:?body=${message}`, "the message, no number");
        assert.equal(await page.locator("#trusted-number").isVisible(), false, "nothing to save without JavaScript");
        await context.close();
        return;
      }
      await page.locator("#trusted-number").waitFor({ state: "visible", timeout: 15000 });
      await page.fill("#trusted-number", "+7 701 234-56-78");
      await page.click("form.trusted button[type=submit]");
      await page.waitForFunction(() => document.querySelector("#alert-sms").href.startsWith("sms:+77012345678?body="));
      await page.click("#alert-location");
      await page.waitForFunction(() => document.querySelector("#alert-sms").href.includes("43.239"));
      const href = decodeURIComponent(await alert.getAttribute("href"));
      assert.match(href, /^sms:\+77012345678\?body=Мне нужна помощь\. .*43\.239, 76\.890 \(около 100 м\)\.$/);
      assert.doesNotMatch(href, /43\.2389|76\.8897/, "never more precise than about 100 m");

      await page.reload();
      await page.waitForFunction(() => document.querySelector("#alert-sms").href.startsWith("sms:+77012345678"));
      await followQuickExit(page, () => page.click("#quick-exit"));
      await page.goto(`${server.base}/ru/help`);
      await page.locator("#trusted-number").waitFor({ state: "visible", timeout: 15000 });
      assert.equal(await page.inputValue("#trusted-number"), "", "quick exit forgot the number");
      assert.equal(await alert.getAttribute("href"), `sms:?body=${message}`);
      for (const request of sent) {
        assert.ok(!/7012345678|701%20234|43\.23|76\.88|76\.89/.test(request), `sent: ${request}`);
      }
      assert.deepEqual(foreign.filter((url) => !url.startsWith(NEUTRAL_PAGE)), [], "only the quick exit's neutral page");
      await context.close();
    });

    await test(`on a 360 px phone, "Something wrong here?" sends a report that keeps no cookie; one report does not mark the site closed, a coordinator's confirmation does (${mode})`, async () => {
      // Chromium's own "JavaScript off" also stops the timers axe needs:
      // without JavaScript, the page's scripts are blocked by policy instead.
      const { page, context, foreign } = await openPage(browser, server.base, true, { viewport: { width: 360, height: 740 } });
      if (!js) await withoutPageScripts(context);
      const site = js ? "demo-karagandy-ost-site" : "demo-aktobe-aids-centre";
      await page.goto(`${server.base}/ru/site/${site}`);
      assert.equal(await page.locator("#reported-closed").count(), 0);
      await page.locator("#report summary").click();
      await page.locator('#report input[name="problem"][value="closed"]').check();
      await page.locator("#report-note").fill("Закрыто с мая, вывески нет");
      await assertNoAxeViolations(page, `report form open (${mode})`);
      await Promise.all([page.waitForLoadState("load"), page.locator("#report button[type=submit]").click()]);
      await page.locator("#report-result").waitFor();
      assert.equal(await page.locator("#report-result").getAttribute("role"), "status");
      await assertNoAxeViolations(page, `report sent (${mode})`);
      assert.deepEqual(await context.cookies(), [], "no cookie");
      await page.goto(`${server.base}/ru/site/${site}`);
      assert.equal(await page.locator("#reported-closed").count(), 0, "one report is not enough");

      const admin = js ? "admin.confirm.js" : "admin.confirm.plain";
      addAccount(server, [admin, "--role", "admin"]);
      await signIn(page, server.base, admin);
      await page.goto(`${server.base}/ru/staff/site-reports`);
      await assertNoAxeViolations(page, `report queue (${mode})`);
      const row = page.locator("tr.site-report-row", { has: page.locator(`a[href="/ru/site/${site}"]`) });
      await Promise.all([page.waitForLoadState("load"), row.locator('form:has(input[name="outcome"][value="confirmed"]) button').click()]);
      await page.locator("#report-ended").waitFor();
      await page.goto(`${server.base}/ru/site/${site}`);
      assert.match(await page.locator("#reported-closed").textContent(), /2026|20\d\d/);
      assert.deepEqual(foreign, []);
      await context.close();
    });

    await test(`a coordinator adds a site in the browser, finds it in search at once, closes it (gone from search, the map and the API) and reopens it (${mode})`, async () => {
      const username = js ? "coord.js" : "coord.plain";
      const id = js ? "test-almaty-new-ngo-js" : "test-almaty-new-ngo-plain";
      const name = js ? "Тестовая НКО Светлана" : "Тестовая НКО Маржан";
      addAccount(server, [username, "--role", "coordinator", "--region", "Almaty"]);
      const { page, context, foreign } = await openPage(browser, server.base, true);
      if (!js) await withoutPageScripts(context);
      await signIn(page, server.base, username);
      await page.goto(`${server.base}/ru/staff/directory`);
      await assertNoAxeViolations(page, `directory (${mode})`);
      await Promise.all([page.waitForURL(/\/directory\/new$/), page.click("#add-site")]);
      const fields = {
        id, name_ru: name, name_kk: name, name_en: "Test NGO", kind: "ngo", city: "Almaty",
        address: "", lat: "43.2567", lon: "76.9286", precision: "city", services: "condoms:free",
        requires_id: "no", anonymous_testing: "", languages: "ru|kk", phone: "", opening_hours: "",
        timezone: "Asia/Almaty", source_url: "https://example.org/outreach-check", checked_on: "2026-11-24", demo: "no",
      };
      for (const [column, value] of Object.entries(fields)) await page.fill(`#site-${column}`, value);
      await assertNoAxeViolations(page, `site form (${mode})`);
      await page.click(".booking-form button[type=submit]");
      await page.locator("#site-saved").waitFor();
      const inSearch = async () => {
        const results = await (await fetch(`${server.base}/ru?lat=43.2567&lon=76.9286`)).text();
        const sites = await (await fetch(`${server.base}/api/v1/sites`)).json();
        const near = await (await fetch(`${server.base}/api/v1/nearest?lat=43.2567&lon=76.9286&limit=5`)).json();
        return [results.includes(name), sites.features.some((f) => f.id === id), near.results.some((r) => r.id === id)];
      };
      assert.deepEqual(await inSearch(), [true, true, true], "in search, the map's data and the API at once");
      await page.goto(`${server.base}/ru?lat=43.2567&lon=76.9286`);
      assert.ok(await page.locator(".site-card", { hasText: name }).count() > 0, "a card in the results");

      await page.goto(`${server.base}/ru/staff/directory`);
      await page.locator(`form[action$="/staff/directory/${id}/close"] button`).click();
      await page.locator("#directory-message").waitFor();
      assert.deepEqual(await inSearch(), [false, false, false], "closed: gone everywhere");
      await page.locator(`form[action$="/staff/directory/${id}/reopen"] button`).click();
      await page.locator("#directory-message").waitFor();
      assert.deepEqual(await inSearch(), [true, true, true], "reopened: back");
      assert.deepEqual(foreign, []);
      await context.close();
    });

    await test(`an admin exports the directory and imports it back: the preview shows every row unchanged; a bad row is named by its line (${mode})`, async () => {
      const username = js ? "admin.import.js" : "admin.import.plain";
      addAccount(server, [username, "--role", "admin"]);
      const { page, context, foreign } = await openPage(browser, server.base, true);
      if (!js) await withoutPageScripts(context);
      await signIn(page, server.base, username);
      await page.goto(`${server.base}/ru/staff/directory/import`);
      await assertNoAxeViolations(page, `import page (${mode})`);
      const exported = await (await context.request.get(`${server.base}/ru/staff/directory/export.csv`)).text();
      await page.setInputFiles("#import-file", { name: "senim.csv", mimeType: "text/csv", buffer: Buffer.from(exported) });
      await Promise.all([page.waitForLoadState("load"), page.click("#import-preview")]);
      await page.locator("#import-confirm").waitFor();
      const rows = await page.locator("tr.import-row").count();
      assert.ok(rows > 40, `${rows} rows`);
      assert.equal(await page.locator("tr.import-unchanged").count(), rows, "every row unchanged");
      await assertNoAxeViolations(page, `import preview (${mode})`);
      const lines = exported.split("\n");
      lines[2] = lines[2].replace(/,(aids_centre|friendly_cabinet|trust_point|ost_site|ngo|mobile|online),/, ",castle,");
      await page.setInputFiles("#import-file", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
      await Promise.all([page.waitForLoadState("load"), page.click("#import-preview")]);
      await page.locator("#import-problem").waitFor();
      const refused = page.locator("tr.import-refused");
      assert.equal(await refused.count(), 1);
      assert.equal(await refused.locator("td").first().textContent(), "3");
      assert.equal(await page.locator("#import-confirm").count(), 0, "nothing to confirm");
      assert.deepEqual(foreign, []);
      await context.close();
    });

    await test(`a self-test search from Shymkent offers hivtest.kz with its source; Help now lists 111 and 150 with sources (${mode})`, async () => {
      const { page, context, foreign } = await openPage(browser, server.base, js);
      await page.goto(`${server.base}/ru?place=${encodeURIComponent("Шымкент")}&service=hiv_self_test`);
      const online = page.locator("#online-hivtest-kz");
      assert.match(await online.textContent(), /hivtest\.kz/);
      assert.match(await online.locator(".source").textContent(), /Источник: hivtest\.kz · Проверено \d+ [а-я]+ 2026/);
      assert.equal(await page.locator(".site-card", { hasText: "hivtest.kz" }).count(), 0, "not listed as a place nearby");
      await page.goto(`${server.base}/ru/help?place=${encodeURIComponent("Шымкент")}`);
      for (const [id, number, source] of [["contact-centre-111", "111", "vlast.kz"], ["trust-line-150", "150", "kazpravda.kz"]]) {
        const line = page.locator(`#helpline-${id}`);
        assert.equal(await line.locator(`a[href="tel:${number}"]`).count(), 1);
        assert.match(await line.locator(".source").textContent(), new RegExp(`${source.replace(".", "\\.")} · Проверено`));
      }
      assert.match(await page.locator("#online-hivtest-kz").textContent(), /hivtest\.kz/);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  /** What the browser keeps of Senim, read from a same-origin page: Cache Storage, localStorage, service workers. */
  const keptOnThePhone = (page) => page.evaluate(async () => {
    const cached = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) cached.push(request.url);
    }
    const workers = (await navigator.serviceWorker.getRegistrations()).length;
    return { cached, local: Object.keys(localStorage), workers };
  });

  await test("offline, a site page and Help now opened before still show, marked as saved; booking pages are not kept; quick exit deletes the copies", async () => {
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

  await test("without a connection, quick exit on a saved copy still deletes the copies, storage and the worker", async () => {
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

  for (const js of [false, true]) {
    const mode = js ? "JavaScript on, quick-exit.js blocked" : "JavaScript off";
    await test(`after a search for PEP, quick exit through /exit answers Clear-Site-Data and leaves no offline copy, storage or service worker (${mode})`, async () => {
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

  {
    // Chromium counts localhost and 127.0.0.1 as different sites: a page
    // served from http://localhost posting to the app at http://127.0.0.1
    // is sent with `Sec-Fetch-Site: cross-site`.
    const hostile = await startHostileSite();
    const site = "demo-taraz-friendly-cabinet";
    addAccount(server, ["admin.cross", "--role", "admin"]);
    // The hostile page's own account, into which it would sign its visitors.
    addAccount(server, ["admin.hostile", "--role", "admin"]);
    const slots = async () => (await (await fetch(`${server.base}/api/v1/sites/${site}/slots?days=7`)).json()).slots;
    const start = (await slots())[0].start;
    const reportsOf = async (page) => {
      await page.goto(`${server.base}/ru/staff/site-reports`);
      return page.locator(`tr.site-report-row a[href="/ru/site/${site}"]`).count();
    };
    const forms = {
      report: { action: `${server.base}/ru/site/${site}`, fields: { problem: "closed", note: "hostile" } },
      book: { action: `${server.base}/ru/book/${site}`, fields: { start, nickname: "Hostile", service: "hiv_rapid_test", request_id: "0123456789abcdef0123456789abcdef" } },
      login: { action: `${server.base}/ru/staff/login`, fields: { username: "admin.hostile", password: PASSWORD } },
    };
    hostile.serve(forms);
    for (const js of [false, true]) {
      const mode = js ? "JavaScript on" : "JavaScript off";
      await test(`a page on another site posts the report form, the booking form and sign-in to Senim, and nothing changes (${mode})`, async () => {
        const watcher = await openPage(browser, server.base, false);
        await signIn(watcher.page, server.base, "admin.cross");
        const reportsBefore = await reportsOf(watcher.page);
        const seatsBefore = (await slots()).find((slot) => slot.start === start).available;

        const context = await browser.newContext({ javaScriptEnabled: js, locale: "ru-RU" });
        const page = await context.newPage();
        const fetchSite = [];
        page.on("request", async (request) => {
          // The form posts (navigations): what the browser sent with them.
          if (request.method() === "POST" && request.isNavigationRequest() && request.url().startsWith(server.base)) {
            fetchSite.push((await request.allHeaders())["sec-fetch-site"]);
          }
        });
        for (const name of Object.keys(forms)) {
          await page.goto(`${hostile.base}/${name}?js=${js ? 1 : 0}`);
          if (js) {
            await page.waitForURL((url) => url.href.startsWith(server.base));
          } else {
            await Promise.all([page.waitForURL((url) => url.href.startsWith(server.base)), page.click("#send")]);
          }
          await page.locator("#cross-site").waitFor();
          assert.match(await page.locator("#cross-site").textContent(), /другого сайта/, name);
        }
        if (js) {
          // A script's own post ("no-cors", as the review's sketch) too:
          // its answer is opaque, so what counts is that nothing is stored.
          await page.goto(`${hostile.base}/report?js=0`);
          await page.evaluate(async (action) => {
            await fetch(action, { method: "POST", mode: "no-cors", body: new URLSearchParams({ problem: "closed" }) });
          }, forms.report.action);
        }
        assert.equal(fetchSite.length, 3, `posts seen: ${fetchSite}`);
        assert.deepEqual([...new Set(fetchSite)], ["cross-site"], "the browser said where they came from");
        assert.equal(await reportsOf(watcher.page), reportsBefore, "no report stored");
        assert.equal((await slots()).find((slot) => slot.start === start).available, seatsBefore, "no seat taken");
        assert.deepEqual(await context.cookies(server.base), [], "not signed in to anyone's account");
        await page.goto(`${server.base}/ru/staff`);
        assert.match(page.url(), /\/ru\/staff\/login$/, "no session");
        await context.close();
        await watcher.context.close();
      });
    }
    hostile.stop();
  }

  await test("a browser asking for Uzbek gets Uzbek; every language is offered", async () => {
    const { page, context } = await openPage(browser, server.base, false, { locale: "uz-UZ" });
    await page.goto(`${server.base}/`);
    assert.match(page.url(), /\/uz$/);
    assert.equal(await page.getAttribute("html", "lang"), "uz");
    const offered = await page.locator("nav.languages a").evaluateAll((links) => links.map((a) => a.getAttribute("hreflang")));
    assert.deepEqual(offered, LANGUAGES);
    await page.goto(`${server.base}/ky/help/`);
    assert.match(page.url(), /\/ky\/help$/, "a trailing slash leads to the page");
    await context.close();
  });

  if (!process.env.SENIM_TEST_POSTGRES) {
    await test("the portal in Uzbek, Kyrgyz and Tajik shows no other language's strings and passes axe", async () => {
      addAccount(server, ["admin.langs", "--role", "admin"]);
      for (const lang of ["uz", "ky", "tg"]) {
        const { page, context } = await openPage(browser, server.base, true);
        await withoutPageScripts(context);
        const forbidden = foreignStrings(root, lang);
        const check = async (label) => {
          await assertNoAxeViolations(page, `${label} (${lang})`);
          const text = await interfaceText(page);
          assert.deepEqual(forbidden.filter((s) => text.includes(s)), [], `${label}: another language's strings in ${lang}`);
        };
        await page.goto(`${server.base}/${lang}/staff/login`);
        await check("sign-in");
        await page.fill("#username", "admin.langs");
        await page.fill("#password", "a long enough secret");
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/staff$`)), page.click("button[type=submit]")]);
        await check("home");
        for (const path of ["indicators", "accounts", "audit", "password"]) {
          await page.goto(`${server.base}/${lang}/staff/${path}`);
          await check(path);
        }
        await context.close();
      }
    });
  }

  // A server of its own: the journeys above use up the look-up budget of
  // their one address (20 tries in 10 minutes).
  const fresh = await startServer("senim-browser-codes");
  try {
    for (const js of [false, true]) {
      const mode = js ? "JavaScript on" : "JavaScript off";
      await test(`a cancelled booking's code answers exactly as a code never issued (${mode})`, async () => {
        const { page, context } = await openPage(browser, fresh.base, js);
        await page.goto(`${fresh.base}/ru/site/demo-taraz-friendly-cabinet`);
        await Promise.all([page.waitForURL(/\/ru\/book\//), page.locator("a.slot").first().click()]);
        await page.fill("#nickname", js ? "Сова" : "Сова_2");
        await page.click("button[type=submit]");
        await page.locator("#booking-code").waitFor();
        const code = (await page.locator("#booking-code").textContent()).trim();
        assert.match(await page.locator("#code-ends").textContent(), /перестаёт работать после визита/);
        const answerTo = async (typed) => {
          await page.goto(`${fresh.base}/ru/booking`);
          await page.fill("#code", typed);
          await page.click(".find-form button[type=submit]");
          await page.locator("main p.error, #found").first().waitFor();
          return page.locator("main").innerHTML();
        };
        await answerTo(code);
        await page.click("#cancel");
        await page.locator("#cancelled").waitFor();
        assert.equal(await answerTo(code), await answerTo("0000-0000"), "a cancelled code answers as no code");
        await context.close();
      });
    }
  } finally {
    fresh.stop();
  }

  await test("without JavaScript, the location button stays hidden", async () => {
    const { page, context } = await openPage(browser, server.base, false);
    await page.goto(`${server.base}/ru`);
    assert.equal(await page.locator(".locate button").isVisible(), false);
    await context.close();
  });
} finally {
  await browser.close();
  server.stop();
}

console.log(`browser: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
