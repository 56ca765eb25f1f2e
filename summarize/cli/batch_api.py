"""``summarize batch-status ID`` and ``summarize batch-collect ID``: long-running Batch API jobs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from summarize import errors
from summarize.batch.openai_job import TERMINAL, describe, job_for, open_manifest, progress, results_path
from summarize.batch.openai_manifest import Manifest
from summarize.cli.options import sub_app

_MANIFEST_HELP = "The batch's manifest (<out>.batch.json); found in the current folder if omitted."

status_app = sub_app()
collect_app = sub_app()


@status_app.command()
def batch_status(
    batch_id: Annotated[str, typer.Argument(metavar="ID", help="The batch id printed by --submit-only.")],
    manifest: Annotated[Path | None, typer.Option(help=_MANIFEST_HELP)] = None,
    base_url: Annotated[
        str | None, typer.Option(help="The endpoint, when there is no manifest to read it from.")
    ] = None,
) -> None:
    """Print a batch's status and request counts (completed / failed / total)."""
    found: Manifest | None
    try:
        _, found = open_manifest(batch_id, manifest)
    except errors.InputNotFoundError:
        if manifest is not None:
            raise
        found = None  # the status needs only the id and the key; the manifest just names the endpoint
    # the model only names itself in error messages here; a status needs none
    job = job_for(found, {"base_url": base_url, "model": None if found else "-"})
    sys.stdout.write(describe(job.status(batch_id)) + "\n")


@collect_app.command()
def batch_collect(
    batch_id: Annotated[str, typer.Argument(metavar="ID", help="The batch id printed by --submit-only.")],
    manifest: Annotated[Path | None, typer.Option(help=_MANIFEST_HELP)] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Results JSONL, appended [default: the manifest's path minus .batch.json]."),
    ] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch has finished, then collect.")] = False,
    poll_interval: Annotated[float, typer.Option(min=1, help="Seconds between polls with --wait.")] = 30.0,
) -> None:
    """Download a finished batch, validate every answer like a direct run, append one line per article."""
    where, found = open_manifest(batch_id, manifest)
    job = job_for(found)
    batch = job.wait(batch_id, poll_interval) if wait else job.status(batch_id)
    if batch.status not in TERMINAL:
        raise errors.ProviderUnavailableError(f"{progress(batch)}: not finished yet; run again later, or add --wait")
    code = job.collect(found, batch, out or results_path(where))
    raise typer.Exit(code)
