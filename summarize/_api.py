"""The library surface: ``summarize()``, ``asummarize()`` and the reusable ``Summarizer``."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from summarize._assemble import RunInfo, assemble
from summarize._document import Document
from summarize._settings import Settings
from summarize.errors import InvalidOutputError
from summarize.schemas import Briefing, BriefingDraft, Usage

if TYPE_CHECKING:
    from summarize._llm import Endpoint

OFFLINE_NOTICE = (
    "no model endpoint configured: using the offline backend "
    "(set OPENAI_API_KEY and SUMMARIZE_MODEL, or --base-url, for an LLM briefing)"
)


def _as_document(article: str | Document, source: str) -> Document:
    return article if isinstance(article, Document) else Document.from_text(article, source)


def _offline(document: Document, notes: list[str]) -> Briefing:
    from summarize import offline  # imported only when used: the LLM stack is never loaded for it

    started = time.perf_counter()
    draft = offline.extract(document)
    try:  # the same validation an LLM draft goes through
        draft = BriefingDraft.model_validate(draft.model_dump(), context={"article": document})
    except ValueError as exc:
        raise InvalidOutputError(f"the offline backend produced an invalid briefing: {str(exc)[:200]}") from None
    run = RunInfo(
        backend="offline",
        usage=Usage(cost_usd=0.0),  # no model was called: nothing was spent (null means "price unknown")
        duration_ms=(time.perf_counter() - started) * 1000,
        warnings=notes,
    )
    return assemble(draft, document, run)


class Summarizer:
    """A configured summarizer, reused for many articles (one HTTP connection pool).

    Options (all optional; the environment fills the rest): ``backend`` auto|llm|offline, ``model``,
    ``base_url``, ``api_key``, ``mode`` auto|tools|json_schema|json|md_json, ``max_reasks`` (2),
    ``timeout`` (seconds per request, 60), ``max_output_tokens``, ``temperature``; and for tests or
    custom networking, ``http_client`` / ``async_http_client`` (httpx2 clients).
    """

    def __init__(self, **options: Any) -> None:
        self._http_client = options.pop("http_client", None)
        self._async_http_client = options.pop("async_http_client", None)
        self.settings = Settings.resolve(**options)
        self._endpoint: Endpoint | None = None

    @property
    def backend(self) -> str:
        """The backend this summarizer will use: 'llm' or 'offline'."""
        return self.settings.chosen_backend()

    def _llm_endpoint(self) -> Endpoint:
        if self._endpoint is None:
            from summarize._llm import Endpoint

            self.settings.llm_model()  # fail early, with the fix, when nothing is configured
            self._endpoint = Endpoint(self.settings, self._http_client, self._async_http_client)
        return self._endpoint

    def _notes(self) -> list[str]:
        return [OFFLINE_NOTICE] if self.settings.backend == "auto" and self.backend == "offline" else []

    def summarize(self, article: str | Document, *, source: str = "text") -> Briefing:
        """Brief one article (text or a loaded ``Document``)."""
        document = _as_document(article, source)
        if self.backend == "offline":
            return _offline(document, self._notes())
        from summarize import _llm

        draft, run = _llm.extract(document, self._llm_endpoint())
        return assemble(draft, document, run)

    async def asummarize(self, article: str | Document, *, source: str = "text") -> Briefing:
        """Brief one article without blocking the event loop."""
        document = _as_document(article, source)
        if self.backend == "offline":  # CPU-bound rules: run them off the event loop
            return await asyncio.to_thread(_offline, document, self._notes())
        from summarize import _llm

        draft, run = await _llm.aextract(document, self._llm_endpoint())
        return assemble(draft, document, run)


def summarize(text: str, **options: Any) -> Briefing:
    """Brief one article. See ``Summarizer`` for the options."""
    return Summarizer(**options).summarize(text)


async def asummarize(text: str, **options: Any) -> Briefing:
    """Brief one article asynchronously. See ``Summarizer`` for the options."""
    return await Summarizer(**options).asummarize(text)
