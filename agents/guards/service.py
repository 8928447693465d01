"""One guard scan outside a conversation: what `manage.py guard_scan` and `POST /api/v1/guard/check` run.

Both read one text as a given agent's input guard would (every layer on, so the report shows all scores,
including the sensitive-topic similarity and "asked for a person" that a desk leaves to its router), or,
with `source="untrusted"`, as the scan of a tool result or a document (`agents.guards.injection
.scan_untrusted` plus personal data). Nothing is stored; personal data never appears in the report, only
the redacted text and the kinds found.
"""

from __future__ import annotations

import time
from typing import Any

from agents.definitions import AgentDefinition
from agents.errors import InputError
from agents.guards.pipeline import guard_for

SOURCES = ("customer", "untrusted")


def scan(text: str, agent: AgentDefinition, *, source: str = "customer") -> dict[str, Any]:
    if not isinstance(text, str):
        raise InputError("text must be a string", code="invalid_text")
    if source not in SOURCES:
        raise InputError(f"source must be one of {', '.join(SOURCES)}", code="invalid_source")
    if source == "untrusted":
        return _scan_untrusted(text)
    outcome = guard_for(agent.guard, sensitive_similarity=True, human_requests=True).screen(
        text, agent_name=agent.name
    )
    return {
        "verdict": str(outcome.verdict),
        "language": outcome.language,
        "deciding_check": outcome.deciding_check,
        "reason_code": outcome.reason_code,
        "customer_message": outcome.customer_message,
        "text_for_model": outcome.text_for_model,
        "fired": [c.name for c in outcome.fired()],
        "checks": [c.as_dict() for c in outcome.checks],
        "duration_ms": round(outcome.duration_ms, 3),
    }


def _scan_untrusted(text: str) -> dict[str, Any]:
    from agents.guards.base import CheckConfig, Subject
    from agents.guards.injection import scan_untrusted
    from agents.guards.pii import PiiCheck, Vault

    started = time.perf_counter()
    injection = scan_untrusted(text, "untrusted")
    pii = PiiCheck().check(Subject(original=text, text=text, source="untrusted"), CheckConfig())
    checks = [injection, pii]
    return {
        "verdict": "flagged" if injection.fired else "clean",
        "language": "",
        "deciding_check": "injection" if injection.fired else "",
        "reason_code": "untrusted_instructions" if injection.fired else "",
        "customer_message": "",
        "text_for_model": Vault().redact(text),
        "fired": [c.name for c in checks if c.fired],
        "checks": [c.as_dict() for c in checks],
        "duration_ms": round((time.perf_counter() - started) * 1000, 3),
    }
