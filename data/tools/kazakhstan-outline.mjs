// Writes data/kazakhstan_outline.txt, the outline of Kazakhstan drawn on the
// search page's map, from Natural Earth's 1:50m countries (public domain) as
// packaged by the npm package world-atlas.
// Run: (cd tests/browser && npm ci) && node data/tools/kazakhstan-outline.mjs
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const require = createRequire(new URL("../../tests/browser/package.json", import.meta.url));
const topology = require("world-atlas/countries-50m.json");
const { feature } = require("topojson-client");
const atlasVersion = require("world-atlas/package.json").version;

const KAZAKHSTAN = "398"; // ISO 3166-1 numeric
const country = feature(topology, topology.objects.countries).features.find((f) => f.id === KAZAKHSTAN);
const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;

const lines = [
  "# Outline of Kazakhstan: one outer ring per line, space-separated lon,lat pairs (degrees).",
  `# Source: Natural Earth 1:50m Admin 0 countries (public domain), via the npm package world-atlas ${atlasVersion}.`,
  "# Regenerate: node data/tools/kazakhstan-outline.mjs",
];
// On a map a few hundred pixels wide, points closer than this (degrees) to
// the last one kept make no visible difference; dropping them keeps the
// page light.
const MIN_STEP = 0.08;
for (const [outer] of polygons) {
  const kept = [];
  for (const [lon, lat] of outer) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(lon - last[0], lat - last[1]) >= MIN_STEP) kept.push([lon, lat]);
  }
  if (kept.length >= 4) lines.push(kept.map(([lon, lat]) => `${lon.toFixed(2)},${lat.toFixed(2)}`).join(" "));
}
writeFileSync(new URL("../kazakhstan_outline.txt", import.meta.url), lines.join("\n") + "\n");
console.log(`${lines.length - 3} rings written`);
