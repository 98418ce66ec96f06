// A browser asking for Uzbek gets Uzbek; the portal in Uzbek, Kyrgyz and
// Tajik shows no other language's strings and passes axe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, openPage, root, signIn, startJourney } from "../support.mjs";
import { LANGUAGES, assertNoAxeViolations, foreignStrings, interfaceText, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-languages");

test("a browser asking for Uzbek gets Uzbek; every language is offered", async () => {
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

test("the portal in Uzbek, Kyrgyz and Tajik shows no other language's strings and passes axe", { skip: process.env.SENIM_TEST_POSTGRES ? "the pages do not depend on the database: SQLite only" : false }, async () => {
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
    await signIn(page, server.base, "admin.langs", { lang });
    await check("home");
    for (const path of ["indicators", "accounts", "audit", "password"]) {
      await page.goto(`${server.base}/${lang}/staff/${path}`);
      await check(path);
    }
    await context.close();
  }
});
