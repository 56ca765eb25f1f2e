"""Time spent inside summarize per article, excluding the wait on the server.

The endpoint is an in-process scripted model (no sockets, no latency), so what is timed is our own
work: rendering the prompt, instructor's request building and parsing, validation with grounding,
assembly. Target: under 50 ms for a 1,000-word article.

    uv run python benchmarks/bench_overhead.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import article_and_draft

from summarize import Summarizer
from summarize.testing import Answer, ScriptedModel

ARTICLES = ["ceasefire-talks", "chipmaker-recall", "court-ruling"]
RUNS = 30


def main() -> int:
    text, draft = article_and_draft(ARTICLES)
    words = len(text.split())
    model = ScriptedModel([Answer(draft)], repeat_last=True)
    for mode in ("tools", "json_schema"):
        summarizer = Summarizer(model="bench", api_key="sk-test", mode=mode, http_client=model.http_client())
        summarizer.summarize(text)  # warm-up: imports, schema generation, caches
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            briefing = summarizer.summarize(text)
            times.append((time.perf_counter() - started) * 1000)
        per_1000 = statistics.median(times) * 1000 / words
        print(
            f"mode={mode:12s} article={words} words, {len(briefing.claims)} claims, "
            f"{briefing.meta.grounding.evidence} evidence: median {statistics.median(times):.1f} ms, "
            f"p90 {sorted(times)[int(RUNS * 0.9)]:.1f} ms per article -> {per_1000:.1f} ms per 1,000 words "
            f"(target < 50 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
