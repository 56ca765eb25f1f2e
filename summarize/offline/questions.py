"""Open questions as a reader would ask them, written from the uncertainty's reason with the
lexicon's ``[prose]`` templates, never a statement pasted after "is it established that":

- figures that disagree: "How many <thing>: <X> or <Y>?";
- sources that contradict each other: "Whose account is right, that of <A> or that of <B>?";
- an allegation awaiting a response: "How does <actor> answer the account of <source>?";
- a claim that is hedged, unconfirmed, anonymous or about the future: its clause turned into a yes/no
  question by moving its finite auxiliary before its subject ("Veltrion would recall ..." -> "Will
  Veltrion recall ...?"); else the question names what would settle it (the figure, the source).

Every question stays under :data:`summarize.offline.readability.MAX_QUESTION_WORDS` words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import naming, statements
from .lexicon import Lexicon
from .readability import MAX_QUESTION_WORDS
from .statements import fill as _fill

if TYPE_CHECKING:
    from .uncertainties import ClaimView

_MAX_SUBJECT = 7
_MAX_THING = 6
_MAX_FIGURE = 8
_MAX_FIGURE_WORDS = 4


def _words(text: str) -> int:
    return len(text.split())


def _short(text: str, most: int) -> str:
    words = text.split()
    return " ".join(words[:most]).rstrip(",;:")


def _fits(question: str) -> str | None:
    return question if question and _words(question) <= MAX_QUESTION_WORDS else None


def _inverted(statement: str, lex: Lexicon, common: frozenset[str] | None) -> str | None:
    """A yes/no question from a clause: its first finite auxiliary moved before its subject, in the
    form the lexicon gives it ("would" -> "Will"); None when the clause has no such shape."""
    p = lex.prose
    table = {k.lower(): v for k, v in p.question_auxiliaries.items()}
    if not table:
        return None
    r = statements.rules(lex)
    words = statement.rstrip(" .!?…").split()
    for i, word in enumerate(words[: _MAX_SUBJECT + 1]):
        low = word.lower()
        if low in table and i > 0:
            subject = words[:i]
            if any(w.endswith((",", ";", ":")) or w.lower() in r.agree or w.lower() in table for w in subject):
                return None
            if any(w.lower() in lex.claims.complementizers for w in subject):
                return None  # "X reports that it is ...": a framed clause, its subject is not the frame
            if subject[0].lower() in r.final_words and subject[0].lower() not in r.lower:
                return None  # "If the estimate is right, ...": a subordinate clause, not a subject
            if any(w.lower().endswith(r.past) for w in subject[1:]):
                return None  # a verb before the auxiliary: not a plain subject
            rest = words[i + 1 :]
            end = next((n for n, w in enumerate(rest, 1) if w.endswith((";", ":"))), len(rest))
            rest = rest[:end]
            if not rest:
                return None
            if low in r.perfect and not (rest[0].lower() in r.agree or rest[0].lower().endswith(r.past)):
                return None  # "had 37 reports": a main verb, not an auxiliary
            head = statements.embedded(" ".join(subject), lex, common)
            opener = table[low]
            if low in p.inability_modals and rest[0].lower() in lex.negation.words:
                return None  # "X could not produce the records": an inability, not a hedge to ask about
            if low in p.hedged_question_modals:
                # The question asks what the hedge leaves open: "X may have been deployed" -> "Have X
                # been deployed?", "X could be sent" -> "Will X be sent?"; never "May X have been ...".
                opener, rest = _unhedged(low, subject, rest, lex)
            opener, rest = _without_likelihood(low, opener, rest, lex)
            if not rest:
                return None
            if low in p.backshifted_auxiliaries:
                rest = _without_condition(rest, lex)
            body = " ".join(rest)
            for n in range(len(rest), 0, -1):
                body = " ".join(rest[:n]).rstrip(",;:")
                question = f"{p.question_opener}{opener} {head} {body}{p.question_mark}"
                if _words(question) <= MAX_QUESTION_WORDS and (n == len(rest) or rest[n - 1].endswith(",")):
                    return question
            return None
        if word.endswith((",", ";", ":")):
            return None
    return None


def _without_likelihood(aux: str, opener: str, rest: list[str], lex: Lexicon) -> tuple[str, list[str]]:
    """The question asks the event, not its odds: "was (un)likely to be agreed" asks "Will ... be
    agreed?", a bare "was likely" is asked in the present ("Is ... likely?"), as the speaker meant it,
    and a hedging adverb after a modal is dropped ("would almost certainly run out" -> "Will ... run
    out?")."""
    p = lex.prose
    lowered = [w.lower().strip(",") for w in rest]
    for predicate in sorted(p.question_likelihood, key=len, reverse=True):
        n = len(predicate.split())
        if " ".join(lowered[:n]) == predicate and len(rest) > n:
            return p.question_likelihood[predicate], rest[n:]
    if aux in p.question_present_be:
        for adjective in sorted(p.likelihood_adjectives, key=len, reverse=True):
            n = len(adjective.split())
            if " ".join(lowered[:n]) != adjective:
                continue
            if len(rest) == n or rest[n - 1].endswith(",") or lowered[n] in lex.hedges.condition:
                return p.question_present_be[aux], rest  # "was likely (if ...)": the predicate itself
        return opener, rest  # "was almost certainly the result": the adverb holds up the predicate
    for adverb in sorted(p.question_dropped_adverbs, key=len, reverse=True):
        n = len(adverb.split())
        if " ".join(lowered[:n]) == adverb and len(rest) > n:
            return opener, rest[n:]
    return opener, rest


def _without_condition(rest: list[str], lex: Lexicon) -> list[str]:
    """A reported clause's condition is in the past of reported speech ("unless a convoy got through"),
    which a question in the present cannot keep: the question ends before it."""
    conditions = lex.hedges.condition
    for n, word in enumerate(rest):
        if n > 0 and word.lower() in conditions:
            return [*rest[: n - 1], rest[n - 1].rstrip(",")]
    return rest


def _unhedged(modal: str, subject: list[str], rest: list[str], lex: Lexicon) -> tuple[str, list[str]]:
    """The opener and the rest of a question that drops an epistemic modal: its perfect ("may have
    been") asks "Has/Have ...", anything else "Will ..."."""
    p = lex.prose
    if len(rest) > 1 and rest[0].lower() in p.question_perfects:
        head = subject[-1].lower()
        plural = len(subject) > 1 and any(w.lower() in p.plural_conjunctions for w in subject)
        plural = plural or (head.endswith("s") and not head.endswith(tuple(p.singular_s_endings)))
        return p.question_perfects[rest[0].lower()]["plural" if plural else "singular"], rest[1:]
    return p.hedged_question_modals[modal], rest


def _counts_a_thing(written: str, counts: str, lex: Lexicon) -> bool:
    """A figure that counts something a reader can name: a digit, and a counted noun that is neither a
    function word nor a month ("4 décembre" is a date)."""
    words = counts.split()
    if not any(ch.isdigit() for ch in written) or not words:
        return bool(written and counts == "unspecified" and any(ch.isdigit() for ch in written))
    first = words[0].lower()
    months = {m.lower() for m in lex.time.months}
    return first not in lex.names.function_words and first not in months


def _name(c: ClaimView | None, lex: Lexicon) -> str | None:
    return c.source_name if c is not None and c.source_name else None


def conflict(a: ClaimView, b: ClaimView | None, lex: Lexicon, common: frozenset[str] | None = None) -> str:
    """Two sources that contradict each other."""
    p = lex.prose
    first, second = _name(a, lex), _name(b, lex)
    if first and second and first != second:
        q = _fits(_fill(p.q_conflict, lex, a=first, b=second))
        if q:
            return q
    return about(a, ["conflicting_sources"], lex, common)


def figures(
    items: list[tuple[ClaimView, float | None, float | None, str, str]],
    lex: Lexicon,
    common: frozenset[str] | None = None,
) -> str:
    """Figures of one counted thing that disagree: "How many troops: 10,000 or 12,000?"."""
    p = lex.prose
    seen: list[str] = []
    thing = ""
    for _, lo, hi, written, counts in items:
        if written and (lo is not None or hi is not None) and written not in seen:
            seen.append(written)
            thing = thing or counts
    if len(seen) >= 2 and thing and all(_words(f) <= _MAX_FIGURE_WORDS for f in seen[:2]):
        a, b = (statements.embedded(f, lex, common) for f in seen[:2])
        q = _fits(_fill(p.q_figures, lex, thing=_short(thing, _MAX_THING), a=a, b=b))
        if q:
            return q
    return about(items[0][0], ["conflicting_sources"], lex, common)


def answer(by: str, target: ClaimView | None, lex: Lexicon) -> str:
    """An allegation awaiting a response from ``by``."""
    p = lex.prose
    source = _name(target, lex)
    allegation = _fill(p.allegation_of, lex, source=source) if source and source != by else p.the_allegation
    by = by if p.q_answer.startswith("{by}") else naming.mid_sentence(by, lex)
    return _fits(_fill(p.q_answer, lex, by=by, allegation=allegation)) or _fill(
        p.q_answer, lex, by=_short(by, 6), allegation=p.the_allegation
    )


def about(c: ClaimView, reasons: Sequence[str], lex: Lexicon, common: frozenset[str] | None = None) -> str:
    """A hedged, unconfirmed, anonymous or future claim, as a question."""
    p = lex.prose
    clause = c.statement.rstrip(" .!?…")
    if "future_contingent" in reasons or "hedged_only" in reasons or "unconfirmed" in reasons:
        q = _inverted(clause, lex, common)
        if q:
            return q
    if "future_contingent" in reasons and p.q_future:
        q = _fits(_fill(p.q_future, lex, clause=statements.embedded(clause, lex, common)))
        if q:
            return q
    if "anonymous_only" in reasons and c.source_name and p.q_named_source:
        q = _fits(_fill(p.q_named_source, lex, source=_short(statements.embedded(c.source_name, lex), _MAX_FIGURE)))
        if q:
            return q
    counted = [(w, k) for w, k in c.figures if _counts_a_thing(w, k, lex)]
    if counted:
        written, counts = counted[0]
        figure = written if counts.lower() in written.lower() or counts == "unspecified" else f"{written} {counts}"
        q = _fits(_fill(p.q_figure_confirmed, lex, figure=_short(figure, _MAX_FIGURE)))
        if q:
            return q
    q = _inverted(clause, lex, common)
    if q:
        return q
    if not c.source_name:
        return p.q_unsourced_confirmed
    return _fill(p.q_account_confirmed, lex, source=_short(statements.embedded(c.source_name, lex), _MAX_FIGURE))
