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

from summarize.engine.budget import estimate_tokens

# Every pattern's group 1 is the gap a cut removes: the closing quote of a sentence stays with it.
_PARAGRAPH_BREAK = re.compile(r"(\r?\n[ \t]*\r?\n\s*)")
# A sentence ends at . ! ? or an ellipsis, maybe followed by closing quotes or brackets, then space;
# in Chinese and Japanese at 。！？ (and their closing brackets), with or without space after.
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?\u2026])[\"'\u201d\u2019\u00bb)\]]*|(?<=[\u3002\uff01\uff1f])[\u300d\u300f\uff09]*(?=\S))(\s*)"
)
_SPACE = re.compile(r"(\s+)")
_CJK_STOP = re.compile(r"[\u3002\uff01\uff1f\u300d\u300f\uff09]")
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
        gap_start, gap_end = cut.span(1)
        if gap_start == gap_end and not _CJK_STOP.match(text, gap_start - 1):
            continue  # a Latin stop needs white space after it to end a sentence ("3.5", "U.S.")
        if gap_start > position:
            yield position, gap_start
        position = max(position, gap_end)
    if end > position and text[position:end].strip():
        yield position, end


def _fitting(text: str, start: int, end: int, budget: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most about ``budget`` tokens: whole if it fits, else
    words packed up to the budget, and a word longer than the budget (a URL, base64) cut at a
    character count."""
    if estimate_tokens(text[start:end]) <= budget:
        yield start, end
        return
    piece_start, piece_end, used = -1, -1, 0
    for word_start, word_end in _pieces(text, start, end, _SPACE):
        tokens = estimate_tokens(text[word_start:word_end]) + 1
        if piece_start >= 0 and used + tokens > budget:
            yield piece_start, piece_end
            piece_start = -1
        if tokens > budget:  # no space to cut at: about ``budget`` tokens' worth of characters
            step = max(1, int(budget * 1.4))
            for cut in range(word_start, word_end, step):
                yield cut, min(cut + step, word_end)
            continue
        if piece_start < 0:
            piece_start, used = word_start, 0
        piece_end, used = word_end, used + tokens
    if piece_start >= 0:
        yield piece_start, piece_end


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
        cuts = [m.span(1) for m in pattern.finditer(text, chunk.start, chunk.end)]
        cuts = [(a, b) for a, b in cuts if chunk.start < a < chunk.end and (b > a or _CJK_STOP.match(text, a - 1))]
        if pattern is _SPACE and len(chunk) < 400:
            cuts = []  # a short passage is not worth halving at an arbitrary word
        if cuts:
            best = min(cuts, key=lambda gap: abs(gap[0] - middle))
            left, right = Chunk(chunk.start, best[0]), Chunk(best[1], chunk.end)
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
