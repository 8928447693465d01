"""What the dashboard page shows of `tracing.dashboards` figures: the headline tiles as text, and the
series each chart draws (handed to static/console/dashboard.js through `json_script`).

Pure functions over the figures (no queries). Money is formatted from the exact Decimals here; the
charts get floats, which only draw bars (every figure a person reads as text comes from a Decimal).
Times are UTC, said so on the page: the hour buckets are UTC hours, whoever looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tracing.dashboards import Dashboard, Usage

FAILURE_LABELS = {"recoverable": "Recoverable", "degraded": "Degraded", "fatal": "Fatal"}
GUARD_STAGES = ("input", "untrusted", "output")
CENT = Decimal("0.01")
# A breakdown chart shows this many bars; the rest are summed into "others" (a long tail of one-call
# features would squeeze every bar into a hairline).
TOP_BARS = 8


# --- text -------------------------------------------------------------------------------------------


def money(amount: Decimal) -> str:
    """Dollars and cents ("$1,234.56"). Under a cent but not nothing, four places ("$0.0042"), so a
    cheap model is not shown as $0.00; under a hundredth of a cent, "<$0.0001"."""
    if Decimal(0) < amount < Decimal("0.0001"):
        return "<$0.0001"
    if Decimal(0) < amount < CENT:
        return f"${amount.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP)}"
    return f"${amount.quantize(CENT, rounding=ROUND_HALF_UP):,}"


def exact_money(amount: Decimal) -> str:
    return f"${amount:,}"


def count_text(value: int) -> str:
    """Tokens and counts, short: 980, 45.3k, 1.25M."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.3g}M"
    if value >= 10_000:
        return f"{value / 1000:.3g}k"
    return f"{value:,}"


def percent(share: float | None) -> str:
    if share is None:
        return "—"
    return f"{share * 100:.1f} %"


def range_text(start: datetime, end: datetime) -> str:
    """ "Tue 13 May 14:00 – Wed 14 May 14:00 UTC" (the end is exclusive, written as the instant)."""
    pattern = "%a %d %b %H:%M" if start.year == end.year else "%a %d %b %Y %H:%M"
    return f"{start:{pattern}} – {end:{pattern}} UTC"


# --- the headline -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    name: str
    value: str
    detail: str
    testid: str
    title: str = ""
    tone: str = ""  # "", "good", "warn": colour only where it means something


def tiles(figures: Dashboard) -> list[Tile]:
    usage, outcomes, cache = figures.usage, figures.outcomes, figures.cache
    fatal = outcomes.by_failure_class.get("fatal", 0)
    return [
        Tile(
            "Runs ended",
            f"{outcomes.ended:,}",
            f"{fatal:,} fatal · {outcomes.by_failure_class.get('degraded', 0):,} degraded"
            if outcomes.ended
            else "no runs in this range",
            "tile-runs",
            title="Runs that ended in the range; fatal: a person had to take over, degraded: a template or "
            "a safe answer",
            tone="warn" if fatal else "",
        ),
        Tile(
            "Model cost",
            money(usage.cost_usd),
            f"{usage.calls:,} model calls",
            "tile-cost",
            title=f"exactly {exact_money(usage.cost_usd)}",
        ),
        Tile(
            "Tokens",
            count_text(usage.tokens),
            f"{count_text(usage.tokens_in)} in · {count_text(usage.tokens_out)} out",
            "tile-tokens",
            title=f"{usage.tokens:,} tokens: {usage.tokens_in:,} in "
            f"({usage.tokens_cached:,} of them cached), {usage.tokens_out:,} out",
        ),
        Tile(
            "Completion rate",
            percent(outcomes.completion_rate),
            f"{outcomes.completed:,} of {outcomes.ended:,} by the bot alone"
            if outcomes.ended
            else "no runs ended",
            "tile-completion",
            title="Runs that ended answered by the bot: no escalation, refusal, safe answer or template",
        ),
        Tile(
            "Escalation rate",
            percent(outcomes.escalation_rate),
            f"{outcomes.escalated:,} of {outcomes.ended:,} to a person"
            if outcomes.ended
            else "no runs ended",
            "tile-escalation",
        ),
        Tile(
            "Cache hit rate",
            percent(cache.hit_rate),
            f"{cache.hits:,} of {cache.lookups:,} lookups" if cache.lookups else "no cache lookups",
            "tile-cache",
        ),
    ]


# --- the charts' series -----------------------------------------------------------------------------


def _dollars(amount: Decimal) -> float:
    return float(amount)


def _hour_label(hour: datetime, span: timedelta) -> tuple[str, str]:
    """(tick label, tooltip title) of an hour bucket: the day only matters past a day's range."""
    if span <= timedelta(hours=24):
        return f"{hour:%H:%M}", f"{hour:%a %d %b %H:%M}–{hour + timedelta(hours=1):%H:%M} UTC"
    return f"{hour:%a %d %H:%M}", f"{hour:%a %d %b %H:%M}–{hour + timedelta(hours=1):%H:%M} UTC"


def _breakdown(rows: list[Usage]) -> dict[str, Any]:
    shown, rest = rows[:TOP_BARS], rows[TOP_BARS:]
    if rest:
        others = Usage(
            key=f"{len(rest)} others",
            calls=sum(r.calls for r in rest),
            tokens_in=sum(r.tokens_in for r in rest),
            tokens_out=sum(r.tokens_out for r in rest),
            tokens_cached=sum(r.tokens_cached for r in rest),
            cost_usd=sum((r.cost_usd for r in rest), Decimal(0)),
        )
        shown = [*shown, others]
    return {
        "labels": [r.key for r in shown],
        "cost": [_dollars(r.cost_usd) for r in shown],
        "costText": [money(r.cost_usd) for r in shown],
        "tokens": [r.tokens for r in shown],
        "calls": [r.calls for r in shown],
    }


def chart_data(figures: Dashboard) -> dict[str, Any]:
    """Every chart's series, keyed by the `data-chart` name of its canvas."""
    span = figures.end - figures.start
    hour_labels = [_hour_label(hour, span) for hour in figures.cost_by_hour]
    outcomes = figures.outcomes
    reasons = [check for check, _, _ in figures.guards.by_reason]
    checks = list(dict.fromkeys(reasons))
    return {
        "costPerHour": {
            "labels": [tick for tick, _ in hour_labels],
            "titles": [title for _, title in hour_labels],
            "cost": [_dollars(cost) for cost in figures.cost_by_hour.values()],
            "costText": [money(cost) for cost in figures.cost_by_hour.values()],
        },
        "hourOfDay": {
            "labels": [f"{u.key}:00" for u in figures.by_hour_of_day],
            "uncached": [u.tokens_in - u.tokens_cached for u in figures.by_hour_of_day],
            "cached": [u.tokens_cached for u in figures.by_hour_of_day],
            "output": [u.tokens_out for u in figures.by_hour_of_day],
            "cost": [_dollars(u.cost_usd) for u in figures.by_hour_of_day],
            "costText": [money(u.cost_usd) for u in figures.by_hour_of_day],
        },
        "byAgent": _breakdown(figures.by_agent),
        "byExecutor": _breakdown(figures.by_executor),
        "byFeature": _breakdown(figures.by_feature),
        "failures": {
            "labels": list(FAILURE_LABELS.values()),
            "keys": list(FAILURE_LABELS),
            "share": [round((outcomes.failure_rate(name) or 0.0) * 100, 2) for name in FAILURE_LABELS],
            "count": [outcomes.by_failure_class.get(name, 0) for name in FAILURE_LABELS],
            "ended": outcomes.ended,
        },
        "latency": {
            "labels": [step.label for step in figures.latency],
            "p50": [round(step.p50_ms, 1) for step in figures.latency],
            "p95": [round(step.p95_ms, 1) for step in figures.latency],
            "count": [step.count for step in figures.latency],
        },
        "guards": {
            "labels": checks,
            "stages": {
                stage: [
                    sum(n for check, s, n in figures.guards.by_reason if check == name and s == stage)
                    for name in checks
                ]
                for stage in GUARD_STAGES
            },
        },
    }


def hourly_rows(figures: Dashboard) -> list[dict[str, Any]]:
    """The cost per hour as figures (the hours that cost something), newest first: what the chart
    draws, to the cent, with the exact amount beside it."""
    span = figures.end - figures.start
    return [
        {
            "hour": hour,
            "iso": hour.isoformat(),
            "label": _hour_label(hour, span)[1],
            "cost": money(cost),
            "exact": str(cost),
        }
        for hour, cost in reversed(figures.cost_by_hour.items())
        if cost
    ]
