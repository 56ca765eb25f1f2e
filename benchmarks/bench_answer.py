"""CPU per realistic answer: one article's whole LLM path on the client, the server's work left out.

Each article (court-ruling, 2,600 characters, with a reference line that makes every one new) is
briefed through ``Summarizer.summarize`` against an in-process transport that hands back the same
pre-built chat completion (the hand-made 20 kB draft), so what is timed is summarize's work alone:
the request built and sent through openai's client, the answer parsed and validated with grounding,
the briefing assembled. CPU time (``time.process_time``), best and median of several rounds.
Target (issue 13): <= 4 ms per answer.

    uv run python benchmarks/bench_answer.py [--rounds 7] [--articles 100] [--mode tools] [--profile]

``--profile`` prints where the time goes (cProfile, grouped by package and by our module).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize import Summarizer  # noqa: E402
from summarize.testing import Answer, completion_body  # noqa: E402

ARTICLE = "court-ruling"


def article_and_draft(name: str) -> tuple[str, dict[str, Any]]:
    text = (ROOT / "examples" / f"{name}.txt").read_text(encoding="utf-8")
    draft: dict[str, Any] = json.loads((ROOT / "examples" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return text, draft


def canned_client(draft: dict[str, Any], mode: str) -> httpx2.Client:
    """An httpx2 client whose every request is answered at once with the same completion."""
    shape = {"tools": [{"function": {"name": "BriefingDraft"}}]} if mode == "tools" else {"response_format": {}}
    body = json.dumps(completion_body({**shape, "model": "gpt-4o-mini"}, Answer(draft))).encode()
    headers = {"content-type": "application/json"}
    return httpx2.Client(
        transport=httpx2.MockTransport(lambda request: httpx2.Response(200, content=body, headers=headers))
    )


def owner(filename: str, function: str) -> str:
    """Who a profiled function belongs to: a package, one of our modules, or the standard library."""
    if "site-packages/" in filename:
        return filename.split("site-packages/")[1].split("/")[0]
    if "/summarize/" in filename:
        return "summarize/" + filename.split("/summarize/")[1]
    if filename == "~":
        return "built-in: " + function.split(" of ")[-1].strip("<>'")[:48]
    return "stdlib: " + filename.rsplit("/", 1)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--mode", default="tools", choices=["tools", "json_schema"])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    text, draft = article_and_draft(ARTICLE)
    summarizer = Summarizer(
        model="gpt-4o-mini", api_key="sk-bench", mode=args.mode, http_client=canned_client(draft, args.mode)
    )
    for n in range(5):  # warm-up: imports, the response model, the schema
        summarizer.summarize(f"{text}\nWarm-up {n}.\n")
    per_answer = []
    for r in range(args.rounds):
        articles = [f"{text}\nReference {r}-{n}.\n" for n in range(args.articles)]
        started = time.process_time()
        for one in articles:
            summarizer.summarize(one)
        per_answer.append((time.process_time() - started) / args.articles * 1000)
    print(
        f"CPU per realistic answer ({ARTICLE}, {len(json.dumps(draft)) / 1000:.0f} kB draft, mode {args.mode}): "
        f"best {min(per_answer):.2f} ms, median {statistics.median(per_answer):.2f} ms over {args.rounds} rounds "
        f"of {args.articles} (target <= 4 ms)"
    )
    if args.profile:
        profile = cProfile.Profile()
        articles = [f"{text}\nProfiled {n}.\n" for n in range(args.articles)]
        profile.enable()
        for one in articles:
            summarizer.summarize(one)
        profile.disable()
        stats: Any = pstats.Stats(profile)
        shares: Counter[str] = Counter()
        for (filename, _, function), (_, _, own, _, _) in stats.stats.items():
            shares[owner(filename, function)] += own
        total = sum(shares.values())
        print("where the time goes (cProfile, own time by package / module; the profiler inflates small calls):")
        for name, seconds in shares.most_common(25):
            print(f"  {seconds / total:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
