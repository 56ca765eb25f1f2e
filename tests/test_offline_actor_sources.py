"""Who is the source, across languages: a body named again by a word of its name, a possessive
"according to" that points to the person just named, unnamed people whose name the article withholds
(short invented texts)."""

from __future__ import annotations

import pytest

from tests.offline_drafts import actor_with, claim_quoting, drafter, source_name

BODY_BY_HEAD = [
    (
        "es",
        "La Federación de Comerciantes de Valmar denunció el lunes el cierre de veinte tiendas en el centro. "
        "Según la federación, más de 300 empleos se han perdido este año en el barrio.",
        "300 empleos",
        "Federación de Comerciantes de Valmar",
    ),
]


@pytest.mark.parametrize(("language", "text", "needle", "source"), BODY_BY_HEAD, ids=[s[0] for s in BODY_BY_HEAD])
def test_a_common_noun_that_heads_a_bodys_name_is_that_body(language: str, text: str, needle: str, source: str) -> None:
    draft = drafter(language)(text)
    assert source_name(draft, claim_quoting(draft, needle)) == source


def test_according_to_a_possessive_is_the_person_just_named() -> None:
    draft = drafter("es")(
        "La concejala de Urbanismo, Marta Gil, rechazó el lunes las críticas de los vecinos. "
        "Según sus datos, el consistorio ha abierto 500 expedientes este año.\n\n"
        "Para el economista Pablo Ruiz, la cifra real es mucho más alta. "
        "A su juicio, ninguna de las dos partes tiene datos completos sobre los pisos."
    )
    assert source_name(draft, claim_quoting(draft, "500 expedientes")) == "Marta Gil"
    assert source_name(draft, claim_quoting(draft, "datos completos")) == "Pablo Ruiz"


WITHHELD = [
    (
        "es",
        "La concejala de Urbanismo, Marta Gil, rechazó el lunes las críticas de los vecinos. "
        "Un técnico municipal, que pidió no ser identificado, describe otra realidad. "
        "Según su testimonio, el servicio solo cuenta con tres inspectores para toda la ciudad.",
        "tres inspectores",
        "Un técnico municipal",
    ),
    (
        "de",
        "Ein Techniker, der nicht namentlich genannt werden wollte, sagte der Zeitung: "
        "„Die Pumpen sind seit Jahren defekt.“ Nach seinen Angaben fehlen im Werk mindestens zwölf Fachkräfte.",
        "zwölf Fachkräfte",
        "Ein Techniker",
    ),
    (
        "en",
        "A nurse at the clinic, who asked not to be named, described a different picture. "
        "The ward had been short of staff for months, she said.",
        "short of staff",
        "A nurse at the clinic",
    ),
]


@pytest.mark.parametrize(("language", "text", "needle", "mention"), WITHHELD, ids=[s[0] for s in WITHHELD])
def test_an_unnamed_person_whose_name_is_withheld_is_an_anonymous_source(
    language: str, text: str, needle: str, mention: str
) -> None:
    draft = drafter(language)(text)
    actor = next(a for a in draft.actors if mention in a.mentions)
    assert (actor.kind, actor.identification) == ("person", "anonymous")
    assert claim_quoting(draft, needle).source == actor.id


def test_a_body_named_in_the_genitive_and_by_its_compound_head_is_one_actor() -> None:
    draft = drafter("de")(
        "FELDHEIM. Die Preise des Abwasserzweckverbands Untere Lenne steigen im kommenden Jahr. "
        "Für eine Familie bedeutet das nach Berechnungen des Verbands Mehrkosten von etwa 90 Euro im Jahr. "
        "Der Verband verweist auf marode Kanäle. Der Zweckverband will bis 2030 rund 40 Millionen Euro investieren."
    )
    body = actor_with(draft, "Der Verband")
    assert body.name == "Abwasserzweckverband Untere Lenne"
    assert "Der Zweckverband" in body.mentions
    assert not [a for a in draft.actors if "Mehrkosten" in a.name]


def test_a_body_described_before_its_quoted_name_is_the_body_of_that_name() -> None:
    draft = drafter("de")(
        "HOLZDORF. Die Bürgerinitiative „Saubere Luft Holzdorf“ kritisiert den Ausbau des Flughafens. "
        "Die Initiative habe mehr als 2.000 Unterschriften gesammelt, sagte ihre Sprecherin Anna Berger."
    )
    body = actor_with(draft, "Saubere Luft Holzdorf")
    assert body.kind != "person"
    assert {"Die Bürgerinitiative", "Die Initiative"} <= set(body.mentions)
