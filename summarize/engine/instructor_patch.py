"""The one place that reaches into instructor's internals: its async-validator check, made once per model.

instructor (1.17) walks the whole response model looking for its own async validators on every
request: in ``patch_v2``'s wrapper, in ``prepare_response_model`` and in ``retry_sync_v2`` /
``retry_async_v2`` (about 26 ms for our draft model, each time). The answer depends only on the
class, so ``install()`` puts a check in its place that remembers the classes that passed; one that
fails still fails, every time. instructor has no public hook for this. ``install()`` runs on first
use (``engine.llm.response_model()``), never at import; ``tests/test_instructor_patch.py`` fails
loudly when the internals relied on here change.
"""

from __future__ import annotations

import threading
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


def installed() -> CheckOnce | None:
    check = getattr(async_validators, NAME)
    return check if isinstance(check, CheckOnce) else None


def install() -> CheckOnce:
    """Replace instructor's check with ``CheckOnce`` in every module that looks it up (idempotent)."""
    with _lock:
        check = installed()
        if check is None:
            check = CheckOnce(getattr(async_validators, NAME))
            for module in MODULES:
                setattr(module, NAME, check)
        return check
