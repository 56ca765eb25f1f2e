"""The attribution rules' vocabulary for one language, compiled: intro words, times and occasions
skipped after a cue, clause splits, inverted subjects, relative pronouns ([attributions], with
[claims] complementizers and [time] names)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt, alt_bare

_LOWER = "[a-zßà-öø-ÿ]"


@dataclass(frozen=True, slots=True)
class Rules:
    """The attribution rules of one language, compiled."""

    intro: re.Pattern[str]
    time_after: re.Pattern[str]
    that: re.Pattern[str]
    continuation: re.Pattern[str]
    subordinate: re.Pattern[str]
    split: re.Pattern[str]
    participle_cue: re.Pattern[str]
    stance: re.Pattern[str]
    first_verb: re.Pattern[str]
    trailing_when: re.Pattern[str]
    nested: re.Pattern[str]
    finite: re.Pattern[str]
    coord_split: re.Pattern[str]
    not_conjunct: re.Pattern[str]
    conjunct_article: re.Pattern[str]
    document_by: re.Pattern[str]
    not_saying: re.Pattern[str]
    not_saying_open: re.Pattern[str]
    open_q: re.Pattern[str]
    whether: re.Pattern[str]
    invertible: frozenset[str]
    pronoun_addressees: frozenset[str]
    inverted_np: re.Pattern[str]
    inverted_pronoun: re.Pattern[str]
    v2_content: re.Pattern[str]
    circumstance: re.Pattern[str]
    relative_subjects: frozenset[str]
    partitive_subjects: frozenset[str]
    separable_stems: frozenset[str]
    relative_lead_words: frozenset[str]
    own_possessives: frozenset[str]
    determiners: frozenset[str]
    relative_head: re.Pattern[str]
    relative_word: re.Pattern[str]
    relative_lead: re.Pattern[str]
    conjunction: re.Pattern[str]
    pronoun_subjects: frozenset[str]
    name_article: re.Pattern[str]
    name_article_lead: re.Pattern[str]
    place_preposition: re.Pattern[str]
    passive: re.Pattern[str]
    np_end: re.Pattern[str]
    inner_cue: re.Pattern[str]
    according_verb: re.Pattern[str]
    reported_form: re.Pattern[str]
    anaphoric: frozenset[str]


def _build(lex: Lexicon) -> Rules:
    a, t, c = lex.attributions, lex.time, lex.claims
    comp = alt(c.complementizers)
    # an inverted pronoun subject and what may follow it in its clause (an addressee, an adverbial)
    pron = alt((*lex.pronouns.person, *lex.pronouns.plural))
    follow = alt((*a.pronoun_addressees, *a.pronoun_adjuncts))
    occasion = (
        rf"{alt(a.occasion_prepositions)}\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{alt(a.occasions)}"
        rf"(?:\s+with\s+(?:{alt_bare(a.occasion_audiences)}|[A-Z][\w-]*))?"
    )
    by_stem: dict[int, list[str]] = {}
    for suffix, stem in a.first_verb_suffixes.items():
        by_stem.setdefault(stem, []).append(suffix)
    suffixed = "|".join(rf"{_LOWER}{{{stem},}}{alt(ends)}" for stem, ends in by_stem.items())
    not_participle = "|".join(rf"{re.escape(w)}\b" for w in a.continuation_not_participles) or "(?!)"
    title = rf"(?:{alt(a.title_abbreviations)}\.\s)?"
    to_name = rf"[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+(?:{alt(a.according_to_particles)}\s+)?[A-ZÁÉÍÓÚÑ][\w-]*)*"
    return Rules(
        intro=re.compile(
            rf"^(?:(?:{alt_bare(a.intro_words)}|in\s+a\s+{alt(a.intro_media)}(?:\s+on\s+\w+)?)\b[\s,]*)+",
            re.IGNORECASE,
        ),
        time_after=re.compile(
            rf"(?:\s*,)?\s*(?:{alt(t.day_modifiers)}\s+)?(?:{alt(t.weekdays)}(?:\s+{alt(t.day_parts)})?|"
            rf"{alt_bare(a.time_words)}|{alt(t.months)}\s+\d{{1,2}}(?:,\s*\d{{4}})?|{alt_bare(a.occasion_phrases)}|"
            rf"{occasion}|outside\s+(?:{alt_bare(a.outside_places)}|the\s+\w+)|in\s+(?:a|an)\s+{alt(a.delivery_modes)}\s+\w+)\b"
        ),
        that=re.compile(rf"\s*[,:]?\s*(?:{comp}\b)?\s*"),
        continuation=re.compile(
            rf"(?:{alt(a.continuation_quantifiers)}\s+of\s+{alt(a.continuation_pronouns)}\b|"
            rf"with\s+{alt(c.with_figure_leads)}?\s*\d|(?!{not_participle})[a-z]{{3,}}{alt(c.gerund_suffixes)}\s)"
        ),
        subordinate=re.compile(rf"^{alt(a.subordinate_openers)}\b", re.IGNORECASE),
        split=re.compile(
            rf",?\s+{alt(a.split_conjunctions)}\s+{alt(a.split_links)}\s+|"
            # "X called the offer 'insulting' and said the union would ...": a second cue of the same speaker
            rf",?\s+{alt(a.split_conjunctions)}\s+(?:also\s+)?{alt(a.split_verbs)}\s+(?={alt(a.split_subjects)}\b)|;\s+|"
            rf",\s+(?:and\s+)?{alt(a.split_phrases)}\s+|"
            # ", en précisant qu'il ...": a gerund of speech (its lead word, an elided complementiser)
            rf",\s+(?:{alt(a.participle_leads)}\s+)?{alt(a.split_participles)}\s+{comp}(?:\s+|(?<=['\u2019]))|"
            # ", sans confirmer le nombre ...": a second content that keeps its words (an open question)
            rf",\s+(?={alt(a.split_keeps)}\s)"
        ),
        # "The court dismissed the case, ruling that ...": a participle of speech after a main clause
        participle_cue=re.compile(rf",\s+(?P<cue>{alt(a.participle_cues)}\s+{comp})\s+"),
        stance=re.compile(rf"\b{alt(a.stance_verbs)}\b") if a.stance_verbs else re.compile(NEVER),
        first_verb=re.compile(rf"\b(?:{'|'.join(p for p in (suffixed, alt_bare(a.first_verbs)) if p)})\b"),
        trailing_when=re.compile(
            rf"\s+(?:{alt(t.day_modifiers)}\s+)?{alt((*t.weekdays, *t.deictic, *t.periods))}"
            rf"(?:\s+{alt(t.day_parts)})?\s*$"
        ),
        nested=re.compile(
            rf"^(?P<np>[^,;:\u201c\u201d\"]{{2,80}}?)\s+(?P<verb>{alt_bare(a.nested_verbs)})\s+(?:{comp}\s+)?"
        ),
        finite=re.compile(rf"\b{alt(a.finite_words)}\b", re.IGNORECASE),
        coord_split=re.compile(rf",\s+(?:{alt(a.comma_coordinators)}\s+)?|\s+{alt(a.coordinators)}\s+"),
        not_conjunct=re.compile(rf"\b{alt(a.not_conjunct_words)}\b|[\u201c\u201d\"\u00ab\u00bb]"),
        conjunct_article=re.compile(rf"{alt(a.conjunct_articles)}\s+[A-Z\u00c0-\u00dd]"),
        document_by=re.compile(
            rf"\s*{alt(a.document_determiners)}\s+(?:{alt(a.document_modifiers)}\s+)?{alt(a.documents)}\s+"
            rf"{alt(a.document_agents)}\s+",
            re.IGNORECASE,
        ),
        not_saying=re.compile(rf"\b{alt(a.not_saying)}\s+$", re.IGNORECASE),
        not_saying_open=re.compile(rf"{alt(a.not_saying_open)}\b", re.IGNORECASE),
        open_q=re.compile(rf"\s+{alt(a.open_questions)}\b", re.IGNORECASE),
        whether=re.compile(rf"\s+{alt(lex.negation.whether)}", re.IGNORECASE),
        invertible=frozenset(a.invertible),
        pronoun_addressees=frozenset(a.pronoun_addressees),
        inverted_np=re.compile(
            rf"\s+(?!{pron}\s+{follow}\s)(?P<np>(?P<lower>(?:[a-z][\w-]*\s+){{1,3}}(?=[A-Z]))?{title}"
            rf"(?:[A-ZÁÉÍÓÚÑ]|{alt(a.inverted_determiners)}(?:\s|(?<=['\u2019])))"
            r"[^,.;:\u201c\u201d\"]{1,80}?)(?=,|\.|$|;)"
        ),
        # '"...," sagte er.': a personal pronoun right after an inverted cue verb, ending its clause or
        # followed by its addressee or a time ('sagte er dem Kurier', 'sagte er am Nachmittag')
        inverted_pronoun=re.compile(
            rf"\s+(?P<np>{pron})"
            rf"(?=\s*[,.;:!?]|\s*$|\s+{follow}\s|\s+{alt(t.day_modifiers)}\s)",
            re.IGNORECASE,
        ),
        # "Am Montag", "heute": a time that may open a clause before its verb
        circumstance=re.compile(
            rf"(?:{alt(t.day_modifiers)}\s+)?{alt((*t.weekdays, *t.deictic))}(?:\s+{alt(t.day_parts)})?", re.IGNORECASE
        ),
        v2_content=re.compile(rf"\s*(?:,\s*(?:{comp}\b)?|:|\s+{comp}\b)\s*(?=\S)"),
        relative_subjects=frozenset(a.relative_subjects),
        partitive_subjects=frozenset(" ".join(p.replace("\u2019", "'").split()) for p in a.partitive_subjects),
        separable_stems=frozenset((*(v.split()[0] for v in lex.cues.separable_verbs), *lex.cues.perfect_auxiliaries)),
        relative_lead_words=frozenset(a.relative_leads),
        own_possessives=frozenset(a.own_possessives),
        determiners=frozenset(a.inverted_determiners),
        relative_head=re.compile(rf"\s*{alt(a.relative_heads)}\b"),
        relative_word=re.compile(rf"\s*{alt(a.relative_words)}\b", re.IGNORECASE),
        relative_lead=re.compile(rf",\s+{alt(a.relative_leads)}\s+(?:\w+\s+)?$"),
        conjunction=re.compile(alt(c.conjunctions), re.IGNORECASE),
        pronoun_subjects=frozenset(a.pronoun_subjects),
        name_article=re.compile(rf"^{alt(a.name_articles, initial=True)}\s+"),
        name_article_lead=re.compile(rf"{alt(a.name_articles, initial=True)}\s+"),
        place_preposition=re.compile(rf"\s{alt(a.place_prepositions)}\s+(?:the\s+)?$"),
        passive=re.compile(rf"\b{alt(a.passive_auxiliaries)}\s+$"),
        np_end=re.compile(rf"[,;.:\u201c\"]|\s+{comp}\b"),
        inner_cue=re.compile(rf"\s*(?:{comp}\b|,?\s*[\u201c\"\u00ab])"),
        according_verb=re.compile(
            rf"\s*{alt(a.according_verbs)}(?P<to>\s+{alt(a.according_to)}\s+(?P<name>(?:{alt(a.according_to_articles)}\s+)?"
            rf"{to_name}))?\s+"
        ),
        # "Man müsse jetzt handeln.": a Konjunktiv I form reports the speaker of the paragraph
        reported_form=re.compile(rf"\b{alt(a.reported_forms)}\b", re.IGNORECASE),
        anaphoric=frozenset(" ".join(w.replace("\u2019", "'").split()) for w in a.anaphoric_contents),
    )


def rules(lex: Lexicon) -> Rules:
    """The attribution rules of ``lex``'s language (compiled on first use)."""
    return lex.compiled(_build)
