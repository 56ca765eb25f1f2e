"""Lexicon sections for actors: names, places, organisations, roles, sources, the publisher, pronouns."""

from __future__ import annotations

from pydantic import Field

from .types import KindLists, Kinds, LowerWords, Names, Section, Words


class NameWords(Section):
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
    common_determiners: LowerWords = ()
    """Determiners of common nouns only ("a", "kein"): a capitalised word the article writes after one of
    these (or, where nouns are capitalised, after an article: "die Zahl") is a common noun ("ein Vorfall"),
    never a person's first name."""
    compound_exceptions: LowerWords = ()
    """Kind words that give no kind to a compound ending with them: "Innenstadt" is no city government."""
    capitalised_nouns: bool = False
    """Every noun is capitalised (German): an article before a capitalised word marks a common noun."""
    name_prepositions: LowerWords = ()
    not_name_endings: LowerWords = ()
    """Plural endings of abstract nouns ("Kündigungen", "inspections"): a word ending so is no person's name."""
    """ "le centre de Santa Irene", "les Marismas del Tardón": a capitalised name right after one of these (or
    an article) is a place's or a thing's, not a person's."""
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
    split_connectors: LowerWords = ()
    """Articles that join a noun to its genitive, never two parts of one name: "Zahl der Überflüge" is two
    words, not a name ("von der" stays inside one)."""
    elisions: LowerWords = ()
    """Elided words written onto the next ("l’", "d’"): "L’ARS" is the name "ARS", "D’après" no name."""
    elided_articles: LowerWords = ()
    """Of those, the articles: "l’ARS" is a mention of the ARS with its article, as "die Polizei" is."""
    genitive_articles: LowerWords = ()
    """Articles of the genitive only ("des", "eines"): "des Wasserzweckverbands Obere Sarne" names the
    "Wasserzweckverband Obere Sarne"."""
    compound_kinds: bool = False
    """Nouns compound (German): a word ending with a kind word is of that kind ("Wasserschutzpolizei",
    "Verteidigungsministerium"), and one ending with a title is a title ("Sicherheitsexperte")."""


class Places(Section):
    """Countries, capitals, demonyms, places: what is no actor, or a country."""

    countries: Words = ()
    country_acronyms: Words = ()
    """Acronyms (dots removed) that name a country or union: "US", "EU"."""
    country_keys: Names = Field(default_factory=dict)
    """Names (dots removed) of one country, to one key: ``America = "u.s."``."""
    capitals: Names = Field(default_factory=dict)
    """A capital used for its country's government: ``Kyiv = "Ukraine"``."""
    demonyms: Names = Field(default_factory=dict)
    """ ``Dutch = "Netherlands"``: "the Dutch government" belongs to the Netherlands."""
    demonym_suffixes: LowerWords = ()
    """Endings of a demonym not listed ("Lusenian" after "Lusenia")."""
    country_words: Words = ()
    """A name ending with one of these is a country's: "the Tavish Republic", "the United Kingdom"."""
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
    place_prepositions: LowerWords = ()
    """ "im Rathaus", "ins Krankenhaus": a one-word body named only after one of these, that neither speaks
    nor answers, is where something happens, not an actor."""
    jurisdictions: LowerWords = ()
    """ "The state Emergency Management Agency": the lower-case jurisdiction belongs to the mention."""
    country_possessions: LowerWords = ()
    """ "X's <ministry|president|troops>": X is a country."""


class Organisations(Section):
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
    """ "the Save Our Valley campaign": a name before one of these is a group."""
    business_after: LowerWords = ()
    """ "the Bramble Burger chain", "the opposition Civic Renewal party": a name before one of these is an
    organisation (a business, a party, a union)."""
    appositive_nouns: LowerWords = ()
    """ "Orlek Coaches, a local operator": an organisation, by its appositive."""
    legal_forms: Words = ()
    """ "GmbH", "Ltd", "SA": a company's legal form; the name without it ("Velden Kliniken") is the same body."""
    descriptor_adjectives: LowerWords = ()
    """ "le bailleur social X", "la empresa pública X": an adjective that may follow such a noun before the
    name it describes (languages whose adjectives follow their noun)."""
    descriptor_joiners: LowerWords = ()
    """ "l’association de défense de l’environnement X": what may join such a noun to its complement
    before the name it describes."""
    generic_nouns: KindLists = Field(default_factory=dict)
    """Nouns that stand for an organisation already named ("the company"), with the kinds they fit."""
    lc_kinds: Kinds = Field(default_factory=dict)
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
    lc_qualified_nouns: LowerWords = ()
    """Of those, the nouns that name an institution only with an adjective or a place after them ("la
    direction régionale", "le conseil départemental de X"); alone ("la direction") they are no actor."""
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
    academic_words: Words = ()
    """A university, school or hospital ("Halvergate University"): named only as where a speaker works ("a
    lecturer at X") and never a source, it is that person's affiliation, not an actor of its own."""
    authority_words: Words = ()
    """ "Palestinian Authority" is a government; "X Authority" without a demonym is a public body by its own
    name (a government, named)."""


class Roles(Section):
    """People by role, and groups that act."""

    role_nouns: LowerWords = ()
    """Nouns of a person's role: "minister", "spokesperson"."""
    source_nouns: LowerWords = ()
    """Nouns of a phrase that can be a source: "officials", "report"."""
    more_sources: LowerWords = ()
    """More such nouns, people of a trade or unnamed people: "lawyers", "one woman", "un vecino"."""
    compound_heads: LowerWords = ()
    """In a language that writes compounds as one word, a noun ending in this is a source noun too:
    German "Polizeisprecher", "Sicherheitsexperte", "GGP-Sekretär"."""
    person_heads: LowerWords = ()
    """Singular nouns for one unnamed person: "a dockworker who ..."."""
    crowd_body_nouns: LowerWords = ()
    """ "the Skarholm Residents' Association", "la Asociación de Afectados por X": a body named after the
    unnamed crowd it gathers is a group, not an organisation."""
    spokesperson_nouns: LowerWords = ()
    """ "A spokesman said": an unnamed person known only by one of these speaks for the body named just
    before, and is listed by it ("Northgate Mutual spokesman")."""
    document_nouns: LowerWords = ()
    """ "According to the report": a document known only by one of these is the last body's named before
    it, and is listed so ("Halden Institute report")."""
    spokesperson_of: str = ""
    """How such a person or document is listed: ``{body}`` and ``{noun}`` ("{body} {noun}"); empty, by the
    noun alone."""
    bare_body_nouns: LowerWords = ()
    """ "the government", "the authorities": a body named by this noun alone is listed as the article
    writes it, with its article ("The government"), not as a bare common noun."""
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
    possessive_determiners: LowerWords = ()
    """ "its chief executive, Sarah Quinton", "son secrétaire général, Karim X": a role before the name."""
    workplace_prepositions: LowerWords = ()
    """ "an economist at X", "profesor en la X": what comes before the place a person works."""
    first_name_indefinites: LowerWords = ()
    """ "A passenger who gave only her first name, Ingrid, said"."""
    first_name_followers: LowerWords = ()


class Sources(Section):
    """Noun phrases that act as sources ("unnamed officials", "a statement released after the meeting")."""

    np_cut: LowerWords = ()
    """A source phrase's head ends before one of these: "officials familiar with ..."."""
    partitive_quantifiers: LowerWords = ()
    """ "One of the employees": the whole partitive."""
    partitive_determiners: LowerWords = ()
    anonymous_starts: LowerWords = ()
    """A phrase opening so is an anonymous source: "two diplomats"."""
    negative_pronoun_after: LowerWords = ()
    """A source noun followed by one of these is a negative pronoun, no source: "personne ne sait"."""
    anonymous_nouns: LowerWords = ()
    anonymous_words: LowerWords = ()
    """A phrase with one of these anywhere is an anonymous source."""
    anonymous_alone: LowerWords = ()
    anonymous_adjectives: LowerWords = ()
    """ "unnamed officials", "anonymous staff": words that make a group before its noun anonymous."""
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
    thing_relatives: LowerWords = ()
    """ "Brightmoor Parking, which runs ...": a name before one of these is no person."""
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


class Publisher(Section):
    """How an article names its own outlet."""

    byline_words: Words = ()
    """ "By Jane Doe, Science Correspondent, The Daily Lamp"."""
    byline_roles: Words = ()
    """ "By Jane Doe, Business Reporter": a byline's last words that are the writer's role, not an outlet."""
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
    outlet_verbs: LowerWords = ()
    """ "Sportsline Europa reported on Sunday": what an outlet does and a person seldom does; a name with no
    sign of a person (no title, role or surname used alone) before one of these is an outlet."""
    self_references: Words = ()
    """ "sagte dieser Zeitung", "dijo a este periódico": the article's own outlet, named by a demonstrative."""
    desk_words: Words = ()
    """ "Redacción / Diario de la Bahía": a newsroom byline, then the outlet."""
    published_words: Words = ()
    """ "L'Éclaireur du Vireux | Publié le 6 mars": a masthead line, the outlet then its dateline."""


class Pronouns(Section):
    """Pronouns resolved to the last fitting actor."""

    person: LowerWords = ()
    thing: LowerWords = ()
    plural: LowerWords = ()
    # impersonal subject pronouns ("man", "on"): the speaker of the reported speech they stand in, or nobody
    impersonal: LowerWords = ()
