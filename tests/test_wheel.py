"""The wheel ships the whole package: every module, the contract's JSON Schema, the prompt templates,
the HTML report's assets and the typing stub, readable from an installed copy.

The wheel is built from a copy of the sources with this environment's setuptools (no build
isolation, no network), installed with ``pip --no-deps --no-index`` into a fresh venv that sees this
environment's packages (for pydantic and the rest) through a ``.pth`` line, and inspected there.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "summarize"

CHECK = r"""
import json, sys
from importlib import resources
from pathlib import Path

import summarize, summarize.schemas
from summarize.render.html_report import render_html

here = Path(summarize.__file__).parent
files = sorted(str(p.relative_to(here)) for p in here.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
schema = resources.files("summarize.schemas").joinpath("briefing.schema.json").read_text(encoding="utf-8")
prompts = resources.files("summarize.prompts")
templates = {n: prompts.joinpath(n).read_text(encoding="utf-8") for n in ("system.md", "user.md")}
assets = {n: resources.files("summarize.render").joinpath("report_assets", n).read_text(encoding="utf-8")
          for n in ("report.css", "report.js")}
text = "The council said on Tuesday that the bridge would close. \"It is not safe,\" said Ada Fenwick, the mayor.\n"
briefing = summarize.summarize(text, backend="offline")
json.dump({
    "location": str(here), "files": files, "schema": schema, "templates": templates, "assets": assets,
    "public": summarize.__all__, "report": len(render_html(briefing, text)), "claims": len(briefing.claims),
}, sys.stdout)
"""


def test_the_installed_wheel_holds_the_package_and_its_data(tmp_path: Path) -> None:
    for needed in ("setuptools", "pip"):
        if importlib.util.find_spec(needed) is None:
            pytest.skip(f"{needed} is not installed here, so no wheel can be built without the network")
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(PACKAGE, source / "summarize", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_FIND_LINKS", "PIP_INDEX_URL")}
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(tmp_path / "dist"), "."],
        cwd=source,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("summarize-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # This environment's packages (pydantic, pip...), after the venv's own: a plain path line, so the
    # editable install of the working tree (a .pth import hook there) is not loaded.
    Path(target, "this-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = ["-m", "pip", "--disable-pip-version-check", "install", "--no-deps", "--no-index", "-q", str(wheel)]
    installed = subprocess.run(
        [str(python), *install],
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]

    found = subprocess.run(
        [str(python), "-c", CHECK], cwd=tmp_path, env=clean, capture_output=True, text=True, timeout=60
    )
    assert found.returncode == 0, found.stderr[-2000:]
    report = json.loads(found.stdout)

    assert report["location"] == str(Path(target) / "summarize")  # the installed copy, not the working tree
    on_disk = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )
    assert sorted(set(on_disk) - set(report["files"])) == [], "files of the package missing from the wheel"
    assert report["schema"] == (PACKAGE / "schemas" / "briefing.schema.json").read_text(encoding="utf-8")
    for name, text in report["templates"].items():
        assert text == (PACKAGE / "prompts" / name).read_text(encoding="utf-8")
    for name, text in report["assets"].items():
        assert text == (PACKAGE / "render" / "report_assets" / name).read_text(encoding="utf-8")
    assert "IncompleteCoverageError" in report["public"]
    assert report["claims"] >= 1 and report["report"] > 1000
