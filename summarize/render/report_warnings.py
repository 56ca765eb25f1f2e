"""What a reader must know before trusting a briefing, as plain sentences: parts of the article not
read (a failed chunk, partial coverage), text in the article addressed to an AI, and the run's own
warnings (``meta.warnings``). The HTML report shows them in a banner at the top; they are plain text
here, escaped by whoever renders them.
"""

from __future__ import annotations

from summarize.schemas import Briefing, CharRange
from summarize.settings import OFFLINE_NOTICE


def _merged(ranges: list[CharRange]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for r in sorted(ranges, key=lambda r: (r.start, r.end)):
        if out and r.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], r.end))
        else:
            out.append((r.start, r.end))
    return out


def _uncovered(covered: list[tuple[int, int]], article: str) -> int:
    """Characters of the article, other than white space, that no covered range reaches."""
    missing, at = 0, 0
    for start, end in [*covered, (len(article), len(article))]:
        missing += len("".join(article[at:start].split()))
        at = max(at, end)
    return missing


def report_warnings(briefing: Briefing, article: str) -> list[str]:
    """The warnings, most serious first; empty when there is nothing to warn about."""
    notes: list[str] = []
    coverage = briefing.meta.coverage
    if coverage and coverage.failed:
        unread = ", ".join(f"{start:,}–{end:,}" for start, end in _merged(coverage.failed))
        notes.append(f"Not read (a chunk failed), so not highlighted: characters {unread}.")
    if coverage and coverage.covered:
        covered = _merged(coverage.covered)
        missing = _uncovered(covered, article)
        if missing:
            reached = sum(end - start for start, end in covered)
            share = min(99, int(100 * reached / max(1, len(article))))  # never rounded up to "100%"
            notes.append(
                f"Partial coverage: the briefing covers about {share}% of the article "
                f"({reached:,} of {len(article):,} characters); claims in the rest are missing."
            )
    injected = briefing.embedded_instructions
    if injected:
        ids = ", ".join(f"E{n}" for n in range(1, len(injected) + 1))
        notes.append(
            f"The article contains {len(injected)} passage{'s' if len(injected) > 1 else ''} addressed to an AI "
            f"({ids}): reported, not obeyed; read the briefing knowing someone tried to steer it."
        )
    # which backend ran is in the report's footer; it says nothing about how far to trust what it found
    notes += [f"Warning: {w}" for w in briefing.meta.warnings if w != OFFLINE_NOTICE]
    return notes
