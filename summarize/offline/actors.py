"""Actors: people with their role appositives, organisations, governments, media, anonymous sources.

Every mention is a span of the article. Names come from capitalised chains classified by
keywords (ministry, institute, army, outlet words), a small gazetteer of countries and demonyms,
possessive institutions ("Lusenia's foreign ministry"), titles ("Defense Minister Jane Doe") and
appositives ("Jane Doe, a spokesperson for ..."). Noun phrases that act as sources ("unnamed
officials", "two diplomats briefed on the talks") become actors on demand, anonymous ones with
their description as role. Pronouns and short names resolve to the last fitting full mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from summarize.schemas.enums import ActorKind, Identification

from . import gazetteer as gz
from .segment import Segmented, Sentence
from .spans import Span, trim

_APOS = "[\u2019']"
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w&-]*(?:[\u2019'](?!s\b)[^\W\d_][\w-]*)*|\d[\w,.]*", re.UNICODE)
_CONNECTORS = frozenset(
    [
        "of",
        "for",
        "the",
        "de",
        "del",
        "la",
        "los",
        "las",
        "y",
        "and",
        "on",
        "al",
        "bin",
        "van",
        "von",
        "der",
        "du",
        "da",
        "di",
        "le",
    ]
)
_PLACE_NOUNS = frozenset(
    [
        "mina",
        "mine",
        "town",
        "village",
        "city",
        "river",
        "province",
        "provincia",
        "ciudad",
        "pueblo",
        "región",
        "region",
        "district",
        "distrito",
        "municipio",
        "departamento",
        "estado",
        "state",
        "county",
        "island",
        "isla",
        "valle",
        "valley",
    ]
)
_LEADING_ARTICLES = frozenset(["the", "a", "an", "el", "la", "los", "las"])
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "into",
        "across",
        "outside",
        "inside",
        "toward",
        "towards",
        "through",
        "around",
        "en",
        "desde",
    ]
)
_ACRONYM_STOP = frozenset(
    [
        *("TV", "CEO", "AM", "PM", "OK", "ID", "GDP", "COVID", "AI", "DNA", "PDF", "PR", "HQ", "VIP", "IT"),
        *("UPDATE", "UPDATED", "BREAKING", "LIVE", "EXCLUSIVE", "WATCH", "NEW", "OPINION", "ANALYSIS", "EDITOR"),
    ]
)
_PRONOUNS_PERSON = frozenset(["he", "she", "him", "her", "his", "hers", "él", "ella"])
_PRONOUNS_THING = frozenset(["it", "its"])
_PRONOUNS_PLURAL = frozenset(["they", "them", "their", "ellos", "ellas"])

_INST_MODS = (
    r"(?:(?:foreign|defen[cs]e|interior|health|finance|justice|economy|economic|education|energy|emergency|"
    r"emergencies|security|information|culture|agriculture|transport|environment|trade|state|military|"
    r"national|federal|regional|local|central|top|senior)\s+)?"
)
_INST_NOUN = (
    r"(?:ministry|government|military|army|navy|air\s+force|police|intelligence(?:\s+(?:agency|agencies|service|"
    r"services))?|authorities|embassy|parliament|forces|troops|soldiers|fighters|military\s+units|units|artillery|"
    r"officials|spy\s+agency|prosecutors?|regulators?|delegation|negotiators|cabinet|presidency|"
    r"(?:[a-z-]+\s+){0,2}(?:brigade|battalion|regiment|division|unit))"
)
_INSTITUTION = re.compile(
    rf"(?P<owner>(?:[Tt]he\s+)?(?:(?:[A-Z]\.){{2,}}|[A-Z][\w-]*)(?:\s+(?:[A-Z]\.){{2,}}|\s+[A-Z][\w-]*){{0,2}}"
    rf"(?P<poss>{_APOS}s)?|(?:his|her|their|its)\s+country{_APOS}s)\s+(?P<inst>{_INST_MODS}{_INST_NOUN})\b",
    re.UNICODE,
)
_GROUP = re.compile(
    r"\b(?P<adj>separatist|rebel|militant|insurgent|opposition|government|pro-[A-Z][\w-]*|anti-[\w-]+|jihadist|"
    r"paramilitary|allied|enemy|foreign)\s+(?P<noun>fighters|forces|troops|militants|soldiers|militias?|rebels)\b",
    re.UNICODE,
)
_LC_INST_NOUN = (
    r"(?P<noun>ministry|coalition|commission|prosecutor[\u2019']s\s+office|office|parliament|cabinet|regulator|"
    r"police|army|military|union|association|party|court|authority|authorities|council|company|government|"
    r"coast\s+guard|central\s+bank|bureau|agency|inspectorate|tribunal|watchdog|administration|department|board|"
    r"committee|panel)"
)
_LC_INSTITUTION = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<np>(?:(?!said|says|and|or|of|the)[a-z][a-z-]+\s+){0,2}"
    rf"{_LC_INST_NOUN})\b"
    r"|\b(?P<np2>opposition\s+parties|political\s+parties)\b",
    re.UNICODE,
)
# "the Westhollow city council", "the Belmarch commerce ministry", "the mayor's office": a name or a
# possessive role before a lowercase institution noun
_NAMED_LC_INSTITUTION = re.compile(
    r"\b[Tt]he\s+(?P<np>(?:(?:[A-Z][\w-]*\s+){1,3}|[a-z]+[\u2019']s\s+)(?:(?!said|says|and|or|of|the)[a-z][a-z-]+\s+){0,2}"
    rf"{_LC_INST_NOUN})\b",
    re.UNICODE,
)
_GOVERNMENT_OF = re.compile(
    r"\b(?:[Tt]he\s+)?(?:government|authorities|people)\s+of\s+(?P<x>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?P<app>(?:a|an|the|who|[a-z][\w-]*|[A-Z][\w-]*[\u2019']s|(?:[A-Z][\w.-]*\s+){1,3}(?:President|Minister|"
    r"Secretary|Director|Chief|Spokesperson|Spokesman|Spokeswoman|Ambassador|Commander))\b[^,;:\u201c\u201d\"()]{2,180}?)"
    r"(?=,|(?<![A-Z])\.(?:\s|$)|\s+(?:said|says|told|wrote|added|noted|warned)\b)",
    re.UNICODE,
)
_ROLE_BEFORE = re.compile(
    r"(?:^|[,;:.]\s+|\n|\b(?:and|but)\s+)(?P<role>(?:[A-Z][\w-]*[\u2019']s|[Tt]he|[Aa]n?|[A-Z][\w-]*)\s+"
    r"[^,;:.\n]{0,80}?)"
    r",\s+$",
    re.UNICODE,
)
_POSS_OWNER = re.compile(
    r"(?P<owner>(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)(?:\s+(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)){0,2})[\u2019']s\s+$", re.UNICODE
)
_WORDCHARS = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class ActorRec:
    key: str
    name: str
    kind: ActorKind
    identification: Identification
    role: str | None = None
    affiliation: str | None = None
    spans: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    source: bool = False

    @property
    def first(self) -> int:
        return min((s.start for s in self.spans), default=1 << 60)


def norm_key(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"^(?:the|a|an|el|la|los|las)\s+", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.lower().split())


def _role_has_noun(role: str) -> bool:
    return any(w.lower().rstrip("s") in gz.ROLE_NOUNS or w.lower() in gz.ROLE_NOUNS for w in _WORDCHARS.findall(role))


class ActorTable:
    """All actors of one article, with their mention spans and a position index."""

    def __init__(self, seg: Segmented) -> None:
        self.text = seg.text
        self.seg = seg
        self.actors: dict[str, ActorRec] = {}
        self._occ: list[tuple[int, int, str]] = []
        self._lower_words = {w for w in _WORDCHARS.findall(seg.text) if w.islower()}
        self.publisher: str | None = None

    # --- building -----------------------------------------------------------------------------
    def add(
        self,
        name: str,
        kind: ActorKind,
        identification: Identification,
        span: Span | None,
        role: str | None = None,
        affiliation: str | None = None,
        key: str | None = None,
    ) -> str:
        key = key or norm_key(name)
        if not key:
            key = f"actor{len(self.actors) + 1}"
        rec = self.actors.get(key)
        if rec is None:
            rec = ActorRec(key, " ".join(name.split()), kind, identification, role, affiliation)
            self.actors[key] = rec
        else:
            if role and not rec.role:
                rec.role = role
            if affiliation and not rec.affiliation and affiliation != key:
                rec.affiliation = affiliation
        if span is not None and len(span):
            self.mention(key, span)
        return key

    def mention(self, key: str, span: Span) -> None:
        rec = self.actors[key]
        item = (span.start, span.end, key)
        i = bisect_left(self._occ, item)
        if i < len(self._occ) and self._occ[i] == item:
            return  # already a mention of this actor
        rec.spans.append(span)
        self._occ.insert(i, item)

    def occurrences(self, span: Span) -> list[tuple[Span, str]]:
        i = bisect_left(self._occ, (span.start, -1, ""))
        out: list[tuple[Span, str]] = []
        while i < len(self._occ) and self._occ[i][0] < span.end:
            s, e, k = self._occ[i]
            if e <= span.end:
                out.append((Span(s, e), k))
            i += 1
        return out

    def before(self, pos: int) -> list[tuple[Span, str]]:
        i = bisect_left(self._occ, (pos, -1, ""))
        return [(Span(s, e), k) for s, e, k in reversed(self._occ[:i])]

    # --- pronouns -----------------------------------------------------------------------------
    def resolve_pronoun(self, word: str, pos: int, last_source: str | None = None) -> str | None:
        w = word.lower()
        if w in _PRONOUNS_PERSON:
            for _, key in self.before(pos):
                if self.actors[key].kind == "person":
                    return key
            return None
        if w in _PRONOUNS_THING or w in _PRONOUNS_PLURAL:
            plural = w in _PRONOUNS_PLURAL
            if plural and last_source and self.actors[last_source].kind != "person":
                return last_source
            for _, key in self.before(pos):
                rec = self.actors[key]
                if rec.kind == "person":
                    continue
                if rec.kind in ("publisher", "media") and not plural:
                    continue
                if not plural and (rec.kind == "group" or rec.name.lower().endswith("s")) and rec.kind != "country":
                    continue
                return key
            if last_source and self.actors[last_source].kind != "person":
                return last_source
        return None


# --- chain detection -------------------------------------------------------------------------
@dataclass
class _Tok:
    start: int
    end: int
    text: str


def _chains(text: str, sent: Sentence) -> list[list[_Tok]]:
    toks = [_Tok(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, sent.start, sent.end)]
    chains: list[list[_Tok]] = []
    cur: list[_Tok] = []
    pending: list[_Tok] = []
    for tok in toks:
        is_cap = tok.text[:1].isupper()
        if cur:
            last = pending[-1] if pending else cur[-1]
            gap = text[last.end : tok.start]
            joined = (
                gap.isspace()
                or (gap.startswith(".") and gap[1:].isspace() and _abbrev(last.text))
                # a plural possessive inside a name: "the Harbour Pilots’ Association"
                or (gap[:1] in "\u2019'" and gap[1:] == " " and last.text.endswith("s") and is_cap and not pending)
            )
            if text[last.end : last.end + 2] in ("\u2019s", "'s"):
                joined = False
            if joined and is_cap:
                cur.extend(pending)
                pending = []
                cur.append(tok)
                continue
            if joined and tok.text.lower() in _CONNECTORS and len(pending) < 2:
                pending.append(tok)
                continue
            if (
                joined
                and not pending
                and tok.text.lower() in _POSTNOMINAL
                and any(t.text in gz.SPANISH_INSTITUTION_WORDS for t in cur)
            ):
                cur.append(tok)  # "la Defensoría del Pueblo regional"
                continue
            chains.append(cur)
            cur, pending = [], []
        if is_cap:
            cur = [tok]
    if cur:
        chains.append(cur)
    return chains


_POSTNOMINAL = frozenset(
    ["provincial", "regional", "nacional", "municipal", "departamental", "estatal", "federal", "distrital", "general"]
)


def _abbrev(word: str) -> bool:
    return word in (
        "Gen",
        "Lt",
        "Col",
        "Sgt",
        "Capt",
        "Adm",
        "Maj",
        "Gov",
        "Sen",
        "Rep",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
        "St",
        "Jr",
        "Sr",
        "Rev",
        "Cmdr",
    ) or (len(word) == 1 and word.isupper())


def _title_token(tok: _Tok, text: str) -> bool:
    word = tok.text
    if word in gz.TITLES:
        return True
    return text[tok.end : tok.end + 1] == "." and f"{word}." in gz.TITLES


def _keyword_kind(words: list[str], full: str) -> ActorKind | None:
    bare = re.sub(r"^(?:The|the)\s+", "", full)
    if (
        full in gz.MEDIA
        or bare in gz.MEDIA
        or (len(words) >= 2 and words[-1] in gz.MEDIA_WORDS)
        or (len(words) >= 2 and words[0] in gz.MEDIA_FIRST_WORDS)
        or (len(words) >= 3 and words[0] in ("El", "La", "Los", "Las") and words[1] in gz.MEDIA_FIRST_WORDS)
    ):
        return "media"
    if any(w in gz.INTELLIGENCE_WORDS for w in words):
        return "intelligence"
    if any(w in gz.MILITARY_WORDS for w in words):
        return "military"
    if any(w in gz.GOVERNMENT_WORDS for w in words):
        return "government"
    if any(w in gz.ORG_WORDS or w in gz.CORPORATE_WORDS for w in words):
        return "organization"
    if any(w in gz.SPANISH_INSTITUTION_WORDS for w in words):
        return "organization" if words[0] == "Sindicato" else "government"
    return None


def _shortened_name(table: ActorTable, name: str) -> str | None:
    """ "Harwick Museum" after "Harwick Museum of World Cultures": the institution already met, shortened."""
    prefix = norm_key(name) + " of "
    for key, rec in table.actors.items():
        if rec.kind not in ("person", "country") and key.startswith(prefix):
            return key
    return None


def _country_of(word: str, table: ActorTable) -> str | None:
    """The key of the country a demonym or proper name points to, creating known countries."""
    if word in gz.DEMONYMS:
        target = gz.DEMONYMS[word]
        for alt in (target, word):
            key = norm_key(alt)
            if key in table.actors:
                return key
        if target == "United States":
            for k in ("u.s.", "united states", "us", "america"):
                if k in table.actors:
                    return k
        return None
    key = norm_key(word)
    if key in table.actors:
        return key
    if len(word) > 4:
        for k, rec in table.actors.items():
            if (
                rec.kind in ("country", "government")
                and len(k) >= 4
                and word.lower().startswith(k)
                and len(word) - len(k) <= 3
            ):
                return k
    return None


def _is_demonym(word: str, table: ActorTable) -> bool:
    if word in gz.DEMONYMS:
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)", word)) and _country_of(word, table) is not None


def build(seg: Segmented) -> ActorTable:
    table = ActorTable(seg)
    text = seg.text
    body = seg.body()
    _find_publisher_dateline(table)
    # pass 1: capitalised chains
    for sent in body:
        for chain in _chains(text, sent):
            _classify_chain(table, sent, chain)
    _not_people(table)
    _jurisdiction_mentions(table)
    _find_publisher_by_use(table)
    # pass 2: possessive and demonym institutions, generic groups, "the government of X"
    for sent in body:
        _institutions(table, sent)
    # pass 3: aliases (surnames) and capital cities used for their country
    _aliases(table, body)
    # pass 4: groups that act or are acted on ("Investors appeared unconvinced", "judged by investigators")
    for sent in body:
        _groups(table, sent)
        _first_names(table, sent)
    return table


_ORG_AFTER = re.compile(
    r"\s+(?:party|parties|group|movement|coalition|alliance|union|company|firm|network|campaign|bloc|faction)\b"
)
# "the Bramble Burger chain", "Corvane Air flights": a business named before what it sells or runs
_BUSINESS_AFTER = re.compile(
    r"\s+(?:chain|restaurants?|caf[eé]s?|stores?|shops?|outlets?|branch(?:es)?|brand|franchise|factory|factories|"
    r"plant|flights?|airline|carrier|museum|gallery|hotels?|clinics?)\b"
)
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:operator|company|firm|group|party|maker|manufacturer|carrier|airline|"
    r"bank|insurer|network|charity|organi[sz]ation|association|union|supplier|contractor|developer|retailer|"
    r"chain|provider|producer|broadcaster|publisher|agency|consortium|coalition|movement|club|team)\b"
)


def _not_people(table: ActorTable) -> None:
    """Capitalised names first read as people that the article treats as organisations: "the
    opposition Civic Renewal party", "Orlek Coaches, a local operator"."""
    text = table.text
    for rec in table.actors.values():
        if rec.kind != "person":
            continue
        role_head = (rec.role or "").split()[-1:]
        if (
            role_head
            and role_head[0].lower() in _GENERIC_ORG
            and rec.role
            and rec.role[:1].islower()
            and len(rec.role.split()) <= 4
            and not re.search(r"\b(?:at|of|for|in|with|from|to)\b", rec.role)
        ):
            rec.kind = "organization"  # "animal welfare charity Free the Giants": a body, named after its kind
            continue
        if re.search(r"\s(?:the|of|for|and|on)\s", rec.name):
            rec.kind = "organization"  # "Free the Giants", "Friends of the Earth": people's names have no such words
            continue
        if rec.role and _role_has_noun(rec.role):
            continue
        for span in rec.spans:
            if len(span.of(text).split()) < 2:
                continue
            if _ORG_AFTER.match(text, span.end):
                rec.kind = "group"
                break
            if _ORG_APPOSITIVE.match(text, span.end) or _BUSINESS_AFTER.match(text, span.end):
                rec.kind = "organization"
                break


_JURISDICTION_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:state|federal|national|regional|provincial|county|city|municipal|local)\s+$"
)


def _jurisdiction_mentions(table: ActorTable) -> None:
    """ "The state Emergency Management Agency": the name as the article writes it, with its
    lowercase jurisdiction, is a mention too."""
    text = table.text
    for key, rec in list(table.actors.items()):
        if rec.kind == "person":
            continue
        for span in list(rec.spans):
            m = _JURISDICTION_BEFORE.search(text, max(0, span.start - 20), span.start)
            if m is not None:
                table.mention(key, Span(m.start(), span.end))


DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'/-]{2,40}(?:,[ \t]*[\w .'/-]{1,30}?)?"  # "KORVEN, Tervane" / "ALDMOUTH, Nov 4"
    r"\s*\((?P<pub>[A-Z][\w .&-]{1,40})\)\s*[-\u2013\u2014]+\s*",
    re.MULTILINE,
)
_OUTLET = r"(?P<pub>(?:The[ \t]+)?[A-Z][\w&.\u2019'-]*(?:[ \t]+[A-Z][\w&.\u2019'-]*){0,4})"
# "By Jane Doe, Science Correspondent, The Daily Lamp": the outlet closes a byline of three parts
_BYLINE = re.compile(rf"^[ \t]*By[ \t]+[A-Z][^,\n]{{1,60}},[^,\n]{{1,60}},[ \t]*{_OUTLET}[ \t]*$", re.MULTILINE)
# "The Daily Lamp | Local News": a masthead line opening the page
_MASTHEAD = re.compile(rf"\A\s*{_OUTLET}[ \t]+\|[ \t]+\S")
# how an article names its own outlet: the one told, asked or polled, never the one that reports
_PUBLISHER_BEFORE = re.compile(
    r"(?:\btold|\b(?:seen|obtained|reviewed|polled|surveyed|contacted|commissioned|interviewed)\s+by|"
    r"\brequests?\s+for\s+comment\s+from|\bdijo\s+a|\bconsultad[oa]s?\s+por)\s+(?:[Tt]he\s+)?$"
)
_PUBLISHER_AFTER = re.compile(
    r"(?:[\u2019']s\s+(?:own\s+)?(?:analysis|investigation|review|calculations?)\b|\s+(?:has|have|had|was|is|were|could)\s+"
    r"(?:not\s+|also\s+|independently\s+)*(?:been\s+)?(?:seen|obtained|learned|learnt|reviewed|contacted|asked|unable|able|"
    r"verified|publishing|requested|approached)\b|\s+(?:asked|contacted|approached)\s+[A-Z])"
)
# "according to what a spokesperson told the X": another outlet's report, cited
_CITED_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Ss]eg[uú]n|[Cc]iting)\b[^.;]{0,60}$")
_REPORTS_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:reported|reports|said|says|wrote|published|broadcast|first\s+reported)\b"
)


def _find_publisher_dateline(table: ActorTable) -> None:
    text = table.text
    head = min(len(text), 1500)
    m = DATELINE.search(text, 0, head) or _BYLINE.search(text, 0, head)
    masthead = _MASTHEAD.match(text, 0, head)
    if m is None and masthead is not None:
        name = masthead.group("pub").split()
        if _keyword_kind(name, " ".join(name)) == "media":
            m = masthead
    if m:
        span = Span(m.start("pub"), m.end("pub"))
        table.publisher = table.add(span.of(text), "publisher", "named", span)


def _find_publisher_by_use(table: ActorTable) -> None:
    """No dateline, byline or masthead: the outlet the article addresses as itself ("told the X",
    "seen by the X", "the X has contacted") and never cites as reporting is the publisher."""
    text = table.text
    if table.publisher is None:
        scores: dict[str, int] = {}
        for key, rec in table.actors.items():
            if rec.kind != "media":
                continue
            own = sum(
                bool(
                    _PUBLISHER_BEFORE.search(text, max(0, s.start - 40), s.start) or _PUBLISHER_AFTER.match(text, s.end)
                )
                for s in rec.spans
            )
            cited = any(
                _REPORTS_AFTER.match(text, s.end) or _CITED_BEFORE.search(text, max(0, s.start - 80), s.start)
                for s in rec.spans
            )
            if own and not cited:
                scores[key] = own
        if not scores:
            return
        best = max(scores, key=lambda k: (scores[k], -table.actors[k].first))
        table.actors[best].kind = "publisher"
        table.publisher = best
    rec = table.actors[table.publisher]
    # "the Courier" after "The Wexcombe Courier": the outlet's short name
    words = [w for w in rec.name.split() if w not in ("The", "the")]
    if len(words) < 2 or words[-1] not in gz.MEDIA_WORDS:
        return
    if any(
        r is not rec and r.kind in ("media", "publisher") and r.name.split()[-1] == words[-1]
        for r in table.actors.values()
    ):
        return  # two outlets share the word: the short name is ambiguous
    for m in re.finditer(rf"\b[Tt]he\s+{re.escape(words[-1])}\b(?![\w-]|\s+[A-Z])", text):
        span = Span(m.start(), m.end())
        if not any(occ.overlaps(span) for occ, _ in table.occurrences(Span(max(0, span.start - 60), span.end + 60))):
            table.mention(table.publisher, span)


def _classify_chain(table: ActorTable, sent: Sentence, chain: list[_Tok]) -> None:
    toks = list(chain)
    # sentence-initial common words ("Analysts", "However", "Neither")
    while (toks and toks[0].start == sent.start) or (
        toks
        and toks[0].text.lower() in gz.FUNCTION_WORDS
        and toks[0].text not in ("The",)
        and not (toks[0].text in ("El", "La", "Los", "Las") and toks[0].start != sent.start and len(toks) > 1)
    ):
        first = toks[0]
        if len(toks) > 1 and norm_key(table.text[first.start : toks[-1].end]) in table.actors:
            break  # "Strait Lines said ...": a name already seen in full, not a sentence-initial word
        if first.text.lower() in gz.FUNCTION_WORDS or (
            first.text.lower() in table._lower_words
            and first.text.lower() not in ("the",)
            and not (_title_token(first, table.text) and len(toks) > 1)
        ):
            if first.text == "The":
                break
            toks = toks[1:]
            continue
        break
    # drop trailing connectors and time words split the chain
    parts: list[list[_Tok]] = [[]]
    for n, t in enumerate(toks):
        and_the = n + 1 < len(toks) and toks[n + 1].text.lower() in ("the", "el", "la", "los", "las")
        if (
            (t.text in ("and", "y") and (and_the or not any(_keyword_kind([p.text], p.text) for p in parts[-1])))
            or t.text in gz.TIME_WORDS
            or t.text.rstrip(".") in gz.TIME_WORDS
            or t.text[:1].isdigit()
        ):
            parts.append([])
        else:
            parts[-1].append(t)
    split_parts: list[list[_Tok]] = []
    for part in parts:
        split_parts.extend(_split_title_of(table.text, part))
    for part in split_parts:
        while part and part[-1].text.lower() in _CONNECTORS:
            part.pop()
        while part and part[0].text.lower() in _CONNECTORS - {"the"}:
            part.pop(0)
        if part:
            _classify_part(table, sent, part)


def _classify_part(table: ActorTable, sent: Sentence, toks: list[_Tok]) -> None:
    text = table.text
    had_the = toks[0].text in ("The", "the")
    core = toks[1:] if had_the else toks
    if not core:
        return
    words = [t.text for t in core]
    full_span = Span(core[0].start, core[-1].end)
    full = full_span.of(text)
    with_the = Span(toks[0].start, core[-1].end)
    prev_word = _word_before(text, toks[0].start, sent.start)
    # title + name -> person with role
    title_idx = -1
    for i, t in enumerate(core):
        if _title_token(t, text):
            title_idx = i
    if 0 <= title_idx < len(core) - 1:
        rest = core[title_idx + 1 :]
        rest_words = [t.text for t in rest]
        if (
            _keyword_kind(rest_words, " ".join(rest_words)) is None
            and all(w[:1].isupper() for w in rest_words)
            and not any(w in gz.GEO_WORDS for w in rest_words)
            and len(rest) <= 4
            and " ".join(rest_words) not in gz.COUNTRIES
        ):
            name_span = Span(rest[0].start, rest[-1].end)
            role = Span(
                core[0].start,
                core[title_idx].end + (1 if text[core[title_idx].end : core[title_idx].end + 1] == "." else 0),
            ).of(text)
            owner = _country_of(words[0], table) if words else None
            key = _add_person(table, name_span, role, owner)
            table.mention(key, full_span)
            return
    kind = _keyword_kind(words, with_the.of(text) if had_the else full)
    if kind is not None and kind != "media" and not had_the:
        pm = _POSS_OWNER.search(text, sent.start, toks[0].start)
        if pm and pm.end() == toks[0].start:
            owner_name = pm.group("owner")
            okey = _country_of(owner_name, table)
            if okey is None and owner_name.split()[0].lower() not in gz.FUNCTION_WORDS:
                okey = table.add(owner_name, "country", "institutional", None, key=_country_key(owner_name))
            if okey is not None:
                table.mention(okey, Span(pm.start("owner"), pm.end("owner")))
                span = Span(pm.start("owner"), full_span.end)
                table.add(
                    span.of(text), kind, "institutional" if kind != "organization" else "named", span, affiliation=okey
                )
                return
    if kind == "media":
        span = with_the if had_the and (with_the.of(text) in gz.MEDIA or len(core) >= 2) else full_span
        name = span.of(text)
        table.add(name, "media", "named", span)
        return
    if kind is not None:
        owner = _country_of(words[0], table) or _country_of(" ".join(words[:2]), table)
        span = with_the if had_the else full_span
        if owner is None and words[0] in gz.DEMONYMS:
            owner = table.add(gz.DEMONYMS[words[0]], "country", "institutional", None)
        ident: Identification = "named" if kind == "organization" else "institutional"
        if kind == "government" and len(words) >= 2 and words[-1] in ("Authority",) and words[0] not in gz.DEMONYMS:
            kind, ident = "group", "named"
        longer = _shortened_name(table, full) if len(words) >= 2 else None
        if longer is not None:
            table.mention(longer, span)
            return
        table.add(full, kind, ident, span, affiliation=owner)
        return
    if not had_the and _MEDIA_NOUN_BEFORE.search(text, max(sent.start, toks[0].start - 40), toks[0].start):
        table.add(full, "media", "named", full_span)  # "the newspaper Dagsposten", "the news site X"
        return
    if full in gz.COUNTRIES or full.replace(".", "") in ("US", "USA", "UK", "EU"):
        span = with_the if had_the else full_span
        table.add(full, "country", "institutional", span, key=_country_key(full))
        return
    if any(w in gz.GEO_WORDS for w in words) or all(w in gz.PLATFORMS for w in words):
        return
    if full in gz.CAPITALS:
        country = gz.CAPITALS[full]
        key = _country_key(country)
        table.add(country, "country", "institutional", full_span, key=key)
        return
    if len(words) == 1 and (words[0] in gz.DEMONYMS or words[0].rstrip("s") in gz.DEMONYMS):
        return
    if len(words) == 2 and " ".join(words) in gz.DEMONYMS:
        return
    if len(words) == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}", words[0]) and words[0] not in _ACRONYM_STOP:
        table.add(full, "organization", "named", full_span)
        return
    if prev_word in _LOCATIVE or prev_word in _PLACE_NOUNS:
        return
    if (
        len(words) >= 1
        and all(w.isupper() and len(w) > 1 for w in words)
        and (len(words) >= 2 or DATELINE.match(text, toks[0].start))
    ):
        return
    if prev_word == "de" and _word_before(text, toks[0].start - 3, sent.start) in _PLACE_NOUNS:
        return
    if re.match(
        r"\s+(?:district|region|province|county|town|city|village|state|area|river|valley|oblast|"
        r"prefecture|municipality|neighbourhood|neighborhood|reservoir|dam|port|harbour|harbor)\b",
        text[full_span.end : full_span.end + 20],
    ):
        return
    if (
        2 <= len(core) <= 4
        and all(
            (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'\u2019-]+", w)) or re.fullmatch(r"[a-z]{1,3}", w)
            for w in words
        )
        and not any(w in gz.TITLES for w in words)
    ):
        if any(w in gz.DEMONYMS for w in words):
            return
        _add_person(table, full_span, None, None)
        return
    if len(core) == 1:
        after = text[full_span.end : full_span.end + 40]
        if re.match(
            rf"{_APOS}s\s+(?:[a-z]+\s+)?(?:ministry|government|president|prime\s+minister|foreign\s+minister|"
            r"military|army|forces|parliament|leader|embassy|defen[cs]e|interior|foreign|troops|cabinet)",
            after,
        ):
            table.add(full, "country", "institutional", full_span)


_MEDIA_NOUN_BEFORE = re.compile(
    r"\b(?:newspaper|daily|broadcaster|tabloid|weekly|magazine|news\s+(?:site|agency|outlet|website|channel|portal)|"
    r"radio\s+station|television\s+channel|TV\s+channel|wire\s+service|periódico|diario|emisora)\s+$"
)
# "A passenger who gave only her first name, Ingrid, said": the one-word name of an unnamed person
_FIRST_NAME = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?P<np>[a-z][^,.;:\u201c\u201d\"]{2,80}?),\s+(?P<name>[A-Z][a-z\u00e0-\u00ff'-]+),\s+"
    r"(?=(?:who|said|says|told|added|\w+ed)\b)"
)


def _first_names(table: ActorTable, sent: Sentence) -> None:
    text = table.text
    for m in _FIRST_NAME.finditer(text, sent.start, sent.end):
        head = m.group("np").split()
        name = m.group("name")
        if not any(w in _PERSON_HEADS for w in head[:3]) or name.lower() in gz.FUNCTION_WORDS:
            continue
        if name in gz.DEMONYMS or name in gz.COUNTRIES or norm_key(name) in table.actors:
            continue
        span = Span(m.start("name"), m.end("name"))
        table.add(name, "person", "named", span, role=m.group("np"))


def _country_key(name: str) -> str:
    if name.replace(".", "") in ("US", "USA", "United States", "America"):
        return "u.s."
    if name.replace(".", "") in ("UK", "United Kingdom", "Britain"):
        return "united kingdom"
    return norm_key(name)


def _word_before(text: str, pos: int, floor: int) -> str:
    m = re.search(r"([^\W\d_]+)[\s,]*$", text[max(floor, pos - 30) : pos], re.UNICODE)
    return m.group(1).lower() if m else ""


_LC_ROLE_BEFORE = re.compile(r"(?:^|\s)(?P<role>(?:[A-Za-z-]+\s+){0,3}?[a-z-]+)\s+$")


def _lowercase_role(text: str, span: Span) -> str | None:
    """ "chief executive Jane Doe", "property developer John Roe": a lowercase title before the name."""
    m = _LC_ROLE_BEFORE.search(text, max(0, span.start - 60), span.start)
    if not m:
        return None
    role_words = m.group("role").split()
    while role_words and not _is_source_noun(role_words[-1]):
        return None
    while role_words and (
        role_words[0].lower() in gz.FUNCTION_WORDS
        or (
            role_words[0][:1].isupper()
            and role_words[0] not in gz.DEMONYMS
            and role_words[0].lower() not in gz.ROLE_NOUNS
            and len(role_words) > 1
            and not _is_source_noun(role_words[0])
        )
    ):
        role_words = role_words[1:]
    return " ".join(role_words) or None


def _add_person(table: ActorTable, span: Span, role: str | None, owner: str | None) -> str:
    text = table.text
    name = span.of(text)
    key = norm_key(name)
    if " " not in name.strip():
        # "Dr. Okafor" after "Dr. Ada Okafor": the surname of a person already in the table
        known = next((k for k, r in table.actors.items() if r.kind == "person" and name in r.aliases), None)
        if known is not None:
            table.mention(known, span)
            return known
    found_role = role or _appositive_role(text, span) or _lowercase_role(text, span)
    affiliation = owner
    if found_role and affiliation is None:
        affiliation = _role_affiliation(table, found_role)
    key = table.add(name, "person", "named", span, role=found_role, affiliation=affiliation, key=key)
    rec = table.actors[key]
    parts = name.split()
    if len(parts) >= 2:
        rec.aliases.add(parts[-1])
    if len(parts) == 3 and parts[1][:1].isupper():
        rec.aliases.add(parts[1])  # Spanish first surname: "Paredes" for "Rocío Paredes Ugarte"
    return key


def _appositive_role(text: str, span: Span) -> str | None:
    m = _APPOSITIVE_AFTER.match(text, span.end)
    if m:
        app = m.group("app").strip()
        if app.split()[0] in ("said", "says", "told", "wrote", "added", "who") and not app.startswith("who "):
            m = None
        elif app.startswith("who "):
            return app[4:] if len(app.split()) <= 25 else None
        if (
            m is not None
            and len(app.split()) <= 25
            and (app.split()[0].lower() in ("a", "an", "the") or _role_has_noun(app))
        ):
            return re.sub(r"^(?:a|an|the)\s+", "", app)
    start = max(0, span.start - 120)
    m2 = _ROLE_BEFORE.search(text[start : span.start])
    after = text[span.end : span.end + 2]
    if m2 and after[:1] in (",", " ") and _role_has_noun(m2.group("role")):
        return re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", m2.group("role").strip())
    return None


def _role_affiliation(table: ActorTable, role: str) -> str | None:
    best: tuple[int, str] | None = None
    for key, rec in table.actors.items():
        if rec.kind == "person":
            continue
        for cand in {rec.name, *(s.of(table.text) for s in rec.spans)}:
            found = len(cand) >= 3 and re.search(rf"(?<!\w){re.escape(cand)}(?!\w)", role)
            if found and (best is None or len(cand) > best[0]):
                best = (len(cand), key)
    return best[1] if best else None


def _institutions(table: ActorTable, sent: Sentence) -> None:
    text = table.text
    for m in _INSTITUTION.finditer(text, sent.start, sent.end):
        owner_text = m.group("owner")
        inst = m.group("inst")
        owner_bare = re.sub(rf"^(?:[Tt]he\s+)|{_APOS}s$", "", owner_text).strip()
        pronoun_owner = bool(re.match(r"(?:his|her|their|its)\s", owner_text))
        owner_key: str | None = None
        if not pronoun_owner:
            if m.group("poss") or owner_bare in gz.COUNTRIES:
                owner_key = (
                    _country_of(owner_bare, table) or _country_key(owner_bare)
                    if owner_bare in gz.COUNTRIES
                    else (_country_of(owner_bare, table))
                )
                if owner_key is None or owner_key not in table.actors:
                    if owner_bare.split()[0].lower() in gz.FUNCTION_WORDS:
                        continue
                    owner_key = table.add(
                        owner_bare,
                        "country",
                        "institutional",
                        Span(m.start("owner"), m.start("owner") + len(owner_text.rstrip("\u2019's")))
                        if False
                        else None,
                        key=_country_key(owner_bare),
                    )
                    ostart = m.start("owner") + (len(owner_text) - len(owner_text.lstrip()))
                    if owner_text.lower().startswith("the "):
                        ostart += 4
                    table.mention(owner_key, Span(ostart, ostart + len(owner_bare)))
            elif _is_demonym(owner_bare.split()[-1], table) or owner_bare in gz.DEMONYMS:
                owner_key = _country_of(owner_bare, table) or _country_of(owner_bare.split()[-1], table)
                if owner_key is None and owner_bare in gz.DEMONYMS:
                    owner_key = _country_key(gz.DEMONYMS[owner_bare])
                    table.add(gz.DEMONYMS[owner_bare], "country", "institutional", None, key=owner_key)
            else:
                continue
        low = inst.lower()
        kind: ActorKind
        ident: Identification = "institutional"
        role: str | None = None
        if "intelligence" in low or "spy" in low:
            kind = "intelligence"
        elif re.search(
            r"military|army|navy|air force|forces|troops|soldiers|fighters|units|artillery|brigade|"
            r"battalion|regiment|division|unit",
            low,
        ):
            kind = "military"
        elif "officials" in low:
            kind, ident = "group", "anonymous"
        else:
            kind = "government"
        start = m.start("owner")
        if text[start : start + 4].lower() == "the ":
            start += 4
        span = Span(start, m.end("inst"))
        name = span.of(text)
        if ident == "anonymous":
            role = name
        if pronoun_owner:
            role = name
        key = table.add(name, kind, ident, span, role=role, affiliation=owner_key)
        if owner_key and owner_key != key:
            table.actors[key].affiliation = table.actors[key].affiliation or owner_key
    for m in _NAMED_LC_INSTITUTION.finditer(text, sent.start, sent.end):
        _named_lc_institution(table, m)
    for m in _LC_INSTITUTION.finditer(text, sent.start, sent.end):
        if m.group("np2"):
            span, noun = Span(m.start("np2"), m.end("np2")), "parties"
        else:
            det = m.group(0).split()[0].lower()
            span = Span(m.start() if det != "the" else m.start("np"), m.end())
            noun = m.group("noun").lower()
        if any(s.overlaps(span) for s, _ in table.occurrences(Span(max(0, span.start - 80), span.end + 80))):
            continue
        if not m.group("np2") and _described_name(table, sent, Span(m.start(), span.end), m.group("noun")):
            continue
        if re.match(r"\s+[A-Z][\w-]+", text[span.end : span.end + 30]) and not m.group("np2"):
            continue  # "the private launch company Heliant Aerospace": a description of the name after it
        whole = Span(m.start(), span.end) if not m.group("np2") else span  # "the commission", as written
        if noun.split()[-1] in _GENERIC_ORG and len(span.of(text).split()) == 1:
            ante = _antecedent(table, span.of(text).split()[-1], span.start)
            if ante is not None:
                table.mention(ante, whole)
                continue
        named = _named_container(table, span.of(text), span.start)
        if named is not None:
            # "the health authority" after "the Eastmoor Regional Health Authority"
            table.mention(named, whole)
            continue
        name = span.of(text)
        table.add(name[:1].upper() + name[1:], _lc_kind(noun), "institutional", whole, key=norm_key(name))
    for m in _GROUP.finditer(text, sent.start, sent.end):
        span = Span(m.start(), m.end())
        table.add(span.of(text), "military", "institutional", span)
    for m in _GOVERNMENT_OF.finditer(text, sent.start, sent.end):
        x = m.group("x")
        key = _country_of(x, table) or norm_key(x)
        span = trim(text, Span(m.start(), m.end()))
        if key in table.actors:
            table.mention(key, span)
            if table.actors[key].kind == "country":
                table.actors[key].kind = "government"
        elif x.split()[0].lower() not in gz.FUNCTION_WORDS:
            table.add(x, "government", "institutional", span, key=key)


_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[.;:\n])\s*|(?<=\s))(?P<name>[A-Z][\w\u2019'&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w\u2019'&.-]*){0,3}),\s+$",
    re.UNICODE,
)
_OFFICE_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w\u2019'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\u2019'&-]*){0,5})",
    re.UNICODE,
)


def _described_name(table: ActorTable, sent: Sentence, span: Span, noun: str) -> bool:
    """ "Quillmark, the tax-filing software company": a description of the name before it (a
    mention of that name's actor); "the office of the Data Protection Commissioner": the office
    stands for the named official body. True when ``span`` was handled so."""
    text = table.text
    low = noun.split()[-1].lower()
    if low == "office":
        of = _OFFICE_OF.match(text, span.end, sent.end)
        if of is not None and of.group("name").split()[0].lower() not in gz.FUNCTION_WORDS:
            name_span = Span(of.start("name"), of.end("name"))
            occ = table.occurrences(name_span)
            whole = Span(span.start, of.end("name"))
            if occ:
                table.mention(occ[0][1], whole)
            else:
                table.add(of.group("name"), "government", "institutional", whole)
            return True
        return False
    if low not in ("company", "firm", "group", "agency", "association", "union", "party", "authority", "bureau"):
        return False
    before = _NAME_BEFORE.search(text, max(sent.start, span.start - 80), span.start)
    if before is None:
        return False
    name = before.group("name")
    words = name.split()
    if words[0].lower() in gz.FUNCTION_WORDS or any(w in gz.TITLES or w in gz.TIME_WORDS for w in words):
        return False
    name_span = Span(before.start("name"), before.end("name"))
    occ = table.occurrences(name_span)
    key = occ[-1][1] if occ else None
    if key is None:
        if name in gz.COUNTRIES or name in gz.DEMONYMS or len(words) > 3:
            return False
        key = table.add(name, _lc_kind(noun), "named", name_span)
    if table.actors[key].kind == "person":
        return False
    table.mention(key, span)
    return True


def _lc_kind(noun: str) -> ActorKind:
    noun = noun.split()[-1].lower()
    if noun in ("army", "military", "forces", "brigade"):
        return "military"
    if noun in ("coalition", "party", "parties"):
        return "group"
    if noun in ("union", "association", "chamber", "company", "group"):
        return "organization"
    return "government"


def _named_lc_institution(table: ActorTable, m: re.Match[str]) -> None:
    """ "the Westhollow city council", "the Belmarch commerce ministry", "the mayor's office"."""
    text = table.text
    span = Span(m.start("np"), m.end("np"))
    head = span.of(text).split()
    first = head[0]
    if "\u2019" in first or "'" in first:
        owner_noun = re.sub(r"[\u2019']s$", "", first).lower()
        if not _is_source_noun(first) and not (len(head) >= 3 and owner_noun in _INSTITUTION_OWNERS):
            return  # "the company's office" is not an institution of its own
    elif any(w.lower() in gz.FUNCTION_WORDS or w in gz.TITLES or w in gz.TIME_WORDS for w in head if w[:1].isupper()):
        return
    for occ, _ in table.occurrences(Span(max(0, span.start - 120), span.end + 120)):
        if (occ.start < span.start < occ.end) or occ.start < span.end < occ.end:
            return  # part of a longer name
    owner = None
    if first[:1].isupper():
        owner = _country_of(first, table) or (norm_key(first) if norm_key(first) in table.actors else None)
        if owner is not None and table.actors[owner].kind not in ("country", "government"):
            owner = None
    name = span.of(text)
    key = table.add(name[:1].upper() + name[1:], _lc_kind(m.group("noun")), "institutional", span, key=norm_key(name))
    if owner is not None and owner != key and not table.actors[key].affiliation:
        table.actors[key].affiliation = owner


# "the bank's monetary policy board", "the city's electoral commission": a body inside an institution
_INSTITUTION_OWNERS = frozenset(
    ["bank", "city", "state", "country", "county", "council", "company", "government", "party", "university", "club"]
)

_GROUP_NOUNS = (
    r"negotiators|investors|insurers|customers|clients|regulators|investigators|economists|analysts|employers|"
    r"staff|crew|crews|workers|employees|residents|officials|experts|scientists|researchers|doctors|lawmakers|"
    r"legislators|critics|activists|protesters|protestors|voters|shareholders|creditors|lenders|traders|farmers|"
    r"manufacturers|[a-z]+makers|retailers|exporters|importers|producers|suppliers|unions|groups|prosecutors|"
    r"diplomats|officers|engineers|passengers|survivors|families|rescuers|firefighters|consumers|buyers|"
    r"bondholders|inspectors|auditors|airlines|banks|companies|firms|observers|campaigners|advocates|donors|"
    r"contractors|landlords|tenants|parents|teachers|nurses|physicians|clinicians|judges|jurors|bidders|users|"
    r"developers|operators|carriers|miners|fishermen|drivers|pilots|students|owners|opponents|supporters"
)
_GROUP_NOUN = re.compile(rf"\b(?i:{_GROUP_NOUNS})\b", re.UNICODE)
_GROUP_POST = re.compile(
    r"\s+(?:in|at|from|inside|polled\s+by|surveyed\s+by|interviewed\s+by)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\u2019'-]*(?:\s+(?:and\s+the\s+|of\s+(?:the\s+)?|and\s+)?[A-Z][\w\u2019'-]*){0,3}|"
    r"[a-z]+[\u2019']s\s+[a-z]+)",
    re.UNICODE,
)
_GROUP_PREMOD = re.compile(r"([^\W\d_][\w-]*)\s+$", re.UNICODE)
# what makes a plural noun phrase an actor: it is the subject of a verb, or the agent of a passive
_GROUP_VERB = re.compile(
    r"\s+(?:(?:have|has|had|will|would|could|can|may|might|must|should|are|were|also|still|did|do|say|said|"
    r"warned|argued|expected|feared|reported|appeared|remained|added|pressed|told|believe|fear|expect|"
    r"want|worry|worried|welcomed|criticised|criticized|complained|called|urged|questioned|rejected|"
    r"accused|estimated|predicted|noted|[a-z]{3,}ed)\b)"
)
_NOT_PREMOD = frozenset(
    [
        "other",
        "some",
        "many",
        "most",
        "several",
        "all",
        "both",
        "such",
        "few",
        "more",
        "said",
        "says",
        "told",
        "wrote",
        "than",
        "whose",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "two",
        "three",
        "four",
        "five",
    ]
)


_GROUP_SKIP_BEFORE = re.compile(
    r"(?:\b(?:of(?:\s+the)?|other|some|many|several|fewer|more|few|most|all|both|no|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|its|their|his|her|our|my|your|those|these|whose|such|"
    r"affected)|\d)\s+$",
    re.IGNORECASE,
)


def _groups(table: ActorTable, sent: Sentence) -> None:
    """Plural groups that act or are acted on: "Investors appeared unconvinced", "judged by investigators",
    "economists polled by The Observer had expected", "Kidney patient groups were cautious"."""
    text = table.text
    for m in _GROUP_NOUN.finditer(text, sent.start, sent.end):
        start = m.start()
        premods = 0
        while premods < 2:
            pm = _GROUP_PREMOD.search(text, max(sent.start, start - 40), start)
            if pm is None or pm.end() != start:
                break
            word = pm.group(1)
            low = word.lower()
            if low in _NOT_PREMOD or re.match(r"\d", text[pm.start() - 2 : pm.start()].strip()[-1:] or "x"):
                break
            if (
                low in gz.FUNCTION_WORDS
                or re.search(r"(?:ly|ing|ed)$", low)
                or (word[:1].isupper() and low in gz.FUNCTION_WORDS)
            ):
                break
            start = pm.start()
            premods += 1
        before = text[max(sent.start, start - 20) : start]
        if _GROUP_SKIP_BEFORE.search(before):
            continue  # "18 percent of patients", "400 firms", "two diplomats briefed on ...", "its crews"
        head = Span(start, m.end())
        if re.search(r"\b[Tt]he\s+$", before):
            head = Span(start - 4, m.end())
        post = _GROUP_POST.match(text, m.end(), sent.end)
        span = Span(head.start, post.end() if post else head.end)
        agent = re.search(r"\bby\s+$", before) is not None
        if not agent and not _GROUP_VERB.match(text, span.end, sent.end):
            continue
        if any(occ.overlaps(head) for occ, _ in table.occurrences(Span(max(0, head.start - 120), head.end + 120))):
            continue
        raw = span.of(text)
        name = re.sub(r"^[Tt]he\s+", "", raw)
        table.add(name[:1].upper() + name[1:], "group", "institutional", span, key=norm_key(raw))


def _named_container(table: ActorTable, phrase: str, pos: int) -> str | None:
    """The named actor mentioned before ``pos`` whose name ends with the words of ``phrase``."""
    want = [w.lower() for w in phrase.split()]
    if len(want) < 2:
        return None
    for _, key in table.before(pos):
        rec = table.actors[key]
        have = [w.lower() for w in rec.name.split()]
        if rec.name[:1].isupper() and len(have) > len(want) and have[-len(want) :] == want:
            return key
    return None


def _aliases(table: ActorTable, body: list[Sentence]) -> None:
    text = table.text
    alias: dict[str, str] = {}
    for key, rec in list(table.actors.items()):
        for a in rec.aliases:
            alias.setdefault(a, key)
    if not alias:
        return
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in sorted(alias, key=len, reverse=True)) + r")\b")
    for sent in body:
        for m in pattern.finditer(text, sent.start, sent.end):
            span = Span(m.start(), m.end())
            covered = table.occurrences(Span(max(0, span.start - 60), span.end + 60))
            if any(s.contains(span) for s, _ in covered):
                continue
            table.mention(alias[m.group(1)], span)


# --- noun phrases acting as sources -----------------------------------------------------------
_NP_CUT = re.compile(
    r"\s+(?:who|which|that|operating|speaking|briefed|familiar|close|with|involved|based|working|citing|"
    r"quoted|cited|according|in|on|at|from|for|of)\b.*$",
    re.UNICODE | re.DOTALL,
)
_PARTITIVE = re.compile(
    r"(?:one|two|three|four|five|six|some|several|many|most|none|each|either|neither|both|all|half|another)\s+"
    r"of\s+(?:the|those|these|their|its|[A-Z][\w-]*[\u2019']s)\s+(?=\w)",
    re.IGNORECASE,
)
_ANON = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|several|some|many|multiple|other|unnamed|anonymous|unidentified|"
    r"dos|tres|varios|varias|unos|unas|una|un)\b|\b(?:sources?|fuentes)\b)|"
    r"\b(?:unnamed|anonymous|unidentified|anonymity|familiar\s+with|close\s+to|briefed\s+on|knowledge\s+of|"
    r"not\s+authori[sz]ed|declined\s+to\s+be\s+(?:named|identified)|an[oó]nimo|declined\s+to\s+give\s+"
    r"(?:his|her|their)\s+names?|asked\s+not\s+to\s+be\s+(?:named|identified)|pidi[oó]\s+no\s+ser|"
    r"pidieron\s+no\s+ser)\b",
    re.IGNORECASE | re.UNICODE,
)


def np_actor(table: ActorTable, span: Span, last_source: str | None) -> str | None:
    """The actor a subject noun phrase stands for: a known mention, a pronoun, or a new source."""
    text = table.text
    span = trim(text, span, " \t\n,;:\u201c\u201d\"'()\u2014\u2013-")
    if not len(span):
        return None
    raw = span.of(text)
    that = re.match(r"(?:that|que)\s+(?=\S)", raw)
    if that and len(raw.split()) > 1:
        # "reported ... that one member had argued": the complementiser is not part of the subject
        span = Span(span.start + that.end(), span.end)
        raw = span.of(text)
    reflexive = re.search(r"\s+(?:himself|herself|itself|themselves|also|too|however|instead)$", raw)
    if reflexive:
        span = Span(span.start, span.start + reflexive.start())
        raw = span.of(text)
    raw_words = raw.split()
    if len(raw_words) == 1 or (
        len(raw_words) == 2 and raw_words[1].lower() in ("himself", "herself", "itself", "also")
    ):
        w = raw_words[0]
        if w.lower() in _PRONOUNS_PERSON and _continues_speaker(table, span.start, last_source):
            assert last_source is not None
            return last_source
        pron = table.resolve_pronoun(w, span.start, last_source)
        if pron is not None:
            return pron
        if w.lower() in gz.FUNCTION_WORDS:
            return None
    if _DOCUMENT.match(raw):
        # "according to a statement released after the meeting": the body that issued it
        for _, key in table.before(span.start):
            rec = table.actors[key]
            if (
                rec.kind in ("organization", "government", "group", "military", "intelligence")
                and rec.name[:1].isupper()
            ):
                return key
        return None
    calling = _CALLING_ITSELF.fullmatch(raw)
    if calling:
        # "A criminal group calling itself Nightjar": the name it gives itself, the description as role
        name_span = Span(span.start + calling.start("name"), span.start + calling.end("name"))
        desc = calling.group("desc")
        kind_c: ActorKind = (
            "group" if re.search(r"\b(?:group|gang|collective|crew|cell|network)\b", desc) else "organization"
        )
        key = table.add(calling.group("name"), kind_c, "named", name_span, role=desc)
        if table.actors[key].kind == "person":
            table.actors[key].kind = kind_c  # first read as a person's name: the description says otherwise
        table.mention(key, span)
        return key
    family = FAMILY.fullmatch(raw)
    if family:
        # "The Halloran family": the family as a group, not the Halloran already named
        name = family.group("name")
        return table.add(f"{name} family", "group", "named", span, key=f"{name.lower()} family")
    definite = _DEFINITE.match(raw)
    if definite:
        found = _antecedent(table, definite.group("noun"), span.start)
        if found is not None:
            table.mention(found, span)
            return found
    occ = table.occurrences(span)
    if occ:
        lead_words = [w.lower().strip(".,") for w in text[span.start : min(o[0].start for o in occ)].split()]
        while lead_words and lead_words[-1] in ("the", "a", "an", "its", "his", "her", "their", "la", "el"):
            lead_words.pop()
        if (
            len(lead_words) >= 2
            and lead_words[-1] in _PREPOSITIONS
            and any(_is_source_noun(w) for w in lead_words[:-1])
        ):
            occ = []
    if occ:
        # the head of the phrase: the earliest mention, preferring people
        occ.sort(key=lambda o: (o[0].start, -(o[0].end - o[0].start)))
        persons = [o for o in occ if table.actors[o[1]].kind == "person"]
        first = occ[0]
        possessive = text[first[0].end : first[0].end + 2] in ("\u2019s", "'s")
        owned = re.match(r"[\u2019']s\s+(?:[a-z-]+\s+)?([a-z-]+)$", text[first[0].end : span.end])
        if possessive and owned and _is_source_noun(owned.group(1)) and first[0].start - span.start <= 8:
            occ = []  # "Welland's sponsors", "Two of Welland's sponsors": a party of its own
        modified = re.fullmatch(r"\s+(?:[a-z-]+[\u2019']?\s+){0,2}([a-z-]+)[\u2019']?", text[first[0].end : span.end])
        if (
            occ
            and modified
            and _is_source_noun(modified.group(1))
            and first[0].start - span.start <= 8
            and table.actors[first[1]].kind != "person"
        ):
            occ = []  # "a Treasury spokesman", "two Rovers players' agents": people of that body, not the body
    if occ:
        persons = [o for o in occ if table.actors[o[1]].kind == "person"]
        first = occ[0]
        possessive = text[first[0].end : first[0].end + 2] in ("\u2019s", "'s")
        if persons and (possessive or persons[0][0].start - span.start < 60):
            return persons[0][1]
        if possessive and len(occ) > 1:
            return occ[1][1]
        if not possessive:
            return first[1]
    described = _DESCRIBED_NAME.match(raw)
    if described and not occ and described.group("name").split()[0].lower() not in gz.FUNCTION_WORDS:
        # "the running shoe maker Stridewell": a description, then the name it belongs to
        desc = described.group("desc").lower()
        kind_d: ActorKind = (
            "person" if any(w in _PERSON_HEADS or w in gz.ROLE_NOUNS for w in desc.split()) else "organization"
        )
        return table.add(described.group("name"), kind_d, "named", span)
    rel = re.search(r",\s+(?:who|which|whose|que|quien)\b", raw)
    if rel and rel.start() > 0:
        span = trim(text, Span(span.start, span.start + rel.start()))
        raw = span.of(text)
    words = raw.split()
    if len(words) > 16:
        cut = re.search(r",|\s+and\s+(?:who|which)\b|\s+(?:who|which)\s+(?:declined|asked|spoke|requested)\b", raw)
        if cut and cut.start() > 0:
            span = trim(text, Span(span.start, span.start + cut.start()))
            raw = span.of(text)
            words = raw.split()
    if not words or len(words) > 16:
        return None
    lower = [w.lower().strip(".,") for w in words]
    governing = _GOVERNING_BODY.fullmatch(raw)
    if governing:
        # "its trustees announced": the governing body of the organisation last named
        for _, key in table.before(span.start):
            rec = table.actors[key]
            if rec.kind in ("organization", "government") and rec.name[:1].isupper():
                noun = governing.group("noun").lower()
                return table.add(f"{rec.name} {noun}", "group", "institutional", span, role=noun, affiliation=key)
    if not any(_is_source_noun(w) for w in lower):
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in gz.FUNCTION_WORDS:
            alias = _org_alias(table, words[0])
            if alias is not None:
                table.mention(alias, span)
                return alias
            after = text[span.end : span.end + 400]
            kind: ActorKind = (
                "person"
                if re.search(r"\b(?:he|she|his|her)\b", after[:200])
                and not re.search(r"\b(?:it|its|company|group)\b", after[:120])
                else "organization"
            )
            return table.add(words[0], kind, "named", span)
        if (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and raw not in gz.DEMONYMS
            and not any(w in gz.DEMONYMS or w.lower() in gz.FUNCTION_WORDS for w in words)
        ):
            return table.add(raw, "person", "named", span)
        return None
    named_later = _named_later(table, raw, span)
    if named_later is not None:
        table.mention(named_later, span)
        return named_later
    head_text = _NP_CUT.sub("", raw)
    partitive = _PARTITIVE.match(raw)
    if partitive:
        # "One of the employees", "Two of those people": the whole partitive, not "One"
        head_text = raw[: partitive.end()] + _NP_CUT.sub("", raw[partitive.end() :])
    if _CLAUSAL.search(head_text) or raw.split()[0].lower() in _NOT_NP_START:
        return None
    head_text = re.sub(r"^(?:[Aa]n?|[Tt]he|[Uu]n|[Uu]na|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+", "", head_text).strip() or raw
    anonymous = bool(_ANON.search(raw)) or raw.lower() in ("officials", "sources", "a source", "the source")
    low = raw.lower()
    if re.search(r"brigade|battalion|army|forces|troops|soldiers|military|regiment|unit\b|units\b", low):
        kind = "military"
    elif "intelligence" in low:
        kind = "intelligence"
    elif re.search(r"ministry|government|embassy|authorities|administration|council|commission", low):
        kind = "government"
    elif re.search(r"report|study|survey|poll|media|newspaper|outlet", low):
        kind = "media"
    elif re.search(
        r"\b(?:officials|sources|diplomats|people|analysts|experts|residents|witnesses|aides|advisers|"
        r"members|officers|staff|negotiators|lawmakers|fuentes|funcionarios)\b",
        low,
    ) or (head_text.split()[-1].lower().endswith("s") and _is_source_noun(head_text.split()[-1])):
        kind = "group"  # "football finance specialists": people of a trade, in the plural
    elif re.search(
        r"\b(?:official|source|diplomat|aide|adviser|advisor|spokes\w+|analyst|expert|officer|"
        r"resident|witness|member|negotiator|lawmaker)\b",
        low,
    ) or any(w.strip(".,") in _PERSON_HEADS for w in low.split()[:4]):
        kind = "person"
    else:
        kind = "organization"
    name = head_text[:1].upper() + head_text[1:]
    role = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", raw)
    ident: Identification = "anonymous" if anonymous else "institutional"
    owner = None
    for w in words:
        if _is_demonym(w, table):
            owner = _country_of(w, table)
            break
    if re.match(r"(?:his|her|their|its)\s", raw, re.IGNORECASE):
        ident = "institutional"
    return table.add(
        name,
        kind,
        ident,
        span,
        role=role,
        affiliation=owner,
        key=norm_key(raw),
    )


_SENTENCE_BREAK = re.compile(r"[.!?][\u201d\"]?\s+[\u201c\"]?[A-Z]")


def _continues_speaker(table: ActorTable, pos: int, last_source: str | None) -> bool:
    """ "X said Y had done A. He said B.": a sentence-initial pronoun continues the last speaker,
    not the person last named inside what that speaker said."""
    text = table.text
    if last_source not in table.actors or table.actors[last_source].kind != "person":
        return False
    before = text[:pos].rstrip()
    if before and not re.search(r"[.!?][\u201d\"]?$|\n$", text[:pos].rstrip(" \t")):
        return False
    persons = [(occ, key) for occ, key in table.before(pos) if table.actors[key].kind == "person"]
    if not persons or persons[0][1] == last_source:
        return False
    nearest = persons[0][0]
    own = next((occ for occ, key in persons if key == last_source), None)
    if own is None or own.end > nearest.start:
        return False
    # both in the previous sentence: the speaker first, the other person inside its content
    gap = text[own.end : nearest.start]
    return not _SENTENCE_BREAK.search(gap) and not _SENTENCE_BREAK.search(text[nearest.end : pos].rstrip())


_CALLING_ITSELF = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<desc>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:calling\s+(?:itself|themselves)|(?:which|that|who)\s+calls?\s+"
    r"(?:itself|themselves)|known\s+as)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)
FAMILY = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w\u2019'-]+)\s+family")
_DESCRIBED_NAME = re.compile(
    r"(?:the|a|an)\s+(?P<desc>(?:[a-z][\w-]*\s+){1,4})(?P<name>[A-Z][\w\u2019'&-]*(?:\s+[A-Z][\w\u2019'&-]*){0,3})$"
)
_DOCUMENT = re.compile(
    r"(?:a|an|the|its|their)\s+(?:(?:brief|short|written|joint|separate|new|later)\s+)?(?:statement|press\s+release|"
    r"communiqu[eé])(?:\s+(?:released|issued|published|posted|sent)\b[^,;]*)?$",
    re.IGNORECASE,
)
_INDEFINITE_ROLE = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|top|federal|district|local|state|chief)\s+)?(?P<noun>[a-z]+)\b"
)


def _named_later(table: ActorTable, raw: str, span: Span) -> str | None:
    """ "A judge in Carden ruled ..." then "Judge Jane Doe wrote ...": the lede's unnamed role is the
    one person named with that title shortly after (cataphora); None when not exactly one."""
    m = _INDEFINITE_ROLE.match(raw)
    if m is None or _ANON.search(raw[m.end() :]) or re.search(r"\b(?:for|of|at|from|with)\b", raw[m.end() :]):
        return None
    noun = m.group("noun")
    if noun not in gz.ROLE_NOUNS and noun not in _EXTRA_SOURCES:
        return None
    title = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    found = [
        key
        for key, rec in table.actors.items()
        if rec.kind == "person"
        and rec.identification == "named"
        and span.end < rec.first < span.end + 1500
        and title.search(rec.role or "")
    ]
    return found[0] if len(found) == 1 else None


_EXTRA_SOURCES = frozenset(
    [
        "board",
        "utility",
        "utilities",
        "authority",
        "operator",
        "tribunal",
        "federation",
        "institute",
        "foundation",
        "charity",
        "council",
        "department",
        "network",
        "alliance",
        "league",
        "investor",
        "investors",
        "plaintiff",
        "plaintiffs",
        "defendant",
        "defendants",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "families",
        "relatives",
        "worker",
        "workers",
        "union",
        "unions",
        "protester",
        "protesters",
        "farmer",
        "farmers",
        "patient",
        "patients",
        "customer",
        "customers",
        "shareholder",
        "shareholders",
        "voter",
        "voters",
        "parent",
        "parents",
        "student",
        "students",
        "teacher",
        "teachers",
        "nurse",
        "nurses",
        "survivor",
        "survivors",
        "victim",
        "victims",
        "rescuer",
        "rescuers",
        "firefighter",
        "firefighters",
        "engineer",
        "engineers",
        "inspector",
        "inspectors",
        "miner",
        "miners",
        "manager",
        "managers",
        "executive",
        "executives",
        "trader",
        "traders",
        "economist",
        "economists",
        "banker",
        "bankers",
        "companies",
        "firms",
        "party",
        "parties",
        "coalition",
        "office",
        "prosecutor",
        "judge",
        "court",
        "lecturer",
        "dockworker",
        "dockworkers",
        "retailers",
        "retailer",
        "operators",
        "operator",
        "chamber",
        "newsletter",
        "bulletin",
        "airline",
        "airlines",
        "hospital",
        "clinic",
        "regulator",
        "regulators",
        "ministry",
        "ministries",
        "agency",
        "agencies",
        "spokesperson",
        "forecaster",
        "forecasters",
        "meteorologist",
        "meteorologists",
        "sponsor",
        "sponsors",
        "clerk",
        "clerks",
        "contractor",
        "contractors",
        "laboratory",
        "lab",
        "consultant",
        "consultants",
        "auditor",
        "auditors",
        "alcaldía",
        "fiscalía",
        "defensoría",
        "gobierno",
        "ministerio",
        "policía",
        "ejército",
        "municipalidad",
        "compañía",
        "emisora",
        "radio",
        "diario",
        "periódico",
        "bomberos",
        "vocero",
        "vocera",
        "ministra",
        "ministro",
        "alcalde",
        "alcaldesa",
        "gobernador",
        "directora",
        "jefe",
        "secretario",
        "vecinos",
        "trabajadores",
        "familiares",
        "sindicato",
        "empresa",
        "mineros",
        "rescatistas",
        "portavoz",
        "autoridades",
        # more people who speak for themselves or their trade: "football finance specialists said"
        *("specialist", "specialists", "academic", "academics", "scholar", "scholars", "campaigner", "campaigners"),
        *("lobbyist", "lobbyists", "conservationist", "conservationists", "environmentalist", "environmentalists"),
        *("veterinarian", "veterinarians", "vet", "vets", "biologist", "biologists", "ecologist", "ecologists"),
        *("epidemiologist", "epidemiologists", "statistician", "statisticians", "pollster", "pollsters"),
        *("commentator", "commentators", "agent", "agents", "player", "players", "coach", "coaches", "fans"),
        *("supporter", "supporters", "colleague", "colleagues", "volunteer", "volunteers", "surgeon", "surgeons"),
        *("paramedic", "paramedics", "pilot", "pilots", "crew", "sailor", "sailors", "detective", "detectives"),
        *("advocate", "advocates", "juror", "jurors", "councillor", "councillors", "councilor", "councilors"),
        *("trustee", "trustees", "chemist", "chemists", "architect", "architects", "planner", "planners"),
        *("surveyor", "surveyors", "hydrologist", "hydrologists", "geologist", "geologists", "keeper", "keepers"),
        *("ranger", "rangers", "curator", "curators"),
        # unnamed people: "one woman", "a local shopkeeper", "un vecino"
        "tenant",
        "tenants",
        "landlord",
        "landlords",
        "homeowner",
        "homeowners",
        "citizens",
        "consumers",
        "commuters",
        "woman",
        "women",
        "man",
        "men",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "relative",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "passenger",
        "passengers",
        "driver",
        "drivers",
        "shopkeeper",
        "shopkeepers",
        "villager",
        "villagers",
        "employee",
        "employees",
        "fisherman",
        "fishermen",
        "bystander",
        "bystanders",
        "eyewitness",
        "eyewitnesses",
        "mujer",
        "hombre",
        "madre",
        "padre",
        "vecino",
        "vecina",
        "testigo",
        "testigos",
        "empleado",
        "empleados",
        "pasajero",
        "pasajeros",
    ]
)


# singular nouns for one unnamed person: "a dockworker who ...", "one woman", "un vecino"
_PERSON_HEADS = frozenset(
    [
        "person",
        "woman",
        "man",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "relative",
        "neighbour",
        "neighbor",
        "passenger",
        "driver",
        "shopkeeper",
        "villager",
        "employee",
        "worker",
        "dockworker",
        "nurse",
        "doctor",
        "teacher",
        "student",
        "farmer",
        "miner",
        "rescuer",
        "survivor",
        "victim",
        "patient",
        "parent",
        "engineer",
        "executive",
        "manager",
        "lawyer",
        "attorney",
        "fisherman",
        "bystander",
        "eyewitness",
        "protester",
        "voter",
        "mujer",
        "hombre",
        "madre",
        "padre",
        "vecino",
        "vecina",
        "testigo",
        "empleado",
        "trabajador",
        "minero",
        "vocero",
        "vocera",
        "portavoz",
        "rescatista",
    ]
)


_GOVERNING_BODY = re.compile(
    r"(?:its|their)\s+(?P<noun>trustees|directors|governors|shareholders|owners|founders|regents|board)", re.IGNORECASE
)


def _is_source_noun(word: str) -> bool:
    w = word.lower().strip(".,;:\u2019'")
    if w.endswith("\u2019s") or w.endswith("'s"):
        w = w[:-2]
    return (
        w in gz.SOURCE_NOUNS
        or w in _EXTRA_SOURCES
        or w in gz.ROLE_NOUNS
        or (w.endswith("s") and (w[:-1] in gz.SOURCE_NOUNS or w[:-1] in gz.ROLE_NOUNS or w[:-1] in _EXTRA_SOURCES))
    )


_CLAUSAL = re.compile(
    r"\b(?:had|has|have|was|were|is|are|been|be|will|would|could|should|did|do|does|whether|if|how|what|when|"
    r"where|why|not|fue|fueron|ha|han|había)\b",
    re.IGNORECASE,
)
_NOT_NP_START = frozenset(["how", "what", "whether", "if", "when", "where", "why", "because", "and", "or", "but"])
_PREPOSITIONS = frozenset(["for", "at", "of", "with", "from", "in", "to", "de", "del", "en"])
_DEFINITE = re.compile(
    r"^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+(?:(?:former|new|senior|top|same)\s+)?(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)$"
)


_GENERIC_ORG = {
    "company": ("organization",),
    "firm": ("organization",),
    "group": ("organization", "group"),
    "carmaker": ("organization",),
    "automaker": ("organization",),
    "developer": ("organization",),
    "agency": ("government", "organization", "intelligence"),
    "bureau": ("government", "organization"),
    "tribunal": ("government",),
    "watchdog": ("government", "organization"),
    "inspectorate": ("government",),
    "ministry": ("government",),
    "government": ("government", "country"),
    "union": ("organization", "group"),
    "association": ("organization", "group"),
    "organisation": ("organization",),
    "organization": ("organization",),
    "newsletter": ("media",),
    "newspaper": ("media",),
    "outlet": ("media",),
    "court": ("government",),
    "party": ("group",),
    "coalition": ("group",),
    "commission": ("government",),
    "authority": ("government", "group"),
    "operator": ("organization",),
    "insurer": ("organization",),
    "bank": ("organization",),
    "regulator": ("government",),
    "hospital": ("organization",),
    "army": ("military",),
    "military": ("military",),
    "federation": ("organization",),
    "board": ("government", "organization"),
    "institute": ("organization",),
    "foundation": ("organization",),
    "charity": ("organization",),
    "council": ("government", "organization"),
    "department": ("government",),
    "office": ("government", "organization"),
    "committee": ("government", "organization"),
    "network": ("organization", "media"),
    "alliance": ("group", "organization"),
    "league": ("organization",),
    "empresa": ("organization",),
    "sindicato": ("organization",),
    "compañía": ("organization",),
    "airline": ("organization",),
    "carrier": ("organization",),
    "museum": ("organization",),
    "gallery": ("organization",),
    "chain": ("organization",),
    "retailer": ("organization",),
    "restaurant": ("organization",),
    "manufacturer": ("organization",),
    "lender": ("organization",),
    "broadcaster": ("media", "organization"),
    "school": ("organization",),
    "university": ("organization",),
    "college": ("organization",),
    "club": ("organization",),
    "trust": ("organization",),
    "directorate": ("government",),
    "campaign": ("organization", "group"),
    "zoo": ("organization",),
    "aquarium": ("organization",),
    "sanctuary": ("organization",),
    "fund": ("organization",),
    "consortium": ("organization", "group"),
}


def _antecedent(table: ActorTable, noun: str, pos: int) -> str | None:
    """ "the minister" -> the last actor mentioned before ``pos`` whose role or name has that noun;
    "the company" -> the last organisation mentioned."""
    head = noun.split()[-1]
    kinds = _GENERIC_ORG.get(head.lower())
    if kinds is not None:
        # "the company" again: the actor the article last called "the company"
        same_noun = re.compile(rf"(?:the\s+|its\s+)?{re.escape(head)}", re.IGNORECASE)
        for occ, key in table.before(pos):
            rec = table.actors[key]
            if (
                same_noun.fullmatch(occ.of(table.text))
                and rec.name[:1].isupper()
                and norm_key(rec.name) != head.lower()
                and rec.identification != "anonymous"
            ):
                return key
        pattern0 = re.compile(rf"\b{re.escape(head)}\b(?![\u2019']s)", re.IGNORECASE)
        # an actor named by that noun ("the union" -> "the Dockworkers' Union") before any of its kind
        for _, key in table.before(pos):
            rec = table.actors[key]
            if (
                pattern0.search(rec.name)
                and rec.name[:1].isupper()
                and rec.identification != "anonymous"
                and norm_key(rec.name) != norm_key(noun)
            ):
                return key
        for _, key in table.before(pos):
            rec = table.actors[key]
            by_kind = rec.kind in kinds and rec.name[:1].isupper() and rec.identification == "named"
            role_head = re.split(r"\s+(?:of|for|in|at|with|to|from|on|de|del|en)\s+", rec.role or "")[0]
            # a body's role names it only for a body of the noun's kind: "the ministry" is not a name that
            # a stray appositive ("the Hadrel Dam, the energy ministry said") gave that role
            by_role = (rec.kind in kinds or rec.kind == "person") and bool(pattern0.search(role_head))
            if by_kind or by_role or pattern0.search(rec.name):
                if rec.identification == "anonymous" or norm_key(rec.name) == norm_key(noun):
                    continue
                return key
        return _described_before(table, head, pos)
    if not _is_source_noun(head):
        return None
    pattern = re.compile(rf"\b{re.escape(head)}s?\b", re.IGNORECASE)
    seen: set[str] = set()
    for _, key in table.before(pos):
        if key in seen:
            continue
        seen.add(key)
        rec = table.actors[key]
        role_head = re.split(r"\s+(?:of|for|in|at|with|to|from|on|de|del|en)\s+", rec.role or "")[0]
        if pattern.search(role_head) or (rec.kind != "person" and pattern.search(rec.name)):
            if len(noun.split()) == 2 and not re.search(re.escape(noun), f"{rec.role or ''} {rec.name}", re.I):
                continue
            return key
    return None


def _described_before(table: ActorTable, noun: str, pos: int) -> str | None:
    """ "Mid-Vale Health, the network that runs five hospitals, ..." then "the network said": the name
    the article described with that noun, made an organisation when it was not yet an actor."""
    text = table.text
    pattern = re.compile(
        rf"(?<![\w\u2019'])(?P<name>[A-Z][\w&\u2019'-]*(?:\s+[A-Z][\w&\u2019'-]*){{0,3}}),\s+(?:the|a|an)\s+"
        rf"(?:[a-z][\w-]*\s+){{0,2}}{re.escape(noun)}\b"
        # "..., the energy ministry said": the subject of an inverted cue, not a description of the name before
        r"(?!\s+(?:\w+\s+)?(?:said|says|told|added|reported|announced|stated|confirmed|wrote)\b)"
    )
    found = None
    for m in pattern.finditer(text, max(0, pos - 3000), pos):
        found = m
    if found is None:
        return None
    name = found.group("name")
    if name.split()[0].lower() in gz.FUNCTION_WORDS or name in gz.COUNTRIES:
        return None
    name_span = Span(found.start("name"), found.end("name"))
    occ = table.occurrences(name_span)
    if occ:
        return occ[-1][1] if table.actors[occ[-1][1]].kind != "person" else None
    kind: ActorKind = "government" if _GENERIC_ORG.get(noun.lower(), ("",))[0] == "government" else "organization"
    return table.add(name, kind, "named", name_span)


def _org_alias(table: ActorTable, word: str) -> str | None:
    """ "Veltrion" for "Veltrion Semiconductor": the first word of a multi-word company name."""
    for key, rec in table.actors.items():
        parts = rec.name.split()
        if (
            len(parts) >= 2
            and parts[0] == word
            and rec.kind in ("organization", "media", "group")
            and (
                parts[-1] in gz.CORPORATE_WORDS
                or rec.kind != "organization"
                # "Mid-Vale" for "Mid-Vale Health": a coined first word, never a common one
                or ("-" in word and word.lower() not in table._lower_words and word.lower() not in gz.FUNCTION_WORDS)
            )
        ):
            return key
    return None


def _split_title_of(text: str, part: list[_Tok]) -> list[list[_Tok]]:
    """ "Judge Jane Doe of the District Court" -> the person and the institution."""
    for i, tok in enumerate(part):
        if tok.text in ("of", "for", "at", "de", "del") and i >= 2:
            left, right = part[:i], part[i + 1 :]
            while right and right[0].text.lower() in _CONNECTORS:
                right = right[1:]
            right_words = [t.text for t in right]
            left_words = [t.text for t in left]
            person_like = (
                len(left) >= 2
                and _keyword_kind(left_words, " ".join(left_words)) is None
                and all(w[:1].isupper() for w in left_words)
            )
            if (
                right
                and _keyword_kind(right_words, " ".join(right_words))
                and (any(_title_token(t, text) for t in left[:-1]) or person_like)
            ):
                return [left, right]
    return [part]
