"""A claim's statement as a sentence that stands alone (contract: atomic, decontextualised, neutral,
understandable alone), built from the article's own words and the lexicon's ``[prose]`` templates.

- :func:`clean` turns a claim's content into a sentence: quotation marks dropped, a complementiser
  dropped ("that ...") unless it was the subject ("That is why ..."), a clause cut at a dangling link
  ("..., a claim made days earlier by") ended at its last clause boundary.
- :func:`standalone` makes it readable without the article: first person copied from a quotation is
  rewritten in the third person (an organisation's "we" becomes its name) or, when no safe rewrite
  exists, the speaker frames the verbatim quotation ("X said: “...”"); an opening pronoun becomes the
  actor it stands for (the speaker, or the actor table's resolution), or the speaker frames the clause
  ("X said it was too early ...").
- :func:`denial_statement` words what a response amounts to, from the lexicon's ``[prose] denials``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from . import readability
from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt
from .propositions import reported_content


@dataclass(frozen=True)
class Speaker:
    """An actor as a statement names it."""

    name: str
    kind: str


Resolver = Callable[[str], Speaker | None]

_QUOTES = re.compile(r"[\u201c\u201d\u00ab\u00bb\u201e\"]")
# "SAINT-AURÈLE, 5 mars (AFV) – ": a dateline in capitals (any Latin-1 capital), its date, its agency
DATELINE = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'/-]{2,40}(?:,\s*[\w .'/-]{1,30}?)?"
    r"\s*\([A-ZÀ-ÖØ-Þ][\w .&-]{1,40}\)\s*[-\u2013\u2014]+\s*"
)
_SPACE_BEFORE = re.compile(r"\s+([,.])")  # where a quotation mark stood: "formellement ." -> "formellement."
# punctuation around words, as spaces (apostrophes and hyphens stay: "I’d", "we're")
_PUNCTUATION = str.maketrans(dict.fromkeys(',.;:!?()[]{}"“”«»„‘…—–/', " "))
_BOUNDARY = re.compile(r"[,;:\u2014\u2013]\s")
_MIN_WORDS = 4
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class _Rules:
    final_words: frozenset[str]
    agree: frozenset[str]
    past: tuple[str, ...]
    adverbs: tuple[str, ...]
    third: dict[str, str]
    verbs: dict[str, str]
    first_subjects: frozenset[str]
    first_person: re.Pattern[str] | None
    first_words: frozenset[str]
    first_elided: tuple[str, ...]
    lower: frozenset[str]
    expletive: re.Pattern[str] | None
    finite: frozenset[str]
    perfect: frozenset[str]
    factive: re.Pattern[str]
    recipient: re.Pattern[str]
    conjunction: re.Pattern[str]


def _build(lex: Lexicon) -> _Rules:
    p = lex.prose
    words = tuple(lex.readability.first_person)
    first = re.compile(rf"(?<![\w'’]){alt(words)}(?![\w'’])") if words else None
    expletive = (
        re.compile(rf"\s+{alt(p.expletive_followers)}(?![\w'’])", re.IGNORECASE) if p.expletive_followers else None
    )
    recipient = NEVER
    if p.transfer_verbs and p.recipient_prepositions:
        pronouns = alt((*lex.pronouns.thing, *lex.pronouns.plural))
        recipient = (
            rf"\b{alt(p.transfer_verbs)}(?:\s+[\w'’-]+){{0,3}}?\s+(?P<to>{alt(p.recipient_prepositions)})\s+"
            rf"(?P<pronoun>{pronouns})(?![\w'’])"
        )
    return _Rules(
        recipient=re.compile(recipient, re.IGNORECASE),
        final_words=frozenset(lex.readability.final_words),
        agree=frozenset(p.verbs_that_agree),
        past=tuple(p.past_suffixes),
        adverbs=tuple(p.adverb_suffixes),
        third={k.lower(): v for k, v in p.first_person_third.items()},
        verbs={k.lower(): v for k, v in p.verb_agreement.items()},
        first_subjects=frozenset(p.first_person_subjects),
        first_person=first,
        first_words=frozenset(words),
        first_elided=tuple(w for w in words if w[-1] in "'’"),
        lower=frozenset(p.lowercase_when_embedded),
        expletive=expletive,
        finite=frozenset(k.lower() for k in p.question_auxiliaries),
        perfect=frozenset(p.perfect_auxiliaries),
        factive=re.compile(rf"{alt(p.factive_subordinators)}\s" if p.factive_subordinators else NEVER, re.IGNORECASE),
        conjunction=re.compile(
            # capitalised: a sentence of its own, not a clause cut at its "and" (which has no subject)
            rf"^{alt(w.capitalize() for w in p.opening_conjunctions)},?\s+(?=\S+\s+\S+\s+\S)"
            if p.opening_conjunctions
            else NEVER
        ),
    )


def rules(lex: Lexicon) -> _Rules:
    return lex.compiled(_build)


def fill(template: str, lex: Lexicon, **slots: str) -> str:
    """``template`` with its slots filled, elided where a slot meets the word before it ("que il" ->
    "qu'il", "de une" -> "d'une")."""
    elisions = lex.prose.elisions
    if not elisions and not lex.prose.elide_before_vowel:
        return template.format(**slots)
    out = ""
    for literal, name, _, _ in _FORMATTER.parse(template):
        out += literal
        if name is None:
            continue
        value = slots[name]
        before, first = out.split(), value.split(maxsplit=1)
        if before and first:
            junction = f"{before[-1]} {first[0]}".lower()
            vowel = before[-1].lower() in lex.prose.elide_before_vowel and first[0][:1].lower() in lex.prose.vowels
            if vowel:
                cut = len(out.rstrip()) - len(before[-1])
                out = out[:cut] + lex.prose.elide_before_vowel[before[-1].lower()] + value
                continue
            if junction in elisions:
                cut = len(out.rstrip()) - len(before[-1])
                joined = elisions[junction]
                out = out[:cut] + joined + value[len(first[0]) :]
                continue
        out += value
    return out


def embedded(clause: str, lex: Lexicon, common: frozenset[str] | None = None) -> str:
    """``clause`` set inside a sentence: its first word lower-cased when it is a function word, or a word
    the article writes in lower case (``common``); a name ("North Korean", "Veltrion") keeps its capital."""
    first = clause.split(maxsplit=1)[0] if clause.split() else ""
    low = first.lower().rstrip(",")
    bare = re.split(r"['’]", low)[0] if len(low) > 2 else low
    if (
        low in rules(lex).lower
        or bare in rules(lex).lower
        or (first[:2].lower() in ("l'", "l’") and len(first) > 2)
        or (common is not None and first[1:2].islower() and low in common)
    ):
        return clause[:1].lower() + clause[1:]
    return clause


def sentence(clause: str) -> str:
    """A clause as a sentence: capital first, terminal punctuation last."""
    s = clause.strip()
    if not s:
        return ""
    s = s[0].upper() + s[1:]
    return s if s.rstrip('”»“"’) \u00a0')[-1:] in ".!?…" else s + "."


def clean(text: str, lex: Lexicon, complement: re.Pattern[str] | None = None) -> str:
    """A claim's content as a sentence (``complement``: the language's complementiser at the start)."""
    s = " ".join(_QUOTES.sub("", text).split())
    if " ," in s or " ." in s:
        s = _SPACE_BEFORE.sub(r"\1", s)
    s = s.strip(" ,;:-\u2014")
    dateline = DATELINE.match(s) if s[1:2].isupper() else None
    if dateline and dateline.end() < len(s):  # "SANTA IRENE, 11 Feb. (APN) – Los médicos ...": the story's place
        s = s[dateline.end() :]
    if complement is not None:
        stripped = complement.sub("", s)
        words = stripped.split(maxsplit=1)
        # "that is why ...": the "that" was the subject, not a complementiser
        if not (words and words[0].lower() in rules(lex).finite and stripped != s):
            s = stripped
    s = _whole_parentheses(s)
    s = rules(lex).conjunction.sub("", s, count=1)  # "But closer is not close": the link to what came before
    s = _main_clause(s, lex)
    s = reported_content(s, lex)
    if not s:
        return ""
    s = _end_cleanly(s, lex)
    s = sentence(s)
    return s if len(s) <= 600 else s[:597].rstrip() + "..."


def _main_clause(s: str, lex: Lexicon) -> str:
    """A subordinate clause split off on its own ("After engineers found corrosion in the cables."): when
    its conjunction presupposes what it introduces (after, because, although ...), the clause is stated
    as the proposition it is ("Engineers found corrosion in the cables."). A clause with a main clause
    after a comma, or a non-finite one ("after rising 14 percent"), stays as it is."""
    p = lex.prose
    opening = rules(lex).factive.match(s) if p.factive_subordinators else None
    if opening is not None:
        rest = s[opening.end() :].lstrip()
        words = rest.split()
        if "," in rest or len(words) < 3:
            return s
        first = words[0].lower()
        if first in p.nonfinite_starts or (p.nonfinite_suffixes and first.endswith(p.nonfinite_suffixes)):
            return s
        return rest
    return s


def _whole_parentheses(s: str) -> str:
    """A parenthesis whose other half was cut off goes with what it held: "UPP) il est ..." -> "il est ...",
    "... the board (which" -> "... the board"."""
    if "(" not in s and ")" not in s:
        return s
    depth, start = 0, 0
    for i, ch in enumerate(s):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                start = i + 1  # closes nothing opened here: what came before was inside it
            else:
                depth -= 1
    s = s[start:].strip(" ,;:")
    if depth > 0:
        at = s.rfind("(")
        while depth > 1:
            at = s.rfind("(", 0, at)
            depth -= 1
        s = s[:at].rstrip(" ,;:") if at > 0 else s
    return s


def _end_cleanly(s: str, lex: Lexicon) -> str:
    """A clause cut after a link ("..., a claim made days earlier by") ends at its last clause boundary."""
    body = s.rstrip(" .!?…")
    words = body.rsplit(maxsplit=1)
    if not words or words[-1].lower() not in rules(lex).final_words:
        return s
    cuts = [m.start() for m in _BOUNDARY.finditer(body)]
    for cut in reversed(cuts):
        if len(body[:cut].split()) >= _MIN_WORDS:
            return body[:cut]
    return s


def _has_first_person(text: str, r: _Rules) -> bool:
    """Whether a word of ``text`` is a first-person word (one pass over its words, a set lookup each)."""
    words = text.translate(_PUNCTUATION).split()
    if not r.first_words.isdisjoint(words):
        return True
    return bool(r.first_elided) and any(w.startswith(r.first_elided) for w in words)


def _first_person(text: str, r: _Rules) -> bool:
    if not _has_first_person(text, r):
        return False  # the common case: no quotation to blank out
    return _has_first_person(readability.outside_quotes(text), r)


def _third_person(s: str, speaker: Speaker, lex: Lexicon) -> str | None:
    """An organisation's first-person sentence in the third person ("We found the problem in our own
    testing" -> "Veltrion found the problem in its own testing"), or None when a word would not agree."""
    r = rules(lex)
    if speaker.kind == "person" or not r.first_subjects or not r.third:
        return None
    tokens = re.findall(r"[\w'’-]+|[^\w\s]+|\s+", s)
    words = [i for i, t in enumerate(tokens) if t.strip() and (t[0].isalnum() or t[0] in "'’")]
    out = list(tokens)
    for n, i in enumerate(words):
        tok = tokens[i]
        low = tok.lower()
        contraction = next((k for k in r.verbs if k[0] in "'’" and low.endswith(k) and low[: -len(k)] in r.third), "")
        base = low[: -len(contraction)] if contraction else low
        if base not in r.third:
            continue
        if r.first_person is None or not r.first_person.fullmatch(tok[: len(base)]):
            continue
        subject = n == 0 and tok[: len(base)] in r.first_subjects
        if subject:
            out[i] = speaker.name
        else:
            out[i] = r.third[base]
        if contraction:
            out[i] += r.verbs[contraction]
            continue
        if base not in ("we",) and not subject:
            continue
        # a subject: its verb agrees with a singular name
        nxt = words[n + 1] if n + 1 < len(words) else None
        if nxt is None:
            return None
        verb = tokens[nxt].lower()
        if r.adverbs and verb.endswith(r.adverbs) and n + 2 < len(words):  # an adverb between ("we deeply regret")
            verb = tokens[words[n + 2]].lower()
            nxt = words[n + 2]
        if verb in r.verbs:
            out[nxt] = r.verbs[verb]
        elif not (verb in r.agree or verb.endswith(r.past)):
            return None
    result = "".join(out)
    return None if _first_person(result, r) else result


def _opening(s: str, lex: Lexicon) -> str | None:
    return readability.opening_pronoun(s, lex)


def _expletive(s: str, pronoun: str, r: _Rules) -> bool:
    return r.expletive is not None and bool(r.expletive.match(s, len(pronoun)))


def framed(s: str, template: str, source: str, lex: Lexicon) -> str:
    """``s`` framed by a speaker or the publisher ("X said it ..."), its first word lower-cased."""
    clause = embedded(s, lex)
    return sentence(fill(template, lex, source=source, clause=clause.rstrip()))


def standalone(
    statement: str,
    lex: Lexicon,
    speaker: Speaker | None = None,
    resolve: Resolver | None = None,
    publisher: str | None = None,
    quote: str | None = None,
) -> str:
    """``statement`` made to stand alone: no first person outside quotation marks, no opening pronoun
    that points outside it. ``speaker``: the claim's named source (None for the publisher's own
    narration); ``resolve``: the actor an opening pronoun stands for in narration; ``publisher``: the
    publisher's name; ``quote``: the speaker's words when the claim is a direct quotation. When the
    sentence still has a fault a reader would stop at, a quotation is given verbatim after its speaker
    ("Tomasz said: “That part, nobody pays for.”"), the form a wire editor signs."""
    out = _standalone(statement, lex, speaker, resolve, publisher, direct=bool(quote))
    if speaker is not None and quote and lex.prose.said_quote and _suspect(out, lex):
        words = sentence(" ".join(_QUOTES.sub("", quote).split()).strip(" ,;:-\u2014"))
        template = lex.prose.said_quote_plural if speaker.kind == "group" and lex.prose.said_quote_plural else None
        quoted = sentence(fill(template or lex.prose.said_quote, lex, source=speaker.name, quote=words))
        if len(readability.sentence_problems(quoted, lex)) < len(readability.sentence_problems(out, lex)):
            return quoted
    return out


def stands_as_is(statement: str, lex: Lexicon) -> bool:
    """Cheaply, whether :func:`standalone` would leave ``statement`` as it is: no first person, no opening
    pronoun, no fault a quotation would mend (most statements; their speaker need not be looked up)."""
    r = rules(lex)
    s = statement.strip()
    return bool(s) and not _has_first_person(s, r) and not _suspect(s, lex) and not r.recipient.search(s)


def last_word(s: str) -> str:
    """The last word of ``s``, lower-cased, without closing punctuation or quotation marks ("" if none)."""
    words = s.rstrip(' .!?…”»“"').rsplit(maxsplit=1)
    return words[-1].lower() if words else ""


def _suspect(s: str, lex: Lexicon) -> bool:
    """Cheaply, whether ``s`` may have a fault a verbatim quotation would mend (then checked in full)."""
    ends = last_word(s) in rules(lex).final_words
    return (ends or _opening(s, lex) is not None) and bool(readability.sentence_problems(s, lex))


def _standalone(
    statement: str,
    lex: Lexicon,
    speaker: Speaker | None,
    resolve: Resolver | None,
    publisher: str | None,
    direct: bool = False,
) -> str:
    s = statement.strip()
    if not s:
        return s
    r = rules(lex)
    p = lex.prose
    if speaker is not None and _first_person(s, r):
        rewritten = _third_person(s, speaker, lex)
        if rewritten is not None:
            s = sentence(rewritten)
        elif p.said_quote:
            template = p.said_quote_plural if speaker.kind == "group" and p.said_quote_plural else p.said_quote
            return sentence(fill(template, lex, source=speaker.name, quote=sentence(s)))
    elif speaker is None and _first_person(s, r) and p.reports_quote:
        # the article's own first person ("did not answer our questions"), or a quotation it reports
        # without a speaker: the publisher reports these words, quoted
        return sentence(fill(p.reports_quote, lex, source=publisher or p.the_article, quote=sentence(s)))
    if speaker is not None and not direct:
        s = _recipient(s, speaker, lex)
    pronoun = _opening(s, lex)
    if pronoun is None:
        return s
    rest = s[len(pronoun) :]
    if pronoun in p.possessive_pronouns and p.possessive:
        who = speaker if speaker is not None and _fits(pronoun, speaker, lex) else None
        if who is None and speaker is None and resolve is not None:
            who = resolve(pronoun)
        if who is not None:
            return sentence(_possessive(who.name, p.possessive) + rest)
    elif pronoun in p.resolvable_pronouns and not _expletive(s, pronoun, r):
        if speaker is not None:
            # "The firm said it would close" -> "The firm would close"; but in a body's own quoted words
            # "it" is what they speak of ("It is plain fraud"): a body speaking of itself says "we"
            if speaker.kind != "person" and pronoun.lower() in lex.pronouns.thing and not direct:
                return sentence(speaker.name + rest)
        elif resolve is not None and (who := resolve(pronoun)) is not None:
            return sentence(who.name + rest)
    if speaker is not None and p.said_that:
        template = p.said_that_plural if speaker.kind == "group" and p.said_that_plural else p.said_that
        return framed(s, template, speaker.name, lex)
    if p.reports_that and not _first_person(s, r):
        return framed(s, p.reports_that, publisher or p.the_article, lex)
    return s


def _possessive(name: str, template: str) -> str:
    """``name`` in the possessive, with the apostrophe the name itself is written with ("Varesh’s
    ministry’s forces", never a typographic and a straight one side by side)."""
    made = template.format(source=name)
    return made.replace("'", "\u2019") if "\u2019" in name and "'" not in name else made


def _recipient(s: str, speaker: Speaker, lex: Lexicon) -> str:
    """A body's reported words where it is the one something was given to ("the document had been passed to
    it by ..."): the pronoun becomes its name ("... passed to the Trust by ...")."""
    m = rules(lex).recipient.search(s)
    if m is None or speaker.kind == "person" or not fits(m.group("pronoun"), speaker.kind, lex):
        return s
    if m.group("pronoun").lower() in lex.pronouns.plural and speaker.kind != "group":
        return s  # "they" stands for a body only when it is a group
    return s[: m.start("pronoun")] + embedded(speaker.name, lex) + s[m.end("pronoun") :]


def _fits(pronoun: str, speaker: Speaker, lex: Lexicon) -> bool:
    return fits(pronoun, speaker.kind, lex)


def fits(pronoun: str, kind: str, lex: Lexicon) -> bool:
    """Whether ``pronoun`` can stand for an actor of ``kind`` (a person's "he", a body's "it" or "they")."""
    w = pronoun.lower()
    if w in lex.prose.any_kind_pronouns:
        return True  # French "elle", German "sie": grammatical gender, a person or a body alike
    if kind == "person":
        return w in lex.pronouns.person
    return w in lex.pronouns.thing or w in lex.pronouns.plural


def stands_alone(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a sentence a reader would not stop at (:func:`.readability.sentence_problems`)."""
    return len(text.split()) >= _MIN_WORDS and not readability.sentence_problems(text, lex)
