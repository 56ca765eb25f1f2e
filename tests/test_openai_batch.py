"""The OpenAI Batch API path: request lines, manifest, submit / poll / collect, re-asks, CLI.

The two cassette tests record every call a batch run makes (the multipart upload, the batch
creation, the polls, the downloads and a synchronous re-ask) and are composed against
``tests/batch_server.py`` (see cassettes/README.md). The other tests use the same scripted API in
process or on loopback, without cassettes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from summarize import Document, Summarizer
from summarize.__main__ import main
from summarize.batch.openai_job import BatchJob, run_via_batch, settings_from
from summarize.batch.openai_manifest import Manifest, load_manifest, manifest_path
from summarize.batch.openai_requests import BATCH_URL, request_body, request_line
from summarize.engine.llm import Endpoint
from summarize.engine.prices import BATCH_PRICE_SHARE, cost_usd
from summarize.errors import ConfigurationError, OutputFileError, RequestRejectedError
from summarize.settings import Settings
from summarize.testing import Answer, HttpError, Refusal, ScriptedModel
from tests.batch_server import BATCH_ID, NOT_RUN, ScriptedBatchAPI, serve
from tests.cassette_format import match_batch_body, multipart_fields
from tests.conftest import CASSETTE_MODEL, CASSETTE_WAY, DUMMY_KEY, REPLAY_BASE_URL, article, gold_draft

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
INVENTED = "The company admitted on Friday that every chip it ever shipped was faulty."


def items(*names: str) -> list[tuple[str, Document]]:
    return [(name, Document.from_text(article(name), f"examples/{name}.txt")) for name in names]


def fabricated(name: str) -> dict[str, Any]:
    draft = gold_draft(name)
    return {**draft, "claims": [{**draft["claims"][0], "evidence": [{"quote": INVENTED}]}, *draft["claims"][1:]]}


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def polls(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Waits between polls, recorded instead of slept (slept for real when recording live)."""
    recorded: list[float] = []
    if CASSETTE_WAY != "live":
        monkeypatch.setattr("summarize.batch.openai_job.sleep", recorded.append)
    return recorded


@pytest.fixture
def vcr_config(vcr_config: dict[str, Any]) -> dict[str, Any]:
    """As everywhere, plus multipart uploads matched on their fields and the uploaded JSONL."""
    return {**vcr_config, "match_on": ["method", "path", "batch_body"]}


@dataclass
class BatchEndpoint:
    base_url: str
    api_key: str
    servers: list[Any] = field(default_factory=list)

    def script(self, api: ScriptedBatchAPI) -> None:
        """What a composed cassette records (ignored when replaying or recording live)."""
        if CASSETTE_WAY == "compose":
            server, self.base_url = serve(api)
            self.servers.append(server)

    def options(self, **extra: Any) -> dict[str, Any]:
        return {"model": CASSETTE_MODEL, "base_url": self.base_url, "api_key": self.api_key, **extra}


@pytest.fixture
def batch_api() -> Iterator[BatchEndpoint]:
    if CASSETTE_WAY == "live":
        endpoint = BatchEndpoint(
            os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"), os.environ["OPENAI_API_KEY"]
        )
    else:
        endpoint = BatchEndpoint(REPLAY_BASE_URL, DUMMY_KEY)
    yield endpoint
    for server in endpoint.servers:
        server.shutdown()
        server.server_close()


def calls(vcr: Any) -> list[tuple[str, str]]:
    return [(r.method, r.path.removeprefix("/v1")) for r in vcr.requests]


def assert_all_played(vcr: Any) -> None:
    if CASSETTE_WAY == "replay":
        assert vcr.play_count == len(vcr.requests) and vcr.all_played


def assert_briefing(line: dict[str, Any], name: str, *, requests: int, reasks: int) -> None:
    briefing = line["briefing"]
    text = article(name)
    assert line["id"] == name and line["source"] == f"examples/{name}.txt"
    assert briefing["meta"]["backend"] == "llm" and briefing["meta"]["mode"] == "tools"
    assert briefing["meta"]["usage"]["requests"] == requests and briefing["meta"]["usage"]["reasks"] == reasks
    assert briefing["meta"]["usage"]["input_tokens"] > 0
    evidence = [ev for item in briefing["claims"] + briefing["denials"] for ev in item["evidence"]]
    assert evidence and all(text[ev["start"] : ev["end"]] == ev["quote"] for ev in evidence if ev["match"] == "exact")
    assert INVENTED not in json.dumps(briefing)
    usage = briefing["meta"]["usage"]
    list_price = cost_usd(CASSETTE_MODEL, usage["input_tokens"], usage["output_tokens"], usage["cached_input_tokens"])
    if requests == 1 and list_price:  # answered by the Batch API alone: billed at half the list price
        assert usage["cost_usd"] == pytest.approx(list_price * BATCH_PRICE_SHARE, abs=2e-6)
    elif list_price:  # re-asked synchronously: the re-asks at list price
        assert list_price * BATCH_PRICE_SHARE < usage["cost_usd"] < list_price


# --- cassette tests ---------------------------------------------------------------------------


@pytest.mark.vcr
@pytest.mark.live_recordable
def test_batch_round_trip_uploads_creates_polls_and_collects(
    batch_api: BatchEndpoint, vcr: Any, polls: list[float], tmp_path: Path
) -> None:
    names = ("ceasefire-talks", "chipmaker-recall")
    batch_api.script(ScriptedBatchAPI([Answer(gold_draft(name)) for name in names]))
    out = tmp_path / "results.jsonl"
    code = run_via_batch(items(*names), batch_api.options(mode="tools"), out, poll_interval=30)

    assert code == 0
    sent = calls(vcr)
    assert sent[:2] == [("POST", "/files"), ("POST", "/batches")]
    downloads = [n for n, (method, path) in enumerate(sent) if method == "GET" and path.endswith("/content")]
    deletes = [n for n, (method, path) in enumerate(sent) if method == "DELETE"]
    assert downloads and deletes and max(downloads) < min(deletes), "the remote files go once collected"
    assert f"/files/{load_manifest(manifest_path(out)).input_file_id}" in {sent[n][1] for n in deletes}
    retrieves = [path for method, path in sent if path.startswith("/batches/")]
    assert retrieves and all(path == retrieves[0] for path in retrieves), "polled the batch it created"
    if CASSETTE_WAY != "live":
        assert len(retrieves) == 2 and polls == [30]  # in_progress, then completed
    upload = vcr.requests[0]
    body = upload.body.decode() if isinstance(upload.body, bytes) else str(upload.body)
    fields = multipart_fields(upload.headers["content-type"], body)
    assert fields["purpose"] == "batch"
    requests = [json.loads(line) for line in fields["file"].splitlines()]
    assert [r["custom_id"] for r in requests] == ["article-000001", "article-000002"]
    assert all(r["method"] == "POST" and r["url"] == BATCH_URL and r["body"]["tools"] for r in requests)
    created = json.loads(vcr.requests[1].body)
    assert created["endpoint"] == BATCH_URL and created["completion_window"] == "24h"
    assert created["input_file_id"]
    lines = read_lines(out)
    assert [line["id"] for line in lines] == list(names)
    for line, name in zip(lines, names, strict=True):
        assert_briefing(line, name, requests=1, reasks=0)
    assert_all_played(vcr)


@pytest.mark.vcr
def test_batch_collect_reasks_a_fabricated_quote_and_records_request_errors(
    batch_api: BatchEndpoint, vcr: Any, polls: list[float], tmp_path: Path
) -> None:
    names = ("ceasefire-talks", "chipmaker-recall", "court-ruling")
    api = ScriptedBatchAPI(
        [
            Answer(gold_draft("ceasefire-talks")),
            Answer(fabricated("chipmaker-recall")),
            HttpError(400, message="Invalid 'max_tokens': too large for this model", type="invalid_request_error"),
        ],
        chat=ScriptedModel([Answer(gold_draft("chipmaker-recall"))]),  # the synchronous re-ask
    )
    batch_api.script(api)
    out = tmp_path / "results.jsonl"
    code = run_via_batch(items(*names), batch_api.options(mode="tools"), out, poll_interval=5)

    assert calls(vcr) == [
        ("POST", "/files"),
        ("POST", "/batches"),
        ("GET", f"/batches/{BATCH_ID}"),
        ("GET", f"/batches/{BATCH_ID}"),
        ("GET", "/files/file-scripted-errors/content"),
        ("GET", "/files/file-scripted-output/content"),
        ("POST", "/chat/completions"),
        ("DELETE", "/files/file-scripted-input"),  # after the last line is written
        ("DELETE", "/files/file-scripted-output"),
        ("DELETE", "/files/file-scripted-errors"),
    ]
    assert polls == [5]
    reask = json.loads(vcr.requests[6].body)
    said = json.dumps(reask["messages"][-1])
    assert INVENTED in said and "is not in the article" in said
    assert reask["tool_choice"]["function"]["name"] and reask["model"] == CASSETTE_MODEL

    good, reasked, failed = read_lines(out)
    assert_briefing(good, "ceasefire-talks", requests=1, reasks=0)
    assert_briefing(reasked, "chipmaker-recall", requests=2, reasks=1)
    assert failed["id"] == "court-ruling" and "briefing" not in failed
    assert failed["error"]["type"] == "RequestRejectedError" and failed["error"]["exit_code"] == 78
    assert "max_tokens" in failed["error"]["message"]
    assert code == 78, "the exit code says an article failed"
    assert_all_played(vcr)


@pytest.mark.vcr
def test_batch_cancel_then_collect_what_it_finished(
    batch_api: BatchEndpoint,
    vcr: Any,
    polls: list[float],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = ("ceasefire-talks", "chipmaker-recall")
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks")), NOT_RUN], statuses=["cancelled"])
    batch_api.script(api)
    out = tmp_path / "results.jsonl"
    assert run_via_batch(items(*names), batch_api.options(mode="tools"), out, submit_only=True) == 0
    capsys.readouterr()
    monkeypatch.setenv("OPENAI_API_KEY", batch_api.api_key)
    where = str(manifest_path(out))

    assert main(["batch-cancel", BATCH_ID, "--manifest", where]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith(f"{BATCH_ID}: cancelling") and "batch-collect" in printed.err
    assert main(["batch-collect", BATCH_ID, "--manifest", where, "--wait"]) == 75  # one article never ran
    err = capsys.readouterr().err
    assert "cancelled: collected what it finished" in err and "deleted the batch's remote files" in err

    assert calls(vcr) == [
        ("POST", "/files"),
        ("POST", "/batches"),
        ("POST", f"/batches/{BATCH_ID}/cancel"),
        ("GET", f"/batches/{BATCH_ID}"),
        ("GET", "/files/file-scripted-errors/content"),
        ("GET", "/files/file-scripted-output/content"),
        ("DELETE", "/files/file-scripted-input"),
        ("DELETE", "/files/file-scripted-output"),
        ("DELETE", "/files/file-scripted-errors"),
    ]
    assert vcr.requests[2].body in (None, b"", "")  # openai-python's batches.cancel sends no body
    kept, lost = read_lines(out)
    assert_briefing(kept, "ceasefire-talks", requests=1, reasks=0)
    assert lost["id"] == "chipmaker-recall" and lost["error"]["exit_code"] == 75
    assert_all_played(vcr)


@pytest.mark.vcr
def test_a_failed_delete_is_a_warning_and_the_results_are_kept(
    batch_api: BatchEndpoint, vcr: Any, polls: list[float], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forbidden = HttpError(
        403,
        message="You have insufficient permissions for this operation. Missing scopes: api.files.write.",
        type="invalid_request_error",
    )
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))], statuses=["completed"], delete_error=forbidden)
    batch_api.script(api)
    out = tmp_path / "results.jsonl"
    code = run_via_batch(items("ceasefire-talks"), batch_api.options(mode="tools"), out, poll_interval=5)

    assert code == 0, "the results were saved: a file left on the provider does not fail the run"
    (line,) = read_lines(out)
    assert_briefing(line, "ceasefire-talks", requests=1, reasks=0)
    assert calls(vcr)[-2:] == [("DELETE", "/files/file-scripted-input"), ("DELETE", "/files/file-scripted-output")]
    warnings = [w for w in capsys.readouterr().err.splitlines() if "warning: could not delete" in w]
    assert len(warnings) == 2 and all("the results are saved" in w for w in warnings)
    assert "file-scripted-input" in warnings[0] and "file-scripted-output" in warnings[1]
    assert_all_played(vcr)


def test_keep_remote_deletes_nothing(tmp_path: Path, polls: list[float]) -> None:
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))], statuses=["completed"])
    out = tmp_path / "results.jsonl"
    base = {"model": "m", "api_key": "sk-test", "base_url": "http://batch.invalid/v1", "mode": "tools"}
    code = run_via_batch(items("ceasefire-talks"), {**base, "http_client": api.http_client()}, out, keep_remote=True)
    assert code == 0 and len(read_lines(out)) == 1
    assert not [call for call in api.calls if call[0] == "DELETE"] and "file-scripted-input" in api.files


def test_collecting_again_after_the_files_are_gone_downloads_nothing(tmp_path: Path, polls: list[float]) -> None:
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))], statuses=["completed"])
    code, out = collected(api, tmp_path, ("ceasefire-talks",))
    assert code == 0 and api.files == {}, "every remote file was deleted"
    manifest = load_manifest(manifest_path(out))
    job = BatchJob(settings_from({**manifest.options, "api_key": "sk-test"}), api.http_client())
    before = len(api.calls)
    assert job.collect(manifest, job.status(BATCH_ID), out) == 0
    assert api.calls[before:] == [("GET", f"/v1/batches/{BATCH_ID}")] and len(read_lines(out)) == 1


@LOOPBACK
def test_cli_batch_cancel_without_a_manifest_and_for_an_unknown_batch(
    served: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))], statuses=["in_progress"])
    base_url = served(api)
    out = tmp_path / "results.jsonl"
    assert run_via_batch(items("ceasefire-talks"), {"model": "m", "base_url": base_url}, out, submit_only=True) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path.parent)  # no manifest here: the id, the key and --base-url are enough
    assert main(["batch-cancel", BATCH_ID, "--base-url", base_url]) == 0
    assert capsys.readouterr().out.startswith(f"{BATCH_ID}: cancelling")
    assert api.calls[-1] == ("POST", f"/v1/batches/{BATCH_ID}/cancel")
    assert main(["batch-cancel", "batch_unknown", "--base-url", base_url]) == 66
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no batch 'batch_unknown'" in err[0]


# --- request lines ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_request_body_is_exactly_what_the_engine_sends(mode: str) -> None:
    document = items("chipmaker-recall")[0][1]
    options: dict[str, Any] = {"model": "m", "mode": mode, "max_output_tokens": 3000, "temperature": 0.0}
    engine = ScriptedModel([Answer(gold_draft("chipmaker-recall"))])
    Summarizer(api_key="sk-test", http_client=engine.http_client(), **options).summarize(document)

    body = request_body(document, Settings.resolve(api_key="sk-test", **options), mode)
    assert json.loads(json.dumps(body)) == engine.requests[0]


def test_request_line_is_in_the_batch_api_input_format() -> None:
    document = items("court-ruling")[0][1]
    body = request_body(document, Settings.resolve(api_key="sk-test", model="m"), "json_schema")
    line = request_line("article-000007", body)
    assert "\n" not in line
    assert json.loads(line) == {"custom_id": "article-000007", "method": "POST", "url": BATCH_URL, "body": body}
    assert body["response_format"]["type"] == "json_schema" and body["messages"][1]["content"].count(document.text) == 1


# --- manifest, submit-only, status and collect --------------------------------------------------


def test_submit_only_writes_a_manifest_without_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "sk-" + "live" + "A1b2C3d4E5f6G7h8I9j0" * 2  # built at runtime: looks real, is not
    api = ScriptedBatchAPI([Answer(gold_draft("chipmaker-recall"))])
    out = tmp_path / "results.jsonl"
    options = {"model": "gpt-4o-mini", "api_key": secret, "base_url": "http://batch.invalid/v1", "mode": "auto"}
    code = run_via_batch(
        items("chipmaker-recall"), {**options, "http_client": api.http_client()}, out, submit_only=True
    )

    assert code == 0 and capsys.readouterr().out == f"{BATCH_ID}\n"
    assert api.calls == [("POST", "/v1/files"), ("POST", "/v1/batches")], "submitted, never polled"
    assert not out.exists()
    text = manifest_path(out).read_text(encoding="utf-8")
    assert secret not in text and "api_key" not in text and "sk-" not in text
    manifest = load_manifest(manifest_path(out))
    assert manifest == Manifest.from_json(manifest.to_json(), "again")
    assert manifest.batch_id == BATCH_ID and manifest.input_file_id == "file-scripted-input"
    assert manifest.mode == "tools", "auto means tools for a batch"
    assert manifest.options == {
        "model": "gpt-4o-mini",
        "base_url": "http://batch.invalid/v1",
        "mode": "tools",
        "max_reasks": 2,
        "timeout": 60.0,
    }
    entry = manifest.entries["article-000001"]
    assert (entry.id, entry.source, entry.text) == (
        "chipmaker-recall",
        "examples/chipmaker-recall.txt",
        article("chipmaker-recall"),
    )
    uploaded = [json.loads(line) for line in api.uploads[0]["file"].splitlines()]
    assert [line["custom_id"] for line in uploaded] == list(manifest.entries)
    assert api.uploads[0]["purpose"] == "batch"


def collected(api: ScriptedBatchAPI, tmp_path: Path, names: tuple[str, ...], **options: Any) -> tuple[int, Path]:
    out = tmp_path / "results.jsonl"
    base = {"model": "m", "api_key": "sk-test", "base_url": "http://batch.invalid/v1", "mode": "tools"}
    code = run_via_batch(items(*names), {**base, **options, "http_client": api.http_client()}, out, poll_interval=1)
    return code, out


def test_an_expired_batch_keeps_what_finished_and_reports_the_rest(
    tmp_path: Path, polls: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    api = ScriptedBatchAPI(
        [Answer(gold_draft("ceasefire-talks")), NOT_RUN], statuses=["validating", "in_progress", "expired"]
    )
    code, out = collected(api, tmp_path, ("ceasefire-talks", "chipmaker-recall"))
    kept, lost = read_lines(out)
    assert "briefing" in kept
    assert lost["error"]["type"] == "ProviderUnavailableError" and "batch_expired" in lost["error"]["message"]
    assert code == 75 and len(polls) == 2
    assert "expired" in capsys.readouterr().err


def test_a_refusal_in_the_batch_is_an_error_line_and_never_reasked(tmp_path: Path, polls: list[float]) -> None:
    api = ScriptedBatchAPI([Refusal()], statuses=["completed"])
    code, out = collected(api, tmp_path, ("chipmaker-recall",))
    (line,) = read_lines(out)
    assert line["error"]["type"] == "RefusalError" and code == 69
    assert api.chat.requests == [] and polls == []


def test_no_reasks_allowed_means_the_invalid_answer_is_the_error(tmp_path: Path, polls: list[float]) -> None:
    api = ScriptedBatchAPI([Answer(fabricated("chipmaker-recall"))], statuses=["completed"])
    code, out = collected(api, tmp_path, ("chipmaker-recall",), max_reasks=0)
    (line,) = read_lines(out)
    assert line["error"]["type"] == "InvalidOutputError" and INVENTED[:30] in line["error"]["message"]
    assert code == 69 and api.chat.requests == []


def test_a_failed_batch_is_reported_with_the_reason_and_writes_nothing(tmp_path: Path, polls: list[float]) -> None:
    problem = {"code": "invalid_json_line", "message": "This line is not parseable as valid JSON.", "line": 1}
    api = ScriptedBatchAPI([], statuses=["failed"], batch_errors=[problem])
    with pytest.raises(RequestRejectedError) as caught:
        collected(api, tmp_path, ("chipmaker-recall",))
    assert caught.value.exit_code == 78
    assert "invalid_json_line" in str(caught.value) and "input line 1" in str(caught.value)
    assert not (tmp_path / "results.jsonl").exists()


def test_collecting_again_adds_no_duplicate_line(tmp_path: Path, polls: list[float]) -> None:
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks")), HttpError(500, type="server_error")])
    code, out = collected(api, tmp_path, ("ceasefire-talks", "court-ruling"))
    first = out.read_text(encoding="utf-8")
    manifest = load_manifest(manifest_path(out))
    job = BatchJob(settings_from({**manifest.options, "api_key": "sk-test"}), api.http_client())
    assert job.collect(manifest, job.status(BATCH_ID), out) == 0
    assert out.read_text(encoding="utf-8") == first and len(read_lines(out)) == 2 and code == 75


def test_articles_already_in_the_output_are_not_submitted_again(tmp_path: Path, polls: list[float]) -> None:
    out = tmp_path / "results.jsonl"
    torn = '{"id": "ceasefire-talks", "source": "examples/ceasefire-talks.txt", "briefing": {"title": "Cease'
    out.write_text('{"id": "court-ruling", "source": "x", "error": {}}\n' + torn, encoding="utf-8")
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))], statuses=["completed"])
    code, _ = collected(api, tmp_path, ("court-ruling", "ceasefire-talks"))
    uploaded = [json.loads(line) for line in api.uploads[0]["file"].splitlines()]
    assert len(uploaded) == 1 and code == 0, "only the article without a whole line was submitted"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["id"] == "ceasefire-talks", "the torn tail was cut off first"

    again = ScriptedBatchAPI([])
    assert collected(again, tmp_path, ("court-ruling", "ceasefire-talks"))[0] == 0
    assert again.calls == [], "nothing left to submit: no request at all"


def test_a_pending_manifest_is_never_overwritten(tmp_path: Path) -> None:
    first = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))])
    out = tmp_path / "results.jsonl"
    options = {"model": "m", "api_key": "sk-test", "base_url": "http://batch.invalid/v1"}
    run_via_batch(items("ceasefire-talks"), {**options, "http_client": first.http_client()}, out, submit_only=True)
    second = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))])
    with pytest.raises(OutputFileError) as caught:
        run_via_batch(items("ceasefire-talks"), {**options, "http_client": second.http_client()}, out, submit_only=True)
    assert BATCH_ID in str(caught.value) and "batch-collect" in str(caught.value) and caught.value.exit_code == 73
    assert second.calls == [] and load_manifest(manifest_path(out)).batch_id == BATCH_ID


def test_the_offline_backend_cannot_go_through_the_batch_api(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        run_via_batch(items("ceasefire-talks"), {"backend": "offline"}, tmp_path / "out.jsonl")


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    servers = []

    def start(api: ScriptedBatchAPI) -> str:
        server, base_url = serve(api)
        servers.append(server)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        return base_url

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@LOOPBACK
def test_cli_submit_status_and_collect(
    served: Any, tmp_path: Path, polls: list[float], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = ScriptedBatchAPI(
        [Answer(gold_draft("ceasefire-talks"))], statuses=["in_progress", "in_progress", "in_progress", "completed"]
    )
    base_url = served(api)
    out = tmp_path / "results.jsonl"
    assert run_via_batch(items("ceasefire-talks"), {"model": "m", "base_url": base_url}, out, submit_only=True) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)  # the manifest is found in the current folder

    assert main(["batch-status", BATCH_ID]) == 0
    status = capsys.readouterr().out
    assert status.startswith(f"{BATCH_ID}: in_progress, 0/1 done, 0 failed") and "expires" in status

    monkeypatch.chdir(tmp_path.parent)  # no manifest here: the status needs only the id, the key and the endpoint
    assert main(["batch-status", BATCH_ID, "--base-url", base_url]) == 0
    assert capsys.readouterr().out.startswith(f"{BATCH_ID}: in_progress")
    assert main(["batch-status", "batch_unknown", "--base-url", base_url]) == 66
    assert "no batch 'batch_unknown'" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)

    assert main(["batch-collect", BATCH_ID]) == 75
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not finished yet" in err[0] and "--wait" in err[0]
    assert not out.exists()

    monkeypatch.chdir(tmp_path.parent)  # elsewhere: the results go next to the manifest all the same
    assert (
        main(["batch-collect", BATCH_ID, "--manifest", str(manifest_path(out)), "--wait", "--poll-interval", "2"]) == 0
    )
    assert [line["id"] for line in read_lines(out)] == ["ceasefire-talks"] and polls == []  # completed at once


@LOOPBACK
def test_the_batch_command_submits_through_the_batch_api_and_records_unreadable_articles(
    served: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api = ScriptedBatchAPI([Answer(gold_draft("ceasefire-talks"))], statuses=["in_progress"])
    base_url = served(api)
    news = tmp_path / "news"
    news.mkdir()
    (news / "ceasefire-talks.txt").write_text(article("ceasefire-talks"), encoding="utf-8")
    (news / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    args = ["batch", str(news), "--out", str(out), "--via", "openai-batch", "--submit-only"]
    code = main([*args, "--base-url", base_url, "--model", "m"])
    printed = capsys.readouterr().out
    assert code == 0 and printed.strip() == BATCH_ID
    lines = read_lines(out)
    assert [(line["id"], line["error"]["exit_code"]) for line in lines] == [("empty.txt", 65)]
    manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    assert "ceasefire-talks.txt" in json.dumps(manifest) and "empty.txt" not in json.dumps(manifest)


def test_cli_collect_without_a_manifest_names_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert main(["batch-collect", "batch_nothing"]) == 66
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--manifest" in err[0] and "Traceback" not in err[0]


def test_the_engine_endpoint_never_retries_in_the_client() -> None:
    """One retry owner: the client the Batch API calls go through is built with max_retries=0."""
    job = BatchJob(settings_from({"model": "m", "api_key": "sk-test"}))
    assert isinstance(job.endpoint, Endpoint) and job.endpoint.client().max_retries == 0


@dataclass
class _Request:
    headers: dict[str, str]
    body: str


def _upload(boundary: str, lines: list[dict[str, Any]]) -> _Request:
    jsonl = "".join(json.dumps(line) + "\n" for line in lines)
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\n'
        f"Content-Type: application/jsonl\r\n\r\n{jsonl}\r\n--{boundary}--\r\n"
    )
    return _Request({"content-type": f"multipart/form-data; boundary={boundary}"}, body)


def test_uploads_match_on_their_content_whatever_the_boundary() -> None:
    lines = [{"custom_id": "article-000001", "body": {"model": "m"}}]
    match_batch_body(_upload("aaaa1111", lines), _upload("bbbb2222", lines))
    with pytest.raises(AssertionError, match=r"upload\.file"):
        match_batch_body(_upload("aaaa1111", lines), _upload("aaaa1111", [{**lines[0], "body": {"model": "n"}}]))
    with pytest.raises(AssertionError, match="request bodies differ"):
        match_batch_body(_Request({}, '{"model": "m"}'), _Request({}, '{"model": "n"}'))
