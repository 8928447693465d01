"""Trace retention: the words go after N days, the numbers stay.

Older than the cutoff, `prune_payloads` empties what holds text a customer or a model wrote:
`LLMCall.request` / `response`, `ToolCall.arguments` / `result`, the text attributes of spans (a search
query, a handoff's detail, a manager's reason) and the reasons and details of guard checks. It keeps every
number the dashboards, alerts and metrics read: tokens, cost, latency, durations, status, error codes,
check scores. Pruned call rows get `payload_pruned`, so the trace viewer can say why a prompt is missing.

Work goes in batches of primary keys, each in its own short transaction (no long lock on a hot table), and
each batch selects only what is not pruned yet: a second run, or two at once, changes nothing twice.
`manage.py prune_traces` runs it (HANDRAIL_TRACE_RETENTION_DAYS, 0 = keep forever), and so does Celery
beat once a day (`prune_expired_payloads`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from tracing.models import GuardVerdict, LLMCall, Span, ToolCall

#: Span attributes that hold free text (and so may hold personal data): removed by retention, and left out
#: of the OTLP export unless HANDRAIL_OTLP_CONTENT is on. Everything else on a span is a number, a flag,
#: an id or a name from the code.
SPAN_TEXT_ATTRIBUTES: tuple[str, ...] = ("query", "reason", "reason_detail")

#: What a guard check keeps after retention: which check, where, its score and what it did.
KEPT_CHECK_KEYS: frozenset[str] = frozenset({"name", "field", "score", "fired", "action", "duration_ms"})

#: 100 years: a longer retention is a typo, and would overflow a date.
MAX_DAYS = 36500


@dataclass
class PruneResult:
    """How many rows had their payload removed (or would have, in a dry run)."""

    cutoff: datetime
    dry_run: bool = False
    llm_calls: int = 0
    tool_calls: int = 0
    spans: int = 0
    guard_verdicts: int = 0

    @property
    def total(self) -> int:
        return self.llm_calls + self.tool_calls + self.spans + self.guard_verdicts


def retention_cutoff(days: int, *, now: datetime | None = None) -> datetime:
    """The moment before which payloads go. Raises ValueError for a number of days out of range."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be a whole number from 1 to {MAX_DAYS}, got {days!r}")
    return (now or timezone.now()) - timedelta(days=days)


def _unpruned_llm_calls(cutoff: datetime) -> Any:
    return LLMCall.objects.filter(created_at__lt=cutoff, payload_pruned=False)


def _unpruned_tool_calls(cutoff: datetime) -> Any:
    return ToolCall.objects.filter(created_at__lt=cutoff, payload_pruned=False)


def _unpruned_spans(cutoff: datetime) -> Any:
    return Span.objects.filter(started_at__lt=cutoff, attributes__has_any_keys=list(SPAN_TEXT_ATTRIBUTES))


def _unpruned_verdicts(cutoff: datetime) -> Any:
    # Every check a guard writes has "reason" (and most "detail"); a pruned row's first check has neither.
    # Rows without checks hold nothing to prune.
    return GuardVerdict.objects.filter(created_at__lt=cutoff).filter(
        Q(checks__0__has_key="reason") | Q(checks__0__has_key="detail")
    )


def pruned_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in attributes.items() if k not in SPAN_TEXT_ATTRIBUTES}
    kept["payload_pruned"] = True
    return kept


def pruned_checks(checks: Any) -> list[Any]:
    if not isinstance(checks, list):
        return []
    return [
        {k: v for k, v in check.items() if k in KEPT_CHECK_KEYS} if isinstance(check, dict) else check
        for check in checks
    ]


def _batches(queryset: Any, batch_size: int) -> Any:
    """Primary keys of `queryset`, `batch_size` at a time, re-queried after each batch was pruned (so a
    pruned row drops out and the loop ends when nothing is left)."""
    while True:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True)[:batch_size])
        if not ids:
            return
        yield ids


def prune_payloads(cutoff: datetime, *, batch_size: int = 500, dry_run: bool = False) -> PruneResult:
    """Remove the payloads recorded before `cutoff`, keep the numbers. See the module docstring.

    `dry_run`: count what would be pruned, change nothing."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    result = PruneResult(cutoff=cutoff, dry_run=dry_run)
    if dry_run:
        result.llm_calls = _unpruned_llm_calls(cutoff).count()
        result.tool_calls = _unpruned_tool_calls(cutoff).count()
        result.spans = _unpruned_spans(cutoff).count()
        result.guard_verdicts = _unpruned_verdicts(cutoff).count()
        return result

    for ids in _batches(_unpruned_llm_calls(cutoff), batch_size):
        # Conditional on payload_pruned=False: a concurrent pruner's rows are not counted twice.
        result.llm_calls += LLMCall.objects.filter(pk__in=ids, payload_pruned=False).update(
            request={}, response=None, payload_pruned=True
        )
    for ids in _batches(_unpruned_tool_calls(cutoff), batch_size):
        result.tool_calls += ToolCall.objects.filter(pk__in=ids, payload_pruned=False).update(
            arguments={}, result=None, payload_pruned=True
        )
    for ids in _batches(_unpruned_spans(cutoff), batch_size):
        with transaction.atomic():
            # Locked and filtered again: a concurrent pruner's rows are skipped, not counted twice.
            spans = list(
                _unpruned_spans(cutoff).select_for_update().filter(pk__in=ids).only("pk", "attributes")
            )
            for span in spans:
                span.attributes = pruned_attributes(span.attributes or {})
            Span.objects.bulk_update(spans, ["attributes"])
        result.spans += len(spans)
    for ids in _batches(_unpruned_verdicts(cutoff), batch_size):
        with transaction.atomic():
            verdicts = list(
                _unpruned_verdicts(cutoff).select_for_update().filter(pk__in=ids).only("pk", "checks")
            )
            for verdict in verdicts:
                verdict.checks = pruned_checks(verdict.checks)
            GuardVerdict.objects.bulk_update(verdicts, ["checks"])
        result.guard_verdicts += len(verdicts)
    return result


@shared_task
def prune_expired_payloads() -> int:
    """Celery beat, daily: prune what HANDRAIL_TRACE_RETENTION_DAYS says has expired (nothing at 0).
    Returns how many rows lost their payload. Safe to run twice (see `prune_payloads`)."""
    days = settings.HANDRAIL_TRACE_RETENTION_DAYS
    if not days:
        return 0
    return prune_payloads(retention_cutoff(days)).total
