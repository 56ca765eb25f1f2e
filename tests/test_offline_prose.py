"""The offline backend's prose (statements, questions, BLUF, denial wording): each rule on short
sentences written for the test, in English, French, Spanish and German."""

from __future__ import annotations

from typing import Any

import pytest

from summarize.offline import bluf as bluf_rules
from summarize.offline import elided, lexicon, naming, questions, read, statements, uncertainties
from summarize.offline.claims import statement_of
from summarize.offline.readability import bluf_problems, question_problems, sentence_problems
from summarize.offline.statements import Speaker
from summarize.offline.uncertainties import ClaimView
from summarize.sources.document import Document
from tests.offline_drafts import claim_quoting as _claim
from tests.offline_drafts import drafter

EN, FR, ES, DE = (lexicon.load(code) for code in ("en", "fr", "es", "de"))
BODY = Speaker("Norvane Foods", "organization")
MAYOR = Speaker("Ilse Kadar", "person")
WORKERS = Speaker("Deux ouvriers", "group")


_draft = drafter()


# --- clean: a claim's content as a sentence -----------------------------------------------------
def test_a_clause_cut_after_a_link_ends_at_its_last_clause_boundary() -> None:
    cut = statements.clean("the plant had been shut for a week, a figure first given on Monday by", EN)
    assert cut == "The plant had been shut for a week."
    assert sentence_problems(cut, EN) == []


@pytest.mark.parametrize(
    ("clause", "lex", "expected"),
    [
        ("But a new audit is not the same as a clean audit.", EN, "A new audit is not the same as a clean audit."),
        ("And the ferry kept its winter timetable.", EN, "The ferry kept its winter timetable."),
        ("Mais le quai restera fermé jusqu'en mai.", FR, "Le quai restera fermé jusqu'en mai."),
        ("Pero la obra no empezará antes de junio.", ES, "La obra no empezará antes de junio."),
        ("Aber die Fähre fährt erst wieder im Mai.", DE, "Die Fähre fährt erst wieder im Mai."),
        # lower case: a clause cut at its "and" has no subject of its own, so the "and" stays
        ("and could not sail before noon", EN, "And could not sail before noon."),
    ],
)
def test_a_conjunction_that_opens_a_sentence_is_dropped_from_its_statement(
    clause: str, lex: lexicon.Lexicon, expected: str
) -> None:
    assert statements.clean(clause, lex) == expected


def test_a_demonstrative_subject_is_not_taken_for_a_complementiser() -> None:
    assert statement_of("that is why the dock stayed closed", EN) == "That is why the dock stayed closed."
    assert statement_of("that the dock stayed closed", EN) == "The dock stayed closed."


def test_a_parenthesis_cut_in_half_goes_with_what_it_held() -> None:
    assert statements.clean("PLV) elle est la trésorière du club.", FR) == "Elle est la trésorière du club."
    assert statements.clean("the board met on Friday (which", EN) == "The board met on Friday."


def test_a_dateline_does_not_open_a_statement() -> None:
    text = "PORT ELLIS, 3 May (TNA) – Dock workers walked out on Monday."
    assert statements.clean(text, EN) == "Dock workers walked out on Monday."


def test_no_space_is_left_where_a_quotation_mark_stood() -> None:
    assert statements.clean("le maire a « fermement » démenti .", FR) == "Le maire a fermement démenti."


# --- standalone: pronouns and first person ------------------------------------------------------
def test_an_organisations_it_becomes_its_name() -> None:
    out = statements.standalone("It would close two depots in June.", EN, BODY)
    assert out == "Norvane Foods would close two depots in June."


def test_in_a_bodys_own_quoted_words_it_is_what_they_speak_of() -> None:
    quote = "it has gone on for years."
    out = statements.standalone("It has gone on for years.", EN, BODY, quote=quote)
    assert out == "Norvane Foods said it has gone on for years."


@pytest.mark.parametrize(
    ("before", "statement", "expected"),
    [
        (
            "Rescue crews are searching the valley and ",
            "300 will be flown out by Friday.",
            "300 rescue crews will be flown out by Friday.",
        ),
        ("Five climbers were killed and ", "12 were injured.", "12 climbers were injured."),
        ("The dam held, and ", "40 were evacuated.", "40 were evacuated."),  # no subject before: unchanged
        ("", "300 will be flown out by Friday.", "300 will be flown out by Friday."),
        ("Crews are searching and ", "300 metres were cleared.", "300 metres were cleared."),  # a noun is there
    ],
)
def test_a_bare_figure_after_a_coordinator_borrows_the_noun_before(before: str, statement: str, expected: str) -> None:
    assert elided.with_elided_head(statement, before, EN, frozenset({"rescue", "crews"})) == expected


def test_a_dummy_it_is_framed_by_the_speaker_not_replaced() -> None:
    out = statements.standalone("It was too early to put a figure on the losses.", EN, BODY)
    assert out == "Norvane Foods said it was too early to put a figure on the losses."


def test_a_persons_pronoun_is_framed_by_the_speaker() -> None:
    out = statements.standalone("She had not been told of the audit.", EN, MAYOR)
    assert out == "Ilse Kadar said she had not been told of the audit."
    assert sentence_problems(out, EN) == []


def test_a_possessive_pronoun_becomes_the_speakers_possessive() -> None:
    out = statements.standalone("Its drivers had voted to strike.", EN, BODY)
    assert out == "Norvane Foods's drivers had voted to strike."


def test_narration_takes_the_actor_the_resolver_gives() -> None:
    ministry = Speaker("The Farland transport ministry", "government")
    out = statements.standalone("It did not say when the line would reopen.", EN, None, lambda _: ministry)
    assert out == "The Farland transport ministry did not say when the line would reopen."


def test_unresolved_narration_is_reported_by_the_publisher() -> None:
    out = statements.standalone("This is the third closure this year.", EN, None, lambda _: None, "The Ellis Courier")
    assert out == "The Ellis Courier reports that this is the third closure this year."


def test_an_organisations_we_becomes_its_name_and_its_verbs_agree() -> None:
    assert statements.standalone("We have stopped the line.", EN, BODY) == "Norvane Foods has stopped the line."
    assert (
        statements.standalone("We found the fault in our own checks.", EN, BODY)
        == "Norvane Foods found the fault in its own checks."
    )


def test_first_person_without_a_safe_rewrite_is_quoted_after_the_speaker() -> None:
    out = statements.standalone("I’d say we deserve better.", EN, MAYOR)
    assert out == "Ilse Kadar said: “I’d say we deserve better.”"
    assert sentence_problems(out, EN) == []


def test_the_articles_own_first_person_is_reported_by_the_publisher() -> None:
    out = statements.standalone("Le syndicat n’a pas répondu à nos questions.", FR, None, None, "La Gazette")
    assert out == "La Gazette rapporte : « Le syndicat n’a pas répondu à nos questions. »"
    assert sentence_problems(out, FR) == []


@pytest.mark.parametrize(
    ("lex", "statement", "speaker", "expected"),
    [
        (FR, "Il était trop tôt pour chiffrer les dégâts.", MAYOR, "Ilse Kadar a indiqué qu'il était trop tôt"),
        (FR, "Ils avaient quitté le site à midi.", WORKERS, "Deux ouvriers ont indiqué qu'ils avaient quitté"),
        (FR, "Nous avons tout vérifié.", MAYOR, "Ilse Kadar a déclaré : « Nous avons tout vérifié. »"),
        (ES, "Yo no firmé ese contrato.", MAYOR, "Ilse Kadar declaró: «Yo no firmé ese contrato.»"),
        (DE, "Er habe von dem Plan nichts gewusst.", MAYOR, "Ilse Kadar sagte, er habe von dem Plan"),
        (DE, "Wir haben alles geprüft.", MAYOR, "Ilse Kadar sagte: „Wir haben alles geprüft.“"),
    ],
)
def test_each_language_frames_with_its_own_templates(lex: Any, statement: str, speaker: Speaker, expected: str) -> None:
    out = statements.standalone(statement, lex, speaker)
    assert out.startswith(expected), out
    assert sentence_problems(out, lex) == []


def test_french_elides_where_a_template_meets_a_vowel() -> None:
    assert statements.fill("La version de {source}", FR, source="Inès Morel") == "La version d'Inès Morel"
    joined = statements.fill("{source} a dit que {clause}", FR, source="Léa", clause="il pleut")
    assert joined == "Léa a dit qu'il pleut"
    assert statements.fill("Se pidió a {source}", ES, source="el comité") == "Se pidió al comité"


def test_a_name_takes_the_article_the_text_gives_it() -> None:
    text = "The Netherlands said ... the Netherlands had ... officials in the Netherlands"
    assert naming.with_article("Netherlands", text, EN, {}) == "the Netherlands"
    assert naming.with_article("Norvane Foods", "Norvane Foods said", EN, {}) == "Norvane Foods"


def test_a_name_opening_on_a_possessive_is_resolved() -> None:
    out = naming.name_of("Her party", lambda _: MAYOR, EN)
    assert out == "Ilse Kadar's party"


# --- questions ------------------------------------------------------------------------------------
def _view(statement: str, **kw: Any) -> ClaimView:
    fields: dict[str, Any] = {
        "id": "C1",
        "source": "A1",
        "anonymous": False,
        "certainty": "possible",
        "polarity": "positive",
        "hedged": True,
    }
    fields.update(kw)
    return ClaimView(statement=statement, **fields)


def test_a_future_claim_is_asked_by_moving_its_auxiliary() -> None:
    q = questions.about(_view("Norvane Foods would close two depots in June."), ["future_contingent"], EN)
    assert q == "Will Norvane Foods close two depots in June?"
    assert question_problems(q, EN) == []


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        ("Two pumps may have failed before the flood.", "Have two pumps failed before the flood?"),
        ("Both depots may have been sold in May.", "Have both depots been sold in May?"),
        ("The ferry may have been overloaded.", "Has the ferry been overloaded?"),
        ("The ward could be closed by March.", "Will the ward be closed by March?"),
        ("Hundreds might lose their jobs.", "Will hundreds lose their jobs?"),
    ],
)
def test_a_hedged_claim_is_asked_without_its_modal(statement: str, question: str) -> None:
    q = questions.about(_view(statement), ["hedged_only"], EN, frozenset({"two", "the", "hundreds", "both"}))
    assert q == question
    assert question_problems(q, EN) == []


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        ("The ferry would almost certainly sail late on Friday.", "Will the ferry sail late on Friday?"),
        ("The quarry was unlikely to reopen before the summer.", "Will the quarry reopen before the summer?"),
        ("The vote is expected to be held in March.", "Will the vote be held in March?"),
        ("A merger would be unlikely to lower fares.", "Will a merger lower fares?"),
        ("A second strike was likely if the talks failed.", "Is a second strike likely?"),
        ("Flooding was more likely than not.", "Is flooding more likely than not?"),
        ("The dam would hold unless the rain went on for a week.", "Will the dam hold?"),
        ("The fire was almost certainly the cause.", "Was the fire almost certainly the cause?"),
    ],
)
def test_a_question_asks_the_event_not_its_odds(statement: str, question: str) -> None:
    q = questions.about(_view(statement), ["hedged_only"], EN, frozenset({"the", "a", "flooding"}))
    assert q == question
    assert question_problems(q, EN) == []


def test_a_subordinate_clause_is_not_taken_for_a_subject() -> None:
    view = _view("If the count is right, the hall was overfull.", source_name="Ilse Kadar")
    q = questions.about(view, ["hedged_only"], EN)
    assert not q.startswith("Is If"), q
    assert q == "Has the account of Ilse Kadar been confirmed?"


def test_a_common_word_is_lower_cased_after_the_auxiliary_a_name_is_not() -> None:
    q = questions.about(_view("Inspectors were checking the cables."), ["hedged_only"], EN, frozenset({"inspectors"}))
    assert q == "Were inspectors checking the cables?"
    q = questions.about(_view("North Dock would reopen."), ["future_contingent"], EN, frozenset({"would"}))
    assert q == "Will North Dock reopen?"


def test_an_anonymous_sources_claims_share_one_question() -> None:
    views = [
        _view(s, id=f"C{i}", anonymous=True, hedged=False, certainty="certain", source_name="A dock worker")
        for i, s in enumerate(["The crane was not inspected.", "The night shift was cut to four.", "Pay was late."], 1)
    ]
    views.append(_view("The board may sell the quay.", id="C4", source_name="Marta Lind"))
    found = uncertainties.derive(views, [], EN)
    assert [o.related for o in found] == [["C1", "C2", "C3"], ["C4"]]
    assert found[0].reasons == ["anonymous_only"]


def test_disagreeing_figures_are_asked_as_a_choice() -> None:
    a = _view("x", id="C1", source="A1")
    b = _view("y", id="C2", source="A2")
    q = questions.figures([(a, 40.0, 40.0, "40", "injured"), (b, 55.0, 55.0, "55", "injured")], EN)
    assert q == "How many injured: 40 or 55?"
    q = questions.figures([(a, 40.0, 40.0, "40", "blessés"), (b, 55.0, 55.0, "55", "blessés")], FR)
    assert q == "Combien de blessés : 40 ou 55 ?"


def test_an_allegation_awaiting_a_response_names_whose_account_it_is() -> None:
    target = _view("x", source_name="The Ellis Courier")
    q = questions.answer("Norvane Foods", target, EN)
    assert q == "How does Norvane Foods answer the account of The Ellis Courier?"
    assert questions.answer("Norvane Foods", None, DE) == "Was antwortet Norvane Foods auf den Vorwurf?"


def test_a_figure_question_names_a_counted_thing_never_a_date() -> None:
    view = _view("Le chantier a repris le 4 décembre.", figures=[("4", "décembre")], source_name=None)
    assert questions.about(view, ["hedged_only"], FR) == "La version de l'article est-elle confirmée ?"
    view = _view("Il y aurait 30 blessés.", figures=[("30", "blessés")])
    assert questions.about(view, ["hedged_only"], FR) == "Le chiffre de 30 blessés est-il confirmé ?"


# --- BLUF -------------------------------------------------------------------------------------------
def _item(statement: str, certainty: str = "certain", name: str | None = "the U.S.", **kw: Any) -> Any:
    return bluf_rules.Item("C1", name, statement, certainty, True, 0, **kw)


def test_a_bluf_line_keeps_a_names_capitals_and_its_article() -> None:
    [(line, _)] = bluf_rules.compose([_item("North Korean troops had crossed the river.")], [], EN, frozenset())
    assert line == "According to the U.S., North Korean troops had crossed the river."
    assert bluf_problems(line, EN) == []


def test_a_bluf_line_hedges_once() -> None:
    common = frozenset({"troops"})
    [(line, _)] = bluf_rules.compose([_item("Troops may have crossed the river.", "possible")], [], EN, common)
    assert line == "According to the U.S., troops may have crossed the river."
    [(line, _)] = bluf_rules.compose([_item("Troops crossed the river.", "probable")], [], EN, common)
    assert line == "The U.S. considers it likely that troops crossed the river."
    assert bluf_problems(line, EN) == []


def test_a_bluf_line_reads_a_common_noun_source_as_one() -> None:
    [(line, _)] = bluf_rules.compose([_item("A dam had failed.", name="Report")], [], EN, frozenset())
    assert line == "According to the report, a dam had failed."


def test_a_statement_that_names_its_source_is_not_attributed_twice() -> None:
    item = _item("Norvane Foods said it would close two depots.", name="Norvane Foods")
    [(line, _)] = bluf_rules.compose([item], [], EN)
    assert line == "Norvane Foods said it would close two depots."


# --- denials ----------------------------------------------------------------------------------------
def test_a_denial_is_worded_in_the_articles_language() -> None:
    assert naming.denial_statement("explicit_denial", "Ilse Kadar", FR) == "Ilse Kadar a démenti l'accusation."
    declined = naming.denial_statement("declined_to_comment", "Ilse Kadar", DE)
    assert declined == "Ilse Kadar wollte sich nicht äußern."
    assert naming.denial_statement("unheard_of", "Ilse Kadar", EN) == "Ilse Kadar responded to the allegation."


@pytest.mark.parametrize(
    ("by", "wording"),
    [("Le rectorat", "réponse du rectorat à"), ("L’entreprise", "réponse de l’entreprise à"), ("Ilse Kadar", "d'Ilse")],
)
def test_a_name_inside_a_french_non_answer_is_written_mid_sentence_without_a_gender(by: str, wording: str) -> None:
    text = naming.denial_statement("no_response", by, FR)
    assert text.startswith("L'article") and wording in text
    assert "sollicité" not in text  # no past participle to agree with a name of unknown gender
    assert questions.answer(by, None, FR).startswith(f"Que répond {naming.mid_sentence(by, FR)} ")


def test_only_a_leading_article_is_lower_cased_mid_sentence() -> None:
    assert naming.mid_sentence("L’entreprise", FR) == "l’entreprise"
    assert naming.mid_sentence("The Harbour Board", EN) == "the Harbour Board"
    assert naming.mid_sentence("Ilse Kadar", FR) == "Ilse Kadar"


def test_an_allegation_is_never_a_placeholder() -> None:
    assert naming.allegation(None, "The mayor approved the contract.", EN) == "The mayor approved the contract."
    assert "allegation reported" not in naming.allegation(None, None, EN)


# --- end to end -------------------------------------------------------------------------------------
def test_end_to_end_statements_stand_alone() -> None:
    draft = _draft(
        "Norvane Foods said on Monday it would close two depots in June. "
        "The company said: “We have no plans to cut jobs elsewhere.”\n\n"
        "The Ellis Courier has contacted the Farland transport ministry for comment."
    )
    close = _claim(draft, "close two depots")
    assert close.statement.startswith("Norvane Foods"), close.statement
    for claim in draft.claims:
        assert sentence_problems(claim.statement, EN) == [], claim.statement
    for denial in draft.denials:
        assert "allegation reported in the article" not in denial.target_statement.lower()
    for u in draft.uncertainties:
        assert question_problems(u.question, EN) == [], u.question


def test_a_framed_clause_is_not_inverted_around_its_frame() -> None:
    view = _view("Meridian Wire reports that it is unclear how long the strike will last.", source_name="Omar Feld")
    q = questions.about(view, ["hedged_only"], EN)
    assert q == "Has the account of Omar Feld been confirmed?"


def test_a_gendered_pronoun_stands_for_a_body_too() -> None:
    board = Speaker("La direction du port", "organization")
    out = statements.standalone("Elle envisageait de saisir la justice.", FR, None, lambda w: board)
    assert out == "La direction du port envisageait de saisir la justice."
    assert statements.fits("sie", "organization", DE)
    assert not statements.fits("she", "organization", EN)


def test_a_dateline_in_accented_capitals_does_not_open_a_statement() -> None:
    text = "SAINT-AURÈLE, 5 mars (AFV) – Les dockers ont entamé une grève."
    assert statements.clean(text, FR) == "Les dockers ont entamé une grève."


def test_a_name_takes_the_case_the_text_gives_it_after_its_article() -> None:
    text = "The transport ministry declined to comment. Later the transport ministry said nothing."
    assert naming.with_article("Transport ministry", text, EN, {}) == "the transport ministry"


def test_german_verb_particles_and_infinitives_end_a_sentence() -> None:
    assert sentence_problems("Das teilte die Firma am Montag mit.", DE) == []
    assert sentence_problems("Der Brand soll ein Unfall gewesen sein.", DE) == []
    assert sentence_problems("Der Bericht nannte die Zahl der.", DE) == ["ends on 'der'"]


def test_a_presupposed_subordinate_clause_standing_alone_is_stated_as_its_proposition() -> None:
    assert statements.clean("after engineers found rust in two cables", EN) == "Engineers found rust in two cables."
    assert statements.clean("because the market was cooling", EN) == "The market was cooling."
    assert statements.clean("parce que la digue avait cédé", FR) == "La digue avait cédé."
    # a non-finite clause, one with its main clause, and a non-factive one stay as they are
    assert statements.clean("after rising 14 percent", EN) == "After rising 14 percent."
    assert statements.clean("after the vote, the mayor resigned", EN) == "After the vote, the mayor resigned."
    assert statements.clean("before the vote was held", EN) == "Before the vote was held."


def test_a_common_noun_that_opens_a_sentence_is_lower_cased_once_embedded() -> None:
    """ "According to X, negotiators ...": a word the article capitalises only to open a sentence is a
    common noun; one it capitalises mid-sentence too ("Talvera") is a name and keeps its capital."""
    text = (
        "Negotiations between Talvera and the Dunmore Front will resume next week, the foreign ministry of Osren "
        "said. Observers were hopeful. Talvera has not commented."
    )
    assert naming.opening_only(text, frozenset()) == {"negotiations", "observers"}
    bluf = read(Document.from_text(text)).draft.bluf
    assert any(", negotiations between Talvera" in line.text for line in bluf), [b.text for b in bluf]


@pytest.mark.parametrize(
    ("content", "language", "expected"),
    [
        ("Local reports that the bridge will close in May.", "en", "The bridge will close in May."),
        ("Les informations selon lesquelles le pont fermera en mai.", "fr", "Le pont fermera en mai."),
        ("Berichte, wonach die Brücke im Mai schließt.", "de", "Berichte, wonach die Brücke im Mai schließt."),
        ("The council said reports that the bridge will close are wrong.", "en", None),
    ],
)
def test_a_report_noun_with_its_that_clause_is_stated_as_the_clause(
    content: str, language: str, expected: str | None
) -> None:
    out = statements.clean(content, lexicon.load(language))
    assert out == (expected or content)


def test_a_possessive_takes_the_apostrophe_its_name_is_written_with() -> None:
    body = Speaker("Orlen\u2019s port authority", "organization")
    made = statements.standalone("Its pilots had refused the night shift.", EN, body)
    assert made == "Orlen\u2019s port authority\u2019s pilots had refused the night shift."


def test_a_quotation_cut_where_a_refusal_begins_is_no_claim() -> None:
    from tests.offline_drafts import draft_in

    draft = draft_in(
        "The Harlow Gazette reported that the ferry line would be sold. Asked about the report, a Brevin "
        'spokeswoman said: "As a rule we neither confirm nor deny the terms of our contracts."',
        "en",
    )
    assert draft.denials, "the refusal itself is answered as a denial"
    stubs = [c.statement for c in draft.claims if c.statement.rstrip(' .”"').lower().endswith(" we")]
    assert stubs == [], stubs
