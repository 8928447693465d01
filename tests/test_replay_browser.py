"""Replay from the trace viewer, in headless Chromium against a live daphne: a support lead replays a
demo-desk run (no difference), then asks what the answer would have been had the order tool said
something else, and sees the step where the decision changes. Screenshots: test-artifacts/replay-*.png."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from agents.models import RunStep
from tests.test_trace_viewer_browser import console_user, sign_in, turn
from tracing.models import AuditEntry

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1440, "height": 900}
WAIT_MS = 60_000  # the first replay in the server loads the guards' models


def test_a_support_lead_replays_a_run_and_tries_another_tool_result(browser, live_url, artifact):
    call_command("seed_demo", "--no-history", stdout=io.StringIO())
    intake, _ = turn("support", "Where is my order 1234?", "alice")
    run_id = intake.run.pk
    tool_step = RunStep.objects.get(run_id=run_id, kind="tool")
    console_user("lena", "manager")  # a lead: may ask the model again (REPLAY_LIVE)
    page = browser.new_context(viewport=DESKTOP).new_page()
    sign_in(page, live_url, "lena")

    page.goto(f"{live_url}/console/runs/{run_id}/")
    page.get_by_test_id("replay-button").click()
    report = page.get_by_test_id("replay-report")
    expect(report.get_by_test_id("replay-verdict")).to_have_text(
        "No difference: every step made the same decision", timeout=WAIT_MS
    )
    steps = RunStep.objects.filter(run_id=run_id).count()
    expect(report.get_by_test_id("replay-step")).to_have_count(steps)
    expect(report.locator("[data-testid=replay-step][data-status=same]")).to_have_count(steps)
    expect(page.get_by_test_id("trace-tree")).to_be_visible()  # the report sits above the tree
    page.screenshot(path=artifact("replay-same.png"))

    # What if the order tool had found the order: the model answers again from the next step.
    found = {"order": 1234, "status": "delivered", "delivered_on": "2026-11-18", "carrier": "DHL"}
    report.locator("summary").click()
    page.get_by_test_id("replay-override").fill(f"{tool_step.index}={json.dumps(found)}")
    page.get_by_test_id("replay-run").click()
    verdict = page.get_by_test_id("replay-verdict")
    expect(verdict).to_contain_text(f"Decisions differ from step {tool_step.index + 1}", timeout=WAIT_MS)
    changed = page.locator(f"[data-testid=replay-step][data-index='{tool_step.index + 1}']")
    expect(changed).to_have_attribute("data-status", "differs")
    expect(page.locator(f"[data-testid=replay-step][data-index='{tool_step.index}']")).to_have_attribute(
        "data-status", "input"
    )
    page.screenshot(path=artifact("replay-differs.png"), full_page=True)

    # Bad input is answered in place.
    page.get_by_test_id("replay-from-step").fill("seven")
    page.get_by_test_id("replay-run").click()
    expect(page.get_by_test_id("replay-error")).to_have_text(
        'the step to re-run from must be a whole number, not "seven"', timeout=WAIT_MS
    )
    page.screenshot(path=artifact("replay-error.png"))
    assert AuditEntry.objects.filter(action="replay", actor_name="lena").count() == 2
