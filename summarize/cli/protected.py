"""What ``--output`` never replaces: files the user's runs wrote and cannot get back.

A briefing renamed over a batch's results file loses every finished article (and a running batch
would go on appending to the replaced file, unseen); over the response cache or its journal it
loses paid answers; over a Batch API manifest it loses the job. Each is known by its content, not
its name, so a renamed copy is still safe: a results line's first bytes, SQLite's file headers, a
manifest's first key. A batch running on the file is known by its lock, which is held while the
briefing is written, so a batch cannot start on the file in between (it would stop, saying the
file is in use). Everything refused is exit 73 with a one-line message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summarize.batch.results_log import kept_from_batches, looks_like_results
from summarize.errors import OutputFileError

_SQLITE_DATABASE = b"SQLite format 3\x00"
_SQLITE_WAL = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")  # write-ahead log, either byte order of checksums
_SQLITE_JOURNAL = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # rollback journal
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")  # named after their database; -shm has no magic
_MANIFEST_HEAD = re.compile(rb'\{\s*"batch_id"\s*:\s*"')  # Manifest.to_json: batch_id is the first key
_HEAD = 64


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD)
    except OSError:
        return b""


def _is_sqlite(path: Path) -> bool:
    head = _head(path)
    if head.startswith((_SQLITE_DATABASE, *_SQLITE_WAL, _SQLITE_JOURNAL)):
        return True
    for suffix in _SQLITE_SIDE_FILES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return _head(path.with_name(path.name[: -len(suffix)])).startswith(_SQLITE_DATABASE)
    return False


def what_it_holds(path: Path) -> str | None:
    """What ``path`` holds that must not be overwritten, in a few words; None for anything else."""
    if not path.is_file():
        return None
    if looks_like_results(path):
        return "a batch's results file"
    if _is_sqlite(path):
        return "a SQLite database or journal (the response cache is one)"
    if _MANIFEST_HEAD.match(_head(path)):
        return "a Batch API manifest (batch-collect needs it)"
    return None


def refuse_protected(path: Path) -> None:
    """``OutputFileError`` (exit 73) when ``path`` is one of the files that are never overwritten."""
    held = what_it_holds(path)
    if held is not None:
        raise OutputFileError(f"{path}: is {held}; --output never overwrites it, give another file")


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Inside, ``path`` may be replaced: no batch writes it or can start to, and it is no protected file."""
    with kept_from_batches(path):
        refuse_protected(path)
        yield


def check_not_protected(path: Path) -> None:
    """The same checks, before any work is done (they are made again when the file is written)."""
    with guarded(path):
        pass
