"""Reading the JSON object a model was asked to answer with (the router's decision, the injection
check's verdict): lenient about code fences and words around the object, strict about the rest."""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE | re.MULTILINE)


def json_object(text: str) -> dict[str, Any]:
    """The first-to-last-brace JSON object in `text`; ValueError with a readable reason otherwise."""
    body = _FENCE.sub("", (text or "").strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("the answer is not a JSON object")
    try:
        data = json.loads(body[start : end + 1])
    except ValueError as exc:
        raise ValueError(f"the answer is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("the answer is not a JSON object")
    return data
