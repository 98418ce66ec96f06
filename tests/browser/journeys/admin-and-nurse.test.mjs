// An admin opens an account; its nurse changes her password, confirms the
// profile and closes a day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { assertNoAxeViolations, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-admin-and-nurse");

for (const { js, mode } of MODES) {
  test(`an admin opens an account; its nurse changes her password, confirms the profile and closes a day (${mode})`, async () => {
    const admin = js ? "admin.js" : "admin.plain";
    const nurse = js ? "nurse.profile.js" : "nurse.profile.plain";
    const site = js ? "demo-astana-friendly-cabinet" : "demo-almaty-friendly-cabinet";
    addAccount(server, [admin, "--role", "admin"]);
    const { page, context, foreign } = await openPage(browser, server.base, true);
    if (!js) await withoutPageScripts(context);
    await signIn(page, server.base, admin);
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

    await signIn(page, server.base, nurse, { password: "first password 123" });
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
