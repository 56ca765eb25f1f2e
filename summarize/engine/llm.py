"""The LLM backend: instructor over the openai client, one transport owner, bounded re-asks.

Layers, one job each (see README "Retries"):
- ``Transport`` (``transport.py``) sends every HTTP request and alone retries transport failures;
- instructor re-asks the model, at most ``max_reasks`` times, when its answer fails validation
  (JSON, schema, grounding, invariants), carrying the precise problems back;
- this module picks the mode, falls back when an endpoint rejects tools or JSON schemas, and turns
  what went wrong into a ``SummarizeError``.
"""

from __future__ import annotations

# First: instructor_patch's stand-ins go in before instructor's errors and patch modules load.
from summarize.engine import instructor_patch

# isort: split
import functools
import hashlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai
from instructor import Mode
from instructor.v2.core.errors import InstructorRetryException, ResponseParsingError
from instructor.v2.core.patch import patch_v2
from instructor.v2.core.providers import Provider
from instructor.v2.core.response_model import prepare_response_model
from pydantic import ValidationError

from summarize import errors
from summarize.engine import chat_request
from summarize.engine.http_client import plain_http_client
from summarize.engine.messages import prompt_version, render_messages
from summarize.engine.run import Extraction, Ledger, Run
from summarize.engine.steps import Call, Core
from summarize.engine.transport import Transport
from summarize.schemas import BriefingDraft, grounding_article
from summarize.settings import Settings
from summarize.sources.document import Document

# instructor logs every failed attempt at ERROR; our errors say it once, on our terms.
logging.getLogger("instructor").addHandler(logging.NullHandler())


MODES: dict[str, Mode] = {
    "tools": Mode.TOOLS,
    "json_schema": Mode.JSON_SCHEMA,
    "json": Mode.JSON,
    "md_json": Mode.MD_JSON,
}
# What `--mode auto` tries, in order, when an endpoint rejects the previous mode's request shape.
AUTO_ORDER = ("tools", "json_schema", "json", "md_json")
PARSE_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)
_REJECTS_TOOLS = ("tool", "function")
_REJECTS_FORMAT = ("response_format", "json_schema", "json_object", "structured output", "grammar")


@dataclass
class Endpoint:
    """A configured endpoint: the settings plus the HTTP clients, built once and reused (by every
    chunk's thread too: the lock makes sure there is one client, with one connection pool)."""

    settings: Settings
    http_client: httpx2.Client | None = None
    async_http_client: httpx2.AsyncClient | None = None
    _client: openai.OpenAI | None = None
    _async_client: openai.AsyncOpenAI | None = None
    # The mode `--mode auto` fell back to: the next request (another chunk, article) starts there.
    settled_mode: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def base_url(self) -> str:
        return self.settings.base_url or "https://api.openai.com/v1"

    def _client_options(self) -> dict[str, Any]:
        return {
            "api_key": self.settings.llm_key(),
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout,
            "max_retries": 0,  # the Transport is the only layer that retries
        }

    def client(self) -> openai.OpenAI:
        with self._lock:
            if self._client is None:
                http_client = self.http_client or plain_http_client(self.settings.base_url, self.settings.timeout)
                self._client = openai.OpenAI(**self._client_options(), http_client=http_client)
            return self._client

    def async_client(self) -> openai.AsyncOpenAI:
        with self._lock:
            if self._async_client is None:
                self._async_client = openai.AsyncOpenAI(**self._client_options(), http_client=self.async_http_client)
            return self._async_client


def modes_to_try(settings: Settings) -> tuple[str, ...]:
    return AUTO_ORDER if settings.mode == "auto" else (settings.mode,)


@functools.lru_cache(maxsize=1)
def full_prompt_version() -> str:
    """Hash of the templates and of the schema the model is asked to fill."""
    schema = json.dumps(BriefingDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(f"{prompt_version()}:{schema}".encode()).hexdigest()[:12]


@functools.cache
def response_model() -> type[BriefingDraft]:
    """``BriefingDraft`` as instructor requests and parses it, prepared once: given the bare class,
    instructor builds a new pydantic subclass and its JSON schema on every call (about half our CPU
    per article in a batch). The direct path and the Batch API path share it. First use installs
    the once-per-model async-validator check (``instructor_patch``)."""
    instructor_patch.install()
    prepared = prepare_response_model(BriefingDraft)
    if prepared is None:  # instructor returns None only when given None
        raise TypeError("instructor did not prepare the draft model")
    if schema_as_draft(prepared):
        # the same JSON schema as the draft's, which a run has generated already (the prompt version
        # hashes it): not generated a second time for the subclass (about 8 ms of a model run)
        prepared.model_json_schema = classmethod(_draft_schema)  # type: ignore[method-assign,assignment]
    return prepared


def _draft_schema(cls: type[BriefingDraft], *args: Any, **kwargs: Any) -> dict[str, Any]:
    return BriefingDraft.model_json_schema(*args, **kwargs)


# What instructor's subclass may set in its config without changing the JSON schema: the types
# pydantic leaves alone on the class (instructor's ``classproperty`` schemas).
_CONFIG_OUTSIDE_SCHEMA = frozenset({"ignored_types"})


def schema_as_draft(prepared: type[BriefingDraft]) -> bool:
    """instructor's prepared subclass has the draft's JSON schema: it declares no field, keeps the
    name and docstring the schema's title and description come from, and changes no setting of
    the config but those that leave the schema alone."""
    config, own = dict(BriefingDraft.model_config), dict(prepared.model_config)
    settings = (set(config) | set(own)) - _CONFIG_OUTSIDE_SCHEMA
    return (
        issubclass(prepared, BriefingDraft)
        and prepared.model_fields.keys() == BriefingDraft.model_fields.keys()
        # no field declared again (instructor's ``functools.wraps`` copies the draft's annotations)
        and vars(prepared).get("__annotations__", {}) in ({}, vars(BriefingDraft)["__annotations__"])
        and (prepared.__name__, prepared.__doc__) == (BriefingDraft.__name__, BriefingDraft.__doc__)
        and all(config.get(name) == own.get(name) for name in settings)
        and "model_json_schema" not in vars(prepared)
    )


def request_options(settings: Settings, model: str, document: Document) -> dict[str, Any]:
    """The chat-completions arguments of one request for ``document``, before instructor adds the schema."""
    kwargs: dict[str, Any] = {"model": model, "messages": render_messages(document.text)}
    if settings.max_output_tokens is not None:
        kwargs["max_tokens"] = settings.max_output_tokens
    if settings.temperature is not None:
        kwargs["temperature"] = settings.temperature
    return kwargs


def _invalid_output(last: BaseException, ledger: Ledger) -> errors.InvalidOutputError:
    """What was wrong with the model's last answer, in one line."""
    reason = f"{type(last).__name__}: {last}"
    if isinstance(last, ValidationError) and last.errors():
        first = last.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        lines = [line for line in str(first.get("msg", "")).split("\n") if line.strip()]
        # our invariant errors list problems after a header line; show the first problem
        problem = lines[1].lstrip("- ") if len(lines) > 1 else (lines[0] if lines else "invalid")
        reason = f"{where}: {problem}" if where else problem
    return errors.InvalidOutputError(
        f"the model's answer still broke the contract after {ledger.reasks} re-ask(s): {reason[:200]}; "
        "try a stronger model, another --mode, or raise --max-reasks"
    )


def _summarize_error(exc: BaseException, ledger: Ledger) -> errors.SummarizeError | None:
    """The SummarizeError behind what instructor raised; None when it is not ours to explain (a bug)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, errors.SummarizeError):
            return seen
        seen = seen.__cause__ or seen.__context__
    last = exc.__cause__ if isinstance(exc, InstructorRetryException) and exc.__cause__ else exc
    if isinstance(last, PARSE_ERRORS):
        return _invalid_output(last, ledger)
    return None


def _falls_back(error: errors.SummarizeError, mode: str, remaining: bool) -> bool:
    """An endpoint that rejects this mode's request shape (HTTP 400 naming it) gets the next mode."""
    if not remaining or not isinstance(error, errors.RequestRejectedError) or error.status != 400:
        return False
    said = error.server_message.lower()
    cues = _REJECTS_TOOLS if mode == "tools" else _REJECTS_FORMAT
    return any(cue in said for cue in cues)


class LLMRun:
    """One LLM extraction: its run record, the modes to try, and what to do when an attempt fails.

    The direct path tries the modes in turn (``extract``); the Batch API path has one mode and
    counts the batch request itself (``run.answered_by_batch``) before re-asking through here.
    """

    def __init__(self, document: Document, endpoint: Endpoint, modes: tuple[str, ...] | None = None) -> None:
        self.document, self.endpoint, self.settings = document, endpoint, endpoint.settings
        self.model = self.settings.llm_model()
        self.run = Run("llm", self.model)
        self.modes = modes or modes_to_try(self.settings)
        if modes is None and endpoint.settled_mode in self.modes:
            self.modes = self.modes[self.modes.index(endpoint.settled_mode) :]

    def transport(self) -> Transport:
        settings = self.settings
        return Transport(settings.retry, self.run.ledger, self.model, self.endpoint.base_url, settings.api_key)

    def request(self) -> dict[str, Any]:
        return request_options(self.settings, self.model, self.document)

    def create(self, mode: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """instructor's create for ``mode`` over the transport-wrapped ``func``."""
        instructor_patch.install()  # before instructor loads its handlers (idempotent)
        patched = patch_v2(func=func, provider=Provider.OPENAI, mode=MODES[mode])
        return functools.partial(
            patched, response_model=response_model(), max_retries=self.settings.max_reasks, **self.request()
        )

    def asking(self, mode: str) -> Call:
        """The call that asks the model in ``mode``: instructor's create over the transport, with the
        article to ground against; the sync client from ordinary code, the async one from an event loop."""
        transport = self.transport()

        def sync() -> BriefingDraft:
            create = self.create(mode, transport.wrap(chat_request.sender(self.endpoint.client())))
            with grounding_article(self.document):
                draft: BriefingDraft = create()
            return draft

        async def asynchronous() -> BriefingDraft:
            acreate = chat_request.async_sender(self.endpoint.async_client())
            create = self.create(mode, transport.wrap(acreate, awaited=True))
            with grounding_article(self.document):
                draft: BriefingDraft = await create()
            return draft

        return Call(sync, asynchronous)

    def failed(self, exc: BaseException, position: int) -> None:
        """Return to try the next mode; otherwise raise the user-facing error.

        Called after the ``except`` block has ended, so the error is raised with no link back to
        instructor's or the client's exceptions.
        """
        error = _summarize_error(exc, self.run.ledger)
        if error is None:
            raise exc  # not a model or provider failure: a bug, reported as such by the CLI
        if _falls_back(error, self.modes[position], position + 1 < len(self.modes)):
            self.run.notes.append(
                f"the endpoint rejected mode {self.modes[position]!r}; fell back to {self.modes[position + 1]!r}"
            )
            return
        error.usage = self.run.usage()
        raise error

    def invalid(self, failure: BaseException) -> errors.InvalidOutputError:
        """The error for an answer that broke the contract with no re-ask left, carrying what was spent."""
        error = _invalid_output(failure, self.run.ledger)
        error.usage = self.run.usage()
        return error

    def done(self, draft: BriefingDraft, mode: str) -> Extraction:
        if mode != self.modes[0]:
            self.endpoint.settled_mode = mode
        return draft, self.run.info(mode=mode, prompt_version=full_prompt_version())


def extraction(document: Document, endpoint: Endpoint) -> Core[Extraction]:
    """The draft of ``document``: each mode in turn until one answers (driven by ``steps.run`` or ``steps.arun``)."""
    attempt = LLMRun(document, endpoint)
    for position, mode in enumerate(attempt.modes):
        failure: BaseException | None = None
        try:
            draft = yield attempt.asking(mode)
        except Exception as exc:  # instructor wraps everything; failed() unwraps it
            failure = exc
        if failure is None:
            return attempt.done(draft, mode)
        attempt.failed(failure, position)
    raise AssertionError("unreachable: failed() raises on the last mode")
