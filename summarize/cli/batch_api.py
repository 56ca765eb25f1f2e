"""``summarize batch-status|batch-collect|batch-cancel ID``: long-running Batch API jobs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from summarize import errors
from summarize.batch.openai_job import TERMINAL, BatchJob, describe, job_for, open_manifest, progress, results_path
from summarize.batch.openai_manifest import Manifest
from summarize.cli.options import sub_app

_MANIFEST_HELP = "The batch's manifest (<out>.batch.json); found in the current folder if omitted."

status_app = sub_app()
collect_app = sub_app()
cancel_app = sub_app()


def _job(batch_id: str, manifest: Path | None, base_url: str | None) -> BatchJob:
    """The job on the manifest's endpoint, or on ``base_url`` when there is none: a status or a cancel
    needs only the id and the key; the manifest just names the endpoint."""
    found: Manifest | None
    try:
        _, found = open_manifest(batch_id, manifest)
    except errors.InputNotFoundError:
        if manifest is not None:
            raise
        found = None
    # the model only names itself in error messages here; a status or a cancel needs none
    return job_for(found, {"base_url": base_url, "model": None if found else "-"})


BaseUrl = Annotated[str | None, typer.Option(help="The endpoint, when there is no manifest to read it from.")]


@status_app.command()
def batch_status(
    batch_id: Annotated[str, typer.Argument(metavar="ID", help="The batch id printed by --submit-only.")],
    manifest: Annotated[Path | None, typer.Option(help=_MANIFEST_HELP)] = None,
    base_url: BaseUrl = None,
) -> None:
    """Print a batch's status and request counts (completed / failed / total)."""
    sys.stdout.write(describe(_job(batch_id, manifest, base_url).status(batch_id)) + "\n")


@cancel_app.command()
def batch_cancel(
    batch_id: Annotated[str, typer.Argument(metavar="ID", help="The batch id printed by --submit-only.")],
    manifest: Annotated[Path | None, typer.Option(help=_MANIFEST_HELP)] = None,
    base_url: BaseUrl = None,
) -> None:
    """Stop a batch; what it finished before stopping can still be collected with batch-collect."""
    batch = _job(batch_id, manifest, base_url).cancel(batch_id)
    sys.stdout.write(describe(batch) + "\n")
    sys.stderr.write(
        f"summarize: batch {batch_id} is {batch.status}; once cancelled, "
        f"collect what it finished with: summarize batch-collect {batch_id} --wait\n"
    )


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
    keep_remote: Annotated[
        bool, typer.Option("--keep-remote", help="Keep the batch's input, output and error files on the provider.")
    ] = False,
) -> None:
    """Download a finished batch, validate every answer like a direct run, append one line per article;
    then delete the batch's remote files (unless --keep-remote)."""
    where, found = open_manifest(batch_id, manifest)
    job = job_for(found)
    batch = job.wait(batch_id, poll_interval) if wait else job.status(batch_id)
    if batch.status not in TERMINAL:
        raise errors.ProviderUnavailableError(f"{progress(batch)}: not finished yet; run again later, or add --wait")
    code = job.collect(found, batch, out or results_path(where), keep_remote=keep_remote)
    raise typer.Exit(code)
