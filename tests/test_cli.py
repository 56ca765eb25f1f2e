"""The command line: exit codes, one-line errors, clean stdout, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarize.__main__ import main
from summarize.testing import Answer, HttpError, RawText, Reply, ScriptedModel, serve_scripted
from tests.conftest import article, gold_draft

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
ARTICLE = "examples/chipmaker-recall.txt"


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch, waits: list[float]) -> Iterator[Any]:
    """Start a scripted OpenAI-compatible server on loopback; returns its base URL."""
    servers = []

    def start(*replies: Reply) -> str:
        server, base_url = serve_scripted(ScriptedModel(list(replies)))
        servers.append(server)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        return base_url

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarize: "), err
    assert "Traceback" not in err


def test_version_and_help_answer_without_the_llm_stack() -> None:
    code = (
        "import sys; from summarize.__main__ import main; rc = main(['--help']); "
        "print('LOADED', sorted(m for m in ('openai', 'instructor', 'pydantic') if m in sys.modules), rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "--backend" in out and "LOADED [] 0" in out
    version = subprocess.run(
        [sys.executable, "-m", "summarize", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("summarize ")


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["no-such-file.txt"], None, 66),
        (["examples"], None, 66),
        (["-"], b"", 65),
        (["-"], b"   \n\t  ", 65),
        (["-"], b"text\x00with a NUL", 65),
        (["-"], b"caf\xe9 latin-1", 65),
        (["--backend", "llm", ARTICLE], None, 78),
        (["--base-url", "ftp://x", "--backend", "llm", ARTICLE], None, 78),
        (["--mode", "nope", ARTICLE], None, 2),
        (["--max-reasks", "-1", ARTICLE], None, 2),
        (["--no-such-flag"], None, 2),
    ],
)
def test_bad_input_gets_one_line_and_the_right_exit_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: bytes | None, code: int
) -> None:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", _Stdin(stdin))
    rc, out, err = run_cli(capsys, *args)
    assert rc == code
    assert out == ""
    assert_one_line_error(err)


class _Stdin:
    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


@LOOPBACK
def test_llm_briefing_as_json_on_stdout_and_nothing_else(capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    base_url = serve(Answer(gold_draft("chipmaker-recall")))
    rc, out, err = run_cli(capsys, ARTICLE, "--base-url", base_url, "--model", "m", "--format", "json")
    assert rc == 0, err
    briefing = json.loads(out)
    assert briefing["meta"]["backend"] == "llm" and briefing["meta"]["usage"]["requests"] == 1
    text = article("chipmaker-recall")
    for claim in briefing["claims"]:
        for ev in claim["evidence"]:
            if ev["match"] == "exact":
                assert text[ev["start"] : ev["end"]] == ev["quote"]
    assert err == ""


@LOOPBACK
def test_markdown_briefing_reads_as_a_briefing(capsys: pytest.CaptureFixture[str], serve: Any) -> None:
    base_url = serve(Answer(gold_draft("chipmaker-recall")))
    rc, out, _ = run_cli(capsys, ARTICLE, "--base-url", base_url, "--model", "m", "--format", "markdown")
    assert rc == 0
    for heading in ("**Bottom line up front**", "## Actors", "## Claims by source", "## Open questions"):
        assert heading in out
    assert "chars " in out  # every item cites its evidence with offsets


@LOOPBACK
@pytest.mark.parametrize(
    ("replies", "code"),
    [
        ([HttpError(401, code="invalid_api_key")], 77),
        ([HttpError(503)] * 4, 75),
        ([RawText("not json")] * 3, 69),
        ([HttpError(404, code="model_not_found")], 78),
    ],
)
def test_failures_leave_no_output_file(
    capsys: pytest.CaptureFixture[str], serve: Any, tmp_path: Path, replies: list[Reply], code: int
) -> None:
    target = tmp_path / "briefing.json"
    target.write_text("previous content", encoding="utf-8")
    base_url = serve(*replies)
    rc, _, err = run_cli(capsys, ARTICLE, "--base-url", base_url, "--model", "m", "--output", str(target))
    assert rc == code
    assert_one_line_error(err)
    assert target.read_text(encoding="utf-8") == "previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.json"]  # no temporary file left behind


@LOOPBACK
def test_output_file_is_written_whole(capsys: pytest.CaptureFixture[str], serve: Any, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    base_url = serve(Answer(gold_draft("chipmaker-recall")))
    rc, out, _ = run_cli(capsys, ARTICLE, "--base-url", base_url, "--model", "m", "-o", str(target))
    assert rc == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == "1"


@pytest.mark.parametrize(("name", "starts"), [("b.html", "<!DOCTYPE html>"), ("b.md", "# "), ("b.json", "{")])
def test_the_output_files_name_chooses_the_format(
    name: str, starts: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / name
    assert main([ARTICLE, "--backend", "offline", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith(starts)


def test_the_article_is_never_overwritten_by_its_briefing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article_file = tmp_path / "story.txt"
    article_file.write_text(article("chipmaker-recall"), encoding="utf-8")
    code = main([str(article_file), "--backend", "offline", "-o", str(article_file)])
    assert code == 73 and "is the article itself" in capsys.readouterr().err
    assert article_file.read_text(encoding="utf-8") == article("chipmaker-recall")


@pytest.mark.parametrize("command", ["eval", "batch", "cache", "diff", "mcp", "batch-status", "batch-collect"])
def test_every_subcommand_answers_dash_h(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "-h"]) == 0
    assert f"summarize {command}" in capsys.readouterr().out


def test_a_usage_error_in_a_subcommand_points_at_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert "(see summarize batch --help)" in err
