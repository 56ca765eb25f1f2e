"""The library API: summarize(), asummarize(), a reusable Summarizer, and the retry layers without HTTP."""

from __future__ import annotations

import asyncio

import pytest

from summarize import (
    Briefing,
    ConfigurationError,
    ProviderUnavailableError,
    Summarizer,
    asummarize,
    summarize,
)
from summarize.testing import Answer, HttpError, RawText, Reply, ScriptedModel
from tests.conftest import article, gold_draft, scripted

NAME = "court-ruling"


def test_summarize_offline_without_configuration(capsys: pytest.CaptureFixture[str]) -> None:
    briefing = summarize(article(NAME))
    assert isinstance(briefing, Briefing)
    assert briefing.meta.backend == "offline" and briefing.meta.model is None
    assert any("offline backend" in w for w in briefing.meta.warnings)
    assert capsys.readouterr() == ("", "")  # the library never prints


def test_explicit_offline_has_no_notice() -> None:
    assert summarize(article(NAME), backend="offline").meta.warnings == []


def test_environment_configures_the_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("SUMMARIZE_MODEL", "llama3.1")
    summarizer = Summarizer()
    assert summarizer.backend == "llm"
    assert summarizer.settings.model == "llama3.1"
    assert Summarizer(model="other").settings.model == "other"  # arguments win


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"backend": "llm"}, "no model endpoint"),
        ({"backend": "llm", "base_url": "http://localhost:8000/v1"}, "--model"),
        ({"mode": "xml"}, "--mode"),
        ({"max_reasks": 11}, "--max-reasks"),
        ({"timeout": 0}, "--timeout"),
        ({"temprature": 0.2}, "unknown option"),
    ],
)
def test_configuration_errors_name_the_fix(options: dict[str, object], fragment: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Summarizer(**options).summarize(article(NAME))
    assert fragment in str(caught.value) and caught.value.exit_code == 78


def test_a_summarizer_is_reused_for_many_articles() -> None:
    summarizer, model = scripted(Answer(gold_draft(NAME)), Answer(gold_draft("ceasefire-talks")))
    first = summarizer.summarize(article(NAME))
    second = summarizer.summarize(article("ceasefire-talks"))
    assert first.meta.usage.requests == second.meta.usage.requests == 1  # usage is per article
    assert model.request_count == 2
    assert summarizer._engine().endpoint().client() is summarizer._engine().endpoint().client()


def test_asummarize_uses_the_async_client() -> None:
    model = ScriptedModel([HttpError(502), Answer(gold_draft(NAME))])
    briefing = asyncio.run(
        asummarize(article(NAME), model="m", api_key="sk-test", async_http_client=model.async_http_client())
    )
    assert briefing.meta.usage.requests == 2 and len(briefing.claims) == len(gold_draft(NAME)["claims"])


@pytest.mark.parametrize("failures_before_success", [0, 1, 2, 3])
def test_transport_retries_then_succeeds(waits: list[float], failures_before_success: int) -> None:
    replies: list[Reply] = [HttpError(503)] * failures_before_success + [Answer(gold_draft(NAME))]
    summarizer, model = scripted(*replies)
    briefing = summarizer.summarize(article(NAME))
    assert model.request_count == failures_before_success + 1
    assert len(waits) == failures_before_success
    assert briefing.meta.usage.requests == failures_before_success + 1


def test_retry_after_beyond_the_cap_is_reported_not_waited(waits: list[float]) -> None:
    summarizer, model = scripted(HttpError(429, code="rate_limit_exceeded", retry_after=3600))
    with pytest.raises(ProviderUnavailableError):
        summarizer.summarize(article(NAME))
    assert model.request_count == 1 and waits == []


def test_reasks_and_transport_retries_do_not_multiply(waits: list[float]) -> None:
    # invalid JSON, then a 500, then a valid answer: 3 requests, 1 re-ask, 1 transport retry
    summarizer, model = scripted(RawText("{"), HttpError(500), Answer(gold_draft(NAME)))
    briefing = summarizer.summarize(article(NAME))
    assert model.request_count == 3 and len(waits) == 1
    assert briefing.meta.usage.requests == 3 and briefing.meta.usage.reasks == 1


def test_max_reasks_zero_fails_on_the_first_invalid_answer() -> None:
    summarizer, model = scripted(RawText("not json"), max_reasks=0)
    with pytest.raises(Exception) as caught:
        summarizer.summarize(article(NAME))
    assert getattr(caught.value, "exit_code", None) == 69 and model.request_count == 1


def test_usage_counts_tokens_of_failed_attempts() -> None:
    summarizer, _ = scripted(RawText("{"), Answer(gold_draft(NAME)))
    briefing = summarizer.summarize(article(NAME))
    one, _ = scripted(Answer(gold_draft(NAME)))
    single = one.summarize(article(NAME))
    assert briefing.meta.usage.input_tokens > single.meta.usage.input_tokens


def test_the_scripted_model_keeps_a_bounded_request_log_and_counts_them_all() -> None:
    model = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True, keep_requests=3)
    for n in range(5):
        model.next_reply({"n": n})
    assert model.request_count == 5
    assert [body["n"] for body in model.requests] == [2, 3, 4], "the newest kept, the oldest dropped"
    unbounded = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True, keep_requests=None)
    for n in range(1200):
        unbounded.next_reply({"n": n})
    assert len(unbounded.requests) == unbounded.request_count == 1200
    default = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True)
    for n in range(1001):
        default.next_reply({"n": n})
    assert len(default.requests) == 1000 and default.requests[0] == {"n": 1} and default.request_count == 1001
