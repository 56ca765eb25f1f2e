"""What ``summarize.engine.instructor_patch`` relies on inside instructor: fails loudly when that changes.

If one of these fails after an instructor upgrade, the patch no longer applies (every request pays
the full async-validator walk again) or no longer fails closed: re-read instructor's patch.py,
response_model.py and retry.py, then fix the patch or drop it.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from instructor.v2.core import patch as patch_module
from instructor.v2.core import response_model as response_model_module
from instructor.v2.core import retry as retry_module
from instructor.v2.validation import async_validators
from pydantic import BaseModel

from summarize.engine import instructor_patch
from summarize.engine.llm import response_model
from summarize.testing import Answer, ScriptedModel
from tests.conftest import article, gold_draft

LOCAL_IMPORT = "from instructor.v2.validation.async_validators import reject_async_validators"


def test_instructor_still_has_the_check_where_the_patch_puts_it() -> None:
    for module in instructor_patch.MODULES:
        check = getattr(module, instructor_patch.NAME, None)
        assert callable(check), f"{module.__name__}.{instructor_patch.NAME} is gone"
    original = instructor_patch.install().original
    assert list(inspect.signature(original).parameters) == ["response_model"]


@pytest.mark.parametrize(
    "function",
    [retry_module.retry_sync_v2, retry_module.retry_async_v2, response_model_module.prepare_response_model],
    ids=lambda f: f.__name__,
)
def test_instructor_looks_the_check_up_when_it_runs(function: Any) -> None:
    """These import it inside their body, so the module attribute the patch replaces is what they call."""
    assert LOCAL_IMPORT in inspect.getsource(function)


def test_patch_v2_calls_the_check_bound_in_its_module() -> None:
    wrappers = inspect.getsource(patch_module._create_sync_wrapper) + inspect.getsource(
        patch_module._create_async_wrapper
    )
    assert wrappers.count(f"{instructor_patch.NAME}(response_model)") == 2
    assert LOCAL_IMPORT.split(" import ")[0] in inspect.getsource(patch_module).split("\ndef ")[0]  # bound at import


def test_install_is_idempotent_and_covers_every_module() -> None:
    first = instructor_patch.install()
    assert instructor_patch.install() is first
    assert all(getattr(module, instructor_patch.NAME) is first for module in instructor_patch.MODULES)
    assert not isinstance(first.original, instructor_patch.CheckOnce)


def test_a_model_with_async_validators_is_still_refused_every_time() -> None:
    class WithAsyncValidator(BaseModel):
        name: str

        @async_validators.async_field_validator("name")
        async def check_name(self, value: str) -> str:
            return value

    check = instructor_patch.install()
    for _ in range(2):
        with pytest.raises(ValueError, match="async validators are not supported"):
            check(WithAsyncValidator)
    assert WithAsyncValidator not in check.passed


def test_a_request_walks_the_draft_model_once_not_per_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the whole LLM path (patch_v2, prepare_response_model, retry_sync_v2): after the first
    request, instructor's walk over the draft model never runs again, through any of its callers."""
    from summarize import Summarizer

    model = ScriptedModel([Answer(gold_draft("court-ruling"))], repeat_last=True)
    summarizer = Summarizer(model="m", api_key="sk-test", http_client=model.http_client())
    summarizer.summarize(article("court-ruling"))  # the first request: the draft model is known from here on
    steps: list[Any] = []
    real_get_origin = async_validators.get_origin  # the walk calls it for every type it visits

    def counted(value: Any) -> Any:
        steps.append(value)
        return real_get_origin(value)

    monkeypatch.setattr(async_validators, "get_origin", counted)
    summarizer.summarize(article("court-ruling"))
    summarizer.summarize(article("court-ruling"))
    assert model.request_count == 3
    assert steps == [], "instructor walked the response model again: the patch does not reach every caller"
    assert response_model() in instructor_patch.install().passed
