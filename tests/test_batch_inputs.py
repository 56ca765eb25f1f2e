"""What a batch reads: folders by extension, globs, JSONL lists; bad lines become recorded errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarize.batch.inputs import check_inputs, expand_inputs, parse_extensions
from summarize.errors import InputDecodeError, InputNotFoundError


def make_tree(root: Path) -> None:
    for relative in ["a.txt", "notes.md", "skip.json", "sub/b.txt", "sub/deeper/c.TXT", ".hidden/d.txt", ".e.txt"]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Article {relative}.", encoding="utf-8")


def ids(*inputs: str, ext: str | None = None) -> list[str]:
    return [item.id for item in expand_inputs(inputs, parse_extensions(ext))]


def test_a_folder_is_read_recursively_by_extension_with_ids_relative_to_it(tmp_path: Path) -> None:
    make_tree(tmp_path / "news")
    assert ids(str(tmp_path / "news")) == ["a.txt", "notes.md", "sub/b.txt", "sub/deeper/c.TXT"]
    assert ids(str(tmp_path / "news"), ext="json, .TXT") == ["a.txt", "skip.json", "sub/b.txt", "sub/deeper/c.TXT"]


def test_extensions_parse_with_or_without_dots() -> None:
    assert parse_extensions("txt,.md, html") == (".txt", ".md", ".html")
    assert parse_extensions(None) == parse_extensions("") == (".txt", ".md", ".html", ".htm")


def test_files_and_globs_keep_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert ids("a.txt") == ["a.txt"]
    assert ids("sub/**/*.txt") == ["sub/b.txt"]  # the glob's own case rules: c.TXT does not match
    assert ids("*.json") == ["skip.json"]  # a glob takes what it matches, whatever the extension
    assert ids("sub/*") == ["sub/b.txt", "sub/deeper/c.TXT"]  # a matched folder keeps the matched path


def test_jsonl_lines_give_text_path_and_url_items(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text("Hello.", encoding="utf-8")
    lines = [
        {"id": "t1", "text": "An article."},
        {"id": 7, "path": "docs/x.txt"},
        {"id": "u1", "url": "https://example.org/a"},
        {"text": "No id given."},
    ]
    listing = tmp_path / "list.jsonl"
    listing.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    items = list(expand_inputs([str(listing)]))
    assert [item.id for item in items] == ["t1", "7", "u1", f"{listing}:4"]
    assert items[0].text == "An article." and items[0].error is None
    assert items[1].path == tmp_path / "docs" / "x.txt"  # relative to the JSONL file, not the cwd
    assert items[2].url == "https://example.org/a"


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"id": "x", "text": "a", "path": "b"}', "exactly one of"),
        ('{"id": "x"}', "exactly one of"),
        ('{"id": "x", "text": 5}', "must be a string"),
        ('{"id": ["x"], "text": "a"}', "id must be"),
    ],
)
def test_a_bad_jsonl_line_becomes_an_error_item_and_the_rest_goes_on(tmp_path: Path, line: str, fragment: str) -> None:
    listing = tmp_path / "list.jsonl"
    listing.write_text(f'{line}\n{{"id": "good", "text": "Fine."}}\n', encoding="utf-8")
    bad, good = expand_inputs([str(listing)])
    assert isinstance(bad.error, InputDecodeError) and fragment in str(bad.error)
    assert bad.id == f"{listing}:1" and bad.error.exit_code == 65
    assert good.id == "good" and good.error is None


def test_missing_inputs_fail_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        check_inputs([str(tmp_path / "nope")])
    with pytest.raises(InputNotFoundError, match="matches no file"):
        check_inputs([str(tmp_path / "*.nothing")])
    with pytest.raises(InputNotFoundError, match="at least one input"):
        check_inputs([])
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    check_inputs([str(tmp_path / "a.txt"), str(tmp_path / "*.txt"), str(tmp_path)])
