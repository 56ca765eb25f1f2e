"""Where a command's result goes: standard output or ``--output``, and one-line messages on stderr."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summarize.cli.options import OutputFormat
from summarize.cli.protected import guarded
from summarize.render.output import write_atomically

if TYPE_CHECKING:
    from summarize.schemas import Briefing


def say(message: str) -> None:
    sys.stderr.write(f"summarize: {message}\n")


_FORMAT_OF_SUFFIX = {
    ".json": OutputFormat.json,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
}


def format_of(output: Path | None) -> OutputFormat | None:
    """The format an --output file's name asks for (report.html, briefing.md), if any."""
    return None if output is None else _FORMAT_OF_SUFFIX.get(output.suffix.lower())


def not_the_article(output: Path, file: str | None) -> None:
    from summarize.errors import OutputFileError

    article = Path(file) if file and file != "-" and "://" not in file else None
    if article is not None and article.exists() and output.exists() and output.resolve() == article.resolve():
        raise OutputFileError(f"{output}: is the article itself; give another file for --output")


def emit(text: str, output: Path | None) -> None:
    """``text`` on standard output, or written atomically to ``output``."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        with guarded(output):  # checked again now: a batch may have started on the file meanwhile
            write_atomically(output, text)


def report_coverage(briefing: Briefing, strict: bool) -> None:
    """A part that could not be read is never silent: a warning, and with --strict an exit code."""
    from summarize.errors import IncompleteCoverageError

    coverage = briefing.meta.coverage
    if coverage is None or not coverage.failed:
        return
    ranges = ", ".join(f"{r.start}-{r.end}" for r in coverage.failed)
    message = f"characters {ranges} of the article could not be read; see meta.warnings"
    if strict:
        raise IncompleteCoverageError(message)
    say(f"warning: {message} (--strict makes this an error)")
