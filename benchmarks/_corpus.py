"""Benchmark inputs built from the example articles and their gold drafts."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_ID = re.compile(r'"([ACDU])(\d+)"')


def _shift_ids(draft: dict[str, Any], by: dict[str, int]) -> dict[str, Any]:
    """The draft with every id (a JSON string that is exactly 'A3', 'C12', ...) renumbered."""
    text = _ID.sub(lambda m: f'"{m.group(1)}{int(m.group(2)) + by[m.group(1)]}"', json.dumps(draft))
    shifted: dict[str, Any] = json.loads(text)
    return shifted


def article_and_draft(names: list[str]) -> tuple[str, dict[str, Any]]:
    """Several example articles joined into one, with their gold drafts merged to match."""
    texts, merged = (
        [],
        {
            "title": "Benchmark",
            "bluf": [],
            "actors": [],
            "claims": [],
            "denials": [],
            "uncertainties": [],
            "embedded_instructions": [],
        },
    )
    counts = {"A": 0, "C": 0, "D": 0, "U": 0}
    for name in names:
        texts.append((EXAMPLES / f"{name}.txt").read_text(encoding="utf-8"))
        draft = _shift_ids(json.loads((EXAMPLES / "gold" / f"{name}.json").read_text(encoding="utf-8")), counts)
        for key in ("actors", "claims", "denials", "uncertainties", "embedded_instructions"):
            merged[key] += draft.get(key, [])
        merged["bluf"] = (merged["bluf"] + draft.get("bluf", []))[:3]
        counts = {
            "A": len(merged["actors"]),
            "C": len(merged["claims"]),
            "D": len(merged["denials"]),
            "U": len(merged["uncertainties"]),
        }
    _one_publisher(merged)
    return "\n\n".join(texts), merged


def _one_publisher(draft: dict[str, Any]) -> None:
    """Joined articles have several outlets; the contract allows one publisher: demote the others."""
    publishers = [a for a in draft["actors"] if a["kind"] == "publisher"]
    demoted = {a["id"] for a in publishers[1:]}
    for actor in publishers[1:]:
        actor["kind"] = "media"
    for claim in draft["claims"]:
        if claim.get("source") in demoted and claim.get("quote_type") == "none":
            claim["source"] = None  # background stated by an outlet that is no longer the publisher
