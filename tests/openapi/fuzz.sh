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
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$PWD/target/site" \
  DATABASE_URL="sqlite://$work/senim.db?mode=rwc" RUST_LOG=debug \
  target/debug/server >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

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
