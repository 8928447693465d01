"""/metrics (console/metrics.py): Prometheus exposition computed from the database over a trailing window,
readable with the bearer token or by signed-in staff, refused to everyone else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from agents.models import ApprovalRequest, Escalation, Run
from console.metrics import LATENCY_BUCKETS, render_metrics
from tests.runtime_helpers import settings_error, staff_user, start_turn
from tracing.models import Alert, GuardVerdict, LLMCall, Span, ToolCall

TOKEN = "metrics-token-0123456789-abcdef"

pytestmark = pytest.mark.django_db(transaction=True)


def samples(text: str | bytes) -> dict[tuple[str, frozenset], float]:
    if isinstance(text, bytes):
        text = text.decode()
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(found: dict, name: str, **labels: str) -> float:
    return found[(name, frozenset(labels.items()))]


@pytest.fixture
def token(settings):
    settings.HANDRAIL_METRICS_TOKEN = TOKEN
    settings.HANDRAIL_METRICS_WINDOW_MINUTES = 15
    return TOKEN


@pytest.fixture
def activity():
    """Real runs: one completed with two tools, one looping into an escalation, one waiting for approval;
    and one run from before the window."""
    completed, _ = start_turn("t-two-calls", "Where is my order 1234?")
    looping, _ = start_turn("t-looping", "check 7")
    parked, _ = start_turn("t-priced-refund", "Please refund $12.50 on order 1234")
    old, _ = start_turn("t-two-calls", "Where is my order 1234?", customer_ref="bob")
    long_ago = timezone.now() - timedelta(hours=3)
    Run.objects.filter(pk=old.run.pk).update(created_at=long_ago)
    LLMCall.objects.filter(run_id=old.run.pk).update(created_at=long_ago)
    ToolCall.objects.filter(run_id=old.run.pk).update(created_at=long_ago)
    GuardVerdict.objects.filter(run_id=old.run.pk).update(created_at=long_ago)
    Span.objects.filter(run_id=old.run.pk).update(started_at=long_ago)
    now = timezone.now()
    Alert.objects.create(
        metric="fatal_count", severity="critical", value=3, threshold=1, message="m", fired_at=now
    )
    Alert.objects.create(
        metric="fatal_count", severity="critical", value=2, threshold=1, message="m", fired_at=long_ago
    )
    Alert.objects.create(
        metric="budget_used",
        severity="warning",
        value=0.9,
        threshold=0.8,
        message="m",
        fired_at=long_ago,
        acknowledged_at=now,
    )
    return {"completed": completed.run, "looping": looping.run, "parked": parked.run, "old": old.run}


def test_the_metrics_count_the_window_from_the_database(client, token, activity):
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    found = samples(response.content)

    assert value(found, "handrail_metrics_window_seconds") == 900
    # Runs in the window, by status and failure class; the old run is outside it.
    assert value(found, "handrail_runs", agent="t-two-calls", status="completed", failure_class="none") == 1
    assert value(found, "handrail_runs", agent="t-looping", status="looping", failure_class="fatal") == 1
    assert (
        value(
            found, "handrail_runs", agent="t-priced-refund", status="awaiting_approval", failure_class="none"
        )
        == 1
    )
    assert sum(v for (name, _), v in found.items() if name == "handrail_runs") == 3

    # Model calls by provider/model/error; tokens and cost by agent and feature — from the rows.
    recent = LLMCall.objects.exclude(run_id=activity["old"].pk)
    for model in recent.values_list("model", flat=True).distinct():
        expected = recent.filter(model=model).count()
        assert value(found, "handrail_llm_calls", provider="scripted", model=model, error="none") == expected
    completed_calls = recent.filter(run_id=activity["completed"].pk).aggregate(
        i=Sum("tokens_in"), o=Sum("tokens_out"), cost=Sum("cost_usd")
    )
    labels = {"agent": "t-two-calls", "feature": "t-two-calls"}
    assert value(found, "handrail_llm_tokens", type="input", **labels) == completed_calls["i"]
    assert value(found, "handrail_llm_tokens", type="output", **labels) == completed_calls["o"]
    assert value(found, "handrail_llm_cost_usd", **labels) == round(float(completed_calls["cost"]), 6)

    # Tool calls by tool and error.
    assert (
        value(found, "handrail_tool_calls", tool="fetch_order", error="none")
        == ToolCall.objects.filter(
            tool_name="fetch_order", run_id__in=[activity["completed"].pk, activity["looping"].pk]
        ).count()
    )
    assert value(found, "handrail_tool_calls", tool="fetch_tracking", error="none") == 1

    # Latency per span kind: cumulative buckets ending in the count, and the sum in seconds.
    recent_spans = Span.objects.exclude(run_id=activity["old"].pk)
    for kind in ("llm", "tool", "model", "guard"):  # a guard's checks are in its verdict, not spans
        durations = list(recent_spans.filter(kind=kind).values_list("duration_ms", flat=True))
        buckets = [
            value(found, "handrail_step_duration_seconds_bucket", kind=kind, le=str(bound))
            for bound in LATENCY_BUCKETS
        ]
        assert buckets == [float(sum(1 for d in durations if d <= bound * 1000)) for bound in LATENCY_BUCKETS]
        assert value(found, "handrail_step_duration_seconds_bucket", kind=kind, le="+Inf") == len(durations)
        assert value(found, "handrail_step_duration_seconds_gcount", kind=kind) == len(durations)
        assert value(found, "handrail_step_duration_seconds_gsum", kind=kind) == pytest.approx(
            sum(durations) / 1000, rel=1e-9
        )

    # Guard verdicts in the window.
    allowed = GuardVerdict.objects.exclude(run_id=activity["old"].pk).filter(stage="input", verdict="allow")
    assert (
        value(found, "handrail_guard_verdicts", stage="input", verdict="allow", check="none")
        == allowed.count()
    )
    # Current state: the loop's escalation is open, the refund waits for a manager.
    assert Escalation.objects.get(run_id=activity["looping"].pk).status == Escalation.Status.OPEN
    assert value(found, "handrail_open_escalations", status="open", reason="looping") == 1
    assert value(found, "handrail_pending_approvals") == 1
    at = timezone.now() + timedelta(minutes=1)
    waited = at - ApprovalRequest.objects.get(run_id=activity["parked"].pk).created_at
    assert value(samples(render_metrics(now=at)), "handrail_pending_approval_oldest_age_seconds") == (
        waited.total_seconds()
    )
    # Alerts: fired in the window; unacknowledged whenever they fired.
    assert value(found, "handrail_alerts_fired", metric="fatal_count", severity="critical") == 1
    assert value(found, "handrail_alerts_unacknowledged", metric="fatal_count", severity="critical") == 2
    # An old alert already acknowledged is in neither.
    assert not [key for key in found if ("metric", "budget_used") in key[1]]
    # The OTLP export's own counters are there (nothing configured: whatever the cache holds).
    assert ("handrail_otlp_failed_exports_total", frozenset()) in found


def test_a_scrape_costs_a_fixed_number_of_queries(django_assert_num_queries, activity):
    # runs, model calls, tool calls, span latencies, guard verdicts, escalations, approvals, alerts
    with django_assert_num_queries(8):
        render_metrics()


def test_an_empty_database_gives_empty_families_not_an_error(client, token):
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    found = samples(response.content)
    assert value(found, "handrail_pending_approvals") == 0
    assert value(found, "handrail_pending_approval_oldest_age_seconds") == 0
    assert not [key for key in found if key[0] == "handrail_runs"]


# --- who may read it ---------------------------------------------------------------------------------------


def test_staff_of_any_role_may_read_it_with_their_session(client, token):
    for username, role in (("sam", "support"), ("quinn", "qa"), ("maria", "manager")):
        client.force_login(staff_user(username, role))
        response = client.get("/metrics")
        assert response.status_code == 200, username
        assert b"handrail_pending_approvals" in response.content


def test_a_signed_in_person_without_a_staff_role_is_refused(client, token):
    outsider = get_user_model().objects.create_user("outsider", password="x-test-password-1")
    client.force_login(outsider)
    response = client.get("/metrics")
    assert response.status_code == 403
    assert b"handrail_" not in response.content


def test_anonymous_and_missing_token_are_401_with_a_bearer_challenge(client, token):
    response = client.get("/metrics")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="handrail-metrics"'
    assert b"handrail_" not in response.content


@pytest.mark.parametrize(
    "header",
    [
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        f"Bearer {TOKEN.upper()}",
        f"Bearer {TOKEN}\u200b",
        f"Basic {TOKEN}",
        "Bearer ",
        "Bearer",
        "",
        "Bearer ' OR 1=1 --",
        "Bearer " + "a" * 20000,
        f"Token {TOKEN}",
    ],
)
def test_a_wrong_or_malformed_token_is_401(client, token, header):
    response = client.get("/metrics", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert b"handrail_" not in response.content


def test_a_wrong_token_is_refused_even_with_a_staff_session(client, token):
    client.force_login(staff_user("maria", "manager"))
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer stale-token-from-last-year").status_code == 401
    assert client.get("/metrics").status_code == 200


def test_no_token_configured_means_no_token_opens_it(client, settings):
    settings.HANDRAIL_METRICS_TOKEN = ""
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer anything-at-all-here").status_code == 401


def test_the_right_token_reads_it_and_only_get_is_allowed(client, token):
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"bearer   {token}  ").status_code == 200
    assert client.post("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 405
    assert client.get("/metrics/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 404


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HANDRAIL_METRICS_TOKEN": "short"}, "HANDRAIL_METRICS_TOKEN must be at least 16 characters"),
        ({"HANDRAIL_METRICS_WINDOW_MINUTES": "0"}, "HANDRAIL_METRICS_WINDOW_MINUTES must be at least 1"),
        ({"HANDRAIL_METRICS_WINDOW_MINUTES": "1441"}, "HANDRAIL_METRICS_WINDOW_MINUTES must be at most 1440"),
        (
            {"HANDRAIL_METRICS_WINDOW_MINUTES": "fifteen"},
            "HANDRAIL_METRICS_WINDOW_MINUTES must be an integer",
        ),
        ({"HANDRAIL_TRACE_RETENTION_DAYS": "-1"}, "HANDRAIL_TRACE_RETENTION_DAYS must be at least 0"),
        ({"HANDRAIL_TRACE_RETENTION_DAYS": "30d"}, "HANDRAIL_TRACE_RETENTION_DAYS must be an integer"),
    ],
)
def test_bad_exit_settings_stop_the_process_with_a_clear_message(env, message):
    assert message in settings_error(env)
