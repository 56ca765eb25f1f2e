"""Split a long article into chunks that fit one request, on paragraph and sentence boundaries.

A chunk is a character range of the whole text, so offsets found in a chunk index the whole
article once the chunk's start is added. Consecutive chunks overlap by a sentence or two, so a
claim whose attribution straddles a cut is seen whole at least once; the merge removes the
duplicates the overlap creates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarize._budget import estimate_tokens

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! ? or an ellipsis, maybe followed by closing quotes or brackets, then space.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")
# Overlap between consecutive chunks, as a share of the chunk budget.
OVERLAP_SHARE = 0.06


@dataclass(frozen=True)
class Chunk:
    """``text[start:end]`` of the whole article."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    tokens: int
    opens_paragraph: bool


def _pieces(text: str, start: int, end: int, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Non-blank ranges of ``text[start:end]`` between matches of ``pattern``."""
    position = start
    for cut in pattern.finditer(text, start, end):
        if cut.start() > position:
            yield position, cut.start()
        position = cut.end()
    if end > position and text[position:end].strip():
        yield position, end


def _fitting(text: str, start: int, end: int, budget: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``budget`` tokens: whole if it fits, else at spaces,
    else (a run with no space at all) at a character count."""
    if estimate_tokens(text[start:end]) <= budget:
        yield start, end
        return
    piece_start = start
    last_fit = start
    for gap in _SPACE.finditer(text, start, end):
        if estimate_tokens(text[piece_start : gap.start()]) > budget and last_fit > piece_start:
            yield piece_start, last_fit
            piece_start = _skip_space(text, last_fit, end)
        last_fit = gap.start()
    tail = text[piece_start:end]
    while estimate_tokens(tail) > budget:
        cut = piece_start + max(1, int(budget * 1.4))  # no space to cut at: about ``budget`` tokens of chars
        yield piece_start, cut
        piece_start = cut
        tail = text[piece_start:end]
    if tail.strip():
        yield piece_start, end


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def units(text: str, budget: int) -> list[_Unit]:
    """Sentences (or smaller pieces when a sentence alone exceeds ``budget``), in order."""
    out: list[_Unit] = []
    for p_start, p_end in _pieces(text, 0, len(text), _PARAGRAPH_BREAK):
        first = True
        for s_start, s_end in _pieces(text, p_start, p_end, _SENTENCE_END):
            for start, end in _fitting(text, s_start, s_end, budget):
                out.append(_Unit(start, end, estimate_tokens(text[start:end]) + 1, first))
                first = False
    return out


def split(text: str, budget: int) -> list[Chunk]:
    """Chunks of at most about ``budget`` tokens each, covering all of ``text``'s non-blank content.

    A chunk ends at a paragraph break when one falls in its second half, else at a sentence end.
    """
    parts = units(text, budget)
    if not parts:
        return []
    if sum(u.tokens for u in parts) <= budget:
        return [Chunk(parts[0].start, parts[-1].end)]
    overlap = int(budget * OVERLAP_SHARE)
    chunks: list[Chunk] = []
    first = 0
    while first < len(parts):
        stop, used = first, 0
        while stop < len(parts) and (stop == first or used + parts[stop].tokens <= budget):
            used += parts[stop].tokens
            stop += 1
        stop = _paragraph_cut(parts, first, stop, budget)
        chunks.append(Chunk(parts[first].start, parts[stop - 1].end))
        if stop >= len(parts):
            break
        first = _overlap_start(parts, first, stop, overlap)
    return chunks


def _paragraph_cut(parts: list[_Unit], first: int, stop: int, budget: int) -> int:
    """Move the end back to a paragraph break in the chunk's second half, if there is one."""
    if stop >= len(parts) or parts[stop].opens_paragraph:
        return stop
    used = sum(u.tokens for u in parts[first:stop])
    for cut in range(stop - 1, first, -1):
        used -= parts[cut].tokens
        if used < budget // 2:
            break
        if parts[cut].opens_paragraph:
            return cut
    return stop


def _overlap_start(parts: list[_Unit], first: int, stop: int, overlap: int) -> int:
    """Where the next chunk starts: a few units before ``stop``, always after ``first``."""
    start, used = stop, 0
    while start - 1 > first and used + parts[start - 1].tokens <= overlap:
        start -= 1
        used += parts[start].tokens
    return start


def halves(text: str, chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """``chunk`` cut in two near its middle, at a paragraph break, else a sentence end, else a space.

    None when it is too small to cut usefully (a single short sentence).
    """
    middle = (chunk.start + chunk.end) // 2
    for pattern in (_PARAGRAPH_BREAK, _SENTENCE_END, _SPACE):
        cuts = [m for m in pattern.finditer(text, chunk.start, chunk.end) if chunk.start < m.start() < chunk.end]
        if pattern is _SPACE and len(chunk) < 400:
            cuts = []  # a short passage is not worth halving at an arbitrary word
        if cuts:
            best = min(cuts, key=lambda m: abs(m.start() - middle))
            left, right = Chunk(chunk.start, best.start()), Chunk(best.end(), chunk.end)
            if text[left.start : left.end].strip() and text[right.start : right.end].strip():
                return left, right
    return None


def merged_ranges(text: str, ranges: list[Chunk]) -> list[Chunk]:
    """Ranges joined where they overlap or only white space lies between them, in order."""
    out: list[Chunk] = []
    for r in sorted(ranges, key=lambda c: (c.start, c.end)):
        if out and (r.start <= out[-1].end or not text[out[-1].end : r.start].strip()):
            out[-1] = Chunk(out[-1].start, max(out[-1].end, r.end))
        else:
            out.append(r)
    return out


def without(text: str, ranges: list[Chunk], removed: list[Chunk]) -> list[Chunk]:
    """The parts of ``ranges`` that ``removed`` does not cover and that hold more than white space."""
    out: list[Chunk] = []
    for r in merged_ranges(text, ranges):
        pieces = [r]
        for cut in removed:
            pieces = [
                part
                for piece in pieces
                for part in (Chunk(piece.start, min(piece.end, cut.start)), Chunk(max(piece.start, cut.end), piece.end))
                if part.end > part.start
            ]
        out.extend(p for p in pieces if text[p.start : p.end].strip())
    return out
