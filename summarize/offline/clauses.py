"""Clause splitting: one seed's content cut into the propositions it carries ("X said A and B",
"A, after B", the sentences of a long quotation), and the relative clauses a sentence embeds."""

from __future__ import annotations

import re

from .attributions import Seed
from .claims import Rules, rules
from .cues import cues
from .lexicon import Lexicon
from .segment import is_abbreviation
from .segment import rules as segment_rules
from .spans import Span, trim, trim_quotes, words

# One seed's content can carry several propositions ("X said A and B", "A, after B"); each is a
# claim of its own. Splits happen only between two parts that both read as clauses.
_OPEN_Q = "\u201c\u00ab"
_CLOSE_Q = "\u201d\u00bb"


_MAX_CUTS = 12
_MAX_SPLIT_CHARS = 2000


def _quote_depth(text: str, start: int, pos: int) -> int:
    seg = text[start:pos]
    depth = sum(seg.count(c) for c in _OPEN_Q) - sum(seg.count(c) for c in _CLOSE_Q)
    return depth + (seg.count('"') % 2)


def _clausal(text: str, r: Rules) -> bool:
    return len(words(text)) >= 3 and bool(r.verb.search(text))


def _time_words(clause: str, lex: Lexicon) -> list[str]:
    """The words of a time clause up to a condition that follows it ("the end of the month" of "before the
    end of the month unless a convoy got through")."""
    out = words(clause)
    ends = lex.prose.time_clause_ends
    for i, w in enumerate(out):
        if w.lower() in ends:
            return out[:i]
    return out


def clause_spans(text: str, span: Span, r: Rules, lex: Lexicon, inside_quotes: bool = False) -> list[Span]:
    """``span`` cut into clause-like parts (itself alone when it holds one proposition)."""
    cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
    limit = min(span.end, span.start + _MAX_SPLIT_CHARS)  # a run-on "sentence" is not split further
    for pattern in (r.coord, r.subord, r.absolute, r.relative):
        for m in pattern.finditer(text, span.start, limit):
            if len(cuts) >= _MAX_CUTS:
                break
            if pattern is r.relative and _closed_relative(text, m.end(), span.end) is not None:
                continue
            if not inside_quotes and _quote_depth(text, span.start, m.start()) > 0:
                continue
            if any(a <= m.start() < b or a < m.end() <= b for a, b in cuts):
                continue
            right = m.end()
            if pattern is r.subord:  # the subordinator stays with its clause: "before closing lower"
                right = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", \t\n"))
            cuts.append((m.start(), right))
    if not cuts:
        return [span]
    cuts.sort()
    parts: list[Span] = []
    pos = span.start
    for left_end, right_start in cuts:
        left = Span(pos, left_end)
        right_text = text[right_start : min(span.end, right_start + 200)]
        complement = bool(r.complement_end.search(text[left_end:right_start]))
        # the verb of an embedded relative clause does not make its antecedent a clause
        left_text = r.embedded_rel.sub("", left.of(text))
        left_ok = _clausal(left_text, r) or (complement and len(words(left_text)) >= 3)
        if len(words(right_text)) < 3 or not left_ok:
            continue
        sub = r.subord.match(text, left_end)
        if sub is not None and sub.end() > right_start:
            head = sub.group(0).split()[-1]
            nxt = min([c for c, _ in cuts if c > right_start] + [span.end])
            if not (r.subord_ok.match(head) or r.subord_ok.match(text, sub.end())) and not _clausal(
                text[sub.end() : nxt], r
            ):
                continue
            if (
                head.lower() in r.time_subordinators
                and not r.gerund.match(text[sub.end() : nxt])
                and len(_time_words(text[sub.end() : nxt], lex)) <= 5
            ):
                # "... before the line was shut": a short time clause dates the claim, it is not one of its own
                # ("... before closing 6.4 percent lower" still is: a second event of the same subject)
                continue
        if r.source_note.search(text, pos, left_end):
            parts.append(left)
            pos = span.end
            break
        parts.append(left)
        pos = right_start
    if pos < span.end:
        parts.append(Span(pos, span.end))
    # a relative clause closed by a comma ends there: "X, which runs Y, said" -> "which runs Y"
    out: list[Span] = []
    for part in parts:
        part = trim(text, part, " \t\n,;:\u2014\u2013-")
        if len(words(part.of(text))) < 2:
            continue
        out.append(part)
    return out or [span]


def _closed_relative(text: str, start: int, end: int) -> Span | None:
    """The relative clause from ``start`` when a comma closes it before ``end`` and more follows."""
    m = re.compile(r",\s+").search(text, start, min(end, start + 400))
    if m is None or len(words(text[m.end() : min(end, m.end() + 100)])) < 2:
        return None
    return Span(start, m.start())


def relative_clauses(text: str, span: Span, lex: Lexicon) -> list[tuple[Span, str]]:
    """Embedded relative clauses "X, which runs Y, ..." as (clause, antecedent text)."""
    r = rules(lex)
    out: list[tuple[Span, str]] = []
    for m in r.relative.finditer(text, span.start, min(span.end, span.start + _MAX_SPLIT_CHARS)):
        if len(out) >= _MAX_CUTS:
            break
        if _quote_depth(text, span.start, m.start()) > 0:
            continue
        rel = _closed_relative(text, m.end(), span.end)
        if rel is None or r.complement_np.match(text, m.end(), span.end):
            continue
        if cues(lex).citing.match(text, m.start(), span.end):
            continue  # "X, qui cite deux cadres, ...": who X cites (the source), not a claim of its own
        head = text[max(span.start, m.start() - 80) : m.start()]
        antecedent = _antecedent(head, r) or ""
        antecedent = r.antecedent_cue.sub("", antecedent)
        if not antecedent or len(antecedent.split()) > 8 or (antecedent[:1].islower() and " " not in antecedent):
            continue
        if len(words(rel.of(text))) < 3 or cues(lex).speech.search(text, rel.start, rel.end):
            continue
        if r.source_note.search(text, rel.start, rel.end):
            continue
        out.append((rel, antecedent))
    return out


# a quotation's sentence shorter than this stays with its neighbour: "Ce n'est plus acceptable." says
# nothing of its own beside the sentence it follows
_QUOTE_SENTENCE_WORDS = 6
_QUOTE_SENTENCE_END = re.compile(r"[.!?\u2026]+[\u2019']?\s+(?=[\u201c\u2018\"]?[A-Z\u00c0-\u00dd\u00bf\u00a1])")


def quote_sentences(text: str, span: Span, lex: Lexicon) -> list[Span]:
    """The sentences of a quotation: '"A. B."' -> "A.", "B." (abbreviations and initials do not end one;
    a short sentence stays with its neighbour)."""
    out: list[Span] = []
    pos = span.start
    seg_rules = segment_rules(lex)
    for m in _QUOTE_SENTENCE_END.finditer(text, span.start, span.end):
        dot = m.start() + len(m.group(0).rstrip().rstrip("\u2019'")) - 1
        if text[dot] == "." and is_abbreviation(text, dot, span.start, seg_rules):
            continue
        end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        nxt = _QUOTE_SENTENCE_END.search(text, m.end(), span.end)
        nxt_end = nxt.start() if nxt else span.end
        if len(words(text[pos:end])) >= _QUOTE_SENTENCE_WORDS and len(words(text[m.end() : nxt_end])) >= (
            _QUOTE_SENTENCE_WORDS
        ):
            out.append(Span(pos, end))
            pos = m.end()
    out.append(Span(pos, span.end))
    return out


def split_seed(text: str, seed: Seed, lex: Lexicon) -> list[Seed]:
    """One seed per proposition of its content; evidence of the first (last) part keeps the cue
    side of the original evidence when the cue sits before (after) the content. A direct quotation
    of several sentences gives one seed per sentence, each with its own evidence."""
    direct = seed.quote_type == "direct"
    if direct:
        sentences = quote_sentences(text, seed.content, lex)
        if len(sentences) > 1:
            return [
                part
                for sentence in sentences
                for part in split_seed(
                    text,
                    Seed(
                        seed.source,
                        list(seed.via),
                        seed.cue,
                        "direct",
                        sentence,
                        sentence,
                        seed.para,
                        seed.belief,
                        list(seed.extra_hedges),
                        seed.lead if sentence.start == seed.content.start else None,
                    ),
                    lex,
                )
            ]
    r = rules(lex)
    parts = clause_spans(text, seed.content, r, lex, inside_quotes=direct)
    if len(parts) <= 1:
        return [seed]
    out: list[Seed] = []
    for n, part in enumerate(parts):
        start, end = part.start, part.end
        if n == 0 and seed.evidence.start < seed.content.start:
            start = seed.evidence.start
        if n == len(parts) - 1 and seed.evidence.end > seed.content.end:
            end = seed.evidence.end
        content = trim_quotes(text, part) if not direct else part
        lead = seed.lead if n == 0 else None
        if n > 0 and r.rel_pronoun.match(content.of(text)):
            if r.source_note.search(content.of(text)):
                continue
            lead = _antecedent(text[parts[n - 1].start : part.start], r)
        quote_type = seed.quote_type
        if quote_type == "mixed" and not _has_quote(content.of(text)):
            quote_type = "indirect"
        out.append(
            Seed(
                seed.source,
                list(seed.via),
                seed.cue,
                quote_type,
                content,
                Span(start, end),
                seed.para,
                seed.belief,
                list(seed.extra_hedges),
                lead,
            )
        )
    return out or [seed]


def _antecedent(left: str, r: Rules) -> str | None:
    head = left.rstrip(" ,")
    brk = max(head.rfind(c) for c in ",;:(\u201c\u201d\u00ab\u00bb")
    tail = head[brk + 1 :].strip()
    m = r.determiner_tail.search(tail)
    if m:
        tail = m.group(0)
    tail_words = tail.split()
    return " ".join(tail_words[-6:]) if tail_words else None


def _has_quote(s: str) -> bool:
    return any(c in s for c in '"\u201c\u201d\u00ab\u00bb')
