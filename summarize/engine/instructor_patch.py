"""The one place that reaches into instructor's internals: its async-validator check, made once per
model, and its multimodal module, loaded only when used.

instructor (1.17) walks the whole response model looking for its own async validators on every
request: in ``patch_v2``'s wrapper, in ``prepare_response_model`` and in ``retry_sync_v2`` /
``retry_async_v2`` (about 26 ms for our draft model, each time). The answer depends only on the
class, so ``install()`` puts a check in its place that remembers the classes that passed; one that
fails still fails, every time. instructor has no public hook for this. ``install()`` runs on first
use (``engine.llm.response_model()``), never at import; ``tests/test_instructor_patch.py`` fails
loudly when the internals relied on here change.

instructor's OpenAI handlers import ``instructor.v2.core.multimodal`` for one function,
``convert_messages``, which for our text-only messages only copies them; the module imports
``requests`` and ``urllib3`` to fetch remote media, about 40 ms, a quarter of what a one-article run
imports beyond ``import openai, instructor``. ``defer_multimodal()`` (in ``install()``) puts a
stand-in under that name first: its ``convert_messages`` copies text messages the same way and
hands anything else to the real function, and any other name asked of it loads the real module
(``tests/test_engine_speed_paths.py``).
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from collections.abc import Callable
from typing import Any

from instructor.v2.core import patch as patch_module
from instructor.v2.validation import async_validators

# Where instructor looks the check up: its own module (imported inside the functions that call it)
# and patch.py (bound when that module was imported).
MODULES = (async_validators, patch_module)
NAME = "reject_async_validators"


class CheckOnce:
    """instructor's check, run once per response model class that passes it."""

    def __init__(self, original: Callable[[Any], None]) -> None:
        self.original = original
        self.passed: set[Any] = set()

    def __call__(self, response_model: Any) -> None:
        if response_model not in self.passed:
            self.original(response_model)  # raises for a model with async validators: never remembered
            self.passed.add(response_model)


_lock = threading.Lock()
MULTIMODAL = "instructor.v2.core.multimodal"
_loading = threading.RLock()


def multimodal() -> types.ModuleType:
    """instructor's real multimodal module, imported now if only the stand-in was there."""
    with _loading:
        module = sys.modules.get(MULTIMODAL)
        if module is None or isinstance(module, _DeferredModule):
            sys.modules.pop(MULTIMODAL, None)
            module = importlib.import_module(MULTIMODAL)
        return module


def _convert_messages(messages: Any, mode: Any, autodetect_images: bool = False) -> Any:
    """instructor's ``convert_messages``: text messages are copied as it copies them (role, content,
    then the other keys, less ``type``); anything else goes to the real function."""
    plain = not autodetect_images and all(
        isinstance(m, dict) and "type" not in m and isinstance(m.get("content"), str) and m["content"] for m in messages
    )
    if not plain:
        return multimodal().convert_messages(messages, mode, autodetect_images=autodetect_images)
    return [
        {"role": m["role"], "content": m["content"], **{k: v for k, v in m.items() if k not in _NOT_COPIED}}
        for m in messages
    ]


_NOT_COPIED = ("role", "content", "type")


class _DeferredModule(types.ModuleType):
    """Stands in for instructor's multimodal module until a name of it is used."""

    def __getattr__(self, name: str) -> Any:  # only for names the stand-in does not have
        if name.startswith("__") and name.endswith("__") and name != "__all__":
            raise AttributeError(name)  # the import system's probes (``__path__``: not a package)
        real = multimodal()
        if name == "__all__" and not hasattr(real, "__all__"):  # ``import *`` from the stand-in
            return [key for key in vars(real) if not key.startswith("_")]
        return getattr(real, name)


def defer_multimodal() -> None:
    """Before instructor's handlers are imported: the stand-in under the multimodal module's name."""
    with _loading:
        if MULTIMODAL not in sys.modules:
            stand_in = _DeferredModule(MULTIMODAL, "instructor's multimodal module, loaded when first used")
            vars(stand_in)["convert_messages"] = _convert_messages  # the one name the handlers import
            sys.modules[MULTIMODAL] = stand_in


def installed() -> CheckOnce | None:
    check = getattr(async_validators, NAME)
    return check if isinstance(check, CheckOnce) else None


def install() -> CheckOnce:
    """Replace instructor's check with ``CheckOnce`` in every module that looks it up (idempotent)."""
    defer_multimodal()
    with _lock:
        check = installed()
        if check is None:
            check = CheckOnce(getattr(async_validators, NAME))
            for module in MODULES:
                setattr(module, NAME, check)
        return check
