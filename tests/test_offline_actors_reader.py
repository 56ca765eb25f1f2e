"""Actors as a reader would list them (issues 11 and 16 section 4), on short invented texts in English,
French, Spanish and German: the outlet the article addresses is its publisher, a person is never an
organisation, a company is never a person, and a common noun is never an actor's name."""

from __future__ import annotations

from summarize.schemas import BriefingDraft
from tests.offline_drafts import actor_with as _actor
from tests.offline_drafts import draft_in as _draft


def _publishers(draft: BriefingDraft) -> list[str]:
    return [a.name for a in draft.actors if a.kind == "publisher"]


# --- the publisher ----------------------------------------------------------------------------------
def test_a_byline_with_two_writers_and_one_comma_names_the_publisher() -> None:
    draft = _draft(
        "Storm closes the coast road\n\nBy Anna Berg and Tom Lind, The Westholm Star\n\n"
        "The coast road was closed on Monday after a storm, the county council said. Drivers were told "
        "to use the inland route.",
        "en",
    )
    assert _publishers(draft) == ["The Westholm Star"]


def test_a_byline_ending_on_the_writers_role_names_no_publisher() -> None:
    draft = _draft(
        "Storm closes the coast road\n\nBy Anna Berg, Transport Reporter\n\n"
        "The coast road was closed on Monday after a storm, the county council said.",
        "en",
    )
    assert _publishers(draft) == []


def test_a_byline_cell_after_the_outlet_is_no_part_of_its_name() -> None:
    draft = _draft(
        "Storm closes the coast road\n\nBy Anna Berg | The Westholm Post | Updated 6:10 p.m.\n\n"
        "The coast road was closed on Monday after a storm, the county council said.",
        "en",
    )
    assert _publishers(draft) == ["The Westholm Post"]


def test_a_german_outlet_told_in_quotation_marks_or_after_a_pronoun_is_the_publisher() -> None:
    quoted = _draft(
        "Die Stadt prüft den Fall. Ein Sprecher der Polizei bestätigte dem „Moorbacher Tageblatt“ am Montag "
        "die Ermittlungen. Weitere Angaben machte er dieser Zeitung nicht.",
        "de",
    )
    assert _publishers(quoted) == ["Moorbacher Tageblatt"]
    assert "dieser Zeitung" in _actor(quoted, "Moorbacher Tageblatt").mentions
    inverted = _draft(
        "Die Stadt prüft den Fall. „Wir wissen noch nichts“, sagte er dem Moorbacher Kurier. Die Polizei "
        "ermittelt seit Montag.",
        "de",
    )
    assert _publishers(inverted) == ["Moorbacher Kurier"]


def test_a_french_outlet_after_an_inverted_speech_verb_is_the_publisher() -> None:
    draft = _draft(
        "La mairie étudie le dossier. « Nous attendons le rapport », a-t-il déclaré à La Gazette du Pélan. "
        "Le préfet n’a pas répondu.",
        "fr",
    )
    assert _publishers(draft) == ["La Gazette du Pélan"]


# --- a person is never an organisation --------------------------------------------------------------
def test_a_french_role_of_a_body_before_a_name_is_a_persons() -> None:
    draft = _draft(
        "La mairie a ouvert une enquête. Le président de la coopérative, Paul Verlaine-Rocher, conteste les "
        "faits. « Nous n’avons rien caché », a déclaré M. Verlaine-Rocher.",
        "fr",
    )
    assert _actor(draft, "Paul Verlaine-Rocher").kind == "person"


def test_a_spanish_role_of_a_body_before_a_name_is_a_persons() -> None:
    draft = _draft(
        "La policía investiga el caso. Según la prensa, el director deportivo del club, Andrés Olmedo, figura "
        "entre los investigados. Olmedo no respondió a las preguntas.",
        "es",
    )
    assert _actor(draft, "Andrés Olmedo").kind == "person"


def test_a_party_acronym_after_a_persons_name_is_no_mention_of_the_person() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall. Bürgermeister Hans Berg (CDU) wollte sich nicht äußern. Die Polizei "
        "ermittelt seit Montag.",
        "de",
    )
    assert "CDU" not in _actor(draft, "Hans Berg").mentions


# --- a company is never a person --------------------------------------------------------------------
def test_a_name_spelt_out_before_its_acronym_is_a_body() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall. Die Freie Bürgerliste Moorbach (FBM) forderte am Montag Aufklärung. Die "
        "FBM sprach von Verschwendung.",
        "de",
    )
    actor = _actor(draft, "FBM")
    assert actor.kind == "organization"
    assert actor.role is None


def test_a_german_descriptor_noun_before_a_name_makes_it_a_body() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall. Die beauftragte Firma Brandt Tiefbau wies die Vorwürfe am Montag zurück. "
        "Die Polizei ermittelt.",
        "de",
    )
    assert _actor(draft, "Brandt Tiefbau").kind == "organization"


def test_a_name_whose_first_word_is_used_alone_is_a_bodys() -> None:
    draft = _draft(
        "Tremors shook the town on Monday. The wells are operated by Torvik Geothermal. Torvik said its "
        "own sensors recorded a smaller quake. The mayor, Anna Berg, said residents were worried. Berg "
        "called for a review.",
        "en",
    )
    actor = _actor(draft, "Torvik Geothermal")
    assert actor.kind == "organization"
    assert "Torvik" in actor.mentions
    assert _actor(draft, "Anna Berg").kind == "person"


def test_a_name_after_a_descriptor_and_its_adjective_is_a_bodys() -> None:
    fr = _draft(
        "La mairie étudie le dossier. Le bâtiment appartient au bailleur social Vallée Logis, qui devait "
        "engager des travaux en 2023, selon la préfecture.",
        "fr",
    )
    assert _actor(fr, "Vallée Logis").kind == "organization"
    en = _draft(
        "The plant closed on Monday. It is owned by the state-controlled utility Varnholm Kraft, the ministry said.",
        "en",
    )
    assert _actor(en, "Varnholm Kraft").kind == "organization"


def test_a_title_word_inside_a_bodys_name_makes_no_person() -> None:
    draft = _draft(
        "Nurses walked out on Monday. The Union of Health Workers said staff were exhausted. The union "
        "called for talks. Health Minister Jane Doe said talks would start.",
        "en",
    )
    assert _actor(draft, "Union of Health Workers").kind == "organization"
    assert _actor(draft, "Jane Doe").kind == "person"


def test_a_company_named_without_its_legal_form_is_the_same_company() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall. Die Betreibergesellschaft Nordwald Kliniken GmbH will die Station schließen. "
        "Nordwald Kliniken wies den Vorwurf am Montag zurück.",
        "de",
    )
    names = [a.name for a in draft.actors if "Nordwald" in a.name]
    assert len(names) == 1, names


# --- common nouns are never names -------------------------------------------------------------------
def test_an_unnamed_spokesman_is_listed_by_the_body_named_before_him() -> None:
    draft = _draft(
        "The insurer Harrowgate Mutual said on Monday it had suspended cover for the vessel. A spokesman "
        "declined to say when the review would be completed.",
        "en",
    )
    actor = _actor(draft, "A spokesman")
    assert actor.name == "Harrowgate Mutual spokesman"
    assert actor.affiliation == _actor(draft, "Harrowgate Mutual").id


def test_the_government_is_listed_as_the_article_writes_it() -> None:
    draft = _draft(
        "Teachers will strike next week, their union said on Monday. The government said the offer was "
        "final and that schools would stay open.",
        "en",
    )
    assert _actor(draft, "The government").name == "The government"


def test_a_report_is_listed_by_the_outlet_that_reported() -> None:
    draft = _draft(
        "The retailer Brindle Foods was hacked in May. The news site Datawatch reported, citing two people "
        "briefed on the matter, that the attackers used a stolen password. According to the report, the "
        "intruders had access for three weeks.",
        "en",
    )
    actor = _actor(draft, "the report")
    assert actor.name == "Datawatch report"


def test_a_name_never_ends_on_a_function_word() -> None:
    from summarize.offline.actor_table import ActorTable
    from summarize.offline.lexicon import load
    from summarize.offline.segment import segment
    from summarize.offline.spans import Span

    text = "Early surveys for the dam found no risk, engineers said."
    table = ActorTable(segment(text, load("en")))
    table.add("Early surveys for", "media", "institutional", Span(0, 17))
    assert [rec.name for rec in table.listed(set())] == ["Early surveys"]


def test_unnamed_residents_are_an_anonymous_group() -> None:
    from summarize.offline.actor_table import ActorTable
    from summarize.offline.lexicon import load
    from summarize.offline.segment import segment
    from summarize.offline.spans import Span

    text = "Residents who saw the signs said the water smelled."
    table = ActorTable(segment(text, load("en")))
    table.add("Residents who saw the signs", "group", "institutional", Span(0, 27))
    (rec,) = table.listed(set())
    assert (rec.identification, rec.role) == ("anonymous", "Residents who saw the signs")


def test_a_german_company_called_das_unternehmen_again_is_that_company() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall. Die Betreibergesellschaft Nordwald Kliniken GmbH will die Station "
        "schließen. Die Zahlen seien geprüft, teilte das Unternehmen mit.",
        "de",
    )
    assert "das Unternehmen" in _actor(draft, "Nordwald Kliniken GmbH").mentions


def test_a_report_is_the_body_that_introduced_it() -> None:
    draft = _draft(
        "In a report published on Tuesday, the Marlow Institute said fewer homes were built. Ministers "
        "disputed the figures on Wednesday and said the count was sound. Critics were unconvinced. The "
        "figure includes homes that were started but not finished, according to the report.",
        "en",
    )
    assert _actor(draft, "the report").name == "Marlow Institute report"


# --- institutions and names as the article writes them ----------------------------------------------
def test_a_lower_case_body_is_named_without_its_article_and_its_acronym_is_the_same_body() -> None:
    draft = _draft(
        "Des parents ont alerté la mairie. L’agence régionale de santé (ARS) a indiqué avoir été informée "
        "de symptômes. Selon l’ARS, aucune analyse n’est encore disponible.",
        "fr",
    )
    actor = _actor(draft, "ARS")
    assert actor.name == "Agence régionale de santé"
    assert actor.kind == "government"
    assert "L’agence régionale de santé" in actor.mentions


def test_an_ampersand_joins_a_bodys_name() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall. Die Gewerkschaft Holz & Papier kündigte für die kommende Woche Streiks "
        "an. Das mit dem Bau beauftragte Planungsbüro Brandt & Partner erklärte dagegen, es habe die Stadt "
        "gewarnt.",
        "de",
    )
    assert _actor(draft, "Gewerkschaft Holz & Papier").kind == "organization"
    assert any("Brandt & Partner" in a.name and a.kind == "organization" for a in draft.actors)


# --- unnamed sources --------------------------------------------------------------------------------
def test_unnamed_people_of_a_trade_are_anonymous_sources_in_french_and_spanish() -> None:
    fr = _draft(
        "La mairie a ouvert une enquête lundi. Un libraire du centre-ville a confirmé que les ventes avaient doublé.",
        "fr",
    )
    bookseller = _actor(fr, "Un libraire du centre-ville")
    assert (bookseller.kind, bookseller.identification) == ("person", "anonymous")
    assert any(c.source == bookseller.id for c in fr.claims)
    es = _draft(
        "La policía investiga el caso desde el lunes. Según una persona cercana a la investigación, el "
        "club pagó a los jugadores.",
        "es",
    )
    close = _actor(es, "una persona cercana a la investigación")
    assert (close.kind, close.identification) == ("person", "anonymous")


def test_german_circles_are_an_anonymous_group_with_whose_circles_they_are() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall seit Montag. Aus Regierungskreisen in der Hauptstadt hieß es, man habe "
        "nichts gewusst.",
        "de",
    )
    circles = _actor(draft, "Regierungskreisen in der Hauptstadt")
    assert (circles.kind, circles.identification) == ("group", "anonymous")
    assert not any(a.name.startswith("Aus ") for a in draft.actors)


def test_an_unnamed_source_with_its_anonymity_clause_is_a_mention_too() -> None:
    draft = _draft(
        "La policía investiga el caso desde el lunes. Según un jugador de la plantilla que pidió no ser "
        "identificado, todos lo sabían.",
        "es",
    )
    actor = _actor(draft, "un jugador de la plantilla")
    assert "un jugador de la plantilla que pidió no ser identificado" in actor.mentions


def test_a_one_word_name_after_a_lower_case_noun_of_its_kind_is_a_body() -> None:
    es = _draft(
        "La policía investiga el caso desde el lunes. La empresa de control de apuestas Sportvigil detectó "
        "movimientos anómalos, según la federación.",
        "es",
    )
    assert _actor(es, "Sportvigil").kind == "organization"
    fr = _draft(
        "Le jury se réunira lundi. Selon une étude de l’institut Lectoscope, les ventes ont doublé. Le "
        "syndicat des eaux de la Sirande n’a pas répondu.",
        "fr",
    )
    assert _actor(fr, "Lectoscope").kind == "organization"
    assert not any(a.name == "Sirande" for a in fr.actors)


def test_french_lower_case_bodies_of_education_and_agriculture_are_actors() -> None:
    draft = _draft(
        "La mairie a ouvert une enquête lundi. L’inspection académique a confirmé les faits. La chambre "
        "d’agriculture n’a pas répondu.",
        "fr",
    )
    assert _actor(draft, "L’inspection académique").kind == "government"
    assert _actor(draft, "La chambre d’agriculture").kind == "organization"


def test_a_german_supplier_noun_before_a_name_makes_it_a_body() -> None:
    draft = _draft(
        "Die Stadt prüft den Fall seit Montag. Der Autozulieferer Hallmann Antriebstechnik will 300 Stellen "
        "streichen, sagte ein Sprecher.",
        "de",
    )
    assert _actor(draft, "Hallmann Antriebstechnik").kind == "organization"


# --- kinds of bodies --------------------------------------------------------------------------------
def test_a_body_named_after_the_crowd_it_gathers_is_a_group() -> None:
    draft = _draft(
        "The plant reopened on Monday. The Varby Residents' Association said the tremors had cracked "
        "walls. The Varby Traders' Association said sales had fallen.",
        "en",
    )
    assert _actor(draft, "Varby Residents' Association").kind == "group"
    assert _actor(draft, "Varby Traders' Association").kind == "organization"


def test_a_political_party_is_an_organisation() -> None:
    draft = _draft(
        "The opposition Civic Dawn party on Wednesday accused the mayor of fraud. Civic Dawn said the count was wrong.",
        "en",
    )
    assert _actor(draft, "Civic Dawn").kind == "organization"


def test_a_name_spelt_out_to_its_acronym_is_not_a_generic_noun_for_another_body() -> None:
    draft = _draft(
        "La mairie a ouvert une enquête lundi. La Compagnie ferroviaire du Val (CFV) a supprimé des trains. "
        "Le Syndicat autonome des cheminots du Val (SACV) a dénoncé la situation.",
        "fr",
    )
    union = _actor(draft, "SACV")
    assert union.name == "Syndicat autonome des cheminots du Val"
    assert "SACV" not in _actor(draft, "CFV").mentions


def test_a_french_one_word_body_runs_through_its_adjective_and_complement() -> None:
    draft = _draft(
        "La mairie a ouvert une enquête lundi. Selon l’Office régional de l’immigration, le centre est "
        "plein. L’État a promis des places.",
        "fr",
    )
    assert _actor(draft, "l’Office régional de l’immigration").kind == "government"
    assert _actor(draft, "L’État").kind == "government"


def test_a_name_with_a_titles_word_and_a_bodys_appositive_is_a_body() -> None:
    draft = _draft(
        "Savers rushed to withdraw their money on Monday. Harlow Property Finance, the sister company named "
        "by the staff, did not respond to a request for comment.",
        "en",
    )
    assert _actor(draft, "Harlow Property Finance").kind == "organization"


def test_a_body_met_only_as_the_head_of_a_longer_name_is_not_listed_twice() -> None:
    draft = _draft(
        "Envoys for the government of Tarvel and the rebel council will meet on Friday, the mediators said. "
        "The rebel council said it wanted a ceasefire first.",
        "en",
    )
    names = [a.name.lower() for a in draft.actors]
    assert "the government" not in names and "government" not in names, names
    assert any("tarvel" in n for n in names), names
