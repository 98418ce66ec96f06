#!/usr/bin/env bash
# Page weights as a phone on a slow connection would download them, from a
# running Senim (default the release build of `bash .ci/app` on :3000):
#   bash tests/perf/weights.sh [BASE]
set -euo pipefail
base=${1:-http://127.0.0.1:3000}
size() { curl -s -H "Accept-Encoding: $2" -o /dev/null -w '%{size_download}' "$base$1"; }
asset() { curl -s "$base$1" | grep -o "/pkg/senim\.[A-Za-z0-9_-]*\.$2" | head -1; }
taraz='/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7'
css=$(asset "$taraz" css)
js=$(asset "$taraz" js)
wasm=$(asset "$taraz" wasm)
printf '%-32s %9s %9s %9s\n' "resource" "raw" "gzip" "brotli"
for path in "$taraz" "/ru/site/demo-taraz-friendly-cabinet" "/ru/help" "$css" "$js" "$wasm"; do
  printf '%-32s %9s %9s %9s\n' "${path:0:32}" "$(size "$path" identity)" "$(size "$path" gzip)" "$(size "$path" br)"
done
