"""Figures with their bound ("at least", "about", "up to", ranges, "thousands"), counted thing and state.

Dates, years, times, ordinals and numbers inside names are not quantities. Each figure keeps its
own counted thing; figures are never merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas.enums import Bound
from summarize.schemas.figures import is_figure_of

from .spans import Span

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "diez": 10,
    "cien": 100,
}
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mil": 1e3,
    "millones": 1e6,
    "millón": 1e6,
    "bn": 1e9,
    "mln": 1e6,
}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM = r"(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_SCALE = r"(?:\s+(?:thousand|million|billion|trillion|mil|millones|millón|bn|mln))?"
_UNIT = r"(?:\s*(?:%|percent|per\s+cent|por\s+ciento))?"
_VALUE = rf"(?:[$€£]\s?)?(?:{_NUM}|{_WORDNUM}){_SCALE}{_UNIT}"
_AT_LEAST = (
    r"at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|in\s+excess\s+of|"
    r"al\s+menos|más\s+de|por\s+lo\s+menos"
)
_AT_MOST = (
    r"up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under|"
    r"nearly|almost|hasta|menos\s+de|casi"
)
_APPROX = (
    r"about|around|roughly|some|approximately|an\s+estimated|estimated|nearly\s+about|unos|unas|cerca\s+de|"
    r"alrededor\s+de|aproximadamente"
)
QUANTITY = re.compile(
    rf"(?<![\w$€£.,])(?:(?P<range_from>between|from|entre)\s+(?P<lo>{_VALUE})\s+(?:and|to|y|a)\s+(?P<hi>{_VALUE})"
    rf"|(?P<lo2>{_VALUE})\s*(?:-|\u2013|to)\s*(?P<hi2>{_VALUE})(?!-)"
    rf"|(?:(?P<bound>{_AT_LEAST}|{_AT_MOST}|{_APPROX})\s+)?(?P<val>{_VALUE})(?P<hyph>-[a-z]+)?"
    rf"|(?P<vague>(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions|scores|"
    rf"decenas|cientos|miles|millones)))(?![\w])",
    re.IGNORECASE | re.UNICODE,
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATE_BEFORE = re.compile(rf"(?:{_MONTHS}\s*$)|(?:\b(?:in|since|from|until|by|of|year|el|de)\s*$)", re.IGNORECASE)
_COUNT_STOP = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "by",
        "with",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "be",
        "been",
        "being",
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "since",
        "during",
        "after",
        "before",
        "as",
        "than",
        "than",
        "under",
        "over",
        "into",
        "per",
        "remain",
        "remains",
        "remained",
        "said",
        "says",
        "had",
        "have",
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "en",
        "que",
        "y",
    ]
)
_STATE_STOP = re.compile(r"[,;.:!?\u201c\u201d\"]")


@dataclass
class Found:
    span: Span
    low: float | None
    high: float | None
    bound: Bound
    counts: str
    state: str | None


def _value(token: str) -> float | None:
    t = token.lower().replace("$", "").replace("€", "").replace("£", "").strip()
    t = re.sub(r"\s*(?:%|percent|per\s+cent|por\s+ciento)$", "", t)
    scale = 1.0
    m = re.search(r"\s+(thousand|million|billion|trillion|mil|millones|millón|bn|mln)$", t)
    if m:
        scale = _SCALES[m.group(1)]
        t = t[: m.start()]
    if t in _WORD_NUMBERS:
        return _WORD_NUMBERS[t] * scale
    try:
        return float(t.replace(",", "")) * scale
    except ValueError:
        return None


def _counted(text: str, pos: int, end: int) -> tuple[str, str | None]:
    """The noun phrase after a figure (what it counts) and the rest of its clause (its state)."""
    rest = text[pos:end]
    m = re.match(r"\s*(?:of\s+(?:the\s+|them\s+|those\s+)?)?((?:[\w\u2019'-]+\s+){0,3}[\w\u2019'-]+)", rest)
    counted = ""
    consumed = 0
    if m:
        tokens = m.group(1).split()
        kept: list[str] = []
        for i, tok in enumerate(tokens):
            if tok.lower() in _COUNT_STOP or not re.match(r"[^\W\d_]", tok):
                break
            if i > 0 and re.fullmatch(r"[a-z]+ed", tok):
                break
            kept.append(tok)
        if kept:
            counted = " ".join(kept)
            consumed = rest.find(kept[-1]) + len(kept[-1])
    tail = rest[consumed:]
    stop = _STATE_STOP.search(tail)
    state_text = " ".join(tail[: stop.start() if stop else len(tail)].split()[:10]).strip()
    state = state_text or None
    return counted, state


def find(text: str, span: Span, subject_hint: str | None = None) -> list[Found]:
    found: list[Found] = []
    for m in QUANTITY.finditer(text, span.start, span.end):
        s, e = m.start(), m.end()
        before = text[max(span.start, s - 12) : s]
        after = text[e : e + 6]
        if re.search(r"[\w\u2019'-]$", before) and not before.endswith(" "):
            continue
        if m.group("val") or m.group("lo2"):
            token = m.group("val") or m.group("lo2") or ""
            if re.fullmatch(r"(?:19|20)\d\d", token.strip()) and not m.group("bound"):
                continue
            if _DATE_BEFORE.search(before) and re.fullmatch(r"\d{1,4}", token.strip()) and not m.group("bound"):
                continue
            if re.match(r"(?:st|nd|rd|th|:\d|\s*(?:a\.m|p\.m|am\b|pm\b|GMT|UTC))", after, re.IGNORECASE):
                continue
        if m.group("hyph") and not re.match(
            r"-(?:day|week|month|year|hour|minute|strong|member|point|mile|km|"
            r"kilometre|kilometer|meter|metre|person|seat|vote)s?\b",
            m.group("hyph"),
        ):
            continue
        low: float | None
        high: float | None
        bound: Bound
        if m.group("vague"):
            low = high = None
            bound = "vague"
        elif m.group("lo") or m.group("lo2"):
            low = _value(m.group("lo") or m.group("lo2"))
            high = _value(m.group("hi") or m.group("hi2"))
            if low is None or high is None or not low < high:
                continue
            bound = "range"
        else:
            value = _value(m.group("val"))
            if value is None:
                continue
            word = (m.group("bound") or "").lower()
            word = " ".join(word.split())
            if not word:
                bound, low, high = "exact", value, value
            elif re.fullmatch(_AT_LEAST, word, re.IGNORECASE):
                bound, low, high = "at_least", value, None
            elif re.fullmatch(_AT_MOST, word, re.IGNORECASE):
                bound, low, high = "at_most", None, value
            else:
                bound, low, high = "approximately", value, value
            if (
                re.fullmatch(_WORDNUM, m.group("val").strip(), re.IGNORECASE)
                and m.group("val").strip().lower() == "one"
            ):
                continue
        qspan = Span(s, e)
        qtext = qspan.of(text)
        if any(v is not None and not is_figure_of(v, qtext) for v in (low, high)):
            continue
        counted, state = _counted(text, e, span.end)
        if m.group("hyph"):
            unit = m.group("hyph")[1:]
            counted = f"{unit}s" + (f" ({counted})" if counted else "")
        currency = {"$": "US dollars", "\u20ac": "euros", "\u00a3": "pounds"}.get(qtext[:1])
        if currency and (not counted or counted.lower() in ("in", "of")):
            counted = currency
        if not counted:
            counted = _plural_before(text, span.start, s) or subject_hint or "unspecified"
        found.append(Found(qspan, low, high, bound, counted, state))
    return found


_PLURAL = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[a-z][a-z-]{2,}[^s\W]s)\b")
_NOT_PLURAL = frozenset(
    [
        "was",
        "has",
        "is",
        "does",
        "its",
        "this",
        "his",
        "thus",
        "always",
        "perhaps",
        "whereas",
        "across",
        "less",
        "unless",
    ]
)


def _plural_before(text: str, floor: int, pos: int) -> str | None:
    best: str | None = None
    for m in _PLURAL.finditer(text, max(floor, pos - 160), pos):
        word = m.group(1).split()[-1]
        if word.lower() in _NOT_PLURAL:
            continue
        best = m.group(1)
    return best
