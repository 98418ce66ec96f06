// A page on another site posts the report form, the booking form and
// sign-in to Senim, and nothing changes.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { MODES, PASSWORD, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { createServer as createHttpServer } from "node:http";

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

const { server, browser } = await startJourney("senim-cross-site");

// Chromium counts localhost and 127.0.0.1 as different sites: a page
// served from http://localhost posting to the app at http://127.0.0.1
// is sent with `Sec-Fetch-Site: cross-site`.
const hostile = await startHostileSite();
after(() => hostile.stop());
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

for (const { js, mode } of MODES) {
  test(`a page on another site posts the report form, the booking form and sign-in to Senim, and nothing changes (${mode})`, async () => {
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
