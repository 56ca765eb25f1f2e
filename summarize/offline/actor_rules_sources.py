"""The sources', publisher's and pronouns' part of the actor rules (:class:`.actor_rules.Rules`): the shapes of a
source phrase (anonymous, partitive, a document, a definite head), compiled from the lexicon's ``[sources]``,
``[publisher]`` and ``[pronouns]``."""

from __future__ import annotations

import re
from typing import Any

from .actor_shapes import ends
from .lexicon import Lexicon
from .lexicon.patterns import alt, alt_bare


def source_fields(lex: Lexicon) -> dict[str, Any]:
    """The fields of :class:`.actor_rules.Rules` under "# sources", "# publisher" and "# pronouns"."""
    n, s, pub, pro = lex.names, lex.sources, lex.publisher, lex.pronouns
    return dict(
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
