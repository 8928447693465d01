"""Issue 6's must-show "costs that add up": real turns through the official SDKs against the simulated
provider server, one of them falling back from a failing provider to another. The sum over the
conversation's model calls equals the conversation's cost, its runs' totals, and the dashboard's figure
for the hour (the query and the page), to the micro-dollar; and still does after a price change is
re-applied to past usage (langfuse-docs #2938: session costs that did not add up)."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from django.test import Client

from agents import actions
from agents.definitions import AgentDefinition, register_agent, unregister_agent
from agents.models import Conversation, Run
from tests import agents_for_tests
from tests.runtime_helpers import staff_user
from tracing import actions as tracing_actions
from tracing import costs, dashboards, pricing
from tracing.models import LLMCall, ModelPrice

pytest_plugins = ["tests.fixtures_simulator"]
pytestmark = pytest.mark.django_db

CHAIN = ["anthropic:claude-sonnet-4-6", "openai:gpt-4o-mini"]
MILLION = Decimal(1_000_000)


@pytest.fixture
def priced_agent(settings):
    settings.HANDRAIL_PROVIDER_MAX_ATTEMPTS = 2
    settings.HANDRAIL_PROVIDER_TIMEOUT_SECONDS = 2
    pricing.forget_prices()
    agent = register_agent(
        AgentDefinition(
            name="t-priced",
            description="two real providers, priced",
            system_prompt="You are the cost test agent.",
            tools=[agents_for_tests.fetch_order],
            model_chain=CHAIN,
            feature="orders",
        )
    )
    yield agent
    unregister_agent("t-priced")
    pricing.forget_prices()


def turn(conversation: Conversation, text: str) -> Run:
    intake = actions.do_post_customer_message(conversation, text)
    async_to_sync(actions.execute_claimed_run)(intake)
    return Run.objects.get(pk=intake.run.pk)


def expected_cost(call: LLMCall) -> Decimal:
    """The call's cost from its tokens and the price row as it is now, computed here, not by pricing."""
    row = max(
        (p for p in ModelPrice.objects.all() if call.model.startswith(p.model_prefix)),
        key=lambda p: len(p.model_prefix),
    )
    uncached = call.tokens_in - call.tokens_cached
    total = (
        uncached * row.input_per_mtok
        + call.tokens_cached * row.cached_input_per_mtok
        + call.tokens_out * row.output_per_mtok
    ) / MILLION
    return total.quantize(Decimal("0.000001"))


def dashboard_page_hours(client: Client, start: datetime, end: datetime) -> dict[str, Decimal]:
    response = client.get(
        "/console/dashboard/",
        {"from": start.strftime("%Y-%m-%d %H:%M"), "to": end.strftime("%Y-%m-%d %H:%M")},
    )
    assert response.status_code == 200, response.content[:500]
    html = response.content.decode()
    hours = {}
    for chunk in html.split('data-testid="hour-cost"')[1:]:
        hour = chunk.split('data-hour="', 1)[1].split('"', 1)[0]
        cost = chunk.split('data-cost="', 1)[1].split('"', 1)[0]
        hours[hour] = Decimal(cost.replace("$", "").replace(",", ""))
    return hours


def assert_everything_adds_up(conversation: Conversation, client: Client) -> Decimal:
    calls = list(LLMCall.objects.filter(run__conversation=conversation))
    by_calls = sum((call.cost_usd for call in calls), Decimal(0))
    # Every call is priced from its tokens at the table's price, failed attempts included (a provider
    # that answered 529 sent no tokens, so it costs nothing, and says so).
    assert all(call.cost_usd == expected_cost(call) for call in calls)
    runs = list(Run.objects.filter(conversation=conversation))
    assert sum((run.cost_usd for run in runs), Decimal(0)) == by_calls
    assert costs.conversation_cost(conversation.pk).cost_usd == by_calls
    for run in runs:
        assert costs.run_cost(run.pk).cost_usd == run.cost_usd
    assert costs.customer_cost(conversation.customer_ref).cost_usd == by_calls

    # The dashboard: the hours the calls fell in, by the query and as the page prints them.
    first = min(c.created_at for c in calls).replace(minute=0, second=0, microsecond=0)
    end = max(c.created_at for c in calls).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    hours = dashboards.cost_by_hour(first, end)
    assert sum(hours.values(), Decimal(0)) == by_calls
    for hour, cost in hours.items():
        in_hour = [c for c in calls if hour <= c.created_at < hour + timedelta(hours=1)]
        assert cost == sum((c.cost_usd for c in in_hour), Decimal(0))
    page = dashboard_page_hours(client, first, end)
    assert {datetime.fromisoformat(h).astimezone(UTC): c for h, c in page.items()} == hours
    return by_calls


def test_a_conversations_cost_adds_up_everywhere_before_and_after_a_reprice(simulated_llm, priced_agent):
    client = Client()
    client.force_login(staff_user("lead", "admin"))
    conversation = Conversation.objects.create(agent_name="t-priced", customer_ref="cost-alice")

    # Turn 1: Claude answers, through a tool call.
    simulated_llm.push(
        [
            {"text": "", "tool_calls": [{"name": "fetch_order", "arguments": {"order_id": 1234}}]},
            {"text": "Order 1234 is on its way."},
        ],
        api="anthropic",
    )
    first = turn(conversation, "Where is my order 1234?")
    assert first.status == Run.Status.COMPLETED
    # Turn 2: Claude is overloaded; the chain falls back to GPT, which answers.
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 529})
    simulated_llm.push({"text": "Returns are free within 30 days."}, api="openai")
    second = turn(conversation, "Can I return it?")
    assert second.status == Run.Status.COMPLETED and second.failure_class == "recoverable"

    calls = LLMCall.objects.filter(run__conversation=conversation)
    assert set(calls.values_list("provider", flat=True)) == {"anthropic", "openai"}
    assert calls.filter(error_code="overloaded").exists()
    before = assert_everything_adds_up(conversation, client)
    assert before > 0

    # Claude Sonnet 4 gets more expensive; new calls would pay it, and the past is re-priced on demand.
    price = ModelPrice.objects.get(model_prefix="claude-sonnet-4")
    tracing_actions.update_price(
        price,
        input_per_mtok="4.5",
        output_per_mtok="22.5",
        cached_input_per_mtok="0.45",
        as_of="2026-11-21",
        source="a test's price change",
        actor=staff_user("admin-2", "admin"),
    )
    # Past calls keep what they cost until the change is re-applied.
    assert costs.conversation_cost(conversation.pk).cost_usd == before
    claude_calls = [c for c in calls if c.provider == "anthropic" and c.tokens_in]
    result = tracing_actions.reprice_calls(model_prefix="claude-sonnet-4", actor=None, actor_name="test")
    assert claude_calls and result.calls_changed == len(claude_calls)
    # The failed attempts of turn 2 had no tokens: only turn 1's run changes.
    assert result.difference > 0 and result.runs_changed == 1
    after = assert_everything_adds_up(conversation, client)
    # Only Claude's calls changed.
    claude_before = sum((c.cost_usd for c in claude_calls), Decimal(0))
    claude_after = sum((c.cost_usd for c in calls.filter(provider="anthropic")), Decimal(0))
    assert after - before == claude_after - claude_before > 0
    # Re-applying the same prices changes nothing.
    again = tracing_actions.reprice_calls(model_prefix="claude-sonnet-4", actor=None, actor_name="test")
    assert again.calls_changed == 0
    assert costs.conversation_cost(conversation.pk).cost_usd == after
