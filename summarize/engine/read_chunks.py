"""Read an article in chunks, concurrently, and never lose a part silently.

Each chunk is one ordinary extraction (``engine.llm.extraction``) with its own retries and re-asks. What
happens when one fails:
- truncated output or a context-length error: the chunk is cut in two and both halves are asked
  (at most ``MAX_SPLIT_DEPTH`` times deep), never the identical request again;
- bad credentials, a rejected request or a bad configuration: the whole run stops (every chunk
  would fail the same way);
- anything else (invalid output after re-asks, a refusal, the provider unavailable after its
  retries): the chunk is recorded as failed, its character range is listed in
  ``meta.coverage.failed`` with a warning, and the other chunks go on.
Only when no chunk succeeds is the run an error.
"""

from __future__ import annotations

import gc
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from summarize.engine.merge import merge
from summarize.engine.merge_finish import Located
from summarize.engine.run import Extraction, RunInfo, added
from summarize.engine.split import Chunk, halves, merged_ranges, without
from summarize.engine.steps import Call, Collect, Core, Finished, Start
from summarize.errors import (
    AuthenticationError,
    ConfigurationError,
    InputTooLargeError,
    RequestRejectedError,
    SummarizeError,
    TruncatedOutputError,
)
from summarize.schemas import BriefingDraft, CharRange, Coverage, Usage
from summarize.schemas.grounding import TextIndex
from summarize.sources.document import Document

MAX_SPLIT_DEPTH = 2  # a chunk is halved at most twice: at most 7 requests for what was one
_FATAL = (AuthenticationError, ConfigurationError, RequestRejectedError)
_SPLIT = (TruncatedOutputError, InputTooLargeError)


@dataclass(frozen=True)
class Reading:
    """The whole article's draft, how it was made, and where its evidence is (see ``assemble``)."""

    draft: BriefingDraft
    run: RunInfo
    index: TextIndex
    located: Located | None


@dataclass(frozen=True)
class _Task:
    chunk: Chunk
    depth: int = 0


def part_of(document: Document, chunk: Chunk) -> Document:
    """The chunk as a document of its own (offsets relative to it), or the document when it is all of it."""
    if chunk.start == 0 and chunk.end == document.chars:
        return document
    return Document(text=document.text[chunk.start : chunk.end], source=document.source, title=document.title)


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """No cyclic garbage collection while merging: it makes many small objects and few cycles, and the
    collector's passes took 40% of a 100,000-word merge. Collection resumes (and catches up) after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Progress:
    """What the chunks gave so far: drafts, failures, spending, notes."""

    document: Document
    started: float = field(default_factory=time.perf_counter)
    done: list[tuple[Chunk, BriefingDraft, RunInfo]] = field(default_factory=list)
    failed: list[tuple[Chunk, SummarizeError]] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)

    def record(self, task: _Task, result: Extraction | None, error: BaseException | None) -> list[_Task]:
        """Take one chunk's outcome; return the chunks to ask next (halves), or raise a fatal error."""
        if result is not None:
            draft, run = result
            self.done.append((task.chunk, draft, run))
            self.usage = added(self.usage, run.usage)
            self.notes += [n for n in run.warnings if n not in self.notes]
            return []
        if not isinstance(error, SummarizeError):
            raise error if error is not None else RuntimeError("a chunk finished with neither result nor error")
        self.usage = added(self.usage, error.usage)
        if isinstance(error, _FATAL):
            error.usage = self.usage
            raise error
        where = f"characters {task.chunk.start}-{task.chunk.end}"
        if isinstance(error, _SPLIT) and task.depth < MAX_SPLIT_DEPTH:
            parts = halves(self.document.text, task.chunk)
            if parts is not None:
                what = "was truncated" if isinstance(error, TruncatedOutputError) else "was too long"
                self.notes.append(f"the answer for {where} {what}; read it again in two halves")
                return [_Task(part, task.depth + 1) for part in parts]
        self.failed.append((task.chunk, error))
        self.notes.append(
            f"the chunk at {where} failed: {error}; what no other chunk read of it is in meta.coverage.failed"
        )
        return []

    def in_one_piece(self) -> bool:
        """The whole article was read by one request: there is nothing to merge."""
        return not self.failed and len(self.done) == 1 and self.done[0][0] == Chunk(0, self.document.chars)

    def result(self) -> Reading:
        if not self.done:
            first = min(self.failed, key=lambda f: f[0].start)[1]
            first.usage = self.usage
            raise first
        self.done.sort(key=lambda d: d[0].start)
        whole = Chunk(0, self.document.chars)
        if len(self.done) == 1 and self.done[0][0] == whole:  # read in one piece: nothing to merge
            draft, index, located = self.done[0][1], self.document.index, None
        else:
            with _without_gc_pauses():
                draft, index, located = merge([(c, d) for c, d, _ in self.done], self.document)
        runs = [r for _, _, r in self.done]
        covered = merged_ranges(self.document.text, [c for c, _, _ in self.done])
        lost = without(self.document.text, [c for c, _ in self.failed], covered)
        coverage = Coverage(
            covered=[CharRange(start=c.start, end=c.end) for c in covered],
            failed=[CharRange(start=c.start, end=c.end) for c in lost],
        )
        run = RunInfo(
            backend="llm",
            model=runs[0].model,
            mode=runs[0].mode,
            prompt_version=runs[0].prompt_version,
            usage=self.usage,
            duration_ms=(time.perf_counter() - self.started) * 1000,
            warnings=self.notes,
            chunks=len(self.done) + len(self.failed),
            coverage=coverage,
        )
        return Reading(draft, run, index, located)


def load_merge_rules() -> bool:
    """Import what merging uses on top of the chunks' own path: the offline backend's conflict and
    BLUF rules (``engine.overview``), a tenth of a second of imports the first time. Done while the
    first chunks are out rather than at the merge, which comes after the last answer. The lexicon
    those rules read (English: the merge states nothing in the article's language) is parsed here
    too, a further 60 ms that would otherwise fall after the last answer."""
    import summarize.engine.overview  # noqa: F401 - imported for its side effect: loaded once
    from summarize.offline import lexicon

    lexicon.load()
    return True


def reading(
    document: Document, chunks: list[Chunk], jobs: int, extraction: Callable[[Document], Core[Extraction]]
) -> Core[Reading]:
    """Every chunk extracted with at most ``jobs`` in flight, then merged; driven by ``steps.run``
    (threads) or ``steps.arun`` (tasks).

    A chunk starts only when a slot is free, so after a fatal error nothing more is sent. One
    chunk, or ``jobs`` 1, is read on the spot, one at a time, with no thread to start (most
    articles are one chunk).
    """
    progress = _Progress(document)
    waiting = deque(_Task(chunk) for chunk in chunks)
    one_at_a_time = jobs == 1 or len(chunks) == 1
    slots, workers = (1, 1) if one_at_a_time else (jobs, min(jobs, len(chunks)))
    running: dict[int, _Task] = {}
    merge_ready = one_at_a_time  # read in one piece: nothing to merge
    while waiting or running:
        while waiting and len(running) < slots:
            task = waiting.popleft()
            running[(yield Start(extraction(part_of(document, task.chunk)), workers))] = task
        if not merge_ready:  # the first requests are out: load what the merge needs while they wait
            merge_ready = yield Call(load_merge_rules)
        finished: Finished = yield Collect()
        for handle, result, error in finished:  # fatal errors are raised again by record()
            waiting.extend(progress.record(running.pop(handle), result, error))
    if progress.in_one_piece():
        return progress.result()  # nothing to merge: no worker thread for it
    reading: Reading = yield Call(progress.result)  # merging a long article is CPU work: off the event loop
    return reading
