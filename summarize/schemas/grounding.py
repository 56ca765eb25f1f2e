"""Locate quotes in the article: exact, then normalised, then in parts joined by an elision.

Offsets are Python ``str`` indices into the text exactly as loaded, end exclusive, so
``text[start:end]`` is the located span. Locating tolerates typographic drift only (curly vs
straight quotes, dash variants, whitespace runs, case) plus ``...`` elisions between parts.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

MatchKind = Literal["exact", "normalized", "fuzzy"]

_FOLD: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
    "\u2026": "...",
}
_ELISION = re.compile(r"\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|(?:\.\s*){3}")
# How many normalised characters an elision may skip between two located parts.
MAX_ELISION_GAP = 400
# Backtracking over repeated parts is bounded: a hostile quote ("e ... e ... e ...") stays cheap.
MAX_PART_SEARCHES = 2000


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    match: MatchKind


def normalize(text: str) -> tuple[str, list[int]]:
    """Fold quotes, dashes, '…', whitespace runs and case.

    Returns ``(folded, index)`` where ``index[i]`` is the offset in ``text`` of the character
    that produced ``folded[i]``; leading and trailing whitespace is dropped.
    """
    if _folds_one_to_one(text):
        return _normalize_words(text)
    return _normalize_chars(text)


def _folds_one_to_one(text: str) -> bool:
    """True when every character of ``text`` folds to exactly one character, and lower-casing the
    whole string gives what lower-casing each character gives."""
    return _NOT_ONE_TO_ONE.search(text) is None


def _normalize_words(text: str) -> tuple[str, list[int]]:
    """``normalize`` of a text whose characters fold one to one: its words (runs of non-space)
    folded at C speed, joined by one space that points at the first space of the run it replaces.
    A character at a time in Python cost 0.1 s per 100,000 words."""
    folded = _FOLDABLE.sub(_folded_match, text).lower()
    words = [m.span() for m in _NON_SPACE.finditer(text)]
    index: list[int] = []
    previous_end = -1
    for start, end in words:
        if previous_end >= 0:
            index.append(previous_end)
        index.extend(range(start, end))
        previous_end = end
    return " ".join(folded[start:end] for start, end in words), index


def _normalize_chars(text: str) -> tuple[str, list[int]]:
    """``normalize`` a character at a time: for texts holding characters that fold to none or several."""
    out: list[str] = []
    index: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and pending_space < 0:
                pending_space = i
            continue
        folded = _FOLD.get(ch)
        if folded is None:
            folded = ch.lower()
        if not folded:
            continue
        if pending_space >= 0:
            out.append(" ")
            index.append(pending_space)
            pending_space = -1
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


_FOLDABLE = re.compile("[" + "".join(map(re.escape, _FOLD)) + "]")
# What breaks a one-to-one fold: characters _FOLD drops or expands, the one character whose
# lower case is two ('İ'), and the capital sigma (its lower case depends on its neighbours).
# tests/test_grounding_paths.py checks the claim about lower() over every code point.
LOWER_NOT_ONE_TO_ONE = "\u0130\u03a3"
_NOT_ONE_TO_ONE = re.compile(
    "[" + "".join(re.escape(ch) for ch, to in _FOLD.items() if len(to) != 1) + LOWER_NOT_ONE_TO_ONE + "]"
)
_NON_SPACE = re.compile(r"\S+")


def fold(text: str) -> str:
    """Only the folded form of ``text`` (see :func:`normalize`), built at C speed.

    The same as ``normalize(text)[0]``: lower-casing a whole string differs from lower-casing each
    character only for a capital sigma (final form), so such text takes the slow path. Short texts
    (quotes, mentions) are folded once: validation folds each evidence quote again for every hedge
    and figure of its claim.
    """
    if len(text) <= _CACHED_FOLD_CHARS:
        return _fold_cached(text)
    return _fold(text)


def _fold(text: str) -> str:
    if "\u03a3" in text:
        return normalize(text)[0]
    # A regular expression finds the few characters to fold; str.translate with a dict table looks
    # up every character in Python's dict and was half the cost of a fold.
    return " ".join(_FOLDABLE.sub(_folded_match, text).lower().split())


_fold_cached = functools.lru_cache(maxsize=8192)(_fold)
_CACHED_FOLD_CHARS = 2000


def _folded_match(match: re.Match[str]) -> str:
    return _FOLD[match.group()]


def elided_parts(needle: str) -> list[str]:
    """The folded pieces of ``needle`` between elision marks, empty pieces dropped."""
    return list(_elided_parts(needle))


@functools.lru_cache(maxsize=8192)
def _elided_parts(needle: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in _ELISION.split(fold(needle)) if p.strip())


def find_parts(hay: str, parts: Sequence[str], lo: int = 0, max_gap: int | None = None) -> tuple[int, int] | None:
    """(start, end) in ``hay`` of ``parts`` found in order, each at most MAX_ELISION_GAP after the
    previous one; backtracks over later occurrences of a part. None if impossible (or if the search
    would take more than MAX_PART_SEARCHES steps: a model controls the quote, so the cost is bounded)."""
    budget = [MAX_PART_SEARCHES]

    def search(index: int, lo: int, max_gap: int | None) -> tuple[int, int] | None:
        part = parts[index]
        pos = hay.find(part, lo)
        while pos >= 0 and (max_gap is None or pos - lo <= max_gap) and budget[0] > 0:
            budget[0] -= 1
            end = pos + len(part)
            if index == len(parts) - 1:
                return pos, end
            tail = search(index + 1, end, MAX_ELISION_GAP)
            if tail is not None:
                return pos, tail[1]
            pos = hay.find(part, pos + 1)
        return None

    return search(0, lo, max_gap) if parts else None


# A sentence ends at . ! ? (or a closing quote after one) followed by a capital or an opening quote.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\u201d\"»])\s+(?=[A-Z\u201c\"«])|\n\s*")


class TextIndex:
    """A text with its normalised view, built once and shared by every lookup.

    Where each needle was found is remembered: validation grounds every quote, and assembly then
    locates the same quotes again (as may a re-ask, or the merge of a long article's chunks).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[tuple[str, bool], Span | None] = {}

    @cached_property
    def _normalized(self) -> tuple[str, list[int]]:
        return normalize(self.text)

    def locate(self, needle: str, *, elisions: bool = True) -> Span | None:
        """Where ``needle`` is in the text, or None."""
        key = (needle, elisions)
        if key not in self._found:
            self._found[key] = self._search(needle, elisions)
        return self._found[key]

    def _search(self, needle: str, elisions: bool) -> Span | None:
        if not needle or not needle.strip():
            return None
        pos = self.text.find(needle)
        if pos >= 0:
            return Span(pos, pos + len(needle), "exact")
        folded_text, index = self._normalized
        folded = fold(needle)
        if folded:
            pos = folded_text.find(folded)
            while pos >= 0 and not self._aligned(pos, pos + len(folded)):
                pos = folded_text.find(folded, pos + 1)
            if pos >= 0:
                return Span(index[pos], index[pos + len(folded) - 1] + 1, "normalized")
        if not elisions:
            return None
        parts = elided_parts(needle)
        if len(parts) < 2:
            return None
        hit = find_parts(folded_text, parts)
        if hit is None or not self._aligned(*hit):
            return None
        return Span(index[hit[0]], index[hit[1] - 1] + 1, "fuzzy")

    def _aligned(self, start: int, end: int) -> bool:
        """False when a folded match begins or ends inside a character that folds to several ('…', 'İ')."""
        index = self._normalized[1]
        return (start == 0 or index[start - 1] != index[start]) and (end == len(index) or index[end] != index[end - 1])

    @cached_property
    def _passages(self) -> list[str]:
        return [p.strip() for p in _SENTENCE_BREAK.split(self.text) if p and p.strip()]

    def nearest(self, needle: str, limit: int = 160) -> str:
        """The sentence of the text most like ``needle``, for error messages."""
        folded = fold(needle)
        words = set(folded.split())
        passages = self._passages
        if not passages:
            return ""
        # Cheap word-overlap ranking first, so a long article costs little.
        ranked = sorted(passages, key=lambda p: -len(words & set(fold(p).split())))[:25]
        best = max(ranked, key=lambda p: difflib.SequenceMatcher(None, folded, fold(p)).ratio())
        return best if len(best) <= limit else best[: limit - 3] + "..."


class HintedIndex(TextIndex):
    """A text where some needles are known to lie in given ranges (the chunk each was read in).

    They are looked for there first: a quote found in its chunk is checked against that passage,
    and an elided quote is never searched for across a whole long document.
    """

    def __init__(self, text: str, hints: Mapping[str, Sequence[tuple[int, int]]]) -> None:
        super().__init__(text)
        self.hints = hints
        self._parts: dict[tuple[int, int], TextIndex] = {}

    def _search(self, needle: str, elisions: bool) -> Span | None:
        for start, end in self.hints.get(needle, ()):
            span = self.part(start, end).locate(needle, elisions=elisions)
            if span is not None:
                return Span(span.start + start, span.end + start, span.match)
        return super()._search(needle, elisions)

    def part(self, start: int, end: int) -> TextIndex:
        """The index of ``text[start:end]`` (offsets relative to ``start``), built once."""
        if (start, end) not in self._parts:
            self._parts[(start, end)] = TextIndex(self.text[start:end])
        return self._parts[(start, end)]


def inside(small: str, quotes: list[str]) -> bool:
    """True if ``small`` (elided parts in order) lies within one of ``quotes``."""
    return _inside(small, tuple(quotes))


@functools.lru_cache(maxsize=8192)  # pure; each claim's hedges and figures are checked at every validation
def _inside(small: str, quotes: tuple[str, ...]) -> bool:
    parts = _elided_parts(small)
    return bool(parts) and any(find_parts(fold(q), parts) is not None for q in quotes)
