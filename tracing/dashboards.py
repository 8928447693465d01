"""The figures of the console's dashboard, each over a UTC range [start, end).

Every figure is grouped and summed in the database (one query each, over indexed timestamps), never
by looping over rows in Python; the one exception is latency percentiles on SQLite (see
`latency_by_step`). What is counted where:

- model usage (tokens, cost): `LLMCall` rows by `created_at`, every attempt, failed ones included
  (a failed attempt that was billed is a cost);
- run outcomes (completion, escalation, failure classes): runs that *ended* in the range
  (`Run.finished_at`), so a run parked for an approval counts once, when it ends;
- cache lookups and latencies: trace spans by `started_at` (nothing when `HANDRAIL_TRACING=false`);
- guard rejections: `GuardVerdict` rows by `created_at`.

Money is exact: every cost figure is a `Decimal` with six places (micro-dollars), summed as integers
in the database (`tracing.costs.micro_usd_sum`, the one sum every cost figure uses), so the sum over a
conversation's calls, the conversation's cost and the dashboard's figure for an hour agree to the
micro-dollar.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.db import connection
from django.db.models import (
    Aggregate,
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, ExtractHour, NullIf, TruncHour

from agents.models import Escalation, Run
from tracing.costs import from_micro_usd, micro_usd_sum
from tracing.models import GuardVerdict, LLMCall, Span

HOUR = timedelta(hours=1)
ZERO_COST = Decimal("0.000000")

# The spans whose durations are a step's latency, in the order a message meets them, with the name a
# person reads. Checks are parts of a guard pass; approvals, people's actions and handoffs wait on
# people (minutes or hours), which would drown every machine latency on the same axis.
LATENCY_STEPS: dict[str, str] = {
    Span.Kind.INTAKE: "queued (intake)",
    Span.Kind.GUARD: "guard pass",
    Span.Kind.CACHE: "cache lookup",
    Span.Kind.ROUTE: "routing",
    Span.Kind.RETRIEVAL: "knowledge search",
    Span.Kind.MODEL: "reasoning step",
    Span.Kind.LLM: "provider call",
    Span.Kind.TOOL: "tool call",
}
# SQLite only: how many of the most recent spans of each kind the percentiles are computed over.
LATENCY_SAMPLE = 10_000

# A guard verdict that stopped or changed what would have happened: a refusal, an escalation to a
# person, or a reply replaced by the safe answer. ("allow_redacted" and "repair" let the turn go on.)
REJECTING_VERDICTS = ("refuse", "escalate", "replace")

FAILURE_CLASSES = (
    Span.ErrorClass.RECOVERABLE.value,
    Span.ErrorClass.DEGRADED.value,
    Span.ErrorClass.FATAL.value,
)

# `usage_by` dimensions: the expression each groups LLM calls by.
USAGE_DIMENSIONS = {
    "agent": F("run__agent_name"),
    # A desk's executor is the run's `executor_name`; an agent without a router (or a turn the router
    # ended itself: a handoff, a decline) is its own executor.
    "executor": Coalesce(NullIf(F("run__executor_name"), Value("")), F("run__agent_name")),
    "feature": F("feature"),
}


def check_range(start: datetime, end: datetime) -> None:
    """Precondition of every query here: aware datetimes, start strictly before end. (The console
    answers a person's bad range with a message before it gets here; this guards programming errors.)"""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("dashboard ranges take aware datetimes (UTC)")
    if start >= end:
        raise ValueError("the range must start before it ends")


def _calls(start: datetime, end: datetime) -> QuerySet[LLMCall]:
    check_range(start, end)
    return LLMCall.objects.filter(created_at__gte=start, created_at__lt=end)


def _share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (no runs is not a rate of 0 %)."""
    return part / whole if whole else None


# --- model usage: tokens and cost -------------------------------------------------------------------


@dataclass(frozen=True)
class Usage:
    """Model usage of a group of LLM calls. `tokens_in` includes `tokens_cached` (billed cheaper)."""

    key: str
    calls: int
    tokens_in: int
    tokens_out: int
    tokens_cached: int
    cost_usd: Decimal

    @property
    def tokens(self) -> int:
        return self.tokens_in + self.tokens_out


_USAGE_SUMS = {
    "calls": Count("id"),
    "tokens_in_sum": Sum("tokens_in"),
    "tokens_out_sum": Sum("tokens_out"),
    "tokens_cached_sum": Sum("tokens_cached"),
    "micro": micro_usd_sum(),
}


def _usage(key: str, row: dict) -> Usage:
    return Usage(
        key=key,
        calls=row["calls"] or 0,
        tokens_in=int(row["tokens_in_sum"] or 0),
        tokens_out=int(row["tokens_out_sum"] or 0),
        tokens_cached=int(row["tokens_cached_sum"] or 0),
        cost_usd=from_micro_usd(row["micro"]),
    )


def usage_totals(start: datetime, end: datetime) -> Usage:
    """Every model call in the range, summed (the headline tokens and cost)."""
    return _usage("all", _calls(start, end).aggregate(**_USAGE_SUMS))


def usage_by(dimension: str, start: datetime, end: datetime) -> list[Usage]:
    """Model usage per agent, executor or feature (`USAGE_DIMENSIONS`), most expensive first (then
    most tokens, then by name). A call without a feature tag is under "(untagged)"."""
    rows = (
        _calls(start, end)
        .annotate(group=USAGE_DIMENSIONS[dimension])
        .values("group")
        .annotate(**_USAGE_SUMS)
        .order_by()
    )
    usage = [_usage(row["group"] or "(untagged)", row) for row in rows]
    return sorted(usage, key=lambda u: (-u.cost_usd, -u.tokens, u.key))


def usage_by_hour_of_day(start: datetime, end: datetime) -> list[Usage]:
    """Model usage per hour of the day (UTC), all 24 hours ("00" ... "23"), zero where nothing ran:
    when in the day the money goes, whatever the day."""
    rows = (
        _calls(start, end)
        .annotate(hour_of_day=ExtractHour("created_at", tzinfo=UTC))
        .values("hour_of_day")
        .annotate(**_USAGE_SUMS)
        .order_by()
    )
    by_hour = {int(row["hour_of_day"]): row for row in rows}
    empty = {"calls": 0, "tokens_in_sum": 0, "tokens_out_sum": 0, "tokens_cached_sum": 0, "micro": 0}
    return [_usage(f"{hour:02d}", by_hour.get(hour, empty)) for hour in range(24)]


def hours_of(start: datetime, end: datetime) -> list[datetime]:
    """The clock hours (UTC) that overlap [start, end), in order, each as its first instant."""
    check_range(start, end)
    hour = start.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    hours = []
    while hour < end:
        hours.append(hour)
        hour += HOUR
    return hours


def cost_by_hour(start: datetime, end: datetime) -> dict[datetime, Decimal]:
    """The exact cost of the model calls (sum of `LLMCall.cost_usd`) per clock hour, bucketed by
    `LLMCall.created_at` in UTC: {hour's first instant (aware, UTC): Decimal with six places}, one entry
    for every hour that overlaps [start, end), in order, `Decimal("0.000000")` where nothing was spent.

    An entry counts the calls that are in both its hour and the range: with whole-hour bounds (the
    dashboard's 24 h, 7 d and 30 d ranges) it is the hour's whole cost."""
    rows = (
        _calls(start, end)
        .annotate(hour=TruncHour("created_at", tzinfo=UTC))
        .values("hour")
        .annotate(micro=micro_usd_sum())
        .order_by()
    )
    spent = {row["hour"].astimezone(UTC): from_micro_usd(row["micro"]) for row in rows}
    return {hour: spent.get(hour, ZERO_COST) for hour in hours_of(start, end)}


# --- run outcomes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcomes:
    """How the runs that ended in the range ended.

    - `completed`: the task was done by the bot alone: status `completed` with no error code (so not
      a guard refusal, not the output guard's safe replacement answer, not a clarifying question, not
      a template) and no escalation. The completion rate is `completed / ended`.
    - `escalated`: runs that handed the conversation to a person (they have an `Escalation`). The
      escalation rate is `escalated / ended`.
    - `by_failure_class`: runs by their worst failure (`Run.failure_class`): recoverable (retried or
      fell back, and went on), degraded (a template or a safe answer), fatal (a person had to take
      it). A run counts in one class at most; a run without failures in none.
    """

    ended: int
    completed: int
    escalated: int
    by_failure_class: dict[str, int] = field(default_factory=dict)

    @property
    def completion_rate(self) -> float | None:
        return _share(self.completed, self.ended)

    @property
    def escalation_rate(self) -> float | None:
        return _share(self.escalated, self.ended)

    def failure_rate(self, failure_class: str) -> float | None:
        return _share(self.by_failure_class.get(failure_class, 0), self.ended)


def run_outcomes(start: datetime, end: datetime) -> Outcomes:
    check_range(start, end)
    escalated = Exists(Escalation.objects.filter(run=OuterRef("pk")))
    counts = Run.objects.filter(finished_at__gte=start, finished_at__lt=end).aggregate(
        ended=Count("id"),
        completed=Count("id", filter=Q(status=Run.Status.COMPLETED, error_code="") & ~Q(escalated)),
        escalated=Count("id", filter=Q(escalated)),
        **{name: Count("id", filter=Q(failure_class=name)) for name in FAILURE_CLASSES},
    )
    return Outcomes(
        ended=counts["ended"],
        completed=counts["completed"],
        escalated=counts["escalated"],
        by_failure_class={name: counts[name] for name in FAILURE_CLASSES},
    )


# --- cache ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CacheUse:
    """Semantic cache lookups (one per turn the cache may answer: listed intents only) and hits.
    A lookup that failed counts as a miss."""

    lookups: int
    hits: int

    @property
    def hit_rate(self) -> float | None:
        return _share(self.hits, self.lookups)


def cache_use(start: datetime, end: datetime) -> CacheUse:
    check_range(start, end)
    counts = Span.objects.filter(kind=Span.Kind.CACHE, started_at__gte=start, started_at__lt=end).aggregate(
        lookups=Count("id"), hits=Count("id", filter=Q(attributes__hit=True))
    )
    return CacheUse(lookups=counts["lookups"], hits=counts["hits"])


# --- latency ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Latency:
    """p50 and p95 of one kind of step, in milliseconds, with the number of spans measured.
    `sampled`: SQLite only, more spans than `LATENCY_SAMPLE`: the percentiles are those of the most
    recent ones."""

    kind: str
    label: str
    count: int
    p50_ms: float
    p95_ms: float
    sampled: bool = False


class PercentileCont(Aggregate):
    """Postgres `percentile_cont(fraction) WITHIN GROUP (ORDER BY expression)`: the continuous
    percentile (linear interpolation between the two nearest values)."""

    function = "PERCENTILE_CONT"
    name = "PercentileCont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression: str, fraction: float, **extra) -> None:
        if not 0 <= fraction <= 1:
            raise ValueError("a percentile's fraction is between 0 and 1")
        # A float from code, never from a request: formatted into the SQL as a literal.
        super().__init__(expression, fraction=repr(float(fraction)), **extra)


def percentile_cont(ordered: list[float], fraction: float) -> float:
    """What Postgres' percentile_cont gives for `ordered` (sorted ascending, not empty)."""
    position = fraction * (len(ordered) - 1)
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def latency_by_step(start: datetime, end: datetime) -> list[Latency]:
    """p50/p95 duration per kind of step (`LATENCY_STEPS`), in the order a message meets them; kinds
    with no span in the range are left out.

    On Postgres, percentile_cont in the database (one grouped query). SQLite has no percentile
    aggregate (its percentile extension is not compiled into the sqlite3 that Python ships), so the
    durations are read and sorted here: at most the `LATENCY_SAMPLE` most recent spans of each kind,
    which bounds memory and time on the embedded database (a demo or a small desk) and is exact below
    that count."""
    check_range(start, end)
    spans = Span.objects.filter(started_at__gte=start, started_at__lt=end, kind__in=list(LATENCY_STEPS))
    if connection.vendor == "postgresql":
        rows = (
            spans.values("kind")
            .annotate(
                count=Count("id"),
                p50=PercentileCont("duration_ms", 0.5),
                p95=PercentileCont("duration_ms", 0.95),
            )
            .order_by()
        )
        measured = {row["kind"]: (row["count"], row["p50"], row["p95"], False) for row in rows}
    else:
        counts = dict(
            spans.values("kind").annotate(count=Count("id")).order_by().values_list("kind", "count")
        )
        measured = {}
        for kind, count in counts.items():
            durations = sorted(
                spans.filter(kind=kind)
                .order_by("-started_at")
                .values_list("duration_ms", flat=True)[:LATENCY_SAMPLE]
            )
            measured[kind] = (
                count,
                percentile_cont(durations, 0.5),
                percentile_cont(durations, 0.95),
                count > LATENCY_SAMPLE,
            )
    return [
        Latency(
            kind=kind,
            label=label,
            count=measured[kind][0],
            p50_ms=float(measured[kind][1]),
            p95_ms=float(measured[kind][2]),
            sampled=measured[kind][3],
        )
        for kind, label in LATENCY_STEPS.items()
        if kind in measured
    ]


# --- guards -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuardRejections:
    """Guard verdicts that refused, escalated or replaced (`REJECTING_VERDICTS`), counted by the
    check that decided them and the stage (input, untrusted, output), out of `verdicts` in all."""

    verdicts: int
    by_reason: list[tuple[str, str, int]]  # (deciding check, stage, count), most frequent first

    @property
    def rejected(self) -> int:
        return sum(count for _, _, count in self.by_reason)


def guard_rejections(start: datetime, end: datetime) -> GuardRejections:
    check_range(start, end)
    verdicts = GuardVerdict.objects.filter(created_at__gte=start, created_at__lt=end)
    rows = (
        verdicts.filter(verdict__in=REJECTING_VERDICTS)
        .values("deciding_check", "stage")
        .annotate(count=Count("id"))
        .order_by("-count", "deciding_check", "stage")
    )
    return GuardRejections(
        verdicts=verdicts.count(),
        by_reason=[(row["deciding_check"] or "(unnamed)", row["stage"], row["count"]) for row in rows],
    )


# --- the whole page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    start: datetime
    end: datetime
    usage: Usage
    cost_by_hour: dict[datetime, Decimal]
    by_agent: list[Usage]
    by_executor: list[Usage]
    by_feature: list[Usage]
    by_hour_of_day: list[Usage]
    outcomes: Outcomes
    cache: CacheUse
    latency: list[Latency]
    guards: GuardRejections

    @property
    def latency_sampled(self) -> bool:
        return any(step.sampled for step in self.latency)


def dashboard(start: datetime, end: datetime) -> Dashboard:
    """Every figure of the dashboard page for [start, end)."""
    check_range(start, end)
    return Dashboard(
        start=start,
        end=end,
        usage=usage_totals(start, end),
        cost_by_hour=cost_by_hour(start, end),
        by_agent=usage_by("agent", start, end),
        by_executor=usage_by("executor", start, end),
        by_feature=usage_by("feature", start, end),
        by_hour_of_day=usage_by_hour_of_day(start, end),
        outcomes=run_outcomes(start, end),
        cache=cache_use(start, end),
        latency=latency_by_step(start, end),
        guards=guard_rejections(start, end),
    )
