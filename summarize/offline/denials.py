"""Responses to allegations, by kind, from their cues.

explicit_denial ("denied", "rejected", "called the figure 'invented'"), partial_denial (a denial
with an admission), equivocation ("has not denied"), neither_confirm_nor_deny,
conditional_justification ("any such decision would comply with international law"),
declined_to_comment, no_response ("did not respond", "has contacted ... for comment").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from summarize.schemas.enums import DenialKind

from .actors import ActorTable, norm_key
from .segment import Sentence
from .spans import Span, trim

_F = re.IGNORECASE | re.UNICODE

PATTERNS: list[tuple[DenialKind, re.Pattern[str]]] = [
    (
        "neither_confirm_nor_deny",
        re.compile(
            r"\bneither\s+confirm(?:ed|s)?\s+nor\s+den(?:y|ied|ies)\b|\b(?:would|could|did|does|will|do)\s+not\s+"
            r"(?:confirm\s+or\s+deny|deny\s+or\s+confirm)\b|\b(?:declined|refused|declines|refuses)\s+to\s+"
            r"(?:confirm\s+or\s+deny|deny\s+or\s+confirm)\b|\bni\s+confirm\w*\s+ni\s+(?:desment|neg)\w*",
            _F,
        ),
    ),
    (
        "declined_to_comment",
        re.compile(
            r"\b(?:declined|refused|declines|refuses|would\s+not|did\s+not|does\s+not|wouldn[\u2019']t|didn[\u2019']t)\s+"
            r"(?:to\s+)?(?:immediately\s+)?(?:comment|elaborate|discuss\s+(?:it|details|the\s+(?:matter|case|allegations?|report|claims?))|provide\s+(?:further\s+)?"
            r"details|be\s+interviewed|(?<!did\snot\s)(?<!does\snot\s)answer\s+questions)\b|\bdeclined\s+(?:a\s+request\s+for\s+)?comment\b|"
            r"\b(?:declined|refused|declines|refuses)\s+to\s+(?:say|specify|disclose|reveal)\b(?!\s+(?:that|whether|if|it\s+was))|"
            r"\b(?:would|will)\s+not\s+discuss\b|\b(?:wouldn|won)[\u2019']t\s+discuss\b|\bdeclined\s+to\s+discuss\b|"
            r"\b(?:could|can|would)\s*not\s+comment\b|\bcan[\u2019']t\s+comment\b|\bunable\s+to\s+comment\b|"
            r"\bnot\s+be\s+drawn\s+(?:into|on)\b|"
            r"\bno\s+comment\b|\bdeclin[óo]\s+(?:hacer\s+)?comentari\w*|\bse\s+neg[óo]\s+a\s+comentar\b|"
            r"\bdeclin[óo]\s+comentar\b",
            _F,
        ),
    ),
    (
        "no_response",
        re.compile(
            r"\b(?:did|does)\s+not\s+(?:directly\s+)?address\b|"
            r"\b(?:did|has|have|had|does)\s+not\s+(?:yet\s+|immediately\s+)?(?:respond|responded|reply|replied|return|"
            r"returned|answer|answered)\b(?!\s+(?:questions|the\s+question))|\b(?:didn|hasn|haven)[\u2019']t\s+(?:yet\s+|immediately\s+)?(?:respond|reply|"
            r"return|responded|replied)\b|\b(?:has|have|had)\s+(?:also\s+|again\s+|already\s+|separately\s+|repeatedly\s+)?(?:contacted|reached\s+out\s+to|asked|approached|"
            r"sought\s+comment\s+from|requested\s+comment\s+from|e-?mailed|called)\b[^.]{0,160}?\bfor\s+(?:a\s+)?"
            r"(?:comment|response|reaction|statement)\b|\b(?:has|have|had)\s+asked\s+[^.]{1,120}?\s+to\s+"
            r"(?:respond|comment|reply)\b|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b|\b(?:was|were)\s+"
            r"not\s+(?:immediately\s+)?available\s+for\s+comment\b|\bunavailable\s+for\s+comment\b|\bno\s+"
            r"respondi[óo]\b|\bha\s+contactado\b[^.]{0,160}?\bpara\s+(?:obtener\s+)?(?:comentarios|una\s+respuesta)"
            r"|\b(?:has|have|had)\s+(?:asked|requested)\s+[^.;]{1,120}?\s+for\s+(?!comment|a\s+comment|response)"
            # "The Courier contacted X for comment but had not received a reply"
            r"|\b(?:contacted|approached|e-?mailed)\s+[^.]{1,160}?\bfor\s+(?:a\s+)?(?:comment|response)\b[^.]{0,40}?"
            r"\bbut\b[^.]{0,60}?\b(?:not|no)\b"
            r"|\b(?:had|has|have|did)\s+not\s+(?:yet\s+)?(?:provided|provide|supplied|supply|shared|share|released|"
            r"sent|handed\s+over|produced)\b",
            _F,
        ),
    ),
    (
        "equivocation",
        re.compile(
            r"\b(?:has|have|had|did|does|do)\s+not\s+(?:explicitly\s+|directly\s+)?den(?:y|ied)\b|\b(?:didn|hasn|doesn)"
            r"[\u2019']t\s+deny\b|\b(?:saying|said)\s+only\s+that\b|\b(?:did|would)\s+not\s+explain\s+(?:why|how)\b|\bstopped\s+short\s+of\s+denying\b|\bwould\s+not\s+deny\b|\bno\s+(?:ha\s+)?"
            r"(?:neg[óo]|negado|desmentido)\b",
            _F,
        ),
    ),
    (
        "conditional_justification",
        re.compile(
            r"\b(?:any|such)\b[^.;]{0,100}?\b(?:would|will)\s+(?:be\s+(?:made|taken|carried\s+out|done)\s+"
            r"(?:in\s+(?:line|accordance|compliance)\s+with|under)\b|"
            r"comply|meet|satisfy|respect|adhere|be\s+(?:in\s+(?:line|accordance|compliance)|consistent|"
            r"lawful|legal|legitimate|justified)|(?:have\s+been|be)\s+[\u201c\"]?(?:fully\s+|entirely\s+|completely\s+)?"
            r"(?:justified|lawful|legal|legitimate|in\s+line))\b|\bin\s+(?:full\s+)?(?:accordance|compliance)\s+with\s+"
            r"international\s+law\b|\bwithin\s+(?:its|their|our)\s+(?:sovereign\s+)?rights?\b",
            _F,
        ),
    ),
    (
        "explicit_denial",
        re.compile(
            r"(?<!\bnot\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:denied|denies|denying|refuted|refutes|negó|niega|"
            r"negaron|desmintió|desmiente)\b(?!\s+(?:bail|entry|access|permission|a\s+visa|visas|parole|the\s+request))|"
            r"(?<!\bnot\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:rejected|rejects|dismissed|dismisses|disputed|"
            r"disputes|rechazó|rechaza|rechazaron)\b(?=[\u201d\"\u2019]?\s+(?:(?:as|that)\b|(?:[\w\u2019'-]+\s+){0,4}?(?:claims?|allegations?|"
            r"accusations?|reports?|charges?|suggestions?|criticism|assertions?|characteri[sz]ations?|account|figures?|"
            r"findings?|conclusions?|analysis|assessment|interpretation|methodology|version|story|stories|speculation|rumou?rs?|acusaci[oó]n\w*|denuncias?|versi[oó]n|informaciones)\b))|\b(?:called|labell?ed|branded|described)\s+(?:the|these|those|this|it|them|such|that)\b"
            r"[^.]{0,60}?[\u201c\"]?(?:false|untrue|baseless|fabricated|invented|fake|lies|absurd|groundless|unfounded|"
            r"nonsense|propaganda|disinformation|misinformation|fiction|(?:a\s+)?fabrication|(?:a\s+)?smear|(?:a\s+)?hoax|"
            r"slander\w*|defamatory|(?:a\s+)?lie)\b|\b(?:allegations?|claims?|accusations?|charges?|suggestions?)\s+(?:that\s+|which\s+)?(?:[A-Z][\w\u2019'&.-]*\s+){1,4}"
            r"(?:has\s+|had\s+|have\s+)?(?:called|labell?ed|branded|described\s+as|dismissed\s+as|denounced\s+as)\s+"
            r"[\u201c\"]?(?:a\s+|an\s+|as\s+)?(?:[\w-]+\s+){0,2}?(?:false|untrue|baseless|fabricat\w*|invented|fake|lies?|absurd|"
            r"groundless|unfounded|nonsense|smear|hoax|propaganda|disinformation|fiction|slander\w*|defamatory)\b|\b(?:is|was|were|are)\s+(?:completely\s+|"
            r"entirely\s+|simply\s+)?(?:false|untrue|baseless|fabricated|groundless|unfounded)\b|\bno\s+truth\b"
            # "the company stood by its figures": the contested account maintained against the allegation
            r"|\b(?:stood|stands|standing|stand)\s+by\s+(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+)?(?:figures?|"
            r"estimates?|account|reporting|report|findings|statement|numbers|data|assessment|version)\b",
            _F,
        ),
    ),
    (
        "non_denial_denial",
        re.compile(
            r"\b(?:did|does|would)\s+not\s+(?:directly\s+)?answer\b|\bwould\s+not\s+(?:directly\s+)?address\b|\bsidestep\w*|\bside-stepped\b|\bdodged\b"
            r"|\b(?:had\s+|has\s+|have\s+)?(?:followed|complied\s+with|adhered\s+to|acted\s+in\s+(?:line|accordance)\s+with)"
            r"\s+(?:all\s+)?(?:[\w-]+\s+){0,2}(?:guidance|guidelines|procedures|protocols|rules|regulations|laws|standards)\b"
            r"|\bremain(?:s|ed)?\s+[\u201c\"]?committed\s+to\b",
            _F,
        ),
    ),
]
# Responses recognised by what they say rather than by a response verb: the statement is also a
# claim of its own ("X said the claim was 'not accurate'", "I have always been clean").
CONTENT_PATTERNS: list[tuple[DenialKind, re.Pattern[str]]] = [
    (
        "explicit_denial",
        re.compile(
            # the allegation called wrong without "deny": "said that claim was 'not accurate'"
            r"\b(?:claims?|allegations?|accusations?|reports?|suggestions?|figures?|account|assertions?|"
            r"characteri[sz]ations?|story|stories)\s+(?:was|were|is|are)\s+[\u201c\"]?(?:(?:simply|completely|entirely|"
            r"totally|wholly|plainly)\s+)?(?:not\s+(?:accurate|true|correct)|inaccurate|incorrect|wrong|misleading|"
            r"a\s+fabrication|(?:a\s+)?lies?)\b"
            # protestations of innocence, in the party's own words or its representative's
            r"|\b(?:I|we|I\u2019ve|I've|we\u2019ve|we've)\s+(?:have\s+)?(?:always\s+)?(?:been|am|are)\s+(?:completely\s+|"
            r"totally\s+|entirely\s+|100\s+percent\s+)?(?:clean|innocent)\b|\bnever\s+knowingly\b|\b(?:did|have\s+done|"
            r"has\s+done|had\s+done)\s+nothing\s+(?:wrong|illegal|improper|unlawful)\b",
            _F,
        ),
    ),
    (
        "non_denial_denial",
        # "there is no evidence that our equipment caused it": the party's own absence of evidence
        re.compile(r"\bno\s+(?:evidence|indication|sign)\b[^.;]{0,40}?\bthat\s+(?:our|we|us|its|it)\b", _F),
    ),
]
# "X, asked about Y, said she had not been asked to ...": a reply to a question that negates it
_ASKED_NEG = re.compile(
    r"\b(?:asked|pressed|questioned|challenged)\s+(?:about|whether|if|on|over)\b[^.]{0,160}?,\s+"
    r"[^.]{0,80}?\b(?:said|says|replied|responded|answered|insisted)\b[^.]*?"
    r"(?P<neg>\b(?:had|has|have|was|were|did|is|are)\s+(?:not|never)\b|\b(?:hadn|hasn|wasn|weren|didn|isn)[\u2019']t\b)",
    _F,
)
# "Asked about X, she said ...": a response that sounds like an answer (matched at the sentence start)
_ASKED = re.compile(
    r"\s*(?:when\s+)?(?:asked|pressed|questioned|challenged|consultad[oa]s?|preguntad[oa]s?)\b[^.]{0,160}?,\s+"
    r"[^.]{0,80}?\b(?:said|says|replied|responded|answered|told|dijo|respondi[óo]|contest[óo])\b"
    r"(?=\s*[:,]?\s*[\u201c\"\u00ab])"  # the reply is quoted: an answer in the speaker's own words
    # or a reply to the allegation itself: "Asked about the report, the agency said ..."
    r"|\s*(?:when\s+)?(?:asked|pressed|questioned|challenged)\s+(?:about|over|on)\s+(?:the|these|those|this|that)\s+"
    r"(?:[\w\u2019'-]+\s+)?(?:report|reports|allegations?|accusations?|claims?|criticism|findings|charges?|complaints?)\b"
    r"[^.]{0,60}?,\s+[^.]{0,80}?\b(?:said|says|replied|responded|answered)\b",
    _F,
)
_PARTIAL = re.compile(
    r"\b(?:but|while|although)\b[^.]{0,80}\b(?:acknowledged|admitted|confirmed|conceded)\b|"
    r"\b(?:acknowledged|admitted|confirmed|conceded)\b[^.]{0,80}\bbut\s+(?:denied|rejected)\b|"
    r"\b(?:acknowledged|admitted|accepted|accepts|admits|acknowledges|conceded|concedes)\s+(?:that\s+)?[^.]{0,160}?"
    r"\bbut\b[^.]{0,60}?\b(?:never|not|denied|denies|rejected|rejects)\b|"
    r"\bpartly\b|\bsome\s+of\s+the\b",
    _F,
)
_NON_DENIAL = re.compile(
    r"\bdismiss\w*\b[^.]{0,80}\b(?:speculation|rumou?rs?|noise|politically\s+motivated|"
    r"distraction|hysteria)\b",
    _F,
)
_CONTACTED = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|again\s+|already\s+|separately\s+|repeatedly\s+)?)?(?:contacted|reached\s+out\s+to|asked|approached|sought\s+comment\s+from|"
    r"requested\s+comment\s+from|e-?mailed|called)\s+(?P<np>.+?)\s+(?:for|to\s+(?:respond|comment|reply))\b|\bha\s+contactado\s+(?:a|con)\s+(?P<np2>.+?)\s+para\b",
    _F,
)
_CONDITIONAL_REPLY = re.compile(r"[\u201c\"][^\u201d\"]*\b(?:If|if)\s", _F)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:would|will|could|can|has|have|had|did|does|do|is|was|were|are|also|still|not|again|later|then|"
    r"repeatedly|flatly|strongly|firmly|categorically|publicly|himself|herself|itself|themselves|ha|han|no|se))+\s*$",
    _F,
)
_ABOUT = re.compile(
    r"\b(?:comment|respond|elaborate|reply|response)\s+(?:on|about|regarding|to)\s+(?P<what>[^.;,]+)"
    r"|\b(?:denied|denies|rejected|rejects|disputed|disputes)\s+(?:that\s+|claims\s+that\s+|reports\s+that\s+)?"
    r"(?P<what2>[^.;]+)",
    _F,
)


@dataclass
class DenialSeed:
    kind: DenialKind
    by: str
    cue: Span
    evidence: Span
    about: str | None
    sentence: Sentence
    more: list[Span] = field(default_factory=list)  # follow-up sentences of the same response
    keeps_claims: bool = False  # recognised by its content: the statement is a claim as well
    follow_only: bool = False  # "It had not provided them": a response only after a request


_CONTRADICTION = re.compile(
    r"disput(?:ed|es)\s+(?:that|this|the|those|these|its|their)\s+(?:[\w-]+\s+)?(?:account|figures?|findings?|"
    r"conclusions?|analysis|assessment|interpretation|methodology|version|estimates?|numbers?|data)\b",
    _F,
)
_REQUEST_ONLY = re.compile(r"^(?:has|have|had)\s+(?:asked|requested)\b", _F)
_NOT_PROVIDED = re.compile(r"^(?:had|has|have|did)\s+not\s+(?:yet\s+)?(?!respond|repl|return|answer|address)", _F)


_FOLLOW_UP = re.compile(r"\s*(?:It|He|She|They|The\s+\w+)\s+(?:had|has|have|did|does|also|still|would)\s+not\b")


def merge_follow_ups(seeds: list[DenialSeed], text: str) -> list[DenialSeed]:
    """ "X has asked the hospital to respond. It had not replied by ...": one response, not two."""
    out: list[DenialSeed] = []
    for seed in sorted(seeds, key=lambda d: d.evidence.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.sentence.para == seed.sentence.para
            and _FOLLOW_UP.match(text, seed.sentence.start)
            and not text[prev.sentence.end : seed.sentence.start].strip()
            and seed.kind in ("no_response", "non_denial_denial", "declined_to_comment")
        ):
            prev.more.append(seed.evidence)
            continue
        if seed.follow_only:
            continue
        out.append(seed)
    return out


def detect(
    table: ActorTable,
    sent: Sentence,
    resolve: object,
    frame_source: Callable[[Sentence, int], str | None] | None = None,
) -> DenialSeed | None:
    """The strongest denial cue of ``sent`` with who responds; ``resolve(span) -> key | None``."""
    text = table.text
    content = {id(p) for _, p in CONTENT_PATTERNS}
    for kind, pattern in [*PATTERNS[:-1], CONTENT_PATTERNS[0], PATTERNS[-1], *CONTENT_PATTERNS[1:]]:
        m = pattern.search(text, sent.start, sent.end)
        if m is None and kind == "non_denial_denial":
            m = _ASKED.match(text, sent.start, sent.end)
        neg = None
        if m is None and kind == "explicit_denial":
            neg = _ASKED_NEG.search(text, sent.start, sent.end)
        if m is None and neg is None:
            continue
        if m is not None and kind == "explicit_denial" and _CONTRADICTION.match(text, m.start(), sent.end):
            continue  # "X disputed that account": another party's version contradicted, not a denial
        if m is not None:
            cue = Span(m.start(), m.end())
        else:
            assert neg is not None
            cue = Span(neg.start("neg"), neg.end("neg"))
        by: str | None = None
        found = cue.of(text)
        follow_only = kind == "no_response" and bool(_NOT_PROVIDED.match(found))
        if (
            kind == "no_response"
            and _REQUEST_ONLY.match(found)
            and not re.search(r"\b(?:comment|respon|react|statement|repl)", found, _F)
        ):
            # "X has asked the ministry for a copy of ...": a request for comment only when X is the outlet
            asker = _call(resolve, Span(sent.start, cue.start))
            if asker is None or table.actors[asker].kind not in ("media", "publisher"):
                continue
        if kind == "no_response":
            c = _CONTACTED.search(text, sent.start, sent.end)
            if c:
                g = "np" if c.group("np") else "np2"
                by = _call(resolve, Span(c.start(g), c.end(g)))
                pub = _call(resolve, Span(sent.start, c.start()))
                if pub is not None and pub != by and table.publisher is None:
                    rec = table.actors[pub]
                    if rec.kind in ("media", "organization", "person", "publisher"):
                        rec.kind = "publisher"
                        rec.identification = "named"
                        table.publisher = pub
        if by is None and frame_source is not None:
            by = frame_source(sent, cue.start)
        if by is None:
            by = _subject(table, sent, cue, resolve)
        if by is None:
            continue
        if kind == "non_denial_denial" and _CONDITIONAL_REPLY.search(text, cue.end, sent.end):
            kind = "equivocation"
        if kind == "explicit_denial":
            window = text[sent.start : sent.end]
            if _NON_DENIAL.search(window):
                kind = "non_denial_denial"
            elif _PARTIAL.search(window):
                kind = "partial_denial"
        about_m = _ABOUT.search(text, sent.start, sent.end)
        about = None
        if about_m:
            about = " ".join((about_m.group("what") or about_m.group("what2") or "").split()) or None
        evidence = trim(text, sent.span, " \t\n")
        keeps = id(pattern) in content or m is None
        return DenialSeed(kind, by, cue, evidence, about, sent, follow_only=follow_only, keeps_claims=keeps)
    return None


def _call(resolve: object, span: Span) -> str | None:
    if not callable(resolve):
        return None
    result = resolve(span)
    return result if isinstance(result, str) else None


_TRAILING_TIME = re.compile(
    r"\s+(?:(?:on|last|this|early|late|el)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|yesterday|today|ayer|hoy)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)


def _subject(table: ActorTable, sent: Sentence, cue: Span, resolve: object) -> str | None:
    text = table.text
    left = Span(sent.start, cue.start)
    # the clause the cue is in: after the last ',' or ';' that is not inside an appositive
    i = cue.start - 1
    while i > sent.start and text[i] not in ',;:\u201d"':
        i -= 1
    seg = Span(i + 1 if i > sent.start else sent.start, cue.start)
    aux = _TRAILING_AUX.search(text, seg.start, seg.end)
    if aux and aux.start() > seg.start:
        seg = Span(seg.start, aux.start())
    when = _TRAILING_TIME.search(text, seg.start, seg.end)
    if when and when.start() > seg.start:
        seg = Span(seg.start, when.start())  # "Norland on Monday denied"
    key = _call(resolve, seg)
    if key is None and len(left) > len(seg):
        key = _call(resolve, left)
    if key is None:
        occ = table.occurrences(left)
        if occ:
            key = occ[-1][1]
    if key is not None and table.actors[key].kind == "publisher":
        return None
    return key


def publisher_key(table: ActorTable) -> str | None:
    return table.publisher if table.publisher in table.actors else None


__all__ = ["CONTENT_PATTERNS", "PATTERNS", "DenialSeed", "detect", "merge_follow_ups", "norm_key", "publisher_key"]
