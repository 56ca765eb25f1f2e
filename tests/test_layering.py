"""The layers of the package (ARCHITECTURE.md), checked over the source with ``ast``.

A module may import only from its own layer or a lower one, wherever the import stands (module
level, inside a function, under ``TYPE_CHECKING``), and never another module's underscore name
(``from x import _y``, ``x._y`` on an imported module; dunders such as ``__version__`` are fine).
The checker runs over ``summarize/`` only: tests may reach into a module's private helpers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarize"

# Lowest first. A module belongs to the layer of the longest prefix that names it; "summarize" is
# the package's own __init__ (the public facade), not a prefix of everything.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("foundation", ("summarize.errors", "summarize.version", "summarize.settings", "summarize.extras")),
    ("contract", ("summarize.schemas",)),
    ("sources", ("summarize.sources",)),
    ("offline", ("summarize.offline",)),
    ("engine", ("summarize.engine", "summarize.prompts")),
    ("render", ("summarize.render", "summarize.scoring")),
    ("api", ("summarize.api", "summarize.testing")),
    ("batch", ("summarize.batch",)),
    ("top", ("summarize.cli", "summarize.mcp", "summarize.plugins", "summarize.__main__", "summarize")),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}


def layer_of(module: str) -> int | None:
    """The layer's index, or None for a name that is no module of ours."""
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            inside = module == prefix or (prefix != "summarize" and module.startswith(prefix + "."))
            if inside and (best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    return None if best is None else best[1]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def problems(module: str, source: str, *, is_package: bool = False, known: set[str] = MODULES) -> list[str]:
    """Every import in ``source`` (the text of ``module``) that breaks the layers or reaches a private name."""
    own = layer_of(module)
    if own is None:
        return [f"{module}: not in any layer of tests/test_layering.py"]
    found: list[str] = []
    bound: dict[str, str] = {}  # local name -> the module of ours it stands for

    def imported(target: str, line: int, name: str | None = None) -> None:
        layer = layer_of(target)
        if layer is not None and layer > own:
            found.append(
                f"{module}:{line} imports {target}{'.' + name if name else ''} "
                f"({LAYERS[layer][0]}, above {LAYERS[own][0]})"
            )

    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != "summarize":
                    continue
                imported(alias.name, node.lineno)
                bound[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else "summarize"
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            source_module = _absolute(module, is_package, node)
            if source_module.split(".")[0] != "summarize":
                continue
            for alias in node.names:
                submodule = f"{source_module}.{alias.name}"
                if submodule in known:
                    imported(submodule, node.lineno)
                    bound[alias.asname or alias.name] = submodule
                else:
                    imported(source_module, node.lineno, alias.name)
                if _private(alias.name) and source_module != module:
                    found.append(f"{module}:{node.lineno} imports the private name {alias.name} of {source_module}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            target = _module_of(node.value, bound, known)
            if target is not None and target != module:
                found.append(f"{module}:{node.lineno} uses the private name {node.attr} of {target}")
    return found


def _module_of(node: ast.expr, bound: dict[str, str], known: set[str]) -> str | None:
    """The module of ours an expression such as ``llm`` or ``summarize.engine.llm`` names, if any."""
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    if isinstance(node, ast.Attribute):
        parent = _module_of(node.value, bound, known)
        if parent is not None and f"{parent}.{node.attr}" in known:
            return f"{parent}.{node.attr}"
    return None


def _sources() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield module_name(path), path


def test_every_module_is_in_a_layer() -> None:
    assert [m for m in sorted(MODULES) if layer_of(m) is None] == []


@pytest.mark.parametrize(("module", "path"), list(_sources()), ids=[m for m, _ in _sources()])
def test_imports_respect_the_layers(module: str, path: Path) -> None:
    found = problems(module, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py")
    assert found == []


# The checker itself must be able to fail: synthetic modules that break each rule.
@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("summarize.engine.x", "from summarize.cli.options import sub_app", "cli.options.sub_app (top, above engine)"),
        ("summarize.batch.x", "def f():\n    from summarize.cli import main\n", "cli.main (top, above batch)"),
        ("summarize.sources.x", "from summarize.engine import llm", "summarize.engine.llm (engine, above sources)"),
        ("summarize.engine.x", "from summarize import Summarizer", "summarize.Summarizer (top, above engine)"),
        ("summarize.schemas.x", "from ..sources import document", "summarize.sources.document (sources, above"),
        ("summarize.render.x", "import summarize.batch.runner", "summarize.batch.runner (batch, above render)"),
        ("summarize.batch.x", "from summarize.engine.llm import _Run", "the private name _Run of summarize.engine.llm"),
        ("summarize.batch.x", "from summarize.engine import llm\nllm._request()", "the private name _request of"),
        ("summarize.batch.x", "import summarize.engine.llm\nsummarize.engine.llm._Run", "_Run of summarize.engine.llm"),
        ("summarize.cli.x", "from summarize import _llm", "the private name _llm of summarize"),
        ("summarize.nowhere", "", "not in any layer"),
    ],
)
def test_the_checker_catches_a_bad_import(module: str, source: str, expected: str) -> None:
    known = {*MODULES, "summarize.engine.llm", "summarize.cli.main", "summarize.sources.document"}
    found = problems(module, source, known=known)
    assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize(
    "source",
    [
        "from summarize.schemas import Briefing\nfrom summarize.errors import InputError",
        "from summarize.version import __version__",
        "from summarize.offline import bluf\nbluf.compose",
        "import os\nos._exit",
        "class A:\n    def f(self):\n        return self._x",
    ],
)
def test_the_checker_allows_what_the_layers_allow(source: str) -> None:
    assert problems("summarize.engine.x", source) == []
