"""``summarize batch INPUTS... --out results.jsonl``: brief many articles, resumably, within a budget.

Exit codes: 0 every article was briefed (or already was); 75 stopped at ``--max-cost`` /
``--max-tokens`` (re-run to continue); otherwise, when articles failed, the code of the most urgent
failure: 77 auth, 78 configuration, 70 internal, 75 provider unavailable, 69 model output, 73, 66, 65
bad input. Each failure is also recorded in the results file with its own code.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from summarize.batch.inputs import BatchItem, check_inputs, expand_inputs, parse_extensions
from summarize.batch.results_log import ResultsLog, drop_failures, recover
from summarize.batch.runner import BatchResult, BatchRun, Budget, Totals
from summarize.cli.options import BackendOption, ModeOption, sub_app
from summarize.cli.output import say
from summarize.errors import ConfigurationError, InputNotFoundError
from summarize.render.output import check_writable

if TYPE_CHECKING:
    from summarize.sources.document import Document

BUDGET_EXIT = 75  # EX_TEMPFAIL: incomplete on purpose; the same command continues where it stopped

batch_app = sub_app()


class Via(StrEnum):
    direct = "direct"
    openai_batch = "openai-batch"


def _money(value: float) -> str:
    return f"${value:.4f}" if value < 100 else f"${value:,.2f}"


def summary_line(totals: Totals, run: BatchRun, out: Path, model: str | None) -> str:
    skipped = f", {run.skipped} skipped (already in {out})" if run.skipped else ""
    dupes = f", {run.duplicates} duplicate id(s) ignored" if run.duplicates else ""
    earlier = sum(run.earlier_failures.values())
    if earlier:
        skipped += f" of which {earlier} had failed (--retry-failed tries them again)"
    cost = _money(totals.cost_usd)
    if totals.unpriced:
        cost += f" + unknown for {totals.unpriced} article(s) (no price for {model!r}; add it to prices.toml)"
    return (
        f"batch: {totals.succeeded} briefed, {totals.failed} failed, {totals.cached} cached{skipped}{dupes}; "
        f"{totals.requests} requests, {totals.input_tokens:,} input tokens ({totals.cached_input_tokens:,} cached), "
        f"{totals.output_tokens:,} output tokens ({totals.reasoning_tokens:,} reasoning), cost {cost} -> {out}"
    )


class _Progress:
    """A rich progress bar on a terminal (stderr); nothing otherwise."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self._bar: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[status]}"),
                TimeElapsedColumn(),
                console=Console(file=sys.stderr),
                transient=False,
            )
            self._task = self._bar.add_task("batch", total=total, status="")

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def update(self, totals: Totals) -> None:
        if self._bar is not None:
            status = (
                f"ok {totals.succeeded}  failed {totals.failed}  cached {totals.cached}  "
                f"spent {_money(totals.cost_usd)}"
            )
            self._bar.update(self._task, completed=totals.done, status=status)

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()


async def _drive(run: BatchRun, log: ResultsLog, progress: _Progress) -> None:
    frozen = False
    with progress:
        result: BatchResult
        async for result in run:
            log.write_line(result.to_line())
            progress.update(run.totals)
            frozen = frozen or freeze_loaded_stack()


# Loaded by the first article that asks a model (a cache hit never loads it).
LLM_STACK = "summarize.engine.llm"


def freeze_loaded_stack() -> bool:
    """Once the LLM stack is loaded, move every object alive now (modules, classes, schemas: well
    over a hundred thousand) out of reach of the garbage collector's full passes (``gc.freeze``);
    True once done.

    Those objects live as long as the process, yet each full pass walked them all: a tenth of a
    second every couple of seconds of a batch, with every article in flight stalled. Objects made
    after, articles' included, are collected as before. The batch command owns its process; the
    library leaves its caller's collector alone.
    """
    if LLM_STACK not in sys.modules:
        return False
    import gc

    gc.freeze()
    return True


def _dry_run(
    items: Iterable[BatchItem],
    done: Mapping[str, int],
    model: str | None,
    max_output_tokens: int | None,
    budget: Budget,
    max_input_tokens: int | None = None,
) -> None:
    from summarize.batch.runner import load_document
    from summarize.engine.dry_run import estimate
    from summarize.errors import SummarizeError

    inputs = outputs = articles = unpriced = skipped = requests = 0
    cost = 0.0
    out = sys.stdout
    out.write("id\tinput_tokens\toutput_tokens\tcost_usd\n")
    for item in items:
        if item.id in done:
            skipped += 1
            continue
        try:
            document = load_document(item)
        except SummarizeError as exc:
            out.write(f"{item.id}\terror: {exc}\n")
            continue
        guess = estimate(document.text, model, max_output_tokens, max_input_tokens)
        articles, requests = articles + 1, requests + guess.requests
        inputs, outputs = inputs + guess.input_tokens, outputs + guess.output_tokens
        if guess.cost_usd is None:
            unpriced += 1
        else:
            cost += guess.cost_usd
        shown = "unknown" if guess.cost_usd is None else f"{guess.cost_usd:.6f}"
        out.write(f"{item.id}\t{guess.input_tokens}\t{guess.output_tokens}\t{shown}\n")
    who = f"model {model}" if model else "the offline backend (no model calls)"
    total = _money(cost) if not unpriced else f"{_money(cost)} + unknown ({model!r} has no price; see prices.toml)"
    over = ""
    if budget.max_cost is not None and cost > budget.max_cost:
        over = f"; over --max-cost {_money(budget.max_cost)}"
    if budget.max_tokens is not None and inputs + outputs > budget.max_tokens:
        over += f"; over --max-tokens {budget.max_tokens:,}"
    out.write(
        f"estimate: {articles} article(s) with {who}: ~{inputs:,} input + ~{outputs:,} output tokens, "
        f"~{total}{over} ({requests:,} request(s), one per chunk of a long article; re-asks and retries "
        "add to it; nothing was sent)"
        f"{f'; {skipped} already done skipped' if skipped else ''}\n"
    )


def _via_openai_batch(
    items: Iterable[BatchItem],
    options: dict[str, Any],
    out: Path,
    submit_only: bool,
    allow_private: bool,
    keep_remote: bool = False,
) -> None:
    """Submit the articles as one Batch API job; an article that cannot be read is recorded at once."""
    from summarize.batch.openai_job import run_via_batch
    from summarize.batch.runner import load_document
    from summarize.errors import SummarizeError

    loaded: list[tuple[str, Document]] = []
    with ResultsLog(out) as log:
        for item in items:
            try:
                loaded.append((item.id, load_document(item, allow_private=allow_private)))
            except SummarizeError as exc:
                log.write(BatchResult(item.id, item.source, error=exc).to_record())
    code = run_via_batch(loaded, options, out, submit_only=submit_only, keep_remote=keep_remote) if loaded else 0
    raise typer.Exit(code)


@batch_app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, or .jsonl lists of articles.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Results file (JSONL), appended to.")] = None,
    jobs: Annotated[int, typer.Option(min=1, max=256, help="Articles briefed at the same time.")] = 4,
    ext: Annotated[
        str | None, typer.Option(help="Extensions read in folders, comma-separated [default: .txt,.md].")
    ] = None,
    max_cost: Annotated[
        float | None, typer.Option(min=0, help="Stop starting articles once this many USD are spent.")
    ] = None,
    max_tokens: Annotated[
        int | None, typer.Option(min=1, help="Stop starting articles once this many tokens are used.")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Estimate tokens and cost; send nothing.")] = False,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Drop the failed articles from --out first, so they are tried again.")
    ] = False,
    via: Annotated[Via, typer.Option(help="direct, or openai-batch (the provider's Batch API).")] = Via.direct,
    submit_only: Annotated[
        bool, typer.Option("--submit-only", help="With --via openai-batch: submit and exit.")
    ] = False,
    keep_remote: Annotated[
        bool,
        typer.Option("--keep-remote", help="With --via openai-batch: keep the batch's files on the provider."),
    ] = False,
    backend: Annotated[BackendOption, typer.Option(help="llm, offline, or auto.")] = BackendOption.auto,
    model: Annotated[str | None, typer.Option(help="Model name [env: SUMMARIZE_MODEL].")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint [env: OPENAI_BASE_URL].")] = None,
    mode: Annotated[ModeOption, typer.Option(help="How the schema is requested.")] = ModeOption.auto,
    max_reasks: Annotated[int, typer.Option(min=0, max=10, help="Re-asks per article.")] = 2,
    timeout: Annotated[float, typer.Option(min=0.1, max=3600, help="Seconds per request.")] = 60.0,
    max_output_tokens: Annotated[int | None, typer.Option(min=1, help="Cap on each answer's length.")] = None,
    max_input_tokens: Annotated[
        int | None, typer.Option(min=1000, help="Prompt budget per request; longer articles are read in chunks.")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URL items reach private, loopback or link-local addresses.")
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Ask the model even when the response cache has the briefing.")
    ] = False,
    cache_dir: Annotated[
        Path | None, typer.Option(help="Folder of the response cache [env: SUMMARIZE_CACHE_DIR].")
    ] = None,
    cache_max_mb: Annotated[
        float, typer.Option(min=0, help="Size cap of the response cache; least recently used go first (0: none).")
    ] = 500.0,
) -> None:
    """Brief many articles into a JSONL results file; re-run the same command to resume.

    Exit codes: 0 all briefed; 75 stopped at a budget (re-run to continue); else the most urgent
    failure's code (77, 78, 70, 75, 69, 73, 66, 65), each failure recorded in the results file.
    """
    from summarize.api import Summarizer
    from summarize.engine.prices import price_for, price_table
    from summarize.settings import OFFLINE_NOTICE

    if submit_only and via is not Via.openai_batch:
        raise typer.BadParameter("--submit-only goes with --via openai-batch", param_hint="--submit-only")
    if out is None and not dry_run:
        raise typer.BadParameter("give the results file, e.g. --out results.jsonl", param_hint="--out")
    check_inputs(inputs)
    extensions = parse_extensions(ext)
    options: dict[str, Any] = {
        "backend": backend.value,
        "model": model,
        "base_url": base_url,
        "mode": mode.value,
        "max_reasks": max_reasks,
        "timeout": timeout,
        "max_output_tokens": max_output_tokens,
        "max_input_tokens": max_input_tokens,
        "cache": False if no_cache else (cache_dir or True),  # as for one article: on unless --no-cache
        "cache_max_mb": cache_max_mb,
    }
    summarizer = Summarizer(**options)
    settings = summarizer.settings
    budget = Budget(max_cost, max_tokens)
    price_table()  # a broken prices file fails now, not after the first answer was paid for
    if next(iter(expand_inputs(inputs, extensions)), None) is None:
        raise InputNotFoundError(
            f"no articles found in {', '.join(inputs)} (extensions read: {', '.join(extensions)}; see --ext)"
        )
    items = expand_inputs(inputs, extensions)
    if dry_run:
        priced_model = None if settings.backend == "offline" else (settings.model or None)
        if priced_model is None and summarizer.backend == "llm":
            priced_model = settings.llm_model()
        done = recover(out, truncate=False) if out is not None else {}
        _dry_run(items, done, priced_model, max_output_tokens, budget, max_input_tokens)
        return
    if out is None:  # for mypy: checked above
        raise typer.BadParameter("give the results file", param_hint="--out")
    check_writable(out)
    if via is Via.openai_batch:
        if retry_failed:
            drop_failures(out)
        done = recover(out)
        _via_openai_batch((i for i in items if i.id not in done), options, out, submit_only, allow_private, keep_remote)
    llm_model = settings.llm_model() if summarizer.backend == "llm" else None
    if max_cost is not None and llm_model is not None and price_for(llm_model) is None:
        raise ConfigurationError(
            f"--max-cost needs a price for model {llm_model!r}: add it to prices.toml, or use --max-tokens"
        )
    if backend is BackendOption.auto and summarizer.backend == "offline":
        say(OFFLINE_NOTICE)
    with ResultsLog(out) as log:  # holds a lock on --out: a second batch into the same file is refused
        done = recover(out)
        if retry_failed and any(done.values()):
            drop_failures(out)  # a new file replaces the old one: append to (and lock) the new one
            log.reopen()
            done = {key: code for key, code in done.items() if not code}
        terminal = sys.stderr.isatty()
        total = sum(1 for i in expand_inputs(inputs, extensions) if i.id not in done) if terminal else None
        run = BatchRun(items, summarizer, jobs=jobs, budget=budget, skip=done, allow_private=allow_private)
        try:
            asyncio.run(_drive(run, log, _Progress(terminal, total)))
        except KeyboardInterrupt:  # Ctrl-C: in-flight articles were cancelled; every written line is whole
            say(summary_line(run.totals, run, out, llm_model))
            say(f"finished work is in {out}; re-run the same command to continue")  # main() says "interrupted"
            raise typer.Exit(130) from None
    say(summary_line(run.totals, run, out, llm_model))
    if run.stopped:
        say(f"stopped: {run.stopped}; finished work is in {out}; re-run the same command to continue")
        raise typer.Exit(BUDGET_EXIT)
    code = run.totals.exit_code(run.earlier_failures)
    if code:
        raise typer.Exit(code)
