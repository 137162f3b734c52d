# Realistic handling of (status, headers, body) response tuples with nested mapping and range-like guards.
def handle(resp):
    match resp:
        case (200, {"content-type": "application/json"}, {"data": [*rows]}):
            return f"json rows={len(rows)}"
        case (200, {"content-type": ctype}, str(body)):
            return f"{ctype} text of {len(body)} chars"
        case (204, _, None):
            return "no content"
        case (301 | 302 | 307 | 308 as code, {"location": url}, _):
            return f"redirect {code} -> {url}"
        case (429, {"retry-after": str(secs)}, _) if secs.isdigit():
            return f"retry in {int(secs)}s"
        case (int(code), _, _) if 400 <= code < 500:
            return f"client error {code}"
        case (int(code), _, {"error": {"message": msg}}) if code >= 500:
            return f"server error {code}: {msg}"
        case (code, headers, body):
            return f"unhandled {code} ({len(headers)} headers)"
        case _:
            return "malformed response"

responses = [
    (200, {"content-type": "application/json"}, {"data": [1, 2, 3]}),
    (200, {"content-type": "text/html", "x": "1"}, "<p>hi</p>"),
    (204, {}, None),
    (302, {"location": "/login"}, ""),
    (429, {"retry-after": "30"}, None),
    (429, {"retry-after": "soon"}, None),
    (503, {}, {"error": {"message": "maintenance", "code": 9}}),
    (503, {}, "down"),
    (200, {}),
    [200, {"content-type": "application/json"}, {"data": []}],
]
for r in responses:
    print(handle(r))
