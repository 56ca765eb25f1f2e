"""Cue rules: speech and belief verbs, typed hedges, ICD 203 estimative phrases, negation, injections.

The words come from the lexicon (``[cues]``, ``[hedges]``, ``[estimates]``, ``[negation]``,
``[injection]``); this module gives them their shapes ("<verb> [told <addressee>]", "<copula> [still]
investigating", "added" unless a figure follows) and compiles them once per language. Every match
is sliced from the article, so cue, hedge and estimate texts are verbatim by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from summarize.schemas.enums import EstimateBand, HedgeType

from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt

_F = re.IGNORECASE | re.UNICODE
_NAME_WORD = r"[A-Z][\w.\u2019'&-]*"
_ES_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][\w\u2019'&-]*"
_OBJECT_WORD = r"[\w\u2019'.-]+"

BAND_ORDER: Final[tuple[EstimateBand, ...]] = (
    "almost_no_chance",
    "very_unlikely",
    "unlikely",
    "roughly_even_chance",
    "likely",
    "very_likely",
    "almost_certain",
)
_HEDGE_ORDER: Final[tuple[HedgeType, ...]] = ("epistemic", "doxastic", "investigation", "condition", "weasel")


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue rules of one language, compiled."""

    speech: re.Pattern[str]
    """A speech or belief verb with its auxiliaries and, as group ``ext``, an addressee or platform."""
    told: frozenset[str]
    """Verbs whose ``ext`` names an addressee (a medium told is an intermediary)."""
    not_addressees: frozenset[str]
    belief: frozenset[str]
    nounish: frozenset[str]
    needs_that: frozenset[str]
    object_cue: re.Pattern[str]
    lead_adverb: re.Pattern[str]
    according: re.Pattern[str]
    according_after: tuple[re.Pattern[str], re.Pattern[str]]
    """ "Dem Bericht zufolge": the postposed cue, and its source noun phrase (searched before the cue)."""
    claim_by: re.Pattern[str]
    opinion_for: re.Pattern[str]
    """ "Para el economista X, ...": group ``np`` the person whose view the sentence gives."""
    impersonal: re.Pattern[str]
    """ "Aus <source> hieß es": group ``np`` the source, group ``cue`` the impersonal cue."""
    citing: re.Pattern[str]
    hedges: tuple[tuple[re.Pattern[str], HedgeType], ...]
    months: frozenset[str]
    """Month names as written ("May"): a capitalised one is a date, never the modal."""
    estimates: tuple[tuple[re.Pattern[str], EstimateBand], ...]
    negation: re.Pattern[str]
    not_negation: re.Pattern[str]
    embedded: re.Pattern[str]
    """A relative or adverbial clause, from its opener to its next comma (or the end)."""
    unknown: re.Pattern[str]
    injection: re.Pattern[str]

    def is_belief(self, verb: str) -> bool:
        return verb.lower() in self.belief


def _speech(lex: Lexicon) -> re.Pattern[str]:
    c = lex.cues
    aux = rf"(?:{alt(c.auxiliaries)}\s+)*"
    # "added 300 jobs" is an act, "added that ..." an attribution
    figure = rf"{alt(c.figure_verbs)}(?!\s+(?:{alt(c.figure_lead_words)}\s+)?[\d$\u20ac\u00a3])"
    # "put the toll at 40": only in that shape
    put = (
        rf"{alt(c.put_verbs)}(?=\s+(?:it|{alt(c.put_determiners)}\s+(?:[\w-]+\s+){{0,2}}{alt(c.put_figure_nouns)}"
        r"(?:\s+of(?:\s+[\w-]+){1,4}?)?)\s+at\b)"
    )
    # "teilte am Dienstag mit, ...": a separable verb's stem and its particle, a few words apart, close the clause
    separable = [
        rf"{re.escape(stem)}(?:\s+[^\s,.;:\u201c\u201d\u201e\"\u00ab\u00bb]+){{0,6}}?\s+{re.escape(particle)}"
        rf"(?=\s*[,.;:]|\s+{alt(lex.claims.complementizers)}\b|\s*$)"
        for stem, _, particle in (entry.partition(" ") for entry in c.separable_verbs)
        if particle
    ]
    # "hat die Stadt am Montag mitgeteilt.": a perfect's auxiliary and its participle, the verb bracket
    perfect = []
    if c.perfect_auxiliaries and c.perfect_participles:
        stop = alt(lex.attributions.coordinators) if lex.attributions.coordinators else "(?!)"
        perfect.append(
            rf"{alt(c.perfect_auxiliaries)}(?:\s+(?!{stop}\b)[^\s,.;:\u201c\u201d\u201e\"\u00ab\u00bb]+){{0,18}}?"
            rf"\s+{alt(c.perfect_participles)}(?=\s*[,.;:]|\s+{alt(lex.claims.complementizers)}\b|\s*$)"
        )
    verbs = "|".join([*_inversions(lex), *separable, *perfect, alt(c.speech_verbs), figure, put])
    name = rf"{_NAME_WORD}(?:\s+(?:of\s+|the\s+)?{_NAME_WORD}){{0,4}}"
    told = rf"(?:\s+(?:(?:The|the)\s+)?(?:{name})|\s+{alt(c.told_audiences)})"
    ext = [f"(?<={re.escape(v)}){told}" for v in c.told_verbs]
    ext.extend(rf"(?<={re.escape(v)})\s+{alt(c.told_audiences)}" for v in c.audience_verbs if c.told_audiences)
    for entry in c.said_to:
        verb, _, prep = entry.rpartition(" ")
        name = rf"{_ES_NAME_WORD}(?:\s+(?:{alt(c.addressee_particles)}\s+)?{_ES_NAME_WORD}){{0,4}}"
        ext.append(rf"(?<={re.escape(verb)})(?:\s+{re.escape(prep)}\s+(?:{name}))")
    platform = (
        rf"(?:\s+{alt(c.platform_prepositions)}\s+(?:{alt(c.platform_determiners)}\s+)?"
        rf"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}|{alt(c.platform_nouns)}))?"
    )
    ext.append(platform)
    return re.compile(rf"\b{aux}(?:not\s+)?(?P<verb>{verbs})\b(?P<ext>{'|'.join(ext)})?", re.UNICODE)


def _inversions(lex: Lexicon) -> list[str]:
    """ "a-t-il déclaré": an auxiliary inverted with its pronoun, before the participle of a compound speech
    verb that starts with that auxiliary ("a déclaré")."""
    c = lex.cues
    out = []
    for inversion in c.inversions:
        aux = inversion.split("-", 1)[0]
        participles = [v.split(" ", 1)[1] for v in c.speech_verbs if v.startswith(f"{aux} ") and v.count(" ") == 1]
        if participles:
            out.append(rf"{re.escape(inversion)}\s+{alt(participles)}")
    return out


def inversion_pronoun(cue: str, lex: Lexicon) -> int | None:
    """Where the pronoun of an inverted cue ("a-t-il déclaré") starts in ``cue``, else None."""
    low = cue.lower()
    for inversion in lex.cues.inversions:
        if low.startswith(inversion) and low[len(inversion) : len(inversion) + 1].isspace():
            return inversion.rfind("-") + 1
    return None


def _according_after(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Dem Bericht zufolge": a postposed cue, and the source noun phrase that ends right before it (from its
    article, or a run of capitalised words)."""
    a = lex.attributions
    dets = alt((*a.name_articles, *a.inverted_determiners, *lex.claims.determiners))
    word = r"[^\s,;:\u201c\u201d\u201e\"\u00ab\u00bb]+"
    name = r"[A-Z\u00c0-\u00dd][\w-]*"
    np = rf"(?<![\w-])(?:(?i:{dets})\s+(?:(?!(?i:{dets})\b){word}\s+){{0,4}}?{word}|(?:{name}\s+){{0,2}}{name})\s+$"
    if not lex.cues.according_after:
        return re.compile(NEVER), re.compile(NEVER)
    return re.compile(rf"\b{alt(lex.cues.according_after)}\b", re.IGNORECASE), re.compile(np)


def _object_cue(lex: Lexicon) -> re.Pattern[str]:
    c = lex.cues
    obj = rf"(?:{_OBJECT_WORD}\s+){{1,6}}?"
    dets = alt(c.object_determiners)
    return re.compile(
        rf"{alt(c.accuse_verbs)}\s+{obj}of\s+[a-z]+|"
        rf"{alt(c.urge_verbs)}\s+{obj}to\s+[a-z]+|"
        rf"{alt(c.call_verbs)}\s+(?:on\s+{obj}to\s+[a-z]+|for\s+(?:an?\s+|the\s+)?[a-z])|"
        # "put the number at 16,000", "called the offer 'insulting'", "described the offer as 'unfair'"
        rf"{alt(c.put_verbs)}\s+(?:it|{alt(c.put_determiners)}\s+(?:[\w-]+\s+){{0,6}}?[\w-]+)\s+at\s+\S|"
        rf"{alt(c.call_verbs)}\s+{dets}\b(?:\s+[\w\u2019'-]+){{0,4}}?\s+[\u201c\"]|"
        rf"{alt(c.describe_verbs)}\s+{dets}\b(?:\s+[\w\u2019'-]+){{0,4}}?\s+as\s+\S",
        re.UNICODE,
    )


def _claim_by(lex: Lexicon) -> re.Pattern[str]:
    """ "..., a claim made days earlier by X and Y": the content before, the source after "by"."""
    c = lex.cues
    agents = alt(c.claim_by_agents)
    return re.compile(
        rf"(?<=,\s){alt(c.claim_by_determiners)}\s+(?:{alt(c.claim_by_modifiers)}\s+)?{alt(c.claim_by_nouns)}s?"
        rf"\s+(?:{alt(c.claim_by_adverbs)}\s+)?{alt(c.claim_by_participles)}\s+(?:(?!{agents}\b)[\w-]+\s+){{0,3}}"
        rf"{agents}\s+",
        _F,
    )


def _hedges(lex: Lexicon) -> tuple[tuple[re.Pattern[str], HedgeType], ...]:
    h = lex.hedges
    patterns: dict[HedgeType, str] = {
        "epistemic": rf"\b{alt(h.epistemic)}\b",
        "doxastic": rf"\b{alt(h.doxastic)}\b",
        "investigation": rf"\b{alt(h.investigating_copulas)}\s+(?:still\s+)?{alt(h.investigating)}\b"
        rf"|\b{alt(h.investigation)}\b",
        "condition": rf"\b{alt(h.condition)}\b[^.;,!?\u201d\"]{{1,120}}"
        + (rf"|\b{alt(h.hypothetical)}(?=\s+{alt(h.hypothetical_after)}\b)" if h.hypothetical else ""),
        "weasel": rf"\b{alt(h.weasel)}\b",
    }
    return tuple((re.compile(patterns[kind], _F), kind) for kind in _HEDGE_ORDER)


def _injection(lex: Lexicon) -> re.Pattern[str]:
    i = lex.injection
    to_ai = rf"{alt(i.addressees)}s?"
    return re.compile(
        rf"\b(?:{alt(i.ignore)}\s+(?:all\s+)?(?:the\s+)?{alt(i.earlier)}\s+{alt(i.instructions)}"
        rf"|{to_ai}\b[^.]{{0,60}}\b{alt(i.obligations)}"
        rf"|{alt(i.phrases)}\b"
        rf"|{alt(i.disregard)}\s+(?:all\s+)?{alt(i.disregard_whose)}\s+instructions"
        rf"|{alt(i.summary_words)}\b[^.]{{0,40}}\b{alt(i.summary_obligations)}\s+{alt(i.summary_verbs)}"
        rf"|\b{alt(i.notes)}\s+{alt(i.note_prepositions)}\s+{to_ai}\b"
        rf"|\b{to_ai}\s+{alt(i.reading_verbs)}\s+this\s+{alt(i.texts)}"
        rf"|\b{alt(i.when_reading)}\s+this\s+{alt(i.texts)}\b)",
        re.IGNORECASE,
    )


def _build(lex: Lexicon) -> Cues:
    c, n, e = lex.cues, lex.negation, lex.estimates
    bands: dict[EstimateBand, tuple[str, ...]] = {band: getattr(e, band) for band in BAND_ORDER}
    return Cues(
        speech=_speech(lex),
        told=frozenset([*c.told_verbs, *(entry.rpartition(" ")[0] for entry in c.said_to)]),
        not_addressees=frozenset(c.not_addressees),
        belief=frozenset(c.belief_verbs),
        nounish=frozenset(c.nounish),
        needs_that=frozenset(c.needs_that),
        object_cue=_object_cue(lex),
        lead_adverb=re.compile(rf"{alt(c.lead_adverbs)}\s+"),
        according=re.compile(rf"\b{alt(c.according)}(?:\s+|(?=,))", re.IGNORECASE),
        according_after=_according_after(lex),
        claim_by=_claim_by(lex),
        opinion_for=(
            re.compile(rf"(?i:{alt(c.opinion_for)})\s+(?P<np>[^,;:\u201c\u201d\u201e\"\u00ab\u00bb]{{3,80}}?),\s+")
            if c.opinion_for
            else re.compile(NEVER)
        ),
        impersonal=(
            re.compile(
                rf"\b(?i:{alt(c.impersonal_from)})\s+(?P<np>[^,;:\u201c\u201d\u201e\"\u00ab\u00bb]{{2,60}}?)\s+"
                rf"(?P<cue>(?i:{alt(c.impersonal)}))(?=(?:\s+[^\s,;:]+){{0,3}}\s*[,:]|\s+{alt(lex.claims.complementizers)}\b)"
            )
            if c.impersonal and c.impersonal_from
            else re.compile(NEVER)
        ),
        citing=re.compile(rf",?\s*{alt(c.citing)}\s+", re.IGNORECASE),
        hedges=_hedges(lex),
        months=frozenset(lex.time.months),
        estimates=tuple((re.compile(rf"\b{alt(words)}\b", _F), band) for band, words in bands.items()),
        negation=re.compile(rf"\b{alt(n.words)}\b|{alt(n.suffixes)}\b", _F),
        not_negation=re.compile(rf"\b{alt(n.not_negation)}\b", re.IGNORECASE),
        embedded=re.compile(rf"\b{alt(n.embedded_openers)}\b[^,;:]*", re.IGNORECASE),
        unknown=re.compile(
            rf"\b{alt(n.not_say)}\s+{alt(n.whether)}\b"
            rf"|\b{alt(n.not_confirm_auxiliaries)}\s+not\s+(?:yet\s+)?{alt(n.unconfirmed_verbs)}\b"
            rf"|\b{alt(n.unknown)}\b",
            _F,
        ),
        injection=_injection(lex),
    )


def cues(lex: Lexicon) -> Cues:
    """The cue rules of ``lex``'s language (compiled on first use)."""
    return lex.compiled(_build)
