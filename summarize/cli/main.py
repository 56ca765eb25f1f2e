"""The ``summarize`` command: dispatch to a subcommand, and turn every failure into an exit code.

Errors are one line on stderr and a sysexits exit code (see ``summarize.errors``); never a
traceback, never a half-written output file.
"""

from __future__ import annotations

import os
import sys

import typer

from summarize.cli.brief import app
from summarize.cli.output import say

EX_SOFTWARE = 70  # an internal error: a bug to report
EX_INTERRUPTED = 130  # Ctrl-C


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
    "batch-cancel": ("summarize.cli.batch_api", "cancel_app"),
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
        say(f"error: {exc}")
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
        say("interrupted")
    return code


def _unexpected(exc: Exception, prog: str = "summarize") -> int:
    message = exc.format_message() if isinstance(exc, typer.TyperException) and hasattr(exc, "format_message") else ""
    # by name: typer >= 0.29 raises its own vendored click's NoArgsIsHelpError, older typer click's
    bare_group = type(exc).__name__ == "NoArgsIsHelpError"
    if bare_group or message.startswith("Usage:"):  # a bare group: its help, laid out
        sys.stderr.write(message + "\n")
        return 2
    if isinstance(exc, typer.TyperException) and hasattr(exc, "format_message"):  # click's usage errors
        from summarize.cli.usage import usage_message

        say(f"usage error: {usage_message(exc)} (see {prog} --help)")
        return int(getattr(exc, "exit_code", 2))
    if os.environ.get("SUMMARIZE_DEBUG"):
        raise exc
    say(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]} (set SUMMARIZE_DEBUG=1 for details)")
    return EX_SOFTWARE
