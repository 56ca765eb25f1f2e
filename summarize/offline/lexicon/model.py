"""The schema of a lexicon file: every key it may hold, what the rules do with it, and its checks.

Entries are words or phrases, never regular expressions: the rules compile them. A space in a phrase
matches any run of whitespace; a word ending in ``*`` matches any word it begins ("slander*"), one
starting with ``*`` any word it ends ("*makers"); the entries of a list are tried in order, so a
phrase goes before a shorter entry it begins with.

``LowerWords`` are compared with lower-cased text (or case-insensitively) and must be written in lower
case; ``Words`` are compared as written (names, capitalised title words, case-sensitive cues). Within
one list an entry appears once; no entry is empty or padded with spaces. Tables map a word to a value
(``two = 2``) or to a name (``Kyiv = "Ukraine"``).

No key holds a regular expression. Where a rule needs a shape (inflection, a lookahead such as
"added" unless a figure follows, a window of words), the shape is in the Python module that uses the
key and the key holds only its words. The sections are defined in :mod:`.text_sections`, :mod:`.attribution_sections`,
:mod:`.denial_sections` and :mod:`.actor_sections`; each key's docstring says what its rule does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ConfigDict, PrivateAttr

from .actor_sections import NameWords, Organisations, Places, Pronouns, Publisher, Roles, Sources
from .attribution_sections import Attributions
from .denial_sections import Denials
from .prose_sections import Prose
from .readability_sections import Readability
from .text_sections import (
    Claims,
    Cues,
    Detect,
    Estimates,
    Hedges,
    Injection,
    Negation,
    Quantities,
    Segment,
    Time,
    When,
)

T = TypeVar("T")


class Lexicon(BaseModel):
    """One file's vocabulary, or (from :func:`summarize.offline.lexicon.load`) a language's layered one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    detect: Detect = Detect()
    segment: Segment = Segment()
    time: Time = Time()
    cues: Cues = Cues()
    hedges: Hedges = Hedges()
    estimates: Estimates = Estimates()
    negation: Negation = Negation()
    injection: Injection = Injection()
    quantities: Quantities = Quantities()
    claims: Claims = Claims()
    when: When = When()
    denials: Denials = Denials()
    attributions: Attributions = Attributions()
    names: NameWords = NameWords()
    places: Places = Places()
    organisations: Organisations = Organisations()
    roles: Roles = Roles()
    sources: Sources = Sources()
    publisher: Publisher = Publisher()
    pronouns: Pronouns = Pronouns()
    readability: Readability = Readability()
    prose: Prose = Prose()
    own: tuple[str, ...] = ()
    """Sections or keys ("readability", "names.function_words") this file does not layer on English:
    English's entries would be wrong in this language (German ends sentences on "an")."""

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
        cache = cast(dict[str, Any], self.__pydantic_private__)["_compiled"]  # direct: called per sentence
        try:
            return cast(T, cache[build])
        except KeyError:
            value = cache[build] = build(self)
            return value
