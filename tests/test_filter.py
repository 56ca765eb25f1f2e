"""`summarize -` as an editor filter (`:%!summarize - --format markdown`): stdin in, only the briefing out.

Run as a real subprocess, the way an editor runs it: whatever reaches stdout replaces the user's text.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summarize import Document, Summarizer
from summarize.api import OFFLINE_NOTICE
from summarize.render.markdown import render_markdown
from summarize.schemas import Briefing
from tests.conftest import EXAMPLES

ARTICLE = EXAMPLES / "court-ruling.txt"


def run_filter(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarize", "-", *args], input=stdin, capture_output=True, timeout=60, check=False
    )


def test_markdown_filter_writes_the_briefing_and_nothing_else_to_stdout() -> None:
    raw = ARTICLE.read_bytes()
    done = run_filter(raw, "--format", "markdown")
    assert done.returncode == 0, done.stderr
    expected = render_markdown(Summarizer().summarize(Document.from_bytes(raw, "stdin")))
    assert done.stdout.decode("utf-8") == expected
    assert done.stderr.decode("utf-8") == f"summarize: {OFFLINE_NOTICE}\n"  # the notice, on stderr only


def test_json_filter_output_is_one_briefing() -> None:
    done = run_filter(ARTICLE.read_bytes(), "--format", "json", "--backend", "offline")
    assert done.returncode == 0 and done.stderr == b""
    briefing = Briefing.model_validate(json.loads(done.stdout))
    assert briefing.meta.article.source == "stdin" and briefing.claims


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "stdin: the article is empty"),
        (b"  \n\t\n", "stdin: the article is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "stdin: looks like a binary file, not text"),
        (b"caf\xe9 au lait", "stdin: not valid UTF-8 (byte 3)"),
    ],
)
def test_bad_stdin_is_one_line_exit_65_and_empty_stdout(stdin: bytes, message: str) -> None:
    done = run_filter(stdin, "--format", "markdown")
    assert done.returncode == 65
    assert done.stdout == b""
    err = done.stderr.decode("utf-8")
    assert err.count("\n") == 1 and err.startswith(f"summarize: error: {message}"), err
