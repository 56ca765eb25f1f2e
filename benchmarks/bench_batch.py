"""Batch throughput and memory: `summarize batch` against a scripted server with 200 ms latency.

The server (``serve_prepared``) runs in this process; each batch runs the real CLI in a child
process, which reports its own wall time and peak RSS. The server's answer is encoded once, before
the clock starts: a remote server costs the client's cores nothing, so the scripted one should not
either (it only reads each request, waits the latency and writes the prepared bytes). Figures:

- throughput at --jobs 16 vs the ideal 16 / 0.2 s = 80 articles/s (target >= 88%, issue 13);
- peak RSS of a 100-article vs a 500-article batch (target: flat, under 200 MB);
- a second run of the same batch into a fresh output file: requests made and time vs the first
  (answered from the response cache the first run filled).

Two articles: a short one (the orchestration cost dominates) and court-ruling (2,600 characters,
a 20 kB draft: parsing, grounding, validation, assembly and the results line cost ~5 ms of CPU per
article on the client, on the machine of the README's figures).

    uv run python benchmarks/bench_batch.py [--articles 500] [--jobs 16] [--latency 0.2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHORT_ARTICLE = (
    "The town council of Bramwick voted on Tuesday to close the old swimming baths next spring. "
    '"The building is no longer safe," said the council leader, Ada Fenwick. '
    "The swimming club said it would appeal against the decision.\n"
)


class PreparedServer(ThreadingHTTPServer):
    """Answers every POST with bytes prepared before the run; counts the requests."""

    daemon_threads = True
    request_queue_size = 256  # many clients connect at once

    def __init__(self, answer: Callable[[bytes], bytes], latency: float) -> None:
        self.answer, self.latency = answer, latency
        self.request_count = 0
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _PreparedHandler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _PreparedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: PreparedServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        with self.server._lock:
            self.server.request_count += 1
        time.sleep(self.server.latency)
        data = self.server.answer(body)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        return


def serve_prepared(answer: Callable[[bytes], bytes], latency: float) -> PreparedServer:
    """``answer(request body) -> response body`` served over loopback HTTP in a daemon thread."""
    server = PreparedServer(answer, latency)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def prepared_completion(draft: Any, model: str = "gpt-4o-mini") -> bytes:
    """The chat completion (mode tools) answering with ``draft``, as ``serve_scripted`` encodes it."""
    from summarize.testing import Answer, completion_body

    request = {"model": model, "tools": [{"function": {"name": "BriefingDraft"}}]}
    return json.dumps(completion_body(request, Answer(draft))).encode()


def worker(folder: str, out: str, base_url: str, jobs: int, warm: bool) -> None:
    """Child process: run the batch command, then report time and peak RSS as one JSON line."""
    from summarize.__main__ import main
    from summarize.cli import batch  # noqa: F401 - imported before the clock starts
    from summarize.engine import llm  # noqa: F401

    # Warm-up: one article into a throwaway file loads what the first request loads lazily (the
    # openai client's modules, rich, the cache), so the figures are the steady throughput.
    # (Not before a run that should be answered from the cache: it would be one request more.)
    if warm:
        with tempfile.TemporaryDirectory() as scratch:
            one = Path(scratch, "one")
            one.mkdir()
            first_article = min(Path(folder).iterdir())
            (one / "warm.txt").write_text(first_article.read_text(encoding="utf-8"), encoding="utf-8")
            main(["batch", str(one), "--out", str(Path(scratch, "w.jsonl")), "--base-url", base_url,
                  "--model", "gpt-4o-mini", "--no-cache"])  # fmt: skip
    started, cpu = time.perf_counter(), time.process_time()
    code = main(["batch", folder, "--out", out, "--base-url", base_url, "--model", "gpt-4o-mini", "--jobs", str(jobs)])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"code": code, "seconds": seconds, "cpu": cpu, "peak_mb": peak_rss_kb() / 1024}))


def peak_rss_kb() -> int:
    """Peak RSS of this process. On Linux ru_maxrss survives exec, so a child started by a big parent
    would report the parent's size: VmHWM (reset by exec) is read instead."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def write_articles(folder: Path, text: str, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"article-{n:04}.txt").write_text(f"{text}\nReference {n}.\n", encoding="utf-8")


def run_batch(folder: Path, out: Path, base_url: str, jobs: int, cache: Path, *, warm: bool = True) -> dict[str, Any]:
    """The batch command in a child process, with the response cache in ``cache`` (never the user's)."""
    env = {**os.environ, "OPENAI_API_KEY": "sk-bench", "PYTHONPATH": str(ROOT), "SUMMARIZE_CACHE_DIR": str(cache)}
    command = [sys.executable, __file__, "--worker", str(folder), str(out), base_url, str(jobs), str(int(warm))]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"batch failed: {done.stderr.strip()[-400:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    lines = out.read_text(encoding="utf-8").splitlines()
    figures["ok"] = sum('"briefing"' in line for line in lines)
    return figures


def scenario(label: str, text: str, draft: dict[str, Any], args: argparse.Namespace) -> None:
    body = prepared_completion(draft)  # encoded once, before any clock starts
    server = serve_prepared(lambda request: body, args.latency)
    base_url = server.base_url
    ideal = args.jobs / args.latency
    try:
        with tempfile.TemporaryDirectory() as tmp:
            small, large = Path(tmp, "small"), Path(tmp, "large")
            write_articles(small, text, args.small)
            write_articles(large, text, args.articles)
            first_small = run_batch(small, Path(tmp, "small.jsonl"), base_url, args.jobs, Path(tmp, "cache-small"))
            before = server.request_count
            # an empty cache: every article is asked; the second run reads what the first one stored
            first = run_batch(large, Path(tmp, "large.jsonl"), base_url, args.jobs, Path(tmp, "cache"))
            first_requests = server.request_count - before - 1  # less the worker's warm-up request
            before = server.request_count
            second = run_batch(large, Path(tmp, "again.jsonl"), base_url, args.jobs, Path(tmp, "cache"), warm=False)
            second_requests = server.request_count - before
    finally:
        server.shutdown()
        server.server_close()
    rate = args.articles / first["seconds"]
    print(f"\n{label}")
    print(
        f"  {args.articles} articles, --jobs {args.jobs}, latency {args.latency * 1000:.0f} ms: "
        f"{first['seconds']:.2f} s, {first['ok']} briefed, {first_requests} requests -> {rate:.1f} articles/s "
        f"= {rate / ideal:.0%} of ideal {ideal:.0f}/s (target >= 88%); "
        f"batch process CPU {first['cpu'] / args.articles * 1000:.1f} ms per article"
    )
    print(
        f"  peak RSS: {first_small['peak_mb']:.0f} MB for {args.small} articles, "
        f"{first['peak_mb']:.0f} MB for {args.articles} "
        f"(growth {first['peak_mb'] - first_small['peak_mb']:+.0f} MB; target < 200 MB)"
    )
    print(
        f"  second run into a fresh output: {second_requests} requests, {second['seconds']:.2f} s "
        f"= {second['seconds'] / first['seconds']:.0%} of the first run (target with a cache: 0 requests, < 10%)"
    )


def orchestration_only(args: argparse.Namespace) -> None:
    """The runner and the results file alone: a stand-in summarizer that just waits the latency."""
    import asyncio

    from summarize import summarize
    from summarize.batch.inputs import BatchItem
    from summarize.batch.results_log import ResultsLog
    from summarize.batch.runner import BatchRun

    briefing = summarize(SHORT_ARTICLE, backend="offline")

    class Waiting:
        async def asummarize_loaded(self, load: Any, *, source: str) -> Any:
            await asyncio.to_thread(load)  # a summarizer loads the article in a worker thread
            await asyncio.sleep(args.latency)
            return briefing

    async def go(out: Path) -> None:
        items = (BatchItem(id=str(n), source="text", text=f"{SHORT_ARTICLE}{n}") for n in range(args.articles))
        run = BatchRun(items, Waiting(), jobs=args.jobs)  # type: ignore[arg-type]  # the one method used
        with ResultsLog(out) as log:
            async for result in run:
                log.write(result.to_record())

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        asyncio.run(go(Path(tmp, "r.jsonl")))
        seconds = time.perf_counter() - started
    rate, ideal = args.articles / seconds, args.jobs / args.latency
    print("\norchestration only (runner + results file, a stand-in that waits the latency; no HTTP, no LLM stack)")
    print(f"  {args.articles} articles: {seconds:.2f} s -> {rate:.1f} articles/s = {rate / ideal:.0%} of ideal")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--small", type=int, default=100, help="the smaller batch, for the memory comparison")
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--worker", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        folder, out, base_url, jobs, warm = args.worker
        worker(folder, out, base_url, int(jobs), warm == "1")
        return 0

    from summarize import offline
    from summarize.sources.document import Document
    from tests.conftest import article, gold_draft

    short_draft = offline.extract(Document.from_text(SHORT_ARTICLE)).model_dump(mode="json")
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
        "server and batch in separate processes, the answers encoded before the runs"
    )
    orchestration_only(args)
    scenario(f"short article ({len(SHORT_ARTICLE)} chars)", SHORT_ARTICLE, short_draft, args)
    text = article("court-ruling")
    scenario(f"court-ruling ({len(text):,} chars, a hand-made draft)", text, gold_draft("court-ruling"), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
