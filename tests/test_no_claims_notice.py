"""An empty briefing is valid output but never a silent one: one line on stderr says that no claims
were found and why (``summarize.cli.no_claims``); stdout stays a valid briefing and the exit is 0."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from summarize import summarize
from summarize.__main__ import main
from summarize.cli.no_claims import why_no_claims
from summarize.schemas import Briefing, CharRange, Coverage

IMPERATIVES = " ".join(["Buy milk. Call Bob. Pay the rent. Fix the car. Water the plants."] * 3)


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: bytes, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", _Stdin(stdin))
    code = main(["-", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_echo_hello_says_why_the_briefing_is_empty(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = _run(capsys, monkeypatch, b"hello\n", "--backend", "offline")
    assert code == 0
    briefing = Briefing.model_validate_json(out)
    assert briefing.claims == [] and briefing.title == "hello"
    assert err == (
        "summarize: no claims found: the text is 1 word long, too short to hold an article's statements;"
        " the briefing is empty\n"
    )


def test_the_notice_follows_the_offline_notice_and_a_written_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    target = tmp_path / "empty.json"
    code, out, err = _run(capsys, monkeypatch, b"hello world", "-o", str(target), "--no-cache")
    assert (code, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["claims"] == []
    lines = err.splitlines()
    assert lines[0].startswith("summarize: no model endpoint configured")
    assert lines[1:] == [
        "summarize: no claims found: the text is 2 words long, too short to hold an article's statements;"
        " the briefing is empty"
    ]


def test_a_briefing_with_claims_gets_no_notice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["examples/court-ruling.txt", "--backend", "offline"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["claims"] and err == ""


def test_a_longer_text_without_statements_is_described_by_what_it_lacks() -> None:
    briefing = summarize(IMPERATIVES, backend="offline")
    assert briefing.claims == []
    assert len(IMPERATIVES.split()) == 39
    assert why_no_claims(briefing, IMPERATIVES) == (
        "no claims found: no sentence of the 39-word text states a fact or reports what someone said;"
        " the briefing is empty"
    )
    by_a_model = briefing.model_copy(update={"meta": briefing.meta.model_copy(update={"backend": "llm"})})
    assert why_no_claims(by_a_model, IMPERATIVES) == (
        "no claims found: the model found none in the 39-word text; the briefing is empty"
    )


def test_text_without_spaces_is_measured_in_characters_and_unread_text_says_so() -> None:
    text = (
        "政府官员说经济增长了百分之五并且将继续增长这是一个很长的句子没有任何空格因为中文不用空格分词所以这里的字数很多"
    )
    briefing = summarize(text, backend="offline")
    if briefing.claims:  # the offline backend may one day read Chinese; the wording is then not needed
        briefing = briefing.model_copy(update={"claims": []})
    assert f"the {len(text)}-character text" in (why_no_claims(briefing, text) or "")
    nothing_read = Coverage(failed=[CharRange(start=0, end=len(text))])
    unread = briefing.model_copy(update={"meta": briefing.meta.model_copy(update={"coverage": nothing_read})})
    assert "no part of the text could be read" in (why_no_claims(unread, text) or "")


def test_no_notice_when_there_are_claims() -> None:
    text = "The minister said on Monday that the bridge would reopen in May."
    briefing = summarize(text, backend="offline")
    assert briefing.claims and why_no_claims(briefing, text) is None
