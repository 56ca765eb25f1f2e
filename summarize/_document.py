"""The article as loaded: the one place that knows its text. Offsets always index ``Document.text``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from summarize._grounding import TextIndex
from summarize.errors import EmptyInputError, InputDecodeError, InputNotFoundError, InputTooLargeError

# A NUL never occurs in text; one in the first block means a binary file.
_SNIFF_BYTES = 8192
MAX_INPUT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    text: str
    source: str = "text"
    title: str | None = None
    _index: TextIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", TextIndex(self.text))

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def index(self) -> TextIndex:
        return self._index

    @classmethod
    def from_text(cls, text: str, source: str = "text") -> Document:
        """A document from a Python string, kept exactly as given: offsets index this string."""
        if not isinstance(text, str):
            raise InputDecodeError(f"{source}: the article must be text (str), not {type(text).__name__}")
        if not text.strip():
            raise EmptyInputError(f"{source}: the article is empty")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputDecodeError(f"{source}: not valid Unicode text (a lone surrogate at {exc.start})") from None
        return cls(text=text, source=source)

    @classmethod
    def from_bytes(cls, raw: bytes, source: str) -> Document:
        """Decode as UTF-8 and fold newlines exactly as Python's text mode reads a file."""
        if b"\x00" in raw[:_SNIFF_BYTES]:
            raise InputDecodeError(f"{source}: looks like a binary file, not text")
        if len(raw) > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"{source}: {len(raw):,} bytes is more than the {MAX_INPUT_BYTES:,} accepted")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputDecodeError(
                f"{source}: not valid UTF-8 (byte {exc.start}); convert it, e.g. with iconv -t utf-8"
            ) from None
        return cls.from_text(universal_newlines(text), source)

    @classmethod
    def from_path(cls, path: str | Path) -> Document:
        p = Path(path)
        if p.exists() and not p.is_dir() and not p.is_file():
            raise InputNotFoundError(f"{p}: not a regular file (a device, socket or pipe); pipe it with - instead")
        if p.is_file() and p.stat().st_size > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"{p}: {p.stat().st_size:,} bytes is more than the {MAX_INPUT_BYTES:,} accepted")
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            raise InputNotFoundError(f"{p}: no such file") from None
        except IsADirectoryError:
            raise InputNotFoundError(f"{p}: is a directory, not a file") from None
        except PermissionError:
            raise InputNotFoundError(f"{p}: permission denied") from None
        except OSError as exc:
            raise InputNotFoundError(f"{p}: cannot read ({exc.strerror})") from None
        return cls.from_bytes(raw, str(path))


def universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
