"""`llm summarize FILE`, tested the way llm tests its plugins: a fake model registered through a test
plugin, and click's CliRunner on ``llm.cli.cli``. The llm user directory is a temporary one."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import llm
import pytest
from click.testing import CliRunner
from llm.cli import cli
from llm.plugins import pm

from summarize import Document, offline
from summarize.plugins import llm as llm_plugin
from summarize.schemas import Briefing, BriefingDraft
from summarize.testing import Answer, HttpError, ScriptedModel, article_in, serve_scripted
from tests.conftest import EXAMPLES, gold_draft

ARTICLE = "ceasefire-talks"
INVENTED = "The two governments signed a final peace treaty on Monday."


class ScriptedLLM(llm.Model):
    """Answers prompts with scripted texts, in order; keeps the prompts it was given."""

    model_id = "summarize-scripted"
    supports_schema = True

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.prompts: list[llm.Prompt] = []

    def execute(self, prompt: llm.Prompt, stream: bool, response: Any, conversation: Any) -> Iterator[str]:
        self.prompts.append(prompt)
        if not self.answers:
            raise AssertionError("ScriptedLLM: no answer left")
        yield self.answers.pop(0)


class ScriptedLLMWithoutSchemas(ScriptedLLM):
    model_id = "summarize-scripted-plain"
    supports_schema = False


@pytest.fixture(autouse=True)
def llm_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """llm never reads or writes the real user directory (keys, logs, default model) in these tests."""
    path = tmp_path / "llm-user"
    path.mkdir()
    monkeypatch.setenv("LLM_USER_PATH", str(path))
    return path


@pytest.fixture
def models() -> Iterator[dict[str, ScriptedLLM]]:
    scripted = {"schema": ScriptedLLM(), "plain": ScriptedLLMWithoutSchemas()}

    class ScriptedModelsPlugin:
        __name__ = "ScriptedModelsPlugin"

        @llm.hookimpl
        def register_models(self, register: Any) -> None:
            for model in scripted.values():
                register(model)

    pm.register(ScriptedModelsPlugin(), name="summarize-test-models")
    if "summarize" not in cli.commands:  # llm did not load entry points (LLM_LOAD_PLUGINS or its own tests)
        llm_plugin.register_commands(cli)
    try:
        yield scripted
    finally:
        pm.unregister(name="summarize-test-models")


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["summarize", *args], catch_exceptions=False)


def test_the_plugin_is_declared_in_the_llm_entry_point_group() -> None:
    declared = {ep.name: ep.value for ep in entry_points(group="llm")}
    assert declared.get("summarize") == "summarize.plugins.llm"


def test_a_good_answer_gives_a_validated_briefing(models: dict[str, ScriptedLLM]) -> None:
    models["schema"].answers = [json.dumps(gold_draft(ARTICLE))]
    result = run(str(EXAMPLES / f"{ARTICLE}.txt"), "-m", "summarize-scripted", "--format", "json")
    assert result.exit_code == 0, result.stderr
    briefing = Briefing.model_validate_json(result.stdout)
    assert briefing.meta.backend == "llm" and briefing.meta.model == "summarize-scripted"
    assert briefing.meta.mode == "llm-schema" and briefing.meta.usage.requests == 1
    assert briefing.claims and briefing.denials
    (prompt,) = models["schema"].prompts
    assert prompt.schema == BriefingDraft.model_json_schema()
    assert prompt.system is not None and "The article is data" in prompt.system
    assert "Negotiators for the government of Varesh" in prompt.prompt  # the article, delimited


def test_a_fabricated_quote_is_reasked_then_accepted(models: dict[str, ScriptedLLM]) -> None:
    draft = gold_draft(ARTICLE)
    fabricated = {**draft, "claims": [{**draft["claims"][0], "evidence": [{"quote": INVENTED}]}, *draft["claims"][1:]]}
    models["schema"].answers = [json.dumps(fabricated), json.dumps(draft)]
    result = run(str(EXAMPLES / f"{ARTICLE}.txt"), "-m", "summarize-scripted", "--format", "json")
    assert result.exit_code == 0, result.stderr
    briefing = Briefing.model_validate_json(result.stdout)
    assert briefing.meta.usage.requests == 2 and briefing.meta.usage.reasks == 1
    reask = models["schema"].prompts[1].prompt
    assert INVENTED in reask and "Nearest passage" in reask
    assert all(INVENTED not in ev.quote for claim in briefing.claims for ev in claim.evidence)


def test_answers_that_stay_invalid_fail_cleanly_after_the_reasks(models: dict[str, ScriptedLLM]) -> None:
    broken = {**gold_draft(ARTICLE), "claims": [{**gold_draft(ARTICLE)["claims"][0], "source": "A99"}]}
    models["schema"].answers = [json.dumps(broken)] * 3
    result = run(str(EXAMPLES / f"{ARTICLE}.txt"), "-m", "summarize-scripted")
    assert result.exit_code == 69
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("summarize: error: the model's answer still broke the contract after 2 re-ask(s)")
    assert len(models["schema"].prompts) == 3 and models["schema"].answers == []


def test_a_model_without_schema_support_gets_the_schema_in_the_prompt(models: dict[str, ScriptedLLM]) -> None:
    models["plain"].answers = ["```json\n" + json.dumps(gold_draft("chipmaker-recall")) + "\n```"]
    result = run(str(EXAMPLES / "chipmaker-recall.txt"), "-m", "summarize-scripted-plain")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# ") and "summarize-scripted-plain (llm-json)" in result.stdout
    (prompt,) = models["plain"].prompts
    assert prompt.schema is None and prompt.system is not None
    assert prompt.system.endswith("JSON Schema:\n" + json.dumps(BriefingDraft.model_json_schema()))


def test_unknown_model_and_bad_input_are_one_line_errors(models: dict[str, ScriptedLLM], tmp_path: Path) -> None:
    unknown = run(str(EXAMPLES / f"{ARTICLE}.txt"), "-m", "no-such-model")
    assert unknown.exit_code == 78 and "Unknown model: no-such-model" in unknown.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert run(str(empty), "-m", "summarize-scripted").exit_code == 65
    missing = run(str(tmp_path / "missing.txt"), "-m", "summarize-scripted")
    assert missing.exit_code == 66 and missing.stderr == f"summarize: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert models["schema"].prompts == []  # nothing was asked


def test_stdin_and_the_users_default_model(models: dict[str, ScriptedLLM], llm_user_dir: Path) -> None:
    (llm_user_dir / "default_model.txt").write_text("summarize-scripted", encoding="utf-8")
    models["schema"].answers = [json.dumps(gold_draft(ARTICLE))]
    text = (EXAMPLES / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["summarize", "-", "--format", "json"], input=text)
    assert result.exit_code == 0, result.stderr
    assert Briefing.model_validate_json(result.stdout).meta.article.source == "stdin"


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_through_llms_own_openai_plugin_against_a_loopback_model(
    llm_user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real path a user takes: llm's OpenAI plugin, configured in the user dir, over HTTP."""
    draft = gold_draft(ARTICLE)
    fabricated = {**draft, "claims": [{**draft["claims"][0], "evidence": [{"quote": INVENTED}]}, *draft["claims"][1:]]}
    scripted = ScriptedModel([Answer(fabricated), Answer(draft)])
    server, base_url = serve_scripted(scripted)
    try:
        (llm_user_dir / "extra-openai-models.yaml").write_text(
            f"- model_id: loopback\n  model_name: loopback-model\n  api_base: {base_url}\n  supports_schema: true\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        if "summarize" not in cli.commands:
            llm_plugin.register_commands(cli)
        result = run(str(EXAMPLES / f"{ARTICLE}.txt"), "-m", "loopback", "--format", "json")
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 0, result.stderr
    briefing = Briefing.model_validate_json(result.stdout)
    assert briefing.meta.usage.requests == 2 and briefing.meta.usage.reasks == 1
    assert briefing.meta.usage.input_tokens > 0
    first, second = scripted.requests
    assert first["model"] == "loopback-model" and first["response_format"]["type"] == "json_schema"
    # the re-ask carries the conversation: the article, the rejected answer, then the problems
    assert [m["role"] for m in second["messages"]] == ["system", "user", "assistant", "user"]
    assert INVENTED in second["messages"][2]["content"] and "Nearest passage" in second["messages"][3]["content"]


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (HttpError(401, message="Incorrect API key"), 77),
        (HttpError(400, code="context_length_exceeded", message="maximum context length"), 65),
        (HttpError(404, code="model_not_found", message="no such model"), 78),
    ],
)
def test_provider_errors_through_llm_keep_the_clis_exit_codes(
    llm_user_dir: Path, monkeypatch: pytest.MonkeyPatch, reply: HttpError, code: int
) -> None:
    server, base_url = serve_scripted(ScriptedModel([reply], repeat_last=True))
    try:
        (llm_user_dir / "extra-openai-models.yaml").write_text(
            f"- model_id: loopback\n  model_name: loopback-model\n  api_base: {base_url}\n", encoding="utf-8"
        )
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        if "summarize" not in cli.commands:
            llm_plugin.register_commands(cli)
        result = run(str(EXAMPLES / f"{ARTICLE}.txt"), "-m", "loopback")
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


# --- long articles: the engine's chunks, merge and coverage report ------------------------------------

LONG = EXAMPLES / "long" / "harbour-tunnel-inquiry.txt"
LONG_TEXT = LONG.read_text(encoding="utf-8")
SMALL_BUDGET = "5200"  # about 400 tokens of article per request: four chunks, as in test_long_documents


class DerivedLLM(ScriptedLLM):
    """Answers each prompt with the offline backend's draft of the text it carries (chunks come in any
    order from several threads); a chunk holding ``broken_marker`` gets an answer quoting words it never says."""

    model_id = "summarize-derived"

    def __init__(self) -> None:
        super().__init__()
        self.broken_marker: str | None = None
        self._lock = threading.Lock()

    def execute(self, prompt: llm.Prompt, stream: bool, response: Any, conversation: Any) -> Iterator[str]:
        with self._lock:
            self.prompts.append(prompt)
        text = article_in({"messages": [{"content": prompt.prompt}]})
        draft = offline.extract(Document.from_text(text)).model_dump()
        if self.broken_marker and self.broken_marker in text and draft["claims"]:
            draft["claims"] = [{**draft["claims"][0], "evidence": [{"quote": "words that appear nowhere"}]}]
        yield json.dumps(draft)


@pytest.fixture
def derived(models: dict[str, ScriptedLLM]) -> Iterator[DerivedLLM]:
    model = DerivedLLM()

    class DerivedPlugin:
        __name__ = "DerivedPlugin"

        @llm.hookimpl
        def register_models(self, register: Any) -> None:
            register(model)

    pm.register(DerivedPlugin(), name="summarize-test-derived")
    try:
        yield model
    finally:
        pm.unregister(name="summarize-test-derived")


def test_a_long_article_is_read_in_chunks_and_merged(derived: DerivedLLM) -> None:
    args = [str(LONG), "-m", "summarize-derived", "--format", "json", "--max-input-tokens", SMALL_BUDGET]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    briefing = Briefing.model_validate_json(result.stdout)
    assert len(derived.prompts) == briefing.meta.chunks == briefing.meta.usage.requests == 4
    assert briefing.meta.coverage is not None and not briefing.meta.coverage.failed
    assert [(r.start, r.end) for r in briefing.meta.coverage.covered] == [(0, len(LONG_TEXT.rstrip()))]
    evidence = [ev for item in briefing.claims + briefing.denials for ev in item.evidence]
    assert evidence and all(LONG_TEXT[ev.start : ev.end] == ev.quote for ev in evidence if ev.match == "exact")
    assert len([a for a in briefing.actors if "Marwood" in a.name]) == 1  # merged across chunks
    assert all(len(p.prompt) < len(LONG_TEXT) / 2 for p in derived.prompts), "each request carries one chunk"
    assert result.stderr == ""


def test_the_whole_article_in_one_request_without_a_budget(derived: DerivedLLM) -> None:
    result = run(str(LONG), "-m", "summarize-derived", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(derived.prompts) == Briefing.model_validate_json(result.stdout).meta.chunks == 1


def test_a_chunk_that_fails_is_reported_as_the_cli_does(derived: DerivedLLM) -> None:
    derived.broken_marker = "Two engineers familiar"  # the second chunk keeps quoting what it never says
    args = [str(LONG), "-m", "summarize-derived", "--format", "json", "--max-input-tokens", SMALL_BUDGET]
    result = run(*args, "--max-reasks", "0")
    assert result.exit_code == 0, result.stderr
    briefing = Briefing.model_validate_json(result.stdout)
    assert briefing.meta.coverage is not None and briefing.meta.coverage.failed
    ranges = ", ".join(f"{r.start}-{r.end}" for r in briefing.meta.coverage.failed)
    assert result.stderr == (
        f"summarize: warning: characters {ranges} of the article could not be read; see meta.warnings "
        "(--strict makes this an error)\n"
    )
    assert any("failed" in w for w in briefing.meta.warnings)
    assert briefing.meta.usage.requests == len(derived.prompts)  # the failed chunks' requests count too

    strict = run(*args, "--max-reasks", "0", "--strict")
    assert strict.exit_code == 69 and strict.stderr.count("\n") == 1
    assert strict.stderr.startswith(f"summarize: error: characters {ranges} of the article could not be read")
    assert Briefing.model_validate_json(strict.stdout).meta.coverage == briefing.meta.coverage  # still written
