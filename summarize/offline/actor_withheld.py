"""Unnamed people whose name the article withholds: "Un inspector municipal, que pidió no ser identificado,
describe otra realidad", "Eine Schauspielerin, die nicht namentlich genannt werden wollte, sagte ...",
"A nurse, who asked not to be named, said ...". The indefinite noun phrase opening the sentence is an
anonymous person, mentioned by itself and with its relative clause (which tells why it has no name)."""

from __future__ import annotations

import re

from .actor_table import ActorTable
from .lexicon import Lexicon
from .lexicon.patterns import alt
from .segment import Sentence
from .spans import Span


def _build(lex: Lexicon) -> re.Pattern[str]:
    s = lex.sources
    if not s.indefinites or not s.relative_cut or not s.anonymous_words:
        return re.compile(r"(?!)")
    return re.compile(
        rf"\s*(?P<np>{alt(s.indefinites, initial=True)}\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,4}}),\s+"
        rf"(?P<rel>{alt(s.relative_cut)}\s+[^,.;:\u201c\u201d\"\u00ab\u00bb]{{0,80}}?"
        rf"\b{alt(s.anonymous_words)}\b[^,.;:\u201c\u201d\"\u00ab\u00bb]{{0,40}}),"
    )


def withheld_names(table: ActorTable, sent: Sentence) -> None:
    """The anonymous person a sentence opens with, when a relative clause withholds the name."""
    text = table.text
    m = table.seg.lex.compiled(_build).match(text, sent.start, sent.end)
    if m is None:
        return
    np = Span(m.start("np"), m.end("np"))
    if table.occurrences(np):
        return  # "A spokesman for Harlow Bank, who ...": a body named inside is handled as its spokesperson
    raw = np.of(text)
    bare = raw.split(None, 1)[1]  # named without its indefinite article, as other unnamed sources are
    key = table.add(bare[:1].upper() + bare[1:], "person", "anonymous", np, role=raw)
    table.mention(key, Span(np.start, m.end("rel")))
