"""The actor table: every actor of one article, its mention spans and a position index.

Actors are found by the passes in :mod:`.mentions` (capitalised names), :mod:`.people` (names of people and
their roles), :mod:`.publisher` (the outlet),
:mod:`.institutions` (possessive and lower-case institutions, groups, aliases) and :mod:`.sources`
(noun phrases acting as sources); :func:`.actors.build` runs them in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from summarize.schemas.enums import ActorKind, Identification

from .actor_rules import Rules, rules
from .actor_shapes import WORDCHARS
from .lexicon.patterns import alt
from .segment import Segmented
from .spans import Span


@dataclass
class ActorRec:
    key: str
    name: str
    kind: ActorKind
    identification: Identification
    role: str | None = None
    affiliation: str | None = None
    spans: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    source: bool = False

    @property
    def first(self) -> int:
        return min((s.start for s in self.spans), default=1 << 60)


def norm_key(text: str, r: Rules) -> str:
    """An actor's identity: the name in lower case, without a leading article ("the ministry" = "ministry")."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    text = r.articles.sub("", text.strip())
    return " ".join(text.lower().split())


class ActorTable:
    """All actors of one article, with their mention spans and a position index."""

    def __init__(self, seg: Segmented) -> None:
        self.text = seg.text
        self.seg = seg
        self.r = rules(seg.lex)
        self.actors: dict[str, ActorRec] = {}
        self._occ: list[tuple[int, int, str]] = []
        # the words the article writes in lower case: a capitalised one that is also among them is a common noun
        self.lower_words = {w for w in WORDCHARS.findall(seg.text) if w.islower()}
        self.publisher: str | None = None
        # other keys of one actor: "ars" for the agency first written out in full, "(ARS)" after it
        self.alias_keys: dict[str, str] = {}
        self._determined: set[str] | None = None

    def common_noun(self, word: str) -> bool:
        """ "Zahl" in "Die Zahl der Überflüge", "Republic" in "the Tavish Republic": a word the article
        writes after an article or a determiner of common nouns somewhere."""
        if self._determined is None:
            self._determined = {m.group(1) for m in self.r.determined_word.finditer(self.text)}
        return word in self._determined

    def key(self, text: str) -> str:
        return norm_key(text, self.r)

    # --- building -----------------------------------------------------------------------------
    def add(
        self,
        name: str,
        kind: ActorKind,
        identification: Identification,
        span: Span | None,
        role: str | None = None,
        affiliation: str | None = None,
        key: str | None = None,
    ) -> str:
        key = key or self.key(name)
        key = self.alias_keys.get(key, key)
        if not key:
            key = f"actor{len(self.actors) + 1}"
        rec = self.actors.get(key)
        if rec is None:
            rec = ActorRec(key, " ".join(name.split()), kind, identification, role, affiliation)
            self.actors[key] = rec
        else:
            if role and not rec.role:
                rec.role = role
            if affiliation and not rec.affiliation and affiliation != key:
                rec.affiliation = affiliation
        if span is not None and len(span):
            self.mention(key, span)
        return key

    def mention(self, key: str, span: Span) -> None:
        rec = self.actors[key]
        item = (span.start, span.end, key)
        i = bisect_left(self._occ, item)
        if i < len(self._occ) and self._occ[i] == item:
            return  # already a mention of this actor
        rec.spans.append(span)
        self._occ.insert(i, item)

    def reshape(self, key: str, old: Span, new: Span) -> None:
        """A mention of ``key`` read too long ("des Verbands Mehrkosten") is ``new`` ("des Verbands")."""
        rec = self.actors[key]
        rec.spans = [new if s == old else s for s in rec.spans]
        self._occ = [o for o in self._occ if o != (old.start, old.end, key)]
        insort(self._occ, (new.start, new.end, key))

    def merge(self, old: str, new: str) -> None:
        """Actor ``old`` is ``new`` under a shorter name: its mentions, aliases and references move to ``new``."""
        rec = self.actors.pop(old)
        for span in rec.spans:
            self.mention(new, span)
        self._occ = [(s, e, k) for s, e, k in self._occ if k != old]
        self.actors[new].aliases |= rec.aliases
        self.alias_keys[old] = new
        for other in self.actors.values():
            if other.affiliation == old:
                other.affiliation = new
        if self.publisher == old:
            self.publisher = new

    def occurrences(self, span: Span) -> list[tuple[Span, str]]:
        i = bisect_left(self._occ, (span.start, -1, ""))
        out: list[tuple[Span, str]] = []
        while i < len(self._occ) and self._occ[i][0] < span.end:
            s, e, k = self._occ[i]
            if e <= span.end:
                out.append((Span(s, e), k))
            i += 1
        return out

    def before(self, pos: int) -> list[tuple[Span, str]]:
        i = bisect_left(self._occ, (pos, -1, ""))
        return [(Span(s, e), k) for s, e, k in reversed(self._occ[:i])]

    # --- listing ------------------------------------------------------------------------------
    def listed(self, used: set[str]) -> list[ActorRec]:
        """The actors a briefing lists, by first mention: those with a mention, less a university or
        hospital named only as where a speaker works ("a lecturer at Halvergate University"), not in the
        headline and not in ``used`` (the keys of sources, intermediaries and responders)."""
        owners = {rec.affiliation for rec in self.actors.values() if rec.spans}
        recs = [
            rec
            for rec in self.actors.values()
            if rec.spans
            and (rec.key in used or not self._workplace(rec))
            and (rec.key in used or rec.key in owners or not self._place(rec))
            and (rec.key in used or rec.key in owners or not self._nested(rec))
        ]
        recs.sort(key=lambda rec: rec.first)
        for rec in recs:
            self._reader_name(rec)
            if rec.identification == "anonymous":
                self._with_source_note(rec)
        return recs

    def _nested(self, rec: ActorRec) -> bool:
        """A body met only as the head of another actor's longer mention ("the government" of "the
        government of Varesh"): the reader sees one actor there, not two. A body named later in a
        mention ("a spokeswoman of the ministry") is an actor of its own."""
        if rec.kind == "person":
            return False
        for span in rec.spans:
            if not any(k != rec.key and e > span.end for _, e, k in self._starting_at(span.start)):
                return False
        return True

    def _starting_at(self, pos: int) -> Iterator[tuple[int, int, str]]:
        """The occurrences that start at ``pos`` (the list is sorted: stop at the first one past it)."""
        for o in islice(self._occ, bisect_left(self._occ, (pos, -1, "")), None):
            if o[0] != pos:
                return
            yield o

    def _place(self, rec: ActorRec) -> bool:
        """ "ins Krankenhaus", "im Rathaus": a one-word body named only as where something happens."""
        named = rec.identification == "named" and not self.seg.lex.names.capitalised_nouns
        if rec.kind == "person" or named or len(rec.name.split()) != 1:
            return False
        before = self.seg.lex.places.place_prepositions
        return bool(before) and all(
            self.text[max(0, s.start - 8) : s.start].split()[-1:] in ([w] for w in before) for s in rec.spans
        )

    def _with_source_note(self, rec: ActorRec) -> None:
        """ "un jugador de la plantilla que pidió no ser identificado": the unnamed source with the relative
        clause that says why it is unnamed is a mention too (beside the shorter one)."""
        c = self.seg.lex.claims
        if not (c.relative_pronouns and (c.source_note_phrases or c.source_note_verbs)):
            return
        note = re.compile(
            rf"\s+{alt(c.relative_pronouns)}\s+(?:{alt(c.source_note_verbs)}\s+{alt(c.source_note_negations)}\s+"
            rf"{alt(c.source_note_participles)}|(?:[^\W\d_]+\s+){{0,3}}?{alt(c.source_note_phrases)})\b"
        )
        for span in list(rec.spans):
            m = note.match(self.text, span.end)
            if m is not None:
                self.mention(rec.key, Span(span.start, m.end()))

    def _reader_name(self, rec: ActorRec) -> None:
        """A name that is a bare common noun, listed as a reader would: "A spokesman said" after
        "Northgate Mutual said" is the "Northgate Mutual spokesman"; "the government" is "The government"."""
        roles = self.seg.lex.roles
        folded = " ".join(rec.name.lower().split())
        while len(words := rec.name.split()) > 1 and words[-1].lower() in self.r.function_words:
            rec.name = " ".join(words[:-1])  # "Early surveys for": a phrase cut before its complement
        if (
            rec.kind == "group"
            and rec.identification == "institutional"
            and not any(w[:1].isupper() for w in rec.name.split()[1:])
            and self.r.people_head(rec.name.split()[0]) == "group"
        ):
            # "Residents who saw the signs": unnamed people, anonymous, with their description as role
            rec.identification = "anonymous"
            rec.role = rec.role or rec.name
        owned = rec.kind == "person" and folded in roles.spokesperson_nouns
        owned = owned or (rec.kind in ("media", "organization") and folded in roles.document_nouns)
        if owned and rec.identification != "named":
            body = self._body_before(rec)
            if body is not None and roles.spokesperson_of:
                name = roles.spokesperson_of.format(body=body.name, noun=folded)
                rec.name = name[:1].upper() + name[1:]
                rec.affiliation = rec.affiliation or body.key
        elif rec.kind != "person" and folded in roles.bare_body_nouns:
            for span in sorted(rec.spans, key=lambda s: s.start):
                written = " ".join(span.of(self.text).split())
                if self.r.articles.match(written) and written.lower() != folded:
                    rec.name = written[:1].upper() + written[1:]
                    return

    def _body_before(self, rec: ActorRec) -> ActorRec | None:
        """The body a spokesperson speaks for or a document is by: their affiliation, else the last body
        named in the 400 characters before they are first mentioned (for a document, the last that
        reported, if one did: "X reported ... According to the report")."""
        if rec.affiliation in self.actors and self.actors[rec.affiliation].kind not in ("person", "country"):
            return self.actors[rec.affiliation]
        bodies = ("organization", "government", "military", "intelligence", "media")
        found: list[tuple[Span, ActorRec]] = []
        for span, key in self.before(rec.first):
            if rec.first - span.end > 400:
                break
            other = self.actors[key]
            if (
                other.kind in bodies
                and other is not rec
                and (other.kind != "media" or rec.kind != "person")
                and other.name[:1].isupper()
                and other.identification != "anonymous"
            ):
                found.append((span, other))
        if rec.kind != "person":
            reported = [other for span, other in found if self.r.outlet_after.match(self.text, span.end)]
            if reported:
                return reported[0]
            introduced = self._body_introducing(rec.name.lower(), bodies)
            if introduced is not None and introduced is not rec:
                return introduced
        return found[0][1] if found else None

    def _body_introducing(self, noun: str, bodies: tuple[str, ...]) -> ActorRec | None:
        """ "In a report published on Tuesday, the Fairhaven Institute said": the body named in the
        sentence where the article first uses a document's noun."""
        first = re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", self.text, re.IGNORECASE)
        if first is None:
            return None
        sent = next((s for s in self.seg.sentences if s.start <= first.start() < s.end), None)
        if sent is None:
            return None
        for _, key in self.occurrences(Span(sent.start, sent.end)):
            other = self.actors[key]
            if other.kind in bodies and other.name[:1].isupper() and other.identification != "anonymous":
                return other
        return None

    def _workplace(self, rec: ActorRec) -> bool:
        if rec.kind != "organization" or not any(w in self.r.academic_words for w in rec.name.split()):
            return False
        if any(s.heading and rec.name in s.span.of(self.text) for s in self.seg.sentences):
            return False  # the headline's subject ("Marrowgate University rector accused ...")
        return all(self.r.workplace_before.search(self.text, max(0, s.start - 30), s.start) for s in rec.spans)

    # --- pronouns -----------------------------------------------------------------------------
    def resolve_pronoun(self, word: str, pos: int, last_source: str | None = None) -> str | None:
        r = self.r
        w = word.lower()
        if w in r.pronouns_person:
            for _, key in self.before(pos):
                if self.actors[key].kind == "person":
                    return key
            return None
        if w in r.pronouns_thing or w in r.pronouns_plural:
            plural = w in r.pronouns_plural
            if plural and last_source and self.actors[last_source].kind != "person":
                return last_source
            for _, key in self.before(pos):
                rec = self.actors[key]
                if rec.kind == "person":
                    continue
                if rec.kind in ("publisher", "media") and not plural:
                    continue
                if not plural and (rec.kind == "group" or rec.name.lower().endswith("s")) and rec.kind != "country":
                    continue
                return key
            if last_source and self.actors[last_source].kind != "person":
                return last_source
        return None
