"""Lexicon section for who said what: subjects, cue extensions, the content after a cue, inverted cues."""

from __future__ import annotations

from pydantic import Field

from .types import Counts, LowerWords, Section, Words


class Attributions(Section):
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
    participle_leads: LowerWords = ()
    """What may open such a participle: ", en précisant que ..." (the gerund's "en")."""
    split_keeps: LowerWords = ()
    """ ", sans confirmer le nombre ...", ", without saying when ...": after a comma, a second content of the
    same cue that keeps these words (they make it an open question, certainty unknown)."""
    participle_cues: LowerWords = ()
    """ "The court dismissed the case, ruling that ...": a participle of speech after a main clause."""
    stance_verbs: LowerWords = ()
    """A speech act that takes a stand on something named, not a reported proposition: "X criticised the
    decision", "Y welcomed the ruling": the sentence is a claim of X's (X named before the verb)."""
    first_verbs: LowerWords = ()
    """The main clause's verb before such a participle, besides ``first_verb_suffixes``."""
    first_verb_suffixes: Counts = Field(default_factory=dict)
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
    pronoun_addressees: LowerWords = ()
    """What may open the addressee right after an inverted pronoun subject ('"...," sagte er dem Kurier',
    '«...», dijo ella a este diario'): the pronoun is still the subject."""
    pronoun_adjuncts: LowerWords = ()
    """What may open an adverbial right after an inverted pronoun subject ('"...," sagte er nach der Sitzung',
    '"...," sagte sie unserer Zeitung'): the pronoun is still the subject, not a noun phrase it opens."""
    title_abbreviations: Words = ()
    """ "Dr.", "Sra." before an inverted subject's name."""
    inverted_determiners: LowerWords = ()
    """An inverted subject may start with these: '"...," said a spokesperson'."""
    relative_subjects: LowerWords = ()
    """A subject that is only this is a relative pronoun, not a source: "which", "quien"."""
    partitive_subjects: LowerWords = ()
    """A subject that is only this is one member of the group last named ("Two guards spoke to us. One of
    them said ..."): "one of them", "the other", "l'un d'eux", "uno de ellos"."""
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
    anaphoric_contents: LowerWords = ()
    """The whole content before a cue when it points back at the sentence before ("Das teilte das
    Unternehmen mit.", "Así lo anunció X", "C'est ce qu'a annoncé X"): that sentence is the cue's claim."""
    reported_forms: LowerWords = ()
    """Finite verb forms that mark a clause as reported speech by themselves (German Konjunktiv I: "sei",
    "habe", "müsse"): a sentence with no cue that has one outside quotations goes on reporting the speaker
    of the paragraph (or of the one before)."""
    own_possessives: LowerWords = ()
    """A possessive inside an "according to" cue ("nach seinen Angaben", "nach ihren Worten"): the source
    is the speaker the paragraph is already reporting."""
