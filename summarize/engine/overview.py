"""What only the whole document shows, derived from its items: conflicts between distant parts of
it and a bottom line over all of it. Used when an article was read in chunks, so no extra model
call is needed; the rules are the offline backend's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from summarize.offline import bluf as bluf_rules
from summarize.offline import uncertainties as uncertainty_rules
from summarize.schemas import Actor, BlufSentence, ClaimDraft, DenialDraft, Uncertainty

_NOWHERE = 1 << 62


@dataclass
class Items:
    actors: list[Actor]
    claims: list[ClaimDraft]
    denials: list[DenialDraft]


def conflicts_for(items: Items) -> list[Uncertainty]:
    """Open questions where sources disagree: contradictions and figures of one thing that differ."""
    anonymous = {a.id for a in items.actors if a.identification == "anonymous"}
    views = [uncertainty_rules.view_of(c, anonymous) for c in items.claims]
    return [
        Uncertainty(
            id=f"U{n}", question=o.question, reasons=o.reasons, related=o.related, would_resolve=o.would_resolve
        )
        for n, o in enumerate(uncertainty_rules.derive(views, []), 1)
        if "conflicting_sources" in o.reasons
    ]


def bluf_for(items: Items, starts: Mapping[str, int]) -> list[BlufSentence]:
    """One to three sentences from the lede, the strongest named claims and the first denial.

    ``starts``: where each claim's and denial's evidence begins in the article, by item id.
    """
    names = {a.id: a.name for a in items.actors}
    publishers = {a.id for a in items.actors if a.kind == "publisher"}
    anonymous = {a.id for a in items.actors if a.identification == "anonymous"}

    claims = [
        bluf_rules.Item(
            c.id,
            names.get(c.source) if c.source and c.source not in publishers else None,
            c.statement,
            c.certainty,
            c.source is not None and c.source not in anonymous,
            starts.get(c.id, _NOWHERE),
            has_figure=bool(c.quantities),
        )
        for c in items.claims
    ]
    denials = [
        bluf_rules.Item(d.id, names.get(d.by), d.statement, "certain", True, starts.get(d.id, _NOWHERE), True)
        for d in items.denials
    ]
    return [BlufSentence(text=text, supports=ids) for text, ids in bluf_rules.compose(claims, denials) if text.strip()]
