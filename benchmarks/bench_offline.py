"""The offline backend: quality against gold, per batch and per language, and speed on one core.

Runs the offline backend over each batch of articles, scores each briefing against its hand-made
gold with the same code as `summarize eval`, and times it. Batches are kept apart so that the
figures of each can be reproduced:

- `examples`, `dev`: tuned on;
- `heldout-5` to `heldout-9`: each held out until it was measured once, tuned on since (batch 9 was
  measured on 2026-12-08, figures in its README); a new batch goes in ``HELDOUT`` until it is measured.

Targets (issue 11, on the held-out batch): claim F1 >= 0.72 with precision >= 0.65; denial recall
>= 0.8 with kind accuracy >= 0.85; actor recall >= 0.9 (kind accuracy >= 0.95); French and Spanish
claim F1 >= 0.65 each; a 1,000-word article in under 50 ms; issue 16: at most 1 item per 100 that
a reader would stop at (``summarize.offline.readability``).

    uv run python benchmarks/bench_offline.py                 # the tuned-on batches
    uv run python benchmarks/bench_offline.py --set dev       # one batch
    uv run python benchmarks/bench_offline.py --heldout       # the held-out batch only (measure once)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from summarize import Document, Summarizer
from summarize.offline.readability import Defects, defects
from summarize.scoring import Report, score, table

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
TUNED = {
    "examples": (ROOT / "examples", ROOT / "examples" / "gold"),
    "dev": (BENCH / "dev", BENCH / "dev"),
    "heldout-5": (BENCH / "heldout-5", BENCH / "heldout-5"),
    "heldout-6": (BENCH / "heldout-6", BENCH / "heldout-6"),
    "heldout-7": (BENCH / "heldout-7", BENCH / "heldout-7"),
    "heldout-8": (BENCH / "heldout-8", BENCH / "heldout-8"),
    "heldout-9": (BENCH / "heldout-9", BENCH / "heldout-9"),
}
# The batch not yet measured: none now. Write the next one blind (benchmarks/CONVENTIONS.md) and add it here.
HELDOUT: dict[str, tuple[Path, Path]] = {}
LANGUAGES = ("en", "fr", "es", "de")
RUNS = 5


def language_of(stem: str) -> str:
    """An article's language, from its name's suffix ("-fr", "-es", "-de"); English otherwise."""
    suffix = stem.rsplit("-", 1)[-1]
    return suffix if suffix in LANGUAGES else "en"


def evaluate(
    summarizer: Summarizer, articles: Path, golds: Path
) -> tuple[list[tuple[str, Report]], dict[str, Report], list[float], Defects]:
    """Rows per article plus TOTAL, totals per language, the seconds each briefing took, and the
    sentences a reader would stop at (summarize.offline.readability) over all the briefings."""
    rows: list[tuple[str, Report]] = []
    stops = Defects()
    by_language: dict[str, Report] = {}
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
        predicted = json.loads(briefing.to_json())
        report = score(predicted, gold, document.text)
        stops.add(defects(predicted))
        rows.append((path.stem, report))
        total.add(report)
        by_language.setdefault(language_of(path.stem), Report()).add(report)
    if rows:
        rows.append(("TOTAL", total))
    return rows, by_language, seconds, stops


def targets(t: Report) -> str:
    return (
        f"targets: claim F1 {t.claims.f1:.2f} (>= 0.72), claim precision {t.claims.precision:.2f} (>= 0.65), "
        f"denial recall {t.denials.recall:.2f} (>= 0.8), denial kind accuracy {t.denial_kind_accuracy:.2f} (>= 0.85), "
        f"actor recall {t.actors.recall:.2f} (>= 0.9), actor kind accuracy {t.actor_kind_accuracy:.2f} (>= 0.95)"
    )


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=[*TUNED, *HELDOUT], help="only this batch (repeatable)")
    parser.add_argument("--heldout", action="store_true", help="score the held-out batch (measure it once)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing of a 1,000-word article")
    args = parser.parse_args(argv)
    if args.heldout and not HELDOUT:
        print("bench_offline: no held-out batch is left to measure (heldout-9 was measured); write a new one")
        return 2
    chosen = args.set or (list(HELDOUT) if args.heldout else list(TUNED))
    sets = {name: {**TUNED, **HELDOUT}[name] for name in chosen}

    summarizer = Summarizer(backend="offline")
    for name, (articles, golds) in sets.items():
        if not articles.is_dir():
            print(f"\n{name}: not present")
            continue
        rows, by_language, seconds, stops = evaluate(summarizer, articles, golds)
        if not rows:
            continue
        print(f"\n{name}: {len(seconds)} articles, {len(seconds) / sum(seconds):.0f} articles/s on one core")
        print(table(rows))
        if len(by_language) > 1:
            print(table([(f"  language {lang}", by_language[lang]) for lang in LANGUAGES if lang in by_language]))
        print(targets(rows[-1][1]))
        worst = ", ".join(f"{rule} {n}" for rule, n in stops.rules().most_common(6))
        print(
            f"readability: {len(stops.failed)} of {stops.items} items a reader would stop at, "
            f"{stops.per_100:.1f} per 100 (target <= 1){'; ' + worst if worst else ''}"
        )
    if args.no_speed:
        return 0
    text = thousand_words()
    document = Document.from_text(text)
    summarizer.summarize(document)  # warm-up
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        summarizer.summarize(Document.from_text(text))
        times.append((time.perf_counter() - started) * 1000)
    print(f"\n{len(text.split())}-word article: median {statistics.median(times):.1f} ms (target < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
