#!/usr/bin/env bash
# The booking load client on PostgreSQL with its durability settings on
# (fsync, synchronous commit), first with one instance and then with two
# behind nginx. A throw-away cluster on 127.0.0.1, removed at the end.
# Usage: bash tests/load/postgres.sh [WORKERS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
workers=${1:-16}
seconds=${2:-20}
bash .ci/setup
cargo build --release -p senim-tests --bin booking-load
source .ci/postgres
trap stop_postgres EXIT
start_postgres durable
# booking-load starts its servers with SENIM_LOAD_TEST on (config.load_test):
# its clients all book from 127.0.0.1, past the booking caps and the surge
# slow-down that production keeps.
for instances in 1 2; do
  echo "== $instances instance(s), $workers clients, $seconds s"
  target/release/booking-load --workers "$workers" --seconds "$seconds" --instances "$instances"
done
