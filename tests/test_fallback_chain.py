"""The fallback chain end to end: the real Anthropic and OpenAI SDKs over HTTP against the simulated
provider server, with faults injected. The customer always gets an answer, never a 500."""

import json

import pytest
from asgiref.sync import async_to_sync
from django.test import Client

from agents import actions
from agents.definitions import AgentDefinition, CannedTemplate, register_agent, unregister_agent
from agents.models import Escalation, Message, Run
from tests import agents_for_tests
from tracing.models import LLMCall

pytestmark = pytest.mark.django_db

CHAIN = ["anthropic:claude-sonnet-4-6", "openai:gpt-4o-mini"]


@pytest.fixture
def chain_agent():
    agent = register_agent(
        AgentDefinition(
            name="t-chain",
            description="two real providers",
            system_prompt="You are the chain test agent.",
            tools=[agents_for_tests.fetch_order],
            model_chain=CHAIN,
            fallback_templates=[
                CannedTemplate(name="orders", pattern=r"\border\b", text="Order tracking is in your e-mail.")
            ],
        )
    )
    yield agent
    unregister_agent("t-chain")


@pytest.fixture
def fast_retries(settings):
    settings.HANDRAIL_PROVIDER_MAX_ATTEMPTS = 2
    settings.HANDRAIL_PROVIDER_TIMEOUT_SECONDS = 2


async def read_stream(response) -> str:
    # Same loop as the test's database connection: async_to_sync from the test thread.
    return b"".join([chunk async for chunk in response.streaming_content]).decode()


def ask(text: str):
    _, key = actions.do_create_api_key("shop")
    client = Client()
    headers = {"Authorization": f"Bearer {key}"}
    conversation = client.post(
        "/api/v1/conversations", {"agent": "t-chain"}, "application/json", headers=headers
    )
    assert conversation.status_code == 201
    url = f"/api/v1/conversations/{conversation.json()['id']}/messages"
    return client.post(url, {"text": text}, "application/json", headers=headers)


def test_anthropic_answers_when_healthy(simulated_llm, chain_agent):
    simulated_llm.push({"text": "Hello from Claude."}, api="anthropic")
    response = ask("hi there")
    assert response.status_code == 200
    assert response.json()["reply"]["text"] == "Hello from Claude."
    call = LLMCall.objects.get()
    assert (call.provider, call.model, call.error_code) == ("anthropic", "claude-sonnet-4-6", "")
    assert call.tokens_in > 0


def test_anthropic_overloaded_every_time_falls_back_to_openai(simulated_llm, chain_agent, fast_retries):
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 529})
    simulated_llm.push({"text": "Hello from GPT."}, api="openai")

    response = ask("hi there")

    assert response.status_code == 200
    body = response.json()
    assert body["reply"]["text"] == "Hello from GPT."
    assert body["run"]["status"] == "completed"
    attempts = list(LLMCall.objects.order_by("id").values_list("provider", "attempt", "error_code"))
    assert attempts == [("anthropic", 1, "overloaded"), ("anthropic", 2, "overloaded"), ("openai", 1, "")]
    assert len(simulated_llm.requests_for("anthropic")) == 2


def test_tool_call_through_openai_after_anthropic_fails(simulated_llm, chain_agent, fast_retries):
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 500})
    simulated_llm.push(
        [
            {"text": "", "tool_calls": [{"name": "fetch_order", "arguments": {"order_id": 1234}}]},
            {"text": "Order 1234 is shipped."},
        ],
        api="openai",
    )
    response = ask("where is order 1234?")
    assert response.json()["reply"]["text"] == "Order 1234 is shipped."
    run = Run.objects.get()
    assert list(run.steps.values_list("kind", flat=True)) == ["model", "tool", "model"]
    # The tool result went back to OpenAI as a role "tool" message with the call's id.
    second = simulated_llm.requests_for("openai")[1]["body"]
    tool_message = second["messages"][-1]
    assert tool_message["role"] == "tool"
    assert "Order 1234 is shipped." in tool_message["content"]


def test_both_failing_serves_the_canned_template(simulated_llm, chain_agent, fast_retries):
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 529})
    simulated_llm.set_sticky("openai", {"fault": "status", "status": 503})

    response = ask("where is my order?")

    assert response.status_code == 200
    assert response.json()["reply"]["text"] == "Order tracking is in your e-mail."
    assert response.json()["run"]["status"] == "degraded"


def test_both_failing_without_a_template_hands_off_with_a_ticket(simulated_llm, chain_agent, fast_retries):
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 529})
    simulated_llm.set_sticky("openai", {"fault": "timeout", "delay": 5})

    response = ask("I want to talk about my account")

    assert response.status_code == 200
    body = response.json()
    handoff = Escalation.objects.get()
    assert body["run"]["status"] == "handed_off"
    assert body["run"]["handoff_ticket"] == handoff.ticket
    assert handoff.ticket in body["reply"]["text"]
    assert handoff.reason_code == "providers_exhausted"
    openai_errors = list(LLMCall.objects.filter(provider="openai").values_list("error_code", flat=True))
    assert openai_errors == ["timeout", "timeout"]


def test_retry_after_is_honoured_before_the_retry(simulated_llm, chain_agent):
    simulated_llm.push({"fault": "status", "status": 429, "retry_after": 1}, api="anthropic")
    simulated_llm.push({"text": "Second time lucky."}, api="anthropic")

    response = ask("hello")

    assert response.json()["reply"]["text"] == "Second time lucky."
    first, second = LLMCall.objects.order_by("id")
    assert (first.error_code, second.error_code) == ("rate_limited", "")
    waited = (second.created_at - first.created_at).total_seconds()
    assert waited >= 1.0  # the retry came after the server's Retry-After, not before


def test_a_retry_after_too_long_moves_to_the_next_provider_at_once(simulated_llm, chain_agent, settings):
    settings.HANDRAIL_MAX_RETRY_AFTER_SECONDS = 5
    simulated_llm.push({"fault": "status", "status": 429, "retry_after": 120}, api="anthropic")
    simulated_llm.push({"text": "OpenAI it is."}, api="openai")
    response = ask("hello")
    assert response.json()["reply"]["text"] == "OpenAI it is."
    assert len(simulated_llm.requests_for("anthropic")) == 1


def test_bad_request_is_not_retried(simulated_llm, chain_agent):
    simulated_llm.push({"fault": "status", "status": 400, "message": "messages: bad"}, api="anthropic")
    simulated_llm.push({"text": "OpenAI answers."}, api="openai")
    response = ask("hello")
    assert response.json()["reply"]["text"] == "OpenAI answers."
    assert len(simulated_llm.requests_for("anthropic")) == 1


def test_circuit_breaker_skips_a_dead_provider_without_calling_it(simulated_llm, chain_agent, settings):
    settings.HANDRAIL_PROVIDER_MAX_ATTEMPTS = 1
    settings.HANDRAIL_BREAKER_FAIL_MAX = 2
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 500})

    for _ in range(4):
        simulated_llm.push({"text": "from openai"}, api="openai")
        assert ask("hello").json()["reply"]["text"] == "from openai"

    # Two failures opened the circuit; the next two turns never reached Anthropic.
    assert len(simulated_llm.requests_for("anthropic")) == 2
    skipped = LLMCall.objects.filter(provider="anthropic", error_code="circuit_open").count()
    assert skipped == 2


def test_streamed_answer_survives_a_truncated_stream(simulated_llm, chain_agent, fast_retries):
    simulated_llm.push(
        {"text": "This answer gets cut off in the middle", "fault": "truncate", "after_events": 4},
        api="anthropic",
    )
    simulated_llm.push({"text": "A complete answer."}, api="anthropic")
    _, key = actions.do_create_api_key("shop")
    client = Client()
    headers = {"Authorization": f"Bearer {key}"}
    conversation = client.post(
        "/api/v1/conversations", {"agent": "t-chain"}, "application/json", headers=headers
    )
    response = client.post(
        f"/api/v1/conversations/{conversation.json()['id']}/messages",
        {"text": "hello", "stream": True},
        "application/json",
        headers=headers,
    )
    assert response["Content-Type"] == "text/event-stream"
    raw = async_to_sync(read_stream)(response)
    # What the customer ends with: the text after the last reset.
    shown = ""
    for block in raw.strip().split("\n\n"):
        event = block.split("\n")[0].removeprefix("event: ")
        data = block.split("\n")[1].removeprefix("data: ")
        if event == "reset":
            shown = ""
        elif event == "delta":
            shown += json.loads(data)["text"]
    assert shown == "A complete answer."
    assert Message.objects.get(role="assistant").text == "A complete answer."
