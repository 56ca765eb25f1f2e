"""Responses to allegations, by kind, from their cues.

explicit_denial ("denied", "rejected", "called the figure 'invented'"), partial_denial (a denial
with an admission), equivocation ("has not denied"), neither_confirm_nor_deny,
conditional_justification ("any such decision would comply with international law"),
declined_to_comment, no_response ("did not respond", "has contacted ... for comment").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from summarize.schemas.enums import DenialKind

from .actor_table import ActorTable, norm_key
from .denial_cues import Rules, rules
from .lexicon import Lexicon
from .segment import Sentence
from .spans import Span, trim


@dataclass
class DenialSeed:
    kind: DenialKind
    by: str
    cue: Span
    evidence: Span
    about: str | None
    sentence: Sentence
    more: list[Span] = field(default_factory=list)  # follow-up sentences of the same response
    keeps_claims: bool = False  # recognised by its content: the statement is a claim as well
    follow_only: bool = False  # "It had not provided them": a response only after a request


def merge_follow_ups(seeds: list[DenialSeed], text: str, lex: Lexicon) -> list[DenialSeed]:
    """ "X has asked the hospital to respond. It had not replied by ...": one response, not two."""
    r = rules(lex)
    out: list[DenialSeed] = []
    for seed in sorted(seeds, key=lambda d: d.evidence.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.sentence.para == seed.sentence.para
            and r.follow_up.match(text, seed.sentence.start)
            and not text[prev.sentence.end : seed.sentence.start].strip()
            and seed.kind in ("no_response", "non_denial_denial", "declined_to_comment")
        ):
            prev.more.append(seed.evidence)
            continue
        if seed.follow_only:
            continue
        out.append(seed)
    return out


def detect(
    table: ActorTable,
    sent: Sentence,
    resolve: object,
    frame_source: Callable[[Sentence, int], str | None] | None = None,
) -> DenialSeed | None:
    """The strongest denial cue of ``sent`` with who responds; ``resolve(span) -> key | None``."""
    text = table.text
    r = rules(table.seg.lex)
    content = {id(p) for _, p in r.content}
    for kind, pattern in [*r.patterns[:-1], r.content[0], r.patterns[-1], *r.content[1:]]:
        m = pattern.search(text, sent.start, sent.end)
        if m is None and kind == "non_denial_denial":
            m = r.asked.match(text, sent.start, sent.end)
        neg = None
        if m is None and kind == "explicit_denial":
            neg = r.asked_neg.search(text, sent.start, sent.end)
        if m is None and neg is None:
            continue
        if m is not None and kind == "explicit_denial" and r.contradiction.match(text, m.start(), sent.end):
            continue  # "X disputed that account": another party's version contradicted, not a denial
        if m is not None:
            cue = Span(m.start(), m.end())
        else:
            assert neg is not None
            cue = Span(neg.start("neg"), neg.end("neg"))
        by: str | None = None
        found = cue.of(text)
        follow_only = kind == "no_response" and bool(r.not_provided.match(found))
        if kind == "no_response" and r.request_only.match(found) and not r.request_words.search(found):
            # "X has asked the ministry for a copy of ...": a request for comment only when X is the outlet
            asker = _call(resolve, Span(sent.start, cue.start))
            if asker is None or table.actors[asker].kind not in ("media", "publisher"):
                continue
        if kind == "no_response":
            c = r.contacted.search(text, sent.start, sent.end)
            if c:
                g = "np" if c.group("np") else "np2"
                by = _call(resolve, Span(c.start(g), c.end(g)))
                pub = _call(resolve, Span(sent.start, c.start()))
                if pub is not None and pub != by and table.publisher is None:
                    rec = table.actors[pub]
                    if rec.kind in ("media", "organization", "person", "publisher"):
                        rec.kind = "publisher"
                        rec.identification = "named"
                        table.publisher = pub
        if by is None and frame_source is not None:
            by = frame_source(sent, cue.start)
        if by is None:
            by = _subject(table, sent, cue, resolve)
        if by is None:
            continue
        if kind == "non_denial_denial" and r.conditional_reply.search(text, cue.end, sent.end):
            kind = "equivocation"
        if kind == "explicit_denial":
            window = text[sent.start : sent.end]
            if r.non_denial.search(window):
                kind = "non_denial_denial"
            elif r.partial.search(window):
                kind = "partial_denial"
        about_m = r.about.search(text, sent.start, sent.end)
        about = None
        if about_m:
            about = " ".join((about_m.group("what") or about_m.group("what2") or "").split()) or None
        evidence = trim(text, sent.span, " \t\n")
        keeps = id(pattern) in content or m is None
        return DenialSeed(kind, by, cue, evidence, about, sent, follow_only=follow_only, keeps_claims=keeps)
    return None


def _call(resolve: object, span: Span) -> str | None:
    if not callable(resolve):
        return None
    result = resolve(span)
    return result if isinstance(result, str) else None


def _subject(table: ActorTable, sent: Sentence, cue: Span, resolve: object) -> str | None:
    text = table.text
    r = rules(table.seg.lex)
    left = Span(sent.start, cue.start)
    # the clause the cue is in: after the last ',' or ';' that is not inside an appositive
    i = cue.start - 1
    while i > sent.start and text[i] not in ',;:\u201d"':
        i -= 1
    seg = Span(i + 1 if i > sent.start else sent.start, cue.start)
    aux = r.trailing_aux.search(text, seg.start, seg.end)
    if aux and aux.start() > seg.start:
        seg = Span(seg.start, aux.start())
    when = r.trailing_time.search(text, seg.start, seg.end)
    if when and when.start() > seg.start:
        seg = Span(seg.start, when.start())  # "Norland on Monday denied"
    key = _call(resolve, seg)
    if key is None and len(left) > len(seg):
        key = _call(resolve, left)
    if key is None:
        occ = table.occurrences(left)
        if occ:
            key = occ[-1][1]
    if key is not None and table.actors[key].kind == "publisher":
        return None
    return key


def publisher_key(table: ActorTable) -> str | None:
    return table.publisher if table.publisher in table.actors else None


__all__ = ["DenialSeed", "Rules", "detect", "merge_follow_ups", "norm_key", "publisher_key", "rules"]
