"""People: a capitalised name read as a person's, with the role found around it (a title, an appositive, a
lower-case role before the name), and the checks that a name is no person's ("the battery maker X", "X,
which runs", "Die Zahl", "el centro de Santa Irene") or that a name first read as a person's is a body's."""

from __future__ import annotations

import re

from .actor_rules import Rules
from .actor_table import ActorTable
from .spans import Span


def not_people(table: ActorTable) -> None:
    """Capitalised names first read as people that the article treats as organisations: "the
    opposition Civic Renewal party", "Orlek Coaches, a local operator"."""
    text, r = table.text, table.r
    for rec in table.actors.values():
        if rec.kind != "person":
            continue
        role_head = (rec.role or "").split()[-1:]
        if (
            role_head
            and role_head[0].lower() in r.generic_nouns
            and rec.role
            and rec.role[:1].islower()
            and len(rec.role.split()) <= 4
            and not r.role_preposition.search(rec.role)
        ):
            rec.kind = "organization"  # "animal welfare charity Free the Giants": a body, named after its kind
            continue
        if r.org_name.search(rec.name):
            rec.kind = "organization"  # "Free the Giants", "Friends of the Earth": people's names have no such words
            continue
        if any(spelt_out_acronym(text, span) for span in rec.spans):
            rec.kind = "organization"  # "Bürgerliste Moorbach (FBM)": a name spelt out before its acronym
            rec.aliases.clear()
            rec.role = None  # "Freie" of "Die Freie Bürgerliste": a word of the name, not a person's title
            continue
        if rec.role and r.role_has_noun(rec.role):
            continue
        for span in rec.spans:
            if len(span.of(text).split()) < 2:
                continue
            if not rec.role and r.outlet_after.match(text, span.end) and not _surname_used(text, rec.name):
                rec.kind = "media"  # "Sportsline Europa reported on Sunday, citing three delegates"
                rec.aliases.clear()
                break
            if described_as_body(table, span, rec.name):
                rec.kind = "organization"
                rec.aliases.clear()  # "Water" is no surname of "Harlow Water"
                break
            if r.org_after.match(text, span.end):
                rec.kind = "group"
                break
            if r.org_appositive.match(text, span.end) or r.business_after.match(text, span.end):
                rec.kind = "organization"
                break


_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acronym>[A-Z\u00c0-\u00de]{2,6})\s*\)")


def spelt_out_acronym(text: str, span: Span) -> bool:
    """The name at ``span`` is followed by an acronym in parentheses that its words' initials spell (in
    order, an initial or two may be left out): "Freie Liste Moorbach (FLM)", not "Hans Berg (CDU)"."""
    m = _ACRONYM_AFTER.match(text, span.end)
    if m is None:
        return False
    initials = [w[0] for w in span.of(text).split() if w[:1].isupper()]
    letters = iter(m.group("acronym"))
    return len(initials) >= 2 and all(any(c == i for c in letters) for i in initials)


def crowd_bodies(table: ActorTable) -> None:
    """ "the Skarholm Residents' Association", "la Asociación de Afectados por X": a body named after the
    unnamed crowd it gathers is a group, not an organisation ("Traders' Association" stays one)."""
    crowds = frozenset(table.seg.lex.roles.crowd_body_nouns)
    for rec in table.actors.values():
        if rec.kind == "organization" and any(w.rstrip("'\u2019").lower() in crowds for w in rec.name.split()[:-1]):
            rec.kind = "group"


def first_word_bodies(table: ActorTable) -> None:
    """ "operated by Torvik Geothermal. Torvik said": a name read as a person's whose first word is used
    alone and whose last never is, as a body's short name is (a person's is the surname), is a body's;
    the short name's actor is merged into it. A name with a role or title keeps its reading."""
    text = table.text
    for key, rec in list(table.actors.items()):
        words = rec.name.split()
        if rec.kind != "person" or rec.role or len(words) < 2 or key not in table.actors:
            continue
        if not words[0][:1].isupper() or words[0].lower() in table.r.function_words:
            continue
        if _surname_used(text, rec.name) and words[-1].lower() not in table.lower_words:
            continue  # a surname, unless a common noun of the article ("Geothermal plant halts", "geothermal")
        alone = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+{re.escape(words[1])}\b)")
        if not alone.search(text):
            continue
        rec.kind = "organization"
        rec.aliases = {words[0]}  # "Torvik" is its short name, "Geothermal" no surname
        short = table.key(words[0])
        if short != key and short in table.actors and table.actors[short].kind != "person":
            table.merge(short, key)


_FIGURE_BEFORE = re.compile(r"\d\s+$")


def not_a_persons_name(table: ActorTable, span: Span, words: list[str]) -> bool:
    """A capitalised chain with no title that cannot be a person's name: its first word is a common noun
    elsewhere ("Die Zahl", "Kein Akku"), a number word ("Zwölf Bewohner"), or it comes right after "de"
    ("el centro de Santa Irene"), a function word ("Kein Akku"), an abstract noun's plural ("Betriebsbedingte
    Kündigungen") or a figure ("40 Minuten Fahrzeit") before it."""
    r = table.r
    return (
        table.common_noun(words[0])
        or (words[0].lower() in r.function_words and not r.articles.match(f"{words[0]} "))  # "Kein Akku"
        or any(w.lower() in r.number_words for w in words)
        or any(w.lower().endswith(r.not_name_endings) for w in words)  # "Betriebsbedingte Kündigungen"
        or bool(r.not_person_before.search(table.text, max(0, span.start - 8), span.start))
        or bool(_FIGURE_BEFORE.search(table.text, max(0, span.start - 8), span.start))  # "40 Minuten Fahrzeit"
    )


def described_as_body(table: ActorTable, span: Span, name: str) -> bool:
    """ "the battery maker Norrvik Cells", "Brightmoor Parking, which runs": a body's name, unless its last
    word is used alone elsewhere, as a surname is ("the developer Halvard Greaves ... Greaves said")."""
    text, r = table.text, table.r
    descriptor = r.org_descriptor_before.search(text, max(0, span.start - 80), span.start)
    if descriptor is not None and _complement_of_a_person(text, descriptor.start(), r):
        descriptor = None
    if not (descriptor or r.thing_relative_after.match(text, span.end)):
        return False
    return not _surname_used(text, name)


def _complement_of_a_person(text: str, pos: int, r: Rules) -> bool:
    """ "la déléguée du syndicat, Nadia Ferhat": a body's noun that is the complement of a person's role
    noun (the role, a preposition, an article) describes the person, and the name in apposition is theirs."""
    before = re.findall(r"[^\W\d_][\w-]*", text[max(0, pos - 50) : pos])
    while before and (before[-1].lower() in r.appositive_articles or len(before[-1]) == 1):
        before.pop()  # "de la ", "of the ", "de l’": the article or elided article before the noun
    if len(before) < 2 or before[-1].lower() not in r.prepositions:
        return False
    return before[-2].lower() in r.role_nouns or before[-2].lower() in r.person_heads


def _surname_used(text: str, name: str) -> bool:
    """The last word of ``name`` is used alone elsewhere in ``text``, as a surname is."""
    last = re.compile(rf"(?<![\w-]){re.escape(name.split()[-1])}(?![\w-])")
    return len(last.findall(text)) > text.count(name)


_LC_ROLE_BEFORE = re.compile(r"(?:^|\s)(?P<role>(?:[A-Za-z-]+\s+){0,3}?[a-z-]+)\s+$")


def _lowercase_role(text: str, span: Span, r: Rules) -> str | None:
    """ "chief executive Jane Doe", "property developer John Roe": a lowercase title before the name."""
    m = _LC_ROLE_BEFORE.search(text, max(0, span.start - 60), span.start)
    if not m:
        return None
    role_words = m.group("role").split()
    while role_words and not r.is_source_noun(role_words[-1]):
        return None
    while role_words and (
        role_words[0].lower() in r.function_words
        or (
            role_words[0][:1].isupper()
            and role_words[0] not in r.demonyms
            and role_words[0].lower() not in r.role_nouns
            and len(role_words) > 1
            and not r.is_source_noun(role_words[0])
        )
    ):
        role_words = role_words[1:]
    return " ".join(role_words) or None


def add_person(table: ActorTable, span: Span, role: str | None, owner: str | None) -> str:
    """A named person (with the role found around the name), or the known person a surname stands for."""
    text, r = table.text, table.r
    name = span.of(text)
    key = table.key(name)
    if key not in table.actors:
        # "Dr. Okafor" after "Dr. Ada Okafor", "Fuente Ruiz" after "María de la Fuente Ruiz": the surname of a
        # person already in the table
        known = next((k for k, p in table.actors.items() if p.kind == "person" and name in p.aliases), None)
        if known is not None:
            table.mention(known, span)
            return known
    found_role = role or _appositive_role(text, span, r) or _lowercase_role(text, span, r)
    affiliation = owner
    if found_role and affiliation is None:
        affiliation = _role_affiliation(table, found_role)
    key = table.add(name, "person", "named", span, role=found_role, affiliation=affiliation, key=key)
    rec = table.actors[key]
    parts = name.split()
    if len(parts) >= 2:
        rec.aliases.add(parts[-1])
    if len(parts) == 3 and parts[1][:1].isupper():
        rec.aliases.add(parts[1])  # Spanish first surname: "Paredes" for "Rocío Paredes Ugarte"
    if len(parts) >= 3 and parts[1] in r.connectors:
        # "von der Leyen" for "Ursula von der Leyen", "de la Fuente" for "María de la Fuente Ruiz"
        end = next((i for i in range(2, len(parts)) if parts[i][:1].isupper()), len(parts) - 1) + 1
        particle = " ".join(parts[1:end])
        rec.aliases.update({particle, particle[:1].upper() + particle[1:]})
        if len(parts) - end >= 1:
            rec.aliases.add(" ".join(parts[end - 1 :]))  # "Fuente Ruiz": the two surnames without the particle
    return key


def _appositive_role(text: str, span: Span, r: Rules) -> str | None:
    m = r.appositive_after.match(text, span.end)
    if m and r.cue_after.match(text, m.end("app")):
        m = None  # "the incumbent, Marco Bellandi, the league said": the subject of an inverted cue
    if m:
        app = m.group("app").strip()
        first = app.split()[0]
        relative = next((w for w in r.appositive_relatives if app.startswith(w + " ")), None)
        if (first in r.appositive_not_roles or first in r.appositive_relatives) and relative is None:
            m = None
        elif relative is not None:
            return app[len(relative) + 1 :] if len(app.split()) <= 25 else None
        if (
            m is not None
            and len(app.split()) <= 25
            and (first.lower() in r.appositive_articles or r.role_has_noun(app))
            # "Según X, el coste es bajo": a main clause after a fronted source, no appositive
            and (r.role_has_noun(app) or not any(w in r.finite_words for w in app.lower().split()))
        ):
            return r.appositive_article.sub("", app)
    start = max(0, span.start - 120)
    m2 = r.role_before.search(text[start : span.start])
    after = text[span.end : span.end + 2]
    if m2 and after[:1] in (",", " ") and r.role_has_noun(m2.group("role")):
        return r.appositive_article_initial.sub("", m2.group("role").strip())
    return None


def _role_affiliation(table: ActorTable, role: str) -> str | None:
    best: tuple[int, str] | None = None
    for key, rec in table.actors.items():
        if rec.kind == "person":
            continue
        for cand in {rec.name, *(s.of(table.text) for s in rec.spans)}:
            found = len(cand) >= 3 and re.search(rf"(?<!\w){re.escape(cand)}(?!\w)", role)
            if found and (best is None or len(cand) > best[0]):
                best = (len(cand), key)
    return best[1] if best else None
