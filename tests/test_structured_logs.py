"""Structured logs (tracing.logs): JSON lines or a readable console line, personal data masked by the
handler's filter, and every line logged inside a run carrying its trace, run and conversation ids.

These tests never read the process's global handlers: other tests reconfigure logging (levels, handlers,
`logging.disable`). Each test builds its own handler with the project's formatter and filter, attaches it
to the loggers it reads, and puts everything back afterwards."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from agents.definitions import AgentDefinition, register_agent
from agents.guards.pii import RedactingLogFilter
from agents.providers.base import ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply, turn_tool_results
from agents.tools.base import ToolContext, tool
from tests.runtime_helpers import start_turn
from tracing.logs import bind_run, get_logger, structured_formatter

ROOT = Path(__file__).resolve().parent.parent
TOOL_LOGGER = "tests.structured_logs.tool"


# --- an agent whose tool logs (in a worker thread, as tools run) ----------------------------------------


class LookupArgs(BaseModel):
    order_id: int = Field(..., ge=1)


@tool(args=LookupArgs, description="Look an order up, and say so in the logs.")
def logged_lookup(args: LookupArgs, ctx: ToolContext) -> dict:
    logging.getLogger(TOOL_LOGGER).info("looking up order %s for jane.doe@example.com", args.order_id)
    get_logger(TOOL_LOGGER).info("order_looked_up", order_id=args.order_id, contact="+44 20 7946 0958")
    return {"summary": f"Order {args.order_id} is shipped."}


def _lookup_then_answer(request: ModelRequest) -> ModelResponse:
    if turn_tool_results(request) == 0:
        return reply(request, "Looking.", [("logged_lookup", {"order_id": 4321})])
    return reply(request, "Your order is shipped.")


register_script("structured-logs-lookup", _lookup_then_answer)
register_agent(
    AgentDefinition(
        name="t-structured-logs",
        description="test agent: a tool that logs",
        system_prompt="You are the structured logs test agent.",
        tools=[logged_lookup],
        model_chain=["scripted:structured-logs-lookup"],
    )
)


# --- capturing ---------------------------------------------------------------------------------------------


class Captured:
    def __init__(self, stream: io.StringIO) -> None:
        self.stream = stream

    def lines(self) -> list[str]:
        return self.stream.getvalue().splitlines()

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.lines()]


@pytest.fixture
def capture_logs():
    """Attach a handler built like the production one (the structured formatter behind the PII filter)
    to the named loggers; restore every logger's state afterwards."""
    attached: list[tuple[logging.Logger, logging.Handler, int, bool, bool]] = []
    previous_disable = logging.root.manager.disable

    def attach(*names: str, renderer: str = "json", redact: bool = True) -> Captured:
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        if redact:  # as console/settings.py does with HANDRAIL_REDACT_LOGS
            handler.addFilter(RedactingLogFilter())
        handler.setFormatter(structured_formatter(renderer))
        handler.setLevel(logging.DEBUG)
        logging.disable(logging.NOTSET)  # another test may have silenced logging for the process
        for name in names:
            logger = logging.getLogger(name)
            attached.append((logger, handler, logger.level, logger.disabled, logger.propagate))
            logger.setLevel(logging.INFO)
            logger.disabled = False
            logger.propagate = False  # what we read is ours; the process's handlers need not see it
            logger.addHandler(handler)
        return Captured(stream)

    yield attach
    for logger, handler, level, disabled, propagate in reversed(attached):
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.disabled = disabled
        logger.propagate = propagate
    logging.disable(previous_disable)


# --- lines inside a run -------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_every_line_logged_inside_a_run_carries_its_ids(capture_logs):
    captured = capture_logs(TOOL_LOGGER)
    intake, outcome = start_turn("t-structured-logs", "Where is order 4321?")
    assert outcome.reply == "Your order is shipped."

    records = captured.records()
    assert [r["event"] for r in records] == [
        "looking up order 4321 for [EMAIL]",
        "order_looked_up",
    ]
    run = intake.run
    for record in records:
        assert record["trace_id"] == run.pk.hex
        assert record["run_id"] == str(run.pk)
        assert record["conversation_id"] == str(run.conversation_id)
        assert record["agent"] == "t-structured-logs"
        assert record["level"] == "info"
        assert record["logger"] == TOOL_LOGGER
        assert record["timestamp"].endswith("Z")
    # The key-value event keeps its fields, with personal data masked value by value.
    assert records[1]["order_id"] == 4321
    assert records[1]["contact"] == "[PHONE]"
    # Nothing personal anywhere in the output.
    text = "\n".join(captured.lines())
    assert "jane.doe@example.com" not in text and "7946" not in text


@pytest.mark.django_db(transaction=True)
def test_a_run_that_crashes_logs_its_traceback_as_one_json_line_with_its_ids(capture_logs):
    captured = capture_logs("agents.executor")
    intake, outcome = start_turn("t-crashing", "hello")
    failures = [r for r in captured.records() if r["event"].endswith("failed")]
    assert len(failures) == 1
    failure = failures[0]
    # The message is masked as text (a UUID's digits can read as a phone number); the fields are the ids.
    assert failure["event"].startswith("run ")
    assert failure["level"] == "error"
    assert failure["run_id"] == str(intake.run.pk)
    assert failure["trace_id"] == intake.run.pk.hex
    assert "RuntimeError: the script broke" in failure["exception"]
    # One record is one line, traceback included.
    assert len(captured.lines()) == len(captured.records())


def test_lines_outside_a_run_carry_no_run_ids_and_nested_runs_restore_the_outer_one(capture_logs):
    captured = capture_logs("tests.structured_logs.plain")
    logger = logging.getLogger("tests.structured_logs.plain")
    logger.info("before")
    with bind_run("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", conversation_id=7, agent="outer"):
        logger.info("outer")
        with bind_run("11111111-2222-3333-4444-555555555555", conversation_id=8, agent="inner"):
            logger.info("inner")
        logger.info("outer again")
    logger.info("after")
    records = captured.records()
    assert [r["event"] for r in records] == ["before", "outer", "inner", "outer again", "after"]
    assert [r.get("agent") for r in records] == [None, "outer", "inner", "outer", None]
    assert [r.get("run_id") for r in records] == [
        None,
        "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        "11111111-2222-3333-4444-555555555555",
        "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        None,
    ]
    assert records[2]["trace_id"] == "11111111222233334444555555555555"
    assert records[1]["conversation_id"] == "7"


def test_personal_data_is_masked_in_messages_arguments_and_values(capture_logs):
    captured = capture_logs("tests.structured_logs.pii")
    logging.getLogger("tests.structured_logs.pii").warning(
        "refund to %s failed for %s", "GB82 WEST 1234 5698 7654 32", "jane@example.com"
    )
    get_logger("tests.structured_logs.pii").warning(
        "refund_failed", iban="GB82 WEST 1234 5698 7654 32", amount=12
    )
    first, second = captured.records()
    assert first["event"] == "refund to [IBAN] failed for [EMAIL]"
    assert second["event"] == "refund_failed"
    assert second["iban"] == "[IBAN]" and second["amount"] == 12


def test_run_ids_in_messages_are_not_masked_as_phone_numbers(capture_logs):
    # A real UUID whose first group the phone-number detector once read as a phone number.
    run_id = "04383980-e9bd-4225-9c59-09e7c840cd30"
    captured = capture_logs("tests.structured_logs.ids")
    with bind_run(run_id, conversation_id=3, agent="support"):
        logging.getLogger("tests.structured_logs.ids").warning("run %s failed, call +44 20 7946 0958", run_id)
        get_logger("tests.structured_logs.ids").warning(
            "step_failed", approval_id=run_id, note=f"for {run_id}"
        )
    message, event = captured.records()
    assert message["event"] == f"run {run_id} failed, call [PHONE]"
    assert message["run_id"] == run_id and message["trace_id"] == run_id.replace("-", "")
    assert event["event"] == "step_failed"
    assert event["approval_id"] == run_id
    assert event["note"] == f"for {run_id}"


def test_an_event_a_filter_turned_into_text_is_still_written(capture_logs):
    class Flatten(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            record.msg, record.args = f"flattened: {record.getMessage()}", None
            return True

    captured = capture_logs("tests.structured_logs.flattened")
    logging.getLogger("tests.structured_logs.flattened").handlers[-1].addFilter(Flatten())
    get_logger("tests.structured_logs.flattened").info("order_shipped", order=12)
    (record,) = captured.records()
    assert record["event"] == "flattened: order_shipped order=12"
    assert record["logger"] == "tests.structured_logs.flattened"


def test_values_stay_clear_when_log_redaction_is_off(capture_logs, settings):
    settings.HANDRAIL_REDACT_LOGS = False
    captured = capture_logs("tests.structured_logs.clear", redact=False)
    get_logger("tests.structured_logs.clear").info("debugging", email="dev@example.com")
    logging.getLogger("tests.structured_logs.clear").info("mail from %s", "dev@example.com")
    first, second = captured.records()
    assert first["email"] == "dev@example.com"
    assert second["event"] == "mail from dev@example.com"


def test_the_console_format_is_one_readable_line_with_the_run_ids(capture_logs):
    captured = capture_logs("tests.structured_logs.console", renderer="console")
    with bind_run("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", conversation_id=7, agent="support"):
        logging.getLogger("tests.structured_logs.console").warning("lease lost for %s", "run 9")
    (line,) = captured.lines()
    assert "[warning" in line and "lease lost for run 9" in line
    assert "[tests.structured_logs.console]" in line
    assert "run_id=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" in line
    assert "trace_id=0f1e2d3c4b5a69788796a5b4c3d2e1f0" in line
    assert not line.startswith("{")


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="json, console"):
        structured_formatter("xml")


# --- the real settings, in a fresh process ---------------------------------------------------------------


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDRAIL_LOG")}
    environment.update(DJANGO_SETTINGS_MODULE="console.settings", PYTHONPATH=str(ROOT), **env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


SETUP_AND_LOG = (
    "import django, logging; django.setup(); "
    "logging.getLogger('agents.probe').warning('customer %s wrote', 'jane@example.com')"
)


def test_the_settings_write_json_lines_through_the_pii_filter_by_default():
    result = _python(SETUP_AND_LOG, DEBUG="false")
    assert result.returncode == 0, result.stderr[-2000:]
    (line,) = [line for line in result.stderr.splitlines() if "agents.probe" in line]
    record = json.loads(line)
    assert record["event"] == "customer [EMAIL] wrote"
    assert record["level"] == "warning" and record["logger"] == "agents.probe"


def test_the_settings_take_the_console_format_and_refuse_a_bad_one():
    readable = _python(SETUP_AND_LOG, HANDRAIL_LOG_FORMAT="console")
    assert readable.returncode == 0, readable.stderr[-2000:]
    (line,) = [line for line in readable.stderr.splitlines() if "agents.probe" in line]
    assert "customer [EMAIL] wrote" in line and not line.startswith("{")

    refused = _python("import console.settings", HANDRAIL_LOG_FORMAT="xml; rm -rf /")
    assert refused.returncode != 0
    assert 'HANDRAIL_LOG_FORMAT must be "json" or "console"' in refused.stderr
