"""`summarize eval`: scores move exactly as the predictions differ from the gold."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from summarize.__main__ import main
from summarize.scoring import score
from tests.conftest import article, gold_draft

NAME = "minister-nondenial"


def test_gold_against_itself_is_perfect() -> None:
    gold = gold_draft(NAME)
    report = score(gold, gold, article(NAME))
    for s in (report.actors, report.claims, report.denials, report.uncertainties):
        assert s.precision == s.recall == s.f1 == 1.0
    assert report.denial_kind_accuracy == 1.0
    assert report.actor_kind_accuracy == 1.0


def test_wrong_actor_kind_counts_against_actor_kind_accuracy() -> None:
    gold = gold_draft(NAME)
    pred = copy.deepcopy(gold)
    actor = next(a for a in pred["actors"] if a["kind"] != "publisher")
    actor["kind"] = "group" if actor["kind"] != "group" else "person"
    report = score(pred, gold, article(NAME))
    assert report.actors.recall == 1.0
    assert report.actor_kind_accuracy == pytest.approx((len(gold["actors"]) - 1) / len(gold["actors"]))
    assert report.as_dict()["actors"]["kind_accuracy"] == round(report.actor_kind_accuracy, 4)


def test_a_missing_claim_lowers_recall_only() -> None:
    gold = gold_draft(NAME)
    pred = copy.deepcopy(gold)
    pred["claims"] = pred["claims"][1:]
    report = score(pred, gold, article(NAME))
    assert report.claims.precision == 1.0
    assert report.claims.recall == pytest.approx((len(gold["claims"]) - 1) / len(gold["claims"]))


def test_a_claim_with_the_wrong_source_does_not_match() -> None:
    gold = gold_draft(NAME)
    pred = copy.deepcopy(gold)
    named = [a["id"] for a in pred["actors"] if a["kind"] != "publisher"]
    claim = next(c for c in pred["claims"] if c["source"] in named)
    claim["source"] = next(a for a in named if a != claim["source"])
    report = score(pred, gold, article(NAME))
    assert report.claims.matched == len(gold["claims"]) - 1


def test_wrong_denial_kind_counts_against_kind_accuracy() -> None:
    gold = gold_draft(NAME)
    pred = copy.deepcopy(gold)
    pred["denials"][0]["kind"] = "explicit_denial" if gold["denials"][0]["kind"] != "explicit_denial" else "no_response"
    report = score(pred, gold, article(NAME))
    assert report.denials.recall == 1.0
    assert report.denial_kind_accuracy == pytest.approx((len(gold["denials"]) - 1) / len(gold["denials"]))


def test_actors_match_by_a_shared_mention_and_quotes_without_article_by_text() -> None:
    gold = gold_draft(NAME)
    pred = copy.deepcopy(gold)
    for actor in pred["actors"]:
        actor["name"] = actor["name"].upper() + " (renamed)"
    report = score(pred, gold, None)
    assert report.actors.recall == 1.0
    assert report.claims.recall > 0.8


def test_empty_prediction_scores_zero_recall() -> None:
    gold = gold_draft(NAME)
    report = score({"actors": [], "claims": [], "denials": [], "uncertainties": []}, gold, article(NAME))
    assert report.claims.recall == 0.0 and report.claims.precision == 0.0


def test_cli_folder_form_prints_a_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred_dir, gold_dir = tmp_path / "pred", tmp_path / "gold"
    pred_dir.mkdir()
    gold_dir.mkdir()
    for name in (NAME, "court-ruling"):
        data: dict[str, Any] = gold_draft(name)
        (gold_dir / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        (tmp_path / f"{name}.txt").write_text(article(name), encoding="utf-8")
        data["claims"] = data["claims"][:-1]
        (pred_dir / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    assert main(["eval", str(pred_dir), str(gold_dir)]) == 0
    out = capsys.readouterr().out
    assert "TOTAL" in out and NAME in out
    assert main(["eval", str(pred_dir), str(gold_dir), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["total"]["claims"]["precision"] == 1.0 and scores["total"]["claims"]["recall"] < 1.0


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["eval", str(tmp_path / "missing.json"), str(bad)]) == 66
    assert main(["eval", str(bad), str(bad)]) == 65
    assert len(capsys.readouterr().err.strip().splitlines()) == 2


def test_eval_refuses_json_that_is_not_a_briefing_and_names_missing_predictions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarize.__main__ import main

    not_briefing = tmp_path / "x.json"
    not_briefing.write_text('{"x": 1}', encoding="utf-8")
    gold = Path("examples/gold/court-ruling.json")
    assert main(["eval", str(not_briefing), str(gold)]) == 65
    assert main(["eval", str(gold), str(not_briefing)]) == 65
    preds, golds = tmp_path / "preds", tmp_path / "golds"
    preds.mkdir()
    golds.mkdir()
    for name in ("court-ruling", "flood-figures"):
        (golds / f"{name}.json").write_text(Path(f"examples/gold/{name}.json").read_text(encoding="utf-8"))
    (preds / "court-ruling.json").write_text(gold.read_text(encoding="utf-8"))
    capsys.readouterr()
    assert main(["eval", str(preds), str(golds), "--article", "examples/court-ruling.txt"]) == 0
    assert "no prediction for 1 gold briefing(s)" in capsys.readouterr().err
