"""The contract's closed vocabularies (briefing contract, schema version 1)."""

from __future__ import annotations

from typing import Literal

SCHEMA_VERSION: Literal["1"] = "1"

ActorKind = Literal[
    "person", "organization", "government", "military", "intelligence", "media", "country", "group", "publisher"
]
Identification = Literal["named", "institutional", "anonymous"]
QuoteType = Literal["direct", "indirect", "mixed", "none"]
Certainty = Literal["certain", "probable", "possible", "unknown"]
Polarity = Literal["positive", "negative"]
HedgeType = Literal["epistemic", "doxastic", "investigation", "condition", "weasel"]
EstimateBand = Literal[
    "almost_no_chance", "very_unlikely", "unlikely", "roughly_even_chance", "likely", "very_likely", "almost_certain"
]
Bound = Literal["exact", "approximately", "at_least", "at_most", "range", "vague"]
DenialKind = Literal[
    "explicit_denial",
    "partial_denial",
    "non_denial_denial",
    "equivocation",
    "neither_confirm_nor_deny",
    "conditional_justification",
    "declined_to_comment",
    "no_response",
]
UncertaintyReason = Literal[
    "conflicting_sources",
    "single_source",
    "anonymous_only",
    "unconfirmed",
    "hedged_only",
    "future_contingent",
    "awaiting_response",
    "unknown_detail",
]
MatchKind = Literal["exact", "normalized", "fuzzy"]
Backend = Literal["llm", "offline"]
