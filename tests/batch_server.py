"""A scripted OpenAI Files + Batches API, in the real wire format, to compose the batch cassettes.

It answers the calls a batch run makes (upload, create, retrieve, download, synchronous chat
completions for re-asks, the deletes of the batch's files after a collect, and a cancel) the way
api.openai.com does (openai-python's ``FileObject``, ``Batch`` and ``FileDeleted`` types, the
documented output and error file lines). What each request of the batch gets
is scripted per line of the uploaded file: an ``Answer``/``RawText`` (an output-file line with a
200 chat completion), an ``HttpError`` (an error-file line with that status and error body), or
``NOT_RUN`` (an error-file line with ``batch_expired``). Use it in process (``http_client()``) or over
loopback HTTP (``serve()``), which is what a composed cassette records.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx2

from summarize.testing import CREATED, HttpError, Reply, ScriptedModel, completion_body, error_body
from tests.cassette_format import multipart_fields

NOT_RUN = "not-run"
BATCH_ID = "batch_scripted0001"
INPUT_FILE, OUTPUT_FILE, ERROR_FILE = "file-scripted-input", "file-scripted-output", "file-scripted-errors"
EXPIRES = CREATED + 24 * 3600


@dataclass
class ScriptedBatchAPI:
    outcomes: list[Reply | str]  # one per line of the uploaded input file, in order
    statuses: list[str] = field(default_factory=lambda: ["in_progress", "completed"])  # one per retrieve
    chat: ScriptedModel = field(default_factory=lambda: ScriptedModel([]))  # synchronous re-asks
    batch_errors: list[dict[str, Any]] = field(default_factory=list)  # for a "failed" batch
    delete_error: HttpError | None = None  # what every DELETE /v1/files/{id} gets instead of a success
    calls: list[tuple[str, str]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    uploads: list[dict[str, str]] = field(default_factory=list)
    batch: dict[str, Any] = field(default_factory=dict)
    submitted: bytes = b""  # the uploaded input, kept for the retrieves after the file is deleted
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def respond(self, method: str, path: str, content_type: str, body: bytes) -> tuple[int, bytes, str]:
        with self._lock:
            self.calls.append((method, path))
            return self._route(method, path.split("?")[0], content_type, body)

    def _route(self, method: str, path: str, content_type: str, body: bytes) -> tuple[int, bytes, str]:
        if method == "POST" and path == "/v1/files":
            return _json(self._upload(multipart_fields(content_type, body.decode("utf-8"))))
        if method == "POST" and path == "/v1/batches":
            return _json(self._create(json.loads(body)))
        if method == "GET" and path == f"/v1/batches/{BATCH_ID}":
            return _json(self._retrieve())
        if method == "GET" and path.startswith("/v1/files/") and path.endswith("/content"):
            return 200, self.files[path.split("/")[3]], "application/octet-stream"
        if method == "DELETE" and path.startswith("/v1/files/"):
            return self._delete(path.split("/")[3])
        if method == "POST" and path == f"/v1/batches/{BATCH_ID}/cancel":
            return _json(self._cancel())
        if method == "POST" and path == "/v1/chat/completions":
            status, payload, _ = self.chat.respond(json.loads(body))
            return status, json.dumps(payload).encode(), "application/json"
        not_found = {"error": {"message": f"no route {method} {path}", "type": "invalid_request_error"}}
        return 404, json.dumps(not_found).encode(), "application/json"

    def _upload(self, fields: dict[str, str]) -> dict[str, Any]:
        self.uploads.append(fields)
        self.files[INPUT_FILE] = self.submitted = fields["file"].encode("utf-8")
        return {
            "id": INPUT_FILE,
            "object": "file",
            "bytes": len(self.files[INPUT_FILE]),
            "created_at": CREATED,
            "filename": "summarize-batch.jsonl",
            "purpose": fields.get("purpose", ""),
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }

    def _create(self, request: dict[str, Any]) -> dict[str, Any]:
        self.batch = {
            "id": BATCH_ID,
            "object": "batch",
            "endpoint": request["endpoint"],
            "errors": None,
            "input_file_id": request["input_file_id"],
            "completion_window": request["completion_window"],
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": CREATED,
            "in_progress_at": None,
            "expires_at": EXPIRES,
            "finalizing_at": None,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "cancelling_at": None,
            "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": request.get("metadata"),
        }
        return self.batch

    def _delete(self, file_id: str) -> tuple[int, bytes, str]:
        """openai-python's ``FileDeleted``: ``{"id", "object": "file", "deleted": true}``; 404 for an unknown id."""
        if self.delete_error is not None:
            payload, _ = error_body(self.delete_error)
            return self.delete_error.status, json.dumps(payload).encode(), "application/json"
        if self.files.pop(file_id, None) is None:
            missing = {"message": f"No such File object: {file_id}", "type": "invalid_request_error"}
            return 404, json.dumps({"error": {**missing, "param": "id", "code": None}}).encode(), "application/json"
        return _json({"id": file_id, "object": "file", "deleted": True})

    def _cancel(self) -> dict[str, Any]:
        """The batch, now ``cancelling`` (the next retrieve takes the scripted status, e.g. ``cancelled``)."""
        self.batch["status"] = "cancelling"
        self.batch["cancelling_at"] = CREATED + 120
        return self.batch

    def _retrieve(self) -> dict[str, Any]:
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        lines = [json.loads(line) for line in self.submitted.decode().splitlines()]
        self.batch["status"] = status
        self.batch["in_progress_at"] = CREATED + 60
        self.batch["request_counts"]["total"] = len(lines)
        if status == "failed":
            self.batch.update(failed_at=CREATED + 60, errors={"object": "list", "data": self.batch_errors})
        elif status in ("completed", "expired", "cancelled") and self.batch["output_file_id"] is None:
            self._finish(status, lines)
        return self.batch

    def _finish(self, status: str, lines: list[dict[str, Any]]) -> None:
        output, failed = [], []
        for n, (line, outcome) in enumerate(zip(lines, self.outcomes, strict=False), 1):
            record: dict[str, Any] = {"id": f"batch_req_scripted{n:04d}", "custom_id": line["custom_id"]}
            if outcome == NOT_RUN:
                expired = "This request could not be executed before the completion window expired."
                failed.append({**record, "response": None, "error": {"code": "batch_expired", "message": expired}})
            elif isinstance(outcome, HttpError):
                payload, _ = error_body(outcome)
                response = {"status_code": outcome.status, "request_id": f"req_scripted{n:04d}", "body": payload}
                failed.append({**record, "response": response, "error": None})
            elif not isinstance(outcome, str):
                body = completion_body(line["body"], outcome)
                response = {"status_code": 200, "request_id": f"req_scripted{n:04d}", "body": body}
                output.append({**record, "response": response, "error": None})
        finished = {"completed": "completed_at", "expired": "expired_at", "cancelled": "cancelled_at"}[status]
        self.batch[finished] = CREATED + 3600
        self.batch["request_counts"].update(completed=len(output), failed=len(failed))
        for file_id, records, key in ((OUTPUT_FILE, output, "output_file_id"), (ERROR_FILE, failed, "error_file_id")):
            if records:
                self.files[file_id] = "".join(json.dumps(r) + "\n" for r in records).encode()
                self.batch[key] = file_id

    def http_client(self) -> httpx2.Client:
        def handle(request: httpx2.Request) -> httpx2.Response:
            status, data, content_type = self.respond(
                request.method, request.url.path, request.headers.get("content-type", ""), request.read()
            )
            return httpx2.Response(status, content=data, headers={"content-type": content_type})

        return httpx2.Client(transport=httpx2.MockTransport(handle))


def _json(payload: dict[str, Any]) -> tuple[int, bytes, str]:
    return 200, json.dumps(payload).encode(), "application/json"


def serve(api: ScriptedBatchAPI) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``api`` on loopback in a daemon thread. Returns (server, base_url)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("content-length", 0))
            body = self.rfile.read(length) if length else b""
            status, data, content_type = api.respond(
                self.command, self.path, self.headers.get("content-type", ""), body
            )
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = _answer  # noqa: N815 - the stdlib's names

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/v1"
