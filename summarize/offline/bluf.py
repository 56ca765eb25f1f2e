"""Bottom line up front: one to three sentences from the strongest claims and the denials.

Each sentence is attributed and never stronger than what it cites, written with the lexicon's
``[prose]`` templates in the article's language:

- a claim in its own words when its statement already names its source ("Veltrion said it would ...");
- else "According to <source>, <statement>", the statement embedded with its first word lower-cased
  only when that word is not a name ("North Korean troops" keeps its capitals);
- a probable or possible claim whose wording carries no hedge of its own gets one, from the template
  ("<source> considers it likely that ..."); one that carries its hedge is not hedged twice;
- an unconfirmed one: "<source> has not confirmed that ...";
- a source that is a common noun ("Report") reads as one ("the report"); a name the article writes
  with its article keeps it ("the U.S.": done by the caller).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas import DenialDraft

from . import lexicon as lexicons
from . import naming, statements
from .lexicon import Lexicon
from .spans import clip_words


@dataclass
class Item:
    id: str
    source_name: str | None
    statement: str
    certainty: str
    named: bool
    position: int
    is_denial: bool = False
    has_figure: bool = False
    hedges: tuple[str, ...] = ()
    kind: str = ""  # a denial's kind
    allegation: str | None = None  # a denial's target statement, when it answers a claim


_RANK = {"certain": 3, "probable": 2, "possible": 1, "unknown": 0}
_MAX_CHARS = 400


def _hedged(statement: str, item: Item, lex: Lexicon) -> bool:
    lowered = statement.lower()
    if any(h.lower() in lowered for h in item.hedges if h.strip()):
        return True
    words = (*lex.readability.hedge_words, *lex.readability.hedge_openers)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in words)


def _source(name: str, lex: Lexicon) -> str:
    """A source's name as the middle of a sentence writes it: a common noun with its article."""
    folded = " ".join(name.lower().split())
    if folded in lex.readability.generic_actor_names:
        first = folded.split()[0]
        articles = lex.prose.name_articles
        if first in articles or not articles:
            return folded
        return f"{articles[0]} {folded}"
    return naming.mid_sentence(name, lex)  # "the U.S.", "l’ARS"


def _sentence(item: Item, lex: Lexicon, common: frozenset[str] | None) -> str:
    body = item.statement.strip()
    if item.is_denial:
        return clip_words(statements.sentence(_denied(item, lex, common) or body), _MAX_CHARS)
    if not item.source_name:
        return clip_words(statements.sentence(body), _MAX_CHARS)
    p = lex.prose
    name = item.source_name
    if body.lower().startswith(name.lower()) or not p.according_to:
        return clip_words(statements.sentence(body), _MAX_CHARS)
    source = _source(name, lex)
    clause = statements.embedded(body.rstrip(" .!?…"), lex, common)
    template = p.according_to
    if item.certainty == "unknown" and p.unconfirmed_by:
        template = p.unconfirmed_by
    elif item.certainty in ("probable", "possible") and not _hedged(body, item, lex):
        template = (p.likely_by if item.certainty == "probable" else p.possible_by) or template
    return clip_words(statements.sentence(statements.fill(template, lex, source=source, clause=clause)), _MAX_CHARS)


def denial_item(denial: DenialDraft, by_name: str | None, position: int) -> Item:
    """A denial as the BLUF sees it: its statement, kind and, when it answers a claim, the allegation."""
    allegation = denial.target_statement if denial.target is not None else None
    return Item(
        denial.id, by_name, denial.statement, "certain", True, position, True, kind=denial.kind, allegation=allegation
    )


def _denied(item: Item, lex: Lexicon, common: frozenset[str] | None) -> str | None:
    """A denial's line naming what was denied ("X denied the allegation that A"), never only "X denied
    the allegation."; None when the denial answers no claim or its kind has no such line."""
    template = lex.prose.denials_of.get(item.kind)
    allegation = (item.allegation or "").strip().rstrip(" .!?…")
    if not template or not allegation or not item.source_name:
        return None
    budget = _MAX_CHARS - len(template) - len(item.source_name)
    if len(allegation) > budget:
        # a long allegation up to the end of a clause, not clipped mid-phrase
        cut = max(allegation.rfind(",", 0, budget), allegation.rfind(";", 0, budget))
        if cut < 40:
            return None
        allegation = allegation[:cut]
    clause = statements.embedded(allegation, lex, common)
    return statements.fill(template, lex, by=_source(item.source_name, lex), clause=clause, sentence=allegation)


def compose(
    claims: list[Item], denials: list[Item], lex: Lexicon | None = None, common: frozenset[str] | None = None
) -> list[tuple[str, list[str]]]:
    """``lex``: the article's lexicon (English when not given); ``common``: the words the article writes
    in lower case (a statement embedded after "According to X," keeps a name's capital, no other)."""
    lex = lex if lex is not None else lexicons.load()
    if not claims and not denials:
        return []
    out: list[tuple[str, list[str]]] = []
    if claims:
        lede = min(claims, key=lambda c: c.position)
        out.append((_sentence(lede, lex, common), [lede.id]))
        rest = [c for c in claims if c.id != lede.id]
        rest.sort(key=lambda c: (-_RANK.get(c.certainty, 0), not c.named, not c.has_figure, c.position))
        if rest:
            out.append((_sentence(rest[0], lex, common), [rest[0].id]))
    if denials:
        d = min(denials, key=lambda x: x.position)
        out.append((_sentence(d, lex, common), [d.id]))
    elif claims and len(out) < 3:
        others = [c for c in claims if all(c.id not in ids for _, ids in out)]
        others.sort(key=lambda c: (-_RANK.get(c.certainty, 0), not c.named, c.position))
        if others:
            out.append((_sentence(others[0], lex, common), [others[0].id]))
    return out[:3]
