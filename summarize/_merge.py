"""Merge the drafts of an article's chunks into one draft of the whole article.

- Actors: one per real-world entity. Two actors are the same when their names match, when they
  share a capitalised surface form, or when one person's name is the other's surname; there is
  one publisher.
- Claims: a claim seen in two chunks (the overlap between chunks, or a restatement) is kept once
  with its evidence united. Two claims are the same only with the same source, the same polarity,
  compatible figures and a similar statement; figures that count different things stay separate.
- Denials: the same respondent and the same passage or target.
- Relations (``contradicts``, ``corroborates``, ``related``, ``supports``) follow the merged ids;
  one that merging made invalid (a claim now contradicting itself) is dropped.
- Uncertainties: the chunks' own, plus conflicts between chunks (figures of the same thing that
  disagree, contradictions) derived for the whole document.
- The BLUF is derived from the strongest claims of the whole document (no extra model call).

Ids here are provisional; ``assemble`` renumbers them in order of first appearance.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from summarize._document import Document
from summarize._grounding import fold
from summarize.errors import InvalidOutputError
from summarize.schemas import Actor, BriefingDraft, ClaimDraft, DenialDraft, EvidenceQuote, Uncertainty

_CERTAINTY_RANK = {"unknown": 0, "possible": 1, "probable": 2, "certain": 3}
_WORD = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset(
    "a an the of to in on at for and or by with from that this is was were be been has have had".split()  # noqa: SIM905
)
# Statement similarity needed to merge two claims: lower when they rest on the same passage.
SAME_PASSAGE_SIMILARITY = 0.3
RESTATEMENT_SIMILARITY = 0.75


@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    words = _WORD.findall(fold(name))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS)


def _similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


# --- actors -------------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=_part_order)] = min(ra, rb, key=_part_order)


def _part_order(gid: str) -> tuple[int, int]:
    part, _, local = gid.partition(":")
    return int(part), int(local[1:]) if local[1:].isdigit() else 0


def _surface_forms(actor: Actor) -> set[str]:
    """The actor's name and its capitalised mentions ("Dr Okafor", not "the ministry")."""
    forms = {_key(actor.name)}
    forms |= {_key(m) for m in actor.mentions if any(ch.isupper() for ch in m)}
    return forms - {""}


def _same_actor(a: Actor, b: Actor) -> bool:
    if (a.kind == "publisher") != (b.kind == "publisher"):
        return False
    if a.kind == "publisher":
        return True
    if _key(a.name) == _key(b.name):
        return a.identification == b.identification or a.kind == b.kind
    if "anonymous" in (a.identification, b.identification):
        return False
    if a.kind == b.kind and _surface_forms(a) & _surface_forms(b):
        return True
    # "Oyelaran" alone in a later chunk is the person named in full earlier, whatever kind that
    # chunk guessed for a bare surname
    short, full = sorted((a, b), key=lambda x: len(_key(x.name).split()))
    short_words, full_words = _key(short.name).split(), _key(full.name).split()
    return full.kind == "person" and len(short_words) == 1 and len(full_words) > 1 and short_words[0] == full_words[-1]


@dataclass
class _Actors:
    """Actors of all parts, grouped; global ids are ``"<part>:<local id>"``."""

    by_gid: dict[str, Actor] = field(default_factory=dict)
    groups: _UnionFind = field(default_factory=_UnionFind)

    def add(self, part: int, actors: Iterable[Actor]) -> None:
        for actor in actors:
            gid = f"{part}:{actor.id}"
            self.groups.find(gid)
            for other_gid, other in self.by_gid.items():
                if _same_actor(actor, other):
                    self.groups.union(gid, other_gid)
            self.by_gid[gid] = actor

    def merged(self) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """The merged actors (as dicts) and the global id -> merged id map."""
        members: dict[str, list[str]] = {}
        for gid in self.by_gid:
            members.setdefault(self.groups.find(gid), []).append(gid)
        new_id = {root: f"A{n}" for n, root in enumerate(members, 1)}
        table = {gid: new_id[self.groups.find(gid)] for gid in self.by_gid}
        out = []
        for root, gids in members.items():
            group = [self.by_gid[g] for g in gids]
            named = [a for a in group if a.identification != "anonymous"]
            best = max(group, key=lambda a: (len(_key(a.name).split()), len(a.name)))
            affiliations = [
                table[f"{g.partition(':')[0]}:{a.affiliation}"]
                for g, a in zip(gids, group, strict=True)
                if a.affiliation and f"{g.partition(':')[0]}:{a.affiliation}" in table
            ]
            affiliation = next((x for x in affiliations if x != new_id[root]), None)
            out.append(
                {
                    "id": new_id[root],
                    "name": best.name,
                    "kind": best.kind,
                    "identification": (named or group)[0].identification,
                    "role": next((a.role for a in group if a.role), None),
                    "affiliation": affiliation,
                    "mentions": _unique(m for a in group for m in a.mentions),
                }
            )
        return out, table


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


# --- claims and denials -------------------------------------------------------------------------


_folded = functools.lru_cache(maxsize=65536)(fold)


def _quotes(item: ClaimDraft | DenialDraft) -> list[str]:
    return [_folded(ev.quote) for ev in item.evidence]


def _same_passage(a: list[str], b: list[str]) -> bool:
    return any(x in y or y in x for x in a for y in b if min(len(x), len(y)) >= 20)


def _figures(claim: dict[str, Any]) -> set[tuple[str, Any, Any]]:
    return {(_key(q["counts"]), q.get("low"), q.get("high")) for q in claim["quantities"]}


def _united_evidence(quotes: list[dict[str, Any]], more: list[EvidenceQuote]) -> list[dict[str, Any]]:
    """``quotes`` plus the new passages of ``more``; a quote inside another gives way to the longer one."""
    folded = [_folded(q["quote"]) for q in quotes]
    out = list(quotes)
    for ev in more:
        f = _folded(ev.quote)
        if any(f in g for g in folded):
            continue
        wider = [i for i, g in enumerate(folded) if g in f]
        for i in reversed(wider):
            del out[i], folded[i]
        out.append({"quote": ev.quote})
        folded.append(f)
    return out


@dataclass
class _Merged:
    data: dict[str, Any]
    quotes: list[str]
    parts: set[int]
    words: frozenset[str] = frozenset()


@dataclass
class _Voice:
    """The merged claims of one source with one polarity, indexed by the words of their statements."""

    claims: list[_Merged] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)

    def add(self, merged: _Merged) -> None:
        for word in merged.words:
            self.by_word.setdefault(word, []).append(len(self.claims))
        self.claims.append(merged)

    def match(self, claim: dict[str, Any], quotes: list[str], part: int) -> _Merged | None:
        """The merged claim ``claim`` restates: similar statement, compatible figures, another chunk."""
        words = _words(claim["statement"])
        shared: dict[int, int] = {}
        for word in words:
            for n in self.by_word.get(word, ()):
                shared[n] = shared.get(n, 0) + 1
        best, best_score = None, 0.0
        for n, common in shared.items():
            m = self.claims[n]
            score = common / (len(words) + len(m.words) - common)
            if score < SAME_PASSAGE_SIMILARITY or score <= best_score or part in m.parts:
                continue
            if m.data["quantities"] and claim["quantities"] and _figures(m.data) != _figures(claim):
                continue  # different figures are different claims, never one merged range
            if score >= RESTATEMENT_SIMILARITY or _same_passage(m.quotes, quotes):
                best, best_score = m, score
        return best


def _absorb_claim(into: dict[str, Any], claim: ClaimDraft, remapped: dict[str, Any]) -> None:
    into["evidence"] = _united_evidence(into["evidence"], claim.evidence)
    if _CERTAINTY_RANK[claim.certainty] < _CERTAINTY_RANK[into["certainty"]]:
        into["certainty"] = claim.certainty  # a hedge stays a hedge: keep the weaker commitment
    for name in ("hedges", "quantities"):
        texts = {x["text"] for x in into[name]}
        into[name] += [x for x in remapped[name] if x["text"] not in texts]
    for name in ("via", "contradicts", "corroborates"):
        into[name] = _unique([*into[name], *remapped[name]])
    for name in ("estimate", "when", "cue"):
        if into.get(name) is None:
            into[name] = remapped.get(name)


def _clean_relations(claims: list[dict[str, Any]]) -> None:
    """Drop references that merging made invalid: to itself, to a same-source or wrong-polarity claim."""
    by_id = {c["id"]: c for c in claims}
    for c in claims:
        c["via"] = [v for v in c["via"] if v != c["source"]]
        for name, same in (("contradicts", False), ("corroborates", True)):
            c[name] = [
                ref
                for ref in _unique(c[name])
                if ref in by_id
                and ref != c["id"]
                and (by_id[ref]["polarity"] == c["polarity"]) == same
                and (c["source"] is None or by_id[ref]["source"] != c["source"])
            ]


# --- the whole merge ----------------------------------------------------------------------------


def merge(drafts: list[BriefingDraft], document: Document) -> BriefingDraft:
    """One draft of ``document`` from the drafts of its chunks (in document order)."""
    if len(drafts) == 1:
        return drafts[0]
    actors = _Actors()
    for part, draft in enumerate(drafts):
        actors.add(part, draft.actors)
    actor_list, actor_of = actors.merged()

    def actor(part: int, local: str | None) -> str | None:
        return None if local is None else actor_of.get(f"{part}:{local}")

    claims: list[_Merged] = []
    voices: dict[tuple[str | None, str], _Voice] = {}  # by (source, polarity)
    item_of: dict[str, str] = {}  # "<part>:<local item id>" -> merged id
    for part, draft in enumerate(drafts):
        for claim in draft.claims:
            data = claim.model_dump()
            data["source"] = actor(part, claim.source)
            data["via"] = [a for a in (actor(part, v) for v in claim.via) if a]
            data["contradicts"] = [f"{part}:{r}" for r in claim.contradicts]
            data["corroborates"] = [f"{part}:{r}" for r in claim.corroborates]
            quotes = _quotes(claim)
            voice = voices.setdefault((data["source"], data["polarity"]), _Voice())
            match = voice.match(data, quotes, part)
            if match is None:
                data["id"] = f"C{len(claims) + 1}"
                match = _Merged(data, quotes, {part}, _words(claim.statement))
                claims.append(match)
                voice.add(match)
            else:
                _absorb_claim(match.data, claim, data)
                match.quotes += quotes
                match.parts.add(part)
            item_of[f"{part}:{claim.id}"] = match.data["id"]
    claim_data = [m.data for m in claims]
    for c in claim_data:
        for name in ("contradicts", "corroborates"):
            c[name] = [item_of[r] for r in c[name] if r in item_of]
    _clean_relations(claim_data)

    denials: list[_Merged] = []
    for part, draft in enumerate(drafts):
        for denial in draft.denials:
            data = denial.model_dump()
            data["by"] = actor(part, denial.by)
            data["target"] = item_of.get(f"{part}:{denial.target}") if denial.target else None
            quotes = _quotes(denial)
            same = next(
                (
                    m
                    for m in denials
                    if part not in m.parts
                    and m.data["by"] == data["by"]
                    and (_same_passage(m.quotes, quotes) or (data["target"] and m.data["target"] == data["target"]))
                ),
                None,
            )
            if same is None:
                data["id"] = f"D{len(denials) + 1}"
                denials.append(_Merged(data, quotes, {part}))
                same = denials[-1]
            else:
                same.data["evidence"] = _united_evidence(same.data["evidence"], denial.evidence)
                same.quotes += quotes
                same.parts.add(part)
            item_of[f"{part}:{denial.id}"] = same.data["id"]
    denial_data = [m.data for m in denials if m.data["by"] is not None]

    merged: dict[str, Any] = {
        "title": drafts[0].title,
        "actors": actor_list,
        "claims": claim_data,
        "denials": denial_data,
        "uncertainties": _uncertainties(drafts, item_of),
        "embedded_instructions": _embedded(drafts),
        "bluf": [],
    }
    return _validated(merged, document)


def _uncertainties(drafts: list[BriefingDraft], item_of: dict[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[frozenset[str], tuple[str, ...]]] = set()
    for part, draft in enumerate(drafts):
        for u in draft.uncertainties:
            related = _unique(item_of[f"{part}:{r}"] for r in u.related if f"{part}:{r}" in item_of)
            key = (frozenset(related), tuple(u.reasons))
            if not related or key in seen:
                continue
            seen.add(key)
            out.append({**u.model_dump(), "id": f"U{len(out) + 1}", "related": related})
    return out


def _embedded(drafts: list[BriefingDraft]) -> list[dict[str, str]]:
    quotes = _unique(ev.quote for d in drafts for ev in d.embedded_instructions)
    return [{"quote": q} for q in quotes]


def _validated(data: dict[str, Any], document: Document) -> BriefingDraft:
    """The merged draft, checked against the whole article, with derived conflicts and BLUF added."""
    from summarize._overview import Items, bluf_for, conflicts_for

    try:
        items = Items(
            actors=[Actor.model_validate(a) for a in data["actors"]],
            claims=[ClaimDraft.model_validate(c) for c in data["claims"]],
            denials=[DenialDraft.model_validate(d) for d in data["denials"]],
        )
        kept = [Uncertainty.model_validate(u) for u in data["uncertainties"]]
        extra = [u for u in conflicts_for(items) if not _already(u, kept)]
        data["uncertainties"] = [{**u.model_dump(), "id": f"U{n}"} for n, u in enumerate([*kept, *extra], 1)]
        data["bluf"] = [b.model_dump() for b in bluf_for(items, document)]
        return BriefingDraft.model_validate(data, context={"article": document})
    except ValidationError as exc:  # every part was valid alone: a merge bug, reported as bad output
        raise InvalidOutputError(f"the chunks' briefings could not be merged: {str(exc)[:300]}") from None


def _already(candidate: Uncertainty, existing: Iterable[Uncertainty]) -> bool:
    return any(set(candidate.related) <= set(u.related) for u in existing)
