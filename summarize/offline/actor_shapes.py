"""Shapes shared by the actor rules: capitals of any of our languages, the dateline, an outlet's name,
compounds ("Wasserschutzpolizei" ends with "Polizei"), and the small patterns several passes use."""

from __future__ import annotations

import re

APOS = "[\u2019']"
# a capital letter, Latin-1 and the capitals of French, Spanish and German included ("É", "Ñ", "Ü", "Œ")
CAP = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0152\u0160\u017d\u0178]"
DATELINE = re.compile(
    # "KORVEN, Tervane" / "ALDMOUTH, Nov 4" / "SAINT-AURÈLE-DES-VIGNES, 4 décembre (Agence Sud Information) –"
    rf"^[ \t]*{CAP}(?:{CAP}|[ .'\u2019/-]){{2,40}}(?:,[ \t]*[\w .'/-]{{1,30}}?)?"
    rf"\s*\((?P<pub>{CAP}[\w .&\u2019'-]{{1,40}})\)\s*[-\u2013\u2014]+\s*",
    re.MULTILINE,
)


WORDCHARS = re.compile(r"[^\W\d_]+", re.UNICODE)
FAMILY = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w\u2019'-]+)\s+family")


def uoutlet(group: str) -> str:
    """An outlet's name in any script's capitals: "L’Écho de la Loiran", "El Mirador del Sur"."""
    return rf"(?P<{group}>(?:[^\W\d_][\u2019'])?{CAP}[\w&.\u2019'-]*(?:[ \t]+[\w&.\u2019'-]+){{0,5}}?)"


OUTLET = r"(?P<pub>(?:The[ \t]+)?[A-Z][\w&.\u2019'-]*(?:[ \t]+[A-Z][\w&.\u2019'-]*){0,4})"


def ends(words: tuple[str, ...]) -> str:
    """Each entry followed by a word boundary (an alternation that stays one group)."""
    return "|".join(rf"{re.escape(w)}\b" for w in words) or "(?!)"


def compound(entries: tuple[str, ...] | frozenset[str], exceptions: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A word that ends with one of ``entries`` (acronyms left out), in any case, with a genitive "-s"; an
    entry in ``exceptions`` counts only alone ("Stadt", not "Innenstadt")."""
    kept = [e for e in entries if e.isalpha() and len(e) >= 3 and not e.isupper()]
    alone = r"(?<![^\W\d_])"
    parts = [(alone if e.lower() in exceptions else "") + re.escape(e.lower()) for e in kept]
    ends = "|".join(sorted(parts, key=len, reverse=True))
    # "des Kreisklinikums": the genitive ending too
    return re.compile(rf"(?i:[^\W\d_]*(?:{ends or '(?!)'})(?:e?s)?)", re.UNICODE)
