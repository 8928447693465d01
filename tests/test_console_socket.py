"""The operator socket, `/ws/console/`, through the real ASGI application (origin check, session and
auth middleware): who may connect, what it is told when runs escalate and people act, presence, and
that it cannot be used to change anything.

The channel layer and cache are Redis when REDIS_URL is set, in-memory otherwise."""

from __future__ import annotations

import time

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections
from django.test import Client

from agents.models import ApprovalRequest, Escalation, Message
from console.asgi import application
from console.operator import presence
from reviews import actions
from tests.runtime_helpers import staff_user, start_turn

pytestmark = pytest.mark.django_db(transaction=True)

WAIT = 20  # seconds a test waits for a frame before it fails (not a speed threshold)
# How long a test listens to be sure a frame does NOT come.
QUIET_SECONDS = 0.5


@pytest.fixture(autouse=True)
async def _close_connections():
    yield
    await sync_to_async(cache.clear)()
    await sync_to_async(connections.close_all)()


def _session_of(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def session_for(username: str, role: str | None) -> tuple[object, str]:
    """A signed-in browser session of a staff member (or of a user with no role)."""

    def make():
        if role is None:
            user = get_user_model().objects.create_user(username, password="x-test-password-1")
        else:
            user = staff_user(username, role)
        return user, _session_of(user)

    return await sync_to_async(make)()


def socket(session_key: str | None, origin: bytes = b"http://testserver") -> WebsocketCommunicator:
    headers = [(b"origin", origin)]
    if session_key:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={session_key}".encode()))
    return WebsocketCommunicator(application, "/ws/console/", headers=headers)


async def connected(session_key: str) -> tuple[WebsocketCommunicator, dict]:
    communicator = socket(session_key)
    ok, _ = await communicator.connect(timeout=WAIT)
    assert ok
    hello = await communicator.receive_json_from(timeout=WAIT)
    assert hello["type"] == "hello"
    return communicator, hello


async def frame_where(communicator, **expected) -> dict:
    """The next frame with these fields, skipping others (presence of other sockets, for example)."""
    while True:
        frame = await communicator.receive_json_from(timeout=WAIT)
        if all(frame.get(k) == v for k, v in expected.items()):
            return frame


async def assert_quiet(communicator) -> None:
    assert await communicator.receive_nothing(timeout=QUIET_SECONDS)


# --- who may connect ------------------------------------------------------------------------------


async def test_a_support_agent_is_greeted_by_name():
    user, session = await session_for("sam", "support")
    communicator, hello = await connected(session)
    await communicator.disconnect()
    assert hello == {"type": "hello", "user_id": user.pk, "name": "Sam"}


@pytest.mark.parametrize("who", ["no_role", "anonymous"])
async def test_a_socket_without_a_console_role_is_closed_with_4403(who):
    session = None if who == "anonymous" else (await session_for("nora", None))[1]
    communicator = socket(session)
    ok, _ = await communicator.connect(timeout=WAIT)
    assert ok  # accepted, told why, closed: the page does not retry
    frame = await communicator.receive_json_from(timeout=WAIT)
    assert frame == {
        "type": "error",
        "code": "forbidden",
        "message": "the console is for staff with a role (support, manager, qa or admin)",
    }
    assert await communicator.receive_output(timeout=WAIT) == {"type": "websocket.close", "code": 4403}
    await communicator.disconnect()


async def test_a_socket_from_another_origin_is_refused():
    _, session = await session_for("sam", "support")
    communicator = socket(session, origin=b"http://evil.example")
    ok, _ = await communicator.connect(timeout=WAIT)
    await communicator.disconnect()  # ends the refusing consumer (its channel-layer read, on Redis)
    assert not ok


# --- told what changes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agent", "text", "reason"),
    [
        ("t-looping", "Where is my order 7?", "looping"),
        ("t-desk", "I want a human", "customer_asked_for_human"),
    ],
)
async def test_an_escalation_by_a_real_run_reaches_every_operator(agent, text, reason):
    _, sam_session = await session_for("sam", "support")
    _, quinn_session = await session_for("quinn", "qa")
    sam, _ = await connected(sam_session)
    quinn, _ = await connected(quinn_session)

    intake, outcome = await sync_to_async(start_turn)(agent, text)

    escalation = await Escalation.objects.aget(run_id=intake.run.pk)
    assert escalation.reason_code == reason
    for communicator in (sam, quinn):
        frame = await frame_where(communicator, type="inbox", kind="escalation")
        assert (frame["id"], frame["conversation_id"], frame["change"]) == (
            str(escalation.pk),
            str(escalation.conversation_id),
            "created",
        )
        # Stamped when queued after the commit: the live-push benchmark measures from it.
        assert isinstance(frame["sent_at"], float)
        await communicator.disconnect()


async def test_a_parked_approval_reaches_the_inbox():
    _, session = await session_for("maria", "manager")
    maria, _ = await connected(session)
    intake, _ = await sync_to_async(start_turn)("t-refund")
    approval = await ApprovalRequest.objects.aget(run_id=intake.run.pk)
    frame = await frame_where(maria, type="inbox", kind="approval")
    await maria.disconnect()
    assert (frame["id"], frame["change"]) == (str(approval.pk), "created")


async def test_a_watched_conversation_sends_its_claim_replies_and_notes():
    sam_user, sam_session = await session_for("sam", "support")
    _, maria_session = await session_for("maria", "manager")
    intake, _ = await sync_to_async(start_turn)("t-looping", "Where is my order 7?")
    escalation = await Escalation.objects.select_related("conversation").aget(run_id=intake.run.pk)
    conversation_id = str(escalation.conversation_id)
    maria, _ = await connected(maria_session)
    await maria.send_json_to({"type": "watch", "conversation_id": conversation_id})
    watching = await frame_where(maria, type="watching")
    assert watching["conversation_id"] == conversation_id

    await sync_to_async(actions.do_claim_escalation)(escalation, sam_user)
    assert await frame_where(maria, type="conversation", what="holder") == {
        "type": "conversation",
        "conversation_id": conversation_id,
        "what": "holder",
    }
    reply = await sync_to_async(actions.do_send_human_reply)(escalation, sam_user, "Hi, Sam here.")
    messages = await frame_where(maria, type="conversation", what="messages")
    assert messages["ids"] == [reply.pk]
    await sync_to_async(actions.do_add_note)(escalation, sam_user, "Check the refund history first.")
    await frame_where(maria, type="conversation", what="notes")
    await maria.disconnect()


async def test_events_of_a_conversation_nobody_watches_here_are_not_sent():
    sam_user, sam_session = await session_for("sam", "support")
    intake, _ = await sync_to_async(start_turn)("t-looping")
    escalation = await Escalation.objects.aget(run_id=intake.run.pk)
    sam, _ = await connected(sam_session)
    await sync_to_async(actions.do_add_note)(escalation, sam_user, "a note")
    await assert_quiet(sam)
    await sam.disconnect()


async def test_watching_needs_a_conversation_that_came_to_people():
    _, session = await session_for("sam", "support")
    bot_only, _ = await sync_to_async(start_turn)("t-two-calls")  # answered by the bot, no escalation
    sam, _ = await connected(session)
    for conversation_id in ("not-a-uuid", str(bot_only.message.conversation_id)):
        await sam.send_json_to({"type": "watch", "conversation_id": conversation_id})
        assert await sam.receive_json_from(timeout=WAIT) == {
            "type": "error",
            "code": "not_found",
            "message": "conversation not found",
        }
    await sam.disconnect()


async def test_a_role_taken_away_mid_shift_stops_the_next_watch():
    user, session = await session_for("sam", "support")
    intake, _ = await sync_to_async(start_turn)("t-looping")
    escalation = await Escalation.objects.aget(run_id=intake.run.pk)
    sam, _ = await connected(session)
    await sync_to_async(user.groups.clear)()
    await sam.send_json_to({"type": "watch", "conversation_id": str(escalation.conversation_id)})
    frame = await sam.receive_json_from(timeout=WAIT)
    assert (frame["type"], frame["code"]) == ("error", "forbidden")
    await sam.disconnect()


# --- presence -------------------------------------------------------------------------------------


async def test_presence_is_shared_with_the_inbox_and_the_conversation_and_ends_on_leave():
    sam_user, sam_session = await session_for("sam", "support")
    maria_user, maria_session = await session_for("maria", "manager")
    _, tom_session = await session_for("tom", "support")
    intake, _ = await sync_to_async(start_turn)("t-looping")
    escalation = await Escalation.objects.aget(run_id=intake.run.pk)
    conversation_id = str(escalation.conversation_id)
    sam, _ = await connected(sam_session)
    maria, _ = await connected(maria_session)
    tom, _ = await connected(tom_session)  # on the inbox page: watches nothing

    # Whatever identity a frame claims, the socket's signed-in user is who is counted.
    await sam.send_json_to({"type": "watch", "conversation_id": conversation_id, "user_id": maria_user.pk})
    sam_alone = [{"user_id": sam_user.pk, "name": "Sam"}]
    both = [{"user_id": maria_user.pk, "name": "Maria"}, {"user_id": sam_user.pk, "name": "Sam"}]
    assert (await frame_where(sam, type="watching"))["viewers"] == sam_alone
    await frame_where(tom, type="presence", conversation_id=conversation_id, viewers=sam_alone)

    await maria.send_json_to({"type": "watch", "conversation_id": conversation_id})
    assert (await frame_where(maria, type="watching"))["viewers"] == both
    # Sam's page and Tom's inbox hear of it (every operator socket is in the inbox group).
    await frame_where(sam, type="presence", conversation_id=conversation_id, viewers=both)
    await frame_where(tom, type="presence", conversation_id=conversation_id, viewers=both)
    assert await sync_to_async(presence.viewers_of)([conversation_id]) == {conversation_id: both}

    # A heartbeat changes nobody: no frame for anyone.
    await maria.send_json_to({"type": "heartbeat"})
    await assert_quiet(tom)

    await maria.disconnect()
    await frame_where(sam, type="presence", conversation_id=conversation_id, viewers=sam_alone)
    await frame_where(tom, type="presence", conversation_id=conversation_id, viewers=sam_alone)
    await sam.send_json_to({"type": "unwatch"})
    await frame_where(tom, type="presence", conversation_id=conversation_id, viewers=[])
    assert await sync_to_async(presence.viewers_of)([conversation_id]) == {conversation_id: []}
    for communicator in (sam, tom):
        await communicator.disconnect()


def test_a_viewer_whose_page_stopped_beating_lapses():
    entries = {
        "channel-a": {"user_id": 1, "name": "Sam", "until": 100.0},
        "channel-b": {"user_id": 2, "name": "Maria", "until": 200.0},
        "channel-c": {"user_id": 2, "name": "Maria", "until": 300.0},  # a second tab: one viewer
    }
    assert presence.viewers_from_entries(entries, now=150.0) == [{"user_id": 2, "name": "Maria"}]
    assert presence.viewers_from_entries(entries, now=50.0) == [
        {"user_id": 2, "name": "Maria"},
        {"user_id": 1, "name": "Sam"},
    ]
    assert presence.viewers_from_entries(entries, now=time.time()) == []


# --- the socket changes nothing -------------------------------------------------------------------


@pytest.mark.parametrize("role", ["qa", "support", "manager"])
async def test_forged_frames_to_claim_or_approve_do_nothing(role):
    _, session = await session_for("eve", role)
    escalation_run, _ = await sync_to_async(start_turn)("t-looping")
    approval_run, _ = await sync_to_async(start_turn)("t-refund")
    escalation = await Escalation.objects.aget(run_id=escalation_run.run.pk)
    approval = await ApprovalRequest.objects.aget(run_id=approval_run.run.pk)
    eve, _ = await connected(session)
    forged = [
        {"type": "claim", "escalation_id": escalation.pk},
        {"type": "inbox.changed", "kind": "escalation", "id": str(escalation.pk)},
        {
            "type": "approve",
            "approval_id": str(approval.pk),
            "seen_arguments_hash": approval.approved_arguments_hash,
        },
        {"type": "reply", "escalation_id": escalation.pk, "text": "Refund sent!"},
    ]
    for frame in forged:
        await eve.send_json_to(frame)
        answer = await eve.receive_json_from(timeout=WAIT)
        assert (answer["type"], answer["code"]) == ("error", "unknown_frame")
    await eve.send_to(text_data="not json")
    assert (await eve.receive_json_from(timeout=WAIT))["code"] == "invalid_frame"
    await eve.disconnect()

    await escalation.arefresh_from_db()
    await approval.arefresh_from_db()
    assert (escalation.status, escalation.assignee_id) == ("open", None)
    assert (approval.status, approval.decided_by) == ("pending", "")
    assert not await Message.objects.filter(role="human_agent").aexists()
