"""summarize beside its peers, in one run, as ratios (issue 13).

1. Grounding: the same quotes (exact, case and quote-mark variants, elided, fabricated) located by
   summarize's grounding (``TextIndex``) and by langextract's resolver (``Resolver.align``, its
   word aligner with fuzzy alignment on, as ``lx.extract`` runs it) over the example articles: CPU
   per quote, quotes located at the right offsets, fabricated quotes rejected.
2. Start-up against ``llm``: ``--version``, ``--help``, and a no-op run (the main command given
   an empty stdin: both read it and stop with an error), CPU of the child process.
3. Overhead per article at 0 ms latency: ``Summarizer.summarize`` against instructor alone making
   the same request (same messages, same response model, same mode, same scripted server).

The peers are in the ``bench`` dependency group, resolved apart from the dev tools, in its own
environment (the package never imports them)::

    UV_PROJECT_ENVIRONMENT=.venv-bench python3 -m uv sync --locked --no-default-groups --group bench
    .venv-bench/bin/python benchmarks/bench_peers.py [--rounds 5] [--only grounding,startup,overhead]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EXAMPLES = ROOT / "examples"
GROUP_MISSING = (
    "bench_peers needs the peers of the 'bench' dependency group ({missing} is not installed). Install them "
    "into their own environment and run from it:\n"
    "    UV_PROJECT_ENVIRONMENT=.venv-bench python3 -m uv sync --locked --no-default-groups --group bench\n"
    "    .venv-bench/bin/python benchmarks/bench_peers.py"
)


def require_peers() -> None:
    """Stop with one clear message when the bench group is not installed."""
    for module in ("langextract", "llm", "instructor"):
        try:
            __import__(module)
        except ImportError:
            sys.exit(GROUP_MISSING.format(missing=module))


# --- 1. grounding ---------------------------------------------------------------------------------

CLASSES = ("exact", "variant", "elided", "fabricated")


@dataclass(frozen=True)
class Quote:
    kind: str
    text: str
    span: tuple[int, int] | None  # where it truly is; None for a fabricated quote


def article_quotes() -> list[tuple[str, list[Quote]]]:
    """Each example article with its gold evidence quotes in four classes, and where each truly is."""
    from summarize.schemas.grounding import TextIndex

    out = []
    for gold in sorted((EXAMPLES / "gold").glob("*.json")):
        source = EXAMPLES / f"{gold.stem}.txt"
        if not source.exists():
            continue
        text = source.read_text(encoding="utf-8")
        draft = json.loads(gold.read_text(encoding="utf-8"))
        index = TextIndex(text)
        exact: list[tuple[str, tuple[int, int]]] = []
        for item in [*draft.get("claims", []), *draft.get("denials", [])]:
            for ev in item.get("evidence", []):
                at = text.find(ev["quote"])
                if at >= 0 and index.locate(ev["quote"]) is not None:
                    exact.append((ev["quote"], (at, at + len(ev["quote"]))))
        exact = list(dict.fromkeys(exact))
        quotes = [Quote("exact", q, span) for q, span in exact]
        quotes += [Quote("variant", variant(q, n), span) for n, (q, span) in enumerate(exact)]
        quotes += [Quote("elided", e, span) for q, span in exact if (e := elided(q)) is not None]
        quotes += [Quote("fabricated", f, None) for n, (q, _) in enumerate(exact) if (f := fabricated(q, n, text))]
        out.append((text, quotes))
    return out


_SWAPS = {"'": "\u2019", '"': "\u201c", "\u2019": "'", "\u201c": '"', "\u201d": '"', "-": "\u2013", "\u2014": "-"}


def variant(quote: str, n: int) -> str:
    """Typographic drift a model brings: quote marks and dashes swapped, and the case changed."""
    swapped = "".join(_SWAPS.get(ch, ch) for ch in quote)
    if n % 3 == 0:
        return swapped.lower()
    if n % 3 == 1:
        return swapped[:1].lower() + swapped[1:]
    return swapped.upper()


def elided(quote: str) -> str | None:
    """The quote with its middle words left out and an elision mark in their place."""
    words = quote.split(" ")
    if len(words) < 12:
        return None
    keep = max(3, len(words) // 4)
    return " ".join(words[:keep]) + " ... " + " ".join(words[-keep:])


_SWAP_WORDS = {
    "said": "denied",
    "not": "indeed",
    "will": "never",
    "would": "never",
    "has": "never",
    "is": "was never",
    "was": "is",
    "the": "no",
}


def fabricated(quote: str, n: int, text: str) -> str | None:
    """A quote the article does not hold: a figure or a word of it changed (a model's misquote), or
    its words in another order."""
    changed = re.sub(r"\d+", lambda m: str(int(m.group()) + 7), quote, count=1)
    if changed == quote:
        words = quote.split(" ")
        for i, word in enumerate(words):
            if word.lower() in _SWAP_WORDS:
                words[i] = _SWAP_WORDS[word.lower()]
                break
        else:
            words = words[len(words) // 2 :] + words[: len(words) // 2]
        changed = " ".join(words)
    return changed if changed not in text and len(changed.split()) >= 4 else None


def locate_with_summarize(text: str, quotes: list[Quote]) -> list[tuple[int, int] | None]:
    from summarize.schemas.grounding import TextIndex

    index = TextIndex(text)  # built per article, as a Document builds it
    spans = []
    for quote in quotes:
        span = index.locate(quote.text)
        spans.append((span.start, span.end) if span else None)
    return spans


def locate_with_langextract(text: str, quotes: list[Quote]) -> list[tuple[int, int] | None]:
    from langextract import resolver
    from langextract.core import data

    extractions = [data.Extraction("evidence", q.text, extraction_index=i) for i, q in enumerate(quotes)]
    aligned = {
        e.extraction_index: e for e in resolver.Resolver().align(extractions, text, token_offset=0, char_offset=0)
    }
    spans: list[tuple[int, int] | None] = []
    for i in range(len(quotes)):
        found = aligned.get(i)
        interval = found.char_interval if found is not None else None
        ok = interval is not None and interval.start_pos is not None and interval.end_pos is not None
        spans.append((interval.start_pos, interval.end_pos) if ok else None)  # type: ignore[union-attr]
    return spans


def grounding(rounds: int) -> None:
    import logging

    logging.getLogger("absl").setLevel(logging.ERROR)
    logging.getLogger().setLevel(logging.ERROR)
    corpus = article_quotes()
    locators: dict[str, Callable[[str, list[Quote]], list[tuple[int, int] | None]]] = {
        "summarize": locate_with_summarize,
        "langextract": locate_with_langextract,
    }
    rows: dict[tuple[str, str], tuple[int, int, float]] = {}  # (tool, class) -> right, total, CPU s per quote
    for tool, locate in locators.items():
        for kind in CLASSES:
            batch = [(text, [q for q in quotes if q.kind == kind]) for text, quotes in corpus]
            right = total = 0
            for text, quotes in batch:
                for quote, span in zip(quotes, locate(text, quotes), strict=True):
                    total += 1
                    right += span == quote.span  # the true span; None for a fabricated quote (rejected)
            times = []
            for _ in range(rounds):
                started = time.process_time()
                for text, quotes in batch:
                    locate(text, quotes)
                times.append((time.process_time() - started) / max(1, total))
            rows[(tool, kind)] = (right, total, min(times))
    print(f"Grounding: {len(corpus)} example articles, the gold evidence quotes in four classes")
    print("(right = located at the true offsets; for fabricated quotes, rejected)")
    print(
        f"{'class':11s} {'quotes':>6s} | {'summarize right':>15s} {'us/quote':>9s} | "
        f"{'langextract right':>17s} {'us/quote':>9s} | {'time ratio':>10s}"
    )
    for kind in CLASSES:
        ours, theirs = rows[("summarize", kind)], rows[("langextract", kind)]
        print(
            f"{kind:11s} {ours[1]:6d} | {ours[0]:7d} ({ours[0] / max(1, ours[1]):5.0%}) {ours[2] * 1e6:9.1f} | "
            f"{theirs[0]:9d} ({theirs[0] / max(1, theirs[1]):5.0%}) {theirs[2] * 1e6:9.1f} | "
            f"{ours[2] / theirs[2]:9.3f}x"
        )
    print()


# --- 2. start-up against llm ----------------------------------------------------------------------


def child_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one run of ``command``, stdin empty."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def startup(rounds: int) -> None:
    bin_dir = Path(sys.executable).parent
    ours, theirs = shutil.which("summarize", path=str(bin_dir)), shutil.which("llm", path=str(bin_dir))
    if not ours or not theirs:
        sys.exit(f"bench_peers: summarize and llm must both be installed next to {sys.executable}")
    home = tempfile.mkdtemp(prefix="bench-peers-")
    env = {
        **os.environ,
        "LLM_USER_PATH": home,  # llm's own folder, so the user's keys and logs are never read
        "LLM_LOAD_PLUGINS": "",  # llm alone, without summarize's llm plugin installed here
        "XDG_CONFIG_HOME": home,
        "XDG_CACHE_HOME": home,
    }
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    shapes = [
        ("--version", ["--version"], ["--version"]),
        ("--help", ["--help"], ["--help"]),
        ("no-op run (empty stdin)", ["-"], ["prompt"]),
    ]
    print(f"Start-up against llm: median CPU (user + system) of the process over {rounds} runs")
    print(f"{'command':26s} | {'summarize ms':>12s} | {'llm ms':>8s} | {'ratio':>7s}")
    for label, our_args, their_args in shapes:
        for _ in range(2):  # warm the file cache and any bytecode
            child_cpu([ours, *our_args], env)
            child_cpu([theirs, *their_args], env)
        a = statistics.median(child_cpu([ours, *our_args], env)[0] for _ in range(rounds))
        b = statistics.median(child_cpu([theirs, *their_args], env)[0] for _ in range(rounds))
        print(f"{label:26s} | {a * 1000:12.0f} | {b * 1000:8.0f} | {a / b:6.3f}x")
    shutil.rmtree(home, ignore_errors=True)
    print()


# --- 3. overhead against instructor alone ---------------------------------------------------------


def overhead(rounds: int, articles: int = 40) -> None:
    import instructor
    import openai

    from summarize import Summarizer
    from summarize.engine.messages import render_messages
    from summarize.schemas import BriefingDraft
    from summarize.testing import Answer, ScriptedModel

    name = "court-ruling"
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    draft = json.loads((EXAMPLES / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    model = ScriptedModel([Answer(draft)], repeat_last=True)
    ours = Summarizer(model="gpt-4o-mini", api_key="sk-bench", mode="tools", http_client=model.http_client())
    bare = instructor.from_openai(
        openai.OpenAI(
            api_key="sk-bench", base_url="http://scripted.invalid/v1", max_retries=0, http_client=model.http_client()
        ),
        mode=instructor.Mode.TOOLS,
    )

    from instructor.v2.core.response_model import prepare_response_model

    prepared = prepare_response_model(BriefingDraft)

    def with_instructor(article: str, response_model: Any = BriefingDraft) -> None:
        bare.chat.completions.create(
            model="gpt-4o-mini", messages=render_messages(article), response_model=response_model, max_retries=2
        )

    def with_summarize(article: str) -> None:
        ours.summarize(article)

    # instructor first: summarize's first request patches instructor's per-request walk over the
    # model (engine/instructor_patch.py) in this process, and instructor alone must run without it.
    runs: list[tuple[str, Callable[[str], None]]] = [
        ("instructor alone, the model class as documented", with_instructor),
        ("instructor alone, the model prepared once", lambda article: with_instructor(article, prepared)),
        ("summarize", with_summarize),
    ]
    results = {}
    for label, run in runs:
        for n in range(3):
            run(f"{text}\nWarm-up {n}.\n")
        per = []
        for r in range(rounds):
            batch = [f"{text}\nReference {r}-{n}.\n" for n in range(articles)]
            started = time.process_time()
            for article in batch:
                run(article)
            per.append((time.process_time() - started) / articles)
        results[label] = min(per)
    print(
        f"Overhead per article at 0 ms latency ({name}, 19 kB answer, mode tools, scripted server): "
        f"CPU per article, best of {rounds} rounds of {articles}"
    )
    print(f"{'':50s} | {'ms':>6s} | {'summarize / this':>16s}")
    for label, seconds in results.items():
        print(f"{label:50s} | {seconds * 1000:6.2f} | {results['summarize'] / seconds:15.2f}x")
    print("(target: summarize <= 1.5x instructor alone). summarize adds what instructor does not do: grounding")
    print("every quote, the contract's checks, assembly (ids in order, offsets, meta), costs, the response cache.")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="grounding,startup,overhead")
    args = parser.parse_args()
    require_peers()
    import platform

    print(
        f"bench_peers: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
    )
    print()
    parts = {"grounding": grounding, "startup": startup, "overhead": overhead}
    for part in args.only.split(","):
        parts[part.strip()](args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
