"""The kinds of entry a lexicon key holds, and their checks (see :mod:`.model` for what they mean)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict

from summarize.schemas.enums import ActorKind


def _entries(values: tuple[str, ...], lower: bool) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        if not value.strip():
            raise ValueError("an empty entry")
        if value != value.strip() or "  " in value:
            raise ValueError(f"{value!r}: leading, trailing or doubled spaces")
        if lower and value != value.lower():
            raise ValueError(f"{value!r} must be lower-case: the rule compares lower-cased text")
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


def _words(values: tuple[str, ...]) -> tuple[str, ...]:
    return _entries(values, lower=False)


def _lower(values: tuple[str, ...]) -> tuple[str, ...]:
    return _entries(values, lower=True)


def _table(values: dict[str, Any]) -> dict[str, Any]:
    for key, value in values.items():
        if not key.strip() or (isinstance(value, str) and not value.strip()):
            raise ValueError(f"{key!r}: an empty key or value")
    return values


def _lower_table(values: dict[str, Any]) -> dict[str, Any]:
    for key in _table(values):
        if key != key.lower():
            raise ValueError(f"{key!r} must be lower-case: the rule compares lower-cased text")
    return values


Words = Annotated[tuple[str, ...], AfterValidator(_words)]
LowerWords = Annotated[tuple[str, ...], AfterValidator(_lower)]
Names = Annotated[dict[str, str], AfterValidator(_table)]
Values = Annotated[dict[str, float], AfterValidator(_lower_table)]
Counts = Annotated[dict[str, int], AfterValidator(_lower_table)]
Kinds = Annotated[dict[str, ActorKind], AfterValidator(_lower_table)]
KindLists = Annotated[dict[str, tuple[ActorKind, ...]], AfterValidator(_lower_table)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
