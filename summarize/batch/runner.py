"""Brief many articles concurrently: bounded in-flight work, a failure per article, totals, budgets.

``BatchRun`` is an async iterator of ``BatchResult`` in completion order. At most ``jobs`` articles
are in flight; the next item is read from the input only when a slot frees up, so memory stays flat
in the number of articles. A budget stops new articles from starting once the finished ones have
spent it; articles already in flight finish and are yielded (so a run may overshoot by up to ``jobs``
articles' worth).
"""

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize.api import Summarizer
from summarize.batch.inputs import BatchItem, item_from_mapping
from summarize.batch.results_log import encode
from summarize.errors import InputDecodeError, InputNotFoundError, SummarizeError
from summarize.schemas import Briefing, Usage
from summarize.sources.document import Document

# When articles failed for different reasons, the batch exits with the most urgent one: a bad key or
# configuration fails every article and needs fixing first; bad input data needs the least.
EXIT_PRIORITY = (77, 78, 70, 75, 69, 73, 66, 65)


class InternalError(SummarizeError):
    """An unforeseen failure (a bug) while briefing one article; the batch goes on."""

    exit_code = 70


@dataclass
class BatchResult:
    """The outcome for one article: a briefing, or the error that stopped it, or both (a long
    article with a part that could not be read: kept, but counted as a failure)."""

    id: str
    source: str
    briefing: Briefing | None = None
    error: SummarizeError | None = None

    @property
    def ok(self) -> bool:
        return self.briefing is not None and self.error is None

    @property
    def usage(self) -> Usage | None:
        if self.briefing is not None:
            return self.briefing.meta.usage
        spent = getattr(self.error, "usage", None)
        return spent if isinstance(spent, Usage) else None

    def to_line(self) -> bytes:
        """``to_record()`` as its results-file line. A briefing is serialised by pydantic straight to
        JSON: dumping it to dicts and encoding those was a third of a batch's CPU per article. The
        line holds the same JSON values (a float may be spelt another way: ``1e-5``, not ``1e-05``)."""
        if self.briefing is None or self.error is not None:
            return encode(self.to_record())
        head = encode({"id": self.id, "source": self.source})  # b'{"id":...,"source":...}\n'
        return b"".join((head[:-2], b',"briefing":', self.briefing.model_dump_json().encode(), b"}\n"))

    def to_record(self) -> dict[str, Any]:
        """The JSON line of the results file."""
        record: dict[str, Any] = {"id": self.id, "source": self.source}
        if self.briefing is not None:
            record["briefing"] = self.briefing.model_dump(mode="json")
            if self.error is None:
                return record
        error = self.error or InternalError("no briefing and no error")
        details: dict[str, Any] = {"type": type(error).__name__, "message": str(error), "exit_code": error.exit_code}
        if self.usage is not None and self.briefing is None:  # what the failed attempts cost
            details["usage"] = self.usage.model_dump(mode="json")
        return {**record, "error": details}


@dataclass
class Totals:
    """What a run did and spent, failed articles included."""

    succeeded: int = 0
    failed: int = 0
    cached: int = 0
    requests: int = 0
    input_tokens: int = 0
    cached_input_tokens: int = 0
    output_tokens: int = 0
    reasoning_tokens: int = 0
    cost_usd: float = 0.0
    unpriced: int = 0  # articles that called a model whose price is unknown
    exit_codes: Counter[int] = field(default_factory=Counter)

    @property
    def done(self) -> int:
        return self.succeeded + self.failed

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def add(self, result: BatchResult) -> None:
        if result.ok:
            self.succeeded += 1
        else:
            self.failed += 1
            self.exit_codes[result.error.exit_code if result.error else InternalError.exit_code] += 1
        usage = result.usage
        if usage is None:
            return
        self.cached += usage.cached
        self.requests += usage.requests
        self.input_tokens += usage.input_tokens
        self.cached_input_tokens += usage.cached_input_tokens
        self.output_tokens += usage.output_tokens
        self.reasoning_tokens += usage.reasoning_tokens
        if usage.cost_usd is not None:
            self.cost_usd += usage.cost_usd
        elif usage.requests:
            self.unpriced += 1

    def exit_code(self, earlier: Counter[int] | None = None) -> int:
        """0 when nothing failed (now or ``earlier``), else the most urgent failure's code."""
        return most_urgent(self.exit_codes + (earlier or Counter()))


def most_urgent(codes: Iterable[int]) -> int:
    """The exit code to report for these failures (see ``EXIT_PRIORITY``); 0 when there are none."""
    rank = {code: position for position, code in enumerate(EXIT_PRIORITY)}
    return min(codes, key=lambda code: (rank.get(code, len(rank)), code), default=0)


@dataclass(frozen=True)
class Budget:
    """Limits on what finished articles may spend; None means no limit."""

    max_cost: float | None = None
    max_tokens: int | None = None

    def reached(self, totals: Totals) -> str | None:
        """Why no new article may start, or None."""
        if self.max_cost is not None and totals.cost_usd >= self.max_cost:
            return f"--max-cost ${self.max_cost:g} reached (${totals.cost_usd:.4f} spent)"
        if self.max_tokens is not None and totals.tokens >= self.max_tokens:
            return f"--max-tokens {self.max_tokens:,} reached ({totals.tokens:,} tokens used)"
        return None


def load_document(item: BatchItem, *, allow_private: bool = False) -> Document:
    """The article of ``item`` (blocking: file reads, fetching, indexing); raises the item's error.

    Text that starts like a web page is read as one; ``allow_private`` lets a URL reach a private address.
    """
    if item.error is not None:
        raise item.error
    if item.document is not None:
        return item.document
    if item.text is not None:
        return Document.from_text_or_page(item.text, item.source)
    if item.path is not None:
        return Document.from_path(item.path)
    if item.url is not None:
        return Document.from_url(item.url, allow_private=allow_private)
    raise InputNotFoundError(f"{item.source}: no text, path or url to read")


def _incomplete(briefing: Briefing) -> SummarizeError:
    from summarize.errors import IncompleteCoverageError

    coverage = briefing.meta.coverage
    ranges = ", ".join(f"{r.start}-{r.end}" for r in coverage.failed) if coverage else "?"
    return IncompleteCoverageError(f"characters {ranges} of the article could not be read; see meta.warnings")


def as_item(value: object, position: int) -> BatchItem:
    """A library input as a ``BatchItem``: text, a Document, a Path, or a mapping like a JSONL line."""
    if isinstance(value, BatchItem):
        return value
    if isinstance(value, str):
        return BatchItem(id=str(position), source="text", text=value)
    if isinstance(value, Document):
        return BatchItem(id=str(position), source=value.source, document=value)
    if isinstance(value, Path):
        return BatchItem(id=value.as_posix(), source=str(value), path=value)
    if isinstance(value, Mapping):
        try:
            item = item_from_mapping(value, f"item {position}", Path("."))
        except InputDecodeError as exc:
            return BatchItem(id=str(value.get("id", position)), source=f"item {position}", error=exc)
        return item if "id" in value else BatchItem(**{**item.__dict__, "id": str(position)})
    error = InputDecodeError(f"item {position}: expected text, a Document, a Path or a mapping")
    return BatchItem(id=str(position), source=f"item {position}", error=error)


class BatchRun:
    """An async iterator of results; ``totals``, ``stopped``, ``skipped`` describe the run so far."""

    def __init__(
        self,
        items: Iterable[BatchItem],
        summarizer: Summarizer,
        *,
        jobs: int = 4,
        budget: Budget | None = None,
        skip: Mapping[str, int] | None = None,
        allow_private: bool = False,
    ) -> None:
        """``skip``: ids done in an earlier run -> 0, or the exit code they failed with;
        ``allow_private``: URL items may reach private addresses."""
        if jobs < 1:
            from summarize.errors import ConfigurationError

            raise ConfigurationError(f"jobs must be at least 1, not {jobs}")
        self.items, self.summarizer, self.jobs = items, summarizer, jobs
        self.allow_private = allow_private
        self.budget = budget or Budget()
        self.skip = skip or {}
        self.totals = Totals()
        self.stopped: str | None = None  # why the run stopped early (a budget), else None
        self.skipped = 0  # already done in an earlier run
        self.earlier_failures: Counter[int] = Counter()  # exit codes of skipped ids that had failed
        self.duplicates = 0  # the same id twice in the inputs: only the first is done

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        return self._results()

    async def _one(self, item: BatchItem) -> BatchResult:
        try:
            load = functools.partial(load_document, item, allow_private=self.allow_private)
            briefing = await self.summarizer.asummarize_loaded(load, source=item.source)
            if briefing.meta.coverage is not None and briefing.meta.coverage.failed:
                # kept, but not a success: the run's exit code says so and a re-run reads it again
                return BatchResult(item.id, item.source, briefing=briefing, error=_incomplete(briefing))
        except SummarizeError as exc:
            return BatchResult(item.id, item.source, error=exc)
        except Exception as exc:  # a bug in one article must not sink the batch
            message = f"internal error: {type(exc).__name__}: {str(exc)[:200]} (please report it)"
            return BatchResult(item.id, item.source, error=InternalError(message))
        return BatchResult(item.id, item.source, briefing=briefing)

    def _next_item(self, source: Iterable[BatchItem], seen: set[str]) -> BatchItem | None:
        for item in source:
            if item.id in self.skip:
                self.skipped += 1
                if self.skip[item.id]:
                    self.earlier_failures[self.skip[item.id]] += 1
            elif item.id in seen:
                self.duplicates += 1
            else:
                seen.add(item.id)
                return item
        return None

    async def _results(self) -> AsyncIterator[BatchResult]:
        source, seen = iter(self.items), set[str]()
        pending: set[asyncio.Task[BatchResult]] = set()
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.jobs:
                    item = self._next_item(source, seen)
                    self.stopped = self.budget.reached(self.totals) if item is not None else None
                    if item is None or self.stopped:
                        exhausted = True
                        break
                    pending.add(asyncio.create_task(self._one(item)))
                if not pending:
                    return
                finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    result = task.result()
                    self.totals.add(result)
                    yield result
        finally:  # the consumer stopped early or was cancelled: do not leave work running
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)


def summarize_many(
    items: Iterable[object],
    *,
    jobs: int = 4,
    max_cost: float | None = None,
    max_tokens: int | None = None,
    **options: Any,
) -> BatchRun:
    """Brief many articles concurrently; iterate the result with ``async for``.

    ``items``: texts (ids "0", "1", ...), ``Document``s, ``Path``s, or mappings like the lines of a
    batch JSONL (``{"id", "text" | "path" | "url"}``). Results come in completion order, each with
    ``id``, ``source`` and a ``briefing`` or an ``error`` (a ``SummarizeError``); a failed article
    never stops the others. ``max_cost`` (USD) / ``max_tokens`` stop new articles from starting once
    reached; ``run.stopped`` then says why. Other options are ``Summarizer``'s.
    """
    allow_private = bool(options.pop("allow_private", False))
    summarizer = Summarizer(**options)
    coerced = (as_item(value, position) for position, value in enumerate(items))
    return BatchRun(coerced, summarizer, jobs=jobs, budget=Budget(max_cost, max_tokens), allow_private=allow_private)
