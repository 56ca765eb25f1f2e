"""Sentences a reader would stop at: the checks a wire editor makes of a briefing's prose.

Every statement, BLUF line and open question is a sentence that stands alone: it opens on a capital
(or a figure), ends on terminal punctuation and not on a function word, speaks of its source in the
third person outside quotation marks, opens on no pronoun that points outside it, and has its
quotation marks paired. A question is short, ends with "?" and is not a statement pasted into a
template; a BLUF line does not hedge twice. An actor's name is a name: capitalised, not a common
noun, and an unnamed crowd ("officials") is anonymous.

The words these checks need are the lexicon's ``[readability]`` section of the article's language.
:func:`defects` counts the items of a briefing (of either backend) that fail; the offline backend
runs the same checks on what it writes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as lexicons
from .lexicon import Lexicon

# Quoted passages: a quotation keeps the speaker's own words, first person included.
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*")
_LEADING = "\"'“‘«„¿¡([ \u00a0"
_TRAILING = "\"'”’»)]\u00a0 "
_TERMINAL = ".!?…"
_PAIRS = (("“", "”"), ("«", "»"), ("(", ")"))
_GERMAN_PAIRS = (("„", "“"), ("«", "»"), ("(", ")"))  # „...“: the German low-high pair
# a quotation that ends the sentence with the speaker's own terminal punctuation: its last word is theirs
_QUOTED_END = re.compile(r"[.!?…][”»“\"]\s*$")
_ARTICLE_AFTER_COMMA = re.compile(r",\s+(?:An?\s|The\s+[a-z])")
_BARE_ABBREVIATION = re.compile(r"\b[Aa]ccording to (?:[A-Z]\.){2,},")
MAX_QUESTION_WORDS = 25


def _opening(text: str) -> str:
    return text.lstrip(_LEADING)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _starts_with(text: str, entries: tuple[str, ...]) -> str | None:
    for entry in entries:
        if text.startswith(entry) and (len(text) == len(entry) or not text[len(entry)].isalnum()):
            return entry
    return None


def outside_quotes(text: str) -> str:
    """``text`` with its quoted passages blanked out."""
    return _QUOTED.sub(" ", text)


def opening_pronoun(text: str, lex: Lexicon) -> str | None:
    """The pronoun ``text`` opens on (one of the lexicon's ``opening_pronouns``), if any."""
    opening = _opening(text.strip())
    first = opening.split(maxsplit=1)[0].rstrip(",.;:!?") if opening else ""
    if first not in lex.compiled(_pronoun_heads):
        return None  # the common case: the first word is none of theirs
    return _starts_with(opening, lex.readability.opening_pronouns)


def finite_opener(text: str, lex: Lexicon) -> str | None:
    """The finite verb or auxiliary ``text`` opens on with no subject before or right after it ("Could last
    up to five days.", "Soll ..."), if any; a question ("Is it ...?") and an inverted conditional ("Should
    the talks fail, ...") have theirs."""
    r = lex.readability
    if not r.finite_openers:
        return None
    words = _opening(text.strip()).split(maxsplit=2)
    if not words or words[0].lower() not in lex.compiled(_finite_openers) or text.rstrip(_TRAILING).endswith("?"):
        return None
    after = words[1] if len(words) > 1 else ""
    low = after.lower().strip(",;:")
    if low in r.inverted_subjects or any(w[-1] in "'’" and low.startswith(w) for w in r.inverted_subjects):
        return None
    if r.capital_is_subject and after[:1].isupper():
        return None
    return words[0]


def _finite_openers(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.readability.finite_openers)


def _pronoun_heads(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's opening pronouns ("Das" of "Das ist")."""
    return frozenset(p.split()[0] for p in lex.readability.opening_pronouns)


def _first_person(text: str, lex: Lexicon) -> str | None:
    outside = outside_quotes(text)
    words = set(lex.readability.first_person)
    elided = tuple(w for w in words if w[-1] in "'’")
    for word in _words(outside):
        if word in words or (elided and word.startswith(elided)):
            return word
    return None


def _stranded(words: list[str], lex: Lexicon) -> bool:
    """Whether the last word is a preposition a verb stranded ("what it pays for", "was acted on")."""
    r = lex.readability
    last = words[-1].lower()
    if last not in r.stranded_prepositions or len(words) < 3:
        return False
    before = words[-2].lower()
    if r.verb_suffixes and before.endswith(r.verb_suffixes) and len(before) > 4:
        return True
    if last == "to" and before in r.ellipsis_before_to:
        return True
    if words[-3].lower() == "to":
        return True  # "a home to go to"
    if _contact_clause(words[:-1], lex):
        return True  # "the partners it shares data with"
    return any(w.lower() in r.stranding_words for w in words[:-2])


def _contact_clause(words: list[str], lex: Lexicon) -> bool:
    """Whether the words end in a relative clause without "that" ("the partners it shares data"): a
    subject pronoun right after a noun, at most three words before the end."""
    r = lex.readability
    for i in range(max(1, len(words) - 4), len(words) - 1):
        before = words[i - 1].lower()
        if words[i].lower() in r.contact_clause_subjects and before not in r.final_words and before.isalpha():
            return True
    return False


def sentence_problems(text: str, lex: Lexicon) -> list[str]:
    """What stops a reader in ``text``, a sentence meant to stand alone (empty when nothing does)."""
    text = text.strip()
    if not text:
        return ["empty"]
    problems = []
    opening = _opening(text)
    if opening and not (opening[0].isupper() or opening[0].isdigit()):
        problems.append("starts in lower case")
    german = "„" in text
    if text.rstrip(_TRAILING + ("“" if german else ""))[-1:] not in _TERMINAL:
        problems.append("no terminal punctuation")
    words = _words(text)
    if (
        words
        and words[-1].lower() in lex.readability.final_words
        and not _QUOTED_END.search(text)
        and not _stranded(words, lex)
    ):
        problems.append(f"ends on {words[-1]!r}")
    if (pronoun := _starts_with(opening, lex.readability.opening_pronouns)) is not None:
        problems.append(f"opens on {pronoun!r}")
    if (verb := finite_opener(opening, lex)) is not None:
        problems.append(f"a verb with no subject: {verb!r}")
    if (person := _first_person(text, lex)) is not None:
        problems.append(f"first person {person!r} outside quotation marks")
    for opener, closer in _GERMAN_PAIRS if german else _PAIRS:
        if text.count(opener) != text.count(closer):
            problems.append(f"unpaired {opener}{closer}")
    if text.count('"') % 2:
        problems.append('unpaired "')
    if _ARTICLE_AFTER_COMMA.search(text):
        problems.append("a capitalised article after a comma")
    lowered = text.lower()
    problems += [f"placeholder {p!r}" for p in lex.readability.placeholders if p in lowered]
    return problems


def question_problems(text: str, lex: Lexicon) -> list[str]:
    """A question as a reader would ask it: short, a question, composed rather than pasted."""
    problems = [p for p in sentence_problems(text, lex) if p != "no terminal punctuation"]
    if not text.rstrip(_TRAILING).endswith("?"):
        problems.append("not a question")
    if len(_words(text)) > MAX_QUESTION_WORDS:
        problems.append(f"over {MAX_QUESTION_WORDS} words")
    if _starts_with(_opening(text).lower(), tuple(s.lstrip("¿") for s in lex.readability.pasted_question_starts)):
        problems.append("a statement pasted into a template")
    return problems


def bluf_problems(text: str, lex: Lexicon) -> list[str]:
    """A BLUF line: a sentence that hedges once and names its source as prose does."""
    problems = sentence_problems(text, lex)
    lowered = text.lower()
    for opener in lex.readability.hedge_openers:
        at = lowered.find(opener)
        if at >= 0 and any(
            re.search(rf"\b{re.escape(w)}\b", lowered[at + len(opener) :]) for w in lex.readability.hedge_words
        ):
            problems.append(f"a doubled hedge after {opener!r}")
            break
    if _BARE_ABBREVIATION.search(text):
        problems.append("'according to' an abbreviation without its article")
    return problems


def actor_problems(name: str, identification: str, lex: Lexicon) -> list[str]:
    """An actor's name as a reader would list it."""
    name = name.strip()
    if not name:
        return ["empty name"]
    problems = []
    if not (name[0].isupper() or name[0].isdigit()):
        problems.append("name in lower case")
    folded = " ".join(name.lower().split())
    if folded in lex.readability.generic_actor_names:
        problems.append("a common noun as a name")
    if folded in lex.readability.crowd_nouns and identification != "anonymous":
        problems.append("an unnamed crowd that is not anonymous")
    words = _words(name)
    if len(words) > 1 and words[-1].lower() in lex.readability.final_words:
        problems.append(f"name ends on {words[-1]!r}")
    return problems


@dataclass
class Defects:
    """Items checked, the items that failed, and what failed, by rule."""

    items: int = 0
    failed: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (where, text, problems)

    @property
    def per_100(self) -> float:
        return 100 * len(self.failed) / self.items if self.items else 0.0

    def rules(self) -> Counter[str]:
        return Counter(re.sub(r" '.*'| \".*\"", "", p) for _, _, problems in self.failed for p in problems)

    def add(self, other: Defects) -> None:
        self.items += other.items
        self.failed += other.failed


def _texts(briefing: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(kind, where, text) of every sentence of the briefing."""
    for claim in briefing.get("claims", []):
        yield "sentence", f"{claim.get('id')}.statement", claim.get("statement", "")
    for denial in briefing.get("denials", []):
        yield "sentence", f"{denial.get('id')}.statement", denial.get("statement", "")
        yield "sentence", f"{denial.get('id')}.target_statement", denial.get("target_statement", "")
    for n, line in enumerate(briefing.get("bluf", []), 1):
        yield "bluf", f"bluf.{n}", line.get("text", "")
    for question in briefing.get("uncertainties", []):
        yield "question", f"{question.get('id')}.question", question.get("question", "")


def _recased_mentions(text: str, mentions: list[str], lex: Lexicon) -> list[str]:
    """Proper names written with a first letter the article never gave them ("north Korean troops"):
    mentions of two or more words whose later words are capitalised, so the first is a name's too."""
    out = []
    for mention in mentions:
        words = mention.split()
        if len(words) < 2 or not words[0][:1].isupper() or not any(w[:1].isupper() for w in words[1:]):
            continue
        if words[0].lower() in lex.names.articles or "'" in words[0][:3] or "’" in words[0][:3]:
            continue  # an article, or an elided one: lower case mid-sentence is right ("the Gazette", "l’ARS")
        at = text.lower().find(mention.lower())
        if at > 0 and text[at : at + len(mention)][:1].islower():
            out.append(mention)
    return out


def defects(briefing: Mapping[str, Any], language: str | None = None) -> Defects:
    """The items of ``briefing`` (contract JSON, or a draft) a reader would stop at.

    ``language``: the lexicon to read with; by default ``meta.language``, else English.
    """
    code = language or (briefing.get("meta") or {}).get("language") or lexicons.FALLBACK
    lex = lexicons.load(code if code in lexicons.languages() else lexicons.FALLBACK)
    check = {"sentence": sentence_problems, "bluf": bluf_problems, "question": question_problems}
    mentions = [m for a in briefing.get("actors", []) for m in a.get("mentions", [])]
    result = Defects()
    statements: Counter[str] = Counter()
    for kind, where, text in _texts(briefing):
        result.items += 1
        problems = check[kind](text, lex)
        if kind == "bluf":
            problems += [f"{m!r} recased" for m in _recased_mentions(text, mentions, lex)]
        if kind == "sentence" and where.endswith(".statement") and where.startswith("C"):
            folded = " ".join(text.lower().split())
            statements[folded] += 1
            if statements[folded] > 1:
                problems.append("the same statement as another claim")
        if problems:
            result.failed.append((where, text, problems))
    names: Counter[str] = Counter()
    for actor in briefing.get("actors", []):
        result.items += 1
        name = actor.get("name", "")
        problems = actor_problems(name, actor.get("identification", ""), lex)
        names[name.lower()] += 1
        if names[name.lower()] > 1:
            problems.append("the same name as another actor")
        if problems:
            result.failed.append((f"{actor.get('id')}.name", name, problems))
    return result
