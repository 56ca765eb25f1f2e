"""The editor's checks (summarize.offline.readability): each rule catches what it names, and lets
a sentence a wire editor would sign pass."""

from __future__ import annotations

import pytest

from summarize.offline import lexicon
from summarize.offline.readability import actor_problems, bluf_problems, defects, question_problems, sentence_problems

EN = lexicon.load("en")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour authority said the crane had failed twice in March.",
        "Marta Lind said the council “did everything we could” before the vote.",
        "12 workers were hurt, according to the union.",
        "The U.S. embassy said it had not been told.",
        "“The figures are wrong,” the ministry said.",
        "The union asked for a list of the firms it sells data to.",
        "Residents want to know which contractor the council relies on.",
    ],
)
def test_a_sentence_a_wire_editor_would_sign_passes(text: str) -> None:
    assert sentence_problems(text, EN) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("the crane failed twice.", "starts in lower case"),
        ("The crane failed twice", "no terminal punctuation"),
        ("The claim was first made by.", "ends on 'by'"),
        ("The report was sent to the board and to.", "ends on 'to'"),
        ("It did not say whether the crane was inspected.", "opens on 'It'"),
        ("They did not have the parts.", "opens on 'They'"),
        ("This is a serious failure.", "opens on 'This'"),
        ("The firm said we have no record of the fault.", "first person 'we' outside quotation marks"),
        ("The minister said I’d rather wait.", "first person 'I’d' outside quotation marks"),
        ("The mayor called it “a disgrace.", "unpaired “”"),
        ("Officials said, A new inquiry will open.", "a capitalised article after a comma"),
        ("The allegation reported in the article.", "placeholder 'the allegation reported in the article'"),
    ],
)
def test_each_sentence_rule_catches_what_it_names(text: str, problem: str) -> None:
    assert problem in sentence_problems(text, EN)


def test_first_person_inside_a_quotation_is_the_speakers_own() -> None:
    assert sentence_problems("The union said “we were never consulted.”", EN) == []
    assert sentence_problems("The embassy said US officials were told.", EN) == []


def test_questions_are_short_composed_questions() -> None:
    assert question_problems("Has the port authority confirmed the second collapse?", EN) == []
    assert "not a question" in question_problems("Whether the port reopens.", EN)
    assert "a statement pasted into a template" in question_problems("Is it established that the port closed?", EN)
    long = "Will " + " ".join(["the"] * 10 + ["long"] * 20) + " question end?"
    assert "over 25 words" in question_problems(long, EN)


def test_bluf_lines_hedge_once_and_keep_articles() -> None:
    assert bluf_problems("The ministry says the levee may have failed.", EN) == []
    assert any("doubled hedge" in p for p in bluf_problems("It is possible that the levee may have failed.", EN))
    assert any("abbreviation" in p for p in bluf_problems("According to U.S., the levee failed.", EN))


def test_actor_names_are_names() -> None:
    assert actor_problems("Harbour Authority of Kell", "institutional", EN) == []
    assert "name in lower case" in actor_problems("his country’s intelligence", "institutional", EN)
    assert "a common noun as a name" in actor_problems("Report", "institutional", EN)
    assert "an unnamed crowd that is not anonymous" in actor_problems("Officials", "institutional", EN)
    assert actor_problems("Officials", "anonymous", EN) == []


@pytest.mark.parametrize(
    ("language", "bad", "good"),
    [
        ("fr", "Nous n’avons rien reçu, a dit le maire.", "Le maire a dit n’avoir rien reçu."),
        ("es", "Él dijo que la presa no cedió.", "El alcalde dijo que la presa no cedió."),
        ("de", "Er sagte, die Brücke sei sicher.", "Der Bürgermeister sagte, die Brücke sei sicher."),
    ],
)
def test_each_language_reads_with_its_own_words(language: str, bad: str, good: str) -> None:
    lex = lexicon.load(language)
    assert sentence_problems(bad, lex)
    assert sentence_problems(good, lex) == []


def test_german_sentences_may_end_on_a_separable_prefix() -> None:
    assert sentence_problems("Die Stadt kündigte eine Prüfung an.", lexicon.load("de")) == []


def test_defects_counts_failed_items_of_a_briefing() -> None:
    briefing = {
        "meta": {"language": "en"},
        "actors": [
            {
                "id": "A1",
                "name": "Kell Harbour Authority",
                "identification": "institutional",
                "mentions": ["Kell Harbour"],
            },
            {"id": "A2", "name": "Report", "identification": "institutional", "mentions": ["report"]},
        ],
        "claims": [
            {"id": "C1", "statement": "The crane failed twice in March."},
            {"id": "C2", "statement": "The crane failed twice in March."},
        ],
        "denials": [],
        "bluf": [{"text": "According to the union, kell Harbour hid the faults."}],
        "uncertainties": [{"id": "U1", "question": "Is it established that the crane failed?"}],
    }
    found = defects(briefing)
    assert found.items == 6
    assert {where for where, _, _ in found.failed} == {"A2.name", "C2.statement", "bluf.1", "U1.question"}
    assert found.per_100 == pytest.approx(100 * 4 / 6)
