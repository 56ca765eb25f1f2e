"""How many tokens a prompt will take, estimated offline, and how many one request may carry.

No tokenizer is downloaded: the estimate is calibrated on OpenAI's tokenizers (o200k/cl100k), where
English prose runs at about 4 characters a token and most non-Latin scripts at 1 to 2. It errs on
the high side, so a chunk that fits by the estimate fits for real.
"""

from __future__ import annotations

import functools
import json
import math

# Characters per token by script, slightly below the measured averages (to err high).
_ASCII_CHARS_PER_TOKEN = 3.6
_OTHER_CHARS_PER_TOKEN = 1.4

# Default budget for one request's prompt, by model-name prefix (longest prefix wins). Below the
# context windows on purpose: the answer must fit too, and extraction quality drops on very long
# prompts, so a long article is read in chunks rather than in one pass.
_DEFAULT_MAX_INPUT = {
    "gpt-4o": 24_000,
    "gpt-4.1": 24_000,
    "gpt-5": 24_000,
    "o3": 24_000,
    "o4": 24_000,
    "gpt-4-turbo": 24_000,
    "gpt-4": 7_000,
    "gpt-3.5": 12_000,
    "claude": 24_000,
    "gemini": 24_000,
    "mistral-large": 24_000,
    "qwen": 12_000,
    "llama3": 12_000,
    "llama-3": 12_000,
}
# Unknown models, including local servers: their context is often 16k or less (Ollama: set num_ctx).
FALLBACK_MAX_INPUT = 12_000
# The least room for article text a request budget must leave after the instructions and schema.
MIN_ARTICLE_TOKENS = 300


def estimate_tokens(text: str) -> int:
    """Tokens ``text`` will take, erring high."""
    ascii_chars = len(text.encode("ascii", "ignore"))  # C speed; a loop over characters cost 0.4 ms an article
    other = len(text) - ascii_chars
    return math.ceil(ascii_chars / _ASCII_CHARS_PER_TOKEN + other / _OTHER_CHARS_PER_TOKEN)


def default_max_input_tokens(model: str | None) -> int:
    name = (model or "").lower().rsplit("/", 1)[-1]  # "openai/gpt-4o" and "gpt-4o" alike
    matches = [prefix for prefix in _DEFAULT_MAX_INPUT if name.startswith(prefix)]
    return _DEFAULT_MAX_INPUT[max(matches, key=len)] if matches else FALLBACK_MAX_INPUT


@functools.lru_cache(maxsize=1)
def prompt_overhead_tokens() -> int:
    """Tokens of everything in a request but the article: the instructions and the draft schema."""
    from summarize.engine.messages import render_messages
    from summarize.schemas import BriefingDraft

    messages = render_messages("")
    schema = json.dumps(BriefingDraft.model_json_schema())
    per_message = 4  # role and separators
    return sum(estimate_tokens(m["content"]) + per_message for m in messages) + estimate_tokens(schema)


def article_budget(max_input_tokens: int) -> int:
    """Tokens of article text one request may carry under ``max_input_tokens``."""
    return max(MIN_ARTICLE_TOKENS, max_input_tokens - prompt_overhead_tokens())
