"""The organisations' and roles' part of the actor rules (:class:`.actor_rules.Rules`): institutions, outlets,
armed groups, descriptors before a name, role nouns and appositions, compiled from the lexicon's
``[organisations]`` and ``[roles]``."""

from __future__ import annotations

import re
from typing import Any

from .actor_shapes import APOS
from .lexicon import Lexicon
from .lexicon.patterns import alt, alt_bare


def organisation_fields(lex: Lexicon) -> dict[str, Any]:
    """The fields of :class:`.actor_rules.Rules` under "# organisations" and "# roles"."""
    n, o, r, s = lex.names, lex.organisations, lex.roles, lex.sources
    lc_noun = rf"(?P<noun>{alt_bare(o.lc_institution_nouns)})"
    lc_premod = rf"(?:(?!{alt(o.lc_not_modifiers)})[a-z][a-z-]+\s+){{0,2}}"
    inst_noun = rf"(?:{alt_bare(o.institution_nouns)}|(?:[a-z-]+\s+){{0,2}}{alt(o.unit_words)})"
    return dict(
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
    )
