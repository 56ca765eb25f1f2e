"""French attribution in the offline backend, on short invented texts."""

from __future__ import annotations

from tests.offline_drafts import claim_quoting as _claim
from tests.offline_drafts import drafter
from tests.offline_drafts import source_name as _source

_draft = drafter("fr")


def test_any_speech_verb_inverts_after_the_clause_it_reports() -> None:
    draft = _draft(
        "La commune de Vallon a perdu son recours contre le projet de carrière, a annoncé mardi le maire, "
        "Paul Durand. Il a regretté une décision « incompréhensible » pour les habitants."
    )
    claim = _claim(draft, "a perdu son recours")
    assert "Paul Durand" in _source(draft, claim)
    assert claim.cue == "a annoncé"


def test_an_elided_article_does_not_hide_a_source_noun() -> None:
    draft = _draft(
        "Le procès s’est ouvert lundi à Lyon. L’avocat de la famille a affirmé que les preuves avaient été "
        "détruites avant l’audience."
    )
    claim = _claim(draft, "preuves avaient été")
    assert "avocat" in _source(draft, claim).lower()


def test_a_short_clause_then_an_inverted_cue_with_an_elided_article() -> None:
    draft = _draft(
        "L’association Eau Claire a porté plainte en mars contre la station. "
        "Les pompages ont eu lieu en pleine sécheresse, a rappelé l’association."
    )
    claim = _claim(draft, "Les pompages ont eu lieu")
    assert "Eau Claire" in _source(draft, claim)
    assert all("pompages" not in a.name for a in draft.actors)


def test_pour_a_person_opening_a_sentence_gives_that_persons_view() -> None:
    draft = _draft(
        "Le maire de Vallon est soupçonné d’avoir financé ses vacances avec l’argent de la commune. "
        "Pour le politologue Frédéric Anselme, de l’université de Lyon, il est « vraisemblable » que l’affaire "
        "pèse sur le parti. Pour la déléguée du syndicat, Nadia Ferhat, le cas de Vallon n’est pas isolé. "
        "Pour les habitants, la facture sera lourde."
    )
    view = _claim(draft, "vraisemblable")
    assert _source(draft, view) == "Frédéric Anselme" and view.cue == "Pour"
    assert _source(draft, _claim(draft, "le cas de Vallon")) == "Nadia Ferhat"
    assert _claim(draft, "la facture sera lourde").source is None or all(
        a.kind == "publisher" for a in draft.actors if a.id == _claim(draft, "la facture").source
    )


def test_selon_a_described_source_then_its_name_takes_the_name() -> None:
    draft = _draft(
        "Un incendie a ravagé mardi une usine chimique de Morvanel. Selon un expert en risques industriels, "
        "Marc Tessier, il est « peu probable » que l’eau du réseau soit durablement contaminée."
    )
    claim = _claim(draft, "peu probable")
    assert _source(draft, claim) == "Marc Tessier" and claim.cue == "Selon"


def test_a_role_whose_complement_is_a_body_then_a_name_is_that_persons_view() -> None:
    # the body's noun ("l'association") is the complement of a person's role noun: the name in apposition
    # is the person's, not the body's; the description folds into the person as the role
    draft = _draft(
        "Le projet de barrage divise la vallée. Pour la présidente de l’association, Hélène Marchal, le "
        "chantier menace la rivière. Pour le porte-parole du collectif, Julien Brossard, les travaux doivent "
        "cesser."
    )
    for needle, name, role in (
        ("menace la rivière", "Hélène Marchal", "présidente de l’association"),
        ("doivent cesser", "Julien Brossard", "porte-parole du collectif"),
    ):
        person = next(a for a in draft.actors if a.id == _claim(draft, needle).source)
        assert (person.name, person.kind, person.role) == (name, "person", role)
    assert not any(a.name.startswith(("Présidente", "Porte-parole")) for a in draft.actors)


def test_a_parenthesis_between_the_subject_and_its_cue_is_skipped() -> None:
    draft = _draft(
        "Le centre d’accueil de la ville est plein depuis le mois de septembre et les familles dorment dans les "
        "couloirs. Le maire de Valbonne, Paul Mercier (divers droite), a réclamé « un plan de répartition équitable » "
        "entre les communes du département."
    )
    assert "Paul Mercier" in _source(draft, _claim(draft, "plan de répartition"))


def test_sans_confirmer_after_a_cue_is_a_second_claim_left_open() -> None:
    draft = _draft(
        "L’école du quartier a été fermée lundi après une fuite de gaz dans la chaufferie du bâtiment principal. "
        "La mairie a indiqué avoir été informée de « malaises chez plusieurs élèves », sans confirmer le nombre "
        "d’enfants hospitalisés."
    )
    opened = _claim(draft, "sans confirmer le nombre")
    assert opened.certainty == "unknown"
    assert opened.evidence[0].quote.startswith("sans confirmer")


def test_en_precisant_que_after_a_postposed_cue_is_a_second_claim_of_the_speaker() -> None:
    draft = _draft(
        "L’école du quartier a été fermée lundi après une fuite de gaz dans la chaufferie du bâtiment principal. "
        "« Les symptômes devraient disparaître rapidement », a estimé le médecin Paul Mercier, en précisant "
        "qu’il n’avait pas examiné les enfants."
    )
    second = _claim(draft, "n’avait pas examiné")
    assert "Paul Mercier" in _source(draft, second)


def test_a_cue_set_inside_a_quotation_splits_it_into_two_claims_of_the_speaker() -> None:
    draft = _draft(
        "Deux anciens chauffeurs de la société décrivent des journées de quatorze heures sans pause.\n\n"
        "« On nous demandait de rouler toujours plus vite, a raconté Paul Mercier. Le soir, personne ne "
        "vérifiait les temps de repos. »\n"
    )
    first = _claim(draft, "rouler toujours plus vite")
    second = _claim(draft, "personne ne vérifiait")
    assert first is not second
    assert first.source == second.source
    assert first.quote_type == second.quote_type == "direct"
    assert _source(draft, first) == "Paul Mercier"


def test_a_spaced_closing_guillemet_ends_the_sentence_it_closes() -> None:
    from summarize.offline import lexicon
    from summarize.offline.segment import segment

    text = (
        "« Nous avons fait notre travail dans les vignes. » Selon lui, deux acheteurs auraient déjà suspendu "
        "leurs commandes."
    )
    sentences = [s.span.of(text) for s in segment(text, lexicon.load("fr")).sentences]
    assert sentences[-1].startswith("Selon lui")
    assert sentences[-2].endswith("»")


def test_a_closed_parenthesis_inside_the_subject_is_no_clause_break() -> None:
    draft = _draft(
        "Le centre de soins de la ville est plein depuis septembre et les familles attendent des heures. "
        "Le Syndicat des infirmiers (SDI) de Valbonne a indiqué que onze postes étaient vacants dans le service."
    )
    claim = _claim(draft, "onze postes")
    assert "Syndicat des infirmiers" in _source(draft, claim)
    assert claim.evidence[0].quote.startswith("Le Syndicat des infirmiers (SDI)")


def test_personne_before_ne_is_nobody_not_a_source() -> None:
    draft = _draft(
        "La fromagerie de Vallon est mise en cause par une association de consommateurs. « Le client paie "
        "pour un terroir, et on lui vend un fromage dont personne ne connaît l’origine, a déclaré sa "
        "présidente, Lise Morand. C’est une tromperie, et elle dure depuis des années. »"
    )
    claim = _claim(draft, "dont personne ne connaît")
    assert _source(draft, claim) == "Lise Morand"
    assert not any(a.name.lower().startswith("on ") for a in draft.actors)


def test_a_paragraph_ending_on_a_spaced_guillemet_is_running_text_not_a_standfirst() -> None:
    draft = _draft(
        "Fromages : une association accuse\n\n"
        "La fromagerie de Vallon vend ses produits depuis 1950. « Le client paie pour un terroir, a déclaré "
        "Lise Morand. C’est une tromperie. »\n\n"
        "Le maire a dit qu’il était en vacances."
    )
    assert _source(draft, _claim(draft, "paie pour un terroir")) == "Lise Morand"
    _claim(draft, "vend ses produits depuis 1950")


def test_a_bodys_denial_line_in_the_bluf_keeps_the_article_the_text_gives_it() -> None:
    draft = _draft(
        "Amiante : des parents accusent le département\n\n"
        "Des dalles contenant de l’amiante ont été retirées pendant les cours au collège de Vallon, a affirmé "
        "mardi l’association des parents d’élèves.\n\n"
        "Le conseil départemental de la Vère dément toute mise en danger des élèves. Selon le conseil "
        "départemental de la Vère, les travaux ont eu lieu pendant les vacances."
    )
    denial_lines = [b.text for b in draft.bluf if any(s.startswith("D") for s in b.supports)]
    assert denial_lines and all(line.startswith("Le conseil départemental") for line in denial_lines), draft.bluf
