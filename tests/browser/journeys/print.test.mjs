// A site page and a booking confirmation print on one page each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startJourney } from "../support.mjs";

const { server, browser } = await startJourney("senim-print");

test("a site page and a booking confirmation print on one page each", async () => {
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
