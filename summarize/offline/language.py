"""Which language an article is written in: a vote of the stopwords in each lexicon file.

Every word of the text (its first few thousand characters) that a language's ``[detect] stopwords``
list holds is a vote for that language; a word several languages list splits its vote between them
("de" is half Spanish, half French). The language with most votes wins if it has enough of them and
clearly more than the runner-up; otherwise (too short, mixed, or no stopwords at all) the answer is
English, the fallback. Deterministic, no model, a few hundred microseconds for a long article.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from . import lexicon

SAMPLE = 5000  # characters read: enough for a clear vote, bounded for long documents
MIN_VOTES = 3.0  # fewer votes for the winner than this: too little text to tell
MARGIN = 1.5  # the winner needs this many times the runner-up's votes
MIN_SHARE = 0.2  # a text with a lexicon has at least this share of its words among the stopwords
MIN_LETTERS = 60  # shorter texts are too short to say they have none
NO_LEXICON = (
    "the article's language has no offline lexicon (there are {languages}); it was read with the English "
    "rules, so expect few claims: use a model for this article"
)

_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _votes(directory: Path | None) -> dict[str, tuple[tuple[str, float], ...]]:
    by_word: dict[str, list[str]] = {}
    for code, words in lexicon.stopwords(directory).items():
        for word in words:
            by_word.setdefault(word, []).append(code)
    return {w: tuple((code, 1.0 / len(codes)) for code in codes) for w, codes in by_word.items()}


def scores(text: str, directory: Path | None = None) -> dict[str, float]:
    """Each language's stopword votes in ``text`` (every language with a file, zeros included)."""
    votes = _votes(directory)
    out = dict.fromkeys(lexicon.languages(directory), 0.0)
    for word, count in Counter(_WORD.findall(text[:SAMPLE].lower())).items():
        for code, weight in votes.get(word, ()):
            out[code] += weight * count
    return out


def detect(text: str, directory: Path | None = None) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, among those with a lexicon file;
    English when the text is too short or the vote unclear."""
    ranked = sorted(scores(text, directory).items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return lexicon.FALLBACK
    best, votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if votes < MIN_VOTES or votes < MARGIN * runner_up:
        return lexicon.FALLBACK
    return best


def has_lexicon(text: str, directory: Path | None = None) -> bool:
    """Whether ``text`` reads as one of the languages with a lexicon file: False for a text long
    enough to tell (``MIN_LETTERS``) whose words are hardly ever any language's stopwords (Italian,
    Dutch, Chinese), which the backend then reads with the English fallback's rules."""
    words = _WORD.findall(text[:SAMPLE].lower())
    if sum(len(w) for w in words) < MIN_LETTERS:
        return True
    best = max(scores(text, directory).values(), default=0.0)
    return best >= MIN_SHARE * len(words) and best >= MIN_VOTES


__all__ = ["NO_LEXICON", "detect", "has_lexicon", "scores"]
