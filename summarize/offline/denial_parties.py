"""Who a response is by: the party an allegation concerns (``concerned``), the body a description names
("la direction", "the port authority"), whose contradicting figures they are (``owner``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .actor_table import ActorTable
from .denial_cues import OPEN, alt, rules
from .segment import Sentence
from .spans import Span


def concerned(table: ActorTable, key: str, sent: Sentence, sources_of: Callable[[Sentence], set[str]]) -> bool:
    """Whether ``key`` is the party the allegation before ``sent`` is about: it (or one of its people)
    is named in one of the two sentences before (the account it answers), in this paragraph or the one
    before, where someone else speaks; or in the headline or the lede's first sentence (the central
    allegation) when it has given no account of its own before. A party that only gives its own account
    against another's is a third party."""
    family = {k for k, rec in table.actors.items() if k == key or rec.affiliation == key}
    if table.actors.get(key) is not None and table.actors[key].affiliation:
        family.add(table.actors[key].affiliation or key)
    priors = [s for s in table.seg.body() if s.end <= sent.start and sent.para - s.para <= 1][-2:]
    # the headline and the lede's first sentence state whom the article's central allegation is about
    heads = [s for s in table.seg.sentences[:1] + table.seg.body()[:1] if s.end <= sent.start]
    for prior in reversed(priors):
        named = {k for _, k in table.occurrences(prior.span)}
        if named & family and not sources_of(prior) & family:
            return True
    if not any(written_in(table, family, head) for head in heads):
        return False
    # a party that has given its own account before, and now disputes another's, is one side of a clash
    # of accounts ("police and promoter clash over crowd size"), not the party answering an allegation
    # ("Police" is the "Denholm Police" that spoke before: a name that holds all its words)
    own = set(table.actors[key].name.lower().split()) if key in table.actors else set()
    family |= {k for k, rec in table.actors.items() if own and own <= set(rec.name.lower().split())}
    return not any(sources_of(s) & family for s in table.seg.body() if s.end <= sent.start)


def written_in(table: ActorTable, family: set[str], sent: Sentence) -> bool:
    """One of ``family`` is named in ``sent`` as the article writes it elsewhere (a headline is not read
    for actors: "la préfecture avance d'autres chiffres")."""
    if any(k in family for _, k in table.occurrences(sent.span)):
        return True
    here = sent.span.of(table.text).lower()
    written = [span.of(table.text).split() for k in family for span in table.actors[k].spans]
    # "the ministry" is "ministry" in a headline: a determiner (a lower-case first word) dropped
    forms = {table.actors[k].name.lower() for k in family} | {
        " ".join(w[1:] if len(w) > 1 and w[0].islower() else w).lower() for w in written
    }
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", here) for form in forms if len(form) > 2)


def owner(table: ActorTable, sent: Sentence, cue: Span, contra: re.Match[str], resolve: object) -> str | None:
    """Whose contradicting figures they are: the owner after them ("les chiffres de la préfecture"), a body
    named before them ("The port authority's own figures"), or the subject that opens the sentence, when it is
    a body met before ("La empresa difundió sus propias cifras, que contradicen ...")."""
    text = table.text
    if contra.group("owner"):
        owner = Span(contra.start("owner"), contra.end("owner"))
        by = call(resolve, owner)
        if by is None:
            named = [k for _, k in table.occurrences(owner) if table.actors[k].kind != "publisher"]
            by = named[0] if named else None
        if by is None:
            # "de Valmont Transports": the name after its preposition, as the article gave it before
            name = re.sub(r"^(?:[^\W\d_A-Z]+['\u2019]?\s*)+", "", owner.of(text).strip())
            by = table.key(name) if table.key(name) in table.actors else None
        if by is not None:
            return by
    named = [k for _, k in table.occurrences(Span(sent.start, cue.start)) if table.actors[k].kind != "publisher"]
    if named and re.match(alt(table.seg.lex.denials.explicit_denial.dispute_verbs), contra.group(), re.IGNORECASE):
        # "X, a neurologist who has no role in the union, disputed that": the subject disputes, not a body
        # named in its apposition
        return named[0]
    if named:
        return named[-1]
    genitive = re.match(r"\s*(.+?)['\u2019]s?\s", text[sent.start : cue.start])
    if genitive is not None:
        # "The port authority's own figures": the body the genitive names
        np = Span(sent.start + genitive.start(1), sent.start + genitive.end(1))
        key = named_by_head(table, np) or call(resolve, np)
        if key is not None and table.actors[key].kind != "publisher":
            return key
    words = list(re.finditer(r"\S+", text[sent.start : cue.start]))
    if len(words) >= 3:
        key = call(resolve, Span(sent.start + words[0].start(), sent.start + words[1].end()))
        if key is not None and any(span.end <= sent.start for span in table.actors[key].spans):
            return key
    return None


def party_concerned(
    table: ActorTable, sent: Sentence, cue: Span, concerned: Callable[[str, Sentence], bool] | None
) -> str | None:
    """ "La direction conteste ce montant", "the management declined to comment": a subject that names the
    leadership of a body (``party_nouns``) is the body the allegation before concerns: the last one named
    before that ``concerned`` accepts (a body, not a person or an outlet)."""
    text = table.text
    r = rules(table.seg.lex)
    i = max(text.rfind(c, sent.start, cue.start) for c in ",;:")
    seg = Span(i + 1 if i >= sent.start else sent.start, cue.start)
    aux = r.trailing_aux.search(text, seg.start, seg.end)
    end = aux.start() if aux and aux.start() > seg.start else seg.end
    if not r.party_noun.fullmatch(text, seg.start, end):
        return None
    seen: set[str] = set()
    for _, key in table.before(seg.start):
        rec = table.actors[key]
        if key in seen or rec.kind in ("person", "publisher", "media", "country") or not rec.name[:1].isupper():
            continue
        seen.add(key)
        if concerned is None or concerned(key, sent):
            return key
    return None


def named_by_description(table: ActorTable, seg: Span) -> str | None:
    """ "La concejala rechazó ...", "La distribuidora negó ...": a determiner and a common noun that the
    article wrote before right in front of a name ("la distribuidora Eléctrica del Cierzo", "explicó la
    concejala de Urbanismo, Begoña Larrañeta"): the one so named last before the response."""
    text = table.text
    written = seg.of(text).split()
    if len(written) != 2 or not written[0][:1].isalpha() or not written[1][:1].islower():
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(written[0])}\s+{re.escape(written[1])}(?!\w)", re.IGNORECASE)
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text, 0, seg.start):
        # the name right after it: after 0 to 3 words of complement ("de Urbanismo"), then an optional comma
        starts: set[int] = set()
        pos = m.end()
        for _ in range(4):
            comma = re.match(r"\s*,?\s*", text[pos : pos + 4])
            starts.add(pos + (comma.end() if comma else 0))
            word = re.match(r"\s+[^\W\d_]+", text[pos : pos + 40])
            if word is None:
                break
            pos += word.end()
        for span, key in table.occurrences(Span(m.end(), min(m.end() + 100, seg.start))):
            if span.start in starts and table.actors[key].kind != "publisher":
                best = (m.start(), key)
            break
    return best[1] if best else None


def frame_before(
    table: ActorTable, sent: Sentence, cue: Span, source: str | None, subject: Callable[[], str | None]
) -> str | None:
    """The speaker of the frame that reports the response; not the source of a frame that only follows
    it ("X refused to say whether A, as the opposition called for him to resign") when the subject before
    the cue (``subject()``) names who responds."""
    if source is None or table.text[sent.start : sent.end].lstrip()[:1] in OPEN:
        return source
    before = {k for _, k in table.occurrences(Span(sent.start, cue.start))}
    after = {k for _, k in table.occurrences(Span(cue.end, sent.end))}
    if source in before or source not in after:
        return source
    key = subject()
    return key if key is not None and key in before else source


def call(resolve: object, span: Span) -> str | None:
    if not callable(resolve):
        return None
    result = resolve(span)
    return result if isinstance(result, str) else None


def named_by_head(table: ActorTable, seg: Span) -> str | None:
    """ "La federación declinó ...", "The federation declined": a determiner and a common noun that is the
    head of a name the article gave before ("la Federación Costera de Fútbol", "the Coastal Football
    Federation"): the body last named so."""
    written = seg.of(table.text).split()
    if len(written) == 1 and re.match(r"^\w{1,2}['\u2019]\w", written[0]):
        written = re.split(r"(?<=['\u2019])", written[0], maxsplit=1)  # "l’agence": an elided article
    # "the port authority" for "the Strandmere Port Authority": every word after the determiner in the name
    if not 2 <= len(written) <= 3 or not all(w[:1].islower() for w in written[1:]) or not written[0][:1].isalpha():
        return None
    noun = written[-1].lower()
    others = {w.lower() for w in written[1:-1]}
    best: tuple[int, str] | None = None
    for key, rec in table.actors.items():
        name = re.sub(r"^\w{1,2}['\u2019]", "", rec.name.lower()).split()
        if len(name) < 2 or noun not in (name[0], name[-1]) or rec.kind == "person" or not others <= set(name):
            continue
        before = [span.start for span in rec.spans if span.end <= seg.start]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), key)
    return best[1] if best else None


__all__ = [
    "call",
    "concerned",
    "frame_before",
    "named_by_description",
    "named_by_head",
    "owner",
    "party_concerned",
    "written_in",
]
