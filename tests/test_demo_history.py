"""The demo's week of history: real runs of the demo desk, moved back in time consistently."""

from __future__ import annotations

import gc
import random
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Sum
from django.utils import timezone

from agents.models import ApprovalRequest, Conversation, Escalation, Message, Run, RunStep
from demo_shop import history
from demo_shop.history import GUARDED_MESSAGES, PERSON_REQUESTS, REFUND_REQUESTS, plan_history, seed_history
from tracing import actions as tracing_actions
from tracing import dashboards
from tracing.models import AuditEntry, GuardVerdict, LLMCall, ModelPrice, Span, ToolCall

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def tool_threads():
    """Sync tools run in worker threads with their own database connections; collecting the finished
    threads closes them, so the test database can be dropped at the end of the session."""
    yield
    gc.collect()


def seed_shop() -> None:
    call_command("seed_demo", "--no-history", stdout=StringIO())


def price_the_offline_model() -> None:
    # The offline demo model is free; with a price its calls cost something, so the sums below are
    # sums of real amounts and not of zeros. (A transactional test starts without the seeded prices.)
    values = {
        "input_per_mtok": "3",
        "output_per_mtok": "15",
        "cached_input_per_mtok": "0.3",
        "as_of": "2026-11-21",
        "source": "a test's price for the offline model",
        "actor": None,
        "actor_name": "test",
    }
    seeded = ModelPrice.objects.filter(model_prefix="handrail-offline").first()
    if seeded is None:
        tracing_actions.add_price(model_prefix="handrail-offline", **values)
    else:
        tracing_actions.update_price(seeded, **values)


def counts() -> dict[str, int]:
    models = (Conversation, Message, Run, RunStep, LLMCall, ToolCall, GuardVerdict, Span)
    return {model.__name__: model.objects.count() for model in (*models, Escalation, ApprovalRequest)}


def timestamps(conversation: Conversation) -> dict[tuple[str, object, str], object]:
    """Every time a conversation's rows carry, keyed by (table, row, field)."""
    rows = {
        ("conversation", conversation.pk, "created_at"): Conversation.objects.get(
            pk=conversation.pk
        ).created_at
    }
    runs = {"run__conversation": conversation}
    for table, queryset, fields in (
        ("message", Message.objects.filter(conversation=conversation), ("created_at",)),
        (
            "run",
            Run.objects.filter(conversation=conversation),
            ("created_at", "finished_at", "lease_expires_at"),
        ),
        ("step", RunStep.objects.filter(**runs), ("created_at",)),
        ("llm", LLMCall.objects.filter(**runs), ("created_at",)),
        ("tool", ToolCall.objects.filter(**runs), ("created_at",)),
        ("guard", GuardVerdict.objects.filter(**runs), ("created_at",)),
        ("span", Span.objects.filter(**runs), ("started_at",)),
        (
            "escalation",
            Escalation.objects.filter(conversation=conversation),
            ("created_at", "claimed_at", "closed_at"),
        ),
        ("approval", ApprovalRequest.objects.filter(**runs), ("created_at", "expires_at", "decided_at")),
    ):
        for row in queryset.values("pk", *fields):
            for field in fields:
                rows[(table, row["pk"], field)] = row[field]
    return rows


def test_a_conversation_moves_back_in_time_as_one_piece():
    seed_shop()
    played = history.play(history.PlannedConversation("bruno", ("I want to talk to a person",)))
    played_twice = history.play(
        history.PlannedConversation("alice", ("Where is my order 1234?", "is return shipping free?"))
    )
    before = timestamps(played.conversation)
    untouched = timestamps(played_twice.conversation)
    by = timedelta(days=3, hours=5, minutes=7, microseconds=11)

    history.shift_conversation(played.conversation, -by)

    after = timestamps(played.conversation)
    assert after.keys() == before.keys()
    assert {key for key in before if key[0] == "span"}  # spans, an escalation: the whole trace moved
    assert {key for key in before if key[0] == "escalation"}
    assert after == {key: None if value is None else value - by for key, value in before.items()}
    # Another conversation's rows stay where they were.
    assert timestamps(played_twice.conversation) == untouched


def test_seed_history_spreads_real_runs_over_the_days_and_their_costs_add_up():
    seed_shop()
    price_the_offline_model()
    conversations, days, seed = 16, 4, 3
    plan = plan_history(conversations, random.Random(seed))  # noqa: S311 - the plan seed_history makes

    result = seed_history(conversations=conversations, days=days, seed=seed)
    now = timezone.now()

    assert (result.conversations, result.already_there) == (conversations, False)
    assert Conversation.objects.filter(agent_name="support").count() == conversations
    assert Run.objects.count() == result.runs
    # Every conversation had its first turn; a turn that parked or handed off was its last.
    assert set(Run.objects.values_list("conversation_id", flat=True)) == set(
        Conversation.objects.values_list("pk", flat=True)
    )
    assert Message.objects.filter(role="customer").count() == result.runs
    # The plan's customers and first messages are the conversations' own.
    first_messages = sorted(
        (c.customer_ref, c.messages.filter(role="customer").order_by("id").first().text)
        for c in Conversation.objects.all()
    )
    assert first_messages == sorted((p.customer_ref, p.turns[0]) for p in plan)

    # Spread: the last `days` days, each with runs (just after midnight UTC, today has no past hour).
    today = now.date()
    last_days = {today - timedelta(days=back) for back in range(days)}
    seen_days = set(Run.objects.dates("created_at", "day"))
    assert seen_days <= last_days
    assert len(seen_days) >= days - 1
    # Nothing is in the future, and each run's calls, steps and verdicts lie inside the run.
    for model, field in (
        (Conversation, "created_at"),
        (Message, "created_at"),
        (Run, "created_at"),
        (Run, "finished_at"),
        (RunStep, "created_at"),
        (LLMCall, "created_at"),
        (ToolCall, "created_at"),
        (GuardVerdict, "created_at"),
        (Span, "started_at"),
        (Escalation, "created_at"),
    ):
        assert not model.objects.filter(**{f"{field}__gt": now}).exists(), (model, field)
    # Every row moved with its conversation (one left behind would be days away from it): a
    # conversation took seconds to play, so all its rows lie within the hour after it began.
    for conversation in Conversation.objects.all():
        began = conversation.created_at
        hour = (began, began + timedelta(hours=1))
        of_runs = {"run__conversation": conversation}
        for queryset, field in (
            (Message.objects.filter(conversation=conversation), "created_at"),
            (Run.objects.filter(conversation=conversation), "created_at"),
            (Run.objects.filter(conversation=conversation), "finished_at"),
            (RunStep.objects.filter(**of_runs), "created_at"),
            (LLMCall.objects.filter(**of_runs), "created_at"),
            (ToolCall.objects.filter(**of_runs), "created_at"),
            (GuardVerdict.objects.filter(**of_runs), "created_at"),
            (Span.objects.filter(**of_runs), "started_at"),
            (Escalation.objects.filter(conversation=conversation), "created_at"),
        ):
            outside = queryset.exclude(**{f"{field}__range": hour}).exclude(**{f"{field}": None})
            assert not outside.exists(), (queryset.model, field, conversation)

    # Real runs: every run has its trace, model calls were made, the desk routed to its executors.
    assert set(Span.objects.values_list("run_id", flat=True)) == set(Run.objects.values_list("pk", flat=True))
    assert LLMCall.objects.filter(model="handrail-offline-demo").count() == LLMCall.objects.count()
    assert set(Run.objects.exclude(executor_name="").values_list("executor_name", flat=True)) <= {
        "orders",
        "returns",
        "account",
        "help",
    }
    # The customers who asked for a person got one: a colleague claimed, replied and resolved it, and
    # the run's trace goes on with those actions. The inbox keeps only what is waiting now.
    asked = sum(p.turns[0] in {text for _, text in PERSON_REQUESTS} for p in plan)
    assert asked >= 1
    handled = Escalation.objects.filter(reason_code="customer_asked_for_human", status="resolved")
    assert handled.count() == asked
    assert not Escalation.objects.filter(status__in=["open", "claimed"]).exists()
    for escalation in handled:
        actions_traced = Span.objects.filter(run_id=escalation.run_id, kind="human")
        assert sorted(actions_traced.values_list("attributes__action", flat=True)) == [
            "claim",
            "reply",
            "resolve",
        ]
        assert escalation.created_at <= escalation.claimed_at <= escalation.closed_at <= timezone.now()
    # The input guard stopped the attacks and the nonsense (the card number is only redacted).
    stopped = sum(p.turns[0] in {text for _, text in GUARDED_MESSAGES if "card" not in text} for p in plan)
    refused = GuardVerdict.objects.filter(stage="input", verdict="refuse")
    assert refused.count() == stopped
    # The refunds wait for a manager: recent, pending and not about to expire.
    approvals = ApprovalRequest.objects.all()
    assert approvals.count() == len(REFUND_REQUESTS)
    for approval in approvals:
        assert approval.status == "pending"
        assert now - timedelta(minutes=history.PARKED_WITHIN_MINUTES) <= approval.created_at <= now
        assert approval.expires_at > now + timedelta(hours=20)

    # Every run costs the sum of its calls, and the dashboard's hours add up to all the calls.
    total = LLMCall.objects.aggregate(total=Sum("cost_usd"))["total"]
    assert total > 0
    for run in Run.objects.all():
        calls = LLMCall.objects.filter(run=run).aggregate(total=Sum("cost_usd"))["total"] or Decimal(0)
        assert run.cost_usd == calls, run
    hour = now.replace(minute=0, second=0, microsecond=0)
    by_hour = dashboards.cost_by_hour(hour - timedelta(days=days), hour + timedelta(hours=1))
    assert sum(by_hour.values()) == total
    assert len([cost for cost in by_hour.values() if cost]) >= days - 1  # spread, not one spike

    # The marker says where the runs came from.
    marker = AuditEntry.objects.get(action="seed_demo_history")
    assert marker.after == {"conversations": conversations, "runs": result.runs, "days": days, "seed": seed}


def test_seed_demo_plays_the_history_once():
    first = StringIO()
    call_command("seed_demo", stdout=first)
    made = counts()
    second = StringIO()
    call_command("seed_demo", stdout=second)

    runs = Run.objects.count()
    assert (
        f"demo history: 60 conversations, {runs} runs over the last 7 days" in first.getvalue().splitlines()
    )
    assert "demo history: already there, nothing added" in second.getvalue().splitlines()
    assert counts() == made
    assert Conversation.objects.count() == 60
    assert seed_history().already_there
    assert counts() == made


def test_no_history_seeds_only_the_shop():
    out = StringIO()
    call_command("seed_demo", "--no-history", stdout=out)

    assert "demo history" not in out.getvalue()
    assert (Conversation.objects.count(), Run.objects.count()) == (0, 0)
    assert not history.history_exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"conversations": 0}, "conversations and days must be at least 1"),
        ({"conversations": -5}, "conversations and days must be at least 1"),
        ({"days": 0}, "conversations and days must be at least 1"),
    ],
)
def test_seed_history_refuses_nonsense_counts(arguments, message):
    with pytest.raises(ValueError, match=message):
        seed_history(**arguments)
    assert Conversation.objects.count() == 0


@pytest.mark.parametrize("argument", ["--history=3", "--no-history=yes", "--conversations=-1"])
def test_seed_demo_refuses_unknown_arguments(argument):
    with pytest.raises(CommandError):
        call_command("seed_demo", argument, stdout=StringIO())
    assert Conversation.objects.count() == 0
