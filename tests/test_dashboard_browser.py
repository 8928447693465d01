"""The dashboard in headless Chromium against a live daphne: the vendored Chart.js draws every chart
(a Chart instance on each canvas, no console error), the headline figures are those of
tracing.dashboards for the range on screen, and the range picker (presets, custom from/to, a
reversed range) changes them.

The data is a week of a support desk made up here, deterministic (seeded random): runs of the four
demo executors, routing and guard model calls, cache lookups, spans with plausible latencies, guard
refusals, escalations and failures. Screenshots: test-artifacts/dashboard.png (1440x900) and
dashboard-full.png (the whole page)."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from agents.models import Conversation, Escalation, Run
from console.operator.dashboard_charts import money
from tests.test_console_browser import console_sign_in, console_user
from tracing import dashboards
from tracing.models import GuardVerdict, LLMCall, Span

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORT = {"width": 1440, "height": 900}
CHARTS = ["costPerHour", "failures", "byAgent", "byExecutor", "byFeature", "hourOfDay", "guards", "latency"]
# USD per million tokens (input, output, cached input): the public Claude prices of the seeded models.
PRICES = {"claude-haiku-4-5": (1, 5, Decimal("0.10")), "claude-sonnet-4-5": (3, 15, Decimal("0.30"))}
EXECUTORS = [("orders", 45), ("returns", 25), ("account", 15), ("help", 15)]
# Runs per hour of the day (UTC): a European shop, busy from the morning to the evening.
TRAFFIC = [1, 1, 1, 1, 1, 2, 3, 5, 7, 9, 10, 10, 9, 9, 10, 10, 9, 8, 7, 6, 5, 3, 2, 1]


def _cost(model: str, tokens_in: int, tokens_out: int, cached: int) -> Decimal:
    price_in, price_out, price_cached = PRICES[model]
    total = ((tokens_in - cached) * price_in + cached * price_cached + tokens_out * price_out) / Decimal(
        1_000_000
    )
    return total.quantize(Decimal("0.000001"))


class Desk:
    """A made-up week of the demo desk, written with bulk inserts."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.conversations: list[Conversation] = []
        self.runs: list[Run] = []
        self.calls: list[LLMCall] = []
        self.spans: list[Span] = []
        self.verdicts: list[GuardVerdict] = []
        self.escalated: list[tuple[Run, str]] = []

    def span(self, run: Run, kind: str, at: datetime, ms: float, **attributes) -> datetime:
        self.spans.append(
            Span(
                run=run,
                span_id=f"{self.rng.getrandbits(64):016x}",
                parent_id=run.id.hex[:16],
                kind=kind,
                name=kind,
                started_at=at,
                duration_ms=round(ms, 1),
                attributes=attributes,
            )
        )
        return at + timedelta(milliseconds=ms)

    def call(
        self, run: Run, at: datetime, model: str, feature: str, tokens_in: int, tokens_out: int, cached=0
    ):
        latency = self.rng.lognormvariate(6.6 if "sonnet" in model else 5.8, 0.35)
        self.calls.append(
            LLMCall(
                run=run,
                step_index=0,
                provider="anthropic",
                model=model,
                request={},
                tokens_in=tokens_in,
                tokens_out=tokens_out,
                tokens_cached=cached,
                cost_usd=_cost(model, tokens_in, tokens_out, cached),
                latency_ms=latency,
                feature=feature,
                created_at=at,
            )
        )
        return self.span(run, "llm", at, latency)

    def turn(self, at: datetime) -> None:
        rng = self.rng
        conversation = Conversation(
            id=uuid.uuid4(), agent_name="support", customer_ref=f"c-{rng.randint(1, 400)}"
        )
        run = Run(id=uuid.uuid4(), conversation=conversation, agent_name="support", status="completed")
        self.conversations.append(conversation)
        self.runs.append(run)
        t = self.span(run, "intake", at, rng.lognormvariate(3.5, 0.6))
        t = self.span(run, "guard", t, rng.lognormvariate(2.0, 0.5))
        roll = rng.random()
        if roll < 0.035:  # the input guard stops it: an injection attempt, gibberish, a language
            check = rng.choice(["injection", "injection", "injection", "gibberish", "language"])
            self.verdicts.append(self.verdict(run, t, "input", "refuse", check))
            run.status, run.error_code, run.finished_at = "completed", "guard_refused", t
            return
        if roll < 0.07:  # asked for a person, or a sensitive topic
            check = rng.choice(["human_request", "human_request", "sensitive_topic"])
            self.verdicts.append(self.verdict(run, t, "input", "escalate", check))
            self.hand_off(
                run, t, "customer_asked_for_human" if check == "human_request" else "sensitive_topic"
            )
            return
        self.verdicts.append(
            self.verdict(run, t, "input", "allow_redacted" if rng.random() < 0.1 else "allow", "")
        )
        if rng.random() < 0.3:  # the model injection check on borderline messages
            t = self.call(run, t, "claude-haiku-4-5", "guard", rng.randint(250, 400), rng.randint(5, 15))
        t = self.call(run, t, "claude-haiku-4-5", "routing", rng.randint(600, 900), rng.randint(20, 45))
        t = self.span(run, "route", t, rng.lognormvariate(6.0, 0.3))
        executor = rng.choices([e for e, _ in EXECUTORS], weights=[w for _, w in EXECUTORS])[0]
        run.executor_name = executor
        if executor in ("orders", "help"):
            hit = rng.random() < 0.28
            t = self.span(run, "cache", t, rng.lognormvariate(1.8, 0.4), hit=hit)
            if hit:
                run.finished_at = t
                return
        if executor == "help":
            t = self.span(run, "retrieval", t, rng.lognormvariate(4.2, 0.4))
        for step in range(rng.choice([1, 2, 2, 3])):
            tokens_in = rng.randint(1500, 4200) + 900 * step
            cached = int(tokens_in * rng.uniform(0.2, 0.7))
            start = t
            t = self.call(run, t, "claude-sonnet-4-5", executor, tokens_in, rng.randint(80, 320), cached)
            if rng.random() < 0.04:  # a timeout, then the fallback answered: recoverable
                t = self.call(run, t, "claude-sonnet-4-5", executor, tokens_in, rng.randint(80, 320), cached)
                run.failure_class = "recoverable"
            self.span(run, "model", start, (t - start).total_seconds() * 1000 + rng.uniform(5, 30))
            if step < 2:
                t = self.span(run, "tool", t, rng.lognormvariate(4.8, 0.7))
        roll = rng.random()
        if roll < 0.05:
            check = rng.choice(["commitment", "commitment", "groundedness"])
            self.verdicts.append(self.verdict(run, t, "output", "replace", check))
            run.error_code, run.failure_class = "output_replaced", "degraded"
        elif roll < 0.065:
            self.verdicts.append(self.verdict(run, t, "output", "escalate", "pii_leak"))
            self.hand_off(run, t, "output_guard", fatal=True)
            return
        elif roll < 0.12:
            self.hand_off(run, t, rng.choice(["low_confidence", "low_confidence", "looping", "step_limit"]))
            return
        elif roll < 0.135:
            run.status, run.error_code, run.failure_class = (
                "degraded",
                "providers_exhausted:overloaded",
                "degraded",
            )
        else:
            if rng.random() < 0.03:
                t = self.call(
                    run, t, "claude-haiku-4-5", "output_repair", rng.randint(700, 1200), rng.randint(60, 150)
                )
            self.verdicts.append(self.verdict(run, t, "output", "send", ""))
        run.finished_at = t

    def verdict(self, run: Run, at: datetime, stage: str, verdict: str, check: str) -> GuardVerdict:
        return GuardVerdict(
            run=run, step_index=0, stage=stage, verdict=verdict, deciding_check=check, created_at=at
        )

    def hand_off(self, run: Run, at: datetime, reason: str, fatal: bool = False) -> None:
        run.status, run.error_code, run.finished_at = "handed_off", reason, at
        if fatal or reason in ("looping", "step_limit"):
            run.failure_class = "fatal"
        self.escalated.append((run, reason))

    def week(self, now: datetime) -> None:
        start = (now - timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
        hour = start
        while hour < now - timedelta(minutes=5):
            busy = TRAFFIC[hour.hour] * (0.6 if hour.weekday() >= 5 else 1.0)
            for _ in range(max(0, round(self.rng.gauss(busy, busy / 3)))):
                at = hour + timedelta(seconds=self.rng.uniform(0, 3599))
                if at < now - timedelta(minutes=2):
                    self.turn(at)
            hour += timedelta(hours=1)

    def save(self) -> None:
        Conversation.objects.bulk_create(self.conversations)
        Run.objects.bulk_create(self.runs)
        LLMCall.objects.bulk_create(self.calls)
        Span.objects.bulk_create(self.spans)
        GuardVerdict.objects.bulk_create(self.verdicts)
        Escalation.objects.bulk_create(
            Escalation(conversation=run.conversation, run=run, reason_code=reason)
            for run, reason in self.escalated
        )


def watch_for_errors(page: Page) -> list[str]:
    """Console errors, uncaught exceptions and failed requests of the page, as they happen."""
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(f"{message.text} ({message.location.get('url')})")
            if message.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    page.on(
        "response",
        lambda response: (
            errors.append(f"{response.status} {response.url}") if response.status >= 400 else None
        ),
    )
    return errors


def charts_drawn(page: Page) -> list[str]:
    """The canvases that have a Chart.js chart, by name."""
    return page.evaluate(
        "[...document.querySelectorAll('canvas[data-chart]')]"
        ".filter((canvas) => window.Chart && window.Chart.getChart(canvas)).map((c) => c.dataset.chart)"
    )


# The page has loaded (its deferred scripts ran) and every canvas on it holds a chart. Waited for before
# the next navigation: leaving earlier aborts Chart.js's download, which the error watch reports.
ALL_CHARTS_DRAWN = """() => document.readyState === "complete"
  && [...document.querySelectorAll("canvas[data-chart]")]
    .every((canvas) => window.Chart && window.Chart.getChart(canvas))"""


def wait_for_charts(page: Page) -> None:
    page.wait_for_function(ALL_CHARTS_DRAWN)


def figures_on_screen(page: Page) -> dashboards.Dashboard:
    """tracing.dashboards' figures for the range the page says it shows."""
    board = page.get_by_test_id("dashboard")
    start = datetime.fromisoformat(board.get_attribute("data-start"))
    end = datetime.fromisoformat(board.get_attribute("data-end"))
    return dashboards.dashboard(start, end)


def test_the_dashboard_draws_a_week_of_the_desk_and_the_range_picker_changes_it(browser, live_url, artifact):
    now = timezone.now()
    desk = Desk()
    desk.week(now)
    desk.save()
    console_user("dana", "manager")
    page = browser.new_context(viewport=VIEWPORT, locale="en-GB").new_page()
    console_sign_in(page, live_url, "dana")
    errors = watch_for_errors(page)

    page.get_by_test_id("nav-dashboard").click()
    expect(page).to_have_url(f"{live_url}/console/dashboard/")
    expect(page.get_by_test_id("range-24h")).to_have_attribute("aria-current", "true")
    page.get_by_test_id("range-7d").click()
    expect(page).to_have_url(f"{live_url}/console/dashboard/?range=7d")
    expect(page.locator("canvas[data-chart]")).to_have_count(len(CHARTS))
    wait_for_charts(page)
    assert sorted(charts_drawn(page)) == sorted(CHARTS)
    week = figures_on_screen(page)
    assert week.end - week.start == timedelta(days=7)
    assert week.outcomes.ended > 500 and week.usage.calls > 1000  # the seeded week is all in range
    expect(page.get_by_test_id("tile-cost-value")).to_have_text(money(week.usage.cost_usd))
    expect(page.get_by_test_id("tile-runs-value")).to_have_text(f"{week.outcomes.ended:,}")
    expect(page.get_by_test_id("tile-escalation-value")).to_have_text(
        f"{week.outcomes.escalation_rate * 100:.1f} %"
    )
    expect(page.get_by_test_id("tile-completion-value")).to_have_text(
        f"{week.outcomes.completion_rate * 100:.1f} %"
    )
    expect(page.get_by_test_id("tile-cache-value")).to_have_text(f"{week.cache.hit_rate * 100:.1f} %")
    # The hourly figures under the chart are the exact Decimals of cost_by_hour.
    rows = page.get_by_test_id("hour-cost")
    busiest = max(week.cost_by_hour, key=week.cost_by_hour.get)
    expect(page.locator(f"[data-testid=hour-cost][data-hour='{busiest.isoformat()}']")).to_have_attribute(
        "data-cost", str(week.cost_by_hour[busiest])
    )
    expect(rows).to_have_count(sum(1 for cost in week.cost_by_hour.values() if cost))
    page.screenshot(path=artifact("dashboard.png"))
    page.screenshot(path=artifact("dashboard-full.png"), full_page=True)
    page.get_by_test_id("hourly-figures").locator("summary").click()
    expect(rows.first).to_be_visible()
    page.locator(".dash-card", has=page.get_by_test_id("hourly-figures")).screenshot(
        path=artifact("dashboard-hourly-figures.png")
    )

    # The last hour: other, smaller figures, the charts drawn again.
    page.get_by_test_id("range-1h").click()
    expect(page).to_have_url(f"{live_url}/console/dashboard/?range=1h")
    hour = figures_on_screen(page)
    assert hour.end - hour.start == timedelta(hours=1)
    assert hour.usage.cost_usd < week.usage.cost_usd
    expect(page.get_by_test_id("tile-cost-value")).to_have_text(money(hour.usage.cost_usd))
    expect(page.get_by_test_id("tile-runs-value")).to_have_text(f"{hour.outcomes.ended:,}")
    wait_for_charts(page)
    assert charts_drawn(page), "the last hour's charts were not drawn"

    # A custom range with nothing in it: said on every card, no empty canvas.
    page.get_by_test_id("range-from").fill("2024-01-01 00:00")
    page.get_by_test_id("range-to").fill("2024-01-02")
    page.get_by_test_id("range-apply").click()
    expect(page.get_by_test_id("range-text")).to_have_text("Mon 01 Jan 00:00 – Wed 03 Jan 00:00 UTC")
    expect(page.locator("canvas")).to_have_count(0)
    expect(page.get_by_test_id("tile-cost-value")).to_have_text("$0.00")
    expect(page.get_by_test_id("empty-costPerHour")).to_have_text("No model calls in this range")
    expect(page.get_by_test_id("empty-failures")).to_have_text("No runs ended in this range")
    page.screenshot(path=artifact("dashboard-empty.png"))

    # Reversed: the reason, in the page, and the picker to fix it.
    page.get_by_test_id("range-from").fill("2024-01-03 00:00")
    page.get_by_test_id("range-apply").click()
    expect(page.get_by_test_id("range-error")).to_have_text(
        "That range can't be shown: “from” must be before “to”."
    )
    expect(page.get_by_test_id("range-from")).to_have_value("2024-01-03 00:00")
    page.screenshot(path=artifact("dashboard-bad-range.png"))

    errors_but_the_refused_range = [e for e in errors if "/console/dashboard/?from=2024-01-03" not in e]
    assert errors_but_the_refused_range == []
