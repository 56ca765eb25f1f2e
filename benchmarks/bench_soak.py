"""Fault-and-load soak: `summarize batch` against a flaky OpenAI-compatible server, killed twice and resumed.

A server in this process answers chat completions in the OpenAI wire format (``summarize.testing``'s
``completion_body`` and ``error_body``) and injects a fault into a share of the requests (10% by
default), chosen per article and attempt from ``--seed``, so a run is reproducible whatever order the
requests arrive in:

    rate_limit     429 rate_limit_exceeded with Retry-After: 1
    server_error   500
    reset          the connection closed with a TCP reset, no answer
    truncated      the headers and half the body, then the connection closed
    invalid_json   a 200 whose body is not JSON
    bad_answer     a 200 completion whose tool-call arguments are not JSON (the model's fault: a re-ask)
    hang           no answer for longer than the batch's --timeout, then closed

The batch runs as a user runs it: ``python -m summarize batch FOLDER --out results.jsonl`` in a child
process, with a fake key (``sk-soak-...``) and its response cache in the soak's folder. It is killed
with SIGKILL twice, when the results file reaches a random number of lines, and started again each
time with the same command (which resumes). Then the soak checks, and prints:

- every article exactly once in the results, every line valid JSON with a contract-valid briefing or
  an error record, no torn line;
- the requests per article within the retry policy: an article that was not in flight at a kill made
  exactly one request more than the faults it met (one retry or one re-ask each, never stacked), and
  none made more than (1 + max_reasks) x max_attempts per run it was part of;
- no trace of the key in any file written (results, cache, lock, the runs' stderr) nor on stderr;
- no traceback on stderr, the exit code of each run.

    uv run python benchmarks/bench_soak.py                     # 2,000 articles (several minutes)
    uv run python benchmarks/bench_soak.py --articles 200      # a quick run
    uv run python benchmarks/bench_soak.py --seed 7 --fault-rate 0.2 --faults reset,hang
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import secrets
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FAULTS = ("rate_limit", "server_error", "reset", "truncated", "invalid_json", "bad_answer", "hang")
TEMPLATE = (
    "The town council of Bramwick voted on Tuesday to close the old swimming baths next spring. "
    '"The building is no longer safe," said the council leader, Ada Fenwick. '
    "The swimming club said it would appeal against the decision.\n"
)
REFERENCE = re.compile(r"Reference (\d+)\.")
MAX_ATTEMPTS, MAX_REASKS = 4, 2  # the transport's and instructor's defaults (settings.RetryPolicy, --max-reasks)


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client killed mid-request resets its connections: expected here, not worth a traceback."""

    def __init__(self, draft: dict[str, Any], args: argparse.Namespace) -> None:
        from summarize.testing import Answer

        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = Answer(draft)
        self.args = args
        self.faults = tuple(args.faults)
        self.lock = threading.Lock()
        self.requests: collections.Counter[int] = collections.Counter()  # per article reference
        self.met: dict[int, list[str]] = collections.defaultdict(list)  # the faults each article met
        self.log: list[tuple[float, int]] = []  # (time, article) of every request

    def fault_for(self, article: int) -> str | None:
        """This article's next request: a fault or None, from the seed, the article and the attempt."""
        with self.lock:
            attempt = self.requests[article]
            self.requests[article] += 1
            self.log.append((time.monotonic(), article))
            chance = random.Random(f"{self.args.seed}:{article}:{attempt}")
            fault = chance.choice(self.faults) if chance.random() < self.args.fault_rate else None
            if fault is not None:
                self.met[article].append(fault)
            return fault


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: FaultServer

    def do_POST(self) -> None:
        from summarize.testing import HttpError, RawText, article_in, completion_body, error_body

        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        found = REFERENCE.search(article_in(body))
        fault = self.server.fault_for(int(found.group(1)) if found else -1)
        if fault in ("reset", "hang"):
            if fault == "hang":
                time.sleep(self.server.args.timeout + 1)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST
            self.close_connection = True
            return
        headers = {"content-type": "application/json"}
        if fault == "rate_limit":
            limited = HttpError(429, code="rate_limit_exceeded", message="Rate limit reached", retry_after=1)
            status, (payload, headers) = 429, error_body(limited)
        elif fault == "server_error":
            failed = HttpError(500, message="The server had an error processing your request", type="server_error")
            status, (payload, headers) = 500, error_body(failed)
        elif fault == "bad_answer":
            status, payload = 200, completion_body(body, RawText('{"title": "Council votes, "bluf": [}'))
        else:
            status, payload = 200, completion_body(body, self.server.answer)
        data = json.dumps(payload).encode()
        if fault == "invalid_json":
            data = data[: len(data) // 3] + b"<html>502 Bad Gateway</html>"  # a 200 whose body is not JSON
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        if fault == "truncated":
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        return


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"article-{n:05}.txt").write_text(f"{TEMPLATE}Reference {n}.\n", encoding="utf-8")


class Lines:
    """Counts the complete lines of a growing file, reading only what was added."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset, self.count = path, 0, 0

    def now(self) -> int:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.offset)
                added = handle.read()
        except FileNotFoundError:
            return 0
        self.offset += len(added)
        self.count += added.count(b"\n")
        return self.count


def run_batch(
    command: list[str], env: dict[str, str], stderr: Path, out: Path, kill_at: int | None, delay: float = 0.0
) -> dict[str, Any]:
    """Run the batch; with ``kill_at``, SIGKILL it ``delay`` seconds after the results file has that many
    lines (a random moment: between two lines, or in the middle of writing one)."""
    started = time.monotonic()
    with stderr.open("wb") as err:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)
        lines, killed_at = Lines(out), None
        while process.poll() is None:
            if kill_at is not None and lines.now() >= kill_at:
                time.sleep(delay)
                os.kill(process.pid, signal.SIGKILL)  # the child we started, by its pid
                killed_at = time.monotonic()
                break
            time.sleep(0.02)
        code = process.wait()
    torn = out.exists() and out.stat().st_size > 0 and not out.read_bytes().endswith(b"\n")
    return {"code": code, "seconds": time.monotonic() - started, "killed_at": killed_at, "torn": torn}


def read_results(out: Path) -> tuple[list[dict[str, Any]], int]:
    """The lines of the results file, and how many are not whole JSON objects."""
    records, broken = [], 0
    for raw in out.read_bytes().split(b"\n"):
        if not raw:
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            broken += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            broken += 1
    return records, broken


def number_of(article_id: str) -> int:
    """``article-00042.txt`` -> 42 (the reference the server sees in the article's text)."""
    return int(article_id.removeprefix("article-").removesuffix(".txt"))


def ids_in(out: Path) -> set[str]:
    found: set[str] = set()
    for raw in out.read_bytes().split(b"\n") if out.exists() else []:
        try:
            found.add(json.loads(raw)["id"])
        except (ValueError, KeyError, TypeError):
            continue
    return found


def soak(args: argparse.Namespace) -> int:
    from summarize import offline
    from summarize.schemas import Briefing
    from summarize.sources.document import Document

    draft = offline.extract(Document.from_text(TEMPLATE)).model_dump(mode="json")
    server = FaultServer(draft, args)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    key = f"sk-soak-{secrets.token_hex(16)}"
    chance = random.Random(args.seed)
    kills = sorted(int(args.articles * chance.uniform(low, high)) for low, high in ((0.15, 0.45), (0.55, 0.85)))
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="summarize-soak-") as tmp:
        work = Path(tmp)
        folder, out = work / "articles", work / "results.jsonl"
        write_articles(folder, args.articles)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZE_"))},
            "OPENAI_API_KEY": key,
            "SUMMARIZE_CACHE_DIR": str(work / "cache"),
            "XDG_CACHE_HOME": str(work / "xdg-cache"),
            "XDG_CONFIG_HOME": str(work / "xdg-config"),
            "PYTHONPATH": str(ROOT),
        }
        command = [sys.executable, "-m", "summarize", "batch", str(folder), "--out", str(out), "--base-url", base_url,
                   "--model", "gpt-4o-mini", "--jobs", str(args.jobs), "--timeout", str(args.timeout)]  # fmt: skip
        runs, interrupted = [], set()
        for n, kill_at in enumerate([*kills, None]):
            before, done_before = len(server.log), ids_in(out)
            run = run_batch(command, env, work / f"stderr-{n}.txt", out, kill_at, chance.uniform(0, 0.2))
            if run["killed_at"] is not None:  # the articles asked in this run that had no line when it died
                asked = {article for _, article in server.log[before:]}
                interrupted |= asked - {number_of(i) for i in ids_in(out) | done_before}
            runs.append(run)
        records, broken = read_results(out)
        written = [path for path in work.rglob("*") if path.is_file() and folder not in path.parents]
        texts = {path.name: path.read_bytes() for path in written}
        stderr_text = "".join((work / f"stderr-{n}.txt").read_text(errors="replace") for n in range(len(runs)))

    # every article exactly once, every line valid
    ids = collections.Counter(str(r.get("id")) for r in records)
    expected = {f"article-{n:05}.txt" for n in range(args.articles)}
    missing, extra = expected - set(ids), set(ids) - expected
    dupes = {i: c for i, c in ids.items() if c > 1}
    briefed = failed = invalid = 0
    failures: collections.Counter[str] = collections.Counter()
    for record in records:
        if "briefing" in record:
            try:
                Briefing.model_validate(record["briefing"])
                briefed += 1
            except ValueError:
                invalid += 1
        elif isinstance(record.get("error"), dict) and {"type", "message", "exit_code"} <= set(record["error"]):
            failed += 1
            failures[f"{record['error']['type']} ({record['error']['exit_code']})"] += 1
        else:
            invalid += 1
    # requests within the retry policy
    per_run_bound = (1 + MAX_REASKS) * MAX_ATTEMPTS
    succeeded = {number_of(str(r["id"])) for r in records if "briefing" in r}
    exact = [a for a in range(args.articles) if a not in interrupted and a in succeeded]
    not_exact = [a for a in exact if server.requests[a] != len(server.met[a]) + 1]
    runs_of = {a: 1 + (a in interrupted) * len(kills) for a in range(args.articles)}  # runs it may have been part of
    over = [a for a in range(args.articles) if server.requests[a] > per_run_bound * runs_of[a]]
    met = collections.Counter(f for faults in server.met.values() for f in faults)
    total_requests = sum(server.requests.values())
    leaked = sorted(name for name, data in texts.items() if key.encode() in data or b"sk-soak-" in data)
    leaked += ["stderr"] if key in stderr_text or "sk-soak-" in stderr_text else []
    tracebacks = stderr_text.count("Traceback")
    server.shutdown()
    server.server_close()

    print(f"soak: {args.articles} articles, --jobs {args.jobs}, --timeout {args.timeout}, seed {args.seed}, "
          f"fault rate {args.fault_rate:.0%} over {', '.join(args.faults)}")  # fmt: skip
    for n, run in enumerate(runs):
        how = "ran to the end"
        if run["killed_at"] is not None:
            where = "a torn last line" if run["torn"] else "between lines"
            how = f"killed (SIGKILL) soon after {kills[n]} lines, {where}"
        print(f"  run {n + 1}: {how}, exit {run['code']}, {run['seconds']:.1f} s")
    print(f"  requests: {total_requests:,} for {args.articles:,} articles; faults injected: {sum(met.values()):,} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(met.items()))})")  # fmt: skip
    print(f"  results: {len(records):,} lines, {briefed:,} briefed, {failed} failed"
          f"{' (' + ', '.join(f'{k}: {v}' for k, v in failures.items()) + ')' if failures else ''}, "
          f"{invalid} invalid, {broken} torn or not JSON")  # fmt: skip
    for record in [r for r in records if "error" in r][:3]:  # what the failures met, to see who gave up
        article = number_of(str(record["id"]))
        print(f"    {record['id']}: {record['error']['type']} after {server.requests[article]} requests "
              f"meeting {', '.join(server.met[article]) or 'no fault'}")  # fmt: skip
    print(f"  exactly once: {len(missing)} missing, {len(dupes)} duplicated, {len(extra)} unknown ids")
    print(f"  retry policy: {len(exact) - len(not_exact):,}/{len(exact):,} briefed articles not in flight at a kill "
          f"made exactly 1 + their faults requests; {len(interrupted)} in flight at a kill; max per article "
          f"{max(server.requests.values(), default=0)} (bound {per_run_bound} per run); "
          f"{len(over)} over the bound")  # fmt: skip
    print(f"  key: {'found in ' + ', '.join(leaked) if leaked else 'in no file written, not on stderr'}; "
          f"tracebacks on stderr: {tracebacks}")  # fmt: skip
    problems += [f"{len(missing)} missing"] if missing else []
    problems += [f"{len(dupes)} duplicated"] if dupes else []
    problems += [f"{len(extra)} unknown ids"] if extra else []
    problems += [f"{invalid + broken} invalid lines"] if invalid + broken else []
    problems += [f"{len(not_exact)} articles with stacked or missing retries: {not_exact[:5]}"] if not_exact else []
    problems += [f"{len(over)} articles over the retry bound"] if over else []
    problems += ["the key leaked"] if leaked else []
    problems += [f"{tracebacks} tracebacks"] if tracebacks else []
    problems += [f"the last run exited {runs[-1]['code']}"] if runs[-1]["code"] not in (0, 69, 75) else []
    print("  PASS" if not problems else f"  FAIL: {'; '.join(problems)}")
    return 0 if not problems else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=2.0, help="the batch's --timeout; a hang lasts 1 s longer")
    parser.add_argument("--fault-rate", type=float, default=0.10)
    parser.add_argument(
        "--faults", type=lambda s: s.split(","), default=list(FAULTS), help=f"comma-separated, of {','.join(FAULTS)}"
    )
    args = parser.parse_args()
    unknown = set(args.faults) - set(FAULTS)
    if unknown:
        parser.error(f"unknown faults: {', '.join(sorted(unknown))}")
    return soak(args)


if __name__ == "__main__":
    sys.exit(main())
