"""File paths an MCP client may read: only files under the roots the server was started with.

A client (and the model driving it) chooses the path, so it is untrusted: the path is resolved
(``..`` collapsed, every symlink followed) and must then lie under one of the resolved roots.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from summarize.errors import ConfigurationError, InputNotFoundError

MAX_PATH_CHARS = 4096


def resolve_roots(roots: Iterable[str | Path]) -> tuple[Path, ...]:
    """The allowed roots, resolved; the working directory when none is given."""
    resolved: list[Path] = []
    for root in roots:
        path = Path(root).expanduser().resolve()
        if not path.is_dir():
            raise ConfigurationError(f"--root {root}: not a directory")
        resolved.append(path)
    return tuple(resolved) or (Path.cwd().resolve(),)


def confine(path: str, roots: Sequence[Path]) -> Path:
    """``path`` resolved, if it lies under one of ``roots``; a relative path is taken from the first root."""
    if not path.strip():
        raise InputNotFoundError("path: empty; give a file under the server's allowed roots")
    if len(path) > MAX_PATH_CHARS or "\x00" in path:
        raise InputNotFoundError("path: not a usable file name")
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = roots[0] / candidate
    resolved = candidate.resolve()  # follows symlinks and collapses '..' before the check
    if not any(resolved.is_relative_to(root) for root in roots):
        raise InputNotFoundError(
            f"{path}: outside the folders this server may read; start it with --root DIR to allow another folder"
        )
    return resolved
