"""Many articles through the OpenAI Batch API: submit, wait, collect, validate like a direct run.

    run_via_batch(items, options, out)            submit, poll until done, collect into ``out``
    run_via_batch(..., submit_only=True)          submit, write the manifest, print the batch id
    BatchJob.status(id) / BatchJob.collect(...)   what ``batch-status`` and ``batch-collect`` do
    BatchJob.cancel(id)                           what ``batch-cancel`` does

After a collect has written a line for every article, the batch's remote files (the uploaded input,
the output and error files) are deleted: they hold the articles and the answers, and OpenAI keeps them
until asked (``keep_remote`` opts out). A delete that fails is a warning: the results are already on disk.

Who retries (architecture doc, "Who owns retries"): the openai client is built with
``max_retries=0`` and every call (upload, create, retrieve, download, re-asks) goes through the
project's ``Transport``, the one layer that retries 429/5xx/timeouts. Creating the batch is the
exception: it is sent once, because a retry after a lost answer could start a second, paid batch.
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from openai.types import Batch

from summarize import errors
from summarize.batch.openai_answers import BatchAnswers
from summarize.batch.openai_manifest import (
    MANIFEST_SUFFIX,
    Entry,
    Manifest,
    load_manifest,
    manifest_path,
    stored_options,
)
from summarize.batch.openai_requests import BATCH_URL, batch_mode, request_body, request_line
from summarize.batch.results_log import ResultsFile, finished_ids
from summarize.engine.llm import Endpoint, full_prompt_version
from summarize.engine.run import Ledger
from summarize.engine.transport import Transport
from summarize.render.output import check_writable, write_atomically
from summarize.schemas import Briefing
from summarize.settings import Settings
from summarize.sources.document import Document
from summarize.version import __version__

TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
MAX_REQUESTS = 50_000  # the Batch API's limits for one input file
MAX_INPUT_BYTES = 200 * 1024 * 1024
_CLIENT_OPTIONS = ("http_client", "async_http_client")


def sleep(seconds: float) -> None:
    """Wait between polls (tests replace this to run without waiting)."""
    time.sleep(seconds)


def say(message: str) -> None:
    sys.stderr.write(f"summarize: {message}\n")
    sys.stderr.flush()


class _FilesAndBatches(Transport):
    """The transport's retry policy for calls whose answers are files and batches, not completions."""

    def _after_success(self, completion: Any) -> Any:
        return completion


def settings_from(options: dict[str, Any]) -> Settings:
    """Settings from ``Summarizer`` options; options that are not settings (clients, cache) are not ours."""
    if options.get("backend") == "offline":
        raise errors.ConfigurationError(
            "--via openai-batch sends the articles to the OpenAI Batch API; it cannot run with --backend offline"
        )
    known = {k: v for k, v in options.items() if k in Settings.__dataclass_fields__ and k != "backend"}
    return Settings.resolve(backend="llm", **known)


def progress(batch: Batch) -> str:
    counts = batch.request_counts
    done = f"{counts.completed}/{counts.total} done, {counts.failed} failed" if counts else "no counts yet"
    return f"{batch.id}: {batch.status}, {done}"


class BatchJob:
    """One endpoint's Batch API, with the project's retry owner in front of every call."""

    def __init__(self, settings: Settings, http_client: Any = None) -> None:
        self.settings = settings
        self.model = settings.llm_model()  # fails with the fix when no endpoint is configured
        self.endpoint = Endpoint(settings, http_client)

    def _call(self, func: Callable[..., Any], *args: Any, once: bool = False, **kwargs: Any) -> Any:
        policy = replace(self.settings.retry, max_attempts=1) if once else self.settings.retry
        transport = _FilesAndBatches(policy, Ledger(), self.model, self.endpoint.base_url, self.settings.api_key)
        return transport.wrap(func)(*args, **kwargs)

    # --- submit -----------------------------------------------------------------------------

    def submit(self, items: Iterable[tuple[str, Document]], out: Path) -> Manifest:
        where = manifest_path(out)
        check_writable(out)
        check_writable(where)  # before anything is uploaded or paid for
        _refuse_to_orphan(where, out)
        mode = batch_mode(self.settings)
        entries: dict[str, Entry] = {}
        lines: list[str] = []
        for n, (article_id, document) in enumerate(items, 1):
            custom_id = f"article-{n:06d}"
            entries[custom_id] = Entry(str(article_id), document.source, document.text, document.title)
            lines.append(request_line(custom_id, request_body(document, self.settings, mode)))
        data = "".join(f"{line}\n" for line in lines).encode("utf-8")
        if not lines:
            raise errors.EmptyInputError("no articles to submit to the Batch API")
        if len(lines) > MAX_REQUESTS or len(data) > MAX_INPUT_BYTES:
            raise errors.InputTooLargeError(
                f"{len(lines):,} requests / {len(data):,} bytes is more than one Batch API file holds "
                f"({MAX_REQUESTS:,} requests, {MAX_INPUT_BYTES:,} bytes); split the inputs into several batches"
            )
        client = self.endpoint.client()
        uploaded = self._call(
            client.files.create, file=("summarize-batch.jsonl", data, "application/jsonl"), purpose="batch"
        )
        batch = self._call(
            client.batches.create,
            once=True,
            input_file_id=uploaded.id,
            endpoint=BATCH_URL,
            completion_window="24h",
            metadata={"created_by": f"summarize {__version__}", "prompt_version": full_prompt_version()},
        )
        manifest = Manifest(
            batch_id=batch.id,
            input_file_id=uploaded.id,
            model=self.model,
            mode=mode,
            out=str(out),
            prompt_version=full_prompt_version(),
            options=stored_options({**vars(self.settings), "model": self.model, "mode": mode}),
            entries=entries,
        )
        try:
            write_atomically(where, manifest.to_json())
        except errors.OutputFileError as exc:
            raise errors.OutputFileError(
                f"batch {batch.id} was submitted but its manifest was not saved: {exc}"
            ) from None
        return manifest

    # --- status and waiting -----------------------------------------------------------------

    def status(self, batch_id: str) -> Batch:
        try:
            batch: Batch = self._call(self.endpoint.client().batches.retrieve, batch_id)
        except errors.RequestRejectedError as exc:
            if exc.status == 404:
                raise errors.InputNotFoundError(
                    f"no batch {batch_id!r} at {self.endpoint.base_url}; check the id and the key's project"
                ) from None
            raise
        return batch

    def cancel(self, batch_id: str) -> Batch:
        """Ask the Batch API to stop ``batch_id``; it is ``cancelling`` for a while, then ``cancelled``."""
        try:
            batch: Batch = self._call(self.endpoint.client().batches.cancel, batch_id)
        except errors.RequestRejectedError as exc:
            if exc.status == 404:
                raise errors.InputNotFoundError(
                    f"no batch {batch_id!r} at {self.endpoint.base_url}; check the id and the key's project"
                ) from None
            if exc.status in (400, 409):  # e.g. a batch that has finished already
                raise errors.RequestRejectedError(
                    f"batch {batch_id} cannot be cancelled ({exc}); see summarize batch-status {batch_id}",
                    status=exc.status,
                ) from None
            raise
        return batch

    def delete_remote(self, file_ids: Iterable[str | None]) -> list[str]:
        """Delete these remote files; returns the ids deleted. A failure is a warning, never an error."""
        deleted: list[str] = []
        client = self.endpoint.client()
        for file_id in dict.fromkeys(f for f in file_ids if f):  # each once, in order
            try:
                self._call(client.files.delete, file_id)
            except errors.RequestRejectedError as exc:
                if exc.status == 404:  # gone already (deleted by hand, or by an earlier collect)
                    continue
                say(f"warning: could not delete the remote file {file_id} ({exc}); the results are saved")
                continue
            except errors.SummarizeError as exc:
                say(f"warning: could not delete the remote file {file_id} ({exc}); the results are saved")
                continue
            deleted.append(file_id)
        return deleted

    def wait(self, batch_id: str, poll_interval: float) -> Batch:
        """Poll until the batch is completed, failed, expired or cancelled."""
        said = ""
        while True:
            batch = self.status(batch_id)
            if batch.status in TERMINAL:
                return batch
            line = progress(batch)
            if line != said:
                say(line)
                said = line
            sleep(poll_interval)

    # --- collect ----------------------------------------------------------------------------

    def _lines(self, file_id: str | None) -> dict[str, dict[str, Any]]:
        """The lines of an output or error file by custom_id (none when there is no file)."""
        if not file_id:
            return {}
        content = self._call(self.endpoint.client().files.content, file_id)
        found: dict[str, dict[str, Any]] = {}
        for raw in content.text.splitlines():
            try:
                record = json.loads(raw)
            except ValueError:
                continue  # a blank or broken line names no request; its article is reported as not run
            if isinstance(record, dict) and isinstance(record.get("custom_id"), str):
                found[record["custom_id"]] = record
        return found

    def collect(self, manifest: Manifest, batch: Batch, out: Path, *, keep_remote: bool = False) -> int:
        """Write a line per article of ``manifest`` not yet in ``out``; the exit code of the first failure, or 0.

        Then, unless ``keep_remote``, delete the batch's remote files: every article has its line.
        """
        if batch.status == "failed":
            raise errors.RequestRejectedError(f"batch {batch.id} failed before running: {_batch_errors(batch)}")
        if manifest.prompt_version != full_prompt_version():
            say("the prompts or the draft schema changed since this batch was submitted; re-asks use the new ones")
        done = finished_ids(out)
        # collected before: nothing to download (the remote files may be gone)
        if all(entry.id in done for entry in manifest.entries.values()):
            say(f"every article of batch {batch.id} already has a line in {out}")
            return 0
        written, failed, first_failure = self._write(manifest, batch, out)
        if batch.status in ("expired", "cancelled"):
            say(f"batch {batch.id} {batch.status}: collected what it finished; the rest are error lines")
        say(f"{written} line(s) written to {out}, {failed} failed")
        if not keep_remote:
            remote = (manifest.input_file_id, batch.input_file_id, batch.output_file_id, batch.error_file_id)
            deleted = self.delete_remote(remote)
            if deleted:
                say(f"deleted the batch's remote files ({', '.join(deleted)}); --keep-remote keeps them")
        return first_failure

    def _write(self, manifest: Manifest, batch: Batch, out: Path) -> tuple[int, int, int]:
        """Append the lines; (written, failed, the first failure's exit code or 0)."""
        records = {**self._lines(batch.error_file_id), **self._lines(batch.output_file_id)}
        answers = BatchAnswers(self.endpoint, manifest.mode)
        written = failed = 0
        first_failure = 0
        with ResultsFile(out) as results:
            for custom_id, entry in manifest.entries.items():
                if entry.id in results.done:
                    continue
                try:
                    record = records.get(custom_id)
                    if record is None:
                        raise errors.ProviderUnavailableError(
                            f"the Batch API did not run this request (batch {batch.status}); submit it again"
                        )
                    line = result_line(entry, briefing=answers.briefing(entry, record))
                except errors.SummarizeError as exc:
                    line = result_line(entry, error=exc)
                    failed += 1
                    first_failure = first_failure or exc.exit_code
                results.append(line)
                written += 1
        return written, failed, first_failure


def result_line(
    entry: Entry, *, briefing: Briefing | None = None, error: errors.SummarizeError | None = None
) -> dict[str, Any]:
    """A results line, as ``summarize batch`` writes them: ``{"id", "source", "briefing"}`` or
    ``{"id", "source", "error": {"type", "message", "exit_code"}}``."""
    line: dict[str, Any] = {"id": entry.id, "source": entry.source}
    if error is not None:
        line["error"] = {"type": type(error).__name__, "message": str(error), "exit_code": error.exit_code}
    elif briefing is not None:
        line["briefing"] = json.loads(briefing.to_json(indent=None))
    else:
        raise TypeError("a results line carries a briefing or an error")
    return line


def _refuse_to_orphan(where: Path, out: Path) -> None:
    """A manifest with articles not yet collected is the only record of its batch: never overwrite it."""
    if not where.exists():
        return
    previous = load_manifest(where)
    pending = {entry.id for entry in previous.entries.values()} - finished_ids(out)
    if pending:
        raise errors.OutputFileError(
            f"{where} holds batch {previous.batch_id} with {len(pending)} article(s) not collected yet; "
            f"collect it first (summarize batch-collect {previous.batch_id}) or move that manifest away"
        )


def _batch_errors(batch: Batch) -> str:
    data = batch.errors.data if batch.errors and batch.errors.data else []
    if not data:
        return "no detail given"
    first = data[0]
    where = f" (input line {first.line})" if first.line is not None else ""
    return f"{first.code or 'error'}: {first.message or ''}{where}; {len(data)} problem(s) in all"


def open_manifest(batch_id: str, given: Path | None) -> tuple[Path, Manifest]:
    """The manifest of ``batch_id`` and where it is: the given path, or a ``*.batch.json`` in the current folder."""
    from summarize.batch.openai_manifest import find_manifest

    path = given or find_manifest(batch_id, Path.cwd())
    if path is None:
        raise errors.InputNotFoundError(
            f"no manifest for batch {batch_id} in the current folder; pass --manifest PATH "
            "(it was written next to the output as <out>.batch.json)"
        )
    manifest = load_manifest(path)
    if manifest.batch_id != batch_id:
        raise errors.InputDecodeError(f"{path}: is the manifest of batch {manifest.batch_id}, not {batch_id}")
    return path, manifest


def results_path(manifest_at: Path) -> Path:
    """The output a manifest belongs to: it always sits next to it, as ``<out>.batch.json``."""
    return manifest_at.with_name(manifest_at.name.removesuffix(MANIFEST_SUFFIX))


def job_for(manifest: Manifest | None, options: dict[str, Any] | None = None) -> BatchJob:
    """A job on the manifest's endpoint and options (the key always comes from the environment)."""
    given = dict(options or {})
    http_client = given.pop("http_client", None)
    stored = manifest.options if manifest else {}
    return BatchJob(settings_from({**stored, **{k: v for k, v in given.items() if v is not None}}), http_client)


def run_via_batch(
    items: list[tuple[str, Document]],
    options: dict[str, Any],
    out: Path,
    *,
    submit_only: bool = False,
    poll_interval: float = 30.0,
    keep_remote: bool = False,
) -> int:
    """Brief ``items`` through the Batch API into ``out`` (JSONL, appended); returns the exit code."""
    given = dict(options)
    http_client = given.pop("http_client", None)
    for name in _CLIENT_OPTIONS:
        given.pop(name, None)
    job = BatchJob(settings_from(given), http_client)
    done = finished_ids(out)
    todo = [(article_id, document) for article_id, document in items if str(article_id) not in done]
    if len(todo) < len(items):
        say(f"{len(items) - len(todo)} article(s) already have a line in {out}: not submitted again")
    if not todo:
        return 0
    manifest = job.submit(todo, out)
    say(f"submitted batch {manifest.batch_id} ({len(manifest.entries)} requests); manifest {manifest_path(out)}")
    if submit_only:
        sys.stdout.write(f"{manifest.batch_id}\n")
        sys.stdout.flush()
        batch_id = manifest.batch_id
        say(f"check it with: summarize batch-status {batch_id}; collect with: summarize batch-collect {batch_id}")
        return 0
    try:
        batch = job.wait(manifest.batch_id, poll_interval)
    except KeyboardInterrupt:
        say(f"batch {manifest.batch_id} keeps running; collect it with: summarize batch-collect {manifest.batch_id}")
        raise
    return job.collect(manifest, batch, out, keep_remote=keep_remote)


def describe(batch: Batch) -> str:
    """``batch-status``'s line: status, counts, and when it started and ends."""

    def when(stamp: int | None) -> str:
        if stamp is None:
            return "-"
        moment = datetime.datetime.fromtimestamp(stamp, datetime.UTC)
        return moment.strftime("%Y-%m-%d %H:%M UTC")

    line = f"{progress(batch)}; created {when(batch.created_at)}"
    if batch.status not in TERMINAL:
        line += f", expires {when(batch.expires_at)}"
    if batch.status == "failed":
        line += f"; {_batch_errors(batch)}"
    return line
