"""The offline backend's vocabulary, one TOML file per language, validated by :class:`Lexicon`.

``common.toml`` holds what belongs to no language (outlet and platform names, acronyms); ``en.toml``
is the base every other language layers on: the lexicon of language ``xx`` is ``common`` + ``en`` +
``xx``, each list the concatenation of the three (in that order, duplicates dropped) and each table
their union (the later file wins). A section or key a language leaves out is therefore English's
alone. Only ``[detect]`` is never layered: each language votes with its own stopwords.

The set of languages is the set of ``xx.toml`` files (an ISO 639-1 code) next to this module: a
contributor adds a language by adding a file. Files are read once per process, on first use.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .model import Lexicon

COMMON = "common"
FALLBACK = "en"
_CODE = re.compile(r"[a-z]{2}")

DIRECTORY = Path(__file__).resolve().parent  # the shipped files


class LexiconError(ValueError):
    """A lexicon file that cannot be used: unreadable, not TOML, or not what the model allows."""


def _where(directory: Path | None) -> Path:
    return DIRECTORY if directory is None else Path(directory)


@functools.cache
def _read(directory: Path, name: str) -> Lexicon:
    path = directory / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: not valid TOML: {exc}") from None
    try:
        lexicon = Lexicon.model_validate(data)
    except ValidationError as exc:
        raise LexiconError(f"{path}: {_describe(exc)}") from None
    if name == COMMON and lexicon.detect.stopwords:
        raise LexiconError(f"{path}: detect.stopwords: common.toml belongs to no language and votes in none")
    for own in lexicon.own:
        section, _, key = own.partition(".")
        known = section in Lexicon.model_fields and section not in ("detect", "own")
        if not known or (key and key not in type(getattr(lexicon, section)).model_fields):
            raise LexiconError(f"{path}: own: {own!r} is not a section or key that layers")
    if name != COMMON and not lexicon.detect.stopwords:
        raise LexiconError(f"{path}: detect.stopwords: a language file needs stopwords, or it can never be detected")
    return lexicon


def _describe(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"] if not isinstance(p, int))
        index = next((p for p in err["loc"] if isinstance(p, int)), None)
        where = f"{loc}[{index}]" if index is not None else loc
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {msg}")
    return "; ".join(problems)


@functools.cache
def _languages(directory: Path) -> tuple[str, ...]:
    found = []
    for entry in directory.iterdir():
        name = entry.name
        if not name.endswith(".toml") or name == f"{COMMON}.toml":
            continue
        code = name.removesuffix(".toml")
        if not _CODE.fullmatch(code):
            raise LexiconError(f"{entry}: a language file is named by its ISO 639-1 code, e.g. fr.toml")
        found.append(code)
    if FALLBACK not in found:
        raise LexiconError(f"{directory}: no {FALLBACK}.toml, the base every language layers on")
    return tuple(sorted(found))


def languages(directory: Path | None = None) -> tuple[str, ...]:
    """The ISO 639-1 codes that have a lexicon file, sorted."""
    return _languages(_where(directory))


def stopwords(directory: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Each language's own ``[detect] stopwords`` (never layered)."""
    where = _where(directory)
    return {code: _read(where, code).detect.stopwords for code in _languages(where)}


@functools.cache
def _load(directory: Path, language: str) -> Lexicon:
    if language not in _languages(directory):
        raise LexiconError(f"no lexicon for language {language!r} (have: {', '.join(_languages(directory))})")
    names = [COMMON, FALLBACK] + ([language] if language != FALLBACK else [])
    layers = [_read(directory, n) for n in names if n != COMMON or (directory / f"{COMMON}.toml").is_file()]
    merged = _layer(layers)
    try:
        lexicon = Lexicon.model_validate(merged)
    except ValidationError as exc:  # pragma: no cover - every layer was valid on its own
        raise LexiconError(f"{language}: {_describe(exc)}") from None
    lexicon.set_language(language)
    return lexicon


def load(language: str = FALLBACK, directory: Path | None = None) -> Lexicon:
    """The lexicon of ``language`` (common + English + that language's file), read once and cached."""
    return _load(_where(directory), language)


def _layer(layers: list[Lexicon]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for layer in layers:
        merged = _merge(merged, layer.model_dump(exclude={"detect"}))
    merged["detect"] = layers[-1].detect.model_dump()
    top = layers[-1].model_dump(exclude={"detect"})
    for path in layers[-1].own if len(layers) > 1 else ():
        section, _, key = path.partition(".")
        if key:
            merged[section][key] = top[section][key]
        else:
            merged[section] = top[section]
    merged["own"] = ()
    return merged


def _merge(base: Any, top: Any) -> Any:
    """Lists concatenate (duplicates dropped), tables unite (``top`` wins), sections merge key by key."""
    if isinstance(base, dict) and isinstance(top, dict):
        if any(isinstance(v, dict | tuple) for v in (*base.values(), *top.values())):  # a section
            return {
                k: _merge(base[k], top[k]) if k in base and k in top else top.get(k, base.get(k)) for k in base | top
            }
        return base | top  # a table
    if isinstance(base, tuple) and isinstance(top, tuple):
        return tuple(dict.fromkeys((*base, *top)))
    return top


__all__ = ["COMMON", "DIRECTORY", "FALLBACK", "Lexicon", "LexiconError", "languages", "load", "stopwords"]
