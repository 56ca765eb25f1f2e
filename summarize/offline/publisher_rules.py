"""The publisher's vocabulary for one language, compiled once: the patterns that find the outlet that
wrote the article (a byline or masthead line, "told the X", "seen by the X", "dieser Zeitung").

The words come from the lexicon's ``[publisher]``; :mod:`.publisher` uses them. Whether a name is cited as
reporting elsewhere (``outlet_after``) is the actors' concern and stays in :mod:`.actor_rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actor_shapes import OUTLET, uoutlet
from .lexicon import Lexicon
from .lexicon.patterns import alt


@dataclass(frozen=True, slots=True)
class PublisherRules:
    byline: re.Pattern[str]
    publisher_before: re.Pattern[str]
    publisher_after: re.Pattern[str]
    cited_before: re.Pattern[str]
    reports_after: re.Pattern[str]
    self_reference: re.Pattern[str]
    masthead_line: re.Pattern[str]
    byline_short: re.Pattern[str]
    byline_roles: frozenset[str]


def _build(lex: Lexicon) -> PublisherRules:
    pub = lex.publisher
    return PublisherRules(
        byline=re.compile(
            rf"^[ \t]*{alt(pub.byline_words)}[ \t]+[A-Z][^,\n]{{1,60}},[^,\n]{{1,60}},[ \t]*{OUTLET}[ \t]*$",
            re.MULTILINE,
        ),
        # "told the X", "bestätigte dem „X“": the outlet after its cue, an opening quotation mark allowed
        publisher_before=re.compile(rf"\b{alt(pub.before_cues)}\s+(?:[Tt]he\s+)?[\u201e\u201c\u00ab\"]?\s*$"),
        publisher_after=re.compile(
            rf"(?:[\u2019']s\s+(?:own\s+)?{alt(pub.own_work)}\b|\s+{alt(pub.after_auxiliaries)}\s+"
            rf"(?:{alt(pub.after_adverbs)}\s+)*(?:been\s+)?{alt(pub.after_verbs)}\b|\s+{alt(pub.asking_verbs)}\s+[A-Z])"
        ),
        cited_before=re.compile(rf"\b{alt(pub.cited_cues, initial=True)}\b[^.;]{{0,60}}$"),
        reports_after=re.compile(rf"\s+(?:\w+\s+)?{alt(pub.reporting_verbs)}\b"),
        self_reference=re.compile(rf"\b{alt(pub.self_references, initial=True)}\b"),
        # "L'Éclaireur du Vireux | Publié le 6 mars", "Por Ana Ruiz | El Mirador del Sur", "Redacción / Diario X"
        masthead_line=re.compile(
            rf"^[ \t]*(?:{uoutlet('pub')}[ \t]+\|[ \t]+{alt(pub.published_words)}\b"
            rf"|(?:{alt(pub.byline_words)}[ \t]+[^|/\n]{{2,60}}?|{alt(pub.desk_words)})"
            # "By Jane Doe | The Daily Lamp | Updated 5 p.m.": what follows the outlet's cell is no part of it
            rf"[ \t]+[|/][ \t]+{uoutlet('pub2')}(?:[ \t]+\|[ \t]+[^|\n]*)*[ \t]*$)",
            re.MULTILINE,
        ),
        # "By Jane Doe and John Roe, The Daily Lamp": one comma, then the outlet (or a role: "Business Reporter")
        byline_short=re.compile(
            rf"^[ \t]*{alt(pub.byline_words)}[ \t]+[A-Z][^,\n|]{{1,60}},[ \t]*{OUTLET}[ \t]*$", re.MULTILINE
        ),
        byline_roles=frozenset(pub.byline_roles),
    )


def rules(lex: Lexicon) -> PublisherRules:
    """The publisher rules of ``lex``'s language (compiled on first use)."""
    return lex.compiled(_build)
