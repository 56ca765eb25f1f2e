"""A claim's polarity and hedges: embedded negation, hypothetical 'would', months that look like modals."""

from __future__ import annotations

from tests.offline_drafts import claim_quoting as _claim
from tests.offline_drafts import drafter

_draft = drafter()


TEXT = (
    "Layoffs at the plant\n\n"
    "The company said it had dismissed workers who did not meet their targets. "
    "The mayor said the plan, which was approved in May, will not be funded. "
    "The union said no one had been consulted. "
    "A regional official said it was not a local dispute. "
    "The general said the strike would be another sign that the talks had collapsed. "
    "The council said the bridge would reopen in May."
)


def test_a_negation_inside_a_relative_clause_leaves_the_claim_positive() -> None:
    draft = _draft(TEXT)
    assert _claim(draft, "dismissed workers who did not").polarity == "positive"


def test_a_negation_after_a_closed_relative_clause_is_the_claims_own() -> None:
    draft = _draft(TEXT)
    assert _claim(draft, "will not be funded").polarity == "negative"
    assert _claim(draft, "no one had been consulted").polarity == "negative"
    assert _claim(draft, "not a local dispute").polarity == "negative"


def test_a_hypothetical_would_is_a_condition_hedge_and_a_reported_future_is_not() -> None:
    draft = _draft(TEXT)
    hedged = _claim(draft, "another sign")
    assert [(h.text, h.type) for h in hedged.hedges] == [("would", "condition")]
    future = _claim(draft, "bridge would reopen")
    assert future.hedges == [] and future.certainty == "certain"


def test_the_month_may_is_no_epistemic_hedge() -> None:
    draft = _draft(TEXT)
    claim = _claim(draft, "approved in May")
    assert all(h.text != "May" for h in claim.hedges)
    assert claim.certainty == "certain"


def test_a_negation_inside_a_noun_complement_clause_is_not_the_claims_own() -> None:
    draft = _draft(
        "War in the east\n\nThe general said the troops would be another confirmation that the war is not a "
        "local conflict. The general also said the war was not a local conflict."
    )
    assert _claim(draft, "another confirmation").polarity == "positive"
    assert _claim(draft, "the war was not").polarity == "negative"
