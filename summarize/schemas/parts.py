"""Pieces shared by the model-facing draft and the final briefing.

Field descriptions are written for the model: they travel in the JSON Schema it is asked to fill.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .enums import (
    ActorKind,
    Bound,
    Certainty,
    DenialKind,
    EstimateBand,
    HedgeType,
    Identification,
    MatchKind,
    Polarity,
    QuoteType,
    UncertaintyReason,
)
from .figures import is_figure_of

ActorId = Annotated[str, Field(pattern=r"^A[1-9]\d*$", description="an actor id, e.g. A1")]
ClaimId = Annotated[str, Field(pattern=r"^C[1-9]\d*$", description="a claim id, e.g. C1")]
DenialId = Annotated[str, Field(pattern=r"^D[1-9]\d*$", description="a denial id, e.g. D1")]
UncertaintyId = Annotated[str, Field(pattern=r"^U[1-9]\d*$", description="an uncertainty id, e.g. U1")]
ItemId = Annotated[str, Field(pattern=r"^[CD][1-9]\d*$", description="a claim or denial id, e.g. C2 or D1")]
Verbatim = Annotated[str, Field(min_length=1, description="copied character for character from the article")]
Text = Annotated[str, Field(min_length=1)]


class ContractModel(BaseModel):
    """Unknown keys are dropped: a model answer that carries computed fields is not an error.

    Each model's validator is built when the model is first used (``defer_build``), not at import:
    building them all took about 70 ms of a one-article run's start-up, and the base classes
    (``ClaimFields``, ``DenialFields``) and models a run does not use are never built at all."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False, defer_build=True)


class Hedge(ContractModel):
    text: Verbatim = Field(description="the hedge cue, verbatim, inside the claim's evidence: 'may', 'reportedly'")
    type: HedgeType = Field(
        description="epistemic (may, possibly), doxastic (believes, thinks), investigation (is examining, "
        "preliminary), condition (if, unless), weasel (some say, reportedly)"
    )


class Estimate(ContractModel):
    text: Verbatim = Field(description="the estimative phrase, verbatim: 'perhaps even likely'")
    band: EstimateBand = Field(
        description="ICD 203 band of the speaker's strongest committed wording: almost_no_chance 1-5%, "
        "very_unlikely 5-20%, unlikely 20-45%, roughly_even_chance 45-55%, likely 55-80%, "
        "very_likely 80-95%, almost_certain 95-99%"
    )


class Quantity(ContractModel):
    text: Verbatim = Field(description="the figure as written, verbatim: 'at least 1,500'")
    low: float | None = Field(default=None, description="lower figure; null for at_most and vague")
    high: float | None = Field(default=None, description="upper figure; null for at_least and vague")
    bound: Bound = Field(
        description="exact and approximately: low == high; at_least: low only; at_most: high only; "
        "range: low < high; vague: 'thousands', 'dozens'"
    )
    counts: Text = Field(description="what is counted: 'North Korean troops'")
    state: str | None = Field(default=None, description="the state of what is counted: 'deployed', 'to be sent'")

    @model_validator(mode="after")
    def _coherent(self) -> Quantity:
        low, high, bound = self.low, self.high, self.bound
        coherent = {
            "exact": low is not None and low == high,
            "approximately": low is not None and low == high,
            "at_least": low is not None and high is None,
            "at_most": high is not None and low is None,
            "range": low is not None and high is not None and low < high,
        }.get(bound, True)
        if not coherent:
            raise ValueError(
                f"quantity {self.text!r}: bound {bound!r} does not fit low={low}, high={high} "
                "(exact/approximately: low == high; at_least: low only; at_most: high only; range: low < high)"
            )
        for name, value in (("low", low), ("high", high)):
            if value is not None and not is_figure_of(value, self.text):
                raise ValueError(
                    f"quantity {self.text!r}: {name}={value} is not a figure of its text; "
                    "never merge figures of different quantities into one"
                )
        return self


class BlufSentence(ContractModel):
    text: Text = Field(description="one sentence, no stronger than the claims it cites")
    supports: list[ItemId] = Field(min_length=1, description="ids of the claims/denials it rests on")


class Actor(ContractModel):
    id: ActorId
    name: Text = Field(description="canonical name as the article gives it")
    kind: ActorKind = Field(description="the outlet that wrote the article is 'publisher'")
    identification: Identification = Field(description="'anonymous' for unnamed sources; they need a role")
    role: str | None = Field(default=None, description="e.g. 'spokesperson, U.S. National Security Council'")
    affiliation: ActorId | None = Field(default=None, description="id of the actor this one belongs to")
    mentions: list[Verbatim] = Field(min_length=1, description="verbatim surface forms in the article")


class Uncertainty(ContractModel):
    id: UncertaintyId
    question: Text = Field(description="the open question, as a reader would ask it")
    reasons: list[UncertaintyReason] = Field(min_length=1)
    related: list[ItemId] = Field(min_length=1, description="ids of the claims/denials it concerns")
    would_resolve: str | None = Field(default=None, description="what evidence would settle it")


class EvidenceQuote(ContractModel):
    quote: Verbatim = Field(description="a verbatim span of the article; '...' may join two nearby parts")


class Evidence(ContractModel):
    quote: Text
    start: int = Field(ge=0, description="offset of the span in the article text (Python str index)")
    end: int = Field(ge=1, description="end of the span, exclusive")
    match: MatchKind = Field(description="exact, normalized (typographic drift) or fuzzy (joined by an elision)")


class ClaimFields(ContractModel):
    """Everything a claim has except its evidence (which differs between draft and final)."""

    id: ClaimId
    source: ActorId | None = Field(description="who commits to the proposition; the publisher for background")
    via: list[ActorId] = Field(default_factory=list, description="intermediaries, never the publisher")
    statement: Text = Field(description="the proposition: atomic, decontextualised, neutral, understandable alone")
    cue: str | None = Field(default=None, description="verbatim attribution cue: 'said', 'told Reuters'")
    quote_type: QuoteType = Field(description="none = the publisher states it as background (then cue may be null)")
    certainty: Certainty = Field(description="the source's commitment: certain, probable, possible, unknown")
    polarity: Polarity = Field(description="negative for 'no troops had been detected'")
    hedges: list[Hedge] = Field(default_factory=list)
    estimate: Estimate | None = Field(default=None, description="only when the source uses estimative language")
    quantities: list[Quantity] = Field(default_factory=list, description="every figure the claim carries")
    when: str | None = Field(default=None, description="time as the article states it, never computed")
    contradicts: list[ClaimId] = Field(
        default_factory=list, description="same proposition, opposite polarity, other source"
    )
    corroborates: list[ClaimId] = Field(
        default_factory=list, description="same proposition and polarity, independent source"
    )


class DenialFields(ContractModel):
    id: DenialId
    by: ActorId = Field(description="who responds: the party the allegation concerns or its representative")
    kind: DenialKind = Field(
        description="explicit_denial (says it is false), partial_denial (denies part), non_denial_denial "
        "(sounds like a denial, denies nothing specific), equivocation (neither affirms nor denies), "
        "neither_confirm_nor_deny, conditional_justification ('any such decision would be lawful'), "
        "declined_to_comment, no_response ('X has contacted Y for comment')"
    )
    target: ClaimId | None = Field(default=None, description="the allegation, when it is a claim here")
    target_statement: Text = Field(description="the allegation, in neutral words")
    statement: Text = Field(description="what the response amounts to, neutral")
