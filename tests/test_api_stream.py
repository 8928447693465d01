"""`"stream": true` answers with server-sent events: start, then delta/reset/step as the run goes,
then done with the turn. Read with AsyncClient: the run is an asyncio task on the request's loop."""

from __future__ import annotations

import json

import pytest
from asgiref.sync import sync_to_async
from django.db import connections
from django.test import AsyncClient

from agents import actions
from agents.definitions import AgentDefinition, register_agent
from agents.fallback import provider_for
from agents.models import ApprovalRequest, Conversation, Escalation, Message, Run

pytest_plugins = ["tests.fixtures_simulator"]

SIMULATED_CHAIN = "openai:gpt-sim"
register_agent(
    AgentDefinition(
        name="t-api-simulated",
        description="test agent answering from the simulated OpenAI server (real streamed HTTP)",
        system_prompt="You are the t-api-simulated test agent.",
        model_chain=[SIMULATED_CHAIN],
    )
)
REPLY = 'Done: {"summary": "Order 1234 is with DHL.", "carrier": "DHL"}'

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
async def _close_thread_connections():
    yield
    # The ORM ran in sync_to_async's thread: close its connection so the test database can be dropped.
    await sync_to_async(connections.close_all)()


@pytest.fixture
def key() -> str:
    return actions.do_create_api_key("shop")[1]


async def start_conversation(key: str, agent: str) -> str:
    response = await AsyncClient().post(
        "/api/v1/conversations",
        {"agent": agent},
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 201
    return response.json()["id"]


async def stream_turn(key: str, conversation_id: str, text: str):
    response = await AsyncClient().post(
        f"/api/v1/conversations/{conversation_id}/messages",
        {"text": text, "stream": True},
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/event-stream"
    assert (response["Cache-Control"], response["X-Accel-Buffering"]) == ("no-cache", "no")
    return response, await read_events(response)


async def read_events(response) -> list[tuple[str, dict]]:
    """Parse the SSE body: blocks of exactly `event: <name>` and `data: <json>`, each ending in a
    blank line."""
    body = b"".join([chunk async for chunk in response.streaming_content]).decode()
    assert body.endswith("\n\n")
    events = []
    for block in body[:-2].split("\n\n"):
        event_line, data_line = block.split("\n")
        assert event_line.startswith("event: ") and data_line.startswith("data: ")
        events.append((event_line.removeprefix("event: "), json.loads(data_line.removeprefix("data: "))))
    return events


def kinds(events: list[tuple[str, dict]]) -> list[str]:
    return [event for event, _ in events]


def shown_text(events: list[tuple[str, dict]]) -> str:
    """What a client shows: the deltas, with everything before a `reset` dropped."""
    text = ""
    for event, data in events:
        if event == "reset":
            text = ""
        elif event == "delta":
            text += data["text"]
    return text


@sync_to_async
def listed_messages(conversation_id: str) -> list[Message]:
    return list(Message.objects.filter(conversation_id=conversation_id).order_by("id"))


async def test_streamed_tool_turn_sends_start_steps_deltas_and_done(key):
    conversation_id = await start_conversation(key, "t-two-calls")

    _, events = await stream_turn(key, conversation_id, "Where is my order 1234?")

    run = await Run.objects.aget()
    customer, reply = await listed_messages(conversation_id)
    assert events[0] == ("start", {"message_id": customer.id, "run_id": str(run.pk)})
    # Text said before a tool call is withdrawn (reset): only the final answer stays on screen.
    assert kinds(events) == [
        "start", "delta", "reset", "step", "delta", "reset", "step", "delta", "step", "done",
    ]  # fmt: skip
    assert [data for event, data in events if event == "step"] == [
        {"kind": "tool", "name": "fetch_order", "is_error": False},
        {"kind": "tool", "name": "fetch_tracking", "is_error": False},
        {"kind": "final", "text": REPLY},
    ]
    # The answer's own text is the last delta, right before the final step.
    assert events[-3] == ("delta", {"text": REPLY})
    done = events[-1][1]
    assert done["run"] == {
        "id": str(run.pk),
        "status": "completed",
        "approval_id": None,
        "handoff_ticket": "",
    }
    assert done["held_by"] == "bot"
    assert (run.status, reply.role, reply.text, reply.run_id) == ("completed", "assistant", REPLY, run.pk)


async def test_streamed_tool_turn_shows_exactly_the_stored_reply(key):
    conversation_id = await start_conversation(key, "t-two-calls")

    _, events = await stream_turn(key, conversation_id, "Where is my order 1234?")

    assert shown_text(events) == REPLY


async def test_streamed_answer_arrives_token_by_token_and_adds_up_to_the_reply(key, simulated_llm):
    simulated_llm.push({"text": "Your order shipped yesterday."})
    conversation_id = await start_conversation(key, "t-api-simulated")

    try:
        _, events = await stream_turn(key, conversation_id, "Where is my order?")
    finally:
        await provider_for(SIMULATED_CHAIN).aclose()  # its SDK client lives on this test's loop

    customer, reply = await listed_messages(conversation_id)
    run = await Run.objects.aget()
    assert kinds(events) == ["start", "delta", "delta", "delta", "delta", "step", "done"]
    deltas = [data["text"] for event, data in events if event == "delta"]
    assert deltas == ["Your ", "order ", "shipped ", "yesterday."]
    assert "".join(deltas) == shown_text(events) == reply.text == "Your order shipped yesterday."
    assert events[-2] == ("step", {"kind": "final", "text": "Your order shipped yesterday."})
    assert events[-1][1]["run"]["status"] == run.status == "completed"
    assert events[-1][1]["reply"]["text"] == "Your order shipped yesterday."
    assert simulated_llm.requests[0]["body"]["stream"] is True


async def test_done_carries_the_same_turn_as_the_json_answer(key):
    conversation_id = await start_conversation(key, "t-two-calls")

    _, events = await stream_turn(key, conversation_id, "Where is my order 1234?")

    listing = await AsyncClient().get(
        f"/api/v1/conversations/{conversation_id}/messages", headers={"Authorization": f"Bearer {key}"}
    )
    customer, reply = listing.json()
    done = events[-1][1]
    # Same ids and the same ISO dates as the JSON endpoints write.
    assert (done["message"], done["reply"]) == (customer, reply)


async def test_streamed_turn_parked_for_approval_ends_with_its_approval(key):
    conversation_id = await start_conversation(key, "t-refund")

    _, events = await stream_turn(key, conversation_id, "Refund order 1234")

    approval = await ApprovalRequest.objects.aget()
    _, notice = await listed_messages(conversation_id)
    assert kinds(events) == ["start", "delta", "reset", "step", "done"]
    assert events[3] == (
        "step",
        {"kind": "awaiting_approval", "tool": "refund", "arguments": {"order_id": 1234, "amount": "40.00"}},
    )
    # The customer is told a person decides: the notice is the turn's reply, a system message (not
    # streamed as the assistant's words).
    done = events[-1][1]
    assert done["run"] == {
        "id": str(approval.run_id),
        "status": "awaiting_approval",
        "approval_id": str(approval.pk),
        "handoff_ticket": "",
    }
    assert (done["reply"]["role"], done["reply"]["text"]) == ("system", notice.text)
    assert (await Run.objects.aget()).status == "awaiting_approval"


async def test_streamed_handoff_resets_the_text_and_names_the_ticket(key):
    conversation_id = await start_conversation(key, "t-looping")

    _, events = await stream_turn(key, conversation_id, "Where is my order 7?")

    handoff = await Escalation.objects.aget()
    _, reply = await listed_messages(conversation_id)
    assert "reset" in kinds(events)
    assert shown_text(events) == reply.text
    assert f"(ticket {handoff.ticket})" in reply.text
    assert events[-1][1]["run"]["status"] == "looping"
    assert events[-1][1]["run"]["handoff_ticket"] == handoff.ticket


async def test_streamed_degraded_answer_is_the_canned_template(key):
    conversation_id = await start_conversation(key, "t-no-script")

    _, events = await stream_turn(key, conversation_id, "Where is my order?")

    assert events[1:-1] == [("reset", {}), ("delta", {"text": "Orders: see your e-mail."})]
    assert events[-1][1]["run"]["status"] == "degraded"
    assert events[-1][1]["reply"]["text"] == "Orders: see your e-mail."


async def test_refused_streamed_message_is_a_json_4xx_and_writes_nothing(key):
    conversation_id = await start_conversation(key, "t-two-calls")

    response = await AsyncClient().post(
        f"/api/v1/conversations/{conversation_id}/messages",
        {"text": "   ", "stream": True},
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}"},
    )

    assert (response.status_code, response["Content-Type"]) == (422, "application/json; charset=utf-8")
    assert response.json() == {"code": "invalid_input", "message": "text must not be empty"}
    assert (await Message.objects.acount(), await Run.objects.acount()) == (0, 0)
    assert (await Conversation.objects.aget()).holder == "bot"
