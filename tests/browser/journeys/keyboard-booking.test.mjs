// A booking made with the keyboard only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MODES, openPage, startJourney } from "../support.mjs";
import { bookWithKeyboardOnly } from "../accessibility.mjs";
const { server, browser } = await startJourney("senim-keyboard-booking");

for (const { js, mode } of MODES) {
  test(`a booking made with the keyboard only (${mode})`, async () => {
    const { page, context } = await openPage(browser, server.base, js);
    await bookWithKeyboardOnly(page, server.base);
    await context.close();
  });
}
