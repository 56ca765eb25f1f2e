"""The offline backend: specific behaviours on small invented texts, and validity on the examples."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from summarize._document import Document
from summarize.offline import extract
from summarize.offline.segment import segment
from summarize.schemas import BriefingDraft

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def _draft(text: str) -> tuple[Document, BriefingDraft]:
    doc = Document.from_text(text)
    draft = extract(doc)
    BriefingDraft.model_validate(draft.model_dump(), context={"article": doc})
    return doc, draft


def _actor(draft: BriefingDraft, needle: str) -> str:
    for actor in draft.actors:
        if needle in actor.name or any(needle in m for m in actor.mentions):
            return actor.id
    raise AssertionError(f"no actor like {needle!r} in {[a.name for a in draft.actors]}")


def _claim_with(draft: BriefingDraft, needle: str):  # type: ignore[no-untyped-def]
    for claim in draft.claims:
        if any(needle in ev.quote for ev in claim.evidence):
            return claim
    raise AssertionError(f"no claim quoting {needle!r}")


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_articles_give_valid_drafts(path: Path) -> None:
    doc = Document.from_path(path)
    draft = extract(doc)
    BriefingDraft.model_validate(draft.model_dump(), context={"article": doc})
    assert draft.actors and draft.claims
    assert 1 <= len(draft.bluf) <= 3


def test_according_to_attribution() -> None:
    _, draft = _draft(
        "About 2,400 households lost power in the storm, according to Brightwater Utilities, a regional supplier."
    )
    claim = _claim_with(draft, "2,400 households")
    assert claim.cue == "according to"
    assert claim.source == _actor(draft, "Brightwater Utilities")
    assert claim.quantities[0].bound == "approximately" and claim.quantities[0].low == 2400


def test_reported_citing_chain_gives_source_and_via() -> None:
    _, draft = _draft(
        "The Harlow Courier reported, citing two officials briefed on the talks, that the treaty would be signed "
        "in June."
    )
    claim = _claim_with(draft, "treaty would be signed")
    officials = _actor(draft, "two officials")
    assert claim.source == officials
    assert claim.via == [_actor(draft, "Harlow Courier")]
    assert claim.cue is not None and "citing" in claim.cue
    anonymous = next(a for a in draft.actors if a.id == officials)
    assert anonymous.identification == "anonymous" and anonymous.role


def test_trailing_reported_citing_chain() -> None:
    _, draft = _draft("Grain exports fell by a third in May, Tidewater News reported, citing customs data.")
    claim = _claim_with(draft, "Grain exports fell")
    assert claim.via == [_actor(draft, "Tidewater News")]
    assert claim.source == _actor(draft, "customs data")


def test_pronoun_resolves_to_last_named_person() -> None:
    _, draft = _draft(
        "Marta Kellan, the mayor of Ostbridge, said the bridge would reopen on Friday.\n\n"
        "\u201cWe have checked every cable twice,\u201d she told reporters."
    )
    kellan = _actor(draft, "Marta Kellan")
    claim = _claim_with(draft, "We have checked every cable twice")
    assert claim.source == kellan and claim.quote_type == "direct" and claim.cue == "told reporters"
    person = next(a for a in draft.actors if a.id == kellan)
    assert person.kind == "person" and person.role and "mayor" in person.role


def test_short_name_resolves_to_full_mention() -> None:
    _, draft = _draft("Tomas Vidmar, a lawyer for the families, filed the appeal.\n\nVidmar said the ruling was wrong.")
    claim = _claim_with(draft, "the ruling was wrong")
    assert claim.source == _actor(draft, "Tomas Vidmar")


def test_declined_to_comment_is_a_denial() -> None:
    _, draft = _draft("Police say the ferry was overloaded. Corvane Shipping declined to comment on the report.")
    (denial,) = draft.denials
    assert denial.kind == "declined_to_comment"
    assert denial.by == _actor(draft, "Corvane Shipping")


def test_contacted_for_comment_is_no_response_and_marks_the_publisher() -> None:
    _, draft = _draft(
        "Residents said the dam leaked for weeks. The Marsh Herald has contacted the water board for comment."
    )
    (denial,) = draft.denials
    assert denial.kind == "no_response"
    board = next(a for a in draft.actors if a.id == denial.by)
    assert "water board" in board.mentions[0]
    publisher = next(a for a in draft.actors if a.kind == "publisher")
    assert publisher.name == "The Marsh Herald"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The ministry denied the allegations.", "explicit_denial"),
        ("The agency would neither confirm nor deny the report.", "neither_confirm_nor_deny"),
        ("The embassy did not respond to a request for comment.", "no_response"),
        ("The governor has not denied the account.", "equivocation"),
        ("The army said any such operation would comply with international law.", "conditional_justification"),
    ],
)
def test_denial_kinds(sentence: str, kind: str) -> None:
    _, draft = _draft(f"Witnesses said soldiers burned the village of Ostrava. {sentence}")
    assert [d.kind for d in draft.denials] == [kind]


def test_hedges_are_typed_and_lower_certainty() -> None:
    _, draft = _draft(
        "Dr. Lena Ruiz said the outbreak may have started at the market.\n\n"
        "Inspectors believe that the water supply is safe, the council said.\n\n"
        "The council said the source was still under investigation."
    )
    may = _claim_with(draft, "may have started")
    assert may.certainty == "possible"
    assert any(h.type == "epistemic" for h in may.hedges)
    assert _claim_with(draft, "under investigation").hedges[0].type == "investigation"


def test_estimative_language_maps_to_icd_bands() -> None:
    _, draft = _draft("A senior diplomat said a deal was very unlikely before the summer.")
    claim = _claim_with(draft, "very unlikely")
    assert claim.estimate is not None and claim.estimate.band == "very_unlikely"
    assert claim.polarity == "negative" and claim.certainty == "probable"


def test_at_least_quantity() -> None:
    _, draft = _draft("The defence minister said at least 1,500 reservists had been called up.")
    claim = _claim_with(draft, "at least 1,500")
    (qty,) = claim.quantities
    assert (qty.text, qty.bound, qty.low, qty.high) == ("at least 1,500", "at_least", 1500, None)
    assert "reservists" in qty.counts


def test_negation_gives_negative_polarity() -> None:
    _, draft = _draft("A border guard said no vehicles had crossed overnight.")
    assert _claim_with(draft, "no vehicles").polarity == "negative"


def test_anonymous_source_has_a_role() -> None:
    _, draft = _draft("People familiar with the matter said the merger talks had stalled.")
    claim = _claim_with(draft, "merger talks")
    source = next(a for a in draft.actors if a.id == claim.source)
    assert source.identification == "anonymous" and source.role


def test_segmentation_survives_abbreviations_and_quotes() -> None:
    text = (
        "Gen. Ada Morrow met U.S. envoys in Geneva. \u201cWe talked. We listened,\u201d she said. Talks resume Monday."
    )
    sentences = [text[s.start : s.end] for s in segment(text).sentences]
    assert sentences == [
        "Gen. Ada Morrow met U.S. envoys in Geneva.",
        "\u201cWe talked. We listened,\u201d she said.",
        "Talks resume Monday.",
    ]


def test_hard_wrapped_lines_join() -> None:
    text = (
        "The harbour authority said on Tuesday that the new cranes would arrive\n"
        "before the end of the year, and that the berth would reopen in March.\n"
    )
    assert len(segment(text).sentences) == 1


def test_page_chrome_never_becomes_a_claim() -> None:
    text = (
        "The council said the library would close for repairs.\n\n"
        "This photo shows the library entrance in 2019.\n"
        "This photo shows the library entrance in 2019.\n"
        "ANNA LEE/Getty Images\n\n"
        "Share this article\n\n"
        "Comments are closed."
    )
    _, draft = _draft(text)
    quotes = " ".join(ev.quote for c in draft.claims for ev in c.evidence)
    assert "photo" not in quotes and "Comments" not in quotes and "Share" not in quotes


def test_text_without_attributions_gives_title_and_no_bluf_overreach() -> None:
    _, draft = _draft("Rain. Wind. Cold!")
    assert draft.title and not draft.denials
    assert len(draft.title) <= 120


def test_spanish_cues() -> None:
    _, draft = _draft(
        "Unos 300 vecinos fueron evacuados, según la alcaldía de Villarrica.\n\n"
        "\u00abEl agua sigue subiendo\u00bb, dijo el alcalde, Jorge Ibarra."
    )
    assert _claim_with(draft, "300 vecinos").cue is not None
    claim = _claim_with(draft, "El agua sigue subiendo")
    assert claim.quote_type == "direct" and claim.source == _actor(draft, "Jorge Ibarra")


def test_a_thousand_words_is_fast() -> None:
    base = EXAMPLES[0].read_text(encoding="utf-8")
    text = " ".join((base + "\n\n").split(" ")[:1000])
    doc = Document.from_text(text)
    extract(doc)  # warm caches
    start = time.perf_counter()
    extract(Document.from_text(text))
    assert time.perf_counter() - start < 1.0  # typically ~40 ms; loose bound for slow CI machines
