"""The actor rules' vocabulary for one language, compiled once: sets for membership, patterns for shapes.

The words come from the lexicon's ``[names]``, ``[places]``, ``[organisations]``, ``[roles]``,
``[sources]``, ``[publisher]`` and ``[pronouns]``; the shapes they are put into are here, next to the
modules that use them (mentions, publisher, institutions, sources, resolution).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas.enums import ActorKind

from .lexicon import Lexicon
from .lexicon.patterns import alt, alt_bare

APOS = "[\u2019']"
DATELINE = re.compile(
    # "KORVEN, Tervane" / "ALDMOUTH, Nov 4" / "SAINT-AURÈLE, 4 décembre"
    r"^[ \t]*[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd .'/-]{2,40}(?:,[ \t]*[\w .'/-]{1,30}?)?"
    r"\s*\((?P<pub>[A-Z][\w .&-]{1,40})\)\s*[-\u2013\u2014]+\s*",
    re.MULTILINE,
)


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
    # places
    countries: frozenset[str]
    country_acronyms: frozenset[str]
    country_keys: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    demonym_shape: re.Pattern[str]
    geo_words: frozenset[str]
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
    # sources
    np_cut: re.Pattern[str]
    partitive: re.Pattern[str]
    anonymous: re.Pattern[str]
    anonymous_alone: frozenset[str]
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
    complementizer: re.Pattern[str]
    # publisher
    byline: re.Pattern[str]
    publisher_before: re.Pattern[str]
    publisher_after: re.Pattern[str]
    cited_before: re.Pattern[str]
    reports_after: re.Pattern[str]
    # pronouns
    pronouns_person: frozenset[str]
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

    def role_has_noun(self, role: str) -> bool:
        return any(
            w.lower().rstrip("s") in self.role_nouns or w.lower() in self.role_nouns for w in WORDCHARS.findall(role)
        )


WORDCHARS = re.compile(r"[^\W\d_]+", re.UNICODE)
_ELIDED = re.compile(r"^[ldjnmstc][\u2019'](?=\w)")
FAMILY = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w\u2019'-]+)\s+family")
OUTLET = r"(?P<pub>(?:The[ \t]+)?[A-Z][\w&.\u2019'-]*(?:[ \t]+[A-Z][\w&.\u2019'-]*){0,4})"


def _ends(words: tuple[str, ...]) -> str:
    """Each entry followed by a word boundary (an alternation that stays one group)."""
    return "|".join(rf"{re.escape(w)}\b" for w in words) or "(?!)"


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
    lc_noun = rf"(?P<noun>{alt_bare(o.lc_institution_nouns)})"
    lc_premod = rf"(?:(?!{alt(o.lc_not_modifiers)})[a-z][a-z-]+\s+){{0,2}}"
    inst_noun = rf"(?:{alt_bare(o.institution_nouns)}|(?:[a-z-]+\s+){{0,2}}{alt(o.unit_words)})"
    return Rules(
        function_words=frozenset(n.function_words),
        connectors=frozenset(n.connectors),
        articles=re.compile(rf"^{alt(n.articles)}\s+", re.IGNORECASE),
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
        countries=frozenset(p.countries),
        country_acronyms=frozenset(p.country_acronyms),
        country_keys=dict(p.country_keys),
        capitals=dict(p.capitals),
        demonyms=dict(p.demonyms),
        demonym_shape=re.compile(rf"[A-Z][a-z]+{alt(p.demonym_suffixes)}"),
        geo_words=frozenset(p.geo_words),
        place_nouns=frozenset(p.place_nouns),
        place_of=frozenset(p.place_of),
        place_after=re.compile(rf"\s+{alt(p.place_after)}\b"),
        locatives=frozenset(p.locatives),
        jurisdiction_before=re.compile(rf"\b[Tt]he\s+{alt(p.jurisdictions)}\s+$"),
        country_possession=re.compile(rf"{APOS}s\s+(?:[a-z]+\s+)?{alt(p.country_possessions)}"),
        media=frozenset(o.media_outlets),
        media_words=frozenset(o.media_words),
        media_first_words=frozenset(o.media_first_words),
        media_noun_before=re.compile(rf"\b{alt(o.media_nouns_before)}\s+$"),
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
        org_appositive=re.compile(
            rf",\s+{alt(r.appositive_articles)}\s+(?:[a-z-]+\s+){{0,3}}{alt(o.appositive_nouns)}\b"
        ),
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
            rf"\b{alt(o.lc_determiners, initial=True)}\s+(?P<np>{lc_premod}{lc_noun})\b"
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
        role_nouns=frozenset(r.role_nouns),
        source_nouns=frozenset(r.source_nouns),
        more_sources=frozenset(r.more_sources),
        compound_heads=tuple(r.compound_heads),
        person_heads=frozenset(r.person_heads),
        group_noun=re.compile(rf"\b(?i:{alt_bare(r.group_nouns)})\b", re.UNICODE),
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
            r"(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)$"
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
        military_source=re.compile(f"{alt_bare(s.military_stems)}|{_ends(s.military_words)}"),
        intelligence_stems=s.intelligence_stems,
        government_source=re.compile(alt(s.government_stems)),
        media_source=re.compile(alt(s.media_stems)),
        group_source=re.compile(rf"\b{alt(s.group_words)}\b"),
        person_source=re.compile(rf"\b{alt(s.person_words)}\b"),
        cue_verbs_after=alt(s.cue_verbs_after),
        complementizer=re.compile(rf"{alt(lex.claims.complementizers)}\s+(?=\S)"),
        byline=re.compile(
            rf"^[ \t]*{alt(pub.byline_words)}[ \t]+[A-Z][^,\n]{{1,60}},[^,\n]{{1,60}},[ \t]*{OUTLET}[ \t]*$",
            re.MULTILINE,
        ),
        publisher_before=re.compile(rf"\b{alt(pub.before_cues)}\s+(?:[Tt]he\s+)?$"),
        publisher_after=re.compile(
            rf"(?:[\u2019']s\s+(?:own\s+)?{alt(pub.own_work)}\b|\s+{alt(pub.after_auxiliaries)}\s+"
            rf"(?:{alt(pub.after_adverbs)}\s+)*(?:been\s+)?{alt(pub.after_verbs)}\b|\s+{alt(pub.asking_verbs)}\s+[A-Z])"
        ),
        cited_before=re.compile(rf"\b{alt(pub.cited_cues, initial=True)}\b[^.;]{{0,60}}$"),
        reports_after=re.compile(rf"\s+(?:\w+\s+)?{alt(pub.reporting_verbs)}\b"),
        pronouns_person=frozenset(pro.person),
        pronouns_thing=frozenset(pro.thing),
        pronouns_plural=frozenset(pro.plural),
    )


def rules(lex: Lexicon) -> Rules:
    """The actor rules of ``lex``'s language (compiled on first use)."""
    return lex.compiled(_build)
