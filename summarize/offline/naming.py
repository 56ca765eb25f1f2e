"""How a briefing names an actor and words a response, in the article's language: a name with the
article the text gives it ("the U.S."), as mid-sentence writes it ("l’entreprise"), with an opening
possessive resolved ("Lindqvist's party"); the words a text capitalises only where a sentence opens; a
denial's statement and its target from the lexicon's ``[prose]`` templates."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .statements import Resolver, fill, sentence

_CAPITALISED = re.compile(r"(?<![\w\u2019'-])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u2019'-]+")
_OPENERS = ".!?\n:\u2026"  # what a sentence or a line opens after


def opening_only(text: str, names: frozenset[str]) -> frozenset[str]:
    """The words (lower-cased) the article capitalises only where a sentence or a line opens, and that
    are in no actor's name: common nouns ("Negotiators for the government ..."), written in lower case
    once a clause is embedded mid-sentence. A word capitalised anywhere else is a name, and so is
    every German noun."""
    mid: set[str] = set()
    opening: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        before = text[max(0, m.start() - 6) : m.start()].rstrip(' \t\u00a0"\u201c\u00ab\u201e(')
        (opening if not before or before[-1] in _OPENERS else mid).add(m.group().lower())
    return frozenset(opening - mid - names)


def name_of(name: str, resolve: Resolver | None, lex: Lexicon) -> str:
    """An actor's name that opens on a possessive pronoun ("Her party", "His training group") with the
    pronoun resolved ("Lindqvist's party"), when the language writes possessives so."""
    p = lex.prose
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if resolve is None or not p.possessive or first not in p.possessive_pronouns or " " not in name:
        return name
    who = resolve(first)
    return p.possessive.format(source=who.name) + name[len(first) :] if who is not None else name


def allegation(target: str | None, central: str | None, lex: Lexicon) -> str:
    """A denial's ``target_statement``: the allegation in neutral words, from the claim it answers, else
    from the article's central claim, else the lexicon's words for an allegation the article leaves unstated."""
    for candidate in (target, central):
        if candidate and candidate.strip():
            return candidate
    return sentence(lex.prose.unstated_allegation)


def with_article(name: str, text: str, lex: Lexicon, cache: dict[str, str]) -> str:
    """``name`` with the article the text writes it with, when it does so more often than not
    ("the U.S."); ``cache`` keeps the answer per name for one article."""
    if name in cache:
        return cache[name]
    articles = lex.prose.name_articles
    out = name
    if articles and name[:1].isupper() and name.split()[0].lower() not in articles:
        found: list[str] = []
        written: list[str] = []
        lowered = cache.get("\0") or cache.setdefault("\0", text.lower())  # the text, lower-cased once
        key = name.lower()  # "The transport ministry" for "Transport ministry"
        at = lowered.find(key)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                before = lowered[max(0, at - 8) : at]
                word = before.split()[-1].lower() if before.strip() else ""
                adjacent = before.endswith((" ", "\n")) or word.endswith(("'", "’"))
                found.append(word if word in articles and adjacent else "")
                written.append(text[at:end])
            at = lowered.find(key, end)
        withs = [a for a in found if a]
        if withs and len(withs) * 2 > len(found):
            article = max(withs, key=withs.count)  # the most frequent; on a tie, the first written
            # the name as the article writes it after its article ("the transport ministry")
            form = next((w for a, w in zip(found, written, strict=True) if a == article), name)
            out = f"{article}{form}" if article.endswith(("'", "’")) else f"{article} {form}"
    cache[name] = out
    return out


def mid_sentence(name: str, lex: Lexicon) -> str:
    """A name as mid-sentence writes it: its leading article in lower case ("the U.S.", "l’entreprise")."""
    first = name.split()[0].lower().replace("’", "'") if name.split() else ""
    elided = next((a for a in lex.prose.name_articles if a.endswith("'") and first.startswith(a)), None)
    if first in lex.prose.name_articles or (elided and len(first) > len(elided)):
        return name[:1].lower() + name[1:]
    return name


def denial_statement(kind: str, by: str, lex: Lexicon) -> str:
    """What a response of ``kind`` by ``by`` amounts to, in the article's language; a name the template
    does not open on is written as mid-sentence ("de l’entreprise", "du rectorat")."""
    table = lex.prose.denials
    template = table.get(kind) or table.get("default") or "{by}."
    name = by if template.startswith("{by}") else mid_sentence(by, lex)
    return sentence(fill(template, lex, by=name))
