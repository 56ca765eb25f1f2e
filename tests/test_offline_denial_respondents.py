"""Who responds when the cue is found but its party is easy to lose: a refusal to say whether, a frame that
only follows the response, a lede that announces the body's answer.

Each test states one rule of ``summarize/offline/denials.py`` / ``denial_cues.py`` on sentences written for it
(not taken from the benchmark articles)."""

from __future__ import annotations

import pytest

from tests.offline_drafts import ALLEGATION, actor_with
from tests.offline_drafts import draft_in as _draft
from tests.offline_drafts import kind_of as _kind_of

_DE = (
    "Der Fahrgastverband wirft der Nordtalbahn AG vor, Reparaturen am Stellwerk verschoben zu haben. "
    "Nach Angaben des Verbands fielen im Herbst 40 Züge aus. "
)


def test_declining_to_say_whether_is_declining_to_comment() -> None:
    text = (
        ALLEGATION["en"] + "Brisco Foods, which buys pallets from Norvale Freight, declined to say whether any of its "
        "deliveries had been late."
    )
    draft = _draft(text, "en")
    assert _kind_of(draft, "declined to say whether") == "declined_to_comment"
    (denial,) = [d for d in draft.denials if "declined to say" in d.evidence[0].quote]
    assert denial.by == actor_with(draft, "Brisco Foods").id


def test_a_frame_after_the_response_does_not_give_its_party() -> None:
    text = (
        "Harbour Commissioner Lena Morrow on Friday refused to say whether she had approved the dredging permit, "
        "as residents called for her to resign.\n\n"
        "The permit was granted in May without a public hearing, according to council records.\n\n"
        "Asked on Friday whether she had signed the permit, Morrow said: \u201cI follow the procedures.\u201d"
    )
    draft = _draft(text, "en")
    morrow = actor_with(draft, "Lena Morrow").id
    assert all(d.by == morrow for d in draft.denials), [(d.by, d.evidence[0].quote) for d in draft.denials]
    # the lede announces the body's answer: one response, the body's
    assert len(draft.denials) == 1
    assert _kind_of(draft, "I follow the procedures") != "declined_to_comment"


@pytest.mark.parametrize(
    ("text", "language", "needle", "person"),
    [
        (
            "Vecinos del barrio de Lorca acusan al Ayuntamiento de Calvera de no inspeccionar las obras del mercado. "
            "«No hay ningún retraso», explicó la concejala de Obras, Marta Ibarguren.\n\n"
            "La concejala rechazó además la acusación de pasividad.",
            "es",
            "rechazó",
            "Marta Ibarguren",
        ),
        (
            "Des riverains accusent la mairie de Volvic-sur-Lane de ne pas contrôler les travaux du marché. "
            "« Il n'y a aucun retard », a expliqué la conseillère municipale, Odile Garnier.\n\n"
            "La conseillère a démenti toute négligence.",
            "fr",
            "démenti",
            "Odile Garnier",
        ),
        (
            "Residents accuse Calvera council of failing to inspect the market works. \u201cThere is no delay,\u201d "
            "said the councillor for works, Mark Ellery.\n\nThe councillor denied any negligence.",
            "en",
            "denied",
            "Mark Ellery",
        ),
    ],
)
def test_a_bare_description_written_before_a_name_is_that_one(
    text: str, language: str, needle: str, person: str
) -> None:
    draft = _draft(text, language)
    (denial,) = [d for d in draft.denials if needle in d.evidence[0].quote]
    assert denial.by == actor_with(draft, person).id


def test_a_bare_description_written_before_a_body_name_is_that_body() -> None:
    text = (
        "Un apagón dejó sin luz a 20.000 hogares, según informó la distribuidora Redes Almena, propietaria de la "
        "instalación. Los técnicos acusan a la empresa de haber aplazado el mantenimiento.\n\n"
        "La distribuidora negó que se hubiera aplazado ninguna revisión."
    )
    draft = _draft(text, "es")
    (denial,) = [d for d in draft.denials if "negó" in d.evidence[0].quote]
    assert denial.by == actor_with(draft, "Redes Almena").id


def test_a_german_deflection_encloses_its_object() -> None:
    text = (
        "Der Fahrgastverband wirft der Nordtalbahn AG vor, Reparaturen am Stellwerk verschoben zu haben. "
        "Nach Angaben des Verbands fielen im Herbst 40 Züge aus.\n\n"
        "Die Nordtalbahn AG ging auf die Frage nach den verschobenen Reparaturen nicht ein."
    )
    draft = _draft(text, "de")
    assert _kind_of(draft, "nicht ein") == "non_denial_denial"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            ALLEGATION["fr"] + "« S'il y a eu des retards, c'est parce que les routes étaient fermées », a déclaré "
            "le directeur de Valmont Transports, Paul Regnier.",
            "fr",
        ),
        (
            ALLEGATION["es"] + "«Si hubo retrasos, fue porque las carreteras estaban cortadas», dijo el director de "
            "Transportes Ribera, Pablo Ruiz.",
            "es",
        ),
        (
            ALLEGATION["en"] + "\u201cIf there were delays, it was because the roads were closed,\u201d said the "
            "director of Norvale Freight, Paul Ring.",
            "en",
        ),
        (
            _DE
            + "\u201eWenn es Verspätungen gab, dann weil die Straßen gesperrt waren\u201c, sagte der Geschäftsführer "
            "der Nordtalbahn AG, Peter Lind.",
            "de",
        ),
    ],
)
def test_an_allegation_granted_as_a_hypothesis_and_explained_by_a_reason(text: str, language: str) -> None:
    draft = _draft(text, language)
    needle = {"en": "because", "fr": "parce", "es": "porque", "de": "weil"}[language]
    assert _kind_of(draft, needle) == "conditional_justification"


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (ALLEGATION["fr"] + "Son directeur, Paul Regnier, conteste « formellement » toute fraude.", "fr", "conteste"),
        (ALLEGATION["es"] + "Su director, Pablo Ruiz, rechaza «rotundamente» toda manipulación.", "es", "rechaza"),
    ],
)
def test_a_quoted_adverb_between_a_rejection_and_its_object_is_one_word(text: str, language: str, needle: str) -> None:
    draft = _draft(text, language)
    assert _kind_of(draft, needle) == "explicit_denial"


def test_a_third_party_disputing_with_the_accused_in_its_apposition_makes_a_claim() -> None:
    text = (
        ALLEGATION["en"] + "Norvale Freight denied the report.\n\n"
        "Dr. Anna Pellow, a labour economist who has never worked for Norvale Freight, disputed that."
    )
    draft = _draft(text, "en")
    assert not [d for d in draft.denials if any("disputed that" in e.quote for e in d.evidence)], [
        (d.by, d.evidence[0].quote) for d in draft.denials
    ]
