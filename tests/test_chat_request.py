"""The engine's chat-completion sender puts on the wire exactly what ``chat.completions.create`` does.

Every article, mode by mode, is run twice through the whole library: once with the engine's sender
(``engine/chat_request.py``, which skips openai's per-request type walk) and once with the client's
own ``create``. The requests must be the same bytes: method, URL, headers and body. A re-ask (whose
messages instructor builds from the first answer) is compared too.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import openai
import pytest

from summarize import Summarizer
from summarize.engine import chat_request
from summarize.testing import Answer, RawText, ScriptedModel
from tests.conftest import article, gold_draft

MODES = ("tools", "json_schema", "json", "md_json")
# Headers openai sets from the clock or a counter; everything else must match.
_VARYING = {"x-stainless-retry-count", "x-stainless-read-timeout"}


def _wire(request: httpx2.Request) -> tuple[str, str, list[tuple[str, str]], bytes]:
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _VARYING]
    return request.method, str(request.url), headers, request.content


def _recorded(
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    *,
    plain: bool,
    is_async: bool = False,
    reask: bool = False,
    name: str = "court-ruling",
    **settings: Any,
) -> list[tuple[str, str, list[tuple[str, str]], bytes]]:
    """What goes on the wire for article ``name`` in ``mode``, through the sender or through ``create``."""
    built: list[dict[str, Any] | None] = []
    if plain:  # count the bodies the sender built itself, so a silent fallback to create fails the test
        original = chat_request.encoded_body
        monkeypatch.setattr(chat_request, "encoded_body", lambda kwargs: built.append(original(kwargs)) or built[-1])
    else:
        monkeypatch.setattr(chat_request, "sender", lambda client: client.chat.completions.create)
        monkeypatch.setattr(chat_request, "async_sender", lambda client: client.chat.completions.create)
    answer = Answer(gold_draft(name))
    model = ScriptedModel([RawText('{"title": ""}'), answer] if reask else [answer])
    seen: list[httpx2.Request] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return model(request)

    async def arecord(request: httpx2.Request) -> httpx2.Response:
        return record(request)

    options: dict[str, Any] = {"model": "gpt-4o-mini", "api_key": "sk-test", "mode": mode, **settings}
    if is_async:
        client = Summarizer(**options, async_http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(arecord)))
        asyncio.run(client.asummarize(article(name)))
    else:
        client = Summarizer(**options, http_client=httpx2.Client(transport=httpx2.MockTransport(record)))
        client.summarize(article(name))
    monkeypatch.undo()
    assert not plain or (len(built) == len(seen) and None not in built)
    return [_wire(r) for r in seen]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_the_sender_sends_what_create_sends(monkeypatch: pytest.MonkeyPatch, mode: str, is_async: bool) -> None:
    fast = _recorded(monkeypatch, mode, plain=True, is_async=is_async)
    slow = _recorded(monkeypatch, mode, plain=False, is_async=is_async)
    assert len(fast) == 1
    assert fast == slow


@pytest.mark.parametrize("mode", ["tools", "json"])
def test_a_reask_is_sent_as_create_sends_it(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    fast = _recorded(monkeypatch, mode, plain=True, reask=True)
    slow = _recorded(monkeypatch, mode, plain=False, reask=True)
    assert len(fast) == 2
    assert fast == slow


def test_text_beyond_ascii_is_sent_as_create_sends_it(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _recorded(monkeypatch, "tools", plain=True, name="mine-collapse-es")
    assert "ñ".encode() in fast[0][3]  # written as UTF-8, not escaped
    assert fast == _recorded(monkeypatch, "tools", plain=False, name="mine-collapse-es")


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_output_limit_and_temperature_are_sent_as_create_sends_them(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    settings = {"max_output_tokens": 9000, "temperature": 0.2}
    fast = _recorded(monkeypatch, mode, plain=True, **settings)
    assert b'"max_tokens":9000' in fast[0][3] and b'"temperature":0.2' in fast[0][3]
    assert fast == _recorded(monkeypatch, mode, plain=False, **settings)


def test_the_body_keeps_creates_key_order() -> None:
    keys = list(chat_request.body_keys())
    assert keys[:2] == ["messages", "model"]
    assert keys.index("max_tokens") < keys.index("temperature") < keys.index("tool_choice") < keys.index("tools")
    shuffled = {"tools": [], "model": "m", "temperature": 0.5, "messages": []}
    assert chat_request.encoded_body(shuffled) == b'{"messages":[],"model":"m","temperature":0.5,"tools":[]}'


@pytest.mark.parametrize(
    "kwargs",
    [
        {"model": "m", "messages": [], "stream": True},  # a stream needs create's stream class
        {"model": "m", "messages": [], "extra_headers": {"x": "y"}},  # a request option
        {"model": "m", "messages": [], "not_a_parameter": 1},
        {"model": "m", "messages": [{"role": "user", "content": object()}]},
        {"model": "m", "messages": [], "temperature": float("nan")},  # create refuses it, with its own error
    ],
    ids=["stream", "option", "unknown", "object", "nan"],
)
def test_anything_but_plain_json_goes_through_create(kwargs: dict[str, Any]) -> None:
    assert chat_request.encoded_body(kwargs) is None
    calls: list[dict[str, Any]] = []
    client = openai.OpenAI(api_key="sk-test", base_url="http://replay.invalid/v1")
    client.chat.completions.create = lambda **given: calls.append(given) or "from create"  # type: ignore[method-assign]
    assert chat_request.sender(client)(**kwargs) == "from create"
    assert calls == [kwargs]


def test_the_tool_schema_is_written_once_and_again_when_it_changes() -> None:
    schema: dict[str, Any] = {"type": "object", "properties": {"title": {"type": "string"}}}
    tool = {"type": "function", "function": {"name": "Draft", "parameters": schema}}
    body = {"messages": [{"role": "user", "content": "a \\u0000 b"}], "model": "m", "tools": [tool]}

    def plain() -> bytes:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

    assert chat_request.encoded_body(body) == plain()
    assert chat_request.encoded_body(body) == plain()  # the second time from the written schema
    schema["properties"]["bluf"] = {"type": "array"}  # the same object, changed in place
    assert chat_request.encoded_body(body) == plain()
    body["tools"] = [{"type": "function", "function": {"name": "Draft", "parameters": {"type": "object"}}}]
    assert chat_request.encoded_body(body) == plain()


def test_the_written_out_parameters_are_creates() -> None:
    import inspect

    from openai.resources.chat.completions import Completions

    options = {"self", "extra_headers", "extra_query", "extra_body", "timeout"}
    names = [name for name in inspect.signature(Completions.create).parameters if name not in options]
    assert list(chat_request.CREATE_PARAMETERS) == names
