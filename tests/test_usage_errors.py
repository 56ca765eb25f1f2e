"""Usage errors in the command's own words (``summarize.cli.usage``): one line, exit 2, no Pydantic
wording, and a suggestion for an unknown option only when one is close."""

from __future__ import annotations

import pytest

from summarize.__main__ import main

ARTICLE = "examples/chipmaker-recall.txt"
PYDANTIC_WORDING = ("Value error", "Input should", "validation error", "errors.pydantic.dev", "type=")


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("summarize: usage error: "), err
    assert not any(words in err for words in PYDANTIC_WORDING), err
    return err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--format", "pdf", ARTICLE], "--format: 'pdf' is not one of json, markdown, html (see summarize --help)"),
        (["-f", "pdf", ARTICLE], "--format: 'pdf' is not one of json, markdown, html"),
        (["--backend", "gpt", ARTICLE], "--backend: 'gpt' is not one of auto, llm, offline"),
        (["--mode", "xml", ARTICLE], "--mode: 'xml' is not one of auto, tools, json_schema, json, md_json"),
        (["diff", "a.json", "b.json", "-f", "pdf"], "--format: 'pdf' is not one of markdown, json (see summarize diff"),
        (["--jobs", "0", ARTICLE], "--jobs: 0 is too small (the least is 1)"),
        (["--max-reasks", "11", ARTICLE], "--max-reasks: 11 is too large (the most is 10)"),
        (["--timeout", "0", ARTICLE], "--timeout: 0 is too small (the least is 0.1)"),
        (["--jobs", "many", ARTICLE], "--jobs: 'many' is not a whole number"),
        (["--jobs", "1.5", ARTICLE], "--jobs: 1.5 is not a whole number"),
        (["--timeout", "soon", ARTICLE], "--timeout: 'soon' is not a number"),
    ],
)  # fmt: skip
def test_a_bad_value_is_named_with_what_is_allowed(
    capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    assert says in usage_error(capsys, *args)


@pytest.mark.parametrize(
    ("args", "typed", "meant"),
    [
        ([ARTICLE, "--jbs", "2"], "--jbs", "--jobs"),
        ([ARTICLE, "--fromat", "json"], "--fromat", "--format"),
        ([ARTICLE, "--max-reask", "1"], "--max-reask", "--max-reasks"),
        ([ARTICLE, "--no-cach"], "--no-cach", "--no-cache"),
        (["batch", ARTICLE, "--jbs", "2"], "--jbs", "--jobs"),
    ],
)
def test_a_close_misspelling_gets_the_option_it_meant(
    capsys: pytest.CaptureFixture[str], args: list[str], typed: str, meant: str
) -> None:
    assert f"No such option: {typed} (did you mean {meant}?)" in usage_error(capsys, *args)


@pytest.mark.parametrize("args", [[ARTICLE, "--bogus"], [ARTICLE, "-z"], ["batch", "--bogus"], [ARTICLE, "--zzz", "1"]])
def test_nothing_is_suggested_when_nothing_is_close(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    err = usage_error(capsys, *args)
    assert "No such option:" in err and "did you mean" not in err and "Possible options" not in err


@pytest.mark.parametrize(
    ("args", "named"),
    [(["batch-status"], "'ID'"), (["batch-collect"], "'ID'"), (["batch-cancel"], "'ID'"), (["diff"], "'old'")],
)
def test_a_missing_argument_is_named(capsys: pytest.CaptureFixture[str], args: list[str], named: str) -> None:
    """A missing argument is a BadParameter to click, with no value to reword: it keeps click's words."""
    assert f"Missing argument {named}." in usage_error(capsys, *args)
