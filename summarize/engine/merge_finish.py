"""The last step of merging chunk drafts: the merged draft validated against the whole article, with
the conflicts between chunks and the BLUF derived for the whole document (:mod:`summarize.engine.merge`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from summarize.errors import InvalidOutputError
from summarize.schemas import Actor, BriefingDraft, ClaimDraft, DenialDraft, Evidence, Uncertainty
from summarize.schemas.grounding import HintedIndex

Located = dict[str, list[Evidence]]  # merged item id -> its evidence, located in the whole article


def finished(data: dict[str, Any], index: HintedIndex, located: Located) -> BriefingDraft:
    """The merged draft, grounded through ``index``, with derived conflicts and BLUF added.

    Every part was valid alone; if the union still breaks a rule (a relation, an open question),
    those are dropped before anything else is.
    """
    from summarize.engine.overview import Items, bluf_for, conflicts_for

    starts = {item_id: min(ev.start for ev in spans) for item_id, spans in located.items()}
    items = Items(
        actors=[Actor.model_validate(a) for a in data["actors"]],
        claims=[ClaimDraft.model_validate(c) for c in data["claims"]],
        denials=[DenialDraft.model_validate(d) for d in data["denials"]],
    )
    kept = [Uncertainty.model_validate(u) for u in data["uncertainties"]]
    extra = [u for u in conflicts_for(items) if not _already(u, kept)]
    data["uncertainties"] = [{**u.model_dump(), "id": f"U{n}"} for n, u in enumerate([*kept, *extra], 1)]
    data["bluf"] = [b.model_dump() for b in bluf_for(items, starts)]
    plain = {
        **data,
        "uncertainties": [],
        "claims": [{**c, "contradicts": [], "corroborates": []} for c in data["claims"]],
    }
    failure: ValidationError | None = None
    for attempt in (data, plain):
        try:
            return BriefingDraft.model_validate(attempt, context={"article": index})
        except ValidationError as exc:
            failure = exc
    raise InvalidOutputError(f"the chunks' briefings could not be merged: {str(failure)[:300]}") from None


def _already(candidate: Uncertainty, existing: Iterable[Uncertainty]) -> bool:
    return any(set(candidate.related) <= set(u.related) for u in existing)
