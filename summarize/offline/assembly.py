"""Assembly: the draft from the extracted pieces. Actors by first mention (those with a grounded
mention), claims by position (each validated on its own, with its grounding checked), denials with
their target claim, relations between claims, uncertainties and the bottom line; the whole draft is
validated last, with fallbacks down to a title-only draft."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from summarize.schemas import (
    Actor,
    BlufSentence,
    BriefingDraft,
    ClaimDraft,
    DenialDraft,
    EvidenceQuote,
    Uncertainty,
)
from summarize.schemas.grounding import TextIndex
from summarize.sources.document import Document

from . import bluf as bluf_mod
from . import naming, statements, titles
from . import uncertainties as unc
from .actor_table import ActorTable
from .claim_drafts import Claim, ClaimDrafts
from .claims import content_terms, statement_of
from .cues import cues
from .denial_cues import rules as denial_rules
from .denial_targets import Candidate, response_terms
from .denial_targets import choose as choose_target
from .denials import DenialSeed
from .lexicon import Lexicon
from .segment import Segmented
from .spans import Span, clip_words, trim


def minimal(text: str) -> BriefingDraft:
    return BriefingDraft(title=titles.fallback(text))


class Assembly(ClaimDrafts):
    """Builds the draft; mixed into the extractor, whose state it reads."""

    document: Document
    text: str
    index: TextIndex
    lex: Lexicon
    seg: Segmented
    table: ActorTable

    def assemble(self, claims: list[Claim], denials: list[DenialSeed]) -> BriefingDraft:
        text = self.text
        table = self.table
        publisher = table.publisher if table.publisher in table.actors else None
        used: set[str] = set()
        for c in claims:
            if c.source:
                used.add(c.source)
            used.update(c.via)
        used.update(d.by for d in denials)
        # actors, by first mention
        recs = table.listed(used)
        actor_ids: dict[str, str] = {}
        actors: list[Actor] = []
        for rec in recs:
            mentions: list[str] = []
            for span in sorted(rec.spans, key=lambda s: s.start):
                m = span.of(text)
                if m.strip() and m not in mentions and self.index.locate(m, elisions=False) is not None:
                    mentions.append(m)
            if not mentions:
                continue
            aid = f"A{len(actors) + 1}"
            kind = rec.kind
            if kind == "publisher" and rec.key != publisher:
                kind = "media"
            ident = rec.identification
            role = rec.role
            if ident == "anonymous" and not (role and role.strip()):
                role = rec.name
            try:
                actor = Actor(
                    id=aid,
                    name=clip_words(rec.name, 200) or mentions[0],
                    kind=kind,
                    identification=ident,
                    role=clip_words(role, 300) if role else None,
                    affiliation=None,
                    mentions=mentions[:10],
                )
            except ValidationError:
                continue
            actor_ids[rec.key] = aid
            actors.append(actor)
        for actor, rec in zip(actors, [r for r in recs if r.key in actor_ids], strict=False):
            aff = actor_ids.get(rec.affiliation or "")
            if aff and aff != actor.id:
                actor.affiliation = aff
        publisher_id = actor_ids.get(publisher or "")

        # claims, by position
        claims.sort(key=lambda c: (c.parts.seed.evidence.start, c.parts.seed.content.start))
        drafts: list[ClaimDraft] = []
        kept: list[Claim] = []
        injected = self._injection_spans()
        for c in claims:
            evidence = c.parts.seed.evidence
            if any(evidence.start < end and start < evidence.end for start, end in injected):
                continue  # text addressed to an AI is reported as such, never as a claim
            draft = self._claim(c, f"C{len(drafts) + 1}", actor_ids, publisher_id)
            if draft is not None:
                drafts.append(draft)
                kept.append(c)
        self._relate(drafts, kept)

        # denials
        denial_drafts: list[DenialDraft] = []
        for d in sorted(denials, key=lambda x: x.evidence.start):
            dd = self._denial(d, f"D{len(denial_drafts) + 1}", actor_ids, drafts, kept)
            if dd is not None:
                denial_drafts.append(dd)

        names = {a.id: a.name for a in actors}
        anonymous = {a.id for a in actors if a.identification == "anonymous"}
        spoken = {k: self._name(v) for k, v in names.items()}  # as a sentence names them: "the U.S."
        views = [unc.view_of(d, anonymous, self.lex, spoken) for d in drafts]
        dviews = [
            unc.DenialView(
                d.id, d.kind, spoken.get(d.by, "the party concerned"), d.target, d.target_statement, len(d.evidence)
            )
            for d in denial_drafts
        ]
        uncertainties: list[Uncertainty] = []
        # the words a clause embedded mid-sentence writes in lower case: those the article writes so, and
        # the common nouns it capitalises only to open a sentence (no actor's name is
        # recased, even one the article writes only at the start of its sentences)
        named = frozenset(w.lower() for a in actors for w in a.name.split())
        common = frozenset(self.table.lower_words) | naming.opening_only(self.text, named)
        for o in unc.derive(views, dviews, self.lex, common):
            try:
                uncertainties.append(
                    Uncertainty(
                        id=f"U{len(uncertainties) + 1}",
                        question=o.question,
                        reasons=o.reasons,
                        related=o.related,
                        would_resolve=o.would_resolve,
                    )
                )
            except ValidationError:
                continue

        items = [
            bluf_mod.Item(
                d.id,
                self._name(names[d.source]) if d.source in names and d.source != publisher_id else None,
                d.statement,
                d.certainty,
                d.source is not None and d.source not in anonymous,
                c.parts.seed.evidence.start,
                has_figure=bool(d.quantities),
                hedges=tuple(h.text for h in d.hedges) + ((d.estimate.text,) if d.estimate else ()),
            )
            for d, c in zip(drafts, kept, strict=True)
        ]
        ditems = [
            bluf_mod.denial_item(d, self._name(names[d.by]) if d.by in names else None, self._pos(d.evidence[0].quote))
            for d in denial_drafts
        ]
        composed = bluf_mod.compose(items, ditems, self.lex, common)
        bluf = [BlufSentence(text=t, supports=s) for t, s in composed if t.strip()]

        injections = [self.text[start:end] for start, end in injected]
        data: dict[str, Any] = {
            "title": self._title(),
            "bluf": [b.model_dump() for b in bluf],
            "actors": [a.model_dump() for a in actors],
            "claims": [c.model_dump() for c in drafts],
            "denials": [d.model_dump() for d in denial_drafts],
            "uncertainties": [u.model_dump() for u in uncertainties],
            "embedded_instructions": [{"quote": q} for q in injections],
        }
        return self._validated(data)

    def _pos(self, quote: str) -> int:
        span = self.index.locate(quote)
        return span.start if span else 0

    def _validated(self, data: dict[str, Any]) -> BriefingDraft:
        context = {"article": self.document}
        attempts = [
            data,
            {
                **data,
                "uncertainties": [],
                "claims": [{**c, "contradicts": [], "corroborates": []} for c in data["claims"]],
            },
        ]
        for attempt in attempts:
            try:
                return BriefingDraft.model_validate(attempt, context=context)
            except ValidationError:
                continue
        # drop denials, then claims, keeping a valid bluf
        base = attempts[-1]
        try:
            return BriefingDraft.model_validate(
                {**base, "denials": [], "bluf": _bluf_without(base, "D")}, context=context
            )
        except ValidationError:
            pass
        try:
            return BriefingDraft.model_validate({"title": base["title"], "actors": base["actors"]}, context=context)
        except ValidationError:
            return minimal(self.text)

    # --- pieces --------------------------------------------------------------------------------
    def _denial(
        self, d: DenialSeed, did: str, actor_ids: dict[str, str], drafts: list[ClaimDraft], kept: list[Claim]
    ) -> DenialDraft | None:
        text = self.text
        by = actor_ids.get(d.by)
        if by is None:
            return None
        evidence = trim(text, d.evidence, " \t\n")
        if not len(evidence):
            return None
        target, target_statement = self._target(d, by, evidence, drafts, kept)
        names = {v: self.table.actors[k].name for k, v in actor_ids.items()}
        resolve = self._resolver(d.evidence.start)
        by_name = naming.name_of(self._name(names[by]), resolve, self.lex) if by in names else "The party concerned"
        statement = naming.denial_statement(d.kind, by_name, self.lex)
        statement = statements.standalone(statement, self.lex, None, resolve)
        try:
            return DenialDraft(
                id=did,
                by=by,
                kind=d.kind,
                target=target,
                target_statement=target_statement,
                statement=statement,
                evidence=[
                    EvidenceQuote(quote=evidence.of(text)),
                    *[
                        EvidenceQuote(quote=trim(text, m, " \t\n").of(text))
                        for m in d.more
                        if len(trim(text, m, " \t\n"))
                    ],
                ],
            )
        except ValidationError:
            return None

    def _target(
        self, d: DenialSeed, by: str, evidence: Span, drafts: list[ClaimDraft], kept: list[Claim]
    ) -> tuple[str | None, str]:
        """The claim the response answers (:mod:`.denial_targets`) and the allegation stated neutrally:
        that claim's statement, what the response is about, or else the article's central claim."""
        text = self.text
        family = {k for k, rec in self.table.actors.items() if k == d.by or rec.affiliation == d.by}
        own, follow_ups = " ".join([evidence.of(text), d.about or ""]), [m.of(text) for m in d.more]
        terms = response_terms(own, follow_ups, lambda words: content_terms(words, self.lex))
        accusation = denial_rules(self.lex).accusation
        candidates = [
            Candidate(
                draft.id,
                draft.source,
                draft.quote_type != "none",
                k.parts.seed.evidence,
                k.parts.seed.para,
                k.parts.terms,
                any(key in family for _, key in self.table.occurrences(k.parts.seed.evidence)),
                bool(accusation.search(text, k.parts.seed.evidence.start, k.parts.seed.evidence.end)),
                bool(draft.quantities),
            )
            for draft, k in zip(drafts, kept, strict=True)
        ]
        explicit = d.kind == "explicit_denial"
        central = d.kind not in ("no_response", "declined_to_comment")  # a non-answer answers no claim of its own
        chosen = choose_target(
            candidates, by, evidence, d.cue, d.sentence.para, terms, explicit, central, d.anaphoric, d.at_figure
        )
        by_id = {draft.id: draft.statement for draft in drafts}
        target = chosen.id if chosen is not None else None
        statement = by_id[target] if target is not None else None
        if d.about and (statement is None or d.kind in ("no_response", "declined_to_comment")):
            # what the response is about, worded to stand alone; kept only if it reads as a sentence
            about = statements.standalone(
                statement_of(d.about, self.lex), self.lex, None, self._resolver(d.evidence.start)
            )
            statement = about if statements.stands_alone(about, self.lex) else statement
        if not statement:
            # a response to no claim in particular answers the article's allegation: its central claim
            lead = next((draft for draft in drafts if draft.source != by), None)
            statement = lead.statement if lead is not None else None
        return target, naming.allegation(statement, None, self.lex)

    def _title(self) -> str:
        return titles.title(self.seg, self.text, self.lex)

    def _injection_spans(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        injection = cues(self.lex).injection
        for sent in self.seg.sentences:
            if injection.search(self.text, sent.start, sent.end):
                span = trim(self.text, sent.span, " \t\n")
                if len(span):
                    out.append((span.start, span.end))
        return out


def _bluf_without(data: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    out = []
    for b in data.get("bluf", []):
        supports = [s for s in b["supports"] if not s.startswith(prefix)]
        if supports:
            out.append({**b, "supports": supports})
    if not out and data.get("claims"):
        first = data["claims"][0]
        out.append({"text": first["statement"], "supports": [first["id"]]})
    return out[:3]
