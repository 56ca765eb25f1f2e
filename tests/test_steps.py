"""The two drivers of ``summarize.engine.steps`` run one core to the same result, and errors reach the core."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from summarize.engine import steps
from summarize.engine.steps import Call, Collect, Core, Sleep, Start


def _double(value: int) -> Core[int]:
    got = yield Call(lambda: value * 2, _later(value * 2))
    return int(got)


def _later(value: int) -> Any:
    async def answer() -> int:
        await asyncio.sleep(0)
        return value

    return answer


def _fails(exc: Exception) -> Any:
    def sync() -> None:
        raise exc

    return sync


def _scheduler(values: list[int], workers: int) -> Core[list[int]]:
    """Starts a core per value, two at a time, and collects them as they finish."""
    results: dict[int, int] = {}
    waiting, running = list(values), dict[int, int]()
    while waiting or running:
        while waiting and len(running) < 2:
            value = waiting.pop(0)
            running[(yield Start(_double(value), workers))] = value
        finished = yield Collect()
        for handle, result, error in finished:
            assert error is None
            results[running.pop(handle)] = result
    yield Sleep(0.0)
    return [results[v] for v in values]


@pytest.mark.parametrize("workers", [1, 3])
def test_both_drivers_give_the_same_result(workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(steps, "pause", lambda seconds: None)
    assert steps.run(_scheduler([1, 2, 3, 4, 5], workers)) == [2, 4, 6, 8, 10]
    assert asyncio.run(steps.arun(_scheduler([1, 2, 3, 4, 5], workers))) == [2, 4, 6, 8, 10]


def test_a_failed_call_is_thrown_into_the_core_at_its_yield() -> None:
    def core() -> Core[str]:
        try:
            yield Call(_fails(ValueError("no")))
        except ValueError as exc:
            return f"caught {exc}"
        return "not reached"

    assert steps.run(core()) == "caught no"
    assert asyncio.run(steps.arun(core())) == "caught no"


def test_an_error_the_core_does_not_catch_reaches_the_caller() -> None:
    def core() -> Core[None]:
        yield Call(_fails(KeyError("lost")))

    with pytest.raises(KeyError):
        steps.run(core())
    with pytest.raises(KeyError):
        asyncio.run(steps.arun(core()))


def test_a_blocking_call_runs_off_the_event_loop() -> None:
    def core() -> Core[bool]:
        where = yield Call(threading.current_thread)
        return bool(where is not threading.main_thread())

    assert steps.run(core()) is False
    assert asyncio.run(steps.arun(core())) is True


def test_an_async_only_call_cannot_be_driven_synchronously() -> None:
    def core() -> Core[Any]:
        return (yield Call(asynchronous=_later(1)))

    with pytest.raises(TypeError, match="arun"):
        steps.run(core())
    assert asyncio.run(steps.arun(core())) == 1
