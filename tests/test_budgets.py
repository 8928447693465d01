"""Budgets per customer per day, per agent per day and per run: a model call reserves its estimated cost
before it is made and settles the real cost after (agents.budgets, the executor's reserve/settle steps).

Model calls go to the simulated provider server over real HTTP (priced models: Claude Sonnet as the
standard tier, GPT-4o mini as the cheap one); the races use the scripted model, priced at the default
rate, so many turns can wait in their model call at once."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from asgiref.sync import async_to_sync
from django.db import connections
from django.test.utils import CaptureQueriesContext

from agents import actions, budgets
from agents.budgets import BudgetExceeded
from agents.definitions import AgentDefinition, CannedTemplate, Limits, register_agent, unregister_agent
from agents.guards.base import CheckConfig
from agents.guards.config import GuardSettings
from agents.models import BudgetLedger, Conversation, Escalation, Message, Run
from agents.providers.base import ChatMessage, ModelRequest
from agents.providers.scripted import register_script, reply
from tests import agents_for_tests
from tests.runtime_helpers import race, start_turn
from tracing.models import LLMCall, Span

STANDARD = ["anthropic:claude-sonnet-4-6"]
CHEAP = ["openai:gpt-4o-mini"]
ORDERS_TEMPLATE = CannedTemplate(
    name="orders", pattern=r"\border\b", text="Order tracking is in your e-mail."
)
ASKED = "Where is my order 1234?"
D = Decimal


def ledger(scope: str, key: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """(spent, reserved, limit) of today's row, None when there is none."""
    return (
        BudgetLedger.objects.filter(scope=scope, key=key, day=budgets.today())
        .values_list("spent_usd", "reserved_usd", "limit_usd")
        .first()
    )


def already_spent(scope: str, key: str, limit: str, spent: str) -> None:
    BudgetLedger.objects.create(
        scope=scope, key=key, day=budgets.today(), limit_usd=D(limit), spent_usd=D(spent)
    )


# --- the ledger ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_reserve_holds_the_estimate_and_settle_books_the_real_cost():
    held = budgets.reserve([("user", "alice", D("1.00")), ("agent", "support", D("50"))], D("0.30"))

    assert held.scopes == (("user", "alice"), ("agent", "support"))
    assert ledger("user", "alice") == (D("0"), D("0.30"), D("1.00"))
    assert ledger("agent", "support") == (D("0"), D("0.30"), D("50"))

    budgets.settle(held, D("0.123456"))

    assert ledger("user", "alice") == (D("0.123456"), D("0"), D("1.00"))
    assert ledger("agent", "support") == (D("0.123456"), D("0"), D("50"))
    assert budgets.usage("user", "alice") == (D("0.123456"), D("0"), D("1.00"))
    assert budgets.fraction_used("user", "alice") == pytest.approx(0.123456)
    assert budgets.usage("user", "nobody") == (D("0"), D("0"), D("0"))
    assert budgets.fraction_used("user", "nobody") == 0.0


@pytest.mark.django_db
def test_a_reservation_fits_to_the_micro_dollar_and_not_one_more():
    already_spent("user", "alice", "1.00", "0.400000")
    budgets.reserve([("user", "alice", D("1.00"))], D("0.35"))

    budgets.reserve([("user", "alice", D("1.00"))], D("0.25"))  # 0.40 + 0.35 + 0.25 = 1.00 exactly
    with pytest.raises(BudgetExceeded) as refused:
        budgets.reserve([("user", "alice", D("1.00"))], D("0.000001"))

    assert (refused.value.scope, refused.value.key, refused.value.code) == (
        "user",
        "alice",
        "budget_exhausted",
    )
    assert refused.value.retryable is False
    assert (refused.value.limit, refused.value.committed) == (D("1.00"), D("1.00"))
    assert ledger("user", "alice") == (D("0.40"), D("0.60"), D("1.00"))


@pytest.mark.django_db
def test_a_call_that_does_not_fit_one_budget_holds_nothing_in_any():
    already_spent("agent", "support", "2.00", "1.95")

    with pytest.raises(BudgetExceeded) as refused:
        budgets.reserve([("user", "alice", D("1.00")), ("agent", "support", D("2.00"))], D("0.10"))

    assert refused.value.scope == "agent"
    assert ledger("user", "alice") is None  # created and reserved in the same transaction: rolled back
    assert ledger("agent", "support") == (D("1.95"), D("0"), D("2.00"))


@pytest.mark.django_db
def test_a_lowered_limit_applies_to_the_next_reservation():
    budgets.reserve([("user", "alice", D("1.00"))], D("0.50"))

    with pytest.raises(BudgetExceeded):
        budgets.reserve([("user", "alice", D("0.60"))], D("0.20"))
    budgets.reserve([("user", "alice", D("0.60"))], D("0.10"))

    assert ledger("user", "alice") == (D("0"), D("0.60"), D("0.60"))


@pytest.mark.django_db
def test_settling_books_what_was_spent_even_past_the_limit_and_never_leaves_reserved_negative():
    held = budgets.reserve([("user", "alice", D("0.10"))], D("0.05"))

    budgets.settle(held, D("0.12"))  # the call cost more than its estimate: the money is spent anyway
    budgets.settle(held, D("0"))  # settled twice (a bug): nothing is released that was not held

    assert ledger("user", "alice") == (D("0.12"), D("0"), D("0.10"))
    assert budgets.fraction_used("user", "alice") == pytest.approx(1.2)
    with pytest.raises(BudgetExceeded):
        budgets.reserve([("user", "alice", D("0.10"))], D("0.000001"))


@pytest.mark.django_db
def test_estimate_is_the_input_at_the_input_price_plus_max_tokens_at_the_output_price():
    request = ModelRequest(
        model="", system="You help.", messages=[ChatMessage(role="user", content=ASKED)], max_tokens=1000
    )
    # 14 tokens in: "You help." 3, the message's framing 3 and "Where is my order 1234?" 8.
    assert budgets.estimate_cost(request, "claude-sonnet-4-6") == D("0.015042")  # 14 x $3 + 1000 x $15 / M
    assert budgets.estimate_cost(request, "gpt-4o-mini") == D("0.000603")  # $0.0006021, rounded up
    assert budgets.estimate_cost(request, "handrail-offline-demo") == 0
    assert budgets.first_model(["offline:handrail-offline-demo", "openai:gpt-4o"]) == "handrail-offline-demo"


# --- concurrency -----------------------------------------------------------------------------------


def reservations_race_for_the_last_dollars() -> None:
    """Eight calls of one customer, each with its own connection, released together with $0.30 left
    and $0.10 each: three are held, five refused, and the day never passes its limit."""
    already_spent("user", "alice", "1.00", "0.70")
    callers = [SimpleNamespace(username=f"call-{n}") for n in range(8)]

    def call(caller):
        return lambda: budgets.reserve([("user", "alice", D("1.00"))], D("0.10"))

    results = race(callers, call, BudgetExceeded)

    held = [name for name, result in results.items() if result == "won"]
    assert len(results) == 8
    assert len(held) == 3
    assert ledger("user", "alice") == (D("0.70"), D("0.30"), D("1.00"))
    refused = [result for result in results.values() if result != "won"]
    assert {(r.scope, r.key) for r in refused} == {("user", "alice")}


@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_near_the_limit_never_overspend_on_sqlite(on_postgres):
    if on_postgres:
        pytest.skip("the SQLite variant (serialised writers); see the postgres one")
    reservations_race_for_the_last_dollars()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_near_the_limit_never_overspend_on_postgres(on_postgres):
    if not on_postgres:
        pytest.skip("needs PostgreSQL (DATABASE_URL): the UPDATE's row lock is what this is about")
    reservations_race_for_the_last_dollars()


def slow_answer(request: ModelRequest):
    return reply(request, "Your order 1234 is on its way.")


# t-two-calls' script under another model name: the desk's cheap tier.
register_script(
    "budget-cheap",
    agents_for_tests.sequence([("fetch_order", {"order_id": 1234}), ("fetch_tracking", {"order_id": 1234})]),
)
# Three seconds in the model call: the racing turns all hold their reservations at the same time.
register_script("budget-slow", slow_answer, latency=3.0)


def turns_of_one_customer_race_for_the_days_budget(settings) -> None:
    """Five turns of one customer released together, the day's budget fitting two calls' estimates:
    two are answered, three handed to a person before any model call, and what was spent (the real
    cost of two calls) stays within the limit."""
    register_agent(
        AgentDefinition(
            name="t-budget-race",
            description="a priced model that takes its time",
            system_prompt="You are the budget race test agent.",
            model_chain=["scripted:budget-slow"],
        )
    )
    try:
        probe = ModelRequest(
            model="",
            system="You are the budget race test agent.",
            messages=[ChatMessage(role="user", content=ASKED)],
            max_tokens=1024,
        )
        estimate = budgets.estimate_cost(probe, "budget-slow")
        # Two calls fit, a third does not while they are held (the turns' own prompts are a little longer
        # than the probe: 20 tokens of pinned facts, $0.00006, against a margin of half an estimate).
        limit = budgets.to_micro_usd(estimate * 2 + estimate / 2)
        settings.HANDRAIL_BUDGET_USER_DAILY_USD = limit
        settings.HANDRAIL_BUDGET_AGENT_DAILY_USD = D("0")
        customers = [SimpleNamespace(username=f"tab-{n}") for n in range(5)]

        def turn(customer):
            conversation = Conversation.objects.create(agent_name="t-budget-race", customer_ref="alice")
            intake = actions.do_post_customer_message(conversation, ASKED)
            return lambda: async_to_sync(actions.execute_claimed_run)(intake)

        results = race(customers, turn, BudgetExceeded)

        assert set(results.values()) == {"won"}  # nobody saw an error: refused turns end kindly
        statuses = sorted(Run.objects.values_list("status", "error_code"))
        assert statuses == [("completed", "")] * 2 + [("limit_exceeded", "budget_exhausted")] * 3
        spent, reserved, stored_limit = ledger("user", "alice")
        real_cost = sum(LLMCall.objects.values_list("cost_usd", flat=True))
        assert (spent, reserved, stored_limit) == (real_cost, D("0"), limit)
        assert LLMCall.objects.count() == 2
        assert spent <= stored_limit
    finally:
        unregister_agent("t-budget-race")


@pytest.mark.django_db(transaction=True)
def test_concurrent_turns_of_one_customer_never_overspend_the_day_on_sqlite(on_postgres, settings):
    if on_postgres:
        pytest.skip("the SQLite variant; see the postgres one")
    turns_of_one_customer_race_for_the_days_budget(settings)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_turns_of_one_customer_never_overspend_the_day_on_postgres(on_postgres, settings):
    if not on_postgres:
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    turns_of_one_customer_race_for_the_days_budget(settings)


# --- the executor: reserve, settle, degrade -----------------------------------------------------------


@pytest.fixture
def define_agent():
    names = []

    def define(name: str, *, tiers: bool = True, templates=(), limits: Limits | None = None, **guard):
        names.append(name)
        return register_agent(
            AgentDefinition(
                name=name,
                description="budget test agent on priced models",
                system_prompt="You are the budget test agent.",
                model_chain=STANDARD,
                model_tiers={"cheap": CHEAP} if tiers else {},
                fallback_templates=list(templates),
                limits=limits or Limits(),
                guard=GuardSettings(**guard),
            )
        )

    yield define
    for name in names:
        unregister_agent(name)


@pytest.fixture
def user_budget(settings):
    settings.HANDRAIL_BUDGET_USER_DAILY_USD = D("0.10")
    settings.HANDRAIL_BUDGET_AGENT_DAILY_USD = D("0")
    settings.HANDRAIL_BUDGET_DEGRADE_AT = 0.8
    return settings


def calls_made(simulator) -> list[str]:
    return [request["api"] for request in simulator.requests]


@pytest.mark.django_db
def test_below_the_degrade_fraction_the_standard_model_answers_and_its_cost_is_booked(
    simulated_llm, user_budget, define_agent
):
    define_agent("t-budget")
    already_spent("user", "alice", "0.10", "0.05")

    intake, outcome = start_turn("t-budget", ASKED)

    assert outcome.status == "completed"
    assert calls_made(simulated_llm) == ["anthropic"]
    call = LLMCall.objects.get(run_id=intake.run.pk)
    assert call.cost_usd > 0
    assert ledger("user", "alice") == (D("0.05") + call.cost_usd, D("0"), D("0.10"))


@pytest.mark.django_db
def test_past_the_degrade_fraction_the_cheap_tier_answers(simulated_llm, user_budget, define_agent):
    define_agent("t-budget")
    already_spent("user", "alice", "0.10", "0.085")  # 85 % used

    intake, outcome = start_turn("t-budget", ASKED)

    assert outcome.status == "completed"
    assert calls_made(simulated_llm) == ["openai"]
    call = LLMCall.objects.get(run_id=intake.run.pk)
    assert (call.provider, call.model) == ("openai", "gpt-4o-mini")
    assert ledger("user", "alice") == (D("0.085") + call.cost_usd, D("0"), D("0.10"))


@pytest.mark.django_db
def test_a_call_the_standard_model_cannot_afford_goes_to_the_cheap_tier(
    simulated_llm, user_budget, define_agent
):
    """Half the budget is left, under the degrade fraction, but not enough for a Sonnet call's
    estimate ($0.0154 for 1024 tokens out): the cheaper model takes it."""
    define_agent("t-budget")
    user_budget.HANDRAIL_BUDGET_USER_DAILY_USD = D("0.02")
    already_spent("user", "alice", "0.02", "0.01")

    _, outcome = start_turn("t-budget", ASKED)

    assert outcome.status == "completed"
    assert calls_made(simulated_llm) == ["openai"]


@pytest.mark.django_db
def test_an_exhausted_budget_serves_a_matching_template_without_a_model_call(
    simulated_llm, user_budget, define_agent
):
    define_agent("t-budget", templates=[ORDERS_TEMPLATE])
    already_spent("user", "alice", "0.10", "0.0999")  # not even the cheap model's estimate fits

    intake, outcome = start_turn("t-budget", ASKED)

    assert (outcome.status, outcome.reply, outcome.error_code) == (
        "degraded",
        ORDERS_TEMPLATE.text,
        "budget_exhausted",
    )
    assert calls_made(simulated_llm) == []
    run = Run.objects.get(pk=intake.run.pk)
    assert (run.status, run.error_code, run.final_text) == (
        "degraded",
        "budget_exhausted",
        ORDERS_TEMPLATE.text,
    )
    assert list(Message.objects.filter(run=run).values_list("role", "text")) == [
        ("assistant", ORDERS_TEMPLATE.text)
    ]
    assert ledger("user", "alice") == (D("0.0999"), D("0"), D("0.10"))
    assert not Escalation.objects.exists()


@pytest.mark.django_db
def test_an_exhausted_budget_without_a_template_hands_the_customer_to_a_person(
    simulated_llm, user_budget, define_agent
):
    agent = define_agent("t-budget", templates=[ORDERS_TEMPLATE])
    already_spent("user", "alice", "0.10", "0.0999")

    intake, outcome = start_turn("t-budget", "Can I change my delivery address?")

    handoff = Escalation.objects.get(run_id=intake.run.pk)
    assert (outcome.status, outcome.error_code) == ("limit_exceeded", "budget_exhausted")
    assert outcome.reply == agent.handoff_message.replace("{ticket}", handoff.ticket)
    assert calls_made(simulated_llm) == []
    assert handoff.reason_code == "budget_exhausted"
    assert Conversation.objects.get(pk=intake.run.conversation_id).holder == "human_queue"
    assert list(Message.objects.filter(run_id=intake.run.pk).values_list("role", "text")) == [
        ("system", outcome.reply)
    ]
    assert ledger("user", "alice") == (D("0.0999"), D("0"), D("0.10"))


@pytest.mark.django_db
def test_an_agents_own_daily_budget_overrides_the_deployments(simulated_llm, user_budget, define_agent):
    user_budget.HANDRAIL_BUDGET_AGENT_DAILY_USD = D("5")
    define_agent("t-budget-tight", tiers=False, agent_daily_budget_usd=D("0.001"))
    define_agent("t-budget-unlimited", tiers=False, agent_daily_budget_usd=D("0"))

    refused, refused_outcome = start_turn("t-budget-tight", ASKED, customer_ref="alice")
    answered, answered_outcome = start_turn("t-budget-unlimited", ASKED, customer_ref="bruno")

    assert (refused_outcome.status, refused_outcome.error_code) == ("limit_exceeded", "budget_exhausted")
    assert answered_outcome.status == "completed"
    assert calls_made(simulated_llm) == ["anthropic"]
    # The refusal rolled back the whole reservation, rows created for it included (one transaction).
    assert ledger("user", "alice") is None
    assert ledger("agent", "t-budget-tight") is None
    assert ledger("agent", "t-budget-unlimited") is None  # 0: no budget, no row
    bruno_cost = LLMCall.objects.get(run_id=answered.run.pk).cost_usd
    assert ledger("user", "bruno") == (bruno_cost, D("0"), D("0.10"))


@pytest.mark.django_db
def test_the_runs_cost_limit_is_checked_before_the_call(simulated_llm, settings, define_agent):
    """No daily budget at all: the run's own limit ($0.01) is below a Sonnet call's estimate. With a
    cheap tier the cheaper model answers; without one no call is made and a person takes over."""
    settings.HANDRAIL_BUDGET_USER_DAILY_USD = D("0")
    settings.HANDRAIL_BUDGET_AGENT_DAILY_USD = D("0")
    define_agent("t-run-cheap", limits=Limits(max_cost_usd=D("0.01")))
    define_agent("t-run-none", tiers=False, limits=Limits(max_cost_usd=D("0.01")))

    _, cheap_outcome = start_turn("t-run-cheap", ASKED, customer_ref="alice")
    stopped, stopped_outcome = start_turn("t-run-none", ASKED, customer_ref="bruno")

    assert cheap_outcome.status == "completed"
    assert calls_made(simulated_llm) == ["openai"]
    assert (stopped_outcome.status, stopped_outcome.error_code) == ("limit_exceeded", "cost_limit")
    run = Run.objects.get(pk=stopped.run.pk)
    assert (run.step_count, run.cost_usd) == (0, D("0"))
    assert Escalation.objects.get(run=run).reason_code == "cost_limit"
    assert not BudgetLedger.objects.exists()


@pytest.mark.django_db
def test_the_degrade_reaches_the_cheap_tier_of_a_desk_when_its_executor_has_none(user_budget):
    """A desk's executors spend from the desk's agent budget; a "cheap" tier declared on the desk
    serves an executor that declares none."""
    user_budget.HANDRAIL_BUDGET_USER_DAILY_USD = D("0")
    desk = register_agent(
        AgentDefinition(
            name="t-budget-desk",
            description="a desk with a cheap tier",
            system_prompt="You route.",
            router=agents_for_tests.KeywordRouter(),
            model_tiers={"cheap": ["scripted:budget-cheap"]},
            guard=GuardSettings(agent_daily_budget_usd=D("1.00")),
        )
    )
    try:
        already_spent("agent", "t-budget-desk", "1.00", "0.90")

        intake, outcome = start_turn(desk.name, ASKED)

        assert outcome.status == "completed"
        models = list(LLMCall.objects.filter(run_id=intake.run.pk).values_list("model", flat=True))
        assert models == ["budget-cheap"] * 3  # not t-two-calls' own "two-calls"
        spent, reserved, _ = ledger("agent", "t-budget-desk")
        assert (spent, reserved) == (D("0.90") + Run.objects.get(pk=intake.run.pk).cost_usd, D("0"))
    finally:
        unregister_agent("t-budget-desk")


@pytest.mark.django_db
def test_a_crash_between_reserve_and_settle_leaves_the_estimate_reserved(user_budget):
    """The model step dies with a bug (not a provider error): the run ends with a handoff and the
    reservation is never settled. It stays counted for the day, so the crash cannot hide spending."""
    intake, outcome = start_turn("t-crashing", ASKED)

    assert (outcome.status, outcome.error_code) == ("failed", "fatal_error")
    spent, reserved, limit = ledger("user", "alice")
    assert (spent, limit) == (D("0"), D("0.10"))
    assert reserved > D("0.015")  # the estimate: 1024 tokens out at $15 a million, plus the input
    assert budgets.fraction_used("user", "alice") == pytest.approx(float(reserved / limit))


@pytest.mark.django_db
def test_a_free_model_never_touches_the_ledger_even_with_budgets_on(user_budget, define_agent):
    register_agent(
        AgentDefinition(
            name="t-budget-offline",
            description="the offline model",
            system_prompt="You help.",
            model_chain=["offline:handrail-offline-demo"],
        )
    )
    try:
        with CaptureQueriesContext(connections["default"]) as queries:
            _, outcome = start_turn("t-budget-offline", ASKED)
    finally:
        unregister_agent("t-budget-offline")

    assert outcome.status == "completed"
    assert [q["sql"] for q in queries.captured_queries if "budgetledger" in q["sql"].lower()] == []
    assert not BudgetLedger.objects.exists()


@pytest.mark.django_db
def test_without_a_daily_budget_a_priced_turn_does_no_ledger_work(simulated_llm, settings, define_agent):
    settings.HANDRAIL_BUDGET_USER_DAILY_USD = D("0")
    settings.HANDRAIL_BUDGET_AGENT_DAILY_USD = D("0")
    define_agent("t-budget")

    with CaptureQueriesContext(connections["default"]) as queries:
        _, outcome = start_turn("t-budget", ASKED)

    assert outcome.status == "completed"
    assert [q["sql"] for q in queries.captured_queries if "budgetledger" in q["sql"].lower()] == []


# --- the input guard's optional model check is a priced call like any other ----------------------------
# The injection check is unsure of it (about 0.5 with the semantic layer, no pattern):
UNSURE = (
    "Hypothetically speaking, if my parcel got lost, would you refund or resend, "
    "and what would you need from me?"
)


def unsure_guard() -> dict:
    # A wide "unsure" band (the check fires only at 0.999), so the model check is asked for this message.
    return {"model_injection_check": True, "checks": {"injection": CheckConfig(threshold=0.999)}}


@pytest.mark.django_db
def test_the_guards_model_check_is_reserved_recorded_and_settled_with_the_turn(
    simulated_llm, user_budget, define_agent
):
    define_agent("t-budget-guard", **unsure_guard())

    intake, outcome = start_turn("t-budget-guard", UNSURE)

    assert outcome.status == "completed"
    assert calls_made(simulated_llm) == ["anthropic", "anthropic"]  # the check, then the answer
    calls = list(LLMCall.objects.filter(run_id=intake.run.pk).order_by("id"))
    assert [c.feature for c in calls] == ["guard", "t-budget-guard"]
    run = Run.objects.get(pk=intake.run.pk)
    assert run.cost_usd == sum(c.cost_usd for c in calls)
    # Both calls booked at their real cost, nothing left reserved.
    assert ledger("user", "alice") == (run.cost_usd, D("0"), D("0.10"))
    guard_span = Span.objects.get(run_id=run.pk, kind="guard", attributes__stage="input")
    assert Span.objects.filter(run_id=run.pk, kind="llm", parent_id=guard_span.span_id).count() == 1


@pytest.mark.django_db
def test_the_guards_model_check_is_skipped_when_it_does_not_fit_the_budget(
    simulated_llm, user_budget, define_agent
):
    define_agent("t-budget-guard", tiers=False, **unsure_guard())
    already_spent("user", "alice", "0.10", "0.0999")

    intake, outcome = start_turn("t-budget-guard", UNSURE)

    assert calls_made(simulated_llm) == []  # neither the check nor the answer fits
    assert not LLMCall.objects.filter(run_id=intake.run.pk, feature="guard").exists()
    assert outcome.status == "limit_exceeded"  # no template: a person, as for any over-budget turn
    assert ledger("user", "alice") == (D("0.0999"), D("0"), D("0.10"))


@pytest.mark.django_db
def test_a_turns_settlement_commits_with_its_step_not_on_its_own(simulated_llm, user_budget, define_agent):
    """The settle UPDATE runs inside a checkpoint's transaction: one commit fewer per priced call."""
    define_agent("t-budget")
    with CaptureQueriesContext(connections["default"]) as queries:
        _, outcome = start_turn("t-budget", ASKED)
    assert outcome.status == "completed"
    statements = [q["sql"] for q in queries.captured_queries]
    settles = [i for i, sql in enumerate(statements) if "budgetledger" in sql.lower() and "CASE WHEN" in sql]
    assert settles
    for index in settles:
        # Inside the block the checkpoint opened (its savepoint within the test's transaction): the run's
        # UPDATE and the settlement, with no release in between.
        opened = max(i for i in range(index) if statements[i].startswith("SAVEPOINT"))
        block = statements[opened:index]
        assert any(sql.startswith('UPDATE "agents_run"') for sql in block)
        assert not any(sql.startswith("RELEASE SAVEPOINT") for sql in block)
