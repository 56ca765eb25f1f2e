"""Capitalised names: chains of capitalised words, classified by their words and their context.

A chain is cut at time words, "and the", titles ("Judge Jane Doe of the District Court"); its words
tell an outlet, the military, a government body, a company, a country (the gazetteer of [places]),
a place (no actor), an acronym, or a person (with the role of a title, an appositive or a lower-case
title before the name). What a name's words tell on their own (its kind, the country it points to) is
in :mod:`.name_kinds`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.schemas.enums import Identification

from .actor_rules import Rules
from .actor_shapes import DATELINE
from .actor_table import ActorTable
from .name_extents import SPELT_OUT_AFTER, postnominal_complement, spelt_out
from .name_kinds import country_key, country_of, keyword_kind
from .people import add_person, described_as_body, not_a_persons_name
from .publisher_rules import rules as publisher_rules
from .resolution import antecedent, known_by_first_words, shortened_name, uninflected, with_determiner
from .segment import Sentence
from .spans import Span

# "&" is a token of its own: "Stellmach & Partner", "Metall & Technik" join around it
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w&-]*(?:[\u2019'](?!s\b)[^\W\d_][\w-]*)*|\d[\w,.]*|&", re.UNICODE)
_POSS_OWNER = re.compile(
    r"(?P<owner>(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)(?:\s+(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)){0,2})[\u2019']s\s+$", re.UNICODE
)


# --- chain detection -------------------------------------------------------------------------
@dataclass(slots=True)  # one per word of every sentence: slots make them cheaper to build
class _Tok:
    start: int
    end: int
    text: str


def chains(text: str, sent: Sentence, r: Rules) -> list[list[_Tok]]:
    """Runs of capitalised tokens (with lower-case connectors and abbreviations inside) in ``sent``."""
    toks = []
    for m in TOKEN.finditer(text, sent.start, sent.end):
        word = m.group(0)
        elided = r.elision.match(word) if ("\u2019" in word or "'" in word) else None
        if elided is not None:
            # "L’ARS" is the name "ARS" after its article; "D’après" is no name at all
            toks.append(_Tok(m.start() + elided.end(), m.end(), m.group(0)[elided.end() :]))
        else:
            toks.append(_Tok(m.start(), m.end(), m.group(0)))
    chains: list[list[_Tok]] = []
    cur: list[_Tok] = []
    pending: list[_Tok] = []
    for tok in toks:
        is_cap = tok.text[:1].isupper()
        if cur:
            last = pending[-1] if pending else cur[-1]
            gap = text[last.end : tok.start]
            joined = (
                gap.isspace()
                or (gap.startswith(".") and gap[1:].isspace() and _abbrev(last.text, r))
                # a plural possessive inside a name: "the Harbour Pilots’ Association"
                or (gap[:1] in "\u2019'" and gap[1:] == " " and last.text.endswith("s") and is_cap and not pending)
            )
            if text[last.end : last.end + 2] in ("\u2019s", "'s"):
                joined = False
            if joined and is_cap:
                cur.extend(pending)
                pending = []
                cur.append(tok)
                continue
            if (
                joined
                and tok.text.lower() in r.split_connectors
                and not (pending and pending[-1].text.lower() in r.connectors and pending[-1].text not in r.and_words)
            ):
                # "Zahl der Überflüge", "Angaben der Polizei": a noun and its genitive, two chains
                # ("von der Leyen" stays one)
                chains.append(cur)
                cur, pending = [], []
                continue
            if joined and tok.text.lower() in r.connectors and len(pending) < 2:
                pending.append(tok)
                continue
            if (
                joined
                and not pending
                and tok.text.lower() in r.postnominal
                and any(t.text in r.institution_words for t in cur)
            ):
                cur.append(tok)  # "la Defensoría del Pueblo regional"
                continue
            chains.append(cur)
            cur, pending = [], []
        if is_cap:
            cur = [tok]
    if cur:
        chains.append(cur)
    return chains


def _first_name_like(text: str, tok: _Tok, r: Rules) -> bool:
    """ "Jan" in "Minister Jan van Dijk": a month's abbreviation with no dot and no day beside it is a name."""
    if tok.text not in r.month_abbreviations or text[tok.end : tok.end + 1] == ".":
        return False
    return not re.search(r"\d\s*$", text[max(0, tok.start - 4) : tok.start]) and not re.match(
        r"\s*\d", text[tok.end : tok.end + 4]
    )


def _abbrev(word: str, r: Rules) -> bool:
    return word in r.abbreviations or (len(word) == 1 and word.isupper())


def _title_token(tok: _Tok, text: str, r: Rules) -> bool:
    word = tok.text
    if r.is_title(word):
        return True
    return text[tok.end : tok.end + 1] == "." and f"{word}." in r.titles


def jurisdiction_mentions(table: ActorTable) -> None:
    """ "The state Emergency Management Agency": the name as the article writes it, with its
    lowercase jurisdiction, is a mention too."""
    text, r = table.text, table.r
    for key, rec in list(table.actors.items()):
        if rec.kind == "person":
            continue
        for span in list(rec.spans):
            m = r.jurisdiction_before.search(text, max(0, span.start - 20), span.start)
            if m is not None:
                table.mention(key, Span(m.start(), span.end))


def classify_chain(table: ActorTable, sent: Sentence, chain: list[_Tok]) -> None:
    """The actor a capitalised chain names, if any (after dropping sentence-initial common words)."""
    r = table.r
    toks = list(chain)
    # sentence-initial common words ("Analysts", "However", "Neither")
    while (toks and toks[0].start == sent.start) or (
        toks
        and toks[0].text.lower() in r.function_words
        and toks[0].text not in ("The",)
        and not (toks[0].text in r.name_articles and toks[0].start != sent.start and len(toks) > 1)
    ):
        first = toks[0]
        if len(toks) > 1 and table.key(table.text[first.start : toks[-1].end]) in table.actors:
            break  # "Strait Lines said ...": a name already seen in full, not a sentence-initial word
        if first.text.lower() in r.function_words or (
            first.text.lower() in table.lower_words
            and first.text.lower() not in ("the",)
            and not (_title_token(first, table.text, r) and len(toks) > 1)
        ):
            if first.text == "The":
                break
            toks = toks[1:]
            continue
        break
    # drop trailing connectors and time words split the chain
    parts: list[list[_Tok]] = [[]]
    for n, t in enumerate(toks):
        and_the = n + 1 < len(toks) and toks[n + 1].text.lower() in r.definite_articles
        if (
            (t.text in r.and_words and (and_the or not any(keyword_kind([p.text], p.text, r) for p in parts[-1])))
            or (t.text.rstrip(".") in r.time_words and not _first_name_like(table.text, t, r))
            or t.text[:1].isdigit()
        ):
            parts.append([])
        else:
            parts[-1].append(t)
    split_parts: list[list[_Tok]] = []
    for part in parts:
        split_parts.extend(_split_title_of(table.text, part, r))
    for part in split_parts:
        while part and part[-1].text.lower() in r.connectors:
            part.pop()
        while part and part[0].text.lower() in r.connectors - {"the"} and part[0].text not in r.name_articles:
            part.pop(0)  # "La Voix du Clavel" keeps the article that opens its name
        if part:
            _classify_part(table, sent, part)


def _classify_part(table: ActorTable, sent: Sentence, toks: list[_Tok]) -> None:
    text, r = table.text, table.r
    own = publisher_rules(table.seg.lex).self_reference.search(
        text, max(sent.start, toks[0].start - 12), min(sent.end, toks[-1].end + 1)
    )
    if own is not None and own.start() <= toks[0].start and toks[-1].end <= own.end():
        return  # "dieser Zeitung": the publisher, named by a demonstrative (publisher.self_references)
    had_the = toks[0].text in ("The", "the")
    core = toks[1:] if had_the else toks
    if not core:
        return
    words = [t.text for t in core]
    full_span = Span(core[0].start, core[-1].end)
    full = full_span.of(text)
    with_the = Span(toks[0].start, core[-1].end)
    prev_word = word_before(text, toks[0].start, sent.start)
    # title + name -> person with role
    title_idx = -1
    for i, t in enumerate(core):
        if _title_token(t, text, r):
            title_idx = i
    if (
        0 < title_idx < len(core) - 1
        and keyword_kind(words[:1], words[0], r) is not None
        and any(w in r.connectors for w in words[1:title_idx])
    ):
        title_idx = -1  # "the Union of Health Workers": a body's name with a title word inside, no person
    if 0 <= title_idx < len(core) - 1:
        rest = core[title_idx + 1 :]
        rest_words = [t.text for t in rest]
        if (
            keyword_kind(rest_words, " ".join(rest_words), r) is None
            and all(w[:1].isupper() or w in r.connectors for w in rest_words)
            and rest_words[0][:1].isupper()
            and rest_words[-1][:1].isupper()
            and not any(w in r.geo_words for w in rest_words)
            and len(rest) <= 4
            and " ".join(rest_words) not in r.countries
        ):
            name_span = Span(rest[0].start, rest[-1].end)
            role = Span(
                core[0].start,
                core[title_idx].end + (1 if text[core[title_idx].end : core[title_idx].end + 1] == "." else 0),
            ).of(text)
            owner = country_of(words[0], table) if words else None
            key = add_person(table, name_span, role, owner)
            table.mention(key, full_span)
            return
    if len(words) >= 2 and words[-1] in r.country_words:
        # "the Tavish Republic": a country by its name
        table.add(full, "country", "institutional", with_the if had_the else full_span)
        return
    anonymous = table.seg.lex.sources.anonymous_nouns
    if r.compound_kinds and len(words) == 1 and any(words[0].lower().endswith(n) for n in anonymous):
        # "aus Verwaltungskreisen", "Aufsichtsratskreise": unnamed sources of a body, an anonymous group,
        # with the complement that says whose ("Regierungskreisen in der Landeshauptstadt")
        whose = re.match(
            rf"\s+(?:(?:{'|'.join(map(re.escape, r.prepositions))})\s+)?"
            rf"(?:{'|'.join(map(re.escape, r.split_connectors))})\s+[^\W\d_][\w-]*",
            text[full_span.end : sent.end],
        )
        if whose is not None and whose.group(0).split()[-1][:1].isupper():
            full_span = Span(full_span.start, full_span.end + whose.end())
        table.add(full_span.of(text), "group", "anonymous", full_span, role=full_span.of(text))
        return
    kind = keyword_kind(words, with_the.of(text) if had_the else full, r)
    spelt = SPELT_OUT_AFTER.match(text, full_span.end) if kind is not None and kind != "media" else None
    if spelt is not None:
        # "la Société des téléphériques du Grand-Clavel (STGC)": the name runs to its acronym
        full_span = Span(full_span.start, spelt.end("rest"))
        full = full_span.of(text)
    if spelt is None and kind in ("government", "organization") and len(words) == 1:
        # "l’Office régional de l’immigration": a one-word name, its adjective and its lower-case complement
        more = postnominal_complement(table, full_span, sent)
        if more is not None:
            full_span = Span(full_span.start, more)
            full = full_span.of(text)
            words = full.split()
    if kind == "media" and len(words) == 1 and r.quoted_name_after.match(text, full_span.end):
        return  # "des Magazins „Lagebild“": the noun describes the outlet named after it
    if kind is not None and kind != "media" and not had_the:
        pm = _POSS_OWNER.search(text, sent.start, toks[0].start)
        if pm and pm.end() == toks[0].start:
            owner_name = pm.group("owner")
            okey = country_of(owner_name, table)
            if okey is None and owner_name.split()[0].lower() not in r.function_words:
                okey = table.add(owner_name, "country", "institutional", None, key=country_key(owner_name, table))
            if okey is not None:
                table.mention(okey, Span(pm.start("owner"), pm.end("owner")))
                span = Span(pm.start("owner"), full_span.end)
                table.add(
                    span.of(text), kind, "institutional" if kind != "organization" else "named", span, affiliation=okey
                )
                return
    if kind == "media":
        span = with_the if had_the and (with_the.of(text) in r.media or len(core) >= 2) else full_span
        base = uninflected(words[0], r).lower()
        if len(words) == 1 and not had_the and base in r.generic_nouns:
            # "Das Magazin" again: the outlet the article named before
            determined = with_determiner(text, full_span, r)
            ante = antecedent(table, base, full_span.start) if len(determined) > len(full_span) else None
            if ante is not None:
                table.mention(ante, determined)
                return
        name = span.of(text)
        table.add(name, "media", "named", span)
        return
    if kind is not None:
        owner = country_of(words[0], table) or country_of(" ".join(words[:2]), table)
        span = with_the if had_the else with_determiner(text, full_span, r)
        if len(span) > len(full_span) and spelt is None:
            # "der Staatsanwaltschaft" after "Staatsanwaltschaft Lindenfeld", "la Confederación" after "la
            # Confederación Hidrográfica del Tardón": a name shortened to its first words, after an article
            longer = known_by_first_words(table, words, full_span.start)
            if longer is not None:
                table.mention(longer, span)
                return
        base = uninflected(words[0], r).lower()
        if len(span) > len(full_span) and len(words) == 1 and base in r.generic_nouns and spelt is None:
            # "die Behörde", "des Konzerns" again: the body the article named before
            ante = antecedent(table, base, full_span.start)
            if ante is not None:
                table.mention(ante, span)
                return
        if owner is None and words[0] in r.demonyms:
            owner = table.add(r.demonyms[words[0]], "country", "institutional", None)
        ident: Identification = "named" if kind == "organization" else "institutional"
        if kind == "government" and len(words) >= 2 and words[-1] in r.authority_words and words[0] not in r.demonyms:
            ident = "named"  # "the Tidewater Competition Authority": a public body by its own name
        if (
            r.descriptor_compound is not None
            and len(core) >= 2
            and r.descriptor_compound.fullmatch(words[0])
            and all(w[:1].isupper() for w in words[1:])
        ):
            # "des Anbieters Voltra Mobility", "die Betreibergesellschaft X GmbH": the noun describes the name
            full_span = Span(core[1].start, full_span.end)
            full, span = full_span.of(text), full_span
            kind, ident = keyword_kind(words[1:], full, r) or "organization", "named"
        longer = shortened_name(table, full) if len(words) >= 2 else None
        if longer is not None:
            table.mention(longer, span)
            return
        table.add(full, kind, ident, span, affiliation=owner)
        return
    if not had_the and r.media_noun_before.search(text, max(sent.start, toks[0].start - 40), toks[0].start):
        table.add(full, "media", "named", full_span)  # "the newspaper Dagsposten", "the news site X"
        return
    if full in r.countries or full.replace(".", "") in r.country_acronyms:
        span = with_the if had_the else full_span
        table.add(full, "country", "institutional", span, key=country_key(full, table))
        return
    if any(w in r.geo_words for w in words) or all(w in r.platforms for w in words):
        return
    if full in r.capitals:
        country = r.capitals[full]
        key = country_key(country, table)
        table.add(country, "country", "institutional", full_span, key=key)
        return
    if len(words) == 1 and (words[0] in r.demonyms or words[0].rstrip("s") in r.demonyms):
        return
    if len(words) == 2 and " ".join(words) in r.demonyms:
        return
    if len(words) == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}", words[0]) and words[0] not in r.acronym_stop:
        span = with_determiner(text, full_span, r)
        named = spelt_out(table, full_span)
        if named is not None:
            table.alias_keys[table.key(full)] = named
            table.mention(named, span)
            return
        table.add(full, "organization", "named", span)
        return
    if "&" in words:
        # "Stellmach & Partner", "Rail & Territoires": a firm's or a title's name, never a person's
        table.add(full, "organization", "named", with_determiner(text, full_span, r))
        return
    if prev_word in r.locatives or prev_word in r.place_nouns:
        return
    if (
        len(words) >= 1
        and all(w.isupper() and len(w) > 1 for w in words)
        and (len(words) >= 2 or DATELINE.match(text, toks[0].start))
    ):
        return
    if prev_word in r.place_of and word_before(text, toks[0].start - 3, sent.start) in r.place_nouns:
        return
    if r.place_after.match(text[full_span.end : full_span.end + 20]):
        return
    if (
        2 <= len(core) <= 6
        and sum(w[:1].isupper() for w in words) <= 4
        and all(
            (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'\u2019-]+", w)) or re.fullmatch(r"[a-z]{1,3}", w)
            for w in words
        )
        and not any(w in r.titles for w in words)
    ):
        if any(w in r.demonyms for w in words):
            return
        if (
            r.descriptor_compound is not None
            and len(words) >= 3
            and r.descriptor_compound.fullmatch(words[0])
            and all(w[:1].isupper() for w in words[1:])
        ):
            # "die Firma Brandt Tiefbau", "des Anbieters Voltra Mobility": the noun describes a body's name
            body = Span(core[1].start, full_span.end)
            table.add(body.of(text), "organization", "named", body)
            return
        if (
            r.capitalised_nouns
            and len(core) >= 3
            and table.common_noun(words[0])
            and all(w[:1].isupper() for w in words[1:])
            and not not_a_persons_name(table, Span(core[1].start, full_span.end), words[1:])
        ):
            # "Der Ingenieur Thomas Kessler": a common noun before a name is the person's description
            add_person(table, Span(core[1].start, full_span.end), words[0], None)
            return
        if not_a_persons_name(table, full_span, words):
            if described_as_body(table, full_span, full):
                table.add(full, "organization", "named", full_span)
            return
        if r.article_before.search(text, max(0, full_span.start - 8), full_span.start):
            # "the Red Cross", "los Ecologistas del Tardón": people take no article; a body's name does
            table.add(full, "organization", "named", with_determiner(text, full_span, r))
            return
        add_person(table, full_span, None, None)
        return
    if len(core) >= 2 and (r.org_appositive.match(text, full_span.end) or described_as_body(table, full_span, full)):
        # "Fernhill Property Finance, the sister company": a name with a title's word, a body by its appositive
        table.add(full, "organization", "named", full_span)
        return
    if len(core) == 1:
        kind_before = r.org_descriptor_before.search(text, max(0, full_span.start - 80), full_span.start)
        if (
            kind_before is not None
            and kind_before.group(0)[:1].islower()
            and prev_word not in r.connectors  # "le syndicat des eaux de la Sirande": a place, the complement
            and described_as_body(table, full_span, full)
        ):
            # "la empresa de control de apuestas Sportvigil", "l’institut Lectoscope": a body, by its kind
            table.add(full, "organization", "named", with_determiner(text, full_span, r))
            return
        after = text[full_span.end : full_span.end + 40]
        if r.country_possession.match(after):
            table.add(full, "country", "institutional", full_span)


def word_before(text: str, pos: int, floor: int) -> str:
    m = re.search(r"([^\W\d_]+)[\s,]*$", text[max(floor, pos - 30) : pos], re.UNICODE)
    return m.group(1).lower() if m else ""


def _split_title_of(text: str, part: list[_Tok], r: Rules) -> list[list[_Tok]]:
    """ "Judge Jane Doe of the District Court" -> the person and the institution."""
    for i, tok in enumerate(part):
        if tok.text in r.title_of and i >= 2:
            left, right = part[:i], part[i + 1 :]
            while right and right[0].text.lower() in r.connectors:
                right = right[1:]
            right_words = [t.text for t in right]
            left_words = [t.text for t in left]
            person_like = (
                len(left) >= 2
                and keyword_kind(left_words, " ".join(left_words), r) is None
                and all(w[:1].isupper() for w in left_words)
            )
            if (
                right
                and keyword_kind(right_words, " ".join(right_words), r)
                and (any(_title_token(t, text, r) for t in left[:-1]) or person_like)
            ):
                return [left, right]
    return [part]
