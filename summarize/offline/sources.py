"""Noun phrases acting as sources: "unnamed officials", "two diplomats briefed on the talks", "a statement
released after the meeting", "the minister", "its trustees". Known mentions and pronouns resolve to
their actor; anything else that can speak becomes an actor on demand, an anonymous one with its
description as role.
"""

from __future__ import annotations

import re

from summarize.schemas.enums import ActorKind, Identification

from .actor_shapes import FAMILY
from .actor_table import ActorTable
from .name_kinds import country_of, is_demonym
from .people import described_as_body, not_a_persons_name
from .resolution import antecedent, org_alias
from .spans import Span, trim


def np_actor(table: ActorTable, span: Span, last_source: str | None) -> str | None:
    """The actor a subject noun phrase stands for: a known mention, a pronoun, or a new source."""
    text, r = table.text, table.r
    span = trim(text, span, " \t\n,;:\u201c\u201d\"'()\u2014\u2013-")
    if not len(span):
        return None
    raw = span.of(text)
    that = r.complementizer.match(raw)
    if that and len(raw.split()) > 1:
        # "reported ... that one member had argued": the complementiser is not part of the subject
        span = Span(span.start + that.end(), span.end)
        raw = span.of(text)
    reflexive = r.subject_trailer.search(raw)
    if reflexive:
        span = Span(span.start, span.start + reflexive.start())
        raw = span.of(text)
    apposition = _APPOSITION.match(raw)
    if apposition is not None and r.head_article.match(raw):
        # "The owner of the ferry, Kaskel Shipping", "The director of the office, Julian Strand": the name
        # in apposition is the source, the description its role
        name_span = Span(span.start + apposition.start("name"), span.end)
        found = np_actor(table, name_span, last_source)
        if found is not None:
            rec = table.actors[found]
            rec.role = rec.role or r.role_article.sub("", apposition.group("desc"))
            table.mention(found, span)
            return found
    raw_words = raw.split()
    if len(raw_words) == 1 or (len(raw_words) == 2 and raw_words[1].lower() in r.reflexives):
        w = raw_words[0]
        if w.lower() in r.pronouns_person and _continues_speaker(table, span.start, last_source):
            assert last_source is not None
            return last_source
        if w.lower() in r.impersonal_pronouns:
            # "sagte er, man habe alle informiert": the speaker's own side, never a person called "Man"
            return last_source if _continues_speaker(table, span.start, last_source) else None
        pron = table.resolve_pronoun(w, span.start, last_source)
        if pron is not None:
            return pron
        if w.lower() in r.function_words:
            return None
    if r.document.match(raw):
        # "according to a statement released after the meeting": the body that issued it
        for _, key in table.before(span.start):
            rec = table.actors[key]
            if (
                rec.kind in ("organization", "government", "group", "military", "intelligence")
                and rec.name[:1].isupper()
            ):
                return key
        return None
    calling = r.calling_itself.fullmatch(raw)
    if calling:
        # "A criminal group calling itself Nightjar": the name it gives itself, the description as role
        name_span = Span(span.start + calling.start("name"), span.start + calling.end("name"))
        desc = calling.group("desc")
        kind_c: ActorKind = "group" if r.gang.search(desc) else "organization"
        key = table.add(calling.group("name"), kind_c, "named", name_span, role=desc)
        if table.actors[key].kind == "person":
            table.actors[key].kind = kind_c  # first read as a person's name: the description says otherwise
        table.mention(key, span)
        return key
    family = FAMILY.fullmatch(raw)
    if family:
        # "The Halloran family": the family as a group, not the Halloran already named
        name = family.group("name")
        return table.add(f"{name} family", "group", "named", span, key=f"{name.lower()} family")
    definite = r.definite.match(raw)
    if definite:
        found = antecedent(table, definite.group("noun"), span.start)
        if found is None and (found := _named_after(table, span)) is not None:
            table.actors[found].role = table.actors[found].role or definite.group("noun")
        if found is not None:
            table.mention(found, span)
            return found
    occ = table.occurrences(span)
    if occ:
        lead_words = [w.lower().strip(".,") for w in text[span.start : min(o[0].start for o in occ)].split()]
        while lead_words and lead_words[-1] in r.lead_determiners:
            lead_words.pop()
        first_start = min(o[0].start for o in occ)
        genitive = text[first_start : span.end].split()[:1]
        if genitive and genitive[0].lower() in r.prepositions and lead_words:
            lead_words.append(genitive[0].lower())  # "Ein Sprecher der Staatsanwaltschaft": the mention holds it
        if (
            len(lead_words) >= 2
            and lead_words[-1] in r.prepositions
            and any(r.is_source_noun(w) for w in lead_words[:-1])
        ):
            occ = []
    if occ:
        # the head of the phrase: the earliest mention, preferring people
        occ.sort(key=lambda o: (o[0].start, -(o[0].end - o[0].start)))
        persons = [o for o in occ if table.actors[o[1]].kind == "person"]
        first = occ[0]
        possessive = text[first[0].end : first[0].end + 2] in ("\u2019s", "'s")
        owned = re.match(r"[\u2019']s\s+(?:[a-z-]+\s+)?([a-z-]+)$", text[first[0].end : span.end])
        if possessive and owned and r.is_source_noun(owned.group(1)) and first[0].start - span.start <= 8:
            occ = []  # "Welland's sponsors", "Two of Welland's sponsors": a party of its own
        modified = re.fullmatch(r"\s+(?:[a-z-]+[\u2019']?\s+){0,2}([a-z-]+)[\u2019']?", text[first[0].end : span.end])
        if (
            occ
            and modified
            and r.is_source_noun(modified.group(1))
            and first[0].start - span.start <= 8
            and table.actors[first[1]].kind != "person"
        ):
            occ = []  # "a Treasury spokesman", "two Rovers players' agents": people of that body, not the body
    if occ:
        persons = [o for o in occ if table.actors[o[1]].kind == "person"]
        first = occ[0]
        possessive = text[first[0].end : first[0].end + 2] in ("\u2019s", "'s")
        if persons and (possessive or persons[0][0].start - span.start < 60):
            return persons[0][1]
        if possessive and len(occ) > 1:
            return occ[1][1]
        if not possessive:
            return first[1]
    described = _DESCRIBED_NAME.match(raw)
    if described and not occ and described.group("name").split()[0].lower() not in r.function_words:
        # "the running shoe maker Stridewell": a description, then the name it belongs to
        desc = described.group("desc").lower()
        kind_d: ActorKind = (
            "person" if any(w in r.person_heads or w in r.role_nouns for w in desc.split()) else "organization"
        )
        return table.add(described.group("name"), kind_d, "named", span)
    rel = r.relative_cut.search(raw)
    if rel and rel.start() > 0:
        span = trim(text, Span(span.start, span.start + rel.start()))
        raw = span.of(text)
    words = raw.split()
    if len(words) > 16:
        cut = r.long_cut.search(raw)
        if cut and cut.start() > 0:
            span = trim(text, Span(span.start, span.start + cut.start()))
            raw = span.of(text)
            words = raw.split()
    if not words or len(words) > 16:
        return None
    lower = [w.lower().strip(".,") for w in words]
    # "un vin dont personne ne connaît ...": "personne" before "ne" is nobody, no source
    nouns = [w for w, nxt in zip(lower, [*lower[1:], ""], strict=True) if not nxt.startswith(r.negative_pronoun_after)]
    governing = r.governing_body.fullmatch(raw)
    if governing:
        # "its trustees announced": the governing body of the organisation last named
        for _, key in table.before(span.start):
            rec = table.actors[key]
            if rec.kind in ("organization", "government") and rec.name[:1].isupper():
                noun = governing.group("noun").lower()
                return table.add(f"{rec.name} {noun}", "group", "institutional", span, role=noun, affiliation=key)
    if not any(r.is_source_noun(w) for w in nouns):
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in r.function_words:
            # "Kirby" after "John Kirby": the surname of a person named before
            known = next((k for k, p in table.actors.items() if p.kind == "person" and words[0] in p.aliases), None)
            if known is not None:
                table.mention(known, span)
                return known
            alias = org_alias(table, words[0])
            if alias is not None:
                table.mention(alias, span)
                return alias
            after = text[span.end : span.end + 400]
            kind: ActorKind = (
                "person"
                if r.person_after.search(after[:200]) and not r.thing_after.search(after[:120])
                else "country"
                if r.country_possession.match(after)  # "Belmarch's trade ministry"
                else "organization"
            )
            return table.add(words[0], kind, "named", span)
        if (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and raw not in r.demonyms
            and not any(w in r.demonyms or w.lower() in r.function_words for w in words)
        ):
            if described_as_body(table, span, raw) or r.org_appositive.match(text, span.end):
                # "Camp Woodhollow, the holiday camp, has not responded"
                return table.add(raw, "organization", "named", span)
            if not_a_persons_name(table, span, words):
                return None
            return table.add(raw, "person", "named", span)
        return None
    named_later = _named_later(table, raw, span)
    if named_later is not None:
        table.mention(named_later, span)
        return named_later
    head_text = r.np_cut.sub("", raw)
    partitive = r.partitive.match(raw)
    if partitive:
        # "One of the employees", "Two of those people": the whole partitive, not "One"
        head_text = raw[: partitive.end()] + r.np_cut.sub("", raw[partitive.end() :])
    if r.clausal.search(head_text) or raw.split()[0].lower() in r.not_np_start:
        return None
    head_text = r.head_article.sub("", head_text).strip() or raw
    anonymous = bool(r.anonymous.search(raw)) or raw.lower() in r.anonymous_alone
    low = raw.lower()
    if r.military_source.search(low):
        kind = "military"
    elif any(w in low for w in r.intelligence_stems):
        kind = "intelligence"
    elif (people := r.people_head(head_text)) is not None:
        # "a ministry spokesperson", "two council employees": people of a body, not the body
        kind = people
    elif r.government_source.search(low):
        kind = "government"
    elif r.media_source.search(low):
        kind = "media"
    elif r.group_source.search(low) or (
        head_text.split()[-1].lower().endswith("s") and r.is_source_noun(head_text.split()[-1])
    ):
        kind = "group"  # "football finance specialists": people of a trade, in the plural
    elif r.person_source.search(low) or any(w.strip(".,") in r.person_heads for w in low.split()[:4]):
        kind = "person"
    else:
        kind = "organization"
    role = r.role_article.sub("", raw)
    # "A spokesperson for the bank", "une source proche du dossier": the description with its complement
    # names an unnamed source better than its head alone ("Spokesperson", "Source proche")
    role_words = role.split()
    cut_at = role_words[len(head_text.split())].lower() if len(role_words) > len(head_text.split()) else ""
    by_preposition = cut_at in r.prepositions or len(head_text.split()) == 1
    name_text = role if head_text != role and 1 < len(role_words) <= 8 and by_preposition else head_text
    name = name_text[:1].upper() + name_text[1:]
    # "officials", "two council employees": unnamed people of no named owner are anonymous
    crowd = kind == "group" and r.people_head(head_text) == "group" and not any(w[:1].isupper() for w in words[1:])
    ident: Identification = "anonymous" if anonymous or crowd else "institutional"
    owner = None
    for w in words:
        if is_demonym(w, table):
            owner = country_of(w, table)
            break
    if r.possessive.match(raw):
        ident = "institutional"
    same = _spokesperson_key(table, role) if kind == "person" else None
    if same is not None and same in table.actors:
        # "Ein Konzernsprecher" and "Ein Sprecher des Konzerns": one spokesperson, named as first written
        rec = table.actors[same]
        if span.start < rec.first:
            rec.name, rec.role, rec.identification = name, role, ident
        table.mention(same, span)
        return same
    return table.add(
        name,
        kind,
        ident,
        span,
        role=role,
        affiliation=owner,
        key=same or table.key(raw),
    )


def _spokesperson_key(table: ActorTable, head: str) -> str | None:
    """One key for a spokesperson named as a compound ("Konzernsprecher") or with the body in the genitive
    ("Sprecher des Konzerns"): the body's noun, then the spokesperson's."""
    nouns = table.seg.lex.roles.spokesperson_nouns
    words = table.r.articles.sub("", head.strip()).split()
    if len(words) == 1:
        word = words[0].lower()
        noun = next(
            (n for n in sorted(nouns, key=len, reverse=True) if word.endswith(n) and len(word) > len(n) + 2), None
        )
        return f"spokesperson:{word[: -len(noun)].rstrip('-')}:{noun}" if noun else None
    if (
        len(words) == 3
        and words[0].lower() in nouns
        and words[1].lower() in table.r.prepositions
        and words[2][:1].isupper()
    ):
        body = words[2].lower()
        body = body[:-2] if body.endswith(("ses", "zes")) else body[:-1] if body.endswith("s") else body
        return f"spokesperson:{body}:{words[0].lower()}"
    return None


def _named_after(table: ActorTable, span: Span) -> str | None:
    """ "selon le maire, Paul Rey": a definite role, then the person it names in apposition."""
    text = table.text
    gap = re.match(r",\s+", text[span.end : span.end + 4])
    if gap is None:
        return None
    start = span.end + gap.end()
    for occ, key in table.occurrences(Span(start, start + 80)):
        if occ.start == start and table.actors[key].kind == "person":
            return key
    return None


_SENTENCE_BREAK = re.compile(r"[.!?][\u201d\"]?\s+[\u201c\"]?[A-Z]")


def _continues_speaker(table: ActorTable, pos: int, last_source: str | None) -> bool:
    """ "X said Y had done A. He said B.": a sentence-initial pronoun continues the last speaker,
    not the person last named inside what that speaker said."""
    text = table.text
    if last_source not in table.actors or table.actors[last_source].kind != "person":
        return False
    before = text[:pos].rstrip()
    if before and not re.search(r"[.!?][\u201d\"]?$|\n$", text[:pos].rstrip(" \t")):
        return False
    persons = [(occ, key) for occ, key in table.before(pos) if table.actors[key].kind == "person"]
    if not persons or persons[0][1] == last_source:
        return False
    nearest = persons[0][0]
    own = next((occ for occ, key in persons if key == last_source), None)
    if own is None or own.end > nearest.start:
        return False
    # both in the previous sentence: the speaker first, the other person inside its content
    gap = text[own.end : nearest.start]
    return not _SENTENCE_BREAK.search(gap) and not _SENTENCE_BREAK.search(text[nearest.end : pos].rstrip())


_APPOSITION = re.compile(
    r"(?P<desc>[^,]{3,80}),\s+(?P<name>[A-Z][\w\u2019'&.-]*(?:\s+(?:&\s+)?[A-Z][\w\u2019'&.-]*){0,4})$"
)
_DESCRIBED_NAME = re.compile(
    r"(?:the|a|an)\s+(?P<desc>(?:[a-z][\w-]*\s+){1,4})(?P<name>[A-Z][\w\u2019'&-]*(?:\s+[A-Z][\w\u2019'&-]*){0,3})$"
)


def _named_later(table: ActorTable, raw: str, span: Span) -> str | None:
    """ "A judge in Carden ruled ..." then "Judge Jane Doe wrote ...": the lede's unnamed role is the
    one person named with that title shortly after (cataphora); None when not exactly one."""
    r = table.r
    m = r.indefinite_role.match(raw)
    if m is None or r.anonymous.search(raw[m.end() :]) or r.named_later_preposition.search(raw[m.end() :]):
        return None
    noun = m.group("noun")
    if noun not in r.role_nouns and noun not in r.more_sources:
        return None
    title = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    found = [
        key
        for key, rec in table.actors.items()
        if rec.kind == "person"
        and rec.identification == "named"
        and span.end < rec.first < span.end + 1500
        and title.search(rec.role or "")
    ]
    return found[0] if len(found) == 1 else None
