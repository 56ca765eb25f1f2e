"""What changed between two briefings of the same story (an updated article, another model, another prompt).

Ids are per briefing (``C3`` in one is not ``C3`` in the other), so nothing is matched by id:
- actors by name, then by any shared mention (case, punctuation and a leading "the" ignored);
- claims by source (through the actor match) + statement similarity + evidence quote overlap;
- denials by who responds + the allegation (its target claim, or the wording) + quote overlap;
- open questions by the wording of the question, or by the items they are about.
Pairs are taken greedily, best score first, each item used once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from summarize.schemas import Actor, Briefing, Claim, Denial, Uncertainty

_WORD = re.compile(r"\w+")
_STOP = frozenset(  # function words that make unrelated statements look alike
    _WORD.findall(
        "a an and are as at be been by for from had has have in is it its of on or that the this to was were "
        "will with would"
    )
)
SAME_SOURCE_MATCH = 0.5  # statement or quote similarity to pair claims of the same source
OTHER_SOURCE_MATCH = 0.8  # ... and of different sources (the article re-attributed the claim)
T = TypeVar("T")
U = TypeVar("U")


@lru_cache(maxsize=8192)  # every statement and quote is compared with every other one
def words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _STOP)


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the content words: 1.0 same words, 0.0 none shared."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def _name_key(text: str) -> str:
    flat = " ".join(_WORD.findall(text.casefold()))
    return flat.removeprefix("the ")


def _greedy(
    old: Sequence[T], new: Sequence[U], score: Callable[[T, U], float | None]
) -> tuple[list[tuple[T, U]], list[T], list[U]]:
    """Best-first one-to-one pairing; ``score`` returns None for pairs that must not match."""
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            s = score(a, b)
            if s is not None:
                candidates.append((-s, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    pairs.sort()
    return (
        [(old[i], new[j]) for i, j in pairs],
        [a for i, a in enumerate(old) if i not in used_old],
        [b for j, b in enumerate(new) if j not in used_new],
    )


@dataclass
class Change:
    field: str
    old: str | list[str] | None
    new: str | list[str] | None


@dataclass
class ItemRef:
    """An actor, claim, denial or question as the report shows it."""

    id: str
    text: str  # name, statement or question
    who: str | None = None  # the claim's source or the denial's author, by name
    kind: str | None = None  # actor kind, claim certainty, denial kind
    quote: str | None = None


@dataclass
class Pair:
    old: ItemRef
    new: ItemRef
    changes: list[Change] = field(default_factory=list)


@dataclass
class Side:
    title: str
    sha256: str
    chars: int
    source: str
    backend: str
    model: str | None
    prompt_version: str | None
    created_at: str


@dataclass
class Section:
    added: list[ItemRef] = field(default_factory=list)
    removed: list[ItemRef] = field(default_factory=list)
    changed: list[Pair] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class BriefingDiff:
    old: Side
    new: Side
    same_article: bool
    actors: Section
    claims: Section
    denials: Section
    questions: Section  # added = opened, removed = resolved (no longer open), changed = still open, reasons differ

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["questions"] = {
            "opened": data["questions"]["added"],
            "resolved": data["questions"]["removed"],
            "still_open_changed": data["questions"]["changed"],
            "still_open_unchanged": data["questions"]["unchanged"],
        }
        data["summary"] = self.summary()
        return data

    def summary(self) -> dict[str, int]:
        return {
            "claims_added": len(self.claims.added),
            "claims_removed": len(self.claims.removed),
            "claims_changed": len(self.claims.changed),
            "denials_added": len(self.denials.added),
            "denials_removed": len(self.denials.removed),
            "denials_changed": len(self.denials.changed),
            "questions_opened": len(self.questions.added),
            "questions_resolved": len(self.questions.removed),
            "actors_added": len(self.actors.added),
            "actors_removed": len(self.actors.removed),
        }

    @property
    def empty(self) -> bool:
        return not any(self.summary().values())


def _side(b: Briefing) -> Side:
    m = b.meta
    return Side(b.title, m.article.sha256, m.article.chars, m.article.source, m.backend, m.model, m.prompt_version,
                m.created_at)  # fmt: skip


class _Matcher:
    """Both briefings, and what has been paired so far (old id -> new id)."""

    def __init__(self, old: Briefing, new: Briefing) -> None:
        self.old, self.new = old, new
        self.old_actors = {a.id: a for a in old.actors}
        self.new_actors = {a.id: a for a in new.actors}
        self.actor_map: dict[str, str] = {}
        self.item_map: dict[str, str] = {}

    # references, resolved to what both briefings share
    def who(self, actor_id: str | None, actors: dict[str, Actor]) -> str:
        actor = actors.get(actor_id or "")
        return "the publisher" if actor is None or actor.kind == "publisher" else actor.name

    def same_actor(self, old_id: str | None, new_id: str | None) -> bool:
        old, new = self.old_actors.get(old_id or ""), self.new_actors.get(new_id or "")
        if old is None or old.kind == "publisher" or new is None or new.kind == "publisher":  # background
            return (old is None or old.kind == "publisher") and (new is None or new.kind == "publisher")
        return self.actor_map.get(old.id) == new.id

    def actors(self) -> Section:
        def keys(a: Actor) -> set[str]:
            return {_name_key(a.name)} | {_name_key(m) for m in a.mentions}

        def score(a: Actor, b: Actor) -> float | None:
            if _name_key(a.name) == _name_key(b.name):
                return 2.0
            shared = keys(a) & keys(b)
            return 1.0 if shared else None

        pairs, removed, added = _greedy(self.old.actors, self.new.actors, score)
        self.actor_map = {a.id: b.id for a, b in pairs}
        section = Section(added=[_actor_ref(a) for a in added], removed=[_actor_ref(a) for a in removed])
        for a, b in pairs:
            changes = [Change(f, getattr(a, f), getattr(b, f)) for f in ("kind", "identification", "role")
                       if getattr(a, f) != getattr(b, f)]  # fmt: skip
            if changes:
                section.changed.append(Pair(_actor_ref(a), _actor_ref(b), changes))
            else:
                section.unchanged += 1
        return section

    def _claim_ref(self, c: Claim, actors: dict[str, Actor]) -> ItemRef:
        return ItemRef(c.id, c.statement, self.who(c.source, actors), c.certainty, c.evidence[0].quote)

    def claims(self) -> Section:
        def score(a: Claim, b: Claim) -> float | None:
            text = max(similarity(a.statement, b.statement), similarity(_quotes(a), _quotes(b)))
            same = self.same_actor(a.source, b.source)
            if text >= (SAME_SOURCE_MATCH if same else OTHER_SOURCE_MATCH):
                return text + (1.0 if same else 0.0)
            return None

        pairs, removed, added = _greedy(self.old.claims, self.new.claims, score)
        self.item_map.update({a.id: b.id for a, b in pairs})
        section = Section(
            added=[self._claim_ref(c, self.new_actors) for c in added],
            removed=[self._claim_ref(c, self.old_actors) for c in removed],
        )
        for a, b in pairs:
            changes = self._claim_changes(a, b)
            if changes:
                old_ref, new_ref = self._claim_ref(a, self.old_actors), self._claim_ref(b, self.new_actors)
                section.changed.append(Pair(old_ref, new_ref, changes))
            else:
                section.unchanged += 1
        return section

    def _claim_changes(self, a: Claim, b: Claim) -> list[Change]:
        changes = []
        if not self.same_actor(a.source, b.source):
            changes.append(Change("source", self.who(a.source, self.old_actors), self.who(b.source, self.new_actors)))
        for name in ("certainty", "polarity"):
            if getattr(a, name) != getattr(b, name):
                changes.append(Change(name, getattr(a, name), getattr(b, name)))
        listed: list[tuple[str, list[str], list[str]]] = [
            ("hedges", [h.text for h in a.hedges], [h.text for h in b.hedges]),
            ("figures", [q.text for q in a.quantities], [q.text for q in b.quantities]),
        ]
        for name, old, new in listed:
            if {t.casefold() for t in old} != {t.casefold() for t in new}:
                changes.append(Change(name, old, new))
        old_band = a.estimate.band if a.estimate else None
        new_band = b.estimate.band if b.estimate else None
        if old_band != new_band:
            changes.append(Change("estimate", old_band, new_band))
        if (a.when or "").casefold() != (b.when or "").casefold():
            changes.append(Change("when", a.when, b.when))
        return changes

    def _denial_ref(self, d: Denial, actors: dict[str, Actor]) -> ItemRef:
        return ItemRef(d.id, d.statement, self.who(d.by, actors), d.kind, d.evidence[0].quote)

    def denials(self) -> Section:
        def score(a: Denial, b: Denial) -> float | None:
            if not self.same_actor(a.by, b.by):
                return None
            same_target = a.target is not None and self.item_map.get(a.target) == b.target
            text = max(
                similarity(a.target_statement, b.target_statement),
                similarity(a.statement, b.statement),
                similarity(_quotes(a), _quotes(b)),
            )
            return (1.0 if same_target else 0.0) + text if same_target or text >= SAME_SOURCE_MATCH else None

        pairs, removed, added = _greedy(self.old.denials, self.new.denials, score)
        self.item_map.update({a.id: b.id for a, b in pairs})
        section = Section(
            added=[self._denial_ref(d, self.new_actors) for d in added],
            removed=[self._denial_ref(d, self.old_actors) for d in removed],
        )
        for a, b in pairs:
            changes = []
            if a.kind != b.kind:
                changes.append(Change("kind", a.kind, b.kind))
            if a.target is not None and b.target is not None and self.item_map.get(a.target) != b.target:
                changes.append(Change("target", a.target, b.target))
            if changes:
                old_ref, new_ref = self._denial_ref(a, self.old_actors), self._denial_ref(b, self.new_actors)
                section.changed.append(Pair(old_ref, new_ref, changes))
            else:
                section.unchanged += 1
        return section

    def questions(self) -> Section:
        def score(a: Uncertainty, b: Uncertainty) -> float | None:
            text = similarity(a.question, b.question)
            mapped = {self.item_map[r] for r in a.related if r in self.item_map}
            shared = len(mapped & set(b.related)) / max(len(a.related), len(b.related))
            return text + shared if text >= SAME_SOURCE_MATCH or shared >= 0.5 else None

        pairs, resolved, opened = _greedy(self.old.uncertainties, self.new.uncertainties, score)
        section = Section(added=[_question_ref(u) for u in opened], removed=[_question_ref(u) for u in resolved])
        for a, b in pairs:
            if set(a.reasons) != set(b.reasons):
                section.changed.append(
                    Pair(_question_ref(a), _question_ref(b), [Change("reasons", list(a.reasons), list(b.reasons))])
                )
            else:
                section.unchanged += 1
        return section


def _quotes(item: Claim | Denial) -> str:
    return " ".join(ev.quote for ev in item.evidence)


def _actor_ref(a: Actor) -> ItemRef:
    return ItemRef(a.id, a.name, kind=a.kind)


def _question_ref(u: Uncertainty) -> ItemRef:
    return ItemRef(u.id, u.question, kind=", ".join(u.reasons))


def diff_briefings(old: Briefing, new: Briefing) -> BriefingDiff:
    """What changed from ``old`` to ``new``. Order matters: claims pair before denials (a denial's
    target is a claim) and both before questions (a question is about claims and denials)."""
    matcher = _Matcher(old, new)
    actors = matcher.actors()
    claims = matcher.claims()
    denials = matcher.denials()
    questions = matcher.questions()
    return BriefingDiff(
        old=_side(old),
        new=_side(new),
        same_article=old.meta.article.sha256 == new.meta.article.sha256,
        actors=actors,
        claims=claims,
        denials=denials,
        questions=questions,
    )
