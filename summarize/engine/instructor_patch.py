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

jinja2 (about 18 ms of imports) is loaded by two instructor modules for what a run never does:
``instructor.v2.core.errors`` renders a retry exception's failed attempts with a ``Template``, only
when that exception is printed, and ``instructor.v2.core.templating``'s ``handle_templating``
fills messages from a ``context``, which we never pass. ``defer_jinja2()`` runs when this module is
imported, before instructor's patch and errors modules are: errors is imported with a stand-in
``Template`` that imports jinja2 when first called, and a stand-in under the templating module's
name returns the arguments untouched when there is no context, as instructor's does, and hands
everything else, and any other name, to the real module (``tests/test_instructor_jinja2.py``
fails loudly when instructor uses jinja2 anywhere else or changes these functions).
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from collections.abc import Callable
from typing import Any

JINJA2 = "jinja2"
ERRORS = "instructor.v2.core.errors"
TEMPLATING = "instructor.v2.core.templating"


def _template(*args: Any, **kwargs: Any) -> Any:
    """jinja2's ``Template``, imported on first use (``errors.Template`` becomes the real class then)."""
    from jinja2 import Template

    errors_module = sys.modules.get(ERRORS)
    if errors_module is not None and vars(errors_module).get("Template") is _template:
        errors_module.Template = Template  # type: ignore[attr-defined]
    return Template(*args, **kwargs)


def templating() -> types.ModuleType:
    """instructor's real templating module, imported now if only the stand-in was there."""
    return _real_module(TEMPLATING)


def _handle_templating(
    kwargs: dict[str, Any], mode: Any, provider: Any = None, context: dict[str, Any] | None = None
) -> dict[str, Any]:
    """instructor's ``handle_templating``: without a context the arguments are returned as they
    came, as it returns them; a call with one goes to the real function."""
    given = provider if context is None and isinstance(provider, dict) else context
    if not given:
        return kwargs
    real: Callable[..., dict[str, Any]] = templating().handle_templating
    return real(kwargs, mode, provider, context)


def defer_jinja2() -> None:
    """Before instructor's errors and patch modules are imported: errors with a stand-in ``Template``,
    and a stand-in under the templating module's name."""
    with _loading:
        if ERRORS not in sys.modules and JINJA2 not in sys.modules:
            stand_in = types.ModuleType(JINJA2, "jinja2, while instructor's errors module is imported")
            vars(stand_in)["Template"] = _template  # the one name errors.py imports from jinja2
            sys.modules[JINJA2] = stand_in
            try:
                importlib.import_module(ERRORS)
            finally:
                if sys.modules.get(JINJA2) is stand_in:
                    del sys.modules[JINJA2]
        if TEMPLATING not in sys.modules:
            templating_stand_in = _DeferredModule(TEMPLATING, "instructor's templating module, loaded when first used")
            vars(templating_stand_in)["handle_templating"] = _handle_templating  # the one name patch.py imports
            sys.modules[TEMPLATING] = templating_stand_in


_loading = threading.RLock()


def _real_module(name: str) -> types.ModuleType:
    """The real module ``name``, imported now if only a stand-in was there."""
    with _loading:
        module = sys.modules.get(name)
        if module is None or isinstance(module, _DeferredModule):
            sys.modules.pop(name, None)
            module = importlib.import_module(name)
        return module


class _DeferredModule(types.ModuleType):
    """Stands in for one of instructor's modules until a name it does not have is used."""

    def __getattr__(self, name: str) -> Any:  # only for names the stand-in does not have
        if name.startswith("__") and name.endswith("__") and name != "__all__":
            raise AttributeError(name)  # the import system's probes (``__path__``: not a package)
        real = _real_module(self.__name__)
        if name == "__all__" and not hasattr(real, "__all__"):  # ``import *`` from the stand-in
            return [key for key in vars(real) if not key.startswith("_")]
        return getattr(real, name)


defer_jinja2()

from instructor.v2.core import patch as patch_module  # noqa: E402  (after the stand-ins)
from instructor.v2.validation import async_validators  # noqa: E402

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


def multimodal() -> types.ModuleType:
    """instructor's real multimodal module, imported now if only the stand-in was there."""
    return _real_module(MULTIMODAL)


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
