"""Attribution frames: a speech or belief cue ("said", "told Reuters", "wrote on X", "according to",
"reported, citing ..."), its subject (:mod:`.subjects`) and where its content may start."""

from __future__ import annotations

import re

from .cues import Cues
from .lexicon.patterns import NEVER
from .segment import Sentence
from .spans import Span, trim, words
from .subjects import Frame, Subjects, in_quotes, strip_intro

_TO = re.compile(r"\s+to\b")
_INCISE_SUBJECT = 60  # characters of an inverted subject inside a quotation
_THAT_OR_QUOTE = re.compile(r"\s*(?:that|,?\s*[\u201c\"\u00ab])")


# a figure after a source's noun phrase, with up to two lower-case words before it ("rund 20")
_FIGURE_AFTER = re.compile(r"\s+(?:[a-z\u00df-\u00ff][\w-]*\s+){0,2}\d")


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


class Framer(Subjects):
    """Finds the frames of a sentence (its cues, their subjects and where their content starts)."""

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
            if in_quotes(sent, m.start("verb")) and not self.is_incise(sent, m.start(), m.end(), m.group("verb")):
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
                    whole = Span(match.start(), np_span.end)  # the evidence keeps "Aus"
                    frames.append(Frame(key, [], cue, "impersonal", whole, self._skip_time(cue.end, sent.end)))
                    floor = cue.end
                continue
            if verb == "according to":
                if frames and self._own(cue):
                    continue  # "X denunció que ..., lo que a su juicio ...": still X's words, X's view
                frame = self._according(sent, cue)
                if frame is not None:
                    frames.append(frame)
                    floor = frame.after
                continue
            if self.cues.is_belief(verb) and _TO.match(text, cue.end, cue.end + 4):
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
                if not _THAT_OR_QUOTE.match(after_text):
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
            if not cite and subj is not None and subj.end <= cue.start:
                source, via = self._cited_before_cue(subj, cue, source, via)
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
        return [self._same_report(fr) for fr in frames]

    def _cited_before_cue(self, subj: Span, cue: Span, source: str, via: list[str]) -> tuple[str, list[str]]:
        """ "Wie der Sender X unter Berufung auf Verbandskreise berichtete, ...", "The Courier, citing two
        officials, reported ...": the cited are the source, the subject the intermediary."""
        cite = self.cues.citing.search(self.text, subj.start, cue.start)
        if cite is None or via:
            return source, via
        cited = trim(self.text, Span(cite.end(), cue.start), " \t\n,")
        last = words(cited.of(self.text))[-1:]
        if not last or last[0].lower() in self.actor_rules.function_words:
            return source, via  # "X, que citó a dos testigos que pidieron ...": the cue is the cited's own
        inner = self.resolve(cited)
        if inner is None or inner == source:
            return source, via
        return inner, [source]

    def _same_report(self, fr: Frame) -> Frame:
        """ "The Courier, citing two officials, reported A. According to the newspaper, B.": "according to"
        an outlet that cited someone before goes on reporting them (the cited source, the outlet in via)."""
        if fr.via:
            if self.table.actors[fr.via[0]].kind == "media":
                self.cited[fr.via[0]] = fr.source
            return fr
        cited = self.cited.get(fr.source)
        if cited is None or cited == fr.source or fr.verb != "according to":
            return fr  # "..., a calculé le journal": the outlet's own work
        return Frame(cited, [fr.source], fr.cue, fr.verb, fr.subject, fr.after, fr.belief, fr.lead)

    def is_incise(self, sent: Sentence, start: int, end: int, verb: str) -> bool:
        """ "« On nous pressait, a raconté l'une d'elles. Le soir, ... »": a cue set inside a quotation, after a
        comma, with its inverted subject up to the next stop; the quotation goes on around it."""
        if verb.lower() not in self.r.invertible or not self.text[sent.start : start].rstrip().endswith(","):
            return False
        subject = self.r.inverted_np.match(self.text, end, sent.end) or self.r.inverted_pronoun.match(
            self.text, end, sent.end
        )
        return subject is not None and subject.end() - end <= _INCISE_SUBJECT

    def _opinion(self, sent: Sentence) -> Frame | None:
        """ "Para el economista X, profesor en Y, el caso reúne ...": a sentence that opens on "for <a person>"
        gives that person's view; appositives after the name (short, no finite verb, a comma after) are
        skipped, and the view is the clause that follows."""
        text = self.text
        if self.cues.opinion_for.pattern == NEVER:
            return None
        start = strip_intro(text, Span(sent.start, sent.end), self.r).start
        m = self.cues.opinion_for.match(text, start, sent.end)
        if m is None or in_quotes(sent, m.start()):
            return None
        np_span = trim(text, Span(m.start("np"), m.end("np")))
        key = self.resolve(np_span)
        after = m.end()
        rec = self.table.actors[key] if key is not None else None
        if rec is None or rec.kind != "person" or rec.identification != "named":
            # "Pour la déléguée du syndicat, Nadia Ferhat, ...": the role (or a person's description), then
            # the person's name
            comma = text.find(",", after, sent.end)
            name = trim(text, Span(after, comma)) if comma > after else None
            named = None
            if name is not None and len(words(name.of(text))) <= 4 and name.of(text)[:1].isupper():
                named = self.resolve(name)
            if name is not None and named is not None and self.table.actors[named].kind == "person":
                if key is not None and rec is not None and rec.kind == "person":
                    self._fold(key, named, sent, comma + 1)
                key, np_span, after = named, name, comma + 1
            elif rec is None or rec.kind != "person":
                return None
        if key is None:
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

    def _own(self, cue: Span) -> bool:
        """An "according to" cue with a possessive ("nach seinen Angaben", "a su juicio")."""
        return bool(self.r.own_possessives & set(words(cue.of(self.text).lower())))

    def _according(self, sent: Sentence, cue: Span) -> Frame | None:
        text = self.text
        start = cue.end
        if self._own(cue):
            # "Nach seinen Angaben ...": the person last named in this paragraph or the one before, else the
            # speaker the paragraph is reporting
            floor = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, sent.start)))
            people = (k for occ, k in self.table.before(cue.start) if occ.start > floor)
            own = next((k for k in people if self.table.actors[k].kind == "person"), None)
            if own is None:
                own = self._person_described(max(floor, 0), cue.start)
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
        opening = not strip_intro(text, Span(sent.start, cue.start), self.r).of(text).strip()
        finite = self.r.finite.search(text, start, np_end) if opening else None
        if finite is not None and finite.start() > start and len(words(text[start : finite.start()])) <= 6:
            head = text[start : finite.start()]
            if not any(w in self.r.relative_lead_words for w in words(head)):
                # "Nach Angaben der Polizei wurden ...": a fronted cue with no comma; its noun phrase ends
                # before the finite verb
                np_end = trim(text, Span(start, finite.start())).end
        figure = _FIGURE_AFTER.search(text, start, np_end)
        short = figure is not None and 0 < len(words(text[start : figure.start()])) <= 5
        if figure is not None and short and self.resolve(Span(start, figure.start())) is not None:
            # "nach Angaben der Stadt rund 20 Minuten entfernt": a short noun phrase ends before a figure (not
            # "a worker who has been at the port for 19 years")
            np_end = figure.start()
        doc = self.r.document_by.match(text, start, np_end)
        key = None
        if doc:
            # "according to a filing by the investors": the authors are the source
            key = self.resolve(Span(doc.end(), np_end))
        if key is None:
            key = self.resolve(Span(start, np_end))
        if key is None:
            return None
        named = self._named_after(sent, key, np_end)
        if named is not None:
            # "Selon un expert en risques industriels, Marc Tessier, il est ...": the name in apposition
            key, np_end = named
        subject = Span(cue.end, np_end)
        cite = self.cues.citing.match(text, np_end, sent.end) if text[np_end : np_end + 1] == "," else None
        if cite is not None and not in_quotes(sent, cite.start()):
            # "Selon le site X, qui cite deux cadres, ...": the cited are the source, the outlet the intermediary
            cited_end = self._np_end(cite.end(), sent.end)
            cited = self.resolve(Span(cite.end(), cited_end))
            if cited is not None and cited != key:
                via, key, np_end = [key, *via], cited, cited_end
        return Frame(key, [v for v in via if v != key], cue, "according to", subject, np_end)

    def _fold(self, description: str, person: str, sent: Sentence, clause: int) -> None:
        """The record made for a person's description ("la déléguée du syndicat") that the name in
        apposition names: when all its mentions are in this sentence, they become the person's, and the
        description is the person's role in place of the clause after the name ("le cas ... n'est pas isolé"
        is what she thinks, not who she is)."""
        rec, named = self.table.actors[description], self.table.actors[person]
        if description == person or not all(sent.start <= span.start < sent.end for span in rec.spans):
            return
        if rec.role and (not named.role or named.role in self.text[clause : sent.end]):
            named.role = rec.role
        for span in rec.spans:
            self.table.mention(person, span)
        rec.spans.clear()

    def _person_described(self, floor: int, pos: int) -> str | None:
        """ "Ein Lagerarbeiter der Firma Rollwerk meldete sich ... Nach seinen Angaben": with no person named
        before, the last noun phrase whose head is a person's noun, with its complement (articles,
        prepositions and capitalised words after the head), made a source on demand."""
        text, r = self.text, self.table.r
        tokens = list(re.finditer(r"[^\W\d_][\w\u2019'-]*", text[floor:pos]))
        joiners = r.prepositions | r.appositive_articles
        for i in range(len(tokens) - 1, -1, -1):
            if not r.person_noun(tokens[i].group(0).lower()):
                continue
            start = tokens[i - 1] if i > 0 and tokens[i - 1].group(0).lower() in r.appositive_articles else tokens[i]
            end = i
            while end + 1 < len(tokens) and (
                tokens[end + 1].group(0)[:1].isupper() or tokens[end + 1].group(0).lower() in joiners
            ):
                end += 1
            while end > i and tokens[end].group(0).lower() in joiners:
                end -= 1
            key = self.resolve(Span(floor + start.start(), floor + tokens[end].end()))
            return key if key is not None and self.table.actors[key].kind == "person" else None
        return None

    def _named_after(self, sent: Sentence, key: str, np_end: int) -> tuple[str, int] | None:
        """The person named in apposition right after a described source (", Marc Tessier,"), and where
        that apposition ends; None when the source is a named person already or no such name follows."""
        text = self.text
        rec = self.table.actors[key]
        if (rec.kind == "person" and rec.identification == "named") or text[np_end : np_end + 1] != ",":
            return None
        comma = text.find(",", np_end + 1, sent.end)
        name = trim(text, Span(np_end + 1, comma)) if comma > 0 else None
        if name is None or not 2 <= len(words(name.of(text))) <= 4:
            return None
        if not all(w[:1].isupper() for w in name.of(text).split()):
            return None
        found = self.resolve(name)
        if found is None or self.table.actors[found].kind != "person":
            return None
        return found, comma

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


__all__ = ["Frame", "Framer", "in_quotes"]
