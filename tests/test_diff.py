"""``summarize diff``: two briefings of an invented story (examples/updates/reservoir-v1/-v2), one updated.

The hand-made drafts of the two versions (examples/gold/updates/) are what the diff is checked against;
the briefings bundled beside the articles (examples/updates/*.json) are the offline backend's, and
work with ``summarize diff`` as the README shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarize import summarize
from summarize.cli.main import main
from summarize.engine.assemble import assemble
from summarize.engine.run import RunInfo
from summarize.render.diff import BriefingDiff, Pair, diff_briefings
from summarize.render.diff_markdown import render_diff_markdown
from summarize.schemas import Briefing, BriefingDraft
from summarize.sources.document import Document
from tests.conftest import EXAMPLES, ROOT

UPDATES = EXAMPLES / "updates"
HAND_MADE = EXAMPLES / "gold" / "updates"


def hand_made(name: str, edit: Any = None) -> Briefing:
    """The hand-made draft of ``name``, grounded and assembled like a model's answer."""
    document = Document.from_path(str(UPDATES / f"{name}.txt"))
    data = json.loads((HAND_MADE / f"{name}.json").read_text(encoding="utf-8"))
    if edit:
        edit(data)
    draft = BriefingDraft.model_validate(data, context={"article": document})
    return assemble(draft, document, RunInfo(backend="offline"))


@pytest.fixture(scope="module")
def change() -> BriefingDiff:
    return diff_briefings(hand_made("reservoir-v1"), hand_made("reservoir-v2"))


def _changed(pairs: list[Pair], old_text_start: str) -> Pair:
    found = [p for p in pairs if p.old.text.startswith(old_text_start)]
    assert len(found) == 1, [p.old.text for p in pairs]
    return found[0]


def _fields(pair: Pair) -> dict[str, tuple[Any, Any]]:
    return {c.field: (c.old, c.new) for c in pair.changes}


def test_a_confirmed_finding_changes_certainty_and_drops_its_hedges(change: BriefingDiff) -> None:
    tests = _fields(_changed(change.claims.changed, "Tests found elevated nitrate"))
    assert tests["certainty"] == ("possible", "certain")
    assert tests["hedges"] == (["preliminary", "may"], [])
    cause = _fields(_changed(change.claims.changed, "Hollowbrook Water is investigating"))
    assert cause["certainty"] == ("possible", "probable") and cause["estimate"] == (None, "likely")


def test_a_reversed_statement_changes_polarity(change: BriefingDiff) -> None:
    reservoir = _fields(_changed(change.claims.changed, "The contamination has reached"))
    assert reservoir == {"polarity": ("negative", "positive")}


def test_changed_figures_are_matched_by_content_not_by_id(change: BriefingDiff) -> None:
    households = _fields(_changed(change.claims.changed, "About 12,000 households"))
    assert households == {"figures": (["About 12,000"], ["About 15,000"])}
    mayor = _changed(change.claims.changed, "The city will open three")
    assert (mayor.old.id, mayor.new.id) == ("C7", "C9")  # renumbered: two claims now come before it
    assert _fields(mayor) == {"figures": (["three"], ["five"]), "when": ("Tuesday", "Wednesday")}


def test_new_and_unchanged_claims(change: BriefingDiff) -> None:
    assert sorted(r.who or "" for r in change.claims.added) == [
        "Corvane Fertilisers",
        "Environment ministry spokesperson",
        "Regional health office",
        "Regional health office",
        "the publisher",
    ]
    assert change.claims.removed == []
    assert change.claims.unchanged == 3  # bottled water, the workers' account, the mayor's quote


def test_denials_new_gone_and_changed_kind(change: BriefingDiff) -> None:
    corvane = _changed(change.denials.changed, "Corvane Fertilisers declined")
    assert _fields(corvane) == {"kind": ("declined_to_comment", "explicit_denial")}
    assert [(d.who, d.kind) for d in change.denials.removed] == [("Regional health office", "no_response")]
    assert change.denials.added == []


def test_questions_resolved_opened_and_still_open(change: BriefingDiff) -> None:
    assert {q.text for q in change.questions.removed} == {
        "Are nitrate levels in the tap water actually elevated?",
        "Has anyone fallen ill from the water?",
    }
    assert [q.text for q in change.questions.added] == ["Are the four people's stomach complaints linked to the water?"]
    (still,) = change.questions.changed
    assert still.new.text.startswith("Is a leak from the Corvane")
    assert _fields(still)["reasons"] == (["unconfirmed", "anonymous_only"], ["conflicting_sources"])


def test_actors_added(change: BriefingDiff) -> None:
    assert {a.text for a in change.actors.added} == {"Environment ministry", "Environment ministry spokesperson"}
    assert change.actors.removed == [] and change.actors.unchanged == 7


def test_the_same_briefing_has_no_changes() -> None:
    v2 = hand_made("reservoir-v2")
    same = diff_briefings(v2, v2)
    assert same.empty and same.same_article and same.claims.unchanged == len(v2.claims)
    assert "No change in claims" in render_diff_markdown(same)


def test_two_different_stories_are_flagged() -> None:
    other = summarize((EXAMPLES / "court-ruling.txt").read_text(encoding="utf-8"), backend="offline")
    text = render_diff_markdown(diff_briefings(hand_made("reservoir-v1"), other))
    assert "are these the same story?" in text
    assert "are these the same story?" not in render_diff_markdown(
        diff_briefings(hand_made("reservoir-v1"), hand_made("reservoir-v2"))
    )


def test_the_reverse_diff_mirrors_the_forward_one(change: BriefingDiff) -> None:
    back = diff_briefings(hand_made("reservoir-v2"), hand_made("reservoir-v1")).summary()
    forward = change.summary()
    for kind in ("claims", "denials", "actors"):
        assert back[f"{kind}_added"] == forward[f"{kind}_removed"]
        assert back[f"{kind}_removed"] == forward[f"{kind}_added"]
    assert back["questions_opened"] == forward["questions_resolved"]


def test_a_claim_given_to_another_source_is_reported_as_such() -> None:
    def reattribute(data: dict[str, Any]) -> None:
        workers = next(c for c in data["claims"] if c["source"] == "A4")
        workers["source"] = "A6"  # the mayor

    moved = diff_briefings(hand_made("reservoir-v1"), hand_made("reservoir-v1", reattribute))
    (pair,) = moved.claims.changed
    assert _fields(pair) == {"source": ("Two plant workers", "Ilse Brandt")}


def test_markdown_tells_the_story_and_escapes_model_text(change: BriefingDiff) -> None:
    text = render_diff_markdown(change)
    assert "certainty: possible → certain" in text and "kind: declined to comment → explicit denial" in text
    assert "figures: dropped “About 12,000”; added “About 15,000”" in text
    assert "### Resolved (no longer open)" in text and "Has anyone fallen ill from the water?" in text

    def hostile(data: dict[str, Any]) -> None:
        data["claims"][0]["statement"] = "[bold]Loud[/bold] ![x](http://evil.example/p.png) <b>hi</b>"

    rendered = render_diff_markdown(diff_briefings(hand_made("reservoir-v1"), hand_made("reservoir-v1", hostile)))
    assert "[bold]" not in rendered and "![x](" not in rendered and "<b>" not in rendered


def test_offline_briefings_of_the_two_versions_show_the_new_figure() -> None:
    old, new = (
        summarize((UPDATES / f"reservoir-v{n}.txt").read_text(encoding="utf-8"), backend="offline") for n in (1, 2)
    )
    figures = [_fields(p).get("figures") for p in diff_briefings(old, new).claims.changed]
    assert (["About 12,000"], ["About 15,000"]) in figures


def test_cli_writes_json_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for n in (1, 2):
        path = tmp_path / f"v{n}.json"
        path.write_text(hand_made(f"reservoir-v{n}").to_json(), encoding="utf-8")
        paths.append(str(path))
    target = tmp_path / "diff.json"
    assert main(["diff", *paths, "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["summary"]["claims_changed"] == 5 and data["summary"]["questions_resolved"] == 2
    assert data["denials"]["changed"][0]["changes"] == [
        {"field": "kind", "old": "declined_to_comment", "new": "explicit_denial"}
    ]
    assert main(["diff", *paths]) == 0
    assert capsys.readouterr().out.startswith("# What changed: Tests confirm nitrate contamination")


@pytest.mark.parametrize(
    ("content", "code", "says"),
    [
        (None, 66, "cannot read"),
        ("{not json", 65, "not JSON"),
        ("[1, 2]", 65, "expected a JSON object"),
        ('{"title": "x", "meta": {"backend": "offline"}}', 65, "not a valid briefing (meta.article: Field required)"),
        ('{"title": "a draft, no meta"}', 65, "a draft (the model-filled fields, no offsets or meta), not a briefing"),
    ],
)
def test_bad_input_is_one_line_and_the_right_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, code: int, says: str
) -> None:
    good = tmp_path / "good.json"
    good.write_text(hand_made("reservoir-v1").to_json(), encoding="utf-8")
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out.md"
    assert main(["diff", str(good), str(bad), "-o", str(out)]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and "Traceback" not in err
    assert not out.exists()


BUNDLED = sorted(UPDATES.glob("*.json"))


def test_examples_updates_holds_briefings_not_drafts() -> None:
    assert [p.name for p in BUNDLED] == ["reservoir-v1.json", "reservoir-v2.json"]


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_each_bundled_briefing_is_of_its_article_and_grounded_in_it(path: Path) -> None:
    briefing = Briefing.model_validate_json(path.read_bytes())
    document = Document.from_path(str(path.with_suffix(".txt")))
    assert (briefing.meta.article.sha256, briefing.meta.backend) == (document.sha256, "offline")
    assert briefing.claims and briefing.meta.warnings == []
    for item in [*briefing.claims, *briefing.denials]:
        for ev in item.evidence:
            assert document.text[ev.start : ev.end] == ev.quote, (path.name, item.id)


@pytest.mark.parametrize("old", BUNDLED, ids=lambda p: p.name)
@pytest.mark.parametrize("new", BUNDLED, ids=lambda p: p.name)
def test_diff_works_on_every_bundled_briefing_as_the_readme_shows(
    old: Path, new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(old), str(new)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith("# What changed: ")
    assert ("No change in claims" in out) is (old == new)


def test_the_readme_s_diff_is_what_the_bundled_briefings_give(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", *(str(UPDATES / f"reservoir-v{n}.json") for n in (1, 2))]) == 0
    shown = (ROOT / "README.md").read_text(encoding="utf-8").split("uv run summarize diff v1.json v2.json")[1]
    sample = shown.split("```")[1].strip().splitlines()
    out = capsys.readouterr().out
    assert all(line.rstrip(".") in out for line in sample if line and not line.endswith("...**")), sample


def test_a_draft_given_to_diff_says_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    draft = HAND_MADE / "reservoir-v1.json"
    assert main(["diff", str(draft), str(UPDATES / "reservoir-v2.json")]) == 65
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a draft" in err and "summarize ARTICLE --format json" in err
