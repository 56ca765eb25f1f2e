"""A scriptable fake model for tests: no network, real OpenAI wire format.

``ScriptedModel`` answers chat-completion requests from a script of replies, in order, shaped the
way an OpenAI-compatible endpoint shapes them for the mode the request used (a forced tool call, a
JSON body, or a fenced JSON block). Plug it into a ``Summarizer`` through an httpx2 mock transport::

    model = ScriptedModel([HttpError(429, retry_after=1), Answer(draft)])
    summarizer = Summarizer(model="m", api_key="sk-test", http_client=model.http_client())
    briefing = summarizer.summarize(text)
    assert model.request_count == 2

The same replies can be served over real HTTP (``serve_scripted``) to record cassettes or benchmark.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx2

__all__ = [
    "Answer",
    "ContentFilter",
    "Derived",
    "GarbledBody",
    "HttpError",
    "NetworkFailure",
    "RawText",
    "Refusal",
    "Reply",
    "ScriptedModel",
    "Truncated",
    "article_in",
    "completion_body",
    "error_body",
    "serve_scripted",
]

CREATED = 1764028800  # a fixed timestamp keeps recorded bodies stable


@dataclass
class Answer:
    """A well-formed answer carrying ``draft`` (a dict of the model-filled fields)."""

    draft: Mapping[str, Any]


@dataclass
class Derived:
    """A well-formed answer computed from the article in the request: ``make(article) -> draft``.

    For scripts where each request carries different text (the chunks of a long article), e.g.
    ``Derived(lambda text: offline_draft(text))`` answers every chunk with a draft grounded in it.
    """

    make: Callable[[str], Mapping[str, Any]]


@dataclass
class RawText:
    """An answer whose payload is this exact text (for broken JSON)."""

    text: str


@dataclass
class Truncated:
    """An answer cut off at the output limit: finish_reason 'length'."""

    partial: str = '{"title": "Cut off'


@dataclass
class Refusal:
    text: str = "I'm sorry, but I can't help with that request."


@dataclass
class ContentFilter:
    pass


@dataclass
class HttpError:
    status: int
    code: str | None = None
    message: str = "error"
    retry_after: float | str | None = None  # a str is sent as is (an HTTP date, or garbage)
    type: str = "invalid_request_error"


@dataclass
class NetworkFailure:
    """No HTTP answer at all: ``"connect"`` (refused) or ``"timeout"`` (read timed out)."""

    kind: str = "connect"


@dataclass
class GarbledBody:
    """A 200 whose HTTP body is not JSON (a proxy's error page, a body cut short): the endpoint's fault,
    retried by the transport, never a re-ask of the model."""

    text: str = "<html><body>502 Bad Gateway</body></html>"


Reply = Answer | Derived | RawText | Truncated | Refusal | ContentFilter | HttpError | NetworkFailure | GarbledBody

_DELIMITED = re.compile(r"^(ARTICLE-[0-9a-f]+)-BEGIN\n(.*)\n\1-END$", re.DOTALL | re.MULTILINE)


def article_in(request: Mapping[str, Any]) -> str:
    """The article text a chat-completion request carries between its delimiter lines."""
    for message in reversed(request.get("messages", [])):
        found = _DELIMITED.search(str(message.get("content") or ""))
        if found:
            return found.group(2)
    raise ValueError("no delimited article in the request")


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)  # a stable estimate; real endpoints count exactly


def _payload_for(request: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The assistant message carrying ``text`` in the shape the request's mode expects."""
    if request.get("tools"):
        name = request.get("tool_choice", {}).get("function", {}).get("name") or request["tools"][0]["function"]["name"]
        call = {"id": "call_scripted0001", "type": "function", "function": {"name": name, "arguments": text}}
        return {"role": "assistant", "content": None, "tool_calls": [call], "refusal": None, "annotations": []}
    if request.get("response_format"):
        return {"role": "assistant", "content": text, "refusal": None, "annotations": []}
    return {"role": "assistant", "content": f"```json\n{text}\n```", "refusal": None, "annotations": []}


def completion_body(request: Mapping[str, Any], reply: Reply) -> dict[str, Any]:
    """The JSON body of a chat.completion answering ``request`` with ``reply`` (not HttpError)."""
    finish = "stop"
    if isinstance(reply, Answer):
        message = _payload_for(request, json.dumps(reply.draft, ensure_ascii=False))
    elif isinstance(reply, Derived):
        message = _payload_for(request, json.dumps(reply.make(article_in(request)), ensure_ascii=False))
    elif isinstance(reply, RawText):
        message = _payload_for(request, reply.text)
    elif isinstance(reply, Truncated):
        message, finish = _payload_for(request, reply.partial), "length"
    elif isinstance(reply, Refusal):
        message = {"role": "assistant", "content": None, "refusal": reply.text, "annotations": []}
    elif isinstance(reply, ContentFilter):
        message, finish = {"role": "assistant", "content": None, "refusal": None, "annotations": []}, "content_filter"
    else:
        raise TypeError(f"no completion body for {type(reply).__name__}")
    produced = json.dumps(message, ensure_ascii=False)
    prompt = json.dumps(request.get("messages", []), ensure_ascii=False) + json.dumps(request.get("tools", []))
    usage = {"prompt_tokens": _tokens(prompt), "completion_tokens": _tokens(produced)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": CREATED,
        "model": str(request.get("model", "scripted")),
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": usage,
        "system_fingerprint": None,
    }


def error_body(reply: HttpError) -> tuple[dict[str, Any], dict[str, str]]:
    headers = {"content-type": "application/json"}
    if reply.retry_after is not None:
        headers["retry-after"] = str(reply.retry_after)
    body = {"error": {"message": reply.message, "type": reply.type, "param": None, "code": reply.code}}
    return body, headers


@dataclass
class ScriptedModel:
    """Answers requests with ``replies`` in order; keeps the request bodies it saw.

    ``requests`` holds the newest ``keep_requests`` bodies (oldest dropped first), so a model serving
    thousands of requests (a benchmark, a soak) does not grow without bound; ``request_count`` counts
    them all. ``keep_requests=None`` keeps every one.
    """

    replies: list[Reply]
    requests: list[dict[str, Any]] = field(default_factory=list)
    latency: float = 0.0
    repeat_last: bool = False  # keep answering with the last reply (benchmarks, "fails forever")
    keep_requests: int | None = 1000
    request_count: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def next_reply(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.request_count += 1
            self.requests.append(body)
            if self.keep_requests is not None and len(self.requests) > self.keep_requests:
                del self.requests[: len(self.requests) - self.keep_requests]
            if not self.replies:
                raise AssertionError(f"ScriptedModel: no reply left for request {self.request_count}")
            return self.replies.pop(0) if len(self.replies) > 1 or not self.repeat_last else self.replies[0]

    def respond(self, body: dict[str, Any]) -> tuple[int, dict[str, Any] | bytes, dict[str, str]]:
        """Status, payload (JSON data, or the raw bytes of a garbled body) and headers."""
        reply = self.next_reply(body)
        if isinstance(reply, NetworkFailure):
            if reply.kind == "timeout":
                raise httpx2.ReadTimeout("scripted timeout")
            raise httpx2.ConnectError("scripted connection failure")
        if isinstance(reply, HttpError):
            payload, headers = error_body(reply)
            return reply.status, payload, headers
        if isinstance(reply, GarbledBody):
            return 200, reply.text.encode(), {"content-type": "application/json"}
        return 200, completion_body(body, reply), {"content-type": "application/json"}

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        status, payload, headers = self.respond(json.loads(request.content))
        if self.latency:
            time.sleep(self.latency)
        if isinstance(payload, bytes):
            return httpx2.Response(status, content=payload, headers=headers)
        return httpx2.Response(status, json=payload, headers=headers)

    def http_client(self) -> httpx2.Client:
        return httpx2.Client(transport=httpx2.MockTransport(self))

    def async_http_client(self) -> httpx2.AsyncClient:
        async def handle(request: httpx2.Request) -> httpx2.Response:
            return self(request)

        return httpx2.AsyncClient(transport=httpx2.MockTransport(handle))


class _ScriptedServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # many clients connect at once (batches, benchmarks); 5 would drop connections


def serve_scripted(model: ScriptedModel, host: str = "127.0.0.1", port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``model`` over real HTTP on loopback in a daemon thread. Returns (server, base_url)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            if model.latency:
                time.sleep(model.latency)
            try:
                status, payload, headers = model.respond(body)
            except AssertionError as exc:  # the script ran out: say so instead of dropping the connection
                status, payload, headers = 599, {"error": {"message": str(exc), "type": "script_exhausted"}}, {}
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
            return

    server = _ScriptedServer((host, port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}/v1"
