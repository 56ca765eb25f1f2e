"""The contract's cross-object invariants, as messages precise enough for a re-ask to fix.

Each check returns a list of problems; an empty list means the briefing holds. Grounding needs the
article, so it runs only when a ``TextIndex`` is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from .grounding import TextIndex, inside
from .parts import Actor, BlufSentence, ClaimFields, DenialFields, Uncertainty


class _Quoted(Protocol):
    @property
    def quote(self) -> str: ...


class BriefingLike(Protocol):
    """The draft and the final briefing alike (read-only, so either list type fits)."""

    @property
    def bluf(self) -> Sequence[BlufSentence]: ...
    @property
    def actors(self) -> Sequence[Actor]: ...
    @property
    def claims(self) -> Sequence[ClaimFields]: ...
    @property
    def denials(self) -> Sequence[DenialFields]: ...
    @property
    def uncertainties(self) -> Sequence[Uncertainty]: ...
    @property
    def embedded_instructions(self) -> Sequence[_Quoted]: ...


def _evidence(item: object) -> list[str]:
    return [ev.quote for ev in getattr(item, "evidence", [])]


def check_structure(b: BriefingLike) -> list[str]:
    """Invariants 2, 3, 4, 5, 6 and the cardinalities: everything but grounding."""
    problems: list[str] = []
    add = problems.append
    ids: dict[str, object] = {}
    for group in (b.actors, b.claims, b.denials, b.uncertainties):
        for obj in group:
            if obj.id in ids:
                add(f"duplicate id {obj.id}; give every item its own id")
            ids[obj.id] = obj
    actors = {a.id: a for a in b.actors}
    claims = {c.id: c for c in b.claims}
    items = {**claims, **{d.id: d for d in b.denials}}

    def resolve(owner: str, field: str, ref: str, table: Mapping[str, object], what: str) -> object | None:
        if ref == owner:
            add(f"{owner}.{field} refers to itself")
            return None
        if ref not in table:
            add(f"{owner}.{field} -> {ref} is not the id of any {what} in this briefing")
            return None
        return table[ref]

    publishers = [a.id for a in b.actors if a.kind == "publisher"]
    if len(publishers) > 1:
        add(f"actors {', '.join(publishers)} are all kind 'publisher'; only the outlet that wrote the article is")
    for a in b.actors:
        if a.affiliation is not None:
            resolve(a.id, "affiliation", a.affiliation, actors, "actor")
        if a.identification == "anonymous" and not (a.role and a.role.strip()):
            add(f"{a.id} ({a.name}) is anonymous and needs a 'role' describing the source")
    for c in b.claims:
        source = resolve(c.id, "source", c.source, actors, "actor") if c.source is not None else None
        if c.quote_type != "none" and not c.cue:
            add(f"{c.id} has quote_type {c.quote_type!r} but no 'cue'; give the verbatim attribution cue")
        if c.quote_type != "none" and c.source is None:
            add(f"{c.id} has quote_type {c.quote_type!r} but no 'source'")
        if c.quote_type == "none" and isinstance(source, Actor) and source.kind != "publisher":
            add(
                f"{c.id} has quote_type 'none' (background) so its source must be the publisher or null, "
                f"not {source.id}; or set the quote_type the article shows"
            )
        for v in c.via:
            if v == c.source:
                add(f"{c.id}.via repeats its source {v}")
                continue
            via_actor = resolve(c.id, "via", v, actors, "actor")
            if isinstance(via_actor, Actor) and via_actor.kind == "publisher":
                add(f"{c.id}.via lists the publisher {v}; the publisher is never an intermediary")
        if c.certainty == "certain":
            for h in c.hedges:
                if h.type in ("epistemic", "doxastic"):
                    add(
                        f"{c.id} is 'certain' but carries the {h.type} hedge {h.text!r}; "
                        "lower the certainty or drop the hedge"
                    )
        for relation, same in (("contradicts", False), ("corroborates", True)):
            for ref in getattr(c, relation):
                other = resolve(c.id, relation, ref, claims, "claim")
                if not isinstance(other, ClaimFields):
                    continue
                if (other.polarity == c.polarity) != same:
                    add(f"{c.id} {relation} {ref} but their polarities are {c.polarity} and {other.polarity}")
                if c.source is not None and other.source == c.source:
                    add(
                        f"{c.id} {relation} {ref}, which has the same source {c.source}; only an independent source can"
                    )
    for d in b.denials:
        resolve(d.id, "by", d.by, actors, "actor")
        if d.target is not None:
            resolve(d.id, "target", d.target, claims, "claim")
    for u in b.uncertainties:
        for ref in u.related:
            resolve(u.id, "related", ref, items, "claim or denial")
    has_items = bool(b.claims) or bool(b.denials)
    if (has_items and not 1 <= len(b.bluf) <= 3) or (not has_items and len(b.bluf) > 3):
        add(f"bluf has {len(b.bluf)} sentences; give 1 to 3 (0 only when there are no claims and no denials)")
    for i, s in enumerate(b.bluf):
        for ref in s.supports:
            resolve(f"bluf[{i}]", "supports", ref, items, "claim or denial")
    return problems


def check_grounding(b: BriefingLike, index: TextIndex) -> list[str]:
    """Invariant 1: every verbatim field is in the article; hedge, estimate and quantity texts lie
    inside their claim's evidence."""
    problems: list[str] = []

    def ground(where: str, what: str, text: str | None, elisions: bool = True) -> None:
        if not text:  # absent (or empty) fields are the structure check's business
            return
        if index.locate(text, elisions=elisions) is None:
            problems.append(
                f"{where}: {what} {text!r} is not in the article; quote it verbatim. "
                f"Nearest passage: {index.nearest(text)!r}"
            )

    def within(where: str, what: str, text: str, quotes: list[str]) -> None:
        if index.locate(text, elisions=False) is None:
            ground(where, what, text, elisions=False)
        elif quotes and not inside(text, quotes):
            problems.append(
                f"{where}: {what} {text!r} is not inside the claim's evidence; quote a passage that contains it"
            )

    for a in b.actors:
        for m in a.mentions:
            ground(a.id, "mention", m, elisions=False)
    for c in b.claims:
        quotes = _evidence(c)
        for q in quotes:
            ground(c.id, "evidence quote", q)
        ground(c.id, "cue", c.cue, elisions=False)
        for h in c.hedges:
            within(c.id, "hedge", h.text, quotes)
        if c.estimate is not None:
            within(c.id, "estimate", c.estimate.text, quotes)
        for qty in c.quantities:
            within(c.id, "quantity", qty.text, quotes)
    for d in b.denials:
        for q in _evidence(d):
            ground(d.id, "evidence quote", q)
    for i, ev in enumerate(b.embedded_instructions):
        ground(f"embedded_instructions[{i}]", "quote", ev.quote)
    return problems


def problems_of(b: BriefingLike, index: TextIndex | None) -> list[str]:
    problems = check_structure(b)
    if index is not None:
        problems += check_grounding(b, index)
    return problems


def format_problems(problems: Iterable[str]) -> str:
    listed = list(problems)
    head = f"{len(listed)} problem(s) with the briefing; fix each and answer again:"
    return "\n".join([head, *(f"- {p}" for p in listed)])
