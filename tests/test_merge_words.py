"""engine/merge.py compares chunks' actors and claims by words that are data (``merge_words.toml``), not
code: the titles, pronouns and stopwords come from the file shipped beside the module."""

from __future__ import annotations

import tomllib
from importlib import resources

from summarize.engine import merge


def _data() -> dict[str, list[str]]:
    text = resources.files("summarize.engine").joinpath("merge_words.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_the_merge_vocabulary_is_the_data_file() -> None:
    data = _data()
    assert frozenset(data["titles"]) == merge._TITLES
    assert frozenset(data["pronouns"]) == merge._PRONOUNS
    assert frozenset(data["stopwords"]) == merge._STOPWORDS


def test_a_title_from_the_data_file_is_left_out_of_a_name() -> None:
    title = sorted(_data()["titles"])[0]
    assert merge._name_words(f"{title.title()} Ines Marwood") == ("ines", "marwood")
    assert not merge._name_like("They")
