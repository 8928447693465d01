"""What the alert pages show: the list of alerts (open, acknowledged or all, newest first), one alert with the
runs it names, the toast a page shows when one fires, the open count next to "Alerts", the rules, and the
admin's form for one rule. Each reads in a fixed number of queries whatever the list's length.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.urls import NoReverseMatch, reverse

from agents.models import Run
from tracing import alerts
from tracing.models import Alert, AlertRule

PAGE_SIZE = 50
SHOW_CHOICES = {"open": "Open", "acknowledged": "Acknowledged", "all": "All"}
METRIC_LABELS = {
    AlertRule.Metric.RECOVERABLE_RATE: "Recoverable failures, share of runs",
    AlertRule.Metric.DEGRADED_RATE: "Degraded answers, share of runs",
    AlertRule.Metric.FATAL_COUNT: "Fatal failures, count",
    AlertRule.Metric.TOKENS_PER_RUN: "Tokens per run, per agent, vs its baseline",
    AlertRule.Metric.TOKENS_PER_AGENT_HOUR: "Tokens per hour, per agent, vs its baseline",
    AlertRule.Metric.BUDGET_USED: "Daily budgets (customer, agent), share used",
}


def rule_name(alert: Alert) -> str:
    """The rule's name as it is now, or as it was when the alert fired (the rule may be gone)."""
    if alert.rule is not None:
        return alert.rule.name
    return str(alert.details.get("rule") or METRIC_LABELS.get(alert.metric, alert.metric))


def scope_label(alert: Alert) -> str:
    if not alert.scope:
        return "All agents"
    if alert.scope.startswith("agent:"):
        return f"Agent {alert.scope.removeprefix('agent:')}"
    if alert.scope.startswith("budget:"):
        whose = "Customer" if alert.details.get("budget") == "user" else "Agent"
        return f"{whose} {alert.details.get('key', '')} · {alert.details.get('day', '')}"
    return alert.scope


def run_url(run_id: Any) -> str:
    """The run's trace page, when the console has one."""
    try:
        return reverse("console:run", args=[run_id])
    except NoReverseMatch:
        return ""


@dataclass
class AlertRow:
    alert: Alert
    rule: str
    scope: str
    runs: int


def _row(alert: Alert) -> AlertRow:
    return AlertRow(alert, rule_name(alert), scope_label(alert), len(alert.details.get("run_ids") or []))


def alert_row(alert: Alert) -> dict[str, Any]:
    return {"row": _row(alert)}


def alert_list(*, show: str, before_id: int | None) -> dict[str, Any]:
    found = Alert.objects.select_related("rule", "acknowledged_by").order_by("-fired_at", "-pk")
    if show == "open":
        found = found.filter(acknowledged_at__isnull=True)
    elif show == "acknowledged":
        found = found.filter(acknowledged_at__isnull=False)
    if before_id is not None:
        found = found.filter(pk__lt=before_id)
    page = list(found[: PAGE_SIZE + 1])
    return {
        "rows": [_row(alert) for alert in page[:PAGE_SIZE]],
        "show": show,
        "show_choices": SHOW_CHOICES,
        "next_before": page[PAGE_SIZE - 1].pk if len(page) > PAGE_SIZE else None,
    }


def open_count() -> int:
    return Alert.objects.filter(acknowledged_at__isnull=True).count()


@dataclass
class RuleRow:
    rule: AlertRule
    measures: str
    fires_when: str
    window: str
    min_runs: str
    cooldown: str


def rule_rows() -> list[RuleRow]:
    rows = []
    for rule in AlertRule.objects.order_by("pk"):
        if rule.metric == AlertRule.Metric.BUDGET_USED:
            window, min_runs = "today (UTC)", "—"
        else:
            window = alerts.duration_label(max(rule.window_minutes, 1))
            min_runs = "—" if rule.metric == AlertRule.Metric.FATAL_COUNT else f"{rule.min_runs:,}"
        rows.append(
            RuleRow(
                rule,
                METRIC_LABELS.get(rule.metric, rule.metric),
                alerts.fires_when(rule),
                window,
                min_runs,
                alerts.duration_label(max(rule.cooldown_minutes, 1)),
            )
        )
    return rows


@dataclass
class InvolvedRun:
    run: Run
    url: str

    @property
    def tokens(self) -> str:
        return f"{self.run.tokens_in + self.run.tokens_out:,}"


def alert_page(alert: Alert) -> dict[str, Any]:
    """One alert, what it measured, and the runs it names (in its order: newest or heaviest first)."""
    ids = []
    for value in alert.details.get("run_ids") or []:
        try:
            ids.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    found = {run.pk: run for run in Run.objects.filter(pk__in=ids)}
    details = alert.details
    baseline = details.get("baseline") or {}
    return {
        "row": _row(alert),
        "runs": [InvolvedRun(found[pk], run_url(pk)) for pk in ids if pk in found],
        "runs_gone": len([pk for pk in ids if pk not in found]),
        "fires_when": alerts.fires_when(alert.rule) if alert.rule else "",
        "window": alerts.duration_label(details["window_minutes"]) if details.get("window_minutes") else "",
        "baseline": baseline,
        "current": details.get("current"),
    }


# --- editing a rule (admins) ----------------------------------------------------------------------------

# ASCII digits only: int() and Decimal() also read "٥" or "５" as 5, which nobody types on purpose.
WHOLE = re.compile(r"\A[0-9]{1,9}\Z")
NUMBER = re.compile(r"\A[0-9]{1,7}(?:\.[0-9]{1,4})?\Z")


class AlertRuleForm(forms.Form):
    """The editable settings of one rule, the threshold in the unit a person reads (5 for 5%, 2 for 2×).
    Every value is checked by `tracing.alerts.check_rule_values`, the same check the action makes."""

    threshold = forms.CharField(max_length=20, strip=True)
    window_minutes = forms.CharField(max_length=20, strip=True, required=False)
    min_runs = forms.CharField(max_length=20, strip=True, required=False)
    cooldown_minutes = forms.CharField(max_length=20, strip=True)
    enabled = forms.BooleanField(required=False)
    webhook_url = forms.CharField(max_length=alerts.MAX_WEBHOOK_URL, strip=True, required=False)

    def __init__(self, rule: AlertRule, *args: Any, **kwargs: Any) -> None:
        self.rule = rule
        self.unit = alerts.THRESHOLD_UNITS.get(rule.metric)
        if not args and "initial" not in kwargs:
            kwargs["initial"] = {
                "threshold": alerts.threshold_shown(rule.metric, rule.threshold),
                "window_minutes": rule.window_minutes,
                "min_runs": rule.min_runs,
                "cooldown_minutes": rule.cooldown_minutes,
                "enabled": rule.enabled,
                "webhook_url": rule.webhook_url,
            }
        super().__init__(*args, **kwargs)
        # A budget is the day's ledger and a fatal failure needs no minimum: those fields do not apply.
        if not self.uses_window:
            del self.fields["window_minutes"]
        if not self.uses_min_runs:
            del self.fields["min_runs"]
        for name in ("window_minutes", "min_runs"):
            if name in self.fields:
                self.fields[name].required = True

    @property
    def uses_window(self) -> bool:
        return self.rule.metric != AlertRule.Metric.BUDGET_USED

    @property
    def uses_min_runs(self) -> bool:
        return self.rule.metric not in (AlertRule.Metric.BUDGET_USED, AlertRule.Metric.FATAL_COUNT)

    def _whole(self, name: str) -> int:
        text = self.cleaned_data.get(name, "")
        if not WHOLE.match(text):
            raise forms.ValidationError("enter a whole number with the digits 0-9")
        return int(text)

    def clean_threshold(self) -> Decimal:
        text = self.cleaned_data.get("threshold", "")
        if not NUMBER.match(text):
            raise forms.ValidationError("enter a number with the digits 0-9, like 5 or 2.5")
        try:
            return Decimal(text)
        except InvalidOperation:  # the pattern makes this unreachable; kept for a changed pattern
            raise forms.ValidationError("enter a number like 5 or 2.5") from None

    def clean_window_minutes(self) -> int:
        return self._whole("window_minutes")

    def clean_min_runs(self) -> int:
        return self._whole("min_runs")

    def clean_cooldown_minutes(self) -> int:
        return self._whole("cooldown_minutes")

    def clean_webhook_url(self) -> str:
        return self.cleaned_data.get("webhook_url", "")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.unit is None:
            raise forms.ValidationError("this rule measures an unknown metric and cannot be edited here")
        values = self.values()
        for name, message in alerts.check_rule_values(self.rule.metric, values).items():
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        return cleaned

    def values(self) -> dict[str, Any]:
        """The valid fields in stored units (a rate as a fraction), for `do_update_alert_rule`."""
        cleaned = getattr(self, "cleaned_data", {})
        values: dict[str, Any] = {}
        for name in ("window_minutes", "min_runs", "cooldown_minutes", "enabled", "webhook_url"):
            if name in self.fields and name in cleaned:
                values[name] = cleaned[name]
        if "threshold" in cleaned and self.unit is not None:
            values["threshold"] = alerts.threshold_stored(self.rule.metric, cleaned["threshold"])
        return values

    @property
    def threshold_suffix(self) -> str:
        return self.unit.suffix if self.unit else ""

    @property
    def threshold_help(self) -> str:
        return f"Enter {self.unit.range_text}." if self.unit else ""
