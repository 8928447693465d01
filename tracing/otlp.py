"""Each run's spans to an OpenTelemetry collector over OTLP/HTTP (HANDRAIL_OTLP_ENDPOINT).

The spans go out as they are: the trace id is the run id, span ids, parents and timestamps are the ones
stored in `tracing.Span`, so a trace in Jaeger, Tempo or Honeycomb is the trace in the console. Model and
tool spans carry the GenAI semantic conventions (`gen_ai.*`: provider, model, temperature, tokens, finish
reasons; `execute_tool` with the tool's name). The run itself, the root every span hangs under, is sent
once the run has finished (`invoke_agent <agent>`, with its totals).

Prompts, completions and tool arguments/results go only with HANDRAIL_OTLP_CONTENT=true, and then as they
were stored: with personal data as placeholders when the agent's guard redacts. Free-text span attributes
(`tracing.retention.SPAN_TEXT_ATTRIBUTES`) follow the same switch.

When: `tracing.recording.write_records` hands each checkpoint's records to `export_on_commit`, which queues
them after the transaction commits (a rolled-back step is never exported). A daemon thread per process
(`SpanExportWorker`) converts and sends them in batches. The run never waits: the queue is bounded and a
full queue drops spans (counted); a failed export is logged and counted (`export_counts`, on /metrics).
Why a thread and not a Celery task: the spans are in memory at commit, a task would read them back from
the database; one thread batches every run of the process into few requests.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import queue
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import transaction

from tracing.logs import get_logger
from tracing.recording import GuardVerdictRecord, LLMCallRecord, Record, SpanRecord, ToolCallRecord
from tracing.retention import SPAN_TEXT_ATTRIBUTES
from tracing.spans import guard_check_spans

log = get_logger(__name__)

#: Spans per export request (the OTLP exporters' default batch).
MAX_SPANS_PER_EXPORT = 512
#: Checkpoint batches waiting in the queue; past it new ones are dropped (and counted), never waited for. A
#: checkpoint has a few to a few dozen spans: a dead collector costs this process at most ~2048 of them.
MAX_QUEUED_BATCHES = 2048
#: After the first batch arrives, wait this long for more before sending (fewer, larger requests).
LINGER_SECONDS = 0.5
#: Text attributes are cut to this many characters: collectors refuse huge spans, and a prompt is whole in
#: the database anyway.
MAX_CONTENT_CHARS = 16000
#: A finished run's root span is sent once per run across processes (the cache remembers it this long).
ROOT_SENT_TTL_SECONDS = 7 * 24 * 3600

OPEN_RUN_STATUSES = ("pending", "running", "awaiting_approval")
COUNTER_KEYS = {
    "exported_spans": "handrail:otlp:exported_spans",
    "failed_spans": "handrail:otlp:failed_spans",
    "failed_exports": "handrail:otlp:failed_exports",
    "dropped_spans": "handrail:otlp:dropped_spans",
}
# gen_ai.provider.name: the semantic conventions' well-known values where one exists, else our provider kind.
PROVIDER_NAMES = {"anthropic": "anthropic", "openai": "openai"}


# --- configuration ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportConfig:
    endpoint: str
    headers: tuple[tuple[str, str], ...] = ()
    content: bool = False
    service_name: str = "handrail"
    timeout_seconds: float = 10.0

    @classmethod
    def from_settings(cls) -> ExportConfig | None:
        endpoint = str(getattr(settings, "HANDRAIL_OTLP_ENDPOINT", "") or "").strip()
        if not endpoint:
            return None
        headers = getattr(settings, "HANDRAIL_OTLP_HEADERS", {}) or {}
        return cls(
            endpoint=endpoint,
            headers=tuple(sorted((str(k), str(v)) for k, v in headers.items())),
            content=bool(getattr(settings, "HANDRAIL_OTLP_CONTENT", False)),
            service_name=str(getattr(settings, "HANDRAIL_OTLP_SERVICE_NAME", "handrail") or "handrail"),
            timeout_seconds=float(getattr(settings, "HANDRAIL_OTLP_TIMEOUT_SECONDS", 10)),
        )

    @property
    def traces_url(self) -> str:
        """A collector's base URL gets the OTLP traces path; a full `.../v1/traces` URL is kept."""
        url = self.endpoint.rstrip("/")
        return url if url.endswith("/v1/traces") else f"{url}/v1/traces"


# --- what a checkpoint hands over -----------------------------------------------------------------------


@dataclass
class RunBatch:
    """One checkpoint's spans of one run, with the call records they describe (for gen_ai.* and content)."""

    run_id: Any
    spans: list[SpanRecord]
    llm_calls: list[LLMCallRecord] = field(default_factory=list)
    tool_calls: list[ToolCallRecord] = field(default_factory=list)


def export_on_commit(runs_records: Iterable[tuple[Any, list[Record]]]) -> None:
    """Queue these records for export once the current transaction commits. Call where they are written
    (`write_records`); outside a transaction they are queued at once. Never raises."""
    try:
        batches = []
        for run_id, records in runs_records:
            batch = RunBatch(run_id, [])
            verdicts = []
            for record in records:
                if isinstance(record, SpanRecord):
                    batch.spans.append(record)
                elif isinstance(record, LLMCallRecord):
                    batch.llm_calls.append(record)
                elif isinstance(record, ToolCallRecord):
                    batch.tool_calls.append(record)
                elif isinstance(record, GuardVerdictRecord):
                    verdicts.append(record)
            # A guard's checks are not stored as spans; the collector gets them as the viewer shows them.
            batch.spans.extend(guard_check_spans(batch.spans, verdicts))
            # A checkpoint without spans is still handed over: it may be the one that finished the run,
            # whose root span goes out after it.
            batches.append(batch)
        if batches:
            transaction.on_commit(lambda: submit(batches), robust=True)
    except Exception:  # the checkpoint must commit whatever happens here
        logging.getLogger(__name__).exception("queuing spans for the OTLP export failed")


def submit(batches: list[RunBatch]) -> None:
    """Hand batches to this process's export thread (started on first use). Never blocks, never raises."""
    try:
        config = ExportConfig.from_settings()
        if config is None:
            return
        exporter_worker(config).submit(batches)
    except Exception:
        logging.getLogger(__name__).exception("handing spans to the OTLP export failed")


# --- mapping our spans to OpenTelemetry spans -------------------------------------------------------------


def _ns(moment: datetime) -> int:
    """Nanoseconds since the epoch, exact to the microsecond (a float would round)."""
    return int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000


def _hex_id(value: str, *, digits: int) -> int:
    text = (value or "").strip().lower()
    if len(text) != digits:
        raise ValueError(f"expected {digits} hex digits, got {value!r}")
    return int(text, 16)


def _attribute(value: Any) -> Any:
    """An OpenTelemetry attribute value (str, bool, int, float or a list of one of them), or None."""
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple) and value:
        if all(isinstance(v, str) for v in value):
            return list(value)
        if all(isinstance(v, bool) for v in value):
            return list(value)
        if all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            return [float(v) for v in value] if any(isinstance(v, float) for v in value) else list(value)
    return _text(value)


def _text(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_CONTENT_CHARS else text[:MAX_CONTENT_CHARS] + "…[truncated]"


def _message_parts(message: dict[str, Any]) -> list[dict[str, Any]]:
    """A stored chat message as GenAI semantic-convention parts."""
    parts: list[dict[str, Any]] = []
    content = message.get("content") or ""
    if message.get("role") == "tool":
        parts.append({"type": "tool_call_response", "id": message.get("tool_call_id"), "response": content})
        return parts
    if content:
        parts.append({"type": "text", "content": content})
    for call in message.get("tool_calls") or []:
        parts.append(
            {
                "type": "tool_call",
                "id": call.get("id"),
                "name": call.get("name"),
                "arguments": call.get("arguments"),
            }
        )
    return parts


def _llm_content(call: LLMCallRecord) -> dict[str, Any]:
    request, response = call.request or {}, call.response or {}
    attributes: dict[str, Any] = {}
    if request.get("system"):
        attributes["gen_ai.system_instructions"] = _text([{"type": "text", "content": request["system"]}])
    messages = [m for m in request.get("messages") or [] if isinstance(m, dict)]
    if messages:
        attributes["gen_ai.input.messages"] = _text(
            [{"role": m.get("role"), "parts": _message_parts(m)} for m in messages]
        )
    if response:
        output = {
            "role": "assistant",
            "parts": _message_parts(
                {
                    "role": "assistant",
                    "content": response.get("text") or "",
                    "tool_calls": response.get("tool_calls"),
                }
            ),
            "finish_reason": response.get("stop_reason") or "",
        }
        attributes["gen_ai.output.messages"] = _text([output])
    return attributes


def _llm_attributes(span: SpanRecord, call: LLMCallRecord | None, *, content: bool) -> dict[str, Any]:
    attrs = span.attributes
    provider = str(attrs.get("provider") or (call.provider if call else ""))
    model = str(attrs.get("model") or (call.model if call else ""))
    request = (call.request or {}) if call else {}
    response = (call.response or {}) if call else {}
    provider_name = PROVIDER_NAMES.get(provider, provider)
    out: dict[str, Any] = {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": provider_name,
        # The attribute's older name: many backends still group GenAI spans by it.
        "gen_ai.system": provider_name,
        "gen_ai.request.model": str(request.get("model") or model),
        "gen_ai.usage.input_tokens": int(attrs.get("tokens_in") or 0),
        "gen_ai.usage.output_tokens": int(attrs.get("tokens_out") or 0),
        "gen_ai.usage.cache_read.input_tokens": int(attrs.get("tokens_cached") or 0),
        "gen_ai.request.stream": bool(attrs.get("streamed")),
    }
    if request.get("temperature") is not None:
        out["gen_ai.request.temperature"] = float(request["temperature"])
    if request.get("max_tokens") is not None:
        out["gen_ai.request.max_tokens"] = int(request["max_tokens"])
    if response:
        out["gen_ai.response.model"] = str(response.get("model") or model)
        if response.get("stop_reason"):
            out["gen_ai.response.finish_reasons"] = [str(response["stop_reason"])]
    if call is not None:
        out["handrail.cost_usd"] = float(call.cost)
    if content and call is not None:
        out.update(_llm_content(call))
    return out


def _tool_attributes(span: SpanRecord, call: ToolCallRecord | None, *, content: bool) -> dict[str, Any]:
    attrs = span.attributes
    out: dict[str, Any] = {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": str(attrs.get("tool") or span.name),
        "gen_ai.tool.type": "function",
    }
    if attrs.get("tool_call_id"):
        out["gen_ai.tool.call.id"] = str(attrs["tool_call_id"])
    if content and call is not None:
        out["gen_ai.tool.call.arguments"] = _text(call.arguments)
        if call.result is not None:
            out["gen_ai.tool.call.result"] = _text(call.result)
    return out


class _CallIndex:
    """Finds the call record a model or tool span describes (same step, attempt, feature, model; or the
    same tool call id). Each record describes one span."""

    def __init__(self, batch: RunBatch) -> None:
        self.llm: dict[tuple, list[LLMCallRecord]] = {}
        for call in batch.llm_calls:
            self.llm.setdefault(
                self._llm_key(call.step_index, call.attempt, call.feature, call.provider), []
            ).append(call)
        self.tools = {call.tool_call_id: call for call in batch.tool_calls}

    @staticmethod
    def _llm_key(step_index: Any, attempt: Any, feature: Any, provider: Any) -> tuple:
        return (step_index, attempt, feature or "", provider or "")

    def llm_call(self, span: SpanRecord) -> LLMCallRecord | None:
        attrs = span.attributes
        key = self._llm_key(
            span.step_index, attrs.get("attempt"), attrs.get("feature"), attrs.get("provider")
        )
        found = self.llm.get(key)
        return found.pop(0) if found else None

    def tool_call(self, span: SpanRecord) -> ToolCallRecord | None:
        return self.tools.get(str(span.attributes.get("tool_call_id") or ""))


def otel_spans(batch: RunBatch, *, resource: Any, scope: Any, content: bool) -> list[Any]:
    """The batch's spans as OpenTelemetry `ReadableSpan`s. A span whose ids cannot be read is skipped
    (logged): one bad row must not cost the others their export."""
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

    from tracing.spans import trace_id as run_trace_id

    trace_id = _hex_id(run_trace_id(batch.run_id), digits=32)
    sampled = TraceFlags(TraceFlags.SAMPLED)
    calls = _CallIndex(batch)
    spans = []
    for span in batch.spans:
        try:
            context = SpanContext(
                trace_id, _hex_id(span.span_id, digits=16), is_remote=False, trace_flags=sampled
            )
            parent = SpanContext(
                trace_id, _hex_id(span.parent_id, digits=16), is_remote=False, trace_flags=sampled
            )
        except ValueError:
            log.warning("otlp_span_skipped", span_id=span.span_id, parent_id=span.parent_id, kind=span.kind)
            continue
        attributes: dict[str, Any] = {}
        for key, value in span.attributes.items():
            if key in SPAN_TEXT_ATTRIBUTES and not content:
                continue
            converted = _attribute(value)
            if converted is not None:
                attributes[f"handrail.{key}"] = converted
        attributes["handrail.span.kind"] = span.kind
        if span.step_index is not None:
            attributes["handrail.step_index"] = span.step_index
        if span.error_class:
            attributes["handrail.error_class"] = span.error_class
        if span.error_code:
            attributes["error.type"] = span.error_code
        name, kind = span.name, SpanKind.INTERNAL
        if span.kind == "llm":
            call = calls.llm_call(span)
            attributes.update(_llm_attributes(span, call, content=content))
            name, kind = f"chat {attributes['gen_ai.request.model']}", SpanKind.CLIENT
        elif span.kind in ("tool", "retrieval"):
            attributes.update(_tool_attributes(span, calls.tool_call(span), content=content))
            name = f"execute_tool {attributes['gen_ai.tool.name']}"
        start = _ns(span.started_at)
        spans.append(
            ReadableSpan(
                name=name,
                context=context,
                parent=parent,
                resource=resource,
                attributes=attributes,
                kind=kind,
                status=Status(StatusCode.ERROR, span.error_code or None)
                if span.status == "error"
                else Status(StatusCode.UNSET),
                start_time=start,
                end_time=start + max(int(span.duration_ms * 1_000_000), 0),
                instrumentation_scope=scope,
            )
        )
    return spans


def root_span(run: dict[str, Any], *, resource: Any, scope: Any) -> Any:
    """The run as the trace's root span (`invoke_agent <agent>`), from its row's values."""
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

    from tracing.spans import root_span_id, trace_id

    run_id = run["id"]
    failed = run["failure_class"] in ("degraded", "fatal")
    attributes = {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": run["agent_name"],
        "gen_ai.conversation.id": str(run["conversation_id"]),
        "gen_ai.usage.input_tokens": int(run["tokens_in"]),
        "gen_ai.usage.output_tokens": int(run["tokens_out"]),
        "gen_ai.usage.cache_read.input_tokens": int(run["tokens_cached"]),
        "handrail.cost_usd": float(run["cost_usd"]),
        "handrail.run.status": run["status"],
        "handrail.run.steps": int(run["step_count"]),
        "handrail.span.kind": "run",
    }
    if run["executor_name"]:
        attributes["handrail.run.executor"] = run["executor_name"]
    if run["failure_class"]:
        attributes["handrail.error_class"] = run["failure_class"]
    if run["error_code"]:
        attributes["error.type"] = run["error_code"]
    context = SpanContext(
        _hex_id(trace_id(run_id), digits=32),
        _hex_id(root_span_id(run_id), digits=16),
        is_remote=False,
        trace_flags=TraceFlags(TraceFlags.SAMPLED),
    )
    return ReadableSpan(
        name=f"invoke_agent {run['agent_name']}",
        context=context,
        parent=None,
        resource=resource,
        attributes=attributes,
        kind=SpanKind.INTERNAL,
        status=Status(StatusCode.ERROR, run["error_code"] or run["failure_class"])
        if failed
        else Status(StatusCode.UNSET),
        start_time=_ns(run["created_at"]),
        end_time=_ns(max(run["finished_at"], run["created_at"])),
        instrumentation_scope=scope,
    )


def finished_run_roots(run_ids: Iterable[Any], *, resource: Any, scope: Any) -> list[Any]:
    """Root spans of the runs among `run_ids` that have finished and whose root was not sent yet (by any
    process: the cache's atomic `add` decides who sends it). Reads the database: call off the run's path."""
    from django.apps import apps
    from django.core.cache import cache

    Run = apps.get_model("agents", "Run")
    ids = list(dict.fromkeys(run_ids))
    if not ids:
        return []
    rows = (
        Run.objects.filter(pk__in=ids, finished_at__isnull=False)
        .exclude(status__in=OPEN_RUN_STATUSES)
        .values(
            "id",
            "agent_name",
            "executor_name",
            "conversation_id",
            "status",
            "failure_class",
            "error_code",
            "tokens_in",
            "tokens_out",
            "tokens_cached",
            "cost_usd",
            "step_count",
            "created_at",
            "finished_at",
        )  # fmt: skip
    )
    roots = []
    for row in rows:
        if cache.add(f"handrail:otlp:root:{row['id']}", 1, ROOT_SENT_TTL_SECONDS):
            roots.append(root_span(row, resource=resource, scope=scope))
    return roots


# --- counting -------------------------------------------------------------------------------------------


def _count(name: str, amount: int) -> None:
    """Add to a cross-process counter in the cache (Redis in production), read by /metrics."""
    if amount <= 0:
        return
    from django.core.cache import cache

    key = COUNTER_KEYS[name]
    try:
        try:
            cache.incr(key, amount)
        except ValueError:  # not there yet (or expired): the first one in creates it
            if not cache.add(key, amount, None):
                cache.incr(key, amount)
    except Exception:  # a counter must never break the export it counts
        logging.getLogger(__name__).debug("counting %s failed", name, exc_info=True)


def export_counts() -> dict[str, int]:
    """Spans exported, failed and dropped since the counters began (all processes sharing the cache)."""
    from django.core.cache import cache

    try:
        values = cache.get_many(list(COUNTER_KEYS.values()))
    except Exception:
        values = {}
    return {name: int(values.get(key) or 0) for name, key in COUNTER_KEYS.items()}


# --- the export thread ----------------------------------------------------------------------------------


class _Flush:
    def __init__(self) -> None:
        self.done = threading.Event()


class SpanExportWorker:
    """A daemon thread that sends queued batches to the collector. `submit` never blocks."""

    def __init__(self, config: ExportConfig, *, linger_seconds: float = LINGER_SECONDS) -> None:
        self.config = config
        self.linger_seconds = linger_seconds
        self.pid = os.getpid()
        # The exporter is built by the thread itself: importing OpenTelemetry takes a moment, and this
        # constructor runs on the first checkpoint's commit, which a run is waiting for.
        self.exporter: Any = None
        self.resource: Any = None
        self.scope: Any = None
        self.queue: queue.Queue[list[RunBatch] | _Flush | None] = queue.Queue(MAX_QUEUED_BATCHES)
        self.last_drop_warning = 0.0
        self.thread = threading.Thread(target=self._work, name="handrail-otlp-export", daemon=True)
        self.thread.start()

    def _start_exporter(self) -> None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.util.instrumentation import InstrumentationScope

        self.exporter = OTLPSpanExporter(
            endpoint=self.config.traces_url,
            headers=dict(self.config.headers),
            timeout=self.config.timeout_seconds,
        )
        self.resource = Resource.create({"service.name": self.config.service_name})
        self.scope = InstrumentationScope("handrail.tracing", "1")

    def submit(self, batches: list[RunBatch]) -> None:
        try:
            self.queue.put_nowait(batches)
        except queue.Full:
            dropped = sum(len(b.spans) for b in batches)
            _count("dropped_spans", dropped)
            now = time.monotonic()
            if now - self.last_drop_warning > 60:  # one line a minute, not one per checkpoint
                self.last_drop_warning = now
                log.warning("otlp_queue_full", dropped_spans=dropped, endpoint=self.config.traces_url)

    def flush(self, timeout: float = 10.0) -> bool:
        """Send everything queued so far; True when it was handed to the collector within `timeout`."""
        marker = _Flush()
        try:
            self.queue.put(marker, timeout=timeout)
        except queue.Full:
            return False
        return marker.done.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self.flush(timeout)
        try:
            self.queue.put_nowait(None)
        except queue.Full:
            pass
        self.thread.join(timeout)
        if self.exporter is not None:
            self.exporter.shutdown()

    # -- the thread
    def _work(self) -> None:
        try:
            self._start_exporter()
        except Exception:  # nothing can be sent; batches are taken and counted as failed, never piled up
            logging.getLogger(__name__).exception("the OTLP exporter could not be started")
        while True:
            item = self.queue.get()
            if item is None:
                return
            batches: list[RunBatch] = []
            flushes: list[_Flush] = []
            stop = False
            deadline = time.monotonic() + self.linger_seconds
            while True:
                if isinstance(item, _Flush):
                    flushes.append(item)
                elif item is None:
                    stop = True
                else:
                    batches.extend(item)
                if flushes or stop or sum(len(b.spans) for b in batches) >= MAX_SPANS_PER_EXPORT:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    item = self.queue.get(timeout=remaining)
                except queue.Empty:
                    break
            try:
                self._export(batches)
            except Exception:  # the thread must outlive any bad batch
                logging.getLogger(__name__).exception("the OTLP export thread met an error")
            finally:
                for marker in flushes:
                    marker.done.set()
            if stop:
                return

    def _export(self, batches: list[RunBatch]) -> None:
        from opentelemetry.sdk.trace.export import SpanExportResult

        if not batches:
            return
        if self.exporter is None:
            failed = sum(len(b.spans) for b in batches)
            _count("failed_exports", 1)
            _count("failed_spans", failed)
            log.warning(
                "otlp_export_failed", spans=failed, endpoint=self.config.traces_url, error="no exporter"
            )
            return
        spans: list[Any] = []
        for batch in batches:
            spans.extend(
                otel_spans(batch, resource=self.resource, scope=self.scope, content=self.config.content)
            )
        spans.extend(self._roots({b.run_id for b in batches}))
        for start in range(0, len(spans), MAX_SPANS_PER_EXPORT):
            chunk = spans[start : start + MAX_SPANS_PER_EXPORT]
            try:
                result = self.exporter.export(chunk)
            except Exception as exc:
                result = SpanExportResult.FAILURE
                error = f"{type(exc).__name__}: {exc}"
            else:
                error = "the collector refused or did not answer"
            if result == SpanExportResult.SUCCESS:
                _count("exported_spans", len(chunk))
            else:
                _count("failed_exports", 1)
                _count("failed_spans", len(chunk))
                log.warning(
                    "otlp_export_failed", spans=len(chunk), endpoint=self.config.traces_url, error=error
                )

    def _roots(self, run_ids: set[Any]) -> list[Any]:
        from django.db import connection

        try:
            return finished_run_roots(run_ids, resource=self.resource, scope=self.scope)
        except Exception:
            logging.getLogger(__name__).exception("reading finished runs for their root spans failed")
            return []
        finally:
            # This thread's connection is closed after each batch: it must not hold a connection (or keep a
            # test database from being dropped) while it waits for the next one.
            connection.close()


_worker: SpanExportWorker | None = None
_worker_lock = threading.Lock()


def exporter_worker(config: ExportConfig) -> SpanExportWorker:
    """This process's export thread for `config`, started on first use. A forked child (a Celery worker)
    or a changed configuration gets a new one."""
    global _worker
    current = _worker
    if current is not None and current.config == config and current.pid == os.getpid():
        return current
    with _worker_lock:
        current = _worker
        if current is not None and current.config == config and current.pid == os.getpid():
            return current
        if current is not None and current.pid == os.getpid():
            current.stop(timeout=2.0)
        _worker = SpanExportWorker(config)
        return _worker


def flush(timeout: float = 10.0) -> bool:
    """Send what this process has queued (tests, shutdown). True when nothing was left behind."""
    current = _worker
    if current is None or current.pid != os.getpid():
        return True
    return current.flush(timeout)


def shutdown(timeout: float = 5.0) -> None:
    """Send what is queued and stop this process's export thread (at exit; tests between collectors)."""
    global _worker
    with _worker_lock:
        current, _worker = _worker, None
    if current is not None and current.pid == os.getpid():
        current.stop(timeout)


atexit.register(shutdown)
