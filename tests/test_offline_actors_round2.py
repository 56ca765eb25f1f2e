"""Actors as a reader would list them, second round (issues 11 and 16 section 4), on short invented
texts: people of a body named in the genitive, passers-by who neither speak nor are spoken of, and
common nouns that are no names."""

from __future__ import annotations

import re

from summarize.offline import lexicon
from summarize.offline.actors import build, np_actor
from summarize.offline.segment import segment
from summarize.offline.spans import Span
from tests.offline_drafts import actor_with as _actor
from tests.offline_drafts import draft_in as _draft


def test_a_german_spokesman_of_a_body_in_the_genitive_is_a_person_of_his_own() -> None:
    draft = _draft(
        "Ermittlungen gegen Bauträger\n\nDie Staatsanwaltschaft Nordhafen ermittelt gegen einen Bauträger "
        "aus der Stadt. Ein Sprecher der Staatsanwaltschaft bestätigte am Montag die Ermittlungen. Das "
        "Verfahren richte sich gegen mehrere Personen, sagte er. Der Bauträger wollte sich nicht äußern.",
        "de",
    )
    spokesman = _actor(draft, "Ein Sprecher der Staatsanwaltschaft")
    assert spokesman.kind == "person"
    assert "Ein Sprecher der Staatsanwaltschaft" not in _actor(draft, "Staatsanwaltschaft Nordhafen").mentions


def test_an_impersonal_pronoun_is_no_actor() -> None:
    for language, text, pronoun in (
        ("de", "Die Stadt prüft alles. Dazu gehört, dass man nichts ausschließt.", "man"),
        ("fr", "La mairie étudie tout. Cela veut dire qu’on n’exclut rien.", "on"),
    ):
        seg = segment(text, lexicon.load(language))
        table = build(seg)
        found = re.search(rf"\b{pronoun}\b", text)
        assert found is not None
        start = found.start()
        assert np_actor(table, Span(start, start + len(pronoun)), None) is None
        assert all(rec.name.lower() != pronoun for rec in table.actors.values())


def test_german_common_nouns_in_a_row_are_no_persons_name() -> None:
    draft = _draft(
        "Streit um Buslinie\n\nDie Verkehrsbetriebe Nordtal streichen die Linie 7. Die nächste Haltestelle liegt "
        "nach Angaben der Stadt rund 25 Minuten Fußweg entfernt. Die Gewerkschaft Verkehr kündigte für die "
        "nächste Woche Proteste an. „Keine Linie wird ohne Ersatz gestrichen“, sagte Sprecherin Anna Berg. "
        "Betriebsbedingte Versetzungen wolle das Unternehmen vermeiden, sagte sie.",
        "de",
    )
    persons = [a.name for a in draft.actors if a.kind == "person"]
    assert persons == ["Anna Berg"], persons


def test_a_one_word_body_named_only_as_where_something_happens_is_not_listed() -> None:
    draft = _draft(
        "Wasserschaden in der Schule\n\nIn der Grundschule Talweg ist am Montag ein Rohr geplatzt. Zwei Kinder "
        "kamen zur Kontrolle ins Krankenhaus, teilte die Schulleiterin Petra Hahn mit. Die Pläne für eine "
        "Sanierung lägen seit Jahren im Rathaus, sagte sie.",
        "de",
    )
    names = [a.name for a in draft.actors]
    assert "Krankenhaus" not in names and "Rathaus" not in names, names


def test_a_german_spokesperson_as_compound_and_with_the_genitive_is_one_person() -> None:
    draft = _draft(
        "Werk schließt\n\nDer Konzern Halder Metall schließt sein Werk in Eschental. Ein Sprecher des Konzerns "
        "bestätigte am Montag die Pläne. Die Kosten seien zu hoch, sagte der Sprecher. Der Betriebsrat "
        "kritisierte die Entscheidung scharf. Ein Konzernsprecher sagte dazu, man habe den Betriebsrat "
        "rechtzeitig informiert.",
        "de",
    )
    spokespeople = [a for a in draft.actors if a.kind == "person"]
    assert len(spokespeople) == 1, [(a.name, a.mentions) for a in spokespeople]
    assert {"Ein Sprecher des Konzerns", "Ein Konzernsprecher"} <= set(spokespeople[0].mentions)


def test_an_unnamed_spokesperson_opening_a_sentence_speaks_whatever_the_verb() -> None:
    draft = _draft(
        "Schwimmbad bleibt zu\n\nDas Hallenbad in Eschental bleibt den ganzen Winter geschlossen. Die Stadtwerke "
        "hatten die Schließung im Herbst beschlossen. Eine Sprecherin der Stadtwerke verwies lediglich auf die "
        "hohen Energiekosten.",
        "de",
    )
    assert _actor(draft, "Eine Sprecherin der Stadtwerke").kind == "person"


def test_a_body_owned_by_a_common_noun_keeps_the_owners_article_in_its_mention() -> None:
    text = (
        "A court ordered the landlord of the Elm Court flats to repair the lifts. The city’s building control "
        "office, which inspected the flats in May, declined to comment."
    )
    table = build(segment(text, lexicon.load("en")))
    mentions = {span.of(text) for rec in table.actors.values() for span in rec.spans}
    assert "The city’s building control office" in mentions, mentions
