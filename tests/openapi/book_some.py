"""Books three real slots through the API; prints what was sent and given
back (nicknames and codes) as JSON, for no_leaks.py to look for."""
import json
import sys
import urllib.request

base = sys.argv[1]
site = "demo-taraz-friendly-cabinet"


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


slots = call("GET", f"/api/v1/sites/{site}/slots?days=14")["slots"]
assert len(slots) >= 3, "the demo site has free slots"
booked = []
for i, slot in enumerate(slots[:3]):
    nickname = f"Fuzzwatch Nick{i}"
    answer = call("POST", "/api/v1/bookings",
                  {"site_id": site, "start": slot["start"], "nickname": nickname})
    booked.append({"nickname": nickname, "code": answer["code"]})
print(json.dumps(booked))
