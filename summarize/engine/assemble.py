"""Turn a validated draft into the final briefing: offsets, match kinds, ids in order, meta.

Ids are renumbered in order of first appearance in the article (actors by their first mention,
claims and denials by their first evidence, uncertainties by their first related item), and every
reference is rewritten to match, so the same draft always gives the same briefing.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from summarize.engine.run import RunInfo
from summarize.errors import InvalidOutputError
from summarize.schemas import (
    ArticleInfo,
    Briefing,
    BriefingDraft,
    ClaimDraft,
    DenialDraft,
    Evidence,
    GroundingStats,
    Meta,
)
from summarize.schemas.grounding import TextIndex
from summarize.sources.document import Document


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)
_NOWHERE = 1 << 62  # sorts after every real offset


def _locate(index: TextIndex, quote: str) -> Evidence:
    span = index.locate(quote)
    if span is None:  # validation already grounded every quote; this is a broken invariant
        raise InvalidOutputError(f"evidence quote {quote[:60]!r} could not be located in the article")
    # Built without validation: every field comes from the locator (a non-empty quote, offsets
    # 0 <= start < end, a match kind), and an answer's evidence was a tenth of assembly's time.
    return Evidence.model_construct(quote=quote, start=span.start, end=span.end, match=span.match)


def _meta(document: Document, run: RunInfo, evidence: list[Evidence]) -> Meta:
    tally = Counter(ev.match for ev in evidence)
    return Meta(
        article=ArticleInfo(
            sha256=document.sha256,
            chars=document.chars,
            source=document.source,
            title=document.title,
            url=document.url,
            author=document.author,
            published=document.published,
        ),
        backend=run.backend,
        model=run.model,
        mode=run.mode,
        prompt_version=run.prompt_version,
        created_at=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        language=run.language,
        chunks=run.chunks,
        coverage=run.coverage,
        usage=run.usage,
        grounding=GroundingStats(
            evidence=len(evidence), exact=tally["exact"], normalized=tally["normalized"], fuzzy=tally["fuzzy"]
        ),
        duration_ms=round(run.duration_ms, 1),
        warnings=list(run.warnings),
    )


def _first_whole_word(text: str, word: str) -> int:
    r"""Where ``word`` first stands with no word character either side (the regex ``(?<!\w)word(?!\w)``),
    or -1. ``str.find`` then a check of the neighbours: a regular expression scan of a long article
    per mention cost half a second on 100,000 words."""
    if not word:
        return -1
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _WORD_CHAR.match(text, at - 1)) and not (end < len(text) and _WORD_CHAR.match(text, end)):
            return at
        at = text.find(word, at + 1)
    return -1


_WORD_CHAR = re.compile(r"\w")


def _remap(value: Any, table: dict[str, str]) -> Any:
    """An id, or a list of ids, rewritten through ``table`` (None stays None)."""
    if value is None:
        return None
    if isinstance(value, list):
        return [table.get(v, v) for v in value]
    return table.get(value, value)


def _order(items: Sequence[T], key: Callable[[T], int], prefix: str) -> tuple[list[T], dict[str, str]]:
    """Items sorted by ``key`` (stable), and the old-id -> new-id map."""
    ranked = sorted(range(len(items)), key=lambda i: (key(items[i]), i))
    ordered = [items[i] for i in ranked]
    return ordered, {item.id: f"{prefix}{n}" for n, item in enumerate(ordered, 1)}


def assemble(
    draft: BriefingDraft,
    document: Document,
    run: RunInfo,
    *,
    index: TextIndex | None = None,
    located: Mapping[str, list[Evidence]] | None = None,
) -> Briefing:
    """The final briefing of ``draft``, a validated draft of ``document``. ``index`` locates texts
    (default: the document's own); ``located`` holds evidence already placed by item id (a long
    article's chunks know where each quote came from)."""
    index = index or document.index
    located = located or {}

    def first_mention(mentions: Sequence[str]) -> int:
        """Where the actor is first named: a whole-word match ("North Korea" is not inside
        "North Korean"), else wherever the mention was located."""
        offsets = []
        for mention in mentions:
            word = _first_whole_word(document.text, mention)
            span = index.locate(mention, elisions=False) if word < 0 else None
            offsets.append(word if word >= 0 else span.start if span else _NOWHERE)
        return min(offsets, default=_NOWHERE)

    items: list[ClaimDraft | DenialDraft] = [*draft.claims, *draft.denials]
    evidence_of = {
        item.id: located.get(item.id) or [_locate(index, ev.quote) for ev in item.evidence] for item in items
    }
    start_of = {item_id: min(ev.start for ev in evs) for item_id, evs in evidence_of.items()}

    actors, actor_ids = _order(draft.actors, lambda a: first_mention(a.mentions), "A")
    claims, claim_ids = _order(draft.claims, lambda c: start_of[c.id], "C")
    denials, denial_ids = _order(draft.denials, lambda d: start_of[d.id], "D")
    item_ids = {**claim_ids, **denial_ids}
    uncertainties, uncertainty_ids = _order(
        draft.uncertainties, lambda u: min((start_of.get(r, _NOWHERE) for r in u.related), default=_NOWHERE), "U"
    )

    embedded = [_locate(index, ev.quote) for ev in draft.embedded_instructions]
    all_evidence = [ev for evs in evidence_of.values() for ev in evs] + embedded
    meta = _meta(document, run, all_evidence)
    # The draft was validated with grounding (every path does that), and its parts change here only
    # by ids from the tables above and by evidence located by code. So each part goes in as its
    # fields (``__dict__``, a shallow copy) with its nested models as they are: pydantic validates
    # the new dicts and takes the nested instances as they are (only a model's "after" validator
    # runs again). Dumping the draft and validating the dumps again was a third of assembly.
    data = {
        "title": draft.title,
        "bluf": [{**s.__dict__, "supports": _remap(s.supports, item_ids)} for s in draft.bluf],
        "actors": [
            {**a.__dict__, "id": actor_ids[a.id], "affiliation": _remap(a.affiliation, actor_ids)} for a in actors
        ],
        "claims": [
            {
                **c.__dict__,
                "id": claim_ids[c.id],
                "source": _remap(c.source, actor_ids),
                "via": _remap(c.via, actor_ids),
                "contradicts": _remap(c.contradicts, claim_ids),
                "corroborates": _remap(c.corroborates, claim_ids),
                "evidence": evidence_of[c.id],
            }
            for c in claims
        ],
        "denials": [
            {
                **d.__dict__,
                "id": denial_ids[d.id],
                "by": _remap(d.by, actor_ids),
                "target": _remap(d.target, claim_ids),
                "evidence": evidence_of[d.id],
            }
            for d in denials
        ],
        "uncertainties": [
            {**u.__dict__, "id": uncertainty_ids[u.id], "related": _remap(u.related, item_ids)} for u in uncertainties
        ],
        "embedded_instructions": embedded,
        "meta": meta,
    }
    return Briefing.model_validate(data)
