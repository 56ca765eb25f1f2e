"""``summarize cache stats|clear``: look into or empty the response cache."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Annotated

import typer

from summarize.cli.options import sub_app
from summarize.engine.response_cache import DEFAULT_MAX_MB, BriefingCache, iso_time
from summarize.errors import InputDecodeError, OutputFileError
from summarize.settings import default_cache_dir

cache_app = sub_app(no_args_is_help=True, help="The response cache of finished llm briefings.")

CacheDir = Annotated[
    Path | None,
    typer.Option(help="Folder of the response cache [env: SUMMARIZE_CACHE_DIR; default: the user cache dir]."),
]


def _cache(cache_dir: Path | None) -> BriefingCache:
    return BriefingCache(cache_dir.expanduser() if cache_dir else default_cache_dir())


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value, unit = n / 1024, "KiB"
    for bigger in ("MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}"


@cache_app.command()
def stats(cache_dir: CacheDir = None) -> None:
    """Where the cache is, how many briefings it holds, how big it is, and by which models."""
    cache = _cache(cache_dir)
    try:
        found = cache.stats()
    except (sqlite3.Error, OSError) as exc:
        corrupt = isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
        raise InputDecodeError(
            f"{cache.path}: cannot read the cache ({' '.join(str(exc).split())[:100]})"
            + ("; `summarize cache clear` removes it" if corrupt else "")
        ) from None
    finally:
        cache.close()
    lines = [f"path:    {found.path}"]
    if not found.exists:
        lines.append("entries: 0 (no cache file yet)")
    else:
        lines += [
            f"entries: {found.entries}",
            f"size:    {_size(found.bytes_on_disk)} on disk, {_size(found.stored_bytes)} of briefings "
            f"(each run keeps that under --cache-max-mb, {DEFAULT_MAX_MB:g} MiB by default)",
            f"oldest:  {iso_time(found.oldest) if found.oldest is not None else '-'}",
            f"newest:  {iso_time(found.newest) if found.newest is not None else '-'}",
        ]
        lines += [f"model:   {model}: {count}" for model, count in found.by_model.items()]
    sys.stdout.write("\n".join(lines) + "\n")


@cache_app.command()
def clear(
    older_than: Annotated[
        float | None, typer.Option(min=0, help="Remove only entries older than this many days.")
    ] = None,
    cache_dir: CacheDir = None,
) -> None:
    """Remove every cached briefing (or only the old ones). A corrupt cache file is deleted."""
    cache = _cache(cache_dir)
    try:
        removed = cache.clear(older_than)
    except sqlite3.OperationalError as exc:  # locked, read-only, cannot open: leave the file alone
        raise OutputFileError(f"{cache.path}: cannot clear the cache ({' '.join(str(exc).split())[:100]})") from None
    except sqlite3.DatabaseError:  # not a database, or a malformed one: nothing in it can be read
        try:
            cache.remove_file()
        except OSError as unlink_error:
            raise OutputFileError(f"{cache.path}: cannot remove ({unlink_error.strerror})") from None
        sys.stdout.write(f"removed the unreadable cache file {cache.path}\n")
        return
    except OSError as exc:
        raise OutputFileError(f"{cache.path}: cannot clear the cache ({exc.strerror or exc})") from None
    finally:
        cache.close()
    scope = "" if older_than is None else f" older than {older_than:g} day(s)"
    sys.stdout.write(f"removed {removed} cached briefing(s){scope} from {cache.path}\n")
