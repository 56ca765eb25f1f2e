"""The one transport layer: sends each chat completion, retries what is worth retrying, counts it all.

The OpenAI client is built with ``max_retries=0`` and instructor only re-asks validation errors, so
this is the only place a request is ever sent again. Policy (architecture doc, "Who owns retries"):

- 429 (not ``insufficient_quota``), 408, 409, 5xx, timeouts, connection errors: retried with
  exponential backoff and full jitter, honouring ``Retry-After``; bounded attempts and total time.
- 401/403, 404, 400, ``insufficient_quota``: raised at once as a ``SummarizeError`` naming the fix.
- a refusal or a content filter, and ``finish_reason == "length"``: raised at once, never re-sent.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

import openai

from summarize import errors
from summarize._settings import RetryPolicy

RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass
class Ledger:
    """What was spent: every HTTP request and token, failed attempts included."""

    requests: int = 0
    completions: int = 0  # answers received (the first one, then one per re-ask)
    input_tokens: int = 0
    output_tokens: int = 0
    statuses: list[int] = field(default_factory=list)

    @property
    def reasks(self) -> int:
        return max(0, self.completions - 1)

    def absorb(self, other: Ledger) -> None:
        self.requests += other.requests
        self.completions += other.completions
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.statuses += other.statuses


def pause(seconds: float) -> None:
    """Wait between attempts (tests replace this to run without waiting)."""
    time.sleep(seconds)


async def apause(seconds: float) -> None:
    await asyncio.sleep(seconds)


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds the server asks us to wait (``retry-after-ms``, ``Retry-After`` seconds or date)."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def _error_code(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error", body) if isinstance(body, dict) else {}
    code = inner.get("code") or inner.get("type") if isinstance(inner, dict) else None
    return str(code or getattr(exc, "code", None) or "")


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error", body) if isinstance(body, dict) else {}
    message = inner.get("message") if isinstance(inner, dict) else None
    text = str(message or exc.message or "")
    return " ".join(text.split())[:200]


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429 and _error_code(exc) == "insufficient_quota":
            return False
        return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
    return False


def translate(exc: BaseException, *, model: str, base_url: str, attempts: int) -> errors.SummarizeError:
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
    if not isinstance(exc, openai.APIStatusError):
        return errors.ProviderError(f"unexpected error from the model endpoint: {type(exc).__name__}")
    status, code, said = exc.status_code, _error_code(exc), _server_message(exc)
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
            f"model {model!r} or its endpoint was not found at {base_url} (HTTP 404); check --model and --base-url"
        )
    if status == 400 and (code == "context_length_exceeded" or "context length" in said.lower()):
        return errors.InputTooLargeError(
            f"the article is too long for model {model!r}'s context window; use a model with a larger context"
        )
    if status == 400:
        return errors.RequestRejectedError(
            f"the model endpoint rejected the request (HTTP 400: {said or code or 'no detail'}); "
            "try another --mode or check --model"
        )
    if is_retryable(exc):
        return errors.ProviderUnavailableError(
            f"the model endpoint is unavailable (HTTP {status}) after {attempts} attempt(s); try again later"
        )
    return errors.ProviderError(f"the model endpoint answered HTTP {status}: {said or code or 'no detail'}")


def check_completion(completion: Any, ledger: Ledger) -> None:
    """Count a received completion, then stop at once on a refusal, a filter or a truncation."""
    ledger.completions += 1
    usage = getattr(completion, "usage", None)
    if usage is not None:
        ledger.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        ledger.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
    choices = getattr(completion, "choices", None) or []
    if not choices:
        return
    choice = choices[0]
    refusal = getattr(choice.message, "refusal", None)
    if refusal:
        said = " ".join(str(refusal).split())[:160]
        raise errors.RefusalError(f"the model refused to write the briefing: {said!r}")
    if choice.finish_reason == "content_filter":
        raise errors.RefusalError("the provider's content filter stopped the answer; nothing usable came back")
    if choice.finish_reason == "length":
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
    clock: Callable[[], float] = time.monotonic

    def _delay(self, exc: BaseException, attempt: int) -> float:
        response = getattr(exc, "response", None)
        asked = retry_after_seconds(getattr(response, "headers", None))
        if asked is not None:
            return asked
        return random.uniform(0, min(self.policy.max_delay, self.policy.base_delay * 2 ** (attempt - 1)))

    def _next_wait(self, exc: BaseException, attempt: int, started: float) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now."""
        if not is_retryable(exc) or attempt >= self.policy.max_attempts:
            return None
        wait = self._delay(exc, attempt)
        if wait > self.policy.max_retry_after:
            return None
        if self.clock() - started + wait > self.policy.max_total_seconds:
            return None
        return wait

    def _after_error(self, exc: openai.APIError, attempt: int, started: float) -> float:
        """Seconds to wait before retrying ``exc``; raises the user-facing error to give up."""
        self.ledger.statuses.append(getattr(exc, "status_code", 0) or 0)
        wait = self._next_wait(exc, attempt, started)
        if wait is None:
            raise translate(exc, model=self.model, base_url=self.base_url, attempts=attempt) from None
        return wait

    def _after_success(self, completion: Any) -> Any:
        self.ledger.statuses.append(200)
        check_completion(completion, self.ledger)
        return completion

    def wrap(self, create: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(create)
        def send(*args: Any, **kwargs: Any) -> Any:
            started, attempt = self.clock(), 0
            while True:
                attempt += 1
                self.ledger.requests += 1
                try:
                    completion = create(*args, **kwargs)
                except openai.APIError as exc:
                    pause(self._after_error(exc, attempt, started))
                    continue
                return self._after_success(completion)

        return send

    def wrap_async(self, create: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @wraps(create)
        async def send(*args: Any, **kwargs: Any) -> Any:
            started, attempt = self.clock(), 0
            while True:
                attempt += 1
                self.ledger.requests += 1
                try:
                    completion = await create(*args, **kwargs)
                except openai.APIError as exc:
                    await apause(self._after_error(exc, attempt, started))
                    continue
                return self._after_success(completion)

        return send
