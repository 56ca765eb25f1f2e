"""What every subcommand shares: its typer app (``sub_app``) and the option choices."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import typer


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


def sub_app(**settings: Any) -> typer.Typer:
    """A typer app for a command (``summarize FILE``, ``eval``, ``batch``...), set up alike:
    ``-h`` for help, no shell completion, no Rich markup, never locals in a traceback (they can hold keys)."""
    return typer.Typer(
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        **settings,
    )
