// A self-test search offers hivtest.kz with its source; Help now lists the
// helplines with theirs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-self-test-and-help");

for (const { js, mode } of MODES) {
  test(`a self-test search from Shymkent offers hivtest.kz with its source; Help now lists 111 and 150 with sources (${mode})`, async () => {
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
