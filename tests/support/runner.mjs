// The Node test runners' one way of running a test: prints ok/FAIL with
// the error, and counts. SENIM_ONLY=text runs only the tests whose name
// contains it (while working on them; SENIM_BROWSER_ONLY works too).

export const results = { passed: 0, failed: 0 };

export async function test(name, body) {
  const only = process.env.SENIM_ONLY || process.env.SENIM_BROWSER_ONLY;
  if (only && !name.includes(only)) return;
  try {
    await body();
    results.passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    results.failed++;
    console.log(`FAIL ${name}\n     ${error.stack || error}`);
  }
}
