"""A one-article model run builds one HTTP client and imports only what it uses (issue 16, section 6).

The run is a fresh interpreter briefing one article through ``summarize.summarize`` against the
scripted server (real HTTP on loopback, served by this test); it reports the HTTP clients it built
and which of the modules a model run does not need were imported.
"""

from __future__ import annotations

from tests.conftest import model_run_in_child

CHILD = """
import json, sys
import httpx2

built = {"sync": 0, "async": 0}
sync_init, async_init = httpx2.Client.__init__, httpx2.AsyncClient.__init__

def counted_sync(self, *args, **kwargs):
    built["sync"] += 1
    sync_init(self, *args, **kwargs)

def counted_async(self, *args, **kwargs):
    built["async"] += 1
    async_init(self, *args, **kwargs)

httpx2.Client.__init__, httpx2.AsyncClient.__init__ = counted_sync, counted_async

import summarize

briefing = summarize.summarize(sys.stdin.read(), backend="llm", base_url=sys.argv[1], api_key="sk-test-key",
                               model="gpt-4o-mini")
unneeded = ["openai.resources", "summarize.offline", "typer", "summarize.cli", "jinja2"]
print(json.dumps({"built": built, "claims": len(briefing.claims), "backend": briefing.meta.backend,
                  "imported": [name for name in unneeded if name in sys.modules]}))
"""


def _model_run(name: str = "court-ruling") -> dict[str, object]:
    return model_run_in_child(CHILD, name)


def test_a_model_run_builds_one_http_client_and_imports_only_what_it_uses() -> None:
    report = _model_run()
    assert report["backend"] == "llm" and report["claims"]  # the model really answered
    assert report["built"] == {"sync": 1, "async": 0}
    assert report["imported"] == []
