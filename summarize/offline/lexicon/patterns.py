"""Turning lexicon entries into regular expressions: the words come from the files, the shapes from the rules."""

from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = "(?!)"  # what an empty list compiles to: a pattern that matches nothing


def _word(word: str) -> str:
    if len(word) > 1 and word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"  # a stem: "desment*" is "desmentido", "desmiente" is not
    if len(word) > 1 and word.startswith("*"):
        return r"[^\W\d_]+" + re.escape(word[1:])  # an ending: "*makers" is "carmakers", "lawmakers"
    return re.escape(word)


def _phrase(entry: str, initial: bool) -> str:
    words = entry.split()
    out = [_word(w) for w in words]
    if initial and words and words[0][:1].lower() != words[0][:1].upper():
        first = words[0]
        out[0] = f"[{first[0].upper()}{first[0].lower()}]{re.escape(first[1:])}"
    return r"\s+".join(out)


def alt(entries: Iterable[str], *, initial: bool = False) -> str:
    """A non-capturing alternation of ``entries``, tried in list order (the first that fits wins, so a
        phrase goes before a shorter entry it begins with). Each entry is literal text; a space stands for
        any run of whitespace, a word ending in ``*`` for any word it begins ("slander*") and one starting
    with ``*`` for any word it ends ("*makers"). ``initial``:
        the first letter may be either case ("According to")."""
    entries = list(entries)
    parts = [_phrase(e, initial) for e in entries]
    return first_letters(entries) + "(?:" + "|".join(parts) + ")" if parts else NEVER


def first_letters(entries: list[str]) -> str:
    """A lookahead on the letters the entries start with, in either case (a superset: it changes no
    match). A search tries the alternation at every position; one class test rejects most of them.
    An entry for any word ending so ("*makers") is its own lookahead: it can start with any letter."""
    words = [e.split() for e in entries]
    if not words or any(not w for w in words):
        return ""  # no entries, or an empty one (which matches anywhere)
    stars = [_phrase(e, False) for e, w in zip(entries, words, strict=True) if len(w[0]) > 1 and w[0][0] == "*"]
    firsts = sorted({re.escape(w[0][0]) for w in words if not (len(w[0]) > 1 and w[0][0] == "*")})
    tests = ([f"[{''.join(firsts)}]"] if firsts else []) + stars
    return "(?=(?i:" + "|".join(tests) + "))"


def alt_bare(entries: Iterable[str]) -> str:
    """Like :func:`alt` but without the group, for splicing into a larger alternation."""
    parts = [_phrase(e, False) for e in entries]
    return "|".join(parts) if parts else NEVER


def words_re(entries: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    r"""``\b(?:entries)\b``, compiled."""
    return re.compile(rf"\b{alt(entries)}\b", flags)
