"""The draft's JSON schema is generated once a run: instructor's prepared subclass reuses it."""

from __future__ import annotations

from instructor.v2.core.response_model import prepare_response_model
from pydantic import ConfigDict, Field
from pydantic.json_schema import model_json_schema

from summarize.engine import instructor_patch
from summarize.engine.llm import response_model, schema_as_draft
from summarize.schemas import BriefingDraft


def test_the_prepared_model_answers_with_the_drafts_schema_as_pydantic_would_generate_it() -> None:
    prepared = response_model()
    assert "model_json_schema" in vars(prepared)  # shared, not generated again
    assert prepared.model_json_schema() == model_json_schema(prepared) == BriefingDraft.model_json_schema()
    assert prepared.model_json_schema(mode="serialization") == model_json_schema(prepared, mode="serialization")
    assert prepared.openai_schema["parameters"]["properties"].keys() == BriefingDraft.model_fields.keys()  # type: ignore[attr-defined]


def test_a_subclass_that_could_change_the_schema_generates_its_own() -> None:
    instructor_patch.install()
    fresh = prepare_response_model(BriefingDraft)
    assert fresh is not None and schema_as_draft(fresh)

    class MoreFields(BriefingDraft):
        """Another story."""

        extra: str = Field(default="", description="invented for the test")

    class Retitled(BriefingDraft):
        model_config = ConfigDict(title="An invented title")

    class Renamed(BriefingDraft):
        pass

    Renamed.__doc__ = BriefingDraft.__doc__
    assert not schema_as_draft(MoreFields)
    assert not schema_as_draft(Retitled)
    assert not schema_as_draft(Renamed)  # the name is the schema's title
