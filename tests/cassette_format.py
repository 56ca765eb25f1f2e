"""How cassettes are stored and matched: an allow-list, readable JSON, and body matching.

- Only the headers below are kept; everything else (Authorization, api-key, cookies, organisation
  and project ids, request ids) is dropped before a cassette is written.
- Bodies are stored as parsed JSON, so a cassette reads like the exchange it records.
- Requests match on method, path and the parsed JSON body: a changed prompt or schema no longer
  replays an old answer, and the host does not matter (a cassette recorded against a local server
  replays against any base URL).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

KEPT_REQUEST_HEADERS = frozenset({"content-type"})
KEPT_RESPONSE_HEADERS = frozenset({"content-type", "retry-after", "retry-after-ms"})


def _keep(headers: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in headers.items() if k.lower() in allowed}


def scrub_request(request: Any) -> Any:
    request.headers = _keep(dict(request.headers), KEPT_REQUEST_HEADERS)
    parts = urlsplit(request.uri)
    request.uri = f"{parts.scheme}://{parts.netloc}{parts.path}"  # no query string (Azure puts keys there)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = _keep(response.get("headers", {}), KEPT_RESPONSE_HEADERS)
    return response


def _as_text(body: Any) -> str | None:
    if body is None:
        return None
    return body.decode("utf-8") if isinstance(body, bytes) else str(body)


def _readable(body: Any) -> Any:
    text = _as_text(body)
    if text is None:
        return None
    return _readable_text(text)


def _readable_text(text: str) -> dict[str, Any]:
    """JSON, JSON Lines (Batch API files) and multipart uploads stored as data; anything else as text."""
    try:
        return {"json": json.loads(text)}
    except ValueError:
        pass
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        try:
            return {"jsonl": [json.loads(line) for line in lines[:-1]]}
        except ValueError:
            pass
    return _readable_multipart(text) or {"text": text}


def _readable_multipart(text: str) -> dict[str, Any] | None:
    boundary = text[2 : text.find("\r\n")] if text.startswith("--") else ""
    if not boundary or not text.endswith(f"--{boundary}--\r\n"):
        return None
    parts = []
    for part in text.split(f"--{boundary}")[1:-1]:
        head, _, content = part.removeprefix("\r\n").partition("\r\n\r\n")
        parts.append({"headers": head.split("\r\n"), **_readable_text(content.removesuffix("\r\n"))})
    return {"multipart": {"boundary": boundary, "parts": parts}}


def _raw(stored: Any) -> str | None:
    if stored is None:
        return None
    if "json" in stored:
        return json.dumps(stored["json"], ensure_ascii=False)
    if "jsonl" in stored:
        return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in stored["jsonl"])
    if "multipart" in stored:
        boundary = stored["multipart"]["boundary"]
        parts = [
            f"--{boundary}\r\n" + "\r\n".join(part["headers"]) + f"\r\n\r\n{_raw(part)}\r\n"
            for part in stored["multipart"]["parts"]
        ]
        return "".join(parts) + f"--{boundary}--\r\n"
    return str(stored["text"])


class ReadableJSONSerializer:
    """A vcrpy serializer writing indented JSON with parsed bodies."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        out = []
        for item in cassette["interactions"]:
            request, response = dict(item["request"]), dict(item["response"])
            request["body"] = _readable(request.get("body"))
            response["body"] = _readable(response.get("body", {}).get("string"))
            out.append({"request": request, "response": response})
        return (
            json.dumps({"version": cassette.get("version", 1), "interactions": out}, indent=2, ensure_ascii=False)
            + "\n"
        )

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        data = json.loads(text)
        interactions = []
        for item in data["interactions"]:
            request, response = dict(item["request"]), dict(item["response"])
            request["body"] = _raw(request.get("body"))
            response["body"] = {"string": _raw(response.get("body")) or ""}
            interactions.append({"request": request, "response": response})
        return {"version": data.get("version", 1), "interactions": interactions}


def normalized_body(request: Any) -> Any:
    text = _as_text(request.body)
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def match_json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: raise AssertionError (with the first difference) when bodies differ."""
    a, b = normalized_body(r1), normalized_body(r2)
    if a != b:
        raise AssertionError(f"request bodies differ: {_first_difference(a, b)}")


def _first_difference(a: Any, b: Any, path: str = "body") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:120]!r} != {str(b)[:120]!r}"


def multipart_fields(content_type: str, body: str) -> dict[str, str]:
    """The fields of a multipart/form-data body (the boundary comes from its content-type)."""
    boundary = content_type.split("boundary=", 1)[1].split(";")[0].strip('"')
    fields: dict[str, str] = {}
    for part in body.split(f"--{boundary}")[1:]:
        if part.startswith("--"):
            break  # the closing delimiter
        head, _, content = part.removeprefix("\r\n").partition("\r\n\r\n")
        name = re.search(r'\bname="([^"]*)"', head)
        if name:
            fields[name.group(1)] = content.removesuffix("\r\n")
    return fields


def _multipart(request: Any) -> dict[str, Any] | None:
    content_type = next((str(v) for k, v in dict(request.headers).items() if k.lower() == "content-type"), "")
    if not content_type.startswith("multipart/form-data"):
        return None
    fields: dict[str, Any] = multipart_fields(content_type, _as_text(request.body) or "")
    if "file" in fields:  # a JSONL upload: compare it line by line, as data
        fields["file"] = [json.loads(line) for line in fields["file"].splitlines() if line.strip()]
    return fields


def match_batch_body(r1: Any, r2: Any) -> None:
    """``match_json_body``, plus multipart uploads compared field by field (their boundary is random)."""
    a, b = _multipart(r1), _multipart(r2)
    if a is None and b is None:
        match_json_body(r1, r2)
    elif a != b:
        raise AssertionError(f"multipart uploads differ: {_first_difference(a, b, 'upload')}")
