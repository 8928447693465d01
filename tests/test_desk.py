"""A desk agent: the router's decision is the run's first step, and the turn continues as the
chosen executor (its prompt, tools and limits), or ends (a person, off topic, unsure)."""

import pytest
from django.test import Client

from agents import actions
from agents.models import ApprovalRequest, Conversation, Handoff, Message, Run
from tests import agents_for_tests
from tests.runtime_helpers import start_turn
from tracing.models import LLMCall

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()


def test_route_step_comes_first_and_the_executor_runs_the_turn():
    intake, outcome = start_turn("t-desk", text="Where is my order 1234?")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "completed"
    assert run.executor_name == "t-two-calls"
    assert list(run.steps.values_list("index", "kind")) == [
        (0, "route"), (1, "model"), (2, "tool"), (3, "model"), (4, "tool"), (5, "model"),
    ]  # fmt: skip
    route = run.steps.get(kind="route").payload
    assert (route["intent"], route["confidence"], route["action"], route["executor"]) == (
        "orders",
        0.92,
        "execute",
        "t-two-calls",
    )
    # The executor's own prompt, not the desk's, went to the model.
    first_call = LLMCall.objects.filter(run=run).order_by("step_index").first()
    assert first_call.request["system"].startswith("You are the t-two-calls test agent.\n")
    assert first_call.request["tools"] == [t.name for t in agents_for_tests.ALL_TOOLS]


def test_asking_for_a_human_hands_off_without_a_model_call():
    intake, outcome = start_turn("t-desk", text="I want a human please")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "handed_off"
    assert Handoff.objects.get(run=run).reason_code == "customer_asked_for_human"
    assert Conversation.objects.get(pk=run.conversation_id).holder == "human_queue"
    assert LLMCall.objects.filter(run=run).count() == 0


def test_off_topic_is_declined_in_the_customers_language():
    _, outcome = start_turn("t-desk", text="tell me a joke")
    assert (outcome.status, outcome.reply) == ("completed", "I can only help with shop questions.")


def test_low_confidence_asks_a_clarifying_question():
    intake, outcome = start_turn("t-desk", text="maybe something about stuff")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.reply == "Do you mean an order question or a refund?"
    assert run.error_code == "clarify"
    assert run.steps.get(kind="route").payload["action"] == "clarify"
    assert Message.objects.get(run=run).text == "Do you mean an order question or a refund?"


def test_an_approval_in_a_routed_run_executes_the_executors_tool(django_capture_on_commit_callbacks):
    _, staff = actions.do_create_api_key("managers", is_staff=True)
    intake, outcome = start_turn("t-desk", text="refund order 1234")
    assert outcome.status == "awaiting_approval"

    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(
            f"/api/v1/approvals/{outcome.approval_id}/approve",
            {},
            "application/json",
            headers={"Authorization": f"Bearer {staff}"},
        )

    assert response.status_code == 200
    assert ApprovalRequest.objects.get(pk=outcome.approval_id).status == "executed"
    run = Run.objects.get(pk=intake.run.pk)
    assert (run.status, run.executor_name) == ("completed", "t-refund")
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]
