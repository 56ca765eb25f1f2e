"""Helpers for the per-language offline tests: a checked draft of a short text, its claims and sources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarize.offline import read
from summarize.schemas import Actor, BriefingDraft
from summarize.sources.document import Document

# The allegation the response tests answer, one short story per language (written for the tests).
ALLEGATION = {
    "en": (
        "A report by the transport regulator found that Norvale Freight understated its drivers' hours by a third "
        "last summer. The regulator said 40 drivers had worked beyond the legal limit. "
    ),
    "fr": (
        "La société Valmont Transports est accusée par un syndicat d'avoir falsifié les relevés d'heures de ses "
        "chauffeurs pendant l'été. Selon le syndicat, plus de 40 chauffeurs auraient travaillé au-delà de la durée "
        "légale. "
    ),
    "es": (
        "La empresa Transportes Ribera fue acusada por un sindicato de falsificar los registros de horas de sus "
        "conductores durante el verano. Según el sindicato, más de 40 conductores trabajaron más horas de las "
        "permitidas por la ley. "
    ),
    "de": (
        "Der Spediteur Hollmann Logistik soll nach Angaben einer Gewerkschaft die Arbeitszeiten seiner Fahrer im "
        "Sommer gefälscht haben. Nach Angaben der Gewerkschaft arbeiteten mehr als 40 Fahrer länger als erlaubt. "
    ),
}


def drafter(language: str | None = None) -> Callable[[str], BriefingDraft]:
    """A function giving the offline draft of a text, checked to be valid (and read in ``language``,
    when one is given)."""

    def draft(text: str) -> BriefingDraft:
        doc = Document.from_text(text)
        reading = read(doc)
        assert language is None or reading.language == language, reading.language
        BriefingDraft.model_validate(reading.draft.model_dump(), context={"article": doc})
        return reading.draft

    return draft


def draft_in(text: str, language: str) -> BriefingDraft:
    """The checked offline draft of ``text``, which must be read in ``language``."""
    return drafter(language)(text)


def actor_with(draft: BriefingDraft, mention: str) -> Actor:
    """The actor named or mentioned so."""
    for actor in draft.actors:
        if mention in actor.mentions or actor.name == mention:
            return actor
    raise AssertionError(f"no actor {mention!r}: {[(a.name, a.mentions) for a in draft.actors]}")


def kind_of(draft: BriefingDraft, needle: str) -> str:
    """The kind of the response whose evidence holds ``needle``."""
    for d in draft.denials:
        if any(needle in ev.quote for ev in d.evidence):
            return d.kind
    raise AssertionError(f"no response quoting {needle!r}: {[(d.kind, d.evidence[0].quote) for d in draft.denials]}")


def claim_quoting(draft: BriefingDraft, needle: str) -> Any:
    """The first claim whose evidence holds ``needle``."""
    for claim in draft.claims:
        if any(needle in ev.quote for ev in claim.evidence):
            return claim
    raise AssertionError(f"no claim quoting {needle!r}: {[c.evidence[0].quote for c in draft.claims]}")


def source_name(draft: BriefingDraft, claim: Any) -> str:
    return next(a.name for a in draft.actors if a.id == claim.source)
