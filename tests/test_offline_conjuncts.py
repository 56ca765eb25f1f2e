"""A statement split off its sentence gets back the subject it shares with the words before it
(:mod:`summarize.offline.conjuncts`), and the readability check flags one that opens on a finite verb with
none. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from summarize import Document, Summarizer
from summarize.offline import conjuncts, lexicon, questions, statements
from summarize.offline.readability import finite_opener, sentence_problems
from summarize.offline.uncertainties import ClaimView

EN, FR, ES, DE = (lexicon.load(code) for code in ("en", "fr", "es", "de"))


def _none() -> str | None:
    return None


@pytest.mark.parametrize(
    ("before", "statement", "expected"),
    [
        # the subject of the reported clause, not the speaker's
        (
            "Brandt said the hearings would start on Friday and ",
            "Could run into the next month.",
            "The hearings could run into the next month.",
        ),
        (
            "Kovac told the Ledger that the pumping station had flooded twice and ",
            "Would stay closed until spring.",
            "The pumping station would stay closed until spring.",
        ),
        (
            "Two divers told the Ledger they had seen the wreck and ",
            "Had been turned away by the harbour police.",
            "They had been turned away by the harbour police.",
        ),
        # narration: the subject of the first conjunct, an appositive left out
        (
            "The ferry, Morning Heron, was launched in 1998 and ",
            "Was sold for scrap last year.",
            "The ferry was sold for scrap last year.",
        ),
        # the last "that" clause is the one the conjunct continues
        (
            "The board said its auditors had visited twice and that it was reviewing the accounts but ",
            "Would report by June.",
            "It would report by June.",
        ),
        # a quotation mark before the verb is no part of the subject
        (
            'Vance told the Ledger that the council "does not discuss staff matters" but ',
            "Would write to the family.",
            "The council would write to the family.",
        ),
    ],
)
def test_a_conjunct_takes_the_subject_of_the_first_conjunct(before: str, statement: str, expected: str) -> None:
    assert conjuncts.with_subject(statement, before, EN, _none) == expected


def test_a_conjunct_that_goes_on_with_the_speech_act_takes_the_speaker() -> None:
    before = 'The union said the ballot had been "overwhelming" but '
    out = conjuncts.with_subject("Did not give a turnout figure.", before, EN, _none)
    assert out == "The union did not give a turnout figure."
    # a pronoun speaker is named from the claim's source
    before = "She said the audit was complete but "
    out = conjuncts.with_subject("Would not say how much it cost.", before, EN, lambda: "Mara Oduya")
    assert out == "Mara Oduya would not say how much it cost."


def test_a_bare_did_not_say_who_is_no_statement() -> None:
    before = "The trust said the files had been sent to it by a former employee, but "
    assert conjuncts.with_subject("Did not say who.", before, EN, _none) == ""


def test_a_conjunct_with_no_subject_to_find_is_no_statement() -> None:
    before = "Prices rose across a region, an area Brandt had previously said "
    assert conjuncts.with_subject("Was not part of the scheme.", before, EN, _none) == ""


@pytest.mark.parametrize(
    ("before", "statement", "expected"),
    [
        # a speech verb between commas
        ("A third delay, she said, ", "Would push it to 2031.", "A third delay would push it to 2031."),
        # an object extracted before the speaker
        (
            "The Ledger has asked for the invoices Brandt said ",
            "Would prove the payments.",
            "The invoices would prove the payments.",
        ),
        # a relative clause about the speaker's words, the outer predicate left out
        (
            "The sensors, which the agency says ",
            "Will be fitted along the canal, have not yet arrived.",
            "The sensors will be fitted along the canal.",
        ),
        # "that" was the subject, not a complementiser
        ("A spokeswoman for the mayor said that ", "Was not correct.", "That was not correct."),
        # a predicate the statement repeats from the words before it
        (
            "Brandt said the utility had hired an outside auditor, which ",
            "Had hired an outside auditor it did not name.",
            "The utility had hired an outside auditor it did not name.",
        ),
    ],
)
def test_other_shapes_of_a_lost_subject(before: str, statement: str, expected: str) -> None:
    assert conjuncts.with_subject(statement, before, EN, _none) == expected


def test_french_an_incise_and_a_relative_antecedent_give_the_subject() -> None:
    out = conjuncts.with_subject("A débordé sur la route.", "Le canal, a-t-il précisé, « ", FR, _none)
    assert out == "Le canal a débordé sur la route."
    out = conjuncts.with_subject("Doit rendre son avis en mai.", "La commission d’enquête, qui ", FR, _none)
    assert out == "La commission d’enquête doit rendre son avis en mai."


def test_german_a_clause_cut_after_its_fronted_words_takes_them_back() -> None:
    out = conjuncts.with_subject("Hat der Betreiber die Anlage abgeschaltet.", "Laut Feuerwehr ", DE, _none)
    assert out == "Laut Feuerwehr hat der Betreiber die Anlage abgeschaltet."


def test_a_statement_with_its_subject_is_left_as_it_is() -> None:
    statement = "The hearings could run into the next month."
    assert conjuncts.with_subject(statement, "Brandt said ", EN, _none) == statement


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        ("Could run into the next month.", EN),
        ("Did not say whether the plant had reopened.", EN),
        ("A indiqué que la route restait fermée.", FR),
        ("Habría recibido pagos de la constructora.", ES),
        ("Soll die Anlage schon im Mai abgeschaltet worden sein.", DE),
    ],
)
def test_readability_flags_a_statement_opening_on_a_verb_with_no_subject(text: str, lex: lexicon.Lexicon) -> None:
    assert any("no subject" in p for p in sentence_problems(text, lex))


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        ("Should the talks fail, the strike would resume on Monday.", EN),
        ("Had the board known, it would have acted.", EN),
        ("Is the bridge safe?", EN),
        ("A Paris, la grève continue.", FR),
        ("A l’issue de la réunion, le maire a démissionné.", FR),
        ("Ha habido tres incendios este verano.", ES),
    ],
)
def test_a_subject_after_the_verb_or_a_question_is_not_flagged(text: str, lex: lexicon.Lexicon) -> None:
    assert finite_opener(text, lex) is None


def test_could_not_states_an_inability_no_hedged_question() -> None:
    c = ClaimView("C1", "S1", True, "probable", "positive", True, "The clinic could not produce the consent forms.")
    q = questions.about(c, ["hedged_only", "future_contingent"], EN)
    assert not q.startswith("Will the clinic not")


ARTICLE = "\n\n".join(
    [
        "HARLOW BAY — The port authority said the dredging would begin in April and could take up to nine"
        " months, according to a statement released on Monday.",
        "The authority said the channel had been surveyed by an outside contractor, but did not say which.",
        "Harbour pilot Jonas Brevik said the shallows near the breakwater had been a problem for years and had"
        " grown worse since the storm in January.",
    ]
)


def test_a_briefing_states_each_conjunct_with_its_subject() -> None:
    briefing = Summarizer(backend="offline").summarize(Document(text=ARTICLE))
    statements = [c.statement for c in briefing.claims]
    assert all(finite_opener(s, EN) is None for s in statements), statements
    assert any(s.startswith("The dredging could take up to nine months") for s in statements), statements
    assert not any(s.rstrip(".").endswith("did not say which") for s in statements), statements


def test_a_short_time_clause_before_a_condition_stays_with_its_claim() -> None:
    text = (
        "KELLSBY — Mayor Anika Stroud said the reservoir would run dry before the end of the summer unless the"
        " region saw heavy rain."
    )
    statements = [c.statement for c in Summarizer(backend="offline").summarize(Document(text=text)).claims]
    assert any("before the end of the summer unless" in s for s in statements), statements
    assert not any(s.startswith("Before") for s in statements), statements


@pytest.mark.parametrize(
    ("before", "statement", "expected"),
    [
        (
            "Brandt said the levee had failed on Tuesday, ",
            "Flooding the lower fields.",
            "The levee had failed on Tuesday, flooding the lower fields.",
        ),
        (
            "About 900 people were moved to shelters, ",
            "Most of them children.",
            "About 900 people were moved to shelters, most of them children.",
        ),
        (
            "Tarvel shares rose 5 percent in early trading ",
            "Before closing 2 percent higher.",
            "Tarvel shares rose 5 percent in early trading before closing 2 percent higher.",
        ),
        (
            "OSTBY (Coastal Wire) - The ferry ran aground on Friday, ",
            "Stranding 200 passengers.",
            "The ferry ran aground on Friday, stranding 200 passengers.",
        ),
    ],
)
def test_a_dependent_clause_is_stated_after_the_clause_it_depends_on(
    before: str, statement: str, expected: str
) -> None:
    assert conjuncts.with_main_clause(statement, before, EN) == expected


def test_a_gerund_that_opens_its_sentence_is_its_subject() -> None:
    statement = "Closing the branches would save 3 million euros."
    assert conjuncts.with_main_clause(statement, "", EN) == statement


def test_a_body_that_was_given_something_is_named_for_its_pronoun() -> None:
    body = statements.Speaker("Harwell Watch", "organization")
    out = statements.standalone("The memo had been sent to it by a former manager.", EN, body)
    assert out == "The memo had been sent to Harwell Watch by a former manager."
    # a person speaker, or a pronoun with no giving verb, is left alone
    person = statements.Speaker("Ines Varga", "person")
    assert "to it" in statements.standalone("The memo had been sent to it by a former manager.", EN, person)
    assert statements.standalone("The crew had reported a fault with it.", EN, body).endswith("with it.")
