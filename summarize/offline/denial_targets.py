"""What a response answers: the claim it is a response to (its ``target``).

The target is the allegation about the same subject, actor or event as the response: the claim that
shares most content words with it, the one naming the respondent (the allegation is about the party
that responds), the nearest before it; never a claim of the respondent's own, and never merely the
first claim of the article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .spans import Span


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim a response may answer, as the target rule sees it."""

    id: str
    source: str | None  # the claim's source (an actor id), None for background
    quoted: bool  # the claim is someone's direct or indirect quotation
    evidence: Span
    para: int
    terms: frozenset[str]
    names_respondent: bool  # the claim's evidence names the responding party (or one of its people)
    accuses: bool = False  # the claim's evidence states an accusation ("der die FWO ... vorwirft")
    figured: bool = False  # the claim states a figure


def choose(
    candidates: Sequence[Candidate],
    by: str,
    evidence: Span,
    cue: Span,
    para: int,
    terms: frozenset[str],
    explicit: bool,
    central: bool = False,
    anaphoric: bool = False,
    figure: bool = False,
) -> Candidate | None:
    """The claim a response by ``by`` (its sentence ``evidence`` in paragraph ``para``, its content
    ``terms``) answers, or None. A claim counts when it shares two content words with the response, or
    names the respondent, or (for an explicit denial) is a quotation in the paragraph before with one
    shared word. Among them: most shared words first (two points each), then naming the respondent
    (three), being close (one) and attributed (one); on a tie the nearest before the response wins.
    When none counts, the nearest attributed claim before that names the respondent; else, if
    ``central``, the article's first claim (its central allegation) that is not the respondent's.
    A response that points back ("declined to comment on this", "dementierte den Bericht", ``anaphoric``)
    answers the claim just before it (five points, and it counts); an accusation inside the response's
    own sentence ("X, accused by Y of A, did not respond") is what it answers (six points). One that
    points back at a figure ("called the figure invented", ``figure``) answers the last claim before it
    in its paragraph or the one before that states a figure."""
    best: tuple[int, int] | None = None
    chosen: Candidate | None = None
    about: Candidate | None = None  # the nearest claim before that names the respondent
    lead: Candidate | None = None  # the article's first claim that is not the respondent's
    before = [
        c
        for c in candidates
        if c.source != by and c.evidence.start < evidence.start and not evidence.contains(c.evidence)
    ]
    last = before[-1] if before and 0 <= para - before[-1].para <= 1 else None
    if figure:
        figured = [c for c in before if c.figured and 0 <= para - c.para <= 1]
        if figured:
            return figured[-1]
    for c in candidates:
        inside = evidence.contains(c.evidence)  # "X denied A, a claim made by Y"
        if c.source == by or (c.evidence.start > evidence.start and not inside):
            continue
        accusation = inside and c.evidence.start < cue.end and c.accuses
        if inside and c.evidence.start < cue.end and not accusation:
            continue  # "X, which runs Y, denied": what the response says of the respondent, not an allegation
        if c.names_respondent and c.source is not None and not inside:
            about = c
        if lead is None and not inside:
            lead = c
        overlap = len(terms & c.terms)
        close = 0 <= para - c.para <= 1
        pointed = anaphoric and c is last
        eligible = (
            overlap >= 2
            or (c.names_respondent and c.source is not None and para - c.para <= 3)
            or (close and explicit and c.quoted and overlap >= 1)
            or pointed
            or accusation
        )
        if not eligible:
            continue
        score = overlap * 2 + (3 if c.names_respondent else 0) + (1 if close else 0) + (1 if c.source else 0)
        score += (5 if pointed else 0) + (6 if accusation else 0)
        rank = (score, c.evidence.start)
        if best is None or rank > best:
            best, chosen = rank, c
    # "Asked about the report, X said ...": no words in common, the allegation about X before it
    if chosen is None and about is None and central:
        return lead  # a response to no claim in particular answers the article's central allegation
    return chosen if chosen is not None else about


BARE_RESPONSE = 4  # content words under which a response's own sentence is bare


def response_terms(own: str, follow_ups: list[str], terms: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """The content words a response answers with: its own sentence's (and what it is about); its follow-up
    quotations' only when that sentence is bare ("X rejected the claims. '...,' he said.")."""
    mine = terms(own)
    return mine if len(mine) >= BARE_RESPONSE else terms(" ".join([own, *follow_ups]))


__all__ = ["BARE_RESPONSE", "Candidate", "choose", "response_terms"]
