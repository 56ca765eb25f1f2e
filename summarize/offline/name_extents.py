"""Where a capitalised name ends: through its acronym in parentheses ("la Société des téléphériques du
Grand-Clavel (STGC)"), through a postnominal adjective and its complement ("l’Office régional de
l’immigration"), and which actor an acronym in parentheses stands for."""

from __future__ import annotations

import functools
import re

from .actor_table import ActorTable
from .lexicon.patterns import alt
from .name_kinds import keyword_kind
from .people import spelt_out_acronym
from .segment import Sentence
from .spans import Span


def postnominal_complement(table: ActorTable, span: Span, sent: Sentence) -> int | None:
    """Where "Office" + " régional de l’immigration" ends: a postnominal adjective, then a preposition and a
    lower-case noun (with its article), in a language whose adjectives follow the noun; else None."""
    r, n = table.r, table.seg.lex.names
    adjectives = r.postnominal_after.match(table.text, span.end, sent.end)
    if adjectives is None or not n.name_prepositions:
        return None
    pattern = _complement(tuple(n.name_prepositions), tuple(n.articles), tuple(n.elided_articles))
    complement = pattern.match(table.text, adjectives.end(), sent.end)
    return complement.end() if complement is not None else None


@functools.cache
def _complement(prepositions: tuple[str, ...], articles: tuple[str, ...], elided: tuple[str, ...]) -> re.Pattern[str]:
    """A preposition and a lower-case noun with its article: compiled once per lexicon, not per name."""
    return re.compile(rf"\s+{alt(prepositions)}\s+(?:{alt(articles)}\s+|{alt(elided)})?[^\W\d_A-Z][\w-]*")


_OPEN_PAREN = re.compile(r"\s*\(\s*$")
# "Société" + " des téléphériques du Grand-Clavel (STGC)": the words of a name up to its acronym
SPELT_OUT_AFTER = re.compile(r"(?P<rest>(?:\s+[\w\u2019'-]+){1,8}?)\s*\(\s*[A-Z]{2,6}\s*\)")


def spelt_out(table: ActorTable, acronym: Span) -> str | None:
    """ "l’agence régionale de santé (ARS)", "des Bundesamts für Spionageabwehr (BSA)": the actor named
    just before an acronym in parentheses, which the acronym then stands for wherever it is used."""
    text = table.text
    known = table.alias_keys.get(table.key(acronym.of(text)))
    if known is not None:
        return known
    if text[acronym.end : acronym.end + 1] != ")":
        return None
    paren = _OPEN_PAREN.search(text, max(0, acronym.start - 4), acronym.start)
    if paren is None:
        return None
    before = [(s, k) for s, k in table.before(paren.start()) if s.end >= paren.start() - 1]
    if before and table.actors[before[0][1]].kind == "person" and not spelt_out_acronym(text, before[0][0]):
        return None  # "Bürgermeister Hans Berg (CDU)": his party, not his name's acronym
    if before:
        return before[0][1]
    # "la direction départementale des territoires (DDT)": the lower-case phrase after its article
    r = table.r
    phrase = r.spelt_out_before.search(text, max(0, paren.start() - 90), paren.start())
    if phrase is None:
        return None
    words = phrase.group("np").split()
    kind = keyword_kind([w[:1].upper() + w[1:] for w in words[:1]], words[0], r)
    if kind is None:
        return None
    span = Span(phrase.start("np"), phrase.end("np"))
    name = span.of(text)
    return table.add(name[:1].upper() + name[1:], kind, "institutional", Span(phrase.start(), span.end))
