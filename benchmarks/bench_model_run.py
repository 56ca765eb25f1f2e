"""A one-article model run's CPU against the import floor of the stack it uses (issue 16, section 6).

The run: ``summarize ARTICLE --backend llm --format json`` against the scripted OpenAI-compatible
server of ``summarize.testing`` (real HTTP on loopback, served from this process), as a user runs
it. The floor: ``python -c "import openai, instructor"``, the least any run on that stack costs.
Both are child processes timed by their CPU (user + system, from ``getrusage``), median of several
runs, with ``PYTHONDONTWRITEBYTECODE=1`` as many container images set it, from this venv, whose
bytecode uv compiles on sync (``[tool.uv] compile-bytecode``); the package's own modules are
compiled first, as a wheel install has them. Target: run / floor <= 1.3x.

    .venv/bin/python benchmarks/bench_model_run.py [--runs 7] [--article court-ruling]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.testing import Answer, ScriptedModel, serve_scripted  # noqa: E402


def child_cpu(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one run of ``command``; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"bench_model_run: {' '.join(command[:3])} ... failed: {done.stderr.decode()[-300:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--article", default="court-ruling")
    args = parser.parse_args()

    compileall.compile_dir(str(ROOT / "summarize"), quiet=1)
    article = ROOT / "examples" / f"{args.article}.txt"
    draft = json.loads((ROOT / "examples" / "gold" / f"{args.article}.json").read_text(encoding="utf-8"))
    server, base_url = serve_scripted(ScriptedModel([Answer(draft)], repeat_last=True))
    home = tempfile.mkdtemp(prefix="bench-model-run-")
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "OPENAI_API_KEY": "sk-bench-not-a-key",
        "XDG_CONFIG_HOME": home,  # no user prices file
        "XDG_CACHE_HOME": home,
    }
    env.pop("OPENAI_BASE_URL", None)
    python = sys.executable
    run = [
        str(Path(python).with_name("summarize")),
        str(article),
        "--backend",
        "llm",
        "--base-url",
        base_url,
        "--model",
        "gpt-4o-mini",
        "--format",
        "json",
    ]
    floor = [python, "-c", "import openai, instructor"]
    fresh = iter(range(1_000_000))  # each run its own response cache: a miss, as for a new article

    def one_run() -> float:
        return child_cpu([*run, "--cache-dir", f"{home}/cache-{next(fresh)}"], env)

    for _ in range(2):  # warm the file cache
        one_run()
        child_cpu(floor, env)
    runs, floors = [], []
    for _ in range(args.runs):  # alternate, so a busy moment of the machine weighs on both
        runs.append(one_run())
        floors.append(child_cpu(floor, env))
    server.shutdown()
    shutil.rmtree(home, ignore_errors=True)
    a, b = statistics.median(runs), statistics.median(floors)
    print(
        f"one-article model run ({args.article}, scripted server, PYTHONDONTWRITEBYTECODE=1, compiled bytecode): "
        f"median CPU {a * 1000:.0f} ms over {args.runs} runs"
    )
    print(f"import floor (python -c 'import openai, instructor'):                      median CPU {b * 1000:.0f} ms")
    print(f"run / floor: {a / b:.2f}x (target <= 1.3x)  [{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
