"""Bottom line up front: one to three sentences from the strongest claims and the denials.

Each sentence is attributed and never stronger than what it cites.
"""

from __future__ import annotations

from dataclasses import dataclass

from .spans import clip_words


@dataclass
class Item:
    id: str
    source_name: str | None
    statement: str
    certainty: str
    named: bool
    position: int
    is_denial: bool = False
    has_figure: bool = False


_RANK = {"certain": 3, "probable": 2, "possible": 1, "unknown": 0}


def _sentence(item: Item) -> str:
    body = item.statement.rstrip(".!? ")
    if item.is_denial:
        return clip_words(body + ".", 400)
    if item.source_name:
        lead = body[:1].lower() + body[1:] if body[:2] != body[:2].upper() else body
        if item.certainty == "unknown":
            return clip_words(f"{item.source_name} has not confirmed that {lead}.", 400)
        if item.certainty in ("probable", "possible"):
            return clip_words(f"According to {item.source_name}, it is {item.certainty} that {lead}.", 400)
        return clip_words(f"According to {item.source_name}, {lead}.", 400)
    return clip_words(body + ".", 400)


def compose(claims: list[Item], denials: list[Item]) -> list[tuple[str, list[str]]]:
    if not claims and not denials:
        return []
    out: list[tuple[str, list[str]]] = []
    if claims:
        lede = min(claims, key=lambda c: c.position)
        out.append((_sentence(lede), [lede.id]))
        rest = [c for c in claims if c.id != lede.id]
        rest.sort(key=lambda c: (-_RANK.get(c.certainty, 0), not c.named, not c.has_figure, c.position))
        if rest:
            out.append((_sentence(rest[0]), [rest[0].id]))
    if denials:
        d = min(denials, key=lambda x: x.position)
        out.append((_sentence(d), [d.id]))
    elif claims and len(out) < 3:
        others = [c for c in claims if all(c.id not in ids for _, ids in out)]
        others.sort(key=lambda c: (-_RANK.get(c.certainty, 0), not c.named, c.position))
        if others:
            out.append((_sentence(others[0]), [others[0].id]))
    return out[:3]
