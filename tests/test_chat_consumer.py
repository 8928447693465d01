"""The customer chat, server side: the socket (`/ws/chat/<id>/`, through the real ASGI application
with its origin check and session middleware) and the pages that sign a customer in.

Turns run scripted test agents (tests.agents_for_tests) for exact events; the browser test runs the
demo's own agent. The channel layer and cache are Redis when REDIS_URL is set."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
from importlib import import_module

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test import Client

from agents import actions as runtime
from agents.definitions import AgentDefinition, register_agent
from agents.executor import RunOutcome
from agents.models import ApiKey, ApprovalRequest, Conversation, Escalation, Message, Run
from agents.providers.scripted import register_script
from agents.tools.base import tool
from console.asgi import application
from console.chat import actions, presenters, turns
from console.chat.identity import SESSION_CONVERSATIONS, SESSION_NAME, SESSION_REF
from tests.agents_for_tests import OrderArgs, sequence
from tests.runtime_helpers import staff_user

pytestmark = pytest.mark.django_db(transaction=True)

REPLY = 'Done: {"summary": "Order 1234 is with DHL.", "carrier": "DHL"}'
SCRIPTED = "Scripted model (tests and benchmarks)"
WAIT = 20  # seconds a test waits for an event before it fails (not a speed threshold)
# Longer than channels-redis's 5 s blocking pop, the one idle period a socket meets in production.
IDLE_SECONDS = 6

# A tool that waits until the test opens its gate: the run is "mid-answer" for as long as the test likes.
GATES: dict[str, asyncio.Event] = {}


@tool(args=OrderArgs, description="Look an order up (waits for the test).", timeout=60)
async def gated_lookup(args: OrderArgs, ctx) -> dict:
    await GATES["gate"].wait()
    return {"summary": f"Order {args.order_id} is with DHL."}


register_script("chat-gated", sequence([("gated_lookup", {"order_id": 1234})], final="Done: {last}"))
register_agent(
    AgentDefinition(
        name="t-chat-gated",
        description="a turn that waits for the test in its tool",
        system_prompt="You are the t-chat-gated test agent.",
        tools=[gated_lookup],
        model_chain=["scripted:chat-gated"],
    )
)


@pytest.fixture(autouse=True)
async def _finish_turns_and_close_connections():
    GATES["gate"] = asyncio.Event()
    yield
    GATES["gate"].set()
    await asyncio.gather(*turns.running_turns(), return_exceptions=True)
    await sync_to_async(connections.close_all)()


# --- helpers ----------------------------------------------------------------------------------


def _session(customer_ref: str, name: str, conversation_ids: list[str]) -> str:
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_REF] = customer_ref
    store[SESSION_NAME] = name
    store[SESSION_CONVERSATIONS] = conversation_ids
    store.save()
    return store.session_key


def _conversation(agent: str = "t-two-calls", customer_ref: str = "alice", **fields) -> Conversation:
    conversation = Conversation.objects.create(
        agent_name=agent, api_key=actions.chat_api_key(), customer_ref=customer_ref, **fields
    )
    return conversation


@sync_to_async
def start_chat(agent: str = "t-two-calls", customer_ref: str = "alice", **fields) -> tuple[Conversation, str]:
    """A conversation the chat started, and the session of its customer."""
    conversation = _conversation(agent, customer_ref, **fields)
    return conversation, _session(customer_ref, customer_ref.title(), [str(conversation.pk)])


def socket(
    conversation_id, session_key: str | None, origin: bytes = b"http://testserver"
) -> WebsocketCommunicator:
    headers = [(b"origin", origin)]
    if session_key:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={session_key}".encode()))
    return WebsocketCommunicator(application, f"/ws/chat/{conversation_id}/", headers=headers)


async def connected(conversation_id, session_key: str) -> tuple[WebsocketCommunicator, dict]:
    communicator = socket(conversation_id, session_key)
    ok, _ = await communicator.connect(timeout=WAIT)
    assert ok
    history = await communicator.receive_json_from(timeout=WAIT)
    assert history["type"] == "history"
    return communicator, history


async def send_message(communicator, text: str, client_id: str | None = None) -> str:
    client_id = client_id or str(uuid.uuid4())
    await communicator.send_json_to({"type": "message", "text": text, "client_id": client_id})
    return client_id


async def events_until_turn_ends(communicator) -> list[dict]:
    """Every event up to and including the turn's closing `typing` (active: false)."""
    events = []
    while True:
        event = await communicator.receive_json_from(timeout=WAIT)
        events.append(event)
        if event["type"] == "typing" and not event["active"]:
            return events


def types(events: list[dict]) -> list[str]:
    return [e["type"] for e in events]


def shown_text(events: list[dict]) -> str:
    text = ""
    for event in events:
        if event["type"] == "reset":
            text = ""
        elif event["type"] == "delta":
            text += event["text"]
    return text


@sync_to_async
def stored(conversation_id) -> list[tuple[str, str]]:
    return list(
        Message.objects.filter(conversation_id=conversation_id).order_by("id").values_list("role", "text")
    )


@sync_to_async
def message_row(message_id: int) -> dict:
    return presenters.messages_out([Message.objects.get(pk=message_id)])[0]


# --- connecting ---------------------------------------------------------------------------------


async def test_connect_sends_the_history_and_the_state():
    conversation, session = await start_chat()
    await sync_to_async(Message.objects.create)(conversation=conversation, role="customer", text="Hello")
    await sync_to_async(Message.objects.create)(
        conversation=conversation,
        role="assistant",
        text="Returns take 30 days.\n\nSources: Returns; Warranty",
    )

    communicator, history = await connected(conversation.pk, session)
    await communicator.disconnect()

    customer, assistant = history["messages"]
    assert (customer["role"], customer["author"], customer["text"], customer["sources"]) == (
        "customer",
        "You",
        "Hello",
        [],
    )
    # The answer's sources become chips; no model call behind it: an automatic reply.
    assert (assistant["author"], assistant["model"], assistant["body"], assistant["sources"]) == (
        "Assistant",
        "Automatic reply",
        "Returns take 30 days.",
        ["Returns", "Warranty"],
    )
    assert history["state"] == {"holder": "bot", "approval_pending": False}
    assert (history["streaming"], history["truncated"], history["after"]) == ([], False, None)


@pytest.mark.parametrize("who", ["teammate", "outsider", "forged", "malformed"])
async def test_a_conversation_of_someone_else_gets_an_error_event_not_data(who):
    conversation, owner_session = await start_chat()
    await sync_to_async(Message.objects.create)(conversation=conversation, role="customer", text="secret")
    target = conversation.pk
    if who == "teammate":  # the same customer in another browser: this session did not start it
        session = await sync_to_async(_session)("alice", "Alice", [])
    elif who == "outsider":  # another customer, even one who lists the id in their session
        session = await sync_to_async(_session)("bruno", "Bruno", [str(conversation.pk)])
    elif who == "forged":
        session, target = owner_session, uuid.uuid4()
    else:
        session, target = owner_session, "not-a-uuid"

    communicator = socket(target, session)
    ok, _ = await communicator.connect(timeout=WAIT)
    error = await communicator.receive_json_from(timeout=WAIT)
    closed = await communicator.receive_output(timeout=WAIT)
    await communicator.disconnect()  # what the server does after a close: the consumer ends

    assert ok
    assert error == {
        "type": "error",
        "code": "not_found",
        "message": "conversation not found",
        "retryable": False,
    }
    assert closed == {"type": "websocket.close", "code": 4404}


async def test_the_owner_session_connects():
    conversation, session = await start_chat()
    communicator, history = await connected(conversation.pk, session)
    await communicator.disconnect()
    assert history["messages"] == []


async def test_signed_out_socket_is_told_to_sign_in():
    conversation, _ = await start_chat()
    communicator = socket(conversation.pk, None)
    await communicator.connect(timeout=WAIT)
    error = await communicator.receive_json_from(timeout=WAIT)
    closed = await communicator.receive_output(timeout=WAIT)
    await communicator.disconnect()

    assert error == {
        "type": "error",
        "code": "signed_out",
        "message": "sign in to the chat first",
        "retryable": False,
    }
    assert closed == {"type": "websocket.close", "code": 4401}


async def test_a_foreign_origin_is_refused():
    conversation, session = await start_chat()
    communicator = socket(conversation.pk, session, origin=b"https://evil.example")
    ok, code = await communicator.connect(timeout=WAIT)
    await communicator.disconnect()  # the denying consumer ends like any other
    assert (ok, code) == (False, 1000)  # closed before accept: the handshake is refused


async def test_a_socket_stays_open_while_nothing_happens():
    """A chat sits idle for minutes. On Redis, the channel layer polls with a 5 s blocking pop: the
    connection's read timeout must be longer than that, or every idle socket dies after 5 s."""
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)

    await asyncio.sleep(IDLE_SECONDS)
    await send_message(communicator, "Where is my order 1234?")
    events = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    assert (events[0]["type"], events[-2]["type"]) == ("ack", "reply")


# --- a turn -------------------------------------------------------------------------------------


async def test_a_message_is_acked_streamed_and_answered():
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)

    client_id = await send_message(communicator, "Where is my order 1234?")
    events = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    run = await Run.objects.aget()
    customer, reply = await sync_to_async(list)(Message.objects.order_by("id"))
    run_id = str(run.pk)
    # Text said before a tool call is withdrawn (reset); a tool step shows what the assistant does.
    assert types(events) == [
        "ack", "message", "typing", "delta", "reset", "typing", "delta", "reset", "typing", "delta",
        "reply", "typing",
    ]  # fmt: skip
    ack, echo = events[0], events[1]
    assert ack == {
        "type": "ack",
        "client_id": client_id,
        "message": await message_row(customer.pk),
        "duplicate": False,
    }
    assert echo == {"type": "message", "message": await message_row(customer.pk)}
    assert [e["detail"] for e in events if e["type"] == "typing"] == [
        "",
        "Looking that up…",
        "Looking that up…",
        "",
    ]
    assert [e["seq"] for e in events if e["type"] in ("delta", "reset")] == [1, 2, 3, 4, 5]
    assert shown_text(events) == REPLY
    assert events[-2] == {
        "type": "reply",
        "run_id": run_id,
        "message": await message_row(reply.pk),
        "run": {"status": "completed", "approval_id": None, "handoff_ticket": ""},
        "state": {"holder": "bot", "approval_pending": False},
    }
    assert (events[-2]["message"]["body"], events[-2]["message"]["model"]) == (REPLY, SCRIPTED)
    assert events[-1] == {"type": "typing", "run_id": run_id, "active": False, "detail": ""}
    assert await stored(conversation.pk) == [("customer", "Where is my order 1234?"), ("assistant", REPLY)]


async def test_every_tab_of_the_conversation_sees_the_turn():
    conversation, session = await start_chat()
    sender, _ = await connected(conversation.pk, session)
    other_tab, _ = await connected(conversation.pk, session)

    await send_message(sender, "Where is my order 1234?")
    sent = await events_until_turn_ends(sender)
    seen = await events_until_turn_ends(other_tab)
    await sender.disconnect()
    await other_tab.disconnect()

    # The other tab gets everything but the ack: the customer's message, the stream and the reply.
    assert seen == sent[1:]


async def test_a_resend_with_the_same_client_id_is_stored_once():
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)
    client_id = await send_message(communicator, "Where is my order 1234?")
    first = await events_until_turn_ends(communicator)

    await send_message(communicator, "Where is my order 1234?", client_id)  # after a reconnect, say
    again = await communicator.receive_json_from(timeout=WAIT)
    nothing_else = await communicator.receive_nothing(timeout=0.3)
    await communicator.disconnect()

    assert again == {**first[0], "duplicate": True}
    assert nothing_else
    assert await Run.objects.acount() == 1
    assert await stored(conversation.pk) == [("customer", "Where is my order 1234?"), ("assistant", REPLY)]


BAD_FRAMES = [
    ({"bytes_data": b"\x00\x01"}, "binary_frame", "binary frames are not supported: send JSON text"),
    ({"text_data": "{not json"}, "invalid_json", "the frame is not valid JSON"),
    ({"text_data": "[1, 2]"}, "invalid_frame", 'a frame must be a JSON object with a "type"'),
    (
        {"text_data": '{"type": "shout"}'},
        "unknown_type",
        "unknown frame type 'shout'; expected one of: message, sync",
    ),
    (
        {"text_data": '{"type": "message", "text": "hi", "client_id": "nope"}'},
        "invalid_client_id",
        "client_id must be a UUID the page made for this message",
    ),
    ({"text_data": '{"type": "sync", "after": "x"}'}, "invalid_frame", None),
]


async def test_bad_frames_get_an_error_and_the_socket_stays_open():
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)

    errors = []
    for frame, _, _ in BAD_FRAMES:
        await communicator.send_to(**frame)
        errors.append(await communicator.receive_json_from(timeout=WAIT))
    await send_message(communicator, "Where is my order 1234?")
    still_open = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    assert [(e["type"], e["code"], e["retryable"]) for e in errors] == [
        ("error", code, False) for _, code, _ in BAD_FRAMES
    ]
    assert [e["message"] for e in errors][:-1] == [message for _, _, message in BAD_FRAMES][:-1]
    assert still_open[0]["type"] == "ack"
    assert await stored(conversation.pk) == [("customer", "Where is my order 1234?"), ("assistant", REPLY)]


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("   ", "invalid_input", "text must not be empty"),
        ("x" * 8001, "too_long", "text is 8001 characters; the limit is 8000"),
        (12, "invalid_input", "text must be a string"),
    ],
)
async def test_a_refused_message_is_marked_with_its_client_id_and_nothing_is_stored(text, code, message):
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)

    client_id = str(uuid.uuid4())
    await communicator.send_json_to({"type": "message", "text": text, "client_id": client_id})
    error = await communicator.receive_json_from(timeout=WAIT)
    await communicator.disconnect()

    assert error == {
        "type": "error",
        "code": code,
        "message": message,
        "retryable": False,
        "client_id": client_id,
    }
    assert await stored(conversation.pk) == []


async def test_the_run_goes_on_when_the_socket_closes_mid_answer():
    conversation, session = await start_chat(agent="t-chat-gated")
    communicator, _ = await connected(conversation.pk, session)
    await send_message(communicator, "Where is my order 1234?")
    seen = []
    while not seen or seen[-1]["type"] != "reset":  # "Step 1." streamed and withdrawn: the tool runs
        seen.append(await communicator.receive_json_from(timeout=WAIT))

    # Another tab opening now finds the stream where it is.
    late_tab, late_history = await connected(conversation.pk, session)
    await late_tab.disconnect()
    await communicator.disconnect()  # the customer closes the tab mid-answer
    GATES["gate"].set()
    await asyncio.gather(*turns.running_turns())
    back, history = await connected(conversation.pk, session)
    await back.disconnect()

    run = await Run.objects.aget()
    assert late_history["streaming"] == [{"run_id": str(run.pk), "seq": 2, "text": ""}]
    assert run.status == "completed"
    assert [(m["role"], m["body"]) for m in history["messages"]] == [
        ("customer", "Where is my order 1234?"),
        ("assistant", 'Done: {"summary": "Order 1234 is with DHL."}'),
    ]
    assert history["streaming"] == []


async def test_sync_sends_the_messages_after_an_id():
    conversation, session = await start_chat()
    first = await sync_to_async(Message.objects.create)(
        conversation=conversation, role="customer", text="one"
    )
    await sync_to_async(Message.objects.create)(conversation=conversation, role="human_agent", text="two")
    communicator, _ = await connected(conversation.pk, session)

    await communicator.send_json_to({"type": "sync", "after": first.pk})
    event = await communicator.receive_json_from(timeout=WAIT)
    await communicator.disconnect()

    assert [(m["role"], m["author"], m["text"]) for m in event["messages"]] == [
        ("human_agent", "Support team", "two")
    ]
    assert (event["type"], event["after"], event["streaming"]) == ("history", first.pk, [])


# --- notices ------------------------------------------------------------------------------------


async def test_an_irreversible_action_ends_with_an_approval_notice():
    conversation, session = await start_chat(agent="t-refund")
    communicator, _ = await connected(conversation.pk, session)

    await send_message(communicator, "Refund 40 dollars on order 1234")
    events = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    approval = await ApprovalRequest.objects.aget()
    reply = next(e for e in events if e["type"] == "reply")
    notice = next(e for e in events if e["type"] == "notice")
    assert (reply["message"]["role"], reply["run"]["status"], reply["state"]) == (
        "system",
        "awaiting_approval",
        {"holder": "bot", "approval_pending": True},
    )
    assert notice == {
        "type": "notice",
        "kind": "approval",
        "run_id": str(approval.run_id),
        "approval_id": str(approval.pk),
        "text": turns.NOTICES["approval"],
    }


async def test_an_approvals_outcome_is_pushed_live_and_a_sync_brings_it_too():
    conversation, session = await start_chat(agent="t-refund")
    communicator, _ = await connected(conversation.pk, session)
    await send_message(communicator, "Refund 40 dollars on order 1234")
    events = await events_until_turn_ends(communicator)
    parked_notice = next(e for e in events if e["type"] == "reply")["message"]
    approval = await ApprovalRequest.objects.aget()

    # A manager approves in the console; the approved call runs and the run answers (in-process
    # here), with no customer socket of its own: the answer reaches this page through the group.
    manager = await sync_to_async(staff_user)()
    await sync_to_async(runtime.do_decide_approval)(approval, actor=manager, approve=True)
    pushed = await communicator.receive_json_from(timeout=WAIT)
    state = await communicator.receive_json_from(timeout=WAIT)
    await communicator.send_json_to({"type": "sync", "after": parked_notice["id"]})
    synced = await communicator.receive_json_from(timeout=WAIT)
    await communicator.disconnect()

    result = {"summary": "Refunded $40.00 on order 1234.", "idempotency_key": str(approval.pk)}
    outcome = ("assistant", f"Outcome: {json.dumps(result, ensure_ascii=False)}")
    assert (pushed["type"], pushed["message"]["role"], pushed["message"]["body"]) == ("message", *outcome)
    assert state == {"type": "state", "state": {"holder": "bot", "approval_pending": False}}
    assert [(m["role"], m["body"]) for m in synced["messages"]] == [outcome]
    assert synced["messages"][0]["id"] == pushed["message"]["id"]
    assert synced["state"] == {"holder": "bot", "approval_pending": False}


async def test_a_handoff_ends_with_a_handoff_notice_and_its_ticket():
    conversation, session = await start_chat(agent="t-looping")
    communicator, _ = await connected(conversation.pk, session)

    await send_message(communicator, "Where is my order 7?")
    events = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    handoff = await Escalation.objects.aget()
    reply = next(e for e in events if e["type"] == "reply")
    assert reply["message"]["role"] == "system"
    assert reply["message"]["text"].endswith(f"(ticket {handoff.ticket}).")
    assert reply["state"] == {"holder": "human_queue", "approval_pending": False}
    assert [e for e in events if e["type"] == "notice"] == [
        {
            "type": "notice",
            "kind": "handoff",
            "run_id": str(handoff.run_id),
            "ticket": handoff.ticket,
            "text": turns.NOTICES["handoff"],
        }
    ]


async def test_a_polite_decline_ends_with_a_refused_notice():
    conversation, session = await start_chat(agent="t-desk")
    communicator, _ = await connected(conversation.pk, session)

    await send_message(communicator, "Tell me a joke")
    events = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    run = await Run.objects.aget()
    reply = next(e for e in events if e["type"] == "reply")
    assert (reply["message"]["body"], reply["message"]["model"]) == (
        "I can only help with shop questions.",
        presenters.NO_MODEL_LABEL,
    )
    assert [e for e in events if e["type"] == "notice"] == [
        {"type": "notice", "kind": "refused", "run_id": str(run.pk), "text": turns.NOTICES["refused"]}
    ]


@pytest.mark.parametrize(
    ("holder", "text"),
    [("human_queue", turns.NOTICES["held_queue"]), ("human", turns.NOTICES["held_human"])],
)
async def test_a_message_to_a_person_gets_a_handoff_notice_and_no_run(holder, text):
    conversation, session = await start_chat(holder=holder)
    communicator, history = await connected(conversation.pk, session)

    await send_message(communicator, "Are you there?")
    ack = await communicator.receive_json_from(timeout=WAIT)
    echo = await communicator.receive_json_from(timeout=WAIT)
    notice = await communicator.receive_json_from(timeout=WAIT)
    await communicator.disconnect()

    assert history["state"] == {"holder": holder, "approval_pending": False}
    assert (ack["type"], echo["type"]) == ("ack", "message")
    assert notice == {"type": "notice", "kind": "handoff", "holder": holder, "text": text}
    assert await Run.objects.acount() == 0
    assert await stored(conversation.pk) == [("customer", "Are you there?")]


async def test_a_runtime_failure_ends_with_an_error_notice(monkeypatch):
    async def runtime_down(intake, listener=None):
        return RunOutcome(intake.run.pk, Run.Status.RUNNING, runtime.SORRY, error_code="runtime_unavailable")

    monkeypatch.setattr(runtime, "execute_claimed_run", runtime_down)
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)

    await send_message(communicator, "Where is my order 1234?")
    events = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    run = await Run.objects.aget()
    assert types(events) == ["ack", "message", "typing", "reply", "notice", "typing"]
    assert events[3]["message"] is None
    assert events[4] == {"type": "notice", "kind": "error", "run_id": str(run.pk), "text": runtime.SORRY}
    # The customer's message is safe; the run is left for resume_runs.
    assert (run.status, await stored(conversation.pk)) == (
        "running",
        [("customer", "Where is my order 1234?")],
    )


# --- the pages ----------------------------------------------------------------------------------


def _signed_in(customer: str) -> tuple[Client, str]:
    client = Client()
    response = client.post("/chat/sign-in/", {"customer": customer})
    assert response.status_code == 302
    conversation_id = response["Location"].removeprefix("/chat/").strip("/")
    return client, conversation_id


@pytest.fixture
def demo_customers(transactional_db):
    call_command("seed_demo", "--no-history", stdout=io.StringIO())


def test_sign_in_page_offers_the_demo_customers_and_a_guest(demo_customers):
    response = Client().get("/chat/")
    assert response.status_code == 200
    body = response.content.decode()
    for ref, label in [
        ("alice", "Alice Martin"),
        ("bruno", "Bruno Silva"),
        ("chen", "Chen Wei"),
        ("guest", "guest"),
    ]:
        assert f'value="{ref}"' in body and label in body


def test_signing_in_starts_a_conversation_of_the_chat_widget_key(demo_customers):
    client, conversation_id = _signed_in("alice")

    conversation = Conversation.objects.select_related("api_key").get()
    assert (str(conversation.pk), conversation.customer_ref, conversation.agent_name) == (
        conversation_id,
        "alice",
        "support",
    )
    assert (conversation.api_key.name, conversation.api_key.is_staff) == ("chat-widget", False)
    assert client.session[SESSION_CONVERSATIONS] == [conversation_id]


def test_the_chat_page_renders_its_history_for_the_owner_only(demo_customers, django_assert_num_queries):
    owner, conversation_id = _signed_in("alice")
    Message.objects.create(conversation_id=conversation_id, role="customer", text="Where is my order 1234?")
    teammate, _ = _signed_in("alice")  # the same customer in another browser
    outsider, _ = _signed_in("bruno")

    # session, conversation, messages, holder, approvals, suggested order (shipped)
    with django_assert_num_queries(6):
        page = owner.get(f"/chat/{conversation_id}/")

    assert page.status_code == 200
    config = page.context["config"]
    assert [m["text"] for m in config["messages"]] == ["Where is my order 1234?"]
    assert config["socketPath"] == f"/ws/chat/{conversation_id}/"
    assert "Where is my order 1234?" in page.content.decode()
    assert page["X-Frame-Options"] == "SAMEORIGIN"
    assert teammate.get(f"/chat/{conversation_id}/").status_code == 404
    assert outsider.get(f"/chat/{conversation_id}/").status_code == 404
    assert Client().get(f"/chat/{conversation_id}/")["Location"] == "/chat/"


def test_an_unknown_customer_is_refused_and_nothing_is_created(demo_customers):
    response = Client().post("/chat/sign-in/", {"customer": "mallory"})
    assert response.status_code == 422
    assert "pick one of the demo customers, or continue as a guest" in response.content.decode()
    assert (Conversation.objects.count(), ApiKey.objects.count()) == (0, 0)


def test_a_guest_gets_a_ref_of_their_own(demo_customers):
    _signed_in("guest")
    _signed_in("guest")
    refs = list(Conversation.objects.order_by("created_at").values_list("customer_ref", flat=True))
    assert [r.startswith("guest-") for r in refs] == [True, True]
    assert refs[0] != refs[1]


def test_new_chat_sign_out_and_back_in(demo_customers):
    client, first = _signed_in("alice")
    second = client.post("/chat/new/")["Location"].removeprefix("/chat/").strip("/")
    assert client.post("/chat/sign-out/")["Location"] == "/chat/"
    assert client.get(f"/chat/{second}/")["Location"] == "/chat/"

    again = client.post("/chat/sign-in/", {"customer": "alice"})["Location"]

    assert again == f"/chat/{second}/"  # the latest conversation, not a new one
    assert Conversation.objects.count() == 2 and first != second
    assert client.get("/chat/")["Location"] == f"/chat/{second}/"


def test_a_shop_that_created_the_widget_key_reads_chat_conversations_through_the_api(demo_customers):
    key, raw_key = runtime.do_create_api_key("chat-widget")  # `manage.py create_api_key chat-widget`
    _, conversation_id = _signed_in("alice")
    Message.objects.create(conversation_id=conversation_id, role="customer", text="Hi")

    response = Client().get(
        f"/api/v1/conversations/{conversation_id}/messages", headers={"Authorization": f"Bearer {raw_key}"}
    )
    other_key = runtime.do_create_api_key("shop")[1]
    refused = Client().get(
        f"/api/v1/conversations/{conversation_id}/messages", headers={"Authorization": f"Bearer {other_key}"}
    )

    assert Conversation.objects.get().api_key_id == key.pk
    assert response.status_code == 200
    assert [(m["role"], m["text"]) for m in response.json()] == [("customer", "Hi")]
    assert refused.status_code == 404
