"""Lexicon sections for responses to allegations: one per denial kind, with the words its shapes use."""

from __future__ import annotations

from .types import LowerWords, Section, Words


class Kind(Section):
    phrases: LowerWords = ()
    """Plain cues of this kind: any of them in a sentence is the response ("no comment")."""


class NeitherConfirmNorDeny(Kind):
    """ "neither <confirm> nor <deny>", "<auxiliary> not <confirm or deny>", "<refusal> to <confirm or deny>"."""

    confirm: LowerWords = ()
    deny: LowerWords = ()
    auxiliaries: LowerWords = ()
    confirm_or_deny: LowerWords = ()
    neither: LowerWords = ()
    """The pair that frames "<neither> <confirm> <nor> <deny>": "neither ... nor", "ni ... ni", "weder ... noch"."""
    nor: LowerWords = ()
    refusal_leads: LowerWords = ()
    """ "<refusal lead> <refused confirm>": a refusal to confirm ("n'a pas voulu confirmer", "se negó a confirmar")."""
    refused_confirm: LowerWords = ()
    either_way: LowerWords = ()
    """ "<confirm> [up to three words] <either way>": "not in a position to confirm that either way"."""
    bracket_acts: LowerWords = ()
    """ "<modal refusal> ... <postposed negation> <act>": "wollte den Bericht nicht bestätigen"."""


class DeclinedToComment(Kind):
    """ "<refuser> [to] [immediately] <act>" ("declined to comment", "would not elaborate"); "<refusal> to
    <say verb>" unless a clause follows ("declined to say whether" is no refusal of comment)."""

    refusers: LowerWords = ()
    acts: LowerWords = ()
    answer_acts: LowerWords = ()
    """Acts that are a non-answer, not a refusal, after a ``non_answer`` ("did not answer questions")."""
    non_answer: LowerWords = ()
    say_verbs: LowerWords = ()
    not_before_say: LowerWords = ()
    bracket_acts: LowerWords = ()
    """ "<modal refusal> ... <postposed negation> <act>": "wollte sich nicht äußern"."""
    v2_acts: LowerWords = ()
    """ "<finite act> ... <postposed negation>" in one clause: "äußerte sich auf Anfrage nicht"."""
    referrals: LowerWords = ()
    """ "<referral> <referred> to": questions passed on to someone else ("referred questions to")."""
    referred: LowerWords = ()


class NoResponse(Kind):
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
    negated_leads: LowerWords = ()
    """ "<negated lead> [<adverb>] <negated verb>": "n'a pas répondu", "no ha contestado"."""
    negated_verbs: LowerWords = ()
    postposed_verbs: LowerWords = ()
    """ "<finite verb> ... <postposed negation>" in one clause: "antwortete nicht"."""
    leave_verbs: LowerWords = ()
    """ "<leave verb> ... <unanswered>": "ließ eine Anfrage unbeantwortet", "a laissé nos questions sans réponse"."""
    unanswered: LowerWords = ()
    evasive: LowerWords = ()
    """ "<no response> ... <evasive>" in one clause: "did not address the loan directly", "n'a pas répondu sur
    le fond": the party answered, but not the allegation (a non-denial denial)."""


class Equivocation(Kind):
    """ "<auxiliary> not [explicitly] <deny>": "has not denied"."""

    auxiliaries: LowerWords = ()
    adverbs: LowerWords = ()
    deny: LowerWords = ()
    negated_leads: LowerWords = ()
    """ "<negated lead> <negated deny>": "n'a pas démenti", "no la desmintió", "nicht dementiert"."""
    negated_deny: LowerWords = ()
    postposed_deny: LowerWords = ()
    """ "<finite deny verb> ... <postposed negation>" in one clause: "dementierte das nicht"."""
    avoid_verbs: LowerWords = ()
    """ "<avoid verb> [<link>] <position act>": "evitó pronunciarse", "a évité de se prononcer"."""
    avoid_links: LowerWords = ()
    avoid_acts: LowerWords = ()


class ConditionalJustification(Kind):
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
    adverbs: LowerWords = ()
    """ "<modal> [<adverb>] ...": "would only ever be approved once ..."."""
    copulas: LowerWords = ()
    """ "<opener> ... <copula> [<adverb>] <limit>": "any adjustment is always within the limits of our permit"."""
    limits: LowerWords = ()
    hypotheticals: LowerWords = ()
    """A conditional opening a sentence or quotation ("if", "si", "sollten") whose clause, after a comma, gives
    a ``justification``: the allegation granted as a hypothesis and justified ("si des camions sont venus,
    c'était en toute légalité")."""
    justifications: LowerWords = ()


class ExplicitDenial(Kind):
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
    dispute_anaphora: LowerWords = ()
    """ "<dispute verb> <anaphor>" closing the clause ("disputed that."): what was just said disputed, a
    denial only by the party concerned."""
    contested: LowerWords = ()
    contradict_verbs: LowerWords = ()
    """ "<contested> <contradict verb>": "the ministry's figures contradict the report" (a denial only when
    the respondent is the one the allegation is about, like ``dispute_verbs``)."""
    contradict_links: LowerWords = ()
    """Relative pronouns between the two: "its own figures, which contradict the report"."""
    separable_verbs: LowerWords = ()
    """ "<separable verb> ... <particle>" closing the clause: "wies die Vorwürfe zurück"."""
    separable_particles: LowerWords = ()
    stand_prepositions: LowerWords = ()
    """ "<stand> [<preposition>] <owner> [word] <object>": "stood by its figures", "maintient ses chiffres"."""
    standalone: LowerWords = ()
    """Rejections that need no object when they end the sentence ("The company pushed back on Monday.", "Le
    groupe a riposté.", "La empresa replicó."): in a sentence without a quotation (where they only report
    a reply)."""
    standalone_not_before: LowerWords = ()
    """What a standalone rejection must not go on with: an object makes it another verb ("pushed back the
    launch": postponed)."""
    label_as: LowerWords = ()
    """ "<as> <falsehood> <labelling verb>": "als „haltlos“ bezeichnet"."""


class NonDenialDenial(Kind):
    """Answers that deny nothing: "<perfect> <comply> [all] ... <rules>", "<remain> committed to"."""

    comply: LowerWords = ()
    rules: LowerWords = ()
    remain: LowerWords = ()
    commitments: LowerWords = ()
    deflections: LowerWords = ()
    """Deflections ("we will not engage in speculation", "our focus remains on"): a non-denial only in a
    response, i.e. after a question put to the party or right after its other response."""
    prefer_verbs: LowerWords = ()
    """ "<prefer verb> <deflect act>": "a préféré mettre en avant", "prefirió destacar"."""
    reporter_deflections: LowerWords = ()
    """The reporter saying the party answered beside the point ("did not address", "n'a pas donné de
    chiffre", "a répondu sur un autre terrain"): a non-denial whose substance is the party's quotation in
    the sentence right after, which is a second span of the same response. " … " in an entry stands for
    the words it encloses ("ging auf … nicht ein")."""
    beside_the_point: LowerWords = ()
    """Words by which the reporter says an answer was given, but not to the point ("did not address the
    hours directly"): such a deflection is a non_denial_denial even with no quotation of the party."""
    deflect_acts: LowerWords = ()


class ContentDenial(Kind):
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


class ContentNonDenial(Kind):
    """ "no <evidence> ... that <our>": the party's own absence of evidence."""

    evidence: LowerWords = ()
    own: LowerWords = ()


class Denials(Section):
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
    postposed_negations: LowerWords = ()
    """Negation after the finite verb, in languages that put it there ("nicht"); for several kinds' shapes."""
    negation_exceptions: LowerWords = ()
    """What a postposed negation must not go on with to count ("nicht nur": not only)."""
    modal_refusals: LowerWords = ()
    """Modals of a refusal bracket: "<modal> ... <postposed negation> <act>" ("wollte ... nicht äußern")."""
    but_words: LowerWords = ()
    """Partial denial: "<admission> ... <but> ... <but denial>" ("but", "mais", "aunque", "aber")."""
    quote_links: LowerWords = ()
    """Complementisers between a reply verb and its quotation: "a assuré que « ... »"."""
    limited_replies: LowerWords = ()
    """ "<limited reply>": a reply limited to a minimal statement ("s'est borné à", "sagte lediglich") is an
    equivocation; "<say verb> [word] <only word>" says the same ("sagte dazu lediglich")."""
    only_say_verbs: LowerWords = ()
    only_words: LowerWords = ()
    anaphora: LowerWords = ()
    """Words with which a response points back at what was just said ("on this", "ce point", "dazu", "den
    Bericht"): it answers the claim right before it."""
    figure_anaphora: LowerWords = ()
    """Of ``anaphora``, those that point back at a figure ("the figure", "ces chiffres", "diese Zahl"): the
    response answers the last claim before it that states one."""
    accusations: LowerWords = ()
    """Words stating an accusation ("accused", "reproche", "acusa", "vorwirft"): such a clause inside the
    response's own sentence ("X, der Y ... vorwirft, ließ ... unbeantwortet") is what it answers."""
    party_nouns: LowerWords = ()
    """Common nouns for the leadership of a body ("la direction", "the management", "die Geschäftsführung"): a
    response whose subject is one of them, with a determiner, is the response of the party the allegation
    before it concerns (the body it is about), not of someone new."""
    not_topics: LowerWords = ()
    """What a response is "about" that is no allegation: the request itself ("requests for comment", "emails")."""
