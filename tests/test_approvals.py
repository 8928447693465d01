"""Irreversible tools park the run for a person; a decision executes exactly those arguments once."""

import threading

import pytest
from django.db import connections
from django.test import Client

from agents import actions
from agents.executor import arguments_hash
from agents.models import ApprovalRequest, Message, Run, RunStep
from tests import agents_for_tests
from tests.runtime_helpers import manager_key, staff_user, start_turn
from tracing.models import ToolCall


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()


def keys():
    _, customer = actions.do_create_api_key("shop")
    return customer, manager_key()


def post(client: Client, url: str, key: str, body: dict | None = None):
    return client.post(
        url, body or {}, content_type="application/json", headers={"Authorization": f"Bearer {key}"}
    )


@pytest.mark.django_db
def test_irreversible_tool_parks_the_run_with_the_exact_arguments_and_their_hash():
    intake, outcome = start_turn("t-refund", text="Refund $40 on order 1234 please")

    assert outcome.status == "awaiting_approval"
    assert agents_for_tests.CALLS == []  # never runs inside the loop
    approval = ApprovalRequest.objects.get(run_id=intake.run.pk)
    assert outcome.approval_id == approval.pk
    assert approval.tool_name == "refund"
    assert approval.arguments == {"order_id": 1234, "amount": "40.00"}
    assert approval.arguments_hash == arguments_hash("refund", {"order_id": 1234, "amount": "40.00"})
    assert approval.justification == "Step 1."
    assert approval.status == "pending"
    run = Run.objects.get(pk=intake.run.pk)
    assert run.status == "awaiting_approval"
    notice = Message.objects.get(run=run)
    assert notice.role == "system"
    assert (
        notice.text
        == "refund: this needs a manager's approval. I'll let you know here as soon as it is decided."
    )
    assert outcome.reply == notice.text


@pytest.mark.django_db
def test_approval_by_staff_key_executes_once_and_resumes_the_run(django_capture_on_commit_callbacks):
    _, staff = keys()
    intake, outcome = start_turn("t-refund")
    client = Client()

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client, f"/api/v1/approvals/{outcome.approval_id}/approve", staff, {"reason": "ok by me"}
        )

    assert response.status_code == 200
    body = response.json()
    # The response reports the decision; the execution runs on commit (a Celery task).
    assert body["status"] == "approved"
    assert body["decided_by"] == "maria"
    assert body["decision_reason"] == "ok by me"
    approval = ApprovalRequest.objects.get(pk=outcome.approval_id)
    assert approval.status == "executed"
    assert approval.result["summary"] == "Refunded $40.00 on order 1234."
    # The approval's id is the idempotency key the tool saw.
    assert approval.result["idempotency_key"] == str(outcome.approval_id)
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]
    run = Run.objects.get(pk=intake.run.pk)
    assert run.status == "completed"
    assert list(run.steps.values_list("index", "kind")) == [(0, "model"), (1, "approval"), (2, "model")]
    assert "Refunded $40.00 on order 1234." in Message.objects.get(run=run, role="assistant").text

    with django_capture_on_commit_callbacks(execute=True):
        again = post(client, f"/api/v1/approvals/{outcome.approval_id}/approve", staff)
    assert again.status_code == 409
    assert again.json() == {
        "code": "already_decided",
        "message": "this approval was already executed by maria",
    }
    assert len(agents_for_tests.CALLS) == 1


@pytest.mark.django_db
def test_rejection_resumes_the_run_with_the_refusal(django_capture_on_commit_callbacks):
    _, staff = keys()
    intake, outcome = start_turn("t-refund")

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            Client(),
            f"/api/v1/approvals/{outcome.approval_id}/reject",
            staff,
            {"reason": "outside the 30 days"},
        )

    assert response.status_code == 200
    assert response.json()["status"] == "rejected"
    assert ApprovalRequest.objects.get(pk=outcome.approval_id).executed_at is not None
    assert agents_for_tests.CALLS == []
    step = RunStep.objects.get(run_id=intake.run.pk, kind="approval")
    assert step.payload["result"] == {
        "code": "approval_rejected",
        "retryable": False,
        "message": "A manager declined this action: outside the 30 days",
    }
    assert "outside the 30 days" in Run.objects.get(pk=intake.run.pk).final_text


@pytest.mark.django_db
def test_rejection_without_a_reason_is_refused_and_changes_nothing():
    _, staff = keys()
    _, outcome = start_turn("t-refund")
    response = post(Client(), f"/api/v1/approvals/{outcome.approval_id}/reject", staff, {"reason": "   "})
    assert response.status_code == 422
    assert ApprovalRequest.objects.get(pk=outcome.approval_id).status == "pending"


@pytest.mark.django_db
def test_customer_key_cannot_decide_and_nothing_runs(django_capture_on_commit_callbacks):
    customer, _ = keys()
    _, outcome = start_turn("t-refund")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = post(Client(), f"/api/v1/approvals/{outcome.approval_id}/approve", customer)

    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert callbacks == []
    assert ApprovalRequest.objects.get(pk=outcome.approval_id).status == "pending"
    assert agents_for_tests.CALLS == []


@pytest.mark.django_db
def test_unknown_approval_is_404():
    _, staff = keys()
    response = post(Client(), "/api/v1/approvals/00000000-0000-0000-0000-000000000000/approve", staff)
    assert response.status_code == 404
    response = post(Client(), "/api/v1/approvals/not-a-uuid/approve", staff)
    assert response.status_code == 422


@pytest.mark.django_db(transaction=True)
def test_two_approvals_posted_at_the_same_moment_execute_once():
    _, staff = keys()
    intake, outcome = start_turn("t-refund")
    url = f"/api/v1/approvals/{outcome.approval_id}/approve"
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def approve():
        try:
            barrier.wait()
            statuses.append(post(Client(), url, staff).status_code)
        finally:
            connections.close_all()  # this thread's connection, so the test database can be dropped

    threads = [threading.Thread(target=approve) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(statuses) == [200, 409]
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]
    approval = ApprovalRequest.objects.get(pk=outcome.approval_id)
    assert approval.status == "executed"
    assert RunStep.objects.filter(run_id=intake.run.pk, kind="approval").count() == 1
    assert Run.objects.get(pk=intake.run.pk).status == "completed"


@pytest.mark.django_db(transaction=True)
def test_the_execution_task_run_twice_executes_once():
    _, outcome = start_turn("t-refund")
    approval = ApprovalRequest.objects.get(pk=outcome.approval_id)
    ApprovalRequest.objects.filter(pk=approval.pk).update(
        status="approved", decided_by=staff_user("m").username
    )

    first = actions.do_carry_out_decision(approval.pk)
    second = actions.do_carry_out_decision(approval.pk)

    assert first.status == "completed"
    assert second is None
    assert len(agents_for_tests.CALLS) == 1
    # The executed call is in the trace once, at the step its result was written.
    step = RunStep.objects.get(run_id=approval.run_id, kind="approval")
    call = ToolCall.objects.get(run_id=approval.run_id, tool_name="refund")
    assert (call.step_index, call.tool_call_id, call.arguments, call.error_code, call.attempts) == (
        step.index,
        approval.tool_call_id,
        approval.arguments,
        "",
        1,
    )
    assert call.result == step.payload["result"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("approver", ["support", "nobody", ""])
def test_the_task_runs_nothing_approved_by_someone_without_the_manager_role(approver):
    """The role is checked again in the task: an approved row whose approver may not approve (written
    around the action, or a role taken away before the worker ran) is treated as a refusal."""
    _, outcome = start_turn("t-refund")
    approval = ApprovalRequest.objects.get(pk=outcome.approval_id)
    if approver == "support":
        staff_user("sam", "support")
    decided_by = {"support": "sam", "nobody": "ghost", "": ""}[approver]
    ApprovalRequest.objects.filter(pk=approval.pk).update(status="approved", decided_by=decided_by)

    actions.do_carry_out_decision(approval.pk)

    approval.refresh_from_db()
    assert agents_for_tests.CALLS == []
    assert (approval.status, approval.result["code"]) == ("rejected", "approval_rejected")
    assert approval.decision_reason == "the approval was not made by someone who may approve it"
