"""Actors: people with their role appositives, organisations, governments, media, anonymous sources.

Every mention is a span of the article. Names come from capitalised chains classified by
keywords (ministry, institute, army, outlet words), a small gazetteer of countries and demonyms,
possessive institutions ("Lusenia's foreign ministry"), titles ("Defense Minister Jane Doe") and
appositives ("Jane Doe, a spokesperson for ..."). Noun phrases that act as sources ("unnamed
officials", "two diplomats briefed on the talks") become actors on demand, anonymous ones with
their description as role. Pronouns and short names resolve to the last fitting full mention.

The passes live in :mod:`.mentions` (capitalised names), :mod:`.people` (a name as a person's, with its
role, or as a body's), :mod:`.publisher`, :mod:`.institutions`, :mod:`.sources` and :mod:`.resolution`;
what a name's words tell (its kind, its country) is :mod:`.name_kinds`, where a name ends (its acronym, its
complement) :mod:`.name_extents`; their vocabulary is the lexicon's,
compiled by :mod:`.actor_rules` (and :mod:`.publisher_rules` for the outlet).

Resolution for other stages (read-only): :meth:`.ActorTable.resolve_pronoun` (a pronoun to the last fitting
actor), :func:`.resolution.antecedent` ("the ministry" to the body named so before), :func:`.sources.np_actor`
(a subject noun phrase to its actor, created on demand), :meth:`.ActorTable.occurrences` (the actors
mentioned inside a span) and :meth:`.ActorTable.listed` (the actors a briefing lists).
"""

from __future__ import annotations

from . import institutions, mentions, people, publisher, resolution
from .actor_shapes import FAMILY
from .actor_table import ActorRec, ActorTable, norm_key
from .actor_withheld import withheld_names
from .segment import Segmented
from .sources import np_actor


def build(seg: Segmented) -> ActorTable:
    table = ActorTable(seg)
    text = seg.text
    body = seg.body()
    publisher.find_by_dateline(table)
    # pass 1: capitalised chains
    for sent in body:
        for chain in mentions.chains(text, sent, table.r):
            mentions.classify_chain(table, sent, chain)
    people.not_people(table)
    people.first_word_bodies(table)
    people.crowd_bodies(table)
    mentions.jurisdiction_mentions(table)
    publisher.find_by_use(table)
    publisher.self_references(table)
    # pass 2: possessive and demonym institutions, generic groups, "the government of X"
    for sent in body:
        institutions.institutions(table, sent)
    # pass 3: aliases (surnames), shortened names of bodies, capital cities used for their country
    institutions.aliases(table, body)
    resolution.shortened_names(table)
    resolution.shortened_bodies(table)
    resolution.quoted_names(table)
    # pass 4: groups that act or are acted on ("Investors appeared unconvinced", "judged by investigators")
    for sent in body:
        institutions.groups(table, sent)
        institutions.first_names(table, sent)
        institutions.spokespeople(table, sent)
        withheld_names(table, sent)
    return table


__all__ = ["FAMILY", "ActorRec", "ActorTable", "build", "norm_key", "np_actor"]
