"""Spans of the article text: every piece of text the offline backend emits is a slice of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_EDGE_PUNCT = " \t\n\r\u00a0,;:\u2014\u2013-"
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def trim(text: str, span: Span, chars: str = _EDGE_PUNCT) -> Span:
    """Shrink ``span`` past leading/trailing characters in ``chars``."""
    start, end = span.start, span.end
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end)


def trim_quotes(text: str, span: Span) -> Span:
    """Trim edge punctuation and unbalanced quote marks at either end."""
    span = trim(text, span)
    for _ in range(3):
        inner = span.of(text)
        if not inner:
            return span
        changed = False
        if inner[0] in _QUOTE_CHARS and not _has_close(inner[1:], inner[0]):
            span = trim(text, Span(span.start + 1, span.end))
            changed = True
            inner = span.of(text)
        if inner and inner[-1] in _QUOTE_CHARS and not _has_open(inner[:-1], inner[-1]):
            span = trim(text, Span(span.start, span.end - 1))
            changed = True
        if not changed:
            break
    return span


_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", "\u201e": "\u201c"}
_REVERSE = {v: k for k, v in _PAIRS.items()}


def _has_close(rest: str, opener: str) -> bool:
    if opener in ('"', "'"):
        return opener in rest
    close = _PAIRS.get(opener)
    return close is not None and close in rest


def _has_open(rest: str, closer: str) -> bool:
    if closer in ('"',):
        return closer in rest
    if closer == "'":
        return False
    opener = _REVERSE.get(closer)
    return opener is not None and opener in rest


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def clip_words(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (an ellipsis marks a cut)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "\u2026"
