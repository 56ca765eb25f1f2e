"""The subject of an attribution cue, resolved to an actor: through appositives, pronouns, inverted and
zero subjects (the speaker after the verb), separable verbs ("teilte das Unternehmen mit") and
coordinated sources; and the frame that a cue and its subject make."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actor_rules import FAMILY
from .actor_rules import rules as actor_rules
from .actor_table import ActorTable
from .attribution_rules import Rules, rules
from .cues import cues, inversion_pronoun
from .resolution import antecedent
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


def in_quotes(sent: Sentence, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in sent.quotes)


def _subject_segment(text: str, floor: int, cue_start: int) -> tuple[Span, str]:
    """The span between the last clause break before the cue and the cue, and that break char; a
    parenthesis right before the cue is not part of it ("Patrick Lenoir (divers droite), a réclamé")."""
    before = len(text[floor:cue_start].rstrip(" ,")) + floor
    if before > floor and text[before - 1] == ")":
        opening = text.rfind("(", floor, before)
        if opening > floor:
            cue_start = opening
    i = cue_start - 1
    while i >= floor and (text[i] not in _BREAKS or _digit_comma(text, i)):
        if text[i] == ")" and (opening := text.rfind("(", floor, i)) >= floor:
            i = opening  # "L'agence régionale de santé (ARS) de Loiran a lancé": a closed parenthesis is no break
        i -= 1
    brk = text[i] if i >= floor else ""
    return Span(i + 1 if i >= floor else floor, cue_start), brk


def _digit_comma(text: str, i: int) -> bool:
    """A comma inside a figure ("300,000 teachers") is not a clause break."""
    return text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()


def strip_intro(text: str, span: Span, r: Rules) -> Span:
    seg = span.of(text)
    m = r.intro.match(seg.lstrip())
    if m:
        lead = len(seg) - len(seg.lstrip()) + m.end()
        return Span(span.start + lead, span.end)
    return span


class Subjects:
    """Finds the subject of a cue; remembers the last source and frame of the article so far."""

    def __init__(self, table: ActorTable) -> None:
        self.table = table
        self.text = table.text
        self.last_source: str | None = None
        self.last_frame: tuple[int, Frame] | None = None
        self.co_sources: dict[int, list[str]] = {}  # subject end -> coordinated sources
        self.cited: dict[str, str] = {}  # outlet -> the source it cited last
        # sentence start -> (source, via, cue, evidence) of a cue whose content is the sentence before
        self.anaphora: dict[int, tuple[str, list[str], Span, Span]] = {}
        self.cues = cues(table.seg.lex)
        self.r = rules(table.seg.lex)
        self.actor_rules = actor_rules(table.seg.lex)
        self.person_pronouns = frozenset(p.lower() for p in table.seg.lex.pronouns.person)

    # --- subjects ------------------------------------------------------------------------------
    def resolve(self, span: Span) -> str | None:
        raw_end = span.end
        span = strip_intro(self.text, trim(self.text, span), self.r)
        if not len(span):
            return None
        seg = span.of(self.text).strip()
        if seg.lower() in self.r.relative_subjects:
            return None
        if len(seg) <= 24 and " ".join(seg.lower().replace("\u2019", "'").split()) in self.r.partitive_subjects:
            # "One of them said ...": a member of the group named last (within the last few paragraphs)
            floor = self.text.rfind("\n\n", 0, max(0, self.text.rfind("\n\n", 0, span.start)))
            for occ, key in self.table.before(span.start):
                if occ.start < floor:
                    break
                if self.table.actors[key].kind == "group":
                    return key
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
        anaphoric = self.is_anaphoric(seg_text)
        inside = self._inside_subject(cue, verb) if not seg_text and not anaphoric else None
        if inside is not None:
            return inside
        if anaphoric:
            # "Das teilte das Unternehmen mit.": the object points back, the subject follows the verb; a
            # bare generic noun ("das Unternehmen") is the body of that kind named before, or no one known
            generic = self._generic_after(cue, verb)
            if generic is not None:
                return antecedent(self.table, generic.of(text), cue.start), generic
            return self._inside_subject(cue, verb) or self._inverted(sent, cue, verb)
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
        if brk == "," and not seg_text and self._closing_np(sent, cue):
            # "Die Geräte seien größer, sagte ein Sprecher.", "..., die danach anfielen, erklärte X.": the cue and
            # a noun phrase that ends the sentence: that noun phrase is the speaker, not a subject before the cue
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

    def _generic_after(self, cue: Span, verb: str) -> Span | None:
        """The generic noun of a subject right after the cue's verb ("teilte das Unternehmen mit",
        "lo anunció la empresa"), else None."""
        text = self.text
        inner = verb.split()
        start = cue.start + len(inner[0]) if len(inner) >= 3 and inner[0].lower() in self.r.separable_stems else cue.end
        m = re.match(r"\s+(\w+)\s+(\w+)\b", text[start : start + 60])
        if m is None or m.group(1).lower() not in self.r.determiners:
            return None
        if m.group(2).lower() not in self.actor_rules.generic_nouns:
            return None
        return Span(start + m.start(2), start + m.end(2))

    def is_anaphoric(self, segment: str) -> bool:
        """Whether ``segment`` is only a word pointing back at the sentence before ("Das", "Así lo")."""
        return " ".join(segment.lower().replace("\u2019", "'").split()) in self.r.anaphoric

    def _inside_subject(self, cue: Span, verb: str) -> tuple[str, Span] | None:
        """ "..., teilte das Unternehmen schriftlich mit": the subject between a separable verb and its particle."""
        inner = verb.split()
        if len(inner) < 3 or inner[0].lower() not in self.r.separable_stems:
            return None
        stem_end = cue.start + len(inner[0])
        particle_start = cue.end - len(inner[-1])
        text = self.text
        # a perfect's bracket can hold more than the subject ("hat die Stadt am Montag den Eltern
        # mitgeteilt"): the subject ends before the first lower-case word after its noun
        first = _NOUN_THEN_LOWER.search(text, stem_end, particle_start)
        bound = first.end(1) if first is not None else particle_start
        m = self.r.inverted_np.match(text, stem_end, bound)
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
        rest = strip_intro(self.text, trim(self.text, seg), self.r)
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
        return not self.text[m.end("np") : sent.end].strip(' \t\n.!?\u201d\u00bb"')

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
            key = self.last_frame[1].source if recent and self.last_frame is not None else None
            # "he" / "er": when the speaker reported last is no person, or spoke in an earlier paragraph, the
            # person named in this paragraph ("Tiedtke wies die Zahl zurück. ..., sagte er.")
            earlier = self.last_frame is not None and self.last_frame[0] != sent.para
            if pron.group("np").lower() in self.person_pronouns and (
                key is None or self.table.actors[key].kind != "person" or earlier
            ):
                key = self._person_in_paragraph(cue.start) or key
            if key is None:
                key = self.resolve(span)
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
        if key is not None and self.table.actors[key].kind in ("media", "publisher"):
            addressed = self._before_addressee(sent, np, key)
            if addressed is not None:
                return addressed
        if key is not None:
            return key, np
        return None, None

    def _before_addressee(self, sent: Sentence, np: Span, outlet: str) -> tuple[str, Span] | None:
        """ "sagte der Mann der ZNA": an outlet after the head of an inverted subject is its addressee;
        the head is the speaker (a description of the one the paragraph is reporting, when it names no
        one)."""
        text = self.text
        occ = next((o for o, k in self.table.occurrences(np) if k == outlet), None)
        if occ is None or occ.start <= np.start:
            return None
        head_words = text[np.start : occ.start].split()
        while head_words and head_words[-1].lower() in self.r.pronoun_addressees:
            head_words.pop()
        if not head_words or len(head_words) == len(text[np.start : occ.start].split()):
            return None  # no addressee word before the outlet: "the Courier's editor" is not addressed
        head = trim(text, Span(np.start, np.start + len(" ".join(head_words))))
        key = self.resolve(head)
        if key is not None and key != outlet:
            return key, head
        recent = self.last_frame is not None and self.last_frame[0] >= sent.para - 1
        if recent and self.last_frame is not None and self.table.actors[self.last_frame[1].source].kind == "person":
            return self.last_frame[1].source, head
        return None

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
            # "X asegura que ... Su presidenta, Carmen V., ... «...», contó.": a person named since, before the
            # quotation, is its speaker
            named = self._person_in_paragraph(sent.start, after=self.last_frame[1].cue.end)
            return named or self.last_frame[1].source
        # a pro-drop language: the speaker is the person last named in the paragraph before the quotation
        return self._person_in_paragraph(cue.start)

    def _person_in_paragraph(self, pos: int, after: int = 0) -> str | None:
        """The person last named in the paragraph before ``pos`` (and after ``after``)."""
        para_start = max(self.text.rfind("\n", 0, pos) + 1, after)
        for occ, key in self.table.before(pos):
            if occ.start < para_start:
                break
            if self.table.actors[key].kind == "person":
                return key
        return None

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
