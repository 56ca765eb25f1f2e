"""Long articles: read in chunks, concurrently, merged into one briefing with honest coverage.

The scripted model answers each chunk with the offline backend's draft of that chunk's text
(``Derived``), so every answer is grounded in the chunk it was asked about, whatever the order.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx2
import pytest

from summarize import Document, Summarizer, offline
from summarize.__main__ import main
from summarize.errors import AuthenticationError, ConfigurationError, InvalidOutputError
from summarize.schemas import Briefing
from summarize.testing import Answer, Derived, HttpError, ScriptedModel, Truncated, serve_scripted
from tests.conftest import CASSETTE_WAY, ROOT, LLMEndpoint
from tests.test_cassettes import assert_grounded, assert_requests

PATH = "examples/long/harbour-tunnel-inquiry.txt"
TEXT = (ROOT / PATH).read_text(encoding="utf-8")
SMALL_BUDGET = 5200  # about 400 tokens of article per request: four chunks of this article
LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def offline_draft(text: str) -> Mapping[str, Any]:
    return offline.extract(Document.from_text(text)).model_dump()


def broken_where(marker: str) -> Derived:
    """Good answers, except for the chunk holding ``marker``: a quote the article never says."""

    def make(text: str) -> Mapping[str, Any]:
        draft = dict(offline_draft(text))
        if marker in text and draft["claims"]:
            bad = {**draft["claims"][0], "evidence": [{"quote": "words that appear nowhere in it"}]}
            draft["claims"] = [bad, *draft["claims"][1:]]
        return draft

    return Derived(make)


def summarizer_for(model: ScriptedModel, **options: Any) -> Summarizer:
    options.setdefault("max_input_tokens", SMALL_BUDGET)
    return Summarizer(model="m", api_key="sk-test", http_client=model.http_client(), **options)


def brief(summarizer: Summarizer) -> Briefing:
    return summarizer.summarize(Document.from_text(TEXT, PATH))


def test_a_long_article_is_read_in_chunks_and_merged_into_one_briefing() -> None:
    model = ScriptedModel([Derived(offline_draft)], repeat_last=True)
    briefing = brief(summarizer_for(model))
    assert model.request_count == briefing.meta.chunks == 4
    assert briefing.meta.coverage is not None and not briefing.meta.coverage.failed
    assert [(r.start, r.end) for r in briefing.meta.coverage.covered] == [(0, len(TEXT.rstrip()))]
    assert_grounded(briefing, TEXT)
    marwood = [a for a in briefing.actors if "Marwood" in a.name]
    assert len(marwood) == 1 and {"Councillor Ines Marwood", "Marwood"} <= set(marwood[0].mentions)
    # the same person named in full in one chunk and by surname in another is one actor
    assert len([a for a in briefing.actors if "Saar" in a.name]) == 1
    assert briefing.meta.usage.requests == 4 and 1 <= len(briefing.bluf) <= 3


def test_one_request_when_the_article_fits() -> None:
    model = ScriptedModel([Derived(offline_draft)], repeat_last=True)
    briefing = brief(summarizer_for(model, max_input_tokens=None))
    assert model.request_count == 1 and briefing.meta.chunks == 1
    assert briefing.meta.coverage is not None and briefing.meta.coverage.covered[0].end == len(TEXT)


def test_a_chunk_that_keeps_failing_is_listed_as_not_covered_and_the_rest_is_kept() -> None:
    model = ScriptedModel([broken_where("Lorry drivers")], repeat_last=True)
    briefing = brief(summarizer_for(model, max_reasks=1))
    coverage = briefing.meta.coverage
    assert coverage is not None and len(coverage.failed) == 1
    lost = TEXT[coverage.failed[0].start : coverage.failed[0].end]
    assert "Lorry drivers" in lost
    assert not any("Lorry drivers" in ev.quote for c in briefing.claims for ev in c.evidence)
    assert any("failed" in w and "meta.coverage.failed" in w for w in briefing.meta.warnings)
    assert model.request_count == 3 + 2, "three good chunks, and the bad one asked twice (one re-ask)"
    assert briefing.meta.usage.requests == 5 and briefing.meta.usage.reasks == 1


def test_when_no_chunk_can_be_read_the_run_fails_with_everything_it_spent() -> None:
    model = ScriptedModel([broken_where("")], repeat_last=True)
    with pytest.raises(InvalidOutputError) as caught:
        brief(summarizer_for(model, max_reasks=0))
    assert caught.value.usage.requests == model.request_count == 4


def test_bad_credentials_stop_every_chunk() -> None:
    model = ScriptedModel([HttpError(401, message="bad key")], repeat_last=True)
    with pytest.raises(AuthenticationError):
        brief(summarizer_for(model, jobs=1))
    assert model.request_count == 1


def test_no_more_than_jobs_requests_are_in_flight() -> None:
    model = ScriptedModel([Derived(offline_draft)], repeat_last=True)
    lock, in_flight, peak = threading.Lock(), [0], [0]

    def slow(request: httpx2.Request) -> httpx2.Response:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        time.sleep(0.05)
        try:
            return model(request)
        finally:
            with lock:
                in_flight[0] -= 1

    client = httpx2.Client(transport=httpx2.MockTransport(slow))
    briefing = Summarizer(
        model="m", api_key="sk-test", http_client=client, max_input_tokens=SMALL_BUDGET, jobs=2
    ).summarize(TEXT)
    assert peak[0] == 2 and briefing.meta.chunks == 4


def test_the_async_path_reads_the_same_chunks() -> None:
    model = ScriptedModel([Derived(offline_draft)], repeat_last=True)
    summarizer = Summarizer(
        model="m", api_key="sk-test", async_http_client=model.async_http_client(), max_input_tokens=SMALL_BUDGET
    )
    briefing = asyncio.run(summarizer.asummarize(Document.from_text(TEXT, PATH)))
    sync = brief(summarizer_for(ScriptedModel([Derived(offline_draft)], repeat_last=True)))
    assert briefing.meta.chunks == 4 and model.request_count == 4
    assert [c.statement for c in briefing.claims] == [c.statement for c in sync.claims]


@LOOPBACK
@pytest.mark.parametrize("strict", [False, True])
def test_the_cli_warns_about_a_lost_part_and_strict_makes_it_an_error(
    strict: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server, base_url = serve_scripted(ScriptedModel([broken_where("Lorry drivers")], repeat_last=True))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    out = tmp_path / "briefing.json"
    try:
        args = [PATH, "--base-url", base_url, "--model", "m", "--max-input-tokens", str(SMALL_BUDGET), "-o", str(out)]
        code = main([*args, "--max-reasks", "0", *(["--strict"] if strict else [])])
    finally:
        server.shutdown()
        server.server_close()
    err = capsys.readouterr().err
    assert code == (69 if strict else 0)
    assert len(err.strip().splitlines()) == 1 and "could not be read" in err
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["meta"]["coverage"]["failed"], "the briefing is written either way"


def test_jobs_and_input_budget_are_checked() -> None:
    code = main([PATH, "--backend", "offline", "--jobs", "0"])
    assert code == 2
    with pytest.raises(ConfigurationError, match="max-input-tokens"):
        Summarizer(max_input_tokens=10)
    too_small = Summarizer(model="m", api_key="sk-test", max_input_tokens=2000)
    with pytest.raises(ConfigurationError, match="instructions and schema take about"):
        too_small.summarize(TEXT)


# --- recorded exchanges ---------------------------------------------------------------------------


def run_recorded(llm: LLMEndpoint, **options: Any) -> Briefing:
    summarizer = llm.summarizer(mode="tools", max_input_tokens=SMALL_BUDGET, jobs=1, **options)
    return summarizer.summarize(Document.from_text(TEXT, PATH))


@pytest.mark.vcr
def test_recorded_truncated_chunk_is_halved_and_a_503_is_retried(
    llm: LLMEndpoint, vcr: Any, waits: list[float]
) -> None:
    # one at a time, in order: chunk 1, chunk 2 (cut off), chunk 3 (503, then fine), chunk 4, chunk 2's halves
    good = Derived(offline_draft)
    llm.script(good, Truncated(), HttpError(503, message="overloaded", type="server_error"), good, good, good, good)
    briefing = run_recorded(llm)
    assert_requests(vcr, 7)
    assert briefing.meta.usage.requests == 7 and len(waits) == 1
    assert briefing.meta.chunks == 5, "chunks 1, 3 and 4, and the two halves of chunk 2"
    assert briefing.meta.coverage is not None and not briefing.meta.coverage.failed
    assert any("two halves" in w for w in briefing.meta.warnings)
    assert_grounded(briefing, TEXT)
    assert len([a for a in briefing.actors if "Marwood" in a.name]) == 1
    bodies = [r.body for r in vcr.requests]
    assert len(set(bodies)) == 6, "only the 503 is sent again as it was"


@pytest.mark.vcr
def test_recorded_chunk_that_stays_unavailable_is_reported(llm: LLMEndpoint, vcr: Any, waits: list[float]) -> None:
    good = Derived(offline_draft)
    unavailable = HttpError(503, message="overloaded", type="server_error")
    llm.script(good, unavailable, unavailable, unavailable, unavailable, good, good)
    briefing = run_recorded(llm)
    assert_requests(vcr, 7)
    coverage = briefing.meta.coverage
    assert coverage is not None and len(coverage.failed) == 1
    assert any("unavailable" in w and "meta.coverage.failed" in w for w in briefing.meta.warnings)
    assert briefing.claims and CASSETTE_WAY in ("replay", "compose")


def test_answer_type_is_still_usable_for_whole_articles() -> None:
    model = ScriptedModel([Answer({"title": "Nothing here"})])
    briefing = Summarizer(model="m", api_key="sk-test", http_client=model.http_client()).summarize("Short text.")
    assert briefing.meta.chunks == 1 and briefing.claims == []


def test_a_briefing_with_a_part_missing_is_not_cached(tmp_path: Path) -> None:
    model = ScriptedModel([broken_where("Lorry drivers")], repeat_last=True)
    summarizer = summarizer_for(model, max_reasks=0, cache=tmp_path)
    first = brief(summarizer)
    assert first.meta.coverage is not None and first.meta.coverage.failed
    asked = model.request_count
    again = brief(summarizer)
    assert model.request_count == 2 * asked and not again.meta.usage.cached, "asked again, not replayed"


def test_a_mode_fallback_is_found_once_for_all_chunks() -> None:
    rejected = HttpError(400, message="this model does not support tools")
    model = ScriptedModel([rejected, Derived(offline_draft)], repeat_last=True)
    briefing = brief(summarizer_for(model, jobs=1))
    assert briefing.meta.chunks == 4 and model.request_count == 5, "one rejected request, then one per chunk"
    assert briefing.meta.mode == "json_schema"


@LOOPBACK
def test_ctrl_c_leaves_at_once_even_with_chunks_in_flight() -> None:
    import os
    import signal
    import subprocess
    import sys

    server, base_url = serve_scripted(ScriptedModel([Answer({"title": "x"})], repeat_last=True, latency=30))
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", "SUMMARIZE_CACHE_DIR": ""}
    args = [PATH, "--base-url", base_url, "--model", "m", "--max-input-tokens", str(SMALL_BUDGET), "--jobs", "4"]
    process = subprocess.Popen(
        [sys.executable, "-m", "summarize", *args, "--no-cache"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(3)  # started, and four 30-second requests out
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        _, err = process.communicate(timeout=20)
        waited = time.monotonic() - started
    finally:
        process.kill()
        server.shutdown()
        server.server_close()
    assert process.returncode == 130 and err.strip().endswith("summarize: interrupted"), err
    assert waited < 5, f"left {waited:.1f} s after Ctrl-C, not when the 30 s requests ended"
