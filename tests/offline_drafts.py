"""Helpers for the per-language offline tests: a checked draft of a short text, its claims and sources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarize.offline import read
from summarize.schemas import BriefingDraft
from summarize.sources.document import Document


def drafter(language: str | None = None) -> Callable[[str], BriefingDraft]:
    """A function giving the offline draft of a text, checked to be valid (and read in ``language``,
    when one is given)."""

    def draft(text: str) -> BriefingDraft:
        doc = Document.from_text(text)
        reading = read(doc)
        assert language is None or reading.language == language, reading.language
        BriefingDraft.model_validate(reading.draft.model_dump(), context={"article": doc})
        return reading.draft

    return draft


def claim_quoting(draft: BriefingDraft, needle: str) -> Any:
    """The first claim whose evidence holds ``needle``."""
    for claim in draft.claims:
        if any(needle in ev.quote for ev in claim.evidence):
            return claim
    raise AssertionError(f"no claim quoting {needle!r}: {[c.evidence[0].quote for c in draft.claims]}")


def source_name(draft: BriefingDraft, claim: Any) -> str:
    return next(a.name for a in draft.actors if a.id == claim.source)
