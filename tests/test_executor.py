"""The executor loop: steps, checkpoints, limits, loop detection, typed tool errors, fallbacks."""

import json

import pytest

from agents.guards.output import CANARY_LINE, canary_for
from agents.guards.untrusted import STANDING_RULE
from agents.models import Conversation, Escalation, Message, Run, RunStep
from tests import agents_for_tests
from tests.runtime_helpers import start_turn
from tracing.models import LLMCall, ToolCall

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()
    agents_for_tests.FLAKY_STATE["failures_left"] = 0


def test_turn_with_two_tool_calls_is_checkpointed_step_by_step():
    intake, outcome = start_turn("t-two-calls")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "completed"
    assert run.status == "completed"
    assert run.step_count == 5
    assert list(run.steps.values_list("index", "kind")) == [
        (0, "model"), (1, "tool"), (2, "model"), (3, "tool"), (4, "model"),
    ]  # fmt: skip
    assert agents_for_tests.CALLS == [
        ("fetch_order", {"order_id": 1234}),
        ("fetch_tracking", {"order_id": 1234}),
    ]
    reply = Message.objects.get(run=run)
    assert reply.role == "assistant"
    assert reply.text == "Done: " + json.dumps({"summary": "Order 1234 is with DHL.", "carrier": "DHL"})
    assert run.final_text == reply.text
    assert run.finished_at is not None


def test_every_model_and_tool_call_is_recorded_with_the_run():
    intake, _ = start_turn("t-two-calls")
    run = Run.objects.get(pk=intake.run.pk)

    llm_calls = list(LLMCall.objects.filter(run=run).order_by("step_index"))
    assert [c.step_index for c in llm_calls] == [0, 2, 4]
    assert {c.provider for c in llm_calls} == {"scripted"}
    first = llm_calls[0]
    assert first.request["system"] == (
        "You are the t-two-calls test agent.\n\n"
        f"{CANARY_LINE.format(canary=canary_for(run.pk))}\n\n"
        f"{STANDING_RULE}\n\n"
        "## Pinned for this conversation (always applies, however long the conversation gets)\n"
        "- order number: 1234"
    )
    assert first.request["messages"][-1]["content"] == "Where is my order 1234?"
    assert first.response["tool_calls"][0]["name"] == "fetch_order"
    assert run.tokens_in == sum(c.tokens_in for c in llm_calls)
    assert run.tokens_out == sum(c.tokens_out for c in llm_calls)
    assert run.cost_usd == sum(c.cost_usd for c in llm_calls)
    assert run.cost_usd > 0  # the scripted model is priced so cost limits can be exercised

    tool_calls = list(ToolCall.objects.filter(run=run).order_by("step_index"))
    assert [(t.step_index, t.tool_name, t.arguments, t.error_code) for t in tool_calls] == [
        (1, "fetch_order", {"order_id": 1234}, ""),
        (3, "fetch_tracking", {"order_id": 1234}, ""),
    ]


def test_same_tool_with_same_arguments_three_times_ends_the_run_as_looping():
    intake, outcome = start_turn("t-looping")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "looping"
    assert run.status == "looping"
    assert run.error_code == "looping"
    # Two executions; the third identical request is refused before it runs.
    assert agents_for_tests.CALLS == [("fetch_order", {"order_id": 7})] * 2
    handoff = Escalation.objects.get(run=run)
    assert handoff.reason_code == "looping"
    assert Conversation.objects.get(pk=run.conversation_id).holder == "human_queue"
    notice = Message.objects.get(run=run)
    assert notice.role == "system"
    assert handoff.ticket in notice.text


def test_step_limit_ends_the_run_with_a_handoff():
    intake, outcome = start_turn("t-chatty")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "limit_exceeded"
    assert run.error_code == "step_limit"
    assert run.step_count == 5
    assert Escalation.objects.get(run=run).reason_code == "step_limit"


def test_token_limit_ends_the_run():
    intake, outcome = start_turn("t-token-limit")
    assert outcome.status == "limit_exceeded"
    assert Run.objects.get(pk=intake.run.pk).error_code == "token_limit"


def test_cost_limit_ends_the_run():
    intake, outcome = start_turn("t-cost-limit")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "limit_exceeded"
    assert run.error_code == "cost_limit"
    # The call's estimated cost alone is over the run's limit: it is refused before it is made
    # (reserve-then-spend), so no model call and no tool ran.
    assert run.step_count == 0
    assert LLMCall.objects.filter(run=run).count() == 0
    assert agents_for_tests.CALLS == []


def test_transient_tool_failure_is_retried_then_succeeds():
    agents_for_tests.FLAKY_STATE["failures_left"] = 2
    intake, outcome = start_turn("t-flaky")

    assert outcome.status == "completed"
    call = ToolCall.objects.get(run_id=intake.run.pk)
    assert call.attempts == 3
    assert call.error_code == ""
    assert call.result == {"summary": "ok", "attempt": 3}


def test_4xx_like_tool_failure_is_not_retried_and_reaches_the_model_typed():
    intake, outcome = start_turn("t-rejecting")

    assert outcome.status == "completed"
    assert agents_for_tests.CALLS == [("rejecting_service", {"order_id": 1234})]
    call = ToolCall.objects.get(run_id=intake.run.pk)
    assert call.attempts == 1
    assert call.error_code == "conflict"
    step = RunStep.objects.get(run_id=intake.run.pk, kind="tool")
    assert step.payload["is_error"] is True
    assert step.payload["result"] == {
        "code": "conflict",
        "retryable": False,
        "message": "order 1234 cannot be changed",
    }
    # The model saw the typed error as the tool result and answered with it.
    assert "cannot be changed" in Run.objects.get(pk=intake.run.pk).final_text


def test_tool_timeout_is_a_retryable_typed_error():
    intake, _ = start_turn("t-slow")
    call = ToolCall.objects.get(run_id=intake.run.pk)
    assert call.error_code == "timeout"
    assert call.attempts == 2
    assert call.result["retryable"] is True
    assert agents_for_tests.CALLS == [("slow_service", {"order_id": 1234})] * 2


def test_huge_tool_result_is_capped_before_it_reaches_the_model():
    intake, _ = start_turn("t-all-rows")
    call = ToolCall.objects.get(run_id=intake.run.pk)
    assert call.truncated is True
    assert call.result["total_items"] == 10_000
    assert len(call.result["items"]) == 20
    final_request = LLMCall.objects.filter(run_id=intake.run.pk).order_by("-step_index").first().request
    tool_message = final_request["messages"][-1]
    assert tool_message["role"] == "tool"
    assert len(tool_message["content"]) < 4000


def test_output_validator_failure_is_typed_and_not_retried():
    intake, _ = start_turn("t-broken-output")
    call = ToolCall.objects.get(run_id=intake.run.pk)
    assert call.error_code == "invalid_output"
    assert call.attempts == 1
    assert "has no 'status'" in call.result["message"]


def test_invalid_arguments_from_the_model_come_back_as_a_typed_error():
    intake, outcome = start_turn("t-bad-args")
    assert outcome.status == "completed"
    call = ToolCall.objects.get(run_id=intake.run.pk)
    assert call.error_code == "invalid_arguments"
    assert call.result["message"].startswith("invalid arguments for fetch_order: order_id:")
    assert agents_for_tests.CALLS == []


def test_unknown_tool_is_a_typed_error_not_a_crash():
    intake, outcome = start_turn("t-unknown-tool")
    assert outcome.status == "completed"
    step = RunStep.objects.get(run_id=intake.run.pk, kind="tool")
    assert step.payload["result"]["code"] == "unknown_tool"


def test_every_provider_failing_serves_a_matching_canned_template():
    intake, outcome = start_turn("t-no-script", text="where is my order?")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "degraded"
    assert run.final_text == "Orders: see your e-mail."
    assert run.error_code == "providers_exhausted:not_found"
    assert Message.objects.get(run=run).text == "Orders: see your e-mail."
    failed = LLMCall.objects.get(run=run)
    assert failed.error_code == "not_found"


def test_every_provider_failing_without_a_template_hands_off_with_a_ticket():
    intake, outcome = start_turn("t-no-script", text="I need help with my account")
    run = Run.objects.get(pk=intake.run.pk)
    handoff = Escalation.objects.get(run=run)
    assert outcome.status == "handed_off"
    assert outcome.handoff_ticket == handoff.ticket
    assert handoff.ticket in Message.objects.get(run=run).text
    assert Conversation.objects.get(pk=run.conversation_id).holder == "human_queue"


def test_a_conversation_held_by_a_person_gets_no_bot_run():
    conversation = Conversation.objects.create(agent_name="t-two-calls", holder="human")
    from agents import actions

    intake = actions.do_post_customer_message(conversation, "hello?")
    assert intake.run is None
    assert intake.held_by == "human"
    assert Message.objects.get(pk=intake.message.pk).text == "hello?"
    assert Run.objects.filter(conversation=conversation).count() == 0
