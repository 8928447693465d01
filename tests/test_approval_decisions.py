"""A manager's decision on an irreversible action (agents.actions `do_decide_approval`,
`expire_approvals`, `do_carry_out_decision`): edit with a reason and the edit is what runs, once;
decisions on arguments nobody saw, on expired requests or twice are refused; two people above an
amount; every refusal changes nothing; every decision writes one audit entry."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from channels.layers import get_channel_layer
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.utils import timezone

from agents import actions, events, roles
from agents.actions import DecisionConflict
from agents.errors import InputError
from agents.executor import arguments_hash
from agents.models import ApprovalRequest, Message, Run, RunStep
from tests import agents_for_tests
from tests.live_events import IN_MEMORY_LAYER, GroupListener
from tests.runtime_helpers import race, staff_user, start_turn
from tracing.models import AuditEntry

ASKED = {"order_id": 1234, "amount": "40.00"}  # what the t-refund agent asks for


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()


@pytest.fixture
def layer(settings):
    settings.CHANNEL_LAYERS = IN_MEMORY_LAYER
    return get_channel_layer()


def parked(agent: str = "t-refund", text: str = "Refund $40 on order 1234 please") -> ApprovalRequest:
    intake, outcome = start_turn(agent, text)
    assert outcome.status == "awaiting_approval"
    return ApprovalRequest.objects.get(run_id=intake.run.pk)


def decision_fields(approval: ApprovalRequest) -> dict[str, Any]:
    """Everything a decision could change on the request and its run, and the audit log."""
    return {
        "approval": ApprovalRequest.objects.filter(pk=approval.pk)
        .values(
            "status",
            "arguments",
            "arguments_hash",
            "approved_arguments",
            "approved_arguments_hash",
            "edit_reason",
            "edited_by",
            "description",
            "amount",
            "required_approvals",
            "first_approved_by",
            "first_approved_at",
            "decided_by",
            "decision_reason",
            "decided_at",
            "executed_at",
            "result",
        )
        .get(),
        "run": Run.objects.filter(pk=approval.run_id).values("status", "step_count").get(),
        "messages": list(Message.objects.order_by("id").values_list("id", flat=True)),
        "audit": list(AuditEntry.objects.values_list("id", flat=True)),
    }


def outcome_told(run: Run) -> dict[str, Any]:
    """The tool result the t-refund script repeats to the customer ("Outcome: {...}"), as data: its
    keys come back from PostgreSQL's jsonb in another order."""
    text = Message.objects.get(run=run, role="assistant").text
    assert text.startswith("Outcome: ")
    return json.loads(text.removeprefix("Outcome: "))


# --- edit, then approve -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_edited_approval_runs_the_edit_once_and_keeps_what_the_agent_asked(
    django_capture_on_commit_callbacks,
):
    approval = parked()
    maria = staff_user("maria", "manager")
    reason = "Customer agreed to a partial refund"

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval,
            actor=maria,
            approve=True,
            reason=reason,
            edited_arguments={"order_id": 1234, "amount": "25.00"},
            seen_arguments_hash=approval.approved_arguments_hash,
        )

    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "25.00"})]
    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.arguments, stored.arguments_hash) == (ASKED, arguments_hash("refund", ASKED))
    edited = {"order_id": 1234, "amount": "25.00"}
    assert (stored.approved_arguments, stored.approved_arguments_hash) == (
        edited,
        arguments_hash("refund", edited),
    )
    assert (stored.edit_reason, stored.edited_by, stored.decided_by, stored.decision_reason) == (
        reason,
        "maria",
        "maria",
        reason,
    )
    assert stored.status == "executed"
    note = f"A manager changed the request before approving it: {reason}"
    assert stored.result == {
        "summary": "Refunded $25.00 on order 1234.",
        "idempotency_key": str(approval.pk),
        "note": note,
    }
    run = Run.objects.get(pk=approval.run_id)
    assert run.status == "completed"
    # The customer hears the edited outcome, with the manager's reason.
    assert outcome_told(run) == stored.result
    entry = AuditEntry.objects.get(target_type="approval")
    assert (entry.actor, entry.action, entry.target_id) == (maria, "edit_and_approve", str(approval.pk))
    assert entry.before == {
        "status": "pending",
        "arguments": ASKED,
        "first_approved_by": "",
        "required_approvals": 1,
    }
    assert entry.after == {
        "status": "approved",
        "arguments": edited,
        "first_approved_by": "",
        "required_approvals": 1,
        "reason": reason,
    }


@pytest.mark.django_db
def test_an_edit_recomputes_what_the_manager_reads_and_the_amount():
    approval = parked("t-priced-refund", "Refund $40.00 on order 1234")
    assert (approval.description, approval.amount) == ("Refund $40.00 on order 1234", Decimal("40.00"))

    actions.do_decide_approval(
        approval,
        actor=staff_user("maria", "manager"),
        approve=True,
        reason="Shipping is not refunded",
        edited_arguments={"order_id": 1234, "amount": "32.50"},
    )

    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.description, stored.amount) == ("Refund $32.50 on order 1234", Decimal("32.50"))


@pytest.mark.django_db
def test_an_edit_without_a_reason_is_refused_and_changes_nothing(django_capture_on_commit_callbacks):
    approval = parked()
    before = decision_fields(approval)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(InputError) as refused:
        actions.do_decide_approval(
            approval,
            actor=staff_user("maria", "manager"),
            approve=True,
            reason="   ",
            edited_arguments={"order_id": 1234, "amount": "25.00"},
        )

    assert (refused.value.status, refused.value.message) == (
        422,
        "say why you changed the arguments: the reason is recorded with the edit",
    )
    assert decision_fields(approval) == before
    assert callbacks == []
    assert agents_for_tests.CALLS == []


@pytest.mark.django_db
def test_the_unchanged_arguments_sent_back_are_a_plain_approval(django_capture_on_commit_callbacks):
    approval = parked()

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval, actor=staff_user("maria", "manager"), approve=True, edited_arguments=dict(ASKED)
        )

    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.status, stored.approved_arguments, stored.edit_reason, stored.edited_by) == (
        "executed",
        ASKED,
        "",
        "",
    )
    assert AuditEntry.objects.get(target_type="approval").action == "approve"
    assert agents_for_tests.CALLS == [("refund", ASKED)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("edited", "message_start"),
    [
        pytest.param(
            {"order_id": 1234, "amount": -5}, "the edited arguments are not valid for refund:", id="negative"
        ),
        pytest.param(
            {"order_id": 1234, "amount": 0}, "the edited arguments are not valid for refund:", id="zero"
        ),
        pytest.param(
            {"order_id": 1234, "amount": "abc"}, "the edited arguments are not valid for refund:", id="abc"
        ),
        pytest.param(
            {"order_id": 1234, "amount": "10.001"},
            "the edited arguments are not valid for refund:",
            id="fractions",
        ),
        pytest.param(
            {"order_id": 1234, "amount": [25]}, "the edited arguments are not valid for refund:", id="list"
        ),
        pytest.param(
            {"order_id": "not a number", "amount": "25.00"},
            "the edited arguments are not valid for refund:",
            id="order-not-a-number",
        ),
        pytest.param(
            {"order_id": 12.5, "amount": "25.00"},
            "the edited arguments are not valid for refund:",
            id="float-id",
        ),
        pytest.param(
            {"order_id": 1234}, "the edited arguments are not valid for refund:", id="missing-amount"
        ),
        pytest.param(
            {"order_id": 1234, "amount": "25.00", "currency": "EUR"},
            "the edited arguments are not valid for refund: it has no argument currency",
            id="extra-field",
        ),
        pytest.param(
            # A typo'd key must not be dropped silently, leaving the agent's $40 to run.
            {"order_id": 1234, "amount": "40.00", "amout": "25.00"},
            "the edited arguments are not valid for refund: it has no argument amout",
            id="misspelt-field",
        ),
        pytest.param("abc", "edited arguments must be an object of the tool's arguments", id="string"),
        pytest.param(
            [1234, "25.00"], "edited arguments must be an object of the tool's arguments", id="array"
        ),
    ],
)
def test_an_invalid_edit_is_refused_and_changes_nothing(
    edited, message_start, django_capture_on_commit_callbacks
):
    approval = parked()
    before = decision_fields(approval)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(InputError) as refused:
        actions.do_decide_approval(
            approval,
            actor=staff_user("maria", "manager"),
            approve=True,
            reason="Adjusted",
            edited_arguments=edited,
        )

    assert refused.value.status == 422
    assert refused.value.message.startswith(message_start)
    assert decision_fields(approval) == before
    assert callbacks == []
    assert agents_for_tests.CALLS == []


@pytest.mark.django_db
def test_an_edit_with_a_rejection_is_refused():
    approval = parked()
    before = decision_fields(approval)

    with pytest.raises(InputError) as refused:
        actions.do_decide_approval(
            approval,
            actor=staff_user("maria", "manager"),
            approve=False,
            reason="no",
            edited_arguments={"order_id": 1234, "amount": "25.00"},
        )

    assert refused.value.message == "edit the arguments when approving; a rejection runs nothing"
    assert decision_fields(approval) == before


# --- what the manager saw ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_decision_on_arguments_the_manager_did_not_see_is_a_conflict(django_capture_on_commit_callbacks):
    approval = parked()
    before = decision_fields(approval)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(DecisionConflict) as refused:
        actions.do_decide_approval(
            approval,
            actor=staff_user("maria", "manager"),
            approve=True,
            seen_arguments_hash=arguments_hash("refund", {"order_id": 1234, "amount": "400.00"}),
        )

    assert (refused.value.status, refused.value.code, refused.value.message) == (
        409,
        "already_decided",
        "this approval changed while you were looking at it (edited or approved by someone else); "
        "review it again",
    )
    assert decision_fields(approval) == before
    assert callbacks == []
    assert agents_for_tests.CALLS == []


@pytest.mark.django_db
def test_a_second_manager_approving_what_they_saw_before_an_edit_is_refused(
    settings, django_capture_on_commit_callbacks
):
    settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = 50
    approval = parked("t-priced-refund", "Refund $80.00 on order 1234")
    seen_by_max = approval.approved_arguments_hash
    maria, max_ = staff_user("maria", "manager"), staff_user("max", "manager")
    actions.do_decide_approval(
        approval,
        actor=maria,
        approve=True,
        reason="Half now, half after the return arrives",
        edited_arguments={"order_id": 1234, "amount": "60.00"},
        seen_arguments_hash=seen_by_max,
    )
    edited = decision_fields(approval)

    with pytest.raises(DecisionConflict) as refused:
        actions.do_decide_approval(approval, actor=max_, approve=True, seen_arguments_hash=seen_by_max)

    assert refused.value.status == 409
    assert decision_fields(approval) == edited
    assert edited["approval"]["status"] == "pending"
    assert edited["approval"]["first_approved_by"] == "maria"

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval,
            actor=max_,
            approve=True,
            seen_arguments_hash=ApprovalRequest.objects.get(pk=approval.pk).approved_arguments_hash,
        )

    assert agents_for_tests.CALLS == [("priced_refund", {"order_id": 1234, "amount": "60.00"})]
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "executed"


# --- two people above an amount ---------------------------------------------------------------------


@pytest.mark.django_db
def test_above_the_amount_two_different_managers_approve_and_it_runs_once(
    settings, django_capture_on_commit_callbacks
):
    settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = 50
    approval = parked("t-priced-refund", "Refund $80.00 on order 1234")
    maria, max_ = staff_user("maria", "manager"), staff_user("max", "manager")
    assert (approval.amount, approval.required_approvals) == (Decimal("80.00"), 2)

    with django_capture_on_commit_callbacks(execute=True) as first_callbacks:
        first = actions.do_decide_approval(approval, actor=maria, approve=True, reason="ok")

    assert (first.status, first.first_approved_by, first.decided_by) == ("pending", "maria", "")
    assert first.first_approved_at is not None
    assert agents_for_tests.CALLS == []
    assert Run.objects.get(pk=approval.run_id).status == "awaiting_approval"
    # Only the inbox is told; no execution is queued.
    assert len(first_callbacks) == 1

    pending = decision_fields(approval)
    with pytest.raises(InputError) as again:
        actions.do_decide_approval(approval, actor=maria, approve=True, reason="really ok")
    assert (again.value.status, again.value.code, again.value.message) == (
        409,
        "same_approver",
        "you approved this already; a second manager must approve amounts this large",
    )
    assert decision_fields(approval) == pending

    with django_capture_on_commit_callbacks(execute=True):
        second = actions.do_decide_approval(approval, actor=max_, approve=True, reason="agreed")

    assert (second.decided_by, second.first_approved_by) == ("max", "maria")
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "executed"
    assert agents_for_tests.CALLS == [("priced_refund", {"order_id": 1234, "amount": "80.00"})]
    assert list(
        AuditEntry.objects.filter(target_type="approval").order_by("id").values_list("actor_name", "action")
    ) == [("maria", "approve_first"), ("max", "approve")]


@pytest.mark.django_db
def test_at_or_below_the_amount_one_approval_suffices(settings, django_capture_on_commit_callbacks):
    settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = 50
    approval = parked("t-priced-refund", "Refund $50.00 on order 1234")
    assert (approval.amount, approval.required_approvals) == (Decimal("50.00"), 1)

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(approval, actor=staff_user("maria", "manager"), approve=True)

    assert ApprovalRequest.objects.get(pk=approval.pk).status == "executed"
    assert agents_for_tests.CALLS == [("priced_refund", {"order_id": 1234, "amount": "50.00"})]


@pytest.mark.django_db
def test_an_edit_above_the_amount_needs_a_second_manager(settings, django_capture_on_commit_callbacks):
    settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = 50
    approval = parked("t-priced-refund", "Refund $40.00 on order 1234")
    maria, max_ = staff_user("maria", "manager"), staff_user("max", "manager")

    with django_capture_on_commit_callbacks(execute=True):
        edited = actions.do_decide_approval(
            approval,
            actor=maria,
            approve=True,
            reason="Add the shipping cost",
            edited_arguments={"order_id": 1234, "amount": "90.00"},
        )

    assert (edited.status, edited.required_approvals, edited.first_approved_by, edited.amount) == (
        "pending",
        2,
        "maria",
        Decimal("90.00"),
    )
    assert agents_for_tests.CALLS == []

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(approval, actor=max_, approve=True)

    assert agents_for_tests.CALLS == [("priced_refund", {"order_id": 1234, "amount": "90.00"})]
    assert list(
        AuditEntry.objects.filter(target_type="approval").order_by("id").values_list("actor_name", "action")
    ) == [("maria", "edit_and_approve_first"), ("max", "approve")]


# --- expiry -----------------------------------------------------------------------------------------

EXPIRED_RESULT = {
    "code": "approval_expired",
    "retryable": False,
    "message": "No manager decided on this action in time, so it was not carried out. Offer to ask again.",
}


def past_expiry(approval: ApprovalRequest) -> None:
    ApprovalRequest.objects.filter(pk=approval.pk).update(expires_at=timezone.now() - timedelta(seconds=1))


@pytest.mark.django_db
def test_an_expired_approval_resumes_the_run_with_the_refusal_and_the_customer_is_told(
    layer, django_capture_on_commit_callbacks
):
    approval = parked()
    conversation_id = str(Run.objects.get(pk=approval.run_id).conversation_id)
    chat = GroupListener(layer, events.chat_group(conversation_id))
    inbox = GroupListener(layer, events.INBOX_GROUP)
    assert actions.expire_approvals() == 0  # not due yet
    past_expiry(approval)

    with django_capture_on_commit_callbacks(execute=True):
        expired = actions.expire_approvals()

    assert expired == 1
    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.status, stored.decided_by, stored.decision_reason, stored.result) == (
        "expired",
        "",
        "no manager decided in time",
        EXPIRED_RESULT,
    )
    assert agents_for_tests.CALLS == []
    run = Run.objects.get(pk=approval.run_id)
    assert run.status == "completed"
    assert RunStep.objects.get(run=run, kind="approval").payload["result"] == EXPIRED_RESULT
    reply = Message.objects.get(run=run, role="assistant")
    assert outcome_told(run) == EXPIRED_RESULT
    assert chat.events() == [
        {"type": "conversation.messages", "conversation_id": conversation_id, "ids": [reply.pk]}
    ]
    assert [(e["kind"], e["id"], e["change"]) for e in inbox.events()] == [
        ("approval", str(approval.pk), "expired"),
        ("approval", str(approval.pk), "expired"),  # the refusal written to the run
    ]
    entry = AuditEntry.objects.get(target_type="approval")
    assert (entry.actor, entry.actor_name, entry.action, entry.before, entry.after) == (
        None,
        "system",
        "expire",
        {"status": "pending"},
        {"status": "expired"},
    )

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert actions.expire_approvals() == 0

    assert callbacks == []
    assert AuditEntry.objects.filter(target_type="approval").count() == 1
    assert RunStep.objects.filter(run=run, kind="approval").count() == 1


@pytest.mark.django_db
def test_deciding_an_expired_approval_is_a_conflict(django_capture_on_commit_callbacks):
    approval = parked()
    past_expiry(approval)
    with django_capture_on_commit_callbacks(execute=True):
        actions.expire_approvals()
    before = decision_fields(approval)

    for approve, reason in ((True, ""), (False, "too late")):
        with pytest.raises(DecisionConflict) as refused:
            actions.do_decide_approval(
                approval, actor=staff_user("maria", "manager"), approve=approve, reason=reason
            )
        assert (refused.value.status, refused.value.message) == (409, "this approval was already expired")

    assert decision_fields(approval) == before
    assert agents_for_tests.CALLS == []


@pytest.mark.django_db
def test_approving_past_the_expiry_before_the_sweep_is_refused_and_expires_it(
    django_capture_on_commit_callbacks,
):
    """The periodic sweep has not run yet: the manager is told it expired, and the request expires
    there and then (the customer is told), rather than waiting for the next sweep."""
    approval = parked()
    past_expiry(approval)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DecisionConflict) as refused:
        actions.do_decide_approval(approval, actor=staff_user("maria", "manager"), approve=True)

    assert (refused.value.status, refused.value.message) == (409, "this approval expired before the decision")
    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.status, stored.decided_by, stored.result) == ("expired", "", EXPIRED_RESULT)
    assert agents_for_tests.CALLS == []
    assert Run.objects.get(pk=approval.run_id).status == "completed"
    assert list(AuditEntry.objects.values_list("actor_name", "action")) == [("system", "expire")]


# --- concurrency ------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_two_managers_approving_at_the_same_moment_run_the_tool_once(on_postgres):
    if not on_postgres:
        pytest.skip("two decisions racing on a row lock is what this is about; SQLite locks the whole file")
    approval = parked()
    managers = [staff_user("maria", "manager"), staff_user("max", "manager")]

    def approve(manager):
        seen = ApprovalRequest.objects.get(pk=approval.pk)  # each manager's page read it pending
        return lambda: actions.do_decide_approval(
            seen, actor=manager, approve=True, reason=f"ok by {manager.username}"
        )

    results = race(managers, approve, DecisionConflict)

    winners = [name for name, result in results.items() if result == "won"]
    assert len(winners) == 1 and len(results) == 2
    (loser,) = [result for result in results.values() if result != "won"]
    assert loser.status == 409
    assert agents_for_tests.CALLS == [("refund", ASKED)]
    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.status, stored.decided_by) == ("executed", winners[0])
    assert RunStep.objects.filter(run_id=approval.run_id, kind="approval").count() == 1
    assert list(AuditEntry.objects.values_list("actor_name", "action")) == [(winners[0], "approve")]


# --- roles ------------------------------------------------------------------------------------------


def no_role_user():
    return get_user_model().objects.create_user("carol", password="x-test-password-1")


REFUSED_USERS = {
    "support": lambda: staff_user("sam", "support"),
    "qa": lambda: staff_user("quinn", "qa"),
    "no-role": no_role_user,
    "anonymous": AnonymousUser,
}


@pytest.mark.django_db
@pytest.mark.parametrize("who", list(REFUSED_USERS))
@pytest.mark.parametrize(
    "decision",
    [
        pytest.param({"approve": True}, id="approve"),
        pytest.param({"approve": False, "reason": "no"}, id="reject"),
        pytest.param(
            {"approve": True, "reason": "less", "edited_arguments": {"order_id": 1234, "amount": "1.00"}},
            id="edit",
        ),
    ],
)
def test_only_managers_decide_and_a_refused_decision_changes_nothing(
    who, decision, django_capture_on_commit_callbacks
):
    approval = parked()
    user = REFUSED_USERS[who]()
    before = decision_fields(approval)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(roles.Forbidden) as refused:
        actions.do_decide_approval(approval, actor=user, **decision)

    assert (refused.value.status, refused.value.message) == (403, "deciding approvals needs the manager role")
    assert decision_fields(approval) == before
    assert callbacks == []
    assert agents_for_tests.CALLS == []


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["manager", "admin"])
def test_managers_and_admins_decide_and_a_rejection_is_audited(role, django_capture_on_commit_callbacks):
    approval = parked()
    person = staff_user("robin", role)

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(approval, actor=person, approve=False, reason="Outside the 30 days")

    stored = ApprovalRequest.objects.get(pk=approval.pk)
    assert (stored.status, stored.decided_by, stored.decision_reason) == (
        "rejected",
        "robin",
        "Outside the 30 days",
    )
    assert agents_for_tests.CALLS == []
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.actor_name, entry.action, entry.target_type, entry.target_id) == (
        person,
        "robin",
        "reject",
        "approval",
        str(approval.pk),
    )
    assert entry.before == {
        "status": "pending",
        "arguments": ASKED,
        "first_approved_by": "",
        "required_approvals": 1,
    }
    assert entry.after == {
        "status": "rejected",
        "arguments": ASKED,
        "first_approved_by": "",
        "required_approvals": 1,
        "reason": "Outside the 30 days",
    }


# --- over the HTTP API ------------------------------------------------------------------------------


def api_post(url: str, key: str, body: dict | None = None):
    return Client().post(
        url, body or {}, content_type="application/json", headers={"Authorization": f"Bearer {key}"}
    )


@pytest.mark.django_db
def test_a_managers_staff_key_edits_and_approves_over_the_api(django_capture_on_commit_callbacks):
    approval = parked()
    _, key = actions.do_create_api_key("maria's key", is_staff=True, user=staff_user("maria", "manager"))

    with django_capture_on_commit_callbacks(execute=True):
        response = api_post(
            f"/api/v1/approvals/{approval.pk}/approve",
            key,
            {
                "reason": "Partial refund agreed",
                "arguments": {"order_id": 1234, "amount": "25.00"},
                "arguments_hash": approval.approved_arguments_hash,
            },
        )

    assert response.status_code == 200
    body = response.json()
    assert (body["arguments"], body["approved_arguments"], body["edit_reason"], body["edited_by"]) == (
        ASKED,
        {"order_id": 1234, "amount": "25.00"},
        "Partial refund agreed",
        "maria",
    )
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "25.00"})]
    assert AuditEntry.objects.get().actor_name == "maria"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("key_user", "message"),
    [
        pytest.param(
            None, "deciding approvals needs a staff key of a person with the manager role", id="no-person"
        ),
        pytest.param("support", "deciding approvals needs the manager role", id="support-person"),
    ],
)
@pytest.mark.parametrize("verb", ["approve", "reject"])
def test_a_staff_key_without_a_manager_behind_it_decides_nothing(
    key_user, message, verb, django_capture_on_commit_callbacks
):
    approval = parked()
    user = staff_user("sam", key_user) if key_user else None
    _, key = actions.do_create_api_key("desk key", is_staff=True, user=user)
    before = decision_fields(approval)

    with django_capture_on_commit_callbacks() as callbacks:
        response = api_post(f"/api/v1/approvals/{approval.pk}/{verb}", key, {"reason": "because"})

    assert response.status_code == 403
    assert response.json() == {"code": "forbidden", "message": message}
    assert decision_fields(approval) == before
    assert callbacks == []
    assert agents_for_tests.CALLS == []
