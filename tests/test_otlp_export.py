"""OTLP export (tracing.otlp): each run's spans reach a collector with the ids, parents and timestamps of
the stored trace, GenAI attributes on model and tool spans, content only when asked for (redacted as
stored), and a dead or refusing collector never touches the run.

The collector is a small HTTP server on 127.0.0.1 in this file that decodes the protobuf
ExportTraceServiceRequest the exporter sends, as a real collector would."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from agents.models import Conversation, Run
from tests.runtime_helpers import settings_error, start_turn
from tracing import otlp
from tracing.models import GuardVerdict, LLMCall, Span, ToolCall
from tracing.recording import LLMCallRecord, SpanRecord, write_records
from tracing.spans import guard_check_spans, root_span_id

ROOT = Path(__file__).resolve().parent.parent


# --- a collector on 127.0.0.1 -------------------------------------------------------------------------------


def _value(any_value: Any) -> Any:
    kind = any_value.WhichOneof("value")
    if kind == "array_value":
        return [_value(v) for v in any_value.array_value.values]
    return getattr(any_value, kind) if kind else None


def _attributes(key_values: Any) -> dict[str, Any]:
    return {kv.key: _value(kv.value) for kv in key_values}


class Collector:
    """Receives OTLP/HTTP trace exports. `status` is what it answers; `hold` (an Event) makes it wait
    before answering, so a test can keep the exporter busy."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.requests: list[ExportTraceServiceRequest] = []
        self.paths: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.received = threading.Event()
        self.hold: threading.Event | None = None
        collector = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                collector.paths.append(self.path)
                collector.headers.append({k.lower(): v for k, v in self.headers.items()})
                collector.requests.append(ExportTraceServiceRequest.FromString(body))
                collector.received.set()
                if collector.hold is not None:
                    collector.hold.wait(30)
                reply = ExportTraceServiceResponse().SerializeToString()
                self.send_response(collector.status)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def spans(self) -> list[dict[str, Any]]:
        found = []
        for request in self.requests:
            for resource_spans in request.resource_spans:
                resource = _attributes(resource_spans.resource.attributes)
                for scope_spans in resource_spans.scope_spans:
                    for span in scope_spans.spans:
                        found.append(
                            {
                                "trace_id": span.trace_id.hex(),
                                "span_id": span.span_id.hex(),
                                "parent_id": span.parent_span_id.hex(),
                                "name": span.name,
                                "kind": span.kind,
                                "start": span.start_time_unix_nano,
                                "end": span.end_time_unix_nano,
                                "status": span.status.code,
                                "status_message": span.status.message,
                                "attributes": _attributes(span.attributes),
                                "resource": resource,
                                "scope": scope_spans.scope.name,
                            }
                        )
        return found

    def close(self) -> None:
        if self.hold is not None:
            self.hold.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def collector(settings):
    server = Collector()
    settings.HANDRAIL_OTLP_ENDPOINT = server.url
    settings.HANDRAIL_OTLP_CONTENT = False
    settings.HANDRAIL_OTLP_TIMEOUT_SECONDS = 2
    yield server
    otlp.shutdown(timeout=5)
    server.close()


def ns(moment: datetime) -> int:
    return int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000


def counts_delta(before: dict[str, int]) -> dict[str, int]:
    after = otlp.export_counts()
    return {name: after[name] - before[name] for name in after}


# --- a run, exported ---------------------------------------------------------------------------------------


def trace_spans(run_id) -> list:
    """The run's stored spans and the check spans drawn from its guard verdicts."""
    stored = list(Span.objects.filter(run_id=run_id))
    return [*stored, *guard_check_spans(stored, list(GuardVerdict.objects.filter(run_id=run_id)))]


@pytest.mark.django_db(transaction=True)
def test_a_run_is_exported_with_the_stored_ids_parents_and_timestamps(collector):
    intake, outcome = start_turn("t-desk", "Where is my order 1234?")
    assert outcome.status == Run.Status.COMPLETED
    assert otlp.flush(timeout=10)

    run = Run.objects.get(pk=intake.run.pk)
    stored = {s.span_id: s for s in trace_spans(run.pk)}
    exported = {s["span_id"]: s for s in collector.spans()}
    root_id = root_span_id(run.pk)
    # Every span of the trace (the guards' checks drawn from their verdicts, as the viewer shows them),
    # and the run itself as the root: no more, no less, each once.
    assert sorted(exported) == sorted([*stored, root_id])
    assert len(collector.spans()) == len(stored) + 1
    for span_id, span in stored.items():
        sent = exported[span_id]
        assert sent["trace_id"] == run.pk.hex
        assert sent["parent_id"] == span.parent_id
        assert sent["start"] == ns(span.started_at)
        assert sent["end"] - sent["start"] == int(span.duration_ms * 1_000_000)
        assert sent["attributes"]["handrail.span.kind"] == span.kind
        assert sent["resource"]["service.name"] == "handrail"
        assert sent["scope"] == "handrail.tracing"

    root = exported[root_id]
    assert root["parent_id"] == ""
    assert root["name"] == "invoke_agent t-desk"
    assert root["start"] == ns(run.created_at) and root["end"] == ns(run.finished_at)
    assert root["attributes"]["gen_ai.operation.name"] == "invoke_agent"
    assert root["attributes"]["gen_ai.agent.name"] == "t-desk"
    assert root["attributes"]["gen_ai.conversation.id"] == str(run.conversation_id)
    assert root["attributes"]["gen_ai.usage.input_tokens"] == run.tokens_in
    assert root["attributes"]["handrail.run.status"] == "completed"
    assert root["attributes"]["handrail.run.executor"] == "t-two-calls"

    # Model attempts: GenAI conventions from the LLM call they describe.
    calls = {(c.step_index, c.attempt): c for c in LLMCall.objects.filter(run=run)}
    llm_spans = [s for s in stored.values() if s.kind == "llm"]
    assert len(llm_spans) == 3
    for span in llm_spans:
        sent = exported[span.span_id]
        call = calls[(span.step_index, span.attributes["attempt"])]
        attributes = sent["attributes"]
        assert sent["name"] == f"chat {call.model}"
        assert sent["kind"] == 3  # SPAN_KIND_CLIENT
        assert attributes["gen_ai.operation.name"] == "chat"
        assert attributes["gen_ai.provider.name"] == call.provider == "scripted"
        assert attributes["gen_ai.system"] == "scripted"
        assert attributes["gen_ai.request.model"] == call.model
        assert attributes["gen_ai.request.temperature"] == call.request["temperature"] == 0.0
        assert attributes["gen_ai.request.max_tokens"] == call.request["max_tokens"]
        assert attributes["gen_ai.usage.input_tokens"] == call.tokens_in
        assert attributes["gen_ai.usage.output_tokens"] == call.tokens_out
        assert attributes["gen_ai.response.finish_reasons"] == [call.response["stop_reason"]]
        # Content stays home unless HANDRAIL_OTLP_CONTENT is on.
        assert "gen_ai.input.messages" not in attributes and "gen_ai.output.messages" not in attributes

    tool_calls = {t.tool_call_id: t for t in ToolCall.objects.filter(run=run)}
    tool_spans = [s for s in stored.values() if s.kind == "tool"]
    assert sorted(exported[s.span_id]["name"] for s in tool_spans) == [
        "execute_tool fetch_order",
        "execute_tool fetch_tracking",
    ]
    for span in tool_spans:
        attributes = exported[span.span_id]["attributes"]
        assert attributes["gen_ai.operation.name"] == "execute_tool"
        assert attributes["gen_ai.tool.name"] == tool_calls[attributes["gen_ai.tool.call.id"]].tool_name
        assert "gen_ai.tool.call.arguments" not in attributes
    assert all(path == "/v1/traces" for path in collector.paths)


@pytest.mark.django_db(transaction=True)
def test_content_is_exported_only_when_switched_on_and_as_redacted_as_it_is_stored(collector, settings):
    settings.HANDRAIL_OTLP_CONTENT = True
    intake, outcome = start_turn("t-two-calls", "Where is my order 1234? Write to jane.doe@example.com")
    assert outcome.status == Run.Status.COMPLETED
    assert otlp.flush(timeout=10)

    spans = collector.spans()
    everything = json.dumps([s["attributes"] for s in spans])
    assert "jane.doe@example.com" not in everything
    first_call = next(
        s
        for s in spans
        if s["attributes"].get("handrail.span.kind") == "llm" and s["attributes"]["handrail.step_index"] == 0
    )
    attributes = first_call["attributes"]
    stored = LLMCall.objects.get(run_id=intake.run.pk, step_index=0)
    # The conversation as the model saw it: the address is a placeholder, as in the stored request.
    messages = json.loads(attributes["gen_ai.input.messages"])
    user_text = messages[-1]["parts"][0]["content"]
    assert messages[-1]["role"] == "user"
    assert user_text == stored.request["messages"][-1]["content"]
    assert "[EMAIL_" in user_text
    assert json.loads(attributes["gen_ai.system_instructions"]) == [
        {"type": "text", "content": stored.request["system"]}
    ]
    output = json.loads(attributes["gen_ai.output.messages"])
    assert output[0]["role"] == "assistant" and output[0]["finish_reason"] == "tool_use"
    assert output[0]["parts"][-1]["type"] == "tool_call" and output[0]["parts"][-1]["name"] == "fetch_order"
    last_call = max(
        (s for s in spans if s["attributes"].get("handrail.span.kind") == "llm"),
        key=lambda s: s["attributes"]["handrail.step_index"],
    )
    answer = json.loads(last_call["attributes"]["gen_ai.output.messages"])
    assert answer == [
        {
            "role": "assistant",
            "parts": [{"type": "text", "content": outcome.reply}],
            "finish_reason": "end_turn",
        }
    ]
    tool = next(s for s in spans if s["name"] == "execute_tool fetch_order")
    assert json.loads(tool["attributes"]["gen_ai.tool.call.arguments"]) == {"order_id": 1234}
    assert (
        json.loads(tool["attributes"]["gen_ai.tool.call.result"])
        == ToolCall.objects.get(run_id=intake.run.pk, tool_name="fetch_order").result
    )


@pytest.mark.django_db(transaction=True)
def test_a_refusing_collector_leaves_the_run_alone_and_the_failure_is_counted(collector):
    collector.status = 500
    before = otlp.export_counts()
    intake, outcome = start_turn("t-two-calls", "Where is my order 1234?")
    assert outcome.status == Run.Status.COMPLETED
    assert otlp.flush(timeout=10)
    sent = len(collector.spans())
    assert sent == len(trace_spans(intake.run.pk)) + 1
    delta = counts_delta(before)
    assert delta == {
        "exported_spans": 0,
        "failed_spans": sent,
        "failed_exports": len(collector.requests),
        "dropped_spans": 0,
    }


@pytest.mark.django_db(transaction=True)
def test_a_collector_that_is_not_there_leaves_the_run_alone(settings):
    dead = Collector()
    url = dead.url
    dead.close()  # nothing listens on that port any more
    settings.HANDRAIL_OTLP_ENDPOINT = url
    settings.HANDRAIL_OTLP_TIMEOUT_SECONDS = 1
    before = otlp.export_counts()
    try:
        intake, outcome = start_turn("t-two-calls", "Where is my order 1234?")
        assert outcome.status == Run.Status.COMPLETED
        assert Run.objects.get(pk=intake.run.pk).status == Run.Status.COMPLETED
        assert otlp.flush(timeout=15)
    finally:
        otlp.shutdown(timeout=5)
    delta = counts_delta(before)
    assert delta["failed_spans"] == len(trace_spans(intake.run.pk)) + 1
    assert delta["exported_spans"] == 0


def _span(span_id: str, parent_id: str, kind: str = "tool", **attributes: Any) -> SpanRecord:
    return SpanRecord(
        span_id=span_id,
        parent_id=parent_id,
        kind=kind,
        name=kind,
        started_at=datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
        duration_ms=12.5,
        step_index=0,
        attributes=attributes,
    )


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_checkpoint_is_never_exported(collector):
    conversation = Conversation.objects.create(agent_name="t-two-calls", customer_ref="otlp")
    run = Run.objects.create(conversation=conversation, agent_name="t-two-calls")
    root = root_span_id(run.pk)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), transaction.atomic():
        write_records([(run.pk, [_span("aaaaaaaaaaaaaaaa", root, tool="lost")])])
        raise Boom
    with transaction.atomic():
        write_records([(run.pk, [_span("bbbbbbbbbbbbbbbb", root, tool="kept")])])
    assert otlp.flush(timeout=10)
    assert [(s["span_id"], s["parent_id"]) for s in collector.spans()] == [("bbbbbbbbbbbbbbbb", root)]
    # The run is still running: its root span waits for the end of the run.
    assert Span.objects.filter(run=run).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_full_queue_drops_spans_and_counts_them_instead_of_waiting(collector, monkeypatch):
    monkeypatch.setattr(otlp, "MAX_QUEUED_BATCHES", 4)
    collector.hold = threading.Event()
    # A long request timeout: the held request must not time out (and be retried) while the test fills up.
    config = dataclasses.replace(otlp.ExportConfig.from_settings(), timeout_seconds=60)
    worker = otlp.SpanExportWorker(config, linger_seconds=0)
    before = otlp.export_counts()
    root = "0123456789abcdef"
    run_id = "0123456789abcdef0123456789abcdef"
    try:
        worker.submit([otlp.RunBatch(run_id, [_span("1000000000000001", root)])])
        assert collector.received.wait(10)  # the thread is now inside its first export, held
        capacity = worker.queue.maxsize
        assert capacity == 4
        for i in range(capacity + 3):
            worker.submit([otlp.RunBatch(run_id, [_span(f"{0x2000000000000000 + i:016x}", root)])])
        assert counts_delta(before)["dropped_spans"] == 3
        collector.hold.set()
        assert worker.flush(timeout=30)
    finally:
        collector.hold.set()
        worker.stop(timeout=10)
    assert len(collector.spans()) == capacity + 1


# --- mapping, without a network ----------------------------------------------------------------------------


def _llm_record(**overrides: Any) -> LLMCallRecord:
    values = {
        "step_index": 0,
        "attempt": 1,
        "provider": "anthropic",
        "model": "claude-sonnet-4-5",
        "request": {
            "model": "claude-sonnet-4-5",
            "system": "Be kind.",
            "messages": [],
            "temperature": 0.3,
            "max_tokens": 512,
        },  # fmt: skip
        "response": {
            "text": "Hi",
            "tool_calls": [],
            "stop_reason": "end_turn",
            "model": "claude-sonnet-4-5-2025",
        },
        "tokens_in": 120,
        "tokens_out": 7,
        "tokens_cached": 100,
        "latency_ms": 850.0,
        "created_at": datetime(2026, 1, 2, 3, 4, 6, tzinfo=UTC),
        "feature": "orders",
    }
    values.update(overrides)
    return LLMCallRecord(**values)


def _convert(batch: otlp.RunBatch, *, content: bool = False) -> list[Any]:
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.util.instrumentation import InstrumentationScope

    return otlp.otel_spans(
        batch,
        resource=Resource.create({"service.name": "t"}),
        scope=InstrumentationScope("t"),
        content=content,
    )


# The record prices itself from the ModelPrice table; when the process's copy has expired (a long run
# reaches that point) it is read again, so the test needs the database like any priced call.
@pytest.mark.django_db
def test_a_provider_attempt_gets_the_genai_attributes_of_its_call():
    run_id = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    llm = _span(
        "00000000000000aa", "0f1e2d3c4b5a6978", kind="llm", provider="anthropic", model="claude-sonnet-4-5",
        attempt=1, feature="orders", tokens_in=120, tokens_out=7, tokens_cached=100, cost_usd="0.000405",
        streamed=True,
    )  # fmt: skip
    (span,) = _convert(otlp.RunBatch(run_id, [llm], llm_calls=[_llm_record()]))
    attributes = dict(span.attributes)
    assert span.name == "chat claude-sonnet-4-5"
    assert span.context.trace_id == int(run_id, 16)
    assert span.parent.span_id == int("0f1e2d3c4b5a6978", 16)
    assert span.start_time == ns(llm.started_at) and span.end_time - span.start_time == 12_500_000
    assert attributes["gen_ai.provider.name"] == "anthropic"
    assert attributes["gen_ai.request.temperature"] == 0.3
    assert attributes["gen_ai.request.max_tokens"] == 512
    assert attributes["gen_ai.response.model"] == "claude-sonnet-4-5-2025"
    assert list(attributes["gen_ai.response.finish_reasons"]) == ["end_turn"]
    assert attributes["gen_ai.usage.cache_read.input_tokens"] == 100
    assert attributes["gen_ai.request.stream"] is True
    assert attributes["handrail.cost_usd"] == float(_llm_record().cost)
    assert "gen_ai.system_instructions" not in attributes


def test_text_attributes_and_odd_values_are_handled_and_a_bad_span_id_is_skipped():
    run_id = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    good = _span(
        "00000000000000bb", "0f1e2d3c4b5a6978", kind="retrieval", tool="search_help",
        query="my email is jane@example.com", hits=[{"article": 3, "score": 0.8}], hit_count=1, missing=None,
        amount=Decimal("12.50"), names=["a", "b"],
    )  # fmt: skip
    bad = _span("not-hex-at-all!!", "0f1e2d3c4b5a6978")
    spans = _convert(otlp.RunBatch(run_id, [bad, good]))
    assert [s.name for s in spans] == ["execute_tool search_help"]
    attributes = dict(spans[0].attributes)
    assert "handrail.query" not in attributes  # free text: only with HANDRAIL_OTLP_CONTENT
    assert json.loads(attributes["handrail.hits"]) == [{"article": 3, "score": 0.8}]
    assert attributes["handrail.hit_count"] == 1
    assert attributes["handrail.amount"] == 12.5
    assert list(attributes["handrail.names"]) == ["a", "b"]
    assert "handrail.missing" not in attributes
    (with_content,) = _convert(otlp.RunBatch(run_id, [good]), content=True)
    assert with_content.attributes["handrail.query"] == "my email is jane@example.com"


def test_the_traces_url_and_headers_come_from_the_settings(settings):
    settings.HANDRAIL_OTLP_ENDPOINT = "http://collector:4318/"
    settings.HANDRAIL_OTLP_HEADERS = {"authorization": "Bearer abc"}
    config = otlp.ExportConfig.from_settings()
    assert config.traces_url == "http://collector:4318/v1/traces"
    assert config.headers == (("authorization", "Bearer abc"),)
    settings.HANDRAIL_OTLP_ENDPOINT = "https://otlp.example.net/v1/traces"
    assert otlp.ExportConfig.from_settings().traces_url == "https://otlp.example.net/v1/traces"
    settings.HANDRAIL_OTLP_ENDPOINT = ""
    assert otlp.ExportConfig.from_settings() is None


@pytest.mark.django_db(transaction=True)
def test_the_configured_headers_reach_the_collector(collector, settings):
    settings.HANDRAIL_OTLP_HEADERS = {"authorization": "Bearer otlp-secret"}
    start_turn("t-two-calls", "Where is my order 1234?")
    assert otlp.flush(timeout=10)
    assert collector.headers and all(h["authorization"] == "Bearer otlp-secret" for h in collector.headers)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HANDRAIL_OTLP_ENDPOINT": "ftp://collector:4318"}, "HANDRAIL_OTLP_ENDPOINT must be an http"),
        ({"HANDRAIL_OTLP_ENDPOINT": "collector:4318"}, "HANDRAIL_OTLP_ENDPOINT must be an http"),
        ({"HANDRAIL_OTLP_HEADERS": "authorization"}, "HANDRAIL_OTLP_HEADERS must look like"),
        ({"HANDRAIL_OTLP_CONTENT": "maybe"}, 'HANDRAIL_OTLP_CONTENT must be "true" or "false"'),
    ],
)
def test_bad_export_settings_stop_the_process_with_a_clear_message(env, message):
    assert message in settings_error(env)
