"""Turn one line of a Batch API output or error file into a briefing, or into the error it stands for.

An answer goes through exactly what a direct run's answer goes through: the transport's checks
(refusal, content filter, truncation), instructor's parser for the mode, the draft's grounding and
invariants (validation context ``{"article": document}``), then ``assemble``. An answer that fails
validation is re-asked synchronously, carrying the validator's message, as instructor would have
done in a direct run: the batch answer counts as the first attempt, so at most ``max_reasks`` more
requests are sent, through the one transport layer that owns retries.
"""

from __future__ import annotations

from typing import Any

import httpx2
import openai
from instructor.v2.core.messages import isolate_retry_kwargs
from instructor.v2.core.providers import Provider
from instructor.v2.core.retry import retry_sync_v2
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarize import errors
from summarize.batch.openai_manifest import Entry
from summarize.batch.openai_requests import mode_handlers, request_body
from summarize.engine.assemble import assemble
from summarize.engine.llm import MODES, PARSE_ERRORS, Endpoint, LLMRun, response_model
from summarize.engine.transport import check_completion, redact, translate
from summarize.schemas import Briefing, BriefingDraft, grounding_article
from summarize.sources.document import Document


class BatchAnswers:
    """Settles the lines of one batch against the articles of its manifest."""

    def __init__(self, endpoint: Endpoint, mode: str) -> None:
        self.endpoint, self.mode = endpoint, mode
        self.handlers = mode_handlers(mode)
        self.model = response_model()

    def briefing(self, entry: Entry, record: dict[str, Any]) -> Briefing:
        """The briefing for ``record`` (a line of the output or error file); a SummarizeError if none."""
        error = record.get("error")
        if isinstance(error, dict) and error:
            code, said = error.get("code") or "error", redact(str(error.get("message") or ""))
            raise errors.ProviderUnavailableError(
                f"the Batch API did not run this request ({code}: {said or 'no detail'}); submit it again"
            )
        response = record.get("response")
        if not isinstance(response, dict):
            raise errors.ProviderError("the batch output line has neither a response nor an error")
        status, body = int(response.get("status_code") or 0), response.get("body")
        if status != 200:
            raise self._http_error(status, body)
        try:
            completion = ChatCompletion.model_validate(body)
        except ValidationError:
            raise errors.ProviderError("the batch output line does not hold a chat completion") from None
        return self._validated(entry.document(), completion)

    def _http_error(self, status: int, body: Any) -> errors.SummarizeError:
        """The same one-line error a direct request answered with ``status`` and ``body`` gives."""
        request = httpx2.Request("POST", f"{self.endpoint.base_url.rstrip('/')}/chat/completions")
        response = httpx2.Response(status or 500, json=body, request=request)
        failure = openai.APIStatusError(f"HTTP {status}", response=response, body=body)
        settings = self.endpoint.settings
        return translate(
            failure, model=settings.llm_model(), base_url=self.endpoint.base_url, attempts=1, secret=settings.api_key
        )

    def _validated(self, document: Document, completion: ChatCompletion) -> Briefing:
        extraction = LLMRun(document, self.endpoint, modes=(self.mode,))  # sent in one mode: no fallback
        extraction.run.answered_by_batch(*_tokens_of(completion))  # billed at the batch price, whatever follows
        failure: Exception | None = None
        try:
            check_completion(completion, extraction.run.ledger)
            with grounding_article(document):
                draft: BriefingDraft = self.handlers.response_parser(
                    response=completion,
                    response_model=self.model,
                    validation_context={"article": document},
                    strict=True,
                    stream=False,
                    is_async=False,
                )
        except errors.SummarizeError as exc:  # refused, filtered or truncated: never re-asked
            exc.usage = extraction.run.usage()
            raise
        except PARSE_ERRORS as exc:
            failure = exc
        if failure is None:
            return self._assembled(extraction, draft, document)
        return self._reasked(extraction, document, completion, failure)

    def _assembled(self, extraction: LLMRun, draft: BriefingDraft, document: Document) -> Briefing:
        validated, info = extraction.done(draft, self.mode)
        return assemble(validated, document, info)

    def _reasked(
        self, extraction: LLMRun, document: Document, completion: ChatCompletion, failure: Exception
    ) -> Briefing:
        settings = self.endpoint.settings
        if settings.max_reasks == 0:
            raise extraction.invalid(failure)
        sent = request_body(document, settings, self.mode)
        kwargs = self.handlers.reask_handler(kwargs=isolate_retry_kwargs(sent), response=completion, exception=failure)
        create = extraction.transport().wrap(self.endpoint.client().chat.completions.create)
        outcome: BaseException | None = None
        try:
            with grounding_article(document):
                draft: BriefingDraft = retry_sync_v2(
                    func=create,
                    response_model=self.model,
                    provider=Provider.OPENAI,
                    mode=MODES[self.mode],
                    context=None,
                    max_retries=settings.max_reasks - 1,
                    args=(),
                    kwargs=kwargs,
                    strict=True,
                )
        except Exception as exc:  # instructor wraps everything; LLMRun.failed() unwraps it
            outcome = exc
        if outcome is None:
            return self._assembled(extraction, draft, document)
        extraction.failed(outcome, 0)
        raise AssertionError("unreachable: failed() raises when there is no other mode")


def _tokens_of(completion: ChatCompletion) -> tuple[int, int, int]:
    """Input, output and cached input tokens the provider reports for ``completion``."""
    usage = completion.usage
    if usage is None:
        return (0, 0, 0)
    details = usage.prompt_tokens_details
    cached = (details.cached_tokens or 0) if details is not None else 0
    return (usage.prompt_tokens, usage.completion_tokens, cached)
