"""The alerts must-show, in headless Chromium against a live daphne: a support agent has the console open; a
token spike (one agent's runs far above its usual hour) and an error burst (fatal and degraded runs) are in
the database; a customer's message through the HTTP API finishes a run, which is what makes production
evaluate (on commit, throttled); the right toasts appear on the open page without a reload, and the count
next to "Alerts" follows.

The spike and the burst are written as run rows (what an evaluation reads). The evaluation happens where
production does it: in the server right after the run's commit without Redis, on a Celery worker over Redis
when REDIS_URL is set (the worker runs here, the push reaches the server's socket through the Redis channel
layer). Screenshots: test-artifacts/alerts-*.png."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import httpx2
import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from agents import actions
from agents.models import Conversation, Run
from tests.test_console_browser import console_sign_in, console_user
from tracing import alerts
from tracing.models import Alert, AlertRule, AuditEntry

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

CONSOLE = {"width": 1440, "height": 900}
# The first run in a fresh server loads the guards' models; on a busy 2-core machine that takes a while.
PUSH_WAIT_MS = 90_000
MARK_PAGE = "window.__notReloaded = true"
NOT_RELOADED = "window.__notReloaded === true"
EXPECTED_TOASTS = [
    "Degraded answer rate",
    "Fatal failures",
    "Tokens per agent-hour spike",
    "Tokens per run spike",
]


@pytest.fixture(scope="module")
def live_url(live_server_evaluates_alerts, live_url):
    return live_url


@pytest.fixture(scope="module")
def live_server_evaluates_alerts() -> Iterator[None]:
    """The live server inherits this environment: alerts evaluated after runs finish (the test settings turn
    that off for every other test), and the scripted test agents (t-two-calls answers without a model)."""
    wanted = {
        "HANDRAIL_ALERTS_AFTER_RUNS": "true",
        "HANDRAIL_AGENT_MODULES": "demo_shop.desk,tests.agents_for_tests",
    }
    previous = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    yield
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def evaluator() -> Iterator[None]:
    """With Redis, production evaluates on a Celery worker: one runs here, consuming from Redis."""
    if not settings.REDIS_URL:
        yield  # the server evaluates in-process, right after the run's commit
        return
    from celery.contrib.testing.worker import start_worker

    from console.celery import app

    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager = False
    app.conf.broker_url = settings.REDIS_URL
    try:
        with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        app.conf.task_always_eager, app.conf.broker_url = previous


@pytest.fixture
def default_rules() -> None:
    # Earlier transactional tests flush the tables the migrations filled: the rules are added again the way
    # the migration adds them.
    importlib.import_module("tracing.migrations.0006_default_alert_rules").add_default_rules(
        django_apps, None
    )
    alerts.forget_cache()  # a shared (Redis) cache may remember another test's throttle or baselines


def runs(count: int, *, agent: str, at, tokens: int = 1000, failure_class: str = "") -> list[Run]:
    conversation = Conversation.objects.create(agent_name=agent, customer_ref="c-history")
    return Run.objects.bulk_create(
        [
            Run(
                conversation=conversation,
                agent_name=agent,
                status=Run.Status.HANDED_OFF if failure_class == "fatal" else Run.Status.COMPLETED,
                failure_class=failure_class,
                tokens_in=tokens - tokens // 5,
                tokens_out=tokens // 5,
                cost_usd=Decimal("0.0040"),
                finished_at=at,
            )
            for _ in range(count)
        ]
    )


def simulate_spike_and_burst() -> list[Run]:
    """A day of normal use of the "support" desk, then in the last minutes: its runs at 7.5x their usual
    tokens (a bug that bloats the context), and among the "orders" agent's runs 2 fatal and 3 degraded.
    Returns the spike's runs."""
    now = timezone.now()
    # The hours both token rules' baselines read (the 15-minute window's day and the 60-minute one's).
    _, end = alerts.baseline_period(now - timedelta(minutes=60))
    for hours_back in range(1, 7):
        runs(4, agent="support", at=end - timedelta(hours=hours_back) + timedelta(minutes=20), tokens=1200)
    spike = runs(8, agent="support", at=now - timedelta(minutes=3), tokens=9000)
    runs(25, agent="orders", at=now - timedelta(minutes=6), tokens=900)
    runs(3, agent="orders", at=now - timedelta(minutes=5), tokens=900, failure_class="degraded")
    runs(2, agent="orders", at=now - timedelta(minutes=4), tokens=900, failure_class="fatal")
    return spike


def finish_a_run_on_the_server(live_url: str) -> None:
    """A customer's message through the HTTP API: the server runs the agent, and its last checkpoint's
    commit is what triggers the evaluation."""
    _, key = actions.do_create_api_key("shop-backend")
    headers = {"Authorization": f"Bearer {key}"}
    with httpx2.Client(base_url=f"{live_url}/api/v1", headers=headers, timeout=120, trust_env=False) as api:
        created = api.post("/conversations", json={"agent": "t-two-calls", "customer_ref": "c-live"})
        assert created.status_code == 201, created.text
        turn = api.post(
            f"/conversations/{created.json()['id']}/messages", json={"text": "Where is my order 1234?"}
        )
        assert turn.status_code == 200, turn.text
        assert turn.json()["run"]["status"] == "completed"


def test_a_token_spike_and_an_error_burst_raise_the_right_alerts_live(
    browser, live_url, artifact, default_rules, evaluator
):
    console_user("sam", "support")
    page = browser.new_context(viewport=CONSOLE).new_page()
    console_sign_in(page, live_url, "sam")
    expect(page.get_by_test_id("alerts-count")).to_have_text("0")
    expect(page.get_by_test_id("alert-toast")).to_have_count(0)
    page.evaluate(MARK_PAGE)
    spike = simulate_spike_and_burst()

    finish_a_run_on_the_server(live_url)

    toasts = page.get_by_test_id("alert-toast")
    expect(toasts).to_have_count(len(EXPECTED_TOASTS), timeout=PUSH_WAIT_MS)
    assert sorted(toasts.evaluate_all("els => els.map(e => e.dataset.rule)")) == EXPECTED_TOASTS
    expect(page.get_by_test_id("alerts-count")).to_have_text(str(len(EXPECTED_TOASTS)))
    assert page.evaluate(NOT_RELOADED)
    fatal = toasts.filter(has_text="Fatal failures")
    expect(fatal).to_contain_text("2 runs failed fatally in the last 15 min and went to a person")
    expect(fatal).to_have_attribute("data-severity", "critical")
    per_run = toasts.filter(has_text="Tokens per run spike")
    expect(per_run).to_contain_text(
        "support used 9,000 tokens per run (8 runs in the last 15 min), 7.5× its baseline"
    )
    expect(toasts.filter(has_text="Degraded answer rate")).to_contain_text(
        "3 of 39 runs (7.7%) in the last 15 min"
    )
    page.screenshot(path=artifact("alerts-toast.png"))

    # The same alerts once, however the evaluation was reached; nothing about the quiet rules.
    assert sorted(Alert.objects.values_list("rule__name", flat=True)) == EXPECTED_TOASTS

    # The toast's link: the alert and the runs to look at, the spike's heaviest first.
    per_run.get_by_test_id("alert-toast-link").click()
    expect(page.get_by_test_id("alert-rule")).to_have_text("Tokens per run spike")
    expect(page.get_by_test_id("alert-run")).to_have_count(8)
    shown = page.get_by_test_id("alert-run").evaluate_all("els => els.map(e => e.dataset.run)")
    assert sorted(shown) == sorted(str(r.pk) for r in spike)
    page.screenshot(path=artifact("alerts-detail.png"), full_page=True)

    page.get_by_test_id("acknowledge").click()
    expect(page.get_by_test_id("alert-ack")).to_contain_text("Acknowledged by sam")
    expect(page.get_by_test_id("alerts-count")).to_have_text(str(len(EXPECTED_TOASTS) - 1))
    assert AuditEntry.objects.filter(action="acknowledge_alert", actor_name="sam").count() == 1

    page.get_by_test_id("nav-alerts").click()
    expect(page.get_by_test_id("alert-row")).to_have_count(len(EXPECTED_TOASTS) - 1)
    page.screenshot(path=artifact("alerts-page.png"), full_page=True)


def test_an_admin_edits_a_rule_and_bad_input_is_refused_in_place(browser, live_url, artifact, default_rules):
    console_user("ada", "admin")
    page = browser.new_context(viewport=CONSOLE).new_page()
    console_sign_in(page, live_url, "ada")
    page.get_by_test_id("nav-alerts").click()
    page.locator("[data-testid=rule-row][data-rule='Degraded answer rate']").get_by_test_id(
        "edit-rule"
    ).click()

    page.get_by_test_id("rule-threshold").fill("２")  # a fullwidth 2: refused, not read as 2
    page.get_by_test_id("rule-window").fill("0")
    page.get_by_test_id("rule-webhook").fill("javascript:alert(1)")
    page.get_by_test_id("rule-save").click()

    expect(page.get_by_test_id("error-threshold")).to_have_text(
        "enter a number with the digits 0-9, like 5 or 2.5"
    )
    expect(page.get_by_test_id("error-window_minutes")).to_have_text(
        "enter whole minutes from 1 to 1440 (a day)"
    )
    expect(page.get_by_test_id("error-webhook_url")).to_have_text(
        "enter an http:// or https:// address of at most 200 characters"
    )
    page.screenshot(path=artifact("alerts-rule-errors.png"), full_page=True)
    assert AlertRule.objects.get(name="Degraded answer rate").threshold == 0.02

    page.get_by_test_id("rule-threshold").fill("3.5")
    page.get_by_test_id("rule-window").fill("30")
    page.get_by_test_id("rule-webhook").fill("")
    page.get_by_test_id("rule-save").click()

    row = page.locator("[data-testid=rule-row][data-rule='Degraded answer rate']")
    expect(row.get_by_test_id("rule-fires")).to_have_text("above 3.5%")
    rule = AlertRule.objects.get(name="Degraded answer rate")
    assert (rule.threshold, rule.window_minutes) == (0.035, 30)
    page.screenshot(path=artifact("alerts-rules-admin.png"), full_page=True)
