"""The schema of a lexicon file: every key it may hold, what the rules do with it, and its checks.

Entries are words or phrases, never regular expressions: the rules compile them (a space in a phrase
matches any run of whitespace; alternatives are tried in list order, so a phrase goes before a shorter
entry it begins with). Lists of ``LowerWords`` are compared with lower-cased text and must be written
in lower case; ``Words`` are compared as written (names, capitalised title words, case-sensitive cues).
Within one list an entry appears once; no entry is empty or padded with spaces.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, PrivateAttr

T = TypeVar("T")


def _entries(values: tuple[str, ...], lower: bool) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        if not value.strip():
            raise ValueError("an empty entry")
        if value != value.strip() or "  " in value:
            raise ValueError(f"{value!r}: leading, trailing or doubled spaces")
        if lower and value != value.lower():
            raise ValueError(f"{value!r} must be lower-case: the rule compares lower-cased text")
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


def _words(values: tuple[str, ...]) -> tuple[str, ...]:
    return _entries(values, lower=False)


def _lower(values: tuple[str, ...]) -> tuple[str, ...]:
    return _entries(values, lower=True)


def _table(values: dict[str, Any]) -> dict[str, Any]:
    for key, value in values.items():
        if not key.strip() or (isinstance(value, str) and not value.strip()):
            raise ValueError(f"{key!r}: an empty key or value")
    return values


Words = Annotated[tuple[str, ...], AfterValidator(_words)]
LowerWords = Annotated[tuple[str, ...], AfterValidator(_lower)]
Names = Annotated[dict[str, str], AfterValidator(_table)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Detect(_Section):
    """Language detection: the language's most frequent function words. Never layered: each file
    votes with its own list (a word several languages list splits its vote between them)."""

    stopwords: LowerWords = ()


class Segment(_Section):
    """Sentences and page chrome."""

    abbreviations: LowerWords = ()
    """A word before "." that does not end a sentence ("Gen.", "Sra."), without its dot."""
    sentence_starters: LowerWords = ()
    """Words that open a sentence after a dotted acronym ("U.S. The ..." splits; "U.S. troops" does not)."""
    letter_name_before: LowerWords = ()
    """Words before a capital letter used as a name, whose dot then ends the sentence ("wrote on X.")."""
    chrome_lines: LowerWords = ()
    """A line that is nothing but this (and perhaps a full stop) is page chrome: "comments are closed"."""
    chrome_starts: LowerWords = ()
    """A line that starts with this is page chrome: "click here", "read more", "©"."""
    chrome_contains: LowerWords = ()
    """A line that contains this is page chrome: "all rights reserved"."""
    chrome_labels: LowerWords = ()
    """A line that starts with this and a colon is chrome: "photo:", "related stories:"."""
    share_verbs: LowerWords = ()
    """A line of a share verb and a few share words is a share button: "share", "tweet this"."""
    share_words: LowerWords = ()
    media_determiners: LowerWords = ()
    """ "<determiner> [<modifier>] <media noun> ..." is a caption line: "The file photo shows ..."."""
    media_modifiers: LowerWords = ()
    media_nouns: LowerWords = ()
    reading_time: LowerWords = ()
    """After a number, a reading-time line: "4 min read"."""
    stamp_verbs: LowerWords = ()
    """ "[last] <verb>[:] [on|at] <date>": a time stamp line ("Updated: Jan 4")."""
    stamp_last: LowerWords = ()
    stamp_preps: LowerWords = ()
    comment_lines: LowerWords = ()
    """A line that is this alone, or a count and "comments": "leave a reply", "12 comments"."""
    comment_counts: LowerWords = ()
    developing_story: LowerWords = ()
    """A line starting with this is a note on the story itself: "this story will be updated"."""
    photo_agencies: LowerWords = ()
    """A credit line ends in "/ <agency>": "Jane Doe / Getty Images"."""


class Time(_Section):
    """Names of days and months (as written: capitalised in English, lower-case in Spanish)."""

    months: Words = ()
    month_abbreviations: Words = ()
    weekdays: Words = ()
    holidays: Words = ()


class Lexicon(BaseModel):
    """One file's vocabulary, or (from :func:`summarize.offline.lexicon.load`) a language's layered one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    detect: Detect = Detect()
    segment: Segment = Segment()
    time: Time = Time()

    _language: str = PrivateAttr(default="")
    _compiled: dict[Any, Any] = PrivateAttr(default_factory=dict)

    @property
    def language(self) -> str:
        """The ISO 639-1 code this lexicon was loaded for ("" for a single file)."""
        return self._language

    def set_language(self, code: str) -> None:
        self._language = code

    def compiled(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, computed once per lexicon: the rules' compiled patterns and sets."""
        try:
            return cast(T, self._compiled[build])
        except KeyError:
            value = self._compiled[build] = build(self)
            return value
