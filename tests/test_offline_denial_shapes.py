"""More shapes of responses to allegations in the offline backend, on short invented texts: the party
concerned contradicting with its own figures, refusals to confirm, partial denials, deflections."""

from __future__ import annotations

import pytest

from summarize.offline.denial_targets import Candidate, choose
from summarize.offline.spans import Span
from tests.offline_drafts import ALLEGATION
from tests.offline_drafts import draft_in as _draft
from tests.offline_drafts import kind_of as _kind_of

_EN = ALLEGATION["en"]
_FR = ALLEGATION["fr"]
_ES = ALLEGATION["es"]
_DE = ALLEGATION["de"]


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight later published its own figures, which contradict the report.", "en", "contradict"),
        (_FR + "Les chiffres de la société Valmont Transports contredisent ceux du syndicat.", "fr", "contredisent"),
        (_ES + "Las cifras de Transportes Ribera contradicen las del sindicato.", "es", "contradicen"),
    ],
)
def test_the_party_concerned_figures_contradicting_the_report_whose_they_are(
    text: str, language: str, needle: str
) -> None:
    assert _kind_of(_draft(text, language), needle) == "explicit_denial"


def test_the_party_a_headline_accuses_disputing_later_is_a_denial() -> None:
    draft = _draft(
        "Norvale Freight understated drivers' hours, regulator says\n\n"
        "A report by the transport regulator found that drivers' hours were understated by a third last summer. "
        "The regulator said 40 drivers had worked beyond the legal limit. Inspectors visited six depots in June. "
        "They interviewed more than 200 drivers.\n\n"
        "The regulator's chair, Ann Pike, said the findings were worrying. She called for a review.\n\n"
        "Norvale Freight disputed that account.",
        "en",
    )
    assert _kind_of(draft, "disputed that account") == "explicit_denial"


def test_a_party_that_spoke_before_disputing_another_account_is_no_denial() -> None:
    draft = _draft(
        "Norvale Freight and regulator clash over drivers' hours\n\n"
        "Norvale Freight said on Monday that its drivers had worked 12,000 hours in August. "
        "The regulator said 40 drivers had worked beyond the legal limit. Inspectors visited six depots in June.\n\n"
        "The regulator's chair, Ann Pike, said the findings were worrying. She called for a review.\n\n"
        "Norvale Freight disputed that account.",
        "en",
    )
    assert not draft.denials


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight said: \u201cWe are not going to confirm or deny these figures.\u201d", "en", "confirm"),
        (_FR + "Valmont Transports \u00ab ne confirme ni n'infirme \u00bb ces chiffres.", "fr", "confirme"),
        (_ES + "Transportes Ribera no confirmó ni desmintió esas cifras.", "es", "confirmó"),
    ],
)
def test_a_refusal_to_confirm_or_deny(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "neither_confirm_nor_deny"


def test_a_figure_point_does_not_end_the_admission_of_a_partial_denial() -> None:
    draft = _draft(
        _ES + "Fuentes de la empresa admitieron que unos 1.200 registros estaban incompletos, pero rechazaron que "
        "se tratara de un fraude.",
        "es",
    )
    assert _kind_of(draft, "rechazaron") == "partial_denial"


def test_a_quoted_answer_to_a_question_is_an_equivocation_unless_it_deflects() -> None:
    draft = _draft(
        _EN + "Asked whether the hours had been understated, its manager said: \u201cEvery depot has its busy "
        "weeks, like any haulier.\u201d",
        "en",
    )
    assert _kind_of(draft, "Every depot") == "equivocation"
    draft = _draft(
        _EN + "Asked whether the hours had been understated, its manager said: \u201cOur focus is on the safety "
        "of our drivers.\u201d",
        "en",
    )
    assert _kind_of(draft, "Our focus") == "non_denial_denial"


def test_who_answers_a_question_between_its_comma_and_the_reply_verb() -> None:
    draft = _draft(
        _ES + "Preguntado por si conocía esos registros, el gerente, Tomás Ibarra, respondió: \u201cCada verano "
        "es distinto en este sector.\u201d",
        "es",
    )
    assert _kind_of(draft, "Cada verano") == "equivocation"
    assert next(a.name for a in draft.actors if a.id == draft.denials[0].by) == "Tomás Ibarra"


def test_on_this_point_opens_an_answer_to_the_allegation_before() -> None:
    draft = _draft(
        _FR + "\n\nSur ce point, Paul Mercier, le directeur de Valmont Transports, a répondu : \u00ab Chaque été a ses "
        "contraintes. \u00bb",
        "fr",
    )
    assert _kind_of(draft, "Chaque été") == "equivocation"


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight said any overtime \u201cis always within the limits set by law.\u201d", "en", "limits"),
        (
            _EN
            + "Norvale Freight said any extra shift \u201cwould only ever be approved once drivers had rested.\u201d",
            "en",
            "approved",
        ),
        (
            _EN + "Norvale Freight said any change \u201cwould have reflected the drivers' own requests.\u201d",
            "en",
            "reflected",
        ),
        (
            _EN + "\u201cIf any shift ran long, it ran long to protect the deliveries of hospitals,\u201d "
            "Norvale Freight said.",
            "en",
            "If any shift",
        ),
        (
            _FR + "M. Mercier, directeur de Valmont Transports, a assuré que « si des chauffeurs ont roulé plus "
            "longtemps, c'était pour des raisons de sécurité ».",
            "fr",
            "si des chauffeurs",
        ),
        (
            _ES + "Transportes Ribera aseguró que cualquier turno extra está siempre dentro de los límites de la ley.",
            "es",
            "cualquier",
        ),
        (_DE + "Hollmann Logistik erklärte, jede Überstunde erfolge stets im Rahmen der Vorschriften.", "de", "jede"),
    ],
)
def test_the_allegation_granted_and_kept_within_the_rules(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "conditional_justification"


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight's manager did not address the hours directly.", "en", "directly"),
        (_FR + "Le directeur de Valmont Transports, Paul Mercier, n'a pas répondu sur le fond.", "fr", "sur le fond"),
        (_ES + "El gerente de Transportes Ribera, Tomás Ibarra, no respondió sobre el fondo.", "es", "sobre el fondo"),
    ],
)
def test_an_answer_that_is_not_to_the_allegation_is_a_non_denial(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "non_denial_denial"


def test_a_refusal_to_confirm_after_a_reply_negating_the_question_names_the_kind() -> None:
    draft = _draft(
        _EN + "Asked whether the audit existed, a company spokeswoman, Ruth Lamb, said the company did not discuss "
        "internal documents. \u201cI am not going to confirm or deny the existence of any audit,\u201d she said.",
        "en",
    )
    assert len(draft.denials) == 1
    assert draft.denials[0].kind == "neither_confirm_nor_deny"
    assert len(draft.denials[0].evidence) == 2
    # the two sentences are the response, not claims of their own
    quoted = [ev.quote for claim in draft.claims for ev in claim.evidence]
    assert not any("internal documents" in q or "existence of any audit" in q for q in quoted), quoted


def test_a_denial_the_lede_announces_and_the_body_gives_is_one_denial() -> None:
    draft = _draft(
        "Haulier accused of understating hours\n\n"
        "A report by the transport regulator found that Norvale Freight understated its drivers' hours by a third "
        "last summer. Norvale Freight denies the allegations.\n\n"
        "The regulator said 40 drivers had worked beyond the legal limit. Inspectors visited six depots.\n\n"
        "Norvale Freight denied the allegations again on Tuesday. "
        "\u201cOur drivers never worked beyond the limit,\u201d it said in a statement.",
        "en",
    )
    assert len(draft.denials) == 1
    quotes = [ev.quote for ev in draft.denials[0].evidence]
    assert any("denies the allegations" in q for q in quotes)
    assert any("again on Tuesday" in q for q in quotes)


def test_the_quotation_a_pronoun_speaker_gives_after_a_bare_denial_is_that_denial() -> None:
    draft = _draft(
        "The opposition accused the mayor, Karl Brenner, of hiding a cost report from the council before the vote. "
        "Councillor Eva Lind said he had known of it since May.\n\n"
        "Brenner rejected the allegations. \u201cI informed the council fully at every stage,\u201d he said.",
        "en",
    )
    assert len(draft.denials) == 1
    assert len(draft.denials[0].evidence) == 2


def test_a_denial_whose_verbs_share_one_object_is_one_denial() -> None:
    draft = _draft(
        _EN + "Norvale Freight called the report \u201cbaseless\u201d in a statement. "
        "\u201cNorvale Freight has never falsified, and will never falsify, the hours of any driver,\u201d the "
        "statement said.",
        "en",
    )
    assert len(draft.denials) == 1


def test_the_denial_of_one_of_the_party_s_people_is_not_repeated_as_a_claim() -> None:
    draft = _draft(
        _FR + "Valmont Transports, qui emploie 300 chauffeurs dans la région, dément toute fraude. « Aucun "
        "chauffeur n'a dépassé la durée légale », a assuré son directeur, Paul Mercier.",
        "fr",
    )
    assert len(draft.denials) == 1
    assert any("Aucun" in ev.quote for ev in draft.denials[0].evidence)
    assert not any("Aucun" in ev.quote for claim in draft.claims for ev in claim.evidence)


def test_what_comes_before_a_conditional_justification_stays_a_claim() -> None:
    draft = _draft(
        _EN + "Its manager would not say whether the rosters had been changed, but said that \u201cany change "
        "is always within the limits set by law.\u201d",
        "en",
    )
    assert _kind_of(draft, "any change") == "conditional_justification"
    assert any("would not say whether" in ev.quote for claim in draft.claims for ev in claim.evidence)


def _candidate(
    cid: str, start: int, para: int, terms: set[str], source: str = "A2", names: bool = False, accuses: bool = False
) -> Candidate:
    return Candidate(cid, source, True, Span(start, start + 40), para, frozenset(terms), names, accuses)


def test_a_response_that_points_back_answers_the_claim_just_before() -> None:
    lead = _candidate("C1", 0, 0, {"depots", "hours"}, names=True)
    just_before = _candidate("C2", 100, 2, {"bonus", "managers"})
    response, cue = Span(200, 260), Span(220, 240)
    assert choose([lead, just_before], "A3", response, cue, 2, frozenset({"comment"}), False).id == "C1"
    chosen = choose([lead, just_before], "A3", response, cue, 2, frozenset({"comment"}), False, anaphoric=True)
    assert chosen is not None and chosen.id == "C2"


def test_an_accusation_in_the_response_s_own_sentence_is_what_it_answers() -> None:
    lead = _candidate("C1", 0, 0, {"depots", "hours"}, names=True)
    inside = _candidate("C2", 200, 2, {"invoices"}, source="A1", accuses=True)
    response, cue = Span(200, 300), Span(260, 280)
    chosen = choose([lead, inside], "A3", response, cue, 2, frozenset({"request"}), False)
    assert chosen is not None and chosen.id == "C2"
    relative = _candidate("C2", 200, 2, {"invoices"}, source="A1")
    chosen = choose([lead, relative], "A3", response, cue, 2, frozenset({"request"}), False)
    assert chosen is not None and chosen.id == "C1"


def test_the_bluf_line_of_a_denial_names_what_was_denied() -> None:
    from summarize.offline import bluf, lexicon

    claim = bluf.Item("C1", "The regulator", "Norvale Freight understated its drivers' hours.", "certain", True, 0)
    denial = bluf.Item(
        "D1",
        "Norvale Freight",
        "Norvale Freight denied the allegation.",
        "certain",
        True,
        50,
        is_denial=True,
        kind="explicit_denial",
        allegation="Norvale Freight understated its drivers' hours.",
    )
    lines = [text for text, _ in bluf.compose([claim], [denial], lexicon.load("en"))]
    assert "Norvale Freight denied the allegation that Norvale Freight understated its drivers' hours." in lines
    fr = bluf.Item(
        "D1",
        "Valmont Transports",
        "Valmont Transports a démenti l'accusation.",
        "certain",
        True,
        50,
        is_denial=True,
        kind="explicit_denial",
        allegation="Les relevés d'heures ont été falsifiés pendant l'été, selon un syndicat qui " + "cite " * 80 + ".",
    )
    (line,) = [text for text, _ in bluf.compose([], [fr], lexicon.load("fr"))]
    assert line == (
        "Valmont Transports a démenti l'accusation selon laquelle les relevés d'heures ont été falsifiés pendant l'été."
    )


@pytest.mark.parametrize(
    ("text", "language", "needle", "name"),
    [
        (
            _ES + "El sindicato escribió a la Federación Regional de Transporte en mayo. La federación declinó "
            "hacer comentarios.",
            "es",
            "declinó",
            "Federación Regional de Transporte",
        ),
        (
            _EN + "The regulator wrote to the Northern Haulage Federation in May. Asked about the report, the "
            "federation declined to comment.",
            "en",
            "declined",
            "Northern Haulage Federation",
        ),
    ],
)
def test_a_bare_noun_that_heads_a_name_given_before_is_that_body(
    text: str, language: str, needle: str, name: str
) -> None:
    draft = _draft(text, language)
    denial = next(d for d in draft.denials if any(needle in ev.quote for ev in d.evidence))
    assert next(a.name for a in draft.actors if a.id == denial.by).lower().endswith(name.lower().split()[-1])


def test_a_subject_after_the_verb_responds_and_a_concession_after_makes_it_partial() -> None:
    draft = _draft(
        _DE + "Die Zahl von 40 wies Firmenchef Jens Hollmann als „Übertreibung“ zurück. Er räumte allerdings ein, "
        "dass einzelne Schichten zu lang gewesen seien.",
        "de",
    )
    assert len(draft.denials) == 1
    denial = draft.denials[0]
    assert denial.kind == "partial_denial"
    assert len(denial.evidence) == 2
    assert any("einzelne Schichten" in ev.quote for claim in draft.claims for ev in claim.evidence)


def test_the_respondent_before_an_appositive_naming_the_outlet() -> None:
    draft = _draft(
        "VALCOURT (Le Courrier du Val) – " + _FR + "Le syndicat des eaux du Val, contacté par Le Courrier du Val, "
        "n'a pas répondu à nos sollicitations.",
        "fr",
    )
    denial = next(d for d in draft.denials if d.kind == "no_response")
    assert "Syndicat" in next(a.name for a in draft.actors if a.id == denial.by)


def test_a_denial_s_own_sentence_says_what_it_answers_not_the_quotation_after_it() -> None:
    draft = _draft(
        "Des bidons de solvant ont été vidés dans la rivière pendant la nuit près de l'usine Valmont de Corbières, "
        "selon une association de riverains. Selon elle, une trentaine de camions sont passés par le village "
        "chaque nuit depuis le mois de mars.\n\n"
        "La société Valmont Chimie, propriétaire de l'usine et exploitante du site, dément tout rejet dans la "
        "rivière. « Jamais une trentaine de camions ne sont passés par le village chaque nuit depuis le mois de "
        "mars », a assuré son directeur, Paul Mercier.",
        "fr",
    )
    denial = next(d for d in draft.denials if d.kind == "explicit_denial")
    target = next(c for c in draft.claims if c.id == denial.target)
    assert "rivière" in target.evidence[0].quote


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight said it \u201ccomplies with all applicable safety regimes.\u201d", "en", "complies"),
        (_ES + "Transportes Ribera aseguró que cumple con todas las normas del sector.", "es", "cumple"),
    ],
)
def test_saying_one_complies_with_the_rules_is_a_non_denial(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "non_denial_denial"


@pytest.mark.parametrize(
    ("text", "language", "needle"),
    [
        (_EN + "Norvale Freight pushed back on the claims in a statement.", "en", "pushed back"),
        (
            _FR + "Valmont Transports a répondu mardi en dénonçant ces accusations comme « une calomnie ».",
            "fr",
            "dénonçant",
        ),
        (_ES + "El gerente de Transportes Ribera respondió calificando de bulo esas cifras.", "es", "calificando"),
    ],
)
def test_pushing_back_and_calling_it_a_smear_are_explicit_denials(text: str, language: str, needle: str) -> None:
    assert _kind_of(_draft(text, language), needle) == "explicit_denial"


def test_a_word_that_points_back_inside_a_reported_clause_does_not_make_the_response_point_back() -> None:
    text = (
        "Satellite images suggest that Norvale Freight moved 40 trucks to the border, officials said. "
        "A drivers' union said its members had not been paid since June. "
        "The company has not denied the reports that the images backed up the claims, saying only that "
        "“our fleet goes where our customers need it.”"
    )
    draft = _draft(text, "en")
    response = next(d for d in draft.denials if "has not denied" in d.evidence[0].quote)
    target = next(c for c in draft.claims if c.id == response.target)
    assert "40 trucks" in target.statement, target.statement
