"""Who responds and what counts as a response, in the offline backend: the party an allegation concerns named
by a generic noun, its own contradicting figures, a rejection as a whole sentence, a third party's rejection.

Each test states one rule of ``summarize/offline/denials.py`` / ``denial_cues.py`` on sentences written for it
(not taken from the benchmark articles)."""

from __future__ import annotations

import pytest

from tests.offline_drafts import ALLEGATION, actor_with
from tests.offline_drafts import draft_in as _draft
from tests.offline_drafts import kind_of as _kind_of

_DE_GMBH = (
    "Die Gewerkschaft Verdi wirft der Spedition Hollmann Logistik GmbH vor, die Arbeitszeiten ihrer Fahrer "
    "gefälscht zu haben. Nach Angaben der Gewerkschaft arbeiteten 40 Fahrer länger als erlaubt. "
)


@pytest.mark.parametrize(
    ("text", "language", "needle", "kind", "party"),
    [
        (
            ALLEGATION["fr"] + "La direction conteste ce montant.",
            "fr",
            "conteste",
            "explicit_denial",
            "Valmont Transports",
        ),
        (
            ALLEGATION["fr"] + "La direction n'a pas souhaité commenter.",
            "fr",
            "souhaité",
            "declined_to_comment",
            "Valmont Transports",
        ),
        (
            ALLEGATION["es"] + "La dirección niega las acusaciones.",
            "es",
            "niega",
            "explicit_denial",
            "Transportes Ribera",
        ),
        (
            ALLEGATION["en"] + "The management declined to comment.",
            "en",
            "declined",
            "declined_to_comment",
            "Norvale Freight",
        ),
        (_DE_GMBH + "Die Geschäftsführung bestreitet die Vorwürfe.", "de", "bestreitet", "explicit_denial", "Hollmann"),
    ],
)
def test_the_leadership_of_the_body_concerned_responds_for_it(
    text: str, language: str, needle: str, kind: str, party: str
) -> None:
    draft = _draft(text, language)
    assert _kind_of(draft, needle) == kind
    (denial,) = draft.denials
    assert party in next(a.name for a in draft.actors if a.id == denial.by)


def test_a_generic_noun_with_an_accented_letter_is_the_body_named_before() -> None:
    draft = _draft(
        ALLEGATION["fr"] + "Contactée à plusieurs reprises, la société n'a pas souhaité commenter ses tarifs.", "fr"
    )
    assert _kind_of(draft, "souhaité commenter ses tarifs") == "declined_to_comment"
    assert draft.denials[0].by == actor_with(draft, "Valmont Transports").id


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (ALLEGATION["en"] + "Norvale Freight's own figures tell a different story.", "en", "different story"),
        (
            ALLEGATION["fr"] + "Les propres chiffres de Valmont Transports racontent une autre histoire.",
            "fr",
            "autre histoire",
        ),
        (ALLEGATION["fr"] + "Les chiffres de Valmont Transports contredisent ceux du syndicat.", "fr", "contredisent"),
        (
            ALLEGATION["es"] + "La empresa difundió sus propias cifras, que contradicen las del sindicato.",
            "es",
            "contradicen",
        ),
        (
            ALLEGATION["de"] + "Die eigenen Zahlen von Hollmann Logistik zeichnen ein anderes Bild.",
            "de",
            "anderes Bild",
        ),
    ],
)
def test_the_party_concerned_s_own_contradicting_figures_are_its_denial(text: str, language: str, needle: str) -> None:
    draft = _draft(text, language)
    assert _kind_of(draft, needle) == "explicit_denial"


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (ALLEGATION["en"] + "Norvale Freight pushed back on Thursday evening.", "en", "pushed back"),
        (ALLEGATION["en"] + "Norvale Freight hit back.", "en", "hit back"),
        (ALLEGATION["fr"] + "Valmont Transports a riposté.", "fr", "riposté"),
        (ALLEGATION["es"] + "Transportes Ribera replicó el martes.", "es", "replicó"),
        (ALLEGATION["de"] + "Hollmann Logistik wehrte sich.", "de", "wehrte sich"),
    ],
)
def test_a_rejection_that_ends_the_sentence_needs_no_object(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "explicit_denial"


def test_a_standalone_rejection_verb_with_an_object_or_after_a_quotation_is_something_else() -> None:
    assert not _draft(ALLEGATION["en"] + "Norvale Freight pushed back the launch of its new depot.", "en").denials
    draft = _draft(ALLEGATION["es"] + "«Trabajamos con normalidad», replicó Transportes Ribera.", "es")
    assert all("replicó" not in d.evidence[0].quote or d.kind != "explicit_denial" for d in draft.denials)


def test_disputing_what_was_just_said_is_a_denial_only_for_the_party_concerned() -> None:
    concerned = _draft(ALLEGATION["en"] + "Norvale Freight disputed that.", "en")
    assert _kind_of(concerned, "disputed that") == "explicit_denial"
    third = _draft(
        "Norvale Freight said its drivers had worked 200 hours of overtime in August. "
        "Dr. Ann Brook, a sleep researcher who has no role in the firm, disputed that.",
        "en",
    )
    assert not third.denials


def test_own_figures_of_a_body_named_by_its_last_words_are_that_body_s_denial() -> None:
    draft = _draft(
        "Hauliers say the Kelmouth Port Authority has let containers wait nine days at its new terminal. "
        "The hauliers' association said 2,000 slots were missed. "
        "The port authority's own figures tell a different story.",
        "en",
    )
    assert _kind_of(draft, "different story") == "explicit_denial"
    assert draft.denials[0].by == actor_with(draft, "Kelmouth Port Authority").id
