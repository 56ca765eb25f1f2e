"""Cue lexicons: speech and belief verbs, typed hedges, ICD 203 estimative phrases, negation.

Every pattern is a compiled regex over the article text; what it matches is sliced from the
article, so cue, hedge and estimate texts are verbatim by construction. English first, with the
common Spanish forms.
"""

from __future__ import annotations

import re
from typing import Final

from summarize.schemas.enums import EstimateBand, HedgeType

# --- attribution cues ---------------------------------------------------------------------------
_SPEECH = r"""
said|says|say|told|tells|tell|
add(?:ed|s)(?!\s+(?:(?:about|nearly|almost|roughly|around|some|over|just|only|another|more\s+than|a\s+net)\s+)?[\d$\u20ac\u00a3])|wrote|writes|stated|states|announced|announces|
confirmed|confirms|claimed|claims|warned|warns|noted|notes|argued|argues|insisted|insists|
explained|explains|reported|reports|posted|tweeted|asserted|asserts|acknowledged|acknowledges|
admitted|admits|alleged|alleges|allege|estimated|estimates|predicted|predicts|suggested|suggests|
stressed|stresses|emphasi[sz]ed|emphasi[sz]es|declared|declares|revealed|reveals|disclosed|
indicated|indicates|replied|responded|continued|concluded|concludes|cautioned|testified|
recalled|observed|remarked|pointed\s+out|maintained|maintains|contended|contends|predicted|
speculated|projected|projects|forecast|forecasts|assessed|assesses|found|finds|showed|shows|
believes|believed|believe|thinks|thought|think|expects|expected|expect|suspects|suspected|
fears|feared|hopes|hoped|accused|accuses|conceded|concedes|vowed|vows|promised|promises|
pledged|pledges|urged|urges|called|calls|described|describes|has\s+not\s+confirmed|advised|advises|
recommended|recommends|warn|argue|insist|predict|contend|acknowledge|admit|concede|puts?(?=\s+(?:it|(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:number|figure|toll|total|cost|
tally|count|estimate|bill|losses|damage)(?:\s+of(?:\s+[\w-]+){1,4}?)?)\s+at\b)|
dijo|afirm[óo]|asegur[óo]|declar[óo]|señal[óo]|explic[óo]|indic[óo]|añadi[óo]|agreg[óo]|
inform[óo]|advirti[óo]|sostuvo|cont[óo]|relat[óo]|coment[óo]|expres[óo]|insisti[óo]|apunt[óo]|precis[óo]|cree|creen|estim[óo]|anunci[óo]|
confirm[óo]|admiti[óo]|reconoci[óo]|denunci[óo]|escribi[óo]|publicó|detall[óo]|subray[óo]|
recomend[óo]|asever[óo]|manifest[óo]|reiter[óo]|revel[óo]|destac[óo]|apunt[óo]|lament[óo]|
advierte|afirma|asegura|dice|explica|señala|sostiene|calcul[óo]|
aseguraron|afirmaron|explicaron|señalaron|denunciaron|indicaron|dijeron|advirtieron|informaron|
confirmaron|relataron|contaron|anunciaron|reconocieron
"""
_BELIEF_VERBS: Final = frozenset(
    [
        "believes",
        "believed",
        "believe",
        "thinks",
        "thought",
        "think",
        "expects",
        "expected",
        "expect",
        "suspects",
        "suspected",
        "fears",
        "feared",
        "hopes",
        "hoped",
        "assessed",
        "assesses",
        "estimated",
        "estimates",
        "cree",
        "creen",
        "estimó",
        "estimo",
    ]
)
# Forms that are also nouns ("South Korean reports that"): a cue only with a resolved subject.
NOUNISH: Final = frozenset(
    ["reports", "claims", "notes", "estimates", "states", "fears", "hopes", "calls", "shows", "finds", "thought"]
)
# Verbs that take the content only through "that" or a quotation, never a bare clause.
NEEDS_THAT: Final = frozenset(
    [
        "called",
        "calls",
        "described",
        "describes",
        "accused",
        "accuses",
        "urged",
        "urges",
        "found",
        "finds",
        "showed",
        "shows",
        "continued",
        "promised",
        "promises",
        "vowed",
        "vows",
        "pledged",
        "pledges",
        "put",
        "puts",
        "declared",  # "declared a state of emergency" is an act; "declared that ..." an attribution
        "declares",
        # plural present forms: "critics warn that", "figures from the bureau show that"
        *("warn", "argue", "insist", "predict", "contend", "acknowledge", "admit", "concede"),
    ]
)
# Cue verbs whose content follows a noun object: "accused Y of doing", "urged Y to", "called on Y to",
# "called for Z" (matched from the verb).
OBJECT_CUE: Final = re.compile(
    r"(?:accused|accuses)\s+(?:[\w\u2019'.-]+\s+){1,6}?of\s+[a-z]+|"
    r"(?:urged|urges)\s+(?:[\w\u2019'.-]+\s+){1,6}?to\s+[a-z]+|"
    r"(?:called|calls)\s+(?:on\s+(?:[\w\u2019'.-]+\s+){1,6}?to\s+[a-z]+|for\s+(?:an?\s+|the\s+)?[a-z])|"
    # "put the number at 16,000", "called the offer 'insulting'", "described the offer as 'unfair'"
    r"puts?\s+(?:it|(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,6}?[\w-]+)\s+at\s+\S|"
    r"(?:called|calls)\s+(?:the|this|that|these|those|its|their|his|her|it|them)\b(?:\s+[\w\u2019'-]+){0,4}?"
    r"\s+[\u201c\"]|"
    r"(?:described|describes)\s+(?:the|this|that|these|those|its|their|his|her|it|them)\b(?:\s+[\w\u2019'-]+){0,4}?"
    r"\s+as\s+\S",
    re.UNICODE,
)

_AUX = r"(?:(?:has|have|had|will|would|also|later|previously|earlier|further|again|separately|then|"
_AUX += r"did|does|do|publicly|privately|repeatedly|reportedly|once|himself|herself|itself|themselves|"
_AUX += r"ha|han|había|también)\s+)*"
_PLATFORM = (
    r"(?:\s+(?:on|in|via|through|en)\s+(?:a\s+|an\s+|the\s+|its\s+|his\s+|her\s+|their\s+|un\s+|una\s+|su\s+)?"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|statement|post|posts|interview|briefing|press\s+conference|"
    r"news\s+conference|televised\s+address|speech|letter|report|social\s+media|comunicado|entrevista|"
    r"rueda\s+de\s+prensa|redes\s+sociales|video|blog\s+post|email|e-mail|filing|court\s+filing|tweet))?"
)
_TOLD = (
    r"(?:\s+(?:(?:The|the)\s+)?(?:[A-Z][\w.’'&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.’'&-]*){0,4})"
    r"|\s+(?:reporters|journalists|lawmakers|parliament|the\s+press|the\s+media|a\s+news\s+conference|"
    r"a\s+briefing|an\s+audience|the\s+audience|the\s+court|the\s+(?:council|committee|assembly|"
    r"summit|conference|crowd)|state\s+(?:media|television|TV)|periodistas|la\s+prensa))"
)
_DIJO_A = r"(?:\s+a\s+(?:[A-ZÁÉÍÓÚÑ][\w\u2019'&-]*(?:\s+(?:de\s+|del\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ][\w\u2019'&-]*){0,4}))"
SPEECH_CUE: Final = re.compile(
    rf"\b{_AUX}(?:not\s+)?(?P<verb>{_SPEECH})\b(?P<ext>(?<=told){_TOLD}|(?<=tells){_TOLD}|(?<=dijo){_DIJO_A}|"
    rf"{_PLATFORM})?",
    re.VERBOSE | re.UNICODE,
)
ACCORDING: Final = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Ss]egún|[Cc]iting|[Aa]s\s+reported\s+by|[Aa]s\s+cited\s+by|"
    r"[Ii]n\s+the\s+words\s+of|[Dd]e\s+acuerdo\s+con)\s+",
    re.UNICODE,
)
# "..., a claim made days earlier by X and Y": the content before, the source after "by"
CLAIM_BY: Final = re.compile(
    r"(?<=,\s)(?:a|an|the|which\s+is\s+a|una?)\s+(?:(?:similar|separate|earlier|previous|widely\s+reported)\s+)?"
    r"(?:claim|allegation|accusation|assertion|assessment|charge|finding|account|version|denuncia|acusaci[óo]n)s?"
    r"\s+(?:(?:first|also|previously|initially|widely|publicly)\s+)?(?:made|levell?ed|raised|voiced|issued|put\s+forward|"
    r"hecha|formulada)\s+(?:(?!by\b|por\b)[\w-]+\s+){0,3}(?:by|por)\s+",
    re.UNICODE | re.IGNORECASE,
)
CITING: Final = re.compile(r",?\s*(?:citing|quoting|citando|cit[óo]\s+a)\s+", re.UNICODE)


def is_belief(verb: str) -> bool:
    return verb.lower() in _BELIEF_VERBS


# --- hedges (CoNLL-2010 types) --------------------------------------------------------------------
HEDGES: Final[list[tuple[re.Pattern[str], HedgeType]]] = [
    (
        re.compile(
            r"\b(?:may|might|could|possibly|perhaps|maybe|possible|potentially|conceivably|"
            r"appears?\s+to|seems?\s+to|appeared\s+to|seemed\s+to|apparently|"
            r"may\s+have\s+been|could\s+have\s+been|might\s+have\s+been|"
            r"podría|podrían|puede\s+que|posiblemente|quizás?|tal\s+vez|acaso)\b",
            re.IGNORECASE | re.UNICODE,
        ),
        "epistemic",
    ),
    (
        re.compile(
            r"\b(?:believes?|believed|thinks?|thought|suspects?|suspected|expects?|expected|"
            r"assumes?|assumed|presumes?|presumed|is\s+convinced|cree|creen|creía|sospecha)\b",
            re.IGNORECASE | re.UNICODE,
        ),
        "doxastic",
    ),
    (
        re.compile(
            r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:investigating|examining|looking\s+into|reviewing|"
            r"assessing|probing|verifying)\b|\b(?:under\s+investigation|under\s+review|preliminary|"
            r"initial\s+(?:reports?|findings|assessment)|being\s+investigated|yet\s+to\s+be\s+"
            r"(?:confirmed|verified)|unverified|investiga|investigan|preliminar)\b",
            re.IGNORECASE | re.UNICODE,
        ),
        "investigation",
    ),
    (
        re.compile(
            r"\b(?:if|unless|provided\s+that|as\s+long\s+as|in\s+case|si|a\s+menos\s+que)\b[^.;,!?\u201d\"]{1,120}",
            re.IGNORECASE | re.UNICODE,
        ),
        "condition",
    ),
    (
        re.compile(
            r"\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red|it\s+is\s+said|"
            r"some\s+(?:say|believe|argue)|many\s+(?:say|believe)|critics\s+say|is\s+said\s+to|"
            r"are\s+said\s+to|presuntamente|supuestamente|al\s+parecer)\b",
            re.IGNORECASE | re.UNICODE,
        ),
        "weasel",
    ),
]

# --- ICD 203 estimative language ------------------------------------------------------------------
_BANDS: Final[list[tuple[str, EstimateBand]]] = [
    (
        r"almost\s+no\s+chance|remote(?:\s+(?:chance|possibility))?|virtually\s+impossible|"
        r"highly\s+improbable|practically\s+impossible",
        "almost_no_chance",
    ),
    (r"very\s+unlikely|highly\s+unlikely|extremely\s+unlikely|very\s+improbable|muy\s+improbable", "very_unlikely"),
    (r"unlikely|improbable|probably\s+not|doubtful|poco\s+probable|improbable", "unlikely"),
    (
        r"roughly\s+even\s+(?:chance|odds)|even\s+chance|fifty[-\s]fifty|50[-/]50|toss[-\s]up|"
        r"as\s+likely\s+as\s+not",
        "roughly_even_chance",
    ),
    (
        r"(?:perhaps\s+even\s+|quite\s+|more\s+than\s+)?likely|probably|probable|(?:more\s+)?likely\s+than\s+not|"
        r"probablemente|probable",
        "likely",
    ),
    (
        r"very\s+likely|highly\s+likely|highly\s+probable|very\s+probable|muy\s+probable|"
        r"most\s+likely",
        "very_likely",
    ),
    (
        r"almost\s+certain(?:ly)?|nearly\s+certain(?:ly)?|virtually\s+certain(?:ly)?|"
        r"all\s+but\s+certain|casi\s+seguro",
        "almost_certain",
    ),
]
BAND_ORDER: Final[tuple[EstimateBand, ...]] = (
    "almost_no_chance",
    "very_unlikely",
    "unlikely",
    "roughly_even_chance",
    "likely",
    "very_likely",
    "almost_certain",
)
ESTIMATES: Final[list[tuple[re.Pattern[str], EstimateBand]]] = [
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE | re.UNICODE), band) for pattern, band in _BANDS
]

# --- negation and certainty --------------------------------------------------------------------
NEGATION: Final = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|n't|no\s+longer|"
    r"nunca|ningún|ninguna|ni|tampoco|jamás)\b|n[’']t\b",
    re.IGNORECASE | re.UNICODE,
)
NOT_NEGATION: Final = re.compile(
    r"\bnot\s+only\b|\bno\s+doubt\b|\bno\s+later\s+than\b|\bnot\s+least\b|\bno\s+fewer\s+than\b|"
    r"\bno\s+less\s+than\b|\bnot\s+(?:the\s+)?same\s+as\b(?=)",
    re.IGNORECASE,
)
UNKNOWN_CUE: Final = re.compile(
    r"\b(?:did|does|would|will)\s+not\s+say\s+(?:whether|if)\b|\brefused\s+to\s+say\s+(?:whether|if)\b|"
    r"\b(?:has|have|had|did|does|do|could|would)\s+not\s+(?:yet\s+)?(?:confirm|confirmed|verify|verified|"
    r"independently\s+(?:confirm|verify|verified|confirmed))\b|\bunclear\b|\bnot\s+known\b|\bunknown\b|"
    r"\bno\s+pudo\s+confirmar\b|\bno\s+ha\s+confirmado\b",
    re.IGNORECASE | re.UNICODE,
)
CERTAIN_BOOST: Final = re.compile(r"\b(?:certainly|definitely|undoubtedly|clearly)\b", re.IGNORECASE)

# --- embedded instructions (prompt injection) -----------------------------------------------------
INJECTION: Final = re.compile(
    r"\b(?:ignore\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|prompts?|"
    r"directions)|(?:AI|language\s+model|LLM|chatbot|assistant)s?\b[^.]{0,60}\b(?:must|should|are\s+instructed|"
    r"are\s+required)|as\s+an\s+AI\b|system\s+prompt|disregard\s+(?:all\s+)?(?:previous|prior|your)\s+instructions|"
    r"(?:summar(?:y|ies|izers?|ise|ize))\b[^.]{0,40}\b(?:must|should)\s+(?:say|state|include|omit|conclude)|"
    r"\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:AI|language\s+models?|LLMs?|chatbots?|assistants?)\b|"
    r"\b(?:AI|LLM|language\s+model|chatbot|assistant)s?\s+(?:summari[sz]ing|reading|processing)\s+this\s+"
    r"(?:page|article|text|story)|"
    r"\bwhen\s+summari[sz]ing\s+this\s+(?:page|article|text|story)\b)",
    re.IGNORECASE,
)
