"""Spans of a run's trace, collected in memory during a step and written with its checkpoint.

The trace id is the run's id; the run is the root span (`root_span_id`), so a span without a better
parent hangs under the run. A span is opened and ended in process (`Trace.start` ... `OpenSpan.end`),
or added whole when its timing is already known (`Trace.add`). `Trace.drain` hands the finished spans
to the checkpoint that commits next; a crash before that commit loses the spans of work that is redone
on resume anyway.

`HANDRAIL_TRACING=false` turns span collection off (the LLM/tool call records stay: the runtime resumes
from them). The benchmark `bench/tracing_overhead.py` compares the two.
"""

from __future__ import annotations

import hashlib
import os
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings

from tracing.recording import SpanRecord


def trace_id(run_id: Any) -> str:
    """The OpenTelemetry trace id of a run: its UUID as 32 hex digits."""
    return run_id.hex if hasattr(run_id, "hex") else str(run_id).replace("-", "")


def root_span_id(run_id: Any) -> str:
    """The run's own span: the first 16 hex digits of its id."""
    return trace_id(run_id)[:16]


def new_span_id() -> str:
    return os.urandom(8).hex()


def tracing_enabled() -> bool:
    return bool(getattr(settings, "HANDRAIL_TRACING", True))


class OpenSpan:
    """A span that has started. `end()` records it with its duration; `set()` adds attributes on the way.

    A span's status defaults to "error" when it ends with an error code; a caller that knows the code is
    not a failure (a customer asking for a person ends the run with reason code `asked_for_human`)
    passes `status="ok"` explicitly."""

    __slots__ = (
        "trace",
        "span_id",
        "parent_id",
        "kind",
        "name",
        "step_index",
        "started_at",
        "_t0",
        "attributes",
    )

    def __init__(
        self,
        trace: Trace | None,
        kind: str,
        name: str,
        parent_id: str,
        step_index: int | None,
        attributes: dict[str, Any],
    ) -> None:
        self.trace = trace
        self.span_id = new_span_id() if trace is not None else ""
        self.parent_id = parent_id
        self.kind = kind
        self.name = name
        self.step_index = step_index
        self.started_at = datetime.now(UTC)
        self._t0 = time.perf_counter()
        self.attributes = attributes

    def set(self, **attributes: Any) -> OpenSpan:
        # The record shares this dict: attributes set after `end()` still reach it until it is written.
        self.attributes.update(attributes)
        return self

    def end(
        self,
        *,
        status: str | None = None,
        error_class: str = "",
        error_code: str = "",
        step_index: int | None = None,
        **attributes: Any,
    ) -> SpanRecord | None:
        if self.trace is None:
            return None
        self.attributes.update(attributes)
        record = SpanRecord(
            span_id=self.span_id,
            parent_id=self.parent_id,
            kind=self.kind,
            name=self.name,
            started_at=self.started_at,
            duration_ms=(time.perf_counter() - self._t0) * 1000,
            step_index=self.step_index if step_index is None else step_index,
            status=status or ("error" if error_code else "ok"),
            error_class=error_class,
            error_code=error_code,
            attributes=self.attributes,
        )
        self.trace.finished.append(record)
        return record


class Trace:
    """The spans of one run being executed, until the next checkpoint takes them."""

    def __init__(self, run_id: Any, *, enabled: bool | None = None) -> None:
        self.run_id = run_id
        self.root = root_span_id(run_id)
        self.enabled = tracing_enabled() if enabled is None else enabled
        self.finished: list[SpanRecord] = []

    def start(
        self,
        kind: str,
        name: str,
        *,
        parent: OpenSpan | str | None = None,
        step_index: int | None = None,
        **attributes: Any,
    ) -> OpenSpan:
        parent_id = parent.span_id if isinstance(parent, OpenSpan) else (parent or self.root)
        return OpenSpan(
            self if self.enabled else None, kind, name, parent_id or self.root, step_index, attributes
        )

    def add(
        self,
        kind: str,
        name: str,
        *,
        started_at: datetime,
        duration_ms: float,
        parent: OpenSpan | str | None = None,
        step_index: int | None = None,
        status: str | None = None,
        error_class: str = "",
        error_code: str = "",
        **attributes: Any,
    ) -> SpanRecord | None:
        """A span whose timing is already known (a provider attempt, an intake measured elsewhere)."""
        if not self.enabled:
            return None
        parent_id = parent.span_id if isinstance(parent, OpenSpan) else (parent or self.root)
        record = SpanRecord(
            span_id=new_span_id(),
            parent_id=parent_id or self.root,
            kind=kind,
            name=name,
            started_at=started_at,
            duration_ms=duration_ms,
            step_index=step_index,
            status=status or ("error" if error_code else "ok"),
            error_class=error_class,
            error_code=error_code,
            attributes=attributes,
        )
        self.finished.append(record)
        return record

    def drain(self) -> list[SpanRecord]:
        spans, self.finished = self.finished, []
        return spans


def started_before(duration_ms: float, end: datetime | None = None) -> datetime:
    """The start of something that just took `duration_ms` (for spans added after the fact)."""
    return (end or datetime.now(UTC)) - timedelta(milliseconds=duration_ms)


# --- a guard's checks: spans read from its verdict, never stored twice ----------------------------------
# A guard pass records every check (name, score, fired, duration) in its `GuardVerdict`; writing each as a
# Span row as well doubled a traced turn's rows for nothing (19 of 33) and half of tracing's cost on
# PostgreSQL (bench/tracing_overhead.py). The viewer and the OTLP export draw them from the verdict with
# ids derived from the guard span's, so a check span is the same span wherever it is read.


def check_span_id(guard_span_id: str, position: int) -> str:
    return hashlib.blake2b(f"{guard_span_id}:{position}".encode(), digest_size=8).hexdigest()


def check_spans(guard: Any, checks: Any) -> list[SpanRecord]:
    """The checks of a guard pass as child spans of its span (`guard`: a Span row or a SpanRecord),
    laid end to end from the guard's start in the order they ran."""
    if not isinstance(checks, list):
        return []
    offset = guard.started_at
    spans = []
    for position, check in enumerate(c for c in checks if isinstance(c, dict)):
        raw = check.get("duration_ms")
        duration = float(raw) if isinstance(raw, int | float) else 0.0
        spans.append(
            SpanRecord(
                span_id=check_span_id(guard.span_id, position),
                parent_id=guard.span_id,
                kind="check",
                name=str(check.get("name") or "check"),
                started_at=offset,
                duration_ms=duration,
                step_index=guard.step_index,
                status="error" if check.get("fired") else "ok",
                attributes={
                    "score": check.get("score"),
                    "fired": bool(check.get("fired")),
                    "action": check.get("action", ""),
                },
            )
        )
        offset = offset + timedelta(milliseconds=duration)
    return spans


def verdict_of(guard: Any, verdicts: list[Any]) -> Any:
    """The verdict (a GuardVerdict row or record) a guard span was made from: the same step, stage and
    source; of several (two tool results scanned in one step) the one whose duration matches."""
    attributes = guard.attributes if isinstance(guard.attributes, dict) else {}
    stage = str(attributes.get("stage") or "")
    found = [v for v in verdicts if v.step_index == guard.step_index and str(v.stage) == stage]
    source = str(attributes.get("source") or "")
    same_source = [v for v in found if v.source == source] or found
    if not same_source:
        return None
    return min(same_source, key=lambda v: abs(v.duration_ms - guard.duration_ms))


def guard_check_spans(spans: list[Any], verdicts: list[Any]) -> list[SpanRecord]:
    """Check spans for every guard span of `spans` that has no stored check children (runs traced before
    checks were read from verdicts have them as rows)."""
    stored_parents = {s.parent_id for s in spans if s.kind == "check"}
    drawn: list[SpanRecord] = []
    for span in spans:
        if span.kind != "guard" or span.span_id in stored_parents:
            continue
        verdict = verdict_of(span, verdicts)
        if verdict is not None:
            drawn.extend(check_spans(span, verdict.checks))
    return drawn
