"""Language detection for the offline backend: a stopword vote over the lexicon files."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from summarize.offline import lexicon
from summarize.offline.language import detect, has_lexicon, scores

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SNIPPETS = {
    "en": (
        "The city council voted on Tuesday to close two libraries after a budget shortfall. Residents who had "
        "campaigned against the cuts said they would appeal the decision."
    ),
    "es": (
        "El ayuntamiento votó el martes el cierre de dos bibliotecas por falta de presupuesto. Los vecinos que se "
        "opusieron a los recortes dijeron que recurrirán la decisión."
    ),
    "fr": (
        "Le conseil municipal a voté mardi la fermeture de deux bibliothèques faute de budget. Les habitants qui "
        "s'étaient opposés aux coupes ont annoncé qu'ils feraient appel de la décision."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag beschlossen, zwei Bibliotheken wegen fehlender Mittel zu schließen. Die "
        "Anwohner, die gegen die Kürzungen protestiert hatten, wollen gegen die Entscheidung vorgehen."
    ),
}


@pytest.mark.parametrize("code", sorted(SNIPPETS))
def test_each_language_is_detected_on_a_short_snippet(code: str) -> None:
    assert detect(SNIPPETS[code]) == code


def test_every_shipped_language_is_detectable() -> None:
    assert set(SNIPPETS) == set(lexicon.languages())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        "Der Spiegel",  # one German stopword: too little to tell
        "de la Rosa",
        "Le Monde, El País, Der Spiegel",  # outlet names, no sentence
        "1,200 km / 3.5% / 2024",
        "Le président said que the talks were muy buenos y productive.",  # mixed: no clear winner
    ],
)
def test_short_or_mixed_text_falls_back_to_english(text: str) -> None:
    assert detect(text) == "en"


def test_an_english_article_quoting_french_stays_english() -> None:
    text = (
        "The minister told reporters the plan was « une mesure de bon sens pour tous les habitants » and said "
        "it would be presented to parliament next week. Opposition parties rejected the proposal, which they "
        "called rushed."
    )
    assert scores(text)["fr"] > 0  # the quotation does vote French ...
    assert detect(text) == "en"  # ... but the article is English


def test_the_project_examples_are_detected_as_written() -> None:
    root = Path(__file__).resolve().parent.parent
    assert detect((root / "examples" / "mine-collapse-es.txt").read_text(encoding="utf-8")) == "es"
    assert detect((root / "examples" / "ceasefire-talks.txt").read_text(encoding="utf-8")) == "en"


def test_detection_is_deterministic_and_fast() -> None:
    text = " ".join(SNIPPETS.values()) * 20
    assert len({detect(text) for _ in range(5)}) == 1
    detect(text)  # lexicon files read once, outside the timing
    started = time.perf_counter()
    for _ in range(100):
        detect(text)
    assert (time.perf_counter() - started) / 100 < 0.005  # well under a millisecond on a normal machine


def test_a_language_is_added_by_adding_a_file(tmp_path: Path) -> None:
    for name in ("common.toml", "en.toml"):
        shutil.copy(lexicon.DIRECTORY / name, tmp_path / name)
    (tmp_path / "it.toml").write_text(
        '[detect]\nstopwords = ["il", "lo", "la", "gli", "di", "che", "e", "per", "con", "non", "una", "sono"]\n'
        '[cues]\nspeech_verbs = ["ha detto", "ha dichiarato"]\n',
        encoding="utf-8",
    )
    assert lexicon.languages(tmp_path) == ("en", "it")
    italian = "Il sindaco ha detto che la biblioteca non chiuderà e che gli orari sono per ora gli stessi."
    assert detect(italian, tmp_path) == "it"
    assert detect(SNIPPETS["en"], tmp_path) == "en"
    merged = lexicon.load("it", tmp_path)
    assert merged.cues.speech_verbs[-2:] == ("ha detto", "ha dichiarato")  # Italian after English's
    assert "said" in merged.cues.speech_verbs


def test_the_french_starter_lexicon_attributes_quotes_and_selon() -> None:
    from summarize.offline import extract
    from summarize.sources.document import Document

    quoted = "« Nous ne fermerons aucune école cette année », a déclaré la ministre, Claire Dubois, lors d'une réunion."
    draft = extract(Document.from_text(quoted))
    claim = draft.claims[0]
    assert claim.cue == "a déclaré" and claim.quote_type == "direct"
    assert next(a.name for a in draft.actors if a.id == claim.source) == "Claire Dubois"
    selon = "Selon la préfecture, l'incendie a été maîtrisé dans la nuit et aucun blessé n'est à déplorer."
    draft = extract(Document.from_text(selon))
    assert draft.claims[0].cue == "Selon"
    # a lower-case body is named without the article its sentence gives it (as the gold names it)
    assert next(a.name for a in draft.actors if a.id == draft.claims[0].source) == "Préfecture"


@pytest.mark.parametrize(("name", "language"), [("ceasefire-talks", "en"), ("mine-collapse-es", "es")])
def test_the_detected_language_is_recorded_in_meta(name: str, language: str) -> None:
    from summarize import summarize

    briefing = summarize((EXAMPLES / f"{name}.txt").read_text(encoding="utf-8"), backend="offline")
    assert briefing.meta.language == language


UNSUPPORTED = {
    "it": (
        "Il consiglio comunale ha votato martedì la chiusura di due biblioteche per mancanza di fondi. Gli abitanti "
        "che si erano opposti ai tagli hanno annunciato ricorso contro la decisione."
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag besloten twee bibliotheken te sluiten wegens geldgebrek. Bewoners die tegen "
        "de bezuinigingen waren, gaan in beroep tegen het besluit."
    ),
    "zh": "市议会周二投票决定因预算不足关闭两座图书馆。反对削减开支的居民表示将对这一决定提出上诉。" * 2,
}


@pytest.mark.parametrize("code", sorted(SNIPPETS))
def test_a_language_with_a_file_has_a_lexicon(code: str) -> None:
    assert has_lexicon(SNIPPETS[code])
    assert has_lexicon("Fire.")  # too short to tell: no warning


@pytest.mark.parametrize("code", sorted(UNSUPPORTED))
def test_a_language_without_a_file_is_said_in_meta_and_on_stderr(
    code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarize import summarize
    from summarize.__main__ import main

    text = UNSUPPORTED[code]
    assert not has_lexicon(text)
    briefing = summarize(text, backend="offline")
    assert any("no offline lexicon" in w and "English rules" in w for w in briefing.meta.warnings)
    english = summarize(SNIPPETS["en"], backend="offline")
    assert not any("no offline lexicon" in w for w in english.meta.warnings)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    assert main([str(article), "--backend", "offline", "-o", str(tmp_path / "b.json")]) == 0
    assert "warning: the article's language has no offline lexicon" in capsys.readouterr().err


def test_the_cli_knows_the_no_lexicon_warning_by_its_opening() -> None:
    from summarize.engine.offline_briefing import NO_LEXICON as OPENING
    from summarize.offline.language import NO_LEXICON

    assert NO_LEXICON.startswith(OPENING)
