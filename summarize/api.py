"""The library surface: ``summarize()``, ``asummarize()`` and the reusable ``Summarizer``.

An article's way through, each stage entered once: loaded as a ``Document`` (``sources``), drafted by
the offline backend (``offline``) then finished by the engine, or read by the engine's LLM session
(``engine``). The options are resolved (``summarize.settings``) when the Summarizer is made, before
any article arrives; the engine's session is made with the first LLM briefing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from summarize.engine.offline_briefing import offline_briefing
from summarize.errors import ConfigurationError
from summarize.schemas import Briefing
from summarize.settings import OFFLINE_NOTICE, Settings, cache_dir_for
from summarize.sources.document import Document

if TYPE_CHECKING:
    from summarize.engine.response_cache import ResponseCache
    from summarize.engine.session import Session


def cache_options(max_mb: object, refresh: object) -> dict[str, Any]:
    """The cache's size cap and refresh choice, checked like the other options: before any article."""
    if isinstance(max_mb, bool) or not isinstance(max_mb, (int, float)) or max_mb < 0:
        raise ConfigurationError(f"cache_max_mb must be a number of megabytes, 0 or more, not {max_mb!r}")
    if not isinstance(refresh, bool):
        raise ConfigurationError(f"refresh must be True or False, not {refresh!r}")
    return {"cache_max_mb": float(max_mb), "refresh": refresh}


class Summarizer:
    """A configured summarizer, reused for many articles (one HTTP connection pool).

    Options (all optional; the environment fills the rest): ``backend`` auto|llm|offline, ``model``,
    ``base_url``, ``api_key``, ``mode`` auto|tools|json_schema|json|md_json, ``max_reasks`` (2),
    ``timeout`` (seconds per request, 60), ``max_output_tokens``, ``temperature``, ``max_input_tokens``
    (prompt budget per request; a longer article is read in chunks), ``jobs`` (chunks in flight, 4);
    ``cache`` False (the default), True (the user cache dir, or $SUMMARIZE_CACHE_DIR) or a folder:
    reuse finished llm briefings (see ``summarize.engine.response_cache``), with ``cache_max_mb`` its
    size cap (500; 0 for none; least recently used entries go first) and ``refresh`` True to ask the
    model again and replace the stored answer; and for tests or custom
    networking, ``http_client`` / ``async_http_client`` (httpx2 clients).
    """

    def __init__(self, **options: Any) -> None:
        self._http_clients = (options.pop("http_client", None), options.pop("async_http_client", None))
        self._cache_folder = cache_dir_for(options.pop("cache", False))
        self._cache_options = cache_options(options.pop("cache_max_mb", 500.0), options.pop("refresh", False))
        self.settings = Settings.resolve(**options)
        self.backend: Literal["llm", "offline"] = self.settings.chosen_backend()  # what this summarizer uses
        self._notes = [OFFLINE_NOTICE] if self.settings.backend == "auto" and self.backend == "offline" else []
        self._session: Session | None = None  # the engine's, made with the first LLM briefing

    @property
    def cache(self) -> ResponseCache:
        """The response cache; ``cache.problem`` says why it was switched off during a run, if it was."""
        return self._engine().cache

    def _engine(self) -> Session:
        from summarize.engine.session import Session

        if self._session is None:
            self._session = Session(self.settings, *self._http_clients, self._cache_folder, **self._cache_options)
        return self._session

    def summarize(self, article: str | Document, *, source: str = "text") -> Briefing:
        """Brief one article (text or a loaded ``Document``)."""
        document = Document.of(article, source)
        if self.backend == "offline":
            from summarize import offline  # imported only when used: the LLM stack is never loaded for it

            started = time.perf_counter()
            return offline_briefing(offline.read(document), document, self._notes, started)
        from summarize.engine.session import Session

        # Made here, after the article is loaded, rather than by a helper: the article enters each
        # stage once (tests/test_flow.py).
        self._session = self._session or Session(
            self.settings, *self._http_clients, self._cache_folder, **self._cache_options
        )
        return self._session.brief(document)

    async def asummarize(self, article: str | Document, *, source: str = "text") -> Briefing:
        """Brief one article without blocking the event loop."""
        if self.backend == "offline":  # CPU-bound rules: run them off the event loop
            return await asyncio.to_thread(self.summarize, article, source=source)
        from summarize.engine.session import Session

        document = Document.of(article, source)
        self._session = self._session or Session(
            self.settings, *self._http_clients, self._cache_folder, **self._cache_options
        )
        return await self._session.abrief(document)

    async def asummarize_loaded(self, load: Callable[[], Document], *, source: str = "text") -> Briefing:
        """``asummarize(load())``: the loading (a file read, a URL fetch) and the cache lookup share
        one worker thread's turn, where ``asummarize`` after a threaded load would take two."""
        if self.backend == "offline":
            return await asyncio.to_thread(lambda: self.summarize(load(), source=source))
        from summarize.engine.session import Session

        self._session = self._session or Session(
            self.settings, *self._http_clients, self._cache_folder, **self._cache_options
        )
        return await self._session.abrief_loaded(load)


def summarize(text: str | Document, **options: Any) -> Briefing:
    """Brief one article (text, or a ``Document`` such as ``Document.from_url(...)``). See ``Summarizer``."""
    return Summarizer(**options).summarize(text)


async def asummarize(text: str | Document, **options: Any) -> Briefing:
    """Brief one article asynchronously. See ``Summarizer`` for the options."""
    return await Summarizer(**options).asummarize(text)
