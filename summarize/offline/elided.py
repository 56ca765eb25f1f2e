"""A conjunct whose head noun the article leaves out ("Soldiers are training ... and 10,000 will be
dispatched"), given the noun back so that its statement stands alone."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .statements import embedded

_FIGURE = re.compile(r"\d[\d,.\u202f\u00a0]*$")


def with_elided_head(statement: str, before: str, lex: Lexicon, common: frozenset[str] | None = None) -> str:
    """A conjunct that opens on a bare figure ("10,000 will be dispatched") after a coordinator takes the
    head noun of the conjunct before it ("Soldiers are training ... and 10,000 will be dispatched" ->
    "10,000 soldiers will be dispatched"); else ``statement`` unchanged."""
    p = lex.prose
    auxiliaries = {k.lower() for k in p.question_auxiliaries}
    words = statement.split()
    if len(words) < 3 or not _FIGURE.match(words[0]) or words[1].lower() not in auxiliaries:
        return statement
    lead = before.rstrip().split()
    if not lead or lead[-1].lower().strip(",") not in p.elided_head_coordinators:
        return statement
    subject: list[str] = []
    for word in lead[:-1]:
        if word.lower() in auxiliaries or word.endswith((",", ";", ":")):
            break
        subject.append(word)
    else:
        return statement  # no verb in the conjunct before: no subject to borrow
    numbers = lex.quantities.number_words
    while subject and (_FIGURE.match(subject[0]) or subject[0].lower() in (*p.name_articles, *numbers)):
        subject = subject[1:]  # "Five people were killed and 20 ...": the noun, not its figure
    head = subject[-1].lower() if subject else ""
    if not subject or len(subject) > 4 or not head.endswith("s") or not head.isalpha():
        return statement
    noun = embedded(" ".join(subject), lex, common)
    return f"{words[0]} {noun} {' '.join(words[1:])}"
