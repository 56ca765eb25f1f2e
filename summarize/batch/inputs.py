"""What a batch reads: files, folders (recursively, by extension), globs, and JSONL lists of articles.

Items are produced lazily, one at a time, so a batch over a million files never holds them all.
Ids: the ``id`` of a JSONL line; a file in a folder given as an input is named by its path relative
to that folder; a file given directly or found through a glob by its path as given or matched. A
JSONL line that cannot be used becomes an item carrying its error, so it is recorded in the results
and the run goes on.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarize.errors import InputDecodeError, InputNotFoundError, SummarizeError

if TYPE_CHECKING:
    from summarize.sources.document import Document

DEFAULT_EXTENSIONS = (".txt", ".md", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class BatchItem:
    """One article to brief: exactly one of ``text``, ``path``, ``url``, or the ``error`` to record."""

    id: str
    source: str
    text: str | None = None
    path: Path | None = None
    url: str | None = None
    document: Document | None = None  # given by a library caller: used as it is (a page keeps its title)
    error: SummarizeError | None = None


def parse_extensions(spec: str | None) -> tuple[str, ...]:
    """``".txt,md"`` -> ``(".txt", ".md")``; None or empty gives the defaults."""
    if not spec:
        return DEFAULT_EXTENSIONS
    parts = [p.strip().lower() for p in spec.split(",") if p.strip()]
    return tuple(p if p.startswith(".") else f".{p}" for p in parts) or DEFAULT_EXTENSIONS


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _folder(root: Path, extensions: Sequence[str], keep_root: bool = False) -> Iterator[BatchItem]:
    """Files under ``root`` with one of ``extensions``, in a stable order, hidden ones skipped.

    Ids are relative to ``root``, or include it (``keep_root``) for a folder a glob matched.
    """
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder, name)
            if name.startswith(".") or path.suffix.lower() not in extensions:
                continue
            relative = path.relative_to(root)
            if not _hidden(relative):
                name_id = (root / relative) if keep_root else relative
                yield BatchItem(id=name_id.as_posix(), source=str(path), path=path)


def item_from_mapping(value: Any, where: str, base: Path) -> BatchItem:
    if not isinstance(value, Mapping):
        raise InputDecodeError(f"{where}: expected a JSON object with id and text, path or url")
    fields = [name for name in ("text", "path", "url") if value.get(name) is not None]
    if len(fields) != 1:
        raise InputDecodeError(f"{where}: give exactly one of text, path or url")
    given = value[fields[0]]
    if not isinstance(given, str):
        raise InputDecodeError(f"{where}: {fields[0]} must be a string")
    raw_id = value.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        raise InputDecodeError(f"{where}: id must be a string or a number")
    if fields[0] == "text":
        return BatchItem(id=str(raw_id) if raw_id is not None else where, source=where, text=given)
    if fields[0] == "url":
        return BatchItem(id=str(raw_id) if raw_id is not None else given, source=given, url=given)
    path = Path(given) if Path(given).is_absolute() else base / given  # relative to the JSONL file
    return BatchItem(id=str(raw_id) if raw_id is not None else given, source=str(path), path=path)


def _jsonl(path: Path) -> Iterator[BatchItem]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputNotFoundError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                yield item_from_mapping(json.loads(raw), where, path.parent)
            except InputDecodeError as exc:
                yield BatchItem(id=where, source=where, error=exc)
            except (ValueError, UnicodeDecodeError):
                yield BatchItem(id=where, source=where, error=InputDecodeError(f"{where}: not valid JSON"))


def check_inputs(inputs: Sequence[str]) -> None:
    """Fail before anything runs when an input does not exist or a glob matches nothing."""
    if not inputs:
        raise InputNotFoundError("give at least one input: files, folders, globs or a .jsonl list")
    for given in inputs:
        if Path(given).exists():
            continue
        if glob.has_magic(given):
            if next(glob.iglob(given, recursive=True), None) is None:
                raise InputNotFoundError(f"{given}: the pattern matches no file")
            continue
        raise InputNotFoundError(f"{given}: no such file or folder")


def _one_input(given: str, extensions: Sequence[str]) -> Iterator[BatchItem]:
    path = Path(given)
    if path.is_dir():
        yield from _folder(path, extensions)
    elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl(path)
    elif path.exists():
        yield BatchItem(id=path.as_posix(), source=given, path=path)
    else:  # a glob: the user chose the pattern, so matched files are taken whatever their extension
        for match in sorted(glob.iglob(given, recursive=True)):
            if os.path.isdir(match):
                yield from _folder(Path(match), extensions, keep_root=True)
            else:
                yield from _one_input(match, extensions)


def expand_inputs(inputs: Iterable[str], extensions: Sequence[str] = DEFAULT_EXTENSIONS) -> Iterator[BatchItem]:
    """Every article named by ``inputs``, lazily, in order."""
    for given in inputs:
        yield from _one_input(given, extensions)
