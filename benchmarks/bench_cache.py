"""The response cache: a hit against a miss for the same article, raw put/get throughput, and the
size cap: puts once the cache is full (each one may evict least recently used entries).

The endpoint is a scripted OpenAI-compatible server on loopback that waits 200 ms per request, as a
fast hosted model would. A miss asks it; a hit reads SQLite and re-validates the stored briefing.

    uv run python benchmarks/bench_cache.py
"""

from __future__ import annotations

import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import article_and_draft

from summarize import Summarizer
from summarize.engine.response_cache import BriefingCache
from summarize.testing import Answer, ScriptedModel, serve_scripted

ARTICLES = ["ceasefire-talks", "chipmaker-recall", "court-ruling"]
LATENCY = 0.2
RUNS = 10
ENTRIES = 2000
WRITERS = 4


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def hit_versus_miss(folder: Path) -> str:
    """Prints the figures; returns the briefing's JSON, a realistic entry for the throughput runs."""
    text, draft = article_and_draft(ARTICLES)
    model = ScriptedModel([Answer(draft)], latency=LATENCY, repeat_last=True)
    server, base_url = serve_scripted(model)
    try:
        options = {"model": "bench", "api_key": "sk-test", "base_url": base_url, "mode": "tools"}
        uncached, cached = Summarizer(**options), Summarizer(**options, cache=folder)
        uncached.summarize(text)  # warm-up: imports, schema generation, the connection
        misses, hits = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            uncached.summarize(text)
            misses.append(time.perf_counter() - started)
        cached.summarize(text)  # stores it
        asked = model.request_count
        for _ in range(RUNS):
            started = time.perf_counter()
            briefing = cached.summarize(text)
            hits.append(time.perf_counter() - started)
        if not briefing.meta.usage.cached or model.request_count != asked:
            raise SystemExit("a hit asked the model: the cache is not working")
    finally:
        server.shutdown()
        server.server_close()
    miss, hit = statistics.median(misses), statistics.median(hits)
    size = len(briefing.model_dump_json())
    print(
        f"article {len(text.split())} words, briefing {size / 1024:.0f} KiB, server latency {LATENCY * 1000:.0f} ms:\n"
        f"  miss (asks the model) median {_ms(miss)}; hit median {_ms(hit)} (p90 {_ms(sorted(hits)[int(RUNS * 0.9)])}),"
        f" 0 requests; a hit takes {hit / miss:.1%} of a miss ({miss / hit:.0f}x faster)"
    )
    return briefing.model_dump_json()


def _write(folder: str, worker: int, count: int, payload: str, start: Any, seconds: Any) -> None:
    cache = BriefingCache(Path(folder))
    start.wait()  # every writer ready: time the writing, not the interpreter start-up
    started = time.perf_counter()
    for n in range(count):
        cache.put(f"{worker}-{n}", payload, "bench")
    seconds[worker] = time.perf_counter() - started
    cache.close()


def throughput(folder: Path, payload: str) -> None:
    cache = BriefingCache(folder / "single")
    started = time.perf_counter()
    for n in range(ENTRIES):
        cache.put(f"k{n}", payload, "bench")
    put_rate = ENTRIES / (time.perf_counter() - started)
    started = time.perf_counter()
    for n in range(ENTRIES):
        if cache.get(f"k{n}") is None:
            raise SystemExit("an entry went missing")
    get_rate = ENTRIES / (time.perf_counter() - started)
    on_disk = cache.stats().bytes_on_disk
    cache.close()

    per_writer = ENTRIES // WRITERS
    context = multiprocessing.get_context("spawn")
    start, seconds = context.Barrier(WRITERS), context.Array("d", WRITERS)
    writers = [
        context.Process(target=_write, args=(str(folder / "shared"), w, per_writer, payload, start, seconds))
        for w in range(WRITERS)
    ]
    for process in writers:
        process.start()
    for process in writers:
        process.join()
    elapsed = max(seconds)  # the slowest writer, from the moment all began
    shared = BriefingCache(folder / "shared").stats()
    if any(p.exitcode for p in writers) or shared.entries != per_writer * WRITERS:
        raise SystemExit("concurrent writers lost entries or failed")
    print(
        f"raw cache, {len(payload) / 1024:.0f} KiB entries: {put_rate:,.0f} puts/s and {get_rate:,.0f} gets/s "
        f"in one thread ({on_disk / ENTRIES / 1024:.0f} KiB on disk per entry); "
        f"{WRITERS} processes x {per_writer} puts at once into one file: {shared.entries:,} entries in "
        f"{elapsed:.2f} s ({shared.entries / elapsed:,.0f} puts/s in all), no error"
    )


def over_the_cap(folder: Path, payload: str) -> None:
    """Puts into a cache held at a cap of half of what is stored: the steady state of a full cache."""
    cap = ENTRIES * len(payload.encode()) // 2
    cache = BriefingCache(folder / "capped", max_bytes=cap)
    timings = []
    for n in range(ENTRIES):
        started = time.perf_counter()
        cache.put(f"k{n}", payload, "bench")
        timings.append(time.perf_counter() - started)
    found = cache.stats()
    cache.close()
    full = timings[ENTRIES // 2 :]  # past the cap: every put counts, some evict
    print(
        f"capped at {cap / 1024 / 1024:.1f} MiB ({ENTRIES // 2:,} entries' worth): {ENTRIES:,} puts leave "
        f"{found.entries:,} entries, {found.stored_bytes / 1024 / 1024:.1f} MiB; a put past the cap takes "
        f"{_ms(statistics.median(full))} median, {_ms(max(full))} at most (an eviction)"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        payload = hit_versus_miss(folder / "summaries")
        throughput(folder, payload)
        over_the_cap(folder, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
