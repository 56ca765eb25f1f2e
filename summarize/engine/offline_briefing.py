"""The offline backend's draft as a briefing: the validation an LLM draft goes through, the run record, assembly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarize.engine.assemble import assemble
from summarize.engine.run import Run
from summarize.errors import InvalidOutputError
from summarize.schemas import Briefing, BriefingDraft, CharRange, Coverage
from summarize.sources.document import Document

if TYPE_CHECKING:  # the offline backend is loaded only when it runs, never for a model run
    from summarize.offline import Reading

MAX_TITLE = 120
NO_LEXICON = "the article's language has no offline lexicon"  # how offline.read's warning opens (the CLI says it)


def _clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary when there is one."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def offline_briefing(reading: Reading, document: Document, notes: list[str], started: float) -> Briefing:
    """``reading`` (what ``offline.read`` made of ``document``) as the final briefing.

    ``notes`` become ``meta.warnings``; ``started`` is the ``time.perf_counter()`` at which the
    offline backend was asked, so ``meta.duration_ms`` covers the extraction.
    """
    data = reading.draft.model_dump()
    if document.title and document.title.strip():  # a web page's own headline beats a guessed one
        data["title"] = _clipped(document.title.strip(), MAX_TITLE)
    try:  # the same validation an LLM draft goes through
        validated = BriefingDraft.model_validate(data, context={"article": document})
    except ValueError as exc:
        raise InvalidOutputError(f"the offline backend produced an invalid briefing: {str(exc)[:200]}") from None
    run = Run("offline", started=started)
    run.notes = list(notes)
    run.notes.extend(reading.warnings)
    info = run.info(
        coverage=Coverage(covered=[CharRange(start=0, end=document.chars)]),
        language=reading.language,  # the lexicon the rules read
    )
    return assemble(validated, document, info)
