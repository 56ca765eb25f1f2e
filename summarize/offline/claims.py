"""Turn attribution seeds into claim fields: hedges, estimate, certainty, polarity, figures, time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarize.schemas.enums import Certainty, EstimateBand, HedgeType, Polarity

from . import statements
from .attributions import Seed
from .cues import BAND_ORDER, Cues, cues
from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt, alt_bare
from .quantities import Found, find
from .segment import is_abbreviation
from .segment import rules as segment_rules
from .spans import Span, trim, trim_quotes, words

_WORD3 = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class Rules:
    """The claim rules of one language, compiled."""

    when: re.Pattern[str]
    stopwords: frozenset[str]
    aux: re.Pattern[str]
    verb: re.Pattern[str]
    coord: re.Pattern[str]
    subord: re.Pattern[str]
    absolute: re.Pattern[str]
    relative: re.Pattern[str]
    subord_ok: re.Pattern[str]
    gerund: re.Pattern[str]
    rel_pronoun: re.Pattern[str]
    source_note: re.Pattern[str]
    embedded_rel: re.Pattern[str]
    complement_end: re.Pattern[str]
    complement_start: re.Pattern[str]
    time_subordinators: frozenset[str]
    determiner_tail: re.Pattern[str]
    antecedent_cue: re.Pattern[str]
    conjunction_end: re.Pattern[str]
    background_verb: re.Pattern[str]
    question_put: re.Pattern[str]
    scene_opening: re.Pattern[str]
    scene_day: re.Pattern[str]


def _when(lex: Lexicon) -> re.Pattern[str]:
    w = lex.when
    months = alt(w.months)
    return re.compile(
        rf"\b(?:{alt(w.day_modifiers)}\s+)?{alt(w.weekdays)}\b|"
        rf"\b{months}\s+\d{{1,2}}(?:,\s*\d{{4}})?\b|\b{alt(w.relative)}\s+{alt(w.periods)}\b|\b{alt(w.words)}\b|"
        rf"\b{alt(w.span_leads)}\s+(?:{alt_bare(w.span_units)}|\w+\s+{alt(w.span_plurals)})\b|"
        rf"\b{alt(w.since)}\s+(?:{alt_bare(w.months)}|\d{{4}})\b|\b{alt(w.as_early_as)}\s+\w+\b|"
        rf"\b{alt(w.year_prepositions)}\s+(?:19|20)\d\d\b|\b{alt(w.end_of)}\s+{alt(w.span_units)}\b",
    )


def _build(lex: Lexicon) -> Rules:
    c = lex.claims
    aux = alt_bare(c.auxiliaries)
    by_stem: dict[int, list[str]] = {}
    for suffix, stem in c.verb_suffixes.items():
        by_stem.setdefault(stem, []).append(suffix)
    suffixed = "|".join(rf"\w{{{stem},}}{alt(ends)}" for stem, ends in by_stem.items())
    background = "|".join(rf"\w{{{stem},}}{re.escape(end)}" for end, stem in c.background_suffixes.items())
    verb = "|".join(p for p in (aux, alt_bare(c.irregular_verbs), suffixed) if p)
    conj = alt(c.conjunctions)
    gerund = alt(c.gerund_suffixes)
    not_participle = "|".join(rf"{re.escape(w)}\b" for w in c.not_participles) or NEVER
    partitive = rf"{alt(c.partitive_quantifiers)}\s+of\s+{alt(c.partitive_pronouns)}\s"
    not_sub = rf"(?!{alt(c.not_subordinators)}\b)" if c.not_subordinators else ""
    t = lex.time
    not_place = alt((*t.weekdays, *t.day_parts, *t.deictic, *lex.quantities.number_words))
    q = lex.quantities
    figure_lead = alt((*q.at_least, *q.at_most, *q.approximately))  # "At least 31 people ..." is no place
    return Rules(
        when=_when(lex),
        stopwords=frozenset(c.stopwords),
        aux=re.compile(rf"\b(?:{aux})\b", re.IGNORECASE),
        verb=re.compile(rf"\b(?:{verb})\b", re.IGNORECASE),
        # "..., and [that] <clause>" / "... and would ..." (a second predicate of the same subject)
        coord=re.compile(
            rf",?\s+{conj}\s+{alt(c.complementizers)}\s+|"
            rf",?\s+{conj}\s+"
            rf"(?=(?:{alt(c.subject_pronouns)}\s+\w+|(?:{aux})\b|(?:[\w\u2019'$,.%-]+\s+){{1,4}}(?:{aux})\b))",
            re.IGNORECASE,
        ),
        # "... after finding ...", "... before closing ...", "..., tras el derrumbe ..."
        subord=re.compile(rf",?\s+{not_sub}{alt(c.subordinators)}\s+(?=\w)", re.IGNORECASE),
        # "..., wounding two nurses", "..., many of them staying ...", "..., with up to 120 mm forecast ..."
        absolute=re.compile(
            rf",\s+(?=(?!{not_participle})[a-z]{{3,}}{gerund}\s|{partitive}|"
            rf"with\s+{alt(c.with_figure_leads)}?\s*[\d$])"
        ),
        # "..., which runs several shelters, ..." / "..., que emplea a ..."
        relative=re.compile(rf",\s+(?={alt(c.relative_openers)}\s+)"),
        subord_ok=re.compile(rf"{alt(c.clause_subordinators)}\b|\s*[a-z]{{3,}}{gerund}\b", re.IGNORECASE),
        gerund=re.compile(rf"[a-z]{{3,}}{gerund}\b"),
        rel_pronoun=re.compile(rf"^{alt(c.relative_pronouns)}\s+", re.IGNORECASE),
        source_note=re.compile(
            rf"\b{alt(c.source_note_verbs)}\s+{alt(c.source_note_negations)}\s+{alt(c.source_note_participles)}|"
            rf"\b{alt(c.source_note_phrases)}\b",
            re.IGNORECASE,
        ),
        embedded_rel=re.compile(rf",\s+{alt(c.embedded_relatives)}\b[^,;]*(?:,|$)"),
        complement_end=re.compile(rf"\b{alt(c.complementizers)}\s*$", re.IGNORECASE),
        complement_start=re.compile(rf"^{alt(c.complementizers)}\s+", re.IGNORECASE),
        time_subordinators=frozenset(c.time_subordinators),
        determiner_tail=re.compile(rf"\b{alt(c.determiners)}\s+[^,;]*$", re.IGNORECASE),
        antecedent_cue=re.compile(rf"^(?:{alt(c.antecedent_cues)}\s+)"),
        conjunction_end=re.compile(rf"\s+{conj}$"),
        background_verb=re.compile(
            rf"\b(?:{'|'.join(p for p in (alt_bare(c.background_verbs), background) if p)})\b", re.I
        ),
        # "X was asked whether ...", "The Gazette asked the firm whether ...": the sentence reports a question
        question_put=re.compile(
            rf"^(?:[^;]{{0,100}}?\s)?{alt(c.question_verbs)}\s+(?:[^,;]{{0,60}}?\s)?{alt(lex.negation.whether)}\s",
            re.IGNORECASE,
        ),
        # "Devant le portail, mardi soir, des parents avaient accroché ...": a place, not a time ("On Monday")
        # or a count ("À trois semaines de ...") after the preposition
        scene_opening=re.compile(
            rf"^(?:[^,;:]{{0,40}},\s*)?(?!{figure_lead}\b){alt(c.scene_prepositions)}\s+(?!{not_place}\b|\d)",
            re.IGNORECASE,
        ),
        # the day may open a compound ("am Dienstagabend")
        scene_day=re.compile(rf"\b{alt((*lex.time.weekdays, *lex.time.day_parts))}", re.IGNORECASE),
    )


def rules(lex: Lexicon) -> Rules:
    return lex.compiled(_build)


_SCENE_SPAN = 140  # the day is named near the start of a scene-setting sentence


def is_scene(sentence: str, lex: Lexicon) -> bool:
    """Whether ``sentence`` is the reporter's scene-setting ("Outside a shopping centre on Wednesday
    afternoon, couriers waited ..."), which no one claims (see ``scene_prepositions``)."""
    r = rules(lex)
    semicolon = sentence.find(";")  # the day is in its first clause
    end = min(_SCENE_SPAN, semicolon if semicolon >= 0 else len(sentence))
    return bool(r.scene_opening.match(sentence)) and bool(r.scene_day.search(sentence, 0, end))


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


def content_terms(text: str, lex: Lexicon) -> frozenset[str]:
    stop = rules(lex).stopwords
    out = set()
    for w in _WORD3.findall(text.lower()):
        if w in stop:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)


def _hedges(text: str, span: Span, c: Cues) -> list[HedgeSpan]:
    found: list[HedgeSpan] = []
    for pattern, kind in c.hedges:
        for m in pattern.finditer(text, span.start, span.end):
            hs = trim(text, Span(m.start(), m.end()), ' \t\n,;:.\u201d\u201c"')
            if not len(hs) or any(h.span.overlaps(hs) for h in found):
                continue
            if hs.of(text) in c.months and hs.start > span.start:
                continue  # "reopen in May": the month, not the modal
            found.append(HedgeSpan(hs, kind))
    found.sort(key=lambda h: h.span.start)
    return found


def _estimate(text: str, span: Span, c: Cues) -> tuple[Span, EstimateBand] | None:
    best: tuple[Span, EstimateBand] | None = None
    for pattern, band in c.estimates:
        for m in pattern.finditer(text, span.start, span.end):
            cand = (Span(m.start(), m.end()), band)
            if (
                best is None
                or BAND_ORDER.index(band) > BAND_ORDER.index(best[1])
                or (band == best[1] and len(cand[0]) > len(best[0]))
            ):
                # a longer phrase that contains the current best wins ("very likely" over "likely")
                best = cand
    if best is not None:
        for pattern, band in c.estimates:
            for m in pattern.finditer(text, span.start, span.end):
                s = Span(m.start(), m.end())
                if s.contains(best[0]) and len(s) > len(best[0]):
                    best = (s, band)
    return best


def _negative(text: str, c: Cues) -> bool:
    cleaned = c.not_negation.sub(" ", text)
    if not c.negation.search(cleaned):
        return False
    # "fired workers who did not turn up": a negation inside a relative or adverbial clause is not the
    # claim's own; the clause runs from its opener to its next comma ("the plan, which was approved, will not")
    cleaned = c.embedded.sub(lambda m: " " * len(m.group(0)), cleaned)
    return bool(c.negation.search(cleaned))


def is_negative(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` states something in the negative ("I never moved their money")."""
    return _negative(text, cues(lex))


def statement_of(text: str, lex: Lexicon) -> str:
    """A claim's content as a sentence; the wording is :mod:`.statements`' (the seam)."""
    return statements.clean(text, lex, rules(lex).complement_start)


def build(text: str, seed: Seed, lex: Lexicon) -> ClaimParts | None:
    c = cues(lex)
    r = rules(lex)
    content = seed.content
    content_text = content.of(text)
    statement = statement_of(content_text, lex)
    if seed.lead:
        rest = r.rel_pronoun.sub("", content_text.lstrip(), count=1)
        statement = statement_of(f"{seed.lead} {rest}", lex)
    if not statement or len(content_text.split()) < 2:
        return None
    hedges = _hedges(text, content, c)
    if seed.belief is not None and not any(h.span.overlaps(seed.belief) for h in hedges):
        hedges.insert(0, HedgeSpan(seed.belief, "doxastic"))
    estimate = _estimate(text, content, c)
    # an estimative word is not also an epistemic hedge of its own ("likely")
    if estimate is not None:
        hedges = [h for h in hedges if not (h.span.overlaps(estimate[0]) and h.type == "epistemic")]
    polarity: Polarity = "negative" if _negative(content_text, c) else "positive"
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
    if c.unknown.search(cue_text) or c.unknown.match(content_text):
        certainty = "unknown"
    if certainty == "certain" and types & {"epistemic", "doxastic"}:
        certainty = "probable"
    quantities = find(text, content, lex)
    when_m = r.when.search(text, content.start, content.end) or r.when.search(
        text, seed.evidence.start, seed.evidence.end
    )
    when = " ".join(when_m.group(0).split()) if when_m else None
    return ClaimParts(
        seed, statement, certainty, polarity, hedges, estimate, quantities, when, content_terms(content_text, lex)
    )


# --- clause splitting --------------------------------------------------------------------------
# One seed's content can carry several propositions ("X said A and B", "A, after B"); each is a
# claim of its own. Splits happen only between two parts that both read as clauses.
_OPEN_Q = "\u201c\u00ab"
_CLOSE_Q = "\u201d\u00bb"


_MAX_CUTS = 12
_MAX_SPLIT_CHARS = 2000


def _quote_depth(text: str, start: int, pos: int) -> int:
    seg = text[start:pos]
    depth = sum(seg.count(c) for c in _OPEN_Q) - sum(seg.count(c) for c in _CLOSE_Q)
    return depth + (seg.count('"') % 2)


def _clausal(text: str, r: Rules) -> bool:
    return len(words(text)) >= 3 and bool(r.verb.search(text))


def clause_spans(text: str, span: Span, r: Rules, inside_quotes: bool = False) -> list[Span]:
    """``span`` cut into clause-like parts (itself alone when it holds one proposition)."""
    cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
    limit = min(span.end, span.start + _MAX_SPLIT_CHARS)  # a run-on "sentence" is not split further
    for pattern in (r.coord, r.subord, r.absolute, r.relative):
        for m in pattern.finditer(text, span.start, limit):
            if len(cuts) >= _MAX_CUTS:
                break
            if pattern is r.relative and _closed_relative(text, m.end(), span.end) is not None:
                continue
            if not inside_quotes and _quote_depth(text, span.start, m.start()) > 0:
                continue
            if any(a <= m.start() < b or a < m.end() <= b for a, b in cuts):
                continue
            right = m.end()
            if pattern is r.subord:  # the subordinator stays with its clause: "before closing lower"
                right = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", \t\n"))
            cuts.append((m.start(), right))
    if not cuts:
        return [span]
    cuts.sort()
    parts: list[Span] = []
    pos = span.start
    for left_end, right_start in cuts:
        left = Span(pos, left_end)
        right_text = text[right_start : min(span.end, right_start + 200)]
        complement = bool(r.complement_end.search(text[left_end:right_start]))
        # the verb of an embedded relative clause does not make its antecedent a clause
        left_text = r.embedded_rel.sub("", left.of(text))
        left_ok = _clausal(left_text, r) or (complement and len(words(left_text)) >= 3)
        if len(words(right_text)) < 3 or not left_ok:
            continue
        sub = r.subord.match(text, left_end)
        if sub is not None and sub.end() > right_start:
            head = sub.group(0).split()[-1]
            nxt = min([c for c, _ in cuts if c > right_start] + [span.end])
            if not (r.subord_ok.match(head) or r.subord_ok.match(text, sub.end())) and not _clausal(
                text[sub.end() : nxt], r
            ):
                continue
            if (
                head.lower() in r.time_subordinators
                and not r.gerund.match(text[sub.end() : nxt])
                and len(words(text[sub.end() : nxt])) <= 5
            ):
                # "... before the line was shut": a short time clause dates the claim, it is not one of its own
                # ("... before closing 6.4 percent lower" still is: a second event of the same subject)
                continue
        if r.source_note.search(text, pos, left_end):
            parts.append(left)
            pos = span.end
            break
        parts.append(left)
        pos = right_start
    if pos < span.end:
        parts.append(Span(pos, span.end))
    # a relative clause closed by a comma ends there: "X, which runs Y, said" -> "which runs Y"
    out: list[Span] = []
    for part in parts:
        part = trim(text, part, " \t\n,;:\u2014\u2013-")
        if len(words(part.of(text))) < 2:
            continue
        out.append(part)
    return out or [span]


def _closed_relative(text: str, start: int, end: int) -> Span | None:
    """The relative clause from ``start`` when a comma closes it before ``end`` and more follows."""
    m = re.compile(r",\s+").search(text, start, min(end, start + 400))
    if m is None or len(words(text[m.end() : min(end, m.end() + 100)])) < 2:
        return None
    return Span(start, m.start())


def relative_clauses(text: str, span: Span, lex: Lexicon) -> list[tuple[Span, str]]:
    """Embedded relative clauses "X, which runs Y, ..." as (clause, antecedent text)."""
    r = rules(lex)
    out: list[tuple[Span, str]] = []
    for m in r.relative.finditer(text, span.start, min(span.end, span.start + _MAX_SPLIT_CHARS)):
        if len(out) >= _MAX_CUTS:
            break
        if _quote_depth(text, span.start, m.start()) > 0:
            continue
        rel = _closed_relative(text, m.end(), span.end)
        if rel is None:
            continue
        head = text[max(span.start, m.start() - 80) : m.start()]
        antecedent = _antecedent(head, r) or ""
        antecedent = r.antecedent_cue.sub("", antecedent)
        if not antecedent or len(antecedent.split()) > 8 or (antecedent[:1].islower() and " " not in antecedent):
            continue
        if len(words(rel.of(text))) < 3 or cues(lex).speech.search(text, rel.start, rel.end):
            continue
        if r.source_note.search(text, rel.start, rel.end):
            continue
        out.append((rel, antecedent))
    return out


_QUOTE_SENTENCE_END = re.compile(r"[.!?\u2026]+[\u2019']?\s+(?=[\u201c\u2018\"]?[A-Z\u00c0-\u00dd\u00bf\u00a1])")


def quote_sentences(text: str, span: Span, lex: Lexicon) -> list[Span]:
    """The sentences of a quotation: '"A. B."' -> "A.", "B." (abbreviations and initials do not end one)."""
    out: list[Span] = []
    pos = span.start
    seg_rules = segment_rules(lex)
    for m in _QUOTE_SENTENCE_END.finditer(text, span.start, span.end):
        dot = m.start() + len(m.group(0).rstrip().rstrip("\u2019'")) - 1
        if text[dot] == "." and is_abbreviation(text, dot, span.start, seg_rules):
            continue
        end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        if len(words(text[pos:end])) >= 2 and len(words(text[m.end() : span.end])) >= 2:
            out.append(Span(pos, end))
            pos = m.end()
    out.append(Span(pos, span.end))
    return out


def split_seed(text: str, seed: Seed, lex: Lexicon) -> list[Seed]:
    """One seed per proposition of its content; evidence of the first (last) part keeps the cue
    side of the original evidence when the cue sits before (after) the content. A direct quotation
    of several sentences gives one seed per sentence, each with its own evidence."""
    direct = seed.quote_type == "direct"
    if direct:
        sentences = quote_sentences(text, seed.content, lex)
        if len(sentences) > 1:
            return [
                part
                for sentence in sentences
                for part in split_seed(
                    text,
                    Seed(
                        seed.source,
                        list(seed.via),
                        seed.cue,
                        "direct",
                        sentence,
                        sentence,
                        seed.para,
                        seed.belief,
                        list(seed.extra_hedges),
                        seed.lead if sentence.start == seed.content.start else None,
                    ),
                    lex,
                )
            ]
    r = rules(lex)
    parts = clause_spans(text, seed.content, r, inside_quotes=direct)
    if len(parts) <= 1:
        return [seed]
    out: list[Seed] = []
    for n, part in enumerate(parts):
        start, end = part.start, part.end
        if n == 0 and seed.evidence.start < seed.content.start:
            start = seed.evidence.start
        if n == len(parts) - 1 and seed.evidence.end > seed.content.end:
            end = seed.evidence.end
        content = trim_quotes(text, part) if not direct else part
        lead = seed.lead if n == 0 else None
        if n > 0 and r.rel_pronoun.match(content.of(text)):
            if r.source_note.search(content.of(text)):
                continue
            lead = _antecedent(text[parts[n - 1].start : part.start], r)
        quote_type = seed.quote_type
        if quote_type == "mixed" and not _has_quote(content.of(text)):
            quote_type = "indirect"
        out.append(
            Seed(
                seed.source,
                list(seed.via),
                seed.cue,
                quote_type,
                content,
                Span(start, end),
                seed.para,
                seed.belief,
                list(seed.extra_hedges),
                lead,
            )
        )
    return out or [seed]


def _antecedent(left: str, r: Rules) -> str | None:
    head = left.rstrip(" ,")
    brk = max(head.rfind(c) for c in ",;:(\u201c\u201d\u00ab\u00bb")
    tail = head[brk + 1 :].strip()
    m = r.determiner_tail.search(tail)
    if m:
        tail = m.group(0)
    tail_words = tail.split()
    return " ".join(tail_words[-6:]) if tail_words else None


def _has_quote(s: str) -> bool:
    return any(c in s for c in '"\u201c\u201d\u00ab\u00bb')
