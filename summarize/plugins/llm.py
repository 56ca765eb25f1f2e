"""``llm summarize FILE``: a plugin for simonw's ``llm`` CLI (entry point ``summarize`` in the ``llm`` group).

The briefing is asked of the user's configured llm model, with their keys, through llm's Python
API; the answer then goes through the same pipeline as ``summarize --backend llm``: the same
prompt (``engine/messages.py``), the same draft validation with the article as context (grounding and
invariants), bounded re-asks carrying the validation errors, and the same assembly. A long article
is read as the engine reads it (``engine.session.chunks_for``, ``engine.read_chunks.reading``): in
chunks that fit the prompt budget, ``--jobs`` at a time, merged into one briefing; a chunk that fails
is listed in ``meta.coverage.failed`` and reported on stderr as the ``summarize`` command does
(``--strict`` makes it an error).

Only click and llm are imported when llm loads the plugin; summarize's pipeline is imported when
the command runs, so other llm commands start as fast as before.
"""

from __future__ import annotations

import functools
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

import click
import llm

if TYPE_CHECKING:
    from summarize.engine.run import Extraction
    from summarize.engine.steps import Call
    from summarize.errors import SummarizeError
    from summarize.schemas import Briefing, BriefingDraft
    from summarize.sources.document import Document

JSON_INSTRUCTIONS = (
    "\n\n# Answer format\nAnswer with one JSON object and nothing else (no prose, no code fence). It must "
    "match this JSON Schema:\n"
)
REASK = (
    "Your answer broke the briefing contract. Fix exactly these problems and answer again with the whole "
    "corrected JSON object, nothing else:\n"
)
MAX_PROBLEMS = 20  # listed in one re-ask


@llm.hookimpl
def register_commands(cli: click.Group) -> None:
    @cli.command(name="summarize")
    @click.argument("file")
    @click.option("-m", "--model", "model_id", help="Model to use [default: llm's default model].")
    @click.option(
        "--format",
        "output_format",
        type=click.Choice(["markdown", "json"]),
        default="markdown",
        show_default=True,
        help="Markdown briefing, or the contract JSON.",
    )
    @click.option(
        "--max-reasks",
        type=click.IntRange(0, 10),
        default=2,
        show_default=True,
        help="Re-asks when the answer breaks the contract.",
    )
    @click.option(
        "--max-input-tokens",
        type=click.IntRange(min=1000),
        default=None,
        help="Prompt budget per request; a longer article is read in chunks [default: by model].",
    )
    @click.option("--jobs", type=click.IntRange(1, 64), default=4, show_default=True, help="Chunks read at once.")
    @click.option("--strict", is_flag=True, help="Exit non-zero when a part of the article could not be read.")
    def summarize_command(
        file: str,
        model_id: str | None,
        output_format: str,
        max_reasks: int,
        max_input_tokens: int | None,
        jobs: int,
        strict: bool,
    ) -> None:
        """Brief a news article (FILE, or - for stdin): a validated, source-grounded briefing."""
        from summarize.cli.output import report_coverage
        from summarize.errors import SummarizeError

        try:
            document = _load(file)
            briefing = brief(document, _model(model_id), max_reasks, max_input_tokens=max_input_tokens, jobs=jobs)
            click.echo(_render(briefing, output_format), nl=False)
            report_coverage(briefing, strict)  # after the briefing: what was read is never thrown away
        except SummarizeError as exc:
            click.echo(f"summarize: error: {exc}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from None


def _load(file: str) -> Document:
    import sys

    from summarize.sources.document import Document

    if file == "-":
        return Document.from_bytes(sys.stdin.buffer.read(), "stdin")
    return Document.from_path(file)


def _render(briefing: Briefing, output_format: str) -> str:
    from summarize.render.formats import render

    return render(briefing, "json" if output_format == "json" else "markdown")


def _model(model_id: str | None) -> llm.Model:
    from summarize.errors import ConfigurationError

    try:
        return llm.get_model(model_id)
    except llm.UnknownModelError as exc:
        raise ConfigurationError(f"{exc.args[0] if exc.args else exc}; see `llm models` for the names") from None


def _ask(conversation: llm.Conversation, prompt: str, system: str, schema: dict[str, Any] | None) -> llm.Response:
    """One request; llm's and the provider's exceptions become our one-line errors."""
    from summarize.errors import ConfigurationError, ProviderError

    try:
        # not streamed: the whole JSON is needed before anything can be checked
        response = conversation.prompt(prompt, system=system, schema=schema, stream=False)
        response.text()  # runs the request now, inside this try
    except llm.NeedsKeyException as exc:
        raise ConfigurationError(f"{exc}") from None
    except Exception as exc:  # providers raise their own types (openai, anthropic...): report, never a traceback
        known = _as_openai_error(exc, conversation)
        if known is not None:
            raise known from None
        detail = " ".join(str(exc).split())[:200]
        raise ProviderError(f"the model call failed: {type(exc).__name__}: {detail}") from None
    return response


def _as_openai_error(exc: Exception, conversation: llm.Conversation) -> SummarizeError | None:
    """llm's OpenAI-compatible models raise the openai client's errors: the same one-line messages and
    exit codes as the CLI (77 for a bad key, 65 for a too-long article, 78 for a wrong URL or model)."""
    import openai

    from summarize.engine.transport import translate

    if not isinstance(exc, openai.APIError):
        return None
    model = getattr(conversation.model, "model_id", "the model")
    base_url = str(getattr(getattr(exc, "request", None), "url", "") or "the endpoint")
    return translate(exc, model=model, base_url=base_url, attempts=1)


def _strip_fence(text: str) -> str:
    """A model without schema support may still wrap its JSON in a Markdown code fence."""
    stripped = text.strip()
    if stripped.startswith("```"):
        stripped = stripped.split("\n", 1)[1] if "\n" in stripped else ""
        stripped = stripped.rsplit("```", 1)[0]
    return stripped


def problems_of(exc: ValueError) -> str:
    """The validation problems, one per line, as the re-ask shows them to the model."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        return str(exc)
    lines = []
    for error in exc.errors()[:MAX_PROBLEMS]:
        where = ".".join(str(part) for part in error.get("loc", ())) or "answer"
        lines.append(f"- {where}: {error.get('msg', 'invalid')}")
    return "\n".join(lines)


def parse_draft(text: str, document: Document) -> BriefingDraft:
    """The answer as a draft, validated against the article exactly as the main pipeline validates it."""
    from summarize.schemas import BriefingDraft

    return BriefingDraft.model_validate_json(_strip_fence(text), context={"article": document})


def brief(
    document: Document,
    model: llm.Model,
    max_reasks: int = 2,
    *,
    max_input_tokens: int | None = None,
    jobs: int = 4,
) -> Briefing:
    """The briefing of ``document``: read whole, or in chunks when it is longer than one request's
    budget, each chunk asked (and re-asked) like a whole article; then merged and assembled."""
    from summarize.engine.assemble import assemble
    from summarize.engine.read_chunks import reading
    from summarize.engine.session import chunks_for
    from summarize.engine.steps import run

    chunks = chunks_for(document, max_input_tokens, model.model_id)
    read = run(reading(document, chunks, jobs, functools.partial(_extraction, model=model, max_reasks=max_reasks)))
    return assemble(read.draft, document, read.run, index=read.index, located=read.located)


def _extraction(part: Document, *, model: llm.Model, max_reasks: int) -> Generator[Call, Any, Extraction]:
    """One chunk's draft as an engine core: a single blocking step (llm's models are synchronous)."""
    from summarize.engine.steps import Call

    extracted: Extraction = yield Call(functools.partial(extract, part, model, max_reasks))
    return extracted


def extract(document: Document, model: llm.Model, max_reasks: int = 2) -> Extraction:
    """Ask ``model`` for the draft of ``document`` (an article or a chunk of one), re-asking with the
    problems until it validates; the draft and the record of how it was made."""
    import json
    import time

    from summarize.engine.llm import full_prompt_version
    from summarize.engine.messages import render_messages
    from summarize.engine.run import RunInfo
    from summarize.errors import InvalidOutputError
    from summarize.schemas import BriefingDraft, Usage

    started = time.perf_counter()
    system_message, user_message = render_messages(document.text)
    schema = BriefingDraft.model_json_schema()
    native = model.supports_schema
    system = system_message["content"] + ("" if native else JSON_INSTRUCTIONS + json.dumps(schema))
    conversation = model.conversation()
    prompt, requests, input_tokens, output_tokens = user_message["content"], 0, 0, 0
    while True:
        response = _ask(conversation, prompt, system, schema if native else None)
        tokens = response.usage()
        requests, input_tokens, output_tokens = (
            requests + 1,
            input_tokens + (tokens.input or 0),
            output_tokens + (tokens.output or 0),
        )
        usage = Usage(requests=requests, input_tokens=input_tokens, output_tokens=output_tokens, reasks=requests - 1)
        try:
            draft = parse_draft(response.text(), document)
        except ValueError as exc:  # pydantic's ValidationError included: bad JSON, schema, grounding, invariants
            problems = problems_of(exc)
            if requests > max_reasks:
                first = problems.splitlines()[0].lstrip("- ") if problems else "invalid"
                failure = InvalidOutputError(
                    f"the model's answer still broke the contract after {requests - 1} re-ask(s): {first[:200]}; "
                    "try a stronger model (-m) or raise --max-reasks"
                )
                failure.usage = usage  # counted in the briefing's usage when other chunks succeed
                raise failure from None
            prompt = REASK + problems
            continue
        run = RunInfo(
            backend="llm",
            model=model.model_id,
            mode="llm-schema" if native else "llm-json",
            prompt_version=full_prompt_version(),
            usage=usage,
            duration_ms=(time.perf_counter() - started) * 1000,
        )
        return draft, run
