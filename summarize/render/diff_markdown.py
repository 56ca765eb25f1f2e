"""Render a briefing diff as Markdown: a one-line summary, then actors, claims, denials, open questions.

Every piece of article or model text goes through the Markdown renderer's ``inline`` escaping.
"""

from __future__ import annotations

from summarize.render.diff import BriefingDiff, Change, ItemRef, Pair, Section
from summarize.render.markdown import DENIAL_LABELS, inline


def _value(value: str | list[str] | None) -> str:
    if value is None:
        return "none"
    if isinstance(value, list):
        return ", ".join(f"“{inline(v)}”" for v in value) or "none"
    return inline(DENIAL_LABELS.get(value, value.replace("_", " ")))


def _change(c: Change) -> str:
    if c.field == "reasons":  # enum values, not article text
        c = Change(c.field, [r.replace("_", " ") for r in c.old or []], [r.replace("_", " ") for r in c.new or []])
    if isinstance(c.old, list) or isinstance(c.new, list):
        old = {v.casefold() for v in c.old or []}
        new = {v.casefold() for v in c.new or []}
        gone = [v for v in c.old or [] if v.casefold() not in new]
        came = [v for v in c.new or [] if v.casefold() not in old]
        parts = ([f"dropped {_value(gone)}"] if gone else []) + ([f"added {_value(came)}"] if came else [])
        return f"  - {c.field}: {'; '.join(parts)}"
    return f"  - {c.field}: {_value(c.old)} → {_value(c.new)}"


def _ref(r: ItemRef, *, show_kind: bool = True) -> str:
    who = f"{inline(r.who)}: " if r.who else ""
    kind = f" *({_value(r.kind)})*" if r.kind and show_kind else ""
    return f"- **{r.id}** {who}{inline(r.text)}{kind}"


def _pair(p: Pair) -> list[str]:
    head = f"- **{p.old.id} → {p.new.id}** " + (f"{inline(p.new.who)}: " if p.new.who else "") + inline(p.new.text)
    lines = [head]
    if inline(p.old.text) != inline(p.new.text):
        lines.append(f"  - was: {inline(p.old.text)}")
    lines += [_change(c) for c in p.changes]
    if p.new.quote:
        lines.append(f"  > now: “{inline(p.new.quote)}”")
    return lines


def _section(title: str, section: Section, labels: tuple[str, str, str], *, show_kind: bool = True) -> list[str]:
    added, removed, changed = labels
    out: list[str] = []
    for label, refs in ((added, section.added), (removed, section.removed)):
        if refs:
            out += [f"### {label}", "", *(_ref(r, show_kind=show_kind) for r in refs), ""]
    if section.changed:
        out += [f"### {changed}", ""]
        for p in section.changed:
            out += _pair(p)
        out.append("")
    if not out:
        return []
    return [f"## {title}", "", *out]


def render_diff_markdown(diff: BriefingDiff) -> str:
    old, new = diff.old, diff.new
    if diff.same_article:
        article = f"Same article ({new.chars:,} characters)"
    else:
        article = f"The article changed ({old.chars:,} → {new.chars:,} characters)"
    engines = [f"{s.backend}{f' {s.model}' if s.model else ''}" for s in (old, new)]
    made = "both by " + engines[0] if engines[0] == engines[1] else f"old by {engines[0]}, new by {engines[1]}"
    counts = diff.summary()
    summary = ", ".join(
        f"{n} {noun if n == 1 else noun + 's'} {verb}"
        for noun, verb, n in (
            ("claim", "added", counts["claims_added"]),
            ("claim", "removed", counts["claims_removed"]),
            ("claim", "changed", counts["claims_changed"]),
            ("denial", "new", counts["denials_added"]),
            ("denial", "gone", counts["denials_removed"]),
            ("denial", "changed", counts["denials_changed"]),
            ("question", "resolved", counts["questions_resolved"]),
            ("question", "opened", counts["questions_opened"]),
            ("actor", "added", counts["actors_added"]),
            ("actor", "removed", counts["actors_removed"]),
        )
        if n
    )
    out = [
        f"# What changed: {inline(new.title)}",
        "",
        f"*{article}; {made}. Was: “{inline(old.title)}”.*",
        "",
        f"**{summary or 'No change in claims, denials, open questions or actors'}.** "
        f"Unchanged: {diff.claims.unchanged} claim(s), {diff.denials.unchanged} denial(s).",
        "",
    ]
    if diff.claims.added and diff.claims.removed and not diff.claims.changed and not diff.claims.unchanged:
        out += ["*No claim of one briefing matches a claim of the other: are these the same story?*", ""]
    out += _section("Claims", diff.claims, ("Added", "Removed", "Changed"))
    out += _section("Denials and non-answers", diff.denials, ("New", "Gone", "Changed"))
    out += _section(
        "Open questions", diff.questions, ("Opened", "Resolved (no longer open)", "Still open, for other reasons")
    )
    out += _section("Actors", diff.actors, ("Added", "Removed", "Changed"))
    return "\n".join(out).rstrip("\n") + "\n"
