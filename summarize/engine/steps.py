"""One implementation per path, for sync and async callers alike.

A *core* is a generator that does the work and, for each thing that blocks, yields a step saying
what to do, then is sent the result (or has the step's exception thrown in at the ``yield``):

    Call(sync, asynchronous=None)   call ``sync()``; from an event loop await ``asynchronous()``, or
                                    run ``sync`` in a worker thread when there is no async variant
    Sleep(seconds)                  wait between attempts
    Start(core, workers)            run another core alongside; answers a handle for it
    Collect()                       wait until at least one started core has finished; answers
                                    ``[(handle, result, error), ...]``

``run`` drives a core from ordinary code (started cores go to a thread pool of ``workers``
threads, or run on the spot when ``workers`` is 1); ``arun`` drives it from an event loop (started
cores are tasks). These two drivers are the only code that differs between the sync and the async
paths: the transport's retries, the mode fallback, the chunk scheduler and the briefing itself are
each written once, as cores.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Generator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """A call that blocks; give ``sync``, ``asynchronous`` or both (a core may be driven either way)."""

    sync: Callable[[], Any] | None = None
    asynchronous: Callable[[], Awaitable[Any]] | None = None


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Start:
    core: Generator[Any, Any, Any]
    workers: int = 1


@dataclass(frozen=True)
class Collect:
    pass


Step = Call | Sleep | Start | Collect
Core = Generator[Step, Any, T]
Finished = list[tuple[int, Any, BaseException | None]]


def pause(seconds: float) -> None:
    """Wait between attempts (tests replace this and ``apause`` to run without waiting)."""
    time.sleep(seconds)


async def apause(seconds: float) -> None:
    await asyncio.sleep(seconds)


class _Threads:
    """Started cores of a synchronous run: on the spot, or in a pool when more than one may run at once."""

    def __init__(self) -> None:
        self.pool: ThreadPoolExecutor | None = None
        self.running: dict[Future[Any], int] = {}
        self.finished: Finished = []
        self.started = 0

    def start(self, step: Start) -> int:
        handle, self.started = self.started, self.started + 1
        if step.workers <= 1 and self.pool is None:  # one at a time: no thread to start
            try:
                self.finished.append((handle, run(step.core), None))
            except Exception as exc:
                self.finished.append((handle, None, exc))
            return handle
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=step.workers, thread_name_prefix="summarize-chunk")
        self.running[self.pool.submit(run, step.core)] = handle
        return handle

    def collect(self) -> Finished:
        if not self.finished and self.running:
            done, _ = wait(self.running, return_when=FIRST_COMPLETED)
            for future in done:
                handle, error = self.running.pop(future), future.exception()
                self.finished.append((handle, None if error else future.result(), error))
        finished, self.finished = self.finished, []
        return finished

    def close(self) -> None:
        if self.pool is not None:  # nothing more is started; requests in flight end on their own
            self.pool.shutdown(wait=False, cancel_futures=True)


class _Tasks:
    """Started cores of an asynchronous run: one task each."""

    def __init__(self) -> None:
        self.running: dict[asyncio.Future[Any], int] = {}
        self.started = 0

    def start(self, step: Start) -> int:
        handle, self.started = self.started, self.started + 1
        self.running[asyncio.ensure_future(arun(step.core))] = handle
        return handle

    async def collect(self) -> Finished:
        if not self.running:
            return []
        done, _ = await asyncio.wait(self.running, return_when=asyncio.FIRST_COMPLETED)
        finished: Finished = []
        for future in done:
            handle, error = self.running.pop(future), future.exception()
            finished.append((handle, None if error else future.result(), error))
        return finished

    def close(self) -> None:
        for future in self.running:
            future.cancel()


def run(core: Core[T]) -> T:
    """Drive ``core`` to its result from ordinary (blocking) code."""
    threads = _Threads()
    value: Any = None
    failed = False
    try:
        while True:
            try:
                step = core.throw(value) if failed else core.send(value)
            except StopIteration as done:
                result: T = done.value
                return result
            try:
                value, failed = _perform(step, threads), False
            except Exception as exc:  # handed to the core, which decides what it means
                value, failed = exc, True
    finally:
        threads.close()


def _perform(step: Step, threads: _Threads) -> Any:
    if isinstance(step, Call):
        if step.sync is None:
            raise TypeError("this call has only an async variant: drive its core with arun()")
        return step.sync()
    if isinstance(step, Sleep):
        pause(step.seconds)
        return None
    if isinstance(step, Start):
        return threads.start(step)
    return threads.collect()


async def arun(core: Core[T]) -> T:
    """Drive ``core`` to its result from an event loop, never blocking it."""
    tasks = _Tasks()
    value: Any = None
    failed = False
    try:
        while True:
            try:
                step = core.throw(value) if failed else core.send(value)
            except StopIteration as done:
                result: T = done.value
                return result
            try:
                value, failed = await _aperform(step, tasks), False
            except Exception as exc:
                value, failed = exc, True
    finally:
        tasks.close()


async def _aperform(step: Step, tasks: _Tasks) -> Any:
    if isinstance(step, Call):
        if step.asynchronous is not None:
            return await step.asynchronous()
        if step.sync is None:
            raise TypeError("a Call needs sync or asynchronous")
        return await asyncio.to_thread(step.sync)  # blocking work never runs on the event loop
    if isinstance(step, Sleep):
        await apause(step.seconds)
        return None
    if isinstance(step, Start):
        return tasks.start(step)
    return await tasks.collect()
