"""The offline backend: a deterministic, rule-based extractor (no network, no model).

``extract(document)`` turns a :class:`~summarize.sources.document.Document` into a
:class:`~summarize.schemas.BriefingDraft` that always validates against the article.
"""

from .pipeline import extract

__all__ = ["extract"]
