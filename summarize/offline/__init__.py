"""The offline backend: a deterministic, rule-based extractor (no network, no model).

``extract(document)`` turns a :class:`~summarize.sources.document.Document` into a
:class:`~summarize.schemas.BriefingDraft` that always validates against the article;
``read(document)`` gives the draft with the language it was read in (``meta.language``).
"""

from .pipeline import Reading, extract, read

__all__ = ["Reading", "extract", "read"]
