"""Read the figures a quantity text can stand for, so low/high can be checked against it.

"$40 billion" -> {40, 4e10}; "14%" -> {14, 0.14}; "1.500" and "1 500" (European grouping) and
"3,5" (decimal comma) are read both ways. A text with no digits gives an empty set.
"""

from __future__ import annotations

import functools
import re

_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*"
    r"(?:(%|percent|per cent|thousand|millones|millón|million|milliard|mille|mil|mln|billion|bn|trillion|k|m)"
    r"(?![^\W\d_]))?",  # a unit is a whole word: "1,500 men" has none
    re.IGNORECASE,
)
_SCALE = {
    "thousand": 1e3,
    "mil": 1e3,
    "mille": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millones": 1e6,
    "millón": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "milliard": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "%": 0.01,
    "percent": 0.01,
    "per cent": 0.01,
}
_EUROPEAN_GROUPING = re.compile(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}(?!\d))")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


@functools.lru_cache(maxsize=4096)  # pure, and asked again for the same text by every validation
def figures(text: str) -> frozenset[float]:
    values: set[float] = set()
    for variant in (text, _EUROPEAN_GROUPING.sub("", text), _DECIMAL_COMMA.sub(".", text)):
        for whole, frac, unit in _NUMBER.findall(variant):
            value = float(whole.replace(",", "") + frac)
            values.add(value)
            values.add(value * _SCALE.get(unit.lower(), 1))
    return frozenset(values)


def is_figure_of(value: float, text: str) -> bool:
    """True when ``text`` has no figures to compare with, or ``value`` is one of them.

    The sign is not compared: "-5 degrees" and "a 3.2% contraction" may be given as -5 and -3.2.
    """
    seen = figures(text)
    return not seen or any(abs(abs(value) - s) <= 1e-9 * max(1.0, s) for s in seen)
