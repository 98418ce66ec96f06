"""Fails if a nickname or booking code, sent or received during the fuzzing
run, appears in a request URL or in the server's log.
Usage: no_leaks.py booked.json cassette.yaml server.log"""
import json
import re
import sys

import yaml

booked_path, cassette_path, log_path = sys.argv[1:4]
with open(cassette_path) as f:
    cassette = yaml.safe_load(f)
with open(log_path, errors="replace") as f:
    log = f.read()

secrets = set()
for entry in json.load(open(booked_path)):
    secrets.add(entry["nickname"])
    secrets.add(entry["code"])
    secrets.add(entry["code"].replace("-", ""))

urls = []
bookings = 0
per_operation = {}
for interaction in cassette["http_interactions"]:
    request, response = interaction["request"], interaction["response"]
    urls.append(request["uri"])
    path = re.sub(r"^https?://[^/]+", "", request["uri"]).split("?")[0]
    path = re.sub(r"^/api/v1/sites/[^/]+/slots$", "/api/v1/sites/{id}/slots", path)
    operation = f"{request['method']} {path}"
    per_operation[operation] = per_operation.get(operation, 0) + 1
    for text, field in ((request.get("body") or {}).get("string"), "nickname"), \
                       ((response.get("body") or {}).get("string"), "code"):
        try:
            value = json.loads(text or "")
        except ValueError:
            continue
        if isinstance(value, dict) and isinstance(value.get(field), str):
            secret = value[field].strip()
            # Short or digit-only strings would match timestamps by chance.
            if len(secret) >= 6 and re.search(r"[^\W\d_]", secret):
                secrets.add(secret)
            if field == "code":
                bookings += 1

leaks = [s for s in secrets if s in log or any(s in url for url in urls)]
assert not leaks, f"found in a URL or the log: {leaks[:5]}"
for operation, count in sorted(per_operation.items()):
    print(f"{count:6} requests  {operation}")
print(f"no leaks: {len(secrets)} nicknames and codes checked against "
      f"{len(urls)} URLs and {len(log.splitlines())} log lines "
      f"({bookings} bookings answered during fuzzing)")
