#!/usr/bin/env bash
# The release server's speed, in one run: wrk (1 thread, 16 connections,
# 6 s each, one after another) over /healthz, /api/v1/nearest plain and
# filtered, and the results, site, search and Help pages, each also as a
# share of /healthz (the server on 127.0.0.1, a fresh SQLite database, the
# seeded directory); then the booking load client, 16 clients for 15 s, on
# SQLite and on PostgreSQL (one instance, then two behind nginx).
#   bash tests/perf/http.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
fi
bash .ci/setup
export PATH="$PWD/tests/browser/node_modules/.bin:$PATH"
cargo leptos build --release
source tests/support/serve.sh
dir=$(mktemp -d)
trap 'stop_server; rm -rf "$dir"' EXIT
start_server target/release/server "$dir"
base=$SERVER_BASE

rate() { wrk -t1 -c16 -d6s "$base$1" | awk '/Requests\/sec/ { print $2 }'; }
paths=(
  "/healthz"
  "/api/v1/nearest?lat=42.9&lon=71.37&limit=5"
  "/api/v1/nearest?lat=42.9&lon=71.37&limit=5&service=prep&free=1"
  "/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7"
  "/ru/site/demo-taraz-friendly-cabinet"
  "/ru"
  "/ru/help"
)
healthz=""
printf '%-64s %10s %8s\n' "path" "req/s" "of /healthz"
for path in "${paths[@]}"; do
  r=$(rate "$path")
  healthz=${healthz:-$r}
  awk -v p="$path" -v r="$r" -v h="$healthz" 'BEGIN { printf "%-64s %10.0f %7.0f%%\n", p, r, 100 * r / h }'
done
stop_server
rm -rf "$dir"
trap - EXIT

echo "== bookings: SQLite, 1 instance, 16 clients, 15 s"
# booking-load starts its own servers with SENIM_LOAD_TEST on (its clients
# all book from 127.0.0.1).
cargo build --release -p senim-tests --bin booking-load
target/release/booking-load --workers 16 --seconds 15 | tail -2
bash tests/load/postgres.sh 16 15 | grep -v "^database"
