"""Costs: the price table (lookup, the per-process copy and how a change reaches it), costs per call,
run, conversation, customer, agent, executor and feature adding up, re-pricing past calls (the action
and `manage.py reprice`), and the console's price page (who may do what, and bad input).

Runs on SQLite and on PostgreSQL (DATABASE_URL); the shared price table lives in Django's cache
(Redis with REDIS_URL)."""

from __future__ import annotations

import importlib
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

from agents.models import Conversation, Run
from tests.runtime_helpers import staff_user, start_turn
from tracing import actions, costs, pricing
from tracing.actions import PriceError
from tracing.models import AuditEntry, LLMCall, ModelPrice

pytestmark = pytest.mark.django_db

D = Decimal
SEED = importlib.import_module("tracing.migrations.0005_seed_model_prices")
DAY = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
HTMX = {"HX-Request": "true"}
# The start of the messages a bad model name or price gets (tracing.actions.check_*).
CHARS = "Model names use only ASCII letters, digits and . _ : / @ + - (this one has"
NOT_A_NUMBER = "must be a number in USD per million tokens, e.g. 2.50."
NOT_A_DAY = "must be a day written YYYY-MM-DD, e.g. 2026-11-01."


@pytest.fixture(autouse=True)
def seeded_prices():
    """The seeded rows, as the migration writes them (a transactional test earlier in the session may
    have flushed the table), and no price table left over in this process or the cache, before and
    after: a test's rolled-back price must not price the next test's calls."""
    SEED.seed(django_apps, None)
    pricing.forget_prices()
    yield
    pricing.forget_prices()


def set_price(prefix: str, price_in: str, price_out: str, price_cached: str, commit) -> ModelPrice:
    """Change a row through the action, its on-commit publication run as a real commit would."""
    row = ModelPrice.objects.get(model_prefix=prefix)
    with commit(execute=True):
        actions.update_price(
            row,
            input_per_mtok=price_in,
            output_per_mtok=price_out,
            cached_input_per_mtok=price_cached,
            as_of="2026-11-20",
            source="https://example.com/prices",
            actor=None,
            actor_name="test",
        )
    return row


def conversation(customer: str = "alice", agent: str = "desk") -> Conversation:
    return Conversation.objects.create(agent_name=agent, customer_ref=customer)


def run_of(conv: Conversation, *, executor: str = "", status: str = "completed", agent: str = "") -> Run:
    return Run.objects.create(
        conversation=conv, agent_name=agent or conv.agent_name, executor_name=executor, status=status
    )


def call(run: Run, model: str, tokens_in: int, tokens_out: int, cached: int = 0, *, feature: str = "",
         at: datetime = DAY, cost: Decimal | None = None) -> LLMCall:  # fmt: skip
    """A recorded model call priced as the runtime prices it (or at `cost`), added to its run's total
    the way a checkpoint adds it."""
    price = pricing.cost_usd(model, tokens_in, tokens_out, cached) if cost is None else cost
    made = LLMCall.objects.create(
        run=run, step_index=run.step_count, provider="test", model=model, request={}, tokens_in=tokens_in,
        tokens_out=tokens_out, tokens_cached=cached, cost_usd=price, feature=feature, created_at=at,
    )  # fmt: skip
    Run.objects.filter(pk=run.pk).update(step_count=run.step_count + 1)
    run.step_count += 1
    run.cost_usd = D(run.cost_usd) + price
    run.save(update_fields=["cost_usd"])
    return made


# --- the price table ----------------------------------------------------------------------------------------


def test_the_seed_migration_and_the_fallback_prices_are_the_same_table():
    assert {p: v[:3] for p, v in SEED.SEED_PRICES.items()} == pricing.FALLBACK_PRICES
    rows = {
        p.model_prefix: (p.input_per_mtok, p.output_per_mtok, p.cached_input_per_mtok, p.as_of, p.source)
        for p in ModelPrice.objects.all()
    }
    for prefix, (price_in, price_out, price_cached, as_of, source) in SEED.SEED_PRICES.items():
        assert rows[prefix] == (D(price_in), D(price_out), D(price_cached), as_of, source)
        assert as_of == date(2026, 11, 21)
        assert source


@pytest.mark.parametrize(
    "model, prefix, prices",
    [
        ("gpt-4o-mini-2024-07-18", "gpt-4o-mini", ("0.15", "0.60", "0.075")),  # not gpt-4o
        ("gpt-4o-2024-08-06", "gpt-4o", ("2.50", "10", "1.25")),
        ("gpt-4.1-nano", "gpt-4.1-nano", ("0.10", "0.40", "0.025")),
        ("claude-opus-4-5-20251101", "claude-opus-4-5", ("5", "25", "0.50")),
        ("claude-opus-4-1-20250805", "claude-opus-4", ("15", "75", "1.50")),  # 4.1 is still the old price
        ("claude-opus-5-5", "claude-opus-5-5", ("4", "20", "0.20")),
        ("claude-opus-5", "claude-opus-5", ("5", "25", "0.50")),
        ("claude-sonnet-4-5", "claude-sonnet-4", ("3", "15", "0.30")),
        ("claude-sonnet-5-5", "claude-sonnet-5-5", ("2", "10", "0.10")),
        ("claude-haiku-5-5", "claude-haiku-5-5", ("0.10", "0.50", "0.01")),
        ("gpt-6.1-sol", "gpt-6.1-sol", ("2", "10", "0.10")),
        ("gpt-6-sol", "gpt-6-sol", ("2", "10", "0.20")),
        ("handrail-offline-demo", "handrail-offline", ("0", "0", "0")),
        ("mistral-large-latest", "", ("3", "15", "0.30")),  # unknown: the default, never free
        ("", "", ("3", "15", "0.30")),
    ],
)
def test_the_longest_matching_prefix_prices_a_model(model, prefix, prices):
    found = pricing.price_of(model)
    assert found.prefix == prefix
    assert pricing.price_for(model) == tuple(D(p) for p in prices)


def test_a_call_costs_its_uncached_cached_and_output_tokens_to_the_micro_dollar():
    # claude-sonnet-4: $3 in, $0.30 cached, $15 out per million
    assert pricing.cost_usd("claude-sonnet-4-5", 10_000, 2_000, 4_000) == D("0.018000") + D("0.001200") + D(
        "0.030000"
    )
    assert pricing.cost_usd("gpt-4o-mini", 1, 1) == D("0.000001")  # $0.00000075, to the nearest micro-dollar
    assert pricing.cost_usd("handrail-offline-demo", 50_000, 9_000, 1_000) == D("0.000000")


def test_a_saved_price_is_used_once_its_transaction_commits(django_capture_on_commit_callbacks):
    assert pricing.price_for("gpt-4o") == (D("2.50"), D("10"), D("1.25"))
    row = ModelPrice.objects.get(model_prefix="gpt-4o")
    with django_capture_on_commit_callbacks(execute=False) as pending:
        actions.update_price(
            row, input_per_mtok="2", output_per_mtok="8", cached_input_per_mtok="1", as_of="2026-11-20",
            source="", actor=None, actor_name="test",
        )  # fmt: skip
        # Not committed yet: the process keeps pricing with what is committed (a rollback would
        # otherwise leave a price nobody saved).
        assert pricing.price_for("gpt-4o") == (D("2.50"), D("10"), D("1.25"))
    assert len(pending) == 1
    pending[0]()  # the commit
    assert pricing.price_for("gpt-4o-2024-08-06") == (D("2"), D("8"), D("1"))
    assert pricing.cost_usd("gpt-4o", 1_000_000, 0) == D("2.000000")


def test_a_deleted_row_hands_its_models_to_the_next_longest_prefix(django_capture_on_commit_callbacks):
    assert pricing.price_of("gpt-4o-mini").prefix == "gpt-4o-mini"
    with django_capture_on_commit_callbacks(execute=True):
        actions.delete_price(ModelPrice.objects.get(model_prefix="gpt-4o-mini"), actor=None, actor_name="t")
    assert pricing.price_of("gpt-4o-mini").prefix == "gpt-4o"
    entry = AuditEntry.objects.get(action="price_delete")
    assert (entry.target_type, entry.target_id, entry.before["input_per_mtok"]) == (
        "model_price",
        "gpt-4o-mini",
        "0.15",
    )


def test_another_process_change_arrives_through_the_published_table(monkeypatch):
    """Another worker saved a price: it published a new table with a new token. This process adopts it
    at its next version check, without reading the database."""
    assert pricing.price_for("gpt-4o") == (D("2.50"), D("10"), D("1.25"))
    published = pricing.PriceTable.build(
        [("gpt-4o", "9", "99", "0.9")], token="other-process", source="database"
    )
    cache.set(pricing.SHARED_KEY, published.to_shared(), pricing.SHARED_SECONDS)

    def no_database():
        raise AssertionError("the published table is enough: no database read")

    monkeypatch.setattr(pricing, "load_table", no_database)
    monkeypatch.setattr(pricing, "VERSION_CHECK_SECONDS", 10_000)
    assert pricing.price_for("gpt-4o") == (D("2.50"), D("10"), D("1.25"))  # checked less than 10,000 s ago
    monkeypatch.setattr(pricing, "VERSION_CHECK_SECONDS", 0)
    assert pricing.price_for("gpt-4o") == (D("9"), D("99"), D("0.9"))
    assert pricing.current_table().token == "other-process"


def test_a_cache_outage_never_fails_a_model_call(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "add", broken)
    monkeypatch.setattr(cache, "set", broken)
    assert pricing.price_for("claude-haiku-4-5") == (D("1"), D("5"), D("0.10"))  # read from the database
    assert pricing.current_table().source == "database"


def test_an_empty_table_prices_with_the_seed_prices_not_the_default():
    ModelPrice.objects.all().delete()
    pricing.forget_prices()
    assert pricing.current_table().source == "fallback"
    assert pricing.price_for("scripted") == (D("1"), D("2"), D("0.10"))
    assert pricing.price_for("handrail-offline-demo") == (D("0"), D("0"), D("0"))


def test_an_unreadable_table_prices_with_the_seed_prices_and_retries(monkeypatch):
    def missing_table():
        raise DatabaseError('relation "tracing_modelprice" does not exist')

    monkeypatch.setattr(pricing, "load_table", missing_table)
    monkeypatch.setattr(pricing, "VERSION_CHECK_SECONDS", 0)
    assert pricing.current_table().source == "unavailable"
    assert pricing.price_for("gpt-4o") == (D("2.50"), D("10"), D("1.25"))
    monkeypatch.undo()
    pricing._checked_at = float("-inf")  # the next check comes (time passing, without waiting)
    assert pricing.current_table().source == "database"


async def test_a_lookup_in_the_event_loop_never_queries_and_a_refresh_reads_the_table():
    """The executor prices calls from async code, where Django refuses database queries: a lookup there
    uses this process's copy (or the fallback); `refresh_prices`, awaited when a run starts, reads the
    table through Django's sync thread."""
    pricing.forget_prices()
    assert pricing.current_table().source == "unavailable"  # no query from inside the loop
    await pricing.refresh_prices()
    assert pricing.current_table().source in ("database", "fallback")
    assert pricing.price_for("claude-opus-4-6") == (D("5"), D("25"), D("0.50"))


def test_the_runtime_records_calls_at_the_table_price(django_capture_on_commit_callbacks):
    """An agent's turn through the executor: its calls are priced by the table as it is now."""
    intake, _ = start_turn("t-two-calls")
    model = LLMCall.objects.filter(run_id=intake.run.pk).values_list("model", flat=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        ModelPrice.objects.update_or_create(
            model_prefix=model,
            defaults={
                "input_per_mtok": 7,
                "output_per_mtok": 11,
                "cached_input_per_mtok": 0,
                "as_of": date(2026, 11, 20),
            },
        )
    intake, _ = start_turn("t-two-calls", customer_ref="bruno")
    calls = list(LLMCall.objects.filter(run_id=intake.run.pk))
    assert calls
    seven_eleven = pricing.Price(D(7), D(11), D(0))
    for made in calls:
        assert made.cost_usd == seven_eleven.cost(made.tokens_in, made.tokens_out, made.tokens_cached)
    assert Run.objects.get(pk=intake.run.pk).cost_usd == sum(c.cost_usd for c in calls)


# --- costs by dimension -------------------------------------------------------------------------------------


@pytest.fixture
def usage():
    """Two customers, a desk with two executors and a plain agent, calls over three days."""
    alice, bruno = conversation("alice", "desk"), conversation("bruno", "desk")
    plain = conversation("alice", "faq")
    orders = run_of(alice, executor="orders")
    refunds = run_of(alice, executor="refunds")
    bruno_orders = run_of(bruno, executor="orders")
    faq = run_of(plain)
    calls = [
        call(orders, "claude-haiku-4-5", 1_200, 40, feature="routing", at=DAY - timedelta(days=1)),
        call(orders, "claude-sonnet-4-5", 3_333, 777, 1_111, feature="orders", at=DAY),
        call(orders, "claude-sonnet-4-5", 2_001, 303, feature="orders", at=DAY),
        call(refunds, "claude-haiku-4-5", 999, 12, feature="routing", at=DAY),
        call(refunds, "gpt-4o-mini", 4_321, 1_234, 2_000, feature="refunds", at=DAY + timedelta(days=1)),
        call(bruno_orders, "claude-sonnet-4-5", 1_500, 250, feature="orders", at=DAY),
        call(bruno_orders, "claude-haiku-4-5", 800, 30, feature="guard", at=DAY),
        call(faq, "gpt-4o", 2_222, 111, 222, feature="faq", at=DAY + timedelta(days=1)),
    ]
    return {"alice": alice, "bruno": bruno, "plain": plain, "orders": orders, "refunds": refunds,
            "bruno_orders": bruno_orders, "faq": faq, "calls": calls}  # fmt: skip


def exact(made: list[LLMCall]) -> Decimal:
    return sum((c.cost_usd for c in made), D("0"))


def test_a_run_costs_exactly_the_sum_of_its_calls_and_its_counter_agrees(usage):
    for name in ("orders", "refunds", "bruno_orders", "faq"):
        run = Run.objects.get(pk=usage[name].pk)
        mine = [c for c in usage["calls"] if c.run_id == run.pk]
        got = costs.run_cost(run.pk)
        assert got.cost_usd == exact(mine) == run.cost_usd
        assert (got.calls, got.tokens_in, got.tokens_out, got.tokens_cached) == (
            len(mine),
            sum(c.tokens_in for c in mine),
            sum(c.tokens_out for c in mine),
            sum(c.tokens_cached for c in mine),
        )
    one = usage["calls"][1]
    assert (
        costs.call_cost(one.pk).cost_usd == one.cost_usd == D("0.018654")
    )  # 2,222 x $3 + 1,111 x $0.30 + 777 x $15


def test_a_conversation_costs_the_sum_of_its_runs(usage):
    alice = costs.conversation_cost(usage["alice"].pk)
    runs = Run.objects.filter(conversation=usage["alice"])
    assert (
        alice.cost_usd
        == sum(r.cost_usd for r in runs)
        == costs.run_cost(usage["orders"].pk).cost_usd + (costs.run_cost(usage["refunds"].pk).cost_usd)
    )
    assert alice.calls == 5


def test_every_dimension_splits_the_same_total(usage):
    everything = costs.usage_between()
    assert everything.cost_usd == exact(usage["calls"])
    assert everything.calls == 8
    for dimension in costs.Dimension:
        rows = costs.by(dimension)
        assert sum((r.usage.cost_usd for r in rows), D(0)) == everything.cost_usd, dimension
        assert sum(r.usage.calls for r in rows) == 8
        assert [r.usage.cost_usd for r in rows] == sorted((r.usage.cost_usd for r in rows), reverse=True)


def test_costs_per_customer_agent_executor_and_feature(usage):
    calls = usage["calls"]
    by_customer = {r.key: r.usage.cost_usd for r in costs.by("customer")}
    assert by_customer == {"alice": exact(calls[:5] + calls[7:]), "bruno": exact(calls[5:7])}
    assert costs.customer_cost("bruno").cost_usd == by_customer["bruno"]
    by_agent = {r.key: r.usage.cost_usd for r in costs.by("agent")}
    assert by_agent == {"desk": exact(calls[:7]), "faq": exact(calls[7:])}
    assert costs.agent_cost("desk").cost_usd == by_agent["desk"]
    # A plain agent (no router) is its own executor.
    by_executor = {r.key: r.usage.cost_usd for r in costs.by("executor")}
    assert by_executor == {
        "orders": exact(calls[:3] + calls[5:7]),
        "refunds": exact(calls[3:5]),
        "faq": exact(calls[7:]),
    }
    assert costs.executor_cost("faq").cost_usd == by_executor["faq"]
    assert costs.executor_cost("orders").cost_usd == by_executor["orders"]
    by_feature = {r.key: (r.usage.calls, r.usage.cost_usd) for r in costs.by("feature")}
    assert by_feature == {
        "routing": (2, exact([calls[0], calls[3]])),
        "orders": (3, exact([calls[1], calls[2], calls[5]])),
        "refunds": (1, calls[4].cost_usd),
        "guard": (1, calls[6].cost_usd),
        "faq": (1, calls[7].cost_usd),
    }
    assert costs.feature_cost("routing").cost_usd == by_feature["routing"][1]


def test_a_date_range_takes_whole_utc_days(usage):
    calls = usage["calls"]
    middle = costs.day_range(date(2026, 11, 10), date(2026, 11, 10))
    assert middle == (datetime(2026, 11, 10, tzinfo=UTC), datetime(2026, 11, 11, tzinfo=UTC))
    assert costs.usage_between(*middle).cost_usd == exact(calls[1:4] + calls[5:7])
    assert costs.usage_between(*costs.day_range(date(2026, 11, 10), None)).calls == 7
    assert costs.usage_between(*costs.day_range(None, date(2026, 11, 9))).calls == 1
    days = {r.key: r.usage.calls for r in costs.by("day")}
    assert days == {date(2026, 11, 9): 1, date(2026, 11, 10): 5, date(2026, 11, 11): 2}
    assert costs.conversation_cost(usage["alice"].pk, *middle).calls == 3


def test_many_tiny_costs_add_up_to_the_micro_dollar():
    """SQLite keeps decimals as floats: sums are done in whole micro-dollars so they stay exact."""
    run = run_of(conversation())
    for _ in range(300):
        call(run, "gpt-4o-mini", 1, 1, cost=D("0.000001"))
    for _ in range(300):
        call(run, "gpt-4o-mini", 1, 1, cost=D("0.100003"))
    assert costs.run_cost(run.pk).cost_usd == D("30.001200") == Run.objects.get(pk=run.pk).cost_usd


# --- re-pricing past calls ---------------------------------------------------------------------------------


def test_reprice_applies_a_new_price_to_past_calls_and_their_runs(usage, django_capture_on_commit_callbacks):
    calls, before = usage["calls"], costs.usage_between().cost_usd
    set_price("claude-sonnet-4", "1", "5", "0.10", django_capture_on_commit_callbacks)
    admin = staff_user("ada", "admin")

    result = actions.reprice_calls(actor=admin)

    sonnet = [c for c in calls if c.model == "claude-sonnet-4-5"]
    for made in sonnet:
        made.refresh_from_db()
        assert made.cost_usd == pricing.cost_usd(
            made.model, made.tokens_in, made.tokens_out, made.tokens_cached
        )
    assert (result.calls_matched, result.calls_changed, result.runs_changed) == (8, 3, 2)
    assert result.total_before == before
    assert result.total_after == costs.usage_between().cost_usd < before
    for run in Run.objects.all():
        assert run.cost_usd == costs.run_cost(run.pk).cost_usd
    alice = Run.objects.filter(conversation=usage["alice"])
    assert costs.conversation_cost(usage["alice"].pk).cost_usd == sum(r.cost_usd for r in alice)
    entry = AuditEntry.objects.get(action="reprice")
    assert (entry.actor, entry.actor_name, entry.target_type, entry.target_id) == (
        admin,
        "ada",
        "model_calls",
        "*",
    )
    assert entry.before == {"scope": "calls of every model, all time", "total_usd": str(before)}
    assert entry.after == {
        "scope": "calls of every model, all time",
        "total_usd": str(result.total_after),
        "calls_matched": 8,
        "calls_changed": 3,
        "runs_changed": 2,
        "calls_skipped_in_progress": 0,
    }


def test_reprice_is_idempotent(usage, django_capture_on_commit_callbacks):
    set_price("gpt-4o-mini", "0.30", "1.20", "0.15", django_capture_on_commit_callbacks)
    first = actions.reprice_calls(actor=None, actor_name="test")
    totals = {r.pk: r.cost_usd for r in Run.objects.all()}
    again = actions.reprice_calls(actor=None, actor_name="test")
    assert (first.calls_changed, first.runs_changed) == (1, 1)
    assert (again.calls_changed, again.runs_changed) == (0, 0)
    assert again.total_before == again.total_after == first.total_after
    assert {r.pk: r.cost_usd for r in Run.objects.all()} == totals
    assert AuditEntry.objects.filter(action="reprice").count() == 2


def test_reprice_by_model_and_days_leaves_other_calls_but_keeps_run_totals_whole(
    usage, django_capture_on_commit_callbacks
):
    calls = usage["calls"]
    set_price("claude-haiku-4", "2", "10", "0.20", django_capture_on_commit_callbacks)
    set_price("claude-sonnet-4", "6", "30", "0.60", django_capture_on_commit_callbacks)
    result = actions.reprice_calls(
        model_prefix="claude-haiku", since="2026-11-10", until="2026-11-10", actor=None
    )
    # Haiku calls of 2026-11-10: the refunds routing call and bruno's guard call; not the 9th's.
    assert (result.calls_matched, result.calls_changed, result.runs_changed) == (2, 2, 2)
    changed = {
        c.pk for c in LLMCall.objects.all() if c.cost_usd != next(x for x in calls if x.pk == c.pk).cost_usd
    }
    assert changed == {calls[3].pk, calls[6].pk}
    refunds = Run.objects.get(pk=usage["refunds"].pk)
    assert refunds.cost_usd == LLMCall.objects.get(pk=calls[3].pk).cost_usd + calls[4].cost_usd
    assert result.scope_text() == "calls of claude-haiku* from 2026-11-10 to 2026-11-10"


def test_reprice_leaves_runs_in_progress_for_later(usage, django_capture_on_commit_callbacks):
    Run.objects.filter(pk=usage["bruno_orders"].pk).update(status="running")
    set_price("claude-haiku-4", "2", "10", "0.20", django_capture_on_commit_callbacks)
    result = actions.reprice_calls(model_prefix="claude-haiku-4", actor=None)
    assert (result.calls_matched, result.calls_changed, result.calls_skipped, result.runs_skipped) == (
        3,
        2,
        1,
        1,
    )
    bruno_guard = LLMCall.objects.get(pk=usage["calls"][6].pk)
    assert bruno_guard.cost_usd == usage["calls"][6].cost_usd  # its worker owns the run's total
    Run.objects.filter(pk=usage["bruno_orders"].pk).update(status="completed")
    later = actions.reprice_calls(model_prefix="claude-haiku-4", actor=None)
    assert (later.calls_changed, later.runs_changed, later.calls_skipped) == (1, 1, 0)
    assert (
        Run.objects.get(pk=usage["bruno_orders"].pk).cost_usd
        == costs.run_cost(usage["bruno_orders"].pk).cost_usd
    )


def test_reprice_in_small_batches_counts_each_run_once(usage, django_capture_on_commit_callbacks):
    set_price("claude-sonnet-4", "1", "5", "0.10", django_capture_on_commit_callbacks)
    set_price("claude-haiku-4", "2", "10", "0.20", django_capture_on_commit_callbacks)
    result = actions.reprice_calls(actor=None, batch_size=2)
    assert (result.calls_matched, result.calls_changed, result.runs_changed) == (8, 6, 3)
    for run in Run.objects.all():
        assert run.cost_usd == costs.run_cost(run.pk).cost_usd


def test_a_dry_run_counts_what_would_change_and_writes_nothing(usage, django_capture_on_commit_callbacks):
    set_price("claude-sonnet-4", "1", "5", "0.10", django_capture_on_commit_callbacks)
    costs_before = dict(LLMCall.objects.values_list("pk", "cost_usd"))
    runs_before = dict(Run.objects.values_list("pk", "cost_usd"))
    preview = actions.reprice_calls(actor=None, dry_run=True)
    assert dict(LLMCall.objects.values_list("pk", "cost_usd")) == costs_before
    assert dict(Run.objects.values_list("pk", "cost_usd")) == runs_before
    assert not AuditEntry.objects.filter(action="reprice").exists()
    done = actions.reprice_calls(actor=None)
    assert (preview.calls_changed, preview.runs_changed, preview.total_after) == (
        done.calls_changed,
        done.runs_changed,
        done.total_after,
    )


def test_reprice_repairs_a_run_total_that_drifted_from_its_calls(usage):
    Run.objects.filter(pk=usage["faq"].pk).update(cost_usd=D("9.999999"))
    result = actions.reprice_calls(actor=None)
    assert (result.calls_changed, result.runs_changed) == (0, 1)
    assert Run.objects.get(pk=usage["faq"].pk).cost_usd == usage["calls"][7].cost_usd


@pytest.mark.parametrize(
    "scope, field, message",
    [
        ({"since": "2026-13-01"}, "since", "The start date 2026-13-01 is not a day of the calendar."),
        ({"until": "yesterday"}, "until", f"The end date {NOT_A_DAY}"),
        ({"since": "２０２６-11-01"}, "since", f"The start date {NOT_A_DAY}"),
        ({"since": "2026-11-20", "until": "2026-11-01"}, "until", "The start date 2026-11-20 is after the end date 2026-11-01."),  # noqa: E501
        ({"model_prefix": "gpt 4o"}, "model", f"{CHARS} a space)."),
        ({"model_prefix": "'; DROP TABLE tracing_llmcall; --"}, "model", None),
    ],
)  # fmt: skip
def test_reprice_refuses_a_bad_scope_and_writes_nothing(usage, scope, field, message):
    with pytest.raises(PriceError) as refused:
        actions.reprice_calls(actor=None, **scope)
    assert refused.value.field == field
    if message:
        assert refused.value.message == message
    assert not AuditEntry.objects.exists()


# --- manage.py reprice --------------------------------------------------------------------------------------


def reprice_command(*args: str) -> str:
    out = io.StringIO()
    call_command("reprice", *args, stdout=out)
    return out.getvalue()


def test_the_command_reprices_and_prints_counts_and_totals(usage, django_capture_on_commit_callbacks):
    before = costs.usage_between().cost_usd
    set_price("gpt-4o-mini", "0.30", "1.20", "0.15", django_capture_on_commit_callbacks)
    dry = reprice_command("--model", "gpt-4o-mini", "--dry-run")
    assert LLMCall.objects.get(pk=usage["calls"][4].pk).cost_usd == usage["calls"][4].cost_usd
    old, new = usage["calls"][4].cost_usd, pricing.cost_usd("gpt-4o-mini", 4_321, 1_234, 2_000)
    after = before - old + new
    assert dry.splitlines() == [
        "Dry run, nothing written: calls of gpt-4o-mini*, all time",
        "  calls matched               1",
        "  calls would change          1",
        "  runs would change           1",
        f"  total before       ${old:>14}",
        f"  total after        ${new:>14}  (+${new - old})",
    ]
    done = reprice_command("--model", "gpt-4o-mini", "--since", "2026-11-01", "--until", "2026-11-30")
    assert done.splitlines()[:4] == [
        "Repriced calls of gpt-4o-mini* from 2026-11-01 to 2026-11-30",
        "  calls matched               1",
        "  calls changed               1",
        "  runs changed                1",
    ]
    assert costs.usage_between().cost_usd == after
    assert AuditEntry.objects.get(action="reprice").actor_name == "manage.py reprice"


def test_the_command_says_when_no_row_prices_the_model(usage):
    out = reprice_command("--model", "mistral")
    assert "calls matched               0" in out
    assert "note: no price row starts with mistral" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "2026-02-30"], "--since: The start date 2026-02-30 is not a day of the calendar."),
        (["--until", "20261121"], f"--until: The end date {NOT_A_DAY}"),
        (["--since", "2026-11-21", "--until", "2026-11-20"], "--until: The start date 2026-11-21 is after the end date 2026-11-20."),  # noqa: E501
        (["--model", "gpt-4о"], f"--model: {CHARS} “о” (cyrillic small letter o))."),
        (["--model", "x" * 129], "--model: A model name prefix is at most 128 characters."),
    ],
)  # fmt: skip
def test_the_command_answers_bad_arguments_with_a_message(usage, args, message):
    with pytest.raises(CommandError) as refused:
        reprice_command(*args)
    assert str(refused.value) == message
    assert not AuditEntry.objects.exists()


def test_the_command_says_when_the_database_is_not_migrated(monkeypatch):
    def no_table():
        raise DatabaseError("no such table: tracing_modelprice")

    monkeypatch.setattr(actions, "load_table", no_table)
    with pytest.raises(CommandError) as refused:
        reprice_command()
    assert str(refused.value) == (
        "The database cannot be read (no such table: tracing_modelprice): has `manage.py migrate` been run?"
    )


def test_the_command_refuses_an_unknown_option():
    with pytest.raises(CommandError, match="unrecognized arguments: --model-prefix"):
        call_command("reprice", "--model-prefix", "gpt", stdout=io.StringIO(), stderr=io.StringIO())


# --- the console page ---------------------------------------------------------------------------------------


@pytest.fixture
def people():
    return {
        name: staff_user(name, role)
        for name, role in (("ada", "admin"), ("quinn", "qa"), ("maria", "manager"))
    }


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def edit_post(**overrides) -> dict[str, str]:
    return {
        "input_per_mtok": "2.00", "cached_input_per_mtok": "1.00", "output_per_mtok": "8.00",
        "as_of": "2026-11-20", "source": "https://developers.openai.com/api/docs/pricing", **overrides,
    }  # fmt: skip


def test_every_staff_role_reads_the_table_and_only_admins_see_the_forms(people, usage):
    url = reverse("console:prices")
    page = client_for(people["quinn"]).get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-prefix="claude-sonnet-4"' in html
    assert 'data-testid="prices-readonly"' in html
    assert 'data-testid="edit-price"' not in html and 'data-testid="reprice-form"' not in html
    admin_html = client_for(people["ada"]).get(url).content.decode()
    assert admin_html.count('data-testid="edit-price"') == ModelPrice.objects.count()
    assert 'data-testid="reprice-form"' in admin_html and 'data-testid="add-price-form"' in admin_html
    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302 and anonymous.url.startswith("/console/login/")


def test_the_table_shows_each_rows_recent_use_and_the_models_without_a_price(people):
    recent = datetime.now(UTC) - timedelta(hours=1)
    run = run_of(conversation())
    call(run, "claude-sonnet-4-5", 10_000, 1_000, at=recent)
    call(run, "mistral-large-latest", 1_000_000, 0, at=recent)
    html = client_for(people["quinn"]).get(reverse("console:prices")).content.decode()
    assert (
        'data-testid="unpriced-model"><code>mistral-large-latest</code> <span class="muted">1 call, $3.00 at'
        in html
    )
    row = html[html.index('data-prefix="claude-sonnet-4"') :]
    row = row[: row.index("</tr>")]
    assert '<td class="num">1</td>' in row and "$0.045" in row


@pytest.mark.parametrize("who", ["quinn", "maria", None])
def test_a_non_admin_cannot_edit_add_delete_or_reprice(people, usage, who):
    user = people.get(who) if who else None
    client = client_for(user)
    row = ModelPrice.objects.get(model_prefix="gpt-4o")
    before = (
        row.input_per_mtok,
        ModelPrice.objects.count(),
        dict(LLMCall.objects.values_list("pk", "cost_usd")),
    )
    answers = [
        client.get(reverse("console:price_edit", args=[row.pk])),
        client.post(reverse("console:price_edit", args=[row.pk]), edit_post(input_per_mtok="0")),
        client.post(reverse("console:price_add"), {**edit_post(), "model_prefix": "new-model"}),
        client.post(reverse("console:price_delete", args=[row.pk])),
        client.get(reverse("console:reprice"), {"model": "gpt-4o"}),
        client.post(reverse("console:reprice"), {"model": ""}),
    ]
    expected = 302 if user is None else 403
    assert [a.status_code for a in answers] == [expected] * len(answers)
    if user is not None:
        assert "changing settings needs the admin role" in answers[1].content.decode()
    row.refresh_from_db()
    assert (
        row.input_per_mtok,
        ModelPrice.objects.count(),
        dict(LLMCall.objects.values_list("pk", "cost_usd")),
    ) == before
    assert not AuditEntry.objects.exists()


def test_an_admin_edits_a_price_and_is_sent_to_re_apply_it(people, django_capture_on_commit_callbacks):
    row = ModelPrice.objects.get(model_prefix="gpt-4o")
    client = client_for(people["ada"])
    form = client.get(reverse("console:price_edit", args=[row.pk])).content.decode()
    assert 'value="2.50"' in form and 'value="1.25"' in form and 'value="2026-11-21"' in form
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(reverse("console:price_edit", args=[row.pk]), edit_post())
    assert answer.status_code == 302 and answer.url == "/console/prices/?model=gpt-4o#reprice"
    row.refresh_from_db()
    assert (row.input_per_mtok, row.cached_input_per_mtok, row.output_per_mtok, row.as_of, row.updated_by) == (  # noqa: E501
        D("2"), D("1"), D("8"), date(2026, 11, 20), people["ada"],
    )  # fmt: skip
    assert pricing.price_for("gpt-4o") == (D("2"), D("8"), D("1"))
    entry = AuditEntry.objects.get(action="price_update")
    assert entry.before["input_per_mtok"] == "2.50" and entry.after["input_per_mtok"] == "2.00"
    assert entry.before["as_of"] == "2026-11-21" and entry.after["as_of"] == "2026-11-20"
    page = client.get(answer.url).content.decode()
    assert "Saved gpt-4o: $2.00 in, $1.00 cached, $8.00 out." in page
    assert 'name="model" value="gpt-4o"' in page  # the reprice form, ready for it
    unchanged = client.post(reverse("console:price_edit", args=[row.pk]), edit_post())
    assert unchanged.status_code == 302
    assert AuditEntry.objects.filter(action="price_update").count() == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("input_per_mtok", "-1", "The input price cannot be negative."),
        ("input_per_mtok", "", "Give the input price in USD per million tokens, e.g. 2.50."),
        ("input_per_mtok", "abc", f"The input price {NOT_A_NUMBER}"),
        ("input_per_mtok", "NaN", f"The input price {NOT_A_NUMBER}"),
        ("input_per_mtok", "Infinity", f"The input price {NOT_A_NUMBER}"),
        ("input_per_mtok", "1e3", f"The input price {NOT_A_NUMBER}"),
        ("input_per_mtok", "２.５", f"The input price {NOT_A_NUMBER}"),
        ("input_per_mtok", "2,50", "The input price: use a dot for decimals and no thousands separator (2.50)."),  # noqa: E501
        ("output_per_mtok", "10001", "The output price is above $10,000 per million tokens: is it a price per thousand, or a typo?"),  # noqa: E501
        ("output_per_mtok", "9" * 400, f"The output price {NOT_A_NUMBER}"),
        ("output_per_mtok", "0.0000001", "The output price has more than 6 decimals."),
        ("cached_input_per_mtok", "3", "The cached input price is above the input price: cached tokens are billed at a discount (is it the cache-write price?)."),  # noqa: E501
        ("as_of", "2999-01-01", "The “as of” date is in the future: prices here apply from the moment they are saved."),  # noqa: E501
        ("as_of", "21/11/2026", f"The “as of” date {NOT_A_DAY}"),
        ("as_of", "", "Give the day this price is as of (YYYY-MM-DD)."),
        ("source", "javascript:alert(1)", "A source link must start with http:// or https://."),
        ("source", "https://example.com/\u202eevil", "The source contains control or invisible characters."),
        ("source", "x" * 301, "The source is at most 300 characters."),
    ],
)  # fmt: skip
def test_bad_input_on_the_edit_form_is_refused_next_to_its_field(people, field, value, message):
    row = ModelPrice.objects.get(model_prefix="gpt-4o")
    answer = client_for(people["ada"]).post(
        reverse("console:price_edit", args=[row.pk]), edit_post(**{field: value})
    )
    assert answer.status_code == 422
    html = answer.content.decode()
    assert f'data-testid="error-{field}">{escape(message)}</span>' in html
    row.refresh_from_db()
    assert row.input_per_mtok == D("2.50") and row.output_per_mtok == D("10")
    assert not AuditEntry.objects.exists()


def escape(text: str) -> str:
    from django.utils.html import escape as html_escape

    return html_escape(text)


def test_injection_text_in_a_source_note_is_kept_as_text(people, django_capture_on_commit_callbacks):
    row = ModelPrice.objects.get(model_prefix="gpt-4o")
    note = "<script>alert('x')</script>'; DROP TABLE tracing_modelprice; --"
    client = client_for(people["ada"])
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            client.post(reverse("console:price_edit", args=[row.pk]), edit_post(source=note)).status_code
            == 302
        )
    row.refresh_from_db()
    assert row.source == note
    html = client.get(reverse("console:prices")).content.decode()
    assert "<script>alert(" not in html and "&lt;script&gt;alert(" in html


def test_editing_a_price_that_does_not_exist_is_a_404(people):
    client = client_for(people["ada"])
    assert client.get(reverse("console:price_edit", args=[987654])).status_code == 404
    assert client.get("/console/prices/99999999999999999999999/edit/").status_code == 404
    assert client.post(reverse("console:price_edit", args=[987654]), edit_post()).status_code == 404
    assert client.post(reverse("console:price_delete", args=[987654])).status_code == 404
    assert client.get("/console/prices/abc/edit/").status_code == 404


def test_an_admin_adds_a_model_prefix(people, django_capture_on_commit_callbacks):
    client = client_for(people["ada"])
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(
            reverse("console:price_add"),
            {**edit_post(input_per_mtok="0.9", cached_input_per_mtok="0.09", output_per_mtok="2.7"),
             "model_prefix": " accounts/fireworks/models/llama-v3p1-70b "},
        )  # fmt: skip
    assert answer.status_code == 302
    row = ModelPrice.objects.get(model_prefix="accounts/fireworks/models/llama-v3p1-70b")
    assert (row.input_per_mtok, row.updated_by) == (D("0.9"), people["ada"])
    assert pricing.price_of("accounts/fireworks/models/llama-v3p1-70b-instruct").prefix == row.model_prefix
    assert AuditEntry.objects.get(action="price_add").after["output_per_mtok"] == "2.70"


@pytest.mark.parametrize(
    "prefix, message",
    [
        ("", "Give a model name prefix, e.g. claude-sonnet-5-5."),
        ("gpt 4o", f"{CHARS} a space)."),
        ("gpt-4о", f"{CHARS} “о” (cyrillic small letter o))."),
        ("gpt-4o\u200b", f"{CHARS} the character U+200B)."),
        ("<b>x</b>", f"{CHARS} “&lt;” (less-than sign))."),
        ("gpt-4o", "gpt-4o is in the table already: edit that row instead."),
    ],
)  # fmt: skip
def test_a_bad_or_taken_prefix_is_refused(people, prefix, message):
    count = ModelPrice.objects.count()
    answer = client_for(people["ada"]).post(
        reverse("console:price_add"), {**edit_post(), "model_prefix": prefix}
    )
    assert answer.status_code == 422
    assert f'data-testid="error-model_prefix">{message}</span>' in answer.content.decode()
    assert ModelPrice.objects.count() == count
    assert not AuditEntry.objects.exists()


def test_an_admin_previews_then_re_applies_prices(people, usage, django_capture_on_commit_callbacks):
    set_price("claude-sonnet-4", "1", "5", "0.10", django_capture_on_commit_callbacks)
    client = client_for(people["ada"])
    costs_before = dict(LLMCall.objects.values_list("pk", "cost_usd"))
    preview = client.get(
        reverse("console:reprice"), {"model": "claude-sonnet-4", "since": "", "until": ""}, headers=HTMX
    )
    html = preview.content.decode()
    assert preview.status_code == 200
    assert 'data-testid="preview-matched">3<' in html and 'data-testid="preview-calls">3<' in html
    assert 'data-testid="preview-runs">2<' in html
    assert "Re-price 3 calls" in html
    assert dict(LLMCall.objects.values_list("pk", "cost_usd")) == costs_before  # a preview writes nothing
    full = client.get(reverse("console:reprice"), {"model": "claude-sonnet-4"})
    assert full.status_code == 200 and 'data-testid="price-table"' in full.content.decode()
    done = client.post(
        reverse("console:reprice"), {"model": "claude-sonnet-4", "since": "", "until": ""}, headers=HTMX
    )
    assert done.status_code == 200 and done.headers["HX-Redirect"] == "/console/prices/"
    for run in Run.objects.all():
        assert run.cost_usd == costs.run_cost(run.pk).cost_usd
    entry = AuditEntry.objects.get(action="reprice")
    assert (entry.actor, entry.target_id, entry.after["calls_changed"]) == (
        people["ada"],
        "claude-sonnet-4",
        3,
    )
    page = client.get("/console/prices/").content.decode()
    assert "Re-applied prices to calls of claude-sonnet-4*, all time: 3 calls and 2 runs changed" in page


@pytest.mark.parametrize(
    "params, message",
    [
        ({"since": "2026-02-30"}, "The start date 2026-02-30 is not a day of the calendar."),
        ({"since": "2026-11-20", "until": "2026-11-01"}, "The start date 2026-11-20 is after the end date 2026-11-01."),  # noqa: E501
        ({"model": "a b"}, f"{CHARS} a space)."),
        ({"until": "'; DROP TABLE x; --"}, f"The end date {NOT_A_DAY}"),
    ],
)  # fmt: skip
def test_a_bad_reprice_range_is_answered_with_its_reason(people, usage, params, message):
    client = client_for(people["ada"])
    for answer in (
        client.get(reverse("console:reprice"), params, headers=HTMX),
        client.get(reverse("console:reprice"), params),
        client.post(reverse("console:reprice"), params),
    ):
        assert answer.status_code == 422
        assert escape(message) in answer.content.decode()
    assert not AuditEntry.objects.exists()


def test_an_admin_deletes_a_row(people, django_capture_on_commit_callbacks):
    row = ModelPrice.objects.get(model_prefix="gpt-4.1-nano")
    client = client_for(people["ada"])
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(reverse("console:price_delete", args=[row.pk]))
    assert answer.status_code == 302
    assert not ModelPrice.objects.filter(model_prefix="gpt-4.1-nano").exists()
    assert (
        "Deleted gpt-4.1-nano. Its models are now priced by the gpt-4.1 row."
        in client.get(answer.url).content.decode()
    )
    assert pricing.price_of("gpt-4.1-nano").prefix == "gpt-4.1"


def test_the_nav_links_to_prices(people):
    html = client_for(people["quinn"]).get(reverse("console:inbox")).content.decode()
    assert 'href="/console/prices/" data-testid="nav-prices">Prices</a>' in html


def test_the_price_page_reads_a_fixed_number_of_queries(people, usage, django_assert_num_queries):
    """Session, user, roles; the rows, the table snapshot (in a savepoint: the test runs inside a
    transaction, 3 statements), the usage per model; the frame's waiting count (2)."""
    client = client_for(people["ada"])
    client.get(reverse("console:prices"))
    with django_assert_num_queries(10):
        assert client.get(reverse("console:prices")).status_code == 200
    for _ in range(5):
        run_of(conversation(customer="c"))
    ModelPrice.objects.create(model_prefix="extra", input_per_mtok=1, output_per_mtok=1,
                              cached_input_per_mtok=0, as_of=date(2026, 11, 20))  # fmt: skip
    with django_assert_num_queries(10):
        assert client.get(reverse("console:prices")).status_code == 200
