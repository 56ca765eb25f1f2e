"""Markdown output: article and model text is shown, never interpreted, by a Markdown renderer (markdown-it,
CommonMark plus GFM tables and strikethrough), by Rich console markup, or by a chat client's auto-linker."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rich.text import Text

from summarize import summarize
from summarize.render.markdown import inline, render_markdown
from tests.conftest import article

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
HOSTILE = [
    "[bold red]shout[/] [link=https://evil.example]click[/link]",
    "![pixel](http://tracker.example/p.png) and [a link](javascript:alert(1))",
    "<http://evil.example/autolink> <b>bold</b> <script>alert(1)</script> <!-- c -->",
    "see www.evil.example or https://evil.example/x?q=1, write to boss@evil.example, @everyone",
    "**strong** _em_ `code` ~~strike~~ | a | b | &amp; &#60; $x^2$ $$y$$",
    "1. not a list",
    "- not a bullet",
    "# not a heading",
    "> not a quote",
    "\x1b]8;;http://evil.example\x07terminal link\x1b]8;;\x07 \x1b[31mred\x1b[0m \u202eevil\u2066 zero\u200bwidth",
]
# What GFM's extended autolink (and chat clients like it) turn into links.
AUTOLINKABLE = re.compile(r"(?<![\\\w])(?:https?|ftp)://|(?<![\\\w])www\.|(?<!\\)@")


def visible(markdown: str) -> str:
    """The text a reader sees once the Markdown is rendered to HTML."""
    return html.unescape(re.sub(r"<[^>]+>", "", RENDERER.render(markdown))).strip()


def shown(text: str) -> str:
    """What the reader should see: the text on one line, without control or invisible characters."""
    return " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]", "", text).split())


@pytest.mark.parametrize("text", HOSTILE)
def test_nothing_is_interpreted_by_a_markdown_renderer(text: str) -> None:
    for markdown in (inline(text), f"- **C1** {inline(text)}"):
        rendered = RENDERER.render(markdown)
        tags = set(re.findall(r"<(\w+)", rendered))
        assert tags <= {"p", "ul", "li", "strong"}, rendered
        assert rendered.count("<strong>") == markdown.startswith("- **C1**")
    assert visible(inline(text)) == shown(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_nothing_is_interpreted_as_rich_markup_or_a_link(text: str) -> None:
    rich = Text.from_markup(inline(text))
    assert rich.spans == [] and rich.plain.count("[") == text.count("[")  # no style, no link, no tag eaten
    assert not AUTOLINKABLE.search(inline(text)), inline(text)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", inline(text))


def test_ordinary_news_text_stays_readable() -> None:
    assert inline("AT&T paid $40 million, up 5.5%.") == "AT&T paid $40 million, up 5.5%."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" aw1.:/@&#;$[]()<>!*_`~|\\-+=\n\t", max_size=40))
def test_rendered_escapes_read_back_as_the_text(text: str) -> None:
    assert visible(inline(text)) == shown(text)
    assert visible(f"- **C1** {inline(text)}") == f"C1 {shown(text)}".strip()


def test_a_hostile_article_renders_as_plain_text() -> None:
    text = article("minister-nondenial") + (
        "\n\nA web editor said readers had posted “[link=https://evil.example]win[/link] "
        "![x](http://tracker.example/p.png) <img src=x onerror=alert(1)> www.evil.example” in the comments.\n"
    )
    markdown = render_markdown(summarize(text, backend="offline"))
    assert "evil.example" in markdown  # the hostile sentence is in the briefing, so the check below means something
    body = RENDERER.render(markdown)
    assert not re.search(r"<(a|img|script|code|del|s|table)\b", body)
    assert not AUTOLINKABLE.search(markdown)
    assert Text.from_markup(markdown).spans == []
