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
from .spans import Span, trim

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
    complement_np: re.Pattern[str]
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
        # "..., citando a X, que el director ... figura": a complementiser before its clause's subject, no relative
        complement_np=re.compile(rf"{alt(c.complementizers)}\s+{alt(c.determiners)}\s", re.IGNORECASE),
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
