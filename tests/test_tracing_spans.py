"""The runtime writes one trace per run: spans for intake, guard checks, routing, every model call and
attempt, every tool call, approvals and handoffs, in the same transactions as the run's checkpoints."""

import pytest
from django.test import override_settings

from agents import actions
from agents.models import ApprovalRequest, Run
from tests.agents_for_tests import FLAKY_STATE
from tests.runtime_helpers import staff_user, start_turn
from tracing.models import GuardVerdict, LLMCall, Span, ToolCall
from tracing.spans import guard_check_spans, root_span_id, trace_id

pytestmark = pytest.mark.django_db(transaction=True)


def spans_of(run_id) -> list[Span]:
    return list(Span.objects.filter(run_id=run_id).order_by("started_at", "id"))


def test_a_routed_run_with_tools_is_one_tree_of_spans():
    intake, outcome = start_turn("t-desk", "Where is my order 1234?")
    run = Run.objects.get(pk=intake.run.pk)
    spans = spans_of(run.pk)
    by_kind: dict[str, list[Span]] = {}
    for span in spans:
        by_kind.setdefault(span.kind, []).append(span)

    assert [s.name for s in by_kind["intake"]] == ["customer message"]
    assert by_kind["intake"][0].attributes["message_id"] == intake.message.pk
    guard = by_kind["guard"][0]
    assert guard.attributes["stage"] == "input" and guard.attributes["verdict"] == "allow"
    # Every check of the input guard is a child of the guard span, with its score: drawn from the
    # guard's verdict (never stored twice), with ids derived from the guard span's.
    assert "check" not in by_kind
    verdicts = list(GuardVerdict.objects.filter(run=run))
    checks = [s for s in guard_check_spans(spans, verdicts) if s.parent_id == guard.span_id]
    assert checks == guard_check_spans(spans, verdicts)[: len(checks)]  # the same ids on every read
    assert {"size", "injection"} <= {c.name for c in checks}
    assert all("score" in c.attributes for c in checks)
    route = by_kind["route"][0]
    assert route.attributes["intent"] == "orders" and route.attributes["executor"] == "t-two-calls"
    # Three reasoning steps (two tool calls, then the answer), each with its one provider attempt.
    models = by_kind["model"]
    assert len(models) == 3
    attempts = by_kind["llm"]
    assert {a.parent_id for a in attempts} == {m.span_id for m in models}
    assert [t.name for t in by_kind["tool"]] == ["fetch_order", "fetch_tracking"]
    # Every span hangs under the run (the root) or under a span of the same trace.
    ids = {s.span_id for s in spans} | {root_span_id(run.pk)}
    assert all(s.parent_id in ids for s in spans)
    assert len(ids) == len(spans) + 1
    assert trace_id(run.pk) == run.pk.hex
    # The spans' step indexes point at the run's records.
    tool_steps = {tc.tool_call_id: tc.step_index for tc in ToolCall.objects.filter(run=run)}
    for span in by_kind["tool"]:
        assert tool_steps[span.attributes["tool_call_id"]] == span.step_index
    llm_rows = {(c.step_index, c.attempt) for c in LLMCall.objects.filter(run=run)}
    assert {(a.step_index, a.attributes["attempt"]) for a in attempts} == llm_rows
    # Costs and tokens are on the attempts, and each call is tagged with the feature it served.
    assert sum(a.attributes["tokens_in"] for a in attempts) == run.tokens_in
    assert set(LLMCall.objects.filter(run=run).values_list("feature", flat=True)) == {"t-two-calls"}
    assert run.failure_class == ""
    assert outcome.status == Run.Status.COMPLETED


def test_a_tool_retried_before_it_answered_makes_the_run_recoverable():
    FLAKY_STATE["failures_left"] = 2
    intake, outcome = start_turn("t-flaky", "check 1234")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == Run.Status.COMPLETED
    assert run.failure_class == "recoverable"
    tool = Span.objects.get(run=run, kind="tool")
    assert tool.attributes["attempts"] == 3 and tool.status == "ok"


def test_a_loop_is_fatal_and_its_handoff_is_a_span():
    intake, outcome = start_turn("t-looping", "check 7")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == Run.Status.LOOPING
    assert run.failure_class == "fatal"
    handoff = Span.objects.get(run=run, kind="handoff")
    assert handoff.name == "looping" and handoff.error_class == "fatal"


def test_no_provider_and_a_template_is_degraded():
    intake, outcome = start_turn("t-no-script", "where is my order?")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == Run.Status.DEGRADED
    assert run.failure_class == "degraded"
    model = Span.objects.get(run=run, kind="model")
    assert model.status == "error" and model.error_code == "providers_exhausted"
    assert model.error_class == "degraded"


def test_an_approval_is_traced_when_asked_and_when_decided(django_capture_on_commit_callbacks):
    manager = staff_user("maria", "manager")
    intake, outcome = start_turn("t-priced-refund", "Please refund $12.50 on order 1234")
    assert outcome.status == Run.Status.AWAITING_APPROVAL
    asked = Span.objects.get(run_id=intake.run.pk, kind="approval")
    assert asked.attributes["tool"] == "priced_refund"
    approval = ApprovalRequest.objects.get(run_id=intake.run.pk)
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval, actor=manager, approve=True, seen_arguments_hash=approval.approved_arguments_hash
        )
    decided = Span.objects.filter(run_id=intake.run.pk, kind="approval").exclude(pk=asked.pk).get()
    assert decided.attributes["decision"] == "executed"
    assert decided.attributes["decided_by"] == ["maria"]
    executed = Span.objects.get(run_id=intake.run.pk, kind="tool", parent_id=decided.span_id)
    assert executed.attributes["approved"] is True
    run = Run.objects.get(pk=intake.run.pk)
    assert run.status == Run.Status.COMPLETED


@override_settings(HANDRAIL_TRACING=False)
def test_tracing_off_writes_no_spans_and_the_run_is_the_same():
    intake, outcome = start_turn("t-desk", "Where is my order 1234?")
    assert outcome.status == Run.Status.COMPLETED
    assert not Span.objects.filter(run_id=intake.run.pk).exists()
    # The records the runtime resumes from are still written.
    assert LLMCall.objects.filter(run_id=intake.run.pk).count() == 3


def test_spans_of_a_step_commit_with_it_so_a_running_trace_is_readable():
    """A run parked for an approval is not finished, and its trace so far is there already."""
    intake, _ = start_turn("t-priced-refund", "Please refund $3 on order 1234")
    kinds = set(Span.objects.filter(run_id=intake.run.pk).values_list("kind", flat=True))
    assert {"intake", "guard", "model", "llm", "approval"} <= kinds
    assert Run.objects.get(pk=intake.run.pk).status == Run.Status.AWAITING_APPROVAL


def test_a_rejected_approval_is_traced_with_its_reason(django_capture_on_commit_callbacks):
    """The decision's spans are written in the decision's own transaction (no run session there)."""
    intake, _ = start_turn("t-priced-refund", "Please refund $4 on order 1234")
    approval = ApprovalRequest.objects.get(run_id=intake.run.pk)
    manager = staff_user("bob", "manager")
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_decide_approval(
            approval,
            actor=manager,
            approve=False,
            reason="not this one",
            seen_arguments_hash=approval.approved_arguments_hash,
        )
    decided = Span.objects.get(run_id=intake.run.pk, kind="approval", name__startswith="approval rejected")
    assert decided.attributes["reason"] == "not this one"
    assert decided.error_code == "approval_rejected"
    assert not Span.objects.filter(run_id=intake.run.pk, kind="tool", parent_id=decided.span_id).exists()


def test_a_customer_asking_for_a_person_is_a_handoff_not_an_error():
    intake, _ = start_turn("t-desk", "I want a human")
    run = Run.objects.get(pk=intake.run.pk)
    handoff = Span.objects.get(run=run, kind="handoff")
    assert handoff.name == "customer_asked_for_human"
    assert (handoff.status, handoff.error_class) == ("ok", "")
    assert run.failure_class == ""
    # The run's record says what the customer was shown, ticket number included.
    ticket = run.escalations.get().ticket
    assert "{ticket}" not in run.final_text and f"(ticket {ticket})" in run.final_text


def test_a_persons_actions_continue_the_trace_of_the_run_that_handed_over():
    from reviews.actions import do_claim_escalation, do_hand_back, do_send_human_reply

    intake, _ = start_turn("t-desk", "I want a human")
    run = Run.objects.get(pk=intake.run.pk)
    escalation = run.escalations.get()
    sam = staff_user("sam", "support")
    do_claim_escalation(escalation, sam)
    do_send_human_reply(escalation, sam, "Hi, Sam here. Let me look at your order.")
    do_hand_back(escalation, sam, "Order found; the bot can take it from here.")

    human = list(Span.objects.filter(run=run, kind="human").order_by("started_at", "id"))
    assert [s.attributes["action"] for s in human] == ["claim", "reply", "hand_back"]
    assert all(s.parent_id == root_span_id(run.pk) and s.attributes["actor"] == "sam" for s in human)
    claim = human[0]
    # The claim's span is the customer's wait for a person: from the handover to the claim.
    assert claim.started_at == escalation.created_at and claim.duration_ms >= 0
    assert "Let me look" not in str(human[1].attributes)  # the reply's text stays in the message


@override_settings(HANDRAIL_TRACING=False)
def test_with_tracing_off_a_persons_actions_write_no_spans():
    from reviews.actions import do_claim_escalation

    intake, _ = start_turn("t-desk", "I want a human")
    run = Run.objects.get(pk=intake.run.pk)
    do_claim_escalation(run.escalations.get(), staff_user("sam", "support"))
    assert not Span.objects.filter(run=run).exists()
