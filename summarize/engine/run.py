"""The one record of a run: what it spent and how its draft was made, whatever the path.

``Run`` counts while the work goes on (the transport adds every request and token to its
``Ledger``); ``Run.info()`` is the ``RunInfo`` that ``assemble`` turns into ``meta``. The LLM path
(direct, in chunks, or answered through the Batch API) and the offline backend report through it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from summarize.engine.prices import BATCH_PRICE_SHARE, cost_usd
from summarize.schemas import BriefingDraft, Coverage, Usage
from summarize.schemas.enums import Backend


@dataclass
class Ledger:
    """What was spent: every HTTP request and token, failed attempts included."""

    requests: int = 0
    completions: int = 0  # answers received (the first one, then one per re-ask)
    input_tokens: int = 0
    output_tokens: int = 0
    cached_input_tokens: int = 0  # part of input_tokens, when the provider reports its prompt cache
    reasoning_tokens: int = 0  # part of output_tokens, when the provider reports hidden reasoning

    @property
    def reasks(self) -> int:
        return max(0, self.completions - 1)


@dataclass
class RunInfo:
    """What the backend reports about how the draft was made."""

    backend: Backend
    model: str | None = None
    mode: str | None = None
    prompt_version: str | None = None
    usage: Usage = field(default_factory=Usage)
    duration_ms: float = 0.0
    warnings: list[str] = field(default_factory=list)
    chunks: int = 1
    coverage: Coverage | None = None
    language: str | None = None


Extraction = tuple[BriefingDraft, RunInfo]  # a draft and the record of how it was made


class Run:
    """One extraction in progress: its ledger, its notes (warnings for ``meta``) and its clock."""

    def __init__(self, backend: Backend, model: str | None = None, *, started: float | None = None) -> None:
        """``started``: the ``time.perf_counter()`` the work began at, when it began before the record."""
        self.backend, self.model = backend, model
        self.ledger = Ledger()
        self.notes: list[str] = []
        self.started = time.perf_counter() if started is None else started
        self._batch_tokens = (0, 0, 0)  # input, output, cached input tokens answered through the Batch API

    def answered_by_batch(self, input_tokens: int, output_tokens: int, cached_input_tokens: int) -> None:
        """Count the Batch API request that brought the first answer; its tokens cost the batch price."""
        self.ledger.requests += 1
        self._batch_tokens = (input_tokens, output_tokens, cached_input_tokens)

    def usage(self) -> Usage:
        ledger = self.ledger
        return Usage(
            requests=ledger.requests,
            input_tokens=ledger.input_tokens,
            output_tokens=ledger.output_tokens,
            reasks=ledger.reasks,
            cached_input_tokens=ledger.cached_input_tokens,
            reasoning_tokens=ledger.reasoning_tokens,
            cost_usd=self._cost(),
        )

    def _cost(self) -> float | None:
        if self.backend == "offline":
            return 0.0  # no model was called: nothing was spent (None means "price unknown")
        ledger = self.ledger
        full = cost_usd(self.model, ledger.input_tokens, ledger.output_tokens, ledger.cached_input_tokens)
        if full is None or not any(self._batch_tokens):
            return full
        batch = cost_usd(self.model, *self._batch_tokens) or 0.0  # those tokens were billed at the batch price
        return round(full - batch * (1 - BATCH_PRICE_SHARE), 6)

    def info(
        self,
        *,
        mode: str | None = None,
        prompt_version: str | None = None,
        chunks: int = 1,
        coverage: Coverage | None = None,
        language: str | None = None,
    ) -> RunInfo:
        """The finished record: spending and notes so far, and the time since the run started."""
        return RunInfo(
            backend=self.backend,
            model=self.model,
            mode=mode,
            prompt_version=prompt_version,
            usage=self.usage(),
            duration_ms=(time.perf_counter() - self.started) * 1000,
            warnings=self.notes,
            chunks=chunks,
            coverage=coverage,
            language=language,
        )


def added(total: Usage, more: Usage | None) -> Usage:
    """Two runs' spending together (``more`` may be missing: a failure that spent nothing known)."""
    if more is None:
        return total
    summed: dict[str, object] = {
        name: getattr(total, name) + getattr(more, name)
        for name, info in Usage.model_fields.items()
        if info.annotation is int
    }
    if total.cost_usd is not None or more.cost_usd is not None:  # None: no price known for the model
        summed["cost_usd"] = (total.cost_usd or 0.0) + (more.cost_usd or 0.0)
    return total.model_copy(update=summed)
