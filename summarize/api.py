"""The library surface: ``summarize()``, ``asummarize()`` and the reusable ``Summarizer``."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from summarize.engine.assemble import assemble
from summarize.engine.budget import (
    MIN_ARTICLE_TOKENS,
    article_budget,
    default_max_input_tokens,
    estimate_tokens,
    prompt_overhead_tokens,
)
from summarize.engine.offline_briefing import offline_briefing
from summarize.engine.response_cache import ResponseCache
from summarize.engine.split import Chunk, split
from summarize.errors import ConfigurationError
from summarize.schemas import Briefing
from summarize.settings import Settings
from summarize.sources.document import Document

if TYPE_CHECKING:
    from summarize.engine.llm import Endpoint

OFFLINE_NOTICE = (
    "no model endpoint configured: using the offline backend "
    "(set OPENAI_API_KEY and SUMMARIZE_MODEL, or --base-url, for an LLM briefing)"
)


def _as_document(article: str | Document, source: str) -> Document:
    return article if isinstance(article, Document) else Document.from_text(article, source)


def _offline(document: Document, notes: list[str]) -> Briefing:
    from summarize import offline  # imported only when used: the LLM stack is never loaded for it

    started = time.perf_counter()
    return offline_briefing(offline.extract(document), document, notes, started)


class Summarizer:
    """A configured summarizer, reused for many articles (one HTTP connection pool).

    Options (all optional; the environment fills the rest): ``backend`` auto|llm|offline, ``model``,
    ``base_url``, ``api_key``, ``mode`` auto|tools|json_schema|json|md_json, ``max_reasks`` (2),
    ``timeout`` (seconds per request, 60), ``max_output_tokens``, ``temperature``, ``max_input_tokens``
    (prompt budget per request; a longer article is read in chunks), ``jobs`` (chunks in flight, 4);
    ``cache`` False (the default), True (the user cache dir, or $SUMMARIZE_CACHE_DIR) or a folder:
    reuse finished llm briefings (see ``summarize.engine.response_cache``); and for tests or custom networking,
    ``http_client`` / ``async_http_client`` (httpx2 clients).
    """

    def __init__(self, **options: Any) -> None:
        self._http_client = options.pop("http_client", None)
        self._async_http_client = options.pop("async_http_client", None)
        self.cache = ResponseCache(options.pop("cache", False))
        self.settings = Settings.resolve(**options)
        self._endpoint: Endpoint | None = None

    @property
    def backend(self) -> str:
        """The backend this summarizer will use: 'llm' or 'offline'."""
        return self.settings.chosen_backend()

    def _llm_endpoint(self) -> Endpoint:
        if self._endpoint is None:
            from summarize.engine.llm import Endpoint
            from summarize.engine.prices import price_table

            self.settings.llm_model()  # fail early, with the fix, when nothing is configured
            price_table()  # a broken prices file fails now, not after the answer was paid for
            self._endpoint = Endpoint(self.settings, self._http_client, self._async_http_client)
        return self._endpoint

    def _chunks(self, document: Document) -> list[Chunk]:
        """The whole article when it fits one request's budget, else chunks that do."""
        given = self.settings.max_input_tokens
        least = prompt_overhead_tokens() + MIN_ARTICLE_TOKENS
        if given is not None and given < least:
            raise ConfigurationError(
                f"--max-input-tokens {given:,} leaves no room for the article: the instructions and schema "
                f"take about {prompt_overhead_tokens():,} tokens; give at least {least:,}"
            )
        budget = article_budget(given or default_max_input_tokens(self.settings.llm_model()))
        if estimate_tokens(document.text) <= budget:
            return [Chunk(0, document.chars)]
        return split(document.text, budget)

    def _notes(self) -> list[str]:
        return [OFFLINE_NOTICE] if self.settings.backend == "auto" and self.backend == "offline" else []

    def summarize(self, article: str | Document, *, source: str = "text") -> Briefing:
        """Brief one article (text or a loaded ``Document``)."""
        document = _as_document(article, source)
        if self.backend == "offline":
            return _offline(document, self._notes())
        key, cached = self.cache.recall(document, self.settings)  # a hit never loads the LLM stack
        if cached is not None:
            return cached
        from summarize.engine import llm
        from summarize.engine.read_chunks import extract_chunks

        endpoint = self._llm_endpoint()
        endpoint.client()  # built once here, not by each chunk's thread
        chunks = self._chunks(document)
        read = extract_chunks(document, chunks, self.settings.jobs, lambda part: llm.extract(part, endpoint))
        return self.cache.keep(key, assemble(read.draft, document, read.run, index=read.index, located=read.located))

    async def asummarize(self, article: str | Document, *, source: str = "text") -> Briefing:
        """Brief one article without blocking the event loop."""
        document = _as_document(article, source)
        if self.backend == "offline":  # CPU-bound rules: run them off the event loop
            return await asyncio.to_thread(_offline, document, self._notes())
        key, cached = await asyncio.to_thread(self.cache.recall, document, self.settings)  # SQLite blocks
        if cached is not None:
            return cached
        from summarize.engine import llm
        from summarize.engine.read_chunks import aextract_chunks

        endpoint = self._llm_endpoint()
        endpoint.async_client()
        chunks = await asyncio.to_thread(self._chunks, document)
        read = await aextract_chunks(document, chunks, self.settings.jobs, lambda part: llm.aextract(part, endpoint))
        briefing = await asyncio.to_thread(
            assemble, read.draft, document, read.run, index=read.index, located=read.located
        )
        return await asyncio.to_thread(self.cache.keep, key, briefing)


def summarize(text: str | Document, **options: Any) -> Briefing:
    """Brief one article (text, or a ``Document`` such as ``Document.from_url(...)``). See ``Summarizer``."""
    return Summarizer(**options).summarize(text)


async def asummarize(text: str | Document, **options: Any) -> Briefing:
    """Brief one article asynchronously. See ``Summarizer`` for the options."""
    return await Summarizer(**options).asummarize(text)
