"""A briefing as the text of one output format: the contract JSON, Markdown, or the HTML report."""

from __future__ import annotations

from typing import Literal

from summarize.schemas import Briefing

Format = Literal["json", "markdown", "html"]


def render(briefing: Briefing, fmt: Format, article: str | None = None) -> str:
    """``briefing`` as ``fmt``; the HTML report also shows ``article`` (the text the briefing was made from)."""
    if fmt == "markdown":
        from summarize.render.markdown import render_markdown

        return render_markdown(briefing)
    if fmt == "html":
        from summarize.render.html_report import render_html

        if article is None:
            raise TypeError("the HTML report needs the article's text")
        return render_html(briefing, article)
    return f"{briefing.to_json()}\n"
