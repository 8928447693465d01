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
