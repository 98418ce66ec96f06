#!/usr/bin/env bash
# The one way the shell and Python test scripts start a server (the Node
# runners have tests/support/server.mjs, the Rust tests tests/support/lib.rs).
# Source it from the repository's root:
#   source tests/support/serve.sh
#   start_server target/debug/server "$dir" "$dir/server.log"
#   curl "$SERVER_BASE/healthz"; ...; stop_server
# free_port       prints a free TCP port of 127.0.0.1
# start_server    BINARY DIR [LOG]: BINARY on a free port with a fresh
#                 SQLite database and key in DIR, RUST_LOG as set (warn
#                 otherwise), output appended to LOG
#                 (this shell's stderr if none); sets SERVER_PID and
#                 SERVER_BASE, and returns once it answers /healthz
# wait_healthy    BASE: waits (10 s at most) for BASE/healthz; fails if the
#                 server stopped or never answered
# stop_server     stops the server start_server started

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
  local binary=$1 dir=$2 log=${3:-/dev/stderr}
  local port
  port=$(free_port)
  LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$PWD/target/site" \
    DATABASE_URL="sqlite://$dir/senim.db?mode=rwc" SENIM_KEY_FILE="$dir/senim.key" \
    RUST_LOG="${RUST_LOG:-warn}" \
    "$binary" serve >>"$log" 2>&1 &
  SERVER_PID=$!
  SERVER_BASE="http://127.0.0.1:$port"
  wait_healthy "$SERVER_BASE"
}

wait_healthy() {
  local base=$1
  for _ in $(seq 100); do
    curl -sf "$base/healthz" >/dev/null && return 0
    if [ -n "${SERVER_PID:-}" ] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the server at $base stopped before it answered" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "the server at $base did not answer /healthz within 10 s" >&2
  return 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
