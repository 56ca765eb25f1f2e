"""Finding the browser the HTML report's browser test drives (a system Chromium or Chrome, never a
downloaded one), and what happens without one: outside CI a skip that names the command installing
it; in CI (``CI=true``) a failure, so nothing is skipped silently there.

``.ci/run`` asks the same question before its apt step: ``python -m tests.browser`` prints the
browser's path and exits 0, or prints why there is none and exits 1.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

BROWSER_ENV = "SUMMARIZE_BROWSER"
# The names distributions and vendors install it under, Chromium first.
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser(
    environ: Mapping[str, str] | None = None, which: Callable[..., str | None] = shutil.which
) -> str | None:
    """The browser to drive: ``$SUMMARIZE_BROWSER`` when set (a path, or a name on PATH; nothing else
    is tried then), else the first of ``BROWSER_NAMES`` found on PATH."""
    env = os.environ if environ is None else environ
    search_path = env.get("PATH", os.defpath)
    given = env.get(BROWSER_ENV, "").strip()
    if given:
        return which(given, path=search_path)
    for name in BROWSER_NAMES:
        found = which(name, path=search_path)
        if found:
            return found
    return None


def in_ci(environ: Mapping[str, str] | None = None) -> bool:
    """``CI`` set to anything but empty, 0, false, no or off (GitHub, GitLab and others set CI=true)."""
    value = (os.environ if environ is None else environ).get("CI", "").strip().lower()
    return value not in ("", "0", "false", "no", "off")


def install_command(system: str | None = None, os_release: str | None = None) -> str:
    """The one command that installs Chromium here (Debian's ``apt-get`` unless the system says otherwise)."""
    system = platform.system() if system is None else system
    if system == "Darwin":
        return "brew install --cask chromium"
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8")
        except OSError:
            os_release = ""
    ids: set[str] = set()
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids.update(value.strip().strip("\"'").lower().split())
    if ids & {"fedora", "rhel", "centos"}:
        return "dnf install -y chromium"
    if "arch" in ids:
        return "pacman -S --noconfirm chromium"
    if "alpine" in ids:
        return "apk add chromium"
    return "apt-get install -y chromium"


def missing_browser(environ: Mapping[str, str] | None = None) -> str:
    """Why no browser was found, and the command that installs one."""
    env = os.environ if environ is None else environ
    given = env.get(BROWSER_ENV, "").strip()
    if given:
        where = f"{BROWSER_ENV}={given} is not an executable"
    else:
        where = f"no Chromium or Chrome on PATH (looked for {', '.join(BROWSER_NAMES)})"
    return f"{where}; install Chromium with `{install_command()}` (or set {BROWSER_ENV} to a Chromium or Chrome)"


def browser_or_skip(environ: Mapping[str, str] | None = None) -> str:
    """The browser's path; without one, a skip outside CI and a failure in CI."""
    found = find_browser(environ)
    if found:
        return found
    reason = missing_browser(environ)
    if in_ci(environ):
        pytest.fail(f"{reason}; CI is set, so the browser tests must run", pytrace=False)
    pytest.skip(reason)


if __name__ == "__main__":
    browser = find_browser()
    print(browser or missing_browser())
    sys.exit(0 if browser else 1)
