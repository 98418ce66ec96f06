// A nurse signs in, adds Saturday and evening hours that are bookable at
// once, checks a client in by her code, adds a walk-in, reads the
// indicators and releases a day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, addAccount, openPage, signIn, startJourney } from "../support.mjs";
import { assertNoAxeViolations, withoutPageScripts } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-nurse-hours");

for (const { js, mode } of MODES) {
  test(`a nurse signs in, adds Saturday and evening hours, and they are bookable at once (${mode})`, async () => {
    const site = js ? "shymkent-aids-centre" : "karaganda-aids-centre";
    const username = js ? "nurse.js" : "nurse.plain";
    addAccount(server, [username, "--role", "staff", "--site", site]);
    const { page, context, foreign } = await openPage(browser, server.base, true);
    if (!js) await withoutPageScripts(context);
    await page.goto(`${server.base}/ru/site/${site}`);
    assert.equal(await page.locator("a.slot").count(), 0, "not bookable before");

    await page.goto(`${server.base}/ru/staff/login`);
    await assertNoAxeViolations(page, `staff sign-in (${mode})`);
    await signIn(page, server.base, username);
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
