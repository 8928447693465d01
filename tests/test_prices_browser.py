"""The price page in headless Chromium against a live daphne: an admin corrects a price (a bad value
first, refused next to its field), then re-applies it to the calls already made, and the runs' totals
follow; a QA reviewer reads the same table without a way to change it.

Screenshots land in test-artifacts/ (prices-*.png)."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from playwright.sync_api import expect

from agents.models import Conversation, Run
from tests.test_console_browser import CONSOLE, console_sign_in, console_user
from tracing import costs, pricing
from tracing.models import AuditEntry, LLMCall, ModelPrice

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

SEED = importlib.import_module("tracing.migrations.0005_seed_model_prices")


@pytest.fixture(autouse=True)
def seeded_prices():
    """The seeded rows (a transactional test before may have flushed them), and no price table left in
    this process or the shared cache afterwards: the live server published its edits there."""
    SEED.seed(django_apps, None)
    pricing.forget_prices()
    yield
    pricing.forget_prices()


def calls_of_gpt_4o_mini() -> list[Run]:
    """Two finished runs of yesterday: three gpt-4o-mini calls priced at the seeded $0.15 / $0.60."""
    made_at = datetime.now(UTC) - timedelta(days=1)
    conversation = Conversation.objects.create(agent_name="desk", customer_ref="alice")
    runs = []
    for calls in ([(12_000, 800), (1_000, 100)], [(30_000, 2_500)]):
        run = Run.objects.create(conversation=conversation, agent_name="desk", executor_name="orders",
                                 status="completed")  # fmt: skip
        for step, (tokens_in, tokens_out) in enumerate(calls):
            cost = pricing.cost_usd("gpt-4o-mini", tokens_in, tokens_out)
            LLMCall.objects.create(
                run=run, step_index=step, provider="openai", model="gpt-4o-mini", feature="orders",
                request={}, tokens_in=tokens_in, tokens_out=tokens_out, cost_usd=cost, created_at=made_at,
            )  # fmt: skip
            run.cost_usd += cost
        run.save(update_fields=["cost_usd"])
        runs.append(run)
    # And a model nobody priced: charged the default, and named on the page.
    LLMCall.objects.create(
        run=runs[1], step_index=1, provider="openai-compatible", model="mistral-large-latest", request={},
        tokens_in=2_000, tokens_out=300, cost_usd=pricing.cost_usd("mistral-large-latest", 2_000, 300),
        created_at=made_at,
    )  # fmt: skip
    Run.objects.filter(pk=runs[1].pk).update(cost_usd=costs.run_cost(runs[1].pk).cost_usd)
    runs[1].refresh_from_db()
    return runs


def field(page, name: str):
    return page.locator(f"input[name={name}]")


def test_an_admin_corrects_a_price_and_re_applies_it_to_past_usage(browser, live_url, artifact):
    runs = calls_of_gpt_4o_mini()
    totals_before = [Run.objects.get(pk=r.pk).cost_usd for r in runs]
    console_user("ada", "admin")
    page = browser.new_context(viewport=CONSOLE).new_page()
    console_sign_in(page, live_url, "ada")

    page.get_by_test_id("nav-prices").click()
    expect(page).to_have_url(f"{live_url}/console/prices/")
    row = page.locator("[data-testid=price-row][data-prefix=gpt-4o-mini]")
    expect(row.get_by_test_id("price-input")).to_have_text("$0.15")
    expect(row.get_by_test_id("price-output")).to_have_text("$0.60")
    expect(page.get_by_test_id("unpriced-model")).to_contain_text(
        "mistral-large-latest 1 call, $0.0105 at the default"
    )
    page.screenshot(path=artifact("prices-table.png"), full_page=True)

    row.get_by_test_id("edit-price").click()
    expect(page.get_by_test_id("price-edit")).to_be_visible()
    field(page, "input_per_mtok").fill("-0.30")
    page.get_by_test_id("price-save").click()
    expect(page.get_by_test_id("error-input_per_mtok")).to_have_text("The input price cannot be negative.")
    page.screenshot(path=artifact("prices-edit-refused.png"), full_page=True)
    assert ModelPrice.objects.get(model_prefix="gpt-4o-mini").input_per_mtok == Decimal("0.15")

    field(page, "input_per_mtok").fill("0.30")
    field(page, "cached_input_per_mtok").fill("0.15")
    field(page, "output_per_mtok").fill("1.20")
    page.get_by_test_id("price-save").click()
    expect(page).to_have_url(f"{live_url}/console/prices/?model=gpt-4o-mini#reprice")
    expect(page.get_by_test_id("alert")).to_contain_text(
        "Saved gpt-4o-mini: $0.30 in, $0.15 cached, $1.20 out."
    )
    expect(row.get_by_test_id("price-input")).to_have_text("$0.30")
    # Past calls still cost what they cost: the change applies to them only when re-applied.
    assert [Run.objects.get(pk=r.pk).cost_usd for r in runs] == totals_before

    expect(field(page, "model")).to_have_value("gpt-4o-mini")
    page.get_by_test_id("reprice-preview-button").click()
    preview = page.get_by_test_id("reprice-preview")
    expect(preview.get_by_test_id("preview-matched")).to_have_text("3")
    expect(preview.get_by_test_id("preview-calls")).to_have_text("3")
    expect(preview.get_by_test_id("preview-runs")).to_have_text("2")
    page.get_by_test_id("reprice").screenshot(path=artifact("prices-reprice-preview.png"))
    assert [Run.objects.get(pk=r.pk).cost_usd for r in runs] == totals_before  # a preview writes nothing

    page.get_by_test_id("reprice-apply").click()
    expect(page.get_by_test_id("alert")).to_contain_text(
        "Re-applied prices to calls of gpt-4o-mini*, all time: 3 calls and 2 runs changed"
    )
    page.screenshot(path=artifact("prices-reprice-done.png"), full_page=True)
    doubled = pricing.Price(Decimal("0.30"), Decimal("1.20"), Decimal("0.15"))
    for made in LLMCall.objects.filter(model="gpt-4o-mini"):
        assert made.cost_usd == doubled.cost(made.tokens_in, made.tokens_out, made.tokens_cached)
    for run in runs:
        run.refresh_from_db()
        assert run.cost_usd == costs.run_cost(run.pk).cost_usd
    mistral = LLMCall.objects.get(model="mistral-large-latest").cost_usd
    assert [r.cost_usd for r in runs] == [totals_before[0] * 2, (totals_before[1] - mistral) * 2 + mistral]
    assert AuditEntry.objects.filter(action="price_update", actor_name="ada").count() == 1
    assert AuditEntry.objects.get(action="reprice").after["calls_changed"] == 3


def test_a_qa_reviewer_reads_the_prices_but_cannot_change_them(browser, live_url, artifact):
    console_user("quinn", "qa")
    page = browser.new_context(viewport=CONSOLE).new_page()
    console_sign_in(page, live_url, "quinn")
    page.goto(f"{live_url}/console/prices/")
    expect(page.get_by_test_id("price-row")).to_have_count(ModelPrice.objects.count())
    expect(page.get_by_test_id("edit-price")).to_have_count(0)
    expect(page.get_by_test_id("prices-readonly")).to_be_visible()
    page.screenshot(path=artifact("prices-read-only.png"), full_page=True)
    price = ModelPrice.objects.get(model_prefix="gpt-4o")
    answer = page.goto(f"{live_url}/console/prices/{price.pk}/edit/")
    assert answer is not None and answer.status == 403
    expect(page.locator("body")).to_contain_text("changing settings needs the admin role")
