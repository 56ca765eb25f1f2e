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
