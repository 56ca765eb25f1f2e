"""The public surface is deliberate: pinned here, and typed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import summarize
from summarize.schemas import export

ROOT = Path(__file__).resolve().parent.parent

PUBLIC = [
    "AuthenticationError",
    "Briefing",
    "BriefingDraft",
    "ConfigurationError",
    "Document",
    "InputError",
    "InputNotFoundError",
    "InvalidOutputError",
    "ModelOutputError",
    "ProviderError",
    "ProviderUnavailableError",
    "RefusalError",
    "SummarizeError",
    "Summarizer",
    "TruncatedOutputError",
    "__version__",
    "asummarize",
    "summarize",
    "summarize_many",
]


def test_all_is_pinned() -> None:
    assert summarize.__all__ == PUBLIC


def test_every_public_name_resolves() -> None:
    for name in PUBLIC:
        assert getattr(summarize, name) is not None


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


def test_lazy_table_and_all_agree() -> None:
    assert sorted([*summarize._WHERE, "__version__"]) == summarize.__all__


def test_mode_and_backend_names_agree_everywhere() -> None:
    from summarize import settings
    from summarize.cli import options as cli
    from summarize.engine import llm

    assert {m.value for m in cli.ModeOption} == set(settings.MODES) == {"auto", *llm.MODES}
    assert {b.value for b in cli.BackendOption} == set(settings.BACKENDS)
    assert set(llm.AUTO_ORDER) == set(llm.MODES)
