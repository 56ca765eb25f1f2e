"""Write ``summarize/schemas/briefing.schema.json`` from the models: ``python -m summarize.schemas.export``.

A test fails when the file and the models disagree; run this after changing a model.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .briefing import Briefing

SCHEMA_FILE = Path(__file__).with_name("briefing.schema.json")


def briefing_schema() -> dict[str, Any]:
    schema = Briefing.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://summarize.invalid/schemas/briefing/1"
    return schema


def render() -> str:
    return json.dumps(briefing_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    SCHEMA_FILE.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_FILE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
