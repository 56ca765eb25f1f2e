"""A claim's content that is a noun phrase carrying a proposition ("reports that the troops will
fight"), worded as the proposition itself."""

from __future__ import annotations

from .lexicon import Lexicon


def reported_content(s: str, lex: Lexicon) -> str:
    """The object of a stance verb that is a report ("has not confirmed South Korean reports that the
    troops will fight") as the proposition it carries ("The troops will fight"), not a noun phrase."""
    p = lex.prose
    if not p.content_nouns or not p.content_complementizers:
        return s
    words = s.split()
    for i, word in enumerate(words[:6]):
        if word.lower() in p.finite_markers:
            return s  # a verb before the noun: a sentence already
        rest = " ".join(words[i + 1 :])
        lead = next((c for c in p.content_complementizers if rest.lower().startswith(c + " ")), None)
        if word.lower() in p.content_nouns and lead is not None:
            clause = rest[len(lead) :].strip()
            return clause[:1].upper() + clause[1:] if len(clause.split()) >= 3 else s
    return s
