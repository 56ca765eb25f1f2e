"""Responses to allegations in the offline backend, in four languages, on short invented texts.

Each test states one rule of ``summarize/offline/denials.py`` / ``denial_cues.py`` on sentences written
for it (not taken from the benchmark articles)."""

from __future__ import annotations

import pytest

from summarize.schemas import BriefingDraft
from tests.offline_drafts import ALLEGATION
from tests.offline_drafts import draft_in as _draft
from tests.offline_drafts import kind_of as _kind_of


def _responses(draft: BriefingDraft) -> list[tuple[str, str]]:
    return [(d.kind, d.evidence[0].quote) for d in draft.denials]


_FR = ALLEGATION["fr"]
_ES = ALLEGATION["es"]
_DE = ALLEGATION["de"]


@pytest.mark.parametrize(
    ("text", "language", "needle", "kind"),
    [
        (_FR + "Valmont Transports a démenti ces accusations mardi.", "fr", "a démenti", "explicit_denial"),
        (_FR + "Valmont Transports conteste « fermement » ces accusations.", "fr", "conteste", "explicit_denial"),
        (_FR + "Valmont Transports rejette toute idée de fraude.", "fr", "rejette", "explicit_denial"),
        (
            _FR + "Valmont Transports n'a ni confirmé ni démenti ces chiffres.",
            "fr",
            "ni confirmé",
            "neither_confirm_nor_deny",
        ),
        (
            _FR + "Valmont Transports n'a pas voulu confirmer ces chiffres.",
            "fr",
            "voulu confirmer",
            "neither_confirm_nor_deny",
        ),
        (_FR + "Valmont Transports n'a pas souhaité commenter.", "fr", "souhaité commenter", "declined_to_comment"),
        (
            _FR + "Le directeur de Valmont Transports, Paul Mercier, s'est refusé à tout commentaire.",
            "fr",
            "refusé",
            "declined_to_comment",
        ),
        (_FR + "Valmont Transports n'a pas répondu à nos sollicitations.", "fr", "répondu", "no_response"),
        (_FR + "Valmont Transports n'a pas démenti ces chiffres.", "fr", "pas démenti", "equivocation"),
        (_ES + "Transportes Ribera negó las acusaciones el martes.", "es", "negó", "explicit_denial"),
        (
            _ES + "Transportes Ribera rechazó que sus conductores trabajaran más horas.",
            "es",
            "rechazó",
            "explicit_denial",
        ),
        (
            _ES + "Transportes Ribera ni confirmó ni desmintió esas cifras.",
            "es",
            "ni confirmó",
            "neither_confirm_nor_deny",
        ),
        (_ES + "Transportes Ribera declinó hacer comentarios.", "es", "declinó", "declined_to_comment"),
        (
            _ES + "Transportes Ribera no quiso comentar las cifras del sindicato.",
            "es",
            "no quiso",
            "declined_to_comment",
        ),
        (_ES + "Transportes Ribera no respondió a las llamadas de este diario.", "es", "no respondió", "no_response"),
        (_ES + "Transportes Ribera evitó pronunciarse sobre las cifras.", "es", "evitó", "equivocation"),
        (_DE + "Hollmann Logistik wies die Vorwürfe am Dienstag zurück.", "de", "wies", "explicit_denial"),
        (_DE + "Hollmann Logistik wies die Vorwürfe als „haltlos“ zurück.", "de", "haltlos", "explicit_denial"),
        (_DE + "Hollmann Logistik dementierte die Angaben der Gewerkschaft.", "de", "dementierte", "explicit_denial"),
        (
            _DE + "Hollmann Logistik wollte die Zahlen weder bestätigen noch dementieren.",
            "de",
            "weder",
            "neither_confirm_nor_deny",
        ),
        (_DE + "Hollmann Logistik wollte sich auf Anfrage nicht äußern.", "de", "äußern", "declined_to_comment"),
        (_DE + "Hollmann Logistik äußerte sich auf Anfrage nicht.", "de", "äußerte", "declined_to_comment"),
        (
            _DE + "Hollmann Logistik ließ eine Anfrage bis Redaktionsschluss unbeantwortet.",
            "de",
            "unbeantwortet",
            "no_response",
        ),
        (_DE + "Hollmann Logistik dementierte das nicht.", "de", "dementierte das nicht", "equivocation"),
    ],
)
def test_response_verbs_in_each_language(text: str, language: str, needle: str, kind: str) -> None:
    assert _kind_of(_draft(text, language), needle) == kind


def test_a_german_negation_must_close_the_clause_not_go_on() -> None:
    draft = _draft(_DE + "Hollmann Logistik äußerte sich nicht nur zu den Zahlen, sondern auch zu den Löhnen.", "de")
    assert not draft.denials


_EN = ALLEGATION["en"]


def test_rejecting_and_labelling_are_explicit_denials() -> None:
    draft = _draft(_EN + "Norvale Freight rejected the allegations on Tuesday.", "en")
    assert _kind_of(draft, "rejected the allegations") == "explicit_denial"
    draft = _draft(_EN + "Norvale Freight stood by its figures.", "en")
    assert _kind_of(draft, "stood by") == "explicit_denial"


def test_the_party_concerned_disputing_is_a_denial_a_third_party_is_not() -> None:
    concerned = _draft(_EN + "Norvale Freight disputed that account.", "en")
    assert _kind_of(concerned, "disputed that account") == "explicit_denial"
    third = _draft(
        "Norvale Freight said on Monday that its drivers had worked 12,000 hours in August, a record for the firm. "
        "Analysts at Kestrel Research disputed that account.",
        "en",
    )
    assert not third.denials


def test_the_party_concerned_publishing_contradicting_figures_is_a_denial() -> None:
    draft = _draft(_EN + "Norvale Freight's own figures contradict the regulator's report.", "en")
    assert _kind_of(draft, "contradict") == "explicit_denial"


def test_a_title_and_standfirst_announce_the_body_response() -> None:
    draft = _draft(
        "Regulator says Norvale Freight understated drivers' hours\n\n"
        "The haulier denies the allegations.\n\n"
        "By Jane Ward\n\n" + _EN + "Norvale Freight denied the allegations in a statement on Tuesday.",
        "en",
    )
    assert [quote for _, quote in _responses(draft)] == [
        "Norvale Freight denied the allegations in a statement on Tuesday."
    ]


def test_a_quotation_after_a_refusal_belongs_to_it() -> None:
    draft = _draft(
        _FR + "La préfecture n'a pas souhaité confirmer l'existence d'une enquête. « Nous ne communiquons pas sur "
        "les procédures en cours », a indiqué une porte-parole.",
        "fr",
    )
    assert len(draft.denials) == 1
    (response,) = draft.denials
    assert response.kind == "neither_confirm_nor_deny"
    assert any("Nous ne communiquons pas" in ev.quote for ev in response.evidence)


def test_a_sentence_without_a_subject_goes_on_with_the_response_before() -> None:
    draft = _draft(
        _FR + "La préfecture n'a pas souhaité confirmer l'existence d'une enquête. Sur le fond, on se refuse à "
        "tout commentaire.",
        "fr",
    )
    assert len(draft.denials) == 1
    assert len(draft.denials[0].evidence) == 2


def test_an_admission_then_a_contrasting_denial_is_one_partial_denial() -> None:
    draft = _draft(
        _FR + "Paul Mercier, le directeur de Valmont Transports, a reconnu des retards dans la saisie des heures. "
        "Il conteste en revanche toute falsification.",
        "fr",
    )
    assert _kind_of(draft, "conteste en revanche") == "partial_denial"


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (
            _FR + "Interrogé, Paul Mercier, le directeur de Valmont Transports, a assuré que « si des chauffeurs ont "
            "roulé plus longtemps, c'était en toute légalité ».",
            "fr",
            "en toute légalité",
        ),
        (
            _ES + "“Si ha habido retrasos en los registros, se deben a un fallo informático”, dijo Transportes Ribera.",
            "es",
            "se deben",
        ),
        (
            _DE + "Sollten Fahrer länger gearbeitet haben, sei das stets im Rahmen der Vorschriften geschehen, sagte "
            "der Geschäftsführer Jens Hollmann.",
            "de",
            "im Rahmen",
        ),
    ],
)
def test_an_allegation_granted_as_a_hypothesis_and_justified(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "conditional_justification"


def test_a_deflection_right_after_a_refusal_goes_on_with_it() -> None:
    draft = _draft(
        _EN + "A Norvale spokeswoman, Ann Tate, would not confirm the figures. Our focus remains on the safety of "
        "our drivers, Tate said.",
        "en",
    )
    assert len(draft.denials) == 1
    assert len(draft.denials[0].evidence) == 2


def test_no_placeholder_target_statement() -> None:
    draft = _draft(_FR + "Valmont Transports n'a pas répondu à nos sollicitations.", "fr")
    assert draft.denials
    assert all(d.target_statement != "The allegation reported in the article." for d in draft.denials)


def test_the_target_is_the_allegation_about_the_respondent_not_the_first_claim() -> None:
    draft = _draft(
        "The city council approved a new budget for road repairs on Monday, officials said. "
        "The transport regulator said Norvale Freight understated its drivers' hours by a third last summer. "
        "Norvale Freight denied that it had understated its drivers' hours.",
        "en",
    )
    (response,) = draft.denials
    target = next(c for c in draft.claims if c.id == response.target)
    assert "understated" in target.evidence[0].quote
    assert response.target_statement == target.statement


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Harbour workers and the Orlen Shipping Line will meet for talks in Tessby next week, a union said.\n\n"
            "The port police said on Tuesday that pickets had blocked at least 40 lorries at the north gate. "
            "In a statement, the Orlen Shipping Line called the figure \u201cabsurd\u201d.",
            "en",
        ),
        (
            "La direction et les syndicats de la société Varmont se retrouveront lundi à Lorbec, selon la mairie.\n\n"
            "La préfecture a indiqué mardi que 40 camions avaient été bloqués devant l'usine. "
            "La société Varmont a démenti ce chiffre dans un communiqué.",
            "fr",
        ),
    ],
)
def test_a_response_to_the_figure_answers_the_claim_that_states_it(text: str, language: str) -> None:
    draft = _draft(text, language)
    assert draft.denials, draft.claims
    target = next(c for c in draft.claims if c.id == draft.denials[0].target)
    assert "40" in target.evidence[0].quote, target.statement


def test_a_relative_clause_about_the_respondent_is_not_its_target() -> None:
    draft = _draft(
        _EN + "Norvale Freight, which employs 900 drivers, did not respond to requests for comment.",
        "en",
    )
    (response,) = draft.denials
    target = next((c for c in draft.claims if c.id == response.target), None)
    assert target is None or "employs 900" not in target.evidence[0].quote


def test_an_apposition_before_the_response_stays_a_claim() -> None:
    draft = _draft(
        _FR + "Paul Mercier, ancien chauffeur devenu directeur de l'entreprise en 2019, n'a pas répondu à nos "
        "sollicitations.",
        "fr",
    )
    assert _kind_of(draft, "pas répondu") == "no_response"
    claim = next(c for c in draft.claims if "ancien chauffeur devenu directeur" in c.evidence[0].quote)
    # stated of the respondent it describes, a sentence of its own
    assert claim.statement == "Paul Mercier est ancien chauffeur devenu directeur de l'entreprise en 2019."


def test_the_request_for_comment_is_not_what_a_no_response_is_about() -> None:
    draft = _draft(_EN + "The governor's office did not respond to a request for comment.", "en")
    (response,) = draft.denials
    assert response.kind == "no_response"
    assert "request" not in response.target_statement.lower()


def test_a_named_subject_that_is_not_resolved_does_not_go_on_with_the_response_before() -> None:
    draft = _draft(
        _DE + "Hollmann Logistik wollte die Zahlen weder bestätigen noch dementieren. Der Landkreis äußerte sich auf "
        "Anfrage nicht.",
        "de",
    )
    assert all(len(d.evidence) == 1 for d in draft.denials)


def test_a_bare_description_is_the_earlier_respondent_it_names_again() -> None:
    draft = _draft(
        _FR + "La direction de Valmont Transports a démenti toute falsification. Interrogée sur les relevés, la "
        "direction s'est refusée à tout commentaire.",
        "fr",
    )
    assert len(draft.denials) == 2
    assert draft.denials[0].by == draft.denials[1].by


def test_a_description_repeating_the_noun_a_person_was_named_with_is_that_person() -> None:
    draft = _draft(
        _FR + "Le directeur de Valmont Transports, Paul Mercier, a été entendu par les enquêteurs mardi. Selon le "
        "syndicat, les relevés ont été modifiés à la main. Le directeur les a démentis « formellement ».",
        "fr",
    )
    (response,) = draft.denials
    assert next(a.name for a in draft.actors if a.id == response.by) == "Paul Mercier"


def test_a_description_of_a_named_body_stays_that_body_after_a_person_named_with_it() -> None:
    # "The authority" is the Harbour Authority by its own name: not its chairman named in between
    draft = _draft(
        "Dock safety row\n\nThe Harbour Authority was accused by dockers of ignoring safety reports for two "
        "years. Its chairman, Tom Reyes, was questioned by inspectors on Monday. The authority declined to "
        "comment on the reports.",
        "en",
    )
    (response,) = draft.denials
    assert next(a.name for a in draft.actors if a.id == response.by) == "Harbour Authority"
