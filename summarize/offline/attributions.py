"""Attributions: who said (or believes, or reported) what, with the verbatim cue.

A sentence is read as frames: a speech or belief cue ("said", "told Reuters", "wrote on X",
"according to", "reported, citing ..."), its subject (resolved to an actor, through appositives,
pronouns and short names) and its content (after the cue, or before it for "..., X said").
A quotation-only sentence inherits the last frame of its paragraph. A sentence without a frame
can be background, stated by the publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .actor_rules import FAMILY
from .actor_rules import rules as actor_rules
from .actor_table import ActorTable
from .cues import Cues, cues
from .lexicon import Lexicon
from .lexicon.patterns import alt, alt_bare
from .segment import Sentence
from .sources import np_actor
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


@dataclass
class _Frame:
    source: str
    via: list[str]
    cue: Span
    verb: str
    subject: Span | None
    after: int  # where the content may start (after cue, citing, time words, "that")
    belief: Span | None = None
    lead: str | None = None  # "X accused": the statement keeps subject and verb before the content


_BREAKS = ',;:\u201c\u201d"\u00ab\u00bb\u2014('
# a lower-case letter of a verb's stem, accented ones included ("acompañó")
_LOWER = "[a-zßà-öø-ÿ]"


@dataclass(frozen=True, slots=True)
class Rules:
    """The attribution rules of one language, compiled."""

    intro: re.Pattern[str]
    time_after: re.Pattern[str]
    that: re.Pattern[str]
    continuation: re.Pattern[str]
    subordinate: re.Pattern[str]
    split: re.Pattern[str]
    participle_cue: re.Pattern[str]
    first_verb: re.Pattern[str]
    trailing_when: re.Pattern[str]
    nested: re.Pattern[str]
    finite: re.Pattern[str]
    coord_split: re.Pattern[str]
    not_conjunct: re.Pattern[str]
    conjunct_article: re.Pattern[str]
    document_by: re.Pattern[str]
    not_saying: re.Pattern[str]
    not_saying_open: re.Pattern[str]
    open_q: re.Pattern[str]
    whether: re.Pattern[str]
    invertible: frozenset[str]
    inverted_np: re.Pattern[str]
    relative_subjects: frozenset[str]
    relative_head: re.Pattern[str]
    relative_word: re.Pattern[str]
    relative_lead: re.Pattern[str]
    conjunction: re.Pattern[str]
    pronoun_subjects: frozenset[str]
    name_article: re.Pattern[str]
    name_article_lead: re.Pattern[str]
    place_preposition: re.Pattern[str]
    passive: re.Pattern[str]
    np_end: re.Pattern[str]
    inner_cue: re.Pattern[str]
    according_verb: re.Pattern[str]


def _build(lex: Lexicon) -> Rules:
    a, t, c = lex.attributions, lex.time, lex.claims
    comp = alt(c.complementizers)
    occasion = (
        rf"{alt(a.occasion_prepositions)}\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{alt(a.occasions)}"
        rf"(?:\s+with\s+(?:{alt_bare(a.occasion_audiences)}|[A-Z][\w-]*))?"
    )
    by_stem: dict[int, list[str]] = {}
    for suffix, stem in a.first_verb_suffixes.items():
        by_stem.setdefault(stem, []).append(suffix)
    suffixed = "|".join(rf"{_LOWER}{{{stem},}}{alt(ends)}" for stem, ends in by_stem.items())
    not_participle = "|".join(rf"{re.escape(w)}\b" for w in a.continuation_not_participles) or "(?!)"
    title = rf"(?:{alt(a.title_abbreviations)}\.\s)?"
    to_name = rf"[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+(?:{alt(a.according_to_particles)}\s+)?[A-ZÁÉÍÓÚÑ][\w-]*)*"
    return Rules(
        intro=re.compile(
            rf"^(?:(?:{alt_bare(a.intro_words)}|in\s+a\s+{alt(a.intro_media)}(?:\s+on\s+\w+)?)\b[\s,]*)+",
            re.IGNORECASE,
        ),
        time_after=re.compile(
            rf"(?:\s*,)?\s*(?:{alt(t.day_modifiers)}\s+)?(?:{alt(t.weekdays)}(?:\s+{alt(t.day_parts)})?|"
            rf"{alt_bare(a.time_words)}|{alt(t.months)}\s+\d{{1,2}}(?:,\s*\d{{4}})?|{alt_bare(a.occasion_phrases)}|"
            rf"{occasion}|outside\s+(?:{alt_bare(a.outside_places)}|the\s+\w+)|in\s+(?:a|an)\s+{alt(a.delivery_modes)}\s+\w+)\b"
        ),
        that=re.compile(rf"\s*[,:]?\s*(?:{comp}\b)?\s*"),
        continuation=re.compile(
            rf"(?:{alt(a.continuation_quantifiers)}\s+of\s+{alt(a.continuation_pronouns)}\b|"
            rf"with\s+{alt(c.with_figure_leads)}?\s*\d|(?!{not_participle})[a-z]{{3,}}{alt(c.gerund_suffixes)}\s)"
        ),
        subordinate=re.compile(rf"^{alt(a.subordinate_openers)}\b", re.IGNORECASE),
        split=re.compile(
            rf",?\s+{alt(a.split_conjunctions)}\s+{alt(a.split_links)}\s+|"
            # "X called the offer 'insulting' and said the union would ...": a second cue of the same speaker
            rf",?\s+{alt(a.split_conjunctions)}\s+(?:also\s+)?{alt(a.split_verbs)}\s+(?={alt(a.split_subjects)}\b)|;\s+|"
            rf",\s+(?:and\s+)?{alt(a.split_phrases)}\s+|,\s+{alt(a.split_participles)}\s+{comp}\s+"
        ),
        # "The court dismissed the case, ruling that ...": a participle of speech after a main clause
        participle_cue=re.compile(rf",\s+(?P<cue>{alt(a.participle_cues)}\s+{comp})\s+"),
        first_verb=re.compile(rf"\b(?:{'|'.join(p for p in (suffixed, alt_bare(a.first_verbs)) if p)})\b"),
        trailing_when=re.compile(
            rf"\s+(?:{alt(t.day_modifiers)}\s+)?{alt((*t.weekdays, *t.deictic, *t.periods))}"
            rf"(?:\s+{alt(t.day_parts)})?\s*$"
        ),
        nested=re.compile(
            rf"^(?P<np>[^,;:\u201c\u201d\"]{{2,80}}?)\s+(?P<verb>{alt_bare(a.nested_verbs)})\s+(?:{comp}\s+)?"
        ),
        finite=re.compile(rf"\b{alt(a.finite_words)}\b", re.IGNORECASE),
        coord_split=re.compile(rf",\s+(?:{alt(a.comma_coordinators)}\s+)?|\s+{alt(a.coordinators)}\s+"),
        not_conjunct=re.compile(rf"\b{alt(a.not_conjunct_words)}\b|[\u201c\u201d\"\u00ab\u00bb]"),
        conjunct_article=re.compile(rf"{alt(a.conjunct_articles)}\s+[A-Z\u00c0-\u00dd]"),
        document_by=re.compile(
            rf"\s*{alt(a.document_determiners)}\s+(?:{alt(a.document_modifiers)}\s+)?{alt(a.documents)}\s+"
            rf"{alt(a.document_agents)}\s+",
            re.IGNORECASE,
        ),
        not_saying=re.compile(rf"\b{alt(a.not_saying)}\s+$", re.IGNORECASE),
        not_saying_open=re.compile(rf"{alt(a.not_saying_open)}\b", re.IGNORECASE),
        open_q=re.compile(rf"\s+{alt(a.open_questions)}\b", re.IGNORECASE),
        whether=re.compile(rf"\s+{alt(lex.negation.whether)}", re.IGNORECASE),
        invertible=frozenset(a.invertible),
        inverted_np=re.compile(
            rf"\s+(?P<np>(?P<lower>(?:[a-z][\w-]*\s+){{1,3}}(?=[A-Z]))?{title}"
            rf"(?:[A-ZÁÉÍÓÚÑ]|{alt(a.inverted_determiners)}\s)"
            r"[^,.;:\u201c\u201d\"]{1,80}?)(?=,|\.|$|;)"
        ),
        relative_subjects=frozenset(a.relative_subjects),
        relative_head=re.compile(rf"\s*{alt(a.relative_heads)}\b"),
        relative_word=re.compile(rf"\s*{alt(a.relative_words)}\b", re.IGNORECASE),
        relative_lead=re.compile(rf",\s+{alt(a.relative_leads)}\s+(?:\w+\s+)?$"),
        conjunction=re.compile(alt(c.conjunctions), re.IGNORECASE),
        pronoun_subjects=frozenset(a.pronoun_subjects),
        name_article=re.compile(rf"^{alt(a.name_articles, initial=True)}\s+"),
        name_article_lead=re.compile(rf"{alt(a.name_articles, initial=True)}\s+"),
        place_preposition=re.compile(rf"\s{alt(a.place_prepositions)}\s+(?:the\s+)?$"),
        passive=re.compile(rf"\b{alt(a.passive_auxiliaries)}\s+$"),
        np_end=re.compile(rf"[,;.:\u201c\"]|\s+{comp}\b"),
        inner_cue=re.compile(rf"\s*(?:{comp}\b|,?\s*[\u201c\"\u00ab])"),
        according_verb=re.compile(
            rf"\s*{alt(a.according_verbs)}(?P<to>\s+{alt(a.according_to)}\s+(?P<name>(?:{alt(a.according_to_articles)}\s+)?"
            rf"{to_name}))?\s+"
        ),
    )


def rules(lex: Lexicon) -> Rules:
    return lex.compiled(_build)


def _cue_span(text: str, m: re.Match[str], c: Cues, time_words: frozenset[str]) -> Span:
    end = m.end()
    ext = m.group("ext")
    if ext:
        ext_words = ext.split()
        if any(w.rstrip(".,") in time_words for w in ext_words) or ext_words[-1] in c.not_addressees:
            end = m.end("verb")
    start = m.start()
    # leading auxiliaries that are adverbs of the subject ("himself") are not part of the cue
    lead = c.lead_adverb.match(text[start:end])
    if lead:
        start += lead.end()
    span = trim(text, Span(start, end))
    while len(span) > 1 and text[span.end - 1] == "." and text[span.end - 2].islower():
        span = Span(span.start, span.end - 1)
    return span


def _in_quotes(sent: Sentence, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in sent.quotes)


def _subject_segment(text: str, floor: int, cue_start: int) -> tuple[Span, str]:
    """The span between the last clause break before the cue and the cue, and that break char."""
    i = cue_start - 1
    while i >= floor and (text[i] not in _BREAKS or _digit_comma(text, i)):
        i -= 1
    brk = text[i] if i >= floor else ""
    return Span(i + 1 if i >= floor else floor, cue_start), brk


def _digit_comma(text: str, i: int) -> bool:
    """A comma inside a figure ("300,000 teachers") is not a clause break."""
    return text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()


def _strip_intro(text: str, span: Span, r: Rules) -> Span:
    seg = span.of(text)
    m = r.intro.match(seg.lstrip())
    if m:
        lead = len(seg) - len(seg.lstrip()) + m.end()
        return Span(span.start + lead, span.end)
    return span


class Attributor:
    def __init__(self, table: ActorTable) -> None:
        self.table = table
        self.text = table.text
        self.last_source: str | None = None
        self.last_frame: tuple[int, _Frame] | None = None
        self.co_sources: dict[int, list[str]] = {}  # subject end -> coordinated sources
        self.cues = cues(table.seg.lex)
        self.r = rules(table.seg.lex)
        self.actor_rules = actor_rules(table.seg.lex)

    # --- subjects ------------------------------------------------------------------------------
    def resolve(self, span: Span) -> str | None:
        raw_end = span.end
        span = _strip_intro(self.text, trim(self.text, span), self.r)
        if not len(span):
            return None
        seg = span.of(self.text).strip()
        if seg.lower() in self.r.relative_subjects:
            return None
        keys = self._split_coordination(span)
        if keys:
            self.co_sources[raw_end] = keys
            self.co_sources[span.end] = keys
            return keys[0]
        return np_actor(self.table, span, self.last_source)

    def _split_coordination(self, span: Span) -> list[str]:
        """ "Ostrava and the Republic of Velm": each conjunct resolved to its own actor."""
        text = self.text
        seps = [m for m in self.r.coord_split.finditer(text, span.start, span.end)]
        if not seps or len(seps) > 3 or not any(m.group(0).strip(" ,") != "" for m in seps):
            return []
        known = self.table.occurrences(Span(max(0, span.start - 4), span.end))
        if any(occ.start < m.start() and m.end() < occ.end for m in seps for occ, _ in known):
            return []  # "the Association of Teachers and Lecturers": one name, not two conjuncts
        parts: list[Span] = []
        pos = span.start
        for m in seps:
            parts.append(trim(text, Span(pos, m.start())))
            pos = m.end()
        parts.append(trim(text, Span(pos, span.end)))
        keys: list[str] = []
        for part in parts:
            raw = part.of(text)
            if not raw or (not raw[:1].isupper() and not self.r.conjunct_article.match(raw)):
                return []
            if len(raw.split()) > 6 or self.r.not_conjunct.search(raw):
                return []
        for part in parts:
            key = np_actor(self.table, part, self.last_source)
            if key is None:
                return []
            keys.append(key)
        keys = list(dict.fromkeys(keys))
        return keys if len(keys) >= 2 else []

    def _subject(self, sent: Sentence, floor: int, cue: Span, verb: str) -> tuple[str | None, Span | None]:
        text = self.text
        seg, brk = _subject_segment(text, floor, cue.start)
        seg_text = seg.of(text).strip()
        if seg_text.lower() in self.r.relative_subjects and brk == ",":
            occ = self.table.before(seg.start - 1)
            if occ and occ[0][0].end >= seg.start - 3:
                return occ[0][1], occ[0][0]
            return None, None
        if seg_text and not self.r.conjunction.fullmatch(seg_text):
            if verb.lower() in self.cues.nounish:
                occ = self.table.occurrences(seg)
                if not occ and seg_text.split()[-1].lower() not in self.r.pronoun_subjects:
                    return None, None
            key = self.resolve(seg)
            if key is not None:
                return key, seg
            if seg_text.lower() in self.actor_rules.function_words:
                return None, None
        before_brk = text[max(floor, seg.start - 3) : max(floor, seg.start - 1)].rstrip()
        if not seg_text and (brk in '\u201d"\u00bb' or before_brk[-1:] in ("\u201d", '"', "\u00bb")):
            found = self._inverted(sent, cue, verb)
            if found[0] is not None:
                return found
        if brk == "," and not seg_text and self._clause_before(floor, seg.start - 1):
            # "<a whole clause>, said a senior official": the speaker follows the cue
            found = self._inverted(sent, cue, verb)
            if found[0] is not None:
                return found
        if brk == "," and not seg_text:
            # appositive between subject and cue: "Jane Doe, a spokesperson for X, said"
            j = seg.start - 2
            segments: list[Span] = []
            end = seg.start - 1
            relative = 0
            while j >= floor and len(segments) < 2 + relative:
                if text[j] in _BREAKS and not _digit_comma(text, j):
                    segments.append(Span(j + 1, end))
                    # "A nurse at X, the network's largest hospital, who asked not to be named, said":
                    # a relative clause does not count towards the two segments before the head
                    relative += bool(self.r.relative_head.match(segments[-1].of(text)))
                    end = j
                    if text[j] != ",":
                        break
                j -= 1
            if j < floor and len(segments) < 2 + relative:
                segments.append(Span(floor, end))
            candidates = [s for s in segments if not self.r.relative_head.match(s.of(text))]
            for cand in candidates:
                if FAMILY.fullmatch(trim(text, cand).of(text)):
                    # "The Halloran family, which ..., said": the family, not a Halloran named before
                    key = self.resolve(cand)
                    if key is not None:
                        return key, cand
            # prefer a segment that names a person, then one that names anyone, then the head
            for wanted in ("person", "named"):
                for cand in candidates:
                    for occ_span, key in self.table.occurrences(trim(text, cand)):
                        rec = self.table.actors[key]
                        surface = self.r.name_article.sub("", occ_span.of(text))
                        # "named": as the article writes it, not a description capitalised as a name
                        good = rec.kind == "person" if wanted == "person" else surface[:1].isupper()
                        tc = trim(text, cand)
                        if self.r.place_preposition.search(text[tc.start : occ_span.start]):
                            continue  # "Two residents of Pell Canyon": the residents, not the place
                        lead = self.r.name_article_lead.match(text[tc.start : occ_span.start])
                        gap = occ_span.start - tc.start - (lead.end() if lead else 0)
                        near = gap <= 2 or (tc.end - occ_span.end <= 1 and wanted == "person")
                        if good and near:
                            return key, cand
            for cand in reversed(candidates):
                key = self.resolve(cand)
                if key is not None:
                    return key, cand
        if not seg_text or brk in '\u201d"\u00bb':
            return self._inverted(sent, cue, verb)
        return None, None

    def _clause_before(self, floor: int, comma: int) -> bool:
        """Whether the text before ``comma`` (back to a clause break) reads as a whole clause."""
        i = comma - 1
        while i >= floor and self.text[i] not in ';:\u201c\u201d"\u00ab\u00bb':
            i -= 1
        seg = self.text[i + 1 : comma]
        if self.r.relative_word.match(seg.rsplit(",", 1)[-1]):
            return False  # "Tveit, who is expected to visit X, said ...": a relative clause, not a clause
        return len(words(seg)) >= 6 and bool(self.r.finite.search(seg))

    def _inverted(self, sent: Sentence, cue: Span, verb: str) -> tuple[str | None, Span | None]:
        """'"...," said Jane Doe, a spokesperson.' / '«...», dijo a X su secretario general, Juan Pérez.'"""
        text = self.text
        if verb.lower() not in self.r.invertible:
            return None, None
        m = self.r.inverted_np.match(text, self._skip_time(cue.end, sent.end), sent.end)
        if not m:
            return None, None
        np = Span(m.start("np"), m.end("np"))
        if m.group("lower") and any(w.lower() in self.actor_rules.function_words for w in m.group("lower").split()):
            return None, None  # 'said that the Council ...': not a role before a name
        tail = re.match(
            r",\s+(?P<name>[^\W\d_][\w\u2019'-]*(?:\s+[^\W\d_][\w\u2019'-]*){1,3})\s*(?:[.,;]|$)",
            text[np.end : sent.end],
        )
        if tail and all(w[:1].isupper() for w in tail.group("name").split()):
            name = Span(np.end + tail.start("name"), np.end + tail.end("name"))
            key = self.resolve(name)
            if key is not None:
                return key, name
        key = self.resolve(np)
        if key is not None:
            return key, np
        return None, None

    def _zero_subject(self, sent: Sentence, floor: int, cue: Span) -> str | None:
        """'"...," se\u00f1al\u00f3.': no subject after a quotation; the speaker of the paragraph goes on."""
        text = self.text
        before = text[floor : cue.start].rstrip()
        rest = text[cue.end : sent.end]
        if not before or before[-1] not in ',\u201d"\u00bb' or len(words(rest)) > 2:
            return None
        if before[-1] == "," and before[-2:-1] not in ("\u201d", '"', "\u00bb"):
            return None
        if self.last_frame is not None and self.last_frame[0] == sent.para:
            return self.last_frame[1].source
        return None

    def source_before(self, sent: Sentence, pos: int) -> str | None:
        """The source of the last frame of ``sent`` whose cue starts before ``pos`` (else its first)."""
        frames = self._nest(self._frames(sent), sent)
        frames = [f for f in frames if not self.cues.claim_by.match(self.text, f.cue.start)]
        before = [f for f in frames if f.cue.start < pos]
        if before:
            return before[-1].source
        return frames[0].source if frames else None

    def _has_name(self, span: Span, key: str) -> bool:
        return any(k == key for _, k in self.table.occurrences(span))

    # --- frames --------------------------------------------------------------------------------
    def _frames(self, sent: Sentence) -> list[_Frame]:
        text = self.text
        frames: list[_Frame] = []
        floor = sent.start
        matches: list[tuple[Span, str, re.Match[str] | None]] = []
        for m in self.cues.speech.finditer(text, sent.start, sent.end):
            if _in_quotes(sent, m.start("verb")):
                continue
            matches.append((_cue_span(text, m, self.cues, self.actor_rules.time_words), m.group("verb"), m))
        for m in self.cues.according.finditer(text, sent.start, sent.end):
            if _in_quotes(sent, m.start()):
                continue
            matches.append((trim(text, Span(m.start(), m.end())), "according to", None))
        for m in self.cues.claim_by.finditer(text, sent.start, sent.end):
            if not _in_quotes(sent, m.start()):
                matches.append((trim(text, Span(m.start(), m.end())), "according to", None))
        matches.sort(key=lambda x: x[0].start)
        # drop cues nested in an earlier cue's span
        kept: list[tuple[Span, str, re.Match[str] | None]] = []
        for item in matches:
            if kept and item[0].start < kept[-1][0].end:
                continue
            kept.append(item)
        for cue, verb, match in kept:
            if cue.start < floor:
                continue
            if verb == "according to":
                frame = self._according(sent, cue)
                if frame is not None:
                    frames.append(frame)
                    floor = frame.after
                continue
            if self.cues.is_belief(verb) and re.match(r"\s+to\b", text[cue.end : cue.end + 4]):
                continue
            if self.r.passive.search(text[max(sent.start, cue.start - 8) : cue.start]):
                continue  # passive: "residents had been warned"
            verb_start = match.start("verb") if match is not None else cue.start
            not_saying = self.r.not_saying.search(text, max(sent.start, verb_start - 24), verb_start)
            open_q = self.r.open_q.match(text, cue.end, sent.end) if not_saying else None
            if open_q is not None and not_saying is not None:
                if not (
                    self.r.whether.fullmatch(open_q.group(0))
                    and self.r.not_saying_open.match(not_saying.group(0))
                    and cue.start <= not_saying.start()
                ):
                    continue  # "it did not say how ...": no proposition is attributed
                # "It did not say whether X": X is left open by that source (certainty unknown)
                cue = Span(cue.start, open_q.end())
            lead = False
            if verb.lower() in self.cues.needs_that:
                after_text = text[cue.end : cue.end + 8]
                if not re.match(r"\s*(?:that|,?\s*[\u201c\"\u00ab])", after_text):
                    if not self.cues.object_cue.match(text, verb_start, sent.end):
                        continue
                    lead = True  # "X accused Y of Z", "X called on Y to Z", "X urged Y to Z"
            key, subj = self._subject(sent, floor, cue, verb)
            if key is None:
                key = self._zero_subject(sent, floor, cue)
            if key is None:
                continue
            via: list[str] = []
            after = cue.end
            if match is not None and match.group("verb").lower() in self.cues.told and match.group("ext"):
                ext_span = trim(text, Span(match.start("ext"), match.end("ext")))
                for _, k in self.table.occurrences(ext_span):
                    if self.table.actors[k].kind in ("media", "publisher") and k != key:
                        via.append(k)
                        break
            after = self._skip_time(after, sent.end)
            cite = self.cues.citing.match(text, after, sent.end)
            source = key
            if cite:
                np_end = self._np_end(cite.end(), sent.end)
                inner = self.resolve(Span(cite.end(), np_end))
                if inner is not None:
                    via = [key, *via]
                    source = inner
                    cue = (
                        Span(cue.start, cite.end() - 1) if text[cite.end() - 1] == " " else Span(cue.start, cite.end())
                    )
                    cue = trim(text, cue)
                    after = np_end
            after = self._skip_time(after, sent.end)
            that = self.r.that.match(text, after, sent.end)
            if that:
                after = that.end()
            if subj is None:
                subj = cue
            elif subj.start >= cue.end:
                # '"...," said Jane Doe, who ...': the content is before the cue, nothing after it
                after = max(after, sent.end)
            if lead and subj is not None and subj.end <= cue.start and not via:
                # the whole clause is the proposition: "Reyes accused the airline of ..."
                frames.append(_Frame(source, via, cue, verb, subj, cue.end, lead=subj.of(text).strip()))
            elif not lead:
                frames.append(_Frame(source, via, cue, verb, subj, after))
            else:
                continue
            floor = max(floor, cue.end)
        return frames

    def _skip_time(self, pos: int, end: int) -> int:
        while True:
            m = self.r.time_after.match(self.text, pos, end)
            if not m or m.end() == pos:
                return pos
            pos = m.end()

    def _np_end(self, start: int, end: int) -> int:
        m = self.r.np_end.search(self.text, start, end)
        while m and m.group(0) == "." and re.match(r"[A-Z]\.", self.text[m.start() - 1 : m.end() + 1]):
            m = self.r.np_end.search(self.text, m.end(), end)
        return m.start() if m else end

    def _according(self, sent: Sentence, cue: Span) -> _Frame | None:
        text = self.text
        start = cue.end
        verb = self.r.according_verb.match(text[start : sent.end])
        via: list[str] = []
        if verb:
            if verb.group("to"):  # "según dijo a El Diario un vocero ...": the outlet is an intermediary
                to = trim(text, Span(start + verb.start("name"), start + verb.end("name")))
                via = [k for _, k in self.table.occurrences(to)][:1]
            start += verb.end()
        np_end = self._np_end(start, sent.end)
        doc = self.r.document_by.match(text, start, np_end)
        key = None
        if doc:
            # "according to a filing by the investors": the authors are the source
            key = self.resolve(Span(doc.end(), np_end))
        if key is None:
            key = self.resolve(Span(start, np_end))
        if key is None:
            return None
        return _Frame(key, [v for v in via if v != key], cue, "according to", Span(cue.end, np_end), np_end)

    # --- seeds ---------------------------------------------------------------------------------
    def sentence(self, sent: Sentence) -> list[Seed]:
        text = self.text
        frames = self._frames(sent)
        seeds: list[Seed] = []
        if not frames:
            inherited = self._inherit(sent)
            if inherited is not None:
                return inherited
            return []
        frames = self._nest(frames, sent)
        prev_end = sent.start
        for i, fr in enumerate(frames):
            first_seed = len(seeds)
            nxt = frames[i + 1] if i + 1 < len(frames) else None
            bound = sent.end
            if nxt is not None:
                nstart = nxt.subject.start if nxt.subject and nxt.subject.start > fr.after else nxt.cue.start
                bound = nstart
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
                        (i for i in range(fwd.start, fwd.end) if text[i] == "," and not _in_quotes(sent, i)), None
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
                if len(words(fwd_text)) >= 4 and self.r.subordinate.match(fwd_text):
                    sub = re.match(r"\S+\s+", fwd_text)
                    bg = trim(text, Span(fwd.start + (sub.end() if sub else 0), fwd.end), " \t\n,;:.")
                    seeds.append(Seed(None, [], None, "none", bg, bg, sent.para))
                prev_end = bound
            self._remember(sent, fr)
            seeds[first_seed:] = self._per_source(sent, fr, seeds[first_seed:])
        return seeds

    def _coordinated(self, fr: _Frame) -> list[str]:
        """Every source of "X and Y said" / "according to X and Y": X, Y (in order), else []."""
        if fr.subject is None or fr.via:
            return []
        keys = self.co_sources.get(fr.subject.end) or self.co_sources.get(trim(self.text, fr.subject).end)
        if not keys or fr.source not in keys:
            return []
        return keys

    def _per_source(self, sent: Sentence, fr: _Frame, seeds: list[Seed]) -> list[Seed]:
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

    def _nest(self, frames: list[_Frame], sent: Sentence) -> list[_Frame]:
        """ "X wrote that his country's intelligence believed that ...": the inner frame is the source,
        the outer speaker an intermediary, the outer cue the cue and a belief verb a hedge."""
        text = self.text
        out: list[_Frame] = []
        for fr in frames:
            if out:
                prev = out[-1]
                gap_end = fr.subject.start if fr.subject and fr.subject.start > prev.after else fr.cue.start
                gap = text[prev.after : gap_end]
                back = text[sent.start : prev.subject.start if prev.subject else prev.cue.start]
                inner_cue = text[fr.cue.start : fr.cue.end].lower()
                inner_ok = " not " not in f" {inner_cue} " and bool(
                    self.r.inner_cue.match(text[fr.cue.end : fr.cue.end + 8])
                )
                embedded = (
                    prev.verb != "according to"
                    and len(words(gap)) <= 3
                    and len(words(back)) < 3
                    and fr.subject is not None
                    and fr.subject.start >= prev.cue.end
                    and fr.verb != "according to"
                )
                if embedded and not inner_ok:
                    continue
                if (
                    inner_ok
                    and prev.verb != "according to"
                    and len(words(gap)) <= 3
                    and len(words(back)) < 3
                    and fr.source != prev.source
                    and fr.subject is not None
                    and fr.subject.start >= prev.cue.end
                ):
                    belief = Span(fr.cue.start, fr.cue.end) if self.cues.is_belief(fr.verb) else None
                    out[-1] = _Frame(
                        fr.source,
                        [prev.source, *prev.via, *fr.via],
                        prev.cue,
                        prev.verb,
                        prev.subject,
                        fr.after,
                        belief,
                    )
                    continue
            out.append(fr)
        return out

    def _evidence_end(self, fr: _Frame) -> int:
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

    def _remember(self, sent: Sentence, fr: _Frame) -> None:
        self.last_source = fr.source
        if self.table.actors[fr.source].kind == "person" or fr.subject is not None:
            self.last_frame = (sent.para, fr)

    def _forward(self, sent: Sentence, fr: _Frame, fwd: Span) -> list[Seed]:
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
            if _in_quotes(sent, m.start()) or text[m.start()] != "," or fr.verb == "according to":
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
            if _in_quotes(sent, m.start()):
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

    def _seed(self, sent: Sentence, fr: _Frame | Fr, content: Span, evidence: Span, belief: Span | None = None) -> Seed:
        text = self.text
        quote = self._sole_quote(sent, content)
        if quote is not None:
            return Seed(fr.source, list(fr.via), fr.cue, "direct", quote, quote, sent.para, belief)
        mixed = any(q.overlaps(content) for q in sent.quotes)
        evidence = trim(text, evidence, " \t\n,;:\u2014\u2013-")
        return Seed(
            fr.source, list(fr.via), fr.cue, "mixed" if mixed else "indirect", content, evidence, sent.para, belief
        )

    def _according_seeds(self, sent: Sentence, fr: _Frame, prev_end: int, bound: int) -> list[Seed]:
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

    def participial(self, sent: Sentence) -> list[Seed]:
        """ "A judge refused to dismiss the case, ruling that ...": the main clause is background,
        what follows the participle is the subject's claim. [] when the sentence has no such shape."""
        text = self.text
        m = self.r.participle_cue.search(text, sent.start, sent.end)
        if m is None or _in_quotes(sent, m.start()):
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
        if len(words(subject.of(text))) > 8:
            return []
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
