"""Attributions: who said (or believes, or reported) what, with the verbatim cue.

A sentence is read as frames (:mod:`.frames`): a speech or belief cue ("said", "told Reuters", "wrote
on X", "according to", "reported, citing ..."), its subject (resolved to an actor, through appositives,
pronouns and short names) and its content (after the cue, or before it for "..., X said"), here.
A quotation-only sentence inherits the last frame of its paragraph. A sentence without a frame
can be background, stated by the publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .frames import Frame, Framer, in_quotes
from .segment import Sentence
from .spans import Span, trim, trim_quotes, words

QuoteKind = Literal["direct", "indirect", "mixed", "none"]


@dataclass
class Seed:
    """A claim before ids: spans of the article plus resolved actor keys."""

    source: str | None
    via: list[str]
    cue: Span | None
    quote_type: QuoteKind
    content: Span
    evidence: Span
    para: int
    belief: Span | None = None
    extra_hedges: list[Span] = field(default_factory=list)
    lead: str | None = None  # the antecedent a relative clause's statement starts with


class Attributor(Framer):
    """The claims of each sentence as seeds: the content of each frame, split per proposition and per
    coordinated source, or inherited from the paragraph's last frame for a quotation on its own."""

    def sentence(self, sent: Sentence) -> list[Seed]:
        text = self.text
        frames = self._frames(sent)
        seeds: list[Seed] = []
        if not frames:
            inherited = self._inherit(sent)
            if inherited is not None:
                return inherited
            return self._reported(sent)
        frames = self._nest(frames, sent)
        prev_end = sent.start
        for i, fr in enumerate(frames):
            first_seed = len(seeds)
            nxt = frames[i + 1] if i + 1 < len(frames) else None
            bound = sent.end
            if nxt is not None:
                nstart = nxt.subject.start if nxt.subject and nxt.subject.start > fr.after else nxt.cue.start
                bound = nstart
            if in_quotes(sent, fr.cue.start):
                # "« A, a raconté l'une d'elles. B »": the quotation on both sides of the cue set in it
                seeds.extend(self._incise_seeds(sent, fr))
                prev_end = bound
                self._remember(sent, fr)
                continue
            if fr.verb == "according to":
                seeds.extend(self._according_seeds(sent, fr, prev_end, bound))
                prev_end = max(fr.after, prev_end)
                self._remember(sent, fr)
                seeds[first_seed:] = self._per_source(sent, fr, seeds[first_seed:])
                continue
            fwd = trim(text, Span(fr.after, bound), " \t\n,;:.\u2014\u2013-")
            fwd = self._cut_trailing(fwd)
            fwd_text = fwd.of(text)
            subject_start = fr.subject.start if fr.subject else fr.cue.start
            back = trim(text, Span(prev_end, min(subject_start, fr.cue.start)), " \t\n,;:\u2014\u2013-")
            if self.is_anaphoric(back.of(text)):
                # "Das teilte das Unternehmen mit.": the claim is the sentence before
                end = max(fr.cue.end, fr.subject.end if fr.subject else 0)
                self.anaphora[sent.start] = (fr.source, list(fr.via), fr.cue, Span(back.start, end))
                prev_end = bound
                self._remember(sent, fr)
                continue
            use_forward = len(words(fwd_text)) >= 3 and not self.r.subordinate.match(fwd_text)
            if use_forward and fwd_text[:1] not in '\u201c"\u00ab' and self._sole_quote(sent, back) is not None:
                use_forward = False
            continuation = None
            if use_forward and len(words(back.of(text))) >= 3 and self.r.continuation.match(fwd_text):
                # "A, the agency said, many of them B": A is the claim, B goes on from it
                use_forward = False
                continuation = self._seed(sent, fr, trim_quotes(text, fwd), fwd)
            if fr.lead is not None:
                if fr.subject is not None and self.r.relative_lead.search(text[fr.subject.end : fr.cue.start]):
                    # "X, who urged Y to Z, said ...": the relative clause ends at its comma
                    comma = next(
                        (i for i in range(fwd.start, fwd.end) if text[i] == "," and not in_quotes(sent, i)), None
                    )
                    if comma is not None:
                        fwd = Span(fwd.start, comma)
                        fwd_text = fwd.of(text)
                use_forward = len(words(fwd_text)) >= 3
            if use_forward:
                found = self._forward(sent, fr, fwd)
                if fr.lead is not None and found:
                    found[0].lead = f"{fr.lead} {fr.cue.of(text)}"
                seeds.extend(found)
                prev_end = bound
            elif len(words(back.of(text))) >= 3:
                content = trim_quotes(text, back)
                evidence = Span(back.start, fr.cue.end if fr.after <= fr.cue.end + 1 else self._evidence_end(fr))
                seeds.append(self._seed(sent, fr, content, evidence))
                if continuation is not None:
                    seeds.append(continuation)
                inverted = fr.subject is not None and fr.subject.start >= fr.cue.end
                more = self.r.split.match(text, fr.subject.end if inverted and fr.subject else fr.cue.end, sent.end)
                if more is not None and more.group(0).lstrip()[:1] == ",":
                    # '"...," a-t-il estimé, en précisant qu'il ...': a second content of the same cue after it
                    part = trim(text, Span(more.end(), sent.end), " \t\n,;:.")
                    if len(words(part.of(text))) >= 3:
                        seeds.append(self._seed(sent, fr, trim_quotes(text, part), part))
                elif len(words(fwd_text)) >= 4 and self.r.subordinate.match(fwd_text):
                    sub = re.match(r"\S+\s+", fwd_text)
                    bg = trim(text, Span(fwd.start + (sub.end() if sub else 0), fwd.end), " \t\n,;:.")
                    seeds.append(Seed(None, [], None, "none", bg, bg, sent.para))
                prev_end = bound
            self._remember(sent, fr)
            seeds[first_seed:] = self._per_source(sent, fr, seeds[first_seed:])
        return seeds

    def _coordinated(self, fr: Frame) -> list[str]:
        """Every source of "X and Y said" / "according to X and Y": X, Y (in order), else []."""
        if fr.subject is None or fr.via:
            return []
        keys = self.co_sources.get(fr.subject.end) or self.co_sources.get(trim(self.text, fr.subject).end)
        if not keys or fr.source not in keys:
            return []
        return keys

    def _per_source(self, sent: Sentence, fr: Frame, seeds: list[Seed]) -> list[Seed]:
        """One claim per source when coordinated sources share the cue."""
        keys = self._coordinated(fr)
        if not keys:
            return seeds
        out: list[Seed] = []
        for seed in seeds:
            if seed.source != fr.source:
                out.append(seed)
                continue
            for key in keys:
                out.append(
                    Seed(
                        key,
                        [v for v in seed.via if v != key],
                        seed.cue,
                        seed.quote_type,
                        seed.content,
                        seed.evidence,
                        seed.para,
                        seed.belief,
                        list(seed.extra_hedges),
                        seed.lead,
                    )
                )
        return out

    def _evidence_end(self, fr: Frame) -> int:
        end = fr.after
        while end > fr.cue.end and self.text[end - 1] in " ,:":
            end -= 1
        if self.text[end - 4 : end].lower() == "that":
            end -= 4
        while end > fr.cue.end and self.text[end - 1] in " ,:":
            end -= 1
        return end

    def _cut_trailing(self, span: Span) -> Span:
        return trim(self.text, span, " \t\n,;:\u2014\u2013-")

    def _forward(self, sent: Sentence, fr: Frame, fwd: Span) -> list[Seed]:
        text = self.text
        seeds: list[Seed] = []
        source, via, belief = fr.source, list(fr.via), fr.belief
        nested = self.r.nested.match(text, fwd.start, fwd.end)
        if nested and len(words(nested.group("np"))) <= 8:
            inner = self.resolve(Span(nested.start("np"), nested.end("np")))
            if inner is not None and inner != source:
                via = [source, *via]
                source = inner
                if self.cues.is_belief(nested.group("verb")):
                    belief = Span(nested.start("verb"), nested.end("verb"))
        full_end = fwd.end
        for m in self.cues.citing.finditer(text, fwd.start, fwd.end):
            # "X said A, citing Y": Y is the source, X the intermediary
            if in_quotes(sent, m.start()) or text[m.start()] != "," or fr.verb == "according to":
                continue
            np_end = self._np_end(m.end(), fwd.end)
            inner = self.resolve(Span(m.end(), np_end))
            if inner is not None and inner != source and len(words(text[fwd.start : m.start()])) >= 3:
                via = [source, *via]
                source = inner
                fwd = Span(fwd.start, m.start())
            break
        parts: list[Span] = []
        pos = fwd.start
        for m in self.r.split.finditer(text, fwd.start, fwd.end):
            if in_quotes(sent, m.start()):
                continue
            parts.append(Span(pos, m.start()))
            pos = m.end()
        parts.append(Span(pos, fwd.end))
        for n, part in enumerate(parts):
            part = trim(text, part, " \t\n,;:\u2014\u2013-")
            if len(words(part.of(text))) < 2:
                continue
            quote = self._sole_quote(sent, part)
            if quote is not None:
                seeds.append(Seed(source, via, fr.cue, "direct", quote, quote, sent.para, belief))
                continue
            content = trim_quotes(text, part)
            end = full_end if n == len(parts) - 1 else part.end
            if n == 0:
                ev_start = fr.subject.start if fr.subject and fr.subject.start < fr.cue.start else fr.cue.start
                evidence = Span(ev_start, end)
            else:
                evidence = Span(part.start, end)
            seeds.append(self._seed(sent, Fr(source, via, fr.cue), content, evidence, belief))
        return seeds

    def _sole_quote(self, sent: Sentence, part: Span) -> Span | None:
        """The quotation when ``part`` is nothing but one quotation."""
        text = self.text
        for q in sent.quotes:
            outside = text[part.start : max(part.start, q.start)] + text[min(part.end, q.end) : part.end]
            if q.start >= part.start - 1 and q.end <= part.end + 1 and len(words(outside)) == 0:
                inner = trim(text, q, " \t\n,;:\u2014\u2013-")
                if len(words(inner.of(text))) >= 2:
                    return inner
        return None

    def _seed(self, sent: Sentence, fr: Frame | Fr, content: Span, evidence: Span, belief: Span | None = None) -> Seed:
        text = self.text
        quote = self._sole_quote(sent, content)
        if quote is not None:
            return Seed(fr.source, list(fr.via), fr.cue, "direct", quote, quote, sent.para, belief)
        mixed = any(q.overlaps(content) for q in sent.quotes)
        evidence = trim(text, evidence, " \t\n,;:\u2014\u2013-")
        return Seed(
            fr.source, list(fr.via), fr.cue, "mixed" if mixed else "indirect", content, evidence, sent.para, belief
        )

    def _incise_seeds(self, sent: Sentence, fr: Frame) -> list[Seed]:
        text = self.text
        quote = next(q for q in sent.quotes if q.start <= fr.cue.start < q.end)
        subject_end = fr.subject.end if fr.subject is not None and fr.subject.start >= fr.cue.end else fr.cue.end
        stop = subject_end
        while stop < quote.end and text[stop] in " .,;:":
            stop += 1
        seeds = []
        for content, evidence in (
            (Span(quote.start, fr.cue.start), Span(quote.start, subject_end)),
            (Span(stop, quote.end), Span(stop, quote.end)),
        ):
            content = trim(text, content, ' \t\n,;:.\u00ab\u00bb\u201c\u201d"')
            if len(words(content.of(text))) >= 2:
                seeds.append(Seed(fr.source, list(fr.via), fr.cue, "direct", content, trim(text, evidence), sent.para))
        return seeds

    def _according_seeds(self, sent: Sentence, fr: Frame, prev_end: int, bound: int) -> list[Seed]:
        text = self.text
        before = trim(text, Span(prev_end, fr.cue.start), " \t\n,;:\u2014\u2013-")
        if len(words(before.of(text))) >= 3:
            content = trim_quotes(text, before)
            np_end = fr.after
            evidence = Span(before.start, np_end)
            return [self._seed(sent, fr, content, evidence)]
        after = trim(text, Span(fr.after, bound), " \t\n,;:.\u2014\u2013-")
        if len(words(after.of(text))) >= 3:
            return [self._seed(sent, fr, trim_quotes(text, after), Span(fr.cue.start, after.end))]
        return []

    def stance(self, sent: Sentence) -> list[Seed]:
        """ "Finance Minister Tobias Renn criticised the decision.": a stance taken by the subject named before
        the verb (a few words) is that subject's claim, the sentence its content. [] otherwise."""
        text = self.text
        m = self.r.stance.search(text, sent.start, sent.end)
        if m is None or in_quotes(sent, m.start()):
            return []
        subject = trim(text, Span(sent.start, m.start()), " \t\n,")
        if subject.of(text).endswith(")") and "(" in subject.of(text):
            # "Landrat Jürgen Pohlmann (Bürgerliste) zeigte sich ...": the party in parentheses is not the subject
            subject = trim(text, Span(subject.start, text.rfind("(", subject.start, subject.end)))
        if not len(subject) or len(words(subject.of(text))) > 10:
            return []
        key = self.resolve(subject)
        if key is None:
            return []
        span = trim(text, sent.span, " \t\n")
        self.last_source = key
        return [Seed(key, [], Span(m.start(), m.end()), "indirect", span, span, sent.para)]

    def participial(self, sent: Sentence) -> list[Seed]:
        """ "A judge refused to dismiss the case, ruling that ...": the main clause is background,
        what follows the participle is the subject's claim. [] when the sentence has no such shape."""
        text = self.text
        m = self.r.participle_cue.search(text, sent.start, sent.end)
        if m is None or in_quotes(sent, m.start()):
            return []
        main = trim(text, Span(sent.start, m.start()))
        verb = self.r.first_verb.search(text, main.start, main.end)
        if verb is None or verb.start() <= main.start:
            return []
        subject = Span(main.start, verb.start())
        when = self.r.trailing_when.search(text, subject.start, subject.end)
        if when and when.start() > subject.start:
            subject = Span(subject.start, when.start())
        subject = trim(text, subject)
        if len(words(subject.of(text))) > 8 or self.r.np_end.search(subject.of(text)):
            return []  # "The claim that it has ...": a subject holds no clause break or complementiser
        key = self.resolve(subject)
        if key is None:
            return []
        rest = trim(text, Span(m.end(), sent.end), " \t\n,;:.\u2014\u2013-")
        if len(words(rest.of(text))) < 3 or len(words(main.of(text))) < 4:
            return []
        cue = Span(m.start("cue"), m.start("cue") + len(m.group("cue").split()[0]))
        self.last_source = key
        return [
            Seed(None, [], None, "none", main, main, sent.para),
            Seed(key, [], cue, "indirect", trim_quotes(text, rest), Span(cue.start, rest.end), sent.para),
        ]

    def _inherit(self, sent: Sentence) -> list[Seed] | None:
        text = self.text
        body = trim(text, sent.span, " \t\n")
        raw = body.of(text)
        if not raw or raw[0] not in "\u201c\"\u00ab\u2018'":
            return None
        if sent.quotes:
            q = max(sent.quotes, key=len)
        elif raw[0] in "\u201c\u00ab" and not any(c in raw for c in "\u201d\u00bb"):
            q = Span(body.start + 1, body.end)  # a quotation that goes on past this sentence
        else:
            return None
        if len(q) < 0.6 * len(body):
            return None
        if self.last_frame is None:
            return []
        if self.last_frame[0] != sent.para and not (
            self.last_frame[0] == sent.para - 1 and self._quote_left_open(sent.start)
        ):
            return []
        fr = self.last_frame[1]
        inner = trim(text, q, " \t\n,;:\u2014\u2013-")
        if len(words(inner.of(text))) < 2:
            return []
        return [Seed(fr.source, list(fr.via), fr.cue, "direct", inner, inner, sent.para)]

    def _reported(self, sent: Sentence) -> list[Seed]:
        """ "Man müsse jetzt handeln.": a sentence with no cue whose verb is in the mood of reported speech
        (outside quotations) goes on with the last frame of its paragraph or of the one before."""
        text = self.text
        if self.last_frame is None or self.last_frame[0] < sent.para - 1:
            return []
        found = next(
            (m for m in self.r.reported_form.finditer(text, sent.start, sent.end) if not in_quotes(sent, m.start())),
            None,
        )
        if found is None:
            return []
        body = trim(text, sent.span, " \t\n")
        if len(words(body.of(text))) < 3:
            return []
        fr = self.last_frame[1]
        return [self._seed(sent, Fr(fr.source, list(fr.via), fr.cue), trim_quotes(text, body), body)]

    def _quote_left_open(self, pos: int) -> bool:
        """Whether the paragraph before ``pos`` ends inside a quotation (it goes on in the next one)."""
        text = self.text
        end = len(text[:pos].rstrip())
        start = text.rfind("\n", 0, end) + 1
        para = text[start:end]
        opens = para.count("\u201c") + para.count("\u00ab")
        closes = para.count("\u201d") + para.count("\u00bb")
        return opens > closes


@dataclass
class Fr:
    source: str
    via: list[str]
    cue: Span
