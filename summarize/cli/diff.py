"""``summarize diff OLD.json NEW.json``: what changed between two briefings of the same story."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from summarize.cli.options import sub_app
from summarize.cli.output import emit
from summarize.cli.protected import check_not_protected
from summarize.errors import InputDecodeError, InputNotFoundError
from summarize.render.output import check_writable
from summarize.schemas import Briefing

diff_app = sub_app()


class DiffFormat(StrEnum):
    markdown = "markdown"
    json = "json"


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "top level"
    return f"{where}: {error['msg']}"


def _is_draft(data: dict[str, object]) -> bool:
    """A briefing's draft (as in examples/gold/): its fields but no ``meta``, which code adds with the offsets."""
    return "meta" not in data and any(key in data for key in ("title", "claims", "bluf", "actors"))


def load_briefing(path: Path) -> Briefing:
    """A briefing JSON file, or a one-line error: 66 when it cannot be read, 65 when it is not a briefing."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputNotFoundError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputDecodeError(f"{path}: not JSON ({' '.join(str(exc).split())[:80]})") from None
    if not isinstance(data, dict):
        raise InputDecodeError(f"{path}: not a briefing (expected a JSON object, got {type(data).__name__})")
    if _is_draft(data):
        raise InputDecodeError(
            f"{path}: a draft (the model-filled fields, no offsets or meta), not a briefing; "
            "brief its article with summarize ARTICLE --format json -o BRIEFING.json and diff those"
        )
    try:
        return Briefing.model_validate(data)
    except ValidationError as exc:
        problem = " ".join(_first_problem(exc).split())[:160]
        raise InputDecodeError(
            f"{path}: not a valid briefing ({problem}); give the JSON of summarize --format json"
        ) from None


@diff_app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier briefing (JSON from summarize --format json).")],
    new: Annotated[Path, typer.Argument(help="The later briefing of the same story.")],
    output_format: Annotated[DiffFormat, typer.Option("--format", "-f", help="markdown or json.")] = (
        DiffFormat.markdown
    ),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the diff to this file (atomically).")
    ] = None,
) -> None:
    """Claims added, removed or changed (certainty, polarity, hedges, figures), denials new or changed,
    open questions resolved or opened, actors added or removed. Items are matched by source, wording and
    evidence, not by id."""
    from summarize.render.diff import diff_briefings

    if output is not None:
        check_writable(output)
        check_not_protected(output)
    result = diff_briefings(load_briefing(old), load_briefing(new))
    if output_format is DiffFormat.json:
        text = json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n"
    else:
        from summarize.render.diff_markdown import render_diff_markdown

        text = render_diff_markdown(result)
    emit(text, output)
