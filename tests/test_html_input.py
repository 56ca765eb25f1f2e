"""Web pages in: the article's main text only, its metadata in meta.article, through the CLI and the library."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import summarize
from summarize import Document
from summarize.__main__ import main
from summarize.errors import ConfigurationError, EmptyInputError
from summarize.sources.html_page import decode_html, looks_like_html, strip_invisible
from tests.page_server import PAGES, Served, serve_pages, standard_routes

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
NEWS = PAGES / "news.html"
LEAKS = re.compile(r"[A-Z]+-LEAK-MARKER")  # every piece of page furniture in news.html carries one
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


class _Stdin:
    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


@pytest.fixture
def site() -> Iterator[Served]:
    with serve_pages(standard_routes()) as served:
        yield served


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarize: error: "), err
    return lines[0]


def assert_grounded(briefing: dict[str, Any], text: str) -> None:
    spans = [ev for item in [*briefing["claims"], *briefing["denials"]] for ev in item["evidence"]]
    assert spans
    for ev in spans:
        if ev["match"] == "exact":
            assert text[ev["start"] : ev["end"]] == ev["quote"]


# -- extraction --------------------------------------------------------------------------------


def test_a_saved_news_page_gives_only_the_article_text() -> None:
    document = Document.from_path(NEWS)
    assert LEAKS.search(document.text) is None, LEAKS.search(document.text)
    assert INVISIBLE.search(document.text) is None
    assert "Council leader Imogen Rask said" in document.text  # zero-width characters inside names are gone
    assert document.text.startswith("The Lowmoor harbour council on Thursday")  # the headline is the title
    assert document.text.count("The north quay ferry ramp") == 1  # a caption shown twice is kept once
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 8 and all(p.strip() == p and "\n\n" not in p for p in paragraphs)
    assert paragraphs[-1] == "The council is expected to return to the matter on 2 April."


def test_page_metadata_is_kept() -> None:
    document = Document.from_path(NEWS)
    assert document.title == "Harbour council delays ferry contract after cost dispute"
    assert document.author == "Petra Vansittart"
    assert document.published == "2026-03-14"
    assert document.url == "https://courier.example/news/harbour-ferry-contract"  # the canonical link
    assert document.source == str(NEWS)


def test_invisible_characters_are_stripped() -> None:
    trick = "Ro\u200bss\u202e said\u2066 \ufeffno\u200d\u2060\u200e\u200f\u202a\u202c\u2069"
    assert strip_invisible(trick) == "Ross said no"


@pytest.mark.parametrize(
    ("raw", "name", "expected"),
    [
        (b"<!DOCTYPE html><html>", None, True),
        (b"\xef\xbb\xbf  <html lang='en'>", None, True),
        (b"<!-- saved --> <!doctype HTML>", None, True),
        (b"<html>", "story.txt", True),
        (b"The council said <html> is a tag.", None, False),
        (b"plain words", "page.HTM", True),
        (b"plain words", "page.xhtml", True),
        (b"plain words", "notes.txt", False),
    ],
)
def test_pages_are_recognised_by_name_or_by_their_first_tag(raw: bytes, name: str | None, expected: bool) -> None:
    assert looks_like_html(raw, name) is expected


def test_charset_is_read_from_the_meta_tag() -> None:
    document = Document.from_path(PAGES / "cafe-windows-1252.html")
    assert "“We can stay open,” said Renée Faßbender" in document.text
    assert document.published is None  # "since 2009" in the text is not a publication date


def test_the_servers_charset_wins_and_bad_bytes_never_crash() -> None:
    page = "<html><head><meta charset='utf-8'></head><body><p>Caf\u00e9</p></body></html>".encode("latin-1")
    assert "Café" in decode_html(page, "iso-8859-1")
    assert "Caf\ufffd" in decode_html(page)  # the meta tag lied: replaced, not raised
    assert decode_html(b"<p>\xff\xfe\x00\x81</p>", "no-such-charset").startswith("<p>")


def test_a_page_without_an_article_is_refused() -> None:
    with pytest.raises(EmptyInputError, match="no article text found"):
        Document.from_path(PAGES / "no-article.html")


def test_html_input_without_the_extra_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    with pytest.raises(ConfigurationError, match=r"pip install 'summarize\[html\]'") as caught:
        Document.from_path(NEWS)
    assert caught.value.exit_code == 78


# -- library -----------------------------------------------------------------------------------


def test_library_briefs_a_page_from_a_string_with_meta_filled() -> None:
    document = Document.from_html(NEWS.read_text(encoding="utf-8"), "news", url="https://courier.example/x")
    briefing = summarize.summarize(document, backend="offline")
    article = briefing.meta.article
    assert (article.source, article.url, article.author) == ("news", "https://courier.example/x", "Petra Vansittart")
    assert article.title == "Harbour council delays ferry contract after cost dispute"
    assert article.chars == len(document.text) and briefing.claims
    dumped = briefing.model_dump(mode="json")
    assert LEAKS.search(json.dumps(dumped)) is None
    assert_grounded(dumped, document.text)


# -- command line ------------------------------------------------------------------------------


def test_cli_briefs_a_saved_page(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(capsys, str(NEWS), "--backend", "offline", "--format", "json")
    assert rc == 0, err
    briefing = json.loads(out)
    assert briefing["meta"]["article"]["title"] == "Harbour council delays ferry contract after cost dispute"
    assert briefing["meta"]["article"]["published"] == "2026-03-14"
    assert LEAKS.search(out) is None
    assert_grounded(briefing, Document.from_path(NEWS).text)


def test_cli_sniffs_a_page_on_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(NEWS.read_bytes()))
    rc, out, err = run_cli(capsys, "-", "--backend", "offline", "--format", "json")
    assert rc == 0, err
    briefing = json.loads(out)
    assert briefing["meta"]["article"]["source"] == "stdin"
    assert briefing["meta"]["article"]["author"] == "Petra Vansittart"
    assert LEAKS.search(out) is None


def test_cli_refuses_a_page_with_no_article(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(capsys, str(PAGES / "no-article.html"), "--backend", "offline")
    assert (rc, out) == (65, "")
    assert "no article text found" in one_line_error(err)


@LOOPBACK
def test_cli_briefs_a_served_page_with_allow_private(capsys: pytest.CaptureFixture[str], site: Served) -> None:
    url = site.url("/redirect")
    rc, out, err = run_cli(capsys, url, "--allow-private", "--backend", "offline", "--format", "json")
    assert rc == 0, err
    briefing = json.loads(out)
    article = briefing["meta"]["article"]
    assert article["source"] == url and article["url"] == site.url("/news")  # the URL after redirects
    assert article["title"] == "Harbour council delays ferry contract after cost dispute"
    assert LEAKS.search(out) is None
    assert_grounded(briefing, Document.from_path(NEWS).text)


@LOOPBACK
@pytest.mark.parametrize(
    ("path", "extra", "code", "message"),
    [
        ("/news", [], 65, "refused: 127.0.0.1 is a loopback address; pass --allow-private"),
        ("/missing", ["--allow-private"], 66, "cannot fetch: HTTP 404"),
        ("/gone", ["--allow-private"], 66, "cannot fetch: HTTP 410"),
        ("/busy", ["--allow-private"], 75, "cannot fetch: HTTP 503"),
        ("/slow", ["--allow-private", "--timeout", "0.3"], 75, "timed out"),
        ("/pdf", ["--allow-private"], 65, "application/pdf, not HTML or plain text"),
        ("/huge", ["--allow-private"], 65, "more than the 65,536 bytes accepted"),
        ("/to-metadata", ["--allow-private"], 65, "cloud metadata address"),
    ],
)
def test_cli_url_failures_are_one_line_with_the_right_code(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    site: Served,
    path: str,
    extra: list[str],
    code: int,
    message: str,
) -> None:
    monkeypatch.setattr("summarize.sources.fetch.MAX_PAGE_BYTES", 64 * 1024)
    rc, out, err = run_cli(capsys, site.url(path), *extra, "--backend", "offline")
    assert (rc, out) == (code, "")
    assert message in one_line_error(err)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/story.html", "javascript://x"])
def test_cli_refuses_other_schemes(capsys: pytest.CaptureFixture[str], url: str) -> None:
    rc, out, err = run_cli(capsys, url, "--backend", "offline")
    assert (rc, out) == (65, "")
    assert "only http and https URLs are fetched" in one_line_error(err)


def test_bundled_example_page_gives_a_briefing(capsys: pytest.CaptureFixture[str]) -> None:
    pages = sorted((Path(__file__).resolve().parent.parent / "examples" / "pages").glob("*.html"))
    assert pages
    for page in pages:
        rc, out, err = run_cli(capsys, str(page), "--backend", "offline", "--format", "json")
        assert rc == 0, err
        briefing = json.loads(out)
        assert briefing["claims"] and briefing["meta"]["article"]["title"]
        assert_grounded(briefing, Document.from_path(page).text)


def test_an_offline_briefing_of_a_page_takes_the_pages_own_headline() -> None:
    from summarize import Document, summarize
    from summarize.engine.offline_briefing import MAX_TITLE

    page = Document.from_path("examples/pages/reservoir-closure.html")
    briefing = summarize(page, backend="offline")
    assert page.title and briefing.title == page.title == briefing.meta.article.title
    long_title = Document(text=page.text, source="page", title="Headline " * 40)
    clipped = summarize(long_title, backend="offline").title
    assert len(clipped) <= MAX_TITLE and clipped.endswith("…") and clipped.startswith("Headline Headline")
