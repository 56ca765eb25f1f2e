"""A statement split off its sentence where it lost the subject it shares with the words before it
("Marrow said the talks would open on Monday and could last up to five days." -> "Could last up to five
days."), given that subject back, as the sentence has it:

- a conjunct after a coordinator takes the subject of the first conjunct: of the reported clause when the
  first conjunct reports one ("The talks could last ..."), of the speech verb when the conjunct goes on
  with the speaker's act ("X said A but did not say who" -> "X did not say who");
- a clause after a speech verb set between commas takes the noun phrase before it ("A second pause, he
  said, would ..."); a clause after a relative pronoun its definite antecedent;
- a clause whose object was extracted ("the position paper Falk said had not changed") the noun phrase
  before the speaker;
- in a verb-second language, a clause cut after the words that opened its sentence takes them back
  ("Nach Angaben der Polizei wurden ...").

A conjunct of the speaker that ends on a bare question word ("did not say who") says nothing on its own:
it gives the empty statement, so the claim is left out. Anything else is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .claims import rules as claim_rules
from .cues import cues
from .lexicon import Lexicon
from .lexicon.patterns import NEVER, alt
from .readability import finite_opener
from .statements import DATELINE

_QUOTE_CHARS = "\u201c\u201d\u00ab\u00bb\u201e\"'\u2018\u2019 \u00a0"
_PAIRED_QUOTES = '\u201c\u201d\u00ab\u00bb\u201e"'
_MAX_SUBJECT_WORDS = 12
_MAX_JOINED_WORDS = 60
_MAX_FRONT_WORDS = 14


@dataclass(frozen=True)
class _Rules:
    coordinator: re.Pattern[str]
    relative: re.Pattern[str]
    incise: re.Pattern[str]
    outer_relative: re.Pattern[str]
    stop: frozenset[str]
    pronouns: frozenset[str]
    definite: frozenset[str]
    openers: frozenset[str]
    speech_verbs: frozenset[str]
    wh: frozenset[str]
    complementizers: frozenset[str]


def _build(lex: Lexicon) -> _Rules:
    p = lex.prose
    coord = alt(p.subject_coordinators) if p.subject_coordinators else NEVER
    rel = alt(lex.attributions.relative_subjects) if lex.attributions.relative_subjects else NEVER
    return _Rules(
        coordinator=re.compile(rf"(?:^|[\s,;])({coord})\s*$", re.IGNORECASE),
        relative=re.compile(rf"^(?P<np>.+?),\s*(?:{rel})\s*$", re.IGNORECASE),
        outer_relative=re.compile(rf"^(?P<np>[^,]+),\s*(?:{rel})\s", re.IGNORECASE),
        incise=re.compile(r"^(?P<np>[^,;:]{2,80}?),\s+(?P<incise>[^,;:]{2,60}),\s*$"),
        stop=frozenset(w.lower() for w in lex.claims.stopwords),
        pronouns=frozenset(w.lower() for w in lex.claims.subject_pronouns),
        definite=frozenset(w.lower() for w in lex.names.definite_articles),
        openers=frozenset(p.speaker_conjunct_openers),
        speech_verbs=frozenset(p.speaker_conjunct_verbs),
        wh=frozenset(p.wh_endings),
        complementizers=frozenset(w.lower() for w in lex.claims.complementizers),
    )


def rules(lex: Lexicon) -> _Rules:
    return lex.compiled(_build)


def mended(statement: str, before: str, lex: Lexicon, speaker: Callable[[], str | None]) -> str:
    """``statement`` given the subject or the clause it lost when it was split off its sentence
    (:func:`with_subject`, :func:`with_main_clause`); "" when it says nothing on its own."""
    return with_main_clause(with_subject(statement, before, lex, speaker), before, lex)


def with_subject(statement: str, before: str, lex: Lexicon, speaker: Callable[[], str | None]) -> str:
    """``statement`` with the subject it shares with ``before`` (the words of its sentence before it), when
    it opens on a finite verb with none; else ``statement`` unchanged. "" when no subject is found, or for
    a bare "did not say who": such a fragment is no statement (its claim is left out). ``speaker``: the
    name of the claim's speaker, looked up only when needed."""
    if finite_opener(statement, lex) is None:
        return statement
    if lex.prose.verb_second:
        return _fronted(statement, before) or ""
    r = rules(lex)
    head = before.rstrip(_QUOTE_CHARS + "\n")
    coord = r.coordinator.search(head)
    if coord is not None and _continues_speaker(statement, r):
        if _bare_question(statement, r):
            return ""
        subject = _speaker_subject(head[: coord.start(1)].rstrip(" ,;"), lex, speaker)
    else:
        subject = _subject(statement, head, coord, lex)
    if r.outer_relative.match(head):
        statement = _cut_outer_predicate(statement, lex)
    if subject is None:
        subject = _repeated(statement, head, lex)
    return _joined(subject, statement) if subject else ""


def _subject(statement: str, head: str, coord: re.Match[str] | None, lex: Lexicon) -> str | None:
    r = rules(lex)
    words = head.split()
    if words and words[-1].lower() in lex.prose.demonstrative_complementizers:
        return words[-1]  # "said that was not true": the "that" was the subject
    if coord is not None:
        return _conjunct_subject(head[: coord.start(1)].rstrip(" ,;"), lex)
    incise = r.incise.match(head)
    if incise is not None and cues(lex).speech.search(incise.group("incise")):
        return _noun_phrase(incise.group("np"), r)
    relative = r.relative.match(head)
    if relative is not None:
        return _antecedent(relative.group("np"), r)
    return _extracted(head, lex)


def _repeated(statement: str, head: str, lex: Lexicon) -> str | None:
    """A statement that repeats a predicate of the words before it ("the company had hired a firm, which"
    + "Had hired a firm he did not name"): the subject of that predicate."""
    opening = " ".join(statement.split()[:2]).lower()
    at = head.lower().rfind(opening)
    if len(opening.split()) < 2 or at <= 0 or not head[at - 1].isspace():
        return None
    return _conjunct_subject(head[: at + len(opening)], lex)


def _cut_outer_predicate(statement: str, lex: Lexicon) -> str:
    """ "Will be used to monitor the border, have not yet been delivered.": the predicate of the sentence
    around the clause ("The drones, which the ministry says will be used ..., have not ...") left out."""
    for m in re.finditer(r",\s+(\S+)", statement):
        if finite_opener(m.group(1), lex) is not None:
            return statement[: m.start()].rstrip() + "."
    return statement


def with_main_clause(statement: str, before: str, lex: Lexicon) -> str:
    """A dependent clause split off its sentence ("..., wounding two nurses", "..., most of them children",
    "... before closing lower") set back after the clause it depends on ("The clinic was hit on Sunday,
    wounding two nurses."): alone it has no subject; else ``statement`` unchanged."""
    p = lex.prose
    words = statement.split()
    if len(words) < 2 or not p.nonfinite_suffixes:
        return statement
    first, second = words[0].lower().strip(","), words[1].lower().strip(",")
    lowered = statement.lower()
    gerund = len(first) > 5 and first.endswith(p.nonfinite_suffixes) and first not in lex.claims.not_participles
    dependent = gerund or any(lowered.startswith(o + " ") for o in p.dependent_openers)
    timed = first in lex.claims.time_subordinators and second.endswith(p.nonfinite_suffixes)
    head = before.rstrip()
    if not (timed or (dependent and head.endswith(","))):
        return statement
    main = _main_of(head.rstrip(","), lex)
    if main is None:
        return statement
    joined = f"{main}{'' if timed else ','} {statement[:1].lower()}{statement[1:]}"
    if len(joined.split()) > _MAX_JOINED_WORDS:
        return statement
    return joined[:1].upper() + joined[1:]


def _main_of(head: str, lex: Lexicon) -> str | None:
    """The clause ``head`` ends on: the clause its last speech verb reports, without its complementiser,
    else its last clause; None when that is no clause."""
    r = rules(lex)
    clause = re.split(r"[;:]\s", head)[-1]
    for cue in reversed(list(cues(lex).speech.finditer(clause))):
        complement = clause[cue.end() :].strip()
        if complement and not claim_rules(lex).verb.match(complement):
            clause = complement
            break
    words = clause.split()
    if words and words[0].lower() in r.complementizers:
        words = words[1:]
    main = " ".join(w for w in (w.strip(_PAIRED_QUOTES) for w in words) if w)
    dateline = DATELINE.match(main)
    if dateline is not None:
        main = main[dateline.end() :]  # "SKARHOLM (Wire) - The operator ...": the story's place
    if len(main.split()) < 3 or not claim_rules(lex).verb.search(main):
        return None
    return main


def _joined(subject: str | None, statement: str) -> str:
    if not subject:
        return statement
    subject = subject.strip(_QUOTE_CHARS + ",")
    if not subject:
        return statement
    return subject[0].upper() + subject[1:] + " " + statement[:1].lower() + statement[1:]


def _continues_speaker(statement: str, r: _Rules) -> bool:
    """Whether the conjunct goes on with the speaker's act ("did not say", "declined to comment")."""
    words = [w.lower().strip(",.;:") for w in statement.split()[:4]]
    return bool(words) and (words[0] in r.openers or any(w in r.speech_verbs for w in words))


def _bare_question(statement: str, r: _Rules) -> bool:
    words = statement.rstrip(" .!?\u2026").split()
    return bool(words) and words[-1].lower() in r.wh


def _conjunct_subject(first: str, lex: Lexicon) -> str | None:
    """The subject of the first conjunct: of the clause its last speech verb reports, else its own."""
    clause = re.split(r"[;:]\s", first)[-1]
    verb = claim_rules(lex).verb
    for cue in reversed(list(cues(lex).speech.finditer(clause))):
        complement = clause[cue.end() :].strip()
        if not complement or verb.match(complement):
            continue  # no clause reported after it ("the reports", "was found collapsed")
        return _reported_subject(complement, lex)
    return _reported_subject(clause, lex)


def _reported_subject(clause: str, lex: Lexicon) -> str | None:
    """The subject of the clause after the last complementiser that opens one ("... and that it was
    working"), else of ``clause`` itself."""
    r = rules(lex)
    words = clause.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in r.complementizers:
            found = _clause_subject(" ".join(words[i + 1 :]), lex)
            if found:
                return found
    return _clause_subject(clause, lex)


def _last_cue(clause: str, lex: Lexicon) -> re.Match[str] | None:
    found = list(cues(lex).speech.finditer(clause))
    return found[-1] if found else None


def _speaker_subject(first: str, lex: Lexicon, speaker: Callable[[], str | None]) -> str | None:
    """The subject of the speech verb of ``first`` as the sentence writes it ("The club said ..."), after
    any opening adverbial ("In a statement, the network said"); the speaker's name when that is a pronoun
    or an appositive stands between ("X, a spokesperson for Y, said")."""
    r = rules(lex)
    cue = _last_cue(first, lex)
    if cue is None:
        return None
    own = first[: cue.start()].rsplit(",", 1)[-1].strip()
    words = own.split()
    if words and len(words) <= 6 and words[0].lower() not in r.pronouns and _checked(own, r):
        return own
    return speaker()


def _clause_subject(clause: str, lex: Lexicon) -> str | None:
    """The words before the first finite verb of ``clause``, when they read as its subject: a name or noun
    phrase of a few words, an appositive after a comma left out ("The satellite, Meteor-Vara 3, was")."""
    r = rules(lex)
    text = clause.strip().lstrip(_QUOTE_CHARS)
    verb = claim_rules(lex).verb
    head = None
    for m in verb.finditer(text):
        candidate = text[: m.start()].strip(" ," + _QUOTE_CHARS)
        words = candidate.split()
        if not words:
            return None
        last = words[-1].lower()
        if m.group(0)[:1].isupper() or (last in r.stop and last not in r.pronouns):
            continue  # "the embattled mayor", "the United ...": not yet the verb
        head = candidate
        break
    if head is None:
        return None
    words = head.split()
    for i, w in enumerate(words):
        if i and w.lower() in r.pronouns:
            words = words[i:]  # "told the Post they had ...": the pronoun is the subject
            break
    head = " ".join(words)
    if "," in head:
        head = head.split(",")[0].strip()  # "The satellite, Meteor-Vara 3,"
    return _checked(head, r)


def _checked(subject: str, r: _Rules) -> str | None:
    words = subject.split()
    if not words or len(words) > _MAX_SUBJECT_WORDS or words[0].lower() in r.complementizers:
        return None
    if sum(subject.count(c) for c in _PAIRED_QUOTES) % 2 or subject.count("(") != subject.count(")"):
        return None  # a quotation or a parenthesis cut in two
    return subject if words[0][:1].isalpha() else None


def _noun_phrase(np: str, r: _Rules) -> str | None:
    return _checked(np.strip(), r)


def _antecedent(np: str, r: _Rules) -> str | None:
    """The antecedent of a relative pronoun when the words before it are only that (a name or a definite
    noun phrase: "L'agence régionale de santé (ARS), qui ...")."""
    words = np.split()
    if not words or len(words) > 8:
        return None
    first = words[0].lower()
    elided = first[:2] in ("l'", "l\u2019")
    if not (first in r.definite or elided or words[0][:1].isupper()):
        return None
    return _checked(np, r)


def _extracted(head: str, lex: Lexicon) -> str | None:
    """ "the bank statements Delacorte said [would show]": the definite noun phrase before the speaker of a
    speech verb that ends ``head``."""
    r = rules(lex)
    cue = _last_cue(head, lex)
    if cue is None or head[cue.end() :].strip():
        return None
    outer = r.outer_relative.match(head)
    if outer is not None:
        return _antecedent(outer.group("np"), r)  # "The drones, which the ministry says [will be used]"
    before = head[: cue.start()].split()
    name = 0
    while name < len(before) and name < 3 and before[-1 - name][:1].isupper():
        name += 1
    if not name or name == len(before):
        return None
    np = before[: len(before) - name]
    for i in range(len(np) - 1, max(-1, len(np) - 6), -1):
        if np[i].lower() in r.definite:
            phrase = np[i:]
            if any(w.endswith((",", ";", ":")) for w in phrase[:-1]):
                return None
            return _checked(" ".join(phrase), r)
    return None


def _fronted(statement: str, before: str) -> str | None:
    """A verb-second clause that lost the words before its verb ("Laut Halbach " + "Hat die Stadt ...")."""
    front = " ".join(before.split())
    if not front or len(front.split()) > _MAX_FRONT_WORDS or front[-1:] in ".!?;:":
        return None
    return f"{front} {statement[:1].lower()}{statement[1:]}"
