"""Results lines of Batch API articles, written through the batch command's results log.

A line is ``{"id", "source", "briefing"}`` or ``{"id", "source", "error": {"type", "message",
"exit_code"}}``, the same as ``summarize batch`` writes, into the same kind of file (one whole line
per ``os.write``, a torn tail cut off on the next start, an exclusive lock while writing).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarize import errors
from summarize.batch.openai_manifest import Entry
from summarize.batch.results_log import ResultsLog, recover
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
    return set(recover(path, truncate=False))


class ResultsFile(ResultsLog):
    """The results log, knowing which ids it already holds (``done``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.done: set[str] = set()

    def __enter__(self) -> ResultsFile:
        super().__enter__()
        self.done = set(recover(self.path))  # after the lock: cut off a torn tail, then read
        return self

    def append(self, line: dict[str, Any]) -> None:
        self.write(line)
        self.done.add(str(line["id"]))
