"""Render a briefing as Markdown a person can read: BLUF, actors, claims by source, denials, open questions.

Every item cites its evidence (the quote and its character offsets). Text from the article or the
model is flattened to one line and neutralised, so it is shown, never interpreted, wherever the
Markdown lands (a terminal, a Markdown viewer, a chat client):
- Markdown and HTML: every character that can open a construct is backslash-escaped (links, images,
  autolinks ``<http://..>``, raw HTML and entities ``&amp;``, emphasis, code, tables, strikethrough,
  math ``$x$``); a leading list or heading marker is escaped too;
- Rich console markup: ``[bold]`` / ``[link=...]`` lose their ``[`` (Rich reads ``\\[`` as a literal);
- auto-linking: ``scheme://`` becomes ``scheme\\://``, ``www.`` becomes ``www\\.``, and ``@`` is escaped,
  so bare URLs, e-mail addresses and chat mentions (``@everyone``) stay text;
- terminals: control characters (escape sequences), zero-width and bidi controls are removed.
"""

from __future__ import annotations

import re
from collections import defaultdict

from summarize.schemas import Actor, Briefing, Claim, Evidence

# "&" only where it starts an entity and "$" only where it is not a price, so "AT&T" and "$40" stay readable.
_ACTIVE_MARKUP = re.compile(r"[\\<>\[\]`*_|!#~@]|&(?=#?[0-9A-Za-z]+;)|\$(?!\d)")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_SCHEME = re.compile(r"(?<=[A-Za-z0-9.+-]):(?=//)")  # https://, ftp://, javascript://
_WWW = re.compile(r"(?i)\b(www)\.")
_LEADING_MARKER = re.compile(r"^(\d{1,9})([.)])|^([-+=])")  # "1. x", "2) x", "- x", "+ x", "=" (setext)
DENIAL_LABELS = {
    "explicit_denial": "explicit denial",
    "partial_denial": "partial denial",
    "non_denial_denial": "non-denial denial",
    "equivocation": "equivocation",
    "neither_confirm_nor_deny": "neither confirms nor denies",
    "conditional_justification": "conditional justification",
    "declined_to_comment": "declined to comment",
    "no_response": "no response",
}


def inline(text: str | None) -> str:
    """One line, with control characters (terminal escapes, bidi overrides) removed and everything that
    would make Markdown, HTML, Rich markup or an auto-link escaped (see the module docstring)."""
    flat = " ".join(_CONTROL.sub("", text or "").split())
    escaped = _ACTIVE_MARKUP.sub(lambda m: "\\" + m.group(0), flat)
    escaped = _WWW.sub(r"\1\\.", _SCHEME.sub(r"\\:", escaped))
    return _LEADING_MARKER.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", escaped)


def _cite(evidence: list[Evidence]) -> list[str]:
    return [f"  > “{inline(ev.quote)}” — chars {ev.start}–{ev.end} ({ev.match})" for ev in evidence]


def _actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "the publisher (background)"
    role = f", {inline(actor.role)}" if actor.role else ""
    return f"{inline(actor.name)} ({actor.kind}{role})"


def _claim_line(claim: Claim, actors: dict[str, Actor]) -> list[str]:
    facts = [f"{claim.certainty}", "negative" if claim.polarity == "negative" else ""]
    if claim.cue:
        facts.append(f"cue “{inline(claim.cue)}”")
    if claim.via:
        facts.append("via " + ", ".join(inline(actors[v].name) if v in actors else v for v in claim.via))
    if claim.when:
        facts.append(f"when: {inline(claim.when)}")
    head = f"- **{claim.id}** {inline(claim.statement)} — *{'; '.join(f for f in facts if f)}*"
    lines = [head]
    if claim.hedges:
        lines.append("  - hedges: " + ", ".join(f"“{inline(h.text)}” ({h.type})" for h in claim.hedges))
    if claim.estimate:
        lines.append(f"  - estimate: “{inline(claim.estimate.text)}” → {claim.estimate.band.replace('_', ' ')}")
    for q in claim.quantities:
        state = f", {inline(q.state)}" if q.state else ""
        lines.append(f"  - figure: “{inline(q.text)}” ({q.bound.replace('_', ' ')}) — {inline(q.counts)}{state}")
    for relation in ("contradicts", "corroborates"):
        refs = getattr(claim, relation)
        if refs:
            lines.append(f"  - {relation} {', '.join(refs)}")
    return lines + _cite(claim.evidence)


def render_markdown(briefing: Briefing) -> str:
    actors = {a.id: a for a in briefing.actors}
    out = [f"# {inline(briefing.title)}", ""]
    if briefing.bluf:
        out += ["**Bottom line up front**", ""]
        out += [f"- {inline(s.text)} [{', '.join(s.supports)}]" for s in briefing.bluf]
        out.append("")
    if briefing.actors:
        out += ["## Actors", ""]
        for a in briefing.actors:
            affiliation = f", part of {inline(actors[a.affiliation].name)}" if a.affiliation in actors else ""
            out.append(f"- **{a.id}** {_actor_label(a)} — {a.identification}{affiliation}")
        out.append("")
    if briefing.claims:
        out += ["## Claims by source", ""]
        by_source: dict[str | None, list[Claim]] = defaultdict(list)
        for c in briefing.claims:
            by_source[c.source].append(c)
        for source, claims in by_source.items():
            out += [f"### {_actor_label(actors.get(source) if source else None)}", ""]
            for c in claims:
                out += _claim_line(c, actors)
            out.append("")
    if briefing.denials:
        out += ["## Denials and non-answers", ""]
        for d in briefing.denials:
            who = inline(actors[d.by].name) if d.by in actors else d.by
            target = f" (responding to {d.target})" if d.target else ""
            out.append(f"- **{d.id}** {who} — *{DENIAL_LABELS[d.kind]}*{target}: {inline(d.statement)}")
            out.append(f"  - allegation: {inline(d.target_statement)}")
            out += _cite(d.evidence)
        out.append("")
    if briefing.uncertainties:
        out += ["## Open questions", ""]
        for u in briefing.uncertainties:
            reasons = ", ".join(r.replace("_", " ") for r in u.reasons)
            out.append(f"- **{u.id}** {inline(u.question)} — *{reasons}*; see {', '.join(u.related)}")
            if u.would_resolve:
                out.append(f"  - would resolve: {inline(u.would_resolve)}")
        out.append("")
    if briefing.embedded_instructions:
        out += ["## Text addressed to an AI (reported, not obeyed)", ""]
        out += _cite(briefing.embedded_instructions)
        out.append("")
    m = briefing.meta
    engine = "offline backend" if m.backend == "offline" else f"{inline(m.model)} ({inline(m.mode)})"
    g = m.grounding
    out.append(
        f"---\n*{engine}; {m.usage.requests} request(s), {m.usage.input_tokens}+{m.usage.output_tokens} tokens, "
        f"{m.usage.reasks} re-ask(s); evidence {g.evidence}: {g.exact} exact, {g.normalized} normalized, "
        f"{g.fuzzy} fuzzy.*"
    )
    for w in m.warnings:
        out.append(f"\n*warning: {inline(w)}*")
    return "\n".join(out) + "\n"
