"""The LLM backend: instructor over the openai client, one transport owner, bounded re-asks.

Layers, one job each (see README "Retries"):
- ``Transport`` (``_transport.py``) sends every HTTP request and alone retries transport failures;
- instructor re-asks the model, at most ``max_reasks`` times, when its answer fails validation
  (JSON, schema, grounding, invariants), carrying the precise problems back;
- this module picks the mode, falls back when an endpoint rejects tools or JSON schemas, and turns
  what went wrong into a ``SummarizeError``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx2
import openai
from instructor import Mode
from instructor.v2.core.patch import patch_v2
from instructor.v2.core.providers import Provider
from pydantic import ValidationError

from summarize import errors
from summarize._assemble import RunInfo
from summarize._document import Document
from summarize._prompts import prompt_version, render_messages
from summarize._settings import Settings
from summarize._transport import Ledger, Transport
from summarize.schemas import BriefingDraft, Usage, grounding_article

# instructor logs every failed attempt at ERROR; our errors say it once, on our terms.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

MODES: dict[str, Mode] = {
    "tools": Mode.TOOLS,
    "json_schema": Mode.JSON_SCHEMA,
    "json": Mode.JSON,
    "md_json": Mode.MD_JSON,
}
# What `--mode auto` tries, in order, when an endpoint rejects the previous mode's request shape.
AUTO_ORDER = ("tools", "json_schema", "json", "md_json")
_REJECTS_TOOLS = ("tool", "function")
_REJECTS_FORMAT = ("response_format", "json_schema", "json_object", "structured output", "grammar")


@dataclass
class Endpoint:
    """A configured endpoint: the settings plus the HTTP clients, built once and reused."""

    settings: Settings
    http_client: httpx2.Client | None = None
    async_http_client: httpx2.AsyncClient | None = None
    _client: openai.OpenAI | None = None
    _async_client: openai.AsyncOpenAI | None = None

    @property
    def base_url(self) -> str:
        return self.settings.base_url or "https://api.openai.com/v1"

    def client(self) -> openai.OpenAI:
        if self._client is None:
            self._client = openai.OpenAI(
                api_key=self.settings.llm_key(),
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=0,  # the Transport is the only layer that retries
                http_client=self.http_client,
            )
        return self._client

    def async_client(self) -> openai.AsyncOpenAI:
        if self._async_client is None:
            self._async_client = openai.AsyncOpenAI(
                api_key=self.settings.llm_key(),
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=0,
                http_client=self.async_http_client,
            )
        return self._async_client


def modes_to_try(settings: Settings) -> tuple[str, ...]:
    return AUTO_ORDER if settings.mode == "auto" else (settings.mode,)


def full_prompt_version() -> str:
    """Hash of the templates and of the schema the model is asked to fill."""
    schema = json.dumps(BriefingDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(f"{prompt_version()}:{schema}".encode()).hexdigest()[:12]


def _request(settings: Settings, model: str, document: Document) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"model": model, "messages": render_messages(document.text)}
    if settings.max_output_tokens is not None:
        kwargs["max_tokens"] = settings.max_output_tokens
    if settings.temperature is not None:
        kwargs["temperature"] = settings.temperature
    return kwargs


def _summarize_error(exc: BaseException, settings: Settings) -> errors.SummarizeError:
    """The SummarizeError behind whatever instructor raised."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, errors.SummarizeError):
            return seen
        seen = seen.__cause__ or seen.__context__
    last = exc.__cause__ or exc
    if isinstance(last, ValidationError):
        first = last.errors()[0] if last.errors() else {"msg": str(last)}
        detail = str(first.get("msg", "")).split("\n")
        reason = next((line.lstrip("- ") for line in detail[1:] if line.strip()), detail[0])
        return errors.InvalidOutputError(
            f"the model's answer still broke the contract after {settings.max_reasks} re-ask(s): {reason[:200]}; "
            "try a stronger model or raise --max-reasks"
        )
    name = type(exc).__name__
    if "Incomplete" in name:
        return errors.TruncatedOutputError("the model's answer was cut off; raise --max-output-tokens")
    return errors.InvalidOutputError(
        f"the model's answer could not be read as a briefing after {settings.max_reasks} re-ask(s) "
        f"({type(last).__name__}); try another --mode or a stronger model"
    )


def _falls_back(error: errors.SummarizeError, mode: str, remaining: bool) -> bool:
    """An endpoint that rejects this mode's request shape gets the next mode, not a failure."""
    if not remaining or not isinstance(error, errors.RequestRejectedError):
        return False
    said = str(error).lower()
    cues = _REJECTS_TOOLS if mode == "tools" else _REJECTS_FORMAT
    return any(cue in said for cue in cues)


class _Run:
    """One extraction: the ledger, the modes to try and what to do when an attempt fails."""

    def __init__(self, document: Document, endpoint: Endpoint) -> None:
        self.document, self.endpoint, self.settings = document, endpoint, endpoint.settings
        self.model = self.settings.llm_model()
        self.modes = modes_to_try(self.settings)
        self.ledger = Ledger()
        self.notes: list[str] = []
        self.started = time.perf_counter()

    def transport(self) -> Transport:
        e = self.endpoint
        return Transport(self.settings.retry, self.ledger, self.model, e.base_url)

    def create(self, mode: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """instructor's create for ``mode`` over the transport-wrapped ``func``."""
        patched = patch_v2(func=func, provider=Provider.OPENAI, mode=MODES[mode])
        return functools.partial(
            patched,
            response_model=BriefingDraft,
            max_retries=self.settings.max_reasks,
            **_request(self.settings, self.model, self.document),
        )

    def failed(self, exc: BaseException, position: int) -> None:
        """Return to try the next mode; otherwise raise the user-facing error."""
        error = _summarize_error(exc, self.settings)
        if _falls_back(error, self.modes[position], position + 1 < len(self.modes)):
            self.notes.append(
                f"the endpoint rejected mode {self.modes[position]!r}; fell back to {self.modes[position + 1]!r}"
            )
            return
        error.usage = self.usage()
        raise error from None

    def usage(self) -> Usage:
        ledger = self.ledger
        return Usage(
            requests=ledger.requests,
            input_tokens=ledger.input_tokens,
            output_tokens=ledger.output_tokens,
            reasks=ledger.reasks,
        )

    def done(self, draft: BriefingDraft, mode: str) -> tuple[BriefingDraft, RunInfo]:
        return draft, RunInfo(
            backend="llm",
            model=self.model,
            mode=mode,
            prompt_version=full_prompt_version(),
            usage=self.usage(),
            duration_ms=(time.perf_counter() - self.started) * 1000,
            warnings=self.notes,
        )


def extract(document: Document, endpoint: Endpoint) -> tuple[BriefingDraft, RunInfo]:
    run = _Run(document, endpoint)
    for position, mode in enumerate(run.modes):
        create = run.create(mode, run.transport().wrap(endpoint.client().chat.completions.create))
        try:
            with grounding_article(document):
                draft = create()
        except Exception as exc:  # instructor wraps everything; failed() unwraps to our own error
            run.failed(exc, position)
            continue
        return run.done(draft, mode)
    raise errors.ConfigurationError("no mode left to try")  # unreachable: failed() raises on the last mode


async def aextract(document: Document, endpoint: Endpoint) -> tuple[BriefingDraft, RunInfo]:
    run = _Run(document, endpoint)
    for position, mode in enumerate(run.modes):
        create = run.create(mode, run.transport().wrap_async(endpoint.async_client().chat.completions.create))
        try:
            with grounding_article(document):
                draft = await create()
        except Exception as exc:
            run.failed(exc, position)
            continue
        return run.done(draft, mode)
    raise errors.ConfigurationError("no mode left to try")
