"""The actor rules' vocabulary for one language, compiled once: sets for membership, patterns for shapes.

The words come from the lexicon's ``[names]``, ``[places]``, ``[organisations]``, ``[roles]``,
``[sources]``, ``[publisher]`` and ``[pronouns]``; the shapes they are put into are here, next to the
modules that use them (mentions, publisher, institutions, sources, resolution). The patterns that find
the publisher itself are compiled in :mod:`.publisher_rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas.enums import ActorKind

from .actor_rules_orgs import organisation_fields
from .actor_rules_sources import source_fields
from .actor_shapes import APOS, CAP, WORDCHARS, compound
from .actor_shapes import FAMILY as FAMILY  # re-exported for frames.py
from .lexicon import Lexicon
from .lexicon.patterns import alt


@dataclass(frozen=True, slots=True)
class Rules:
    # names
    function_words: frozenset[str]
    connectors: frozenset[str]
    articles: re.Pattern[str]
    definite_articles: frozenset[str]
    name_articles: frozenset[str]
    and_words: frozenset[str]
    abbreviations: frozenset[str]
    titles: frozenset[str]
    acronym_stop: frozenset[str]
    postnominal: frozenset[str]
    title_of: frozenset[str]
    org_name: re.Pattern[str]
    time_words: frozenset[str]
    month_abbreviations: frozenset[str]
    split_connectors: frozenset[str]
    compound_kinds: tuple[tuple[ActorKind, re.Pattern[str]], ...]
    compound_title: re.Pattern[str] | None
    capitalised_nouns: bool
    descriptor_compound: re.Pattern[str] | None
    determiner_before: re.Pattern[str]
    determined_word: re.Pattern[str]
    not_person_before: re.Pattern[str]
    not_name_endings: tuple[str, ...]
    article_before: re.Pattern[str]
    postposed_name: re.Pattern[str]
    postnominal_after: re.Pattern[str]
    lc_complement: re.Pattern[str]
    lc_qualified_nouns: frozenset[str]
    spelt_out_before: re.Pattern[str]
    number_words: frozenset[str]
    elision: re.Pattern[str]
    # places
    countries: frozenset[str]
    country_acronyms: frozenset[str]
    country_keys: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    demonym_shape: re.Pattern[str]
    geo_words: frozenset[str]
    country_words: frozenset[str]
    place_nouns: frozenset[str]
    place_of: frozenset[str]
    place_after: re.Pattern[str]
    locatives: frozenset[str]
    jurisdiction_before: re.Pattern[str]
    country_possession: re.Pattern[str]
    # organisations
    media: frozenset[str]
    media_words: frozenset[str]
    media_first_words: frozenset[str]
    media_noun_before: re.Pattern[str]
    quoted_name_after: re.Pattern[str]
    government_words: frozenset[str]
    military_words: frozenset[str]
    intelligence_words: frozenset[str]
    org_words: frozenset[str]
    corporate_words: frozenset[str]
    institution_words: frozenset[str]
    union_first_words: frozenset[str]
    platforms: frozenset[str]
    org_after: re.Pattern[str]
    business_after: re.Pattern[str]
    org_appositive: re.Pattern[str]
    org_descriptor_before: re.Pattern[str]
    thing_relative_after: re.Pattern[str]
    generic_nouns: dict[str, tuple[ActorKind, ...]]
    lc_kinds: dict[str, ActorKind]
    institution_owners: frozenset[str]
    institution: re.Pattern[str]
    owner_pronoun: re.Pattern[str]
    institution_intelligence: tuple[str, ...]
    institution_military: re.Pattern[str]
    institution_officials: tuple[str, ...]
    lc_institution: re.Pattern[str]
    named_lc_institution: re.Pattern[str]
    armed_group: re.Pattern[str]
    government_of: re.Pattern[str]
    described_nouns: frozenset[str]
    office_words: frozenset[str]
    authority_words: frozenset[str]
    academic_words: frozenset[str]
    workplace_before: re.Pattern[str]
    # roles
    role_nouns: frozenset[str]
    source_nouns: frozenset[str]
    more_sources: frozenset[str]
    compound_heads: tuple[str, ...]
    person_heads: frozenset[str]
    group_noun: re.Pattern[str]
    group_post: re.Pattern[str]
    group_verb: re.Pattern[str]
    not_premodifiers: frozenset[str]
    not_premodifier_ending: re.Pattern[str]
    group_skip_before: re.Pattern[str]
    appositive_after: re.Pattern[str]
    appositive_not_roles: frozenset[str]
    appositive_relatives: tuple[str, ...]
    appositive_articles: frozenset[str]
    appositive_article: re.Pattern[str]
    appositive_article_initial: re.Pattern[str]
    role_preposition: re.Pattern[str]
    role_head_split: re.Pattern[str]
    first_name: re.Pattern[str]
    role_before: re.Pattern[str]
    finite_words: frozenset[str]
    # sources
    np_cut: re.Pattern[str]
    partitive: re.Pattern[str]
    anonymous: re.Pattern[str]
    anonymous_alone: frozenset[str]
    anonymous_adjectives: frozenset[str]
    calling_itself: re.Pattern[str]
    gang: re.Pattern[str]
    document: re.Pattern[str]
    indefinite_role: re.Pattern[str]
    named_later_preposition: re.Pattern[str]
    governing_body: re.Pattern[str]
    clausal: re.Pattern[str]
    not_np_start: frozenset[str]
    prepositions: frozenset[str]
    definite: re.Pattern[str]
    subject_trailer: re.Pattern[str]
    reflexives: frozenset[str]
    lead_determiners: frozenset[str]
    person_after: re.Pattern[str]
    thing_after: re.Pattern[str]
    relative_cut: re.Pattern[str]
    long_cut: re.Pattern[str]
    head_article: re.Pattern[str]
    role_article: re.Pattern[str]
    possessive: re.Pattern[str]
    military_source: re.Pattern[str]
    intelligence_stems: tuple[str, ...]
    government_source: re.Pattern[str]
    media_source: re.Pattern[str]
    group_source: re.Pattern[str]
    person_source: re.Pattern[str]
    cue_verbs_after: str
    cue_after: re.Pattern[str]
    complementizer: re.Pattern[str]
    # publisher (the patterns that find the outlet itself are in publisher_rules.py)
    outlet_after: re.Pattern[str]
    # pronouns
    pronouns_person: frozenset[str]
    negative_pronoun_after: tuple[str, ...]
    impersonal_pronouns: frozenset[str]
    pronouns_thing: frozenset[str]
    pronouns_plural: frozenset[str]

    def is_source_noun(self, word: str) -> bool:
        """ "officials", "spokesperson", "lawyers", "residents'": a noun a source phrase can have."""
        w = _ELIDED.sub("", word.lower()).strip(".,;:\u2019'")  # "l\u2019association": the noun after its article
        if w.endswith("\u2019s") or w.endswith("'s"):
            w = w[:-2]
        known = (self.source_nouns, self.more_sources, self.role_nouns)
        if any(w in s for s in known) or (w.endswith("s") and any(w[:-1] in s for s in known)):
            return True
        return len(w) > 6 and w.endswith(self.compound_heads) if self.compound_heads else False

    def people_head(self, head: str) -> ActorKind | None:
        """ "person" when a phrase's head is a person's role ("spokesperson", "Sprecher", "agent"), "group"
        when it is people in the plural ("officials", "employees", "sources"), else None."""
        for word in head.lower().split():
            w = word.strip(".,;:")
            if self.person_noun(w):
                return "person"
            if self.group_source.fullmatch(w) or (w.endswith("s") and self.person_noun(w[:-1])):
                return "group"
        return None

    def person_noun(self, w: str) -> bool:
        return (
            w in self.role_nouns
            or w in self.person_heads
            or bool(self.person_source.fullmatch(w))
            or (self.compound_title is not None and bool(self.compound_title.fullmatch(w)))
        )

    def compound_kind(self, word: str) -> ActorKind | None:
        """ "Wasserschutzpolizei" -> government: the kind of the kind word a compound ends with."""
        for kind, pattern in self.compound_kinds:
            if pattern.fullmatch(word):
                return kind
        return None

    def is_title(self, word: str) -> bool:
        """ "Ministerin", and in a compounding language "Bundesinnenministerin", "Sicherheitsexperte"."""
        return word in self.titles or (self.compound_title is not None and bool(self.compound_title.fullmatch(word)))

    def role_has_noun(self, role: str) -> bool:
        return any(
            w.lower().rstrip("s") in self.role_nouns or w.lower() in self.role_nouns for w in WORDCHARS.findall(role)
        )


_ELIDED = re.compile(r"^[ldjnmstc][\u2019'](?=\w)")


def _build(lex: Lexicon) -> Rules:
    n, p, o, r, t = lex.names, lex.places, lex.organisations, lex.roles, lex.time
    common_determiners = n.common_determiners
    if n.capitalised_nouns:
        common_determiners = (*n.articles, *n.definite_articles, *n.common_determiners)
    return Rules(
        function_words=frozenset(n.function_words),
        connectors=frozenset(n.connectors),
        articles=re.compile(rf"^(?:{alt(n.articles)}\s+|{alt(n.elided_articles)}(?=\w))", re.IGNORECASE),
        definite_articles=frozenset(n.definite_articles),
        name_articles=frozenset(n.name_articles),
        and_words=frozenset(n.and_words),
        abbreviations=frozenset(n.abbreviations),
        titles=frozenset(n.titles),
        acronym_stop=frozenset(n.acronym_stop),
        postnominal=frozenset(n.postnominal),
        title_of=frozenset(n.title_of),
        org_name=re.compile(rf"\s{alt(n.org_name_words)}\s"),
        time_words=frozenset([*t.months, *t.month_abbreviations, *t.weekdays, *t.holidays]),
        month_abbreviations=frozenset(t.month_abbreviations) - frozenset(t.months),
        split_connectors=frozenset(n.split_connectors),
        compound_kinds=(
            (
                ("media", compound(o.media_words)),
                ("intelligence", compound(o.intelligence_words)),
                ("military", compound(o.military_words)),
                ("government", compound(o.government_words, n.compound_exceptions)),
                ("organization", compound((*o.org_words, *o.corporate_words), n.compound_exceptions)),
            )
            if n.compound_kinds
            else ()
        ),
        compound_title=compound((*n.titles, *r.role_nouns)) if n.compound_kinds else None,
        capitalised_nouns=n.capitalised_nouns,
        descriptor_compound=compound(o.appositive_nouns) if n.capitalised_nouns else None,
        # "die Polizei", "la préfecture", "l’ARS": the article written before an institution's name
        determiner_before=re.compile(
            rf"(?<!\w)(?:{alt((*n.articles, *n.definite_articles), initial=True)}\s+"
            rf"|{alt(n.elided_articles, initial=True)})$"
        ),
        # "die Zahl", "ein Vorfall", "the Tavish Republic": a capitalised word used as a common noun
        # (German, every noun capitalised) also past one lower-case adjective: "die kommende Woche"
        determined_word=re.compile(
            rf"(?<!\w)(?:{alt(common_determiners, initial=True)})\s+"
            + (r"(?:[^\W\d_A-ZÄÖÜ][\w-]*\s+)?" if n.capitalised_nouns else "")
            + r"([^\W\d_][\w-]*)"
        ),
        not_name_endings=tuple(n.not_name_endings),
        not_person_before=re.compile(rf"(?<!\w)(?:{alt(n.name_prepositions, initial=True)})\s+$"),
        # "le parquet de Lauzières": a lower-case institution with the place it serves after it
        postposed_name=re.compile(
            rf"\s+(?:{alt(n.name_prepositions)})\s+(?:(?:{alt(n.articles)})\s+|{alt(n.elided_articles)})?"
            rf"{CAP}[\w\u2019'-]*(?:[ \t-](?:{alt((*n.name_prepositions, *n.articles))}[ \t])?"
            rf"{CAP}[\w\u2019'-]*)*"
        ),
        # "la fédération départementale de pêche", "l’opposition municipale": adjectives after the noun
        lc_qualified_nouns=frozenset(o.lc_qualified_nouns),
        postnominal_after=re.compile(rf"(?:\s+{alt(n.postnominal)}\b)+"),
        # "(la direction régionale) des douanes": a lower-case complement, no article
        lc_complement=re.compile(
            rf"\s+{alt(n.name_prepositions)}\s+(?!{alt(n.articles)}\b)[^\W\d_A-Z][\w-]*\b(?![\u2019'])"
        ),
        spelt_out_before=re.compile(
            rf"(?<!\w)(?:{alt((*n.articles, *n.definite_articles), initial=True)})\s+"
            r"(?P<np>[^\W\d_][\w\u2019'-]*(?:\s+[\w\u2019'-]+){0,7}?)$"
        ),
        article_before=re.compile(rf"(?<!\w)(?:{alt((*n.articles, *n.definite_articles), initial=True)})\s+$"),
        number_words=frozenset(w.lower() for w in (*lex.quantities.number_words, *lex.quantities.scales)),
        elision=re.compile(rf"{alt(n.elisions, initial=True)}(?=\w)"),
        countries=frozenset(p.countries),
        country_acronyms=frozenset(p.country_acronyms),
        country_keys=dict(p.country_keys),
        capitals=dict(p.capitals),
        demonyms=dict(p.demonyms),
        demonym_shape=re.compile(rf"[A-Z][a-z]+{alt(p.demonym_suffixes)}"),
        geo_words=frozenset(p.geo_words),
        country_words=frozenset(p.country_words),
        place_nouns=frozenset(p.place_nouns),
        place_of=frozenset(p.place_of),
        place_after=re.compile(rf"\s+{alt(p.place_after)}\b"),
        locatives=frozenset(p.locatives),
        jurisdiction_before=re.compile(rf"\b[Tt]he\s+{alt(p.jurisdictions)}\s+$"),
        country_possession=re.compile(rf"{APOS}s\s+(?:[a-z]+\s+)?{alt(p.country_possessions)}"),
        **organisation_fields(lex),
        **source_fields(lex),
    )


def rules(lex: Lexicon) -> Rules:
    """The actor rules of ``lex``'s language (compiled on first use)."""
    return lex.compiled(_build)
