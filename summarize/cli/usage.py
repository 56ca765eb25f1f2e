"""Usage errors in the command's own words: one line, no Pydantic wording, and a suggestion for an
unknown option only when one is really close.

typer checks option values with Pydantic, so its messages read "Value error, 'pdf' is not one of
'json', ..." or "Input should be greater than or equal to 1"; the structured error it chains
(``__cause__``) says the same as data, which is what is reworded here.
"""

from __future__ import annotations

import difflib
from enum import Enum
from typing import Any

from pydantic import ValidationError

# How alike a mistyped option must be to a real one to be suggested ("--jbs" for "--jobs" is; "--bogus"
# is not). click's own cutoff, 0.6 over the whole "--name", suggests "--jobs" for "--bogus".
CLOSE_ENOUGH = 0.75


def _options(exc: Any) -> str:
    param = getattr(exc, "param", None)
    opts = getattr(param, "opts", None) or []
    return str(opts[0]) if opts else str(getattr(param, "name", None) or "value")


def _choices(exc: Any) -> list[str]:
    """The values an enum-typed option takes (typer keeps the annotation on the parameter)."""
    annotation = getattr(getattr(getattr(exc, "param", None), "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    return []


def _shown(given: object) -> str:
    """The value as typed: a number bare, anything else in quotes."""
    text = str(given)
    try:
        float(text)
    except ValueError:
        return f"'{text}'"
    return text


def _reworded(error: dict[str, Any], choices: list[str]) -> str | None:
    shown, ctx, kind = _shown(error.get("input")), error.get("ctx") or {}, error.get("type", "")
    if choices:
        return f"{shown} is not one of {', '.join(choices)}"
    limits = {
        "greater_than_equal": ("ge", "too small (the least is {})"),
        "greater_than": ("gt", "too small (it must be above {})"),
        "less_than_equal": ("le", "too large (the most is {})"),
        "less_than": ("lt", "too large (it must be below {})"),
    }
    if kind in limits:
        key, said = limits[kind]
        return f"{shown} is " + said.format(ctx.get(key))
    kinds = {
        "int_parsing": "not a whole number",
        "int_from_float": "not a whole number",
        "float_parsing": "not a number",
        "bool_parsing": "not true or false",
    }
    return f"{shown} is {kinds[kind]}" if kind in kinds else None


def bad_value(exc: Any) -> str:
    """``--format: 'pdf' is not one of json, markdown, html``, from typer's BadParameter."""
    where = _options(exc)
    cause = exc.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        said = _reworded(dict(cause.errors()[0]), _choices(exc))
        if said:
            return f"{where}: {said}"
    message = " ".join(str(getattr(exc, "message", exc)).split())
    message = message.removeprefix("Value error, ").rstrip(".")
    return f"{where}: {message}"


def no_such_option(exc: Any) -> str:
    """``No such option: --jbs (did you mean --jobs?)``, or no suggestion when nothing is close."""
    name = str(getattr(exc, "option_name", "") or "")
    known = [str(p) for p in getattr(exc, "possibilities", None) or []]
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command", None)
    if command is not None and ctx is not None:  # every long option of the command, not only click's picks
        known = sorted({o for p in command.get_params(ctx) for o in (*p.opts, *p.secondary_opts)} | set(known))
    bare = {option.lstrip("-"): option for option in known if option.startswith("--")}
    close = difflib.get_close_matches(name.lstrip("-"), list(bare), n=1, cutoff=CLOSE_ENOUGH)
    return f"No such option: {name}" + (f" (did you mean {bare[close[0]]}?)" if close else "")


def usage_message(exc: Exception) -> str:
    """One line for a click usage error."""
    import typer

    # A missing argument is a BadParameter too, with no value to reword: click's own words say it.
    missing = hasattr(exc, "param_type")
    if isinstance(exc, typer.BadParameter) and getattr(exc, "param", None) is not None and not missing:
        return bad_value(exc)
    if hasattr(exc, "option_name") and hasattr(exc, "possibilities"):  # click's NoSuchOption (typer keeps its own)
        return no_such_option(exc)
    format_message = getattr(exc, "format_message", None)
    return " ".join(str(format_message() if callable(format_message) else exc).split())
