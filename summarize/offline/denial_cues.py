"""The shapes of responses to allegations, compiled once per lexicon (:func:`rules`).

Each response kind is a set of shapes whose words come from ``[denials.<kind>]``; the shapes are
stated for any language the lexicon describes: a verb with a negation before it ("n'a pas répondu",
"no contestó") or after it in the same clause ("äußerte sich nicht"), a refusal bracket ("wollte sich
nicht äußern"), a separable verb whose particle closes the clause ("wies die Vorwürfe zurück"),
"<neither> confirm <nor> deny" ("ni confirmé ni infirmé", "weder bestätigen noch dementieren").
An entry with a straight apostrophe also matches the typographic one ("n'a pas" is "n’a pas").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarize.schemas.enums import DenialKind

from .lexicon import Lexicon
from .lexicon.patterns import NEVER, first_letters
from .lexicon.patterns import alt as _alt
from .lexicon.patterns import alt_bare as _alt_bare

_F = re.IGNORECASE | re.UNICODE
OPEN = '\u201c"\u00ab\u201e'  # quotation marks that open a quotation, in the four languages
MARKS = '\u201c\u201d"\u00ab\u00bb\u201e\u2019'
_TOKEN = rf"[\w\u2019'{MARKS}-]+"  # a word, or a quotation mark standing alone (« fermement »)
# any character but a full stop; the point of a figure ("9.000") or of an initial ("M. Sandeau") is no stop
_NOSTOP = r"(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.)"


def _variants(entries: Iterable[str]) -> list[str]:
    out: list[str] = []
    for e in entries:
        for v in (e, e.replace("'", "\u2019")):
            if v not in out:
                out.append(v)
    return out


def alt(entries: Iterable[str]) -> str:
    return _alt(_variants(entries))


def alt_bare(entries: Iterable[str]) -> str:
    return _alt_bare(_variants(entries))


GAP = " \u2026 "
"""In a phrase, the words of the clause it encloses ("ging auf \u2026 nicht ein"): up to 80 characters
that do not end the clause."""


def _phrases(entries: tuple[str, ...]) -> list[str]:
    plain = tuple(e for e in entries if GAP not in e)
    out = [rf"\b{alt(plain)}\b"] if plain else []
    for entry in entries:
        if GAP in entry:
            head, tail = entry.split(GAP, 1)
            out.append(rf"\b{alt([head])}\b[^.;:!?]{{1,80}}?\b{alt([tail])}\b")
    return out


def _not_after(words: tuple[str, ...]) -> str:
    """ "<verb>" not right after one of ``words`` ("was denied", "not denied")."""
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in _variants(words))


def _not_after_alt(words: tuple[str, ...], entries: Iterable[str]) -> str:
    """``alt(entries)`` not right after one of ``words``; the entries' first letters are tested before
    the lookbehinds, which would otherwise run at every word of the text."""
    entries = list(entries)
    return first_letters(_variants(entries)) + _not_after(words) + alt(entries)


def _postposed(lex: Lexicon) -> str:
    """The postposed negation ("nicht"), unless it goes on as an exception ("nicht nur")."""
    d = lex.denials
    if not d.postposed_negations:
        return NEVER
    return rf"{alt(d.postposed_negations)}\b(?!\s+{alt(d.negation_exceptions)}\b)"


def _clause_then_negation(verbs: tuple[str, ...], lex: Lexicon) -> str:
    """ "<verb> ... <postposed negation>" within one clause (no comma, colon or full stop between)."""
    if not verbs or not lex.denials.postposed_negations:
        return NEVER
    return rf"\b{alt(verbs)}\b[^.;:,!?]{{0,60}}?\b{_postposed(lex)}"


def _bracket(acts: tuple[str, ...], lex: Lexicon) -> str:
    """ "<modal> ... <postposed negation> [word] [word] <act>": "wollte sich auf Anfrage nicht äußern"."""
    d = lex.denials
    if not acts or not d.modal_refusals or not d.postposed_negations:
        return NEVER
    return rf"\b{alt(d.modal_refusals)}\b[^.;:!?]{{0,80}}?\b{_postposed(lex)}\s+(?:[^\s.;:,]+\s+){{0,2}}?{alt(acts)}\b"


def _contradicts(contested: tuple[str, ...], verbs: tuple[str, ...], links: tuple[str, ...]) -> str:
    """ "<contested> [whose they are] [, <link>] <contradict verb>": "the ministry's figures contradict",
    "its own figures, which contradict", "les chiffres de la préfecture contredisent"."""
    if not contested or not verbs:
        return NEVER
    owner = r"(?P<owner>(?:\s+[^\s.,;:!?]+){0,5}?)"
    return (
        rf"\b{alt(contested)}\b{owner}(?:,?\s+{alt(links)})?\s+{alt(verbs)}\b"
        if links
        else (rf"\b{alt(contested)}\b{owner}\s+{alt(verbs)}\b")
    )


def _optional(entries: tuple[str, ...], tail: str) -> str:
    """ "[<entry><tail>]": nothing at all when there are no entries (no branch that can never match)."""
    return f"(?:{alt(entries)}{tail})?" if entries else ""


def _optional_not(entries: tuple[str, ...]) -> str:
    """ "(?!\\s+<entry>)": not right before one of ``entries`` (nothing when there are none)."""
    return rf"(?!\s+{alt(entries)}\b)" if entries else ""


def _live(parts: list[str]) -> list[str]:
    """The shapes a language has all the words for: a shape that needs words of an empty list cannot match,
    and left in an alternation it keeps the engine from skipping to where a shape can start."""
    return [p for p in parts if NEVER not in p] or [NEVER]


def _kinds(lex: Lexicon) -> dict[DenialKind, list[str]]:
    d = lex.denials
    perfect, refusals = alt(d.perfect_auxiliaries), alt(d.refusals)
    n, c, r = d.neither_confirm_nor_deny, d.declined_to_comment, d.no_response
    e, j, x, nd = d.equivocation, d.conditional_justification, d.explicit_denial, d.non_denial_denial
    answer = "|".join(_not_after_alt(tuple(c.non_answer), [a]) for a in c.answer_acts) or NEVER
    avoid_link = _optional(e.avoid_links, r"\s*")
    adverbs = rf"(?:{alt(j.adverbs)}\s+)?" if j.adverbs else ""
    quote = f"[{OPEN}]?"
    return {
        "neither_confirm_nor_deny": [
            rf"\b{alt(n.neither)}\s+{alt(n.confirm)}\s+{alt(n.nor)}\s+{alt(n.deny)}\b",
            rf"\b{alt(n.auxiliaries)}\s+not\s+{alt(n.confirm_or_deny)}\b",
            rf"\b{refusals}\s+to\s+{alt(n.confirm_or_deny)}\b",
            rf"\b{alt(n.refusal_leads)}\s+{alt(n.refused_confirm)}\b",
            rf"\b{alt(n.confirm)}(?:\s+[^\s.;:!?]+){{0,3}}?\s+{alt(n.either_way)}\b" if n.either_way else NEVER,
            _bracket(n.bracket_acts, lex),
            *_phrases(n.phrases),
        ],
        "declined_to_comment": [
            rf"\b{alt(c.refusers)}\s+(?:to\s+)?(?:immediately\s+)?(?:{alt_bare(c.acts)}|{answer})\b",
            rf"\b{refusals}\s+to\s+{alt(c.say_verbs)}\b(?!\s+{alt(c.not_before_say)})",
            _bracket(c.bracket_acts, lex),
            _clause_then_negation(c.v2_acts, lex),
            rf"\b{alt(c.referrals)}\s+{alt(c.referred)}\s+to\b",
            *_phrases(c.phrases),
        ],
        "no_response": [
            rf"\b{alt(r.auxiliaries)}\s+not\s+(?:{alt(r.adverbs)}\s+)?{alt(r.verbs)}\b(?!\s+{alt(r.not_objects)})",
            rf"\b{alt(r.contracted)}\s+(?:{alt(r.adverbs)}\s+)?{alt(r.contracted_verbs)}\b",
            rf"\b{perfect}\s+(?:{alt(r.contact_adverbs)}\s+)?{alt(r.contact_verbs)}\b[^.]{{0,160}}?\bfor\s+(?:a\s+)?"
            rf"{alt(r.request_nouns)}\b",
            rf"\b{perfect}\s+{alt(r.asked)}\s+[^.]{{1,120}}?\s+to\s+{alt(r.respond_verbs)}\b",
            rf"\b{alt(r.contact_openings)}\b[^.]{{0,160}}?\b{alt(r.comment_requests)}",
            rf"\b{perfect}\s+{alt(r.ask_verbs)}\s+[^.;]{{1,120}}?\s+for\s+(?!{alt(r.not_requests)})",
            # "The Courier contacted X for comment but had not received a reply"
            rf"\b{alt(r.followup_verbs)}\s+[^.]{{1,160}}?\bfor\s+(?:a\s+)?{alt(r.followup_nouns)}\b[^.]{{0,40}}?"
            rf"\bbut\b[^.]{{0,60}}?\b{alt(r.no_words)}\b",
            rf"\b{alt(r.provide_auxiliaries)}\s+not\s+(?:yet\s+)?{alt(r.provide_verbs)}\b",
            rf"\b{alt(r.negated_leads)}\s+(?:{alt(r.adverbs)}\s+)?{alt(r.negated_verbs)}\b",
            _clause_then_negation(r.postposed_verbs, lex),
            rf"\b{alt(r.leave_verbs)}\s+[^.;]{{0,100}}?\b{alt(r.unanswered)}\b",
            *_phrases(r.phrases),
        ],
        "equivocation": [
            rf"\b{alt(e.auxiliaries)}\s+not\s+(?:{alt(e.adverbs)}\s+)?{alt(e.deny)}\b",
            rf"\b{alt(e.negated_leads)}\s+{alt(e.negated_deny)}\b",
            _clause_then_negation(e.postposed_deny, lex),
            rf"\b{alt(e.avoid_verbs)}\s+{avoid_link}{alt(e.avoid_acts)}\b",
            rf"\b{alt(d.limited_replies)}",
            rf"\b{alt(d.only_say_verbs)}\s+(?:[\w\u2019']+\s+)?{alt(d.only_words)}\b",
            *_phrases(e.phrases),
        ],
        "conditional_justification": [
            rf"\b{alt(j.openers)}\b[^.;]{{0,100}}?\b{alt(j.modals)}\s+{adverbs}(?:(?:have\s+been|be)\s+{alt(j.done)}\b"
            rf"[^.;]{{0,60}}?\b{alt(j.frames)}\b|(?:have\s+)?{alt(j.verbs)}|be\s+{alt(j.states)}|"
            rf"(?:have\s+been|be)\s+{quote}(?:{alt(j.intensifiers)}\s+)?{alt(j.justified)})\b",
            # "any adjustment is always within the limits of our permit": the allegation's act kept lawful
            rf"\b{alt(j.openers)}\b[^.;]{{0,100}}?\b{alt(j.copulas)}\s+{adverbs}{alt(j.limits)}\b",
            *_phrases(j.phrases),
        ],
        "explicit_denial": [
            # the word boundary first: it fails fast where no word starts, before the lookbehinds run
            rf"\b{_not_after_alt(x.not_after, x.verbs)}\b(?!\s+{alt(x.not_objects)})",
            rf"\b{_not_after_alt(x.not_after, x.reject_verbs)}\b"
            # a quoted adverb counts as one word ("conteste « formellement » toute menace")
            rf"(?=[{MARKS}]?\s+(?:(?:(?:[{MARKS}]\s*)?{_TOKEN}(?:\s*[{MARKS}])?\s+){{0,2}}?{alt(x.reject_links)}\b|"
            rf"(?:{_TOKEN}\s+){{0,4}}?{alt(x.allegations)}\b))",
            rf"\b{alt(x.labelling_verbs)}\s+{alt(x.labelled_objects)}\b[^.]{{0,60}}?{quote}{alt(x.falsehoods)}\b",
            rf"\b{alt(x.label_as)}\s+{quote}\s*{alt(x.falsehoods)}\b[{MARKS}]?\s+{alt(x.labelling_verbs)}\b",
            rf"\b{alt(x.named_allegations)}\s+(?:{alt(x.named_links)}\s+)?(?:[A-Z][\w\u2019'&.-]*\s+){{1,4}}"
            rf"(?:{perfect}\s+)?{alt(x.named_labels)}\s+{quote}(?:(?:a|an|as)\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"{alt(x.named_falsehoods)}\b",
            rf"\b{alt(x.copulas)}\s+(?:{alt(x.copula_intensifiers)}\s+)?{alt(x.copula_falsehoods)}\b",
            # "the company stood by its figures": the contested account maintained against the allegation
            rf"\b{alt(x.stand_verbs)}\s+(?:{alt(x.stand_prepositions)}\s+)?{alt(x.stand_owners)}\s+(?:[\w-]+\s+)?"
            rf"{alt(x.stand_objects)}\b",
            # "wies die Vorwürfe als „haltlos“ zurück": the particle closes the clause
            rf"\b{alt(x.separable_verbs)}\b[^.;:!?]{{0,100}}?\b{alt(x.separable_particles)}"
            rf"(?=\s*(?:[.,;:!?)\u201c\u201d\"]|$))",
            # "La direction conteste ce montant": the account disputed (tested for who is concerned)
            rf"\b{alt(x.dispute_verbs)}\s+{alt(x.dispute_determiners)}\s+(?:[\w\u2019'-]+\s+){{0,2}}?{alt(x.contested)}\b"
            if x.dispute_verbs and x.dispute_determiners and x.contested
            else NEVER,
            # "the ministry's own figures contradict the report": tested for who is concerned
            _contradicts(x.contested, x.contradict_verbs, x.contradict_links).replace("(?P<owner>", "(?:"),
            *_phrases(x.phrases),
        ],
        "non_denial_denial": [
            rf"\b(?:{perfect}\s+)?{alt(nd.comply)}\s+(?:all\s+)?(?:[\w-]+\s+){{0,2}}{alt(nd.rules)}\b",
            rf"\b{alt(nd.remain)}\s+{quote}{alt(nd.commitments)}\b",
            rf"\b{alt(nd.prefer_verbs)}\s+{alt(nd.deflect_acts)}\b",
            *_phrases(nd.reporter_deflections),
            *_phrases(nd.phrases),
        ],
    }


_QUOTED_KINDS = ("declined_to_comment", "neither_confirm_nor_deny")


def _quoted(kind: DenialKind, parts: list[str]) -> list[str]:
    """A refusal the reporter quotes from within: a quotation mark may open at any word of it ('said it
    would "not comment on ..."', 'a dit ne pas vouloir « commenter »')."""
    if kind not in _QUOTED_KINDS:
        return parts
    return [p.replace(r"\s+", rf"\s+(?:[{OPEN}]\s*)?") for p in parts]


def _content(lex: Lexicon) -> list[tuple[DenialKind, str]]:
    """Responses recognised by what they say rather than by a response verb: the statement is also a
    claim of its own ("X said the claim was 'not accurate'", "I have always been clean")."""
    c, nd = lex.denials.content_denial, lex.denials.content_non_denial
    denial = [
        # the allegation called wrong without "deny": "said that claim was 'not accurate'"
        rf"\b{alt(c.allegations)}\s+{alt(c.copulas)}\s+[{OPEN}]?(?:{alt(c.intensifiers)}\s+)?{alt(c.inaccuracies)}\b",
        # protestations of innocence, in the party's own words or its representative's
        rf"\b{alt(c.subjects)}\s+(?:have\s+)?(?:always\s+)?(?:been|am|are)\s+(?:{alt(c.innocence_intensifiers)}\s+)?"
        rf"{alt(c.innocent)}\b",
        rf"\b{alt(c.doers)}\s+nothing\s+{alt(c.wrongs)}\b",
        *_phrases(c.phrases),
    ]
    # "there is no evidence that our equipment caused it": the party's own absence of evidence
    non_denial = [rf"\bno\s+{alt(nd.evidence)}\b[^.;]{{0,40}}?\bthat\s+{alt(nd.own)}\b", *_phrases(nd.phrases)]
    return [("explicit_denial", "|".join(denial)), ("non_denial_denial", "|".join(non_denial))]


@dataclass(frozen=True, slots=True)
class Rules:
    """The denial rules of one language, compiled."""

    patterns: tuple[tuple[DenialKind, re.Pattern[str]], ...]
    content: tuple[tuple[DenialKind, re.Pattern[str]], ...]
    asked_neg: re.Pattern[str]
    asked: re.Pattern[str]
    partial: re.Pattern[str]
    conceded: re.Pattern[str]
    admission: re.Pattern[str]
    contrast: re.Pattern[str]
    non_denial: re.Pattern[str]
    deflection: re.Pattern[str]
    hypothetical: re.Pattern[str]
    contacted: re.Pattern[str]
    conditional_reply: re.Pattern[str]
    trailing_aux: re.Pattern[str]
    about: re.Pattern[str]
    not_topic: re.Pattern[str]
    contradiction: re.Pattern[str]
    request_only: re.Pattern[str]
    not_provided: re.Pattern[str]
    request_words: re.Pattern[str]
    follow_up: re.Pattern[str]
    trailing_time: re.Pattern[str]
    trailing_only: re.Pattern[str]
    subject_pronoun: re.Pattern[str]
    reply_verb: re.Pattern[str]
    evasive: re.Pattern[str]
    possessive: re.Pattern[str]
    anaphora: re.Pattern[str]
    figure_anaphora: re.Pattern[str]
    accusation: re.Pattern[str]
    complementizer: re.Pattern[str]
    party_noun: re.Pattern[str]
    standalone: re.Pattern[str]
    reporter_deflection: re.Pattern[str]
    beside_the_point: re.Pattern[str]


def _build(lex: Lexicon) -> Rules:
    d, t = lex.denials, lex.time
    r, x, j = d.no_response, d.explicit_denial, d.conditional_justification
    perfect = alt(d.perfect_auxiliaries)
    admissions, buts = alt(d.admissions), alt(d.but_words)
    reply_quote = rf"(?=\s*[:,]?\s*(?:{alt(d.quote_links)}\s*)?[{OPEN}])"
    conceded = (
        rf"\b{alt(d.admissions_but)}\s+(?:that\s+)?{_NOSTOP}{{0,160}}?\b{buts}\b{_NOSTOP}{{0,60}}?"
        rf"\b{alt(d.but_denials)}\b"
    )
    return Rules(
        patterns=tuple(
            (kind, re.compile("|".join(_live(_quoted(kind, parts))), _F)) for kind, parts in _kinds(lex).items()
        ),
        content=tuple((kind, re.compile(pattern, _F)) for kind, pattern in _content(lex)),
        # "X, asked about Y, said she had not been asked to ...": a reply to a question that negates it
        asked_neg=re.compile(
            rf"\b{alt(d.asked)}\s+{alt(d.asked_prepositions)}\b[^.]{{0,160}}?,\s+[^.]{{0,80}}?\b{alt(d.reply_verbs)}\b"
            rf"[^.]*?(?P<neg>\b{alt(d.negated_auxiliaries)}\s+(?:not|never)\b|\b{alt(d.negated_contractions)}"
            r"[\u2019']t\b)",
            _F,
        ),
        # "Asked about X, she said ...": a response that sounds like an answer (matched at the sentence start)
        asked=re.compile(
            rf"\s*(?:when\s+)?{alt(d.asked_quoted)}\b{_NOSTOP}{{0,160}}?,\s+{_NOSTOP}{{0,80}}?\b{alt(d.quoted_reply_verbs)}\b"
            + reply_quote  # the reply is quoted: an answer in the speaker's own words
            # or a reply to the allegation itself: "Asked about the report, the agency said ..."
            + rf"|\s*(?:when\s+)?{alt(d.asked)}\s+{alt(d.asked_about)}\s+{alt(d.asked_determiners)}\s+"
            rf"(?:[\w\u2019'-]+\s+)?{alt(d.asked_topics)}\b[^.]{{0,60}}?,\s+[^.]{{0,80}}?\b{alt(d.topic_reply_verbs)}\b",
            _F,
        ),
        partial=re.compile(
            rf"\b{alt(d.concessives)}\b{_NOSTOP}{{0,80}}\b{admissions}\b|"
            rf"\b{admissions}\b{_NOSTOP}{{0,160}}\b{buts}\s+{alt(d.admission_denials)}\b|"
            # "bestätigte ..., bestritt aber"
            rf"\b{admissions}\b{_NOSTOP}{{0,80}}\b{alt(d.admission_denials)}\s+{buts}\b|"
            rf"{conceded}|\b{alt(d.partial_phrases)}\b",
            _F,
        ),
        # "She acknowledged that A, but said B had not ...": a concession and a denial in one reply
        conceded=re.compile(conceded, _F),
        admission=re.compile(rf"\b{admissions}\b", _F),
        contrast=re.compile(rf"\b{buts}\b", _F),
        non_denial=re.compile(rf"\b{alt(d.dismissals)}\b[^.]{{0,80}}\b{alt(d.dismissed_as)}\b", _F),
        deflection=re.compile(rf"\b{alt(d.non_denial_denial.deflections)}\b", _F),
        hypothetical=re.compile(
            rf"\s*(?:{_NOSTOP.replace('[^.]', '[^.;]')}{{0,160}}?(?:\b{alt(d.quote_links)}\s*[{OPEN}]?|[{OPEN}]))?\s*"
            rf"{alt(j.hypotheticals)}\b"
            rf"[^.;]{{0,150}}?,\s*[^.;]{{0,150}}?"
            rf"\b{alt(j.justifications)}",
            _F,
        ),
        contacted=re.compile(
            rf"\b(?:{perfect}\s+(?:{alt(r.contact_adverbs)}\s+)?)?{alt(r.contact_verbs)}\s+(?P<np>.+?)\s+"
            rf"(?:for|to\s+{alt(r.respond_verbs)})\b|\b{alt(r.contact_openings)}\s+{alt(r.contact_prepositions)}\s+"
            rf"(?P<np2>.+?)\s+{alt(r.contact_purposes)}\b",
            _F,
        ),
        conditional_reply=re.compile(rf"[{OPEN}][^\u201d\"\u00bb\u201c]*\b{alt(d.conditionals)}\s", _F),
        trailing_aux=re.compile(rf"(?:\s+{alt(d.trailing_words)})+\s*$", _F),
        about=re.compile(
            rf"\b{alt(d.about_nouns)}\s+{alt(d.about_prepositions)}\s+(?P<what>[^.;,]+)"
            rf"|\b{alt(d.about_verbs)}\s+(?:{alt(d.about_links)}\s+)?(?P<what2>[^.;]+)",
            _F,
        ),
        not_topic=re.compile(rf"^(?:\w+\s+)?{alt(d.not_topics)}\b", _F),
        contradiction=re.compile(
            rf"(?:{alt(x.dispute_verbs)}\s+{alt(x.dispute_determiners)}\s+(?:[\w\u2019'-]+\s+){{0,2}}?{alt(x.contested)}\b"
            rf"|{alt(x.dispute_verbs)}\s+{alt(x.dispute_anaphora)}(?=\s*(?:[.;!?]|$))"
            rf"|{_contradicts(x.contested, x.contradict_verbs, x.contradict_links)})",
            _F,
        ),
        request_only=re.compile(rf"^{perfect}\s+{alt(r.ask_verbs)}\b", _F),
        not_provided=re.compile(rf"^{alt(r.provide_auxiliaries)}\s+not\s+(?:yet\s+)?(?!{alt(r.response_stems)})", _F),
        request_words=re.compile(rf"\b{alt(r.request_stems)}", _F),
        follow_up=re.compile(
            rf"\s*(?:{alt_bare(r.follow_up_subjects)}|The\s+\w+)\s+{alt(r.follow_up_auxiliaries)}\s+not\b"
        ),
        trailing_time=re.compile(
            rf"\s+(?:{alt(t.day_modifiers)}\s+)?{alt((*t.weekdays, *t.deictic))}(?:\s+{alt(t.day_parts)})?\s*$"
        ),
        trailing_only=re.compile(rf"^\s*(?:{alt(d.trailing_words)}\s*)*$", _F),
        subject_pronoun=re.compile(rf"\b{alt(lex.claims.subject_pronouns)}\b", _F),
        reply_verb=re.compile(rf"\b{alt(d.quoted_reply_verbs)}\b", _F),
        evasive=re.compile(rf"[^.,;:!?]{{0,60}}?\b{alt(r.evasive)}\b", _F),
        # "..., a assuré son vice-président, X": one of the party's people speaks
        possessive=re.compile(rf"\b{alt(lex.roles.possessive_determiners)}\b", _F),
        anaphora=re.compile(rf"(?<!\w){alt(d.anaphora)}(?!\w)", _F),
        figure_anaphora=re.compile(rf"(?<!\w){alt(d.figure_anaphora)}(?!\w)" if d.figure_anaphora else NEVER, _F),
        accusation=re.compile(rf"(?<!\w){alt(d.accusations)}(?!\w)", _F),
        complementizer=re.compile(rf"(?<!\w){alt(lex.claims.complementizers)}(?!\w)", _F),
        # "La direction", "its management", "die Geschäftsführung": the leadership of the body concerned
        party_noun=re.compile(
            rf"\s*(?:{alt((*lex.names.definite_articles, *lex.roles.possessive_determiners))}\s*)"
            rf"{alt(d.party_nouns)}(?:\s+[^\W\d]+)?\s*",
            _F,
        )
        if d.party_nouns
        else re.compile(NEVER),
        # "The university pushed back on Thursday evening.": the rejection and at most a short adjunct
        standalone=re.compile(
            rf"\b{alt(x.standalone)}\b{_optional_not(x.standalone_not_before)}(?=(?:\s+[^\s.,;:!?]+){{0,4}}\s*[.!]?\s*$)"
            if x.standalone
            else NEVER,
            _F,
        ),
        # "did not address the panel's findings", "n'a pas donné de chiffre": the reporter's deflection
        reporter_deflection=re.compile("|".join(_phrases(d.non_denial_denial.reporter_deflections)) or NEVER, _F),
        # "did not address the hours directly": an answer was given, beside the point
        beside_the_point=re.compile("|".join(_phrases(d.non_denial_denial.beside_the_point)) or NEVER, _F),
    )


def rules(lex: Lexicon) -> Rules:
    return lex.compiled(_build)


__all__ = ["MARKS", "OPEN", "Rules", "alt", "alt_bare", "rules"]
