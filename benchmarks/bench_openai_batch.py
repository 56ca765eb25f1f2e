"""The Batch API path, on our side of the wire: building the requests, and validating the answers.

Runs ``--via openai-batch`` in process against the scripted Files + Batches API of the tests
(``tests/batch_server.py``; no network, no waiting between polls), over N copies of the example
articles answered with their gold drafts, and prints: the time to build and upload the requests,
the input file's size, the time to download, ground, check and assemble every answer, and the peak
resident memory of the process. The provider's own time (minutes to 24 hours) is not measured.

    uv run python benchmarks/bench_openai_batch.py [N]     # N articles, 400 by default
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the scripted API lives with the tests

import summarize.batch.openai_job as batch  # noqa: E402
from summarize import Document  # noqa: E402
from summarize.testing import Answer  # noqa: E402
from tests.batch_server import INPUT_FILE, ScriptedBatchAPI  # noqa: E402
from tests.conftest import article, gold_draft  # noqa: E402

NAMES = sorted(p.stem for p in (ROOT / "examples" / "gold").glob("*.json"))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    names = [NAMES[n % len(NAMES)] for n in range(count)]
    items = [(f"{name}-{n}", Document.from_text(article(name), f"examples/{name}.txt")) for n, name in enumerate(names)]
    api = ScriptedBatchAPI([Answer(gold_draft(name)) for name in names], statuses=["completed"])
    options = {"model": "gpt-4o-mini", "api_key": "sk-test", "base_url": "http://bench.invalid/v1", "mode": "tools"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "results.jsonl"
        started = time.perf_counter()
        job = batch.BatchJob(batch.settings_from(options), api.http_client())
        manifest = job.submit(items, out)
        submitted = time.perf_counter()
        code = job.collect(manifest, job.wait(manifest.batch_id, 0), out)
        collected = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports kB
        lines = out.read_text(encoding="utf-8").count("\n")
    submit, collect = submitted - started, collected - submitted
    size = len(api.files[INPUT_FILE])
    print(f"articles                       {count}  (exit {code}, {lines} result lines)")
    print(f"build + upload the requests    {submit:.2f} s  ({submit / count * 1000:.1f} ms/article)")
    print(f"input file                     {size / 1e6:.1f} MB  ({size / count / 1e3:.1f} kB/article)")
    print(f"download + validate + assemble {collect:.2f} s  ({collect / count * 1000:.1f} ms/article)")
    print(f"peak resident memory           {peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
