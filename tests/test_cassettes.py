"""The LLM engine against recorded HTTP exchanges: happy paths and every row of the retry table.

Each test asserts the exact number of HTTP requests (the cassette's play count and the ledger in
``meta.usage``) and the resulting briefing or error. Assertions are properties a good live answer
also has, so re-recording the happy paths against a live model keeps them green.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarize import Document
from summarize.errors import (
    AuthenticationError,
    InvalidOutputError,
    ProviderUnavailableError,
    RefusalError,
    SummarizeError,
    TruncatedOutputError,
)
from summarize.schemas import Briefing
from summarize.schemas.grounding import fold
from summarize.testing import Answer, HttpError, Refusal, Truncated
from tests.conftest import CASSETTE_WAY, LLMEndpoint, article, gold_draft

HAPPY = [
    ("ceasefire-talks", "tools"),
    ("ceasefire-talks", "json_schema"),
    ("chipmaker-recall", "tools"),
    ("chipmaker-recall", "json_schema"),
]


def assert_grounded(briefing: Briefing, text: str) -> None:
    """Offsets index the article exactly; ids run in order; meta adds up."""
    evidence = [ev for item in [*briefing.claims, *briefing.denials] for ev in item.evidence]
    evidence += briefing.embedded_instructions
    for ev in evidence:
        span = text[ev.start : ev.end]
        if ev.match == "exact":
            assert span == ev.quote
        elif ev.match == "normalized":
            assert fold(span) == fold(ev.quote)
        else:
            assert fold(ev.quote.split("...")[0]).strip() in fold(span)
    for prefix, items in (("A", briefing.actors), ("C", briefing.claims), ("D", briefing.denials)):
        assert [i.id for i in items] == [f"{prefix}{n}" for n in range(1, len(items) + 1)]
    starts = [min(ev.start for ev in c.evidence) for c in briefing.claims]
    assert starts == sorted(starts), "claims are numbered in order of first appearance"
    g = briefing.meta.grounding
    assert g.evidence == len(evidence) == g.exact + g.normalized + g.fuzzy
    assert briefing.meta.article.chars == len(text)
    assert briefing.meta.backend == "llm"


def assert_requests(vcr: Any, count: int) -> None:
    """Exactly ``count`` HTTP requests: all in the cassette, and all of them played back."""
    assert len(vcr.requests) == count
    if CASSETTE_WAY == "replay":
        assert vcr.play_count == count and vcr.all_played


def run(llm: LLMEndpoint, name: str, **options: Any) -> Briefing:
    return llm.summarizer(**options).summarize(Document.from_text(article(name), f"examples/{name}.txt"))


@pytest.mark.vcr
@pytest.mark.live_recordable
@pytest.mark.parametrize(("name", "mode"), HAPPY)
def test_happy_path(llm: LLMEndpoint, vcr: Any, name: str, mode: str) -> None:
    llm.script(Answer(gold_draft(name)))
    briefing = run(llm, name, mode=mode)
    assert_requests(vcr, 1)
    assert briefing.meta.usage.requests == 1 and briefing.meta.usage.reasks == 0
    assert briefing.meta.usage.input_tokens > 0 and briefing.meta.usage.output_tokens > 0
    assert briefing.meta.mode == mode
    assert briefing.claims and briefing.actors and briefing.bluf
    assert_grounded(briefing, article(name))


@pytest.mark.vcr
def test_fabricated_quote_is_reasked_with_the_error(llm: LLMEndpoint, vcr: Any) -> None:
    draft = gold_draft("ceasefire-talks")
    invented = "The two governments signed a final peace treaty on Monday."
    fabricated = {**draft, "claims": [{**draft["claims"][0], "evidence": [{"quote": invented}]}, *draft["claims"][1:]]}
    llm.script(Answer(fabricated), Answer(draft))
    briefing = run(llm, "ceasefire-talks", mode="tools")
    assert_requests(vcr, 2)
    assert briefing.meta.usage.requests == 2 and briefing.meta.usage.reasks == 1
    second_request = str(vcr.requests[1].body)
    assert invented in second_request and "is not in the article" in second_request
    assert "Nearest passage" in second_request
    assert_grounded(briefing, article("ceasefire-talks"))


@pytest.mark.vcr
def test_rate_limit_honours_retry_after_then_succeeds(llm: LLMEndpoint, vcr: Any, waits: list[float]) -> None:
    llm.script(
        HttpError(429, code="rate_limit_exceeded", message="Rate limit reached", retry_after=2),
        Answer(gold_draft("chipmaker-recall")),
    )
    briefing = run(llm, "chipmaker-recall", mode="tools")
    assert_requests(vcr, 2)
    assert waits == [2.0]
    assert briefing.meta.usage.requests == 2 and briefing.meta.usage.reasks == 0


@pytest.mark.vcr
def test_server_error_then_success(llm: LLMEndpoint, vcr: Any, waits: list[float]) -> None:
    llm.script(
        HttpError(500, message="The server had an error", type="server_error"), Answer(gold_draft("chipmaker-recall"))
    )
    briefing = run(llm, "chipmaker-recall", mode="tools")
    assert_requests(vcr, 2)
    assert len(waits) == 1 and 0 <= waits[0] <= 8
    assert briefing.meta.usage.requests == 2


@pytest.mark.vcr
def test_server_error_persisting_gives_up_after_bounded_attempts(
    llm: LLMEndpoint, vcr: Any, waits: list[float]
) -> None:
    llm.script(*[HttpError(503, message="Service unavailable", type="server_error")] * 4)
    with pytest.raises(ProviderUnavailableError) as caught:
        run(llm, "chipmaker-recall", mode="tools")
    assert_requests(vcr, 4) and len(waits) == 3
    assert caught.value.exit_code == 75 and caught.value.usage.requests == 4


@pytest.mark.vcr
def test_unauthorized_fails_at_once(llm: LLMEndpoint, vcr: Any, waits: list[float]) -> None:
    llm.script(HttpError(401, code="invalid_api_key", message="Incorrect API key provided."))
    with pytest.raises(AuthenticationError) as caught:
        run(llm, "chipmaker-recall", mode="tools")
    assert_requests(vcr, 1) and waits == []
    assert caught.value.exit_code == 77 and "OPENAI_API_KEY" in str(caught.value)


@pytest.mark.vcr
def test_insufficient_quota_is_not_retried(llm: LLMEndpoint, vcr: Any, waits: list[float]) -> None:
    llm.script(
        HttpError(429, code="insufficient_quota", type="insufficient_quota", message="You exceeded your current quota.")
    )
    with pytest.raises(AuthenticationError) as caught:
        run(llm, "chipmaker-recall", mode="tools")
    assert_requests(vcr, 1) and waits == []
    assert "quota" in str(caught.value)


@pytest.mark.vcr
def test_truncated_answer_is_never_retried_identically(llm: LLMEndpoint, vcr: Any) -> None:
    """A cut-off answer is asked again only for smaller parts: halves, then quarters, then it stops."""
    llm.script(Truncated(), repeat_last=True)
    with pytest.raises(TruncatedOutputError) as caught:
        run(llm, "chipmaker-recall", mode="tools", jobs=1)
    assert_requests(vcr, 1 + 2 + 4)
    articles = [json.loads(r.body)["messages"][-1]["content"] for r in vcr.requests]
    assert len(set(articles)) == len(articles), "no request is ever repeated identically"
    assert caught.value.exit_code == 69 and caught.value.usage.requests == 7
    assert caught.value.usage.output_tokens > 0


@pytest.mark.vcr
def test_refusal_fails_at_once(llm: LLMEndpoint, vcr: Any) -> None:
    llm.script(Refusal())
    with pytest.raises(RefusalError) as caught:
        run(llm, "chipmaker-recall", mode="json_schema")
    assert_requests(vcr, 1)
    assert caught.value.exit_code == 69


@pytest.mark.vcr
def test_answers_that_stay_invalid_stop_after_max_reasks(llm: LLMEndpoint, vcr: Any) -> None:
    draft = gold_draft("chipmaker-recall")
    broken = {**draft, "claims": [{**draft["claims"][0], "source": "A999"}, *draft["claims"][1:]]}
    llm.script(Answer(broken), Answer(broken), Answer(broken))
    with pytest.raises(InvalidOutputError) as caught:
        run(llm, "chipmaker-recall", mode="tools", max_reasks=2)
    assert_requests(vcr, 3)
    assert caught.value.usage.requests == 3 and caught.value.usage.reasks == 2
    assert "A999" in str(caught.value)


@pytest.mark.vcr
def test_auto_mode_falls_back_when_tools_are_rejected(llm: LLMEndpoint, vcr: Any) -> None:
    llm.script(
        HttpError(400, message="this model does not support tools", type="invalid_request_error"),
        Answer(gold_draft("ceasefire-talks")),
    )
    briefing = run(llm, "ceasefire-talks", mode="auto")
    assert_requests(vcr, 2)
    first, second = (json.loads(r.body) for r in vcr.requests)
    assert "tools" in first and "tools" not in second and second["response_format"]["type"] == "json_schema"
    assert briefing.meta.mode == "json_schema"
    assert briefing.meta.usage.requests == 2
    assert any("fell back" in w for w in briefing.meta.warnings)


def test_errors_are_summarize_errors() -> None:
    for error in (
        AuthenticationError,
        InvalidOutputError,
        ProviderUnavailableError,
        RefusalError,
        TruncatedOutputError,
    ):
        assert issubclass(error, SummarizeError)
