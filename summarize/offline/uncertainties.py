"""Open questions derived from the draft itself: conflicts, figures that disagree, hedged-only,
single or anonymous sourcing, unconfirmed claims and allegations awaiting a response."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarize.schemas.enums import UncertaintyReason
from summarize.schemas.parts import ClaimFields

from . import lexicon, questions
from .lexicon import Lexicon
from .lexicon.patterns import alt


@dataclass
class ClaimView:
    id: str
    source: str | None
    anonymous: bool
    certainty: str
    polarity: str
    hedged: bool
    statement: str
    counts: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    contradicts: list[str] = field(default_factory=list)
    future: bool = False
    source_name: str | None = None
    figures: list[tuple[str, str]] = field(default_factory=list)  # (as written, what it counts)


def view_of(
    claim: ClaimFields, anonymous: set[str], lex: Lexicon | None = None, names: dict[str, str] | None = None
) -> ClaimView:
    """What the rules need of a claim; ``anonymous`` holds the ids of unnamed sources; ``lex`` the lexicon
    of the article's language (English when not given); ``names`` the actors' names by id."""
    hedged = bool(claim.hedges) or claim.estimate is not None
    # a future is read only where it makes a question: an anonymous, unconfirmed or hedged claim
    open_ = claim.source in anonymous or claim.certainty != "certain" or hedged
    future = open_ and bool(_future(lex if lex is not None else lexicon.load()).search(claim.statement))
    return ClaimView(
        id=claim.id,
        source=claim.source,
        anonymous=claim.source in anonymous,
        certainty=claim.certainty,
        polarity=claim.polarity,
        hedged=hedged,
        statement=claim.statement,
        counts=[(q.counts, q.low, q.high) for q in claim.quantities],
        contradicts=list(claim.contradicts),
        future=future,
        source_name=(names or {}).get(claim.source or ""),
        figures=[(q.text, q.counts) for q in claim.quantities],
    )


def _future(lex: Lexicon) -> re.Pattern[str]:
    return lex.compiled(_build_future)


def _build_future(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b{alt(lex.claims.future_words)}\b")


@dataclass
class DenialView:
    id: str
    kind: str
    by_name: str
    target: str | None
    target_statement: str
    spans: int = 1  # evidence spans: a non-denial with one is the reporter's "did not address A" alone


@dataclass
class Open:
    question: str
    reasons: list[UncertaintyReason]
    related: list[str]
    would_resolve: str | None


_MAX = 8


def _count_key(counts: str) -> str:
    words = re.findall(r"[a-z]+", counts.lower())
    return words[-1].rstrip("s") if words else ""


def derive(
    claims: list[ClaimView],
    denials: list[DenialView],
    lex: Lexicon | None = None,
    common: frozenset[str] | None = None,
) -> list[Open]:
    """The open questions of a draft, each written from its reason (:mod:`.questions`); ``common``: the
    words the article writes in lower case (a question's subject keeps a name's capital, no other)."""
    lex = lex if lex is not None else lexicon.load()
    p = lex.prose
    resolve = dict(p.would_resolve)
    by_id = {c.id: c for c in claims}
    out: list[Open] = []
    seen_pairs: set[frozenset[str]] = set()
    for c in claims:
        for other in c.contradicts:
            pair = frozenset((c.id, other))
            if pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            out.append(
                Open(
                    questions.conflict(c, by_id.get(other), lex, common),
                    ["conflicting_sources"],
                    sorted(pair, key=_order),
                    resolve.get("conflict"),
                )
            )
    # figures of the same counted thing that disagree
    by_thing: dict[str, list[tuple[ClaimView, float | None, float | None, str, str]]] = {}
    for c in claims:
        for (counts, low, high), (written, _) in zip(c.counts, c.figures or [("", "")] * len(c.counts), strict=False):
            key = _count_key(counts)
            if key and key != "unspecified":
                by_thing.setdefault(key, []).append((c, low, high, written, counts))
    for items in by_thing.values():
        values = {(lo, hi) for _, lo, hi, _, _ in items if lo is not None or hi is not None}
        sources = {c.source for c, _, _, _, _ in items}
        if len(values) > 1 and len(sources) > 1:
            related = sorted({c.id for c, _, _, _, _ in items}, key=_order)
            out.append(
                Open(
                    questions.figures(items, lex, common),
                    ["conflicting_sources", "unknown_detail"],
                    related,
                    resolve.get("figures"),
                )
            )
    for d in denials:
        # "X did not address A", with none of X's words beside it: A still awaits X's answer
        unanswered = d.kind == "no_response" or (d.kind == "non_denial_denial" and d.spans == 1)
        if unanswered or d.kind in ("declined_to_comment", "neither_confirm_nor_deny"):
            related = [d.id] + ([d.target] if d.target else [])
            reason: UncertaintyReason = "awaiting_response" if unanswered else "unconfirmed"
            target = by_id.get(d.target or "")
            out.append(
                Open(
                    questions.answer(d.by_name, target, lex),
                    [reason],
                    related,
                    resolve.get("answer", "").format(by=d.by_name) or None,
                )
            )
    for c in claims:
        if len(out) >= _MAX:
            break
        reasons: list[UncertaintyReason] = []
        if c.anonymous:
            reasons.append("anonymous_only")
        if c.certainty == "unknown":
            reasons.append("unconfirmed")
        elif c.hedged and c.certainty in ("possible", "probable"):
            reasons.append("hedged_only")
        if c.future and reasons:
            reasons.append("future_contingent")
        if reasons:
            question = questions.about(c, reasons, lex, common)
            same = next((o for o in out if o.question == question), None)
            if same is not None:  # one question for an anonymous source's claims, not one per claim
                same.related.append(c.id)
                continue
            out.append(Open(question, reasons, [c.id], resolve.get("confirm")))
    return out[:_MAX]


def _order(item_id: str) -> tuple[str, int]:
    return item_id[:1], int(item_id[1:]) if item_id[1:].isdigit() else 0
