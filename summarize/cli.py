"""The ``summarize`` command: ``summarize [FILE | -] [options]``.

Errors are one line on stderr and a sysexits exit code (see ``summarize.errors``); never a
traceback, never a half-written output file. ``--help`` and ``--version`` load neither the
models nor the LLM stack.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarize._version import __version__

if TYPE_CHECKING:
    from summarize._document import Document
    from summarize.schemas import Briefing

EX_SOFTWARE = 70  # an internal error: a bug to report


class OutputFormat(StrEnum):
    json = "json"
    markdown = "markdown"


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


def _say(message: str) -> None:
    sys.stderr.write(f"summarize: {message}\n")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarize {__version__}")
        raise typer.Exit()


def _load(file: str | None) -> Document:
    from summarize._document import Document
    from summarize.errors import InputNotFoundError

    if file is None or file == "-":
        if file is None and sys.stdin.isatty():
            raise typer.BadParameter("give an article FILE, or - to read standard input", param_hint="FILE")
        return Document.from_bytes(sys.stdin.buffer.read(), "stdin")
    if file.startswith(("http://", "https://")):
        raise InputNotFoundError(f"{file}: URL input is not supported yet; save the page as text and pass the file")
    return Document.from_path(file)


def _render(briefing: Briefing, fmt: OutputFormat) -> str:
    if fmt is OutputFormat.markdown:
        from summarize._markdown import render_markdown

        return render_markdown(briefing)
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
    file: Annotated[str | None, typer.Argument(help="Article text file, or - for standard input.")] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format [default: markdown on a terminal, else json]."),
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
    timeout: Annotated[float, typer.Option(min=0.1, max=3600, help="Seconds per request to the model.")] = 60.0,
    max_output_tokens: Annotated[
        int | None,
        typer.Option(min=1, help="Cap on the model's answer length (max_tokens)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn a news article into a validated, source-grounded briefing.

    Other commands: `summarize eval PRED GOLD` scores a briefing against a gold one;
    `summarize batch INPUTS... --out results.jsonl` briefs many articles (see `summarize batch --help`).
    """
    from summarize._api import OFFLINE_NOTICE, Summarizer

    summarizer = Summarizer(
        backend=backend.value,
        model=model,
        base_url=base_url,
        mode=mode.value,
        max_reasks=max_reasks,
        timeout=timeout,
        max_output_tokens=max_output_tokens,
    )
    if output is not None:
        check_writable(output)  # before the model is paid for
    document = _load(file)
    if backend is BackendOption.auto and summarizer.backend == "offline":
        _say(OFFLINE_NOTICE)
    briefing = summarizer.summarize(document)
    fmt = output_format or (OutputFormat.markdown if output is None and sys.stdout.isatty() else OutputFormat.json)
    text = _render(briefing, fmt)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomically(output, text)


def _eval_app() -> typer.Typer:
    from summarize._eval_cli import eval_app

    return eval_app


def _batch_app() -> typer.Typer:
    from summarize._batch_cli import batch_app

    return batch_app


# `summarize FILE` is the main command; these words before anything else name another one.
SUBCOMMANDS = {"eval": _eval_app, "batch": _batch_app}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    from summarize.errors import SummarizeError

    command, prog = app, "summarize"
    if args and args[0] in SUBCOMMANDS:
        command, prog, args = SUBCOMMANDS[args[0]](), f"summarize {args[0]}", args[1:]
    try:
        code = command(args=args, prog_name=prog, standalone_mode=False)
    except SummarizeError as exc:
        _say(f"error: {exc}")
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # click's usage errors and anything unforeseen
        return _unexpected(exc)
    return code if isinstance(code, int) else 0


def _unexpected(exc: Exception) -> int:
    if isinstance(exc, typer.TyperException) and hasattr(exc, "format_message"):  # click's usage errors
        _say(f"usage error: {' '.join(exc.format_message().split())} (see summarize --help)")
        return int(getattr(exc, "exit_code", 2))
    if os.environ.get("SUMMARIZE_DEBUG"):
        raise exc
    _say(
        f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]} (set SUMMARIZE_DEBUG=1 for details)"
    )
    return EX_SOFTWARE
