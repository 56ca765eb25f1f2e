"""Open questions derived from the draft itself: conflicts, figures that disagree, hedged-only,
single or anonymous sourcing, unconfirmed claims and allegations awaiting a response."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarize.schemas.enums import UncertaintyReason
from summarize.schemas.parts import ClaimFields

from . import lexicon
from .lexicon import Lexicon
from .lexicon.patterns import alt
from .spans import clip_words


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


def view_of(claim: ClaimFields, anonymous: set[str], lex: Lexicon | None = None) -> ClaimView:
    """What the rules need of a claim; ``anonymous`` holds the ids of unnamed sources; ``lex`` the lexicon
    of the article's language (English when not given)."""
    future = _future(lex if lex is not None else lexicon.load())
    return ClaimView(
        id=claim.id,
        source=claim.source,
        anonymous=claim.source in anonymous,
        certainty=claim.certainty,
        polarity=claim.polarity,
        hedged=bool(claim.hedges) or claim.estimate is not None,
        statement=claim.statement,
        counts=[(q.counts, q.low, q.high) for q in claim.quantities],
        contradicts=list(claim.contradicts),
        future=bool(future.search(claim.statement)),
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


@dataclass
class Open:
    question: str
    reasons: list[UncertaintyReason]
    related: list[str]
    would_resolve: str | None


_MAX = 8


def _question(statement: str) -> str:
    body = statement.rstrip(".!? ")
    body = body[:1].lower() + body[1:] if body[:2] != body[:2].upper() else body
    return clip_words(f"Is it established that {body}?", 300)


def _count_key(counts: str) -> str:
    words = re.findall(r"[a-z]+", counts.lower())
    return words[-1].rstrip("s") if words else ""


def derive(claims: list[ClaimView], denials: list[DenialView]) -> list[Open]:
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
                    _question(c.statement),
                    ["conflicting_sources"],
                    sorted(pair, key=_order),
                    "An independent account that settles which source is right.",
                )
            )
    # figures of the same counted thing that disagree
    by_thing: dict[str, list[tuple[ClaimView, float | None, float | None]]] = {}
    for c in claims:
        for counts, low, high in c.counts:
            key = _count_key(counts)
            if key and key != "unspecified":
                by_thing.setdefault(key, []).append((c, low, high))
    for key, items in by_thing.items():
        values = {(lo, hi) for _, lo, hi in items if lo is not None or hi is not None}
        sources = {c.source for c, _, _ in items}
        if len(values) > 1 and len(sources) > 1:
            related = sorted({c.id for c, _, _ in items}, key=_order)
            out.append(
                Open(
                    f"How many {key}s are there? The sources give different figures.",
                    ["conflicting_sources", "unknown_detail"],
                    related,
                    "A single count with its date and method, or an independent tally.",
                )
            )
    for d in denials:
        if d.kind in ("no_response", "declined_to_comment", "neither_confirm_nor_deny"):
            related = [d.id] + ([d.target] if d.target else [])
            reason: UncertaintyReason = "awaiting_response" if d.kind == "no_response" else "unconfirmed"
            out.append(
                Open(
                    clip_words(f"How does {d.by_name} answer: {d.target_statement.rstrip('.')}?", 300),
                    [reason],
                    related,
                    f"An on-record response from {d.by_name}.",
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
            out.append(
                Open(
                    _question(c.statement), reasons, [c.id], "On-record confirmation from a named, independent source."
                )
            )
    return out[:_MAX]


def _order(item_id: str) -> tuple[str, int]:
    return item_id[:1], int(item_id[1:]) if item_id[1:].isdigit() else 0
