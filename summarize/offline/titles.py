"""The briefing's title: the article's headline when it has one, else its first body sentence, cut to
fit the field before a trailing clause rather than mid-clause."""

from __future__ import annotations

from .claims import statement_of
from .lexicon import Lexicon
from .segment import Segmented
from .spans import clip_words, words

MAX_TITLE = 120


def fallback(text: str) -> str:
    """The first non-blank line, cut to fit; "Untitled article" for a text with none."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    title = clip_words(first, MAX_TITLE)
    return title if title.strip() else "Untitled article"


def clip(text: str, lex: Lexicon) -> str:
    """A title that fits its field: cut before a trailing clause, or else before a trailing phrase,
    late enough to keep the main clause whole; else at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    half = MAX_TITLE // 2
    for breaks in (lex.prose.title_clause_breaks, lex.prose.title_phrase_breaks):
        # a trailing clause first; else the last trailing phrase ("... next week for a new round"), never
        # one that leaves a function word last ("rose to" of "rose to at least 47")
        cuts = sorted({m for b in breaks for m in _starts(text, b, half, MAX_TITLE)}, reverse=True)
        for cut in cuts:
            kept = text[:cut].rstrip(" ,;:-—")
            if kept.split()[-1].lower() not in lex.readability.final_words:
                return kept
    return clip_words(text, MAX_TITLE)


def _starts(text: str, needle: str, lo: int, hi: int) -> list[int]:
    """Where ``needle`` starts in ``text`` between ``lo`` and ``hi`` (it may run past ``hi``: it is cut)."""
    out, at = [], text.find(needle, lo, hi + len(needle))
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1, hi + len(needle))
    return out


def title(seg: Segmented, text: str, lex: Lexicon) -> str:
    """The headline (a first sentence set as a heading, of three words or more), else the first body
    sentence as a statement, else the first line."""
    if seg.sentences:
        first = seg.sentences[0]
        raw = first.span.of(text)
        if first.heading and len(words(raw)) >= 3:
            return clip_words(raw, MAX_TITLE)
    body = seg.body()
    if body:
        made = clip(statement_of(body[0].span.of(text), lex).rstrip("."), lex)
        if made.strip():
            return made
    return fallback(text)
