"""Spanish attribution in the offline backend, on short invented texts."""

from __future__ import annotations

from tests.offline_drafts import claim_quoting as _claim
from tests.offline_drafts import drafter
from tests.offline_drafts import source_name as _source

_draft = drafter("es")


def test_para_a_person_with_an_appositive_gives_that_persons_view() -> None:
    draft = _draft(
        "La policía detuvo el martes al fundador de la empresa Aurum por una presunta estafa. "
        "Para el economista Álvaro Ruiz de Arbulo, profesor de Finanzas en la Universidad del Litoral, el caso "
        "reúne “todas las características” de un esquema piramidal. Para los vecinos, el golpe ha sido duro."
    )
    claim = _claim(draft, "esquema piramidal")
    assert _source(draft, claim) == "Álvaro Ruiz de Arbulo" and claim.cue == "Para"
    assert claim.statement.lower().startswith("el caso") or "profesor de Finanzas" not in claim.statement


def test_any_speech_verb_inverts_after_a_quotation() -> None:
    draft = _draft(
        "El alcalde de Valmar, Pedro Ruiz, presentó el martes el nuevo plan de vivienda. "
        "«Es una oportunidad para toda la ciudad», subrayó el alcalde en rueda de prensa."
    )
    claim = _claim(draft, "oportunidad para toda la ciudad")
    assert "Pedro Ruiz" in _source(draft, claim) or "alcalde" in _source(draft, claim).lower()


def test_que_before_its_clauses_subject_is_a_complementiser_not_a_relative() -> None:
    draft = _draft(
        "El diario El Faro publicó el lunes, citando a una fuente de la investigación, que el alcalde de la ciudad, "
        "Pedro Gil, también figura entre los investigados."
    )
    assert not any(ev.quote.startswith("que el alcalde") for c in draft.claims for ev in c.evidence)


def test_a_person_named_after_the_last_cue_is_the_speaker_of_a_quotation_with_no_subject() -> None:
    draft = _draft(
        "La Asociación de Vecinos de Valmar asegura que las obras del puerto llevan dos años de retraso. "
        "Su presidenta, Ana Morales, de 61 años, vive junto al muelle desde hace décadas. "
        "«Nadie nos ha explicado nada en todo este tiempo», contó."
    )
    assert _source(draft, _claim(draft, "Nadie nos ha explicado")) == "Ana Morales"
