"""Score a briefing against a gold briefing: precision, recall and F1 per kind of item.

- actors match by name or a shared mention (case-insensitive);
- claims match when their sources are matched actors (or both are background) and their evidence
  spans overlap;
- denials match when their evidence overlaps; kind accuracy is measured on matched pairs;
- uncertainties match when the evidence of their related items overlaps.

Pairs are one-to-one, chosen greedily by overlap. Both files may be full briefings or model-only
drafts: evidence without offsets is located in the article when it is known, and compared by text
otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from summarize.schemas.grounding import TextIndex, fold

Span = tuple[int, int]
Item = Mapping[str, Any]


@dataclass
class Score:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    actors: Score = field(default_factory=Score)
    claims: Score = field(default_factory=Score)
    denials: Score = field(default_factory=Score)
    uncertainties: Score = field(default_factory=Score)
    denial_kinds_right: int = 0
    actor_kinds_right: int = 0

    @property
    def denial_kind_accuracy(self) -> float:
        return self.denial_kinds_right / self.denials.matched if self.denials.matched else 1.0

    @property
    def actor_kind_accuracy(self) -> float:
        return self.actor_kinds_right / self.actors.matched if self.actors.matched else 1.0

    def add(self, other: Report) -> None:
        for name in ("actors", "claims", "denials", "uncertainties"):
            getattr(self, name).add(getattr(other, name))
        self.denial_kinds_right += other.denial_kinds_right
        self.actor_kinds_right += other.actor_kinds_right

    def as_dict(self) -> dict[str, Any]:
        return {
            "actors": {**self.actors.as_dict(), "kind_accuracy": round(self.actor_kind_accuracy, 4)},
            "claims": self.claims.as_dict(),
            "denials": {**self.denials.as_dict(), "kind_accuracy": round(self.denial_kind_accuracy, 4)},
            "uncertainties": self.uncertainties.as_dict(),
        }


class _Evidence:
    """Where a briefing's items sit in the article: offsets when known, folded text otherwise."""

    def __init__(self, article: str | None) -> None:
        self.index = TextIndex(article) if article is not None else None

    def spans(self, item: Item) -> list[Span | str]:
        out: list[Span | str] = []
        for ev in item.get("evidence", []) or []:
            start, end = ev.get("start"), ev.get("end")
            if isinstance(start, int) and isinstance(end, int) and self.index is None:
                out.append((start, end))
                continue
            located = self.index.locate(ev.get("quote", "")) if self.index is not None else None
            out.append((located.start, located.end) if located else fold(ev.get("quote", "")))
        return out


def _overlap(a: Sequence[Span | str], b: Sequence[Span | str]) -> float:
    """The largest overlap between any evidence of ``a`` and any of ``b`` (characters, or words)."""
    best = 0.0
    for x in a:
        for y in b:
            if isinstance(x, tuple) and isinstance(y, tuple):
                best = max(best, float(min(x[1], y[1]) - max(x[0], y[0])))
            elif isinstance(x, str) and isinstance(y, str):
                shared = set(x.split()) & set(y.split())
                best = max(best, float(sum(len(w) for w in shared)) if len(shared) >= 3 else 0.0)
    return best


def _pair(
    preds: Sequence[Item], golds: Sequence[Item], strength: Callable[[Item, Item], float]
) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), strongest first; a strength <= 0 never pairs."""
    candidates = sorted(
        ((s, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if (s := strength(p, g)) > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _names(actor: Item) -> set[str]:
    return {fold(n) for n in [actor.get("name", ""), *(actor.get("mentions") or [])] if n and fold(n)}


def _background(actor_id: Any, actors: Mapping[str, Item]) -> bool:
    return actor_id is None or actors.get(actor_id, {}).get("kind") == "publisher"


def score(pred: Mapping[str, Any], gold: Mapping[str, Any], article: str | None = None) -> Report:
    report = Report()
    evidence = _Evidence(article)
    p_actors, g_actors = list(pred.get("actors", [])), list(gold.get("actors", []))
    actor_pairs = _pair(p_actors, g_actors, lambda p, g: float(len(_names(p) & _names(g))))
    report.actors = Score(len(actor_pairs), len(p_actors), len(g_actors))
    report.actor_kinds_right = sum(p_actors[i].get("kind") == g_actors[j].get("kind") for i, j in actor_pairs)
    same_actor = {p_actors[i]["id"]: g_actors[j]["id"] for i, j in actor_pairs}
    p_by_id = {a["id"]: a for a in p_actors}
    g_by_id = {a["id"]: a for a in g_actors}

    def same_source(p: Item, g: Item) -> bool:
        if _background(p.get("source"), p_by_id) and _background(g.get("source"), g_by_id):
            return True
        return same_actor.get(p.get("source")) == g.get("source") is not None

    p_claims, g_claims = list(pred.get("claims", [])), list(gold.get("claims", []))
    p_spans = {c["id"]: evidence.spans(c) for c in [*p_claims, *pred.get("denials", [])]}
    g_spans = {c["id"]: evidence.spans(c) for c in [*g_claims, *gold.get("denials", [])]}
    claim_pairs = _pair(
        p_claims, g_claims, lambda p, g: _overlap(p_spans[p["id"]], g_spans[g["id"]]) if same_source(p, g) else 0.0
    )
    report.claims = Score(len(claim_pairs), len(p_claims), len(g_claims))

    p_denials, g_denials = list(pred.get("denials", [])), list(gold.get("denials", []))
    denial_pairs = _pair(p_denials, g_denials, lambda p, g: _overlap(p_spans[p["id"]], g_spans[g["id"]]))
    report.denials = Score(len(denial_pairs), len(p_denials), len(g_denials))
    report.denial_kinds_right = sum(p_denials[i].get("kind") == g_denials[j].get("kind") for i, j in denial_pairs)

    def related(u: Item, spans: Mapping[str, list[Span | str]]) -> list[Span | str]:
        return [s for ref in u.get("related", []) for s in spans.get(ref, [])]

    p_unc, g_unc = list(pred.get("uncertainties", [])), list(gold.get("uncertainties", []))
    unc_pairs = _pair(p_unc, g_unc, lambda p, g: _overlap(related(p, p_spans), related(g, g_spans)))
    report.uncertainties = Score(len(unc_pairs), len(p_unc), len(g_unc))
    return report


def load_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def find_article(pred_path: Path, gold_path: Path, pred: Mapping[str, Any]) -> str | None:
    """The article both briefings describe: meta.article.source, or <name>.txt beside or above the gold."""
    stem = gold_path.stem
    source = (pred.get("meta") or {}).get("article", {}).get("source")
    for candidate in (
        Path(source) if isinstance(source, str) else None,
        gold_path.with_suffix(".txt"),
        gold_path.parent.parent / f"{stem}.txt",
        pred_path.with_suffix(".txt"),
    ):
        if candidate is not None and candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


def pair_files(pred_dir: Path, gold_dir: Path) -> list[tuple[Path, Path]]:
    golds = {p.stem: p for p in sorted(gold_dir.glob("*.json"))}
    return [(p, golds[p.stem]) for p in sorted(pred_dir.glob("*.json")) if p.stem in golds]


def table(rows: Iterable[tuple[str, Report]]) -> str:
    head = (
        f"{'briefing':28s} {'actors P/R/F1':>17s} {'kind':>5s} {'claims P/R/F1':>17s} {'denials P/R/F1':>17s} "
        f"{'kind acc':>8s} {'uncert. P/R/F1':>17s}"
    )
    lines = [head, "-" * len(head)]
    for name, r in rows:
        cells = [f"{s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f}" for s in (r.actors, r.claims, r.denials)]
        u = r.uncertainties
        lines.append(
            f"{name[:28]:28s} {cells[0]:>17s} {r.actor_kind_accuracy:>5.2f} {cells[1]:>17s} {cells[2]:>17s} "
            f"{r.denial_kind_accuracy:>8.2f} {f'{u.precision:.2f}/{u.recall:.2f}/{u.f1:.2f}':>17s}"
        )
    return "\n".join(lines)
