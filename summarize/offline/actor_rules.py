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

from .actor_shapes import APOS, CAP, WORDCHARS, compound, ends
from .actor_shapes import FAMILY as FAMILY  # re-exported for frames.py
from .lexicon import Lexicon
from .lexicon.patterns import alt, alt_bare


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
    n, p, o, r, s, pub, pro, t = (
        lex.names,
        lex.places,
        lex.organisations,
        lex.roles,
        lex.sources,
        lex.publisher,
        lex.pronouns,
        lex.time,
    )
    common_determiners = n.common_determiners
    if n.capitalised_nouns:
        common_determiners = (*n.articles, *n.definite_articles, *n.common_determiners)
    lc_noun = rf"(?P<noun>{alt_bare(o.lc_institution_nouns)})"
    lc_premod = rf"(?:(?!{alt(o.lc_not_modifiers)})[a-z][a-z-]+\s+){{0,2}}"
    inst_noun = rf"(?:{alt_bare(o.institution_nouns)}|(?:[a-z-]+\s+){{0,2}}{alt(o.unit_words)})"
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
        media=frozenset(o.media_outlets),
        media_words=frozenset(o.media_words),
        media_first_words=frozenset(o.media_first_words),
        # "the newspaper Dagsposten", "des Magazins „Lagebild“": an outlet's name after a noun of its kind
        media_noun_before=re.compile(rf"\b{alt(o.media_nouns_before)}\s+[\u201e\u201c\u00ab\"]?\s*$"),
        quoted_name_after=re.compile(r"\s+[\u201e\u201c\u00ab\"]\s*[A-Z\u00c0-\u00de]"),
        government_words=frozenset(o.government_words),
        military_words=frozenset(o.military_words),
        intelligence_words=frozenset(o.intelligence_words),
        org_words=frozenset(o.org_words),
        corporate_words=frozenset(o.corporate_words),
        institution_words=frozenset(o.institution_words),
        union_first_words=frozenset(o.union_first_words),
        platforms=frozenset(o.platforms),
        org_after=re.compile(rf"\s+{alt(o.org_after)}\b"),
        business_after=re.compile(rf"\s+{alt(o.business_after)}\b"),
        # "Orlek Coaches, a local operator": not "X, the federation said" (the subject of an inverted cue),
        # "X, the agency's director", "X, a former team captain"
        org_appositive=re.compile(
            rf",\s+{alt(r.appositive_articles)}\s+(?:[a-z-]+\s+){{0,3}}{alt(o.appositive_nouns)}\b"
            rf"(?![\u2019']s|\s+(?:{alt_bare((*r.role_nouns, *r.person_heads))})\b"
            rf"|\s+(?:\w+\s+)?{alt(s.cue_verbs_after)}\b)"
        ),
        # "the battery maker Norrvik Cells", "The promoter, Lanternhouse Live,", "l’association de défense de
        # l’environnement Sirande Vivante": a name after a noun of its kind
        org_descriptor_before=re.compile(
            rf"(?<!\w)(?:{alt(o.appositive_nouns, initial=True)})(?:\s+{alt(o.descriptor_adjectives)})?"
            rf"(?:\s+(?:{alt(o.descriptor_joiners)})\s+[\w\u2019' -]{{1,40}}?)?,?\s+$"
        ),
        thing_relative_after=re.compile(rf",\s+{alt(s.thing_relatives)}\b"),
        generic_nouns=dict(o.generic_nouns),
        lc_kinds=dict(o.lc_kinds),
        institution_owners=frozenset(o.institution_owners),
        institution=re.compile(
            rf"(?P<owner>(?:[Tt]he\s+)?(?:(?:[A-Z]\.){{2,}}|[A-Z][\w-]*)(?:\s+(?:[A-Z]\.){{2,}}|\s+[A-Z][\w-]*){{0,2}}"
            rf"(?P<poss>{APOS}s)?|{alt(o.owner_pronouns)}\s+country{APOS}s)\s+"
            rf"(?P<inst>(?:{alt(o.institution_modifiers)}\s+)?{inst_noun})\b",
            re.UNICODE,
        ),
        owner_pronoun=re.compile(rf"{alt(o.owner_pronouns)}\s"),
        institution_intelligence=o.institution_intelligence,
        institution_military=re.compile(alt(o.institution_military)),
        institution_officials=o.institution_officials,
        lc_institution=re.compile(
            rf"(?:\b{alt(o.lc_determiners, initial=True)}\s+|(?<!\w){alt(n.elided_articles, initial=True)})"
            rf"(?P<np>{lc_premod}{lc_noun})\b"
            rf"|\b(?P<np2>{alt_bare(o.party_phrases)})\b",
            re.UNICODE,
        ),
        # "the Westhollow city council", "the Belmarch commerce ministry", "the mayor's office": a name or a
        # possessive role before a lowercase institution noun
        named_lc_institution=re.compile(
            rf"\b[Tt]he\s+(?P<np>(?:(?:[A-Z][\w-]*\s+){{1,3}}|[a-z]+[\u2019']s\s+){lc_premod}{lc_noun})\b", re.UNICODE
        ),
        armed_group=re.compile(
            rf"\b(?P<adj>{alt_bare(o.group_adjectives)}|pro-[A-Z][\w-]*|anti-[\w-]+)\s+(?P<noun>{alt_bare(o.group_nouns)})\b",
            re.UNICODE,
        ),
        government_of=re.compile(
            rf"\b(?:[Tt]he\s+)?{alt(o.government_of)}\s+of\s+(?P<x>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})"
        ),
        described_nouns=frozenset(o.described_nouns),
        office_words=frozenset(o.office_words),
        authority_words=frozenset(o.authority_words),
        academic_words=frozenset(o.academic_words),
        workplace_before=re.compile(
            rf"\b{alt(r.workplace_prepositions)}\s+(?:{alt((*n.articles, *n.definite_articles), initial=True)}\s+)?$"
        ),
        role_nouns=frozenset(r.role_nouns),
        source_nouns=frozenset(r.source_nouns),
        more_sources=frozenset(r.more_sources),
        compound_heads=tuple(r.compound_heads),
        person_heads=frozenset(r.person_heads),
        group_noun=re.compile(rf"\b(?i:{alt(r.group_nouns)})\b", re.UNICODE),
        group_post=re.compile(
            rf"\s+{alt(r.group_post_prepositions)}\s+(?:the\s+)?"
            r"(?:[A-Z][\w\u2019'-]*(?:\s+(?:and\s+the\s+|of\s+(?:the\s+)?|and\s+)?[A-Z][\w\u2019'-]*){0,3}|"
            r"[a-z]+[\u2019']s\s+[a-z]+)",
            re.UNICODE,
        ),
        # what makes a plural noun phrase an actor: it is the subject of a verb, or the agent of a passive
        group_verb=re.compile(rf"\s+(?:{alt_bare(r.group_verbs)}|[a-z]{{3,}}ed)\b"),
        not_premodifiers=frozenset(r.not_premodifiers),
        not_premodifier_ending=re.compile(rf"{alt(r.not_premodifier_endings)}$"),
        group_skip_before=re.compile(rf"(?:\b{alt(r.group_skip_before)}|\d)\s+$", re.IGNORECASE),
        appositive_after=re.compile(
            rf",\s+(?P<app>(?:{alt_bare(r.appositive_openers)}|[a-z][\w-]*|[A-Z][\w-]*[\u2019']s|"
            rf"(?:[A-Z][\w.-]*\s+){{1,3}}{alt(r.appositive_titles)})\b[^,;:\u201c\u201d\"()]{{2,180}}?)"
            rf"(?=,|(?<![A-Z])\.(?:\s|$)|\s+{alt(r.appositive_verbs)}\b)",
            re.UNICODE,
        ),
        appositive_not_roles=frozenset(r.appositive_not_roles),
        appositive_relatives=r.appositive_relatives,
        appositive_articles=frozenset(r.appositive_articles),
        appositive_article=re.compile(rf"^{alt(r.appositive_articles)}\s+"),
        appositive_article_initial=re.compile(rf"^{alt(r.appositive_articles, initial=True)}\s+"),
        role_preposition=re.compile(rf"\b{alt(r.role_prepositions)}\b"),
        role_head_split=re.compile(rf"\s+{alt(r.role_head_prepositions)}\s+"),
        # "The director of the development office, Julian Strand", "le maire de la commune, Paul Rey": a role
        # before the name, in a comma apposition
        finite_words=frozenset(w.lower() for w in lex.attributions.finite_words),
        role_before=re.compile(
            rf"(?:^|[,;:.]\s+|\n|\b{alt(n.and_words)}\s+|(?<=\s))(?P<role>(?:[A-Z][\w-]*[\u2019']s|"
            rf"{alt((*n.articles, *n.definite_articles, *s.indefinites, *r.possessive_determiners), initial=True)}"
            r"|[A-Z][\w-]*)\s+"
            r"[^,;:.\n]{0,80}?),\s+$",
            re.UNICODE,
        ),
        # "A passenger who gave only her first name, Ingrid, said": the one-word name of an unnamed person
        first_name=re.compile(
            rf"\b{alt(r.first_name_indefinites, initial=True)}\s+(?P<np>[a-z][^,.;:\u201c\u201d\"]{{2,80}}?),\s+"
            rf"(?P<name>[A-Z][a-z\u00e0-\u00ff'-]+),\s+(?=(?:{alt_bare(r.first_name_followers)}|\w+ed)\b)"
        ),
        np_cut=re.compile(rf"\s+{alt(s.np_cut)}\b.*$", re.UNICODE | re.DOTALL),
        partitive=re.compile(
            rf"{alt(s.partitive_quantifiers)}\s+of\s+(?:{alt_bare(s.partitive_determiners)}|[A-Z][\w-]*[\u2019']s)\s+(?=\w)",
            re.IGNORECASE,
        ),
        anonymous=re.compile(
            rf"^(?:{alt(s.anonymous_starts)}\b|\b{alt(s.anonymous_nouns)}\b)|\b{alt(s.anonymous_words)}\b",
            re.IGNORECASE | re.UNICODE,
        ),
        anonymous_alone=frozenset(s.anonymous_alone),
        anonymous_adjectives=frozenset(s.anonymous_adjectives),
        calling_itself=re.compile(
            rf"(?:[Aa]n?|[Tt]he)\s+(?P<desc>(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+{alt(s.self_names)}\s+"
            r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
        ),
        gang=re.compile(rf"\b{alt(s.gang_words)}\b"),
        document=re.compile(
            rf"{alt(s.statement_determiners)}\s+(?:{alt(s.statement_modifiers)}\s+)?{alt(s.statements)}"
            rf"(?:\s+{alt(s.release_verbs)}\b[^,;]*)?$",
            re.IGNORECASE,
        ),
        indefinite_role=re.compile(
            rf"{alt(s.indefinites, initial=True)}\s+(?:{alt(s.role_modifiers)}\s+)?(?P<noun>[a-z]+)\b"
        ),
        named_later_preposition=re.compile(rf"\b{alt(s.named_later_prepositions)}\b"),
        governing_body=re.compile(
            rf"{alt(s.governing_owners)}\s+(?P<noun>{alt_bare(s.governing_bodies)})", re.IGNORECASE
        ),
        clausal=re.compile(rf"\b{alt(s.clausal)}\b", re.IGNORECASE),
        not_np_start=frozenset(s.not_np_start),
        prepositions=frozenset(s.prepositions),
        definite=re.compile(
            rf"^{alt(n.definite_articles, initial=True)}(?:\s+|(?<=['\u2019]))(?:{alt(s.definite_modifiers)}\s+)?"
            # "das Unternehmen": a language that capitalises its nouns writes them so after the article too
            rf"(?P<noun>[a-zà-öø-ÿ-]+(?:\s+[a-zà-öø-ÿ-]+)?{'|[A-ZÄÖÜ][a-zäöüß-]+' if n.capitalised_nouns else ''})$"
        ),
        subject_trailer=re.compile(rf"\s+{alt(s.subject_trailers)}$"),
        reflexives=frozenset(s.reflexives),
        lead_determiners=frozenset(s.lead_determiners),
        person_after=re.compile(rf"\b{alt(s.person_after)}\b"),
        thing_after=re.compile(rf"\b{alt(s.thing_after)}\b"),
        relative_cut=re.compile(rf",\s+{alt(s.relative_cut)}\b"),
        long_cut=re.compile(
            rf",|\s+and\s+{alt(s.long_relatives)}\b|\s+{alt(s.long_relatives)}\s+{alt(s.long_notes)}\b"
        ),
        head_article=re.compile(rf"^{alt(s.head_articles, initial=True)}\s+"),
        role_article=re.compile(rf"^{alt(s.role_articles, initial=True)}\s+"),
        possessive=re.compile(rf"{alt(s.possessives)}\s", re.IGNORECASE),
        military_source=re.compile(f"{alt_bare(s.military_stems)}|{ends(s.military_words)}"),
        intelligence_stems=s.intelligence_stems,
        government_source=re.compile(alt(s.government_stems)),
        media_source=re.compile(alt(s.media_stems)),
        group_source=re.compile(rf"\b{alt(s.group_words)}\b"),
        person_source=re.compile(rf"\b{alt(s.person_words)}\b"),
        cue_verbs_after=alt(s.cue_verbs_after),
        cue_after=re.compile(rf"\s+(?:\w+\s+)?{alt(s.cue_verbs_after)}\b"),
        complementizer=re.compile(rf"{alt(lex.claims.complementizers)}\s+(?=\S)"),
        outlet_after=re.compile(rf"\s+{alt(pub.outlet_verbs)}\b"),
        pronouns_person=frozenset(pro.person),
        negative_pronoun_after=tuple(s.negative_pronoun_after),
        impersonal_pronouns=frozenset(pro.impersonal),
        pronouns_thing=frozenset(pro.thing),
        pronouns_plural=frozenset(pro.plural),
    )


def rules(lex: Lexicon) -> Rules:
    """The actor rules of ``lex``'s language (compiled on first use)."""
    return lex.compiled(_build)
