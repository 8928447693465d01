"""Log lines as structured records: one JSON object a line in production, a readable line in a terminal.

Every logger in the project stays a plain `logging.getLogger(__name__)`; the handler's formatter
(`structured_formatter`, installed by `LOGGING` in console/settings.py) turns each record into an event
dict and renders it with structlog. Going through stdlib logging keeps the handler's filters in front of
the renderer, so `agents.guards.pii.RedactingLogFilter` masks personal data before anything is written.

While a run executes (`bind_run`, around `Executor.execute`), its trace id, run id, conversation id and
agent are bound in context variables, and every line logged inside the run carries them — from the
event loop, from `sync_to_async` threads and from `asyncio.to_thread` tool calls alike (both copy the
context). The trace id is the one the trace viewer and the OTLP export use.

New code may log key-value events with `get_logger(__name__).info("export_failed", spans=12)`: the same
handler, the same context, values masked like messages.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import structlog
from structlog.contextvars import bound_contextvars, merge_contextvars
from structlog.stdlib import ProcessorFormatter

#: HANDRAIL_LOG_FORMAT values.
FORMATS = ("json", "console")


def _mask_personal_data(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """Masks personal data in the string values of a key-value event (HANDRAIL_REDACT_LOGS).

    A stdlib record's message is masked by the handler's RedactingLogFilter; a key-value event reaches
    that filter as a dict, so its values are masked here, one by one, before it leaves for the handler.
    Ids (`*_id` fields) are left alone: the phone-number detector reads the digits of about one UUID in
    250 as a phone number, and an id that loses its digits cannot be searched for."""
    from django.conf import settings

    if not getattr(settings, "HANDRAIL_REDACT_LOGS", True):
        return event_dict
    from agents.guards.pii import mask_pii

    for key, value in event_dict.items():
        if isinstance(value, str) and not key.startswith("_") and not key.endswith("_id"):
            event_dict[key] = mask_pii(value)
    return event_dict


#: The fields a reader looks for first, in this order at the start of every JSON line.
LEADING_FIELDS = ("timestamp", "level", "logger", "event", "trace_id", "run_id", "conversation_id", "agent")


def _leading_fields_first(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    ordered = {key: event_dict[key] for key in LEADING_FIELDS if key in event_dict}
    ordered.update((key, value) for key, value in event_dict.items() if key not in ordered)
    return ordered


class _EventDict(dict):
    """A key-value event on its way through stdlib logging. Handler filters read records as text
    (`getMessage()` is `str(msg)`): this text is the event and its already-masked values without the ids,
    so the PII filter finds nothing to change and leaves the structure whole."""

    def __str__(self) -> str:
        fields = " ".join(
            f"{key}={value}"
            for key, value in self.items()
            if key != "event" and not key.startswith("_") and not key.endswith("_id")
        )
        return f"{self.get('event', '')} {fields}".strip()


def _as_event_dict(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    return _EventDict(event_dict)


class _Formatter(ProcessorFormatter):
    def format(self, record: logging.LogRecord) -> str:
        if hasattr(record, "_logger") and not isinstance(record.msg, dict):
            # A filter replaced a key-value event with text (it masked something in it): render that text
            # as a plain message rather than lose the line.
            record = logging.makeLogRecord(
                {k: v for k, v in record.__dict__.items() if k not in ("_logger", "_name")}
            )
        return super().format(record)


def _shared_processors() -> list[Any]:
    """What every line gets, whichever way it was logged: the run's context, level, logger, time."""
    return [
        merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]


def structured_formatter(renderer: str = "json") -> ProcessorFormatter:
    """The handler formatter for LOGGING (`{"()": "tracing.logs.structured_formatter", "renderer": ...}`).

    "json": one JSON object a line (timestamp, level, logger, event, the run's ids, exception);
    "console": the same fields as a readable line, for a developer's terminal."""
    if renderer not in FORMATS:
        raise ValueError(f"log format must be one of {', '.join(FORMATS)}, got {renderer!r}")
    final: list[Any]
    if renderer == "json":
        # Tracebacks as text in an "exception" field: one line per record, whatever the message held.
        final = [
            structlog.processors.format_exc_info,
            ProcessorFormatter.remove_processors_meta,
            _leading_fields_first,
            structlog.processors.JSONRenderer(default=str),
        ]
    else:
        final = [
            ProcessorFormatter.remove_processors_meta,
            structlog.dev.ConsoleRenderer(colors=False),
        ]
    return _Formatter(processors=[*_shared_processors(), *final])


def get_logger(name: str) -> Any:
    """A key-value logger over the stdlib logger `name` (its handlers, levels and filters).

    Built on every call without structlog's global configuration, so no test or library that
    reconfigures structlog changes what it does."""
    return structlog.wrap_logger(
        logging.getLogger(name),
        processors=[
            structlog.stdlib.PositionalArgumentsFormatter(),
            _mask_personal_data,
            _as_event_dict,
            ProcessorFormatter.wrap_for_formatter,
        ],
        wrapper_class=structlog.stdlib.BoundLogger,
    )


def run_context(run_id: Any, *, conversation_id: Any = None, agent: str = "") -> dict[str, str]:
    """The fields a run's log lines carry. The trace id is the run id as 32 hex digits
    (`tracing.spans.trace_id`), the id the trace viewer and the OTLP export show."""
    from tracing.spans import trace_id

    return {
        "trace_id": trace_id(run_id),
        "run_id": str(run_id),
        "conversation_id": "" if conversation_id is None else str(conversation_id),
        "agent": agent,
    }


@contextmanager
def bind_run(run_id: Any, *, conversation_id: Any = None, agent: str = "") -> Iterator[dict[str, str]]:
    """Bind the run's ids to every log line inside the block; the previous values come back after it
    (a run resumed inside another run's task does not leave its ids behind)."""
    fields = run_context(run_id, conversation_id=conversation_id, agent=agent)
    with bound_contextvars(**fields):
        yield fields
