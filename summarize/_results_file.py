"""The results JSONL: one whole line per article, appended with one ``os.write`` on an O_APPEND fd.

A line is ``{"id", "source", "briefing"}`` or ``{"id", "source", "error": {"type", "message",
"exit_code"}}``. A crash can never leave half a line of ours behind; a line torn by someone else's
crash is ended before ours is written, and counts for nothing when the file is read back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from summarize import errors
from summarize._batch_manifest import Entry
from summarize.schemas import Briefing


def result_line(
    entry: Entry, *, briefing: Briefing | None = None, error: errors.SummarizeError | None = None
) -> dict[str, Any]:
    """A results line: ``{"id", "source", "briefing"}`` or ``{"id", "source", "error"}``."""
    line: dict[str, Any] = {"id": entry.id, "source": entry.source}
    if error is not None:
        line["error"] = {"type": type(error).__name__, "message": str(error), "exit_code": error.exit_code}
    elif briefing is not None:
        line["briefing"] = json.loads(briefing.to_json(indent=None))
    else:
        raise TypeError("a results line carries a briefing or an error")
    return line


def finished_ids(path: Path) -> set[str]:
    """The ids that already have a line in the results file ``path`` (none when it does not exist)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise errors.OutputFileError(f"{path}: cannot read ({exc.strerror})") from None
    found: set[str] = set()
    for raw in text.splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue  # a line torn by a crash: that article is simply done again
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            found.add(record["id"])
    return found


class ResultsFile:
    """A JSONL file appended one whole line per ``os.write`` on an O_APPEND descriptor: never a torn line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: set[str] = set()
        self._fd = -1

    def __enter__(self) -> ResultsFile:
        self.done = finished_ids(self.path)
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
            size = os.fstat(self._fd).st_size
            torn = size > 0 and os.pread(self._fd, 1, size - 1) != b"\n"
        except OSError as exc:
            raise errors.OutputFileError(f"{self.path}: cannot write ({exc.strerror})") from None
        if torn:
            self._write(b"\n")  # end a line torn by a crash elsewhere, so ours starts on a line of its own
        return self

    def _write(self, data: bytes) -> None:
        try:
            written = os.write(self._fd, data)
        except OSError as exc:
            raise errors.OutputFileError(f"{self.path}: cannot write ({exc.strerror})") from None
        if written != len(data):
            raise errors.OutputFileError(f"{self.path}: short write ({written} of {len(data)} bytes); disk full?")

    def append(self, line: dict[str, Any]) -> None:
        self._write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
        self.done.add(str(line["id"]))

    def __exit__(self, *exc_info: object) -> None:
        os.close(self._fd)
