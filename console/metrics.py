"""`/metrics`: Prometheus exposition of what the runtime did, read from the database.

What it reports, and why as a trailing window. Every process of a deployment (daphne, Celery workers)
writes runs, calls and spans to one database; counting them there gives one answer whichever process
Prometheus scrapes, with no per-process counters to add up and none lost on restart. Counting all of
history on every scrape would grow with the tables, so activity is reported over the last
HANDRAIL_METRICS_WINDOW_MINUTES (15 by default) as gauges: eight grouped queries, each a range scan on a
`created_at` / `started_at` index, so a scrape costs what the last window's traffic costs. Latency is a
gauge histogram over the same window (`histogram_quantile` reads it directly, no `rate()`). Open
escalations, pending approvals and unacknowledged alerts are the current state, not a window. The OTLP
export's own counters (spans exported, failed, dropped) are real counters, kept in the cache.

Who may read it: a request with `Authorization: Bearer <HANDRAIL_METRICS_TOKEN>` (compared in constant
time), or a signed-in member of staff. Anyone else gets 401 (no or wrong credentials) or 403 (signed in
without a staff role).
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, Min, Q, Sum
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeHistogramMetricFamily,
    GaugeMetricFamily,
    Metric,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from agents import roles
from agents.models import ApprovalRequest, Escalation, Run
from tracing.models import Alert, GuardVerdict, LLMCall, Span, ToolCall
from tracing.otlp import export_counts

#: Upper bounds of the latency buckets, in seconds: from a guard check (ms) to a slow model call (a minute).
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

OPEN_ESCALATION_STATUSES = (Escalation.Status.OPEN, Escalation.Status.CLAIMED)


def _label(value: Any) -> str:
    """A label value: "none" for empty (a blank label reads like a missing one in PromQL)."""
    text = str(value or "").strip()
    return text or "none"


class WindowCollector:
    """The metric families for the window [since, now). One instance per scrape."""

    def __init__(self, now: datetime, window: timedelta) -> None:
        self.now = now
        self.window = window
        self.since = now - window
        self.minutes = int(window.total_seconds() // 60)

    def collect(self) -> Iterator[Metric]:
        yield from self.window_info()
        yield from self.runs()
        yield from self.model_calls()
        yield from self.tool_calls()
        yield from self.latency()
        yield from self.guard_verdicts()
        yield from self.open_escalations()
        yield from self.pending_approvals()
        yield from self.alerts()
        yield from self.otlp_export()

    def _doc(self, what: str) -> str:
        return f"{what}, in the last {self.minutes} minutes"

    def window_info(self) -> Iterator[Metric]:
        yield GaugeMetricFamily(
            "handrail_metrics_window_seconds",
            "Length of the trailing window the handrail_* activity gauges count over",
            value=self.window.total_seconds(),
        )

    def runs(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "handrail_runs",
            self._doc("Runs started, by status and failure class (recoverable, degraded, fatal)"),
            labels=["agent", "status", "failure_class"],
        )
        rows = (
            Run.objects.filter(created_at__gte=self.since)
            .values("agent_name", "status", "failure_class")
            .annotate(n=Count("id"))
            .order_by()
        )
        for row in rows:
            family.add_metric([row["agent_name"], row["status"], _label(row["failure_class"])], row["n"])
        yield family

    def model_calls(self) -> Iterator[Metric]:
        calls = GaugeMetricFamily(
            "handrail_llm_calls",
            self._doc("LLM call attempts, by provider, model and error code"),
            labels=["provider", "model", "error"],
        )
        tokens = GaugeMetricFamily(
            "handrail_llm_tokens",
            self._doc("Tokens, by agent, feature and type (input, output, cached input)"),
            labels=["agent", "feature", "type"],
        )
        cost = GaugeMetricFamily(
            "handrail_llm_cost_usd",
            self._doc("Model cost in USD, by agent and feature"),
            labels=["agent", "feature"],
        )
        rows = (
            LLMCall.objects.filter(created_at__gte=self.since)
            .values("run__agent_name", "feature", "provider", "model", "error_code")
            .annotate(
                n=Count("id"),
                tokens_in=Sum("tokens_in"),
                tokens_out=Sum("tokens_out"),
                tokens_cached=Sum("tokens_cached"),
                cost=Sum("cost_usd"),
            )
            .order_by()
        )
        by_call: dict[tuple[str, str, str], int] = {}
        by_agent: dict[tuple[str, str], list[float]] = {}
        for row in rows:
            key = (row["provider"], row["model"], _label(row["error_code"]))
            by_call[key] = by_call.get(key, 0) + row["n"]
            totals = by_agent.setdefault((row["run__agent_name"], _label(row["feature"])), [0, 0, 0, 0.0])
            totals[0] += row["tokens_in"] or 0
            totals[1] += row["tokens_out"] or 0
            totals[2] += row["tokens_cached"] or 0
            totals[3] += float(row["cost"] or 0)
        for (provider, model, error), n in sorted(by_call.items()):
            calls.add_metric([provider, model, error], n)
        for (agent, feature), (tokens_in, tokens_out, tokens_cached, dollars) in sorted(by_agent.items()):
            tokens.add_metric([agent, feature, "input"], tokens_in)
            tokens.add_metric([agent, feature, "output"], tokens_out)
            tokens.add_metric([agent, feature, "cached_input"], tokens_cached)
            cost.add_metric([agent, feature], round(dollars, 6))
        yield calls
        yield tokens
        yield cost

    def tool_calls(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "handrail_tool_calls", self._doc("Tool calls, by tool and error code"), labels=["tool", "error"]
        )
        rows = (
            ToolCall.objects.filter(created_at__gte=self.since)
            .values("tool_name", "error_code")
            .annotate(n=Count("id"))
            .order_by()
        )
        for row in rows:
            family.add_metric([row["tool_name"], _label(row["error_code"])], row["n"])
        yield family

    def latency(self) -> Iterator[Metric]:
        family = GaugeHistogramMetricFamily(
            "handrail_step_duration_seconds",
            self._doc("Duration of trace spans, by kind (model, llm, tool, guard, check, route, ...)"),
            labels=["kind"],
        )
        # One grouped query: the count at or under each bucket's bound, per kind (cumulative, as Prometheus
        # buckets are), plus the total count and sum.
        buckets = {
            f"le_{i}": Count("id", filter=Q(duration_ms__lte=bound * 1000))
            for i, bound in enumerate(LATENCY_BUCKETS)
        }
        rows = (
            Span.objects.filter(started_at__gte=self.since)
            .values("kind")
            .annotate(n=Count("id"), total_ms=Sum("duration_ms"), **buckets)
            .order_by("kind")
        )
        for row in rows:
            cumulative = [(str(bound), float(row[f"le_{i}"])) for i, bound in enumerate(LATENCY_BUCKETS)]
            cumulative.append(("+Inf", float(row["n"])))
            family.add_metric([row["kind"]], cumulative, gsum_value=float(row["total_ms"] or 0) / 1000)
        yield family

    def guard_verdicts(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "handrail_guard_verdicts",
            self._doc("Guard verdicts, by stage (input, untrusted, output), verdict and deciding check"),
            labels=["stage", "verdict", "check"],
        )
        rows = (
            GuardVerdict.objects.filter(created_at__gte=self.since)
            .values("stage", "verdict", "deciding_check")
            .annotate(n=Count("id"))
            .order_by()
        )
        for row in rows:
            family.add_metric([row["stage"], row["verdict"], _label(row["deciding_check"])], row["n"])
        yield family

    def open_escalations(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "handrail_open_escalations",
            "Escalations waiting for or held by a person now, by status and reason",
            labels=["status", "reason"],
        )
        rows = (
            Escalation.objects.filter(status__in=OPEN_ESCALATION_STATUSES)
            .values("status", "reason_code")
            .annotate(n=Count("id"))
            .order_by()
        )
        for row in rows:
            family.add_metric([row["status"], row["reason_code"]], row["n"])
        yield family

    def pending_approvals(self) -> Iterator[Metric]:
        found = ApprovalRequest.objects.filter(status=ApprovalRequest.Status.PENDING).aggregate(
            n=Count("id"), oldest=Min("created_at")
        )
        yield GaugeMetricFamily(
            "handrail_pending_approvals", "Approvals waiting for a manager now", value=found["n"]
        )
        oldest = found["oldest"]
        yield GaugeMetricFamily(
            "handrail_pending_approval_oldest_age_seconds",
            "How long the oldest pending approval has waited (0 when none waits)",
            value=max((self.now - oldest).total_seconds(), 0.0) if oldest else 0.0,
        )

    def alerts(self) -> Iterator[Metric]:
        fired = GaugeMetricFamily(
            "handrail_alerts_fired",
            self._doc("Alerts fired, by metric and severity"),
            labels=["metric", "severity"],
        )
        unacknowledged = GaugeMetricFamily(
            "handrail_alerts_unacknowledged",
            "Alerts not acknowledged yet, by metric and severity (whenever they fired)",
            labels=["metric", "severity"],
        )
        recent = Q(fired_at__gte=self.since)
        open_ = Q(acknowledged_at__isnull=True)
        rows = (
            Alert.objects.filter(recent | open_)
            .values("metric", "severity")
            .annotate(recent=Count("id", filter=recent), open=Count("id", filter=open_))
            .order_by()
        )
        for row in rows:
            labels = [row["metric"], row["severity"]]
            fired.add_metric(labels, row["recent"])
            unacknowledged.add_metric(labels, row["open"])
        yield fired
        yield unacknowledged

    def otlp_export(self) -> Iterator[Metric]:
        counts = export_counts()
        docs = {
            "exported_spans": "Spans the collector accepted",
            "failed_spans": "Spans in export requests that failed (collector down, refused, timed out)",
            "failed_exports": "Export requests that failed",
            "dropped_spans": "Spans dropped because the export queue was full",
        }
        for name, doc in docs.items():
            yield CounterMetricFamily(
                f"handrail_otlp_{name}", f"{doc} (OTLP export, all processes)", value=counts[name]
            )


def render_metrics(now: datetime | None = None) -> bytes:
    """The exposition text for the configured window."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(
        WindowCollector(now or timezone.now(), timedelta(minutes=settings.HANDRAIL_METRICS_WINDOW_MINUTES))
    )
    return generate_latest(registry)


# --- the view ---------------------------------------------------------------------------------------


def _unauthorized(message: str) -> HttpResponse:
    response = HttpResponse(message + "\n", status=401, content_type="text/plain; charset=utf-8")
    response["WWW-Authenticate"] = 'Bearer realm="handrail-metrics"'
    return response


def _token_matches(presented: str) -> bool:
    expected = settings.HANDRAIL_METRICS_TOKEN
    if not expected:
        return False
    # Constant time: a wrong guess takes as long however many leading characters it got right.
    return hmac.compare_digest(
        presented.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def refusal(request: HttpRequest) -> HttpResponse | None:
    """None when the request may read the metrics, else the response that refuses it.

    A presented Authorization header is judged alone (a wrong token is refused even with a staff
    session): a scraper misconfigured with a stale token should fail loudly, not pass by accident."""
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _unauthorized('Use "Authorization: Bearer <token>".')
        if not _token_matches(token.strip()):
            return _unauthorized("The metrics token is not valid.")
        return None
    user = request.user
    if not user.is_authenticated:
        return _unauthorized("Sign in as staff, or send the metrics token as a bearer token.")
    if not roles.can(user, roles.Capability.VIEW_CONSOLE):
        return HttpResponse(
            "Only staff may read the metrics.\n", status=403, content_type="text/plain; charset=utf-8"
        )
    return None


@require_GET
@never_cache
def metrics_view(request: HttpRequest) -> HttpResponse:
    refused = refusal(request)
    if refused is not None:
        return refused
    return HttpResponse(render_metrics(), content_type=CONTENT_TYPE_LATEST)
