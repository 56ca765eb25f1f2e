"""Lexicon sections for reading text: detection, sentences, times, cues, hedges, estimates, negation,
injections, figures, claims (who said it: :mod:`.attribution_sections`)."""

from __future__ import annotations

from pydantic import Field

from .types import Counts, LowerWords, Section, Values, Words


class Detect(Section):
    """Language detection: the language's most frequent function words. Never layered: each file
    votes with its own list (a word several languages list splits its vote between them)."""

    stopwords: LowerWords = ()


class Segment(Section):
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
    caption_credits: LowerWords = ()
    """A line with this and a colon after a sentence or an opening bracket is a photo caption with its
    credit: "Crowds at the gate on Friday. (Photo: J. Doe)", "... on display. Photograph: the museum"."""


class Time(Section):
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


class Cues(Section):
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
    audience_verbs: LowerWords = ()
    """Verbs whose addressee follows directly only as one of ``told_audiences``; a name after them is
    their inverted subject, not an addressee: German "sagte Journalisten" but "sagte Behrens"."""
    not_addressees: Words = ()
    """Capitalised words that end no addressee: "told He ..." (case-sensitive)."""
    said_to: LowerWords = ()
    """ "<verb> <preposition>" before an addressee's name: "dijo a El Diario"."""
    addressee_particles: LowerWords = ()
    """Lower-case words inside such an addressee's name: "del", "de la"."""
    according: LowerWords = ()
    """Cues before the source: "according to", "según", "nach Angaben" (compared case-insensitively)."""
    according_after: LowerWords = ()
    """Cues after their source, which opens the sentence or a clause: "Dem Bericht zufolge ..."."""
    opinion_for: LowerWords = ()
    """ "<this> <a person>, <clause>" at the start of a sentence gives that person's view: "Para el economista
    X, el caso ...", "Pour la politologue Y, il est « probable » que ...", "Für den Experten Z ist ..."."""
    impersonal: LowerWords = ()
    """Impersonal cues whose source is a phrase of ``impersonal_from`` before them: "Aus Regierungskreisen
    hieß es, ...", "Aus dem Betriebsrat war zu hören, ..."."""
    impersonal_from: LowerWords = ()
    separable_verbs: LowerWords = ()
    """ "<verb> <particle>" speech verbs whose particle closes the clause: "teilte ... mit" (a cue from the
    verb to the particle, a few words apart, before a comma, "dass" or the end of the sentence)."""
    perfect_auxiliaries: LowerWords = ()
    """Auxiliaries of a perfect tense whose participle closes the clause, the verb bracket ("hat", "hatte"):
    "Das hat die Stadt am Montag mitgeteilt." (German; languages without the bracket leave it empty)."""
    perfect_participles: LowerWords = ()
    """Participles of speech verbs closing such a bracket ("mitgeteilt", "angekündigt"): a cue from the
    auxiliary to the participle, up to 18 words apart, none of them a coordinator, before a comma,
    "dass" or the end of the sentence."""
    inversions: LowerWords = ()
    """An auxiliary inverted with its pronoun subject ("a-t-il", "ont-elles"): before the participle of a
    compound speech verb that starts with that auxiliary ("a déclaré" -> "a-t-il déclaré")."""
    citing: LowerWords = ()
    """ "..., citing Y": Y is the source, the speaker an intermediary (case-insensitive)."""
    claim_by_determiners: LowerWords = ()
    """ "..., a claim made by Y": determiner, modifier, noun (+s), adverb, participle, "by"."""
    claim_by_modifiers: LowerWords = ()
    claim_by_nouns: LowerWords = ()
    claim_by_adverbs: LowerWords = ()
    claim_by_participles: LowerWords = ()
    claim_by_agents: LowerWords = ()


class Hedges(Section):
    """Hedge cues by CoNLL-2010 type (case-insensitive)."""

    epistemic: LowerWords = ()
    doxastic: LowerWords = ()
    investigation: LowerWords = ()
    investigating: LowerWords = ()
    """ "<copula> [still] investigating": an investigation under way."""
    investigating_copulas: LowerWords = ()
    condition: LowerWords = ()
    """A condition word and the rest of its clause: "if", "unless", "a menos que"."""
    hypothetical: LowerWords = ()
    """A modal of the unreal that is a condition hedge of its own before ``hypothetical_after``: "would"
    in "would be another confirmation that ...", "would amount to" (not the "would" of reported futures)."""
    hypothetical_after: LowerWords = ()
    weasel: LowerWords = ()


class Estimates(Section):
    """ICD 203 estimative phrases by band (case-insensitive); the strongest band found wins."""

    almost_no_chance: LowerWords = ()
    very_unlikely: LowerWords = ()
    unlikely: LowerWords = ()
    roughly_even_chance: LowerWords = ()
    likely: LowerWords = ()
    very_likely: LowerWords = ()
    almost_certain: LowerWords = ()


class Negation(Section):
    """Polarity (case-insensitive)."""

    words: LowerWords = ()
    """A word that makes a statement negative: "not", "never", "nunca"."""
    suffixes: LowerWords = ()
    """A word ending that negates: "n't"."""
    not_negation: LowerWords = ()
    """Phrases with a negation word that do not negate: "not only", "no later than"."""
    embedded_openers: LowerWords = ()
    """Words that open a relative, adverbial or noun-complement clause ("who", "because", "if", "evidence
    that"): a negation inside such a clause (up to its next comma) does not make the claim negative
    ("workers who did not turn up", "another confirmation that the war is not a local conflict")."""
    unknown: LowerWords = ()
    """A cue or content that leaves the claim unconfirmed: "unclear", "no pudo confirmar"."""
    not_say: LowerWords = ()
    """ "<this> whether|if": "did not say whether" leaves the claim open."""
    whether: LowerWords = ()
    not_confirm_auxiliaries: LowerWords = ()
    """ "<auxiliary> not [yet] <verb>": "has not confirmed", "could not independently verify"."""
    unconfirmed_verbs: LowerWords = ()


class Injection(Section):
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


class Quantities(Section):
    """Figures, their bounds and what they count (case-insensitive)."""

    number_words: Values = Field(default_factory=dict)
    """Numbers written as words, with their value: ``two = 2``."""
    not_alone: LowerWords = ()
    """Number words that are no figure on their own ("one" in "one of them")."""
    scales: Values = Field(default_factory=dict)
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
    thousands_separators: Words = ()
    """What groups a number's thousands: "," in English ("1,400"), "." in German ("1.400"), ``space`` (a
    space, a no-break or a narrow no-break space) in French ("3 000"). A language with other marks than
    English's lists this key (and ``decimal_marks``) in ``own``."""
    decimal_marks: Words = ()
    """What separates a number's decimals: "." in English ("2.4"), "," elsewhere ("2,4")."""


class Claims(Section):
    """Claims: content words, clause splitting, relative clauses, notes about a source (case-insensitive)."""

    stopwords: LowerWords = ()
    """Words that do not make two statements about the same thing (claims relating to each other)."""
    auxiliaries: LowerWords = ()
    """Finite auxiliaries: a part with one reads as a clause ("... and would close")."""
    subject_pronouns: LowerWords = ()
    """ "..., and they said ...": a pronoun subject after "and" opens a clause of its own."""
    irregular_verbs: LowerWords = ()
    """Verb forms that no suffix rule finds: "fell", "took"."""
    verb_suffixes: Counts = Field(default_factory=dict)
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
    background_suffixes: Counts = Field(default_factory=dict)
    """... or a word with this ending after at least N letters: ``ed = 3``."""
    question_verbs: LowerWords = ()
    """ "X was asked whether ...": a question put, not a proposition (with [negation] ``whether``)."""
    future_words: LowerWords = ()
    """A statement with one of these is about the future (an open question when hedged)."""
    scene_prepositions: LowerWords = ()
    """Reporter's scene-setting, never a claim: a sentence with no cue that opens (after at most one
    phrase and a comma) on one of these before a place ("Outside a shopping centre", "Devant le portail",
    "Vor dem Werkstor") and names a day or a part of one ([time] weekdays, day parts) near its start."""


class When(Section):
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
