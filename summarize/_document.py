"""The article as loaded: the one place that knows its text. Offsets always index ``Document.text``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from summarize._grounding import TextIndex
from summarize.errors import EmptyInputError, InputDecodeError, InputNotFoundError

# Bytes that never occur in text; one of them in the first block means a binary file.
_BINARY_MARKERS = (b"\x00",)
_SNIFF_BYTES = 8192


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
        """A document from a Python string (library use): newlines folded as text mode would."""
        text = universal_newlines(text)
        if not text.strip():
            raise EmptyInputError(f"{source}: the article is empty")
        return cls(text=text, source=source)

    @classmethod
    def from_bytes(cls, raw: bytes, source: str) -> Document:
        """Decode as UTF-8 and fold newlines exactly as Python's text mode reads a file."""
        if any(marker in raw[:_SNIFF_BYTES] for marker in _BINARY_MARKERS):
            raise InputDecodeError(f"{source}: looks like a binary file, not text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputDecodeError(
                f"{source}: not valid UTF-8 (byte {exc.start}); convert it, e.g. with iconv -t utf-8"
            ) from None
        return cls.from_text(text, source)

    @classmethod
    def from_path(cls, path: str | Path) -> Document:
        p = Path(path)
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
