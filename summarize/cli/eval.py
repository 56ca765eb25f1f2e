"""``summarize eval PRED GOLD``: score briefings against gold briefings (files or folders)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from summarize.cli.options import sub_app
from summarize.errors import InputDecodeError, InputNotFoundError
from summarize.scoring import Report, find_article, load_json, pair_files, score, table

eval_app = sub_app()


def _read(path: Path) -> dict[str, object]:
    try:
        data = load_json(path)
    except OSError as exc:
        raise InputNotFoundError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputDecodeError(f"{path}: not a briefing JSON ({' '.join(str(exc).split())[:80]})") from None
    if not isinstance(data, dict):
        raise InputDecodeError(f"{path}: not a briefing JSON (expected an object, got {type(data).__name__})")
    lists = ("actors", "claims", "denials", "uncertainties")
    if "title" not in data or any(not isinstance(data.get(key, []), list) for key in lists):
        raise InputDecodeError(f"{path}: not a briefing JSON (it needs a title and lists of {', '.join(lists)})")
    return data


def _article(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputNotFoundError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputDecodeError(f"{path}: not valid UTF-8") from None


@eval_app.command()
def evaluate(
    pred: Annotated[Path, typer.Argument(help="Predicted briefing JSON, or a folder of them.")],
    gold: Annotated[Path, typer.Argument(help="Gold briefing JSON, or a folder paired by file name.")],
    article: Annotated[
        Path | None,
        typer.Option(help="The article, to locate quotes without offsets (found beside the gold if omitted)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Precision, recall and F1 of actors, claims, denials (with kind accuracy) and uncertainties."""
    for path in (pred, gold):
        if not path.exists():
            raise InputNotFoundError(f"{path}: no such file or folder")
    if pred.is_dir() != gold.is_dir():
        raise InputNotFoundError("give two files or two folders")
    pairs = pair_files(pred, gold) if pred.is_dir() else [(pred, gold)]
    if not pairs:
        raise InputNotFoundError(f"no file names in {pred} match those in {gold}")
    if pred.is_dir():
        missing = sorted({p.stem for p in gold.glob("*.json")} - {g.stem for _, g in pairs})
        if missing:  # a gold briefing with no prediction would otherwise vanish from the totals
            sys.stderr.write(
                f"summarize: warning: no prediction for {len(missing)} gold briefing(s), left out of the "
                f"totals: {', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}\n"
            )
    rows: list[tuple[str, Report]] = []
    total = Report()
    for pred_path, gold_path in pairs:
        predicted, expected = _read(pred_path), _read(gold_path)
        text = _article(article) if article else find_article(pred_path, gold_path, predicted)
        report = score(predicted, expected, text)
        rows.append((pred_path.stem, report))
        total.add(report)
    if len(rows) > 1:
        rows.append(("TOTAL", total))
    if as_json:
        out = {"files": {name: r.as_dict() for name, r in rows if name != "TOTAL"}, "total": total.as_dict()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    else:
        sys.stdout.write(table(rows) + "\n")
