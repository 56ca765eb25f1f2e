"""The grounding's fast paths give what the character-at-a-time definition gives.

``normalize`` folds a text a word at a time when every character folds to exactly one, and
``fold`` lower-cases whole strings; both rest on claims about ``str.lower`` checked here over every
code point, and on equality with the plain definition (written out below) over hostile texts.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.schemas.grounding import _FOLD, LOWER_NOT_ONE_TO_ONE, elided_parts, fold, normalize


def reference_normalize(text: str) -> tuple[str, list[int]]:
    """The definition: each character folded on its own, whitespace runs as one space pointing at
    the run's first character, leading and trailing whitespace dropped."""
    out: list[str] = []
    index: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and pending_space < 0:
                pending_space = i
            continue
        folded = _FOLD.get(ch, ch.lower())
        if not folded:
            continue
        if pending_space >= 0:
            out.append(" ")
            index.append(pending_space)
            pending_space = -1
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


_HOSTILE = [
    *"aZ09 .,;'\"`-\n\t",
    *_FOLD,
    *LOWER_NOT_ONE_TO_ONE,
    "\u03c3",
    "\u03c2",
    "ß",
    "é",
    "e\u0301",
    "中",
    "😀",
    "\u00a0",
    "\u2028",
    "\u3000",
    "  ",
    "\r\n",
    "word",
    "Word",
]
TEXTS = st.lists(st.sampled_from(_HOSTILE), max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_normalize_is_the_character_at_a_time_definition(text: str) -> None:
    assert normalize(text) == reference_normalize(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_fold_is_the_folded_half_of_normalize(text: str) -> None:
    assert fold(text) == reference_normalize(text)[0]


def test_fold_of_a_long_text_is_not_cached_but_the_same() -> None:
    text = "\u201cQuoted\u201d \u2014 said  the\tClerk. " * 200  # longer than what fold keeps
    assert fold(text) == reference_normalize(text)[0]


def test_elided_parts_hands_out_a_new_list_each_time() -> None:
    parts = elided_parts("The court ... ruled")
    parts.append("changed by the caller")
    assert elided_parts("The court ... ruled") == ["the court", "ruled"]


def test_lower_is_one_to_one_but_for_the_listed_characters() -> None:
    """Every other code point lowers to one character, whatever stands beside it."""
    odd = []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch in LOWER_NOT_ONE_TO_ONE:
            continue
        lowered = ch.lower()
        if len(lowered) != 1 or ("a" + ch + "a").lower() != "a" + lowered + "a":
            odd.append(f"U+{code:04X}")
    assert odd == []


def test_the_listed_characters_are_not_one_to_one() -> None:
    assert len("\u0130".lower()) == 2
    assert "A\u03a3".lower() != "a" + "\u03a3".lower()
