#!/usr/bin/env bash
# Fuzzes the JSON API from its own OpenAPI document with schemathesis:
# starts the debug server (built by `cargo leptos build`) on a free port with
# a fresh SQLite database, books a few real slots, runs at most 100
# generated examples per operation through every phase and check (no 5xx,
# documented statuses, content types and bodies, invalid input refused),
# then proves that no nickname or booking code sent or received appears in
# any request URL or in the server's log.
# Run: bash tests/openapi/fuzz.sh   (after .ci/setup and cargo leptos build)
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=tests/openapi/.venv
work=$(mktemp -d)
source tests/support/serve.sh
trap 'stop_server; rm -rf "$work"' EXIT
# The log at debug level: no_leaks.py reads it for codes and nicknames.
RUST_LOG=debug start_server target/debug/server "$work" "$work/server.log"
base=$SERVER_BASE

# Real bookings first, so that real codes and nicknames exist to leak.
"$venv/bin/python" tests/openapi/book_some.py "$base" >"$work/booked.json"

# Random site ids and slot times are rarely bookable, so generated "valid"
# bookings are mostly refused: positive_data_acceptance cannot hold there.
"$venv/bin/schemathesis" run "$base/api/v1/openapi.json" \
  --max-examples 100 --seed 20261124 --workers 2 \
  --exclude-checks positive_data_acceptance \
  --report vcr --report-vcr-path "$work/cassette.yaml" \
  --report junit --report-junit-path "$work/junit.xml"

"$venv/bin/python" tests/openapi/no_leaks.py "$work/booked.json" "$work/cassette.yaml" "$work/server.log"
