// An outreach worker books for a client and follows the referral.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { assertNoAxeViolations, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-outreach-referral");

for (const { js, mode } of MODES) {
  test(`an outreach worker books for a client and follows the referral (${mode})`, async () => {
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
