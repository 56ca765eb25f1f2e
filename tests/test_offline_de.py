"""German attribution, hedges, negation and figures in the offline backend, on short invented texts."""

from __future__ import annotations

from tests.offline_drafts import claim_quoting as _claim
from tests.offline_drafts import drafter
from tests.offline_drafts import source_name as _source

_draft = drafter("de")


def test_a_pronoun_after_a_postposed_cue_is_the_speaker() -> None:
    draft = _draft(
        "Der Bürgermeister Karl Maier sagte am Montag, die Stadt sei bereit. "
        "Die Kosten seien höher als erwartet, sagte er. „Wir sind trotzdem gut vorbereitet“, sagte er."
    )
    assert _source(draft, _claim(draft, "Die Kosten seien")) == "Karl Maier"
    quoted = _claim(draft, "gut vorbereitet")
    assert _source(draft, quoted) == "Karl Maier"
    assert quoted.quote_type == "direct"


def test_verb_second_with_a_fronted_time_takes_the_subject_after_the_verb() -> None:
    draft = _draft("Am Montag sagte die Ministerin Eva Roth, die Lage sei ernst. Es gebe aber keinen Grund zur Panik.")
    claim = _claim(draft, "die Lage sei ernst")
    assert _source(draft, claim) == "Eva Roth"
    assert claim.cue == "sagte"


def test_a_separable_verb_is_one_cue_from_stem_to_particle() -> None:
    draft = _draft("Die Gewerkschaft der Fahrer teilte am Dienstag mit, der Streik sei nach drei Tagen beendet.")
    claim = _claim(draft, "der Streik sei")
    assert claim.cue == "teilte am Dienstag mit"
    assert claim.source is not None


def test_a_fronted_nach_angaben_without_a_comma_ends_its_source_at_the_finite_verb() -> None:
    draft = _draft(
        "Die Feuerwehr der Stadt Lorbach war mit vielen Kräften im Einsatz. "
        "Nach Angaben der Feuerwehr wurden mindestens 12 Menschen verletzt."
    )
    claim = _claim(draft, "mindestens 12")
    assert claim.cue == "Nach Angaben"
    assert "Feuerwehr" in _source(draft, claim)
    assert "wurden" not in _source(draft, claim)
    [figure] = claim.quantities
    assert (figure.bound, figure.low) == ("at_least", 12)


def test_soll_and_konjunktiv_ii_are_hedges_konjunktiv_i_is_not() -> None:
    draft = _draft(
        "Ein Sprecher der Polizei sagte, der Täter soll aus der Stadt stammen. "
        "Ein Sprecher der Polizei sagte, der Schaden sei gering."
    )
    hedged = _claim(draft, "soll aus der Stadt")
    assert hedged.certainty == "possible"
    assert [h.text for h in hedged.hedges] == ["soll"]
    plain = _claim(draft, "der Schaden sei gering")
    assert plain.certainty == "certain"
    assert plain.hedges == []


def test_german_negation_and_nicht_nur() -> None:
    draft = _draft(
        "Die Sprecherin der Stadt sagte, es habe keine Verletzten gegeben. "
        "Die Sprecherin der Stadt sagte, der Sturm habe nicht nur Bäume beschädigt."
    )
    assert _claim(draft, "keine Verletzten").polarity == "negative"
    assert _claim(draft, "nicht nur").polarity == "positive"


def test_german_figures_group_thousands_with_a_dot_and_decimals_with_a_comma() -> None:
    draft = _draft(
        "Der Konzern hat am Montag einen Umbau angekündigt. Dabei werden rund 1.400 Stellen gestrichen, "
        "die Kosten liegen bei 2,5 Prozent des Umsatzes."
    )
    figures = {q.text: (q.bound, q.low) for c in draft.claims for q in c.quantities}
    assert figures["rund 1.400"] == ("approximately", 1400)
    assert figures["2,5 Prozent"][1] == 2.5


def test_a_name_after_a_postposed_cue_is_its_subject_not_an_addressee() -> None:
    draft = _draft(
        "Die Initiative Saubere Luft legte am Montag einen Bericht vor. "
        "Der Betreiber habe von den Mängeln gewusst, erklärte Referentin Jana Vogt."
    )
    claim = _claim(draft, "von den Mängeln gewusst")
    assert "Jana Vogt" in _source(draft, claim)
    assert claim.cue == "erklärte"


def test_a_short_clause_before_the_cue_leaves_the_speaker_after_it() -> None:
    draft = _draft(
        "Die Stadt prüft ein Verbot der Roller. Die Geräte seien zu gefährlich, sagte ein Polizeisprecher. "
        "Der Plan sei gut, sagte die Ministerin am Montag. Die Stadt habe keine Wahl, sagte sie."
    )
    assert "sprecher" in _source(draft, _claim(draft, "zu gefährlich")).lower()
    minister = _source(draft, _claim(draft, "Der Plan sei gut"))
    assert minister.lower() in ("ministerin", "die ministerin")
    assert _source(draft, _claim(draft, "keine Wahl")) == minister


def test_nach_seinen_angaben_is_the_person_last_named() -> None:
    draft = _draft(
        "Ein Lagerarbeiter der Firma Rollwerk meldete sich bei dieser Zeitung. "
        "Nach seinen Angaben sollen defekte Akkus weiter eingesetzt worden sein."
    )
    claim = _claim(draft, "defekte Akkus")
    assert "lagerarbeiter" in _source(draft, claim).lower()
    assert claim.certainty != "certain"


def test_aus_x_hiess_es_makes_x_the_source() -> None:
    draft = _draft("Aus Regierungskreisen hieß es am Abend, der Minister werde zurücktreten. Die Opposition schwieg.")
    claim = _claim(draft, "der Minister werde zurücktreten")
    assert "regierungskreisen" in _source(draft, claim).lower()
    assert claim.cue == "hieß es"


def test_a_fronted_according_cue_ends_before_a_modal_verb() -> None:
    draft = _draft("Nach Angaben der Berufsfeuerwehr Kassel mussten die Einsatzkräfte seit Juli siebenmal ausrücken.")
    claim = _claim(draft, "siebenmal ausrücken")
    assert "Berufsfeuerwehr Kassel" in _source(draft, claim)
    assert next(a.kind for a in draft.actors if a.id == claim.source) == "government"


def test_a_relative_clause_before_a_postposed_cue_is_not_its_subject() -> None:
    draft = _draft(
        "Die Gewerkschaft kritisiert die Rechnung des Betreibers. In die Rechnung seien Kosten eingeflossen, "
        "die auch nach einer Schließung anfielen, erklärte Gewerkschaftssekretär Mehmet Aydın."
    )
    assert "Mehmet Aydın" in _source(draft, _claim(draft, "Kosten eingeflossen"))
    assert all("Rechnung" not in a.name for a in draft.actors)


def test_nach_ihren_angaben_with_no_name_before_is_the_person_last_described() -> None:
    # no person is named before the possessive: the noun phrase headed by a person's noun is the source
    draft = _draft(
        "Die Brauerei Helmsdorf steht in der Kritik. Eine Arbeiterin der Brauerei Helmsdorf berichtete am "
        "Dienstag von Problemen. Nach ihren Angaben wurden Proben monatelang nicht geprüft."
    )
    claim = _claim(draft, "Proben monatelang")
    assert _source(draft, claim) == "Arbeiterin der Brauerei Helmsdorf" and claim.cue == "Nach ihren Angaben"


def test_a_konjunktiv_i_sentence_without_a_cue_goes_on_reporting_the_speaker() -> None:
    draft = _draft(
        "Die Verkehrsministerin Lena Vogt sagte am Mittwoch, die neue Brücke werde im Herbst eröffnet. "
        "Die Bauarbeiten seien weitgehend abgeschlossen. "
        "Der Fluss trat im Frühjahr zweimal über die Ufer und überschwemmte mehrere Straßen."
    )
    reported = _claim(draft, "Die Bauarbeiten seien")
    assert _source(draft, reported) == "Lena Vogt"
    assert reported.certainty == "certain"
    narrated = _claim(draft, "Der Fluss trat")
    assert narrated.source != reported.source


def test_an_outlet_after_an_inverted_subject_is_its_addressee_not_the_speaker() -> None:
    draft = _draft(
        "Ein Lagerarbeiter der Firma Rollwerk, der anonym bleiben will, meldete sich bei der Lorbacher Rundschau. "
        "Nach seinen Angaben wurden die Geräte nie geprüft. "
        "„Das war allen egal“, sagte der Mann der Lorbacher Rundschau."
    )
    assert _source(draft, _claim(draft, "Das war allen egal")) == "Lagerarbeiter der Firma Rollwerk"


def test_a_person_pronoun_with_its_addressee_is_the_person_named_in_its_paragraph() -> None:
    draft = _draft(
        "Die Stadtverwaltung Lorbach erklärte am Freitag, die Halle werde bis Ende Mai gesperrt.\n\n"
        "Bürgermeister Jonas Albrecht verteidigte die Entscheidung am Montag im Stadtrat. "
        "„Wir hatten keine andere Wahl“, sagte er dem Lorbacher Boten."
    )
    assert _source(draft, _claim(draft, "keine andere Wahl")) == "Jonas Albrecht"


def test_an_inverted_pronoun_followed_by_a_time_is_still_the_speaker() -> None:
    draft = _draft(
        "Bürgermeister Jonas Albrecht verteidigte die Entscheidung im Stadtrat. "
        "„Eine Schließung der Halle steht nicht zur Debatte“, sagte er am Nachmittag."
    )
    assert _source(draft, _claim(draft, "steht nicht zur Debatte")) == "Jonas Albrecht"


def test_a_reportedly_soll_sentence_without_a_cue_goes_on_reporting_the_speaker() -> None:
    draft = _draft(
        "Die Fraktionschefin Birgit Lohmann sagte am Montag, die Verwaltung habe den Rat getäuscht. "
        "Ein Gutachten soll schon im Mai im Rathaus vorgelegen haben."
    )
    claim = _claim(draft, "Ein Gutachten soll")
    assert _source(draft, claim) == "Birgit Lohmann"
    assert [h.text for h in claim.hedges] == ["soll"]


def test_an_inverted_pronoun_followed_by_an_adverbial_is_still_the_speaker() -> None:
    draft = _draft(
        "Bürgermeisterin Ilse Vogtmann begründete den Haushalt mit den Zinsen. "
        "Die Rücklagen seien fast aufgebraucht, sagte sie nach der Ratssitzung. "
        "Die Gebühren würden steigen müssen, sagte sie unserer Zeitung."
    )
    assert _source(draft, _claim(draft, "Die Rücklagen seien")) == "Ilse Vogtmann"
    assert _source(draft, _claim(draft, "Die Gebühren würden")) == "Ilse Vogtmann"


def test_an_inverted_pronoun_is_the_person_named_in_its_own_paragraph_not_the_earlier_speaker() -> None:
    draft = _draft(
        "Die Elterninitiative sammelte Unterschriften, sagte ihre Sprecherin Hanna Wieland. "
        "„Wir geben nicht auf“, sagte Wieland.\n\n"
        "Bürgermeister Benedikt Kolbeck wies die Vorwürfe zurück. "
        "Die Zahlen der Initiative seien veraltet, sagte er."
    )
    assert _source(draft, _claim(draft, "seien veraltet")) == "Benedikt Kolbeck"


def test_a_quantifier_opens_no_persons_name() -> None:
    draft = _draft(
        "BERGHAUSEN. Die Stadtwerke Berghausen erhöhen den Strompreis im kommenden Jahr um zwölf Prozent.\n\n"
        "Geschäftsführer Lothar Brinkmann begründete die Erhöhung mit gestiegenen Kosten. Viele Anlagen seien "
        "mehr als 40 Jahre alt und müssten bald ersetzt werden, sagte er nach der Sitzung."
    )
    assert "Viele Anlagen" not in {a.name for a in draft.actors}
    assert _source(draft, _claim(draft, "Viele Anlagen")) == "Lothar Brinkmann"


def test_a_generic_noun_in_the_genitive_resolves_to_the_body_named_before() -> None:
    # "des Unternehmens" is the genitive of "Unternehmen": the company named before, not a group of its own
    draft = _draft("Der Konzern Halvo AG baut Stellen ab. Nach Angaben des Unternehmens sind 300 Stellen betroffen.")
    assert _source(draft, _claim(draft, "300 Stellen")) == "Halvo AG"
    assert all(a.name != "Des Unternehmens" for a in draft.actors)
