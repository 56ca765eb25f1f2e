"""The engine's entry for LLM briefings: one configured session, reused for many articles.

An article's path, written once (``briefing``) and driven from ordinary code (``brief``) or from an
event loop (``abrief``, blocking steps in worker threads): the response cache first, then the
article as the chunks that fit one request's budget, each extracted (``llm.extraction``) and merged
(``read_chunks``), then assembled, then stored in the cache. The LLM stack (openai, instructor) is
imported only once a model is really asked.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from summarize.engine.assemble import assemble
from summarize.engine.budget import (
    MIN_ARTICLE_TOKENS,
    article_budget,
    default_max_input_tokens,
    estimate_tokens,
    prompt_overhead_tokens,
)
from summarize.engine.read_chunks import Reading, reading
from summarize.engine.response_cache import DEFAULT_MAX_MB, ResponseCache
from summarize.engine.split import Chunk, split
from summarize.engine.steps import Call, Core, arun, run
from summarize.errors import ConfigurationError
from summarize.schemas import Briefing
from summarize.settings import Settings
from summarize.sources.document import Document

if TYPE_CHECKING:
    import httpx2

    from summarize.engine.llm import Endpoint


class Session:
    """Settings, the endpoint's HTTP clients (one connection pool) and the response cache."""

    def __init__(
        self,
        settings: Settings,
        http_client: httpx2.Client | None = None,
        async_http_client: httpx2.AsyncClient | None = None,
        cache_folder: Path | None = None,
        *,
        cache_max_mb: float | None = DEFAULT_MAX_MB,
        refresh: bool = False,
    ) -> None:
        self.settings = settings
        self.cache = ResponseCache(cache_folder, max_mb=cache_max_mb, refresh=refresh)
        self._http_clients = (http_client, async_http_client)
        self._endpoint: Endpoint | None = None

    def brief(self, document: Document) -> Briefing:
        return run(self.briefing(document))

    async def abrief(self, document: Document) -> Briefing:
        return await arun(self.briefing(document))

    async def abrief_loaded(self, load: Callable[[], Document]) -> Briefing:
        """``abrief(load())``, the article loaded and looked up in the cache in one worker-thread step."""
        return await arun(self.loaded_briefing(load))

    def briefing(self, document: Document) -> Core[Briefing]:
        """The one path of an article (see the module's docstring)."""
        lookup = Call(functools.partial(self.cache.recall, document, self.settings))  # SQLite blocks: a step
        recalled: tuple[str, Briefing | None] = yield lookup
        return (yield from self._answer(document, recalled))

    def loaded_briefing(self, load: Callable[[], Document]) -> Core[Briefing]:
        """``briefing(load())`` with reading the article (a file, a URL) and the cache lookup as one
        blocking step: from an event loop, one thread hand-off per article for both, not two."""
        loaded: tuple[Document, tuple[str, Briefing | None]] = yield Call(functools.partial(self._load_recall, load))
        document, recalled = loaded
        return (yield from self._answer(document, recalled))

    def _load_recall(self, load: Callable[[], Document]) -> tuple[Document, tuple[str, Briefing | None]]:
        document = load()
        return document, self.cache.recall(document, self.settings)

    def _answer(self, document: Document, recalled: tuple[str, Briefing | None]) -> Core[Briefing]:
        key, cached = recalled
        if cached is not None:
            return cached  # a hit never loads the LLM stack
        from summarize.engine import llm

        endpoint = self.endpoint()
        # Most articles fit one request: that is told in microseconds, on the spot. Splitting a
        # long text, and assembling what its chunks gave, is CPU work worth a worker thread; for
        # one piece, a thread's hand-off (from an event loop) cost more than the work.
        model = self.settings.llm_model()
        chunks = one_piece(document, self.settings.max_input_tokens, model)
        if chunks is None:
            chunks = yield Call(functools.partial(_chunks, document, self.settings))
        read: Reading = yield from reading(
            document, chunks, self.settings.jobs, functools.partial(llm.extraction, endpoint=endpoint)
        )
        assembling = functools.partial(assemble, read.draft, document, read.run, index=read.index, located=read.located)
        briefing = assembling() if read.located is None else (yield Call(assembling))
        kept: Briefing = yield Call(functools.partial(self.cache.keep, key, briefing))
        return kept

    def endpoint(self) -> Endpoint:
        if self._endpoint is None:
            from summarize.engine.llm import Endpoint
            from summarize.engine.prices import price_table

            self.settings.llm_model()  # fail early, with the fix, when nothing is configured
            price_table()  # a broken prices file fails now, not after the answer was paid for
            self._endpoint = Endpoint(self.settings, *self._http_clients)
        return self._endpoint


def _chunks(document: Document, settings: Settings) -> list[Chunk]:
    """The chunks of an article already found not to fit one request (``one_piece`` said None)."""
    return split(document.text, _budget(settings.max_input_tokens, settings.llm_model()))


def chunks_for(document: Document, given: int | None, model: str) -> list[Chunk]:
    """The whole article when it fits one request's budget (``given``, else the model's), else chunks
    that do. Also what the llm plugin reads an article in."""
    whole = one_piece(document, given, model)
    return whole if whole is not None else split(document.text, _budget(given, model))


def one_piece(document: Document, given: int | None, model: str) -> list[Chunk] | None:
    """``[the whole article]`` when it fits one request's budget, else None (it needs splitting)."""
    return [Chunk(0, document.chars)] if estimate_tokens(document.text) <= _budget(given, model) else None


def _budget(given: int | None, model: str) -> int:
    least = prompt_overhead_tokens() + MIN_ARTICLE_TOKENS
    if given is not None and given < least:
        raise ConfigurationError(
            f"--max-input-tokens {given:,} leaves no room for the article: the instructions and schema "
            f"take about {prompt_overhead_tokens():,} tokens; give at least {least:,}"
        )
    return article_budget(given or default_max_input_tokens(model))
