"""Reporter-introduced deflections, quoted refusals, concessions after a rejection and third parties, in
the offline backend. Each test states one rule of ``summarize/offline/denials.py`` / ``denial_cues.py`` on
sentences written for it (not taken from the benchmark articles)."""

from __future__ import annotations

import pytest

from tests.offline_drafts import ALLEGATION
from tests.offline_drafts import draft_in as _draft


def _response(text: str, language: str, needle: str) -> tuple[str, list[str]]:
    draft = _draft(text, language)
    for d in draft.denials:
        if any(needle in ev.quote for ev in d.evidence):
            return d.kind, [ev.quote for ev in d.evidence]
    raise AssertionError(f"no response quoting {needle!r}: {[(d.kind, d.evidence[0].quote) for d in draft.denials]}")


@pytest.mark.parametrize(
    ("text", "language", "needle", "substance"),
    [
        (
            ALLEGATION["en"] + "Norvale's chief executive did not address the findings when asked about them on "
            'Tuesday. "Our drivers are the backbone of this company," he told reporters.',
            "en",
            "did not address",
            "backbone",
        ),
        (
            ALLEGATION["fr"] + "Interrogé sur ce point, le directeur de Valmont Transports n'a pas donné de chiffre. "
            "« Nos chauffeurs sont notre première richesse », a-t-il déclaré.",
            "fr",
            "donné de chiffre",
            "richesse",
        ),
        (
            ALLEGATION["es"] + "Preguntado por los registros, el gerente de Transportes Ribera eludió la pregunta. "
            "«Nuestros conductores son lo primero», afirmó.",
            "es",
            "eludió",
            "primero",
        ),
        (
            ALLEGATION["de"] + "Der Geschäftsführer von Hollmann Logistik ging auf die Vorwürfe nicht ein. "
            "„Unsere Fahrer sind das Herz des Unternehmens“, sagte er.",
            "de",
            "nicht ein",
            "Herz",
        ),
    ],
)
def test_a_deflection_the_reporter_introduces_is_one_non_denial_with_the_quotation(
    text: str, language: str, needle: str, substance: str
) -> None:
    kind, quotes = _response(text, language, needle)
    assert kind == "non_denial_denial"
    assert any(substance in q for q in quotes)


def test_a_deflection_with_no_quotation_of_the_party_is_still_a_non_denial() -> None:
    # the party answered, but not the allegation: not the absence of an answer (CONVENTIONS.md)
    text = ALLEGATION["en"] + "Norvale's chief executive did not address the findings."
    assert _response(text, "en", "did not address")[0] == "non_denial_denial"


def test_a_bare_deflection_leaves_the_allegation_awaiting_an_answer() -> None:
    text = ALLEGATION["en"] + "Norvale's chief executive did not address the findings."
    draft = _draft(text, "en")
    (denial,) = [d for d in draft.denials if "did not address" in d.evidence[0].quote]
    assert any(denial.id in u.related and "awaiting_response" in u.reasons for u in draft.uncertainties)


def test_a_deflection_after_the_party_quoted_takes_the_quotation_before() -> None:
    text = (
        ALLEGATION["en"] + "Norvale's chief executive, Ruth Amberley, was asked about the hours on Monday. "
        '"Our drivers are the backbone of this company," she said. She did not address the findings.'
    )
    kind, quotes = _response(text, "en", "did not address")
    assert kind == "non_denial_denial"
    assert any("backbone" in q for q in quotes)


@pytest.mark.parametrize(
    ("text", "language", "needle", "kind"),
    [
        (
            ALLEGATION["en"] + 'Asked about the hours, Norvale said it would "not comment on internal matters".',
            "en",
            "internal matters",
            "declined_to_comment",
        ),
        (
            ALLEGATION["fr"] + "Valmont Transports n'a pas souhaité « commenter » ces chiffres.",
            "fr",
            "ces chiffres",
            "declined_to_comment",
        ),
        (
            ALLEGATION["es"] + "Transportes Ribera dijo que «no va a hacer comentarios».",
            "es",
            "no va a",
            "declined_to_comment",
        ),
        (
            ALLEGATION["en"] + 'Norvale said it would "neither confirm nor deny" the figures.',
            "en",
            "the figures",
            "neither_confirm_nor_deny",
        ),
    ],
)
def test_a_refusal_quoted_from_within_is_still_a_refusal(text: str, language: str, needle: str, kind: str) -> None:
    assert _response(text, language, needle)[0] == kind


def test_a_refusal_in_the_infinitive_after_a_reporting_verb() -> None:
    text = ALLEGATION["fr"] + "Valmont Transports a indiqué ne pas souhaiter commenter ces chiffres."
    assert _response(text, "fr", "ces chiffres")[0] == "declined_to_comment"


def test_not_confirming_either_way_neither_confirms_nor_denies() -> None:
    text = ALLEGATION["en"] + 'Asked whether it had been fined, Norvale said: "We cannot confirm that either way."'
    assert _response(text, "en", "either way")[0] == "neither_confirm_nor_deny"


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        (
            ALLEGATION["en"] + "Norvale said it did not comment on regulatory matters. Asked directly whether it had "
            'been fined, a Norvale spokeswoman said: "I\'m not in a position to confirm that either way."',
            "en",
            "regulatory matters",
            "either way",
        ),
        (
            ALLEGATION["fr"] + "Valmont Transports a indiqué ne pas s'exprimer sur « des procédures en cours ». "
            "« Nous ne confirmons ni n'infirmons l'existence d'une enquête », a ajouté son porte-parole.",
            "fr",
            "procédures en cours",
            "ni n'infirmons",
        ),
    ],
)
def test_a_refusal_then_the_partys_neither_confirm_nor_deny_is_one_response(
    text: str, language: str, first: str, second: str
) -> None:
    kind, quotes = _response(text, language, first)
    assert kind == "neither_confirm_nor_deny"
    assert any(second in q for q in quotes)


def test_a_refusal_to_confirm_or_deny_in_the_future_tense_is_neither_confirm_nor_deny() -> None:
    text = (
        ALLEGATION["es"] + "Un portavoz de Transportes Ribera se limitó a señalar que la empresa «no va a confirmar "
        "ni desmentir nada» mientras dure la inspección."
    )
    assert _response(text, "es", "no va a confirmar")[0] == "neither_confirm_nor_deny"
