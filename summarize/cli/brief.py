"""``summarize [FILE | URL | -] [options]``: brief one article.

``--help`` and ``--version`` load neither the models nor the LLM stack.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarize.cli.options import BackendOption, ModeOption, OutputFormat, sub_app
from summarize.cli.output import emit, format_of, not_the_article, report_coverage, say
from summarize.cli.protected import check_not_protected
from summarize.render.output import check_writable
from summarize.version import __version__

if TYPE_CHECKING:
    from summarize.sources.document import Document

app = sub_app()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarize {__version__}")
        raise typer.Exit()


# "scheme://..." is a URL (refused unless http or https), never a file name.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _load(file: str | None, *, allow_private: bool = False, timeout: float = 30.0) -> Document:
    from summarize.sources.document import Document

    if file is None or file == "-":
        if file is None and sys.stdin.isatty():
            raise typer.BadParameter("give an article FILE, or - to read standard input", param_hint="FILE")
        return Document.from_input(sys.stdin.buffer.read(), "stdin")
    if _URL.match(file):
        return Document.from_url(file, allow_private=allow_private, timeout=timeout)
    return Document.from_path(file)


@app.command()
def run(
    file: Annotated[
        str | None,
        typer.Argument(help="Article text or HTML file, an http(s) URL, or - for standard input."),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format [default: from the --output name (.json .md .html), else markdown on a terminal, "
            "else json].",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the briefing to this file (atomically) instead of stdout."),
    ] = None,
    backend: Annotated[
        BackendOption, typer.Option(help="llm, offline, or auto: llm when a model endpoint is configured.")
    ] = BackendOption.auto,
    model: Annotated[str | None, typer.Option(help="Model name [env: SUMMARIZE_MODEL].")] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 [env: OPENAI_BASE_URL]."),
    ] = None,
    mode: Annotated[
        ModeOption, typer.Option(help="How the schema is requested; auto tries tools, then JSON modes.")
    ] = ModeOption.auto,
    max_reasks: Annotated[
        int, typer.Option(min=0, max=10, help="Re-asks when the model's answer breaks the contract.")
    ] = 2,
    timeout: Annotated[
        float, typer.Option(min=0.1, max=3600, help="Seconds per request to the model, and for fetching a URL.")
    ] = 60.0,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Fetch URLs on loopback, private and link-local addresses (refused by default)."
        ),
    ] = False,
    max_output_tokens: Annotated[
        int | None,
        typer.Option(min=1, help="Cap on the model's answer length (max_tokens)."),
    ] = None,
    max_input_tokens: Annotated[
        int | None,
        typer.Option(
            min=1000,
            help="Prompt budget per request (instructions and schema take about 4,800 tokens of it); "
            "a longer article is read in chunks [default: by model].",
        ),
    ] = None,
    jobs: Annotated[int, typer.Option(min=1, max=64, help="Chunks of a long article read at once.")] = 4,
    strict: Annotated[
        bool, typer.Option(help="Exit non-zero when any part of the article could not be read (after writing).")
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Ask the model even when the response cache has this briefing.")
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(help="Folder of the response cache [env: SUMMARIZE_CACHE_DIR; default: the user cache dir]."),
    ] = None,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Ask the model again and replace this article's cached briefing.")
    ] = False,
    cache_max_mb: Annotated[
        float, typer.Option(min=0, help="Size cap of the response cache; least recently used go first (0: none).")
    ] = 500.0,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn a news article into a validated, source-grounded briefing.

    Other commands: `summarize eval PRED GOLD` scores a briefing against a gold one;
    `summarize batch INPUTS... --out results.jsonl` briefs many articles (see `summarize batch --help`);
    `summarize mcp` serves the tools to MCP clients (editors, chat apps);
    `summarize cache stats|clear` shows or empties the response cache;
    `summarize diff OLD NEW` shows what changed between two briefings of a story;
    `summarize batch-status ID`, `batch-collect ID` and `batch-cancel ID` follow an OpenAI Batch API job.
    """
    from summarize.api import Summarizer
    from summarize.render.formats import render
    from summarize.settings import OFFLINE_NOTICE

    summarizer = Summarizer(
        backend=backend.value,
        model=model,
        base_url=base_url,
        mode=mode.value,
        max_reasks=max_reasks,
        timeout=timeout,
        max_output_tokens=max_output_tokens,
        max_input_tokens=max_input_tokens,
        jobs=jobs,
        cache=False if no_cache else (cache_dir or True),  # on by default here, off in the library
        cache_max_mb=cache_max_mb,
        refresh=refresh,
    )
    if output is not None:
        check_writable(output)  # before the model is paid for
        not_the_article(output, file)
        check_not_protected(output)  # a batch's results, the cache, a manifest: exit 73
    document = _load(file, allow_private=allow_private, timeout=timeout)
    if backend is BackendOption.auto and summarizer.backend == "offline":
        say(OFFLINE_NOTICE)
    try:
        briefing = summarizer.summarize(document)
    finally:
        if summarizer.cache.problem:
            say(f"warning: {summarizer.cache.problem}")
    on_terminal = output is None and sys.stdout.isatty()
    fmt = output_format or format_of(output) or (OutputFormat.markdown if on_terminal else OutputFormat.json)
    emit(render(briefing, fmt.value, document.text), output)
    from summarize.cli.no_claims import why_no_claims

    empty = why_no_claims(briefing, document.text)
    if empty:
        say(empty)
    from summarize.engine.offline_briefing import NO_LEXICON

    for warning in briefing.meta.warnings:
        if warning.startswith(NO_LEXICON):
            say(f"warning: {warning}")
    report_coverage(briefing, strict)
