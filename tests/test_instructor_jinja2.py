"""A model run does not import jinja2: instructor's errors module gets a stand-in ``Template`` and its
templating module a stand-in (``engine/instructor_patch.py``). These tests fail loudly when instructor
uses jinja2 anywhere else, imports its templating module from elsewhere, or changes what is stood in for."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

MODEL_RUN = """
import json, sys
import summarize
from summarize.engine import instructor_patch

briefing = summarize.summarize(sys.stdin.read(), backend="llm", base_url=sys.argv[1], api_key="sk-test-key",
                               model="gpt-4o-mini", cache=False)
before = {"jinja2": "jinja2" in sys.modules,
          "stand_in": type(sys.modules[instructor_patch.TEMPLATING]).__name__}
from instructor.v2.core.errors import FailedAttempt, InstructorError
from instructor.v2.core import errors
text = str(InstructorError("gave up", failed_attempts=[FailedAttempt(1, ValueError("no"), "draft")]))
import jinja2
print(json.dumps({"claims": len(briefing.claims), **before, "rendered": "<failed_attempts>" in text,
                  "template": errors.Template is jinja2.Template}))
"""


def test_a_model_run_leaves_jinja2_unloaded_until_a_retry_error_is_printed() -> None:
    from tests.conftest import model_run_in_child

    seen = model_run_in_child(MODEL_RUN)
    assert seen["claims"] > 0
    assert seen["jinja2"] is False and seen["stand_in"] == "_DeferredModule"
    assert seen["rendered"] is True and seen["template"] is True


def test_a_retry_error_prints_the_same_through_the_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    from instructor.v2.core import errors
    from jinja2 import Template

    from summarize.engine import instructor_patch

    attempts = [errors.FailedAttempt(1, ValueError("not JSON"), "{"), errors.FailedAttempt(2, KeyError("id"), None)]
    monkeypatch.setattr(errors, "Template", Template)
    expected = str(errors.InstructorError("gave up", failed_attempts=attempts))
    monkeypatch.setattr(errors, "Template", instructor_patch._template)
    assert str(errors.InstructorError("gave up", failed_attempts=attempts)) == expected
    assert errors.Template is Template  # the stand-in made way for the real class
    assert str(errors.InstructorError("plain")) == "plain"


def test_the_templating_stand_in_answers_as_instructor_does() -> None:
    from instructor import Mode

    from summarize.engine import instructor_patch

    real = instructor_patch.templating().handle_templating
    kwargs = {"messages": [{"role": "user", "content": "Hello {{ name }}."}], "model": "m"}
    for args in ((), (None, None), (None, {})):
        assert instructor_patch._handle_templating(kwargs, Mode.TOOLS, *args) is kwargs
        assert real(kwargs, Mode.TOOLS, *args) is kwargs
    for args in ((None, {"name": "reader"}), ({"name": "reader"},)):
        got = instructor_patch._handle_templating(kwargs, Mode.TOOLS, *args)
        assert got == real(kwargs, Mode.TOOLS, *args)
        assert got["messages"][0]["content"] == "Hello reader."
    params = inspect.signature(real).parameters
    assert list(params) == ["kwargs", "mode", "provider", "context"]
    assert params["provider"].default is None and params["context"].default is None


def _instructor_imports() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Each instructor module's ``from X import names`` statements, by module name."""
    import instructor

    root = Path(instructor.__file__).parent
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for path in sorted(root.rglob("*.py")):
        name = ".".join(("instructor", *path.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.setdefault(name, []).append((node.module, tuple(a.name for a in node.names)))
            elif isinstance(node, ast.Import):
                found.setdefault(name, []).extend((a.name, ()) for a in node.names)
    return found


def test_instructor_uses_jinja2_and_its_templating_module_only_where_the_stand_ins_expect() -> None:
    imports = _instructor_imports()
    jinja2_users = {
        (module, source, names)
        for module, statements in imports.items()
        for source, names in statements
        if source == "jinja2" or source.startswith("jinja2.")
    }
    assert jinja2_users == {
        ("instructor.v2.core.errors", "jinja2", ("Template",)),
        ("instructor.v2.core.templating", "jinja2.sandbox", ("SandboxedEnvironment",)),
    }
    templating_users = {
        (module, names)
        for module, statements in imports.items()
        for source, names in statements
        if source == "instructor.v2.core.templating"
    }
    assert templating_users == {("instructor.v2.core.patch", ("handle_templating",)), ("instructor.templating", ("*",))}
