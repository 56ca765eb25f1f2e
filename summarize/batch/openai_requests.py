"""Batch API request lines: for each article, exactly the chat-completions body the engine sends.

The body is built by instructor's own request handler for the mode (the same call ``patch_v2``
makes before sending), over the same prompts and options as ``engine.llm``; a test compares it with what
the engine puts on the wire, mode by mode.
"""

from __future__ import annotations

import json
from typing import Any

from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import ModeHandlers, mode_registry

from summarize.engine.llm import MODES, request_options, response_model
from summarize.settings import Settings
from summarize.sources.document import Document

BATCH_URL = "/v1/chat/completions"
# `--mode auto` falls back mode by mode on a live endpoint; a batch is sent once, in one mode.
AUTO_BATCH_MODE = "tools"


def batch_mode(settings: Settings) -> str:
    return AUTO_BATCH_MODE if settings.mode == "auto" else settings.mode


def mode_handlers(mode: str) -> ModeHandlers:
    return mode_registry.get_handlers(Provider.OPENAI, MODES[mode])


def request_body(document: Document, settings: Settings, mode: str) -> dict[str, Any]:
    """The JSON body ``chat.completions.create`` would send for ``document`` in ``mode``."""
    handlers = mode_handlers(mode)
    _, kwargs = handlers.request_handler(
        response_model=response_model(), kwargs=request_options(settings, settings.llm_model(), document)
    )
    if handlers.message_converter is not None and "messages" in kwargs:
        kwargs["messages"] = handlers.message_converter(kwargs["messages"], autodetect_images=False)
    body: dict[str, Any] = kwargs
    return body


def request_line(custom_id: str, body: dict[str, Any]) -> str:
    """One line of a Batch API input file (no trailing newline)."""
    line = {"custom_id": custom_id, "method": "POST", "url": BATCH_URL, "body": body}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))
