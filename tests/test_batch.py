"""Batch runs: failures recorded and the run goes on, concurrency, totals, budgets, dry runs, the library."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import summarize
from summarize import AuthenticationError, InputError
from summarize.__main__ import main
from summarize.batch.inputs import BatchItem
from summarize.batch.runner import BatchResult, BatchRun, Totals, most_urgent
from summarize.testing import Answer, HttpError, RawText, Reply, ScriptedModel, serve_scripted
from tests.conftest import ROOT, article, gold_draft

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
NAME = "court-ruling"


def variant(number: int) -> str:
    """The example article with a distinct last line: the gold draft still grounds in it."""
    return f"{article(NAME)}\n\nFile {number}."


def collect(run: BatchRun) -> list[BatchResult]:
    async def go() -> list[BatchResult]:
        return [result async for result in run]

    return asyncio.run(go())


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- the library ---------------------------------------------------------------------------------


def test_summarize_many_offline_gives_one_result_per_item() -> None:
    run = summarize.summarize_many([variant(1), variant(2), "   "], jobs=2, backend="offline")
    results = {r.id: r for r in collect(run)}
    assert set(results) == {"0", "1", "2"}
    assert results["0"].ok and results["0"].briefing is not None and results["1"].ok
    assert isinstance(results["2"].error, InputError) and "empty" in str(results["2"].error)
    assert run.totals.succeeded == 2 and run.totals.failed == 1 and run.totals.exit_code() == 65


def test_bad_items_and_a_provider_failure_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00binary")
    model = ScriptedModel([Answer(gold_draft(NAME)), HttpError(401), Answer(gold_draft(NAME))])
    items: list[object] = [
        {"id": "ok-1", "text": variant(1)},
        {"id": "empty", "text": ""},
        binary,
        {"id": "refused", "text": variant(2)},
        {"id": "web", "url": "http://127.0.0.1:9/story"},  # loopback: refused before any connection
        {"id": "ok-2", "text": variant(3)},
    ]
    run = summarize.summarize_many(
        items, jobs=1, model="gpt-4o-mini", api_key="sk-test", async_http_client=model.async_http_client()
    )
    results = {r.id: r for r in collect(run)}
    assert [r for r in results if results[r].ok] == ["ok-1", "ok-2"]
    errors = {key: (type(r.error).__name__, r.error.exit_code) for key, r in results.items() if r.error}
    assert errors == {
        "empty": ("EmptyInputError", 65),
        binary.as_posix(): ("InputDecodeError", 65),
        "refused": ("AuthenticationError", 77),
        "web": ("UnsafeURLError", 65),
    }
    assert "--allow-private" in str(results["web"].error)
    assert model.request_count == 3  # bad inputs never reach the model
    assert run.totals.exit_code() == 77  # the most urgent failure: a key problem fails everything
    assert run.totals.requests == 3 and run.totals.cost_usd > 0


def test_jobs_bound_the_articles_in_flight() -> None:
    in_flight = peak = 0

    class Counting:
        async def asummarize_loaded(self, load: Any, *, source: str) -> Any:
            nonlocal in_flight, peak
            document = load()
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.01)
            in_flight -= 1
            return summarize.summarize(document.text, backend="offline")

    items = (BatchItem(id=str(n), source="text", text=variant(n)) for n in range(12))
    run = BatchRun(items, Counting(), jobs=3)  # type: ignore[arg-type]  # a stand-in with the one method used
    assert len(collect(run)) == 12 and peak == 3


def test_a_budget_stops_new_articles_and_keeps_finished_ones() -> None:
    model = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True)
    items = [variant(n) for n in range(6)]
    run = summarize.summarize_many(
        items, jobs=2, max_tokens=1, model="m", api_key="sk-test", async_http_client=model.async_http_client()
    )
    results = collect(run)
    assert len(results) == 2 and all(r.ok for r in results)  # the two in flight finished; none started after
    assert run.stopped is not None and "--max-tokens" in run.stopped


def test_a_failed_article_counts_its_spend() -> None:
    model = ScriptedModel([RawText("no json")], repeat_last=True)
    run = summarize.summarize_many(
        [variant(1)], model="gpt-4o-mini", max_reasks=1, api_key="sk-test", async_http_client=model.async_http_client()
    )
    (result,) = collect(run)
    assert result.error is not None and result.usage is not None and result.usage.requests == 2
    record = result.to_record()
    assert record["error"]["exit_code"] == 69 and record["error"]["usage"]["requests"] == 2
    assert run.totals.requests == 2 and run.totals.cost_usd == pytest.approx(result.usage.cost_usd)


def test_the_exit_code_is_the_most_urgent_failure() -> None:
    assert most_urgent([]) == 0
    assert most_urgent([65, 69, 75]) == 75 and most_urgent([65, 77, 78]) == 77 and most_urgent([66, 65]) == 66
    totals = Totals()
    totals.add(BatchResult("a", "a", error=AuthenticationError("no")))
    assert totals.exit_code() == 77 and totals.failed == 1


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch, waits: list[float]) -> Iterator[Any]:
    """A scripted OpenAI-compatible server on loopback; returns (base_url, model)."""
    servers = []

    def start(*replies: Reply, repeat_last: bool = False) -> tuple[str, ScriptedModel]:
        model = ScriptedModel(list(replies), repeat_last=repeat_last)
        server, base_url = serve_scripted(model)
        servers.append(server)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        return base_url, model

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def folder_of_articles(root: Path, count: int) -> Path:
    root.mkdir()
    for n in range(count):
        (root / f"a{n:02}.txt").write_text(variant(n), encoding="utf-8")
    return root


def test_cli_records_every_outcome_and_a_rerun_skips_done_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = folder_of_articles(tmp_path / "news", 3)
    (news / "empty.txt").write_text("  \n", encoding="utf-8")
    (news / "binary.txt").write_bytes(b"\x00\x01\x02")
    listing = tmp_path / "more.jsonl"
    listing.write_text('{"id": "j1", "text": "A short article. It says little."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "results.jsonl"
    code = main(["batch", str(news), str(listing), "--out", str(out), "--backend", "offline", "--jobs", "3"])
    err = capsys.readouterr().err
    assert code == 65, err
    lines = read_lines(out)
    by_id = {line["id"]: line for line in lines}
    assert len(by_id) == len(lines) == 7
    assert {"a00.txt", "a01.txt", "a02.txt", "j1"} == {k for k, v in by_id.items() if "briefing" in v}
    assert by_id["empty.txt"]["error"] == {
        "type": "EmptyInputError",
        "message": f"{news / 'empty.txt'}: the article is empty",
        "exit_code": 65,
    }
    assert by_id["binary.txt"]["error"]["type"] == "InputDecodeError"
    assert by_id[f"{listing}:2"]["error"]["message"].endswith("not valid JSON")
    assert "4 briefed, 3 failed" in err and len(err.strip().splitlines()) == 1

    (news / "a03.txt").write_text(variant(3), encoding="utf-8")
    code = main(["batch", str(news), str(listing), "--out", str(out), "--backend", "offline"])
    err = capsys.readouterr().err
    assert code == 65  # the earlier failures still stand
    assert "1 briefed, 0 failed" in err and "7 skipped" in err and "3 had failed" in err
    assert len(read_lines(out)) == 8

    (news / "empty.txt").write_text("Now it has a sentence.", encoding="utf-8")
    code = main(["batch", str(news), "--out", str(out), "--backend", "offline", "--retry-failed"])
    assert code == 65  # binary.txt fails again
    ids = [line["id"] for line in read_lines(out)]
    assert len(ids) == len(set(ids)) == 7  # the JSONL's bad line was dropped, and not redone: not an input now
    assert "briefing" in {line["id"]: line for line in read_lines(out)}["empty.txt"]


@LOOPBACK
def test_cli_llm_batch_with_a_provider_failure_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    base_url, model = serve(Answer(gold_draft(NAME)), HttpError(503), HttpError(503), HttpError(503), HttpError(503))
    model.replies.append(Answer(gold_draft(NAME)))
    news = folder_of_articles(tmp_path / "news", 3)
    out = tmp_path / "r.jsonl"
    args = ["batch", str(news), "--out", str(out), "--base-url", base_url, "--model", "gpt-4o-mini", "--jobs", "1"]
    code = main(args)
    err = capsys.readouterr().err
    assert code == 75, err
    by_id = {line["id"]: line for line in read_lines(out)}
    assert by_id["a01.txt"]["error"]["type"] == "ProviderUnavailableError"
    assert by_id["a01.txt"]["error"]["usage"]["requests"] == 4  # the retries are counted
    assert "briefing" in by_id["a00.txt"] and "briefing" in by_id["a02.txt"]
    assert by_id["a00.txt"]["briefing"]["meta"]["usage"]["cost_usd"] > 0
    assert "2 briefed, 1 failed" in err and "6 requests" in err and "cost $0.00" in err


@LOOPBACK
def test_cli_budget_stops_cleanly_and_a_rerun_continues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    base_url, model = serve(Answer(gold_draft(NAME)), repeat_last=True)
    news = folder_of_articles(tmp_path / "news", 5)
    out = tmp_path / "r.jsonl"
    args = ["batch", str(news), "--out", str(out), "--base-url", base_url, "--model", "gpt-4o-mini", "--jobs", "1"]
    code = main([*args, "--max-cost", "0.000001"])
    err = capsys.readouterr().err
    assert code == 75 and len(read_lines(out)) == 1 and model.request_count == 1
    assert "stopped: --max-cost $1e-06 reached" in err and "re-run the same command" in err
    assert main(args) == 0
    ids = [line["id"] for line in read_lines(out)]
    assert sorted(ids) == [f"a{n:02}.txt" for n in range(5)] and model.request_count == 5


@LOOPBACK
def test_cli_max_cost_needs_a_known_price(tmp_path: Path, capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    base_url, model = serve()
    news = folder_of_articles(tmp_path / "news", 1)
    args = ["batch", str(news), "--out", str(tmp_path / "r"), "--base-url", base_url, "--model", "local-m"]
    code = main([*args, "--max-cost", "1"])
    err = capsys.readouterr().err
    assert code == 78 and "needs a price for model 'local-m'" in err and model.requests == []
    assert not (tmp_path / "r").exists()


@LOOPBACK
def test_dry_run_estimates_and_sends_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    base_url, model = serve()
    news = folder_of_articles(tmp_path / "news", 2)
    code = main(["batch", str(news), "--dry-run", "--base-url", base_url, "--model", "gpt-4o-mini"])
    out = capsys.readouterr().out
    assert code == 0 and model.requests == []
    rows = [line.split("\t") for line in out.splitlines()[1:-1]]
    assert [row[0] for row in rows] == ["a00.txt", "a01.txt"]
    inputs, outputs, cost = int(rows[0][1]), int(rows[0][2]), float(rows[0][3])
    assert 3000 < inputs < 10000 and 2000 < outputs < 10000  # prompt + schema; a briefing ~7x the article
    assert cost == pytest.approx((inputs * 0.15 + outputs * 0.60) / 1e6, abs=2e-6)
    assert out.splitlines()[-1].startswith("estimate: 2 article(s) with model gpt-4o-mini")


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = folder_of_articles(tmp_path / "news", 1)
    assert main(["batch", str(news)]) == 2  # no --out
    assert main(["batch", str(news), "--out", "r", "--submit-only"]) == 2
    assert main(["batch", str(tmp_path / "missing"), "--out", "r"]) == 66
    err = capsys.readouterr().err
    assert "--out" in err and "--submit-only" in err and "no such file or folder" in err and "Traceback" not in err


def test_a_terminal_gets_a_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    news = folder_of_articles(tmp_path / "news", 3)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "160")
    assert main(["batch", str(news), "--out", str(tmp_path / "r.jsonl"), "--backend", "offline"]) == 0
    err = capsys.readouterr().err
    assert "3/3" in err and "ok 3  failed 0  cached 0  spent $0.0000" in err
    assert "summarize: batch: 3 briefed" in err.rstrip().splitlines()[-1]  # the totals still come last


def test_dry_run_with_the_offline_backend_is_free(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = folder_of_articles(tmp_path / "news", 2)
    out = tmp_path / "r.jsonl"
    assert main(["batch", str(news), "--out", str(out), "--dry-run", "--backend", "offline"]) == 0
    printed = capsys.readouterr().out
    assert "a00.txt\t0\t0\t0.000000" in printed and "the offline backend (no model calls)" in printed
    assert not out.exists()  # a dry run writes nothing
    assert main(["batch", str(news), "--out", str(out), "--backend", "offline"]) == 0
    assert main(["batch", str(news), "--out", str(out), "--dry-run", "--backend", "offline"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("estimate: 0 article(s)") and last.endswith("2 already done skipped")


def test_url_items_are_fetched_with_the_callers_allow_private(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarize.sources.document import Document

    fetched: list[tuple[str, bool]] = []

    def from_url(url: str, *, allow_private: bool = False) -> Document:
        fetched.append((url, allow_private))
        return Document.from_text(variant(1), url)

    monkeypatch.setattr(Document, "from_url", from_url)
    items = [{"id": "web", "url": "https://example.org/story"}]
    run = summarize.summarize_many(items, backend="offline", allow_private=True)
    (result,) = collect(run)
    assert result.ok and fetched == [("https://example.org/story", True)]
    assert result.briefing is not None and result.briefing.meta.article.source == "https://example.org/story"


@LOOPBACK
def test_a_second_batch_of_the_same_articles_is_answered_from_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], serve: Any
) -> None:
    base_url, model = serve(Answer(gold_draft(NAME)), repeat_last=True)
    news = folder_of_articles(tmp_path / "news", 3)
    args = ["batch", str(news), "--base-url", base_url, "--model", "gpt-4o-mini"]
    assert main([*args, "--out", str(tmp_path / "first.jsonl")]) == 0
    assert model.request_count == 3
    assert main([*args, "--out", str(tmp_path / "second.jsonl")]) == 0
    assert model.request_count == 3, "no request the second time"
    second = read_lines(tmp_path / "second.jsonl")
    assert len(second) == 3 and all(line["briefing"]["meta"]["usage"]["cached"] for line in second)
    assert main([*args, "--out", str(tmp_path / "third.jsonl"), "--no-cache"]) == 0
    assert model.request_count == 6
    assert "3 cached" in capsys.readouterr().err


def test_a_page_given_as_text_or_as_a_document_is_read_as_a_page() -> None:
    from summarize.sources.document import Document

    page = (ROOT / "examples" / "pages" / "reservoir-closure.html").read_text(encoding="utf-8")
    loaded = Document.from_path(ROOT / "examples" / "pages" / "reservoir-closure.html")
    run = summarize.summarize_many([page, loaded], backend="offline")
    as_text, as_document = sorted(collect(run), key=lambda r: r.id)
    for result in (as_text, as_document):
        assert result.ok and result.briefing is not None
        assert "<" not in result.briefing.title and result.briefing.meta.article.title == loaded.title


def test_a_partly_read_article_is_kept_but_counted_as_failed(tmp_path: Path) -> None:
    from summarize.batch.results_log import ResultsLog, drop_failures, recover
    from summarize.batch.runner import BatchResult
    from summarize.errors import IncompleteCoverageError
    from summarize.schemas import CharRange, Coverage

    briefing = summarize.summarize(variant(1), backend="offline")
    coverage = Coverage(covered=[CharRange(start=0, end=10)], failed=[CharRange(start=10, end=40)])
    partial = briefing.model_copy(update={"meta": briefing.meta.model_copy(update={"coverage": coverage})})
    result = BatchResult("a", "a.txt", briefing=partial, error=IncompleteCoverageError("characters 10-40 not read"))
    record = result.to_record()
    assert not result.ok and record["briefing"] and record["error"]["exit_code"] == 69
    out = tmp_path / "r.jsonl"
    with ResultsLog(out) as log:
        log.write(record)
    assert recover(out) == {"a": 69}
    assert drop_failures(out) == 1 and recover(out) == {}


def test_a_dry_run_prices_a_long_article_as_the_chunks_it_will_take() -> None:
    from summarize.engine.budget import prompt_overhead_tokens
    from summarize.engine.dry_run import estimate

    text = (ROOT / "examples" / "long" / "harbour-tunnel-inquiry.txt").read_text(encoding="utf-8")
    whole = estimate(text, "gpt-4o-mini")
    chunked = estimate(text, "gpt-4o-mini", max_input_tokens=5200)
    assert whole.requests == 1 and chunked.requests == 4
    assert chunked.input_tokens >= whole.input_tokens + 3 * prompt_overhead_tokens()
    assert chunked.cost_usd is not None and whole.cost_usd is not None and chunked.cost_usd > whole.cost_usd
    assert estimate(text, None).requests == 0


def _counting_hand_offs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each of summarize's functions handed to a worker thread with ``asyncio.to_thread``
    (the HTTP client's own hand-offs, such as openai's platform probe, are not ours to count)."""
    handed: list[str] = []
    real = asyncio.to_thread

    async def counting(function: Any, /, *args: Any, **kwargs: Any) -> Any:
        inner = function.func if isinstance(function, functools.partial) else function
        if getattr(inner, "__module__", "").startswith("summarize"):
            handed.append(inner.__qualname__)
        return await real(function, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", counting)
    return handed


@LOOPBACK
def test_a_batch_article_is_read_and_looked_up_in_the_cache_in_one_hand_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(variant(1), encoding="utf-8")
    model = ScriptedModel([Answer(gold_draft(NAME))])
    handed = _counting_hand_offs(monkeypatch)
    run = summarize.summarize_many(
        [path],
        jobs=1,
        model="gpt-4o-mini",
        api_key="sk-test",
        cache=tmp_path / "cache",
        async_http_client=model.async_http_client(),
    )
    results = collect(run)
    assert len(results) == 1 and model.request_count == 1
    # the file read and the cache lookup share one thread's turn; the cache write takes the other
    assert handed == ["Session._load_recall", "ResponseCache.keep"]


def test_an_offline_batch_article_is_read_and_briefed_in_one_hand_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(variant(1), encoding="utf-8")
    handed = _counting_hand_offs(monkeypatch)
    results = collect(summarize.summarize_many([path], jobs=1, backend="offline"))
    assert len(results) == 1 and results[0].ok
    assert len(handed) == 1, handed
