"""Trace retention (tracing/retention.py, `manage.py prune_traces`): payloads older than N days go, every
number stays, twice is the same as once. And what is stored in the first place: LLM and tool call
payloads keep personal data as placeholders when the agent's guard redacts, on every path that records
them (the executor's tool steps, the model calls, a tool run after a manager's approval)."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from pydantic import BaseModel

from agents import actions
from agents.definitions import AgentDefinition, register_agent
from agents.guards.config import GuardSettings
from agents.guards.redaction import PLACEHOLDER
from agents.models import ApprovalRequest, Run
from agents.providers.base import ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply, turn_tool_results
from agents.tools.base import Permission, ToolContext, tool
from tests.runtime_helpers import staff_user, start_turn
from tracing.models import GuardVerdict, LLMCall, Span, ToolCall
from tracing.recording import SpanRecord, write_records
from tracing.retention import SPAN_TEXT_ATTRIBUTES, prune_expired_payloads, prune_payloads, retention_cutoff
from tracing.spans import root_span_id

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "jane.doe@example.com"
NEW_EMAIL = "new.address@example.org"


# --- runs to prune ----------------------------------------------------------------------------------------


def age(run_id, days: int) -> None:
    """Make a run's records `days` old."""
    then = timezone.now() - timedelta(days=days)
    LLMCall.objects.filter(run_id=run_id).update(created_at=then)
    ToolCall.objects.filter(run_id=run_id).update(created_at=then)
    GuardVerdict.objects.filter(run_id=run_id).update(created_at=then)
    Span.objects.filter(run_id=run_id).update(started_at=then)


NUMBERS = {
    LLMCall: (
        "tokens_in",
        "tokens_out",
        "tokens_cached",
        "cost_usd",
        "latency_ms",
        "error_code",
        "model",
        "provider",
        "attempt",
        "step_index",
        "created_at",
    ),  # fmt: skip
    ToolCall: ("tool_name", "error_code", "attempts", "duration_ms", "truncated", "step_index", "created_at"),
    Span: (
        "span_id",
        "parent_id",
        "kind",
        "name",
        "duration_ms",
        "status",
        "error_class",
        "error_code",
        "started_at",
    ),
    GuardVerdict: ("stage", "verdict", "deciding_check", "source", "language", "duration_ms", "created_at"),
}


def numbers(run_id) -> dict:
    return {
        model.__name__: list(model.objects.filter(run_id=run_id).order_by("pk").values_list(*fields))
        for model, fields in NUMBERS.items()
    }


@pytest.fixture
def old_and_new_runs():
    # A looping run: model calls, tool calls, guard verdicts, and a handoff span with a text detail.
    old, outcome = start_turn("t-looping", "check 7")
    assert outcome.status == Run.Status.LOOPING
    # A knowledge search's span holds the query the customer's words became.
    write_records(
        [
            (
                old.run.pk,
                [
                    SpanRecord(
                        span_id="00000000000000aa",
                        parent_id=root_span_id(old.run.pk),
                        kind="retrieval",
                        name="search_help",
                        started_at=timezone.now(),
                        duration_ms=4.0,
                        step_index=1,
                        attributes={"query": f"refund to {EMAIL}", "hit_count": 2, "tool": "search_help"},
                    )
                ],
            )
        ]
    )
    age(old.run.pk, 40)
    new, _ = start_turn("t-two-calls", "Where is my order 1234?")
    return old.run.pk, new.run.pk


def test_old_payloads_go_and_every_number_stays(old_and_new_runs):
    old, new = old_and_new_runs
    handoff = Span.objects.get(run_id=old, kind="handoff")
    assert "reason_detail" in handoff.attributes
    search = Span.objects.get(run_id=old, kind="retrieval")
    before_old, before_new = numbers(old), numbers(new)
    new_payloads = list(LLMCall.objects.filter(run_id=new).values_list("request", "response"))

    result = prune_payloads(retention_cutoff(30))

    assert result.llm_calls == LLMCall.objects.filter(run_id=old).count() == 3
    assert result.tool_calls == ToolCall.objects.filter(run_id=old).count() == 2
    assert result.spans == 2  # the handoff and the search: no other span of the run holds free text
    assert result.guard_verdicts == GuardVerdict.objects.filter(run_id=old).count()
    assert numbers(old) == before_old and numbers(new) == before_new

    for call in LLMCall.objects.filter(run_id=old):
        assert (call.request, call.response, call.payload_pruned) == ({}, None, True)
    for call in ToolCall.objects.filter(run_id=old):
        assert (call.arguments, call.result, call.payload_pruned) == ({}, None, True)
    handoff.refresh_from_db()
    assert not set(SPAN_TEXT_ATTRIBUTES) & set(handoff.attributes)
    assert handoff.attributes["payload_pruned"] is True
    assert handoff.attributes["run_status"] == "looping"  # the rest of the attributes stay
    search.refresh_from_db()
    assert search.attributes == {"hit_count": 2, "tool": "search_help", "payload_pruned": True}
    for verdict in GuardVerdict.objects.filter(run_id=old):
        for check in verdict.checks:
            assert set(check) <= {"name", "field", "score", "fired", "action", "duration_ms"}
            assert "score" in check and "name" in check

    # The recent run is untouched.
    assert list(LLMCall.objects.filter(run_id=new).values_list("request", "response")) == new_payloads
    assert not LLMCall.objects.filter(run_id=new, payload_pruned=True).exists()
    assert all("reason" in c for v in GuardVerdict.objects.filter(run_id=new) for c in v.checks)


def test_pruning_twice_changes_nothing_the_second_time_and_batches_of_one_do_it_all(old_and_new_runs):
    old, _ = old_and_new_runs
    first = prune_payloads(retention_cutoff(30), batch_size=1)
    assert first.llm_calls == 3 and first.tool_calls == 2 and first.spans == 2
    snapshot = {
        "llm": list(LLMCall.objects.order_by("pk").values()),
        "tool": list(ToolCall.objects.order_by("pk").values()),
        "span": list(Span.objects.order_by("pk").values()),
        "guard": list(GuardVerdict.objects.order_by("pk").values()),
    }
    second = prune_payloads(retention_cutoff(30), batch_size=1)
    assert second.total == 0
    assert snapshot == {
        "llm": list(LLMCall.objects.order_by("pk").values()),
        "tool": list(ToolCall.objects.order_by("pk").values()),
        "span": list(Span.objects.order_by("pk").values()),
        "guard": list(GuardVerdict.objects.order_by("pk").values()),
    }


def test_a_dry_run_counts_what_a_real_run_prunes_and_changes_nothing(old_and_new_runs):
    old, _ = old_and_new_runs
    before = list(LLMCall.objects.filter(run_id=old).values_list("request", flat=True))
    dry = prune_payloads(retention_cutoff(30), dry_run=True)
    assert list(LLMCall.objects.filter(run_id=old).values_list("request", flat=True)) == before
    real = prune_payloads(retention_cutoff(30))
    assert (dry.llm_calls, dry.tool_calls, dry.spans, dry.guard_verdicts) == (
        real.llm_calls,
        real.tool_calls,
        real.spans,
        real.guard_verdicts,
    )
    assert dry.dry_run and not real.dry_run


def test_a_shorter_retention_reaches_the_newer_run_too(old_and_new_runs):
    old, new = old_and_new_runs
    age(new, 5)
    result = prune_payloads(retention_cutoff(3))
    assert result.llm_calls == LLMCall.objects.filter(run_id__in=[old, new]).count()
    assert not LLMCall.objects.filter(payload_pruned=False).exists()


@pytest.mark.parametrize("days", [0, -1, 36501, 10**12, "30", 2.5, True, None])
def test_the_cutoff_refuses_days_out_of_range(days):
    with pytest.raises(ValueError, match="whole number from 1 to 36500"):
        retention_cutoff(days)


# --- the command ----------------------------------------------------------------------------------------


def test_the_command_prunes_with_the_days_given_or_the_setting(old_and_new_runs, settings):
    out = StringIO()
    call_command("prune_traces", "--days", "30", "--dry-run", stdout=out)
    assert "Would prune payloads older than 30 days" in out.getvalue()
    assert "3 LLM calls, 2 tool calls, 2 spans" in out.getvalue()
    assert not LLMCall.objects.filter(payload_pruned=True).exists()

    settings.HANDRAIL_TRACE_RETENTION_DAYS = 30
    out = StringIO()
    call_command("prune_traces", stdout=out)
    assert "Pruned payloads older than 30 days" in out.getvalue()
    assert "3 LLM calls, 2 tool calls, 2 spans" in out.getvalue()
    assert LLMCall.objects.filter(payload_pruned=True).count() == 3

    out = StringIO()
    call_command("prune_traces", "--days", "30", stdout=out)
    assert "0 LLM calls, 0 tool calls, 0 spans, 0 guard verdicts" in out.getvalue()


def test_retention_off_prunes_nothing_unless_days_are_given(old_and_new_runs, settings):
    settings.HANDRAIL_TRACE_RETENTION_DAYS = 0
    out = StringIO()
    call_command("prune_traces", stdout=out)
    assert "Retention is off" in out.getvalue()
    assert not LLMCall.objects.filter(payload_pruned=True).exists()
    call_command("prune_traces", "--days", "30", stdout=StringIO())
    assert LLMCall.objects.filter(payload_pruned=True).count() == 3


@pytest.mark.parametrize(
    "days",
    ["0", "-1", "abc", "", " ", "1e3", "2.5", "36501", "99999999999999999999", "٣٠", "３０", "1_000",
     "30; DROP TABLE tracing_llmcall", "30\x00"],
)  # fmt: skip
def test_the_command_answers_bad_days_with_a_clear_error(old_and_new_runs, days):
    with pytest.raises(CommandError, match="--days"):
        call_command("prune_traces", "--days", days, stdout=StringIO())
    assert not LLMCall.objects.filter(payload_pruned=True).exists()


@pytest.mark.parametrize("size", ["0", "-5", "x", "10001"])
def test_the_command_answers_a_bad_batch_size_with_a_clear_error(size):
    with pytest.raises(CommandError, match="--batch-size"):
        call_command("prune_traces", "--days", "30", "--batch-size", size, stdout=StringIO())


def test_a_retention_setting_out_of_range_is_a_clear_error(settings):
    settings.HANDRAIL_TRACE_RETENTION_DAYS = 99999
    with pytest.raises(CommandError, match="from 1 to 36500"):
        call_command("prune_traces", stdout=StringIO())


# --- what is stored: redacted when the guard redacts -------------------------------------------------------

CONTACT_CHANGES: list[str] = []


class ContactArgs(BaseModel):
    new_email: str


@tool(args=ContactArgs, description="Look the customer's contact up.")
def read_contact(args: ContactArgs, ctx: ToolContext) -> dict:
    return {"summary": f"Contact on file: {args.new_email}", "email": args.new_email}


@tool(
    args=ContactArgs,
    description="Change the contact e-mail. Irreversible.",
    permission=Permission.IRREVERSIBLE,
)
def change_contact(args: ContactArgs, ctx: ToolContext) -> dict:
    CONTACT_CHANGES.append(args.new_email)
    return {"summary": f"The contact e-mail is now {args.new_email}.", "email": args.new_email}


def _contact_script(request: ModelRequest) -> ModelResponse:
    """Reads the contact with the address the customer gave (as the model sees it), then changes it."""
    asked = next(m.content for m in request.messages if m.role == "user")
    seen = PLACEHOLDER.search(asked)
    address = seen.group(0) if seen else asked.split()[-1]
    done = turn_tool_results(request)
    if done == 0:
        return reply(request, "Checking.", [("read_contact", {"new_email": address})])
    if done == 1:
        return reply(request, "Changing.", [("change_contact", {"new_email": address})])
    return reply(request, "Your contact e-mail is changed.")


register_script("retention-contact", _contact_script)
for name, redact in (("t-contact-redacting", True), ("t-contact-clear", False)):
    register_agent(
        AgentDefinition(
            name=name,
            description="test agent: reads and changes a contact e-mail",
            system_prompt="You change contact e-mails.",
            tools=[read_contact, change_contact],
            model_chain=["scripted:retention-contact"],
            guard=GuardSettings(redact_pii=redact),
        )
    )


def approve_contact_change(agent: str, django_capture_on_commit_callbacks):
    manager = staff_user("maria", "manager")
    intake, outcome = start_turn(agent, f"Please change my contact e-mail to {NEW_EMAIL}")
    assert outcome.status == Run.Status.AWAITING_APPROVAL
    approval = ApprovalRequest.objects.get(run_id=intake.run.pk)
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval, actor=manager, approve=True, seen_arguments_hash=approval.approved_arguments_hash
        )
    run = Run.objects.get(pk=intake.run.pk)
    assert run.status == Run.Status.COMPLETED
    return run, approval


def test_call_payloads_are_stored_with_placeholders_when_the_guard_redacts(
    django_capture_on_commit_callbacks,
):
    CONTACT_CHANGES.clear()
    run, approval = approve_contact_change("t-contact-redacting", django_capture_on_commit_callbacks)
    # The tool ran with the real address: only the record is redacted.
    assert CONTACT_CHANGES == [NEW_EMAIL]
    approval.refresh_from_db()
    assert approval.arguments == {"new_email": NEW_EMAIL}

    placeholder = PLACEHOLDER.search(
        LLMCall.objects.filter(run=run).order_by("pk")[0].request["messages"][-1]["content"]
    )
    assert placeholder is not None
    tools = {t.tool_name: t for t in ToolCall.objects.filter(run=run)}
    # The executor's read step and the approved call alike.
    for name in ("read_contact", "change_contact"):
        assert tools[name].arguments == {"new_email": placeholder.group(0)}
        assert tools[name].result["email"] == placeholder.group(0)
    stored = json.dumps(
        [
            list(LLMCall.objects.filter(run=run).values("request", "response")),
            [(t.arguments, t.result) for t in tools.values()],
            list(Span.objects.filter(run=run).values_list("attributes", flat=True)),
        ]
    )
    assert NEW_EMAIL not in stored


def test_call_payloads_stay_clear_when_the_agent_does_not_redact(django_capture_on_commit_callbacks):
    CONTACT_CHANGES.clear()
    run, _ = approve_contact_change("t-contact-clear", django_capture_on_commit_callbacks)
    assert CONTACT_CHANGES == [NEW_EMAIL]
    tools = {t.tool_name: t for t in ToolCall.objects.filter(run=run)}
    assert tools["change_contact"].arguments == {"new_email": NEW_EMAIL}
    assert tools["read_contact"].arguments == {"new_email": NEW_EMAIL}


def test_the_daily_task_prunes_what_the_setting_says_and_nothing_when_it_is_off(old_and_new_runs, settings):
    settings.HANDRAIL_TRACE_RETENTION_DAYS = 0
    assert prune_expired_payloads.delay().get() == 0
    assert not LLMCall.objects.filter(payload_pruned=True).exists()
    settings.HANDRAIL_TRACE_RETENTION_DAYS = 30
    expected = prune_payloads(retention_cutoff(30), dry_run=True).total
    assert prune_expired_payloads.delay().get() == expected
    assert LLMCall.objects.filter(payload_pruned=True).count() == 3
