"""The test kit: no network, ever; cassettes in the top-level ``cassettes/``; a dummy key.

Cassette tests run in one of three ways, chosen by ``SUMMARIZE_CASSETTES`` (see cassettes/README.md):
- unset (the default, and CI): replay only; an unmatched request fails loudly;
- ``compose``: record against a local scripted server answering with the test's script;
- ``live``: record against the real endpoint of OPENAI_BASE_URL / OPENAI_API_KEY.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from summarize import Summarizer
from summarize.testing import Answer, Reply, ScriptedModel, serve_scripted
from tests.cassette_format import (
    ReadableJSONSerializer,
    match_batch_body,
    match_json_body,
    scrub_request,
    scrub_response,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASSETTE_MODEL = "gpt-4o-mini"
DUMMY_KEY = "sk-dummy-key-for-tests"
REPLAY_BASE_URL = "http://replay.invalid/v1"  # never reached: vcrpy answers or the test fails
CASSETTE_WAY = os.environ.get("SUMMARIZE_CASSETTES", "replay")
_OUR_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZE_MODEL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_serializer("json", ReadableJSONSerializer)
    vcr.register_matcher("json_body", match_json_body)
    vcr.register_matcher("batch_body", match_batch_body)  # tests/test_openai_batch.py: multipart uploads


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "serializer": "json",
        "match_on": ["method", "path", "json_body"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    return str(ROOT / "cassettes")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the developer's keys or endpoints, and never write to their home."""
    if CASSETTE_WAY != "live":
        for name in _OUR_ENV:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SUMMARIZE_CACHE_DIR", raising=False)  # the response cache goes under XDG_CACHE_HOME
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Transport back-off waits, recorded instead of slept."""
    recorded: list[float] = []

    async def async_record(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr("summarize.engine.steps.pause", recorded.append)
    monkeypatch.setattr("summarize.engine.steps.apause", async_record)
    return recorded


def article(name: str) -> str:
    return (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def gold_draft(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return data


def model_run_in_child(script: str, name: str = "court-ruling") -> dict[str, Any]:
    """Run ``script`` in a fresh interpreter against a scripted server answering with ``name``'s gold
    draft (its URL in ``sys.argv[1]``, the article on stdin); the JSON of its last line of output."""
    server, base_url = serve_scripted(ScriptedModel([Answer(gold_draft(name))]))
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("OPENAI_API_KEY", None)
        done = subprocess.run(
            [sys.executable, "-c", script, base_url],
            input=article(name),
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def scripted(*replies: Reply, **options: Any) -> tuple[Summarizer, ScriptedModel]:
    """A summarizer whose endpoint is a ScriptedModel answering with ``replies`` (no HTTP)."""
    model = ScriptedModel(list(replies), repeat_last=options.pop("repeat_last", False))
    options.setdefault("model", "m")
    return Summarizer(api_key="sk-test", http_client=model.http_client(), **options), model


@dataclass
class LLMEndpoint:
    """Where a cassette test's summarizer sends its requests, for the current cassette way."""

    base_url: str
    api_key: str
    scripted: ScriptedModel | None = None
    servers: list[Any] = field(default_factory=list)

    def script(self, *replies: Reply, repeat_last: bool = False) -> None:
        """The replies a composed cassette records (ignored when replaying or recording live)."""
        if CASSETTE_WAY == "compose":
            self.scripted = ScriptedModel(list(replies), repeat_last=repeat_last)
            server, self.base_url = serve_scripted(self.scripted)
            self.servers.append(server)

    def summarizer(self, **options: Any) -> Summarizer:
        options.setdefault("model", CASSETTE_MODEL)
        return Summarizer(base_url=self.base_url, api_key=self.api_key, **options)


@pytest.fixture
def llm() -> Iterator[LLMEndpoint]:
    if CASSETTE_WAY == "live":
        endpoint = LLMEndpoint(
            os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"), os.environ["OPENAI_API_KEY"]
        )
    else:
        endpoint = LLMEndpoint(REPLAY_BASE_URL, DUMMY_KEY)
    yield endpoint
    for server in endpoint.servers:
        server.shutdown()
        server.server_close()
