"""The offline backend: article text in, a valid BriefingDraft out, by rules alone.

Everything verbatim (evidence, cues, mentions, hedge/estimate/quantity texts) is sliced from the
article, so the draft is grounded by construction. Each item is validated on its own and dropped
if it still fails; the whole draft is validated last, with fallbacks down to a title-only draft.

The article's language is detected first (:mod:`.language`); its lexicon (:mod:`.lexicon`) gives every
stage its words. This module reads the sentences (claims, denials and how they interact); the draft
is put together by :mod:`.assembly`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas import BriefingDraft
from summarize.schemas.grounding import TextIndex
from summarize.sources.document import Document

from . import lexicon
from .actors import ActorTable, build
from .assembly import Assembly, minimal
from .attributions import Attributor, Seed
from .claim_drafts import Claim
from .claims import build as build_claim
from .claims import content_terms, is_negative, is_scene
from .claims import rules as claim_rules
from .clauses import relative_clauses, split_seed
from .denial_cues import rules as denial_rules
from .denials import DenialSeed, concerned, detect, display_end, merge_follow_ups
from .language import NO_LEXICON, has_lexicon
from .language import detect as detect_language
from .segment import Segmented, Sentence, segment
from .spans import Span, trim, words


@dataclass(frozen=True)
class Reading:
    """What the offline backend made of an article: its draft, the language it read it in, and what
    the reader should know of that reading (``meta.warnings``)."""

    draft: BriefingDraft
    language: str
    warnings: tuple[str, ...] = ()


def read(document: Document) -> Reading:
    """A deterministic, rule-based draft of ``document`` (valid for any text) and its language.

    A lexicon that cannot be loaded raises ``LexiconError``: a broken install must not pass for an article
    with nothing in it."""
    try:
        extractor = _Extractor(document)
    except lexicon.LexiconError:
        raise
    except Exception:  # pragma: no cover - last line of defence: a valid minimal draft, not a crash
        return Reading(minimal(document.text), lexicon.FALLBACK)
    warnings = () if has_lexicon(document.text) else (NO_LEXICON.format(languages=", ".join(lexicon.languages())),)
    try:
        return Reading(extractor.run(), extractor.language, warnings)
    except Exception:  # pragma: no cover - as above
        return Reading(minimal(document.text), extractor.language, warnings)


def extract(document: Document) -> BriefingDraft:
    """A deterministic, rule-based draft of ``document``; valid for any text."""
    return read(document).draft


def _raised(previous: str, content: str) -> bool:
    """ "I have never offered, and no one has ever offered, anything": a first conjunct that ends on the
    verb the next one repeats (right-node raising) is one proposition with it, not two."""
    last = words(previous)[-1:] if previous else []
    if bool(last) and last[0].isalpha() and last[0] in words(content):
        return True
    # "has never sold, and will never sell, the location of ...": the shared object set off by a comma
    # after the second verb, the first conjunct ending on its verb
    return bool(previous) and "," not in previous and re.match(r"[^,]{1,40},\s+\S", content) is not None


class _Extractor(Assembly):
    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.index: TextIndex = document.index
        self.language = detect_language(self.text)
        self.lex = lexicon.load(self.language)
        self.seg: Segmented = segment(self.text, self.lex)
        self.table: ActorTable = build(self.seg)
        self.attributor = Attributor(self.table)

    # --- pipeline ------------------------------------------------------------------------------
    def run(self) -> BriefingDraft:
        body = self.seg.body()
        denial_seeds, extra_denials = self._denials(body)
        claims: list[Claim] = []
        seen: set[tuple[int, int, str | None]] = set()
        previous = 0  # where the claims of the sentence before start
        for i, sent in enumerate(body):
            seeds = self.attributor.sentence(sent)
            self._point_back(sent, claims[previous:])
            previous = len(claims)
            if i in denial_seeds:
                seeds = self._outside_denial(seeds, denial_seeds[i])
            elif not seeds and sent.start not in self.attributor.anaphora and self._background_ok(sent):
                span = trim(self.text, sent.span, " \t\n")
                seeds = (
                    self.attributor.stance(sent)
                    or self.attributor.participial(sent)
                    or [Seed(None, [], None, "none", span, span, sent.para)]
                )
            seeds = [part for seed in seeds for part in split_seed(self.text, seed, self.lex)]
            seeds.extend(self._relatives(sent, seeds))
            prev = denial_seeds.get(i - 1)
            if prev is not None and i not in denial_seeds:
                seeds = self._denial_quotes(prev, sent, seeds, extra_denials)
            if i not in denial_seeds:
                seeds = self._response_quotes(i, sent, seeds, denial_seeds)
            for seed in seeds:
                key = (seed.content.start, seed.content.end, seed.source)
                if key in seen:
                    continue
                seen.add(key)
                parts = build_claim(self.text, seed, self.lex)
                if parts is None:
                    continue
                claims.append(Claim(parts, seed.source, list(seed.via)))
        denials = merge_follow_ups(list(denial_seeds.values()), self.text, self.lex, self.table) + extra_denials
        return self.assemble(_restated(claims, body, self.text, self.lex), denials)

    def _point_back(self, sent: Sentence, before: list[Claim]) -> None:
        """ "X will cut 600 jobs. Das teilte das Unternehmen mit.": the background claims of the sentence
        before (not its relative clauses) are the claims of the cue that points back at it, with the cue's
        sentence as evidence too."""
        found = self.attributor.anaphora.get(sent.start)
        if found is None:
            return
        source, via, cue, evidence = found
        for claim in before:
            seed = claim.parts.seed
            if claim.source is not None or seed.lead is not None or seed.quote_type != "none":
                continue
            claim.source, claim.via = source, list(via)
            claim.parts.seed = Seed(source, list(via), cue, "indirect", seed.content, seed.evidence, seed.para)
            claim.also.append(evidence)

    def _denials(self, body: list[Sentence]) -> tuple[dict[int, DenialSeed], list[DenialSeed]]:
        """The response of each body sentence that carries one (by its index), and the co-responders'.
        The title and standfirst announce the body's responses and give none of their own."""
        seeds: dict[int, DenialSeed] = {}
        extra: list[DenialSeed] = []
        start = display_end(self.seg.sentences)
        previous: DenialSeed | None = None
        responders: set[str] = set()

        def sources_of(sent: Sentence) -> set[str]:
            return {seed.source for seed in self.attributor.sentence(sent) if seed.source is not None}

        def is_concerned(key: str, sent: Sentence) -> bool:
            return key in responders or concerned(self.table, key, sent, sources_of)

        for i, sent in enumerate(body):
            if sent.para < start:
                continue
            found = detect(
                self.table, sent, self.attributor.resolve, self.attributor.source_before, previous, is_concerned
            )
            if found is not None:
                found.by = self._described_respondent(found, list(seeds.values()))
                seeds[i] = found
                responders.add(found.by)
                extra.extend(self._co_responders(found))
            previous = found
        return seeds, extra

    def _described_respondent(self, found: DenialSeed, earlier: list[DenialSeed]) -> str:
        """ "La direction d'Orvalis a démenti ... . Interrogée, la direction s'est refusée à tout
        commentaire.": a respondent named by a bare definite description (a determiner and a common
        noun) that an earlier response named in full is that earlier respondent."""
        name = self.table.actors[found.by].name.split()
        if len(name) == 1 and denial_rules(self.lex).subject_pronoun.fullmatch(name[0]):
            # "..., sagte Pohlmann: „... dass man nichts ausschließt“": the pronoun inside the quotation
            # is the speaker's, who responds
            speakers = [seed.source for seed in self.attributor.sentence(found.sentence) if seed.source]
            return self._same_as(found, next((k for k in speakers if k != found.by), None))
        # the respondent as this sentence writes it ("Le directeur"), when its record has no name of its own
        # ("The league" of a record named "Elite League" is that body already)
        rec = self.table.actors[found.by]
        here = [s.of(self.text).split() for s in rec.spans if found.sentence.span.contains(s)]
        written = next((w for w in here if len(w) == 2 and w[1][:1].islower()), None)
        if rec.identification == "named":
            written = None
        if written is None:
            return found.by
        noun = written[1].lower()
        for seed in reversed(earlier):
            head = words(self.text[seed.sentence.start : seed.cue.start].lower())
            if seed.by != found.by and noun in head:
                return self._same_as(found, seed.by)
        # "Le député de la circonscription, Bertrand L., ... Le député les a démentis": the person whose
        # name came with that noun just before it
        people = [
            (span.start, k)
            for k, rec in self.table.actors.items()
            if k != found.by and rec.kind == "person"
            for span in rec.spans
            if span.start < found.sentence.start and noun in words(self.text[max(0, span.start - 80) : span.start])
        ]
        return self._same_as(found, max(people)[1] if people else None)

    def _same_as(self, found: DenialSeed, key: str | None) -> str:
        """``found``'s respondent is ``key``; a record whose only mentions are in this response becomes
        mentions of ``key`` (no actor of its own)."""
        if key is None or key == found.by:
            return found.by
        rec = self.table.actors[found.by]
        if all(found.sentence.start <= span.start < found.sentence.end for span in rec.spans):
            for span in rec.spans:
                self.table.mention(key, span)
            rec.spans.clear()
        return key

    def _co_responders(self, denial: DenialSeed) -> list[DenialSeed]:
        """ "X and Y did not respond to requests for comment": one response per party."""
        sent = denial.sentence
        # "Two institutions, X and Y, did not respond": the coordinated names just before the cue
        left = self.text[sent.start : denial.cue.start].rstrip(" ,")
        comma = left.rfind(",")
        segment = Span(sent.start + comma + 1, sent.start + len(left))
        if comma > 0 and re.fullmatch(
            r"\s*(?:the\s+)?[A-Z][^,;]*\s+and\s+(?:the\s+)?[A-Z][^,;]*", segment.of(self.text)
        ):
            self.attributor.resolve(segment)
        for end, keys in self.attributor.co_sources.items():
            if denial.by in keys and sent.start <= end <= denial.cue.start:
                return [
                    DenialSeed(denial.kind, key, denial.cue, denial.evidence, denial.about, sent)
                    for key in keys
                    if key != denial.by
                ]
        return []

    def _denial_quotes(
        self, denial: DenialSeed, sent: Sentence, seeds: list[Seed], extra: list[DenialSeed]
    ) -> list[Seed]:
        """ "X denied the allegations. 'I never did A, and I never did B,' he said.": each negated
        quotation right after an explicit denial, by the same speaker, is part of that denial (one
        denial per proposition), not a claim of its own."""
        if denial.kind != "explicit_denial" or sent.para != denial.sentence.para:
            return seeds
        if self.text[denial.sentence.end : sent.start].strip():
            return seeds
        kept: list[Seed] = []
        used = 0
        previous = ""
        # "Heliant rejected the suggestion. 'Every part was qualified,' Solberg said.": after a bare
        # rejection, the next quotation (by the party or one of its people) is the substance of the denial
        bare = len(words(denial.evidence.of(self.text))) <= 6 and not denial.sentence.quotes
        for seed in seeds:
            content = seed.content.of(self.text)
            own_person = seed.source != denial.by and self._same_speaker(denial, seed, sent)
            related = (
                seed.source == denial.by
                or own_person
                or (
                    bare
                    and seed.source is not None
                    and seed.source in self.table.actors
                    and (
                        self.table.actors[seed.source].affiliation == denial.by
                        or self.table.actors[seed.source].kind == "person"
                    )
                )
            )
            if bare and used == 0 and related and seed.quote_type == "direct" and not is_negative(content, self.lex):
                if self._same_speaker(denial, seed, sent, people=False):
                    denial.more.append(seed.content)  # "X rejected the claims. '...,' he said.": one denial
                    used += 1
                    continue
                evidence = trim(self.text, sent.span, " \t\n")
                cue = seed.cue if seed.cue is not None else evidence
                extra.append(DenialSeed(denial.kind, seed.source or denial.by, cue, evidence, denial.about, sent))
                used += 1
                continue
            if related and seed.quote_type == "direct" and is_negative(content, self.lex):
                if used == 0 or _raised(previous, content) or own_person:
                    denial.more.append(seed.content)
                else:
                    extra.append(
                        DenialSeed(
                            denial.kind,
                            denial.by,
                            denial.cue,
                            denial.evidence,
                            denial.about,
                            denial.sentence,
                            [seed.content],
                        )
                    )
                used += 1
                previous = content
                continue
            kept.append(seed)
        return kept

    def _same_speaker(self, denial: DenialSeed, seed: Seed, sent: Sentence, people: bool = True) -> bool:
        """The quotation after a denial is the denier's own: the same party, a pronoun after it, or (with
        ``people``) one of its people ("..., a assuré son vice-président, X": a possessive before the role).
        After a bare rejection, one of its people who is named gives a denial of their own."""
        if seed.source is None:
            return False
        after = self.text[seed.content.end : sent.end]
        r = denial_rules(self.lex)
        own = people and bool(r.possessive.search(after))
        return seed.source == denial.by or bool(r.subject_pronoun.search(after)) or own

    def _response_quotes(self, i: int, sent: Sentence, seeds: list[Seed], denials: dict[int, DenialSeed]) -> list[Seed]:
        """ "Asked whether the plant caused it, Holt said: 'We will not speculate.' She added: 'Our focus is on
        the town.'": after a response that is not an outright denial (it deflects, neither confirms nor
        denies, justifies, or denies in part), the responding party's further quotations in the paragraph
        are that response, not claims of their own. An explicit denial's are handled by
        ``_denial_quotes`` (negated ones are the denial, the others stay claims)."""
        responders = {d.by for j, d in denials.items() if j < i and d.sentence.para == sent.para and d.kind in _EVASIVE}
        return [s for s in seeds if not (s.source in responders and s.quote_type == "direct")]

    def _relatives(self, sent: Sentence, seeds: list[Seed]) -> list[Seed]:
        """Embedded relative clauses ("X, which runs Y, said ...") as claims of their own: of the
        enclosing claim's source inside a quotation of its words, else background (the reporter's)."""
        out: list[Seed] = []
        for rel, antecedent in relative_clauses(self.text, sent.span, self.lex):
            if any(s.content.overlaps(rel) and not s.content.contains(rel) for s in seeds):
                continue
            if any(s.content == rel for s in seeds):
                continue
            owner = next((s for s in seeds if s.content.contains(rel) and len(s.content) > len(rel)), None)
            m = re.match(r"\S+\s+", rel.of(self.text))
            content = Span(rel.start + (m.end() if m else 0), rel.end)
            if owner is not None and owner.quote_type != "direct" and not any(q.contains(rel) for q in sent.quotes):
                owner = None  # outside the speaker's own words, the relative clause is the reporter's
            if owner is None:
                out.append(Seed(None, [], None, "none", content, rel, sent.para, lead=antecedent))
            else:
                out.append(
                    Seed(owner.source, list(owner.via), owner.cue, "indirect", content, rel, sent.para, lead=antecedent)
                )
        return out

    def _outside_denial(self, seeds: list[Seed], denial: DenialSeed) -> list[Seed]:
        """Claims of a sentence that also carries a denial: only what lies before the denial cue, and
        what an apposition between the respondent and its response says of its own."""
        out = self._before_cue(seeds, denial)
        apposition = self._apposition(denial)
        if apposition is not None and not any(s.content.overlaps(apposition.content) for s in out):
            out.append(apposition)
        return out

    def _apposition(self, denial: DenialSeed) -> Seed | None:
        """ "Camille L., employée aujourd'hui dans une coopérative de la région, n'a pas répondu": the
        comma-enclosed phrase right before the cue, when it is no name, no relative clause (those are
        claims of their own already) and long enough to state something (six words), is background."""
        text, sent = self.text, denial.sentence
        left = text[sent.start : denial.cue.start].rstrip()
        if not left.endswith(","):
            return None
        opening = left.rfind(",", 0, len(left) - 1)
        if opening < 0:
            return None
        span = trim(text, Span(sent.start + opening + 1, sent.start + len(left) - 1), " \t\n")
        raw = span.of(text)
        if len(words(raw)) < 6 or claim_rules(self.lex).rel_pronoun.match(raw) or sent.quotes:
            return None
        if any(occ.start - span.start <= 1 for occ, _ in self.table.occurrences(span)):
            return None  # "..., Régis Fontanel, ...": a name in apposition, not a proposition
        # stated of the respondent it describes: "Le conseil départemental est propriétaire du bâtiment"
        head = " ".join(text[sent.start : sent.start + opening].split())
        copula = self.lex.prose.apposition_copula
        lead = f"{head} {copula}" if copula and head and len(head.split()) <= 8 and "," not in head else None
        return Seed(None, [], None, "none", span, span, sent.para, lead=lead)

    def _before_cue(self, seeds: list[Seed], denial: DenialSeed) -> list[Seed]:
        if denial.keeps_claims:
            return seeds
        if denial.kind == "conditional_justification":
            # "X would not say whether A, but said any B was lawful": what comes before the justification
            # (its own cue and all) stays a claim
            start = denial.cue.start
            return [s for s in seeds if s.content.end <= start and (s.cue is None or s.cue.end <= start)]
        if denial.kind in ("non_denial_denial", "equivocation"):
            return []
        out: list[Seed] = []
        for seed in seeds:
            if seed.cue is not None and seed.cue.overlaps(denial.cue):
                continue
            if seed.content.end <= denial.cue.start or seed.content.start >= denial.cue.end:
                out.append(seed)
                continue
            if seed.content.start >= denial.cue.start:
                continue
            if seed.cue is not None and seed.cue.start >= denial.cue.end and seed.content.end <= seed.cue.start:
                # "X denied <allegation>, a claim made by Y": Y's claim is what X denied (not the rest of the
                # respondent's own quotation: "'I will not confirm or deny the report,' she said")
                after = trim(self.text, Span(denial.cue.end, seed.content.end), " \t\n,;:")
                if len(words(after.of(self.text))) >= 3 and seed.source != denial.by:
                    evidence = Span(after.start, max(seed.evidence.end, after.end))
                    out.append(
                        Seed(seed.source, seed.via, seed.cue, seed.quote_type, after, evidence, seed.para, seed.belief)
                    )
                continue
            cut = trim(self.text, Span(seed.content.start, denial.cue.start), " \t\n,;:")
            raw = cut.of(self.text)
            m = claim_rules(self.lex).conjunction_end.search(raw)
            if m:
                cut = trim(self.text, Span(cut.start, cut.start + m.start()), " \t\n,;:")
            if len(words(cut.of(self.text))) < 3:
                continue
            evidence = Span(min(seed.evidence.start, cut.start), cut.end)
            out.append(Seed(seed.source, seed.via, seed.cue, seed.quote_type, cut, evidence, seed.para, seed.belief))
        return out

    def _background_ok(self, sent: Sentence) -> bool:
        raw = sent.span.of(self.text).strip()
        if len(words(raw)) < 6 or raw.endswith("?") or sent.heading:
            return False
        if raw[:1] in '\u201c"\u00ab' and sent.quotes:
            return False
        r = claim_rules(self.lex)
        if r.source_note.search(raw):
            return False  # "She asked not to be named because ...": about the source, not the story
        if r.question_put.search(raw):
            return False  # "X was asked on Monday whether ...": a question put, not a proposition
        if is_scene(raw, self.lex):
            return False  # "Outside the factory on Monday, workers gathered ...": the reporter's scene
        lowercase = sum(1 for w in raw.split() if w[:1].islower())
        return bool(r.background_verb.search(raw)) or lowercase >= 4

    # --- assembly ------------------------------------------------------------------------------


# Responses other than an outright denial: what their party goes on to say is the response itself.
_EVASIVE = frozenset(
    {"partial_denial", "non_denial_denial", "equivocation", "neither_confirm_nor_deny", "conditional_justification"}
)

# The lede: the first paragraph of the body, which a news story goes on to tell again with its sources.
_LEDE_PARAGRAPHS = 1


def _restated(claims: list[Claim], body: list[Sentence], text: str, lex: lexicon.Lexicon) -> list[Claim]:
    """A statement of the lede told again later with its source ("23 people were hurt ..." and, below,
    "Police said 23 people had been hurt"): one claim, the later one's, with both evidence spans.
    Restated means the same figure and, besides the figures' words, at least three and half of the other
    content words of the shorter."""
    paras = sorted({s.para for s in body})[:_LEDE_PARAGRAPHS]
    if not paras:
        return claims
    lede_end = max(s.end for s in body if s.para in paras)
    dropped: set[int] = set()
    for i, lede in enumerate(claims):
        seed = lede.parts.seed
        if seed.evidence.end > lede_end or lede.source is not None or not lede.parts.quantities:
            continue
        figures = {v for q in lede.parts.quantities for v in (q.low, q.high) if v is not None}
        terms = lede.parts.terms
        for j, later in enumerate(claims):
            if j in dropped or later.source is None or later.parts.seed.evidence.start < lede_end:
                continue
            if not figures & {v for q in later.parts.quantities for v in (q.low, q.high)}:
                continue
            # the figures' own words ("five towns") do not count towards the rest of the statement
            quantities = (*lede.parts.quantities, *later.parts.quantities)
            figure_words = {w for q in quantities for w in content_terms(q.span.of(text), lex)}
            rest, later_rest = terms - figure_words, later.parts.terms - figure_words
            shared = len(rest & later_rest)
            if shared >= 3 and shared >= 0.5 * min(len(rest), len(later_rest)):
                later.also.append(seed.evidence)
                dropped.add(i)
                break
    return [c for i, c in enumerate(claims) if i not in dropped]


__all__ = ["extract"]
