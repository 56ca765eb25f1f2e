"""Resolving a noun to an actor met before: "the company", "the minister", "the network" (named with
that description), "Veltrion" for "Veltrion Semiconductor", a name shortened to its first words after an
article ("der Staatsanwaltschaft" for "Staatsanwaltschaft Lindenfeld"), "Harwick Museum" for "Harwick
Museum of World Cultures"."""

from __future__ import annotations

import re

from summarize.schemas.enums import ActorKind

from .actor_rules import Rules
from .actor_table import ActorTable
from .spans import Span


def antecedent(table: ActorTable, noun: str, pos: int) -> str | None:
    """ "the minister" -> the last actor mentioned before ``pos`` whose role or name has that noun;
    "the company" -> the last organisation mentioned."""
    r = table.r
    head = _generic_base(noun.split()[-1], r)
    kinds = r.generic_nouns.get(head.lower())
    if kinds is not None:
        # "the company" again: the actor the article last called "the company"
        same_noun = re.compile(rf"(?:the\s+|its\s+)?{re.escape(head)}", re.IGNORECASE)
        for occ, key in table.before(pos):
            rec = table.actors[key]
            if (
                same_noun.fullmatch(occ.of(table.text))
                and rec.name[:1].isupper()
                and table.key(rec.name) != head.lower()
                and rec.identification != "anonymous"
            ):
                return key
        pattern0 = re.compile(rf"\b{re.escape(head)}\b(?![\u2019']s)", re.IGNORECASE)
        # an actor named by that noun ("the union" -> "the Dockworkers' Union") before any of its kind
        for occ, key in table.before(pos):
            rec = table.actors[key]
            # "die Initiative" after "die Bürgerinitiative „Faires Wasser“": a compound with that head names it
            compound = r.compound_kinds and any(_compound_head(w, head, r) for w in occ.of(table.text).split())
            if (
                (pattern0.search(rec.name) or compound)
                and rec.name[:1].isupper()
                and rec.identification != "anonymous"
                and table.key(rec.name) != table.key(noun)
            ):
                return key
        for _, key in table.before(pos):
            rec = table.actors[key]
            by_kind = rec.kind in kinds and rec.name[:1].isupper() and rec.identification == "named"
            role_head = r.role_head_split.split(rec.role or "")[0]
            # a body's role names it only for a body of the noun's kind: "the ministry" is not a name that
            # a stray appositive ("the Hadrel Dam, the energy ministry said") gave that role
            by_role = (rec.kind in kinds or rec.kind == "person") and bool(pattern0.search(role_head))
            if by_kind or by_role or pattern0.search(rec.name):
                if rec.identification == "anonymous" or table.key(rec.name) == table.key(noun):
                    continue
                return key
        return _described_before(table, head, pos)
    if not r.is_source_noun(head):
        return _body_by_head(table, noun, pos)
    pattern = re.compile(rf"\b{re.escape(head)}s?\b", re.IGNORECASE)
    seen: set[str] = set()
    for _, key in table.before(pos):
        if key in seen:
            continue
        seen.add(key)
        rec = table.actors[key]
        role_head = r.role_head_split.split(rec.role or "")[0]
        if pattern.search(role_head) or (rec.kind != "person" and pattern.search(rec.name)):
            if len(noun.split()) == 2 and not re.search(re.escape(noun), f"{rec.role or ''} {rec.name}", re.I):
                continue
            return key
    return None


def _generic_base(head: str, r: Rules) -> str:
    """ "Unternehmens" -> "Unternehmen", "Verbandes" -> "Verband": where nouns compound (German), a genitive
    whose base is a generic body noun is read as that noun; any other word is kept."""
    if r.compound_kinds and head.lower() not in r.generic_nouns:
        for ending in ("es", "s"):
            base = head[: -len(ending)]
            if head.lower().endswith(ending) and len(base) >= 3 and base.lower() in r.generic_nouns:
                return base
    return head


def _body_by_head(table: ActorTable, noun: str, pos: int) -> str | None:
    """ "la federación" after "la Federación de Comerciantes de Valmar", "the trust" after "the Harbour
    Trust": a common noun that is a word of a body's name (its first or its last), the last such body
    named before ``pos``; never a person, a country or an anonymous source."""
    words = noun.split()
    head = words[-1]
    if len(words) != 1 or len(head) < 4 or not head.islower() or head in table.r.function_words:
        return None
    for _, key in table.before(pos):
        rec = table.actors[key]
        parts = [p.lower() for p in rec.name.split()]
        if (
            len(parts) >= 2
            and head in (parts[0], parts[-1])
            and rec.kind not in ("person", "country", "publisher")
            and rec.identification != "anonymous"
            and rec.name[:1].isupper()
        ):
            return key
    return None


def _described_before(table: ActorTable, noun: str, pos: int) -> str | None:
    """ "Mid-Vale Health, the network that runs five hospitals, ..." then "the network said": the name
    the article described with that noun, made an organisation when it was not yet an actor."""
    text, r = table.text, table.r
    pattern = re.compile(
        rf"(?<![\w\u2019'])(?P<name>[A-Z][\w&\u2019'-]*(?:\s+[A-Z][\w&\u2019'-]*){{0,3}}),\s+(?:the|a|an)\s+"
        rf"(?:[a-z][\w-]*\s+){{0,2}}{re.escape(noun)}\b"
        # "..., the energy ministry said": the subject of an inverted cue, not a description of the name before
        rf"(?!\s+(?:\w+\s+)?{r.cue_verbs_after}\b)"
    )
    found = None
    for m in pattern.finditer(text, max(0, pos - 3000), pos):
        found = m
    if found is None:
        return None
    name = found.group("name")
    if name.split()[0].lower() in r.function_words or name in r.countries:
        return None
    name_span = Span(found.start("name"), found.end("name"))
    occ = table.occurrences(name_span)
    if occ:
        return occ[-1][1] if table.actors[occ[-1][1]].kind != "person" else None
    kinds = r.generic_nouns.get(noun.lower())
    kind: ActorKind = "government" if kinds and kinds[0] == "government" else "organization"
    return table.add(name, kind, "named", name_span)


def org_alias(table: ActorTable, word: str) -> str | None:
    """ "Veltrion" for "Veltrion Semiconductor": the first word of a multi-word company name."""
    r = table.r
    for key, rec in table.actors.items():
        parts = rec.name.split()
        if (
            len(parts) >= 2
            and parts[0] == word
            and rec.kind in ("organization", "media", "group")
            and (
                parts[-1] in r.corporate_words
                or rec.kind != "organization"
                # "Mid-Vale" for "Mid-Vale Health": a coined first word, never a common one
                or ("-" in word and word.lower() not in table.lower_words and word.lower() not in r.function_words)
            )
        ):
            return key
    return None


def shortened_name(table: ActorTable, name: str) -> str | None:
    """ "Harwick Museum" after "Harwick Museum of World Cultures": the institution already met, shortened."""
    prefix = table.key(name) + " of "
    for key, rec in table.actors.items():
        if rec.kind not in ("person", "country") and key.startswith(prefix):
            return key
    return None


def uninflected(word: str, r: Rules) -> str:
    """ "Konzerns" -> "Konzern", "Landkreises" -> "Landkreis": a German genitive's base, where nouns compound."""
    if r.compound_kinds and len(word) > 4:
        for ending in ("es", "s"):
            if word.endswith(ending) and r.compound_kind(word[: -len(ending)]) is not None:
                return word[: -len(ending)]
    return word


def known_by_first_words(table: ActorTable, words: list[str], pos: int) -> str | None:
    """The body named before ``pos`` whose longer name begins with ``words`` (the last one uninflected)."""
    r = table.r
    want = [w.lower() for w in (*words[:-1], uninflected(words[-1], r))]
    for _, key in table.before(pos):
        rec = table.actors[key]
        have = r.articles.sub("", rec.name).lower().split()
        if rec.kind not in ("person", "country") and len(have) > len(want) and have[: len(want)] == want:
            return key
    return None


def with_determiner(text: str, span: Span, r: Rules) -> Span:
    """ "die Polizei", "la préfecture", "l’ARS": an institution's mention with the article written before it."""
    m = r.determiner_before.search(text, max(0, span.start - 8), span.start)
    return Span(m.start(), span.end) if m is not None else span


def shortened_names(table: ActorTable) -> None:
    """ "Consejería" in a headline, "la Consejería de Sanidad" in the text: a one-word name of a body that
    is the first word of exactly one longer body's name is that body."""
    r = table.r
    genitive = frozenset(table.seg.lex.names.genitive_articles)
    if genitive:
        for key, rec in list(table.actors.items()):
            parts = rec.name.split()
            base = uninflected(parts[0], r)
            heads = [
                o
                for k, o in table.actors.items()
                if k != key
                and o.kind not in ("person", "country")
                and _compound_head(uninflected(o.name.split()[0], r), base, r)
            ]
            if (
                len(parts) == 2
                and base != parts[0]
                and heads
                and all(_genitive_start(table, s, genitive) for s in rec.spans)
            ):
                # "nach Berechnungen des Verbands Mehrkosten von ...": the bare noun in the genitive is a
                # body named before by a compound ("Wasserzweckverband"), the word after it no part of a name
                rec.name = base
                for span in list(rec.spans):
                    table.reshape(key, span, Span(span.start, table.text.index(parts[0], span.start) + len(parts[0])))
        for rec in table.actors.values():
            parts = rec.name.split()
            if (
                len(parts) > 1
                and rec.kind not in ("person", "country")
                and uninflected(parts[0], r) != parts[0]
                and rec.spans
                and any(_genitive_start(table, s, genitive) for s in rec.spans)
            ):
                # "des Wasserzweckverbands Obere Sarne": the name is "Wasserzweckverband Obere Sarne"
                rec.name = " ".join((uninflected(parts[0], r), *parts[1:]))
    for key, rec in list(table.actors.items()):
        words = r.articles.sub("", rec.name).split()
        if len(words) != 1 or rec.kind in ("person", "country", "publisher") or key not in table.actors:
            continue
        first = uninflected(words[0], r).lower()
        longer = [
            k
            for k, other in table.actors.items()
            if k != key
            and other.kind not in ("person", "country")
            and len(parts := r.articles.sub("", other.name).lower().split()) > 1
            and (parts[0] == first or (r.compound_kinds and _compound_head(uninflected(parts[0], r), first, r)))
        ]
        if len(longer) == 1:
            table.merge(key, longer[0])


def _genitive_start(table: ActorTable, span: Span, genitive: frozenset[str]) -> bool:
    return span.of(table.text).split()[0].lower() in genitive


def _compound_head(word: str, head: str, r: Rules) -> bool:
    """ "Wasserzweckverband" has the head "Verband" (and "Zweckverband"): a compound ending with a kind word."""
    word, head = word.lower(), head.lower()
    return len(word) > len(head) >= 4 and word.endswith(head) and r.compound_kind(head.capitalize()) is not None


def shortened_bodies(table: ActorTable) -> None:
    """ "Velden Kliniken" after "Velden Kliniken GmbH": a body's name of two or more words that the
    longer name of exactly one other body begins with, less its legal form, is that body; and "das
    Unternehmen", "the company" listed on their own while the company they follow was still read as a
    person's name are that company."""
    r = table.r
    legal = frozenset(table.seg.lex.organisations.legal_forms)
    for key, rec in list(table.actors.items()):
        words = r.articles.sub("", rec.name).lower().split()
        if len(words) < 2 or rec.kind in ("person", "country", "publisher") or key not in table.actors:
            continue
        longer = [
            k
            for k, other in table.actors.items()
            if k != key
            and other.kind not in ("person", "country")
            and len(parts := r.articles.sub("", other.name).split()) > len(words)
            and [p.lower() for p in parts[: len(words)]] == words
            # only a legal form left out ("GmbH", "Ltd"), not another body's words ("Ashby Rovers Supporters' Trust")
            and all(p in legal for p in parts[len(words) :])
        ]
        if len(longer) == 1:
            table.merge(key, longer[0])
    for key, rec in list(table.actors.items()):
        words = r.articles.sub("", rec.name).split()
        if len(words) != 1 or rec.identification != "institutional" or not rec.spans:
            continue
        base = uninflected(words[0], r).lower()
        if base not in r.generic_nouns or len(rec.spans) != 1:
            continue
        ante = antecedent(table, base, rec.first)
        if ante is not None and ante != key and table.actors[ante].kind == rec.kind:
            table.merge(key, ante)


def quoted_names(table: ActorTable) -> None:
    """ "Die Bürgerinitiative „Faires Wasser Sarnetal“", "the campaign group 'Clean Rivers'": a one-word body
    read just before a quoted name is a description of the body of that name; its mentions become the
    name's."""
    text, r = table.text, table.r
    for key, rec in list(table.actors.items()):
        if key not in table.actors or rec.kind in ("person", "country", "publisher") or len(rec.name.split()) != 1:
            continue
        for span in rec.spans:
            quote = r.quoted_name_after.match(text, span.end)
            if quote is None:
                continue
            after = Span(quote.end() - 1, quote.end() + 120)
            named = [k for s, k in table.occurrences(after) if s.start == quote.end() - 1]
            if named and named[0] != key and table.actors[named[0]].kind not in ("country", "publisher"):
                target = table.actors[named[0]]
                if target.kind == "person":
                    target.kind = rec.kind  # the description says what the quoted name is
                table.merge(key, named[0])
                break
