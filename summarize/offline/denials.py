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
from functools import partial

from summarize.schemas.enums import DenialKind

from .actor_table import ActorTable, norm_key
from .denial_cues import MARKS, OPEN, Rules, rules
from .denial_parties import call, concerned, frame_before, named_by_description, named_by_head, owner, party_concerned
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
    continues: bool = False  # no subject of its own: the party of the response before goes on
    weak: bool = False  # its kind read from a reply that negates the question, not from a response cue
    anaphoric: bool = False  # it points back at what was just said ("declined to comment on this")
    at_figure: bool = False  # what it points back at is a figure ("called the figure invented")
    concedes: bool = False  # "X rejected A. He conceded, however, B.": the concession of the denial before


def merge_follow_ups(
    seeds: list[DenialSeed], text: str, lex: Lexicon, table: ActorTable | None = None
) -> list[DenialSeed]:
    """ "X has asked the hospital to respond. It had not replied by ...": one response, not two. So is a
    response in the sentence right after another, in the same paragraph, when it goes on with the same
    party without naming it, is one of its people's, or is a quotation that opens the sentence, and the
    two are not both explicit denials (which deny one proposition each)."""
    r = rules(lex)
    out: list[DenialSeed] = []
    for seed in sorted(seeds, key=lambda d: d.evidence.start):
        prev = out[-1] if out else None
        if prev is not None and _adjacent(prev, seed.sentence, text):
            pronoun = bool(r.follow_up.match(text, seed.sentence.start)) and seed.kind in (
                "no_response",
                "non_denial_denial",
                "declined_to_comment",
            )
            if seed.concedes and prev.by == seed.by:
                prev.more.append(seed.evidence)
                prev.kind = "partial_denial"  # one denial: the part rejected, then the part conceded
                continue
            if pronoun or (_same_party(prev, seed, text, table) and not _both_explicit(prev, seed)):
                prev.more.append(seed.evidence)
                if prev.kind == "declined_to_comment" and seed.kind == "neither_confirm_nor_deny":
                    # "It does not comment on inspections. 'I can neither confirm nor deny A'": the refusal
                    # is the party's way of neither confirming nor denying
                    prev.kind = seed.kind
                if prev.weak and not seed.weak:
                    # "Asked whether A, she said they did not discuss it. 'I will not confirm or deny A.'":
                    # the response cue of the follow-up names the kind
                    prev.kind, prev.weak = seed.kind, False
                continue
        if seed.follow_only:
            continue
        out.append(seed)
    return _lede_restated(out, table)


def _lede_restated(seeds: list[DenialSeed], table: ActorTable | None) -> list[DenialSeed]:
    """ "X, accused of A, denies it." in the lede and "X denied A: '...'" in the body: the lede announces
    the body's denial, one denial with both spans (the kind the body gives it). So does a lede's refusal
    ("X refused to say whether A") that the same party's evasive answer in the body gives in detail (neither
    of the two an explicit denial): that answer is the response, the lede's words only announce it."""
    if table is None or not table.seg.body():
        return seeds
    lede = table.seg.body()[0].para
    out: list[DenialSeed] = []
    for seed in seeds:
        first = next(
            (
                d
                for d in out
                if d.sentence.para == lede
                and seed.sentence.para != lede
                and d.by == seed.by
                and (_both_explicit(d, seed) or not (d.kind in _EXPLICIT or seed.kind in _EXPLICIT))
                and not d.more
            ),
            None,
        )
        if first is None:
            out.append(seed)
            continue
        if not _both_explicit(first, seed):
            out[out.index(first)] = seed  # the body's answer is the response; the lede only announced it
            continue
        first.kind = seed.kind
        first.more.extend([seed.evidence, *seed.more])
    return out


_EXPLICIT = ("explicit_denial", "partial_denial")


def _both_explicit(a: DenialSeed, b: DenialSeed) -> bool:
    return a.kind in _EXPLICIT and b.kind in _EXPLICIT


def _same_party(prev: DenialSeed, seed: DenialSeed, text: str, table: ActorTable | None) -> bool:
    if seed.continues or text[seed.sentence.start : seed.sentence.end].lstrip()[:1] in OPEN:
        return True
    if table is None or seed.by not in table.actors:
        return False
    rec = table.actors[seed.by]
    return rec.affiliation == prev.by or (rec.affiliation is None and _spokesperson_of(table, seed.by, prev.by))


def _spokesperson_of(table: ActorTable, key: str, party: str) -> bool:
    """ "a spokesman", "a Norvale spokeswoman" right after the party's response: an unnamed spokesperson
    whose other words (if any) name that party, or are words it is called by."""
    words = table.actors[key].name.lower().split()
    if table.actors[key].kind != "person" or not words or words[-1] not in table.seg.lex.roles.spokesperson_nouns:
        return False
    if party not in table.actors or party == key:
        return False
    owner = table.actors[party]
    called = " ".join([owner.name, *(s.of(table.text) for s in owner.spans)]).lower().split()
    return all(w in called for w in words[:-1])


def display_end(sentences: list[Sentence]) -> int:
    """The paragraph where the article's body starts: the title and standfirst before a byline (a
    chrome line after the first paragraph, in the first five) are display text. A response there is
    the body's response announced, not one of its own (0 when there is no byline)."""
    for sent in sentences:
        if sent.para > 4:
            break
        if sent.chrome and sent.para > 0:
            return sent.para
    return 0


def _adjacent(previous: DenialSeed | None, sent: Sentence, text: str) -> bool:
    """``previous`` is the response of the sentence just before ``sent``, in the same paragraph."""
    return (
        previous is not None
        and previous.sentence.para == sent.para
        and previous.sentence.end <= sent.start
        and not text[previous.sentence.end : sent.start].strip()
    )


def detect(
    table: ActorTable,
    sent: Sentence,
    resolve: object,
    frame_source: Callable[[Sentence, int], str | None] | None = None,
    previous: DenialSeed | None = None,
    concerned: Callable[[str, Sentence], bool] | None = None,
) -> DenialSeed | None:
    """The strongest denial cue of ``sent`` with who responds; ``resolve(span) -> key | None``.
    ``previous``: the response found in the sentence before, which a sentence without a subject of its
    own goes on with ("Zu Details äußere man sich nicht"). ``concerned(key, sent)``: whether the party
    is the one the allegation before ``sent`` is about (a third party contradicting is no denial)."""
    text = table.text
    r = rules(table.seg.lex)
    content = {id(p) for _, p in r.content}
    for kind, pattern in [*r.patterns[:-1], r.content[0], r.patterns[-1], *r.content[1:]]:
        m = pattern.search(text, sent.start, sent.end)
        asked = False
        if m is None and kind == "non_denial_denial":
            m = r.asked.match(text, sent.start, sent.end)
            # the reply in the speaker's own words (not "Asked about the report, the ministry said A")
            asked = m is not None and re.match(rf"[\s:,]*(?:\w+\s*)?[{OPEN}]", text[m.end() : m.end() + 12]) is not None
        deflects = False
        if m is None and kind == "non_denial_denial" and _adjacent(previous, sent, text):
            # "We will not engage in speculation": a deflection, right after the party's other response
            m = r.deflection.search(text, sent.start, sent.end)
            deflects = m is not None
        if m is None and kind == "conditional_justification" and text.find(",", sent.start, sent.end) >= 0:
            # "« Si des camions sont venus, c'était en toute légalité »": the allegation granted as a
            # hypothesis and justified, at the start of the sentence or of its quotation
            m = r.hypothetical.match(text, sent.start, sent.end)
        neg = None
        if m is None and kind == "explicit_denial" and not any(q in text[sent.start : sent.end] for q in MARKS[:-1]):
            m = r.standalone.search(text, sent.start, trim(text, sent.span, " \t\n").end)
        if m is None and kind == "explicit_denial":
            neg = r.asked_neg.search(text, sent.start, sent.end)
        if m is None and neg is None:
            continue
        contra = (
            r.contradiction.match(text, m.start(), sent.end) if m is not None and kind == "explicit_denial" else None
        )
        contradiction = contra is not None
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
            asker = call(resolve, Span(sent.start, cue.start))
            if asker is None or table.actors[asker].kind not in ("media", "publisher"):
                continue
        if kind == "no_response":
            c = r.contacted.search(text, sent.start, sent.end)
            if c:
                g = "np" if c.group("np") else "np2"
                by = call(resolve, Span(c.start(g), c.end(g)))
                pub = call(resolve, Span(sent.start, c.start()))
                if pub is not None and pub != by and table.publisher is None:
                    rec = table.actors[pub]
                    if rec.kind in ("media", "organization", "person", "publisher"):
                        rec.kind = "publisher"
                        rec.identification = "named"
                        table.publisher = pub
        if contra is not None:
            by = owner(table, sent, cue, contra, resolve)
        if by is None and frame_source is not None:
            by = frame_before(
                table, sent, cue, frame_source(sent, cue.start), partial(_subject, table, sent, cue, resolve)
            )
        if by is None and asked:
            by = _asked_subject(table, cue, resolve)
        if by is None:
            by = party_concerned(table, sent, cue, concerned)
        if by is None:
            by = _subject(table, sent, cue, resolve)
        if by is None and m is not None:
            # "Die Zahl wies Krön als „Spekulation“ zurück": the subject after the verb, inside the cue
            inside = [k for _, k in table.occurrences(cue) if table.actors[k].kind != "publisher"]
            by = inside[0] if inside else None
        # "Sur le fond, on se refuse à tout commentaire": an impersonal or pronoun subject, or none before
        # a quotation that opens the sentence (a named subject that is not resolved is someone else)
        continues = (
            by is None
            and _adjacent(previous, sent, text)
            and (
                bool(r.subject_pronoun.search(text, sent.start, sent.end))
                or text[sent.start : sent.end].lstrip()[:1] in OPEN  # "« ... », s'est contenté d'indiquer"
            )
        )
        if continues:
            assert previous is not None
            by = previous.by  # the same party goes on responding, without naming itself again
        continues = continues or (deflects and previous is not None and by == previous.by)
        if by is None:
            continue
        if contradiction and (concerned is None or not concerned(by, sent)):
            continue  # "X disputed that account": another party's version contradicted, not a denial
        if kind == "no_response" and r.evasive.match(text, cue.end, sent.end):
            kind = "non_denial_denial"  # "n'a pas répondu sur le fond": an answer, but not to the allegation
        if kind == "non_denial_denial" and r.conditional_reply.search(text, cue.end, sent.end):
            kind = "equivocation"
        elif asked and not r.deflection.search(text, sent.start, sent.end):
            # "Asked whether A, she said: '...'": an answer that neither affirms nor denies A, unless it
            # deflects to something else ("Our focus is on ...")
            kind = "equivocation"
        more: list[Span] = []
        if kind == "explicit_denial":
            window = text[sent.start : sent.end]
            if r.non_denial.search(window):
                kind = "non_denial_denial"
            elif r.partial.search(window):
                kind = "partial_denial"
            elif _conceded_before(table, sent, previous, by):
                # "X admitted A. He disputes, however, B.": the concession in the sentence before
                kind = "partial_denial"
        if kind == "non_denial_denial" and m is not None and r.reporter_deflection.fullmatch(m.group()):
            # "X did not address A. '...,' he said.": the reporter introduces the party's answer beside the
            # point, its second span; with no such quotation still a response that skips the allegation,
            # not the absence of one (benchmarks/CONVENTIONS.md)
            if sent.quotes:
                continue
            more.extend(_substance_after(table, sent))
        about_m = r.about.search(text, sent.start, sent.end)
        about = None
        if about_m:
            about = " ".join((about_m.group("what") or about_m.group("what2") or "").split()) or None
            if about and r.not_topic.match(about):
                about = None  # "did not respond to our requests": the request, not the allegation
        evidence = trim(text, sent.span, " \t\n")
        keeps = id(pattern) in content or m is None
        concedes = _concedes_after(table, sent, previous, by)
        if concedes:
            kind, keeps = "partial_denial", True  # the conceded part is a claim as well
        if (
            previous is not None
            and previous.weak
            and m is not None
            and previous.by == by
            and _adjacent(previous, sent, text)
        ):
            # "Asked whether A, she said they did not discuss it. 'I will not confirm or deny A'": the reply
            # before is this response's first part, not a claim of its own
            previous.keeps_claims = False
        return DenialSeed(
            kind,
            by,
            cue,
            evidence,
            about,
            sent,
            more,
            keeps_claims=keeps,
            follow_only=follow_only,
            continues=continues,
            weak=m is None,
            anaphoric=_points_back(text, sent, r, r.anaphora),
            at_figure=_points_back(text, sent, r, r.figure_anaphora),
            concedes=concedes,
        )
    return _concession(table, sent, resolve, previous)


def _concession(table: ActorTable, sent: Sentence, resolve: object, previous: DenialSeed | None) -> DenialSeed | None:
    """ "X wies die Zahl zurück. Er räumte allerdings ein, dass ...": a sentence with no response cue of
    its own that concedes, on a contrast, right after the same party's explicit denial (its subject a
    pronoun or that party) goes on with that denial as its conceded part."""
    if previous is None:
        return None
    r = rules(table.seg.lex)
    admission = r.admission.search(table.text, sent.start, sent.end)
    if admission is None:
        return None
    cue = Span(admission.start(), admission.end())
    by = _subject(table, sent, cue, resolve)
    if by is None and r.subject_pronoun.search(table.text, sent.start, cue.start):
        by = previous.by
    if by is None or not _concedes_after(table, sent, previous, by):
        return None
    evidence = trim(table.text, sent.span, " \t\n")
    return DenialSeed("partial_denial", by, cue, evidence, None, sent, keeps_claims=True, concedes=True)


def _concedes_after(table: ActorTable, sent: Sentence, previous: DenialSeed | None, by: str) -> bool:
    """ "Die Zahl wies Krön zurück. Er räumte allerdings ein, dass ...": an admission on a contrast right
    after the same party's explicit denial, in the same paragraph, makes that denial a partial one."""
    r = rules(table.seg.lex)
    return (
        previous is not None
        and previous.kind == "explicit_denial"
        and previous.by == by
        and _adjacent(previous, sent, table.text)
        and bool(r.admission.search(table.text, sent.start, sent.end))
        and bool(r.contrast.search(table.text, sent.start, sent.end))
    )


def _conceded_before(table: ActorTable, sent: Sentence, previous: DenialSeed | None, by: str) -> bool:
    """A denial that opens on a contrast ("however", "en revanche") right after a sentence of the same
    paragraph in which the same party admits something: the two make one partial denial."""
    text = table.text
    r = rules(table.seg.lex)
    if not r.contrast.search(text, sent.start, sent.end):
        return False
    before = table.seg.sentences
    i = next((k for k, s in enumerate(before) if s.start == sent.start), 0)
    if i == 0:
        return False
    prior = before[i - 1]
    if prior.para != sent.para or not r.admission.search(text, prior.start, prior.end):
        return False
    return previous is None or previous.sentence is not prior or previous.by == by


def _substance_after(table: ActorTable, sent: Sentence) -> list[Span]:
    """ "X did not address the findings. '...,' he said.": the quotation that the reporter's deflection
    introduces, in the sentence right after in the same paragraph (opening on it, or with a pronoun
    subject before it: "Later he wrote: '...'"), is the same response's second span. So are the
    quotations that open the sentences right before a deflection whose subject is a pronoun
    ("'...,' he said. He did not address the loan.")."""
    if sent.quotes:
        return []
    text = table.text
    r = rules(table.seg.lex)
    sentences = table.seg.sentences
    i = next((k for k, s in enumerate(sentences) if s.start == sent.start), None)
    if i is None:
        return []
    after = sentences[i + 1] if i + 1 < len(sentences) else None
    if after is not None and after.para == sent.para and after.quotes and not text[sent.end : after.start].strip():
        lead = text[after.start : min(q.start for q in after.quotes)]
        # the quotation opens the sentence, or a pronoun subject leads to it within its first words
        if not lead.strip(" \t\n" + MARKS) or r.subject_pronoun.search(" ".join(lead.split()[:3])):
            return [trim(text, after.span, " \t\n")]
    before: list[Span] = []
    if r.follow_up.match(text, sent.start) or r.subject_pronoun.match(text, sent.start):
        k = i - 1
        while k >= 0 and sentences[k].para == sent.para and _opens_on_quote(text, sentences[k]):
            before.insert(0, trim(text, sentences[k].span, " \t\n"))
            k -= 1
    return before


def _opens_on_quote(text: str, sent: Sentence) -> bool:
    return text[sent.start : sent.end].lstrip()[:1] in OPEN


def _points_back(text: str, sent: Sentence, r: Rules, anaphora: re.Pattern[str]) -> bool:
    """The response's own words (not a quotation in it, nor a clause it reports: "has not denied the
    reports that imagery backed up the claims") point back at what was just said, by ``anaphora``."""
    clause = r.complementizer.search(text, sent.start, sent.end)
    end = clause.start() if clause is not None else sent.end
    return any(
        not any(q.start <= m.start() < q.end for q in sent.quotes) for m in anaphora.finditer(text, sent.start, end)
    )


def _asked_subject(table: ActorTable, cue: Span, resolve: object) -> str | None:
    """ "Preguntado por si ..., el entrenador, Javi Montero, respondió:": who replies, between a comma
    after the question and the reply verb."""
    text = table.text
    verbs = list(rules(table.seg.lex).reply_verb.finditer(text, cue.start, cue.end))
    if not verbs:
        return None
    end = verbs[-1].start()
    for i in range(cue.start, end):
        if text[i] == ",":
            key = call(resolve, trim(text, Span(i + 1, end), " \t\n,"))
            if key is not None:
                return key
    return None


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
    key = call(resolve, seg)
    if key is None and len(left) > len(seg):
        key = call(resolve, left)
    if key is None:
        occ = table.occurrences(left)
        if occ:
            key = occ[-1][1]
    if key is None:
        key = named_by_head(table, seg)
    if key is None:
        key = named_by_description(table, seg)
    if key is None or table.actors[key].kind == "publisher":
        # "X, contacté par <the outlet>, n'a pas répondu": the subject before an appositive
        first = text.find(",", left.start, left.end)
        if first > left.start and not text[seg.start : seg.end].strip():
            head = call(resolve, trim(text, Span(left.start, first), " \t\n"))
            if head is not None and table.actors[head].kind != "publisher":
                return head
    if key is not None and table.actors[key].kind == "publisher":
        return None
    return key


def publisher_key(table: ActorTable) -> str | None:
    return table.publisher if table.publisher in table.actors else None


__all__ = [
    "DenialSeed",
    "Rules",
    "concerned",
    "detect",
    "display_end",
    "merge_follow_ups",
    "norm_key",
    "publisher_key",
    "rules",
]
