"""Turn attribution seeds into claim fields: hedges, estimate, certainty, polarity, figures, time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarize.schemas.enums import Certainty, EstimateBand, HedgeType, Polarity

from . import cues
from .attributions import Seed
from .quantities import Found, find
from .spans import Span, trim

_WHEN = re.compile(
    r"\b(?:(?:on|last|this|next|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:,\s*\d{4})?\b|\b(?:next|last|this|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|spring|summer|"
    r"autumn|fall|winter)\b|\byesterday\b|\btoday\b|\btonight\b|\bin\s+the\s+(?:past|last|next)\s+(?:week|month|"
    r"year|\w+\s+(?:days|weeks|months|years))\b|\bsince\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{4})\b|\bas\s+early\s+as\s+\w+\b|\b(?:in|since)\s+(?:19|20)\d\d\b|"
    r"\bbefore\s+the\s+end\s+of\s+the\s+(?:week|month|year)\b",
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "not",
        "no",
        "said",
        "says",
        "told",
        "also",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "as",
        "into",
        "over",
        "about",
        "after",
        "before",
        "while",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "such",
        "more",
        "most",
        "other",
        "just",
        "very",
        "much",
        "many",
        "only",
        "own",
        "same",
        "so",
        "too",
        "de",
        "la",
        "el",
        "en",
        "los",
        "las",
        "que",
        "y",
    ]
)


@dataclass
class HedgeSpan:
    span: Span
    type: HedgeType


@dataclass
class ClaimParts:
    seed: Seed
    statement: str
    certainty: Certainty
    polarity: Polarity
    hedges: list[HedgeSpan] = field(default_factory=list)
    estimate: tuple[Span, EstimateBand] | None = None
    quantities: list[Found] = field(default_factory=list)
    when: str | None = None
    terms: frozenset[str] = frozenset()


def content_terms(text: str) -> frozenset[str]:
    out = set()
    for w in re.findall(r"[^\W\d_]{3,}", text.lower()):
        if w in _STOP:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)


def _hedges(text: str, span: Span) -> list[HedgeSpan]:
    found: list[HedgeSpan] = []
    for pattern, kind in cues.HEDGES:
        for m in pattern.finditer(text, span.start, span.end):
            hs = trim(text, Span(m.start(), m.end()), ' \t\n,;:.\u201d\u201c"')
            if not len(hs) or any(h.span.overlaps(hs) for h in found):
                continue
            found.append(HedgeSpan(hs, kind))
    found.sort(key=lambda h: h.span.start)
    return found


def _estimate(text: str, span: Span) -> tuple[Span, EstimateBand] | None:
    best: tuple[Span, EstimateBand] | None = None
    for pattern, band in cues.ESTIMATES:
        for m in pattern.finditer(text, span.start, span.end):
            cand = (Span(m.start(), m.end()), band)
            if (
                best is None
                or cues.BAND_ORDER.index(band) > cues.BAND_ORDER.index(best[1])
                or (band == best[1] and len(cand[0]) > len(best[0]))
            ):
                # a longer phrase that contains the current best wins ("very likely" over "likely")
                best = cand
    if best is not None:
        for pattern, band in cues.ESTIMATES:
            for m in pattern.finditer(text, span.start, span.end):
                s = Span(m.start(), m.end())
                if s.contains(best[0]) and len(s) > len(best[0]):
                    best = (s, band)
    return best


def _negative(text: str) -> bool:
    cleaned = cues.NOT_NEGATION.sub(" ", text)
    return bool(cues.NEGATION.search(cleaned))


def statement_of(text: str) -> str:
    s = " ".join(text.split())
    s = re.sub(r"[\u201c\u201d\u00ab\u00bb\"]", "", s).strip(" ,;:-\u2014")
    s = re.sub(r"^(?:that|que)\s+", "", s, flags=re.IGNORECASE)
    if not s:
        return ""
    s = s[0].upper() + s[1:]
    if s[-1] not in ".!?":
        s += "."
    return s if len(s) <= 600 else s[:597].rstrip() + "..."


def build(text: str, seed: Seed) -> ClaimParts | None:
    content = seed.content
    content_text = content.of(text)
    statement = statement_of(content_text)
    if not statement or len(content_text.split()) < 2:
        return None
    hedges = _hedges(text, content)
    if seed.belief is not None and not any(h.span.overlaps(seed.belief) for h in hedges):
        hedges.insert(0, HedgeSpan(seed.belief, "doxastic"))
    estimate = _estimate(text, content)
    # an estimative word is not also an epistemic hedge of its own ("likely")
    if estimate is not None:
        hedges = [h for h in hedges if not (h.span.overlaps(estimate[0]) and h.type == "epistemic")]
    polarity: Polarity = "negative" if _negative(content_text) else "positive"
    types = {h.type for h in hedges}
    certainty: Certainty = "certain"
    if estimate is not None:
        band = estimate[1]
        certainty = "possible" if band == "roughly_even_chance" else "probable"
        if band in ("almost_no_chance", "very_unlikely", "unlikely"):
            polarity = "negative"
    elif "epistemic" in types or "investigation" in types:
        certainty = "possible"
    elif "doxastic" in types or "weasel" in types:
        certainty = "probable"
    cue_text = seed.cue.of(text) if seed.cue else ""
    if cues.UNKNOWN_CUE.search(cue_text) or cues.UNKNOWN_CUE.match(content_text):
        certainty = "unknown"
    if certainty == "certain" and types & {"epistemic", "doxastic"}:
        certainty = "probable"
    quantities = find(text, content)
    when_m = _WHEN.search(text, content.start, content.end) or _WHEN.search(
        text, seed.evidence.start, seed.evidence.end
    )
    when = " ".join(when_m.group(0).split()) if when_m else None
    return ClaimParts(
        seed, statement, certainty, polarity, hedges, estimate, quantities, when, content_terms(content_text)
    )
