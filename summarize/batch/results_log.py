"""The results file of a batch: one JSON object per line, appended so a crash never tears a line.

Each record is written by a single ``os.write`` of the complete line on an ``O_APPEND`` descriptor,
so a process killed mid-run leaves whole lines only, except when the kill lands inside that one
write (or the disk filled up). ``recover()`` finds such a torn last line on the next start and
truncates it away, so its article is simply done again.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from summarize.errors import OutputFileError

if sys.platform != "win32":
    import fcntl

_FSYNC_EVERY_LINES = 16  # a power cut loses at most this many finished lines (or _FSYNC_EVERY_SECONDS)
_FSYNC_EVERY_SECONDS = 1.0
# How every results line starts (encode(), with the record built id first, then source): enough to
# know a results file from its first bytes, however long its first briefing is.
_RESULTS_HEAD = re.compile(rb'\{"id":"(?:[^"\\]|\\.)*","source":')


def encode(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("id"), str) else None


def looks_like_results(path: Path) -> bool:
    """``path`` begins with a batch results line (its first bytes, not its whole first line)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return _RESULTS_HEAD.match(head) is not None


@contextmanager
def kept_from_batches(path: Path) -> Iterator[None]:
    """Inside, no batch can start writing ``path``: its results-file lock is held here.

    ``OutputFileError`` when a batch is writing ``path`` now (it holds the lock). A path that does
    not exist, or cannot be opened, holds no lock; whoever writes it reports what is wrong.
    """
    if sys.platform == "win32":  # no flock there (see ResultsLog)
        yield
        return
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # never waits on a FIFO for a writer
    except OSError:
        yield
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a device or a pipe is no results file
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputFileError(
                f"{path}: a batch is writing to it; give another file, or wait for the batch to finish"
            ) from None
        yield
    finally:
        os.close(fd)  # releases the lock


def read_results(path: Path) -> Iterator[dict[str, Any]]:
    """The complete, valid records of a results file, in order (a torn last line is skipped)."""
    with path.open("rb") as handle:
        for line in handle:
            record = _parse(line) if line.endswith(b"\n") else None
            if record is not None:
                yield record


def _exit_code(record: dict[str, Any]) -> int:
    """The recorded error's exit code (70 when it has none), else 0 for a briefing. A line can hold
    both: a long article's briefing with a part that could not be read counts as a failure."""
    error = record.get("error")
    if error is None and "briefing" in record:
        return 0
    code = error.get("exit_code") if isinstance(error, dict) else None
    return code if isinstance(code, int) and code > 0 else 70


def recover(path: Path, *, truncate: bool = True) -> dict[str, int]:
    """The ids already in ``path`` (id -> 0, or the exit code it failed with), after cutting off a
    torn last line.

    A line that is not a result in the middle of the file means ``path`` is not a results file (or
    was edited by hand): that is an error rather than something to overwrite.
    """
    done: dict[str, int] = {}
    if not path.exists():
        return done
    if not path.is_file():
        raise OutputFileError(f"{path}: not a regular file; give a file name for --out")
    good_end = 0
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                record = _parse(line) if line.endswith(b"\n") else None
                if record is None:
                    if handle.read(1):  # more follows: not a torn tail
                        raise OutputFileError(f"{path}: line {number} is not a batch result; is --out the right file?")
                    break
                done[record["id"]] = _exit_code(record)
                good_end += len(line)
        if truncate and path.stat().st_size > good_end:
            os.truncate(path, good_end)
    except OSError as exc:
        raise OutputFileError(f"{path}: cannot read or repair the results file ({exc.strerror})") from None
    return done


def drop_failures(path: Path) -> int:
    """Rewrite ``path`` without its error lines (atomically), so those articles are done again."""
    kept = failed = 0
    tmp = path.with_name(f".{path.name}.retry.tmp")
    try:
        with tmp.open("wb") as out:
            for record in read_results(path):
                if not _exit_code(record):
                    out.write(encode(record))
                    kept += 1
                else:
                    failed += 1
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputFileError(f"{path}: cannot rewrite the results file ({exc.strerror})") from None
    return failed


class ResultsLog:
    """Appends records to a results file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = -1
        self._unsynced = 0
        self._synced_at = time.monotonic()

    def __enter__(self) -> ResultsLog:
        self._fd = self._open_locked()
        return self

    def _open_locked(self) -> int:
        """An append descriptor holding an exclusive lock: two batches never write one file."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputFileError(f"{self.path}: cannot write ({exc.strerror})") from None
        if sys.platform == "win32":  # no flock there: one batch per file is then the user's to ensure
            return fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputFileError(
                f"{self.path}: another batch is writing to it; wait for it to finish or give another --out"
            ) from None
        return fd

    def reopen(self) -> None:
        """Append to the file now at ``path`` (after it was replaced), keeping the lock."""
        fd = self._open_locked()
        os.close(self._fd)
        self._fd = fd

    def write(self, record: dict[str, Any]) -> None:
        self.write_line(encode(record))

    def write_line(self, data: bytes) -> None:
        """Append one whole results line (``encode``'s bytes, or a line encoded the same way)."""
        try:
            written = os.write(self._fd, data)  # one write of the whole line: no interleaving, no torn line
            while written < len(data):  # only on a full disk or a signal; recover() mends a torn tail
                written += os.write(self._fd, data[written:])
        except OSError as exc:
            raise OutputFileError(f"{self.path}: cannot write ({exc.strerror})") from None
        self._unsynced += 1
        if self._unsynced >= _FSYNC_EVERY_LINES or time.monotonic() - self._synced_at >= _FSYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        if self._unsynced:
            os.fsync(self._fd)
            self._unsynced, self._synced_at = 0, time.monotonic()

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.sync()
        finally:
            os.close(self._fd)


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
