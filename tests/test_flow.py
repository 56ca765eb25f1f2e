"""One article from ``summarize()`` to the rendered JSON enters each stage once, in order.

A profiler records the stage of every ``summarize.*`` function entered (ARCHITECTURE.md, "Data
flow"). The contract (``schemas``: the models and their validators) and the foundation (``errors``,
``settings``, ``version``) are used by every stage and are not stages; ``testing`` is the fake
model on the other side of the wire.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from summarize.api import summarize
from summarize.render.formats import render
from summarize.testing import Answer, ScriptedModel
from tests.conftest import article, gold_draft

NAME = "court-ruling"
NOT_STAGES = ("summarize.schemas", "summarize.errors", "summarize.settings", "summarize.version", "summarize.testing")
STAGES = {
    "summarize.api": "api",
    "summarize.sources": "sources",
    "summarize.offline": "offline",
    "summarize.engine": "engine",
    "summarize.prompts": "engine",
    "summarize.render": "render",
}


def stage_of(module: str) -> str | None:
    if module != "summarize" and not module.startswith("summarize."):
        return None
    if any(module == name or module.startswith(name + ".") for name in NOT_STAGES):
        return None
    for prefix, stage in STAGES.items():
        if module == prefix or module.startswith(prefix + "."):
            return stage
    return module  # batch, cli, the package facade...: not on an article's path, so named in full


def stages_entered(work: Callable[[], Any]) -> list[str]:
    """The stages ``work`` enters, in order, each run of calls in one stage counted once."""
    entered: list[str] = []

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event != "call" or frame.f_code.co_name == "<module>":  # a module body runs on first import only
            return
        stage = stage_of(frame.f_globals.get("__name__", ""))
        if stage is not None and (not entered or entered[-1] != stage):
            entered.append(stage)

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return entered


def _one_article(**options: Any) -> Callable[[], str]:
    text = article(NAME)
    return lambda: render(summarize(text, **options), "json")


def test_offline_article_enters_each_stage_once_in_order() -> None:
    work = _one_article(backend="offline")
    work()  # warm-up: imports and caches
    assert stages_entered(work) == ["api", "sources", "offline", "engine", "render"]


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_llm_article_enters_each_stage_once_in_order(mode: str) -> None:
    model = ScriptedModel([Answer(gold_draft(NAME))], repeat_last=True)
    work = _one_article(model="m", api_key="sk-test", mode=mode, http_client=model.http_client())
    work()
    assert stages_entered(work) == ["api", "sources", "engine", "render"]
    assert model.request_count == 2


def test_the_recorder_sees_a_stage_entered_twice() -> None:
    """The check can fail: going back to an earlier stage shows up."""
    from summarize.sources.document import Document

    text = article(NAME)

    def twice() -> None:
        document = Document.of(text)
        render(summarize(document, backend="offline"), "json")
        Document.of(text)

    twice()
    assert stages_entered(twice) == ["sources", "api", "sources", "offline", "engine", "render", "sources"]
