"""Rendered text to a file: checked writable before any work is done, then written whole or not at all.

Used by the command line (``--output``) and the Batch API path (its manifest).
"""

from __future__ import annotations

import os
from pathlib import Path

from summarize.errors import OutputFileError


def check_writable(path: Path) -> None:
    """Fail before any work is done when ``path`` cannot be written."""
    if path.is_dir():
        raise OutputFileError(f"{path}: is a directory; give a file name for --output")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputFileError(f"{parent}: no such directory for --output")
    if not os.access(parent, os.W_OK):
        raise OutputFileError(f"{parent}: cannot write there (permission denied)")


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a temporary file renamed over it.

    The file keeps the mode of the one it replaces, or gets the usual mode for a new file.
    """
    import stat
    import tempfile

    check_writable(path)
    parent = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputFileError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputFileError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
