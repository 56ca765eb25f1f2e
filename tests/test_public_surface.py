"""The public surface is deliberate: pinned here, and typed."""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import summarize
from summarize.schemas import export

ROOT = Path(__file__).resolve().parent.parent

STUB = Path(summarize.__file__).with_name("__init__.pyi")


def _stub_by_ast() -> dict[str, str]:
    where: dict[str, str] = {}
    for node in ast.parse(STUB.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                assert alias.asname == alias.name, f"{alias.name}: write it `{alias.name} as {alias.name}`"
                where[alias.name] = node.module or ""
        else:  # only the re-exports and the declaration of __all__
            assert isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "__all__", ast.unparse(node)
    return where


def test_the_stub_is_the_public_surface() -> None:
    """Written once, in summarize/__init__.pyi: what type checkers see is what __all__ and __getattr__ give."""
    where = _stub_by_ast()
    assert summarize._stub_names(STUB.read_text(encoding="utf-8")) == where  # the runtime reading agrees with ast
    assert summarize.__all__ == sorted(where)


def test_every_public_name_resolves_to_its_module() -> None:
    for name, module in _stub_by_ast().items():
        assert getattr(summarize, name) is getattr(importlib.import_module(module), name)
    assert set(summarize.__all__) <= set(dir(summarize))


def test_every_model_output_error_is_public() -> None:
    """A caller can catch each way a model's answer fails, IncompleteCoverageError (--strict) included."""
    from summarize import errors

    kinds = {cls.__name__ for cls in errors.ModelOutputError.__subclasses__()}
    assert "IncompleteCoverageError" in kinds and kinds <= set(summarize.__all__)
    public_errors = [getattr(summarize, n) for n in summarize.__all__ if n.endswith("Error")]
    assert all(issubclass(cls, errors.SummarizeError) for cls in public_errors)


def test_a_user_gets_types_from_the_stub(tmp_path: Path) -> None:
    """mypy on a small user program: real types, not Any, and an unknown name is an error."""
    program = tmp_path / "user.py"
    program.write_text(
        "import summarize\n"
        "from summarize import Briefing, IncompleteCoverageError, Summarizer\n"
        "briefing: Briefing = summarize.summarize('text')\n"
        "reveal_type(Summarizer(model='m').summarize)\n"
        "reveal_type(summarize.__version__)\n"
        "title: int = briefing.title\n"
        "summarize.no_such_name\n",
        encoding="utf-8",
    )
    config = tmp_path / "mypy.ini"
    skipped = "openai.*,instructor.*,httpx2.*,mcp.*,llm.*,lxml.*,trafilatura.*,typer.*,click.*,rich.*,tenacity.*"
    config.write_text(f"[mypy]\nstrict = True\n[mypy-{skipped}]\nfollow_imports = skip\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--no-incremental", "--config-file", str(config), str(program)]
    found = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "MYPYPATH": str(ROOT)})
    lines = [line for line in found.stdout.splitlines() if line.startswith(str(program))]
    assert lines == [
        f'{program}:4: note: Revealed type is "def (article: str | summarize.sources.document.Document, *, '
        'source: str =) -> summarize.schemas.briefing.Briefing"',
        f'{program}:5: note: Revealed type is "str"',
        f'{program}:6: error: Incompatible types in assignment (expression has type "str", variable has type '
        '"int")  [assignment]',
        f'{program}:7: error: Module has no attribute "no_such_name"  [attr-defined]',
    ], found.stdout


def test_unknown_attribute_raises() -> None:
    try:
        summarize.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_package_is_typed() -> None:
    assert (Path(summarize.__file__).parent / "py.typed").is_file()


def test_importing_does_not_load_the_llm_stack() -> None:
    code = (
        "import sys, summarize; summarize.Briefing; "
        "print(sorted(m for m in ('openai', 'instructor', 'typer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_schema_file_is_in_sync_with_the_models() -> None:
    on_disk = (ROOT / "summarize" / "schemas" / "briefing.schema.json").read_text(encoding="utf-8")
    assert json.loads(on_disk) == json.loads(export.render()), "run: python -m summarize.schemas.export"


def test_schema_names_every_contract_field() -> None:
    schema = export.briefing_schema()
    assert set(schema["properties"]) == {
        "schema_version",
        "title",
        "bluf",
        "actors",
        "claims",
        "denials",
        "uncertainties",
        "embedded_instructions",
        "meta",
    }
    claim = schema["$defs"]["Claim"]["properties"]
    assert {
        "source",
        "via",
        "cue",
        "quote_type",
        "certainty",
        "polarity",
        "hedges",
        "estimate",
        "quantities",
        "when",
        "evidence",
        "contradicts",
        "corroborates",
    } <= set(claim)


def test_mode_and_backend_names_agree_everywhere() -> None:
    from summarize import settings
    from summarize.cli import options as cli
    from summarize.engine import llm

    assert {m.value for m in cli.ModeOption} == set(settings.MODES) == {"auto", *llm.MODES}
    assert {b.value for b in cli.BackendOption} == set(settings.BACKENDS)
    assert set(llm.AUTO_ORDER) == set(llm.MODES)
