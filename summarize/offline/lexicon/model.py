"""The schema of a lexicon file: every key it may hold, what the rules do with it, and its checks.

Entries are words or phrases, never regular expressions: the rules compile them. A space in a phrase
matches any run of whitespace; a word ending in ``*`` matches any word it begins ("slander*"), one
starting with ``*`` any word it ends ("*makers"); the entries of a list are tried in order, so a
phrase goes before a shorter entry it begins with.

``LowerWords`` are compared with lower-cased text (or case-insensitively) and must be written in lower
case; ``Words`` are compared as written (names, capitalised title words, case-sensitive cues). Within
one list an entry appears once; no entry is empty or padded with spaces. Tables map a word to a value
(``two = 2``) or to a name (``Kyiv = "Ukraine"``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, PrivateAttr

from summarize.schemas.enums import ActorKind

T = TypeVar("T")


def _entries(values: tuple[str, ...], lower: bool) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        if not value.strip():
            raise ValueError("an empty entry")
        if value != value.strip() or "  " in value:
            raise ValueError(f"{value!r}: leading, trailing or doubled spaces")
        if lower and value != value.lower():
            raise ValueError(f"{value!r} must be lower-case: the rule compares lower-cased text")
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


def _words(values: tuple[str, ...]) -> tuple[str, ...]:
    return _entries(values, lower=False)


def _lower(values: tuple[str, ...]) -> tuple[str, ...]:
    return _entries(values, lower=True)


def _table(values: dict[str, Any]) -> dict[str, Any]:
    for key, value in values.items():
        if not key.strip() or (isinstance(value, str) and not value.strip()):
            raise ValueError(f"{key!r}: an empty key or value")
    return values


def _lower_table(values: dict[str, Any]) -> dict[str, Any]:
    for key in _table(values):
        if key != key.lower():
            raise ValueError(f"{key!r} must be lower-case: the rule compares lower-cased text")
    return values


Words = Annotated[tuple[str, ...], AfterValidator(_words)]
LowerWords = Annotated[tuple[str, ...], AfterValidator(_lower)]
Names = Annotated[dict[str, str], AfterValidator(_table)]
Values = Annotated[dict[str, float], AfterValidator(_lower_table)]
Counts = Annotated[dict[str, int], AfterValidator(_lower_table)]
Kinds = Annotated[dict[str, ActorKind], AfterValidator(_lower_table)]
KindLists = Annotated[dict[str, tuple[ActorKind, ...]], AfterValidator(_lower_table)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Detect(_Section):
    """Language detection: the language's most frequent function words. Never layered: each file
    votes with its own list (a word several languages list splits its vote between them)."""

    stopwords: LowerWords = ()


class Segment(_Section):
    """Sentences and page chrome."""

    abbreviations: LowerWords = ()
    """A word before "." that does not end a sentence ("Gen.", "Sra."), without its dot."""
    sentence_starters: LowerWords = ()
    """Words that open a sentence after a dotted acronym ("U.S. The ..." splits; "U.S. troops" does not)."""
    letter_name_before: LowerWords = ()
    """Words before a capital letter used as a name, whose dot then ends the sentence ("wrote on X.")."""
    chrome_lines: LowerWords = ()
    """A line that is nothing but this (and perhaps a full stop) is page chrome: "comments are closed"."""
    chrome_starts: LowerWords = ()
    """A line that starts with this is page chrome: "click here", "read more", "©"."""
    chrome_contains: LowerWords = ()
    """A line that contains this is page chrome: "all rights reserved"."""
    chrome_labels: LowerWords = ()
    """A line that starts with this and a colon is chrome: "photo:", "related stories:"."""
    share_verbs: LowerWords = ()
    """A line of a share verb and a few share words is a share button: "share", "tweet this"."""
    share_words: LowerWords = ()
    media_determiners: LowerWords = ()
    """ "<determiner> [<modifier>] <media noun> ..." is a caption line: "The file photo shows ..."."""
    media_modifiers: LowerWords = ()
    media_nouns: LowerWords = ()
    reading_time: LowerWords = ()
    """After a number, a reading-time line: "4 min read"."""
    stamp_verbs: LowerWords = ()
    """ "[last] <verb>[:] [on|at] <date>": a time stamp line ("Updated: Jan 4")."""
    stamp_last: LowerWords = ()
    stamp_preps: LowerWords = ()
    comment_lines: LowerWords = ()
    """A line that is this alone, or a count and "comments": "leave a reply", "12 comments"."""
    comment_counts: LowerWords = ()
    developing_story: LowerWords = ()
    """A line starting with this is a note on the story itself: "this story will be updated"."""
    photo_agencies: LowerWords = ()
    """A credit line ends in "/ <agency>": "Jane Doe / Getty Images"."""


class Time(_Section):
    """Names of days and months (as written: capitalised in English, lower-case in Spanish)."""

    months: Words = ()
    month_abbreviations: Words = ()
    weekdays: Words = ()
    """Day names, spelling variants included ("miercoles")."""
    holidays: Words = ()
    day_modifiers: LowerWords = ()
    """ "[on|last|el] <weekday>": a time expression after a subject ("Norland on Monday denied")."""
    deictic: LowerWords = ()
    """Words that are a time on their own: "yesterday", "hoy"."""
    day_parts: LowerWords = ()
    """ "<weekday> <morning|evening>"."""
    periods: LowerWords = ()
    """ "last <week|month>" as a trailing time."""


class Cues(_Section):
    """Attribution cues: who said, believes or reported what."""

    speech_verbs: LowerWords = ()
    """Verbs (or fixed phrases) that attribute: "said", "told", "dijo", "pointed out"."""
    figure_verbs: LowerWords = ()
    """Speech verbs that are no cue before a figure: "added" (but "added 300 jobs")."""
    figure_lead_words: LowerWords = ()
    """Words between such a verb and its figure: "added about 300", "added a net 12"."""
    put_verbs: LowerWords = ()
    """ "put the toll at 40": a cue only in that shape, with these determiners and figure nouns."""
    put_determiners: LowerWords = ()
    put_figure_nouns: LowerWords = ()
    belief_verbs: LowerWords = ()
    """Cue verbs of belief: their claims are hedged (doxastic)."""
    nounish: LowerWords = ()
    """Cue forms that are also nouns ("reports", "claims"): a cue only after a known subject."""
    needs_that: LowerWords = ()
    """Verbs that take their content only through "that" or a quotation ("declared that ...")."""
    accuse_verbs: LowerWords = ()
    """ "accused Y of doing": the content follows the object and "of"."""
    urge_verbs: LowerWords = ()
    """ "urged Y to do": the content follows the object and "to"."""
    call_verbs: LowerWords = ()
    """ "called on Y to", "called for Z", "called the offer 'insulting'"."""
    describe_verbs: LowerWords = ()
    """ "described the offer as 'unfair'"."""
    object_determiners: LowerWords = ()
    """What opens the object of "called"/"described": "the", "this", "it"."""
    auxiliaries: LowerWords = ()
    """Words allowed between subject and cue verb: "has", "also", "reportedly", "había"."""
    lead_adverbs: LowerWords = ()
    """Of those, the ones that belong to the subject, not the cue: "himself", "also"."""
    platform_prepositions: LowerWords = ()
    """ "said in a statement", "wrote on Telegram": the medium after the verb is part of the cue."""
    platform_determiners: LowerWords = ()
    platform_nouns: LowerWords = ()
    told_verbs: LowerWords = ()
    """Verbs whose addressee (a name or an audience) follows directly: "told Reuters"."""
    told_audiences: Words = ()
    """Addressees that are no name: "reporters", "the press", "state TV"."""
    not_addressees: Words = ()
    """Capitalised words that end no addressee: "told He ..." (case-sensitive)."""
    said_to: LowerWords = ()
    """ "<verb> <preposition>" before an addressee's name: "dijo a El Diario"."""
    addressee_particles: LowerWords = ()
    """Lower-case words inside such an addressee's name: "del", "de la"."""
    according: LowerWords = ()
    """Cues before the source: "according to", "según" (the first letter may be capitalised)."""
    citing: LowerWords = ()
    """ "..., citing Y": Y is the source, the speaker an intermediary."""
    claim_by_determiners: LowerWords = ()
    """ "..., a claim made by Y": determiner, modifier, noun (+s), adverb, participle, "by"."""
    claim_by_modifiers: LowerWords = ()
    claim_by_nouns: LowerWords = ()
    claim_by_adverbs: LowerWords = ()
    claim_by_participles: LowerWords = ()
    claim_by_agents: LowerWords = ()


class Hedges(_Section):
    """Hedge cues by CoNLL-2010 type (case-insensitive)."""

    epistemic: LowerWords = ()
    doxastic: LowerWords = ()
    investigation: LowerWords = ()
    investigating: LowerWords = ()
    """ "<copula> [still] investigating": an investigation under way."""
    investigating_copulas: LowerWords = ()
    condition: LowerWords = ()
    """A condition word and the rest of its clause: "if", "unless", "a menos que"."""
    weasel: LowerWords = ()


class Estimates(_Section):
    """ICD 203 estimative phrases by band (case-insensitive); the strongest band found wins."""

    almost_no_chance: LowerWords = ()
    very_unlikely: LowerWords = ()
    unlikely: LowerWords = ()
    roughly_even_chance: LowerWords = ()
    likely: LowerWords = ()
    very_likely: LowerWords = ()
    almost_certain: LowerWords = ()


class Negation(_Section):
    """Polarity (case-insensitive)."""

    words: LowerWords = ()
    """A word that makes a statement negative: "not", "never", "nunca"."""
    suffixes: LowerWords = ()
    """A word ending that negates: "n't"."""
    not_negation: LowerWords = ()
    """Phrases with a negation word that do not negate: "not only", "no later than"."""
    unknown: LowerWords = ()
    """A cue or content that leaves the claim unconfirmed: "unclear", "no pudo confirmar"."""
    not_say: LowerWords = ()
    """ "<this> whether|if": "did not say whether" leaves the claim open."""
    whether: LowerWords = ()
    not_confirm_auxiliaries: LowerWords = ()
    """ "<auxiliary> not [yet] <verb>": "has not confirmed", "could not independently verify"."""
    unconfirmed_verbs: LowerWords = ()


class Injection(_Section):
    """Text addressed to an AI inside the article (case-insensitive), reported, never obeyed."""

    ignore: LowerWords = ()
    """ "ignore [all] [the] <earlier> <instructions>"."""
    earlier: LowerWords = ()
    instructions: LowerWords = ()
    addressees: Words = ()
    """ "<addressee>[s] ... <obligation>": "AI models must"; also after "note to"."""
    obligations: LowerWords = ()
    phrases: Words = ()
    """Phrases that are an injection on their own: "as an AI", "system prompt"."""
    disregard: LowerWords = ()
    """ "<disregard> [all] <whose> instructions"."""
    disregard_whose: LowerWords = ()
    summary_words: LowerWords = ()
    """ "<summary word> ... <must|should> <verb>": "summaries must say"."""
    summary_obligations: LowerWords = ()
    summary_verbs: LowerWords = ()
    notes: LowerWords = ()
    """ "<note> <to|for> <addressee>": "a message for AI assistants"."""
    note_prepositions: LowerWords = ()
    reading_verbs: LowerWords = ()
    """ "<addressee>[s] <reading verb> this <text>": "LLMs reading this page"."""
    texts: LowerWords = ()
    when_reading: LowerWords = ()
    """ "<when reading> this <text>": "when summarizing this article"."""


class Quantities(_Section):
    """Figures, their bounds and what they count (case-insensitive)."""

    number_words: Values = {}
    """Numbers written as words, with their value: ``two = 2``."""
    not_alone: LowerWords = ()
    """Number words that are no figure on their own ("one" in "one of them")."""
    scales: Values = {}
    """Words after a number that multiply it: ``million = 1e6``."""
    percent: LowerWords = ()
    """Words or signs after a number that make it a percentage."""
    at_least: LowerWords = ()
    """Bounds before a figure: "at least 40" (a lower bound)."""
    at_most: LowerWords = ()
    """ "up to 40", "nearly 40" (an upper bound)."""
    approximately: LowerWords = ()
    """ "about 40" (an approximate value)."""
    range_from: LowerWords = ()
    """ "<from> 3 <to> 5": a range."""
    range_to: LowerWords = ()
    range_joiners: LowerWords = ()
    """Words that join a bare range besides a dash: "3 to 5"."""
    vague: LowerWords = ()
    """Figures without a number: "dozens", "miles" (thousands)."""
    vague_multipliers: LowerWords = ()
    """ "<multiplier> <vague>": "tens of thousands"."""
    date_prepositions: LowerWords = ()
    """A bare number after these is a date or year, not a figure: "in 1998", "de 2024"."""
    ordinal_suffixes: LowerWords = ()
    """A number followed by these is an ordinal: "3rd"."""
    clock_words: Words = ()
    """A number followed by these is a time: "5 pm", "10 GMT"."""
    hyphen_units: LowerWords = ()
    """ "a 12-day strike": the unit after a hyphen is what the figure counts."""
    count_stop: LowerWords = ()
    """Words that end the counted noun phrase after a figure."""
    of_what: LowerWords = ()
    """ "40 of <the|them|those> people": skipped before the counted thing."""
    not_plurals: LowerWords = ()
    """Words ending in "s" that are no plural noun (for a figure's counted thing found before it)."""


class Claims(_Section):
    """Claims: content words, clause splitting, relative clauses, notes about a source (case-insensitive)."""

    stopwords: LowerWords = ()
    """Words that do not make two statements about the same thing (claims relating to each other)."""
    auxiliaries: LowerWords = ()
    """Finite auxiliaries: a part with one reads as a clause ("... and would close")."""
    subject_pronouns: LowerWords = ()
    """ "..., and they said ...": a pronoun subject after "and" opens a clause of its own."""
    irregular_verbs: LowerWords = ()
    """Verb forms that no suffix rule finds: "fell", "took"."""
    verb_suffixes: Counts = {}
    """A word with this ending after at least N letters is a verb: ``ed = 3`` ("closed")."""
    conjunctions: LowerWords = ()
    """Coordinators between two clauses: "and", "pero"."""
    complementizers: LowerWords = ()
    """ "that", "que": opens reported content."""
    subordinators: LowerWords = ()
    """ "..., after ...", "..., tras ...": a clause split before them."""
    not_subordinators: LowerWords = ()
    """Phrases that look like a subordinator but are none: "because of"."""
    time_subordinators: LowerWords = ()
    """Of the subordinators, those whose short clause only dates the claim ("before the line was shut")."""
    clause_subordinators: LowerWords = ()
    """Subordinators that always start a clause of their own ("tras")."""
    gerund_suffixes: LowerWords = ()
    """Word endings of a participle clause: "..., wounding two nurses"."""
    not_participles: LowerWords = ()
    """Words with that ending that open no participle clause: "including", "morning"."""
    partitive_quantifiers: LowerWords = ()
    """ "..., many of them ...": quantifier, "of", pronoun."""
    partitive_pronouns: LowerWords = ()
    with_figure_leads: LowerWords = ()
    """ "..., with up to 120 mm forecast": words between "with" and the figure."""
    relative_openers: LowerWords = ()
    """ "..., which runs several shelters, ...": a relative clause, a claim of its own."""
    relative_pronouns: LowerWords = ()
    """Dropped from the start of a relative clause's statement."""
    embedded_relatives: LowerWords = ()
    """A relative clause inside a part does not make it a clause."""
    determiners: LowerWords = ()
    """What opens the antecedent noun phrase of a relative clause: "the", "su"."""
    antecedent_cues: LowerWords = ()
    """Cue words dropped from the front of an antecedent: "according to", "dijo"."""
    source_note_verbs: LowerWords = ()
    """ "<asked> <not to be> <named>": a note about the source, never a claim."""
    source_note_negations: LowerWords = ()
    source_note_participles: LowerWords = ()
    source_note_phrases: LowerWords = ()
    """Other notes about a source: "spoke on condition", "not authorized to"."""
    background_verbs: LowerWords = ()
    """A sentence without a cue is background (the publisher's) if it has one of these verbs ..."""
    background_suffixes: Counts = {}
    """... or a word with this ending after at least N letters: ``ed = 3``."""
    question_verbs: LowerWords = ()
    """ "X was asked whether ...": a question put, not a proposition (with [negation] ``whether``)."""
    future_words: LowerWords = ()
    """A statement with one of these is about the future (an open question when hedged)."""


class When(_Section):
    """Dating a claim (its ``when``): the time expressions a claim's text or evidence carries. Kept apart
    from [time]: a language dates claims only once its own shapes are listed here."""

    weekdays: Words = ()
    day_modifiers: LowerWords = ()
    """ "[on|last|...] Monday"."""
    months: Words = ()
    """ "<month> <day>[, <year>]"."""
    relative: LowerWords = ()
    """ "<next|last|earlier this> <period>"."""
    periods: LowerWords = ()
    words: LowerWords = ()
    """Words that date a claim alone: "yesterday"."""
    span_leads: LowerWords = ()
    """ "<in the past> <week|N days>"."""
    span_units: LowerWords = ()
    span_plurals: LowerWords = ()
    since: LowerWords = ()
    """ "<since> <month|year>"."""
    as_early_as: LowerWords = ()
    """ "<as early as> <word>"."""
    year_prepositions: LowerWords = ()
    """ "<in|since> 1998"."""
    end_of: LowerWords = ()
    """ "<before the end of the> <week|month|year>"."""


class _Kind(_Section):
    phrases: LowerWords = ()
    """Plain cues of this kind: any of them in a sentence is the response ("no comment")."""


class NeitherConfirmNorDeny(_Kind):
    """ "neither <confirm> nor <deny>", "<auxiliary> not <confirm or deny>", "<refusal> to <confirm or deny>"."""

    confirm: LowerWords = ()
    deny: LowerWords = ()
    auxiliaries: LowerWords = ()
    confirm_or_deny: LowerWords = ()


class DeclinedToComment(_Kind):
    """ "<refuser> [to] [immediately] <act>" ("declined to comment", "would not elaborate"); "<refusal> to
    <say verb>" unless a clause follows ("declined to say whether" is no refusal of comment)."""

    refusers: LowerWords = ()
    acts: LowerWords = ()
    answer_acts: LowerWords = ()
    """Acts that are a non-answer, not a refusal, after a ``non_answer`` ("did not answer questions")."""
    non_answer: LowerWords = ()
    say_verbs: LowerWords = ()
    not_before_say: LowerWords = ()


class NoResponse(_Kind):
    """No response to a request: "<auxiliary> not [yet] <verb>" ("has not responded"), a request for comment
    put ("has contacted X for comment", "ha contactado ... para comentarios"), nothing provided."""

    auxiliaries: LowerWords = ()
    adverbs: LowerWords = ()
    verbs: LowerWords = ()
    not_objects: LowerWords = ()
    """ "did not answer questions" is a non-answer, not no response."""
    contracted: LowerWords = ()
    """ "hasn't [yet] <contracted verb>"."""
    contracted_verbs: LowerWords = ()
    contact_adverbs: LowerWords = ()
    """ "<perfect> [<adverb>] <contact verb> ... for [a] <request noun>"."""
    contact_verbs: LowerWords = ()
    request_nouns: LowerWords = ()
    asked: LowerWords = ()
    """ "<perfect> <asked> ... to <respond verb>"."""
    respond_verbs: LowerWords = ()
    contact_openings: LowerWords = ()
    """ "<opening> ... <comment request>" within a sentence: "ha contactado ... para obtener comentarios"."""
    comment_requests: LowerWords = ()
    contact_prepositions: LowerWords = ()
    """ "<opening> <preposition> <party> <purpose>": who was contacted ("ha contactado a X para")."""
    contact_purposes: LowerWords = ()
    ask_verbs: LowerWords = ()
    """ "<perfect> <ask verb> X for Y" (Y not a comment): a request that is a response only when the
    outlet asks."""
    not_requests: LowerWords = ()
    followup_verbs: LowerWords = ()
    """ "<verb> X for [a] <noun> but ... not": contacted, no reply."""
    followup_nouns: LowerWords = ()
    no_words: LowerWords = ()
    provide_auxiliaries: LowerWords = ()
    """ "<auxiliary> not [yet] <provide verb>": the party has not provided what was asked."""
    provide_verbs: LowerWords = ()
    response_stems: LowerWords = ()
    """What a not-provided cue must not go on with to count as such ("had not responded" is no response)."""
    request_stems: LowerWords = ()
    """A cue with one of these asks for a response; otherwise "X has asked the ministry for ..." counts
    only when X is the outlet."""
    follow_up_subjects: Words = ()
    """ "<subject> <auxiliary> not ...": the next sentence goes on with the same response."""
    follow_up_auxiliaries: LowerWords = ()


class Equivocation(_Kind):
    """ "<auxiliary> not [explicitly] <deny>": "has not denied"."""

    auxiliaries: LowerWords = ()
    adverbs: LowerWords = ()
    deny: LowerWords = ()


class ConditionalJustification(_Kind):
    """ "<opener> ... <modal> <complement>": "any such action would comply with international law"."""

    openers: LowerWords = ()
    modals: LowerWords = ()
    done: LowerWords = ()
    """ "be <done> <frame>": "be carried out in line with"."""
    frames: LowerWords = ()
    verbs: LowerWords = ()
    """ "<modal> <verb>": "would comply"."""
    states: LowerWords = ()
    """ "<modal> be <state>": "would be lawful"."""
    intensifiers: LowerWords = ()
    """ "<modal> (have been|be) [<intensifier>] <justified>"."""
    justified: LowerWords = ()


class ExplicitDenial(_Kind):
    """Denial verbs, rejections of an allegation, the allegation called false, standing by one's account."""

    verbs: LowerWords = ()
    """ "denied", "negó" (not after ``not_after``, nor before ``not_objects``: "denied bail")."""
    not_after: LowerWords = ()
    not_objects: LowerWords = ()
    reject_verbs: LowerWords = ()
    """ "rejected <as|that|... allegation>"."""
    reject_links: LowerWords = ()
    allegations: LowerWords = ()
    labelling_verbs: LowerWords = ()
    """ "<labelling verb> <object> ... <falsehood>": "called the report 'fabricated'"."""
    labelled_objects: LowerWords = ()
    falsehoods: LowerWords = ()
    named_allegations: LowerWords = ()
    """ "<allegations> [that] <Name> [has] <label> [a] <falsehood>": "claims that Kessel called lies"."""
    named_links: LowerWords = ()
    named_labels: LowerWords = ()
    named_falsehoods: LowerWords = ()
    copulas: LowerWords = ()
    """ "<copula> [<intensifier>] <falsehood>": "is completely false"."""
    copula_intensifiers: LowerWords = ()
    copula_falsehoods: LowerWords = ()
    stand_verbs: LowerWords = ()
    """ "<stand> by <owner> [word] <object>": "stood by its figures"."""
    stand_owners: LowerWords = ()
    stand_objects: LowerWords = ()
    dispute_verbs: LowerWords = ()
    """ "disputed <determiner> [word] <contested>": another party's account contradicted, not a denial."""
    dispute_determiners: LowerWords = ()
    contested: LowerWords = ()


class NonDenialDenial(_Kind):
    """Answers that deny nothing: "<perfect> <comply> [all] ... <rules>", "<remain> committed to"."""

    comply: LowerWords = ()
    rules: LowerWords = ()
    remain: LowerWords = ()
    commitments: LowerWords = ()


class ContentDenial(_Kind):
    """Denials recognised by what they say (the statement stays a claim too): the allegation called wrong,
    innocence protested, nothing done wrong."""

    allegations: LowerWords = ()
    """ "<allegation> <copula> [<intensifier>] <inaccuracy>": "that claim was not accurate"."""
    copulas: LowerWords = ()
    intensifiers: LowerWords = ()
    inaccuracies: LowerWords = ()
    subjects: LowerWords = ()
    """ "<subject> [have] [always] been|am|are [<intensifier>] <innocent>": "I have always been clean"."""
    innocence_intensifiers: LowerWords = ()
    innocent: LowerWords = ()
    doers: LowerWords = ()
    """ "<doer> nothing <wrong>": "did nothing wrong"."""
    wrongs: LowerWords = ()


class ContentNonDenial(_Kind):
    """ "no <evidence> ... that <our>": the party's own absence of evidence."""

    evidence: LowerWords = ()
    own: LowerWords = ()


class Denials(_Section):
    """Responses to allegations, by kind (case-insensitive); the words each kind's shapes use."""

    perfect_auxiliaries: LowerWords = ()
    """ "has", "have", "had" (for several kinds)."""
    refusals: LowerWords = ()
    """ "declined", "refused" (for several kinds)."""
    neither_confirm_nor_deny: NeitherConfirmNorDeny = NeitherConfirmNorDeny()
    declined_to_comment: DeclinedToComment = DeclinedToComment()
    no_response: NoResponse = NoResponse()
    equivocation: Equivocation = Equivocation()
    conditional_justification: ConditionalJustification = ConditionalJustification()
    explicit_denial: ExplicitDenial = ExplicitDenial()
    non_denial_denial: NonDenialDenial = NonDenialDenial()
    content_denial: ContentDenial = ContentDenial()
    content_non_denial: ContentNonDenial = ContentNonDenial()
    asked: LowerWords = ()
    """ "<asked> <about|whether> ..., X <reply verb> ... <negation>": a reply that negates the question."""
    asked_prepositions: LowerWords = ()
    reply_verbs: LowerWords = ()
    negated_auxiliaries: LowerWords = ()
    negated_contractions: LowerWords = ()
    asked_quoted: LowerWords = ()
    """ "<asked> ..., X <quoted reply verb> '...'": an answer in the speaker's own words (a non-denial)."""
    quoted_reply_verbs: LowerWords = ()
    asked_about: LowerWords = ()
    """ "asked about <the> [word] <topic> ..., X <reply>": a reply to the allegation itself."""
    asked_determiners: LowerWords = ()
    asked_topics: LowerWords = ()
    topic_reply_verbs: LowerWords = ()
    concessives: LowerWords = ()
    """Partial denial: "<concessive> ... <admission>", "<admission> ... but denied", "partly"."""
    admissions: LowerWords = ()
    admission_denials: LowerWords = ()
    """ "<admission> ... but <denied|rejected>"."""
    admissions_but: LowerWords = ()
    """ "<admission> [that] ... but ... <but denial>"."""
    but_denials: LowerWords = ()
    partial_phrases: LowerWords = ()
    dismissals: LowerWords = ()
    """ "<dismiss> ... <dismissed as>": dismissed as speculation, a non-denial."""
    dismissed_as: LowerWords = ()
    conditionals: LowerWords = ()
    """A quoted reply with one of these ("if") is an equivocation, not a non-denial."""
    trailing_words: LowerWords = ()
    """Words between a subject and its cue that are not the subject: "X would not", "X flatly"."""
    about_nouns: LowerWords = ()
    """ "<comment> <on> <what>": what the response is about."""
    about_prepositions: LowerWords = ()
    about_verbs: LowerWords = ()
    """ "<denied> [that] <what>"."""
    about_links: LowerWords = ()


class Attributions(_Section):
    """Who said what: subjects, cue extensions, the content after a cue, inverted cues."""

    intro_words: LowerWords = ()
    """Words that open a clause before its subject ("However, X said"), skipped (case-insensitive)."""
    intro_media: LowerWords = ()
    """ "in a <medium> [on <day>], X said": skipped before the subject."""
    time_words: Words = ()
    """Times skipped between a cue and its content: "said yesterday that"."""
    occasion_phrases: Words = ()
    """Occasions skipped between a cue and its content: "said in a statement", "dijo en rueda de prensa"."""
    occasion_prepositions: Words = ()
    """ "<preposition> a|an|the [word] <occasion> [with <audience>]": "said at a news conference"."""
    occasions: Words = ()
    occasion_audiences: Words = ()
    outside_places: Words = ()
    """ "said outside <place>"."""
    delivery_modes: Words = ()
    """ "said in a <mode> <noun>": "in a written statement"."""
    continuation_quantifiers: LowerWords = ()
    """ "A, the agency said, many of them B": B goes on from A (quantifier, "of", pronoun)."""
    continuation_pronouns: LowerWords = ()
    continuation_not_participles: LowerWords = ()
    """ "-ing" words after a cue that do not continue the content before it: "citing"."""
    subordinate_openers: LowerWords = ()
    """Content after a cue that opens so is not the claim: "..., X said, as the talks ..."."""
    split_links: LowerWords = ()
    """ "X said A and that B": <and|but> <link> (case-sensitive)."""
    split_conjunctions: LowerWords = ()
    split_verbs: LowerWords = ()
    """ "X called the offer 'insulting' and said the union would ...": a second cue of the same speaker,
    before one of ``split_subjects``."""
    split_subjects: Words = ()
    split_phrases: LowerWords = ()
    """ ", y que ...": a second content of the same cue."""
    split_participles: LowerWords = ()
    """ ", adding that ...", ", añadiendo que ..."."""
    participle_cues: LowerWords = ()
    """ "The court dismissed the case, ruling that ...": a participle of speech after a main clause."""
    first_verbs: LowerWords = ()
    """The main clause's verb before such a participle, besides ``first_verb_suffixes``."""
    first_verb_suffixes: Counts = {}
    """A lower-case word with this ending after at least N letters is a verb."""
    nested_verbs: LowerWords = ()
    """ "X wrote that his country's intelligence believed that ...": the inner frame's verbs."""
    finite_words: LowerWords = ()
    """A clause before ", said X" needs one of these (case-insensitive)."""
    coordinators: Words = ()
    """ "X and Y said": what joins coordinated sources."""
    comma_coordinators: LowerWords = ()
    """ "X, Y and Z": what may follow the comma."""
    not_conjunct_words: LowerWords = ()
    """A conjunct with one of these is no name of its own ("the head of X and Y")."""
    conjunct_articles: LowerWords = ()
    """A lower-case conjunct may start with these before a capital ("la Fiscalía")."""
    document_determiners: LowerWords = ()
    """ "according to <a> [<modifier>] <document> <by> X": the authors are the source."""
    document_modifiers: LowerWords = ()
    documents: LowerWords = ()
    document_agents: LowerWords = ()
    not_saying: LowerWords = ()
    """Before a cue, these make it no attribution when a question follows ("did not say how")."""
    not_saying_open: LowerWords = ()
    """Of those, the ones that leave the question open ("did not say whether X": X, unknown)."""
    open_questions: LowerWords = ()
    invertible: LowerWords = ()
    """Cue verbs that may come before their subject: '"...," said Jane Doe'."""
    title_abbreviations: Words = ()
    """ "Dr.", "Sra." before an inverted subject's name."""
    inverted_determiners: LowerWords = ()
    """An inverted subject may start with these: '"...," said a spokesperson'."""
    relative_subjects: LowerWords = ()
    """A subject that is only this is a relative pronoun, not a source: "which", "quien"."""
    relative_heads: LowerWords = ()
    """A segment before a cue that starts so is a relative clause ("who asked not to be named")."""
    relative_words: LowerWords = ()
    """A clause before a cue that starts so is relative, not a whole clause (case-insensitive)."""
    relative_leads: LowerWords = ()
    """ "X, who urged Y to Z, said ...": the relative clause ends at its comma."""
    pronoun_subjects: LowerWords = ()
    """Pronouns a noun-like cue ("reports") may follow."""
    name_articles: LowerWords = ()
    """Articles before a name (the first letter may be capitalised)."""
    place_prepositions: LowerWords = ()
    """ "Two residents of Pell Canyon": the residents, not the place."""
    passive_auxiliaries: LowerWords = ()
    """ "had been warned": a cue verb after these is passive, no attribution."""
    according_verbs: LowerWords = ()
    """ "según <verb> [a <outlet>] <source>": "según dijo a El Diario un vocero"."""
    according_to: LowerWords = ()
    according_to_articles: Words = ()
    according_to_particles: LowerWords = ()


class NameWords(_Section):
    """Capitalised chains (names) and how they are cut."""

    function_words: LowerWords = ()
    """Words that never start a name ("However", "The" at a sentence start) nor make one alone."""
    connectors: LowerWords = ()
    """Lower-case words inside a name: "of" ("Bank of Korea"), "del", "von"."""
    articles: LowerWords = ()
    """Articles dropped from an actor's identity key ("the ministry" = "ministry")."""
    definite_articles: LowerWords = ()
    """ "X and the Y" splits a chain into two names."""
    name_articles: Words = ()
    """Capitalised articles that open a name mid-sentence: "El Diario del Sur"."""
    and_words: LowerWords = ()
    """ "and" splitting two names in one chain."""
    abbreviations: Words = ()
    """Abbreviations before "." inside a name: "Gen.", "Dr."."""
    titles: Words = ()
    """Title words before a person's name ("Defense Minister Jane Doe"); "Dr." with its dot."""
    acronym_stop: Words = ()
    """Capitalised words that are no organisation's acronym: "CEO", "BREAKING"."""
    postnominal: LowerWords = ()
    """Lower-case words after an institution word that belong to its name: "la Defensoría del Pueblo regional"."""
    title_of: LowerWords = ()
    """ "Judge Jane Doe of the District Court": the person and the institution, split here."""
    org_name_words: LowerWords = ()
    """A name with one of these inside is an organisation's, not a person's ("Friends of the Earth")."""


class Places(_Section):
    """Countries, capitals, demonyms, places: what is no actor, or a country."""

    countries: Words = ()
    country_acronyms: Words = ()
    """Acronyms (dots removed) that name a country or union: "US", "EU"."""
    country_keys: Names = {}
    """Names (dots removed) of one country, to one key: ``America = "u.s."``."""
    capitals: Names = {}
    """A capital used for its country's government: ``Kyiv = "Ukraine"``."""
    demonyms: Names = {}
    """ ``Dutch = "Netherlands"``: "the Dutch government" belongs to the Netherlands."""
    demonym_suffixes: LowerWords = ()
    """Endings of a demonym not listed ("Lusenian" after "Lusenia")."""
    geo_words: Words = ()
    """A name with one of these is a place: "River", "Street"."""
    place_nouns: LowerWords = ()
    """A name after one of these is a place: "the town of X", "la mina X"."""
    place_of: LowerWords = ()
    """ "<place noun> de X": X is a place."""
    place_after: LowerWords = ()
    """A name before one of these is a place: "X district"."""
    locatives: LowerWords = ()
    """A name after one of these is a place: "in X", "desde X"."""
    jurisdictions: LowerWords = ()
    """ "The state Emergency Management Agency": the lower-case jurisdiction belongs to the mention."""
    country_possessions: LowerWords = ()
    """ "X's <ministry|president|troops>": X is a country."""


class Organisations(_Section):
    """Organisations, governments, armed forces, media: the words that tell their kind."""

    media_outlets: Words = ()
    """Names of news outlets."""
    media_words: Words = ()
    """A name ending with one of these is an outlet: "Daily Ledger", "El Diario"."""
    media_first_words: Words = ()
    """A name starting with one of these is an outlet: "Radio Norte"."""
    media_nouns_before: Words = ()
    """ "the newspaper Dagsposten": the name after is an outlet."""
    government_words: Words = ()
    military_words: Words = ()
    intelligence_words: Words = ()
    org_words: Words = ()
    corporate_words: Words = ()
    """Company-name words: "Holdings", "Airways"; "Veltrion" alone then stands for "Veltrion Semiconductor"."""
    institution_words: Words = ()
    """Words of a public institution's name: "Fiscalía", "Defensoría" (government)."""
    union_first_words: Words = ()
    """Of those, the ones that open a union's name: "Sindicato" (an organisation)."""
    platforms: Words = ()
    """Social platforms: a name of these alone is no actor."""
    org_after: LowerWords = ()
    """ "the opposition Civic Renewal party": a name before one of these is a group."""
    business_after: LowerWords = ()
    """ "the Bramble Burger chain": a name before one of these is a business."""
    appositive_nouns: LowerWords = ()
    """ "Orlek Coaches, a local operator": an organisation, by its appositive."""
    generic_nouns: KindLists = {}
    """Nouns that stand for an organisation already named ("the company"), with the kinds they fit."""
    lc_kinds: Kinds = {}
    """The kind of a lower-case institution by its head noun (else government)."""
    institution_owners: LowerWords = ()
    """ "the bank's monetary policy board": a body inside an institution."""
    owner_pronouns: LowerWords = ()
    """ "his country's foreign ministry"."""
    institution_modifiers: LowerWords = ()
    """ "X's <modifier> <institution noun>": "Lusenia's foreign ministry"."""
    institution_nouns: LowerWords = ()
    unit_words: LowerWords = ()
    """ "X's 41st mechanised brigade": up to two words before one of these."""
    institution_intelligence: LowerWords = ()
    """Stems that make such an institution an intelligence body, military, or a group of officials."""
    institution_military: LowerWords = ()
    institution_officials: LowerWords = ()
    lc_institution_nouns: LowerWords = ()
    """ "the health ministry", "its board": a lower-case institution."""
    lc_not_modifiers: LowerWords = ()
    """Words that never modify such a noun (prefixes: "or" also keeps out "organic")."""
    lc_determiners: LowerWords = ()
    party_phrases: LowerWords = ()
    """ "opposition parties": a group of its own."""
    group_adjectives: LowerWords = ()
    """ "<separatist> <fighters>": an armed group."""
    group_nouns: LowerWords = ()
    government_of: LowerWords = ()
    """ "the <government> of X"."""
    described_nouns: LowerWords = ()
    """ "Quillmark, the tax-filing software company": nouns that describe the name before them."""
    office_words: LowerWords = ()
    """ "the office of the Data Protection Commissioner": the office stands for the named body."""
    authority_words: Words = ()
    """ "Palestinian Authority" is a government; "X Authority" without a demonym is a named group."""


class Roles(_Section):
    """People by role, and groups that act."""

    role_nouns: LowerWords = ()
    """Nouns of a person's role: "minister", "spokesperson"."""
    source_nouns: LowerWords = ()
    """Nouns of a phrase that can be a source: "officials", "report"."""
    more_sources: LowerWords = ()
    """More such nouns, people of a trade or unnamed people: "lawyers", "one woman", "un vecino"."""
    person_heads: LowerWords = ()
    """Singular nouns for one unnamed person: "a dockworker who ..."."""
    group_nouns: LowerWords = ()
    """Plural groups that act ("Investors appeared unconvinced"); "*makers" is any word ending so."""
    group_post_prepositions: LowerWords = ()
    """ "economists polled by The Observer": what may follow a group noun."""
    group_verbs: LowerWords = ()
    """A group noun acts when one of these (or a past tense) follows."""
    not_premodifiers: LowerWords = ()
    """Words that never modify a group noun: "other", "two"."""
    not_premodifier_endings: LowerWords = ()
    group_skip_before: LowerWords = ()
    """ "18 percent of patients", "its crews": a group noun after one of these is no actor."""
    appositive_openers: LowerWords = ()
    """ "Jane Doe, a spokesperson for X": what opens a role appositive."""
    appositive_titles: Words = ()
    """ "Jane Doe, Lusenia's Foreign Minister"."""
    appositive_verbs: LowerWords = ()
    """An appositive ends before one of these."""
    appositive_not_roles: LowerWords = ()
    """An appositive that starts so is a cue, not a role."""
    appositive_articles: LowerWords = ()
    appositive_relatives: LowerWords = ()
    """ "Jane Doe, who heads X, said": the rest of the relative clause is her role."""
    role_prepositions: LowerWords = ()
    """A role with one of these is a person's ("head of X"), not a kind of organisation."""
    role_head_prepositions: LowerWords = ()
    """A role's head noun ends before one of these: "minister of energy"."""
    first_name_indefinites: LowerWords = ()
    """ "A passenger who gave only her first name, Ingrid, said"."""
    first_name_followers: LowerWords = ()


class Sources(_Section):
    """Noun phrases that act as sources ("unnamed officials", "a statement released after the meeting")."""

    np_cut: LowerWords = ()
    """A source phrase's head ends before one of these: "officials familiar with ..."."""
    partitive_quantifiers: LowerWords = ()
    """ "One of the employees": the whole partitive."""
    partitive_determiners: LowerWords = ()
    anonymous_starts: LowerWords = ()
    """A phrase opening so is an anonymous source: "two diplomats"."""
    anonymous_nouns: LowerWords = ()
    anonymous_words: LowerWords = ()
    """A phrase with one of these anywhere is an anonymous source."""
    anonymous_alone: LowerWords = ()
    self_names: LowerWords = ()
    """ "A criminal group calling itself Nightjar"."""
    gang_words: LowerWords = ()
    statement_determiners: LowerWords = ()
    """ "according to a statement released after the meeting": the body that issued it."""
    statement_modifiers: LowerWords = ()
    statements: LowerWords = ()
    release_verbs: LowerWords = ()
    indefinites: LowerWords = ()
    """ "A judge in Carden ruled ..." then "Judge Jane Doe": the role named shortly after."""
    role_modifiers: LowerWords = ()
    named_later_prepositions: LowerWords = ()
    governing_owners: LowerWords = ()
    """ "its trustees announced": the governing body of the organisation last named."""
    governing_bodies: LowerWords = ()
    clausal: LowerWords = ()
    """A phrase with one of these is a clause, no source."""
    not_np_start: LowerWords = ()
    prepositions: LowerWords = ()
    """ "a spokesperson for the X": the phrase's source noun comes before one of these."""
    definite_modifiers: LowerWords = ()
    """ "the former minister": a definite phrase for someone named before."""
    subject_trailers: LowerWords = ()
    """Dropped from the end of a subject: "X himself"."""
    reflexives: LowerWords = ()
    lead_determiners: LowerWords = ()
    person_after: LowerWords = ()
    """A one-word name followed by these is a person; by ``thing_after``, an organisation."""
    thing_after: LowerWords = ()
    relative_cut: LowerWords = ()
    """ ", who ...": a subject ends before its relative clause."""
    long_relatives: LowerWords = ()
    long_notes: LowerWords = ()
    head_articles: LowerWords = ()
    role_articles: LowerWords = ()
    possessives: LowerWords = ()
    """ "his aides": institutional, not anonymous."""
    military_stems: LowerWords = ()
    """The kind of a source phrase, by stems found anywhere in it (or words, for ``military_words``)."""
    military_words: LowerWords = ()
    intelligence_stems: LowerWords = ()
    government_stems: LowerWords = ()
    media_stems: LowerWords = ()
    group_words: LowerWords = ()
    person_words: LowerWords = ()
    cue_verbs_after: LowerWords = ()
    """ "X, the energy ministry said": the subject of an inverted cue, not a description of X."""


class Publisher(_Section):
    """How an article names its own outlet."""

    byline_words: Words = ()
    """ "By Jane Doe, Science Correspondent, The Daily Lamp"."""
    before_cues: LowerWords = ()
    """ "told the X", "seen by the X", "dijo a X": the outlet addressed."""
    own_work: LowerWords = ()
    """ "the X's own analysis"."""
    after_auxiliaries: LowerWords = ()
    """ "the X has [not|also] [been] <verb>": "the X has seen", "was unable"."""
    after_adverbs: LowerWords = ()
    after_verbs: LowerWords = ()
    asking_verbs: LowerWords = ()
    """ "the X asked Jane Doe"."""
    cited_cues: LowerWords = ()
    """ "according to what a spokesperson told the X": another outlet cited, not the publisher."""
    reporting_verbs: LowerWords = ()
    """ "the X reported": another outlet cited."""


class Pronouns(_Section):
    """Pronouns resolved to the last fitting actor."""

    person: LowerWords = ()
    thing: LowerWords = ()
    plural: LowerWords = ()


class Lexicon(BaseModel):
    """One file's vocabulary, or (from :func:`summarize.offline.lexicon.load`) a language's layered one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    detect: Detect = Detect()
    segment: Segment = Segment()
    time: Time = Time()
    cues: Cues = Cues()
    hedges: Hedges = Hedges()
    estimates: Estimates = Estimates()
    negation: Negation = Negation()
    injection: Injection = Injection()
    quantities: Quantities = Quantities()
    claims: Claims = Claims()
    when: When = When()
    denials: Denials = Denials()
    attributions: Attributions = Attributions()
    names: NameWords = NameWords()
    places: Places = Places()
    organisations: Organisations = Organisations()
    roles: Roles = Roles()
    sources: Sources = Sources()
    publisher: Publisher = Publisher()
    pronouns: Pronouns = Pronouns()

    _language: str = PrivateAttr(default="")
    _compiled: dict[Any, Any] = PrivateAttr(default_factory=dict)

    @property
    def language(self) -> str:
        """The ISO 639-1 code this lexicon was loaded for ("" for a single file)."""
        return self._language

    def set_language(self, code: str) -> None:
        self._language = code

    def compiled(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, computed once per lexicon: the rules' compiled patterns and sets."""
        try:
            return cast(T, self._compiled[build])
        except KeyError:
            value = self._compiled[build] = build(self)
            return value
