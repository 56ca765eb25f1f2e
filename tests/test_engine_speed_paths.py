"""Where the engine does work it would otherwise do on the critical path (issue 13): behaviour, not time."""

from __future__ import annotations

import sys
from typing import Any

from summarize.engine import read_chunks
from summarize.engine.split import Chunk
from summarize.engine.steps import Call, Collect, Start
from summarize.sources.document import Document


def _steps_until_collect(chunks: list[Chunk], document: Document) -> list[Any]:
    """The steps ``reading`` yields before it first waits for a chunk (its extractions never run)."""
    core = read_chunks.reading(document, chunks, 4, lambda part: iter(()))
    steps, handle = [next(core)], 0
    while not isinstance(steps[-1], Collect):
        reply: Any = handle if isinstance(steps[-1], Start) else True
        handle += 1
        steps.append(core.send(reply))
    core.close()
    return steps


def test_a_chunked_read_loads_the_merge_rules_once_its_first_chunks_are_out() -> None:
    document = Document.from_text("The first half of a short text. " * 8 + "The second half of it. " * 8)
    steps = _steps_until_collect([Chunk(0, 120), Chunk(120, document.chars)], document)
    calls = [n for n, step in enumerate(steps) if isinstance(step, Call)]
    assert [type(step).__name__ for step in steps] == ["Start", "Start", "Call", "Collect"]
    assert steps[calls[0]].sync is read_chunks.load_merge_rules


def test_a_read_in_one_piece_loads_no_merge_rules() -> None:
    document = Document.from_text("One short text, read in one piece.")
    steps = _steps_until_collect([Chunk(0, document.chars)], document)
    assert [type(step).__name__ for step in steps] == ["Start", "Collect"]


def test_loading_the_merge_rules_imports_the_overview_rules() -> None:
    assert read_chunks.load_merge_rules() is True
    assert "summarize.engine.overview" in sys.modules


def test_the_batch_command_freezes_what_is_loaded_once_the_llm_stack_is(monkeypatch: Any) -> None:
    import gc
    import types

    from summarize.cli import batch

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.delitem(sys.modules, batch.LLM_STACK, raising=False)
    assert batch.freeze_loaded_stack() is False  # a run answered from the cache so far: nothing to freeze
    assert frozen == []
    monkeypatch.setitem(sys.modules, batch.LLM_STACK, types.ModuleType(batch.LLM_STACK))
    assert batch.freeze_loaded_stack() is True
    assert frozen == [True]


def test_a_batch_freezes_once_however_many_articles_follow(monkeypatch: Any) -> None:
    import asyncio
    import gc
    import types

    from summarize.cli import batch

    calls: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(True))
    monkeypatch.setitem(sys.modules, batch.LLM_STACK, types.ModuleType(batch.LLM_STACK))

    class Run:
        totals = None

        async def _results(self) -> Any:
            for n in range(3):
                yield types.SimpleNamespace(to_line=lambda n=n: b'{"id":"%d"}\n' % n)

        def __aiter__(self) -> Any:
            return self._results()

    class Log:
        def __init__(self) -> None:
            self.lines: list[bytes] = []

        def write_line(self, line: bytes) -> None:
            self.lines.append(line)

    class Progress:
        def __enter__(self) -> None:
            return None

        def __exit__(self, *exc: object) -> None:
            return None

        def update(self, totals: object) -> None:
            return None

    log = Log()
    asyncio.run(batch._drive(Run(), log, Progress()))  # type: ignore[arg-type]
    assert log.lines == [b'{"id":"0"}\n', b'{"id":"1"}\n', b'{"id":"2"}\n']
    assert calls == [True]


def _worker_steps(monkeypatch: Any, text: str, **options: Any) -> list[str]:
    """The names of the functions an article's briefing hands to ``Call`` steps (worker threads from
    an event loop), the article briefed by a scripted model answering with each part's offline draft."""
    import functools

    from summarize import Summarizer, offline
    from summarize.engine import steps
    from summarize.testing import Derived, ScriptedModel

    model = ScriptedModel(
        [Derived(lambda part: offline.extract(Document.from_text(part)).model_dump())], repeat_last=True
    )
    seen: list[str] = []
    perform = steps._perform

    def recording(step: Any, threads: Any) -> Any:
        if isinstance(step, Call) and step.asynchronous is None and step.sync is not None:
            func = step.sync.func if isinstance(step.sync, functools.partial) else step.sync
            seen.append(getattr(func, "__name__", type(func).__name__))
        return perform(step, threads)

    monkeypatch.setattr(steps, "_perform", recording)
    summarizer = Summarizer(model="m", api_key="sk-test", http_client=model.http_client(), cache=False, **options)
    summarizer.summarize(text)
    return seen


def test_an_article_read_in_one_piece_needs_no_thread_to_split_merge_or_assemble(monkeypatch: Any) -> None:
    text = 'The mayor said on Monday that the bridge would reopen in May. "It is safe," she said.\n'
    seen = _worker_steps(monkeypatch, text)
    assert not {"_chunks", "result", "assemble"} & set(seen), seen


def test_a_long_article_is_still_split_merged_and_assembled_in_a_worker(monkeypatch: Any) -> None:
    paragraph = 'The council said on Monday that the old bridge would reopen in May. "It is safe," the mayor said.\n\n'
    seen = _worker_steps(monkeypatch, paragraph * 200, max_input_tokens=6_000, jobs=2)
    assert {"_chunks", "result", "assemble"} <= set(seen), seen


def test_a_results_line_holds_the_same_json_as_its_record() -> None:
    import json

    from summarize import summarize
    from summarize.batch.results_log import encode
    from summarize.batch.runner import BatchResult
    from summarize.errors import InputDecodeError

    text = 'Officials said on Tuesday that the dam held. "We were lucky," the engineer said. Ça tient.\n'
    briefing = summarize(text, backend="offline")
    briefing.meta.usage.cost_usd = 0.0000125  # a float JSON encoders spell differently
    for result in (
        BatchResult("a-1", 'texts/a \u00e9"1".txt', briefing=briefing),
        BatchResult("b", "b.txt", error=InputDecodeError("b.txt: not UTF-8")),
    ):
        line = result.to_line()
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        assert line.startswith(b'{"id":')
        assert json.loads(line) == json.loads(encode(result.to_record()))


MODEL_RUN = """
import json, sys
import summarize
from summarize.engine import instructor_patch

briefing = summarize.summarize(sys.stdin.read(), backend="llm", base_url=sys.argv[1], api_key="sk-test-key",
                               model="gpt-4o-mini", cache=False)
before = {"requests": "requests" in sys.modules,
          "stand_in": type(sys.modules[instructor_patch.MULTIMODAL]).__name__}
from instructor import Image  # any other name of the module loads it
from instructor.v2.core.multimodal import Audio
print(json.dumps({"claims": len(briefing.claims), **before, "image": Image.__module__, "audio": Audio.__name__,
                  "after": type(sys.modules[instructor_patch.MULTIMODAL]).__name__}))
"""


def test_a_model_run_leaves_instructors_multimodal_module_and_requests_unloaded() -> None:
    from tests.conftest import model_run_in_child

    seen = model_run_in_child(MODEL_RUN)
    assert seen["claims"] > 0
    assert seen["requests"] is False and seen["stand_in"] == "_DeferredModule"
    assert seen["image"] == "instructor.v2.core.multimodal" and seen["audio"] == "Audio"
    assert seen["after"] == "module"


def test_the_stand_in_converts_text_messages_as_instructor_does() -> None:
    from instructor import Mode

    from summarize.engine import instructor_patch

    real = instructor_patch.multimodal().convert_messages
    plain = [
        {"role": "system", "content": "Brief the article."},
        {"role": "user", "content": "The article text.", "name": "reader"},
        {"role": "assistant", "content": "A draft."},
    ]
    assert instructor_patch._convert_messages(plain, Mode.TOOLS) == real(plain, Mode.TOOLS)
    others = [
        {"role": "assistant", "content": None, "tool_calls": []},
        {"role": "user", "content": [{"type": "text", "text": "Look again."}]},
    ]
    for messages in (others, [*plain, others[1]]):
        assert instructor_patch._convert_messages(messages, Mode.TOOLS) == real(messages, Mode.TOOLS)
