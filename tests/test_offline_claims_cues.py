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


OWN_VIEW = [
    (
        "es",
        "La concejala de Urbanismo, Marta Ruiz, defendió el lunes el trabajo de su departamento.\n\n"
        "Según sus datos, el ayuntamiento ha cerrado 120 obras ilegales en lo que va de año.",
        "120 obras ilegales",
        "Marta Ruiz",
    ),
    (
        "es",
        "La economista Clara Vidal estudia el mercado del alquiler desde hace diez años.\n\n"
        "A su juicio, sin un registro único ninguna administración podrá medir el problema.",
        "sin un registro único",
        "Clara Vidal",
    ),
    (
        "fr",
        "L’adjoint au maire Paul Mercier a défendu lundi le bilan de la commune.\n\n"
        "Selon ses chiffres, la ville a rénové 40 logements sociaux depuis le mois de janvier.",
        "40 logements sociaux",
        "Paul Mercier",
    ),
]


@pytest.mark.parametrize(("language", "text", "needle", "source"), OWN_VIEW, ids=[f"{s[0]}-{s[2]}" for s in OWN_VIEW])
def test_a_fronted_according_to_with_a_possessive_is_the_person_named_before(
    language: str, text: str, needle: str, source: str
) -> None:
    draft = drafter(language)(text)
    assert source in source_name(draft, claim_quoting(draft, needle))


def test_a_possessive_view_inside_a_reported_clause_stays_with_its_speaker() -> None:
    draft = drafter("es")(
        "La consejera de Sanidad, Ana Gil, visitó el lunes el hospital de Valmar.\n\n"
        "El Sindicato de Enfermería denunció que la plantilla se redujo un 20 %, lo que a su juicio pone en "
        "riesgo la atención de los pacientes."
    )
    claim = claim_quoting(draft, "pone en riesgo")
    assert "Sindicato de Enfermería" in source_name(draft, claim)


def test_an_outlet_citing_before_its_cue_passes_the_claim_to_the_cited_source() -> None:
    draft = drafter("de")(
        "Die Stadt Lindtal erhöht im kommenden Jahr die Gebühren für die Müllabfuhr um zwölf Prozent.\n\n"
        "Wie der Sender Radio Lindtal unter Berufung auf Rathauskreise berichtete, soll die Stadt zudem "
        "einen Kredit über rund acht Millionen Euro aufgenommen haben."
    )
    claim = claim_quoting(draft, "einen Kredit")
    assert "Rathauskreise" in source_name(draft, claim)
    assert claim.via, "the outlet is the intermediary"


def test_a_citing_clause_whose_cited_speak_for_themselves_keeps_them_out_of_the_intermediary() -> None:
    draft = drafter("es")(
        "Un incendio destruyó el martes una nave industrial en Valmar.\n\n"
        "Según la emisora local Radio Valmar, que citó a dos bomberos que pidieron no ser identificados, "
        "en la nave trabajaban diez personas en el momento del incendio."
    )
    assert not any(a.name.lower() == "dos bomberos" for a in draft.actors)
