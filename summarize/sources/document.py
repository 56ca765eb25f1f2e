"""The article as loaded: the one place that knows its text. Offsets always index ``Document.text``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from summarize.errors import EmptyInputError, InputDecodeError, InputNotFoundError, InputTooLargeError
from summarize.schemas.grounding import TextIndex

# A NUL never occurs in text; one in the first block means a binary file.
_SNIFF_BYTES = 8192
MAX_INPUT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """An article as loaded. ``index``, ``sha256`` and ``chars`` are computed once, when it is made:
    the stages after this one read them as plain data and never run code of this layer again."""

    text: str
    source: str = "text"
    title: str | None = None
    url: str | None = None  # the page's URL, for a web page
    author: str | None = None
    published: str | None = None  # as the page gives it
    index: TextIndex = field(init=False, repr=False, compare=False)
    sha256: str = field(init=False, repr=False, compare=False)
    chars: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", TextIndex(self.text))
        object.__setattr__(self, "sha256", hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest())
        object.__setattr__(self, "chars", len(self.text))

    @classmethod
    def of(cls, article: str | Document, source: str = "text") -> Document:
        """``article`` itself when it is a Document, else the text as one (see ``from_text``)."""
        return article if isinstance(article, Document) else cls.from_text(article, source)

    @classmethod
    def from_text(cls, text: str, source: str = "text") -> Document:
        """A document from a Python string, kept exactly as given: offsets index this string."""
        _check_text(text, source)
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
    def from_html(
        cls, raw: bytes | str, source: str, url: str | None = None, *, charset: str | None = None
    ) -> Document:
        """The main text of a web page (needs the ``html`` extra), with its title, author, date and URL.

        Bytes are decoded with ``charset`` (e.g. from a Content-Type header), else the page's meta
        charset, else UTF-8; offsets index the extracted text, not the HTML.
        """
        from summarize.sources.html_page import decode_html, extract_article

        if isinstance(raw, bytes):
            if len(raw) > MAX_INPUT_BYTES:
                raise InputTooLargeError(f"{source}: {len(raw):,} bytes is more than the {MAX_INPUT_BYTES:,} accepted")
            html = decode_html(raw, charset)
        elif isinstance(raw, str):
            html = raw
        else:
            raise InputDecodeError(f"{source}: a page must be bytes or str, not {type(raw).__name__}")
        article = extract_article(html, source=source, url=url)
        _check_text(article.text, source)
        return cls(
            text=article.text,
            source=source,
            title=article.title,
            url=url or article.url,
            author=article.author,
            published=article.published,
        )

    @classmethod
    def from_url(cls, url: str, *, allow_private: bool = False, timeout: float = 30.0) -> Document:
        """Fetch ``url`` safely (see ``summarize.sources.fetch``) and load the page or plain text it serves."""
        from summarize.sources.fetch import fetch
        from summarize.sources.html_page import looks_like_html

        page = fetch(url, allow_private=allow_private, timeout=timeout)
        if page.is_html or (not page.media_type and looks_like_html(page.body)):
            return cls.from_html(page.body, url, page.url, charset=page.charset)
        if b"\x00" in page.body[:_SNIFF_BYTES]:
            raise InputDecodeError(f"{url}: looks like a binary file, not text")
        text = universal_newlines(page.body.decode(_codec(page.charset), errors="replace"))
        _check_text(text, url)
        return cls(text=text, source=url, url=page.url)

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
        from summarize.sources.html_page import looks_like_html

        if looks_like_html(raw, p.name):
            return cls.from_html(raw, str(path))
        return cls.from_bytes(raw, str(path))

    @classmethod
    def from_text_or_page(cls, text: str, source: str = "text") -> Document:
        """Text given as a string; a web page when it starts like one (``<!doctype html``, ``<html``)."""
        from summarize.sources.html_page import looks_like_html

        if isinstance(text, str) and looks_like_html(text[:4096].encode("utf-8", "replace")):
            return cls.from_html(text, source)
        return cls.from_text(text, source)

    @classmethod
    def from_input(cls, raw: bytes, source: str) -> Document:
        """Bytes of unknown kind (standard input): a web page when it starts like one, else text."""
        from summarize.sources.html_page import looks_like_html

        return cls.from_html(raw, source) if looks_like_html(raw) else cls.from_bytes(raw, source)


def _check_text(text: str, source: str) -> None:
    if not isinstance(text, str):
        raise InputDecodeError(f"{source}: the article must be text (str), not {type(text).__name__}")
    if not text.strip():
        raise EmptyInputError(f"{source}: the article is empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputDecodeError(f"{source}: not valid Unicode text (a lone surrogate at {exc.start})") from None


def _codec(charset: str | None) -> str:
    import codecs

    try:
        return codecs.lookup(charset).name if charset else "utf-8"
    except LookupError:
        return "utf-8"


def universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
