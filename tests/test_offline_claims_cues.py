"""Speech cues a claim's source is recognised by, across languages, on short invented texts."""

from __future__ import annotations

import pytest

from tests.offline_drafts import claim_quoting, drafter, source_name

PRESENT_TENSE = [
    (
        "es",
        "El puerto de Valmar cerró el lunes por la tormenta. "
        "La Asociación de Pescadores de Valmar calcula que la flota perdió más de 300.000 euros en dos días.",
        "la flota perdió",
        "Asociación de Pescadores de Valmar",
    ),
    (
        "es",
        "El puerto de Valmar cerró el lunes por la tormenta. "
        "La Cámara de Comercio de Valmar estima las pérdidas de los comercios en más de un millón de euros.",
        "las pérdidas de los comercios",
        "Cámara de Comercio de Valmar",
    ),
    (
        "es",
        "El puerto de Valmar cerró el lunes por la tormenta. "
        "El Gobierno regional ha exigido a la autoridad portuaria un informe completo en un plazo de diez días.",
        "un informe completo",
        "Gobierno regional",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "needle", "source"), PRESENT_TENSE, ids=[f"{s[0]}-{s[2]}" for s in PRESENT_TENSE]
)
def test_a_present_or_perfect_speech_verb_makes_the_sentence_its_subjects_claim(
    language: str, text: str, needle: str, source: str
) -> None:
    draft = drafter(language)(text)
    assert source in source_name(draft, claim_quoting(draft, needle))
