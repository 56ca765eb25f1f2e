"""Edge cases found in review: each one a way the tool could crash, hang, leak or mislead."""

from __future__ import annotations

import email.utils
import json
import os
import re
import stat
import time
import tomllib
from pathlib import Path

import pytest

from summarize import Document, Summarizer, summarize
from summarize.__main__ import main
from summarize.engine.transport import retry_after_seconds
from summarize.errors import (
    AuthenticationError,
    InputDecodeError,
    InputTooLargeError,
    ProviderError,
    ProviderUnavailableError,
    RefusalError,
    RequestRejectedError,
    TruncatedOutputError,
)
from summarize.render.markdown import inline
from summarize.schemas import BriefingDraft
from summarize.schemas.figures import is_figure_of
from summarize.schemas.grounding import TextIndex
from summarize.testing import (
    Answer,
    ContentFilter,
    GarbledBody,
    HttpError,
    NetworkFailure,
    RawText,
    Reply,
    ScriptedModel,
)
from tests.conftest import ROOT, article, gold_draft, scripted

NAME = "court-ruling"


def test_every_package_is_shipped_in_the_wheel() -> None:
    """setuptools finds the packages; a folder of modules without __init__.py would be left out of it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["packages"]["find"]["include"] == ["summarize", "summarize.*"]
    folders = {p.parent for p in (ROOT / "summarize").rglob("*.py") if "__pycache__" not in p.parts}
    missing = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file())
    assert not missing, f"folders of modules that are not packages: {missing}"


@pytest.mark.parametrize(
    ("text", "quote"),
    [("a " * 3000, "a ... a ... a ... b"), ("e " * 2000 + "end", "e ... e ... e ... e ... e ... not here")],
)
def test_hostile_elided_quotes_are_cheap_to_reject(text: str, quote: str) -> None:
    assert TextIndex(text).locate(quote) is None  # exponential backtracking would hang here


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({}, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(headers) == expected


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (retry_after_seconds({"retry-after": when}) or 0) <= 31


def test_unreadable_retry_after_falls_back_to_backoff(waits: list[float]) -> None:
    summarizer, model = scripted(
        HttpError(429, code="rate_limit_exceeded", retry_after="soon"), Answer(gold_draft(NAME))
    )
    summarizer.summarize(article(NAME))
    assert model.request_count == 2 and len(waits) == 1 and 0 <= waits[0] <= 8


@pytest.mark.parametrize(
    ("failure", "retried"),
    [
        (NetworkFailure("connect"), True),
        (NetworkFailure("timeout"), True),
        (GarbledBody(), True),
        (HttpError(408), True),
        (HttpError(409), True),
        (HttpError(502), True),
        (HttpError(403), False),
        (HttpError(422), False),
    ],
)
def test_transport_failures_retry_or_fail_fast(waits: list[float], failure: Reply, retried: bool) -> None:
    summarizer, model = scripted(failure, Answer(gold_draft(NAME)))
    if retried:
        assert summarizer.summarize(article(NAME)).meta.usage.requests == 2
        assert len(waits) == 1
    else:
        with pytest.raises((AuthenticationError, RequestRejectedError)):
            summarizer.summarize(article(NAME))
        assert model.request_count == 1 and waits == []


def test_network_failures_persisting_give_up_with_75(waits: list[float]) -> None:
    summarizer, model = scripted(*[NetworkFailure("timeout")] * 4)
    with pytest.raises(ProviderUnavailableError) as caught:
        summarizer.summarize(article(NAME))
    assert model.request_count == 4 and caught.value.exit_code == 75 and "--timeout" in str(caught.value)


def test_a_body_that_stays_garbled_gives_up_with_75_and_no_reask(waits: list[float]) -> None:
    """A 200 whose body is not JSON is the endpoint's fault: the transport retries it; it never reaches the
    model as a re-ask (which would send the same request again under the re-ask budget)."""
    summarizer, model = scripted(GarbledBody(), repeat_last=True)
    with pytest.raises(ProviderUnavailableError) as caught:
        summarizer.summarize(article(NAME))
    assert model.request_count == 4 and caught.value.exit_code == 75 and "not JSON" in str(caught.value)
    assert all(len(body["messages"]) == len(model.requests[0]["messages"]) for body in model.requests)


def test_context_length_exceeded_reads_the_article_in_smaller_parts() -> None:
    too_long = HttpError(400, code="context_length_exceeded", message="maximum context length")
    summarizer, model = scripted(too_long, Answer({"title": "Part"}), repeat_last=True)
    briefing = summarizer.summarize(article(NAME))
    assert model.request_count == 3 and briefing.meta.chunks == 2
    assert briefing.meta.coverage is not None and not briefing.meta.coverage.failed
    assert any("two halves" in w for w in briefing.meta.warnings)


def test_context_length_exceeded_even_in_parts_is_bad_input() -> None:
    too_long = HttpError(400, code="context_length_exceeded", message="maximum context length")
    summarizer, model = scripted(too_long, repeat_last=True)
    with pytest.raises(InputTooLargeError) as caught:
        summarizer.summarize(article(NAME))
    assert caught.value.exit_code == 65 and model.request_count == 1 + 2 + 4
    assert "--max-input-tokens" in str(caught.value)


def test_content_filter_fails_at_once() -> None:
    summarizer, model = scripted(ContentFilter())
    with pytest.raises(RefusalError):
        summarizer.summarize(article(NAME))
    assert model.request_count == 1


def test_a_404_never_triggers_mode_fallback_even_for_a_tool_named_model() -> None:
    summarizer, model = scripted(*[HttpError(404, code="model_not_found")] * 4, model="toolace-8b")
    with pytest.raises(RequestRejectedError) as caught:
        summarizer.summarize(article(NAME))
    assert model.request_count == 1 and caught.value.exit_code == 78


def test_truncation_signalled_as_max_tokens_is_not_reasked() -> None:
    model = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True)
    original = model.respond

    def respond(body: dict[str, object]) -> tuple[int, dict[str, object], dict[str, str]]:
        status, payload, headers = original(body)
        payload["choices"][0]["finish_reason"] = "max_tokens"  # type: ignore[index]
        return status, payload, headers

    model.respond = respond  # type: ignore[method-assign]
    with pytest.raises(TruncatedOutputError):
        Summarizer(model="m", api_key="sk-test", http_client=model.http_client()).summarize(article(NAME))
    assert model.request_count == 1 + 2 + 4, "never re-asked as is: only ever smaller parts"


def test_an_answer_that_is_not_a_chat_completion_fails_fast() -> None:
    model = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True)

    def respond(body: dict[str, object]) -> tuple[int, dict[str, object], dict[str, str]]:
        model.next_reply(body)  # counted and kept like any request
        return 200, {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []}, {}

    model.respond = respond  # type: ignore[method-assign]
    with pytest.raises(ProviderError) as caught:
        Summarizer(model="m", api_key="sk-test", http_client=model.http_client()).summarize(article(NAME))
    assert model.request_count == 1 and "chat completion" in str(caught.value)


def test_server_text_is_redacted_in_errors() -> None:
    key = "sk-fake-0123456789abcdefghij"
    summarizer, _ = scripted(HttpError(400, message=f"bad header Authorization: Bearer {key}"), mode="json")
    with pytest.raises(RequestRejectedError) as caught:
        summarizer.summarize(article(NAME))
    assert key not in str(caught.value) and "***" in str(caught.value)


def test_error_messages_count_the_reasks_actually_made() -> None:
    summarizer, model = scripted(RawText("{"), max_reasks=0)
    with pytest.raises(Exception, match=r"after 0 re-ask"):
        summarizer.summarize(article(NAME))
    assert model.request_count == 1


@pytest.mark.parametrize("mode", ["json", "md_json"])
def test_json_and_markdown_json_modes(mode: str) -> None:
    summarizer, model = scripted(Answer(gold_draft(NAME)), mode=mode)
    briefing = summarizer.summarize(article(NAME))
    assert briefing.meta.mode == mode and model.request_count == 1
    request = model.requests[0]
    assert "tools" not in request
    assert (request.get("response_format") or {}).get("type") == ("json_object" if mode == "json" else None)


def test_library_text_is_indexed_as_given_even_with_crlf() -> None:
    text = article(NAME).replace("\n", "\r\n")
    briefing = summarize(text, backend="offline")
    assert briefing.meta.article.chars == len(text)
    for claim in briefing.claims:
        for ev in claim.evidence:
            if ev.match == "exact":
                assert text[ev.start : ev.end] == ev.quote


def test_lone_surrogates_are_bad_input_not_a_crash() -> None:
    with pytest.raises(InputDecodeError):
        summarize("The minister said \ud800 the troops left.", backend="offline")
    with pytest.raises(InputDecodeError):
        Document.from_text(b"bytes are not text")  # type: ignore[arg-type]


def test_negative_figures_are_figures() -> None:
    assert is_figure_of(-5, "-5 degrees") and is_figure_of(-3.2, "a 3.2% contraction")
    assert not is_figure_of(-4, "-5 degrees")


def test_markdown_neutralises_escapes_and_markup() -> None:
    rendered = inline("\\<img src=x onerror=alert(1)> \x1b[31mred\x1b[0m \u202eevil ![x](http://t/p.png)")
    assert "\x1b" not in rendered and "\u202e" not in rendered
    assert "\\<img" in rendered.replace("\\\\", "") and "\\!\\[x\\]" in rendered


def test_offline_backend_ignores_a_malformed_base_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "localhost:11434/v1")
    assert main([f"examples/{NAME}.txt", "--backend", "offline", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["backend"] == "offline"
    assert main([f"examples/{NAME}.txt", "--backend", "llm"]) == 78
    assert "OPENAI_BASE_URL" in capsys.readouterr().err


@pytest.mark.parametrize("target", ["{tmp}", "{tmp}/missing/out.json"])
def test_unwritable_output_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    assert main([f"examples/{NAME}.txt", "--backend", "offline", "-o", target.format(tmp=tmp_path)]) == 73
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "briefing.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    assert main([f"examples/{NAME}.txt", "--backend", "offline", "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert json.loads(target.read_text(encoding="utf-8"))["meta"]["backend"] == "offline"


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main([str(fifo), "--backend", "offline"]) == 66
    assert re.search(r"not a regular file", capsys.readouterr().err)


def test_eval_reports_bad_arguments_as_input_errors(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text("[]", encoding="utf-8")
    gold = ROOT / "examples" / "gold" / f"{NAME}.json"
    assert main(["eval", str(listed), str(gold)]) == 65
    assert main(["eval", str(gold), str(gold), "--article", str(tmp_path / "missing.txt")]) == 66


def test_actors_are_numbered_by_their_first_whole_word_mention() -> None:
    text = "Northlandic troops crossed the river, Southland said. Northland denied it."
    draft = {
        "title": "Border crossing",
        "bluf": [{"text": "Southland says troops crossed.", "supports": ["C1"]}],
        "actors": [
            {
                "id": "A1",
                "name": "Northland",
                "kind": "country",
                "identification": "institutional",
                "mentions": ["Northland"],
            },
            {
                "id": "A2",
                "name": "Northlandic troops",
                "kind": "military",
                "identification": "institutional",
                "mentions": ["Northlandic troops"],
            },
            {
                "id": "A3",
                "name": "Southland",
                "kind": "country",
                "identification": "institutional",
                "mentions": ["Southland"],
            },
        ],
        "claims": [
            {
                "id": "C1",
                "source": "A3",
                "statement": "Northlandic troops crossed the river.",
                "cue": "said",
                "quote_type": "indirect",
                "certainty": "certain",
                "polarity": "positive",
                "evidence": [{"quote": "Northlandic troops crossed the river, Southland said."}],
            }
        ],
    }
    summarizer, _ = scripted(Answer(draft))
    names = [a.name for a in summarizer.summarize(text).actors]
    assert names == ["Northlandic troops", "Southland", "Northland"]


def test_the_draft_schema_is_generated_once_and_callers_cannot_corrupt_it() -> None:
    first = BriefingDraft.model_json_schema()
    first["properties"].clear()
    second = BriefingDraft.model_json_schema()
    assert second["properties"] and second == BriefingDraft.model_json_schema()
    assert BriefingDraft.model_json_schema(mode="serialization") is not second


def test_a_content_filter_400_is_a_refusal_not_a_configuration_error() -> None:
    summarizer, model = scripted(
        HttpError(400, code="content_filter", message="The response was filtered due to the prompt triggering "
                  "Azure OpenAI's content management policy.")
    )  # fmt: skip
    with pytest.raises(RefusalError) as caught:
        summarizer.summarize(article(NAME))
    assert caught.value.exit_code == 69 and model.request_count == 1 and "content filter" in str(caught.value)
