"""An optional extra that fails to import says why: not installed, or installed and broken inside.

The broken case is simulated with a stand-in package on sys.path that raises the ImportError a real
install raised (trafilatura with lxml 6.2, whose justext asks for the html_clean extra lxml no
longer has), so the message must carry that cause, not only "needs trafilatura".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarize import Document
from summarize.__main__ import main
from summarize.errors import ConfigurationError
from summarize.extras import import_extra, one_line
from tests.page_server import PAGES

NEWS = PAGES / "news.html"
LXML_CLEAN = (
    "lxml.html.clean module is now a separate project lxml_html_clean.\n"
    "Install lxml[html-clean] or lxml_html_clean directly."
)


def stand_in(monkeypatch: pytest.MonkeyPatch, root: Path, package: str, init: str) -> None:
    """``import package`` (and its submodules) now finds ``root/package/__init__.py`` holding ``init``."""
    (root / package).mkdir(parents=True)
    (root / package / "__init__.py").write_text(init, encoding="utf-8")
    for name in [name for name in sys.modules if name == package or name.startswith(package + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.syspath_prepend(str(root))


def test_a_broken_trafilatura_names_the_real_cause(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stand_in(monkeypatch, tmp_path, "trafilatura", f"raise ImportError({LXML_CLEAN!r})\n")
    with pytest.raises(ConfigurationError) as caught:
        Document.from_path(NEWS)
    assert caught.value.exit_code == 78
    assert str(caught.value) == (
        "reading web pages needs trafilatura, which failed to import: lxml.html.clean module is now a separate "
        "project lxml_html_clean. Install lxml[html-clean] or lxml_html_clean directly "
        "(pip install --upgrade 'summarize[html]' installs what it needs)"
    )


def test_a_dependency_missing_inside_trafilatura_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stand_in(monkeypatch, tmp_path, "trafilatura", "import lxml_html_clean_is_not_here\n")
    with pytest.raises(ConfigurationError, match="failed to import: No module named 'lxml_html_clean_is_not_here'"):
        Document.from_path(NEWS)


def test_the_command_line_says_it_in_one_line_and_exits_78(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stand_in(monkeypatch, tmp_path / "site", "trafilatura", f"raise ImportError({LXML_CLEAN!r})\n")
    assert main([str(NEWS), "--backend", "offline", "-o", str(tmp_path / "out.json")]) == 78
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("summarize: error: reading web pages needs trafilatura, which failed to import: lxml.html")
    assert not (tmp_path / "out.json").exists()


def test_a_missing_trafilatura_asks_for_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # what `import trafilatura` meets when it is absent
    with pytest.raises(ConfigurationError) as caught:
        Document.from_path(NEWS)
    assert str(caught.value) == "reading web pages needs trafilatura: pip install 'summarize[html]'"


def test_an_mcp_without_the_server_module_is_broken_not_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An mcp too old (or half-installed) for mcp.server.mcpserver: installed, so 'install it' is wrong."""
    stand_in(monkeypatch, tmp_path, "mcp", "")
    monkeypatch.delitem(sys.modules, "summarize.mcp.server", raising=False)
    assert main(["mcp", "--root", str(tmp_path)]) == 78
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "the MCP server needs the mcp package, which failed to import: No module named 'mcp.server'" in err
    assert "pip install --upgrade 'summarize[mcp]'" in err


def test_import_extra_returns_the_module() -> None:
    assert import_extra("json", needs="never", extra="none").__name__ == "json"


def test_a_cause_is_one_line_of_readable_length() -> None:
    assert one_line(ImportError("first line.\n  second line.")) == "first line. second line"
    assert one_line(ImportError()) == "ImportError"
    long = one_line(ImportError("x" * 1000))
    assert len(long) == 240 and long.endswith("...")
