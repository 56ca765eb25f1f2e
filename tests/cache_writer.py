"""A process that writes to the response cache: the target of the concurrent-writers test.

Kept apart from the test module so a spawned interpreter imports only the cache, not the test kit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarize.engine.response_cache import BriefingCache

PUTS = 50


def write_entries(directory: str, worker: int, start: Any) -> None:
    """``PUTS`` stores, each its own transaction, begun when every writer is ready (``start``, a Barrier)."""
    cache = BriefingCache(Path(directory))
    start.wait()
    for n in range(PUTS):
        cache.put(f"w{worker}-{n}", json.dumps({"worker": worker, "n": n, "pad": "x" * 2000}), f"model-{worker}")
    cache.close()
