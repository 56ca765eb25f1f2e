"""Which sentences become claims: page chrome, headlines and captions do not; on short invented texts."""

from __future__ import annotations

from summarize.offline.lexicon import load
from summarize.offline.segment import segment
from summarize.schemas import BriefingDraft
from tests.offline_drafts import drafter

_draft = drafter()


def _quotes(draft: BriefingDraft) -> list[str]:
    return [ev.quote for claim in draft.claims for ev in claim.evidence]


LEDE = (
    "The city council voted on Tuesday to close the Eastgate swimming pool next spring, "
    "saying repairs to its roof would cost more than 4 million crowns."
)


def test_a_long_headline_and_standfirst_above_the_lede_are_not_claims() -> None:
    text = (
        "Council votes to shut Eastgate pool as repair bill for its crumbling roof tops four million crowns\n\n"
        "Residents say the decision was taken without consultation; the council says it had no choice\n\n"
        f"{LEDE}\n\nThe pool opened in 1968 and draws about 90,000 swimmers a year.\n"
    )
    quotes = " ".join(_quotes(_draft(text)))
    assert "crumbling roof" not in quotes and "without consultation" not in quotes
    assert "90,000 swimmers" in quotes


def test_a_caption_with_its_credit_and_a_piped_byline_are_chrome() -> None:
    text = (
        "Eastgate pool to close\n\nBy Jane Okoro | The Eastgate Gazette | Updated 4:10 p.m.\n\n"
        f"{LEDE}\n\n"
        "Swimmers queue outside the pool on Saturday morning. (Photo: Jane Okoro)\n\n"
        "The pool opened in 1968 and draws about 90,000 swimmers a year.\n"
    )
    quotes = " ".join(_quotes(_draft(text)))
    assert "Swimmers queue" not in quotes and "Jane Okoro |" not in quotes
    assert "90,000 swimmers" in quotes


def test_a_related_link_label_is_chrome_in_spanish() -> None:
    text = (
        "El Ayuntamiento cerrará la piscina de Eastgate\n\n"
        "El pleno municipal aprobó el martes el cierre de la piscina, cuya reparación costaría "
        "más de cuatro millones.\n\n"
        "Lea también: Las piscinas municipales pierden usuarios por tercer año consecutivo\n"
    )
    lex = load("es")
    seg = segment(text, lex)
    related = [s for s in seg.sentences if "Lea también" in s.span.of(text)]
    assert related and all(s.chrome for s in related)


def test_a_line_without_a_full_stop_in_the_body_is_still_read_when_long() -> None:
    # below the lede, only short lines without a full stop are subheadings
    text = (
        f"Eastgate pool to close\n\n{LEDE}\n\n"
        "The council said the pool had lost money every year since 2015 and that no buyer had come forward for it\n"
    )
    assert any("lost money every year" in q for q in _quotes(_draft(text)))


def test_a_lede_figure_told_again_with_its_source_is_one_claim_with_both_spans() -> None:
    text = (
        "Crush at stadium\n\n"
        "At least 31 people were taken to hospital after a stampede at the Arena on Friday night.\n\n"
        "City police said on Saturday that 31 people had been taken to hospital, four of them in a serious "
        "condition.\n\nThe club has apologised.\n"
    )
    draft = _draft(text)
    restated = [c for c in draft.claims if any("31 people were taken" in ev.quote for ev in c.evidence)]
    assert len(restated) == 1
    claim = restated[0]
    assert len(claim.evidence) == 2 and "City police said" in claim.evidence[0].quote
    assert next(a.name for a in draft.actors if a.id == claim.source).lower().endswith("police")


def test_a_lede_without_the_same_figure_stays_its_own_claim() -> None:
    text = (
        "Crush at stadium\n\n"
        "At least 31 people were taken to hospital after a stampede at the Arena on Friday night.\n\n"
        "City police said on Saturday that 12 people had been taken to hospital, four of them in a serious "
        "condition.\n"
    )
    quotes = _quotes(_draft(text))
    assert any(q.startswith("At least 31 people") for q in quotes) and any("City police said" in q for q in quotes)


def test_one_of_them_is_a_member_of_the_group_last_named() -> None:
    draft = _draft(
        "Crush at the festival\n\n"
        "Two nurses at St Mary hospital told the Star that the wards were full on Saturday night. "
        "One of them said supervisors had asked twice for more staff. "
        "The other said a ward had been closed earlier in the evening.\n"
    )
    sources = {
        claim.evidence[0].quote.split()[1]: next(a.name for a in draft.actors if a.id == claim.source)
        for claim in draft.claims
        if claim.source is not None
    }
    group = sources.get("nurses")
    assert group is not None and group.startswith("Two nurses")
    assert sources.get("of") == group and sources.get("other") == group


def test_a_stance_taken_by_a_named_subject_is_that_subjects_claim() -> None:
    draft = _draft(
        "Rates rise again\n\nBy Ana Lind, The Harbour Times\n\n"
        "The central bank raised its main interest rate to 4.5 percent on Thursday. "
        "Finance Minister Tobias Renn criticised the decision. "
        "The culture minister, Adaeze Nwosu, welcomed the decision but called it overdue.\n"
    )
    by = {a.id: a.name for a in draft.actors}
    for needle, name in (("criticised the decision", "Tobias Renn"), ("welcomed the decision", "Adaeze Nwosu")):
        claim = next(c for c in draft.claims if needle in c.evidence[0].quote)
        assert by.get(claim.source or "") == name and claim.cue in needle


def test_a_dateline_with_a_date_and_agency_is_not_part_of_the_first_claim() -> None:
    draft = _draft(
        "Grocer to buy rival\n\n"
        "PORT ALDEN, Nov. 24 (Tidewater Wire) - Supermarket operator Harlow & Finch said on Tuesday it had agreed "
        "to buy its rival Greenmarket Stores for $2.4 billion.\n\nThe deal still needs regulatory approval.\n"
    )
    claim = next(c for c in draft.claims if any("2.4 billion" in ev.quote for ev in c.evidence))
    assert claim.evidence[0].quote.startswith("Supermarket operator")
    assert next(a.name for a in draft.actors if a.id == claim.source).endswith("Harlow & Finch")
    assert any(a.kind == "publisher" and a.name == "Tidewater Wire" for a in draft.actors)


def test_a_french_dateline_with_accented_capitals_and_a_spelled_date() -> None:
    draft = _draft(
        "Vin en vrac\n\n"
        "SAINT-AURÈLE-DES-VIGNES, 4 décembre (Agence Sud Information) – Le parquet de Lauzières a ouvert une "
        "enquête préliminaire visant la cave coopérative du village, a-t-on appris mercredi.\n"
    )
    assert all(not ev.quote.startswith("SAINT") for c in draft.claims for ev in c.evidence)
    assert any(a.kind == "publisher" and a.name == "Agence Sud Information" for a in draft.actors)


def test_a_dateline_whose_agency_has_an_elided_article() -> None:
    """ "(L’Écho de la Brenne)": an outlet's name may open on an elided article and its curly apostrophe."""
    draft = _draft(
        "Travaux au lycée\n\n"
        "VERNOUX, 2 mars (L’Écho de la Brenne) – Les travaux du lycée Jean-Moulin ont pris trois mois de retard, "
        "a indiqué lundi la région.\n"
    )
    assert all(not ev.quote.startswith("VERNOUX") for c in draft.claims for ev in c.evidence)
    assert any(ev.quote.startswith("Les travaux du lycée") for c in draft.claims for ev in c.evidence)
