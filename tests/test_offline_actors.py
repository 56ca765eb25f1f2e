"""Actors of the offline backend in English, French, Spanish and German, on short invented texts: kinds,
titles, institutions with their articles, acronyms, the publisher, and who is no actor."""

from __future__ import annotations

from summarize.schemas import BriefingDraft
from tests.offline_drafts import actor_with as _actor
from tests.offline_drafts import draft_in as _draft


def _names(draft: BriefingDraft) -> list[str]:
    return [a.name for a in draft.actors]


# --- German ---------------------------------------------------------------------------------------
def test_a_german_compound_has_the_kind_of_the_word_it_ends_with() -> None:
    draft = _draft(
        "Die Wasserschutzpolizei sucht seit Montag den See ab. Das Verteidigungsministerium erklärte am "
        "Dienstag, man beobachte die Lage. Die Luftwaffe sei nicht beteiligt, sagte ein Sprecher.",
        "de",
    )
    assert _actor(draft, "Die Wasserschutzpolizei").kind == "government"
    assert _actor(draft, "Das Verteidigungsministerium").kind == "government"
    assert _actor(draft, "Die Luftwaffe").kind == "military"


def test_a_german_genitive_article_splits_two_nouns_not_a_name() -> None:
    draft = _draft(
        "Die Zahl der Überflüge ist nach Angaben der Polizei gestiegen. Ursula von der Brügge, die "
        "Bürgermeisterin, sagte, sie sei besorgt. Das sei ein Problem, sagte sie.",
        "de",
    )
    names = _names(draft)
    assert not any("Zahl" in n or "Angaben" in n for n in names), names
    assert _actor(draft, "der Polizei").kind == "government"
    assert _actor(draft, "Ursula von der Brügge").kind == "person"


def test_a_german_compound_title_before_a_name_is_a_role() -> None:
    draft = _draft(
        "Der Sicherheitsexperte Jonas Feldkamp hält das für möglich. Die Lage sei ernst, sagte Feldkamp am "
        "Mittwoch. Er forderte mehr Personal.",
        "de",
    )
    actor = _actor(draft, "Jonas Feldkamp")
    assert actor.kind == "person"
    assert actor.role and "Sicherheitsexperte" in actor.role


def test_a_capitalised_generic_noun_after_an_article_is_the_body_named_before() -> None:
    draft = _draft(
        "Die Stadt Morbach prüft ein Verbot. Die Stadt habe bereits mit dem Anbieter gesprochen, sagte eine "
        "Sprecherin am Montag. Das sei kein Einzelfall, sagte sie.",
        "de",
    )
    city = _actor(draft, "Stadt Morbach")
    assert city.kind == "government"
    assert sum(a.name == "Stadt" for a in draft.actors) == 0


def test_a_demonstrative_newspaper_is_the_publisher() -> None:
    draft = _draft(
        "Die Klinik schließt ihre Station. Das sagte ein Sprecher des Betreibers dieser Zeitung am Montag. "
        "Die Beschäftigten seien informiert worden, sagte er.",
        "de",
    )
    assert _actor(draft, "dieser Zeitung").kind == "publisher"


# --- French ---------------------------------------------------------------------------------------
def test_an_elided_article_is_no_part_of_a_french_name_and_an_acronym_stands_for_its_body() -> None:
    draft = _draft(
        "L’agence de contrôle des eaux (ACE) a ouvert une enquête, a indiqué la préfecture. Selon l’ACE, "
        "les prélèvements ont dépassé le seuil autorisé. D’après Le Courrier du Lac, la commune conteste.",
        "fr",
    )
    names = _names(draft)
    assert not any(n.startswith(("D’après", "L’")) for n in names), names
    acronyms = [a for a in draft.actors if "ACE" in a.name or "l’ACE" in a.mentions]
    assert len(acronyms) == 1, [(a.name, a.mentions) for a in acronyms]


def test_a_french_outlet_by_its_first_word_and_the_masthead_line_is_the_publisher() -> None:
    text = (
        "Sécheresse : la commune limite l’arrosage\n\nPar Claire Dumont\n\nLa Gazette du Morvan | Publié le 3 juin\n\n"
        "La commune a annoncé mardi de nouvelles restrictions. « Nous n’avons pas le choix », a déclaré le maire, "
        "Paul Renard, à La Gazette du Morvan."
    )
    draft = _draft(text, "fr")
    assert _actor(draft, "La Gazette du Morvan").kind == "publisher"


def test_a_unicode_dateline_names_the_publisher() -> None:
    text = (
        "SAINT-ÉLOI-DES-BOIS, 4 mars (L’Écho des Collines) – Le parquet a ouvert une enquête visant une "
        "entreprise locale. « Les faits sont graves », a déclaré le procureur, Marc Vidal, mardi."
    )
    draft = _draft(text, "fr")
    assert _actor(draft, "L’Écho des Collines").kind == "publisher"


# --- Spanish --------------------------------------------------------------------------------------
def test_spanish_institution_words_and_the_byline_line_name_the_publisher() -> None:
    text = (
        "Los regantes niegan las extracciones\n\nPor Marta Ruiz | El Heraldo del Valle\n\n"
        "La Consejería de Agricultura abrió un expediente, según explicó a este periódico un portavoz. "
        "La Comisión Supervisora de Aguas estudia el caso, dijo el portavoz."
    )
    draft = _draft(text, "es")
    assert _actor(draft, "El Heraldo del Valle").kind == "publisher"
    assert _actor(draft, "Consejería de Agricultura").kind == "government"
    assert _actor(draft, "Comisión Supervisora de Aguas").kind == "government"


# --- English --------------------------------------------------------------------------------------
def test_a_university_named_only_as_where_an_expert_works_is_no_actor() -> None:
    draft = _draft(
        "The port authority said on Monday that dredging would start in May. Nadia Orme, a hydrologist at "
        "Castlebury University, said the plan was sound. The authority did not say how much it would cost.",
        "en",
    )
    assert "Castlebury University" not in _names(draft), _names(draft)
    assert _actor(draft, "Nadia Orme").kind == "person"


def test_a_university_that_speaks_is_an_actor() -> None:
    draft = _draft(
        "Castlebury University said on Monday that it would close its marine station. The decision was "
        "taken after a review, the university said.",
        "en",
    )
    assert "Castlebury University" in _names(draft), _names(draft)


def test_a_group_noun_inside_an_embedded_question_is_no_actor() -> None:
    draft = _draft(
        "A council spokeswoman declined to say whether inspectors had visited the site. The council said "
        "on Tuesday that the site was safe.",
        "en",
    )
    assert not any("inspectors" in n.lower() for n in _names(draft)), _names(draft)


def test_a_named_agency_or_authority_is_a_government_body() -> None:
    draft = _draft(
        "The Northfield Water Quality Agency said on Monday that the river was safe. The Westmarch Transport "
        "Authority said it would reopen the bridge on Friday.",
        "en",
    )
    assert _actor(draft, "Northfield Water Quality Agency").kind == "government"
    assert _actor(draft, "Westmarch Transport Authority").kind == "government"


def test_a_source_headed_by_a_person_is_a_person_and_by_people_a_group() -> None:
    draft = _draft(
        "A ministry spokesperson said on Monday that the talks would continue. Two council employees said "
        "they had been told to stay silent.",
        "en",
    )
    assert _actor(draft, "A ministry spokesperson").kind == "person"
    assert _actor(draft, "Two council employees").kind == "group"


def test_a_name_after_a_noun_of_its_kind_is_a_body_unless_its_surname_is_used_alone() -> None:
    draft = _draft(
        "The deal was announced by the shipping group Tarrow Lines on Monday. Tarrow Lines said the sale "
        "would close in May. The property developer Mara Quill denied wrongdoing. Quill said she would appeal.",
        "en",
    )
    assert _actor(draft, "Tarrow Lines").kind == "organization"
    assert _actor(draft, "Mara Quill").kind == "person"


def test_a_name_before_which_is_no_person() -> None:
    draft = _draft(
        "Harbour Parking, which runs the town's car parks, said fees would rise in April. The council "
        "said it had not been consulted.",
        "en",
    )
    assert _actor(draft, "Harbour Parking").kind == "organization"


def test_the_subject_of_an_inverted_cue_is_no_appositive_of_the_name_before() -> None:
    draft = _draft(
        "Club officials were offered money to back the incumbent, Marco Bellandi, the league said on Monday. "
        "Bellandi denied the claim.",
        "en",
    )
    assert _actor(draft, "Marco Bellandi").kind == "person"


def test_a_right_node_raised_denial_is_one_denial_and_two_propositions_are_two() -> None:
    raised = _draft(
        "The mayor, Tomas Brell, rejected the accusation on Monday. “I have never promised, and nobody working "
        "for me has ever promised, a contract to anyone,” he said.",
        "en",
    )
    assert len([d for d in raised.denials if d.kind == "explicit_denial"]) == 1
    two = _draft(
        "The mayor, Tomas Brell, rejected the accusation on Monday. “I never met the contractor, and I never "
        "signed the permit,” he said.",
        "en",
    )
    assert len([d for d in two.denials if d.kind == "explicit_denial"]) == 2


def test_a_german_common_noun_or_a_number_word_does_not_open_a_persons_name() -> None:
    draft = _draft(
        "Ein Vorfall Ende Mai beschäftigte die Feuerwehr. Der Vorfall sei ernst, sagte Feuerwehrchef Erik Lind. "
        "Zwölf Bewohner mussten das Haus verlassen, sagte er.",
        "de",
    )
    names = _names(draft)
    assert not any(n.startswith(("Vorfall", "Zwölf")) for n in names), names
    assert _actor(draft, "Erik Lind").kind == "person"


def test_a_name_after_an_article_is_a_body_and_after_de_a_place() -> None:
    draft = _draft(
        "Los Amigos del Río denunciaron el vertido, según explicó su portavoz, Ana Ferrer. El vertido llegó al "
        "centro de Santa Lucía, dijo Ferrer.",
        "es",
    )
    assert _actor(draft, "Amigos del Río").kind == "organization"
    assert "Santa Lucía" not in _names(draft)
    assert _actor(draft, "Ana Ferrer").kind == "person"


def test_a_name_shortened_to_its_first_words_after_an_article_is_the_body_named_before() -> None:
    draft = _draft(
        "Die Staatsanwaltschaft Kornstadt ermittelt gegen zwei Männer. Ein Sprecher der Staatsanwaltschaft "
        "sagte am Montag, die Ermittlungen dauerten an. Der Landkreis Ebersfeld und der Konzern Helmrich "
        "streiten seit Monaten. Die Verwaltung des Landkreises wies die Vorwürfe zurück.",
        "de",
    )
    office = [a for a in draft.actors if "Staatsanwaltschaft" in a.name and a.kind == "government"]
    assert len(office) == 1, [(a.name, a.mentions) for a in draft.actors]
    assert "der Staatsanwaltschaft" in office[0].mentions
    assert "des Landkreises" in _actor(draft, "Landkreis Ebersfeld").mentions


def test_french_role_apposition_and_an_institution_with_its_place() -> None:
    draft = _draft(
        "Le parquet de Montclair a ouvert une enquête, a indiqué la préfecture. La commune conteste les faits, "
        "selon le maire, Paul Rivet. « Nous n’avons rien à cacher », a déclaré Paul Rivet.",
        "fr",
    )
    assert _actor(draft, "Le parquet de Montclair").kind == "government"
    mayor = _actor(draft, "Paul Rivet")
    assert mayor.role == "maire"
    assert "Maire" not in _names(draft)


def test_his_countrys_intelligence_is_resolved_through_the_persons_nationality() -> None:
    draft = _draft(
        "Norwegian Foreign Minister Lars Dahl said on Monday that his country's intelligence had seen no sign "
        "of the convoy. The ministry declined to comment further.",
        "en",
    )
    intel = _actor(draft, "his country's intelligence")
    assert intel.name == "Norwegian intelligence"
    assert intel.kind == "intelligence"


def test_a_surname_used_with_a_reflexive_is_a_person_and_a_known_surname_is_that_person() -> None:
    draft = _draft(
        "Varga himself has not denied the reports, saying only that he would wait for the inquiry. "
        "Minister Elena Sorel said the inquiry would report in May. Sorel added that it was independent.",
        "en",
    )
    assert _actor(draft, "Varga").kind == "person"
    assert "Sorel" in _actor(draft, "Elena Sorel").mentions


def test_unnamed_officials_are_an_anonymous_group_with_a_role() -> None:
    draft = _draft(
        "The convoy left the port on Sunday, unnamed officials told the Harbour Gazette. The port authority "
        "said it had not been informed.",
        "en",
    )
    officials = _actor(draft, "unnamed officials")
    assert officials.name == "Unnamed officials"
    assert officials.identification == "anonymous" and officials.role


def test_an_anonymous_role_is_named_with_its_body_and_a_crowd_is_anonymous() -> None:
    draft = _draft(
        "The Harbour Board raised its fees on Monday. A spokesperson for the board said the rise was modest. "
        "Analysts were cautious about the effect on trade.",
        "en",
    )
    spokesperson = _actor(draft, "A spokesperson for the board")
    assert spokesperson.name == "Spokesperson for the board" and spokesperson.kind == "person"
    assert _actor(draft, "Analysts").identification == "anonymous"


def test_a_french_institution_named_with_its_place_and_then_alone_is_one_actor() -> None:
    draft = _draft(
        "Un incendie a touché l’usine, obligeant la préfecture de Haute-Loire à fermer la route. "
        "Selon la préfecture, le feu est maîtrisé. La préfecture n’a pas donné de bilan.",
        "fr",
    )
    prefecture = [a for a in draft.actors if "préfecture" in a.name.lower()]
    assert len(prefecture) == 1, [(a.name, a.mentions) for a in prefecture]
    assert prefecture[0].name.endswith("de Haute-Loire")


def test_a_german_common_noun_before_a_name_is_the_persons_description() -> None:
    draft = _draft(
        "Der Ingenieur Thomas Kessler hält weitere Schäden für wahrscheinlich. In der Innenstadt von Hellbach "
        "fiel das Wasser aus, sagte Kessler.",
        "de",
    )
    kessler = _actor(draft, "Thomas Kessler")
    assert kessler.kind == "person" and kessler.role == "Ingenieur"
    assert not any("Hellbach" in n or "Innenstadt" in n for n in _names(draft)), _names(draft)


def test_a_possessive_role_before_a_name_and_an_anonymous_source_named_in_full() -> None:
    draft = _draft(
        "« Nous contestons ces chiffres », a affirmé son secrétaire général, Karim Belaid, mardi. D’après une source "
        "proche du dossier, la préfecture pourrait intervenir jeudi.",
        "fr",
    )
    assert _actor(draft, "Karim Belaid").role == "son secrétaire général"
    source = _actor(draft, "une source proche du dossier")
    assert source.name == "Source proche du dossier" and source.identification == "anonymous"


def test_a_german_title_person_of_an_institution_splits_at_von() -> None:
    draft = _draft(
        "Der Sicherheitsexperte Jonas Brandt von der Akademie für Verkehrsfragen hält das für möglich. "
        "„Das ist nahezu sicher“, sagte Brandt.",
        "de",
    )
    assert _actor(draft, "Jonas Brandt").kind == "person"
    assert _actor(draft, "Akademie für Verkehrsfragen").kind == "organization"


def test_an_outlet_named_in_quotes_after_its_noun_and_the_noun_again_is_that_outlet() -> None:
    draft = _draft(
        "Nach Recherchen des Magazins „Lageplan“ stammen die Drohnen aus dem Ausland. Das Magazin beruft sich "
        "auf Sicherheitskreise. Die Polizei sagte am Montag, man ermittle.",
        "de",
    )
    outlet = _actor(draft, "Lageplan")
    assert outlet.kind == "media" and "Das Magazin" in outlet.mentions
    assert "Magazins" not in _names(draft)


def test_names_with_particles_and_spanish_double_surnames() -> None:
    spanish = _draft(
        "La consejera María de la Fuente Ruiz dijo el lunes que el plan seguirá adelante. De la Fuente añadió "
        "que habrá más controles. Según Fuente Ruiz, el coste es bajo.",
        "es",
    )
    maria = _actor(spanish, "María de la Fuente Ruiz")
    assert {"De la Fuente", "Fuente Ruiz"} <= set(maria.mentions)
    assert maria.role == "consejera"
    assert len(spanish.actors) == 1, _names(spanish)
    german = _draft(
        "Die Kommissionspräsidentin Ulrike von der Heide sagte am Montag, man sei vorbereitet. Von der Heide "
        "forderte mehr Geld.",
        "de",
    )
    assert "Von der Heide" in _actor(german, "Ulrike von der Heide").mentions
    dutch = _draft("Minister Jan van Dijk said on Monday the dikes were safe. Van Dijk added more.", "en")
    assert _actor(dutch, "Jan van Dijk").role == "Minister"


def test_a_description_in_apposition_before_a_name_is_that_actors_role() -> None:
    draft = _draft(
        "The owner of the ferry, Kaskel Bulk Shipping, did not respond to a request for comment. The director "
        "of the port office, Julian Strand, said the route was safe.",
        "en",
    )
    owner = _actor(draft, "Kaskel Bulk Shipping")
    assert owner.kind == "organization" and owner.role == "owner of the ferry"
    assert _actor(draft, "Julian Strand").role == "director of the port office"
    assert not any(n.startswith(("Owner", "Director")) for n in _names(draft)), _names(draft)


def test_a_name_that_reports_with_no_sign_of_a_person_is_an_outlet_and_a_republic_a_country() -> None:
    draft = _draft(
        "Rinkside Europa reported on Sunday, citing three delegates, that staff had handed out vouchers. The "
        "truce between Calderra and the Tavish Republic held, the federation said.",
        "en",
    )
    assert _actor(draft, "Rinkside Europa").kind == "media"
    assert _actor(draft, "the Tavish Republic").kind == "country"


def test_a_name_spelt_out_before_its_acronym_and_the_article_that_opens_an_outlets_name() -> None:
    draft = _draft(
        "Selon l’association, la Société des remontées du Mont-Pelé (SRMP) aurait pompé trop d’eau. Un agent de "
        "la direction départementale des territoires (DDT) a indiqué qu’un contrôle avait eu lieu. La SRMP "
        "dément, selon La Voix du Pelé.",
        "fr",
    )
    company = _actor(draft, "la Société des remontées du Mont-Pelé")
    assert company.kind == "organization" and "La SRMP" in company.mentions
    assert _actor(draft, "DDT").name == "Direction départementale des territoires"
    assert _actor(draft, "La Voix du Pelé").kind in ("media", "publisher")


def test_french_institutions_with_adjectives_after_the_noun_and_a_bare_direction_is_none() -> None:
    draft = _draft(
        "L’opposition municipale lui reproche d’être juge et partie. La fédération départementale de pêche, qui "
        "a porté plainte, n’a pas répondu. Selon la direction régionale des douanes de Lauzac, le vin était mal "
        "étiqueté. La direction de l’usine s’est refusée à tout commentaire.",
        "fr",
    )
    assert _actor(draft, "L’opposition municipale").kind == "group"
    assert _actor(draft, "La fédération départementale de pêche").kind == "organization"
    assert _actor(draft, "la direction régionale des douanes de Lauzac").kind == "government"
    assert "La direction" not in _names(draft)


def test_a_headline_word_is_the_body_named_in_full_later_and_a_german_descriptor_is_no_part_of_a_name() -> None:
    spanish = _draft(
        "Sindicato y Consejería discrepan sobre la huelga\n\nLa Consejería de Sanidad cifró el seguimiento en un "
        "20 %, según un comunicado. La Consejería no dio más detalles.",
        "es",
    )
    assert [a.name for a in spanish.actors if "Consejería" in a.name] == ["Consejería de Sanidad"]
    german = _draft(
        "Die Stadt prüft ein Verbot für die Roller des Anbieters Korro Mobility. Die Betreibergesellschaft "
        "Velden Kliniken GmbH wies die Vorwürfe zurück, sagte ein Sprecher.",
        "de",
    )
    assert _actor(german, "Korro Mobility").kind == "organization"
    assert "Velden Kliniken GmbH" in _names(german), _names(german)


def test_kinds_of_sources_by_their_head_and_of_one_word_names_by_what_they_own() -> None:
    draft = _draft(
        "Opposition councillors said the plan was rushed. The police said no one was hurt. A clerk at the "
        "electoral commission said the count was over. Belmarch's trade ministry said talks would resume. "
        "Camp Harrowby, the holiday camp, has not responded.",
        "en",
    )
    assert _actor(draft, "Opposition councillors").kind == "group"
    assert _actor(draft, "The police").kind == "government"
    assert _actor(draft, "A clerk at the electoral commission").kind == "person"
    assert _actor(draft, "Belmarch").kind == "country"
    assert _actor(draft, "Camp Harrowby").kind == "organization"
