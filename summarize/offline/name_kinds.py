"""What a capitalised name's words tell: its kind (an outlet, the army, a ministry, a company), and the
country a proper name or demonym points to ("American" -> whichever of "U.S.", "United States" the
article uses), with one key for a country's names."""

from __future__ import annotations

import re

from summarize.schemas.enums import ActorKind

from .actor_rules import Rules
from .actor_table import ActorTable


def keyword_kind(words: list[str], full: str, r: Rules) -> ActorKind | None:
    """The kind a name's words tell (an outlet, the army, a ministry, a company), else None."""
    bare = re.sub(r"^(?:The|the)\s+", "", full)
    if (
        full in r.media
        or bare in r.media
        or (len(words) >= 2 and words[-1] in r.media_words)
        or (len(words) >= 2 and words[0] in r.media_first_words)
        or (len(words) >= 3 and words[0] in r.name_articles and words[1] in r.media_first_words)
    ):
        return "media"
    if any(w in r.intelligence_words for w in words):
        return "intelligence"
    if any(w in r.military_words for w in words):
        return "military"
    if any(w in r.government_words for w in words):
        return "government"
    if any(w in r.org_words or w in r.corporate_words for w in words):
        return "organization"
    if any(w in r.institution_words for w in words):
        return "organization" if words[0] in r.union_first_words else "government"
    if r.compound_kinds:
        # "Wasserschutzpolizei", "Verteidigungsministerium": a compound has the kind of the word it ends with
        found = [k for w in words if (k := r.compound_kind(w)) is not None]
        if found:
            return found[-1] if found[-1] == "organization" else found[0]
    return None


def country_of(word: str, table: ActorTable) -> str | None:
    """The key of the country a demonym or proper name points to, creating known countries."""
    r = table.r
    if word in r.demonyms:
        target = r.demonyms[word]
        for alt in (target, word):
            key = table.key(alt)
            if key in table.actors:
                return key
        canonical = r.country_keys.get(target)
        if canonical is not None:  # "American" -> whichever of "U.S.", "United States", "US" the article uses
            for k in (canonical, *(table.key(n) for n, c in r.country_keys.items() if c == canonical)):
                if k in table.actors:
                    return k
        return None
    key = table.key(word)
    if key in table.actors:
        return key
    if len(word) > 4:
        for k, rec in table.actors.items():
            if (
                rec.kind in ("country", "government")
                and len(k) >= 4
                and word.lower().startswith(k)
                and len(word) - len(k) <= 3
            ):
                return k
    return None


def is_demonym(word: str, table: ActorTable) -> bool:
    r = table.r
    if word in r.demonyms:
        return True
    return bool(r.demonym_shape.fullmatch(word)) and country_of(word, table) is not None


def country_key(name: str, table: ActorTable) -> str:
    """One key for a country's names: "US", "U.S.", "America" are the same actor."""
    return table.r.country_keys.get(name.replace(".", "")) or table.key(name)
