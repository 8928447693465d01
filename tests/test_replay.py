"""Replay (tracing.replay, `manage.py replay`, the console's replay action).

The must-show: an order-status tool answers WRONG ("delivered" for an order that is still on its way), the
agent tells the customer so; the trace shows the tool span with that result and the model step that read
it; a replay of the unchanged run reports no difference, calls no model and runs no tool; a replay with
the correct result in place of the wrong one shows the decision that changes, at the step that read it.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from pydantic import BaseModel, Field

from agents import actions
from agents.checkpoints import active_prompt
from agents.definitions import AgentDefinition, register_agent
from agents.guards.untrusted import strip_envelopes
from agents.models import (
    AgentPrompt,
    ApprovalRequest,
    BudgetLedger,
    CachedAnswer,
    Conversation,
    Escalation,
    Message,
    Run,
    RunStep,
)
from agents.providers.base import ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply, turn_tool_results
from agents.tools.base import ToolContext, tool
from tests import agents_for_tests
from tests.runtime_helpers import staff_user, start_turn
from tracing import replay
from tracing.models import AuditEntry, GuardVerdict, LLMCall, Span, ToolCall

pytestmark = pytest.mark.django_db

ORDER = 1234
WRONG = {"order_id": ORDER, "status": "delivered"}
RIGHT = {"order_id": ORDER, "status": "in_transit"}

# Side effects of this module's tool and model, counted in process.
STATUS_LOOKUPS: list[int] = []
MODEL_CALLS: list[int] = []


class StatusArgs(BaseModel):
    order_id: int = Field(..., ge=1, description="The order number")


@tool(args=StatusArgs, description="The delivery status of an order.")
def order_status(args: StatusArgs, ctx: ToolContext) -> dict:
    STATUS_LOOKUPS.append(args.order_id)
    # The fault under test: the carrier feed marks the order delivered while the parcel is still out.
    return {"order_id": args.order_id, "status": "delivered"}


def status_agent_script(request: ModelRequest) -> ModelResponse:
    """Looks the order up, then says what the tool said: a model that trusts its tools."""
    MODEL_CALLS.append(len(request.messages))
    if turn_tool_results(request) == 0:
        return reply(request, "Let me check.", [("order_status", {"order_id": ORDER})])
    result = json.loads(
        strip_envelopes(next(m.content for m in reversed(request.messages) if m.role == "tool"))
    )
    if result.get("status") == "delivered":
        return reply(request, f"Your order {ORDER} was delivered.")
    return reply(request, f"Your order {ORDER} is not delivered yet: it is {result.get('status')}.")


register_script("replay-status", status_agent_script)
register_agent(
    AgentDefinition(
        name="t-replay-status",
        description="answers where an order is from an order-status tool (replay tests)",
        system_prompt="You are the t-replay-status test agent.",
        tools=[order_status],
        model_chain=["scripted:replay-status"],
    )
)
register_agent(
    AgentDefinition(
        name="t-replay-sim",
        description="the same agent over the simulated Anthropic API (replay tests)",
        system_prompt="You tell customers where their order is. Version 1.",
        tools=[order_status],
        model_chain=["anthropic:claude-sonnet-4-6"],
    )
)


@pytest.fixture(autouse=True)
def _clean_counters():
    STATUS_LOOKUPS.clear()
    MODEL_CALLS.clear()
    agents_for_tests.CALLS.clear()


@pytest.fixture(autouse=True)
def _prices_read_outside_the_event_loop():
    # Read the price table once here: read first from inside the executor's event loop, it is loaded by
    # a helper thread whose SQLite connection waits on the test's open transaction until it times out.
    from tracing.pricing import price_for

    price_for("claude-sonnet-4-6")


def database_state() -> dict:
    """Every row a replay could touch: counts, and the runs' and conversations' fields."""
    counted = [
        Run, RunStep, Message, Conversation, Escalation, ApprovalRequest, BudgetLedger, CachedAnswer,
        LLMCall, ToolCall, Span, GuardVerdict, AuditEntry, AgentPrompt,
    ]  # fmt: skip
    return {
        "counts": {model.__name__: model.objects.count() for model in counted},
        "runs": list(Run.objects.order_by("pk").values()),
        "conversations": list(Conversation.objects.order_by("pk").values()),
        "steps": list(RunStep.objects.order_by("pk").values("pk", "payload")),
        "ledgers": list(BudgetLedger.objects.order_by("pk").values()),
    }


def wrong_answer_run() -> Run:
    intake, outcome = start_turn("t-replay-status", f"Where is my order {ORDER}?")
    assert outcome.status == "completed"
    assert outcome.reply == f"Your order {ORDER} was delivered."
    return Run.objects.get(pk=intake.run.pk)


def statuses(report: replay.ReplayReport) -> list[tuple[int, str, str, str]]:
    return [(s.index, s.kind, s.status, s.source) for s in report.steps]


# --- the must-show --------------------------------------------------------------------------------------


def test_a_wrong_tool_result_is_found_with_the_trace_and_replay():
    run = wrong_answer_run()
    assert STATUS_LOOKUPS == [ORDER]
    assert len(MODEL_CALLS) == 2

    # The trace: the tool span and its recorded result, and the model step that read it.
    tool_span = Span.objects.get(run=run, kind="tool")
    assert (tool_span.name, tool_span.step_index, tool_span.status) == ("order_status", 1, "ok")
    recorded = ToolCall.objects.get(run=run, step_index=tool_span.step_index)
    assert recorded.result == WRONG
    answering = Span.objects.get(run=run, kind="model", step_index=2)
    assert answering.attributes["tool_calls"] == []
    prompt = LLMCall.objects.get(run=run, step_index=answering.step_index).request["messages"]
    assert json.loads(strip_envelopes(prompt[-1]["content"])) == WRONG
    assert prompt[-1]["role"] == "tool"
    before = database_state()

    # Unchanged: the same decisions, no model asked, no tool run, nothing written.
    same = replay.replay_run(run.pk)
    assert same.same is True
    assert same.first_difference is None
    assert statuses(same) == [
        (0, "model", "same", "record"),
        (1, "tool", "same", "record"),
        (2, "model", "same", "record"),
    ]
    assert same.end.status == "same"
    assert same.end.replayed["final_text"] == f"Your order {ORDER} was delivered."
    assert (same.model_calls, same.tool_executions) == (0, 0)
    assert (STATUS_LOOKUPS, len(MODEL_CALLS)) == ([ORDER], 2)
    assert database_state() == before

    # What if the tool had told the truth: the model is asked again from the step after it, and the
    # answer at step 2 is where the decision changes.
    fixed = replay.replay_run(run.pk, replay.parse_options(tool_overrides=[f"1={json.dumps(RIGHT)}"]))
    assert fixed.same is False
    assert statuses(fixed) == [
        (0, "model", "same", "record"),
        (1, "tool", "input", "override"),
        (2, "model", "differs", "live"),
    ]
    assert fixed.first_difference.index == 2
    assert fixed.steps[1].recorded["result"] == WRONG
    assert fixed.steps[1].replayed["result"] == RIGHT
    # (The output guard let both answers through as the model wrote them.)
    assert fixed.steps[2].recorded == {
        "answer": f"Your order {ORDER} was delivered.",
        "output_guard": "model",
    }
    assert fixed.steps[2].replayed == {
        "answer": f"Your order {ORDER} is not delivered yet: it is in_transit.",
        "output_guard": "model",
    }
    assert fixed.end.status == "differs"
    assert fixed.model_calls == 1
    assert len(MODEL_CALLS) == 3  # the one live step
    assert STATUS_LOOKUPS == [ORDER]  # the tool never ran again
    assert database_state() == before


def test_the_command_shows_the_step_that_changed_and_exits_by_the_outcome():
    run = wrong_answer_run()
    before = database_state()

    out = io.StringIO()
    call_command("replay", str(run.pk), stdout=out)  # exit 0: no SystemExit
    text = out.getvalue()
    assert f"Replay of run {run.pk} (t-replay-status, completed, 3 steps)" in text
    assert "recorded model responses; tools answered from the record, none executed" in text
    assert "  same      2 model     answers “Your order 1234 was delivered.”" in text.splitlines()
    assert "No difference: every step made the same decision." in text
    assert "Model calls made: 0. Tool executions: 0." in text

    out = io.StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("replay", str(run.pk), "--override-tool", f"1={json.dumps(RIGHT)}", stdout=out)
    assert exited.value.code == 1
    lines = out.getvalue().splitlines()
    assert (
        "~ input     1 tool     [override]  recorded: order_status result: "
        '{"order_id": 1234, "status": "delivered"}' in lines
    )
    assert "! DIFFERS   2 model    [live]  recorded: answers “Your order 1234 was delivered.”" in lines
    assert any(
        line.endswith("replayed: answers “Your order 1234 is not delivered yet: it is in_transit.”")
        for line in lines
    )
    assert "Decisions differ from step 2 (2 differences)." in lines

    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("replay", str(run.pk), "--override-tool", f"1={json.dumps(RIGHT)}", "--json", stdout=out)
    body = json.loads(out.getvalue())
    assert body["same"] is False
    assert body["first_difference"] == 2
    assert body["mode"] == "live"
    assert body["live_from_step"] == 2
    assert body["tool_overrides"] == {"1": RIGHT}
    assert [(s["index"], s["status"]) for s in body["steps"]] == [(0, "same"), (1, "input"), (2, "differs")]
    assert body["end"]["recorded"]["status"] == "completed"
    assert STATUS_LOOKUPS == [ORDER]
    assert database_state() == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["not-a-uuid"], '"not-a-uuid" is not a run id (a UUID) [invalid_option]'),
        (
            ["<script>alert(1)</script>"],
            '"<script>alert(1)</script>" is not a run id (a UUID) [invalid_option]',
        ),
        (
            ["00000000-0000-0000-0000-000000000000"],
            "no run 00000000-0000-0000-0000-000000000000 [unknown_run]",
        ),
        (["{run}", "--from-step", "3"], "run {run} has 3 steps: --from-step must be 0 to 2 [invalid_option]"),
        (
            ["{run}", "--from-step", "-1"],
            'the step to re-run from must be a whole number, not "-1" [invalid_option]',
        ),
        (
            ["{run}", "--from-step", "two"],
            'the step to re-run from must be a whole number, not "two" [invalid_option]',
        ),
        (
            ["{run}", "--from-step", "١"],
            'the step to re-run from must be a whole number, not "\\u0661" [invalid_option]',
        ),
        (["{run}", "--from-step", "99999999999"], "must be a whole number"),
        (["{run}", "--override-tool", "1={status: delivered"], "the result for step 1 is not valid JSON"),
        (
            ["{run}", "--override-tool", 'last={"status": "x"}'],
            "a tool override's step must be a step number",
        ),
        (["{run}", "--override-tool", '{"status": "x"}'], "a tool override looks like STEP=JSON"),
        (["{run}", "--override-tool", "1"], "a tool override looks like STEP=JSON"),
        (["{run}", "--override-tool", '2={"status": "x"}'], "step 2 of run {run} is not a tool result"),
        (["{run}", "--override-tool", "1=1", "--override-tool", "1=2"], "step 1 is overridden twice"),
        (["{run}", "--override-tool", "1=" + json.dumps("x" * 30_000)], "is over 20000 characters"),
        (
            ["{run}", "--override-tool", "1=" + "[" * 9_000 + "]" * 9_000],
            "the result for step 1 is nested too deeply",
        ),
        (["{run}", "--override-tool", "1=NaN"], "the result for step 1 is not valid JSON"),
        (["７b0c1f56-4d61-4d3c-9a55-5b7a1c1c0f00"], "is not a run id (a UUID) [invalid_option]"),
        (
            ["{run}", "--prompt-version", "7"],
            "t-replay-status has no prompt version 7 (it has 1) [unknown_prompt_version]",
        ),
        (["{run}", "--prompt-version", "0"], "prompt versions start at 1"),
        (["{run}", "--model", "gpt-4o"], "must look like provider:model"),
        (["{run}", "--model", "skynet:t-800"], "unknown provider 'skynet'"),
    ],
)
def test_the_command_refuses_bad_input_with_a_clear_message(arguments, message):
    run = wrong_answer_run()
    before = database_state()
    with pytest.raises(CommandError) as refused:
        call_command("replay", *[a.replace("{run}", str(run.pk)) for a in arguments], stdout=io.StringIO())
    assert message.replace("{run}", str(run.pk)) in str(refused.value)
    assert refused.value.returncode == 2
    assert STATUS_LOOKUPS == [ORDER]
    assert database_state() == before


def test_a_prompt_version_and_a_model_together_are_refused():
    run = wrong_answer_run()
    with pytest.raises(CommandError, match="not allowed with argument --prompt-version"):
        call_command(
            "replay", str(run.pk), "--prompt-version", "1", "--model", "scripted:x", stdout=io.StringIO()
        )
    with pytest.raises(replay.ReplayError, match="give a prompt version or a model, not both"):
        replay.parse_options(prompt_version="1", model="scripted:replay-status")


def test_a_run_still_running_is_refused_as_retryable():
    conversation = Conversation.objects.create(agent_name="t-replay-status", customer_ref="alice")
    running = Run.objects.create(conversation=conversation, agent_name="t-replay-status", status="running")
    with pytest.raises(replay.ReplayError) as refused:
        replay.replay_run(running.pk)
    assert (refused.value.code, refused.value.retryable) == ("run_in_progress", True)
    with pytest.raises(CommandError) as command:
        call_command("replay", str(running.pk), stdout=io.StringIO())
    assert str(command.value) == (
        f"run {running.pk} is still running: replay it when it has stopped (temporary: try again later) "
        "[run_in_progress]"
    )


# --- what the replay goes through -------------------------------------------------------------------


def test_a_desk_run_parked_for_an_approval_and_carried_out_replays_the_same(
    django_capture_on_commit_callbacks,
):
    intake, outcome = start_turn("t-desk", "I want a refund for order 1234")
    assert outcome.status == "awaiting_approval"
    run = Run.objects.get(pk=intake.run.pk)
    parked = replay.replay_run(run.pk)
    assert parked.same is True
    assert [(s.index, s.kind) for s in parked.steps] == [(0, "route"), (1, "model")]
    assert parked.end.replayed["approval"] == 'refund(amount="40.00", order_id=1234)'

    approval = ApprovalRequest.objects.get(pk=outcome.approval_id)
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval,
            actor=staff_user("maria", "manager"),
            approve=True,
            seen_arguments_hash=approval.arguments_hash,
        )
    run.refresh_from_db()
    assert run.status == "completed"
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]
    before = database_state()

    done = replay.replay_run(run.pk)
    assert done.same is True
    assert [(s.index, s.kind, s.status) for s in done.steps] == [
        (0, "route", "same"), (1, "model", "same"), (2, "approval", "same"), (3, "model", "same"),
    ]  # fmt: skip
    assert done.steps[0].replayed == {"intent": "refunds", "action": "execute", "executor": "t-refund"}
    assert done.end.replayed["final_text"] == run.final_text
    # The refund was not made again, nothing was written.
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]
    assert database_state() == before

    # A manager's refusal instead: the model reads it, and says something else.
    refused = replay.replay_run(
        run.pk,
        replay.parse_options(
            tool_overrides=[
                '2={"code": "rejected", "retryable": false, "message": "refused: outside the 30 days"}'
            ]
        ),
    )
    assert [(s.index, s.status, s.source) for s in refused.steps] == [
        (0, "same", "record"), (1, "same", "record"), (2, "input", "override"), (3, "differs", "live"),
    ]  # fmt: skip
    assert "refused: outside the 30 days" in refused.steps[3].replayed["answer"]
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]


def test_a_handoff_for_a_loop_replays_the_same_and_a_changed_limit_shows_at_the_end():
    intake, outcome = start_turn("t-looping", "Where is my order 7?")
    assert outcome.status == "looping"
    before = database_state()
    report = replay.replay_run(intake.run.pk)
    assert report.same is True
    ticket = Escalation.objects.get(run_id=intake.run.pk).ticket
    assert report.end.replayed["status"] == "looping"
    assert report.end.replayed["error_code"] == "looping"
    assert ticket in report.end.replayed["final_text"]
    assert agents_for_tests.CALLS == [("fetch_order", {"order_id": 7})] * 2
    assert database_state() == before


def test_a_live_model_asking_for_a_call_the_record_does_not_have_gets_no_record():
    run = wrong_answer_run()

    def other_order(request: ModelRequest) -> ModelResponse:
        if turn_tool_results(request) == 0:
            return reply(request, "", [("order_status", {"order_id": 999})])
        return reply(request, "I could not look it up.")

    register_script("replay-other-order", other_order)
    report = replay.replay_run(run.pk, replay.parse_options(from_step=0, model="scripted:replay-other-order"))
    assert statuses(report) == [
        (0, "model", "differs", "live"), (1, "tool", "input", "no record"), (2, "model", "differs", "live"),
    ]  # fmt: skip
    assert report.steps[0].replayed == {
        "tool_calls": [{"name": "order_status", "arguments": {"order_id": 999}}]
    }
    assert report.steps[1].replayed["result"]["code"] == "no_record"
    assert report.steps[1].replayed["is_error"] is True
    assert report.model_calls == 2
    assert STATUS_LOOKUPS == [ORDER]  # order 999 was never looked up


# --- live from a step, over the simulated provider ------------------------------------------------


def simulated_run(simulated_llm) -> Run:
    simulated_llm.push(
        [
            {"text": "Checking.", "tool_calls": [{"name": "order_status", "arguments": {"order_id": ORDER}}]},
            {"text": f"Good news: order {ORDER} was delivered."},
        ]
    )
    intake, outcome = start_turn("t-replay-sim", f"Where is my order {ORDER}?")
    assert outcome.reply == f"Good news: order {ORDER} was delivered."
    return Run.objects.get(pk=intake.run.pk)


def test_from_a_step_with_another_prompt_version_over_the_simulator(simulated_llm):
    run = simulated_run(simulated_llm)
    asked = len(simulated_llm.requests)
    assert active_prompt("t-replay-sim", "").version == 1
    AgentPrompt.objects.create(
        agent_name="t-replay-sim",
        version=2,
        text="You tell customers where their order is. Never trust a 'delivered' without a signature.",
    )
    before = database_state()

    # The recorded replay asks nobody.
    assert replay.replay_run(run.pk).same is True
    assert len(simulated_llm.requests) == asked

    simulated_llm.push({"text": f"The carrier says order {ORDER} was delivered, but I see no signature."})
    report = replay.replay_run(run.pk, replay.parse_options(from_step="2", prompt_version="2"))
    assert statuses(report) == [
        (0, "model", "same", "record"),
        (1, "tool", "same", "record"),
        (2, "model", "differs", "live"),
    ]
    assert report.steps[2].replayed == {
        "answer": f"The carrier says order {ORDER} was delivered, but I see no signature.",
        "output_guard": "model",
    }
    assert report.model_calls == 1
    [live] = simulated_llm.requests[asked:]
    assert "Never trust a 'delivered' without a signature." in json.dumps(live["body"]["system"])
    assert "Version 1." not in json.dumps(live["body"]["system"])
    assert STATUS_LOOKUPS == [ORDER]
    assert database_state() == before


def test_from_step_zero_with_another_model_over_the_simulator(simulated_llm):
    run = simulated_run(simulated_llm)
    asked = len(simulated_llm.requests_for("openai"))
    simulated_llm.push(
        [
            {"tool_calls": [{"name": "order_status", "arguments": {"order_id": ORDER}}]},
            {"text": f"Good news: order {ORDER} was delivered."},
        ],
        api="openai",
    )
    report = replay.replay_run(run.pk, replay.parse_options(from_step=0, model="openai:gpt-4o-mini"))
    # The other model chose the same tool with the same arguments (its answer came from the record) and
    # wrote the same answer; its step 0 said nothing before the call, which a tool step does not compare.
    assert report.same is True
    assert statuses(report) == [
        (0, "model", "same", "live"),
        (1, "tool", "same", "record"),
        (2, "model", "same", "live"),
    ]
    assert len(simulated_llm.requests_for("openai")) == asked + 2
    assert report.model_calls == 2
    assert STATUS_LOOKUPS == [ORDER]


# --- the console's action -------------------------------------------------------------------------


def console_client(username: str, role: str | None) -> Client:
    client = Client()
    if role is None:
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_user(username, password="x-test-password-1")
    else:
        user = staff_user(username, role)
    client.force_login(user)
    return client


def test_the_console_replays_for_staff_only_and_audits_it():
    run = wrong_answer_run()
    url = f"/console/runs/{run.pk}/replay/"
    before = database_state()

    anonymous = Client().post(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/console/login/")
    outsider = console_client("olga", None).post(url)  # signed in, no staff role
    assert outsider.status_code == 403
    assert "the console is for staff with a role" in outsider.content.decode()
    assert database_state() == before

    support = console_client("sam", "support")
    assert support.get(url).status_code == 405
    response = support.post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" not in page  # a partial for the run page's #replay-report slot
    assert 'id="replay-report"' in page
    assert "No difference: every step made the same decision" in page
    assert page.count('data-testid="replay-step"') == 3
    assert 'data-status="same"' in page
    assert "0 model calls made" in page
    assert 'data-testid="replay-options-form"' not in page  # support may not ask the model again

    qa = console_client("quinn", "qa")
    response = qa.post(url, {"override_tool": f"1={json.dumps(RIGHT)}"})  # a plain form post: a page
    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" in page
    assert "Decisions differ from step 2" in page
    assert 'data-index="2" data-status="differs"' in page
    assert "Your order 1234 is not delivered yet: it is in_transit." in page
    assert STATUS_LOOKUPS == [ORDER]

    entries = list(
        AuditEntry.objects.filter(action="replay").order_by("id").values("actor_name", "target_id", "after")
    )
    assert entries == [
        {
            "actor_name": "sam",
            "target_id": str(run.pk),
            "after": {
                "mode": "recorded",
                "prompt_version": None,
                "model": None,
                "tool_overrides": [],
                "model_calls": 0,
                "same": True,
            },
        },
        {
            "actor_name": "quinn",
            "target_id": str(run.pk),
            "after": {
                "mode": "live from step 2",
                "prompt_version": None,
                "model": None,
                "tool_overrides": [1],
                "model_calls": 1,
                "same": False,
            },
        },
    ]
    after = database_state()
    assert after["counts"].pop("AuditEntry") == before["counts"].pop("AuditEntry") + 2
    assert after == before


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"from_step": "abc"}, 422, "the step to re-run from must be a whole number, not &quot;abc&quot;"),
        ({"from_step": "9"}, 422, "has 3 steps: --from-step must be 0 to 2"),
        ({"from_step": "1e3"}, 422, "must be a whole number"),
        (
            {"prompt_version": "2", "model": "scripted:replay-status"},
            422,
            "give a prompt version or a model, not both",
        ),
        ({"model": "<img src=x onerror=alert(1)>"}, 422, "must look like provider:model"),
        ({"model": "x" * 5000}, 422, "a model is provider:model in at most 200 characters"),
        ({"override_tool": "1=not json"}, 422, "the result for step 1 is not valid JSON"),
        ({"override_tool": "0={}"}, 422, "step 0 of run"),
        ({"prompt_version": "5"}, 422, "t-replay-status has no prompt version 5"),
    ],
)
def test_the_console_answers_bad_input_with_a_message(fields, status, message):
    run = wrong_answer_run()
    before = database_state()
    response = console_client("quinn", "qa").post(
        f"/console/runs/{run.pk}/replay/", fields, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == status
    page = response.content.decode()
    assert 'data-testid="replay-error"' in page
    assert message in page
    assert "<img src=x" not in page  # echoed back escaped, never as markup
    assert STATUS_LOOKUPS == [ORDER]
    assert database_state() == before


@pytest.mark.parametrize(
    "fields",
    [{"override_tool": f"1={json.dumps(RIGHT)}"}, {"from_step": "1"}, {"model": "scripted:replay-status"}],
)
def test_a_live_replay_spends_model_calls_so_support_may_not_start_one(fields):
    run = wrong_answer_run()
    before = database_state()
    response = console_client("sam", "support").post(
        f"/console/runs/{run.pk}/replay/", fields, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 403
    assert "needs the manager, qa or admin role" in response.content.decode()
    assert STATUS_LOOKUPS == [ORDER]  # nothing ran
    assert database_state() == before


def test_the_console_says_when_the_run_is_unknown_or_still_running():
    client = console_client("sam", "support")
    missing_url = "/console/runs/00000000-0000-0000-0000-000000000000/replay/"
    missing = client.post(missing_url)
    assert missing.status_code == 404
    assert "no run 00000000-0000-0000-0000-000000000000" in missing.content.decode()
    # In the run page (htmx), as a message it swaps in: htmx leaves a 404 answer out of the page.
    swapped = client.post(missing_url, HTTP_HX_REQUEST="true")
    assert swapped.status_code == 422
    assert 'data-testid="replay-error"' in swapped.content.decode()
    assert client.post("/console/runs/not-a-uuid/replay/").status_code == 404  # not even a run's URL

    conversation = Conversation.objects.create(agent_name="t-replay-status", customer_ref="alice")
    running = Run.objects.create(conversation=conversation, agent_name="t-replay-status", status="running")
    busy = client.post(f"/console/runs/{running.pk}/replay/")
    assert busy.status_code == 409
    assert "is still running: replay it when it has stopped" in busy.content.decode()
    assert AuditEntry.objects.filter(action="replay").count() == 0


def test_options_parse_what_people_type():
    options = replay.parse_options(from_step=" 2 ", prompt_version="3", tool_overrides=['1 = {"a": [1, 2]}'])
    assert options == replay.ReplayOptions(
        from_step=2, prompt_version=3, model="", tool_overrides={1: {"a": [1, 2]}}
    )
    assert options.live_from == 2
    assert replay.parse_options().live_from is None
    assert replay.parse_options(tool_overrides=["3=null", "1=false"]).live_from == 2
    assert replay.parse_options(model="scripted:replay-status").live_from == 0
    assert replay.ReplayOptions().live is False
    with pytest.raises(replay.ReplayError, match="must be a whole number"):
        replay.parse_options(from_step=True)
    with pytest.raises(replay.ReplayError, match="at most 20 tool overrides"):
        replay.parse_options(tool_overrides=[f"{i}=1" for i in range(21)])


@pytest.mark.parametrize(
    "text",
    ["Where is my order 1234?", "How many days do I have to return something?", "I want to talk to a person"],
)
def test_demo_desk_turns_replay_the_same(text):
    call_command("seed_demo", "--no-history", stdout=io.StringIO())
    intake, _ = start_turn("support", text, customer_ref="alice")
    before = database_state()
    report = replay.replay_run(intake.run.pk)
    assert report.same is True, [
        (s.index, s.status, s.recorded_text, s.replayed_text) for s in report.differences
    ]
    assert report.steps[0].kind == "route"
    assert report.model_calls == 0
    assert database_state() == before
