"""Estimate what briefing an article will cost, without calling anything (``summarize batch --dry-run``).

No tokenizer is downloaded: tokens are estimated from characters by ``budget`` (the same estimate
that decides how a long article is split), so a long article is priced as the requests it will
really take: one per chunk, each carrying the instructions and schema. The output is calibrated on
the bundled gold briefings, whose JSON runs 6.7-8.0 (mean 7.4) times the length of their article.
Re-asks and retries add to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarize.engine.budget import article_budget, default_max_input_tokens, estimate_tokens, prompt_overhead_tokens
from summarize.engine.prices import price_for
from summarize.engine.split import split

OUTPUT_CHARS_PER_ARTICLE_CHAR = 7.4  # mean over examples/gold (range 6.7-8.0)


@dataclass(frozen=True)
class Estimate:
    input_tokens: int
    output_tokens: int
    cost_usd: float | None  # None when the model's price is unknown
    requests: int = 1


def estimate(
    text: str, model: str | None, max_output_tokens: int | None = None, max_input_tokens: int | None = None
) -> Estimate:
    """Tokens and cost of briefing ``text`` with ``model`` (None: the offline backend, free)."""
    if model is None:
        return Estimate(0, 0, 0.0, requests=0)
    budget = article_budget(max_input_tokens or default_max_input_tokens(model))
    whole = estimate_tokens(text)
    parts = [whole] if whole <= budget else [estimate_tokens(text[c.start : c.end]) for c in split(text, budget)]
    input_tokens = sum(prompt_overhead_tokens() + part for part in parts)
    # the answer is mostly quotes of the article: it tokenizes like the article, only longer
    answers = [round(part * OUTPUT_CHARS_PER_ARTICLE_CHAR) for part in parts]
    output_tokens = sum(min(a, max_output_tokens) if max_output_tokens else a for a in answers)
    price = price_for(model)
    cost = None if price is None else round(price.cost(input_tokens, output_tokens), 6)
    return Estimate(input_tokens, output_tokens, cost, requests=len(parts))
