"""What a model's tokens cost: a built-in price table a user can extend or override in TOML.

Prices are USD per 1M tokens: fresh input, cached input (the provider's prompt cache), output.
Reasoning tokens are billed as output and are already inside ``output_tokens``, so they add nothing.

A user file (``$SUMMARIZE_PRICES``, else ``prices.toml`` in the user config folder) adds models or
replaces built-in prices::

    [models."gpt-4o-mini"]
    input = 0.15
    cached_input = 0.075   # optional: defaults to the input price
    output = 0.60

Names match exactly, then without a ``provider/`` prefix and a ``-YYYY-MM-DD`` snapshot suffix, so
``openai/gpt-4o-mini-2024-07-18`` is priced as ``gpt-4o-mini``.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summarize.errors import ConfigurationError

PRICES_ENV = "SUMMARIZE_PRICES"
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Price:
    """USD per 1M tokens."""

    input: float
    cached_input: float
    output: float

    def cost(self, input_tokens: int, output_tokens: int, cached_input_tokens: int = 0) -> float:
        cached = min(cached_input_tokens, input_tokens)  # cached tokens are part of the input tokens
        fresh = input_tokens - cached
        return (fresh * self.input + cached * self.cached_input + output_tokens * self.output) / 1_000_000


# OpenAI standard-tier list prices as published in August 2025 (not Batch API, not priority tier).
# Prices change: check the provider's page and override in prices.toml when they do.
BUILT_IN: dict[str, Price] = {
    "gpt-4o": Price(2.50, 1.25, 10.00),
    "gpt-4o-mini": Price(0.15, 0.075, 0.60),
    "gpt-4.1": Price(2.00, 0.50, 8.00),
    "gpt-4.1-mini": Price(0.40, 0.10, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.025, 0.40),
    "o3": Price(2.00, 0.50, 8.00),
    "o4-mini": Price(1.10, 0.275, 4.40),
    "gpt-5": Price(1.25, 0.125, 10.00),
    "gpt-5-mini": Price(0.25, 0.025, 2.00),
    "gpt-5-nano": Price(0.05, 0.005, 0.40),
}


def user_prices_path() -> Path:
    given = os.environ.get(PRICES_ENV)
    if given:
        return Path(given)
    return _default_prices_path(*(os.environ.get(name) for name in _CONFIG_DIR_ENV))


# What platformdirs reads to place the user config folder; the path is worked out once for each
# of their values (every answer prices its tokens, and working it out was half the pricing).
_CONFIG_DIR_ENV = ("XDG_CONFIG_HOME", "HOME", "APPDATA", "USERPROFILE")


@lru_cache(maxsize=8)
def _default_prices_path(*environment: str | None) -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("summarize")) / "prices.toml"


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigurationError(f"{where} must be a non-negative number of USD per 1M tokens, not {value!r}")
    return float(value)


def parse_prices(text: str, origin: str) -> dict[str, Price]:
    """The ``[models."name"]`` tables of a prices file, checked."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{origin}: not valid TOML ({exc})") from None
    models = data.get("models", {})
    if not isinstance(models, dict):
        raise ConfigurationError(f'{origin}: expected [models."name"] tables with input, output prices')
    prices: dict[str, Price] = {}
    for name, entry in models.items():
        where = f'{origin}: [models."{name}"]'
        if not isinstance(entry, dict) or "input" not in entry or "output" not in entry:
            raise ConfigurationError(f"{where} needs input = and output = (USD per 1M tokens)")
        unknown = set(entry) - {"input", "cached_input", "output"}
        if unknown:
            raise ConfigurationError(f"{where} has unknown key(s): {', '.join(sorted(unknown))}")
        given = _number(entry["input"], f"{where} input")
        cached = _number(entry.get("cached_input", given), f"{where} cached_input")
        prices[name] = Price(given, cached, _number(entry["output"], f"{where} output"))
    return prices


@lru_cache(maxsize=8)
def _read_user_prices(path: str, mtime_ns: int) -> dict[str, Price]:  # mtime in the key: edits are seen
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path}: cannot read the prices file ({exc})") from None
    return parse_prices(text, path)


def price_table() -> dict[str, Price]:
    """The built-in prices, extended and overridden by the user's file when there is one."""
    path = user_prices_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        if os.environ.get(PRICES_ENV):
            raise ConfigurationError(f"{path}: no such prices file (set by {PRICES_ENV})") from None
        return dict(BUILT_IN)
    return {**BUILT_IN, **_read_user_prices(str(path), mtime)}


def price_for(model: str | None) -> Price | None:
    """The price of ``model``, or None when it is unknown."""
    if not model:
        return None
    table = price_table()
    bare = model.rsplit("/", 1)[-1]
    for name in (model, bare, _SNAPSHOT.sub("", bare)):
        if name in table:
            return table[name]
    return None


# OpenAI's Batch API bills its requests at half the list price.
BATCH_PRICE_SHARE = 0.5


def cost_usd(model: str | None, input_tokens: int, output_tokens: int, cached_input_tokens: int = 0) -> float | None:
    """Estimated cost in USD, rounded to a millionth of a dollar; None for an unknown model."""
    price = price_for(model)
    if price is None:
        return None
    return round(price.cost(input_tokens, output_tokens, cached_input_tokens), 6)
