"""Who responds when the cue is found but its party is easy to lose: a refusal to say whether, a frame that
only follows the response, a lede that announces the body's answer.

Each test states one rule of ``summarize/offline/denials.py`` / ``denial_cues.py`` on sentences written for it
(not taken from the benchmark articles)."""

from __future__ import annotations

from tests.offline_drafts import ALLEGATION, actor_with
from tests.offline_drafts import draft_in as _draft
from tests.offline_drafts import kind_of as _kind_of


def test_declining_to_say_whether_is_declining_to_comment() -> None:
    text = (
        ALLEGATION["en"] + "Brisco Foods, which buys pallets from Norvale Freight, declined to say whether any of its "
        "deliveries had been late."
    )
    draft = _draft(text, "en")
    assert _kind_of(draft, "declined to say whether") == "declined_to_comment"
    (denial,) = [d for d in draft.denials if "declined to say" in d.evidence[0].quote]
    assert denial.by == actor_with(draft, "Brisco Foods").id


def test_a_frame_after_the_response_does_not_give_its_party() -> None:
    text = (
        "Harbour Commissioner Lena Morrow on Friday refused to say whether she had approved the dredging permit, "
        "as residents called for her to resign.\n\n"
        "The permit was granted in May without a public hearing, according to council records.\n\n"
        "Asked on Friday whether she had signed the permit, Morrow said: \u201cI follow the procedures.\u201d"
    )
    draft = _draft(text, "en")
    morrow = actor_with(draft, "Lena Morrow").id
    assert all(d.by == morrow for d in draft.denials), [(d.by, d.evidence[0].quote) for d in draft.denials]
    # the lede announces the body's answer: one response, the body's
    assert len(draft.denials) == 1
    assert _kind_of(draft, "I follow the procedures") != "declined_to_comment"
