"""The dashboard's figures (tracing/dashboards.py) against hand-built rows whose answers are worked out
in the comments, and the page (/console/dashboard/): who may open it, what it shows, and what it says
to a bad range. Runs on SQLite and on Postgres alike (DATABASE_URL)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agents import actions
from agents.models import Conversation, Escalation, Run
from console.operator.dashboard_views import choose_range
from tests.runtime_helpers import staff_user
from tracing import dashboards
from tracing.models import GuardVerdict, LLMCall, Span

pytestmark = pytest.mark.django_db

DAY = datetime(2025, 5, 14, tzinfo=UTC)
START, END = DAY + timedelta(hours=10), DAY + timedelta(hours=16)  # [10:00, 16:00) on 14 May
US = timedelta(microseconds=1)


def at(hour: int, minute: int = 0, second: int = 0, microsecond: int = 0) -> datetime:
    return DAY + timedelta(hours=hour, minutes=minute, seconds=second, microseconds=microsecond)


def make_run(agent: str = "support", executor: str = "", **fields) -> Run:
    conversation = Conversation.objects.create(agent_name=agent)
    return Run.objects.create(conversation=conversation, agent_name=agent, executor_name=executor, **fields)


def make_call(
    run: Run, when: datetime, cost: str, tokens_in=0, tokens_out=0, cached=0, feature=""
) -> LLMCall:
    return LLMCall(
        run=run,
        step_index=0,
        provider="scripted",
        model="m",
        request={},
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        tokens_cached=cached,
        cost_usd=Decimal(cost),
        feature=feature,
        created_at=when,
    )


def make_span(run: Run, kind: str, when: datetime, duration_ms: float, **attributes) -> Span:
    return Span(
        run=run,
        span_id=f"{random.getrandbits(64):016x}",
        parent_id=run.id.hex[:16],
        kind=kind,
        name=kind,
        started_at=when,
        duration_ms=duration_ms,
        attributes=attributes,
    )


def make_verdict(run: Run, when: datetime, stage: str, verdict: str, check: str = "") -> GuardVerdict:
    return GuardVerdict(
        run=run, step_index=0, stage=stage, verdict=verdict, deciding_check=check, created_at=when
    )


@pytest.fixture
def usage_world():
    """Six calls in [10:00, 16:00) and two just outside it.

    | run                         | when        | cost     | in   | out | cached | feature |
    | support/orders              | 10:15       | 0.003000 | 1000 | 200 | 400    | orders  |
    | support/orders              | 10:16       | 0.000250 | 300  | 20  | 0      | routing |
    | support/orders              | 11:30       | 0.001500 | 500  | 100 | 0      | orders  |
    | support (router ended it)   | 12:10       | 0.000250 | 300  | 20  | 0      | routing |
    | support/returns             | 13:00:00.0  | 0.004200 | 1200 | 300 | 0      | returns |
    | t-plain (no router)         | 15:59:59.9… | 0.000001 | 10   | 1   | 0      | (none)  |
    | support/orders, outside     | 09:59:59.9… | 7        |      |     |        | orders  |
    | support/orders, outside     | 16:00       | 9        |      |     |        | orders  |
    """
    orders = make_run("support", "orders")
    returns = make_run("support", "returns")
    desk_only = make_run("support", "")
    plain = make_run("t-plain", "")
    LLMCall.objects.bulk_create(
        [
            make_call(orders, at(10, 15), "0.003000", 1000, 200, 400, "orders"),
            make_call(orders, at(10, 16), "0.000250", 300, 20, 0, "routing"),
            make_call(orders, at(11, 30), "0.001500", 500, 100, 0, "orders"),
            make_call(desk_only, at(12, 10), "0.000250", 300, 20, 0, "routing"),
            make_call(returns, at(13), "0.004200", 1200, 300, 0, "returns"),
            make_call(plain, END - US, "0.000001", 10, 1, 0, ""),
            make_call(orders, START - US, "7", 5000, 5000, 0, "orders"),
            make_call(orders, END, "9", 5000, 5000, 0, "orders"),
        ]
    )


def as_tuple(usage: dashboards.Usage) -> tuple:
    return (usage.key, usage.calls, usage.tokens_in, usage.tokens_out, usage.tokens_cached, usage.cost_usd)


# --- money ------------------------------------------------------------------------------------------


def test_cost_by_hour_is_one_exact_decimal_per_utc_hour_of_the_range(usage_world):
    assert dashboards.cost_by_hour(START, END) == {
        at(10): Decimal("0.003250"),  # 10:15 and 10:16
        at(11): Decimal("0.001500"),
        at(12): Decimal("0.000250"),
        at(13): Decimal("0.004200"),  # 13:00:00.000000 opens its hour
        at(14): Decimal("0.000000"),
        at(15): Decimal("0.000001"),  # the last microsecond of the range is in it; 16:00 is not
    }
    assert all(
        str(cost).split(".")[1].__len__() == 6 for cost in dashboards.cost_by_hour(START, END).values()
    )


def test_an_hour_cut_by_the_range_counts_only_the_calls_inside_both(usage_world):
    # [10:30, 12:00): the 10:00 bucket is there (it overlaps) but its 10:15/10:16 calls are before 10:30.
    assert dashboards.cost_by_hour(at(10, 30), at(12)) == {
        at(10): Decimal("0.000000"),
        at(11): Decimal("0.001500"),
    }


def test_sums_stay_exact_to_the_micro_dollar_over_many_float_unfriendly_rows():
    # SQLite stores these as floats: 0.1 + 0.2 + 0.3 != 0.6 there, and 1000 x 0.000123 drifts.
    run = make_run()
    hour = at(11)
    rows = [make_call(run, hour + timedelta(seconds=i), "0.000123", 1, 1) for i in range(1000)]
    rows += [make_call(run, hour + timedelta(minutes=30), cost) for cost in ("0.1", "0.2", "0.3")]
    rows.append(make_call(run, hour + timedelta(minutes=40), "123456.789012"))
    LLMCall.objects.bulk_create(rows)

    expected = Decimal("0.123000") + Decimal("0.6") + Decimal("123456.789012")
    assert dashboards.cost_by_hour(hour, hour + timedelta(hours=1)) == {hour: Decimal("123457.512012")}
    assert expected == Decimal("123457.512012")
    assert dashboards.usage_totals(hour, hour + timedelta(hours=1)).cost_usd == Decimal("123457.512012")


# Committed rows (transaction=True): the runtime reads the price table from a helper thread, which
# must not wait behind this test's open transaction on SQLite.
@pytest.mark.django_db(transaction=True)
def test_a_conversations_calls_add_up_to_its_cost_and_to_the_dashboards_hours():
    """The must-show: real turns of a priced (scripted) agent, two runs in one conversation. The sum
    over the conversation's LLM calls equals the conversation's cost (its runs' cost_usd) and the
    dashboard's figures for the hours they ran in, to the cent and below."""
    conversation = Conversation.objects.create(agent_name="t-two-calls", customer_ref="alice")
    for text in ("Where is my order 1234?", "And order 1235?"):
        intake = actions.do_post_customer_message(conversation, text)
        async_to_sync(actions.execute_claimed_run)(intake)
    calls = list(LLMCall.objects.filter(run__conversation=conversation))
    runs = list(Run.objects.filter(conversation=conversation))
    assert (len(runs), len(calls)) == (2, 6)  # t-two-calls: three model steps per turn
    by_calls = sum((call.cost_usd for call in calls), Decimal(0))
    assert by_calls > 0

    first = min(call.created_at for call in calls).replace(minute=0, second=0, microsecond=0)
    hours = dashboards.cost_by_hour(first, max(call.created_at for call in calls) + US)
    assert sum(hours.values()) == by_calls == sum((run.cost_usd for run in runs), Decimal(0))
    for hour, cost in hours.items():
        assert cost == sum(
            (c.cost_usd for c in calls if hour <= c.created_at < hour + timedelta(hours=1)), Decimal(0)
        )


# --- tokens and cost by agent, executor, feature, hour of day ---------------------------------------


def test_usage_totals(usage_world):
    assert as_tuple(dashboards.usage_totals(START, END)) == ("all", 6, 3310, 641, 400, Decimal("0.009201"))


def test_usage_by_agent(usage_world):
    assert [as_tuple(u) for u in dashboards.usage_by("agent", START, END)] == [
        ("support", 5, 3300, 640, 400, Decimal("0.009200")),
        ("t-plain", 1, 10, 1, 0, Decimal("0.000001")),
    ]


def test_usage_by_executor_names_an_agent_without_a_router_after_itself(usage_world):
    assert [as_tuple(u) for u in dashboards.usage_by("executor", START, END)] == [
        ("orders", 3, 1800, 320, 400, Decimal("0.004750")),
        ("returns", 1, 1200, 300, 0, Decimal("0.004200")),
        ("support", 1, 300, 20, 0, Decimal("0.000250")),  # the router ended that turn itself
        ("t-plain", 1, 10, 1, 0, Decimal("0.000001")),
    ]


def test_usage_by_feature(usage_world):
    assert [as_tuple(u) for u in dashboards.usage_by("feature", START, END)] == [
        ("orders", 2, 1500, 300, 400, Decimal("0.004500")),
        ("returns", 1, 1200, 300, 0, Decimal("0.004200")),
        ("routing", 2, 600, 40, 0, Decimal("0.000500")),
        ("(untagged)", 1, 10, 1, 0, Decimal("0.000001")),
    ]


def test_usage_by_hour_of_day_has_all_24_hours(usage_world):
    hours = dashboards.usage_by_hour_of_day(START, END)
    assert [u.key for u in hours] == [f"{h:02d}" for h in range(24)]
    assert {u.key: (u.calls, u.tokens, u.cost_usd) for u in hours if u.calls} == {
        "10": (2, 1520, Decimal("0.003250")),
        "11": (1, 600, Decimal("0.001500")),
        "12": (1, 320, Decimal("0.000250")),
        "13": (1, 1500, Decimal("0.004200")),
        "15": (1, 11, Decimal("0.000001")),
    }
    assert hours[0].cost_usd == Decimal("0.000000")


def test_hour_of_day_adds_the_same_hour_of_different_days():
    run = make_run()
    LLMCall.objects.bulk_create(
        [make_call(run, DAY + timedelta(days=d, hours=9, minutes=5), "0.010000", 100, 10) for d in range(3)]
    )
    hours = dashboards.usage_by_hour_of_day(DAY, DAY + timedelta(days=3))
    assert (hours[9].calls, hours[9].tokens_in, hours[9].cost_usd) == (3, 300, Decimal("0.030000"))


# --- runs: completion, escalation, failure classes ---------------------------------------------------


def test_run_outcomes_count_the_runs_that_ended_in_the_range():
    inside = at(12)

    def ended(status, error_code="", failure="", finished=inside, escalate=False):
        run = make_run(status=status, error_code=error_code, failure_class=failure, finished_at=finished)
        if escalate:
            Escalation.objects.create(conversation=run.conversation, run=run, reason_code=error_code)
        return run

    ended("completed")  # completed
    ended("completed", failure="recoverable")  # completed after a retry: still completed
    ended("completed", error_code="guard_refused")  # a refusal is an answer, not the task done
    ended("completed", error_code="output_replaced", failure="degraded")  # the safe answer
    ended("handed_off", "customer_asked_for_human", escalate=True)
    ended("limit_exceeded", "step_limit", failure="fatal", escalate=True)
    ended("degraded", "providers_exhausted:timeout", failure="degraded")  # a template
    ended("completed", finished=START - US)  # ended before the range
    ended("completed", finished=END)  # ended at the range's (excluded) end
    ended("awaiting_approval", finished=None)  # not ended
    ended("running", finished=None)

    outcomes = dashboards.run_outcomes(START, END)
    assert (outcomes.ended, outcomes.completed, outcomes.escalated) == (7, 2, 2)
    assert outcomes.by_failure_class == {"recoverable": 1, "degraded": 2, "fatal": 1}
    assert outcomes.completion_rate == 2 / 7
    assert outcomes.escalation_rate == 2 / 7
    assert (outcomes.failure_rate("recoverable"), outcomes.failure_rate("degraded")) == (1 / 7, 2 / 7)
    assert outcomes.failure_rate("fatal") == 1 / 7


# --- cache, latency, guards -------------------------------------------------------------------------


def test_cache_hit_rate_is_hits_over_lookups_from_the_traces():
    run = make_run()
    spans = [make_span(run, "cache", at(11, i), 3.0, hit=True) for i in range(3)]
    spans += [make_span(run, "cache", at(12, i), 3.0, hit=False) for i in range(5)]
    failed = make_span(run, "cache", at(13), 1.0, hit=False)
    failed.status, failed.error_code = "error", "OperationalError"
    spans.append(failed)
    spans.append(make_span(run, "cache", END, 3.0, hit=True))  # outside
    spans.append(make_span(run, "llm", at(12), 3.0, hit=True))  # not a cache lookup
    Span.objects.bulk_create(spans)

    cache = dashboards.cache_use(START, END)
    assert (cache.lookups, cache.hits, cache.hit_rate) == (9, 3, 1 / 3)


def test_latency_p50_p95_per_step_kind():
    run = make_run()
    durations = [10.0 * i for i in range(1, 22)]  # 10 ... 210 ms: p50 is the 11th, p95 the 20th
    random.Random(3).shuffle(durations)
    spans = [make_span(run, "model", at(11, 0, i), ms) for i, ms in enumerate(durations)]
    spans += [make_span(run, "guard", at(12), 2.0), make_span(run, "guard", at(12, 1), 4.0)]
    spans.append(make_span(run, "tool", at(13), 50.0))
    spans.append(make_span(run, "check", at(13), 5000.0))  # a part of a guard pass: not a step
    spans.append(make_span(run, "approval", at(13), 3_600_000.0))  # waits on a person: left out
    spans.append(make_span(run, "model", END, 99_999.0))  # outside
    Span.objects.bulk_create(spans)

    assert [
        (s.kind, s.label, s.count, s.p50_ms, s.p95_ms) for s in dashboards.latency_by_step(START, END)
    ] == [
        ("guard", "guard pass", 2, 3.0, 3.9),  # percentile_cont interpolates: 2 + (4 - 2) * 0.95
        ("model", "reasoning step", 21, 110.0, 200.0),
        ("tool", "tool call", 1, 50.0, 50.0),
    ]


def test_sqlite_percentiles_read_only_the_latest_spans_of_a_kind(monkeypatch, on_postgres):
    if on_postgres:
        pytest.skip("Postgres computes percentiles over every span (percentile_cont)")
    monkeypatch.setattr(dashboards, "LATENCY_SAMPLE", 3)
    run = make_run()
    # Oldest first: 1000, 1000, then the latest three 10, 20, 30.
    Span.objects.bulk_create(
        [make_span(run, "tool", at(11, i), ms) for i, ms in enumerate([1000.0, 1000.0, 10.0, 20.0, 30.0])]
    )
    (tool,) = dashboards.latency_by_step(START, END)
    assert (tool.count, tool.p50_ms, tool.sampled) == (5, 20.0, True)


def test_guard_rejections_by_deciding_check_and_stage():
    run = make_run()
    verdicts = [
        make_verdict(run, at(11), "input", "allow"),
        make_verdict(run, at(11), "input", "allow_redacted", "pii"),  # went on, redacted
        *[make_verdict(run, at(12), "input", "refuse", "injection") for _ in range(3)],
        make_verdict(run, at(12), "input", "escalate", "human_request"),
        *[make_verdict(run, at(13), "output", "replace", "commitment") for _ in range(2)],
        make_verdict(run, at(13), "output", "repair", "format"),  # repaired and sent
        make_verdict(run, at(14), "untrusted", "refuse", "injection"),
        make_verdict(run, at(14), "output", "escalate", ""),
        make_verdict(run, END, "input", "refuse", "injection"),  # outside
    ]
    GuardVerdict.objects.bulk_create(verdicts)

    guards = dashboards.guard_rejections(START, END)
    assert (guards.verdicts, guards.rejected) == (11, 8)
    assert guards.by_reason == [
        ("injection", "input", 3),
        ("commitment", "output", 2),
        ("(unnamed)", "output", 1),
        ("human_request", "input", 1),
        ("injection", "untrusted", 1),
    ]


# --- empty and bad ranges ----------------------------------------------------------------------------


def test_an_empty_range_is_zeros_and_no_rates(usage_world):
    start, end = DAY + timedelta(days=2), DAY + timedelta(days=2, hours=3)
    figures = dashboards.dashboard(start, end)
    assert as_tuple(figures.usage) == ("all", 0, 0, 0, 0, Decimal("0.000000"))
    assert figures.cost_by_hour == {start + timedelta(hours=h): Decimal("0.000000") for h in range(3)}
    assert (figures.by_agent, figures.by_executor, figures.by_feature, figures.latency) == ([], [], [], [])
    assert (figures.outcomes.ended, figures.outcomes.completion_rate, figures.outcomes.escalation_rate) == (
        0,
        None,
        None,
    )
    assert (figures.cache.lookups, figures.cache.hit_rate) == (0, None)
    assert (figures.guards.verdicts, figures.guards.by_reason) == (0, [])


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (END, START, "the range must start before it ends"),
        (START, START, "the range must start before it ends"),
        (START.replace(tzinfo=None), END, "aware datetimes"),
    ],
)
def test_the_queries_refuse_a_reversed_or_naive_range(start, end, message):
    with pytest.raises(ValueError, match=message):
        dashboards.dashboard(start, end)


def test_the_number_of_queries_does_not_grow_with_the_rows(usage_world, on_postgres):
    run = make_run()
    Span.objects.bulk_create([make_span(run, kind, at(11), 5.0) for kind in ("model", "tool")])
    with CaptureQueriesContext(connection) as few:
        dashboards.dashboard(START, END)
    LLMCall.objects.bulk_create(
        [make_call(run, at(12, i), "0.000100", 10, 1, 0, "orders") for i in range(50)]
    )
    Span.objects.bulk_create(
        [make_span(run, kind, at(12, i), 5.0) for i in range(50) for kind in ("model", "tool")]
    )
    with CaptureQueriesContext(connection) as many:
        dashboards.dashboard(START, END)
    # Postgres: 11 grouped queries; SQLite: one more per kind of step measured (model, tool).
    assert len(few.captured_queries) == len(many.captured_queries) == (11 if on_postgres else 13)


# --- choosing the range ------------------------------------------------------------------------------

NOW = datetime(2025, 5, 14, 10, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("query", "start", "end"),
    [
        ("", datetime(2025, 5, 13, 11, tzinfo=UTC), datetime(2025, 5, 14, 11, tzinfo=UTC)),  # 24 h default
        ("range=1h", datetime(2025, 5, 14, 9, 5, 30, tzinfo=UTC), NOW),  # the last 60 minutes
        ("range=7d", datetime(2025, 5, 7, 11, tzinfo=UTC), datetime(2025, 5, 14, 11, tzinfo=UTC)),
        ("range=30d", datetime(2025, 4, 14, 11, tzinfo=UTC), datetime(2025, 5, 14, 11, tzinfo=UTC)),
        (
            "from=2025-05-01T08:30&to=2025-05-02T09:00",
            datetime(2025, 5, 1, 8, 30, tzinfo=UTC),
            datetime(2025, 5, 2, 9, tzinfo=UTC),
        ),
        (
            "from=2025-05-01&to=2025-05-01",
            datetime(2025, 5, 1, tzinfo=UTC),
            datetime(2025, 5, 2, tzinfo=UTC),
        ),  # that day
        # An offset is honoured and turned into UTC: 16:00 at +02:00 is 14:00 UTC.
        (
            "from=2025-05-01 12:00:00Z&to=2025-05-01T16:00%2B02:00",
            datetime(2025, 5, 1, 12, tzinfo=UTC),
            datetime(2025, 5, 1, 14, tzinfo=UTC),
        ),
    ],
)
def test_choose_range(query, start, end):
    chosen = choose_range(QueryDict(query), NOW)
    assert (chosen.start, chosen.end) == (start, end)


# --- the page ------------------------------------------------------------------------------------------


@pytest.fixture
def people():
    nobody = get_user_model().objects.create_user("nora", password="x-test-password-1")
    return {role: staff_user(f"{role}-person", role) for role in ("support", "manager", "qa", "admin")} | {
        "nobody": nobody
    }


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


URL = "/console/dashboard/"


def test_the_url_is_named():
    assert reverse("console:dashboard") == URL


def test_anonymous_visitors_are_sent_to_sign_in(people):
    response = Client().get(f"{URL}?range=7d")
    assert (response.status_code, response["Location"]) == (
        302,
        f"{reverse('console:login')}?next=/console/dashboard/%3Frange%3D7d",
    )


def test_a_signed_in_user_without_a_role_is_refused(people, usage_world):
    response = client_for(people["nobody"]).get(URL)
    assert response.status_code == 403
    assert [t.name for t in response.templates][0] == "console/forbidden.html"
    assert b"dashboard-data" not in response.content


@pytest.mark.parametrize("role", ["support", "manager", "qa", "admin"])
def test_every_staff_role_sees_the_dashboard_with_the_nav_link(people, role):
    response = client_for(people[role]).get(URL)
    assert response.status_code == 200
    assert b'data-testid="nav-dashboard"' in response.content
    assert b'data-testid="dashboard"' in response.content


def test_only_get(people):
    assert client_for(people["manager"]).post(URL).status_code == 405


def test_the_page_shows_the_ranges_figures(people, usage_world):
    response = client_for(people["support"]).get(URL, {"from": "2025-05-14T10:00", "to": "2025-05-14T16:00"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-testid="range-text">Wed 14 May 10:00 – Wed 14 May 16:00 UTC<' in page
    assert 'data-testid="tile-cost-value">$0.0092<' in page
    assert 'title="exactly $0.009201"' in page
    assert 'data-testid="tile-tokens-value">3,951<' in page
    hours = response.context["hourly_rows"]
    assert [(row["hour"], row["exact"], row["cost"]) for row in hours] == [
        (at(15), "0.000001", "<$0.0001"),
        (at(13), "0.004200", "$0.0042"),
        (at(12), "0.000250", "$0.0003"),
        (at(11), "0.001500", "$0.0015"),
        (at(10), "0.003250", "$0.0033"),
    ]
    assert f'data-hour="{at(13).isoformat()}" data-cost="0.004200"' in page
    charts = json.loads(page.split('id="dashboard-data" type="application/json">')[1].split("</script>")[0])
    assert charts["costPerHour"]["cost"] == [0.00325, 0.0015, 0.00025, 0.0042, 0.0, 0.000001]
    assert charts["byExecutor"]["labels"] == ["orders", "returns", "support", "t-plain"]
    assert page.count("<canvas data-chart=") == 5  # cost/hour, by agent/executor/feature, hour of day
    for empty in ("empty-failures", "empty-guards", "empty-latency"):
        assert f'data-testid="{empty}"' in page  # no runs ended, no verdicts, no spans: said, not blank
    assert "console/vendor/chart.umd.min.js" in page


def test_an_empty_range_says_so_instead_of_drawing_blank_charts(people, usage_world):
    response = client_for(people["qa"]).get(URL, {"from": "2025-05-20", "to": "2025-05-21"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<canvas" not in page
    assert page.count("No model calls in this range") == 5
    assert "No runs ended in this range" in page
    assert 'data-testid="tile-runs-value">0<' in page
    assert 'data-testid="tile-completion-value">—<' in page


def test_the_preset_changes_the_figures(people):
    run = make_run()
    now = timezone.now()
    LLMCall.objects.bulk_create(
        [
            make_call(run, now - timedelta(minutes=10), "1.250000"),
            make_call(run, now - timedelta(days=3), "2.500000"),
        ]
    )
    client = client_for(people["manager"])
    assert 'data-testid="tile-cost-value">$1.25<' in client.get(URL, {"range": "1h"}).content.decode()
    assert 'data-testid="tile-cost-value">$3.75<' in client.get(URL, {"range": "7d"}).content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"range": "99y"}, "unknown range “99y”: choose one of 1h, 24h, 7d, 30d"),
        ({"range": ""}, "unknown range “”"),
        ({"from": "2025-05-14"}, "give both “from” and “to”"),
        ({"to": "2025-05-14"}, "give both “from” and “to”"),
        ({"from": "", "to": ""}, "give both “from” and “to”"),
        ({"from": "yesterday", "to": "today"}, "“from” is not a date and time"),
        ({"from": "2025-02-30", "to": "2025-03-02"}, "“from” is not a real date and time: 2025-02-30"),
        ({"from": "2025-05-14T25:00", "to": "2025-05-15"}, "is not a real date and time"),
        ({"from": "2025-05-15", "to": "2025-05-14"}, "“from” must be before “to”"),
        ({"from": "2025-05-14T10:00", "to": "2025-05-14T10:00"}, "“from” must be before “to”"),
        ({"from": "2020-01-01", "to": "2025-01-01"}, "a custom range is at most 92 days long"),
        ({"from": "٢٠٢٥-٠٥-١٤", "to": "2025-05-15"}, "“from” is not a date and time"),  # Arabic-Indic digits
        ({"from": "２０２５-05-14", "to": "2025-05-15"}, "“from” is not a date and time"),  # full-width
        (
            {"from": "2025-05-14'; DROP TABLE tracing_llmcall;--", "to": "2025-05-15"},
            "is not a date and time",
        ),
        ({"from": "9" * 5000, "to": "2025-05-15"}, "“from” is not a date and time"),
        ({"from": "2025-05-14\x00", "to": "2025-05-15"}, "“from” is not a date and time"),
        ({"from": "9999-12-30", "to": "9999-12-31"}, "“to” is too far in the future"),
        ({"from": "0000-01-01", "to": "2025-05-15"}, "“from” is not a real date and time"),
        ({"range": "<script>alert(1)</script>"}, "unknown range “&lt;script&gt;alert(1)&lt;/sc”"),
    ],
)
def test_a_bad_range_is_answered_with_what_is_wrong(people, usage_world, query, message):
    response = client_for(people["support"]).get(URL, query)
    page = response.content.decode()
    assert response.status_code == 400
    assert 'data-testid="range-error"' in page
    assert message in page
    assert "<canvas" not in page and "dashboard-data" not in page
    assert "<script>alert(1)" not in page
    assert LLMCall.objects.count() == 8  # nothing happened to the data
