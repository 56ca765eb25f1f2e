"""Vocabulary lives in summarize/offline/lexicon/*.toml, never in the offline backend's Python.

An ``ast`` walk over every module flags a literal list, set, tuple or frozenset of more than eight
words, a dict of more than eight words mapped to constants, and a string (a regex) with an
alternation of more than four plain words ("said|says|told|wrote|added"). Short glue inside a
rule's shape ("(?:a|an|the)") is allowed; docstrings and comments are not code.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

OFFLINE = Path(__file__).resolve().parent.parent / "summarize" / "offline"
MAX_WORDS = 8
MAX_ALTERNATIVES = 4

_WORD = re.compile(r"^[^\W\d_][^\W\d_'’ .-]*$")
_ALT = r"[^\W\d_]+(?:\\s[+*]?[^\W\d_]+)*"
_RUN = re.compile(rf"(?<![\w\\]){_ALT}(?:\|{_ALT})+(?![\w])")


def _strings(node: ast.AST) -> list[str]:
    out: list[str] = []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        out.append(node.value)
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for elt in node.elts:
            out += _strings(elt)
    elif isinstance(node, ast.Starred):
        out += _strings(node.value)
    return out


def _constant(node: ast.AST | None) -> bool:
    if isinstance(node, ast.Constant):
        return True
    return isinstance(node, ast.List | ast.Tuple | ast.Set) and all(_constant(e) for e in node.elts)


def vocabulary_in(source: str, name: str = "<source>") -> list[str]:
    """Where ``source`` holds vocabulary that belongs in a lexicon file."""
    tree = ast.parse(source)
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    exported = {
        id(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)
    }
    found = []
    for node in ast.walk(tree):
        where = f"{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.List | ast.Tuple | ast.Set) and id(node) not in exported:
            words = [s for s in _strings(node) if _WORD.match(s)]
            if len(words) > MAX_WORDS:
                found.append(f"{where}: a literal of {len(words)} words ({', '.join(words[:4])}, ...)")
        elif isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            words = [k for k in keys if _WORD.match(k)]
            if len(words) > MAX_WORDS and all(_constant(v) for v in node.values):
                found.append(f"{where}: a table of {len(words)} words ({', '.join(words[:4])}, ...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            for m in _RUN.finditer(node.value):
                if m.group(0).count("|") + 1 > MAX_ALTERNATIVES:
                    found.append(f"{where}: an alternation of words ({m.group(0)[:60]})")
    return found


def test_no_vocabulary_in_the_offline_backends_python() -> None:
    modules = sorted(OFFLINE.rglob("*.py"))
    assert len(modules) > 10
    found = [f for path in modules for f in vocabulary_in(path.read_text(encoding="utf-8"), str(path))]
    assert found == [], "move these words to summarize/offline/lexicon/*.toml:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'STOP = frozenset(["the", "a", "an", "of", "to", "in", "on", "at", "by"])',
        'TITLES = ("President", "Minister", *("Mayor", "Judge", "Senator", "Governor", "Pope", "King", "Queen"))',
        'NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}',
        'import re\nSPEECH = re.compile(r"\\b(?:said|says|told|wrote|added)\\b")',
        'import re\nCUE = re.compile(rf"{x}\\s+(?:press\\s+conference|statement|interview|briefing|letter)")',
        'def f(w):\n    return w in {"dijo", "afirmó", "aseguró", "declaró", "señaló", "contó", "indicó", '
        '"dice", "cree"}',
    ],
)
def test_the_check_catches_vocabulary_written_in_python(source: str) -> None:
    assert vocabulary_in(source)


@pytest.mark.parametrize(
    "source",
    [
        'import re\nARTICLE = re.compile(r"^(?:a|an|the)\\s+")',  # glue of a rule's shape
        'def f():\n    """Cues: said|says|told|wrote|added|noted, as the docs say."""',
        'data = {"id": x, "source": s, "via": v, "statement": t, "cue": c, "quote_type": q, "certainty": k, '
        '"polarity": p, "hedges": h}',  # a record's fields, not a word table
        '__all__ = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]',
        'KINDS = ("epistemic", "doxastic", "investigation", "condition", "weasel")',  # an enum's order
    ],
)
def test_the_check_lets_rules_be_rules(source: str) -> None:
    assert vocabulary_in(source) == []
