"""Responses to allegations, by kind, from their cues.

explicit_denial ("denied", "rejected", "called the figure 'invented'"), partial_denial (a denial
with an admission), equivocation ("has not denied"), neither_confirm_nor_deny,
conditional_justification ("any such decision would comply with international law"),
declined_to_comment, no_response ("did not respond", "has contacted ... for comment").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from summarize.schemas.enums import DenialKind

from .actor_table import ActorTable, norm_key
from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt, alt_bare
from .segment import Sentence
from .spans import Span, trim

_F = re.IGNORECASE | re.UNICODE


def _phrases(entries: tuple[str, ...]) -> list[str]:
    return [rf"\b{alt(entries)}\b"] if entries else []


def _not_after(words: tuple[str, ...]) -> str:
    """ "<verb>" not right after one of ``words`` ("was denied", "not denied")."""
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words)


def _kinds(lex: Lexicon) -> dict[DenialKind, list[str]]:
    d = lex.denials
    perfect, refusals = alt(d.perfect_auxiliaries), alt(d.refusals)
    n, c, r = d.neither_confirm_nor_deny, d.declined_to_comment, d.no_response
    e, j, x, nd = d.equivocation, d.conditional_justification, d.explicit_denial, d.non_denial_denial
    answer = "|".join(f"{_not_after(tuple(c.non_answer))}{alt([a])}" for a in c.answer_acts) or NEVER
    return {
        "neither_confirm_nor_deny": [
            rf"\bneither\s+{alt(n.confirm)}\s+nor\s+{alt(n.deny)}\b",
            rf"\b{alt(n.auxiliaries)}\s+not\s+{alt(n.confirm_or_deny)}\b",
            rf"\b{refusals}\s+to\s+{alt(n.confirm_or_deny)}\b",
            *_phrases(n.phrases),
        ],
        "declined_to_comment": [
            rf"\b{alt(c.refusers)}\s+(?:to\s+)?(?:immediately\s+)?(?:{alt_bare(c.acts)}|{answer})\b",
            rf"\b{refusals}\s+to\s+{alt(c.say_verbs)}\b(?!\s+{alt(c.not_before_say)})",
            *_phrases(c.phrases),
        ],
        "no_response": [
            rf"\b{alt(r.auxiliaries)}\s+not\s+(?:{alt(r.adverbs)}\s+)?{alt(r.verbs)}\b(?!\s+{alt(r.not_objects)})",
            rf"\b{alt(r.contracted)}\s+(?:{alt(r.adverbs)}\s+)?{alt(r.contracted_verbs)}\b",
            rf"\b{perfect}\s+(?:{alt(r.contact_adverbs)}\s+)?{alt(r.contact_verbs)}\b[^.]{{0,160}}?\bfor\s+(?:a\s+)?"
            rf"{alt(r.request_nouns)}\b",
            rf"\b{perfect}\s+{alt(r.asked)}\s+[^.]{{1,120}}?\s+to\s+{alt(r.respond_verbs)}\b",
            rf"\b{alt(r.contact_openings)}\b[^.]{{0,160}}?\b{alt(r.comment_requests)}",
            rf"\b{perfect}\s+{alt(r.ask_verbs)}\s+[^.;]{{1,120}}?\s+for\s+(?!{alt(r.not_requests)})",
            # "The Courier contacted X for comment but had not received a reply"
            rf"\b{alt(r.followup_verbs)}\s+[^.]{{1,160}}?\bfor\s+(?:a\s+)?{alt(r.followup_nouns)}\b[^.]{{0,40}}?"
            rf"\bbut\b[^.]{{0,60}}?\b{alt(r.no_words)}\b",
            rf"\b{alt(r.provide_auxiliaries)}\s+not\s+(?:yet\s+)?{alt(r.provide_verbs)}\b",
            *_phrases(r.phrases),
        ],
        "equivocation": [
            rf"\b{alt(e.auxiliaries)}\s+not\s+(?:{alt(e.adverbs)}\s+)?{alt(e.deny)}\b",
            *_phrases(e.phrases),
        ],
        "conditional_justification": [
            rf"\b{alt(j.openers)}\b[^.;]{{0,100}}?\b{alt(j.modals)}\s+(?:be\s+{alt(j.done)}\s+{alt(j.frames)}\b|"
            rf"{alt_bare(j.verbs)}|be\s+{alt(j.states)}|(?:have\s+been|be)\s+[\u201c\"]?(?:{alt(j.intensifiers)}\s+)?"
            rf"{alt(j.justified)})\b",
            *_phrases(j.phrases),
        ],
        "explicit_denial": [
            # the word boundary first: it fails fast where no word starts, before the lookbehinds run
            rf"\b{_not_after(x.not_after)}{alt(x.verbs)}\b(?!\s+{alt(x.not_objects)})",
            rf"\b{_not_after(x.not_after)}{alt(x.reject_verbs)}\b(?=[\u201d\"\u2019]?\s+(?:{alt(x.reject_links)}\b|"
            rf"(?:[\w\u2019'-]+\s+){{0,4}}?{alt(x.allegations)}\b))",
            rf"\b{alt(x.labelling_verbs)}\s+{alt(x.labelled_objects)}\b[^.]{{0,60}}?[\u201c\"]?{alt(x.falsehoods)}\b",
            rf"\b{alt(x.named_allegations)}\s+(?:{alt(x.named_links)}\s+)?(?:[A-Z][\w\u2019'&.-]*\s+){{1,4}}"
            rf"(?:{perfect}\s+)?{alt(x.named_labels)}\s+[\u201c\"]?(?:(?:a|an|as)\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"{alt(x.named_falsehoods)}\b",
            rf"\b{alt(x.copulas)}\s+(?:{alt(x.copula_intensifiers)}\s+)?{alt(x.copula_falsehoods)}\b",
            # "the company stood by its figures": the contested account maintained against the allegation
            rf"\b{alt(x.stand_verbs)}\s+by\s+{alt(x.stand_owners)}\s+(?:[\w-]+\s+)?{alt(x.stand_objects)}\b",
            *_phrases(x.phrases),
        ],
        "non_denial_denial": [
            rf"\b(?:{perfect}\s+)?{alt(nd.comply)}\s+(?:all\s+)?(?:[\w-]+\s+){{0,2}}{alt(nd.rules)}\b",
            rf"\b{alt(nd.remain)}\s+[\u201c\"]?{alt(nd.commitments)}\b",
            *_phrases(nd.phrases),
        ],
    }


def _content(lex: Lexicon) -> list[tuple[DenialKind, str]]:
    """Responses recognised by what they say rather than by a response verb: the statement is also a
    claim of its own ("X said the claim was 'not accurate'", "I have always been clean")."""
    c, nd = lex.denials.content_denial, lex.denials.content_non_denial
    denial = [
        # the allegation called wrong without "deny": "said that claim was 'not accurate'"
        rf"\b{alt(c.allegations)}\s+{alt(c.copulas)}\s+[\u201c\"]?(?:{alt(c.intensifiers)}\s+)?{alt(c.inaccuracies)}\b",
        # protestations of innocence, in the party's own words or its representative's
        rf"\b{alt(c.subjects)}\s+(?:have\s+)?(?:always\s+)?(?:been|am|are)\s+(?:{alt(c.innocence_intensifiers)}\s+)?"
        rf"{alt(c.innocent)}\b",
        rf"\b{alt(c.doers)}\s+nothing\s+{alt(c.wrongs)}\b",
        *_phrases(c.phrases),
    ]
    # "there is no evidence that our equipment caused it": the party's own absence of evidence
    non_denial = [rf"\bno\s+{alt(nd.evidence)}\b[^.;]{{0,40}}?\bthat\s+{alt(nd.own)}\b", *_phrases(nd.phrases)]
    return [("explicit_denial", "|".join(denial)), ("non_denial_denial", "|".join(non_denial))]


@dataclass(frozen=True, slots=True)
class Rules:
    """The denial rules of one language, compiled."""

    patterns: tuple[tuple[DenialKind, re.Pattern[str]], ...]
    content: tuple[tuple[DenialKind, re.Pattern[str]], ...]
    asked_neg: re.Pattern[str]
    asked: re.Pattern[str]
    partial: re.Pattern[str]
    non_denial: re.Pattern[str]
    contacted: re.Pattern[str]
    conditional_reply: re.Pattern[str]
    trailing_aux: re.Pattern[str]
    about: re.Pattern[str]
    contradiction: re.Pattern[str]
    request_only: re.Pattern[str]
    not_provided: re.Pattern[str]
    request_words: re.Pattern[str]
    follow_up: re.Pattern[str]
    trailing_time: re.Pattern[str]


def _build(lex: Lexicon) -> Rules:
    d, t = lex.denials, lex.time
    r, x = d.no_response, d.explicit_denial
    perfect = alt(d.perfect_auxiliaries)
    admissions = alt(d.admissions)
    return Rules(
        patterns=tuple((kind, re.compile("|".join(parts), _F)) for kind, parts in _kinds(lex).items()),
        content=tuple((kind, re.compile(pattern, _F)) for kind, pattern in _content(lex)),
        # "X, asked about Y, said she had not been asked to ...": a reply to a question that negates it
        asked_neg=re.compile(
            rf"\b{alt(d.asked)}\s+{alt(d.asked_prepositions)}\b[^.]{{0,160}}?,\s+[^.]{{0,80}}?\b{alt(d.reply_verbs)}\b"
            rf"[^.]*?(?P<neg>\b{alt(d.negated_auxiliaries)}\s+(?:not|never)\b|\b{alt(d.negated_contractions)}"
            r"[\u2019']t\b)",
            _F,
        ),
        # "Asked about X, she said ...": a response that sounds like an answer (matched at the sentence start)
        asked=re.compile(
            rf"\s*(?:when\s+)?{alt(d.asked_quoted)}\b[^.]{{0,160}}?,\s+[^.]{{0,80}}?\b{alt(d.quoted_reply_verbs)}\b"
            r"(?=\s*[:,]?\s*[\u201c\"\u00ab])"  # the reply is quoted: an answer in the speaker's own words
            # or a reply to the allegation itself: "Asked about the report, the agency said ..."
            rf"|\s*(?:when\s+)?{alt(d.asked)}\s+{alt(d.asked_about)}\s+{alt(d.asked_determiners)}\s+"
            rf"(?:[\w\u2019'-]+\s+)?{alt(d.asked_topics)}\b[^.]{{0,60}}?,\s+[^.]{{0,80}}?\b{alt(d.topic_reply_verbs)}\b",
            _F,
        ),
        partial=re.compile(
            rf"\b{alt(d.concessives)}\b[^.]{{0,80}}\b{admissions}\b|"
            rf"\b{admissions}\b[^.]{{0,80}}\bbut\s+{alt(d.admission_denials)}\b|"
            rf"\b{alt(d.admissions_but)}\s+(?:that\s+)?[^.]{{0,160}}?\bbut\b[^.]{{0,60}}?\b{alt(d.but_denials)}\b|"
            rf"\b{alt(d.partial_phrases)}\b",
            _F,
        ),
        non_denial=re.compile(rf"\b{alt(d.dismissals)}\b[^.]{{0,80}}\b{alt(d.dismissed_as)}\b", _F),
        contacted=re.compile(
            rf"\b(?:{perfect}\s+(?:{alt(r.contact_adverbs)}\s+)?)?{alt(r.contact_verbs)}\s+(?P<np>.+?)\s+"
            rf"(?:for|to\s+{alt(r.respond_verbs)})\b|\b{alt(r.contact_openings)}\s+{alt(r.contact_prepositions)}\s+"
            rf"(?P<np2>.+?)\s+{alt(r.contact_purposes)}\b",
            _F,
        ),
        conditional_reply=re.compile(rf"[\u201c\"][^\u201d\"]*\b{alt(d.conditionals)}\s", _F),
        trailing_aux=re.compile(rf"(?:\s+{alt(d.trailing_words)})+\s*$", _F),
        about=re.compile(
            rf"\b{alt(d.about_nouns)}\s+{alt(d.about_prepositions)}\s+(?P<what>[^.;,]+)"
            rf"|\b{alt(d.about_verbs)}\s+(?:{alt(d.about_links)}\s+)?(?P<what2>[^.;]+)",
            _F,
        ),
        contradiction=re.compile(
            rf"{alt(x.dispute_verbs)}\s+{alt(x.dispute_determiners)}\s+(?:[\w-]+\s+)?{alt(x.contested)}\b", _F
        ),
        request_only=re.compile(rf"^{perfect}\s+{alt(r.ask_verbs)}\b", _F),
        not_provided=re.compile(rf"^{alt(r.provide_auxiliaries)}\s+not\s+(?:yet\s+)?(?!{alt(r.response_stems)})", _F),
        request_words=re.compile(rf"\b{alt(r.request_stems)}", _F),
        follow_up=re.compile(
            rf"\s*(?:{alt_bare(r.follow_up_subjects)}|The\s+\w+)\s+{alt(r.follow_up_auxiliaries)}\s+not\b"
        ),
        trailing_time=re.compile(
            rf"\s+(?:{alt(t.day_modifiers)}\s+)?{alt((*t.weekdays, *t.deictic))}(?:\s+{alt(t.day_parts)})?\s*$"
        ),
    )


def rules(lex: Lexicon) -> Rules:
    return lex.compiled(_build)


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
