"""figures(): the numbers a quantity text can stand for, so a Quantity's low/high can be checked."""

from __future__ import annotations

import pytest

from summarize.schemas.figures import figures, is_figure_of


def _has(values: set[float], expected: float) -> bool:
    return any(abs(v - expected) <= 1e-9 * max(1.0, abs(expected)) for v in values)


@pytest.mark.parametrize(
    ("text", "must_have", "must_not_have"),
    [
        ("1,500", [1500], [1.5, 1_500_000, 1500e3]),
        ("at least 1,500", [1500], [1.5, 15]),
        ("about 1,500,000 people", [1_500_000], [1500, 1.5]),
        ("$40 billion", [40, 40e9], [40e6, 40e3]),
        ("40bn", [40, 40e9], [40e6]),
        ("14%", [14, 0.14], [1.4, 1400]),
        ("14 per cent", [14, 0.14], [1400]),
        ("2 million", [2, 2e6], [2e3]),  # 'million' must not be read as the prefix 'mil'
        ("3,5 millones", [3.5, 3.5e6], [35, 35e6, 3500]),  # decimal comma, Spanish scale word
        ("1,2 milliard", [1.2, 1.2e9], [1.2e3, 12e9]),
        ("1.500", [1.5, 1500], [15, 150]),  # English decimal and European grouping: both readings
        ("1 500 soldats", [1500], [1.5]),
        ("12 000", [12000], [12e6]),
        ("2.5 million", [2.5, 2.5e6], [2500, 25e6]),
        ("5k", [5, 5000], [5e6]),
    ],
)
def test_figures_reads(text: str, must_have: list[float], must_not_have: list[float]) -> None:
    values = figures(text)
    for v in must_have:
        assert _has(values, v), f"{text!r}: {v} missing from {sorted(values)}"
        assert is_figure_of(v, text)
    for v in must_not_have:
        assert not _has(values, v), f"{text!r}: {v} should not be in {sorted(values)}"
        assert not is_figure_of(v, text)


def test_plain_integer_is_exactly_itself() -> None:
    assert figures("1,500") == {1500.0}
    assert figures("at least 1,500") == {1500.0}


def test_both_readings_of_dotted_thousands() -> None:
    assert figures("1.500") == {1.5, 1500.0}


@pytest.mark.parametrize("text", ["thousands", "dozens of ships", "several hundred", "", "a few"])
def test_vague_text_has_no_figures(text: str) -> None:
    assert figures(text) == set()
    # With nothing to compare against, any value is accepted (the bound is what says 'vague').
    assert is_figure_of(123.0, text)


def test_several_numbers_in_one_text() -> None:
    values = figures("between 20 and 30 ships")
    assert _has(values, 20) and _has(values, 30)
    assert not _has(values, 2030) and not _has(values, 50)


def test_is_figure_of_rejects_a_merged_figure() -> None:
    # Invariant 8: 'at least 1,500' cannot carry 10,000 from another sentence.
    assert not is_figure_of(10_000, "at least 1,500")
    assert is_figure_of(1500.0, "at least 1,500")
