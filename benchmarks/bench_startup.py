"""Start-up time of the command: `summarize --version` (target < 250 ms) and `summarize --help`.

uv run python benchmarks/bench_startup.py
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15


def command() -> list[str]:
    script = shutil.which("summarize") or str(Path(sys.executable).with_name("summarize"))
    return [script]


def measure(args: list[str]) -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command() + args, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    for args, target in ((["--version"], 250), (["--help"], None)):
        times = measure(args)
        goal = f" (target < {target} ms)" if target else ""
        print(
            f"summarize {' '.join(args):10s} median {statistics.median(times):6.1f} ms, "
            f"max {max(times):6.1f} ms over {RUNS} runs{goal}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
