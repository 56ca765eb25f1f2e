"""The one transport layer: sends each chat completion, retries what is worth retrying, counts it all.

The OpenAI client is built with ``max_retries=0`` and instructor only re-asks validation errors, so
this is the only place a request is ever sent again. Policy (architecture doc, "Who owns retries"):

- 429 (not ``insufficient_quota``), 408, 409, 5xx, timeouts, connection errors: retried with
  exponential backoff and full jitter, honouring ``Retry-After``; bounded attempts and total time.
- 401/403, 404, 400 and other 4xx, ``insufficient_quota``: raised at once as a ``SummarizeError``.
- a refusal, a content filter, a truncated answer, or a body that is not a chat completion: raised
  at once, never re-sent.
"""

from __future__ import annotations

import datetime
import email.utils
import functools
import json
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import openai

from summarize import errors
from summarize.engine.run import Ledger
from summarize.engine.steps import Call, Core, Sleep, arun, run
from summarize.settings import RetryPolicy

RETRYABLE_STATUS = frozenset({408, 409, 429})
TRUNCATED = frozenset({"length", "max_tokens"})  # OpenAI says "length"; some compatible servers "max_tokens"
_SECRET = re.compile(r"\b(sk-[A-Za-z0-9_-]{6,}|Bearer\s+\S+|api[-_]?key[=:]\s*\S+)", re.IGNORECASE)


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds the server asks us to wait (``retry-after-ms``, ``Retry-After`` seconds or HTTP date)."""
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if not value:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            continue  # unreadable: fall back to our own back-off
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)  # RFC 9110 dates are GMT
        return max(0.0, when.timestamp() - time.time())
    return None


def _error_fields(exc: openai.APIStatusError) -> dict[str, Any]:
    """The ``error`` object of an OpenAI-style error body (or the body itself), else {}."""
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error", body)
    return inner if isinstance(inner, dict) else {}


def redact(text: str, secret: str | None = None) -> str:
    """Text from a server, safe to show: keys and bearer tokens masked, one line, bounded."""
    if secret:
        text = text.replace(secret, "***")
    return _SECRET.sub("***", " ".join(text.split()))[:200]


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, json.JSONDecodeError):  # a 200 whose body is not JSON: the endpoint's fault, not the model's
        return True
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429 and _error_fields(exc).get("code") == "insufficient_quota":
            return False
        return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
    return False


_FILTERED_CODES = ("content_filter", "content_policy_violation", "invalid_prompt")


def translate(
    exc: BaseException, *, model: str, base_url: str, attempts: int, secret: str | None = None
) -> errors.SummarizeError:
    """The user-facing error for a transport failure, one line, naming the fix."""
    if isinstance(exc, openai.APITimeoutError):
        return errors.ProviderUnavailableError(
            f"the model endpoint timed out {attempts} time(s) at {base_url}; raise --timeout or try later"
        )
    if isinstance(exc, openai.APIConnectionError):
        return errors.ProviderUnavailableError(
            f"cannot reach the model endpoint at {base_url} after {attempts} attempt(s); "
            "check --base-url / OPENAI_BASE_URL and that the server is running"
        )
    if isinstance(exc, json.JSONDecodeError):
        return errors.ProviderUnavailableError(
            f"the model endpoint at {base_url} answered {attempts} time(s) with a body that is not JSON; "
            "check --base-url points at an OpenAI-compatible /v1 endpoint, or try later"
        )
    if not isinstance(exc, openai.APIStatusError):
        return errors.ProviderUnavailableError(f"the model endpoint failed: {type(exc).__name__}")
    status, fields = exc.status_code, _error_fields(exc)
    code = str(fields.get("code") or fields.get("type") or "")
    said = redact(str(fields.get("message") or exc.message or ""), secret)
    if status == 400 and (code in _FILTERED_CODES or "content management policy" in said.lower()):
        # Azure and others refuse a prompt their content filter flags: the text, not the request
        return errors.RefusalError(
            f"the provider's content filter refused the article (HTTP 400 {code or 'content_filter'}); "
            "nothing to retry with this text"
        )
    if status == 429 and code == "insufficient_quota":
        return errors.AuthenticationError(
            "the provider says the account's quota is exhausted (insufficient_quota); check your plan and billing"
        )
    if status in (401, 403):
        return errors.AuthenticationError(
            f"the model endpoint refused the credentials (HTTP {status}); check OPENAI_API_KEY "
            "and that the key may use this model"
        )
    if status == 404:
        return errors.RequestRejectedError(
            f"model {model!r} or its endpoint was not found at {base_url} (HTTP 404); check --model and --base-url",
            status=status,
        )
    if status == 400 and (code == "context_length_exceeded" or "context length" in said.lower()):
        return errors.InputTooLargeError(
            f"the article is too long for model {model!r}'s context window even in parts; "
            "lower --max-input-tokens or use a model with a larger context"
        )
    if 400 <= status < 500 and not is_retryable(exc):
        return errors.RequestRejectedError(
            f"the model endpoint rejected the request (HTTP {status}: {said or code or 'no detail'}); "
            "try another --mode or check --model",
            status=status,
            server_message=said,
        )
    return errors.ProviderUnavailableError(
        f"the model endpoint is unavailable (HTTP {status}) after {attempts} attempt(s); try again later"
    )


def _detail(usage: Any, group: str, name: str) -> int:
    """A count inside ``usage.<group>`` (an object or a dict), 0 when the provider did not report it."""
    details = getattr(usage, group, None)
    value = details.get(name) if isinstance(details, dict) else getattr(details, name, None)
    return value if isinstance(value, int) and value > 0 else 0


def check_completion(completion: Any, ledger: Ledger) -> None:
    """Count a received completion, then stop at once on a refusal, a filter or a truncation."""
    choices = getattr(completion, "choices", None)
    if not isinstance(choices, list) or not choices:
        raise errors.ProviderError(
            "the endpoint's answer is not a chat completion (no choices); check --base-url points at an "
            "OpenAI-compatible /v1 endpoint"
        )
    ledger.completions += 1
    usage = getattr(completion, "usage", None)
    if usage is not None:
        ledger.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        ledger.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        ledger.cached_input_tokens += _detail(usage, "prompt_tokens_details", "cached_tokens")
        ledger.reasoning_tokens += _detail(usage, "completion_tokens_details", "reasoning_tokens")
    choice = choices[0]
    refusal = getattr(choice.message, "refusal", None)
    if refusal:
        raise errors.RefusalError(f"the model refused to write the briefing: {redact(str(refusal))[:160]!r}")
    if choice.finish_reason == "content_filter":
        raise errors.RefusalError("the provider's content filter stopped the answer; nothing usable came back")
    if choice.finish_reason in TRUNCATED:
        raise errors.TruncatedOutputError(
            "the model's answer was cut off at its output limit (finish_reason 'length'); "
            "raise --max-output-tokens or use a model with a larger output budget"
        )


@dataclass
class Transport:
    """Wraps a chat-completions ``create`` with the retry policy and the ledger."""

    policy: RetryPolicy
    ledger: Ledger
    model: str
    base_url: str
    secret: str | None = None
    clock: Callable[[], float] = time.monotonic

    def _delay(self, exc: BaseException, attempt: int) -> float:
        response = getattr(exc, "response", None)
        asked = retry_after_seconds(getattr(response, "headers", None))
        if asked is not None:
            return asked
        return random.uniform(0, min(self.policy.max_delay, self.policy.base_delay * 2 ** (attempt - 1)))

    def _after_error(
        self, exc: openai.APIError | json.JSONDecodeError, attempt: int, started: float
    ) -> float | errors.SummarizeError:
        """Seconds to wait before retrying ``exc``, or the user-facing error to give up with.

        The caller raises that error outside its ``except`` block, so it carries no link to the
        client's exception (whose request holds the key).
        """
        if is_retryable(exc) and attempt < self.policy.max_attempts:
            wait = self._delay(exc, attempt)
            within_budget = self.clock() - started + wait <= self.policy.max_total_seconds
            if wait <= self.policy.max_retry_after and within_budget:
                return wait
        return translate(exc, model=self.model, base_url=self.base_url, attempts=attempt, secret=self.secret)

    def _after_success(self, completion: Any) -> Any:
        check_completion(completion, self.ledger)
        return completion

    def exchange(self, send: Call) -> Core[Any]:
        """One request under the retry policy, for sync and async callers alike (see ``steps``):
        yields ``send`` for each attempt and a ``Sleep`` before each retry."""
        started, attempt = self.clock(), 0
        while True:
            attempt += 1
            self.ledger.requests += 1
            failure: openai.APIError | json.JSONDecodeError | None = None
            try:
                completion = yield send
            except (openai.APIError, json.JSONDecodeError) as exc:  # the client parses the body: not JSON raises
                failure = exc
            if failure is None:
                return self._after_success(completion)
            outcome = self._after_error(failure, attempt, started)
            if isinstance(outcome, errors.SummarizeError):
                raise outcome  # outside the except block: no link to the client's exception and its key
            yield Sleep(outcome)

    def wrap(self, create: Callable[..., Any], *, awaited: bool = False) -> Callable[..., Any]:
        """``create`` (a chat-completions or files/batches call; a coroutine function when ``awaited``)
        sent through ``exchange``."""
        if awaited:

            async def send_async(*args: Any, **kwargs: Any) -> Any:
                return await arun(self.exchange(Call(asynchronous=functools.partial(create, *args, **kwargs))))

            return functools.wraps(create)(send_async)

        def send(*args: Any, **kwargs: Any) -> Any:
            return run(self.exchange(Call(functools.partial(create, *args, **kwargs))))

        return functools.wraps(create)(send)
