"""Resumable output: whole lines only, a torn tail mended, and a SIGKILLed batch finished by a re-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from summarize import offline
from summarize.__main__ import main
from summarize.batch.results_log import ResultsLog, read_results, recover
from summarize.errors import OutputFileError
from summarize.sources.document import Document
from summarize.testing import Answer, ScriptedModel, serve_scripted
from tests.conftest import ROOT, article

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
NAME = "court-ruling"
SHORT = (
    "The council of Bramwick voted on Tuesday to close the old baths next spring. "
    '"The building is no longer safe," said the council leader, Ada Fenwick.\n'
)


def test_lines_are_appended_whole(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    with ResultsLog(path) as log:
        log.write({"id": "a", "source": "x", "briefing": {"title": "ü"}})
    with ResultsLog(path) as log:  # a second run appends
        log.write({"id": "b", "source": "y", "error": {"type": "E", "message": "m", "exit_code": 65}})
    assert path.read_bytes().count(b"\n") == 2 and path.read_bytes().endswith(b"\n")
    assert [r["id"] for r in read_results(path)] == ["a", "b"]
    assert recover(path) == {"a": 0, "b": 65}


@pytest.mark.parametrize("tail", [b'{"id": "c", "source": "z", "brie', b'{"id": "c"}', b"garbage\n"])
def test_a_torn_last_line_is_cut_off_on_start(tmp_path: Path, tail: bytes) -> None:
    path = tmp_path / "r.jsonl"
    whole = b'{"id": "a", "source": "x", "briefing": {}}\n'
    path.write_bytes(whole + tail)
    assert recover(path) == {"a": 0}  # "c" will be done again
    assert path.read_bytes() == whole


def test_a_file_that_is_not_a_results_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my notes\nmore notes\n", encoding="utf-8")
    with pytest.raises(OutputFileError, match="line 1 is not a batch result"):
        recover(path)
    assert path.read_text(encoding="utf-8") == "my notes\nmore notes\n"  # untouched


def test_a_second_batch_into_the_same_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(article(NAME), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    with ResultsLog(out):  # as if another batch were running
        code = main(["batch", str(news), "--out", str(out), "--backend", "offline"])
    assert code == 73 and "another batch is writing to it" in capsys.readouterr().err
    assert out.read_bytes() == b""
    assert main(["batch", str(news), "--out", str(out), "--backend", "offline"]) == 0  # the lock went with it


def test_the_cli_mends_a_torn_line_and_redoes_its_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n in range(2):
        (news / f"a{n}.txt").write_text(f"{article(NAME)}\n\nFile {n}.", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["batch", str(news), "--out", str(out), "--backend", "offline"]) == 0
    whole = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(whole[0] + whole[1][:40])  # as if killed in the middle of the second write
    assert main(["batch", str(news), "--out", str(out), "--backend", "offline"]) == 0
    assert "1 briefed" in capsys.readouterr().err
    assert sorted(r["id"] for r in read_results(out)) == ["a0.txt", "a1.txt"]


@LOOPBACK
def test_a_batch_interrupted_then_killed_is_finished_by_a_rerun(tmp_path: Path) -> None:
    """A real process, a real Ctrl-C and then a real SIGKILL mid-run: every id exactly once afterwards,
    every line valid JSON."""
    count = 40
    news = tmp_path / "news"
    news.mkdir()
    for n in range(count):
        (news / f"a{n:02}.txt").write_text(f"{SHORT}\nFile {n}.", encoding="utf-8")
    draft = offline.extract(Document.from_text(SHORT)).model_dump(mode="json")  # a small, valid answer
    model = ScriptedModel([Answer(draft)], latency=0.05, repeat_last=True)
    server, base_url = serve_scripted(model)
    out = tmp_path / "r.jsonl"
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "summarize", "batch", str(news), "--out", str(out)]
    command += ["--base-url", base_url, "--model", "m", "--jobs", "4"]

    def interrupted(sig: signal.Signals, after_lines: int) -> tuple[int, str]:
        """Start the batch, send ``sig`` once ``after_lines`` lines are in the file."""
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < after_lines):
            time.sleep(0.01)
        process.send_signal(sig)
        _, err = process.communicate(timeout=20)
        return process.returncode, err

    try:
        code, err = interrupted(signal.SIGINT, 4)  # Ctrl-C: in-flight work is cancelled, the file closed
        assert code == 130 and "interrupted" in err, err
        code, _ = interrupted(signal.SIGKILL, out.read_bytes().count(b"\n") + 6)
        killed_with = out.read_bytes().count(b"\n")
        assert code == -signal.SIGKILL and 10 <= killed_with < count

        finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert finished.returncode == 0, finished.stderr
        assert f"{count - killed_with} briefed" in finished.stderr
    finally:
        server.shutdown()
        server.server_close()
    lines = out.read_bytes().splitlines(keepends=True)
    assert all(line.endswith(b"\n") for line in lines)
    records = [json.loads(line) for line in lines]  # every line is valid JSON
    assert Counter(r["id"] for r in records) == Counter(f"a{n:02}.txt" for n in range(count))
    assert all("briefing" in r for r in records)
