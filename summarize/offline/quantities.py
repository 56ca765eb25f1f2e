"""Figures with their bound ("at least", "about", "up to", ranges, "thousands"), counted thing and state.

Dates, years, times, ordinals and numbers inside names are not quantities. Each figure keeps its
own counted thing; figures are never merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas.enums import Bound
from summarize.schemas.figures import is_figure_of

from .lexicon import Lexicon
from .lexicon.patterns import alt, alt_bare
from .lexicon.text_sections import Quantities
from .spans import Span

_LETTER = re.compile(r"[^\W\d_]")
_PAST_PARTICIPLE = re.compile(r"[a-z]+ed")
_WORD_END = re.compile(r"[\w\u2019'-]$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SHORT_NUMBER = re.compile(r"\d{1,4}")

_SPACES = " \u00a0\u202f"  # "space" in a lexicon: a space, a no-break space, a narrow no-break space


def _marks(entries: tuple[str, ...]) -> str:
    return "".join(_SPACES if e == "space" else e for e in entries)


def _number(q: Quantities) -> str:
    """A number as the language writes it: its thousands grouped by one of ``thousands_separators`` ("1,400",
    "1.400", "3 000" with a no-break space) and its decimals after one of ``decimal_marks``."""
    groups = re.escape(_marks(q.thousands_separators)) or ","
    marks = re.escape(_marks(q.decimal_marks)) or "."
    return rf"(?:\d{{1,3}}(?:[{groups}]\d{{3}})+(?!\d)|\d+)(?:[{marks}]\d+)?"


@dataclass(frozen=True, slots=True)
class Rules:
    """The figure rules of one language, compiled."""

    quantity: re.Pattern[str]
    number_words: dict[str, float]
    word_number: re.Pattern[str]
    not_alone: frozenset[str]
    scales: dict[str, float]
    scale_end: re.Pattern[str]
    percent_end: re.Pattern[str]
    at_least: re.Pattern[str]
    at_most: re.Pattern[str]
    date_before: re.Pattern[str]
    not_figure_after: re.Pattern[str]
    hyphen_unit: re.Pattern[str]
    count_stop: frozenset[str]
    of_what: re.Pattern[str]
    not_plurals: frozenset[str]
    groups: str
    decimal: str


def _build(lex: Lexicon) -> Rules:
    q, t = lex.quantities, lex.time
    # longest first: "fifteen" before "five"
    word_num = "(?:" + "|".join(re.escape(w) for w in sorted(q.number_words, key=len, reverse=True)) + ")"
    scale = rf"(?:\s+{alt(q.scales)})?"
    unit = rf"(?:\s*{alt(q.percent)})?"
    value = rf"(?:[$€£]\s?)?(?:{_number(q)}|{word_num}){scale}{unit}"
    bound = f"{alt_bare(q.at_least)}|{alt_bare(q.at_most)}|{alt_bare(q.approximately)}"
    quantity = re.compile(
        rf"(?<![\w$€£.,])(?:(?P<range_from>{alt_bare(q.range_from)})\s+(?P<lo>{value})\s+{alt(q.range_to)}\s+(?P<hi>{value})"
        rf"|(?P<lo2>{value})\s*(?:-|\u2013|{alt_bare(q.range_joiners)})\s*(?P<hi2>{value})(?!-)"
        rf"|(?:(?P<bound>{bound})\s+)?(?P<val>{value})(?P<hyph>-[a-z]+)?"
        rf"|(?P<vague>(?:{alt(q.vague_multipliers)}\s+)?{alt(q.vague)}))(?![\w])",
        re.IGNORECASE | re.UNICODE,
    )
    months = rf"{alt((*t.months, *t.month_abbreviations))}\.?"
    return Rules(
        quantity=quantity,
        number_words=dict(q.number_words),
        word_number=re.compile(word_num, re.IGNORECASE),
        not_alone=frozenset(q.not_alone),
        scales=dict(q.scales),
        scale_end=re.compile(rf"\s+({alt_bare(q.scales)})$"),
        percent_end=re.compile(rf"\s*{alt(q.percent)}$"),
        at_least=re.compile(alt(q.at_least), re.IGNORECASE),
        at_most=re.compile(alt(q.at_most), re.IGNORECASE),
        date_before=re.compile(rf"(?:{months}\s*$)|(?:\b{alt(q.date_prepositions)}\s*$)", re.IGNORECASE),
        # "3rd", "10:30", "5 pm", "am 4. September" (a day's ordinal before its month)
        not_figure_after=re.compile(
            rf"(?:{alt_bare(q.ordinal_suffixes)}|:\d|\s*{alt(q.clock_words)}\b|\.\s+{months}\b)", re.IGNORECASE
        ),
        hyphen_unit=re.compile(rf"-{alt(q.hyphen_units)}s?\b"),
        count_stop=frozenset(q.count_stop),
        of_what=re.compile(rf"\s*(?:of\s+(?:{alt(q.of_what)}\s+)?)?((?:[\w\u2019'-]+\s+){{0,3}}[\w\u2019'-]+)"),
        not_plurals=frozenset(q.not_plurals),
        groups=_marks(q.thousands_separators),
        decimal=(q.decimal_marks or (".",))[0],
    )


def rules(lex: Lexicon) -> Rules:
    return lex.compiled(_build)


_STATE_STOP = re.compile(r"[,;.:!?\u201c\u201d\"]")


@dataclass
class Found:
    span: Span
    low: float | None
    high: float | None
    bound: Bound
    counts: str
    state: str | None


def _value(token: str, r: Rules) -> float | None:
    t = token.lower().replace("$", "").replace("€", "").replace("£", "").strip()
    t = r.percent_end.sub("", t)
    scale = 1.0
    m = r.scale_end.search(t)
    if m:
        scale = r.scales[" ".join(m.group(1).split())]
        t = t[: m.start()]
    if t in r.number_words:
        return r.number_words[t] * scale
    for mark in r.groups:
        t = t.replace(mark, "") if re.search(rf"{re.escape(mark)}\d{{3}}(?!\d)", t) else t
    t = t.replace(r.decimal, ".") if r.decimal != "." else t
    try:
        return float(t.replace(",", "")) * scale
    except ValueError:
        return None


def _counted(text: str, pos: int, end: int, r: Rules) -> tuple[str, str | None]:
    """The noun phrase after a figure (what it counts) and the rest of its clause (its state)."""
    rest = text[pos:end]
    m = r.of_what.match(rest)
    counted = ""
    consumed = 0
    if m:
        tokens = m.group(1).split()
        kept: list[str] = []
        for i, tok in enumerate(tokens):
            if tok.lower() in r.count_stop or not _LETTER.match(tok):
                break
            if i > 0 and _PAST_PARTICIPLE.fullmatch(tok):
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


def find(text: str, span: Span, lex: Lexicon, subject_hint: str | None = None) -> list[Found]:
    r = rules(lex)
    found: list[Found] = []
    for m in r.quantity.finditer(text, span.start, span.end):
        s, e = m.start(), m.end()
        before = text[max(span.start, s - 12) : s]
        after = text[e : e + 16]
        if _WORD_END.search(before) and not before.endswith(" "):
            continue
        if m.group("val") or m.group("lo2"):
            token = m.group("val") or m.group("lo2") or ""
            if _YEAR.fullmatch(token.strip()) and not m.group("bound"):
                continue
            if r.date_before.search(before) and _SHORT_NUMBER.fullmatch(token.strip()) and not m.group("bound"):
                continue
            if r.not_figure_after.match(after):
                continue
        if m.group("hyph") and not r.hyphen_unit.match(m.group("hyph")):
            continue
        low: float | None
        high: float | None
        bound: Bound
        if m.group("vague"):
            low = high = None
            bound = "vague"
        elif m.group("lo") or m.group("lo2"):
            low = _value(m.group("lo") or m.group("lo2"), r)
            high = _value(m.group("hi") or m.group("hi2"), r)
            if low is None or high is None or not low < high:
                continue
            bound = "range"
        else:
            value = _value(m.group("val"), r)
            if value is None:
                continue
            word = (m.group("bound") or "").lower()
            word = " ".join(word.split())
            if not word:
                bound, low, high = "exact", value, value
            elif r.at_least.fullmatch(word):
                bound, low, high = "at_least", value, None
            elif r.at_most.fullmatch(word):
                bound, low, high = "at_most", None, value
            else:
                bound, low, high = "approximately", value, value
            if r.word_number.fullmatch(m.group("val").strip()) and m.group("val").strip().lower() in r.not_alone:
                continue
        qspan = Span(s, e)
        qtext = qspan.of(text)
        if any(v is not None and not is_figure_of(v, qtext) for v in (low, high)):
            continue
        counted, state = _counted(text, e, span.end, r)
        if m.group("hyph"):
            unit = m.group("hyph")[1:]
            counted = f"{unit}s" + (f" ({counted})" if counted else "")
        currency = {"$": "US dollars", "\u20ac": "euros", "\u00a3": "pounds"}.get(qtext[:1])
        if currency and (not counted or counted.lower() in ("in", "of")):
            counted = currency
        if not counted:
            counted = _plural_before(text, span.start, s, r) or subject_hint or "unspecified"
        found.append(Found(qspan, low, high, bound, counted, state))
    return found


_PLURAL = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[a-z][a-z-]{2,}[^s\W]s)\b")


def _plural_before(text: str, floor: int, pos: int, r: Rules) -> str | None:
    best: str | None = None
    for m in _PLURAL.finditer(text, max(floor, pos - 160), pos):
        word = m.group(1).split()[-1]
        if word.lower() in r.not_plurals:
            continue
        best = m.group(1)
    return best
