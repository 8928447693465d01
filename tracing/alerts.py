"""Alerts: every enabled rule measured over its sliding window. A rule past its threshold fires once per
scope per cooldown: an `Alert` row, a log line (logger "handrail.alerts"), a toast on every open console page,
and a POST to the rule's webhook when it has one (`tracing.tasks.send_alert_webhook`).

What is measured (`AlertRule.Metric`), over the runs that *finished* in the window (`Run.finished_at`,
indexed; `Run.failure_class` is the worst failure of a run, written with its last checkpoint):

  recoverable_rate, degraded_rate  the window's share of runs of that class, above the threshold, once the
                                   window holds `min_runs` runs (one failure in three runs is not a 33% rate).
                                   Scope: all agents.
  fatal_count                      fatal runs in the window, more than the threshold (0: any). No minimum.
  tokens_per_run                   per agent: the window's tokens (in + out) per run over the agent's
                                   baseline, above the threshold (2: twice the usual; a bug that doubles
                                   the context).
  tokens_per_agent_hour            per agent: the window's tokens scaled to an hour, over the baseline
                                   tokens of an hour the agent worked.
  budget_used                      per budget (`agents.BudgetLedger`, today UTC): (spent + reserved) / limit,
                                   at or above the threshold. The window is not used: a budget is a day's.

The baseline of a token rule is the median, over the agent's hours with runs in the 24 whole hours before
the window, of that hour's figure (tokens per run; tokens). The median rather than the mean: one odd hour
(a load test, yesterday's incident) does not move it, and a spike that goes on stays visible for twelve
hours before it becomes the new normal. Hours without runs are left out, so a quiet night does not make
every busy hour a spike. An agent with fewer than three such hours has no baseline and is not judged. Past
hours do not change, so baselines are cached per hour: an evaluation costs one aggregate query per window
length, one for the budgets, and the cooldown checks of the rules past their threshold.

When: after runs finish (`request_evaluation`, on commit, at most once per
HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS through a cache key), every minute by Celery beat, and
`manage.py check_alerts`. Firing takes the rule's row lock (`select_for_update`; on SQLite the IMMEDIATE
transaction serialises writers) before it looks for an alert of the same rule and scope inside the
cooldown, so two workers evaluating at once fire once.
"""

from __future__ import annotations

import hashlib
import logging
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import TruncHour
from django.utils import timezone

from agents import events, roles
from agents.errors import InputError
from agents.models import BudgetLedger, Run
from tracing.logs import get_logger
from tracing.models import Alert, AlertRule
from tracing.recording import record_audit

logger = logging.getLogger("handrail.alerts")
alert_log = get_logger("handrail.alerts")

Metric = AlertRule.Metric
Severity = Alert.Severity

BASELINE_HOURS = 24
BASELINE_MIN_HOURS = 3
# Runs named in an alert's details (the console links them): enough to start looking, not a report.
RUNS_IN_DETAILS = 20
THROTTLE_KEY = "handrail:alerts:evaluated"
RATE_CLASSES: dict[str, str] = {Metric.RECOVERABLE_RATE: "recoverable", Metric.DEGRADED_RATE: "degraded"}
TOKEN_METRICS: tuple[str, ...] = (Metric.TOKENS_PER_RUN, Metric.TOKENS_PER_AGENT_HOUR)
# Alert.scope is 128 characters: "budget:user:" + key + ":" + the day must fit.
MAX_SCOPE_KEY = 96


# --- what a rule measures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    since: datetime
    until: datetime
    minutes: int

    @property
    def label(self) -> str:
        return "the last hour" if self.minutes == 60 else f"the last {duration_label(self.minutes)}"

    def as_details(self) -> dict[str, Any]:
        return {
            "window_minutes": self.minutes,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
        }


@dataclass
class AgentCounts:
    """One agent's finished runs in a window."""

    runs: int = 0
    recoverable: int = 0
    degraded: int = 0
    fatal: int = 0
    tokens: int = 0


@dataclass(frozen=True)
class Baseline:
    """An agent's usual token use: medians over its hours with runs before the window."""

    tokens_per_run: float
    tokens_per_hour: float
    hours: int
    runs: int


@dataclass
class Measurement:
    """One rule measured for one scope. `value` is None when it could not be judged (too few runs, no
    baseline yet); `fires` when it is past the threshold."""

    rule: AlertRule
    scope: str
    value: float | None
    fires: bool
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    severity: str = Severity.WARNING
    # The runs to look at, newest or heaviest first; read only when the alert fires.
    involved: QuerySet[Run] | None = None


class _Evaluation:
    """One pass over the rules at one moment; rules sharing a window length share its query."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._counts: dict[int, dict[str, AgentCounts]] = {}
        self._baselines: dict[datetime, dict[str, Baseline]] = {}

    def window(self, rule: AlertRule) -> Window:
        minutes = max(rule.window_minutes, 1)
        return Window(self.now - timedelta(minutes=minutes), self.now, minutes)

    def counts(self, window: Window) -> dict[str, AgentCounts]:
        if window.minutes not in self._counts:
            self._counts[window.minutes] = window_counts(window)
        return self._counts[window.minutes]

    def baselines(self, window: Window) -> dict[str, Baseline]:
        _, end = baseline_period(window.since)
        if end not in self._baselines:
            self._baselines[end] = baselines(window.since)
        return self._baselines[end]

    def measure(self, rule: AlertRule) -> list[Measurement]:
        if rule.metric in RATE_CLASSES:
            return [self.rate(rule)]
        if rule.metric == Metric.FATAL_COUNT:
            return [self.fatal(rule)]
        if rule.metric in TOKEN_METRICS:
            return self.tokens(rule)
        if rule.metric == Metric.BUDGET_USED:
            return self.budgets(rule)
        logger.warning("alert rule %r measures an unknown metric %r: skipped", rule.name, rule.metric)
        return []

    def rate(self, rule: AlertRule) -> Measurement:
        failure_class = RATE_CLASSES[rule.metric]
        window = self.window(rule)
        counts = self.counts(window)
        runs = sum(c.runs for c in counts.values())
        hits = sum(getattr(c, failure_class) for c in counts.values())
        by_agent = sorted(
            (
                (agent, c.runs, getattr(c, failure_class))
                for agent, c in counts.items()
                if getattr(c, failure_class)
            ),
            key=lambda row: -row[2],
        )[:10]
        details = {
            **window.as_details(),
            "runs": runs,
            failure_class: hits,
            "by_agent": {agent: {"runs": n, failure_class: k} for agent, n, k in by_agent},
        }
        needed = max(rule.min_runs, 1)
        if runs < needed:
            return Measurement(
                rule,
                "",
                None,
                False,
                f"{runs} runs finished in {window.label}; {needed} are needed to judge",
                details,
            )
        value = hits / runs
        what = {
            "recoverable": "recovered from a failure (retried or fell back)",
            "degraded": "were answered degraded (a template or a safe answer)",
        }[failure_class]
        message = f"{hits} of {runs} runs ({percent(value)}) in {window.label} {what}"
        involved = _finished_in(window).filter(failure_class=failure_class).order_by("-finished_at")
        return Measurement(rule, "", value, value > rule.threshold, message, details, involved=involved)

    def fatal(self, rule: AlertRule) -> Measurement:
        window = self.window(rule)
        counts = self.counts(window)
        fatal = sum(c.fatal for c in counts.values())
        details = {
            **window.as_details(),
            "runs": sum(c.runs for c in counts.values()),
            "fatal": fatal,
            "by_agent": {agent: c.fatal for agent, c in counts.items() if c.fatal},
        }
        runs_word = "run" if fatal == 1 else "runs"
        message = f"{fatal} {runs_word} failed fatally in {window.label} and went to a person"
        involved = _finished_in(window).filter(failure_class="fatal").order_by("-finished_at")
        return Measurement(
            rule, "", float(fatal), fatal > rule.threshold, message, details, Severity.CRITICAL, involved
        )

    def tokens(self, rule: AlertRule) -> list[Measurement]:
        window = self.window(rule)
        baselines = self.baselines(window)
        needed = max(rule.min_runs, 1)
        found = []
        for agent, counts in sorted(self.counts(window).items()):
            scope = f"agent:{agent}"[:128]
            details: dict[str, Any] = {
                **window.as_details(),
                "agent": agent,
                "runs": counts.runs,
                "tokens": counts.tokens,
            }
            if counts.runs < needed:
                message = (
                    f"{agent}: {counts.runs} runs finished in {window.label}; {needed} are needed to judge"
                )
                found.append(Measurement(rule, scope, None, False, message, details))
                continue
            baseline = baselines.get(agent)
            usual = 0.0
            if baseline is not None:
                usual = (
                    baseline.tokens_per_run
                    if rule.metric == Metric.TOKENS_PER_RUN
                    else baseline.tokens_per_hour
                )
            if baseline is None or usual <= 0:
                hours = f"fewer than {BASELINE_MIN_HOURS} hours with runs in the last day"
                message = f"{agent}: no baseline yet ({hours})"
                found.append(Measurement(rule, scope, None, False, message, details))
                continue
            details["baseline"] = {
                "value": round(usual, 1),
                "hours": baseline.hours,
                "runs": baseline.runs,
                "period_hours": BASELINE_HOURS,
            }
            if rule.metric == Metric.TOKENS_PER_RUN:
                current = counts.tokens / counts.runs
                message = (
                    f"{agent} used {current:,.0f} tokens per run ({counts.runs} runs in {window.label}), "
                    f"{current / usual:.1f}× its baseline of {usual:,.0f}"
                )
            else:
                current = counts.tokens * 60 / window.minutes
                message = (
                    f"{agent} is using {current:,.0f} tokens an hour ({counts.runs} runs in {window.label}), "
                    f"{current / usual:.1f}× its baseline of {usual:,.0f} an hour"
                )
            ratio = current / usual
            details["current"] = round(current, 1)
            involved = (
                _finished_in(window)
                .filter(agent_name=agent)
                .alias(tokens=F("tokens_in") + F("tokens_out"))
                .order_by("-tokens")
            )
            found.append(
                Measurement(rule, scope, ratio, ratio > rule.threshold, message, details, involved=involved)
            )
        return found

    def budgets(self, rule: AlertRule) -> list[Measurement]:
        day = self.now.astimezone(UTC).date()
        threshold = Decimal(str(rule.threshold))
        # The database narrows the day's ledgers to those near the threshold (a little below it, so a
        # rounding of the float arithmetic some databases use cannot hide one); the decision is exact below.
        near = threshold * Decimal("0.99")
        rows = (
            BudgetLedger.objects.filter(day=day, limit_usd__gt=0)
            .alias(used=F("spent_usd") + F("reserved_usd"))
            .filter(used__gte=F("limit_usd") * near)
            .order_by("scope", "key")
        )
        found = []
        for row in rows:
            used = row.spent_usd + row.reserved_usd
            if used < row.limit_usd * threshold:
                continue
            fraction = float(used / row.limit_usd)
            scope = f"budget:{row.scope}:{scope_key(row.key)}:{day.isoformat()}"
            details = {
                "budget": row.scope,
                "key": row.key,
                "day": day.isoformat(),
                "spent_usd": str(row.spent_usd),
                "reserved_usd": str(row.reserved_usd),
                "limit_usd": str(row.limit_usd),
            }
            whose = "customer" if row.scope == BudgetLedger.Scope.USER else "agent"
            message = (
                f"The daily budget of {whose} {row.key} is {percent(fraction)} used: "
                f"${used:.2f} of ${row.limit_usd:.2f}"
            )
            severity = Severity.CRITICAL if used >= row.limit_usd else Severity.WARNING
            involved = Run.objects.filter(finished_at__gte=_day_start(day))
            if row.scope == BudgetLedger.Scope.USER:
                involved = involved.filter(conversation__customer_ref=row.key)
            else:
                involved = involved.filter(agent_name=row.key)
            found.append(
                Measurement(
                    rule, scope, fraction, True, message, details, severity, involved.order_by("-cost_usd")
                )
            )
        return found


def _finished_in(window: Window) -> QuerySet[Run]:
    return Run.objects.filter(finished_at__gt=window.since, finished_at__lte=window.until)


def _day_start(day: Any) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def window_counts(window: Window) -> dict[str, AgentCounts]:
    """Per agent: the runs that finished in the window, by failure class, and their tokens. One query (the
    range on the `finished_at` index, grouped by agent)."""
    rows = (
        _finished_in(window)
        .values("agent_name")
        .annotate(
            runs=Count("pk"),
            recoverable=Count("pk", filter=Q(failure_class="recoverable")),
            degraded=Count("pk", filter=Q(failure_class="degraded")),
            fatal=Count("pk", filter=Q(failure_class="fatal")),
            tokens=Sum(F("tokens_in") + F("tokens_out")),
        )
        .order_by()
    )
    return {
        row["agent_name"]: AgentCounts(
            runs=row["runs"],
            recoverable=row["recoverable"],
            degraded=row["degraded"],
            fatal=row["fatal"],
            tokens=row["tokens"] or 0,
        )
        for row in rows
    }


def baseline_period(window_since: datetime) -> tuple[datetime, datetime]:
    """The whole hours a window's baseline is taken from: the 24 before the hour the window starts in."""
    end = window_since.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    return end - timedelta(hours=BASELINE_HOURS), end


def _baseline_key(end: datetime) -> str:
    return f"handrail:alerts:baseline:{end:%Y%m%dT%H}"


def baselines(window_since: datetime) -> dict[str, Baseline]:
    """Per agent, its usual token use before a window that starts at `window_since` (see the module's
    docstring). Cached per hour: the hours it reads are over and do not change."""
    start, end = baseline_period(window_since)
    key = _baseline_key(end)
    cached = cache.get(key)
    if cached is None:
        cached = _compute_baselines(start, end)
        # Used while windows start in the next hour; two, so a slow evaluation at the turn still finds it.
        cache.set(key, cached, timeout=2 * 3600)
    return {agent: Baseline(*values) for agent, values in cached.items()}


def _compute_baselines(start: datetime, end: datetime) -> dict[str, tuple[float, float, int, int]]:
    rows = (
        Run.objects.filter(finished_at__gte=start, finished_at__lt=end)
        .annotate(hour=TruncHour("finished_at"))
        .values("agent_name", "hour")
        .annotate(runs=Count("pk"), tokens=Sum(F("tokens_in") + F("tokens_out")))
        .order_by()
    )
    hours: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row in rows:
        hours[row["agent_name"]].append((row["runs"], row["tokens"] or 0))
    found = {}
    for agent, per_hour in hours.items():
        if len(per_hour) < BASELINE_MIN_HOURS:
            continue
        found[agent] = (
            float(statistics.median(tokens / runs for runs, tokens in per_hour)),
            float(statistics.median(tokens for _, tokens in per_hour)),
            len(per_hour),
            sum(runs for runs, _ in per_hour),
        )
    return found


# --- evaluating and firing -------------------------------------------------------------------------------


@dataclass
class Evaluation:
    """What one evaluation found: every measurement, the alerts it fired, and the measurements past their
    threshold that stayed quiet (the rule and scope fired within the cooldown, or it was a dry run)."""

    measurements: list[Measurement]
    fired: list[Alert]
    quiet: list[Measurement]


def evaluate(
    *, now: datetime | None = None, rules: list[str] | None = None, dry_run: bool = False
) -> Evaluation:
    """Measure every enabled rule (or those named in `rules`) and fire those past their threshold."""
    evaluation = _Evaluation(now or timezone.now())
    found = AlertRule.objects.filter(enabled=True).order_by("pk")
    if rules is not None:
        found = found.filter(name__in=rules)
    measurements: list[Measurement] = []
    fired: list[Alert] = []
    quiet: list[Measurement] = []
    for rule in found:
        for measurement in evaluation.measure(rule):
            measurements.append(measurement)
            if not measurement.fires:
                continue
            alert = None if dry_run else do_fire_alert(measurement)
            if alert is None:
                quiet.append(measurement)
            else:
                fired.append(alert)
    return Evaluation(measurements, fired, quiet)


def do_fire_alert(measurement: Measurement) -> Alert | None:
    """Write the alert unless the same rule fired for the same scope within its cooldown (or the rule was
    disabled or deleted meanwhile). On commit: the live toast, the log line, the webhook."""
    rule = measurement.rule
    run_ids = []
    if measurement.involved is not None:
        run_ids = [str(pk) for pk in measurement.involved.values_list("pk", flat=True)[:RUNS_IN_DETAILS]]
    with transaction.atomic():
        # The rule's row lock serialises firing per rule: a second evaluator waits here, then sees the
        # first one's alert in the cooldown check (read committed reads it afresh) and stays quiet.
        locked = list(
            AlertRule.objects.select_for_update()
            .filter(pk=rule.pk, enabled=True)
            .values_list("webhook_url", flat=True)
        )
        if not locked:
            return None
        now = timezone.now()
        cooldown = timedelta(minutes=max(rule.cooldown_minutes, 1))
        if Alert.objects.filter(
            rule_id=rule.pk, scope=measurement.scope, fired_at__gt=now - cooldown
        ).exists():
            return None
        webhook_url = locked[0]
        alert = Alert.objects.create(
            rule_id=rule.pk,
            metric=rule.metric,
            scope=measurement.scope,
            severity=measurement.severity,
            value=measurement.value if measurement.value is not None else 0.0,
            threshold=rule.threshold,
            message=measurement.message,
            details={**measurement.details, "rule": rule.name, "run_ids": run_ids},
            fired_at=now,
            webhook_status="queued" if webhook_url else "",
        )
        events.alerts_changed(alert.pk, "fired")
        transaction.on_commit(lambda: _log_fired(alert, rule.name))
        if webhook_url:
            transaction.on_commit(lambda: _queue_webhook(alert.pk))
    return alert


def _log_fired(alert: Alert, rule_name: str) -> None:
    # A key-value event (tracing.logs): one JSON object a line for the log shipper, values masked.
    log = alert_log.error if alert.severity == Severity.CRITICAL else alert_log.warning
    log(
        "alert_fired",
        alert_id=alert.pk,
        rule=rule_name,
        metric=alert.metric,
        scope=alert.scope,
        severity=alert.severity,
        value=round(alert.value, 4),
        threshold=alert.threshold,
        runs=len(alert.details.get("run_ids", [])),
        message=alert.message,
    )


def _queue_webhook(alert_id: int) -> None:
    from tracing.tasks import send_alert_webhook

    try:
        send_alert_webhook.delay(alert_id)
    except Exception:  # a broker that is down costs the webhook (recorded), never the evaluation
        logger.exception("the webhook of alert %s could not be queued", alert_id)
        Alert.objects.filter(pk=alert_id, webhook_status="queued").update(webhook_status="failed: not queued")


def request_evaluation() -> bool:
    """Runs finished (called on commit): queue an evaluation unless one was queued in the last
    HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS. `cache.add` is atomic, so among the processes sharing the cache
    (all of them, with Redis) one queues per period however busy the system is. Never raises: alerting must
    not cost a run anything. True when an evaluation was queued (or, without a worker, done)."""
    try:
        if not cache.add(THROTTLE_KEY, 1, timeout=settings.HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS):
            return False
        from tracing.tasks import evaluate_alerts

        evaluate_alerts.delay()
        return True
    except Exception:
        logger.exception("alert evaluation after finished runs failed")
        return False


def forget_cache(now: datetime | None = None) -> None:
    """Drop the evaluation throttle and the cached baselines (after history was imported or deleted)."""
    _, end = baseline_period(now or timezone.now())
    hours = [end - timedelta(hours=h) for h in range(BASELINE_HOURS + 2)]
    cache.delete_many([THROTTLE_KEY, *(_baseline_key(hour) for hour in hours)])


# --- people's actions ------------------------------------------------------------------------------------

ACKNOWLEDGE_DENIED = "acknowledging alerts needs the support, manager or admin role"


def do_acknowledge_alert(alert_id: int, user: Any) -> tuple[Alert, bool]:
    """Mark the alert seen by `user`. One conditional UPDATE: a double click or a colleague's click at the
    same moment acknowledges once (one audit entry); the others get the alert as it is, and False."""
    # The people on the live desk acknowledge (support, manager, admin); QA reads.
    if not roles.can(user, roles.Capability.HANDLE_ESCALATIONS):
        raise roles.Forbidden(ACKNOWLEDGE_DENIED)
    with transaction.atomic():
        changed = Alert.objects.filter(pk=alert_id, acknowledged_at__isnull=True).update(
            acknowledged_at=timezone.now(), acknowledged_by=user
        )
        alert = Alert.objects.select_related("rule", "acknowledged_by").filter(pk=alert_id).first()
        if alert is None:
            raise InputError("alert not found", code="not_found", status=404)
        if changed:
            record_audit(
                user,
                "acknowledge_alert",
                "alert",
                alert.pk,
                before={"acknowledged_by": None},
                after={"acknowledged_by": user.get_username(), "alert": alert.message[:200]},
            )
            events.alerts_changed(alert.pk, "acknowledged")
    return alert, bool(changed)


EDITABLE_FIELDS = ("threshold", "window_minutes", "min_runs", "cooldown_minutes", "enabled", "webhook_url")
MAX_WINDOW_MINUTES = 24 * 60  # the baseline is a day: a longer window would overlap it
MAX_COOLDOWN_MINUTES = 7 * 24 * 60
MAX_MIN_RUNS = 100_000
MAX_WEBHOOK_URL = 200  # AlertRule.webhook_url (URLField)


@dataclass(frozen=True)
class ThresholdUnit:
    """How a metric's threshold is shown and typed: a rate as 5 (%), a ratio as 2 (×)."""

    factor: int  # stored * factor = shown
    suffix: str
    low: Decimal
    high: Decimal
    whole: bool
    range_text: str


THRESHOLD_UNITS: dict[str, ThresholdUnit] = {
    Metric.RECOVERABLE_RATE: ThresholdUnit(
        100, "%", Decimal(0), Decimal("99.9"), False, "a percentage from 0 to 99.9"
    ),
    Metric.DEGRADED_RATE: ThresholdUnit(
        100, "%", Decimal(0), Decimal("99.9"), False, "a percentage from 0 to 99.9"
    ),
    Metric.FATAL_COUNT: ThresholdUnit(
        1, "", Decimal(0), Decimal(1000), True, "a whole number from 0 to 1000"
    ),
    Metric.TOKENS_PER_RUN: ThresholdUnit(
        1, "×", Decimal("1.1"), Decimal(100), False, "a ratio from 1.1 to 100"
    ),
    Metric.TOKENS_PER_AGENT_HOUR: ThresholdUnit(
        1, "×", Decimal("1.1"), Decimal(100), False, "a ratio from 1.1 to 100"
    ),
    Metric.BUDGET_USED: ThresholdUnit(
        100, "%", Decimal(1), Decimal(100), False, "a percentage from 1 to 100"
    ),
}


def threshold_shown(metric: str, threshold: float) -> Decimal:
    """The stored threshold in the unit people type (0.05 -> 5)."""
    unit = THRESHOLD_UNITS.get(metric)
    shown = Decimal(str(threshold)) * (unit.factor if unit else 1)
    # normalize() alone writes 80 as 8E+1: formatted back through "f", it stays 80.
    return Decimal(format(shown.quantize(Decimal("0.0001")).normalize(), "f"))


def threshold_stored(metric: str, shown: Decimal) -> float:
    unit = THRESHOLD_UNITS[metric]
    return float(shown / unit.factor)


def check_rule_values(metric: str, values: dict[str, Any]) -> dict[str, str]:
    """What is wrong with these values for a rule of `metric`, by field (empty: nothing)."""
    errors: dict[str, str] = {}
    unit = THRESHOLD_UNITS.get(metric)
    if unit is None:
        return {"threshold": f"this rule measures an unknown metric ({metric}); it cannot be edited here"}
    if "threshold" in values:
        try:
            shown = Decimal(str(values["threshold"])) * unit.factor
        except InvalidOperation:
            shown = None
        if shown is None or not shown.is_finite() or not unit.low <= shown <= unit.high:
            errors["threshold"] = f"enter {unit.range_text}"
        elif unit.whole and shown != shown.to_integral_value():
            errors["threshold"] = f"enter {unit.range_text}"
    if "window_minutes" in values and not 1 <= values["window_minutes"] <= MAX_WINDOW_MINUTES:
        errors["window_minutes"] = f"enter whole minutes from 1 to {MAX_WINDOW_MINUTES} (a day)"
    if "min_runs" in values:
        low = 1 if metric in RATE_CLASSES or metric in TOKEN_METRICS else 0
        if not low <= values["min_runs"] <= MAX_MIN_RUNS:
            errors["min_runs"] = f"enter a whole number of runs from {low} to {MAX_MIN_RUNS:,}"
    if "cooldown_minutes" in values and not 1 <= values["cooldown_minutes"] <= MAX_COOLDOWN_MINUTES:
        errors["cooldown_minutes"] = f"enter whole minutes from 1 to {MAX_COOLDOWN_MINUTES} (a week)"
    if values.get("webhook_url"):
        url = values["webhook_url"]
        try:
            if len(url) > MAX_WEBHOOK_URL:
                raise ValidationError("too long")
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            errors["webhook_url"] = (
                f"enter an http:// or https:// address of at most {MAX_WEBHOOK_URL} characters"
            )
    return errors


def do_update_alert_rule(rule_id: int, user: Any, values: dict[str, Any]) -> AlertRule:
    """Change a rule's threshold, window, minimum, cooldown, switch or webhook (admins). Values in stored
    units (a rate as a fraction). An audit entry names what changed; nothing changed writes nothing."""
    roles.require(user, roles.Capability.MANAGE_SETTINGS)
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError(f"these fields cannot be changed here: {', '.join(sorted(unknown))}", code="invalid")
    with transaction.atomic():
        rule = AlertRule.objects.select_for_update().filter(pk=rule_id).first()
        if rule is None:
            raise InputError("alert rule not found", code="not_found", status=404)
        errors = check_rule_values(rule.metric, values)
        if errors:
            raise InputError("; ".join(f"{name}: {text}" for name, text in errors.items()), code="invalid")
        changed = {name: value for name, value in values.items() if getattr(rule, name) != value}
        if not changed:
            return rule
        before = {name: getattr(rule, name) for name in changed}
        for name, value in changed.items():
            setattr(rule, name, value)
        rule.save(update_fields=list(changed))
        record_audit(user, "edit_alert_rule", "alert_rule", rule.pk, before=before, after=changed)
    return rule


# --- words -------------------------------------------------------------------------------------------------


def percent(fraction: float) -> str:
    """0.125 -> "12.5%", 0.05 -> "5%"."""
    text = f"{fraction * 100:.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


def duration_label(minutes: int) -> str:
    """15 -> "15 min", 60 -> "1 h", 1440 -> "24 h", 90 -> "90 min"."""
    return f"{minutes // 60} h" if minutes % 60 == 0 else f"{minutes} min"


def fires_when(rule: AlertRule) -> str:
    """What makes the rule fire, in words: "above 5%", "any fatal failure", "above 2× baseline"."""
    shown = threshold_shown(rule.metric, rule.threshold)
    if rule.metric in RATE_CLASSES:
        return f"above {shown}%"
    if rule.metric == Metric.FATAL_COUNT:
        return "any fatal failure" if shown == 0 else f"more than {shown} fatal"
    if rule.metric in TOKEN_METRICS:
        return f"above {shown}× baseline"
    if rule.metric == Metric.BUDGET_USED:
        return f"at {shown}% or more"
    return f"above {rule.threshold}"


def scope_key(key: str) -> str:
    """A budget key short enough for Alert.scope; a long one keeps a hash so two never collide."""
    if len(key) <= MAX_SCOPE_KEY:
        return key
    return f"{key[: MAX_SCOPE_KEY - 11]}~{hashlib.sha256(key.encode()).hexdigest()[:10]}"
