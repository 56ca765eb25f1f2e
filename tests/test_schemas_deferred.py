"""The contract's models are built when first used, not when ``summarize.schemas`` is imported
(``defer_build`` on ``ContractModel``): a run builds the ones it uses; the others cost nothing."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

CHILD = """
import json
import summarize.schemas as schemas
from summarize.schemas import parts

names = ["Briefing", "BriefingDraft"]
before = {name: getattr(schemas, name).__pydantic_complete__ for name in names}
before["Hedge"] = parts.Hedge.__pydantic_complete__
schemas.BriefingDraft.model_json_schema()
print(json.dumps({"before": before, "draft_after": schemas.BriefingDraft.__pydantic_complete__}))
"""


def test_importing_the_schemas_builds_no_model_until_one_is_used() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=str(ROOT), timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout)
    assert seen["before"] == {"Briefing": False, "BriefingDraft": False, "Hedge": False}
    assert seen["draft_after"] is True
