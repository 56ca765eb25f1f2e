"""The offline backend's vocabulary files: schema, checks, layering, caching, and the pipeline's use of them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel

from summarize.offline import extract, lexicon
from summarize.offline.cues import BAND_ORDER
from summarize.offline.lexicon import LexiconError
from summarize.offline.lexicon.model import Lexicon
from summarize.offline.lexicon.patterns import alt
from summarize.offline.pipeline import _Extractor
from summarize.sources.document import Document

OFFLINE = Path(lexicon.__file__).resolve().parent.parent


def _copy(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copy(lexicon.DIRECTORY / name, tmp_path / name)
    return tmp_path


def test_every_shipped_file_validates_and_every_language_loads() -> None:
    assert lexicon.languages() == ("de", "en", "es", "fr")
    for code in lexicon.languages():
        lex = lexicon.load(code)
        assert lex.language == code
        assert lex.detect.stopwords  # each language votes with its own words


def test_loading_is_cached_once_per_process() -> None:
    assert lexicon.load("es") is lexicon.load("es")
    lex = lexicon.load("en")
    calls = []

    def build(lx: Lexicon) -> int:
        calls.append(1)
        return len(lx.cues.speech_verbs)

    assert lex.compiled(build) == lex.compiled(build)
    assert len(calls) == 1


def test_a_language_layers_on_english_and_common() -> None:
    en, es, common = lexicon.load("en"), lexicon.load("es"), Lexicon.model_validate({})
    # lists: English's, then Spanish's (duplicates dropped)
    assert es.cues.speech_verbs[: len(en.cues.speech_verbs)] == en.cues.speech_verbs
    assert "dijo" in es.cues.speech_verbs and "dijo" not in en.cues.speech_verbs
    # a key Spanish leaves out is English's alone
    assert es.hedges.investigating == en.hedges.investigating
    # tables unite: English number words and Spanish ones
    assert es.quantities.number_words["two"] == 2 and es.quantities.number_words["dos"] == 2
    # common.toml's outlet names are every language's
    assert "Reuters" in en.organisations.media_outlets and "Reuters" in es.organisations.media_outlets
    # detection stopwords are never layered
    assert "the" not in es.detect.stopwords and "el" not in en.detect.stopwords
    assert common.cues.speech_verbs == ()


def test_spanish_lexicon_holds_exactly_the_spanish_forms_the_english_one_lacks() -> None:
    en, es = lexicon.load("en"), lexicon.load("es")
    assert "según" in es.cues.according and "según" not in en.cues.according
    assert "Fiscalía" in es.organisations.institution_words and not en.organisations.institution_words
    assert "Canal" not in en.organisations.media_first_words  # "Canal Street" is no outlet in English


def _error(tmp_path: Path, text: str, name: str = "xx.toml") -> str:
    _copy(tmp_path, "common.toml", "en.toml")
    (tmp_path / name).write_text(text, encoding="utf-8")
    code = name.removesuffix(".toml")
    with pytest.raises(LexiconError) as info:
        lexicon.load(code, tmp_path)
    return str(info.value)


def test_an_unknown_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    message = _error(tmp_path, '[detect]\nstopwords = ["zz"]\n[cues]\nspeach_verbs = ["dit"]\n')
    assert "xx.toml" in message and "cues.speach_verbs: unknown key" in message


def test_an_unknown_section_is_refused(tmp_path: Path) -> None:
    message = _error(tmp_path, '[detect]\nstopwords = ["zz"]\n[grammar]\nwords = ["a"]\n')
    assert "grammar: unknown key" in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[cues]\nspeech_verbs = ["dit", "dit"]', "cues.speech_verbs: 'dit' is listed twice"),
        ('[cues]\nspeech_verbs = ["Dit"]', "cues.speech_verbs: 'Dit' must be lower-case"),
        ('[cues]\nspeech_verbs = [""]', "an empty entry"),
        ('[cues]\nspeech_verbs = [" dit"]', "leading, trailing or doubled spaces"),
        ('[cues]\nspeech_verbs = "dit"', "cues.speech_verbs"),
        ("[quantities.number_words]\nDEUX = 2", "must be lower-case"),
        ('[quantities.number_words]\ndeux = "two"', "quantities.number_words.deux"),
        ('[organisations.lc_kinds]\nmairie = "town"', "organisations.lc_kinds.mairie"),
    ],
)
def test_bad_entries_are_refused_with_file_and_key(tmp_path: Path, body: str, expected: str) -> None:
    message = _error(tmp_path, '[detect]\nstopwords = ["zz"]\n' + body + "\n")
    assert "xx.toml" in message
    assert expected in message


def test_a_file_that_is_not_toml_is_refused(tmp_path: Path) -> None:
    assert "not valid TOML" in _error(tmp_path, "[detect\nstopwords = ")


def test_a_language_file_without_stopwords_is_refused(tmp_path: Path) -> None:
    assert "detect.stopwords: a language file needs stopwords" in _error(tmp_path, '[cues]\nspeech_verbs = ["dit"]\n')


def test_a_file_not_named_by_its_language_code_is_refused(tmp_path: Path) -> None:
    _copy(tmp_path, "common.toml", "en.toml")
    (tmp_path / "french.toml").write_text('[detect]\nstopwords = ["le"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="ISO 639-1"):
        lexicon.languages(tmp_path)


def test_a_directory_without_english_is_refused(tmp_path: Path) -> None:
    _copy(tmp_path, "common.toml", "es.toml")
    with pytest.raises(LexiconError, match=r"no en\.toml"):
        lexicon.languages(tmp_path)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(LexiconError, match="no lexicon for language 'xx'"):
        lexicon.load("xx")


def test_every_key_is_used_by_a_rule() -> None:
    """No dead vocabulary: each key of the schema is read somewhere in summarize/offline/."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in OFFLINE.glob("*.py"))
    read_by_name = set(BAND_ORDER)  # the ICD 203 bands are read by name, in scale order

    def unused(model: type[BaseModel], path: str) -> list[str]:
        out = []
        for name, field in model.model_fields.items():
            kind = field.annotation
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                out += unused(kind, f"{path}{name}.")
            elif name not in read_by_name and not re.search(rf"\.{name}\b", code):
                out.append(path + name)
        return out

    assert unused(Lexicon, "") == []


def test_phrases_compile_to_literal_alternations() -> None:
    pattern = re.compile(rf"\b{alt(['pointed out', 'slander*', '*makers', 'e-mail', 'n’t'])}\b")
    assert pattern.search("she pointed\n out that").group(0) == "pointed\n out"  # type: ignore[union-attr]
    assert pattern.search("a slanderous claim").group(0) == "slanderous"  # type: ignore[union-attr]
    assert pattern.search("lawmakers said").group(0) == "lawmakers"  # type: ignore[union-attr]
    assert pattern.search("by e-mail").group(0) == "e-mail"  # type: ignore[union-attr]
    assert pattern.search("pointedly out") is None
    assert re.fullmatch(alt([]), "") is None  # an empty list matches nothing, not everything
    assert re.fullmatch(alt(["according to"], initial=True), "According to")


def test_the_pipeline_reads_with_the_lexicon_of_the_detected_language() -> None:
    spanish = "«El agua sigue subiendo en el barrio norte», dijo el alcalde, Jorge Ibarra, a los vecinos."
    assert _Extractor(Document.from_text(spanish)).lex.language == "es"
    claim = extract(Document.from_text(spanish)).claims[0]
    assert claim.cue == "dijo"
    english = "The mayor, Jorge Ibarra, dijo little on Monday about the rising water in the northern district."
    assert _Extractor(Document.from_text(english)).lex.language == "en"
    assert all(c.cue != "dijo" for c in extract(Document.from_text(english)).claims)  # no Spanish cue in English


def test_keys_a_language_owns_do_not_layer_on_english(tmp_path: Path) -> None:
    shutil.copy(lexicon.DIRECTORY / "en.toml", tmp_path / "en.toml")
    (tmp_path / "xx.toml").write_text(
        'own = ["readability.final_words"]\n[detect]\nstopwords = ["und"]\n'
        '[readability]\nfinal_words = ["und"]\nhedge_words = ["vielleicht"]\n',
        encoding="utf-8",
    )
    xx = lexicon.load("xx", tmp_path)
    assert xx.readability.final_words == ("und",)  # English's "an" would be wrong here
    assert "may" in xx.readability.hedge_words and "vielleicht" in xx.readability.hedge_words  # still layered


def test_owning_a_key_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    shutil.copy(lexicon.DIRECTORY / "en.toml", tmp_path / "en.toml")
    (tmp_path / "xx.toml").write_text('own = ["readability.nope"]\n[detect]\nstopwords = ["und"]\n', encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"own: 'readability\.nope'"):
        lexicon.load("xx", tmp_path)


def test_a_broken_lexicon_is_an_error_not_an_empty_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backend's last line of defence turns a failure on odd text into a minimal draft; a lexicon that
    cannot be loaded is a broken install, and must not pass for an article with nothing in it."""

    def broken(language: str = "en", directory: Path | None = None) -> Lexicon:
        raise LexiconError("de.toml: not valid TOML")

    monkeypatch.setattr(lexicon, "load", broken)
    with pytest.raises(LexiconError, match="not valid TOML"):
        extract(Document.of("The mayor said on Monday that the bridge would reopen in May."))
