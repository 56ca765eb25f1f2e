"""Estimate what briefing an article will cost, without calling anything (``summarize batch --dry-run``).

No tokenizer is downloaded: tokens are estimated from characters. The input is the prompt exactly as
it would be sent (rendered by ``_prompts``) plus the JSON schema the model is asked to fill; the
output is calibrated on the bundled gold briefings, whose JSON runs 6.7-8.0 (mean 7.4) times the
length of their article. One request per article is assumed: re-asks and retries add to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from summarize._prices import price_for
from summarize._prompts import render_messages
from summarize.schemas import BriefingDraft

PROSE_CHARS_PER_TOKEN = 4.0  # English prose, the usual rule of thumb for OpenAI tokenizers
JSON_CHARS_PER_TOKEN = 3.0  # JSON punctuation and short keys split into more tokens
NON_ASCII_CHARS_PER_TOKEN = 1.5  # accented and non-Latin text splits much finer
OUTPUT_CHARS_PER_ARTICLE_CHAR = 7.4  # mean over examples/gold (range 6.7-8.0)
MESSAGE_OVERHEAD_TOKENS = 4  # role and separators per chat message


def estimate_text_tokens(text: str, chars_per_token: float = PROSE_CHARS_PER_TOKEN) -> int:
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return round((len(text) - non_ascii) / chars_per_token + non_ascii / NON_ASCII_CHARS_PER_TOKEN)


@lru_cache(maxsize=1)
def _schema_tokens() -> int:
    return estimate_text_tokens(json.dumps(BriefingDraft.model_json_schema()), JSON_CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Estimate:
    input_tokens: int
    output_tokens: int
    cost_usd: float | None  # None when the model's price is unknown


def estimate(text: str, model: str | None, max_output_tokens: int | None = None) -> Estimate:
    """Tokens and cost of briefing ``text`` with ``model`` (None: the offline backend, free)."""
    if model is None:
        return Estimate(0, 0, 0.0)
    messages = render_messages(text)
    prompt = sum(estimate_text_tokens(m["content"]) + MESSAGE_OVERHEAD_TOKENS for m in messages)
    input_tokens = prompt + _schema_tokens()
    # the answer is mostly quotes of the article: it tokenizes like the article, only longer
    output_tokens = round(estimate_text_tokens(text) * OUTPUT_CHARS_PER_ARTICLE_CHAR)
    if max_output_tokens is not None:
        output_tokens = min(output_tokens, max_output_tokens)
    price = price_for(model)
    cost = None if price is None else round(price.cost(input_tokens, output_tokens), 6)
    return Estimate(input_tokens, output_tokens, cost)
