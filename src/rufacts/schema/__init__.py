"""The JSON Schema of the article record, shipped in the package."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article record."""
    return json.loads((resources.files(__name__) / "record.schema.json").read_text("utf-8"))
