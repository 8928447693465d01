"""State changes and access checks of the customer chat. Views and the consumer call one each.

Conversations started in the chat belong to the API key named `chat-widget` (the oldest one that is
not revoked; the chat creates it on first use and keeps no raw key). To reach chat conversations
through the HTTP API as well (`GET /api/v1/conversations/{id}/messages`, `POST .../messages`), create
that key yourself before the first chat: `manage.py create_api_key chat-widget` prints it once, and
the chat then files its conversations under it.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass
from typing import Any

from channels.db import database_sync_to_async
from django.core.cache import cache

from agents import actions
from agents.errors import HandrailError, InputError
from agents.models import ApiKey, Conversation, Message
from console.chat import presenters, turns
from console.chat.identity import ChatIdentity

CHAT_API_KEY_NAME = "chat-widget"
GUEST = "guest"
# A resent message is recognised by its client id for a day: longer than any page stays open with
# an unsent message in its queue (the queue lives in the tab's sessionStorage).
CLIENT_ID_TTL_SECONDS = 24 * 3600
# A claim not yet turned into a message id lapses after this: a process that died between claiming
# and storing must not block the page's resend for a day (the cost: in that rare crash, if the message
# did commit, a resend a minute later is stored a second time).
CLAIM_TTL_SECONDS = 60
# How long a resend waits for the first copy's intake (milliseconds, in practice) before it is told
# to try again.
CLAIM_WAIT_SECONDS = 5.0


# --- Who may chat, and about what -----------------------------------------------------------


def demo_customers() -> list[tuple[str, str]]:
    """(ref, name) of the demo shop's customers: the sign-in choices. (A shop's own widget passes its
    signed-in customer instead; the demo shop is what this page demonstrates.)"""
    from demo_shop.models import Customer

    return list(Customer.objects.order_by("ref").values_list("ref", "name"))


def check_customer_choice(choice: Any) -> tuple[str, str]:
    """(customer_ref, display name) for a sign-in choice: a demo customer's ref, or "guest" (a fresh
    ref that owns no orders)."""
    if choice == GUEST:
        return f"guest-{secrets.token_hex(6)}", "Guest"
    names = dict(demo_customers())
    if not isinstance(choice, str) or choice not in names:
        raise InputError("pick one of the demo customers, or continue as a guest", code="unknown_customer")
    return choice, names[choice]


def suggested_questions(identity: ChatIdentity) -> list[str]:
    """Questions offered on an empty chat, the first about one of the customer's own orders."""
    from demo_shop.models import Order

    orders = Order.objects.filter(customer__ref=identity.customer_ref).order_by("-placed_on", "-number")
    order = orders.filter(status=Order.Status.SHIPPED).first() or orders.first()
    general = ["How long does shipping take?", "What is your returns policy?"]
    return [f"Where is my order {order.number}?", *general] if order else general


def chat_api_key() -> ApiKey:
    key = ApiKey.objects.filter(name=CHAT_API_KEY_NAME, revoked_at__isnull=True).order_by("id").first()
    if key is None:
        # Two first chats at once may both create one; harmless: both are the widget's, and from then
        # on the oldest is used. The raw key is dropped: nobody needs it unless the shop made its own.
        key, _ = actions.do_create_api_key(CHAT_API_KEY_NAME)
    return key


def do_start_chat(identity: ChatIdentity) -> Conversation:
    return actions.do_create_conversation(api_key=chat_api_key(), customer_ref=identity.customer_ref)


def access_chat_conversation(conversation_id: Any, identity: ChatIdentity | None) -> Conversation:
    """The conversation if this session started it and is signed in as its customer. Anything else is
    'not found': whether a conversation exists is nobody else's business."""
    if identity is None:
        raise InputError("sign in to the chat first", code="signed_out", status=401)
    missing = InputError("conversation not found", code="not_found", status=404)
    if str(conversation_id) not in identity.conversation_ids:
        raise missing
    conversation = Conversation.objects.filter(pk=conversation_id, customer_ref=identity.customer_ref).first()
    if conversation is None:
        raise missing
    return conversation


def latest_chat_conversation(identity: ChatIdentity) -> Conversation | None:
    return (
        Conversation.objects.filter(pk__in=identity.conversation_ids, customer_ref=identity.customer_ref)
        .order_by("-created_at")
        .first()
    )


# --- Sending a message ----------------------------------------------------------------------


class MessageInFlight(HandrailError):
    """A resend arrived while the first copy is still being stored: the page should send it again."""

    code = "busy"
    retryable = True


@dataclass
class ChatPost:
    message: dict[str, Any]  # the stored customer message, as the page shows it
    duplicate: bool  # a resend of a message already stored: nothing new happened


async def do_post_chat_message(conversation: Conversation, text: str, client_id: str) -> ChatPost:
    """Store the customer's message once per client id, tell the conversation's other tabs, and start
    the turn (or tell the customer a person has the conversation).

    A resend after a reconnect carries the same client id; it gets the stored message back and starts
    nothing. If storing fails, the claim is released so the page's next resend goes through."""
    key = f"handrail:chat:client-id:{conversation.pk}:{client_id}"
    stored_id = await _claim_client_id(key)
    if stored_id is not None:
        message = await Message.objects.filter(pk=stored_id, conversation_id=conversation.pk).afirst()
        if message is None:  # deleted since (an erasure request): store the resend anew
            await cache.adelete(key)
            raise MessageInFlight("this message is being stored again")
        return ChatPost(presenters.message_out(message, {}), duplicate=True)
    try:
        intake = await actions.post_customer_message(conversation, text)
    except Exception:  # nothing stored (the intake is one transaction): the resend must go through
        await cache.adelete(key)
        raise
    await cache.aset(key, intake.message.pk, CLIENT_ID_TTL_SECONDS)
    message = presenters.message_out(intake.message, {})  # a customer's: no model label to look up
    # After the commit (post_customer_message returns once its transaction committed).
    await turns.broadcast(conversation.pk, {"type": "message", "message": message})
    if intake.run is None:
        await turns.broadcast(conversation.pk, turns.held_notice(intake.held_by))
    else:
        turns.start_turn(intake)
    return ChatPost(message, duplicate=False)


async def _claim_client_id(key: str) -> int | None:
    """None: this caller stores the message. An id: that message was stored already."""
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    while True:
        # add() is atomic (SET NX on Redis): of two sockets resending at once, one stores.
        if await cache.aadd(key, "pending", CLAIM_TTL_SECONDS):
            return None
        value = await cache.aget(key)
        if isinstance(value, int):
            return value
        if time.monotonic() > deadline:
            raise MessageInFlight("this message is still being stored; it will be sent again")
        await asyncio.sleep(0.05)


# --- What the page loads --------------------------------------------------------------------


def chat_history(conversation: Conversation, *, after: int | None = None) -> dict[str, Any]:
    return presenters.history(conversation.pk, after=after)


async def history_event(conversation: Conversation, *, after: int | None = None) -> dict[str, Any]:
    """The `history` event: stored messages, then the answers being streamed right now (read after the
    messages, so a stream is never older than the history it goes with)."""
    event = await database_sync_to_async(chat_history)(conversation, after=after)
    return {"type": "history", **event, "streaming": turns.streams_in_progress(conversation.pk)}
