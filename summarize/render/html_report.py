"""Render a briefing as one self-contained HTML page: the article with its evidence highlighted, and
the briefing beside it.

The page makes no external request: its CSS and JS (package data in ``report_assets/``) are inlined,
and a Content-Security-Policy allows only those two blocks, by hash. Article and model text is only
ever passed through ``html.escape``; no template engine sees it. Highlights are built by walking the
article text between evidence offsets, so overlapping spans become flat, non-overlapping pieces that
each list every item citing them.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from summarize.errors import InputError
from summarize.render.markdown import DENIAL_LABELS
from summarize.render.report_warnings import report_warnings
from summarize.schemas import Actor, Briefing, Claim, Denial, Evidence

# Control characters, zero-width marks and bidi overrides are dropped from what is shown (never from
# the offsets: the text is sliced first, then cleaned).
_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ORDER = {"injection": 0, "denial": 1, "claim": 2}


def _shown(text: str) -> str:
    """Article text as it is displayed: escaped, hidden characters dropped, newlines kept."""
    return html.escape(_HIDDEN.sub("", text), quote=True)


def _line(text: str | None) -> str:
    """Model or article text on one line, escaped."""
    return html.escape(" ".join(_HIDDEN.sub("", text or "").split()), quote=True)


@cache
def _asset(name: str) -> str:
    return resources.files("summarize.render").joinpath("report_assets", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


@dataclass(frozen=True)
class Highlight:
    """One evidence span and the item that cites it."""

    start: int
    end: int
    item: str  # C1, D2, E1 (embedded instruction)
    kind: str  # claim, denial, injection
    css: str  # classes for the mark when this span is the innermost one
    label: str  # one line for the hover text


def highlights(briefing: Briefing) -> list[Highlight]:
    names = {a.id: a.name for a in briefing.actors}
    found: list[Highlight] = []
    for c in briefing.claims:
        who = names.get(c.source or "", "the publisher")
        css = f"claim c-{c.certainty}" + (" neg" if c.polarity == "negative" else "")
        label = f"{c.id} claim by {who} ({c.certainty}{', negative' if c.polarity == 'negative' else ''})"
        found += [Highlight(ev.start, ev.end, c.id, "claim", css, label) for ev in c.evidence]
    for d in briefing.denials:
        label = f"{d.id} {DENIAL_LABELS[d.kind]} by {names.get(d.by, d.by)}"
        found += [Highlight(ev.start, ev.end, d.id, "denial", "denial", label) for ev in d.evidence]
    for n, ev in enumerate(briefing.embedded_instructions, 1):
        found.append(Highlight(ev.start, ev.end, f"E{n}", "injection", "injection", f"E{n} text addressed to an AI"))
    return found


def _open_questions(briefing: Briefing) -> dict[str, list[str]]:
    """Claim/denial id -> the ids of the uncertainties about it."""
    about: dict[str, list[str]] = defaultdict(list)
    for u in briefing.uncertainties:
        for ref in u.related:
            about[ref].append(u.id)
    return about


def article_html(text: str, spans: list[Highlight], questions: dict[str, list[str]]) -> str:
    """The article with every span marked. Overlaps are split at every span boundary, so each piece
    is one ``<mark>`` listing all items that cover it, coloured by the innermost (shortest) span."""
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starting: dict[int, list[Highlight]] = defaultdict(list)
    for s in spans:
        if s.start < s.end:
            starting[s.start].append(s)
    active: list[Highlight] = []  # the spans covering the current piece: a sweep, not a scan of all spans
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        piece = text[a:b]
        active = [s for s in active if s.end > a] + starting.get(a, [])
        covering = sorted(active, key=lambda s: (s.end - s.start, _ORDER[s.kind]))
        if not covering or not piece:
            out.append(_shown(piece))
            continue
        cited = list(dict.fromkeys(s.item for s in covering))
        opened = list(dict.fromkeys(u for item in cited for u in questions.get(item, [])))
        classes = ["hl", covering[0].css]
        if opened:
            classes.append("open")
        if len(cited) > 1:
            classes.append("overlap")
        labels = list(dict.fromkeys(s.label for s in covering)) + [f"{u} open question" for u in opened]
        out.append(
            f'<mark class="{" ".join(classes)}" data-items="{html.escape(" ".join(cited + opened))}" '
            f'title="{_line(" · ".join(labels))}">{_shown(piece)}</mark>'
        )
    return "".join(out)


def _item(css: str, target: str, head: str, body: str, facts: str = "", quote: str = "") -> str:
    attrs = f' data-target="{html.escape(target)}" tabindex="0" role="button"' if target else ""
    parts = [f'<li class="item {css}"{attrs}>{head}{body}']
    if facts:
        parts.append(f'<span class="facts">{facts}</span>')
    if quote:
        parts.append(f'<span class="quote">{quote}</span>')
    return "".join(parts) + "</li>"


def _id(value: str) -> str:
    return f'<span class="id">{html.escape(value)}</span>'


def _quotes(evidence: list[Evidence]) -> str:
    return " … ".join(f"“{_line(ev.quote)}”" for ev in evidence[:2])


def _claim(c: Claim, actors: dict[str, Actor]) -> str:
    who = _line(actors[c.source].name) if c.source in actors else "the publisher"
    facts = [who, c.certainty]
    if c.polarity == "negative":
        facts.append("negative")
    if c.cue:
        facts.append(f"cue “{_line(c.cue)}”")
    if c.via:
        facts.append("via " + ", ".join(_line(actors[v].name) if v in actors else html.escape(v) for v in c.via))
    if c.hedges:
        facts.append("hedges " + ", ".join(f"“{_line(h.text)}”" for h in c.hedges))
    if c.estimate:
        facts.append(f"estimate “{_line(c.estimate.text)}” ({c.estimate.band.replace('_', ' ')})")
    if c.quantities:
        facts.append("figures " + ", ".join(f"“{_line(q.text)}” {_line(q.counts)}" for q in c.quantities))
    if c.when:
        facts.append(f"when {_line(c.when)}")
    for relation in ("contradicts", "corroborates"):
        refs = getattr(c, relation)
        if refs:
            facts.append(f"{relation} {html.escape(', '.join(refs))}")
    return _item(f"claim c-{c.certainty}", c.id, _id(c.id), _line(c.statement), " · ".join(facts), _quotes(c.evidence))


def _denial(d: Denial, actors: dict[str, Actor]) -> str:
    who = _line(actors[d.by].name) if d.by in actors else html.escape(d.by)
    facts = f"{who} · {DENIAL_LABELS[d.kind]} · allegation: {_line(d.target_statement)}"
    if d.target:
        facts += f" ({html.escape(d.target)})"
    return _item("denial", d.id, _id(d.id), _line(d.statement), facts, _quotes(d.evidence))


def panel_html(briefing: Briefing) -> str:
    actors = {a.id: a for a in briefing.actors}
    out: list[str] = []

    def section(title: str, entries: list[str]) -> None:
        if entries:
            out.append(f'<h2>{title}</h2><ul class="items">{"".join(entries)}</ul>')

    section(
        "Bottom line",
        [
            _item("bluf", " ".join(s.supports), "", _line(s.text), "rests on " + html.escape(", ".join(s.supports)))
            for s in briefing.bluf
        ],
    )
    claims_by: dict[str | None, list[str]] = defaultdict(list)
    for c in briefing.claims:
        claims_by[c.source].append(c.id)
    actor_items = []
    for a in briefing.actors:
        facts = [a.kind.replace("_", " "), a.identification]
        if a.role:
            facts.append(_line(a.role))
        if a.affiliation in actors:
            facts.append("part of " + _line(actors[a.affiliation].name))
        cited = claims_by.get(a.id, []) + [d.id for d in briefing.denials if d.by == a.id]
        if cited:
            facts.append("source of " + html.escape(", ".join(cited)))
        actor_items.append(_item("actor", " ".join(cited), _id(a.id), _line(a.name), " · ".join(facts)))
    section("Actors", actor_items)
    section("Claims", [_claim(c, actors) for c in briefing.claims])
    section("Denials and non-answers", [_denial(d, actors) for d in briefing.denials])
    section(
        "Open questions",
        [
            _item(
                "uncertainty",
                u.id,
                _id(u.id),
                _line(u.question),
                " · ".join(r.replace("_", " ") for r in u.reasons)
                + f" · about {html.escape(', '.join(u.related))}"
                + (f" · would resolve: {_line(u.would_resolve)}" if u.would_resolve else ""),
            )
            for u in briefing.uncertainties
        ],
    )
    section(
        "Text addressed to an AI (reported, not obeyed)",
        [
            _item("injection", f"E{n}", _id(f"E{n}"), f"“{_line(ev.quote)}”")
            for n, ev in enumerate(briefing.embedded_instructions, 1)
        ],
    )
    return "".join(out)


_LEGEND = (
    '<ul class="legend" aria-label="Legend">'
    '<li><mark class="hl c-certain">claim: certain</mark></li>'
    '<li><mark class="hl c-probable">probable</mark></li>'
    '<li><mark class="hl c-possible">possible</mark></li>'
    '<li><mark class="hl c-unknown">unknown</mark></li>'
    '<li><mark class="hl denial">denial or non-answer</mark></li>'
    '<li><mark class="hl c-certain open">open question</mark></li>'
    '<li><mark class="hl injection">addressed to an AI</mark></li>'
    "</ul>"
)


def warnings_banner(notes: list[str]) -> str:
    """The warnings in a banner at the top of the report (nothing when there are none), escaped."""
    if not notes:
        return ""
    items = "".join(f"<li>{_line(note)}</li>" for note in notes)
    return (
        '<section class="warnings" id="warnings" aria-labelledby="warnings-title">'
        f'<h2 id="warnings-title">Read with care</h2><ul>{items}</ul></section>'
    )


def _check_article(briefing: Briefing, text: str) -> None:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != briefing.meta.article.sha256:
        raise InputError("the article text is not the one this briefing was made from (sha256 differs)")


def render_html(briefing: Briefing, article: str) -> str:
    """The report for ``briefing`` of ``article`` (the text exactly as briefed: offsets index it)."""
    _check_article(briefing, article)
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    m = briefing.meta
    engine = "offline backend" if m.backend == "offline" else f"{m.model or 'model'} ({m.mode or 'auto'})"
    g = m.grounding
    page = m.article  # a web page's own details, as text: the report links to nothing
    byline = " · ".join(_line(v) for v in (page.title, page.author, page.published, page.url) if v)
    meta_line = (
        (f"{byline}<br>" if byline else "")
        + f"{_line(page.source)} · {page.chars:,} characters · {engine} · {_line(m.created_at)} · "
        f"evidence {g.evidence}: {g.exact} exact, {g.normalized} normalized, {g.fuzzy} fuzzy"
    )
    warnings = warnings_banner(report_warnings(briefing, article))
    body = article_html(article, highlights(briefing), _open_questions(briefing))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_line(briefing.title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f'<header class="report"><h1>{_line(briefing.title)}</h1><p class="meta">{meta_line}</p>{warnings}</header>\n'
        '<div class="layout">\n'
        f'<main class="article-pane">{_LEGEND}<div class="article" id="article">{body}</div></main>\n'
        f'<aside class="panel" aria-label="Briefing">{panel_html(briefing)}</aside>\n'
        "</div>\n"
        f'<footer class="report"><p>Made by summarize: it records who said what and where the '
        "article says it; it does not judge what is true.</p></footer>\n"
        '<div id="tip" role="tooltip" hidden></div>\n'
        f"<script>{js}</script>\n</body>\n</html>\n"
    )
