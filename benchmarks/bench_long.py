"""A 100,000-word document read in chunks against a scripted server with 200 ms latency.

Prints the wall time against the ideal (chunks / jobs x latency, and the same rounded up to whole
waves of ``jobs`` requests), the peak memory of the process, and the time to locate 200 quotes
(exact, with typographic drift, and elided) in a 1 MB text.

Targets (issues 4, 13): wall time within 1.15x of the ideal at --jobs 8 with realistic answers;
peak memory under 200 MB; 200 quotes in a 1 MB text in under 1 s.

    uv run python benchmarks/bench_long.py
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from summarize import Document, Summarizer
from summarize.schemas.grounding import TextIndex

ROOT = Path(__file__).resolve().parent.parent
LATENCY = 0.2
JOBS = 8
MODEL = "gpt-4o-mini"
WORDS = 100_000


def corpus(words: int) -> str:
    """Example and development articles, repeated until the text has ``words`` words."""
    sources = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "benchmarks" / "dev").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8").strip() for p in sources]
    out, count, n = [], 0, 0
    while count < words:
        text = texts[n % len(texts)]
        out.append(text)
        count += len(text.split())
        n += 1
    return "\n\n".join(out)


def quick_draft(text: str) -> Mapping[str, Any]:
    """A cheap grounded answer for any chunk: the publisher states the first sentence of each paragraph."""
    claims = []
    for n, para in enumerate([p for p in text.split("\n\n") if len(p.strip()) > 40][:12], 1):
        sentence = re.split(r"(?<=[.!?])\s", para.strip())[0][:200].strip()
        claims.append(
            {
                "id": f"C{n}",
                "source": "A1",
                "statement": sentence,
                "quote_type": "none",
                "certainty": "certain",
                "polarity": "positive",
                "evidence": [{"quote": sentence}],
            }
        )
    return {
        "title": "Benchmark",
        "actors": [
            {
                "id": "A1",
                "name": "The paper",
                "kind": "publisher",
                "identification": "named",
                "mentions": [text.strip().split()[0]],
            }
        ],
        "claims": claims,
        "bluf": [{"text": "Summary.", "supports": ["C1"]}] if claims else [],
    }


def prepared_answers(words: int, budgets: list[int | None], realistic: bool) -> dict[str, bytes]:
    """The response body for every chunk the runs will send, encoded before the clock starts, so the
    server only reads each request, waits the latency and writes prepared bytes (a remote server
    costs the client's cores nothing). ``realistic``: each chunk answered with the offline backend's
    draft of it (many actors, claims and denials to parse, ground and merge); else with a small draft
    (a dozen background claims)."""
    from summarize import offline
    from summarize.engine.budget import article_budget, default_max_input_tokens
    from summarize.engine.split import split

    text = corpus(words)
    answers: dict[str, bytes] = {}
    for budget in budgets:
        for chunk in split(text, article_budget(budget or default_max_input_tokens(MODEL))):
            part = text[chunk.start : chunk.end]
            if part not in answers:
                draft = offline.extract(Document.from_text(part)).model_dump() if realistic else quick_draft(part)
                answers[part] = completion(draft)
    return answers


def completion(draft: Mapping[str, Any]) -> bytes:
    """The chat completion (mode tools) answering with ``draft``, encoded as ``serve_scripted`` does."""
    from summarize.testing import Answer, completion_body

    return json.dumps(
        completion_body({"model": MODEL, "tools": [{"function": {"name": "BriefingDraft"}}]}, Answer(draft))
    ).encode()


def serve(budgets: list[int | None], realistic: bool) -> None:
    """The server process: prepare every answer, then serve them (an unknown chunk, the warm-up's,
    is answered with a quick draft computed on the spot)."""
    from bench_batch import serve_prepared

    from summarize.testing import article_in

    answers = prepared_answers(WORDS, budgets, realistic)

    def answer(request: bytes) -> bytes:
        part = article_in(json.loads(request))
        return answers.get(part) or completion(quick_draft(part))

    server = serve_prepared(answer, LATENCY)
    print(server.base_url, flush=True)
    time.sleep(3600)


def serve_in_subprocess(budgets: list[int | None], realistic: bool) -> tuple[subprocess.Popen[str], str]:
    """The scripted server in its own process, so its work does not compete with ours for the GIL."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]); import bench_long as b; "
        f"b.serve({budgets!r}, {realistic!r})"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(ROOT)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def long_run(text: str, base_url: str, max_input_tokens: int | None) -> None:
    summarizer = Summarizer(
        base_url=base_url, api_key="sk-test", model=MODEL, jobs=JOBS, max_input_tokens=max_input_tokens
    )
    summarizer.summarize(text[:2000])  # warm-up: imports, schema generation (paid once per process)
    started = time.perf_counter()
    briefing = summarizer.summarize(Document.from_text(text, "benchmark"))
    wall = time.perf_counter() - started
    chunks = briefing.meta.chunks
    lost = len(briefing.meta.coverage.failed) if briefing.meta.coverage else "?"
    ideal = chunks / JOBS * LATENCY
    waves = math.ceil(chunks / JOBS) * LATENCY
    budget = max_input_tokens or "model default"
    print(
        f"  budget {budget}: {chunks} chunks, {briefing.meta.usage.requests} requests, wall {wall:.2f} s; "
        f"ideal {ideal:.2f} s ({wall / ideal:.2f}x), whole waves {waves:.2f} s ({wall / waves:.2f}x); "
        f"{len(briefing.actors)} actors, {len(briefing.claims)} claims, {len(briefing.denials)} denials, "
        f"{lost} ranges not covered"
    )


def locate_quotes() -> None:
    text = corpus(180_000)[:1_000_000]
    rng = random.Random(7)
    quotes = []
    for n in range(200):
        start = rng.randrange(0, len(text) - 400)
        piece = text[start : start + rng.randrange(40, 160)]
        if n % 4 == 1:
            piece = piece.replace("'", "\u2019").replace('"', "\u201c").upper()  # typographic drift and case
        elif n % 4 == 2:
            piece = f"{piece[:30]} ... {text[start + 120 : start + 170]}"  # an elision
        quotes.append(piece)
    started = time.perf_counter()
    index = TextIndex(text)
    missed = [q for q in quotes if index.locate(q) is None]
    elapsed = time.perf_counter() - started
    print(
        f"  located {200 - len(missed)}/200 quotes in a {len(text) / 1e6:.1f} MB text in {elapsed:.2f} s (target < 1 s)"
    )
    for quote in missed:
        print(f"    not found: {quote[:80]!r}")


def main() -> int:
    text = corpus(WORDS)
    print(f"long document: {len(text.split()):,} words, {len(text):,} chars")
    print(f"scripted server latency {LATENCY * 1000:.0f} ms, --jobs {JOBS}; load average {os.getloadavg()[0]:.2f}")
    budgets: list[int | None] = [None, 6_000]
    for realistic in (False, True):
        print("answers: " + ("the offline backend's draft of each chunk" if realistic else "a dozen claims per chunk"))
        server, base_url = serve_in_subprocess(budgets, realistic)  # prepares its answers first (a few seconds)
        try:
            for budget in budgets:
                long_run(text, base_url, budget)
        finally:
            server.kill()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of the summarizing process: {peak_mb:.0f} MB (target < 200 MB)")
    locate_quotes()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
