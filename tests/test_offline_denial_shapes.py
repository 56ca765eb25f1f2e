"""More shapes of responses to allegations in the offline backend, on short invented texts: the party
concerned contradicting with its own figures, refusals to confirm, partial denials, deflections."""

from __future__ import annotations

import pytest

from summarize.offline import read
from summarize.schemas import BriefingDraft
from summarize.sources.document import Document


def _draft(text: str, language: str) -> BriefingDraft:
    doc = Document.from_text(text)
    reading = read(doc)
    assert reading.language == language, reading.language
    BriefingDraft.model_validate(reading.draft.model_dump(), context={"article": doc})
    return reading.draft


def _kind_of(draft: BriefingDraft, needle: str) -> str:
    for d in draft.denials:
        if any(needle in ev.quote for ev in d.evidence):
            return d.kind
    raise AssertionError(f"no response quoting {needle!r}: {[(d.kind, d.evidence[0].quote) for d in draft.denials]}")


_EN = (
    "A report by the transport regulator found that Norvale Freight understated its drivers' hours by a third "
    "last summer. The regulator said 40 drivers had worked beyond the legal limit. "
)
_FR = (
    "La société Valmont Transports est accusée par un syndicat d'avoir falsifié les relevés d'heures de ses "
    "chauffeurs pendant l'été. Selon le syndicat, plus de 40 chauffeurs auraient travaillé au-delà de la durée "
    "légale. "
)
_ES = (
    "La empresa Transportes Ribera fue acusada por un sindicato de falsificar los registros de horas de sus "
    "conductores durante el verano. Según el sindicato, más de 40 conductores trabajaron más horas de las "
    "permitidas por la ley. "
)


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight later published its own figures, which contradict the report.", "en", "contradict"),
        (_FR + "Les chiffres de la société Valmont Transports contredisent ceux du syndicat.", "fr", "contredisent"),
        (_ES + "Las cifras de Transportes Ribera contradicen las del sindicato.", "es", "contradicen"),
    ],
)
def test_the_party_concerned_figures_contradicting_the_report_whose_they_are(
    text: str, language: str, needle: str
) -> None:
    assert _kind_of(_draft(text, language), needle) == "explicit_denial"


def test_the_party_a_headline_accuses_disputing_later_is_a_denial() -> None:
    draft = _draft(
        "Norvale Freight understated drivers' hours, regulator says\n\n"
        "A report by the transport regulator found that drivers' hours were understated by a third last summer. "
        "The regulator said 40 drivers had worked beyond the legal limit. Inspectors visited six depots in June. "
        "They interviewed more than 200 drivers.\n\n"
        "The regulator's chair, Ann Pike, said the findings were worrying. She called for a review.\n\n"
        "Norvale Freight disputed that account.",
        "en",
    )
    assert _kind_of(draft, "disputed that account") == "explicit_denial"


def test_a_party_that_spoke_before_disputing_another_account_is_no_denial() -> None:
    draft = _draft(
        "Norvale Freight and regulator clash over drivers' hours\n\n"
        "Norvale Freight said on Monday that its drivers had worked 12,000 hours in August. "
        "The regulator said 40 drivers had worked beyond the legal limit. Inspectors visited six depots in June.\n\n"
        "The regulator's chair, Ann Pike, said the findings were worrying. She called for a review.\n\n"
        "Norvale Freight disputed that account.",
        "en",
    )
    assert not draft.denials


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight said: \u201cWe are not going to confirm or deny these figures.\u201d", "en", "confirm"),
        (_FR + "Valmont Transports \u00ab ne confirme ni n'infirme \u00bb ces chiffres.", "fr", "confirme"),
        (_ES + "Transportes Ribera no confirmó ni desmintió esas cifras.", "es", "confirmó"),
    ],
)
def test_a_refusal_to_confirm_or_deny(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "neither_confirm_nor_deny"


def test_a_figure_point_does_not_end_the_admission_of_a_partial_denial() -> None:
    draft = _draft(
        _ES + "Fuentes de la empresa admitieron que unos 1.200 registros estaban incompletos, pero rechazaron que "
        "se tratara de un fraude.",
        "es",
    )
    assert _kind_of(draft, "rechazaron") == "partial_denial"
