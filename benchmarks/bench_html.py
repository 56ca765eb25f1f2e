"""HTML input: extraction time per page, and a page fetched from a loopback server, end to end.

uv run python benchmarks/bench_html.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.page_server

from summarize import Document  # noqa: E402
from tests.page_server import serve_pages, standard_routes  # noqa: E402

RUNS = 30
PAGES = [ROOT / "tests" / "pages" / "news.html", *sorted((ROOT / "examples" / "pages").glob("*.html"))]


def timed(load: Callable[[], object], runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        load()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    started = time.perf_counter()
    Document.from_path(PAGES[0])
    print(f"first page, trafilatura import included: {(time.perf_counter() - started) * 1000:.0f} ms")
    for page in PAGES:
        size = page.stat().st_size
        times = timed(lambda page=page: Document.from_path(page))
        chars = Document.from_path(page).chars
        print(
            f"{page.name:28} {size:7,} bytes -> {chars:6,} chars  median {statistics.median(times):6.1f} ms"
            f"  max {max(times):6.1f} ms"
        )
    with serve_pages(standard_routes()) as site:
        url = site.url("/news")
        times = timed(lambda: Document.from_url(url, allow_private=True))
        print(f"{'fetch + extract (loopback)':28} median {statistics.median(times):6.1f} ms  max {max(times):6.1f} ms")


if __name__ == "__main__":
    main()
