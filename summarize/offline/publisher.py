"""The publisher: the outlet the article is from, by its dateline, byline or masthead, or by how the
article addresses it ("told the X", "seen by the X") while never citing it as reporting."""

from __future__ import annotations

import re

from .actor_shapes import DATELINE, OUTLET
from .actor_table import ActorTable
from .name_kinds import keyword_kind
from .publisher_rules import rules
from .spans import Span

# "The Daily Lamp | Local News": a masthead line opening the page
_MASTHEAD = re.compile(rf"\A\s*{OUTLET}[ \t]+\|[ \t]+\S")


def find_by_dateline(table: ActorTable) -> None:
    """ "KORVEN (Daily Lamp) - ...", a byline ending with the outlet, or a masthead line: the publisher."""
    text, r, pr = table.text, table.r, rules(table.seg.lex)
    head = min(len(text), 1500)
    m = DATELINE.search(text, 0, head) or pr.byline.search(text, 0, head)
    masthead = _MASTHEAD.match(text, 0, head)
    if m is None and masthead is not None:
        name = masthead.group("pub").split()
        if keyword_kind(name, " ".join(name), r) == "media":
            m = masthead
    if m is None:
        short = pr.byline_short.search(text, 0, head)
        name = short.group("pub").split() if short is not None else []
        if name and name[-1] not in pr.byline_roles and keyword_kind(name, " ".join(name), r) == "media":
            m = short  # "By Jane Doe and John Roe, The Daily Lamp", not "By Jane Doe, Business Reporter"
    if m:
        span = Span(m.start("pub"), m.end("pub"))
        table.publisher = table.add(span.of(text), "publisher", "named", span)
        return
    # "L’Éclaireur du Vireux | Publié le 6 mars", "Por Ana Ruiz | El Mirador del Sur", "Redacción / Diario X"
    for line in pr.masthead_line.finditer(text, 0, head):
        group = "pub" if line.group("pub") else "pub2"
        span = Span(line.start(group), line.end(group))
        name = span.of(text)
        if name[:1].isupper() or name[2:3].isupper():
            table.publisher = table.add(name, "publisher", "named", span)
            return


def self_references(table: ActorTable) -> None:
    """ "sagte dieser Zeitung", "dijo a este periódico": the article's outlet, named by a demonstrative, is
    the publisher (an actor of its own, by that name, when the article names it nowhere else)."""
    text = table.text
    for m in rules(table.seg.lex).self_reference.finditer(text):
        span = Span(m.start(), m.end())
        if table.publisher is None:
            name = span.of(text)
            table.publisher = table.add(name[:1].upper() + name[1:], "publisher", "institutional", span)
        else:
            table.mention(table.publisher, span)


def find_by_use(table: ActorTable) -> None:
    """No dateline, byline or masthead: the outlet the article addresses as itself ("told the X",
    "seen by the X", "the X has contacted") and never cites as reporting is the publisher."""
    text, r, pr = table.text, table.r, rules(table.seg.lex)
    if table.publisher is None:
        scores: dict[str, int] = {}
        for key, rec in table.actors.items():
            if rec.kind != "media":
                continue
            own = sum(
                bool(
                    pr.publisher_before.search(text, max(0, s.start - 40), s.start)
                    or pr.publisher_after.match(text, s.end)
                )
                for s in rec.spans
            )
            cited = any(
                pr.reports_after.match(text, s.end) or pr.cited_before.search(text, max(0, s.start - 80), s.start)
                for s in rec.spans
            )
            if own and not cited:
                scores[key] = own
        if not scores:
            return
        best = max(scores, key=lambda k: (scores[k], -table.actors[k].first))
        table.actors[best].kind = "publisher"
        table.publisher = best
    rec = table.actors[table.publisher]
    # "the Courier" after "The Wexcombe Courier": the outlet's short name
    words = [w for w in rec.name.split() if w not in ("The", "the")]
    if len(words) < 2 or words[-1] not in r.media_words:
        return
    if any(
        other is not rec and other.kind in ("media", "publisher") and other.name.split()[-1] == words[-1]
        for other in table.actors.values()
    ):
        return  # two outlets share the word: the short name is ambiguous
    for m in re.finditer(rf"\b[Tt]he\s+{re.escape(words[-1])}\b(?![\w-]|\s+[A-Z])", text):
        span = Span(m.start(), m.end())
        if not any(occ.overlaps(span) for occ, _ in table.occurrences(Span(max(0, span.start - 60), span.end + 60))):
            table.mention(table.publisher, span)
