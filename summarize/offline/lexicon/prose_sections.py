"""Lexicon section for writing: the templates and words with which the offline backend words a
claim's statement, a denial, a BLUF line and an open question in the article's language
(:mod:`summarize.offline.statements`, :mod:`summarize.offline.bluf`, :mod:`summarize.offline.uncertainties`).

A template names its slots in braces: ``{source}`` (an actor's name), ``{clause}`` (a clause of the
article, its first word lower-cased when it is a function word), ``{quote}`` (the speaker's words,
verbatim), ``{by}`` (the respondent), ``{figure}``, ``{thing}``, ``{a}``, ``{b}``.
"""

from __future__ import annotations

from pydantic import Field

from .types import LowerWords, Names, Section, Words


class Prose(Section):
    """How the backend writes a sentence that stands alone."""

    said_that: str = ""
    """Every template is the language file's own (a section the file lists in ``own``, or English).
    A reported clause that opens on a pronoun pointing outside it: the speaker frames it ("It would
    recall ..." said by Veltrion -> "Veltrion said it would recall ...")."""
    said_quote: str = ""
    """A direct quotation in the first person, when no safe third-person rewrite exists: the speaker's
    words stay verbatim inside quotation marks."""
    said_that_plural: str = ""
    """``said_that`` for a group of speakers, where the verb agrees ("Deux témoins ont indiqué ...")."""
    said_quote_plural: str = ""
    reports_that: str = ""
    """A narrated clause that opens on a pronoun the actor table cannot resolve: the publisher frames it."""
    reports_quote: str = ""
    """A sentence of the article in the first person with no speaker (the publisher's own "our
    questions", or a quotation reported without its speaker): the publisher reports the words, quoted."""
    the_article: str = ""
    """The publisher's place in ``reports_that`` when the article names no publisher."""
    possessive: str = ""
    """An actor's name standing for a possessive pronoun ("Its forces" -> "Ruritania's forces"); empty
    where the language has no such form (then the clause is framed instead)."""
    elisions: Names = Field(default_factory=dict)
    """Joined where a template meets the clause ("que il" -> "qu'il")."""
    elide_before_vowel: Names = Field(default_factory=dict)
    """Where a slot's first word opens on one of ``vowels``, the word before it elides ("de" = "d'":
    "la version d'Inès Barbier")."""
    vowels: str = ""
    resolvable_pronouns: Words = ()
    """Opening subject pronouns of the third person that stand for the speaker or the actor the table
    resolves them to, as written at a sentence's start ("It", "He")."""
    any_kind_pronouns: LowerWords = ()
    """Pronouns of grammatical gender that stand for a person or a body alike (French "elle" for "la
    direction", German "sie" for "die Firma")."""
    possessive_pronouns: Words = ()
    """Opening possessive pronouns replaced by the actor's name in ``possessive`` ("Its", "His")."""
    expletive_followers: LowerWords = ()
    """After an opening "it", the words that make it the dummy subject ("it is too early"): never
    replaced by a name, always framed."""
    first_person_subjects: Words = ()
    """An organisation's first-person subject at a quotation's start ("We"), rewritten as its name."""
    first_person_third: Names = Field(default_factory=dict)
    """The first-person words of an organisation's quotation and their third-person forms ("our" = "its")."""
    verb_agreement: Names = Field(default_factory=dict)
    """After the subject becomes the organisation's name, these verbs agree with it ("are" = "is")."""
    verbs_that_agree: LowerWords = ()
    """Verbs that stay as they are after any subject (modals and past forms: "will", "had", "was")."""
    past_suffixes: LowerWords = ()
    """A verb ending so is a past form and stays as it is ("-ed")."""
    adverb_suffixes: LowerWords = ()
    """A word ending so between a subject and its verb is an adverb ("we deeply regret")."""
    factive_subordinators: LowerWords = ()
    """Conjunctions whose clause the sentence presupposes ("after", "because"): a clause split off on its
    own with one of these is stated without it. Not for a language whose subordinate clauses change word
    order (German "weil ... hat")."""
    opening_conjunctions: LowerWords = ()
    """A conjunction that opens a claim's sentence only ties it to the sentence before ("But closer is not
    close"): the statement drops it to stand alone, the evidence keeps it."""
    nonfinite_starts: LowerWords = ()
    """After such a conjunction, words that open a clause with no subject ("to", "being")."""
    nonfinite_suffixes: LowerWords = ()
    """After such a conjunction, a first word ending so has no subject ("rising")."""
    lowercase_when_embedded: LowerWords = ()
    """Opening words lower-cased when their clause is embedded in a template; any other word (a name,
    "North Korean") keeps its capital."""
    according_to: str = ""
    likely_by: str = ""
    """A BLUF line of a probable claim whose wording carries no hedge of its own."""
    possible_by: str = ""
    unconfirmed_by: str = ""
    name_articles: LowerWords = ()
    """The article a name takes when the text writes it with one ("the U.S."): kept before the name."""
    unstated_allegation: str = ""
    """A denial's target when the article states no claim at all it could answer."""
    denials: Names = Field(default_factory=dict)
    """A denial's statement by kind (``{by}`` the respondent); ``default`` for any other kind."""
    denials_of: Names = Field(default_factory=dict)
    """A denial's BLUF line by kind when it answers a claim: what was denied, ``{clause}`` (the allegation
    embedded) or ``{sentence}`` (the allegation as a sentence of its own); a kind without one keeps its
    statement."""
    q_figures: str = ""
    """Figures of one counted thing that disagree between sources."""
    q_conflict: str = ""
    q_answer: str = ""
    """An allegation awaiting a response; ``{allegation}`` is ``allegation_of`` or ``the_allegation``."""
    allegation_of: str = ""
    the_allegation: str = ""
    q_figure_confirmed: str = ""
    q_account_confirmed: str = ""
    q_unsourced_confirmed: str = ""
    """A claim the article makes in its own voice, hedged: has anyone confirmed it?"""
    q_named_source: str = ""
    q_future: str = ""
    """A future contingent whose clause could not be turned into a question by inversion."""
    question_auxiliaries: Names = Field(default_factory=dict)
    """Finite auxiliaries that open a yes/no question when moved before their subject, and the form they
    take there ("would" = "Will": reported speech shifted back)."""
    title_clause_breaks: tuple[str, ...] = ()
    """Where a title too long for its field may end without an ellipsis: before a trailing clause
    (", as speculation grows ..."), written with its comma and spaces."""
    apposition_copula: str = ""
    """The verb that states an apposition of the respondent as a sentence ("X, owner of the site, denied"
    -> "X is owner of the site")."""
    content_nouns: LowerWords = ()
    """Nouns of a report whose "that" clause is the proposition ("reports that ...", "informations selon
    lesquelles ..."); ``content_complementizers`` open that clause, ``finite_markers`` are verbs that show
    a sentence already began."""
    content_complementizers: LowerWords = ()
    finite_markers: LowerWords = ()
    elided_head_coordinators: LowerWords = ()
    subject_coordinators: LowerWords = ()
    """A conjunct after one of these that opens on a finite verb shares the subject of the one before ("the
    talks would open on Monday and could last ..." -> "The talks could last ...")."""
    speaker_conjunct_openers: LowerWords = ()
    """Such a conjunct that opens so continues the speech verb, not the reported clause: its subject is the
    speaker ("X said A but did not say who")."""
    speaker_conjunct_verbs: LowerWords = ()
    """Such a conjunct with one of these verbs among its first words continues the speech verb too ("could
    not yet say", "would not comment")."""
    demonstrative_complementizers: LowerWords = ()
    """A complementiser that is also a demonstrative pronoun: before a finite verb, it was the subject ("said
    that was not true")."""
    transfer_verbs: LowerWords = ()
    """Verbs of something given or passed on ("passed", "sent", "reported"): in a body's reported words, a
    thing pronoun after one of these and a ``recipient_prepositions`` ("had been passed to it") is the
    body itself, named so that the statement stands alone."""
    recipient_prepositions: LowerWords = ()
    dependent_openers: LowerWords = ()
    """Besides a gerund (a word of ``nonfinite_suffixes``), what opens a clause that depends on the one
    before it after a comma ("most of them children", "with up to 120 mm forecast"): it is stated after
    that clause, never alone."""
    time_clause_ends: LowerWords = ()
    """Conjunctions that end a time clause ("before the end of the month unless ..."): a short time clause
    before one dates its claim, it is no claim of its own."""
    wh_endings: LowerWords = ()
    """A conjunct of the speaker that ends on one of these says nothing on its own ("did not say who")."""
    verb_second: bool = False
    """Whether the finite verb comes second in a main clause (German): a statement cut after the words that
    opened its sentence ("Nach Angaben der Polizei wurden ...") takes them back."""
    """A conjunct after one of these that opens on a bare figure borrows the noun of the one before."""
    title_phrase_breaks: tuple[str, ...] = ()
    """Where such a title may end when it has no trailing clause: before a trailing prepositional phrase
    (" for a new round"). None in German, whose verb comes last."""
    hedged_question_modals: Names = Field(default_factory=dict)
    """Epistemic modals a question drops, with the opener it takes instead ("could" = "Will")."""
    question_dropped_adverbs: LowerWords = ()
    """Hedging adverbs a question drops after its auxiliary ("would almost certainly run out" -> "Will ...
    run out?"): it asks whether the event happens, not how sure the speaker was."""
    question_likelihood: Names = Field(default_factory=dict)
    """After a form of "be", a predicate of likelihood and the opener the question takes instead ("was
    unlikely to be agreed" -> "Will ... be agreed?")."""
    likelihood_adjectives: LowerWords = ()
    question_present_be: Names = Field(default_factory=dict)
    """A past "be" before a bare ``likelihood_adjectives`` word, asked in the present ("was likely" ->
    "Is ... likely?"): reported speech shifted back what the speaker said of the future."""
    backshifted_auxiliaries: LowerWords = ()
    """Auxiliaries of reported speech shifted back ("would", "was"): the question, asked in the present,
    ends before a condition whose verb was shifted back too ("unless a convoy got through")."""
    inability_modals: LowerWords = ()
    """Of ``hedged_question_modals``, those that state a past inability when negated ("could not produce
    the records"): no hedge to drop, so no question is made by dropping it."""
    question_perfects: dict[str, dict[str, str]] = Field(default_factory=dict)
    """After a dropped modal, the perfect's auxiliary ("have") and the openers it takes, ``singular``
    and ``plural`` ("Has" / "Have")."""
    plural_conjunctions: LowerWords = ()
    singular_s_endings: LowerWords = ()
    """Endings of singular nouns that end in "s" ("-ss", "-us"), so a subject is not read as plural."""
    perfect_auxiliaries: LowerWords = ()
    """Of ``question_auxiliaries``, those that are also main verbs ("had 37 reports"): moved only before
    a past participle."""
    would_resolve: Names = Field(default_factory=dict)
    """What would settle an open question, by its kind: ``conflict``, ``figures``, ``answer`` (``{by}``),
    ``confirm``."""
    question_mark: str = ""
    """The question's closing mark, with any space the language puts before it."""
    question_opener: str = ""
    """What opens a question in this language ("¿")."""
