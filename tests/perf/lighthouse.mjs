// Lighthouse (mobile emulation, simulated slow 4G) on the search, results,
// site and booking pages of a running Senim, in Debian's Chromium. A
// measurement for the README, not a test.
//
//   bash .ci/app &                       # the release build on :3000
//   (cd tests/perf && npm ci) && node tests/perf/lighthouse.mjs [BASE]
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const base = process.argv[2] || "http://127.0.0.1:3000";
const SITE = "demo-taraz-friendly-cabinet";

/** The booking form of the site's first free slot, as the site page links it. */
async function bookingPage() {
  const html = await (await fetch(`${base}/ru/site/${SITE}`)).text();
  const href = /<a href="([^"]+)" class="slot/.exec(html)?.[1];
  if (!href) throw new Error("no free slot on the site page");
  return base + href.replaceAll("&amp;", "&");
}

const pages = [
  ["search", `${base}/ru`],
  ["results (Taraz)", `${base}/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7`],
  ["site", `${base}/ru/site/${SITE}`],
  ["booking form", await bookingPage()],
  ["help now", `${base}/ru/help?place=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B`],
];

const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  console.log("| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, url] of pages) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    const audit = (id) => lhr.audits[id].displayValue;
    console.log(
      `| ${name} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ` +
        `${audit("first-contentful-paint")} | ${audit("largest-contentful-paint")} | ` +
        `${audit("total-blocking-time")} | ${audit("cumulative-layout-shift")} |`,
    );
    for (const id of ["accessibility", "best-practices"]) {
      for (const ref of lhr.categories[id].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  - ${name}: ${id}: ${a.id}: ${a.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
}
