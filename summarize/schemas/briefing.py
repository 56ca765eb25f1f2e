"""The final briefing: the draft plus what code computes (offsets, match kinds, ids in order, meta)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .enums import SCHEMA_VERSION, Backend
from .invariants import check_structure, format_problems
from .parts import Actor, BlufSentence, ClaimFields, ContractModel, DenialFields, Evidence, Uncertainty


class ArticleInfo(ContractModel):
    sha256: str = Field(description="sha256 of the article text as loaded, UTF-8 encoded")
    chars: int = Field(ge=0, description="length of the article text in Python characters")
    source: str = Field(description="path, URL, 'stdin' or 'text'")
    title: str | None = None
    url: str | None = Field(default=None, description="the page's URL, for a fetched or saved web page")
    author: str | None = None
    published: str | None = Field(default=None, description="publication date as the page gives it")


class Usage(ContractModel):
    requests: int = Field(default=0, ge=0, description="HTTP requests sent, failed ones included")
    input_tokens: int = Field(default=0, ge=0)
    output_tokens: int = Field(default=0, ge=0)
    reasks: int = Field(default=0, ge=0, description="validation re-asks sent to the model")
    cached: bool = False
    cached_input_tokens: int = Field(default=0, ge=0, description="input tokens the provider served from its cache")
    reasoning_tokens: int = Field(default=0, ge=0, description="output tokens spent on hidden reasoning")
    cost_usd: float | None = Field(default=None, ge=0, description="estimated cost; null when the price is unknown")


class GroundingStats(ContractModel):
    evidence: int = 0
    exact: int = 0
    normalized: int = 0
    fuzzy: int = 0


class CharRange(ContractModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Coverage(ContractModel):
    """Which parts of the article the briefing covers; a failed chunk is listed, never dropped silently."""

    covered: list[CharRange] = Field(default_factory=list)
    failed: list[CharRange] = Field(default_factory=list)


class Meta(ContractModel):
    article: ArticleInfo
    backend: Backend
    model: str | None = None
    mode: str | None = None
    prompt_version: str | None = None
    schema_version: Literal["1"] = SCHEMA_VERSION
    created_at: str = Field(description="UTC, ISO 8601")
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the article's language, as detected (offline backend)"
    )
    chunks: int = Field(default=1, ge=1)
    coverage: Coverage | None = Field(default=None, description="set when the article was read in chunks")
    usage: Usage = Field(default_factory=Usage)
    grounding: GroundingStats = Field(default_factory=GroundingStats)
    duration_ms: float = Field(default=0, ge=0)
    warnings: list[str] = Field(default_factory=list)


class Claim(ClaimFields):
    evidence: list[Evidence] = Field(min_length=1)


class Denial(DenialFields):
    evidence: list[Evidence] = Field(min_length=1)


class Briefing(ContractModel):
    """A validated, source-grounded briefing of one article (briefing contract, schema version 1)."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    title: str = Field(min_length=1, max_length=120)
    bluf: list[BlufSentence] = Field(default_factory=list, max_length=3)
    actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    denials: list[Denial] = Field(default_factory=list)
    uncertainties: list[Uncertainty] = Field(default_factory=list)
    embedded_instructions: list[Evidence] = Field(default_factory=list)
    meta: Meta

    @model_validator(mode="after")
    def _holds_the_contract(self) -> Briefing:
        problems = check_structure(self)
        if problems:
            raise ValueError(format_problems(problems))
        return self

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)
