"""summarize: turn a news article into a validated, source-grounded briefing.

    >>> from summarize import summarize
    >>> briefing = summarize(article_text)            # offline unless a model endpoint is configured
    >>> briefing = summarize(article_text, model="gpt-4o-mini")

Names are loaded on first use, so ``summarize --version`` and ``--help`` stay fast and the LLM stack
(openai, instructor) is imported only when an LLM briefing is requested. The public surface is
fixed: ``__all__`` below, pinned by a test.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from summarize.version import __version__

if TYPE_CHECKING:
    from summarize.api import Summarizer, asummarize, summarize
    from summarize.batch.runner import summarize_many
    from summarize.errors import (
        AuthenticationError,
        ConfigurationError,
        InputError,
        InputNotFoundError,
        InvalidOutputError,
        ModelOutputError,
        ProviderError,
        ProviderUnavailableError,
        RefusalError,
        SummarizeError,
        TruncatedOutputError,
    )
    from summarize.schemas import Briefing, BriefingDraft
    from summarize.sources.document import Document

_WHERE = {
    "Summarizer": "summarize.api",
    "asummarize": "summarize.api",
    "summarize": "summarize.api",
    "summarize_many": "summarize.batch.runner",
    "Document": "summarize.sources.document",
    "Briefing": "summarize.schemas",
    "BriefingDraft": "summarize.schemas",
    **dict.fromkeys(
        [
            "AuthenticationError",
            "ConfigurationError",
            "InputError",
            "InputNotFoundError",
            "InvalidOutputError",
            "ModelOutputError",
            "ProviderError",
            "ProviderUnavailableError",
            "RefusalError",
            "SummarizeError",
            "TruncatedOutputError",
        ],
        "summarize.errors",
    ),
}

__all__ = [
    "AuthenticationError",
    "Briefing",
    "BriefingDraft",
    "ConfigurationError",
    "Document",
    "InputError",
    "InputNotFoundError",
    "InvalidOutputError",
    "ModelOutputError",
    "ProviderError",
    "ProviderUnavailableError",
    "RefusalError",
    "SummarizeError",
    "Summarizer",
    "TruncatedOutputError",
    "__version__",
    "asummarize",
    "summarize",
    "summarize_many",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
