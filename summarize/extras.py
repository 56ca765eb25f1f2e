"""Importing an optional extra's package (``html``: trafilatura, ``mcp``: mcp), with a one-line reason.

A package that is not installed and one that is installed but breaks on import are different
failures with different fixes. The second happens outside the lock file: lxml 6.2 dropped the
``html_clean`` extra that justext (a dependency of trafilatura) asks for, so trafilatura was
installed and still failed at import. Saying only "needs trafilatura" sends the user to install
what is already there; the ImportError's own message names the real cause.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from summarize.errors import ConfigurationError

_CAUSE_LIMIT = 240  # an ImportError's message can carry a long path or a paragraph of advice


def import_extra(module: str, *, needs: str, extra: str) -> ModuleType:
    """``module``, imported; a ``ConfigurationError`` (exit 78) saying why not.

    ``needs`` opens the message ("reading web pages needs trafilatura"); ``extra`` is the extra
    that brings the package in.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise extra_unavailable(exc, module, needs=needs, extra=extra) from None


def extra_unavailable(exc: ImportError, module: str, *, needs: str, extra: str) -> ConfigurationError:
    """The one-line error for ``exc``, raised while importing ``module`` of the extra ``extra``."""
    package = module.split(".")[0]
    if isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] == package and _absent(package):
        return ConfigurationError(f"{needs}: pip install 'summarize[{extra}]'")
    return ConfigurationError(
        f"{needs}, which failed to import: {one_line(exc)} (pip install --upgrade 'summarize[{extra}]' "
        "installs what it needs)"
    )


def _absent(package: str) -> bool:
    """No such package at all (as opposed to one that is there but lacks a module, or breaks)."""
    try:
        return importlib.util.find_spec(package) is None
    except (ImportError, ValueError):
        return True


def one_line(exc: BaseException) -> str:
    """``exc``'s message on one line, without a trailing full stop, cut to a readable length."""
    text = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    return text if len(text) <= _CAUSE_LIMIT else text[: _CAUSE_LIMIT - 3].rstrip() + "..."
