"""Paragraphs, sentences and quotations of an article, with page chrome marked.

Sentences are spans of the text as loaded. Splitting survives abbreviations ("U.S.", "Gen."),
initials, quotations (no split inside a closed quotation), hard-wrapped lines and captions.
Chrome (repeated captions, photo credits, share lines, "Comments are closed.", headings) is kept
as a sentence flagged ``chrome`` so that offsets stay intact but it never becomes a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .language import detect
from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt, alt_bare
from .spans import Span

_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u201c\u2019\u00bb)]"  # \u201c closes a German quotation („...“)
_OPENERS = "\"'\u201c\u201e\u2018\u00ab(\u00bf\u00a1["


@dataclass(frozen=True, slots=True)
class Rules:
    """The segmenter's vocabulary for one language, compiled."""

    abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    letter_name_before: re.Pattern[str]
    chrome_line: re.Pattern[str]
    ordinal_date: re.Pattern[str]


def _bounded(entries: tuple[str, ...]) -> str:
    """Each entry as a prefix of a line, ending at a word boundary when it ends in a letter or digit."""
    return "|".join(alt([e]) + (r"\b" if e[-1:].isalnum() else "") for e in entries) if entries else NEVER


def _build(lex: Lexicon) -> Rules:
    s, t = lex.segment, lex.time
    # a time stamp's date starts with a digit or a month's or weekday's first three letters
    dates = alt_bare(dict.fromkeys(w[:3].lower() for w in (*t.months, *t.weekdays)))
    chrome = rf"""^\s*(?:
        {alt(s.chrome_lines)}\.?
      | {alt(s.share_verbs)}\b(?:\s+{alt(s.share_words)})*\s*\w*\s*$
      | (?:{_bounded(s.chrome_starts)}).*
      | {alt(s.chrome_labels)}\s*:.*
      | .*\b{alt(s.chrome_contains)}\b.*
      | {alt(s.media_determiners)}\s+(?:{alt(s.media_modifiers)}\s+)?{alt(s.media_nouns)}\b.*
      | \d+\s+{alt(s.reading_time)}\s*
      | (?:{alt(s.stamp_last)}\s+)?{alt(s.stamp_verbs)}\s*:?\s*(?:{alt(s.stamp_preps)}\s+)?(?:\d|{dates}).*
      | (?:{alt_bare(s.comment_lines)}|\d+\s+{alt(s.comment_counts)})\s*
      | {alt(s.developing_story)}\b.*
      | .{{0,60}}/\s*{alt(s.photo_agencies)}.{{0,40}}
      | .*(?:[(\[]|[.!?]\s+){alt(s.caption_credits)}\s*:.*
      | [^|\n]*\s\|\s.*
    )\s*$"""
    return Rules(
        abbreviations=frozenset(s.abbreviations),
        sentence_starters=frozenset(s.sentence_starters),
        letter_name_before=re.compile(rf"\b{alt(s.letter_name_before)}\s+$", re.I),
        chrome_line=re.compile(chrome, re.IGNORECASE | re.VERBOSE),
        ordinal_date=re.compile(rf"(?<!\d)\d{{1,2}}\.\s+{alt(t.months)}\b"),
    )


def rules(lex: Lexicon) -> Rules:
    return lex.compiled(_build)


# "PORT ALDRIDGE, Nov. 24 (Agency) - ", "SANTA IRENE, 11 Feb. (APN) – ": a place in capitals, perhaps a date and
# an agency, and a dash open the first paragraph; the sentence starts after them
_DATELINE = re.compile(
    r"[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd .,'/-]{2,40}?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?))?"
    r"\s*(?:\([A-Z\u00c0-\u00dd][\w .&\u2019'-]{1,40}\))?\s*[-\u2013\u2014]+\s+(?=[A-Z\u00c0-\u00dd\d\u00ab\u201c\"])"
)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    para: int
    chrome: bool = False
    heading: bool = False
    quotes: list[Span] = field(default_factory=list)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Segmented:
    text: str
    sentences: list[Sentence]
    lex: Lexicon  # the lexicon of the text's language, for every later stage

    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.chrome]


def _lines(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for match in re.finditer(r"\n", text):
        spans.append(Span(pos, match.start()))
        pos = match.end()
    spans.append(Span(pos, len(text)))
    return spans


def _ends_terminal(line: str) -> bool:
    # French sets its closing guillemet off with a (no-break) space: "... tromperie. »"
    line = line.rstrip().rstrip(_CLOSERS + " \u00a0\u202f")
    return bool(line) and line[-1] in _TERMINAL + ":"


def _units(text: str) -> list[tuple[Span, int]]:
    """Line-level units (a paragraph line, or hard-wrapped lines joined) with a paragraph number."""
    lines = [ln for ln in _lines(text)]
    units: list[tuple[Span, int]] = []
    para = 0
    current: Span | None = None
    longest = max((len(ln.of(text).rstrip()) for ln in lines), default=0)
    prev_blank = True
    for ln in lines:
        raw = ln.of(text)
        if not raw.strip():
            if current is not None:
                units.append((current, para))
                current = None
            if not prev_blank:
                para += 1
            prev_blank = True
            continue
        prev_blank = False
        if current is None:
            current = ln
            continue
        prev = current.of(text).rstrip()
        prev_line = text[text.rfind("\n", 0, ln.start - 1) + 1 : ln.start - 1] if ln.start > 0 else ""
        stripped = raw.lstrip()
        wrapped = (
            not _ends_terminal(prev)
            and len(prev_line.rstrip()) >= 0.6 * longest
            and len(prev_line.rstrip()) >= 40
            and not re.match(r"[-*\u2022\u25cf\u2013\u2014]\s", stripped)
        )
        if wrapped:
            current = Span(current.start, ln.end)
        else:
            units.append((current, para))
            if _ends_terminal(prev) and not _is_wrapped_block(text, current):
                para += 1
            current = ln
    if current is not None:
        units.append((current, para))
    return units


def _is_wrapped_block(text: str, span: Span) -> bool:
    return "\n" in span.of(text)


# an opening mark, and what closes it; scanning with these regexes (not char by char) is the speed
_OPENING = re.compile('[\u201c\u00ab\u201e"]')
_CLOSING = {
    "\u201c": re.compile("[\u201c\u201d]"),  # a second opening mark ends the search unclosed
    "\u00ab": re.compile("\u00bb"),
    "\u201e": re.compile("[\u201c\u201d]"),
    '"': re.compile('"'),
}


def quote_regions(text: str, span: Span) -> list[Span]:
    """Closed quotations inside ``span`` (inner text, without the marks)."""
    regions: list[Span] = []
    i, end = span.start, span.end
    while (m := _OPENING.search(text, i, end)) is not None:
        i = m.start()
        ch = text[i]
        c = _CLOSING[ch].search(text, i + 1, end)
        if c is not None and not (ch == "\u201c" and text[c.start()] == "\u201c"):
            regions.append(Span(i + 1, c.start()))
            i = c.start() + 1
        else:
            i += 1
    return regions


def is_abbreviation(text: str, dot: int, unit_start: int, r: Rules) -> bool:
    """Is the '.' at ``dot`` part of an abbreviation or initial rather than a full stop?"""
    k = dot
    while k > unit_start and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    token = text[k:dot]
    if not token:
        return False
    bare = token.replace(".", "").lower()
    if "." in token and all(len(p) <= 2 for p in token.split(".") if p):
        return True  # U.S, U.K, a.m, e.g
    if len(token) == 1 and token.isupper():
        # an initial ("John F. Kennedy"), unless a letter used as a name precedes it: "wrote on X."
        before = text[max(unit_start, k - 12) : k]
        return not r.letter_name_before.search(before)
    return bare in r.abbreviations


def _dotted_acronym(text: str, dot: int, unit_start: int) -> bool:
    k = dot
    while k > unit_start and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    token = text[k:dot]
    return "." in token


def _title_abbreviation(text: str, dot: int, unit_start: int, r: Rules) -> bool:
    k = dot
    while k > unit_start and text[k - 1].isalpha():
        k -= 1
    return text[k:dot].lower() in r.abbreviations


def _ordinal_date(text: str, dot: int, floor: int, r: Rules) -> bool:
    m = r.ordinal_date.search(text, max(floor, dot - 2), dot + 20)
    return m is not None and m.start() < dot < m.end()


_SPACED_CLOSER = re.compile("[ \u00a0\u202f]+\u00bb")


def _split_unit(text: str, unit: Span, r: Rules) -> list[Span]:
    regions = quote_regions(text, unit)
    spans: list[Span] = []
    start = unit.start
    i = unit.start
    end = unit.end
    while i < end:
        ch = text[i]
        if ch not in _TERMINAL:
            i += 1
            continue
        j = i + 1
        while j < end and text[j] in _TERMINAL:
            j += 1
        while j < end and text[j] in _CLOSERS:
            j += 1
        spaced = _SPACED_CLOSER.match(text, j, end)
        if spaced is not None:
            j = spaced.end()  # ". »": French typography spaces the closing guillemet; it ends this sentence
        k = j
        while k < end and text[k].isspace():
            k += 1
        if k == j or k >= end:
            i = j
            continue
        nxt = text[k]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            i = j
            continue
        if any(r.start < i < r.end - 1 and r.start < k < r.end for r in regions):
            i = j
            continue
        if ch == "." and j == i + 1 and _ordinal_date(text, i, unit.start, r):
            i = j  # "am 4. September": a day's ordinal before its month, not a full stop
            continue
        if ch == "." and j == i + 1 and is_abbreviation(text, i, unit.start, r):
            word = re.match(r"[\w']+", text[k:end])
            nxt_word = word.group(0).lower() if word else ""
            if _title_abbreviation(text, i, unit.start, r) or not _dotted_acronym(text, i, unit.start):
                i = j
                continue
            if nxt_word not in r.sentence_starters:
                i = j
                continue
        spans.append(Span(start, j))
        start = k
        i = k
    if start < end:
        spans.append(Span(start, end))
    return spans


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    if _ends_terminal(stripped):
        return False
    if stripped and stripped[-1] in _CLOSERS and any(q in stripped for q in '\u201c"\u00ab'):
        return False
    return len(stripped.split()) <= 12


# A line this long that ends a sentence is running text: what follows is the body, not the headlines.
_LEDE_WORDS = 8

# A repeated unit this long is body text seen twice, not a caption or share line repeated.
_BODY_PARAGRAPH = 200


def segment(text: str, lex: Lexicon | None = None) -> Segmented:
    """``text`` cut into sentences, with the lexicon of its language (detected when not given)."""
    lex = lex if lex is not None else lexicon.load(detect(text))
    r = rules(lex)
    units = _units(text)
    seen: dict[str, int] = {}
    for unit, _ in units:
        key = " ".join(unit.of(text).split()).lower()
        if len(key) >= 25:
            seen[key] = seen.get(key, 0) + 1
    sentences: list[Sentence] = []
    kept: set[str] = set()
    in_body = False  # past the first paragraph of running text (the lede)
    for unit, para in units:
        raw = unit.of(text)
        key = " ".join(raw.split()).lower()
        repeated = seen.get(key, 0) > 1
        if repeated and len(key) >= _BODY_PARAGRAPH and key not in kept:
            repeated = False  # a whole paragraph said twice (a long report, a re-run story): read it once
            kept.add(key)
        chrome_line = bool(r.chrome_line.match(raw))
        # above the lede, a line without a full stop is a headline or standfirst, however long
        heading = (_looks_like_heading(raw) or (not in_body and not _ends_terminal(raw))) and (
            seen.get(key, 0) <= 1 and not chrome_line
        )
        unit_chrome = repeated or heading or chrome_line
        if not unit_chrome and _ends_terminal(raw) and len(raw.split()) >= _LEDE_WORDS:
            in_body = True
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        unit = Span(unit.start + lead, unit.end - trail)
        if not len(unit):
            continue
        dateline = _DATELINE.match(text, unit.start, unit.end)
        if dateline and dateline.end() < unit.end:
            unit = Span(dateline.end(), unit.end)
        for sp in _split_unit(text, unit, r):
            sentence_text = sp.of(text)
            chrome = unit_chrome or bool(r.chrome_line.match(sentence_text))
            sentences.append(
                Sentence(sp.start, sp.end, para, chrome=chrome, heading=heading, quotes=quote_regions(text, sp))
            )
    return Segmented(text, sentences, lex)
