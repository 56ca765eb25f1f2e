"""Lexicon section for the editor's checks (:mod:`summarize.offline.readability`)."""

from __future__ import annotations

from .types import LowerWords, Section, Words


class Readability(Section):
    """What a sentence of a briefing never does (:mod:`summarize.offline.readability`): the checks a
    wire editor makes of every statement, BLUF line, question and actor name."""

    final_words: LowerWords = ()
    """A sentence never ends on one of these function words ("... a claim made days earlier by."), unless
    the word closes a quotation that ends the speaker's sentence (“... the works I relied on.”). Words
    that end sentences as pronouns, verbs or verb particles stay out: English "her" ("with her"), German
    "sein" (the infinitive: "... gewesen sein.") and the separable prefixes "mit", "nach", "bei" ("teilte
    ... mit")."""
    stranded_prepositions: LowerWords = ()
    # Subject pronouns that open a relative clause without "that" ("the partners it shares data with")
    contact_clause_subjects: LowerWords = ()
    """Of ``final_words``, the prepositions (and infinitive "to") a verb may strand at a sentence's end
    ("what it pays for", "was never acted on", "chose not to"): allowed after a verb form (a word ending in
    one of ``verb_suffixes``), after one of ``ellipsis_before_to`` (for "to"), after "to" and a verb ("a
    home to go to"), or in a clause with one of ``stranding_words`` (its object moved to the front)."""
    verb_suffixes: LowerWords = ()
    ellipsis_before_to: LowerWords = ()
    """Words after which "to" ends a clause by ellipsis ("not to", "need to")."""
    stranding_words: LowerWords = ()
    """Words that front a preposition's object ("what", "where", "which")."""
    first_person: Words = ()
    """Outside quotation marks, a statement speaks of its source in the third person: never these
    (case-sensitive, so "US" is not "us")."""
    opening_pronouns: Words = ()
    """A statement that opens on one of these points outside itself ("It did not confirm ...")."""
    finite_openers: LowerWords = ()
    """A statement that opens on one of these finite verbs or auxiliaries has lost its subject ("Could last
    up to five days."), unless a word of ``inverted_subjects`` follows ("Should the talks fail, ...")."""
    inverted_subjects: LowerWords = ()
    """After a finite opener, words that open its subject (an inverted conditional: "Had the board known");
    a word that ends in an apostrophe matches as a prefix (French "l'")."""
    capital_is_subject: bool = False
    """Whether a capitalised word after a finite opener is its subject ("Should Varesh refuse"): not in a
    language that capitalises every noun."""
    generic_actor_names: LowerWords = ()
    """A common noun is never an actor's whole name ("Report", "Company")."""
    crowd_nouns: LowerWords = ()
    """Alone, these name an unnamed group ("officials", "sources"): such an actor is anonymous."""
    placeholders: LowerWords = ()
    """Text that stands in for what should have been written ("the allegation reported in the article")."""
    pasted_question_starts: LowerWords = ()
    """A question that opens like this pastes a statement into a template ("is it established that")."""
    hedge_openers: LowerWords = ()
    """With a hedge word after it, a doubled hedge ("it is possible that ... may")."""
    hedge_words: LowerWords = ()
