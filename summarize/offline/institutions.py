"""Institutions and groups: "Lusenia's foreign ministry", "the health ministry", "the office of the
Data Protection Commissioner", "separatist fighters", "the government of X", plural groups that act
("Investors appeared unconvinced"), surnames used alone and first names of unnamed people."""

from __future__ import annotations

import re

from summarize.schemas.enums import ActorKind, Identification

from .actor_rules import Rules
from .actor_shapes import APOS
from .actor_table import ActorTable
from .name_kinds import country_key, country_of, is_demonym
from .resolution import antecedent, known_by_first_words, with_determiner
from .segment import Sentence
from .sources import np_actor
from .spans import Span, trim


def institutions(table: ActorTable, sent: Sentence) -> None:
    """Possessive and demonym institutions ("Lusenia's foreign ministry", "the Dutch government"),
    lower-case ones ("the health ministry"), armed groups and "the government of X" in ``sent``."""
    text, r = table.text, table.r
    for m in r.institution.finditer(text, sent.start, sent.end):
        owner_text = m.group("owner")
        inst = m.group("inst")
        owner_bare = re.sub(rf"^(?:[Tt]he\s+)|{APOS}s$", "", owner_text).strip()
        pronoun_owner = bool(r.owner_pronoun.match(owner_text))
        owner_key: str | None = None
        if not pronoun_owner:
            if m.group("poss") or owner_bare in r.countries:
                owner_key = (
                    country_of(owner_bare, table) or country_key(owner_bare, table)
                    if owner_bare in r.countries
                    else (country_of(owner_bare, table))
                )
                if owner_key is None or owner_key not in table.actors:
                    if owner_bare.split()[0].lower() in r.function_words:
                        continue
                    owner_key = table.add(
                        owner_bare,
                        "country",
                        "institutional",
                        Span(m.start("owner"), m.start("owner") + len(owner_text.rstrip("\u2019's")))
                        if False
                        else None,
                        key=country_key(owner_bare, table),
                    )
                    ostart = m.start("owner") + (len(owner_text) - len(owner_text.lstrip()))
                    if owner_text.lower().startswith("the "):
                        ostart += 4
                    table.mention(owner_key, Span(ostart, ostart + len(owner_bare)))
            elif is_demonym(owner_bare.split()[-1], table) or owner_bare in r.demonyms:
                owner_key = country_of(owner_bare, table) or country_of(owner_bare.split()[-1], table)
                if owner_key is None and owner_bare in r.demonyms:
                    owner_key = country_key(r.demonyms[owner_bare], table)
                    table.add(r.demonyms[owner_bare], "country", "institutional", None, key=owner_key)
            else:
                continue
        low = inst.lower()
        kind: ActorKind
        ident: Identification = "institutional"
        role: str | None = None
        if any(w in low for w in r.institution_intelligence):
            kind = "intelligence"
        elif r.institution_military.search(low):
            kind = "military"
        elif any(w in low for w in r.institution_officials):
            kind, ident = "group", "anonymous"
        else:
            kind = "government"
        start = m.start("owner")
        if text[start : start + 4].lower() == "the ":
            start += 4
        span = Span(start, m.end("inst"))
        name = span.of(text)
        if ident == "anonymous":
            role = name
        key_name: str | None = None
        if pronoun_owner:
            role = name
            # "Dutch Defense Minister Ruben Brekelmans ... his country's intelligence": the Dutch intelligence
            demonym = _nationality(table, m.start())
            if demonym is not None:
                name = f"{demonym} {inst}"
                key_name = table.key(name)
                owner_key = country_of(demonym, table)
        key = table.add(name, kind, ident, span, role=role, affiliation=owner_key, key=key_name)
        if owner_key and owner_key != key:
            table.actors[key].affiliation = table.actors[key].affiliation or owner_key
    for m in r.named_lc_institution.finditer(text, sent.start, sent.end):
        _named_lc_institution(table, m)
    for m in r.lc_institution.finditer(text, sent.start, sent.end):
        if m.group("np2"):
            span, noun = Span(m.start("np2"), m.end("np2")), "parties"
        else:
            det = m.group(0).split()[0].lower()
            span = Span(m.start() if det != "the" else m.start("np"), m.end())
            noun = m.group("noun").lower()
        if any(s.overlaps(span) for s, _ in table.occurrences(Span(max(0, span.start - 80), span.end + 80))):
            continue
        if not m.group("np2") and _described_name(table, sent, Span(m.start(), span.end), m.group("noun")):
            continue
        if re.match(r"\s+[A-Z][\w-]+", text[span.end : span.end + 30]) and not m.group("np2"):
            continue  # "the private launch company Heliant Aerospace": a description of the name after it
        adjectives = r.postnominal_after.match(text, span.end, sent.end) if not m.group("np2") else None
        if adjectives is not None:
            span = Span(span.start, adjectives.end())
        post = r.postposed_name.match(text, span.end, sent.end)
        if adjectives is None and post is None and noun in r.lc_qualified_nouns:
            continue  # "la direction" alone: a company's management, no institution
        if adjectives is not None and post is None and (lc := r.lc_complement.match(text, span.end, sent.end)):
            # "la fédération départementale de pêche", "la direction régionale des douanes de Lauzières"
            span = Span(span.start, lc.end())
            post = r.postposed_name.match(text, span.end, sent.end)
        if post is not None and not m.group("np2"):
            span = Span(span.start, post.end())  # "le parquet de Lauzières", "el Ayuntamiento de Villafranca"
        whole = Span(m.start(), span.end) if not m.group("np2") else span  # "the commission", as written
        if noun.split()[-1] in r.generic_nouns and len(span.of(text).split()) == 1:
            ante = antecedent(table, span.of(text).split()[-1], span.start)
            if ante is not None:
                table.mention(ante, whole)
                continue
        named = _named_container(table, span.of(text), span.start) or (
            known_by_first_words(table, r.articles.sub("", span.of(text)).split(), span.start) if post is None else None
        )
        if named is not None:
            # "the health authority" after "the Eastmoor Regional Health Authority"
            table.mention(named, whole)
            continue
        # "L’agence régionale de santé": the body's name without the article the sentence gives it
        name = r.articles.sub("", span.of(text)) or span.of(text)
        key = table.add(name[:1].upper() + name[1:], _lc_kind(noun, r), "institutional", whole, key=table.key(name))
        _acronym_after(table, key, whole)
    for m in r.armed_group.finditer(text, sent.start, sent.end):
        span = Span(m.start(), m.end())
        name = span.of(text)
        table.add(name[:1].upper() + name[1:], "military", "institutional", span, key=table.key(name))
    for m in r.government_of.finditer(text, sent.start, sent.end):
        x = m.group("x")
        key = country_of(x, table) or table.key(x)
        span = trim(text, Span(m.start(), m.end()))
        if key in table.actors:
            table.mention(key, span)
            if table.actors[key].kind == "country":
                table.actors[key].kind = "government"
        elif x.split()[0].lower() not in r.function_words:
            table.add(x, "government", "institutional", span, key=key)


def _nationality(table: ActorTable, pos: int) -> str | None:
    """The demonym in the role of the person last named before ``pos`` ("Dutch Defense Minister")."""
    r = table.r
    for _, key in table.before(pos):
        rec = table.actors[key]
        if rec.kind == "person":
            return next((w for w in (rec.role or "").split() if w in r.demonyms), None)
    return None


_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[.;:\n])\s*|(?<=\s))(?P<name>[A-Z][\w\u2019'&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w\u2019'&.-]*){0,3}),\s+$",
    re.UNICODE,
)
_OFFICE_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w\u2019'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\u2019'&-]*){0,5})",
    re.UNICODE,
)


def _described_name(table: ActorTable, sent: Sentence, span: Span, noun: str) -> bool:
    """ "Quillmark, the tax-filing software company": a description of the name before it (a
    mention of that name's actor); "the office of the Data Protection Commissioner": the office
    stands for the named official body. True when ``span`` was handled so."""
    text, r = table.text, table.r
    low = noun.split()[-1].lower()
    if low in r.office_words:
        of = _OFFICE_OF.match(text, span.end, sent.end)
        if of is not None and of.group("name").split()[0].lower() not in r.function_words:
            name_span = Span(of.start("name"), of.end("name"))
            occ = table.occurrences(name_span)
            whole = Span(span.start, of.end("name"))
            if occ:
                table.mention(occ[0][1], whole)
            else:
                table.add(of.group("name"), "government", "institutional", whole)
            return True
        return False
    if low not in r.described_nouns:
        return False
    before = _NAME_BEFORE.search(text, max(sent.start, span.start - 80), span.start)
    if before is None:
        return False
    name = before.group("name")
    words = name.split()
    if words[0].lower() in r.function_words or any(w in r.titles or w in r.time_words for w in words):
        return False
    name_span = Span(before.start("name"), before.end("name"))
    occ = table.occurrences(name_span)
    key = occ[-1][1] if occ else None
    if key is None:
        if name in r.countries or name in r.demonyms or len(words) > 3:
            return False
        key = table.add(name, _lc_kind(noun, r), "named", name_span)
    if table.actors[key].kind == "person":
        return False
    table.mention(key, span)
    return True


_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z]{2,6})\s*\)")


def _acronym_after(table: ActorTable, key: str, span: Span) -> None:
    """ "l’agence régionale de santé (ARS)": the acronym in parentheses after a body written out in lower
    case is that body, wherever the article uses it (its actor, if the acronym was met first, merged in)."""
    m = _ACRONYM_AFTER.match(table.text, span.end)
    if m is None:
        return
    short = table.key(m.group(1))
    if short in table.actors and short != key and table.actors[short].kind != "person":
        table.merge(short, key)
    elif short not in table.actors:
        table.alias_keys[short] = key
    table.mention(key, Span(m.start(1), m.end(1)))


def _lc_kind(noun: str, r: Rules) -> ActorKind:
    return r.lc_kinds.get(noun.lower()) or r.lc_kinds.get(noun.split()[-1].lower(), "government")


def _named_lc_institution(table: ActorTable, m: re.Match[str]) -> None:
    """ "the Westhollow city council", "the Belmarch commerce ministry", "the mayor's office"."""
    text, r = table.text, table.r
    span = Span(m.start("np"), m.end("np"))
    head = span.of(text).split()
    first = head[0]
    if "\u2019" in first or "'" in first:
        owner_noun = re.sub(r"[\u2019']s$", "", first).lower()
        if not r.is_source_noun(first) and not (len(head) >= 3 and owner_noun in r.institution_owners):
            return  # "the company's office" is not an institution of its own
    elif any(w.lower() in r.function_words or w in r.titles or w in r.time_words for w in head if w[:1].isupper()):
        return
    for occ, _ in table.occurrences(Span(max(0, span.start - 120), span.end + 120)):
        if (occ.start < span.start < occ.end) or occ.start < span.end < occ.end:
            return  # part of a longer name
    owner = None
    if first[:1].isupper():
        owner = country_of(first, table) or (table.key(first) if table.key(first) in table.actors else None)
        if owner is not None and table.actors[owner].kind not in ("country", "government"):
            owner = None
    name = span.of(text)
    if ("\u2019" in first or "'" in first) and first[:1].islower():
        span = with_determiner(text, span, r)  # "The city’s housing office": the owner's article is the mention's
    key = table.add(
        name[:1].upper() + name[1:], _lc_kind(m.group("noun"), r), "institutional", span, key=table.key(name)
    )
    if owner is not None and owner != key and not table.actors[key].affiliation:
        table.actors[key].affiliation = owner


_GROUP_PREMOD = re.compile(r"([^\W\d_][\w-]*)\s+$", re.UNICODE)


def groups(table: ActorTable, sent: Sentence) -> None:
    """Plural groups that act or are acted on: "Investors appeared unconvinced", "judged by investigators",
    "economists polled by The Observer had expected", "Kidney patient groups were cautious"."""
    text, r = table.text, table.r
    for m in r.group_noun.finditer(text, sent.start, sent.end):
        start = m.start()
        premods = 0
        while premods < 2:
            pm = _GROUP_PREMOD.search(text, max(sent.start, start - 40), start)
            if pm is None or pm.end() != start:
                break
            word = pm.group(1)
            low = word.lower()
            if low in r.not_premodifiers or re.match(r"\d", text[pm.start() - 2 : pm.start()].strip()[-1:] or "x"):
                break
            if low in r.anonymous_adjectives:
                start = pm.start()  # "unnamed officials"
                premods += 1
                continue
            if (
                low in r.function_words
                or r.not_premodifier_ending.search(low)
                or (word[:1].isupper() and low in r.function_words)
            ):
                break
            start = pm.start()
            premods += 1
        before = text[max(sent.start, start - 20) : start]
        if r.group_skip_before.search(before):
            continue  # "18 percent of patients", "400 firms", "two diplomats briefed on ...", "its crews"
        head = Span(start, m.end())
        if re.search(r"\b[Tt]he\s+$", before):
            head = Span(start - 4, m.end())
        post = r.group_post.match(text, m.end(), sent.end)
        span = Span(head.start, post.end() if post else head.end)
        agent = re.search(r"\bby\s+$", before) is not None
        if not agent and not r.group_verb.match(text, span.end, sent.end):
            continue
        if any(occ.overlaps(head) for occ, _ in table.occurrences(Span(max(0, head.start - 120), head.end + 120))):
            continue
        raw = span.of(text)
        name = re.sub(r"^[Tt]he\s+", "", raw)
        if any(w.lower() in r.anonymous_adjectives for w in raw.split()):
            # "unnamed officials told the Journal": an anonymous group, its description as role
            table.add(name[:1].upper() + name[1:], "group", "anonymous", span, role=name, key=table.key(raw))
            continue
        if r.people_head(name) == "group" and not any(w[:1].isupper() for w in name.split()[1:]):
            # "Analysts were cautious": unnamed people, anonymous, their description as role
            table.add(name[:1].upper() + name[1:], "group", "anonymous", span, role=name, key=table.key(raw))
            continue
        table.add(name[:1].upper() + name[1:], "group", "institutional", span, key=table.key(raw))


def _named_container(table: ActorTable, phrase: str, pos: int) -> str | None:
    """The named actor mentioned before ``pos`` whose name ends with the words of ``phrase``."""
    want = [w.lower() for w in phrase.split()]
    if len(want) < 2:
        return None
    for _, key in table.before(pos):
        rec = table.actors[key]
        have = [w.lower() for w in rec.name.split()]
        if rec.name[:1].isupper() and len(have) > len(want) and have[-len(want) :] == want:
            return key
    return None


def aliases(table: ActorTable, body: list[Sentence]) -> None:
    """Every later use of a person's surname (and a Spanish first surname) is a mention of that person."""
    text = table.text
    alias: dict[str, str] = {}
    for key, rec in list(table.actors.items()):
        for a in rec.aliases:
            alias.setdefault(a, key)
    if not alias:
        return
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in sorted(alias, key=len, reverse=True)) + r")\b")
    for sent in body:
        for m in pattern.finditer(text, sent.start, sent.end):
            span = Span(m.start(), m.end())
            covered = table.occurrences(Span(max(0, span.start - 60), span.end + 60))
            if any(s.contains(span) for s, _ in covered):
                continue
            table.mention(alias[m.group(1)], span)


def first_names(table: ActorTable, sent: Sentence) -> None:
    """ "A passenger who gave only her first name, Ingrid, said": a person named by first name only."""
    text, r = table.text, table.r
    for m in r.first_name.finditer(text, sent.start, sent.end):
        head = m.group("np").split()
        name = m.group("name")
        if not any(w in r.person_heads for w in head[:3]) or name.lower() in r.function_words:
            continue
        if name in r.demonyms or name in r.countries or table.key(name) in table.actors:
            continue
        span = Span(m.start("name"), m.end("name"))
        table.add(name, "person", "named", span, role=m.group("np"))


def spokespeople(table: ActorTable, sent: Sentence) -> None:
    """ "Eine Sprecherin des Ministeriums verwies auf ...": an unnamed spokesperson of a body opening a
    sentence is a speaker whatever the verb, a person of their own."""
    lex = table.seg.lex
    nouns, indefinites = lex.roles.spokesperson_nouns, lex.sources.indefinites
    if not (nouns and indefinites):
        return
    head = re.compile(
        rf"(?i:{'|'.join(map(re.escape, indefinites))})\s+(?i:{'|'.join(map(re.escape, nouns))})"
        rf"\s+(?:{'|'.join(map(re.escape, table.r.prepositions))})\s+(?:[^\W\d_]+\s+)?(?:[^\W\d_a-zäöüß][\w-]*\s*)+"
    )
    text = table.text
    start = sent.start + len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip())
    m = head.match(text, start, sent.end)
    if m is None or not m.group()[:1].isupper() or table.occurrences(Span(m.start(), m.start() + 1)):
        return
    np_actor(table, Span(m.start(), m.end()), None)
