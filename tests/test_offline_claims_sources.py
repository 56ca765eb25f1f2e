"""Whose claim a sentence is, across languages: stances named by a verb after the subject, on short
invented texts."""

from __future__ import annotations

import pytest

from tests.offline_drafts import claim_quoting, drafter, source_name

STANCES = [
    (
        "en",
        "The Harbour Authority said on Monday that the new pier would open in June. "
        "The Dockworkers Union contradicts that timetable for the opening of the pier.",
        "contradicts that timetable",
        "Dockworkers Union",
    ),
    (
        "fr",
        "La mairie de Valbonne a annoncé lundi que la piscine rouvrirait en juin. "
        "Le conseiller municipal Paul Mercier conteste ce calendrier pour la réouverture du bassin.",
        "conteste ce calendrier",
        "Paul Mercier",
    ),
    (
        "es",
        "El Ayuntamiento de Valmar anunció el lunes que la piscina abrirá en junio. "
        "La Asociación de Vecinos de Valmar contradice ese calendario para la apertura de la piscina.",
        "contradice ese calendario",
        "Asociación de Vecinos de Valmar",
    ),
    (
        "de",
        "Die Stadtverwaltung Lorbach erklärte am Montag, das Hallenbad werde im Juni eröffnet. "
        "Der Stadtrat Peter Lindner widerspricht diesem Zeitplan für die Eröffnung des Bades.",
        "widerspricht diesem Zeitplan",
        "Peter Lindner",
    ),
    (
        "de",
        "Die Stadtverwaltung Lorbach erklärte am Montag, das Hallenbad werde erst im Herbst eröffnet. "
        "Landrat Jürgen Pohlmann (Bürgerliste) zeigte sich „tief enttäuscht“ über die Verzögerung beim Bau.",
        "tief enttäuscht",
        "Jürgen Pohlmann",
    ),
    (
        "fr",
        "La mairie de Valbonne a annoncé lundi que la piscine ne rouvrirait qu’en septembre. "
        "Le conseiller municipal Paul Mercier s’est dit « très déçu » par ce nouveau retard des travaux.",
        "très déçu",
        "Paul Mercier",
    ),
    (
        "es",
        "El Ayuntamiento de Valmar anunció el lunes que la piscina no abrirá hasta septiembre. "
        "El concejal Pedro Gil se mostró «muy decepcionado» por el nuevo retraso de las obras.",
        "muy decepcionado",
        "Pedro Gil",
    ),
]


@pytest.mark.parametrize(("language", "text", "needle", "source"), STANCES, ids=[f"{s[0]}-{s[2]}" for s in STANCES])
def test_a_stance_verb_after_its_subject_makes_the_sentence_the_subjects_claim(
    language: str, text: str, needle: str, source: str
) -> None:
    draft = drafter(language)(text)
    assert source in source_name(draft, claim_quoting(draft, needle))


POINTING_BACK = [
    (
        "de",
        "Das Hallenbad im Stadtteil Nord bleibt bis zum Sommer geschlossen. "
        "Das teilte Bürgermeister Jonas Albrecht am Dienstag mit.",
        "Das Hallenbad",
        "Jonas Albrecht",
    ),
    (
        "es",
        "La piscina municipal del barrio norte permanecerá cerrada hasta el verano.\n\n"
        "Así lo anunció el lunes el alcalde de la ciudad, Pedro Gil, en una rueda de prensa.",
        "La piscina municipal",
        "Pedro Gil",
    ),
    (
        "de",
        "Die Stadtbibliothek am Marktplatz wird im Herbst renoviert. "
        "Das hat die Stadtverwaltung Kornbach am Montag den rund 40 Beschäftigten der Bibliothek "
        "auf einer Versammlung im Rathaus mitgeteilt.",
        "Die Stadtbibliothek",
        "Stadtverwaltung Kornbach",
    ),
]


@pytest.mark.parametrize(("language", "text", "needle", "source"), POINTING_BACK, ids=[s[0] for s in POINTING_BACK])
def test_a_cue_whose_content_points_back_attributes_the_sentence_before(
    language: str, text: str, needle: str, source: str
) -> None:
    draft = drafter(language)(text)
    claim = claim_quoting(draft, needle)
    assert source in source_name(draft, claim)
    assert len(claim.evidence) == 2
    assert len(draft.claims) == 1


NOT_CONFIRMED = [
    ("en", "Mayor Jane Holt has not confirmed the date of the closure of the bridge.", "Jane Holt"),
    ("fr", "Le préfet Jean Morel n'a pas confirmé la date de la fermeture du pont.", "Jean Morel"),
    ("es", "El consejero Pedro Gil no ha confirmado la fecha del cierre del puente.", "Pedro Gil"),
    ("de", "Landrat Peter Lindner ließ offen, ob die Brücke im Herbst gesperrt wird.", "Peter Lindner"),
]


@pytest.mark.parametrize(("language", "text", "source"), NOT_CONFIRMED, ids=[s[0] for s in NOT_CONFIRMED])
def test_a_party_that_has_not_confirmed_leaves_its_claim_unknown(language: str, text: str, source: str) -> None:
    draft = drafter(language)(text)
    [claim] = draft.claims
    assert source in source_name(draft, claim)
    assert claim.certainty == "unknown"


def test_a_relative_clause_in_reported_speech_is_the_reporters_background() -> None:
    draft = drafter("fr")(
        "Selon le maire, Paul Mercier, la piscine, qui accueille 300 nageurs par jour, fermera en juin pour travaux."
    )
    [relative] = [c for c in draft.claims if c.evidence[0].quote.startswith("qui accueille")]
    assert relative.source is None or source_name(draft, relative) != "Paul Mercier"
    assert relative.quote_type == "none"


CITED_BY_THE_OUTLET = [
    (
        "en",
        "The Harbour Authority will close the north pier for a year, according to The Coastal Herald, "
        "which cited two port engineers.",
        "close the north pier",
        "engineers",
        "Coastal Herald",
    ),
    (
        "fr",
        "Selon le quotidien La Gazette du Port, qui cite deux cadres de l’entreprise, la jetée nord fermera "
        "pendant un an.",
        "la jetée nord",
        "cadres",
        "Gazette du Port",
    ),
    (
        "es",
        "Según publicó el martes el diario El Faro del Puerto, que cita a tres jefes de servicio, el muelle "
        "norte cerrará durante un año.",
        "el muelle",
        "jefes",
        "Faro del Puerto",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "needle", "source", "via"), CITED_BY_THE_OUTLET, ids=[s[0] for s in CITED_BY_THE_OUTLET]
)
def test_according_to_an_outlet_that_cites_someone_the_cited_are_the_source(
    language: str, text: str, needle: str, source: str, via: str
) -> None:
    draft = drafter(language)(text)
    claim = claim_quoting(draft, needle)
    assert source in source_name(draft, claim).lower()
    assert [via in next(a.name for a in draft.actors if a.id == v) for v in claim.via] == [True]


def test_according_to_an_outlet_that_cited_someone_goes_on_with_the_cited_source() -> None:
    draft = drafter("en")(
        "The north pier will close for a year, according to The Coastal Herald, which cited two port engineers. "
        "According to the newspaper, the repairs will cost about 40 million dollars."
    )
    claim = claim_quoting(draft, "the repairs will cost")
    assert "engineers" in source_name(draft, claim).lower()
    assert [next(a.name for a in draft.actors if a.id == v) for v in claim.via] == ["The Coastal Herald"]


SCENES = [
    (
        "en",
        "The ferry operator cancelled all crossings for a week, the company said. "
        "Outside the terminal on Tuesday evening, passengers queued under umbrellas with their suitcases.",
        "passengers queued",
    ),
    (
        "fr",
        "La compagnie a annulé toutes les traversées pendant une semaine, a indiqué l’entreprise. "
        "Devant le terminal, mardi soir, des passagers patientaient sous la pluie avec leurs valises.",
        "des passagers patientaient",
    ),
    (
        "es",
        "La naviera canceló todas las travesías durante una semana, según informó la empresa. "
        "Frente a la terminal, el martes por la tarde, varios pasajeros esperaban bajo la lluvia con sus maletas.",
        "varios pasajeros esperaban",
    ),
    (
        "de",
        "Die Reederei hat alle Überfahrten für eine Woche abgesagt, teilte das Unternehmen mit. "
        "Vor dem Terminal warteten am Dienstagabend viele Fahrgäste im Regen mit ihren Koffern.",
        "viele Fahrgäste",
    ),
]


@pytest.mark.parametrize(("language", "text", "scene"), SCENES, ids=[s[0] for s in SCENES])
def test_the_reporters_scene_setting_is_no_claim(language: str, text: str, scene: str) -> None:
    draft = drafter(language)(text)
    assert draft.claims
    assert not any(scene in ev.quote for c in draft.claims for ev in c.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "In the port of Halden, the ferry operator cancelled all crossings for a week in March.",
        "At least 40 passengers were stranded in the port of Halden after a storm on Friday night.",
        "In the port of Halden the ferries stopped in March; on Friday night the last crew left the terminal.",
    ],
)
def test_a_place_phrase_without_a_day_in_its_first_clause_stays_a_background_claim(text: str) -> None:
    draft = drafter("en")(text)
    assert claim_quoting(draft, text[:20]).source is None


def test_a_short_sentence_of_a_quotation_stays_with_the_one_before() -> None:
    draft = drafter("fr")(
        "« Les usagers paient depuis des mois pour des trains qui ne roulent pas. Ce n’est plus acceptable. "
        "Nous demanderons des comptes à la compagnie dès la semaine prochaine », a déclaré le maire, Paul Mercier."
    )
    quotes = [ev.quote for c in draft.claims for ev in c.evidence]
    assert not any(q.startswith("Ce n’est plus acceptable") for q in quotes)
    assert any(q.startswith("Nous demanderons") for q in quotes)


INVERTED = [
    ("en", 'Residents were angry. "Nobody told us anything," said its chair, Jonas Pekkala.', "Jonas Pekkala"),
    (
        "fr",
        "« Depuis dimanche, les clients nous posent des questions », constatait lundi la libraire Anne Morel.",
        "Anne Morel",
    ),
    (
        "es",
        "«Desde el domingo los clientes nos preguntan por el libro», explicaba el lunes la librera Ana Morales.",
        "Ana Morales",
    ),
]


@pytest.mark.parametrize(("language", "text", "source"), INVERTED, ids=[s[0] for s in INVERTED])
def test_an_inverted_speaker_after_a_possessive_or_an_imperfect_cue(language: str, text: str, source: str) -> None:
    draft = drafter(language)(text)
    quoted = [c for c in draft.claims if c.quote_type == "direct"]
    assert quoted and source in source_name(draft, quoted[0])


def test_a_body_that_puts_a_magnitude_at_a_figure_is_its_source() -> None:
    draft = drafter("en")(
        "A small earthquake shook the town of Skarby overnight. The National Seismic Office put its magnitude "
        "at 3.4 and located it near the old mine."
    )
    assert "Seismic Office" in source_name(draft, claim_quoting(draft, "magnitude"))


def test_a_relative_clause_naming_who_an_outlet_cites_is_no_claim_of_its_own() -> None:
    draft = drafter("fr")(
        "Selon le quotidien La Gazette du Port, qui cite deux cadres de l’entreprise, la jetée nord fermera "
        "pendant un an."
    )
    assert not any(ev.quote.startswith("qui cite") for c in draft.claims for ev in c.evidence)


def test_a_deflecting_partys_further_quotation_is_its_response_not_a_claim() -> None:
    text = (
        "The Harlow Gazette reported that Brightmere Bank had hidden losses of 40 million pounds from its auditors."
        '\n\nAsked whether the bank had hidden the losses, its spokeswoman, Jane Holt, said: "We will not engage '
        'in speculation while the audit is under way." She added: "Our priority right now is our customers and '
        'their savings."'
    )
    draft = drafter("en")(text)
    assert [d.kind for d in draft.denials] == ["non_denial_denial"]
    assert not any("Our priority" in ev.quote for c in draft.claims for ev in c.evidence)


def test_a_perfect_whose_participle_closes_the_clause_is_a_cue_of_its_subject() -> None:
    text = "Die Stadtverwaltung Kornbach hat am Montag mitgeteilt, dass die Bibliothek im Herbst schließt."
    draft = drafter("de")(text)
    assert "Stadtverwaltung Kornbach" in source_name(draft, claim_quoting(draft, "die Bibliothek im Herbst"))


def test_a_source_after_according_to_ends_before_a_figure_that_follows_it() -> None:
    text = (
        "Die Kreisverwaltung Oberau plant eine neue Buslinie. "
        "Die nächste Haltestelle liegt am Bahnhof, "
        "nach Angaben der Kreisverwaltung Oberau etwa 15 Minuten Fußweg entfernt."
    )
    draft = drafter("de")(text)
    assert "Kreisverwaltung Oberau" in source_name(draft, claim_quoting(draft, "Die nächste Haltestelle"))
