"""Claim drafts: each claim's draft from its extracted parts (source, cue, hedges, figures, the statement
worded to stand alone), validated on its own with its grounding checked, and the relations between
claims. Mixed into :class:`.assembly.Assembly`, whose state it reads."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from pydantic import ValidationError

from summarize.schemas import ClaimDraft
from summarize.schemas.grounding import TextIndex
from summarize.schemas.invariants import check_grounding

from . import conjuncts, elided, naming, statements
from .actor_table import ActorTable
from .claims import ClaimParts
from .lexicon import Lexicon
from .segment import Segmented
from .spans import Span, clip_words, trim


@dataclass
class Claim:
    parts: ClaimParts
    source: str | None
    via: list[str]
    also: list[Span] = field(default_factory=list)  # the same statement's evidence elsewhere (the lede)


class ClaimDrafts:
    """The claim half of the assembly."""

    text: str
    index: TextIndex
    lex: Lexicon
    seg: Segmented
    table: ActorTable

    def _claim(self, c: Claim, cid: str, actor_ids: dict[str, str], publisher_id: str | None) -> ClaimDraft | None:
        text = self.text
        p = c.parts
        seed = p.seed
        source = actor_ids.get(c.source or "")
        quote_type = seed.quote_type
        cue = seed.cue.of(text) if seed.cue else None
        if c.source is not None and source is None:
            return None
        if quote_type == "none" or source is None:
            quote_type, cue, source = "none", None, publisher_id
        elif source == publisher_id:
            quote_type = quote_type if cue else "none"
        via = []
        for v in c.via:
            vid = actor_ids.get(v)
            if vid and vid != source and vid != publisher_id and vid not in via:
                via.append(vid)
        evidence = trim(text, seed.evidence, " \t\n")
        if not len(evidence):
            return None
        ev_quotes = [evidence.of(text), *(trim(text, span, " \t\n").of(text) for span in c.also)]
        hedges = [{"text": h.span.of(text), "type": h.type} for h in p.hedges if evidence.contains(h.span)]
        estimate = None
        if p.estimate is not None and evidence.contains(p.estimate[0]):
            estimate = {"text": p.estimate[0].of(text), "band": p.estimate[1]}
        quantities = []
        for q in p.quantities:
            if not evidence.contains(q.span):
                continue
            quantities.append(
                {
                    "text": q.span.of(text),
                    "low": q.low,
                    "high": q.high,
                    "bound": q.bound,
                    "counts": clip_words(q.counts, 120) or "unspecified",
                    "state": clip_words(q.state, 160) if q.state else None,
                }
            )
        certainty = p.certainty
        if certainty == "certain" and any(h["type"] in ("epistemic", "doxastic") for h in hedges):
            certainty = "probable"
        statement = self._standalone(c, p.statement, source != publisher_id)
        if not statement:
            return None  # a fragment with nothing to say of its own ("but did not say who")
        data = {
            "id": cid,
            "source": source,
            "via": via,
            "statement": statement,
            "cue": cue,
            "quote_type": quote_type,
            "certainty": certainty,
            "polarity": p.polarity,
            "hedges": hedges,
            "estimate": estimate,
            "quantities": quantities,
            "when": p.when,
            "evidence": [{"quote": q} for q in ev_quotes],
        }
        return self._checked_claim(data)

    def _standalone(self, c: Claim, statement: str, reported: bool) -> str:
        """The statement worded to stand alone (:mod:`.statements`): its speaker, the actor an opening
        pronoun of narration stands for, the publisher."""
        start = c.parts.seed.content.start
        before = self._sentence_before(start)
        statement = elided.with_elided_head(statement, before, self.lex, frozenset(self.table.lower_words))
        statement = conjuncts.mended(statement, before, self.lex, lambda: self._speaker_name(c, reported))
        if not statement or statements.stands_as_is(statement, self.lex):
            return statement  # "": a fragment with nothing to say of its own
        table = self.table
        rec = table.actors.get(c.source or "") if reported else None
        resolve = self._resolver(c.parts.seed.content.start)
        speaker = None
        if rec is not None:
            speaker = statements.Speaker(naming.name_of(self._name(rec.name), resolve, self.lex), rec.kind)
        if "_publisher_name" not in self.__dict__:
            publisher = table.actors.get(table.publisher or "")
            self.__dict__["_publisher_name"] = self._name(publisher.name) if publisher else None
        seed = c.parts.seed
        quote = seed.content.of(self.text) if seed.quote_type == "direct" else None
        publisher_name = self.__dict__["_publisher_name"]
        if quote is not None and _runs_on(self.text, seed.content.end):
            # "As a matter of policy we [neither confirm nor deny ...]": a quotation cut where a refusal
            # began, its words ending on a function word or a subject: nothing to say alone
            last, r = statements.last_word(statement), statements.rules(self.lex)
            if last in r.final_words or any(last == w.lower() for w in r.first_subjects):
                return ""
        return statements.standalone(statement, self.lex, speaker, resolve, publisher_name, quote)

    def _speaker_name(self, c: Claim, reported: bool) -> str | None:
        rec = self.table.actors.get(c.source or "") if reported else None
        return self._name(rec.name) if rec is not None else None

    def _starts(self) -> list[int]:
        """Where each sentence starts, worked out once per article."""
        starts: list[int] = self.__dict__.setdefault("_sentence_starts", [x.start for x in self.seg.sentences])
        return starts

    def _sentence_before(self, at: int) -> str:
        """The words of the sentence holding ``at`` that come before it."""
        i = bisect_right(self._starts(), at) - 1
        return self.text[self.seg.sentences[i].start : at] if i >= 0 else ""

    def _resolver(self, at: int) -> statements.Resolver:
        """The actor an opening pronoun at ``at`` stands for: the first fitting actor of the sentence
        before (a subject pronoun continues the previous sentence's subject), else the actor table's
        resolution (the last fitting actor mentioned)."""
        table = self.table

        def speaker(key: str | None) -> statements.Speaker | None:
            found = table.actors.get(key or "")
            if found is None or found.identification == "anonymous" or not found.name[:1].isupper():
                return None
            if found.kind in ("publisher", "media"):
                return None  # the article does not speak of its publisher as "they"
            return statements.Speaker(self._name(found.name), found.kind)

        def resolve(word: str) -> statements.Speaker | None:
            sentences = self.seg.sentences
            i = bisect_right(self._starts(), at) - 1
            previous = sentences[i - 1] if i >= 1 else None
            if previous is not None and not previous.chrome:
                found = table.occurrences(previous.span)
                found.sort(key=lambda o: (o[0].start, -o[0].end))  # the longest of those that start first
                for _, key in found:
                    rec = table.actors[key]
                    if rec.kind not in ("publisher", "media") and statements.fits(word, rec.kind, self.lex):
                        return speaker(key)
            return speaker(table.resolve_pronoun(word, at))

        return resolve

    def _name(self, name: str) -> str:
        """An actor's name as a sentence opens on it: with the article the text gives it ("The U.S.")."""
        return naming.with_article(name, self.text, self.lex, self.__dict__.setdefault("_name_articles", {}))

    def _checked_claim(self, data: dict[str, Any]) -> ClaimDraft | None:
        for strip in ((), ("quantities",), ("quantities", "hedges", "estimate")):
            attempt = dict(data)
            for key in strip:
                attempt[key] = None if key == "estimate" else []
            try:
                claim = ClaimDraft.model_validate(attempt)
            except ValidationError:
                continue
            probe = SimpleNamespace(actors=[], claims=[claim], denials=[], embedded_instructions=[])
            if not check_grounding(probe, self.index):
                return claim
        return None

    def _relate(self, drafts: list[ClaimDraft], kept: list[Claim]) -> None:
        """Claims of different sources about the same thing corroborate (same polarity) or contradict
        each other. The relation is symmetric: each pair is weighed once, and each claim's list stays
        in claim order (pairs with earlier claims come first)."""
        terms = [k.parts.terms for k in kept]  # the content terms of each claim, computed when it was built
        for i, a in enumerate(drafts):
            if a.source is None or len(terms[i]) < 3:
                continue
            for j in range(i + 1, len(drafts)):
                b = drafts[j]
                if b.source is None or a.source == b.source:
                    continue
                shared = len(terms[i] & terms[j])
                if shared < 3 or shared / (min(len(terms[i]), len(terms[j])) or 1) < 0.6:
                    continue
                same = a.polarity == b.polarity
                (a.corroborates if same else a.contradicts).append(b.id)
                (b.corroborates if same else b.contradicts).append(a.id)


def _runs_on(text: str, end: int) -> bool:
    """Whether a quotation's words go on after ``end`` (a word follows, not a closing mark or a stop)."""
    after = text[end : end + 2]
    return text[end - 1 : end] not in ".!?…" and after[:1] == " " and after[1:2].isalpha()
