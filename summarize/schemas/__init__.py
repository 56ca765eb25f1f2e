"""The briefing contract as Pydantic models: the model-facing draft and the final briefing.

Layer 1. Imports only the foundation (``summarize.errors``, ``summarize.version``,
``summarize.settings``) and owns what it validates with: ``grounding.py`` (locating a quote in the
article) and ``figures.py`` (what counts as a figure). ``briefing.schema.json`` is exported from
the models (``python -m summarize.schemas.export``) and kept in sync by a test.
"""

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
