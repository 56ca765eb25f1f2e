"""The ``summarize`` command: ``summarize [FILE | URL | -] [options]``.

Errors are one line on stderr and a sysexits exit code (see ``summarize.errors``); never a
traceback, never a half-written output file. ``--help`` and ``--version`` load neither the
models nor the LLM stack.
"""

from __future__ import annotations

import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from summarize.version import __version__

if TYPE_CHECKING:
    from summarize.schemas import Briefing
    from summarize.sources.document import Document

EX_SOFTWARE = 70  # an internal error: a bug to report
EX_INTERRUPTED = 130  # Ctrl-C


class OutputFormat(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"


class BackendOption(StrEnum):
    auto = "auto"
    llm = "llm"
    offline = "offline"


class ModeOption(StrEnum):
    auto = "auto"
    tools = "tools"
    json_schema = "json_schema"
    json = "json"
    md_json = "md_json"


app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,  # locals can hold keys
    context_settings={"help_option_names": ["-h", "--help"]},
)


def sub_app(**settings: Any) -> typer.Typer:
    """A typer app for a subcommand (``summarize eval``, ``batch``...), set up like the main one:
    ``-h`` for help, no shell completion, no Rich markup, never locals in a traceback."""
    return typer.Typer(
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        **settings,
    )


def _say(message: str) -> None:
    sys.stderr.write(f"summarize: {message}\n")


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


def _render(briefing: Briefing, fmt: OutputFormat, document: Document) -> str:
    if fmt is OutputFormat.markdown:
        from summarize.render.markdown import render_markdown

        return render_markdown(briefing)
    if fmt is OutputFormat.html:
        from summarize.render.html_report import render_html

        return render_html(briefing, document.text)
    return f"{briefing.to_json()}\n"


def check_writable(path: Path) -> None:
    """Fail before any work is done when ``path`` cannot be written."""
    from summarize.errors import OutputFileError

    if path.is_dir():
        raise OutputFileError(f"{path}: is a directory; give a file name for --output")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputFileError(f"{parent}: no such directory for --output")
    if not os.access(parent, os.W_OK):
        raise OutputFileError(f"{parent}: cannot write there (permission denied)")


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a temporary file renamed over it.

    The file keeps the mode of the one it replaces, or gets the usual mode for a new file.
    """
    import stat
    import tempfile

    from summarize.errors import OutputFileError

    check_writable(path)
    parent = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputFileError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputFileError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    `summarize batch-status ID` and `summarize batch-collect ID` follow an OpenAI Batch API job.
    """
    from summarize.api import OFFLINE_NOTICE, Summarizer

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
    )
    if output is not None:
        check_writable(output)  # before the model is paid for
        _not_the_article(output, file)
    document = _load(file, allow_private=allow_private, timeout=timeout)
    if backend is BackendOption.auto and summarizer.backend == "offline":
        _say(OFFLINE_NOTICE)
    try:
        briefing = summarizer.summarize(document)
    finally:
        if summarizer.cache.problem:
            _say(f"warning: {summarizer.cache.problem}")
    on_terminal = output is None and sys.stdout.isatty()
    fmt = output_format or _format_of(output) or (OutputFormat.markdown if on_terminal else OutputFormat.json)
    text = _render(briefing, fmt, document)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomically(output, text)
    _report_coverage(briefing, strict)


_FORMAT_OF_SUFFIX = {
    ".json": OutputFormat.json,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
}


def _format_of(output: Path | None) -> OutputFormat | None:
    """The format an --output file's name asks for (report.html, briefing.md), if any."""
    return None if output is None else _FORMAT_OF_SUFFIX.get(output.suffix.lower())


def _not_the_article(output: Path, file: str | None) -> None:
    from summarize.errors import OutputFileError

    article = Path(file) if file and file != "-" and "://" not in file else None
    if article is not None and article.exists() and output.exists() and output.resolve() == article.resolve():
        raise OutputFileError(f"{output}: is the article itself; give another file for --output")


def _report_coverage(briefing: Briefing, strict: bool) -> None:
    """A part that could not be read is never silent: a warning, and with --strict an exit code."""
    from summarize.errors import IncompleteCoverageError

    coverage = briefing.meta.coverage
    if coverage is None or not coverage.failed:
        return
    ranges = ", ".join(f"{r.start}-{r.end}" for r in coverage.failed)
    message = f"characters {ranges} of the article could not be read; see meta.warnings"
    if strict:
        raise IncompleteCoverageError(message)
    _say(f"warning: {message} (--strict makes this an error)")


# `summarize FILE` is the main command; these words before anything else name another one,
# whose typer app (module, attribute) is imported only when it is asked for.
SUBCOMMANDS = {
    "eval": ("summarize.cli.eval", "eval_app"),
    "batch": ("summarize.cli.batch", "batch_app"),
    "mcp": ("summarize.cli.mcp", "mcp_app"),
    "cache": ("summarize.cli.cache", "cache_app"),
    "diff": ("summarize.cli.diff", "diff_app"),
    "batch-status": ("summarize.cli.batch_api", "status_app"),
    "batch-collect": ("summarize.cli.batch_api", "collect_app"),
}


def _subcommand(word: str) -> typer.Typer:
    import importlib

    module, name = SUBCOMMANDS[word]
    app_of_word: typer.Typer = getattr(importlib.import_module(module), name)
    return app_of_word


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    from summarize.errors import SummarizeError

    command, prog = app, "summarize"
    if args and args[0] in SUBCOMMANDS:
        command, prog, args = _subcommand(args[0]), f"summarize {args[0]}", args[1:]
    try:
        code = command(args=args, prog_name=prog, standalone_mode=False)
    except SummarizeError as exc:
        _say(f"error: {exc}")
        return exc.exit_code
    except typer.Exit as exc:
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        code = EX_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # click's usage errors and anything unforeseen
        return _unexpected(exc, prog)
    code = code if isinstance(code, int) else 0
    if code == EX_INTERRUPTED:  # click turns Ctrl-C into a quiet exit code 130
        _say("interrupted")
    return code


def _unexpected(exc: Exception, prog: str = "summarize") -> int:
    from click.exceptions import NoArgsIsHelpError

    message = exc.format_message() if isinstance(exc, typer.TyperException) and hasattr(exc, "format_message") else ""
    if isinstance(exc, NoArgsIsHelpError) or message.startswith("Usage:"):  # a bare group: its help, laid out
        sys.stderr.write(message + "\n")
        return 2
    if isinstance(exc, typer.TyperException) and hasattr(exc, "format_message"):  # click's usage errors
        _say(f"usage error: {' '.join(exc.format_message().split())} (see {prog} --help)")
        return int(getattr(exc, "exit_code", 2))
    if os.environ.get("SUMMARIZE_DEBUG"):
        raise exc
    _say(
        f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]} (set SUMMARIZE_DEBUG=1 for details)"
    )
    return EX_SOFTWARE
