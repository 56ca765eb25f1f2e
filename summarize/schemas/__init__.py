"""The briefing contract as Pydantic models: the model-facing draft and the final briefing."""

from .briefing import ArticleInfo, Briefing, CharRange, Claim, Coverage, Denial, GroundingStats, Meta, Usage
from .draft import BriefingDraft, ClaimDraft, DenialDraft, grounding_article
from .enums import SCHEMA_VERSION
from .parts import Actor, BlufSentence, Estimate, Evidence, EvidenceQuote, Hedge, Quantity, Uncertainty

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ArticleInfo",
    "BlufSentence",
    "Briefing",
    "BriefingDraft",
    "CharRange",
    "Claim",
    "ClaimDraft",
    "Coverage",
    "Denial",
    "DenialDraft",
    "Estimate",
    "Evidence",
    "EvidenceQuote",
    "GroundingStats",
    "Hedge",
    "Meta",
    "Quantity",
    "Uncertainty",
    "Usage",
    "grounding_article",
]
