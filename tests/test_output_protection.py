"""``--output`` never replaces what a user's runs wrote: a file a batch is writing (its lock is held),
a batch's results, the response cache and its journal, a Batch API manifest. Exit 73, one line,
the file untouched; recognised by content, so a renamed copy is safe too."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarize.__main__ import main
from summarize.batch.openai_manifest import Manifest
from summarize.batch.results_log import ResultsLog, kept_from_batches, looks_like_results
from summarize.cli.output import emit
from summarize.cli.protected import what_it_holds
from summarize.engine.response_cache import BriefingCache
from summarize.errors import OutputFileError
from tests.conftest import EXAMPLES

ARTICLE = EXAMPLES / "court-ruling.txt"

# A batch's way of holding its results file: ResultsLog, in another process, until told to go on;
# then it appends one line and closes it.
HOLDER = """
import sys
from pathlib import Path
from summarize.batch.results_log import ResultsLog
with ResultsLog(Path(sys.argv[1])) as log:
    print("locked", flush=True)
    sys.stdin.readline()
    log.write({"id": "a1", "source": "a1.txt", "error": {"type": "X", "message": "m", "exit_code": 65}})
"""


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The one-line error of a command that must exit 73."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 73, err
    assert out == "" and err.count("\n") == 1 and err.startswith("summarize: error: "), err
    return err


@pytest.fixture
def batch_holding(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    path = tmp_path / "results.jsonl"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield path, holder
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=30)


def test_a_file_a_batch_is_writing_is_refused(
    capsys: pytest.CaptureFixture[str], batch_holding: tuple[Path, subprocess.Popen[str]]
) -> None:
    path, holder = batch_holding
    assert path.read_bytes() == b"", "the batch has written nothing yet: only its lock protects the file"
    err = refused(capsys, str(ARTICLE), "--backend", "offline", "-o", str(path))
    assert "a batch is writing to it" in err
    holder.communicate("go on\n", timeout=30)
    assert holder.returncode == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a1"], "the batch's line went into the file it kept"


def test_a_batch_that_starts_while_the_briefing_is_made_still_wins(tmp_path: Path) -> None:
    """The lock is checked again when the briefing is written, not only before the work."""
    path = tmp_path / "results.jsonl"
    with ResultsLog(path), pytest.raises(OutputFileError, match="a batch is writing to it") as caught:
        emit('{"schema_version": "1"}\n', path)
    assert caught.value.exit_code == 73 and path.read_bytes() == b""


def test_while_a_briefing_is_written_a_batch_cannot_start_on_the_file(tmp_path: Path) -> None:
    path = tmp_path / "briefing.json"
    path.write_text("{}\n", encoding="utf-8")
    with kept_from_batches(path), pytest.raises(OutputFileError, match="another batch is writing"):
        ResultsLog(path).__enter__()


def test_a_results_file_is_never_overwritten_even_renamed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    assert main(["batch", str(ARTICLE), "--out", str(results), "--backend", "offline"]) == 0
    capsys.readouterr()
    before = results.read_bytes()
    assert looks_like_results(results)
    err = refused(capsys, str(ARTICLE), "--backend", "offline", "-o", str(results))
    assert "is a batch's results file" in err and results.read_bytes() == before
    renamed = results.rename(tmp_path / "old-briefing.json")
    refused(capsys, str(ARTICLE), "--backend", "offline", "-o", str(renamed), "--format", "html")
    assert renamed.read_bytes() == before


def test_the_response_cache_and_its_journal_are_never_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = BriefingCache(tmp_path / "cache")
    store.put("0" * 64, '{"schema_version": "1"}', "m")  # the connection stays open: WAL and shm files exist
    try:
        for path in [store.path, *(store.path.with_name(store.path.name + end) for end in ("-wal", "-shm"))]:
            assert path.exists(), path
            before = path.read_bytes()
            err = refused(capsys, str(ARTICLE), "--backend", "offline", "-o", str(path))
            assert "SQLite database or journal" in err and path.read_bytes() == before
    finally:
        store.close()
    other = tmp_path / "notes.md"  # any SQLite database, whatever its name
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    refused(capsys, str(ARTICLE), "--backend", "offline", "-o", str(other))


def test_a_batch_api_manifest_is_never_overwritten(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    manifest = tmp_path / "results.jsonl.batch.json"
    manifest.write_text(Manifest("batch_1", "file_1", "gpt-4o-mini", "tools", "results.jsonl").to_json())
    err = refused(capsys, str(ARTICLE), "--backend", "offline", "-o", str(manifest))
    assert "Batch API manifest" in err and json.loads(manifest.read_text())["batch_id"] == "batch_1"


def test_diff_output_is_guarded_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    briefing = tmp_path / "b.json"
    assert main([str(ARTICLE), "--backend", "offline", "-o", str(briefing)]) == 0
    results = tmp_path / "results.jsonl"
    results.write_text('{"id":"a","source":"a.txt","briefing":{}}\n', encoding="utf-8")
    capsys.readouterr()
    refused(capsys, "diff", str(briefing), str(briefing), "-o", str(results))


def test_an_ordinary_file_is_replaced_as_before(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The checks refuse only what they recognise: an old briefing, notes or batch inputs are not theirs."""
    out = tmp_path / "briefing.json"
    out.write_text("an old briefing\n", encoding="utf-8")
    assert main([str(ARTICLE), "--backend", "offline", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == "1"
    for content in ['{"id": "a", "text": "an input line"}\n', '{"batch": "notes"}\n', "SQLite notes\n", ""]:
        other = tmp_path / "other.json"
        other.write_text(content, encoding="utf-8")
        assert what_it_holds(other) is None, content
    assert what_it_holds(tmp_path) is None and what_it_holds(tmp_path / "absent.json") is None


def test_a_fifo_is_not_waited_on(tmp_path: Path) -> None:
    """Looking for a batch's lock opens the file: a named pipe must not block that open."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with kept_from_batches(fifo):
        assert what_it_holds(fifo) is None
