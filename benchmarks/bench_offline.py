"""The offline backend: quality against gold, and speed on one core.

Runs the offline backend over every example article (and the held-out set, never used to tune it,
when present), scores each briefing against its hand-made gold with the same code as
`summarize eval`, and times it: articles per second and the time for a ~1,000-word article.
Targets: actor recall >= 0.9, claim recall >= 0.7 with precision >= 0.6, denial recall >= 0.8 with
kind accuracy >= 0.8; a 1,000-word article in under 100 ms.

    uv run python benchmarks/bench_offline.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from summarize import Document, Summarizer
from summarize.scoring import Report, score, table

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "examples (tuned on)": (ROOT / "examples", ROOT / "examples" / "gold"),
    "dev set (tuned on)": (ROOT / "benchmarks" / "dev", ROOT / "benchmarks" / "dev"),
    "held-out (never tuned on)": (ROOT / "benchmarks" / "heldout", ROOT / "benchmarks" / "heldout"),
}
RUNS = 5


def evaluate(summarizer: Summarizer, articles: Path, golds: Path) -> tuple[list[tuple[str, Report]], list[float]]:
    rows: list[tuple[str, Report]] = []
    seconds: list[float] = []
    total = Report()
    for path in sorted(articles.glob("*.txt")):
        gold_path = golds / f"{path.stem}.json"
        if not gold_path.is_file():
            continue
        document = Document.from_path(path)
        started = time.perf_counter()
        briefing = summarizer.summarize(document)
        seconds.append(time.perf_counter() - started)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = score(json.loads(briefing.to_json()), gold, document.text)
        rows.append((path.stem, report))
        total.add(report)
    if rows:
        rows.append(("TOTAL", total))
    return rows, seconds


def thousand_words() -> str:
    """About 1,000 words: paragraphs of the example articles, in order, until the count is reached."""
    words, parts = 0, []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            parts.append(paragraph)
            words += len(paragraph.split())
            if words >= 1000:
                return "\n\n".join(parts)
    return "\n\n".join(parts)


def main() -> int:
    summarizer = Summarizer(backend="offline")
    for name, (articles, golds) in SETS.items():
        if not articles.is_dir():
            print(f"\n{name}: not present")
            continue
        rows, seconds = evaluate(summarizer, articles, golds)
        if not rows:
            continue
        t = rows[-1][1]
        print(f"\n{name}: {len(seconds)} articles, {len(seconds) / sum(seconds):.0f} articles/s on one core")
        print(table(rows))
        print(
            f"targets: actor recall {t.actors.recall:.2f} (>= 0.9), claim recall {t.claims.recall:.2f} (>= 0.7), "
            f"claim precision {t.claims.precision:.2f} (>= 0.6), denial recall {t.denials.recall:.2f} (>= 0.8), "
            f"denial kind accuracy {t.denial_kind_accuracy:.2f} (>= 0.8)"
        )
    text = thousand_words()
    document = Document.from_text(text)
    summarizer.summarize(document)  # warm-up
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        summarizer.summarize(Document.from_text(text))
        times.append((time.perf_counter() - started) * 1000)
    print(f"\n{len(text.split())}-word article: median {statistics.median(times):.1f} ms (target < 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
