"""Finding the browser for ``tests/test_html_report_browser.py`` (``tests.browser.find_browser``): its
names, ``$SUMMARIZE_BROWSER``, and what a missing one does (a skip outside CI, a failure in CI).

No browser is needed: fake executables on a fake PATH, and that module run with none to be found.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import (
    BROWSER_ENV,
    BROWSER_NAMES,
    browser_or_skip,
    find_browser,
    in_ci,
    install_command,
    missing_browser,
)
from tests.conftest import ROOT

BROWSER_TESTS = ROOT / "tests" / "test_html_report_browser.py"


def _executable(folder: Path, name: str, mode: int = 0o755) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(mode)
    return path


@pytest.mark.parametrize("name", BROWSER_NAMES)
def test_the_browser_is_found_under_each_name_distributions_use(tmp_path: Path, name: str) -> None:
    browser = _executable(tmp_path / "bin", name)
    assert find_browser({"PATH": str(tmp_path / "bin")}) == str(browser)


def test_chromium_comes_first_when_several_browsers_are_installed(tmp_path: Path) -> None:
    _executable(tmp_path / "a", "google-chrome")
    chromium = _executable(tmp_path / "b", "chromium")
    assert find_browser({"PATH": f"{tmp_path / 'a'}{os.pathsep}{tmp_path / 'b'}"}) == str(chromium)


def test_the_environment_variable_names_the_browser_wherever_it_is(tmp_path: Path) -> None:
    _executable(tmp_path / "bin", "chromium")
    mine = _executable(tmp_path / "opt" / "chrome-linux", "chrome")
    assert find_browser({"PATH": str(tmp_path / "bin"), BROWSER_ENV: str(mine)}) == str(mine)
    assert find_browser({"PATH": str(tmp_path / "opt" / "chrome-linux"), BROWSER_ENV: "chrome"}) == str(mine)


def test_an_environment_variable_pointing_nowhere_is_reported_not_worked_around(tmp_path: Path) -> None:
    _executable(tmp_path / "bin", "chromium")
    environ = {"PATH": str(tmp_path / "bin"), BROWSER_ENV: str(tmp_path / "nowhere")}
    assert find_browser(environ) is None
    reason = missing_browser(environ)
    assert f"{BROWSER_ENV}={tmp_path / 'nowhere'} is not an executable" in reason
    assert install_command() in reason


def test_a_file_that_cannot_be_run_is_no_browser(tmp_path: Path) -> None:
    _executable(tmp_path / "bin", "chromium", mode=stat.S_IRUSR | stat.S_IWUSR)
    environ = {"PATH": str(tmp_path / "bin")}
    assert find_browser(environ) is None
    assert missing_browser(environ).startswith("no Chromium or Chrome on PATH (looked for chromium, chromium-browser")


@pytest.mark.parametrize(
    ("value", "ci"),
    [(None, False), ("", False), ("0", False), ("false", False), ("False", False), ("no", False),
     ("true", True), ("True", True), ("1", True), ("yes", True)],
)  # fmt: skip
def test_ci_is_recognised_as_ci_services_set_it(value: str | None, ci: bool) -> None:
    assert in_ci({} if value is None else {"CI": value}) is ci


@pytest.mark.parametrize(
    ("system", "os_release", "command"),
    [
        ("Linux", 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', "apt-get install -y chromium"),
        ("Linux", "ID=ubuntu\nID_LIKE=debian\n", "apt-get install -y chromium"),
        ("Linux", 'ID="rocky"\nID_LIKE="rhel centos fedora"\n', "dnf install -y chromium"),
        ("Linux", "ID=arch\n", "pacman -S --noconfirm chromium"),
        ("Linux", "", "apt-get install -y chromium"),
        ("Darwin", "", "brew install --cask chromium"),
    ],
)
def test_the_install_command_suits_the_system(system: str, os_release: str, command: str) -> None:
    assert install_command(system, os_release) == command


def test_a_missing_browser_is_a_skip_outside_ci_and_a_failure_in_ci(tmp_path: Path) -> None:
    hidden = {"PATH": str(tmp_path / "empty"), BROWSER_ENV: str(tmp_path / "nowhere")}
    with pytest.raises(pytest.skip.Exception) as skipped:
        browser_or_skip(hidden)
    assert install_command() in str(skipped.value)
    with pytest.raises(pytest.fail.Exception) as failed:
        browser_or_skip({**hidden, "CI": "true"})
    assert install_command() in str(failed.value) and "CI is set" in str(failed.value)
    browser = _executable(tmp_path / "bin", "chromium-browser")
    assert browser_or_skip({"PATH": str(tmp_path / "bin"), "CI": "true"}) == str(browser)


def test_the_browser_tests_skip_on_a_machine_without_one_and_fail_in_ci(tmp_path: Path) -> None:
    """The browser tests as the README's test command runs them, with no browser to be found: skipped,
    in one line naming the install command; with CI=true, errors."""
    (tmp_path / "empty").mkdir()
    environ = {name: value for name, value in os.environ.items() if name != "CI"}
    environ.update(PATH=str(tmp_path / "empty"), **{BROWSER_ENV: str(tmp_path / "nowhere")})
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(BROWSER_TESTS)]
    browser_tests = BROWSER_TESTS.read_text(encoding="utf-8").count("\ndef test_")

    outside = subprocess.run(command, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=300)
    assert outside.returncode == 0, outside.stdout + outside.stderr
    reason = missing_browser(environ)
    assert f"SKIPPED [{browser_tests}] {BROWSER_TESTS.relative_to(ROOT)}: {reason}\n" in outside.stdout
    assert f"{browser_tests} skipped in " in outside.stdout and "passed" not in outside.stdout
    assert f"`{install_command()}`" in reason

    in_ci_run = subprocess.run(
        command, cwd=ROOT, env={**environ, "CI": "true"}, capture_output=True, text=True, timeout=300
    )
    assert in_ci_run.returncode == 1, in_ci_run.stdout + in_ci_run.stderr
    assert f"{browser_tests} errors in " in in_ci_run.stdout and "passed" not in in_ci_run.stdout
    assert "CI is set, so the browser tests must run" in in_ci_run.stdout


def test_ci_asks_the_same_question_before_installing_the_browser(tmp_path: Path) -> None:
    """``.ci/run`` installs Chromium only when ``python -m tests.browser`` finds none: it exits 1 then,
    saying why, and 0 with the path when there is one."""
    command = [sys.executable, "-m", "tests.browser"]
    bare = {"PATH": str(tmp_path / "empty"), "PYTHONPATH": str(ROOT)}
    none = subprocess.run(command, cwd=ROOT, env=bare, capture_output=True, text=True, timeout=60)
    assert none.returncode == 1 and none.stdout.startswith("no Chromium or Chrome on PATH"), none.stderr
    browser = _executable(tmp_path / "bin", "chromium-browser")
    found = subprocess.run(
        command, cwd=ROOT, env={**bare, "PATH": str(tmp_path / "bin")}, capture_output=True, text=True, timeout=60
    )
    assert (found.returncode, found.stdout) == (0, f"{browser}\n"), found.stderr
    assert "python -m tests.browser" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
