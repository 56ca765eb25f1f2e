"""summarize: turn a news article into a validated, source-grounded briefing.

    >>> from summarize import summarize
    >>> briefing = summarize(article_text)            # offline unless a model endpoint is configured
    >>> briefing = summarize(article_text, model="gpt-4o-mini")

The public names are written once, in ``__init__.pyi``: type checkers read that stub, and this
module reads it too, to load each name on first use. So ``summarize --version`` and ``--help`` stay
fast, and the LLM stack (openai, instructor) is imported only when an LLM briefing is requested.
"""

from __future__ import annotations

import importlib
import os

from summarize.version import __version__ as __version__  # eager: it is what --version asks for


def _stub_names(stub: str) -> dict[str, str]:
    """``{name: module}`` from the stub's ``from MODULE import (NAME as NAME, ...)`` statements.

    A few lines of string handling rather than ``ast`` (5 ms to import, on every start-up);
    tests/test_public_surface.py checks the result against ``ast``.
    """
    where: dict[str, str] = {}
    module: str | None = None
    names = ""
    for raw in stub.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("from ") and " import " in line:
            module, names = (part.strip() for part in line[len("from ") :].split(" import ", 1))
        elif module is not None:
            names += line  # inside the parentheses of a statement begun above
        if module is not None and names.count("(") == names.count(")"):
            for item in names.strip("()").split(","):
                if item.strip():
                    where[item.split(" as ")[-1].strip()] = module
            module = None
    return where


with open(os.path.join(os.path.dirname(__file__), "__init__.pyi"), encoding="utf-8") as _stub:
    _WHERE = _stub_names(_stub.read())
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*_WHERE, *(name for name in globals() if name.startswith("__"))})
