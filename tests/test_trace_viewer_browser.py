"""The trace viewer as a support lead uses it, in headless Chromium against a live daphne: find a run in
the list, open its trace, pick a reasoning step and read its prompt by roles and the tool call's JSON;
see a failed run's error where it happened; and watch a running run's tree grow, then stop asking.

Runs are made in the test process by the real runtime (the demo desk over the offline model, and the
scripted test agents), committed, and read by the live server. Screenshots (desktop, 1440 x 900) land in
test-artifacts/trace-viewer*.png."""

from __future__ import annotations

import io
import re
import threading

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.db import connections
from django.utils import timezone
from playwright.sync_api import Page, expect

from agents.definitions import AgentDefinition, register_agent
from agents.models import Run
from tests.agents_for_tests import ALL_TOOLS
from tests.runtime_helpers import staff_user, start_turn
from tests.test_trace_viewer import drawn_checks
from tracing.models import LLMCall, Span, ToolCall
from tracing.spans import check_span_id

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1440, "height": 900}
PASSWORD = "x-test-password-1"  # tests.runtime_helpers.staff_user's
WAIT_MS = 30_000


# Every step's first model has no script (a non-retryable error), the second answers: a recoverable run.
register_agent(
    AgentDefinition(
        name="t-viewer-browser-fallback",
        description="falls back from a broken model to a working one (trace viewer browser test)",
        system_prompt="You are the t-viewer-browser-fallback test agent.",
        tools=ALL_TOOLS,
        model_chain=["scripted:viewer-no-such-script", "scripted:two-calls"],
    )
)


def console_user(username: str, role: str) -> None:
    """A staff member who can sign in on the live server (which does not accept the tests' MD5 hashes)."""
    user = staff_user(username, role)
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt(), iterations=1000)
    user.save(update_fields=["password"])


def sign_in(page: Page, live_url: str, username: str) -> None:
    page.goto(f"{live_url}/console/login/")
    page.get_by_test_id("login-username").fill(username)
    page.get_by_test_id("login-password").fill(PASSWORD)
    page.get_by_test_id("login-submit").click()
    expect(page).to_have_url(f"{live_url}/console/")


def turn(agent: str, text: str, customer_ref: str):
    """`start_turn` in a thread of its own: Playwright's event loop runs in this one, and the runtime's
    async_to_sync may not start inside it. The thread's database connection is closed after."""
    result: list = []

    def work() -> None:
        try:
            result.append(start_turn(agent, text, customer_ref=customer_ref))
        finally:
            connections.close_all()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=300)
    assert result, f"the {agent} turn did not finish"
    return result[0]


@pytest.fixture
def demo_shop():
    call_command("seed_demo", "--no-history", stdout=io.StringIO())


def test_a_support_lead_reads_a_runs_trace(browser, live_url, artifact, demo_shop):
    demo, _ = turn("support", "Where is my order 1234?", "alice")
    tools, _ = turn("t-desk", "Where is my order 1234?", "bob")
    looping, _ = turn("t-looping", "Where is my order 7?", "carol")
    console_user("sam", "support")
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    sign_in(page, live_url, "sam")

    # The list: every run, newest first; the looping one is marked fatal.
    page.get_by_test_id("nav-runs").click()
    expect(page.get_by_test_id("run-row")).to_have_count(3)
    fatal_row = page.locator(f"[data-testid=run-row][data-run='{looping.run.pk}']")
    expect(fatal_row.locator(".fail-pill")).to_have_text("fatal")
    page.screenshot(path=artifact("trace-viewer-runs.png"))

    # A filter that is not a number is named, and the others still apply.
    page.get_by_test_id("filter-customer").fill("bob")
    page.get_by_test_id("filter-cost-min").fill("ten cents")
    page.get_by_test_id("filter-apply").click()
    expect(page.get_by_test_id("filter-problems")).to_contain_text("Cost from: enter a number.")
    expect(page.get_by_test_id("filter-cost-min")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_test_id("run-row")).to_have_count(1)
    page.screenshot(path=artifact("trace-viewer-runs-filtered.png"))
    page.get_by_test_id("filter-cost-min").fill("")
    page.get_by_test_id("filter-apply").click()
    expect(page.get_by_test_id("filter-problems")).to_have_count(0)
    expect(page.get_by_test_id("run-row")).to_have_count(1)
    page.get_by_test_id("run-row").locator(".run-asked").click()
    expect(page).to_have_url(f"{live_url}/console/runs/{tools.run.pk}/")
    header = page.get_by_test_id("run-header")
    expect(header.get_by_test_id("run-status")).to_have_text("Completed")
    run = Run.objects.get(pk=tools.run.pk)
    expect(header.get_by_test_id("run-tokens-in")).to_have_text(str(run.tokens_in))
    rows = page.get_by_test_id("span-row")
    # Every span, the checks drawn from the guards' verdicts, and the run itself.
    expect(rows).to_have_count(Span.objects.filter(run=run).count() + drawn_checks(run) + 1)

    # The second reasoning step: its prompt has the customer's words, the assistant's first tool call
    # and that tool's result, each labelled by role, and its completion asks for the next tool.
    second = Span.objects.filter(run=run, kind="model").order_by("started_at")[1]
    page.locator(f"[data-span='{second.span_id}'] .span-link").click()
    expect(page).to_have_url(f"{live_url}/console/runs/{run.pk}/?span={second.span_id}")
    detail = page.get_by_test_id("span-detail-body")
    expect(detail).to_have_attribute("data-span-key", second.span_id)
    prompt = detail.get_by_test_id("prompt").locator("[data-testid=prompt-message]")
    expect(prompt).to_have_count(4)
    expect(prompt.locator(".role-chip")).to_have_text(["System", "User", "Assistant", "Tool result"])
    expect(prompt.nth(1)).to_contain_text("Where is my order 1234?")
    first_call = prompt.nth(2).get_by_test_id("tool-call")
    expect(first_call).to_contain_text("fetch_order")
    expect(first_call.get_by_test_id("payload-json")).to_have_text('{\n  "order_id": 1234\n}')
    expect(prompt.nth(3)).to_contain_text('"summary": "Order 1234 is shipped."')
    expect(prompt.nth(3).locator(".untrusted-tag")).to_have_text("untrusted · tool:fetch_order")
    completion = detail.get_by_test_id("completion")
    expect(completion.get_by_test_id("tool-call")).to_contain_text("fetch_tracking")
    call = LLMCall.objects.get(run=run, step_index=second.step_index)
    expect(detail.get_by_test_id("span-tokens")).to_contain_text(
        f"{call.tokens_in} in · {call.tokens_out} out"
    )
    expect(page.locator(f"[data-span='{second.span_id}']")).to_have_class(re.compile(r"\bis-selected\b"))
    page.screenshot(path=artifact("trace-viewer-tools.png"))

    # The demo desk's run: routed, retrieved or looked up, answered; its model step read like the above.
    page.goto(f"{live_url}/console/runs/{demo.run.pk}/")
    demo_model = Span.objects.filter(run_id=demo.run.pk, kind="model").order_by("started_at").last()
    page.locator(f"[data-span='{demo_model.span_id}'] .span-link").click()
    detail = page.get_by_test_id("span-detail-body")
    expect(detail).to_have_attribute("data-span-key", demo_model.span_id)
    expect(detail.get_by_test_id("prompt").locator(".role-chip").first).to_have_text("System")
    # The guard's checks are folded (none fired); unfolding shows them.
    guard = Span.objects.filter(run_id=demo.run.pk, kind="guard").order_by("started_at").first()
    check_id = check_span_id(guard.span_id, 0)  # drawn from the guard's verdict
    expect(page.locator(f"[data-span='{check_id}']")).to_be_hidden()
    page.locator(f"[data-span='{guard.span_id}'] [data-toggle]").click()
    expect(page.locator(f"[data-span='{check_id}']")).to_be_visible()
    page.screenshot(path=artifact("trace-viewer.png"))

    # Replay (console:run_replay, another part of the console) answers into the page above the tree;
    # the tree and the picked span stay as they were.
    page.get_by_test_id("replay-button").click()
    expect(page.get_by_test_id("replay-verdict")).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_test_id("span-detail-body")).to_have_attribute("data-span-key", demo_model.span_id)
    expect(page.locator(f"[data-span='{check_id}']")).to_be_visible()
    page.screenshot(path=artifact("trace-viewer-replay.png"))

    # A looping run: the error is on the run, on the handoff and in the detail, with its class and code.
    page.goto(f"{live_url}/console/runs/{looping.run.pk}/")
    expect(page.get_by_test_id("run-failure-class")).to_have_text("fatal")
    expect(page.get_by_test_id("run-error-code")).to_have_text("looping")
    handoff = Span.objects.get(run_id=looping.run.pk, kind="handoff")
    handoff_row = page.locator(f"[data-span='{handoff.span_id}']")
    expect(handoff_row).to_have_attribute("data-tone", "error")
    expect(handoff_row.get_by_test_id("span-problem")).to_have_text("fatal · looping")
    handoff_row.locator(".span-link").click()
    expect(page.get_by_test_id("span-error")).to_contain_text("Fatal")
    page.screenshot(path=artifact("trace-viewer-error.png"))

    # A run that fell back to its second model: the failed attempt is amber, not red, and says why.
    fallback, _ = turn("t-viewer-browser-fallback", "Where is my order 1234?", "erin")
    page.goto(f"{live_url}/console/runs/{fallback.run.pk}/")
    expect(page.get_by_test_id("run-failure-class")).to_have_text("recoverable")
    failed = (
        LLMCall.objects.filter(run_id=fallback.run.pk).exclude(error_code="").order_by("step_index").first()
    )
    failed_span = Span.objects.get(
        run_id=fallback.run.pk,
        kind="llm",
        step_index=failed.step_index,
        attributes__attempt=failed.attempt,
        attributes__model=failed.model,
    )
    failed_row = page.locator(f"[data-span='{failed_span.span_id}']")
    expect(failed_row).to_have_attribute("data-tone", "recovered")
    page.locator(f"[data-span='{failed_span.parent_id}'] .span-link").click()
    calls = page.get_by_test_id("llm-call")
    expect(calls).to_have_count(2)
    expect(calls.first).to_contain_text(failed.error_code)
    expect(calls.nth(1).locator(".answered-tag")).to_have_text("answered")
    page.screenshot(path=artifact("trace-viewer-recovered.png"))
    context.close()


def test_a_running_runs_tree_grows_live_and_then_stops_asking(browser, live_url, artifact):
    intake, _ = turn("t-desk", "Where is my order 1234?", "dora")
    run = Run.objects.get(pk=intake.run.pk)
    # The run as it was mid-way: running, its last steps' records and spans not written yet.
    later = {
        model: list(model.objects.filter(run=run, step_index__gte=3)) for model in (Span, LLMCall, ToolCall)
    }
    finished_at = run.finished_at
    for model, rows in later.items():
        model.objects.filter(pk__in=[row.pk for row in rows]).delete()
    Run.objects.filter(pk=run.pk).update(status=Run.Status.RUNNING, finished_at=None)
    shown_before = Span.objects.filter(run=run).count() + drawn_checks(run) + 1
    console_user("sam", "support")
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    sign_in(page, live_url, "sam")
    polls: list[str] = []
    page.on("request", lambda request: polls.append(request.url) if "/live/" in request.url else None)
    page.goto(f"{live_url}/console/runs/{run.pk}/")
    expect(page.get_by_test_id("span-row")).to_have_count(shown_before)
    expect(page.get_by_test_id("run-status")).to_have_text("Running")
    page.screenshot(path=artifact("trace-viewer-running.png"))

    # The next checkpoints commit: the page shows them without a reload, then the run ends.
    for model, rows in later.items():
        for row in rows:
            row.pk = None
        model.objects.bulk_create(rows)
    Run.objects.filter(pk=run.pk).update(
        status=Run.Status.COMPLETED, finished_at=finished_at or timezone.now()
    )
    page.evaluate("window.__notReloaded = true")
    shown_after = Span.objects.filter(run=run).count() + drawn_checks(run) + 1
    assert shown_after > shown_before
    expect(page.get_by_test_id("span-row")).to_have_count(shown_after, timeout=WAIT_MS)
    expect(page.get_by_test_id("run-status")).to_have_text("Completed")
    expect(page.get_by_test_id("live-ticker")).to_have_count(0)
    assert page.evaluate("window.__notReloaded === true")
    asked = len(polls)
    page.wait_for_timeout(5_000)  # two and a half poll intervals: a poll would have come
    assert len(polls) == asked
    context.close()
