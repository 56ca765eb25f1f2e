"""The response cache: finished LLM briefings in one SQLite file, keyed by what determines the answer.

Where: ``<cache dir>/briefings.sqlite3``; the cache dir is the ``cache=`` path given, else
``$SUMMARIZE_CACHE_DIR``, else ``platformdirs.user_cache_dir("summarize")``.

The key is a fingerprint: the sha256 of a canonical JSON of the article's sha256, the backend, the
model, the endpoint's host (never its path, query or user info, which can carry keys), the mode
asked for, the prompt version (templates and the model-facing schema), the schema version, the
summarize version (validation and assembly shape the briefing too) and the options in
``ANSWER_OPTIONS``. Left out on purpose: the API key (it changes who pays, not the answer), the
timeout and retry policy (they change whether an answer arrives, not which), and ``max_reasks``
(only a success is stored, and a success is a valid answer whatever re-asks it took).

A hit reports this run's usage, not the original's: 0 requests, 0 tokens, cost 0, ``cached`` true, so
totals over many articles add up to what was actually spent; ``duration_ms`` is the lookup's and
``meta.article.source`` this run's, while ``created_at`` and ``model`` stay the original's.

Only the llm backend is cached: the offline backend takes a few milliseconds, no faster than a lookup.

The file is held under a size cap (``max_bytes``, ``DEFAULT_MAX_MB`` by default; the CLI's
``--cache-max-mb``): a store that takes the briefings over the cap evicts the least recently used
entries down to 95% of it. A hit records when it was used, so what is read often stays. ``refresh`` skips the
lookup and stores the new answer over the old one: one article asked again.

Writers in several threads and processes share the file safely: WAL journal, a busy timeout, one
short autocommit ``INSERT OR REPLACE`` per store, one connection per process behind a lock. A file
that cannot be opened or read (corrupt, not a database, unwritable folder) turns the cache off for
the run with a warning; it never fails the run. (WAL needs a local file system: not NFS.)
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import json
import os
import sqlite3
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from summarize.engine.messages import prompt_version
from summarize.schemas import SCHEMA_VERSION, Briefing, BriefingDraft, Usage
from summarize.settings import cache_dir_for
from summarize.version import __version__

if TYPE_CHECKING:
    from summarize.settings import Settings
    from summarize.sources.document import Document

CACHE_FILE = "briefings.sqlite3"
# Settings that change what the model answers. An option added to Settings that changes the answer
# (e.g. how an article is chunked) must be named here, or old answers would be served for it.
ANSWER_OPTIONS = ("mode", "temperature", "max_output_tokens", "max_input_tokens")
# The other settings: in the key another way (backend, model, endpoint host), or left out on purpose
# (see above). A test checks every Settings field is in one of these lists, so a new one gets a decision.
KEYED_OTHERWISE = ("backend", "model", "base_url")
NOT_IN_KEY = ("api_key", "max_reasks", "timeout", "retry", "jobs")
DEFAULT_MAX_MB = 500.0  # a few tens of thousands of briefings: years of use, a small share of a disk
BUSY_TIMEOUT_MS = 10_000  # a writer waits this long for another to finish before giving up on one store
_SETUP_ATTEMPTS = 5  # switching a new file to WAL can report "locked" at once when many open it together

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    key        TEXT PRIMARY KEY,
    briefing   TEXT NOT NULL,
    model      TEXT,
    created_at REAL NOT NULL,
    size       INTEGER NOT NULL,
    last_used  REAL
)
"""
# The eviction order and the sizes, apart from the briefings: summing sizes or ranking entries reads
# this index alone, never the rows (whose briefing text spans overflow pages: 45 ms a store at 3,000).
_INDEX = "CREATE INDEX IF NOT EXISTS briefings_by_use ON briefings (last_used, size)"
# Evict, least recently used first, every entry beyond the most recently used ones that fit in ``?`` bytes.
_EVICT = """
DELETE FROM briefings WHERE rowid IN (
    SELECT rowid FROM (
        SELECT rowid, SUM(size) OVER (ORDER BY last_used DESC, rowid DESC) AS kept FROM briefings
    ) WHERE kept > ?
)
"""
EVICT_TO = 0.95  # once over the cap, evict down to 95% of it: one eviction per twentieth of the cap stored


def endpoint_host(base_url: str | None) -> str:
    """host[:port] of the endpoint, lower-cased; never the user info, path or query."""
    parts = urlsplit(base_url or "https://api.openai.com/v1")
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


@functools.lru_cache(maxsize=1)
def answer_prompt_version() -> str:
    """The prompt templates' version and a hash of the schema the model fills: both shape the answer.

    Computed here rather than taken from ``engine.llm`` so that a cache hit never imports the LLM stack.
    """
    schema = json.dumps(BriefingDraft.model_json_schema(), sort_keys=True)
    return f"{prompt_version()}:{hashlib.sha256(schema.encode()).hexdigest()[:12]}"


def fingerprint(article_sha256: str, settings: Settings, model: str, prompt_version: str) -> str:
    """The cache key: sha256 of a canonical JSON of everything that determines the answer."""
    facts = {
        "article_sha256": article_sha256,
        "backend": "llm",
        "model": model,
        "endpoint": endpoint_host(settings.base_url),
        "prompt_version": prompt_version,
        "schema_version": SCHEMA_VERSION,
        "summarize": __version__,
        "options": {name: getattr(settings, name) for name in ANSWER_OPTIONS},
    }
    canonical = json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class CacheStats:
    path: Path
    exists: bool
    entries: int = 0
    bytes_on_disk: int = 0
    stored_bytes: int = 0  # the briefings' own size, what the cap counts (the file adds SQLite's pages)
    max_bytes: int | None = None
    oldest: float | None = None
    newest: float | None = None
    by_model: dict[str, int] = field(default_factory=dict)


def iso_time(timestamp: float) -> str:
    return datetime.datetime.fromtimestamp(timestamp, datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _upgrade(connection: sqlite3.Connection) -> None:
    """Give a cache file written before the size cap its ``last_used`` column (entries count as used
    when made) and its index."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(briefings)")}
    if "last_used" not in columns:
        try:
            connection.execute("ALTER TABLE briefings ADD COLUMN last_used REAL")
        except sqlite3.OperationalError as exc:  # another process added it first
            if "duplicate column" not in str(exc):
                raise
        connection.execute("UPDATE briefings SET last_used = created_at WHERE last_used IS NULL")
    connection.execute(_INDEX)


def max_bytes_of(max_mb: float | None) -> int | None:
    """The cap in bytes from megabytes (MiB); None or 0 means no cap."""
    return int(max_mb * 1024 * 1024) if max_mb else None


def _close_in(connection: sqlite3.Connection, pid: int) -> None:
    """Close ``connection`` if this is the process that opened it (a forked child leaves it alone)."""
    if os.getpid() == pid:
        connection.close()


class BriefingCache:
    """One SQLite file of briefings. Methods raise ``sqlite3.Error``/``OSError``; callers decide."""

    def __init__(self, directory: Path, max_bytes: int | None = None) -> None:
        self.path = directory / CACHE_FILE
        self.max_bytes = max_bytes  # None: no cap (what the stats and clear commands open it with)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0

    def _open(self) -> sqlite3.Connection:
        """This process's connection (a forked child never reuses its parent's). Call with the lock held."""
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            for attempt in range(_SETUP_ATTEMPTS):
                try:
                    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                    connection.execute("PRAGMA journal_mode = WAL")
                    connection.execute("PRAGMA synchronous = NORMAL")  # a cache may lose its last write on power loss
                    connection.execute(_SCHEMA)
                    _upgrade(connection)
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or attempt + 1 == _SETUP_ATTEMPTS:
                        raise
                    time.sleep(0.05 * (attempt + 1))
        except BaseException:
            connection.close()
            raise
        self._connection, self._pid = connection, os.getpid()
        weakref.finalize(self, _close_in, connection, self._pid)  # closed when the cache object goes
        return connection

    def get(self, key: str) -> str | None:
        with self._lock:
            if self._connection is None and not self.path.exists():
                return None  # nothing stored yet: a lookup creates no file (a failed run leaves none)
            connection = self._open()
            row = connection.execute("SELECT briefing FROM briefings WHERE key = ?", (key,)).fetchone()
            if row is not None:
                # the eviction order; a hit is served even when this write waits too long for a busy writer
                with contextlib.suppress(sqlite3.OperationalError):
                    connection.execute("UPDATE briefings SET last_used = ? WHERE key = ?", (time.time(), key))
        return None if row is None else str(row[0])

    def put(self, key: str, briefing_json: str, model: str | None) -> None:
        size = len(briefing_json.encode("utf-8"))
        now = time.time()
        with self._lock:  # short autocommit statements: short write transactions
            connection = self._open()
            connection.execute(
                "INSERT OR REPLACE INTO briefings (key, briefing, model, created_at, size, last_used) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, briefing_json, model, now, size, now),
            )
            if self.max_bytes is not None:
                (stored,) = connection.execute("SELECT COALESCE(SUM(size), 0) FROM briefings").fetchone()
                if stored > self.max_bytes:
                    connection.execute(_EVICT, (int(self.max_bytes * EVICT_TO),))

    def recent(self, limit: int) -> list[dict[str, Any]]:
        """The newest ``limit`` entries: key, title, model, time and size (no article text is stored)."""
        if not self.path.exists():
            return []
        with self._lock:
            rows = (
                self._open()
                .execute(
                    "SELECT key, json_extract(briefing, '$.title'), model, created_at, size FROM briefings "
                    "ORDER BY created_at DESC LIMIT ?",
                    (limit,),
                )
                .fetchall()
            )
        return [
            {"key": key, "title": title, "model": model, "created_at": iso_time(created), "bytes": size}
            for key, title, model, created, size in rows
        ]

    def stats(self) -> CacheStats:
        if not self.path.exists():
            return CacheStats(self.path, exists=False)
        with self._lock:
            connection = self._open()
            entries, stored, oldest, newest = connection.execute(
                "SELECT COUNT(*), COALESCE(SUM(size), 0), MIN(created_at), MAX(created_at) FROM briefings"
            ).fetchone()
            by_model = connection.execute(
                "SELECT COALESCE(model, '?'), COUNT(*) FROM briefings GROUP BY model ORDER BY COUNT(*) DESC"
            ).fetchall()
        on_disk = sum(p.stat().st_size for p in self._files() if p.exists())
        return CacheStats(
            self.path,
            True,
            int(entries),
            on_disk,
            int(stored),
            self.max_bytes,
            oldest,
            newest,
            {str(m): int(n) for m, n in by_model},
        )

    def clear(self, older_than_days: float | None = None) -> int:
        """Delete every entry, or those older than ``older_than_days``; returns how many went."""
        if not self.path.exists():
            return 0
        with self._lock:
            connection = self._open()
            if older_than_days is None:
                removed = connection.execute("DELETE FROM briefings").rowcount
            else:
                cutoff = time.time() - older_than_days * 86400
                removed = connection.execute("DELETE FROM briefings WHERE created_at < ?", (cutoff,)).rowcount
            try:  # give the space back; another process reading at this moment only delays that
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError:
                pass
        return int(removed)

    def remove_file(self) -> None:
        """Delete the cache file (and its WAL and shared-memory files): the way out of a corrupt one."""
        self.close()
        for path in self._files():
            path.unlink(missing_ok=True)

    def _files(self) -> list[Path]:
        return [self.path, self.path.with_name(CACHE_FILE + "-wal"), self.path.with_name(CACHE_FILE + "-shm")]

    def close(self) -> None:
        with self._lock:
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection = None


def _hit(stored: Briefing, document: Document, started: float) -> Briefing:
    """A stored briefing as this run's answer: this run's usage (nothing spent), time and source.

    ``meta.article`` takes this run's source, title, URL, author and date (the rest describes the
    text, which is the same); anything new a Document learns about where it came from goes here too.
    """
    article = stored.meta.article.model_copy(
        update={
            "source": document.source,
            "title": document.title,
            "url": document.url,
            "author": document.author,
            "published": document.published,
        }
    )
    meta = stored.meta.model_copy(
        update={
            "article": article,
            "usage": Usage(cached=True, cost_usd=0.0),
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        }
    )
    return stored.model_copy(update={"meta": meta})


class ResponseCache:
    """What a Summarizer talks to: one lookup before the model call, one store after a success.

    Off (``cache=False``) it does nothing. A cache that fails is switched off for the rest of the run
    and ``problem`` says why; the briefings made meanwhile carry that in ``meta.warnings``.
    """

    def __init__(self, cache: object = False, *, max_mb: float | None = DEFAULT_MAX_MB, refresh: bool = False) -> None:
        directory = cache_dir_for(cache)
        self.store = BriefingCache(directory, max_bytes_of(max_mb)) if directory is not None else None
        self.refresh = refresh  # never serve a stored answer; the new one replaces it
        self.problem: str | None = None

    def _failed(self, store: BriefingCache, doing: str, exc: BaseException) -> None:
        corrupt = isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
        self.problem = (
            f"the response cache at {store.path} is not usable ({doing}: {' '.join(str(exc).split())[:120]}); "
            "running without it" + (" (`summarize cache clear` starts a new one)" if corrupt else "")
        )
        self.store = None  # off for the rest of the run: one warning, not one failure per article
        store.close()

    def recall(self, document: Document, settings: Settings) -> tuple[str, Briefing | None]:
        """(key, the stored briefing as this run's answer, or None). Only for the llm backend."""
        store = self.store  # one read: another thread may switch the cache off meanwhile
        if store is None:
            return "", None
        started = time.perf_counter()
        key = fingerprint(document.sha256, settings, settings.llm_model(), answer_prompt_version())
        if self.refresh:
            return key, None
        try:
            stored = store.get(key)
        except (sqlite3.Error, OSError) as exc:
            self._failed(store, "reading", exc)
            return key, None
        if stored is None:
            return key, None
        try:
            briefing = Briefing.model_validate_json(stored)
        except ValueError:  # written by an incompatible version: a miss, overwritten after this run
            return key, None
        return key, _hit(briefing, document, started)

    def keep(self, key: str, briefing: Briefing) -> Briefing:
        """Store a finished briefing; returns it, with the cache's problem in its warnings if there is one."""
        store = self.store
        partial = briefing.meta.coverage is not None and bool(briefing.meta.coverage.failed)
        if store is not None and key and not partial:  # a briefing missing a part is asked again next time
            # Where the article came from (a path or URL, possibly private) is not part of the answer:
            # it is not stored, and each hit sets its own.
            article = briefing.meta.article.model_copy(
                update={"source": "", "title": None, "url": None, "author": None, "published": None}
            )
            stored = briefing.model_copy(update={"meta": briefing.meta.model_copy(update={"article": article})})
            try:
                store.put(key, stored.model_dump_json(), briefing.meta.model)
            except (sqlite3.Error, OSError) as exc:
                self._failed(store, "writing", exc)
        if self.problem is None:
            return briefing
        meta = briefing.meta.model_copy(update={"warnings": [*briefing.meta.warnings, self.problem]})
        return briefing.model_copy(update={"meta": meta})
