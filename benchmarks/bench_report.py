"""The HTML report and the briefing diff on a long article: time and output size.

The article is the eight example articles joined (about 20,000 characters). Its "gold" briefing is
their hand-made drafts merged; the other briefing is the offline backend's, so the diff is the
"another model" case: gold vs offline, with every item matched by source, wording and evidence.

    uv run python benchmarks/bench_report.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from summarize import Document, Summarizer
from summarize.engine.assemble import assemble
from summarize.engine.run import RunInfo
from summarize.render.diff import diff_briefings
from summarize.render.html_report import render_html
from summarize.schemas import BriefingDraft

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import article_and_draft

NAMES = [
    "ceasefire-talks",
    "chipmaker-recall",
    "court-ruling",
    "flood-figures",
    "hospital-outbreak",
    "mine-collapse-es",
    "minister-nondenial",
    "port-strike-anonymous",
]
RUNS = 5


def best_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    text, data = article_and_draft(NAMES)
    document = Document.from_text(text)
    gold = assemble(BriefingDraft.model_validate(data, context={"article": document}), document, RunInfo("offline"))
    offline = Summarizer(backend="offline").summarize(document)
    spans = sum(len(i.evidence) for i in [*gold.claims, *gold.denials])
    print(f"article: {len(text):,} chars; gold briefing: {len(gold.claims)} claims, {spans} evidence spans")

    page = render_html(gold, text)
    print(f"render_html: {best_ms(lambda: render_html(gold, text)):.1f} ms (best of {RUNS}), {len(page):,} chars")

    result = diff_briefings(gold, offline)
    ms = best_ms(lambda: diff_briefings(gold, offline))
    print(f"diff gold -> offline: {ms:.1f} ms (best of {RUNS}), {len(gold.claims)} x {len(offline.claims)} claims")
    matched = len(gold.claims) - len(result.claims.removed)
    print(f"  claims matched: {matched} of {len(gold.claims)} gold; summary: {result.summary()}")


if __name__ == "__main__":
    main()
