"""Why a briefing has no claims, said in one line: an empty briefing is valid output, but a silent
one looks like a bug (``echo hello | summarize -``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarize.schemas import Briefing

# Below this many words a text is a fragment, not an article: its length is the reason.
SHORT_TEXT_WORDS = 25
# A "word" longer than this is a run of a script written without spaces: count characters instead.
LONGEST_WORD = 40


def why_no_claims(briefing: Briefing, text: str) -> str | None:
    """One line saying that no claims were found and why, or None when there are claims."""
    if briefing.claims:
        return None
    words = text.split()
    unspaced = any(len(word) > LONGEST_WORD for word in words)
    count, unit = (len(text.strip()), "character") if unspaced else (len(words), "word")
    sized = f"{count:,}-{unit}"  # "the 30-word text"
    coverage = briefing.meta.coverage
    if coverage and coverage.failed and not coverage.covered:
        why = "no part of the text could be read (see meta.warnings)"
    elif count < SHORT_TEXT_WORDS and not unspaced:
        why = f"the text is {count} {unit}{'' if count == 1 else 's'} long, too short to hold an article's statements"
    elif briefing.meta.backend == "offline":
        why = f"no sentence of the {sized} text states a fact or reports what someone said"
    else:
        why = f"the model found none in the {sized} text"
    return f"no claims found: {why}; the briefing is empty"
