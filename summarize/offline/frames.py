"""Attribution frames: a speech or belief cue ("said", "told Reuters", "wrote on X", "according to",
"reported, citing ..."), its subject (resolved to an actor, through appositives, pronouns, inverted
and zero subjects, coordinated sources) and where its content may start."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actor_rules import FAMILY
from .actor_rules import rules as actor_rules
from .actor_table import ActorTable
from .attribution_rules import Rules, rules
from .cues import Cues, cues, inversion_pronoun
from .segment import Sentence
from .sources import np_actor
from .spans import Span, trim, words


@dataclass
class Frame:
    source: str
    via: list[str]
    cue: Span
    verb: str
    subject: Span | None
    after: int  # where the content may start (after cue, citing, time words, "that")
    belief: Span | None = None
    lead: str | None = None  # "X accused": the statement keeps subject and verb before the content


_NOUN_THEN_LOWER = re.compile(r"([A-Z\u00c0-\u00dd][\w-]+)\s+[a-z\u00df-\u00ff]")
_BREAKS = ',;:\u201c\u201d\u201e"\u00ab\u00bb\u2014('
# a lower-case letter of a verb's stem, accented ones included ("acompañó")


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


def in_quotes(sent: Sentence, pos: int) -> bool:
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


class Framer:
    """Finds the frames of a sentence; remembers the last source and frame of the article so far."""

    def __init__(self, table: ActorTable) -> None:
        self.table = table
        self.text = table.text
        self.last_source: str | None = None
        self.last_frame: tuple[int, Frame] | None = None
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
        at = inversion_pronoun(cue.of(text), self.table.seg.lex)
        if at is not None:
            # "« ... », a-t-il déclaré": the pronoun inverted with the auxiliary is the subject
            end = cue.start + at
            while end < cue.end and text[end].isalpha():
                end += 1
            pronoun = Span(cue.start + at, end)
            return self.resolve(pronoun), pronoun
        seg, brk = _subject_segment(text, floor, cue.start)
        seg_text = seg.of(text).strip()
        inside = self._inside_subject(cue, verb) if not seg_text else None
        if inside is not None:
            return inside
        if seg_text and self._only_circumstance(seg):
            # verb-second order: "Am Montag sagte der Sprecher, ...": the subject follows the verb
            found = self._inverted(sent, cue, verb)
            if found[0] is not None:
                return found
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
        if brk == "," and not seg_text and self._closing_np(sent, cue) and self._clause_before(floor, seg.start - 1, 3):
            # "Die Geräte seien größer, sagte ein Sprecher.": a short clause with its verb, then the cue and
            # a noun phrase that ends the sentence: that noun phrase is the speaker, not the clause's subject
            return self._inverted(sent, cue, verb)
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

    def _inside_subject(self, cue: Span, verb: str) -> tuple[str, Span] | None:
        """ "..., teilte das Unternehmen schriftlich mit": the subject between a separable verb and its particle."""
        inner = verb.split()
        if len(inner) < 3 or inner[0].lower() not in self.r.separable_stems:
            return None
        stem_end = cue.start + len(inner[0])
        particle_start = cue.end - len(inner[-1])
        m = self.r.inverted_np.match(text := self.text, stem_end, particle_start)
        if m is None:
            return None
        np = trim(text, Span(m.start("np"), m.end("np")))
        # the subject ends before the first lower-case word after its noun ("das Unternehmen schriftlich")
        cut = _NOUN_THEN_LOWER.search(np.of(text))
        if cut is not None:
            np = Span(np.start, np.start + cut.end(1))
        key = self.resolve(np)
        return (key, np) if key is not None else None

    def _only_circumstance(self, seg: Span) -> bool:
        """Whether ``seg`` holds nothing but opening adverbs and times ("Zudem", "Am Montag")."""
        rest = _strip_intro(self.text, trim(self.text, seg), self.r)
        if not len(rest):
            return True
        return bool(self.r.circumstance.fullmatch(rest.of(self.text)))

    def _closing_np(self, sent: Sentence, cue: Span) -> bool:
        """Whether a noun phrase of a few words after ``cue`` ends the sentence ("..., sagte ein Sprecher.")."""
        start = self._skip_time(cue.end, sent.end)
        if self.r.inverted_pronoun.match(self.text, start, sent.end):
            return True
        m = self.r.inverted_np.match(self.text, start, sent.end)
        if m is None or len(m.group("np").split()) > 6 or self.r.finite.search(m.group("np")):
            return False
        return not self.text[m.end("np") : sent.end].strip(" \t\n.!?\u201d\u00bb\"")

    def _clause_before(self, floor: int, comma: int, min_words: int = 6) -> bool:
        """Whether the text before ``comma`` (back to a clause break) reads as a whole clause."""
        i = comma - 1
        while i >= floor and self.text[i] not in ';:\u201c\u201d\u201e"\u00ab\u00bb':
            i -= 1
        seg = self.text[i + 1 : comma]
        if "," in seg and self.r.relative_word.match(seg.rsplit(",", 1)[-1]):
            return False  # "Tveit, who is expected to visit X, said ...": a relative clause, not a clause
        return len(words(seg)) >= min_words and bool(self.r.finite.search(seg))

    def _inverted(self, sent: Sentence, cue: Span, verb: str) -> tuple[str | None, Span | None]:
        """'"...," said Jane Doe, a spokesperson.' / '«...», dijo a X su secretario general, Juan Pérez.'"""
        text = self.text
        if verb.lower() not in self.r.invertible:
            return None, None
        start = self._skip_time(cue.end, sent.end)
        pron = self.r.inverted_pronoun.match(text, start, sent.end)
        if pron:
            # '"...," sagte er.' / '«...», dijo ella': a pronoun right after the verb, most often the speaker
            # the paragraph is already quoting
            span = Span(pron.start("np"), pron.end("np"))
            recent = self.last_frame is not None and self.last_frame[0] >= sent.para - 1
            key = self.last_frame[1].source if recent and self.last_frame is not None else self.resolve(span)
            if key is not None:
                return key, span
        m = self.r.inverted_np.match(text, start, sent.end)
        if not m:
            return None, None
        np = Span(m.start("np"), m.end("np"))
        when = self.r.trailing_when.search(text, np.start, np.end)
        if when is not None and when.start() > np.start:
            np = Span(np.start, when.start())  # "sagte die Ministerin am Montag": the time is not the speaker
        lower = [w.lower() for w in (m.group("lower") or "").split()]
        if lower and any(w in self.actor_rules.function_words for w in lower) and lower[0] not in self.r.determiners:
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
        # a pro-drop language: the speaker is the person last named in the paragraph before the quotation
        para_start = text.rfind("\n", 0, sent.start) + 1
        for occ, key in self.table.before(cue.start):
            if occ.start < para_start:
                break
            if self.table.actors[key].kind == "person":
                return key
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
    def _frames(self, sent: Sentence) -> list[Frame]:
        text = self.text
        frames: list[Frame] = []
        floor = sent.start
        matches: list[tuple[Span, str, re.Match[str] | None]] = []
        for m in self.cues.speech.finditer(text, sent.start, sent.end):
            if in_quotes(sent, m.start("verb")):
                continue
            matches.append((_cue_span(text, m, self.cues, self.actor_rules.time_words), m.group("verb"), m))
        for m in self.cues.according.finditer(text, sent.start, sent.end):
            if in_quotes(sent, m.start()):
                continue
            matches.append((trim(text, Span(m.start(), m.end())), "according to", None))
        for m in self.cues.claim_by.finditer(text, sent.start, sent.end):
            if not in_quotes(sent, m.start()):
                matches.append((trim(text, Span(m.start(), m.end())), "according to", None))
        after_cue, after_np = self.cues.according_after
        for m in after_cue.finditer(text, sent.start, sent.end):
            np = after_np.search(text, max(sent.start, m.start() - 80), m.start())
            if np is not None and not in_quotes(sent, m.start()):
                matches.append((Span(np.start(), m.end()), "according after", np))
        opinion = self._opinion(sent)
        if opinion is not None:
            frames.append(opinion)
            floor = opinion.after
        for m in self.cues.impersonal.finditer(text, sent.start, sent.end):
            if not in_quotes(sent, m.start()):
                matches.append((Span(m.start("cue"), m.end("cue")), "impersonal", m))
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
            if verb == "according after" and match is not None:
                # "Dem Bericht zufolge ...": the source before the cue, the content after it
                np_span = trim(text, Span(match.start(), match.end()))
                key = self.resolve(np_span)
                if key is not None:
                    frames.append(Frame(key, [], cue, "according to", np_span, cue.end))
                    floor = cue.end
                continue
            if verb == "impersonal" and match is not None:
                # "Aus Sicherheitskreisen hieß es, ...": the phrase after "aus" is the (unnamed) source
                np_span = trim(text, Span(match.start("np"), match.end("np")))
                key = self.resolve(np_span)
                if key is not None:
                    frames.append(Frame(key, [], cue, "impersonal", np_span, self._skip_time(cue.end, sent.end)))
                    floor = cue.end
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
                lead_in = self.r.v2_content.match(text, subj.end, sent.end)
                if lead_in is not None and len(words(text[floor : cue.start])) <= 3:
                    # "Am Montag sagte der Sprecher, die Lage sei ernst": the content follows the subject
                    after = lead_in.end()
                else:
                    # '"...," said Jane Doe, who ...': the content is before the cue, nothing after it
                    after = max(after, sent.end)
            if lead and subj is not None and subj.end <= cue.start and not via:
                # the whole clause is the proposition: "Reyes accused the airline of ..."
                frames.append(Frame(source, via, cue, verb, subj, cue.end, lead=subj.of(text).strip()))
            elif not lead:
                frames.append(Frame(source, via, cue, verb, subj, after))
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

    def _opinion(self, sent: Sentence) -> Frame | None:
        """ "Para el economista X, profesor en Y, el caso reúne ...": a sentence that opens on "for <a person>"
        gives that person's view; appositives after the name (short, no finite verb, a comma after) are
        skipped, and the view is the clause that follows."""
        text = self.text
        start = _strip_intro(text, Span(sent.start, sent.end), self.r).start
        m = self.cues.opinion_for.match(text, start, sent.end)
        if m is None or in_quotes(sent, m.start()):
            return None
        np_span = trim(text, Span(m.start("np"), m.end("np")))
        key = self.resolve(np_span)
        after = m.end()
        if key is None or self.table.actors[key].kind != "person":
            # "Pour la déléguée du syndicat, Nadia Ferhat, ...": the role, then the person's name
            comma = text.find(",", after, sent.end)
            name = trim(text, Span(after, comma)) if comma > after else None
            if name is None or len(words(name.of(text))) > 4 or not name.of(text)[:1].isupper():
                return None
            key, np_span, after = self.resolve(name), name, comma + 1
            if key is None or self.table.actors[key].kind != "person":
                return None
        while True:
            comma = text.find(",", after, sent.end)
            segment = text[after:comma] if comma >= 0 else ""
            if comma < 0 or len(words(segment)) > 10 or self.r.finite.search(segment) or in_quotes(sent, comma):
                break
            after = comma + 1  # ", profesor de Finanzas en la Universidad del Litoral,": an appositive
        after = self._skip_time(after, sent.end)
        while after < sent.end and text[after].isspace():
            after += 1
        cue = Span(m.start(), m.start() + len(text[m.start() : m.start("np")].rstrip()))
        return Frame(key, [], cue, "according to", np_span, after)

    def _according(self, sent: Sentence, cue: Span) -> Frame | None:
        text = self.text
        start = cue.end
        if self.r.own_possessives and self.r.own_possessives & set(words(cue.of(text).lower())):
            # "Nach seinen Angaben ...": the person last named in this paragraph or the one before, else the
            # speaker the paragraph is reporting
            floor = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, sent.start)))
            people = (k for occ, k in self.table.before(cue.start) if occ.start > floor)
            own = next((k for k in people if self.table.actors[k].kind == "person"), None)
            recent = self.last_frame is not None and self.last_frame[0] >= sent.para - 1
            if own is None and recent and self.last_frame is not None:
                own = self.last_frame[1].source
            return Frame(own, [], cue, "according to", None, cue.end) if own is not None else None
        verb = self.r.according_verb.match(text[start : sent.end])
        via: list[str] = []
        if verb:
            if verb.group("to"):  # "según dijo a El Diario un vocero ...": the outlet is an intermediary
                to = trim(text, Span(start + verb.start("name"), start + verb.end("name")))
                via = [k for _, k in self.table.occurrences(to)][:1]
            start += verb.end()
        np_end = self._np_end(start, sent.end)
        opening = not _strip_intro(text, Span(sent.start, cue.start), self.r).of(text).strip()
        finite = self.r.finite.search(text, start, np_end) if opening else None
        if finite is not None and finite.start() > start and len(words(text[start : finite.start()])) <= 6:
            head = text[start : finite.start()]
            if not any(w in self.r.relative_lead_words for w in words(head)):
                # "Nach Angaben der Polizei wurden ...": a fronted cue with no comma; its noun phrase ends
                # before the finite verb
                np_end = trim(text, Span(start, finite.start())).end
        doc = self.r.document_by.match(text, start, np_end)
        key = None
        if doc:
            # "according to a filing by the investors": the authors are the source
            key = self.resolve(Span(doc.end(), np_end))
        if key is None:
            key = self.resolve(Span(start, np_end))
        if key is None:
            return None
        return Frame(key, [v for v in via if v != key], cue, "according to", Span(cue.end, np_end), np_end)

    # --- seeds ---------------------------------------------------------------------------------
    def _nest(self, frames: list[Frame], sent: Sentence) -> list[Frame]:
        """ "X wrote that his country's intelligence believed that ...": the inner frame is the source,
        the outer speaker an intermediary, the outer cue the cue and a belief verb a hedge."""
        text = self.text
        out: list[Frame] = []
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
                    out[-1] = Frame(
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

    def _remember(self, sent: Sentence, fr: Frame) -> None:
        self.last_source = fr.source
        if self.table.actors[fr.source].kind == "person" or fr.subject is not None:
            self.last_frame = (sent.para, fr)
