"""The runtime's only way into tracing: plain records built during a step, written in the same
transaction as the step's checkpoint (so a trace never shows a step the run does not have).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.conf import settings

from agents.checkpoint_sql import RowInsert
from tracing.models import GuardVerdict, LLMCall, Span, ToolCall
from tracing.pricing import cost_usd


@dataclass
class LLMCallRecord:
    step_index: int
    attempt: int
    provider: str
    model: str
    request: dict[str, Any]
    response: dict[str, Any] | None
    tokens_in: int
    tokens_out: int
    tokens_cached: int
    latency_ms: float
    created_at: datetime
    streamed: bool = False
    error_code: str = ""
    error_message: str = ""
    feature: str = ""
    cost: Decimal = field(init=False)

    def __post_init__(self) -> None:
        self.cost = cost_usd(self.model, self.tokens_in, self.tokens_out, self.tokens_cached)


@dataclass
class ToolCallRecord:
    step_index: int
    tool_call_id: str
    tool_name: str
    arguments: dict[str, Any]
    result: Any
    error_code: str
    attempts: int
    duration_ms: float
    truncated: bool
    created_at: datetime


@dataclass
class GuardVerdictRecord:
    """A guard's decision (input, untrusted content, output): see `tracing.models.GuardVerdict`."""

    step_index: int
    stage: str
    verdict: str
    deciding_check: str
    source: str
    language: str
    checks: list[dict[str, Any]]
    duration_ms: float
    created_at: datetime


@dataclass
class SpanRecord:
    """One span of a run's trace: see `tracing.models.Span`. Built by `tracing.spans.Trace`."""

    span_id: str
    parent_id: str
    kind: str
    name: str
    started_at: datetime
    duration_ms: float
    step_index: int | None = None
    status: str = "ok"
    error_class: str = ""
    error_code: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)


Record = LLMCallRecord | ToolCallRecord | GuardVerdictRecord | SpanRecord

LLM_CALL_COLUMNS = [
    "run_id", "step_index", "attempt", "provider", "model", "request", "response", "tokens_in", "tokens_out",
    "tokens_cached", "cost_usd", "latency_ms", "streamed", "error_code", "error_message", "feature",
    "payload_pruned", "created_at",
]  # fmt: skip
TOOL_CALL_COLUMNS = [
    "run_id", "step_index", "tool_call_id", "tool_name", "arguments", "result", "error_code", "attempts",
    "duration_ms", "truncated", "payload_pruned", "created_at",
]  # fmt: skip


SPAN_COLUMNS = [
    "run_id", "span_id", "parent_id", "kind", "name", "step_index", "started_at", "duration_ms", "status",
    "error_class", "error_code", "attributes",
]  # fmt: skip

GUARD_VERDICT_COLUMNS = [
    "run_id", "step_index", "stage", "verdict", "deciding_check", "source", "language", "checks",
    "duration_ms", "created_at",
]  # fmt: skip


def _guard_row(run_id: Any, record: GuardVerdictRecord) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "step_index": record.step_index,
        "stage": record.stage,
        "verdict": record.verdict,
        "deciding_check": record.deciding_check[:32],
        "source": record.source[:64],
        "language": record.language[:8],
        "checks": record.checks,
        "duration_ms": record.duration_ms,
        "created_at": record.created_at,
    }


def _span_row(run_id: Any, record: SpanRecord) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "span_id": record.span_id,
        "parent_id": record.parent_id,
        "kind": record.kind,
        "name": record.name[:128],
        "step_index": record.step_index,
        "started_at": record.started_at,
        "duration_ms": record.duration_ms,
        "status": record.status,
        "error_class": record.error_class,
        "error_code": record.error_code[:64],
        "attributes": record.attributes,
    }


def _llm_row(run_id: Any, record: LLMCallRecord) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "step_index": record.step_index,
        "attempt": record.attempt,
        "provider": record.provider,
        "model": record.model,
        "request": record.request,
        "response": record.response,
        "tokens_in": record.tokens_in,
        "tokens_out": record.tokens_out,
        "tokens_cached": record.tokens_cached,
        "cost_usd": record.cost,
        "latency_ms": record.latency_ms,
        "streamed": record.streamed,
        "error_code": record.error_code,
        "error_message": record.error_message[:2000],
        "feature": record.feature[:64],
        "payload_pruned": False,
        "created_at": record.created_at,
    }


def _tool_row(run_id: Any, record: ToolCallRecord) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "step_index": record.step_index,
        "tool_call_id": record.tool_call_id,
        "tool_name": record.tool_name,
        "arguments": record.arguments,
        "result": record.result,
        "error_code": record.error_code,
        "attempts": record.attempts,
        "duration_ms": record.duration_ms,
        "truncated": record.truncated,
        "payload_pruned": False,
        "created_at": record.created_at,
    }


_inserts: dict[str, RowInsert] = {}


def write_records(runs_records: list[tuple[Any, list[Record]]]) -> None:
    """Write the records of several runs at once. Call inside the checkpoint's transaction."""
    if not _inserts:
        _inserts["llm"] = RowInsert(LLMCall, LLM_CALL_COLUMNS)
        _inserts["tool"] = RowInsert(ToolCall, TOOL_CALL_COLUMNS)
        _inserts["guard"] = RowInsert(GuardVerdict, GUARD_VERDICT_COLUMNS)
        _inserts["span"] = RowInsert(Span, SPAN_COLUMNS)
    llm_rows, tool_rows, guard_rows, span_rows = [], [], [], []
    for run_id, records in runs_records:
        for record in records:
            if isinstance(record, LLMCallRecord):
                llm_rows.append(_llm_row(run_id, record))
            elif isinstance(record, SpanRecord):
                span_rows.append(_span_row(run_id, record))
            elif isinstance(record, GuardVerdictRecord):
                guard_rows.append(_guard_row(run_id, record))
            else:
                tool_rows.append(_tool_row(run_id, record))
    _inserts["llm"].execute(llm_rows)
    _inserts["tool"].execute(tool_rows)
    if guard_rows:
        _inserts["guard"].execute(guard_rows)
    if span_rows:
        _inserts["span"].execute(span_rows)
    if settings.HANDRAIL_OTLP_ENDPOINT and settings.HANDRAIL_TRACING:
        # Sent to the collector after this transaction commits, from a background thread (tracing.otlp).
        from tracing.otlp import export_on_commit

        export_on_commit(runs_records)


def runs_finished() -> None:
    """Runs ended in the current transaction (their last checkpoint): once it commits, alerting looks at
    the numbers again, throttled (`tracing.alerts.request_evaluation`). Call inside that transaction."""
    from django.conf import settings
    from django.db import transaction

    if not settings.HANDRAIL_ALERTS_AFTER_RUNS:
        return
    from tracing.alerts import request_evaluation  # reads the runs: imported when first needed

    transaction.on_commit(request_evaluation)


def record_audit(
    actor: Any,
    action: str,
    target_type: str,
    target_id: Any,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    actor_name: str = "",
) -> None:
    """Write one audit entry for a human action. Call inside the action's transaction.

    `actor` is a user (or None for an API key or the system, then `actor_name` says who)."""
    from tracing.models import AuditEntry

    if actor is not None and not actor_name:
        actor_name = actor.get_username()
    AuditEntry.objects.create(
        actor=actor if actor is not None and actor.pk else None,
        actor_name=(actor_name or "system")[:150],
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        before=before,
        after=after,
    )
