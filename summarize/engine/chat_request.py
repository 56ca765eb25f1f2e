"""Send a chat completion without openai's per-request walk over the body's types.

``client.chat.completions.create`` runs ``maybe_transform`` over the whole body on every request:
it walks the messages and the tool definition against the ``CompletionCreateParams`` TypedDicts,
asking ``typing`` about each annotation (about 1 ms of CPU for one of our requests, as much as all
the rest of the client's work on it). The walk renames aliased keys, formats dates and files, and
turns pydantic models and other iterables into JSON data; given a body that already is plain JSON
data it gives back the same values, in the order of ``create``'s parameters, less the omitted ones.

``sender(client)`` builds that dict itself, serialises it once, and posts the bytes through the same
client with the options ``create`` passes, so the URL, headers, body bytes, response type and error
classes are the same
(``tests/test_chat_request.py`` compares the two on the wire, mode by mode). Anything else (a
streamed request, a body holding other objects, an argument ``create`` does not take) goes through
``create`` itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import openai
from openai.types.chat import ChatCompletion

PATH = "/chat/completions"
# The request options ``create`` passes when given no extra headers, query, body or timeout.
OPTIONS: Any = {"security": {"bearer_auth": True}}
# ``Completions.create``'s parameters less the request options (extra_headers, extra_query,
# extra_body, timeout), in its order, which is the body's key order. Written out: importing
# ``openai.resources`` to read the signature loads every resource of the API (a third of a model
# run's imports). tests/test_chat_request.py compares it with the signature.
CREATE_PARAMETERS = (
    "messages",
    "model",
    "audio",
    "frequency_penalty",
    "function_call",
    "functions",
    "logit_bias",
    "logprobs",
    "max_completion_tokens",
    "max_tokens",
    "metadata",
    "modalities",
    "moderation",
    "n",
    "parallel_tool_calls",
    "prediction",
    "presence_penalty",
    "prompt_cache_key",
    "prompt_cache_options",
    "prompt_cache_retention",
    "reasoning_effort",
    "response_format",
    "safety_identifier",
    "seed",
    "service_tier",
    "stop",
    "store",
    "stream",
    "stream_options",
    "temperature",
    "tool_choice",
    "tools",
    "top_logprobs",
    "top_p",
    "user",
    "verbosity",
    "web_search_options",
)
_BODY_KEYS = dict.fromkeys(CREATE_PARAMETERS)


def body_keys() -> dict[str, None]:
    """The body's keys in the order ``create`` writes them: its parameters, less the request options."""
    return _BODY_KEYS


def encoded_body(kwargs: dict[str, Any]) -> bytes | None:
    """The bytes ``create`` would send for ``kwargs``; None when only ``create`` can build them.

    Serialised as openai serialises a body (``openapi_dumps``); the C encoder refuses anything that
    is not JSON data (a pydantic model, a date, a file, a generator), and those go through ``create``.
    """
    keys = body_keys()
    if kwargs.get("stream") or any(name not in keys for name in kwargs):
        return None
    body = {name: kwargs[name] for name in keys if name in kwargs}
    schema_json = None
    tools = body.get("tools")
    if isinstance(tools, list) and len(tools) == 1 and isinstance(tools[0], dict):
        tools, schema_json = _tool_with_schema_marked(tools[0])
        if schema_json is not None:
            body["tools"] = tools
    try:
        encoded = _dumps(body)
    except (TypeError, ValueError):  # not JSON data, or NaN (which create refuses with its own error)
        return None
    if schema_json is not None:
        encoded = encoded.replace(_dumps(_SCHEMA_MARK), schema_json, 1)
    return encoded.encode()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


# The tool's schema is the same object on every request (instructor caches it), and its JSON was
# half the body's encoding: it is written once and spliced in where a marker stands. The marker is
# random, so no article can hold it; the messages come before the tools, and only the first
# occurrence is replaced.
_SCHEMA_MARK = f"\u0000schema-{uuid.uuid4().hex}"
_SCHEMA_JSON: dict[int, tuple[object, object, str]] = {}  # id -> (the schema, a copy, its JSON)


def _tool_with_schema_marked(tool: dict[str, Any]) -> tuple[list[Any], str | None]:
    """The tools list with the function's schema replaced by the marker, and the schema's JSON;
    (the tool as it is, None) when the tool has no schema dict or the schema is not JSON data."""
    function = tool.get("function")
    schema = function.get("parameters") if isinstance(function, dict) else None
    if not isinstance(schema, dict) or not isinstance(function, dict):
        return [tool], None
    known = _SCHEMA_JSON.get(id(schema))
    # The same object, still equal to the copy taken when it was written (nothing changed it since).
    if known is None or known[0] is not schema or known[1] != schema:
        try:
            written = _dumps(schema)
        except (TypeError, ValueError):
            return [tool], None
        if len(_SCHEMA_JSON) > 16:  # schemas come from a handful of response models
            _SCHEMA_JSON.clear()
        known = _SCHEMA_JSON[id(schema)] = (schema, json.loads(written), written)
    return [{**tool, "function": {**function, "parameters": _SCHEMA_MARK}}], known[2]


def sender(client: openai.OpenAI) -> Callable[..., Any]:
    """``client.chat.completions.create`` for what instructor sends, without the type walk.

    ``client.chat`` is touched only when ``create`` itself is needed: it imports openai.resources.
    """

    def send(**kwargs: Any) -> Any:
        content = encoded_body(kwargs)
        if content is None:
            return client.chat.completions.create(**kwargs)
        return client.post(PATH, content=content, options=OPTIONS, cast_to=ChatCompletion, stream=False)

    return send


def async_sender(client: openai.AsyncOpenAI) -> Callable[..., Awaitable[Any]]:
    """``sender`` for the async client."""

    async def send(**kwargs: Any) -> Any:
        content = encoded_body(kwargs)
        if content is None:
            return await client.chat.completions.create(**kwargs)
        return await client.post(PATH, content=content, options=OPTIONS, cast_to=ChatCompletion, stream=False)

    return send
