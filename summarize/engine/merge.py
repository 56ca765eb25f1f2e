"""Merge the drafts of an article's chunks into one draft of the whole article.

Every quote keeps the place where its chunk found it (the chunk's offset added), so evidence
points at the passage the chunk read, not at an earlier one that reads the same.

- Actors: one per real-world entity. Two actors of different chunks are the same when their names
  match (titles such as "Dr" or "Councillor" aside), when they share a capitalised name-like
  mention (not a pronoun, not "the authority"), or when a lone surname matches exactly one person
  named in full. Anonymous sources merge only with the same description and role. Actors of one
  chunk are never merged with each other (the chunk already told them apart); one publisher.
- Claims: a claim seen in two chunks (the overlap between chunks, or a restatement) is kept once
  with its evidence united. Two claims are the same only with the same source, the same polarity,
  compatible figures and a similar statement (less similar when their evidence overlaps); figures
  that count different things stay separate.
- Denials: the same respondent, the same kind, and overlapping evidence or the same target.
- Relations (``contradicts``, ``corroborates``, ``related``, ``supports``) follow the merged ids;
  one that merging made invalid (a claim now contradicting itself) is dropped. Two claims from
  different chunks and sources with opposite polarity and a similar statement now contradict.
- Uncertainties: the chunks' own, plus conflicts between chunks (figures of the same thing that
  disagree, contradictions) derived for the whole document.
- The BLUF is derived from the strongest claims of the whole document (no extra model call).

Ids here are provisional; ``assemble`` renumbers them in order of first appearance.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from summarize.engine.merge_finish import Located, finished
from summarize.engine.split import Chunk
from summarize.schemas import Actor, BriefingDraft, ClaimDraft, Evidence
from summarize.schemas.grounding import HintedIndex, fold
from summarize.sources.document import Document

_CERTAINTY_RANK = {"unknown": 0, "possible": 1, "probable": 2, "certain": 3}
_WORD = re.compile(r"[^\W_]+")


def _vocabulary() -> dict[str, frozenset[str]]:
    """Stopwords, titles and pronouns: data in ``merge_words.toml`` beside this module, not code."""
    data = tomllib.loads(resources.files("summarize.engine").joinpath("merge_words.toml").read_text(encoding="utf-8"))
    return {key: frozenset(data[key]) for key in ("stopwords", "titles", "pronouns")}


_VOCABULARY = _vocabulary()
_STOPWORDS = _VOCABULARY["stopwords"]
_TITLES = _VOCABULARY["titles"]
_PRONOUNS = _VOCABULARY["pronouns"]
# Statement similarity needed to merge two claims: lower when their evidence overlaps.
SAME_PASSAGE_SIMILARITY = 0.3
RESTATEMENT_SIMILARITY = 0.75
# Opposite polarity and this similar, from two sources in different chunks: a contradiction.
CONTRADICTION_SIMILARITY = 0.6
MAX_POSTINGS = 200


@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    words = _WORD.findall(fold(name))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name without leading titles: "Councillor Ines Marwood" -> (ines, marwood)."""
    words = _key(name).split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return tuple(words)


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --- actors -------------------------------------------------------------------------------------


def _name_like(mention: str) -> bool:
    """A mention that names someone: capitalised beyond a leading "The", and not a pronoun."""
    words = mention.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return any(w[:1].isupper() for w in words) and _key(mention) not in _PRONOUNS


def _names(actor: Actor) -> set[tuple[str, ...]]:
    """The actor's name and its name-like mentions, as title-less word tuples."""
    forms = {_name_words(actor.name)} | {_name_words(m) for m in actor.mentions if _name_like(m)}
    return {f for f in forms if f}


def _surname_of(actor: Actor) -> str | None:
    """The last word of a person named in full, else None."""
    words = _name_words(actor.name)
    return words[-1] if actor.kind == "person" and len(words) > 1 else None


@dataclass
class _Actors:
    """Actors of all parts, grouped; global ids are ``"<part>:<local id>"``."""

    by_gid: dict[str, Actor] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    parts_of: dict[str, set[int]] = field(default_factory=dict)  # group root -> parts in the group
    by_name: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    by_surname: dict[str, list[str]] = field(default_factory=dict)
    publisher: str | None = None

    def root(self, gid: str) -> str:
        while self.parent[gid] != gid:
            self.parent[gid] = self.parent[self.parent[gid]]
            gid = self.parent[gid]
        return gid

    def _join(self, gid: str, other: str) -> bool:
        """Put the two groups together unless that would join two actors of one chunk."""
        a, b = self.root(gid), self.root(other)
        if a == b or self.parts_of[a] & self.parts_of[b]:
            return False
        first, second = sorted((a, b), key=_part_order)
        self.parent[second] = first
        self.parts_of[first] |= self.parts_of.pop(second)
        return True

    def add(self, part: int, actors: Iterable[Actor]) -> None:
        for actor in actors:
            gid = f"{part}:{actor.id}"
            self.by_gid[gid], self.parent[gid], self.parts_of[gid] = actor, gid, {part}
            for other in self._same_as(actor):
                self._join(gid, other)
            for name in _names(actor):
                self.by_name.setdefault(name, []).append(gid)
            surname = _surname_of(actor)
            if surname:
                self.by_surname.setdefault(surname, []).append(gid)
            if actor.kind == "publisher" and self.publisher is None:
                self.publisher = gid

    def _same_as(self, actor: Actor) -> list[str]:
        """Earlier actors that are ``actor``, found through the indexes (never a scan of all)."""
        if actor.kind == "publisher":
            return [self.publisher] if self.publisher else []
        if actor.identification == "anonymous":
            found = self.by_name.get(_name_words(actor.name), [])
            return [g for g in found if _same_anonymous(actor, self.by_gid[g])]
        found = [
            g
            for name in _names(actor)
            for g in self.by_name.get(name, [])
            if _compatible(actor, self.by_gid[g], exact=name == _name_words(actor.name))
        ]
        words = _name_words(actor.name)
        if len(words) == 1:  # a lone surname: one person named in full, or nobody
            people = {self.root(g) for g in self.by_surname.get(words[0], [])}
            if len(people) == 1:
                found.append(people.pop())
        return found

    def merged(self) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """The merged actors (as dicts) and the global id -> merged id map."""
        members: dict[str, list[str]] = {}
        for gid in self.by_gid:
            members.setdefault(self.root(gid), []).append(gid)
        new_id = {root: f"A{n}" for n, root in enumerate(members, 1)}
        table = {gid: new_id[self.root(gid)] for gid in self.by_gid}
        out = []
        for root, gids in members.items():
            group = [self.by_gid[g] for g in gids]
            named = [a for a in group if a.identification != "anonymous"]
            best = max(group, key=lambda a: (len(_name_words(a.name)), len(a.name)))
            affiliations = [
                table.get(f"{g.partition(':')[0]}:{a.affiliation}") for g, a in zip(gids, group, strict=True)
            ]
            out.append(
                {
                    "id": new_id[root],
                    "name": best.name,
                    "kind": best.kind,
                    "identification": (named or group)[0].identification,
                    "role": next((a.role for a in group if a.role), None),
                    "affiliation": next((x for x in affiliations if x and x != new_id[root]), None),
                    "mentions": _unique(m for a in group for m in a.mentions),
                }
            )
        return out, table


def _part_order(gid: str) -> tuple[int, int]:
    part, _, local = gid.partition(":")
    return int(part), int(local[1:]) if local[1:].isdigit() else 0


def _compatible(a: Actor, b: Actor, *, exact: bool) -> bool:
    if b.kind == "publisher" or b.identification == "anonymous":
        return False
    return exact or a.kind == b.kind


def _same_anonymous(a: Actor, b: Actor) -> bool:
    return b.identification == "anonymous" and _key(a.role or "") == _key(b.role or "")


# --- claims and denials -------------------------------------------------------------------------


def _overlaps(a: list[Evidence], b: list[Evidence]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _figures(claim: dict[str, Any]) -> set[tuple[str, Any, Any]]:
    return {(_key(q["counts"]), q.get("low"), q.get("high")) for q in claim["quantities"]}


def _united(spans: list[Evidence], more: list[Evidence]) -> list[Evidence]:
    """``spans`` plus ``more``; a span inside another gives way to the wider one."""
    out = list(spans)
    for ev in more:
        if any(o.start <= ev.start and ev.end <= o.end for o in out):
            continue
        out = [o for o in out if not (ev.start <= o.start and o.end <= ev.end)] + [ev]
    return sorted(out, key=lambda e: e.start)


@dataclass
class _Merged:
    data: dict[str, Any]
    spans: list[Evidence]
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

    def match(self, claim: dict[str, Any], spans: list[Evidence], part: int) -> _Merged | None:
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
            if score >= RESTATEMENT_SIMILARITY or _overlaps(m.spans, spans):
                best, best_score = m, score
        return best


def _absorb_claim(into: _Merged, claim: ClaimDraft, remapped: dict[str, Any], spans: list[Evidence]) -> None:
    data = into.data
    into.spans = _united(into.spans, spans)
    if _CERTAINTY_RANK[claim.certainty] < _CERTAINTY_RANK[data["certainty"]]:
        data["certainty"] = claim.certainty  # a hedge stays a hedge: keep the weaker commitment
    for name in ("hedges", "quantities"):
        texts = {x["text"] for x in data[name]}
        data[name] += [x for x in remapped[name] if x["text"] not in texts]
    for name in ("via", "contradicts", "corroborates"):
        data[name] = _unique([*data[name], *remapped[name]])
    for name in ("estimate", "when", "cue"):
        if data.get(name) is None:
            data[name] = remapped.get(name)


def _link_contradictions(claims: list[_Merged]) -> None:
    """Claims read in different chunks that no chunk could compare: the same proposition with the
    opposite polarity, from another named source, is a contradiction ("will reopen" / "will not")."""
    by_word: dict[str, list[int]] = {}
    for n, m in enumerate(claims):
        for word in m.words:
            by_word.setdefault(word, []).append(n)
    for n, m in enumerate(claims):
        if m.data["source"] is None:
            continue
        shared: dict[int, int] = {}
        for word in m.words:
            postings = by_word[word]
            if len(postings) > MAX_POSTINGS:
                continue  # a word in hundreds of claims says nothing about which two are alike
            for other in postings:
                if other < n:
                    shared[other] = shared.get(other, 0) + 1
        for other, common in shared.items():
            o = claims[other]
            similar = common / (len(m.words) + len(o.words) - common) >= CONTRADICTION_SIMILARITY
            if (
                similar
                and o.data["polarity"] != m.data["polarity"]
                and o.data["source"] not in (None, m.data["source"])
                and not (o.parts & m.parts)
                and o.data["id"] not in m.data["contradicts"]
            ):
                m.data["contradicts"].append(o.data["id"])


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


class _Placer:
    """Locates a chunk's quotes in that chunk, and reports them in whole-article offsets."""

    def __init__(self, document: Document, parts: list[tuple[Chunk, BriefingDraft]]) -> None:
        hints: dict[str, list[tuple[int, int]]] = {}
        for chunk, draft in parts:
            for text in _verbatim(draft):
                hints.setdefault(text, []).append((chunk.start, chunk.end))
        self.index = HintedIndex(document.text, hints)

    def place(self, chunk: Chunk, quotes: Iterable[str]) -> list[Evidence]:
        out = []
        for quote in quotes:
            span = self.index.part(chunk.start, chunk.end).locate(quote)
            if span is not None:
                out.append(Evidence(quote=quote, start=span.start + chunk.start, end=span.end + chunk.start,
                                    match=span.match))  # fmt: skip
        return out


def _verbatim(draft: BriefingDraft) -> Iterable[str]:
    """Every text of the draft that must be found in the article."""
    for claim in draft.claims:
        yield from (ev.quote for ev in claim.evidence)
        yield from (h.text for h in claim.hedges)
        yield from (q.text for q in claim.quantities)
        if claim.estimate:
            yield claim.estimate.text
        if claim.cue:
            yield claim.cue
    for denial in draft.denials:
        yield from (ev.quote for ev in denial.evidence)
    for actor in draft.actors:
        yield from actor.mentions
    yield from (ev.quote for ev in draft.embedded_instructions)


def merge(parts: list[tuple[Chunk, BriefingDraft]], document: Document) -> tuple[BriefingDraft, HintedIndex, Located]:
    """One draft of ``document`` from the drafts of its chunks (in document order), the index that
    grounds it, and every claim's and denial's evidence located where its chunk found it."""
    placer = _Placer(document, parts)
    actors = _Actors()
    for n, (_, draft) in enumerate(parts):
        actors.add(n, draft.actors)
    actor_list, actor_of = actors.merged()

    def actor(part: int, local: str | None) -> str | None:
        return None if local is None else actor_of.get(f"{part}:{local}")

    claims: list[_Merged] = []
    voices: dict[tuple[str | None, str], _Voice] = {}  # by (source, polarity)
    item_of: dict[str, str] = {}  # "<part>:<local item id>" -> merged id
    for n, (chunk, draft) in enumerate(parts):
        for claim in draft.claims:
            spans = placer.place(chunk, (ev.quote for ev in claim.evidence))
            if not spans:
                continue
            data = claim.model_dump()
            data["source"] = actor(n, claim.source)
            data["via"] = [a for a in (actor(n, v) for v in claim.via) if a]
            data["contradicts"] = [f"{n}:{r}" for r in claim.contradicts]
            data["corroborates"] = [f"{n}:{r}" for r in claim.corroborates]
            voice = voices.setdefault((data["source"], data["polarity"]), _Voice())
            match = voice.match(data, spans, n)
            if match is None:
                data["id"] = f"C{len(claims) + 1}"
                match = _Merged(data, spans, {n}, _words(claim.statement))
                claims.append(match)
                voice.add(match)
            else:
                _absorb_claim(match, claim, data, spans)
                match.parts.add(n)
            item_of[f"{n}:{claim.id}"] = match.data["id"]
    claim_data = [m.data for m in claims]
    for c in claim_data:
        for name in ("contradicts", "corroborates"):
            c[name] = [item_of[r] for r in c[name] if r in item_of]
    _link_contradictions(claims)
    _clean_relations(claim_data)

    denials: list[_Merged] = []
    for n, (chunk, draft) in enumerate(parts):
        for denial in draft.denials:
            spans = placer.place(chunk, (ev.quote for ev in denial.evidence))
            data = denial.model_dump()
            data["by"] = actor(n, denial.by)
            data["target"] = item_of.get(f"{n}:{denial.target}") if denial.target else None
            if not spans or data["by"] is None:
                continue
            same = next(
                (
                    m
                    for m in denials
                    if n not in m.parts
                    and m.data["by"] == data["by"]
                    and m.data["kind"] == data["kind"]
                    and (_overlaps(m.spans, spans) or (data["target"] and m.data["target"] == data["target"]))
                ),
                None,
            )
            if same is None:
                data["id"] = f"D{len(denials) + 1}"
                same = _Merged(data, spans, {n})
                denials.append(same)
            else:
                same.spans = _united(same.spans, spans)
                same.parts.add(n)
            item_of[f"{n}:{denial.id}"] = same.data["id"]

    located = {m.data["id"]: m.spans for m in [*claims, *denials]}
    for m in [*claims, *denials]:
        m.data["evidence"] = [{"quote": ev.quote} for ev in m.spans]
    merged: dict[str, Any] = {
        "title": parts[0][1].title,
        "actors": actor_list,
        "claims": claim_data,
        "denials": [m.data for m in denials],
        "uncertainties": _uncertainties([d for _, d in parts], item_of),
        "embedded_instructions": _embedded([d for _, d in parts]),
        "bluf": [],
    }
    return finished(merged, placer.index, located), placer.index, located


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
