"""Alerts (tracing.alerts): each rule fires past its threshold and not at it, rates wait for enough runs, a
rule and scope stay quiet through the cooldown, token rules compare with the agent's median hour, a budget
fires at 80%, two evaluators at once fire once, webhooks are posted and their outcome recorded, finished runs
trigger an evaluation (throttled), `check_alerts`, and the console pages: who may see, acknowledge and edit
what, and what bad input gets.

Runs are written as rows (the numbers an evaluation reads), except where a test is about a real run
finishing. The default rules of the migration are removed first: each test states the rules it is about."""

from __future__ import annotations

import importlib
import io
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agents import budgets, events
from agents.models import BudgetLedger, Conversation, Run
from tests.live_events import IN_MEMORY_LAYER, GroupListener
from tests.runtime_helpers import staff_user, start_turn
from tracing import alerts
from tracing.models import Alert, AlertRule, AuditEntry

HTMX = {"HX-Request": "true"}
Metric = AlertRule.Metric


@pytest.fixture(autouse=True)
def _no_default_rules(request):
    # Baselines and the evaluation throttle live in the cache; a test starts with neither.
    alerts.forget_cache()
    if request.node.get_closest_marker("django_db"):
        AlertRule.objects.all().delete()
    yield
    alerts.forget_cache()


@pytest.fixture
def layer(settings):
    from channels.layers import get_channel_layer

    settings.CHANNEL_LAYERS = IN_MEMORY_LAYER
    return get_channel_layer()


def make_rule(metric: str, threshold: float, **fields) -> AlertRule:
    values = {"window_minutes": 15, "min_runs": 20, "cooldown_minutes": 30, **fields}
    name = values.pop("name", f"{metric} rule")
    return AlertRule.objects.create(name=name, metric=metric, threshold=threshold, **values)


def make_runs(
    count: int,
    *,
    agent: str = "orders",
    ago: timedelta = timedelta(minutes=5),
    at=None,
    failure_class: str = "",
    tokens: int = 1000,
    customer: str = "alice",
) -> list[Run]:
    """`count` finished runs of `agent`, `ago` before now (or at `at`), each with `tokens` tokens."""
    conversation = Conversation.objects.create(agent_name=agent, customer_ref=customer)
    finished = at if at is not None else timezone.now() - ago
    return Run.objects.bulk_create(
        [
            Run(
                conversation=conversation,
                agent_name=agent,
                status=Run.Status.COMPLETED,
                failure_class=failure_class,
                tokens_in=tokens - tokens // 4,
                tokens_out=tokens // 4,
                cost_usd=Decimal("0.001"),
                finished_at=finished,
            )
            for _ in range(count)
        ]
    )


def fired(**filters) -> list[Alert]:
    return list(Alert.objects.filter(**filters).order_by("pk"))


# --- the default rules ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_migration_adds_the_default_rules_and_keeps_an_admins_edit():
    migration = importlib.import_module("tracing.migrations.0006_default_alert_rules")
    migration.add_default_rules(django_apps, None)
    rules = {
        r.name: (r.metric, r.threshold, r.window_minutes, r.min_runs, r.cooldown_minutes)
        for r in AlertRule.objects.all()
    }
    assert rules == {
        "Recoverable failure rate": ("recoverable_rate", 0.05, 15, 20, 30),
        "Degraded answer rate": ("degraded_rate", 0.02, 15, 20, 30),
        "Fatal failures": ("fatal_count", 0.0, 15, 0, 15),
        "Tokens per run spike": ("tokens_per_run", 2.0, 15, 5, 60),
        "Tokens per agent-hour spike": ("tokens_per_agent_hour", 2.0, 60, 5, 60),
        "Budget nearly used": ("budget_used", 0.8, 1440, 0, 1440),
    }
    AlertRule.objects.filter(name="Fatal failures").update(threshold=3, enabled=False)

    migration.add_default_rules(django_apps, None)

    assert AlertRule.objects.count() == 6
    edited = AlertRule.objects.get(name="Fatal failures")
    assert (edited.threshold, edited.enabled) == (3.0, False)


# --- rates ------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("metric", "failure_class", "threshold", "at_threshold", "words"),
    [
        (Metric.RECOVERABLE_RATE, "recoverable", 0.05, 5, "recovered from a failure (retried or fell back)"),
        (Metric.DEGRADED_RATE, "degraded", 0.02, 2, "were answered degraded (a template or a safe answer)"),
    ],
)
def test_a_rate_fires_above_its_threshold_and_not_at_it(
    metric, failure_class, threshold, at_threshold, words
):
    rule = make_rule(metric, threshold)
    make_runs(100 - at_threshold)
    hits = make_runs(at_threshold, failure_class=failure_class)
    make_runs(3, failure_class="fatal" if failure_class != "fatal" else "", ago=timedelta(minutes=20))

    at = alerts.evaluate()  # exactly 5% (2%) of 100 runs: not above

    assert at.fired == []
    assert [(m.value, m.fires) for m in at.measurements] == [(at_threshold / 100, False)]

    hits += make_runs(1, failure_class=failure_class)
    above = alerts.evaluate()

    alert = Alert.objects.get()
    assert above.fired == [alert]
    assert (alert.rule, alert.metric, alert.scope, alert.severity) == (rule, metric, "", "warning")
    assert alert.value == (at_threshold + 1) / 101
    assert alert.threshold == threshold
    share = alerts.percent((at_threshold + 1) / 101)
    assert alert.message == f"{at_threshold + 1} of 101 runs ({share}) in the last 15 min {words}"
    assert sorted(alert.details["run_ids"]) == sorted(str(r.pk) for r in hits)
    assert alert.details["runs"] == 101
    assert alert.details[failure_class] == at_threshold + 1


@pytest.mark.django_db
def test_a_rate_is_not_judged_below_min_runs():
    make_rule(Metric.RECOVERABLE_RATE, 0.05, min_runs=20)
    make_runs(19, failure_class="recoverable")

    below = alerts.evaluate()

    assert below.fired == []
    (measurement,) = below.measurements
    assert (measurement.value, measurement.fires) == (None, False)
    assert measurement.message == "19 runs finished in the last 15 min; 20 are needed to judge"

    make_runs(1)
    assert [a.value for a in alerts.evaluate().fired] == [19 / 20]


@pytest.mark.django_db
def test_runs_that_finished_before_the_window_or_are_still_running_do_not_count():
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0)
    make_runs(2, failure_class="fatal", ago=timedelta(minutes=16))
    running = make_runs(1, failure_class="fatal")[0]
    Run.objects.filter(pk=running.pk).update(finished_at=None, status=Run.Status.RUNNING)

    result = alerts.evaluate()

    assert result.fired == []
    assert [(m.value, m.fires) for m in result.measurements] == [(0.0, False)]


@pytest.mark.django_db
def test_any_fatal_failure_fires_a_critical_alert_at_once():
    rule = make_rule(Metric.FATAL_COUNT, 0, min_runs=0)
    make_runs(40)
    assert alerts.evaluate().fired == []

    fatal = make_runs(1, failure_class="fatal", agent="refunds")
    alert = alerts.evaluate().fired[0]

    assert (alert.rule, alert.severity, alert.value, alert.scope) == (rule, "critical", 1.0, "")
    assert alert.message == "1 run failed fatally in the last 15 min and went to a person"
    assert alert.details["run_ids"] == [str(fatal[0].pk)]
    assert alert.details["by_agent"] == {"refunds": 1}


# --- cooldown ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_rule_and_scope_stay_quiet_through_the_cooldown_then_fire_again():
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, cooldown_minutes=30)
    make_runs(1, failure_class="fatal")
    first = alerts.evaluate().fired[0]

    again = alerts.evaluate()
    make_runs(2, failure_class="fatal")
    still = alerts.evaluate()

    assert (again.fired, still.fired) == ([], [])
    assert [m.value for m in still.quiet] == [3.0]
    assert Alert.objects.count() == 1

    Alert.objects.filter(pk=first.pk).update(fired_at=timezone.now() - timedelta(minutes=31))
    later = alerts.evaluate()

    assert [a.value for a in later.fired] == [3.0]
    assert Alert.objects.count() == 2


@pytest.mark.django_db
def test_the_cooldown_is_per_scope():
    hour = timedelta(hours=1)
    _, end = alerts.baseline_period(timezone.now() - timedelta(minutes=15))
    for agent in ("orders", "refunds"):
        for k in (1, 2, 3):
            make_runs(2, agent=agent, at=end - k * hour + timedelta(minutes=30), tokens=1000)
    make_rule(Metric.TOKENS_PER_RUN, 2.0, min_runs=5, cooldown_minutes=60)
    make_runs(5, agent="orders", tokens=5000)

    assert [a.scope for a in alerts.evaluate().fired] == ["agent:orders"]

    make_runs(5, agent="refunds", tokens=5000)
    assert [a.scope for a in alerts.evaluate().fired] == ["agent:refunds"]
    assert Alert.objects.count() == 2


# --- token rules and their baseline -----------------------------------------------------------------------


def _baseline_history(end, agent: str = "orders") -> None:
    """Four hours with runs before `end`: 1000, 1000, 1100 and (an odd hour) 9000 tokens per run; tokens an
    hour 2000, 2000, 2200, 9000. Also an older hour (outside the day) and a run after `end` (the gap
    before the window), both far off, which the baseline must not see."""
    hour = timedelta(hours=1)
    make_runs(2, agent=agent, at=end - 1 * hour + timedelta(minutes=10), tokens=1000)
    make_runs(2, agent=agent, at=end - 2 * hour + timedelta(minutes=10), tokens=1000)
    make_runs(2, agent=agent, at=end - 3 * hour + timedelta(minutes=10), tokens=1100)
    make_runs(1, agent=agent, at=end - 4 * hour + timedelta(minutes=10), tokens=9000)
    make_runs(5, agent=agent, at=end - 25 * hour + timedelta(minutes=10), tokens=500_000)
    make_runs(1, agent=agent, at=end + timedelta(seconds=1), tokens=500_000)


@pytest.mark.django_db
def test_the_baseline_is_the_median_hour_of_the_day_before_the_window():
    now = timezone.now()
    since = now - timedelta(minutes=15)
    start, end = alerts.baseline_period(since)
    assert (end - start, end.minute, end.second, end.microsecond) == (timedelta(hours=24), 0, 0, 0)
    assert end <= since < end + timedelta(hours=1)
    _baseline_history(end)
    make_runs(2, agent="new-agent", at=end - timedelta(minutes=50), tokens=1000)
    make_runs(2, agent="new-agent", at=end - timedelta(minutes=110), tokens=1000)

    found = alerts.baselines(since)

    # The mean per run would be 3025, pulled up by the odd hour; the median is 1050.
    assert found == {
        "orders": alerts.Baseline(tokens_per_run=1050.0, tokens_per_hour=2100.0, hours=4, runs=7)
    }


@pytest.mark.django_db
def test_the_baseline_is_cached_for_its_hour():
    since = timezone.now() - timedelta(minutes=15)
    _, end = alerts.baseline_period(since)
    _baseline_history(end)
    first = alerts.baselines(since)

    make_runs(3, agent="orders", at=end - timedelta(minutes=30), tokens=100_000)  # history changed behind it

    assert alerts.baselines(since) == first
    alerts.forget_cache()
    assert alerts.baselines(since)["orders"].tokens_per_run != first["orders"].tokens_per_run


@pytest.mark.django_db
def test_tokens_per_run_fire_above_twice_the_baseline_and_not_at_it():
    now = timezone.now()
    _, end = alerts.baseline_period(now - timedelta(minutes=15))
    _baseline_history(end)
    rule = make_rule(Metric.TOKENS_PER_RUN, 2.0, min_runs=5)
    make_runs(4, agent="orders", tokens=50_000)  # far above, but four runs are not enough to judge

    few = alerts.evaluate(now=now)
    assert few.fired == []
    assert [m.message for m in few.measurements] == [
        "orders: 4 runs finished in the last 15 min; 5 are needed to judge"
    ]

    Run.objects.filter(finished_at__gt=now - timedelta(minutes=15)).delete()
    make_runs(5, agent="orders", tokens=2100)  # exactly 2x the baseline of 1050
    at = alerts.evaluate(now=now)
    assert at.fired == []
    assert [(m.value, m.fires) for m in at.measurements] == [(2.0, False)]

    make_runs(1, agent="orders", tokens=2730)  # (5 * 2100 + 2730) / 6 = 2205 tokens per run
    alert = alerts.evaluate(now=now).fired[0]

    assert (alert.rule, alert.scope, alert.value) == (rule, "agent:orders", 2205 / 1050)
    assert (
        alert.message
        == "orders used 2,205 tokens per run (6 runs in the last 15 min), 2.1× its baseline of 1,050"
    )
    assert alert.details["baseline"] == {"value": 1050.0, "hours": 4, "runs": 7, "period_hours": 24}
    assert alert.details["current"] == 2205.0
    assert len(alert.details["run_ids"]) == 6


@pytest.mark.django_db
def test_tokens_per_agent_hour_fire_above_twice_the_usual_hour():
    now = timezone.now()
    _, end = alerts.baseline_period(now - timedelta(minutes=60))
    _baseline_history(end)
    make_rule(Metric.TOKENS_PER_AGENT_HOUR, 2.0, window_minutes=60, min_runs=1)
    make_runs(2, agent="orders", tokens=2100)  # 4200 tokens in the last hour: 2x the median hour of 2100

    at = alerts.evaluate(now=now)
    assert at.fired == []
    assert [(m.value, m.fires) for m in at.measurements] == [(2.0, False)]

    make_runs(1, agent="orders", tokens=210)
    alert = alerts.evaluate(now=now).fired[0]

    assert alert.value == 4410 / 2100
    assert alert.message == (
        "orders is using 4,410 tokens an hour (3 runs in the last hour), 2.1× its baseline of 2,100 an hour"
    )


@pytest.mark.django_db
def test_an_agent_without_a_baseline_is_not_judged():
    now = timezone.now()
    make_rule(Metric.TOKENS_PER_RUN, 2.0, min_runs=1)
    make_runs(2, agent="orders", at=now - timedelta(hours=3), tokens=100)  # one hour with runs, not three
    make_runs(3, agent="orders", tokens=90_000)

    result = alerts.evaluate(now=now)

    assert result.fired == []
    assert [(m.scope, m.value, m.message) for m in result.measurements] == [
        ("agent:orders", None, "orders: no baseline yet (fewer than 3 hours with runs in the last day)")
    ]


# --- budgets ----------------------------------------------------------------------------------------------


def _ledger(scope: str, key: str, spent: str, reserved: str = "0", limit: str = "2.00", day=None):
    return BudgetLedger.objects.create(
        scope=scope,
        key=key,
        day=day or budgets.today(),
        limit_usd=Decimal(limit),
        spent_usd=Decimal(spent),
        reserved_usd=Decimal(reserved),
    )


@pytest.mark.django_db
def test_a_budget_fires_at_80_percent_used_counting_reservations():
    rule = make_rule(Metric.BUDGET_USED, 0.8, window_minutes=1440, min_runs=0, cooldown_minutes=1440)
    below = _ledger("user", "alice", spent="1.590000")
    _ledger("user", "bob", spent="1.500000", reserved="0.100000")  # exactly 80% with what is reserved
    _ledger("agent", "support", spent="2.100000")  # past the limit
    _ledger("user", "carol", spent="1.9", day=budgets.today() - timedelta(days=1))  # yesterday's
    _ledger("user", "dan", spent="5", limit="0")  # no limit

    result = alerts.evaluate()

    day = budgets.today().isoformat()
    found = {a.scope: (a.severity, a.value, a.message) for a in result.fired}
    assert found == {
        f"budget:user:bob:{day}": (
            "warning",
            0.8,
            "The daily budget of customer bob is 80% used: $1.60 of $2.00",
        ),
        f"budget:agent:support:{day}": (
            "critical",
            1.05,
            "The daily budget of agent support is 105% used: $2.10 of $2.00",
        ),
    }
    assert {a.rule for a in result.fired} == {rule}

    BudgetLedger.objects.filter(pk=below.pk).update(spent_usd=Decimal("1.600000"))
    again = alerts.evaluate()
    assert [a.scope for a in again.fired] == [f"budget:user:alice:{day}"]  # the others are in their cooldown


@pytest.mark.django_db
def test_a_budget_alert_names_the_customers_runs_of_the_day():
    make_rule(Metric.BUDGET_USED, 0.8, min_runs=0)
    _ledger("user", "alice", spent="1.8")
    mine = make_runs(2, customer="alice")
    make_runs(2, customer="bob")

    alert = alerts.evaluate().fired[0]

    assert sorted(alert.details["run_ids"]) == sorted(str(r.pk) for r in mine)


def test_a_long_budget_key_keeps_a_hash_in_its_scope():
    long_key = "x" * 150
    other = "x" * 149 + "y"
    assert len(alerts.scope_key(long_key)) == alerts.MAX_SCOPE_KEY
    assert alerts.scope_key(long_key) != alerts.scope_key(other)
    assert alerts.scope_key("alice") == "alice"


def test_thresholds_read_the_way_people_write_them():
    def rule(metric: str, threshold: float) -> AlertRule:
        return AlertRule(name="r", metric=metric, threshold=threshold)

    assert str(alerts.threshold_shown(Metric.BUDGET_USED, 0.8)) == "80"
    assert str(alerts.threshold_shown(Metric.RECOVERABLE_RATE, 0.075)) == "7.5"
    assert [
        alerts.fires_when(rule(Metric.BUDGET_USED, 0.8)),
        alerts.fires_when(rule(Metric.DEGRADED_RATE, 0.02)),
        alerts.fires_when(rule(Metric.FATAL_COUNT, 0)),
        alerts.fires_when(rule(Metric.FATAL_COUNT, 3)),
        alerts.fires_when(rule(Metric.TOKENS_PER_RUN, 2.5)),
    ] == ["at 80% or more", "above 2%", "any fatal failure", "more than 3 fatal", "above 2.5× baseline"]
    assert [alerts.percent(0.125), alerts.percent(0.05), alerts.percent(1 / 3)] == ["12.5%", "5%", "33.3%"]


# --- two evaluators at once -------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_evaluators_racing_each_other_fire_each_alert_once():
    AlertRule.objects.all().delete()
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="fatal")
    make_rule(Metric.RECOVERABLE_RATE, 0.05, min_runs=10, name="recoverable")
    make_runs(3, failure_class="fatal")
    make_runs(10, failure_class="recoverable")
    workers = 4
    barrier = threading.Barrier(workers)
    results: list = []

    def evaluate() -> None:
        try:
            barrier.wait(timeout=30)
            results.append(alerts.evaluate())
        except Exception as exc:  # reported below: a thread's exception would be lost
            results.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=evaluate) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert [type(r).__name__ for r in results] == ["Evaluation"] * workers
    assert sorted(a.rule.name for r in results for a in r.fired) == ["fatal", "recoverable"]
    assert sorted(Alert.objects.values_list("rule__name", flat=True)) == ["fatal", "recoverable"]
    assert sum(len(r.quiet) for r in results) == 2 * (workers - 1)


# --- live, logged -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_fired_alert_is_pushed_to_every_console_after_its_commit(layer, django_capture_on_commit_callbacks):
    listener = GroupListener(layer, events.INBOX_GROUP)
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0)
    make_runs(1, failure_class="fatal")

    with django_capture_on_commit_callbacks(execute=False) as pending:
        alert = alerts.evaluate().fired[0]
    assert listener.events() == []  # nothing before the commit
    for callback in pending:
        callback()

    assert listener.events() == [{"type": "alerts.changed", "id": str(alert.pk), "change": "fired"}]


@pytest.mark.django_db
def test_a_fired_alert_is_logged_with_its_fields(caplog, django_capture_on_commit_callbacks):
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="Fatal failures")
    run = make_runs(1, failure_class="fatal")[0]

    with (
        caplog.at_level("WARNING", logger="handrail.alerts"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        alert = alerts.evaluate().fired[0]

    (record,) = [r for r in caplog.records if r.name == "handrail.alerts"]
    assert record.levelname == "ERROR"  # critical
    fields = {k: v for k, v in record.msg.items() if not k.startswith("_")}
    assert fields == {
        "event": "alert_fired",
        "alert_id": alert.pk,
        "rule": "Fatal failures",
        "metric": "fatal_count",
        "scope": "",
        "severity": "critical",
        "value": 1.0,
        "threshold": 0.0,
        "runs": 1,
        "message": "1 run failed fatally in the last 15 min and went to a person",
    }
    assert alert.details["run_ids"] == [str(run.pk)]


@pytest.mark.django_db(transaction=True)
async def test_an_operator_socket_is_told_when_an_alert_fires_and_when_it_is_acknowledged():
    from asgiref.sync import sync_to_async

    from tests.test_console_socket import connected, frame_where, session_for

    user, session = await session_for("sam", "support")
    communicator, _ = await connected(session)
    try:

        def fire() -> Alert:
            AlertRule.objects.all().delete()
            make_rule(Metric.FATAL_COUNT, 0, min_runs=0)
            make_runs(1, failure_class="fatal")
            return alerts.evaluate().fired[0]

        alert = await sync_to_async(fire)()
        told = await frame_where(communicator, type="alerts")
        await sync_to_async(alerts.do_acknowledge_alert)(alert.pk, user)
        acknowledged = await frame_where(communicator, type="alerts")
    finally:
        await communicator.disconnect()
        await sync_to_async(connections.close_all)()

    assert {k: told[k] for k in ("type", "id", "change")} == {
        "type": "alerts",
        "id": str(alert.pk),
        "change": "fired",
    }
    assert {k: acknowledged[k] for k in ("id", "change")} == {"id": str(alert.pk), "change": "acknowledged"}


@pytest.mark.django_db
def test_an_evaluation_costs_the_same_few_queries_however_many_runs(django_assert_num_queries):
    # Half past: the 15- and the 60-minute windows start in different hours, so each reads its own baseline.
    now = timezone.now().replace(minute=30, second=0, microsecond=0)
    migration = importlib.import_module("tracing.migrations.0006_default_alert_rules")
    migration.add_default_rules(django_apps, None)
    make_runs(10, at=now - timedelta(minutes=5))
    make_runs(3, at=now - timedelta(hours=3))

    # The rules; the runs of each window length (15, 60 min); each window's baseline; the budgets.
    with django_assert_num_queries(6):
        alerts.evaluate(now=now)
    make_runs(200, at=now - timedelta(minutes=5))
    make_runs(200, at=now - timedelta(hours=5))
    with django_assert_num_queries(4):  # the baselines are cached for their hour
        alerts.evaluate(now=now)


# --- webhooks ---------------------------------------------------------------------------------------------


class Receiver:
    """A webhook receiver on 127.0.0.1 answering each POST with the next status of `statuses` (the last
    one repeated), and keeping what it was sent."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.received: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append(json.loads(body))
                status = receiver.statuses.pop(0) if len(receiver.statuses) > 1 else receiver.statuses[0]
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator:
    made: list[Receiver] = []

    def make(statuses: list[int]) -> Receiver:
        made.append(Receiver(statuses))
        return made[-1]

    yield make
    for r in made:
        r.close()


def _fire_with_webhook(url: str, django_capture_on_commit_callbacks) -> Alert:
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="Fatal failures", webhook_url=url)
    make_runs(1, failure_class="fatal")
    with django_capture_on_commit_callbacks(execute=True):
        result = alerts.evaluate()
    assert len(result.fired) == 1  # the evaluation went through whatever the webhook did
    return Alert.objects.get(pk=result.fired[0].pk)


@pytest.mark.django_db
def test_a_webhook_receives_the_alert_and_its_status_is_recorded(
    receiver, django_capture_on_commit_callbacks
):
    hook = receiver([200])

    alert = _fire_with_webhook(hook.url, django_capture_on_commit_callbacks)

    assert alert.webhook_status == "sent 200"
    (sent,) = hook.received
    assert (
        sent["text"]
        == "[critical] Fatal failures: 1 run failed fatally in the last 15 min and went to a person"
    )
    assert sent["alert"]["id"] == alert.pk
    assert sent["alert"]["rule"] == "Fatal failures"
    assert sent["alert"]["run_ids"] == alert.details["run_ids"]


@pytest.mark.django_db
def test_a_webhook_is_retried_after_a_5xx(receiver, django_capture_on_commit_callbacks):
    hook = receiver([503, 200])

    alert = _fire_with_webhook(hook.url, django_capture_on_commit_callbacks)

    assert alert.webhook_status == "sent 200"
    assert len(hook.received) == 2


@pytest.mark.django_db
def test_a_failing_webhook_is_recorded_and_never_breaks_the_evaluation(
    receiver, django_capture_on_commit_callbacks
):
    hook = receiver([500])

    alert = _fire_with_webhook(hook.url, django_capture_on_commit_callbacks)

    assert alert.webhook_status == "failed: HTTP 500 after 3 attempts"
    assert len(hook.received) == 3


@pytest.mark.django_db
def test_a_webhook_answering_4xx_is_not_retried(receiver, django_capture_on_commit_callbacks):
    hook = receiver([404])

    alert = _fire_with_webhook(hook.url, django_capture_on_commit_callbacks)

    assert alert.webhook_status == "failed: HTTP 404"
    assert len(hook.received) == 1


@pytest.mark.django_db
def test_a_webhook_nobody_listens_on_is_recorded(receiver, django_capture_on_commit_callbacks):
    closed = receiver([200])
    url = closed.url
    closed.close()  # the port is free again: connections are refused

    alert = _fire_with_webhook(url, django_capture_on_commit_callbacks)

    assert alert.webhook_status == "failed: no connection (ConnectError) after 3 attempts"


@pytest.mark.django_db
def test_delivering_a_webhook_twice_posts_once(receiver, django_capture_on_commit_callbacks):
    from tracing import webhooks

    hook = receiver([200])
    alert = _fire_with_webhook(hook.url, django_capture_on_commit_callbacks)

    assert webhooks.deliver(alert.pk) == "sent 200"
    assert len(hook.received) == 1


# --- when evaluation happens ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_finished_run_triggers_an_evaluation_at_most_once_per_period(
    settings, layer, django_capture_on_commit_callbacks
):
    settings.HANDRAIL_ALERTS_AFTER_RUNS = True
    settings.HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS = 3600  # the test ends well within one period
    listener = GroupListener(layer, events.INBOX_GROUP)
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="fatal")
    make_runs(1, failure_class="fatal")

    with django_capture_on_commit_callbacks(execute=True):
        start_turn("t-two-calls")

    assert [a.rule.name for a in fired()] == ["fatal"]
    assert [e["change"] for e in listener.events() if e["type"] == "alerts.changed"] == ["fired"]

    # Within the period another finished run does not evaluate: a new rule's alert waits.
    make_rule(Metric.DEGRADED_RATE, 0.02, min_runs=1, name="degraded")
    make_runs(1, failure_class="degraded")
    with django_capture_on_commit_callbacks(execute=True):
        start_turn("t-two-calls")
    assert [a.rule.name for a in fired()] == ["fatal"]

    cache.delete(alerts.THROTTLE_KEY)  # the period is over
    with django_capture_on_commit_callbacks(execute=True):
        start_turn("t-two-calls")
    assert [a.rule.name for a in fired()] == ["fatal", "degraded"]


@pytest.mark.django_db
def test_finished_runs_evaluate_nothing_when_switched_off(settings, django_capture_on_commit_callbacks):
    settings.HANDRAIL_ALERTS_AFTER_RUNS = False
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0)
    make_runs(1, failure_class="fatal")

    with django_capture_on_commit_callbacks(execute=True):
        start_turn("t-two-calls")

    assert fired() == []
    assert cache.get(alerts.THROTTLE_KEY) is None


@pytest.mark.django_db
def test_the_celery_beat_schedule_evaluates_every_minute(settings):
    from console.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["check-alerts"]
    assert entry == {"task": "tracing.tasks.evaluate_alerts", "schedule": 60.0}
    assert "tracing.tasks.evaluate_alerts" in app.tasks
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0)
    make_runs(2, failure_class="fatal")
    assert app.tasks["tracing.tasks.evaluate_alerts"].delay().get() == 1


# --- the command ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_check_alerts_prints_every_measurement_and_fires():
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="Fatal failures")
    make_rule(Metric.RECOVERABLE_RATE, 0.05, min_runs=20, name="Recoverable failure rate")
    make_runs(2, failure_class="fatal")
    out = io.StringIO()

    call_command("check_alerts", stdout=out)

    assert out.getvalue().splitlines() == [
        "[FIRED] Fatal failures (any fatal failure): "
        "2 runs failed fatally in the last 15 min and went to a person",
        "[not judged] Recoverable failure rate (above 5%): "
        "2 runs finished in the last 15 min; 20 are needed to judge",
        "1 alert(s) fired",
    ]
    again = io.StringIO()
    call_command("check_alerts", "--rule", "Fatal failures", stdout=again)
    assert again.getvalue().splitlines()[0].startswith("[cooldown] Fatal failures")
    assert Alert.objects.count() == 1


@pytest.mark.django_db
def test_check_alerts_dry_run_fires_nothing():
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="Fatal failures")
    make_runs(1, failure_class="fatal")
    out = io.StringIO()

    call_command("check_alerts", "--dry-run", stdout=out)

    assert out.getvalue().splitlines()[0] == (
        "[would fire] Fatal failures (any fatal failure): "
        "1 run failed fatally in the last 15 min and went to a person"
    )
    assert Alert.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("No such rule", "no alert rule named 'No such rule'; the rules are: 'Fatal failures'"),
        ("", "--rule takes a rule's name (1 to 100 characters)"),
        ("x" * 101, "--rule takes a rule's name (1 to 100 characters)"),
        ("'; DROP TABLE tracing_alert; --", 'no alert rule named "\'; DROP TABLE tracing_alert; --"'),
    ],
)
def test_check_alerts_refuses_an_unknown_rule(name, error):
    make_rule(Metric.FATAL_COUNT, 0, min_runs=0, name="Fatal failures")

    with pytest.raises(CommandError) as refused:
        call_command("check_alerts", "--rule", name, stdout=io.StringIO())

    assert str(refused.value).startswith(error)
    assert Alert.objects.count() == 0


# --- the console pages ------------------------------------------------------------------------------------


@pytest.fixture
def people():
    nobody = get_user_model().objects.create_user("nora", password="x-test-password-1")
    return {
        "support": staff_user("sam", "support"),
        "support2": staff_user("tom", "support"),
        "qa": staff_user("quinn", "qa"),
        "admin": staff_user("ada", "admin"),
        "nobody": nobody,
    }


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def fire_fatal(count: int = 1) -> Alert:
    rule = AlertRule.objects.filter(metric=Metric.FATAL_COUNT).first() or make_rule(
        Metric.FATAL_COUNT, 0, min_runs=0, name="Fatal failures"
    )
    make_runs(count, failure_class="fatal")
    Alert.objects.filter(rule=rule).update(fired_at=timezone.now() - timedelta(hours=2))  # past the cooldown
    return alerts.evaluate(rules=[rule.name]).fired[0]


@pytest.mark.django_db
def test_every_alert_page_is_for_staff_only(people):
    alert = fire_fatal()
    rule = alert.rule
    pages = [
        reverse("console:alerts"),
        reverse("console:alerts_badge"),
        reverse("console:alert", args=[alert.pk]),
        reverse("console:alert_toast", args=[alert.pk]),
        reverse("console:alert_rule", args=[rule.pk]),
    ]
    for url in pages:
        anonymous = client_for().get(url)
        assert anonymous.status_code == 302, url
        assert anonymous["Location"].startswith("/console/login/")
        assert client_for(people["nobody"]).get(url).status_code == 403, url
    for url in pages[:4]:
        assert client_for(people["qa"]).get(url).status_code == 200, url
    assert client_for().post(reverse("console:alert_acknowledge", args=[alert.pk])).status_code == 302
    assert (
        client_for(people["nobody"]).post(reverse("console:alert_acknowledge", args=[alert.pk])).status_code
        == 403
    )
    alert.refresh_from_db()
    assert alert.acknowledged_at is None
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db
def test_the_list_shows_open_alerts_newest_first_with_their_rule(people):
    older = fire_fatal()
    newer = fire_fatal(2)
    page = client_for(people["qa"]).get(reverse("console:alerts"))

    assert page.status_code == 200
    rows = [row.alert.pk for row in page.context["rows"]]
    assert rows == [newer.pk, older.pk]
    html = page.content.decode()
    assert "3 runs failed fatally in the last 15 min" in html  # the 1 of the older alert and 2 more
    assert 'data-testid="acknowledge"' not in html  # QA reads; it does not acknowledge
    assert [r.rule.name for r in page.context["rules"]] == ["Fatal failures"]
    assert 'data-testid="edit-rule"' not in html


@pytest.mark.django_db
def test_the_list_costs_the_same_queries_for_two_alerts_and_for_eight(people, django_assert_num_queries):
    client = client_for(people["support"])
    for _ in range(2):
        fire_fatal()
    client.get(reverse("console:alerts"))  # warm the session and the role cache
    with django_assert_num_queries(7) as two:
        client.get(reverse("console:alerts"))
    for _ in range(6):
        fire_fatal()
    with django_assert_num_queries(len(two.captured_queries)):
        response = client.get(reverse("console:alerts"))
    assert len(response.context["rows"]) == 8


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("?show=everything", "Show: choose open, acknowledged or all."),
        ("?show=%3Cscript%3E", "Show: choose open, acknowledged or all."),
        ("?before=abc", "Older than: this is not an alert number; showing the newest."),
        ("?before=-1", "Older than: this is not an alert number; showing the newest."),
        ("?before=%D9%A3", "Older than: this is not an alert number; showing the newest."),  # Arabic-Indic 3
        ("?before=" + "9" * 40, "Older than: this is not an alert number; showing the newest."),
    ],
)
def test_a_bad_filter_is_named_on_the_page(people, query, problem):
    alert = fire_fatal()

    response = client_for(people["support"]).get(reverse("console:alerts") + query)

    assert response.status_code == 400
    assert response.context["problems"] == [problem]
    assert [row.alert.pk for row in response.context["rows"]] == [alert.pk]


@pytest.mark.django_db
def test_the_filters_split_open_and_acknowledged(people):
    done = fire_fatal()
    waiting = fire_fatal()
    alerts.do_acknowledge_alert(done.pk, people["support"])
    client = client_for(people["support"])

    def shown(show: str) -> list[int]:
        return [
            row.alert.pk for row in client.get(reverse("console:alerts") + f"?show={show}").context["rows"]
        ]

    assert shown("open") == [waiting.pk]
    assert shown("acknowledged") == [done.pk]
    assert shown("all") == [waiting.pk, done.pk]
    partial = client.get(
        reverse("console:alerts") + "?show=open", headers={**HTMX, "HX-Target": "alerts-list"}
    )
    assert partial.templates[0].name == "console/_alerts_list.html"


@pytest.mark.django_db
def test_support_acknowledges_once_however_often_it_is_clicked(
    people, layer, django_capture_on_commit_callbacks
):
    alert = fire_fatal()
    listener = GroupListener(layer, events.INBOX_GROUP)
    url = reverse("console:alert_acknowledge", args=[alert.pk])
    sam = client_for(people["support"])

    with django_capture_on_commit_callbacks(execute=True):
        first = sam.post(url, headers=HTMX)
        second = sam.post(url, headers=HTMX)
        other = client_for(people["support2"]).post(url, headers=HTMX)

    assert [r.status_code for r in (first, second, other)] == [200, 200, 200]
    assert second.context["notice"] == "You had already acknowledged it."
    assert other.context["notice"] == "sam acknowledged it first."
    alert.refresh_from_db()
    assert alert.acknowledged_by == people["support"]
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.target_type, entry.target_id) == (
        people["support"],
        "acknowledge_alert",
        "alert",
        str(alert.pk),
    )
    assert [e for e in listener.events() if e["type"] == "alerts.changed"] == [
        {"type": "alerts.changed", "id": str(alert.pk), "change": "acknowledged"}
    ]
    badge = sam.get(reverse("console:alerts_badge"))
    assert badge.context["open_alerts"] == 0


@pytest.mark.django_db
def test_qa_cannot_acknowledge(people):
    alert = fire_fatal()

    response = client_for(people["qa"]).post(
        reverse("console:alert_acknowledge", args=[alert.pk]), headers=HTMX
    )

    assert response.status_code == 403
    assert "acknowledging alerts needs the support, manager or admin role" in response.content.decode()
    alert.refresh_from_db()
    assert alert.acknowledged_at is None
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db
def test_acknowledging_without_htmx_redirects_back_with_a_message(people):
    alert = fire_fatal()
    client = client_for(people["support"])

    response = client.post(
        reverse("console:alert_acknowledge", args=[alert.pk]), {"from": "detail"}, follow=True
    )

    assert response.redirect_chain == [(reverse("console:alert", args=[alert.pk]), 302)]
    assert [str(m) for m in response.context["messages"]] == ["Acknowledged."]


@pytest.mark.django_db
@pytest.mark.parametrize("alert_id", ["999999", "9" * 18])
def test_an_unknown_alert_is_a_404(people, alert_id):
    client = client_for(people["support"])
    assert client.get(f"/console/alerts/{alert_id}/").status_code == 404
    assert client.get(f"/console/alerts/{alert_id}/toast/").status_code == 404
    assert client.post(f"/console/alerts/{alert_id}/acknowledge/").status_code == 404
    assert client.get("/console/alerts/abc/").status_code == 404
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db
def test_acknowledging_takes_a_post(people):
    alert = fire_fatal()
    response = client_for(people["support"]).get(reverse("console:alert_acknowledge", args=[alert.pk]))
    assert response.status_code == 405


@pytest.mark.django_db
def test_the_toast_and_the_page_link_the_runs_involved(people):
    alert = fire_fatal(2)
    client = client_for(people["qa"])

    toast = client.get(reverse("console:alert_toast", args=[alert.pk])).content.decode()
    page = client.get(reverse("console:alert", args=[alert.pk]))

    assert 'data-rule="Fatal failures"' in toast
    assert f'href="{reverse("console:alert", args=[alert.pk])}"' in toast
    assert "See the 2 runs" in toast
    assert sorted(str(item.run.pk) for item in page.context["runs"]) == sorted(alert.details["run_ids"])
    for item in page.context["runs"]:
        assert item.url == reverse("console:run", args=[item.run.pk])
        assert f'href="{item.url}"' in page.content.decode()


@pytest.mark.django_db
def test_an_alert_keeps_its_rule_name_when_the_rule_is_deleted(people):
    alert = fire_fatal()
    AlertRule.objects.all().delete()

    toast = client_for(people["qa"]).get(reverse("console:alert_toast", args=[alert.pk]))

    assert 'data-rule="Fatal failures"' in toast.content.decode()


# --- editing rules ----------------------------------------------------------------------------------------


def rule_form(**overrides) -> dict:
    return {
        "threshold": "5",
        "window_minutes": "15",
        "min_runs": "20",
        "cooldown_minutes": "30",
        "enabled": "on",
        "webhook_url": "",
        **overrides,
    }


@pytest.mark.django_db
def test_an_admin_edits_a_rule_in_the_units_people_read(people):
    rule = make_rule(Metric.RECOVERABLE_RATE, 0.05, name="Recoverable failure rate")
    client = client_for(people["admin"])

    form = client.get(reverse("console:alert_rule", args=[rule.pk]))
    assert form.context["form"]["threshold"].value() == Decimal("5")
    response = client.post(
        reverse("console:alert_rule", args=[rule.pk]),
        rule_form(threshold="7.5", window_minutes="30", webhook_url="https://hooks.example.com/alerts"),
    )

    assert (response.status_code, response["Location"]) == (302, reverse("console:alerts"))
    rule.refresh_from_db()
    assert (rule.threshold, rule.window_minutes, rule.webhook_url) == (
        0.075,
        30,
        "https://hooks.example.com/alerts",
    )
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.target_type, entry.target_id) == (
        people["admin"],
        "edit_alert_rule",
        "alert_rule",
        str(rule.pk),
    )
    assert entry.before == {"threshold": 0.05, "window_minutes": 15, "webhook_url": ""}
    assert entry.after == {
        "threshold": 0.075,
        "window_minutes": 30,
        "webhook_url": "https://hooks.example.com/alerts",
    }
    assert alerts.fires_when(rule) == "above 7.5%"


@pytest.mark.django_db
def test_saving_an_unchanged_rule_writes_no_audit_entry(people):
    rule = make_rule(Metric.RECOVERABLE_RATE, 0.05)
    client_for(people["admin"]).post(reverse("console:alert_rule", args=[rule.pk]), rule_form())
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["support", "qa"])
def test_only_admins_edit_rules(people, who):
    rule = make_rule(Metric.RECOVERABLE_RATE, 0.05)

    response = client_for(people[who]).post(
        reverse("console:alert_rule", args=[rule.pk]), rule_form(threshold="50")
    )

    assert response.status_code == 403
    rule.refresh_from_db()
    assert rule.threshold == 0.05
    assert AuditEntry.objects.count() == 0
    with pytest.raises(alerts.roles.Forbidden):
        alerts.do_update_alert_rule(rule.pk, people[who], {"threshold": 0.5})


BAD_RULE_INPUT = [
    ("threshold", "", "This field is required."),
    ("threshold", "abc", "enter a number with the digits 0-9, like 5 or 2.5"),
    ("threshold", "NaN", "enter a number with the digits 0-9, like 5 or 2.5"),
    ("threshold", "1e3", "enter a number with the digits 0-9, like 5 or 2.5"),
    ("threshold", "-5", "enter a number with the digits 0-9, like 5 or 2.5"),
    ("threshold", "５", "enter a number with the digits 0-9, like 5 or 2.5"),  # a fullwidth 5
    (
        "threshold",
        "5; DROP TABLE tracing_alertrule",
        "Ensure this value has at most 20 characters (it has 31).",
    ),
    ("threshold", "100", "enter a percentage from 0 to 99.9"),
    ("threshold", "9999999", "enter a percentage from 0 to 99.9"),
    ("window_minutes", "0", "enter whole minutes from 1 to 1440 (a day)"),
    ("window_minutes", "1441", "enter whole minutes from 1 to 1440 (a day)"),
    ("window_minutes", "2.5", "enter a whole number with the digits 0-9"),
    ("window_minutes", "١٥", "enter a whole number with the digits 0-9"),  # Arabic-Indic 15
    ("min_runs", "0", "enter a whole number of runs from 1 to 100,000"),
    ("min_runs", "", "This field is required."),
    ("cooldown_minutes", "0", "enter whole minutes from 1 to 10080 (a week)"),
    ("cooldown_minutes", "99999999999", "enter a whole number with the digits 0-9"),
    (
        "webhook_url",
        "ftp://hooks.example.com/x",
        "enter an http:// or https:// address of at most 200 characters",
    ),
    ("webhook_url", "javascript:alert(1)", "enter an http:// or https:// address of at most 200 characters"),
    (
        "webhook_url",
        "https://" + "a" * 195 + ".com",
        "Ensure this value has at most 200 characters (it has 207).",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value", "error"), BAD_RULE_INPUT)
def test_bad_rule_input_is_refused_clearly(people, field, value, error):
    rule = make_rule(Metric.RECOVERABLE_RATE, 0.05)

    response = client_for(people["admin"]).post(
        reverse("console:alert_rule", args=[rule.pk]), rule_form(**{field: value})
    )

    assert response.status_code == 422
    assert response.context["form"].errors == {field: [error]}
    assert error.replace("'", "&#x27;") in response.content.decode()
    rule.refresh_from_db()
    assert (rule.threshold, rule.window_minutes, rule.min_runs, rule.cooldown_minutes) == (0.05, 15, 20, 30)
    assert AuditEntry.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("metric", "value", "error"),
    [
        (Metric.TOKENS_PER_RUN, "1", "enter a ratio from 1.1 to 100"),
        (Metric.TOKENS_PER_RUN, "101", "enter a ratio from 1.1 to 100"),
        (Metric.FATAL_COUNT, "2.5", "enter a whole number from 0 to 1000"),
        (Metric.BUDGET_USED, "0", "enter a percentage from 1 to 100"),
        (Metric.BUDGET_USED, "120", "enter a percentage from 1 to 100"),
    ],
)
def test_each_metric_checks_its_own_threshold(people, metric, value, error):
    rule = make_rule(
        metric, 2.0 if metric == Metric.TOKENS_PER_RUN else 0.8 if metric == Metric.BUDGET_USED else 0
    )

    response = client_for(people["admin"]).post(
        reverse("console:alert_rule", args=[rule.pk]), rule_form(threshold=value)
    )

    assert response.status_code == 422
    assert response.context["form"].errors == {"threshold": [error]}


@pytest.mark.django_db
def test_a_budget_rule_has_no_window_or_minimum_to_edit(people):
    rule = make_rule(Metric.BUDGET_USED, 0.8, window_minutes=1440, min_runs=0, cooldown_minutes=1440)
    client = client_for(people["admin"])

    response = client.post(
        reverse("console:alert_rule", args=[rule.pk]),
        {
            "threshold": "90",
            "cooldown_minutes": "600",
            "enabled": "on",
            "window_minutes": "0",
            "min_runs": "x",
        },
    )

    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.threshold, rule.cooldown_minutes, rule.window_minutes, rule.min_runs) == (0.9, 600, 1440, 0)


@pytest.mark.django_db
def test_an_unknown_rule_is_a_404(people):
    assert client_for(people["admin"]).get("/console/alerts/rules/424242/").status_code == 404
    assert client_for(people["admin"]).post("/console/alerts/rules/424242/", rule_form()).status_code == 404


@pytest.mark.django_db
def test_the_action_refuses_what_the_form_would(people):
    rule = make_rule(Metric.RECOVERABLE_RATE, 0.05)

    with pytest.raises(alerts.InputError) as refused:
        alerts.do_update_alert_rule(rule.pk, people["admin"], {"threshold": 1.5, "cooldown_minutes": 0})
    with pytest.raises(alerts.InputError) as unknown_field:
        alerts.do_update_alert_rule(rule.pk, people["admin"], {"metric": "fatal_count"})

    assert refused.value.message == (
        "threshold: enter a percentage from 0 to 99.9; "
        "cooldown_minutes: enter whole minutes from 1 to 10080 (a week)"
    )
    assert unknown_field.value.message == "these fields cannot be changed here: metric"
    rule.refresh_from_db()
    assert (rule.metric, rule.threshold, rule.cooldown_minutes) == ("recoverable_rate", 0.05, 30)
