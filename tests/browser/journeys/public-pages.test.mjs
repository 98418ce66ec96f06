// Every public page in every language: axe, strict headers, nothing
// foreign, no other language's strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, root, startJourney } from "../support.mjs";
import { LANGUAGES, assertNoAxeViolations, foreignStrings, interfaceText, visitEveryPublicPage, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-public-pages");

for (const { js, mode } of MODES) {
  // The pages do not depend on the database: every language is swept once
  // (on SQLite), without JavaScript, and two with it; the PostgreSQL pass
  // sweeps Russian.
  const sweep = process.env.SENIM_TEST_POSTGRES ? ["ru"] : js ? ["ru", "uz"] : LANGUAGES;
  test(`every public page passes axe, sends strict headers, loads nothing foreign and shows no other language's strings, in ${sweep.join(", ")} (${mode})`, async () => {
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
}
