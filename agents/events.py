"""Live events: what changed, sent over the channel layer to whoever is watching, after the commit.

The runtime and the people-side actions describe changes here; the sockets (`console.chat` for the
customer, `console.operator` for staff) decide what to show. Events carry ids and a few labels, never a
rendered message: each consumer reads and presents what its viewer may see (a customer never receives an
internal note, whatever group it is in).

Groups:
  chat.<conversation id>      every customer tab of the conversation (and operators viewing it)
  console.inbox               every signed-in operator: escalations and approvals came or moved; alerts
  console.conversation.<id>   operators viewing that conversation: notes, presence, claim changes

Every send is queued with `transaction.on_commit`, so nobody is told about a row they cannot read yet;
outside a transaction it goes at once. A channel layer that is down costs the live view (pages re-sync
on reconnect and on their own timer), never the action.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)

INBOX_GROUP = "console.inbox"


def chat_group(conversation_id: Any) -> str:
    return f"chat.{conversation_id}"


def operator_conversation_group(conversation_id: Any) -> str:
    return f"console.conversation.{conversation_id}"


def send_now(group: str, event: dict[str, Any]) -> None:
    """Send one event to a group from sync code. Never raises."""
    try:
        layer = get_channel_layer()
        if layer is not None:
            async_to_sync(layer.group_send)(group, event)
    except Exception:
        logger.exception("live event %s to %s failed", event.get("type"), group)


async def asend_now(group: str, event: dict[str, Any]) -> None:
    try:
        layer = get_channel_layer()
        if layer is not None:
            await layer.group_send(group, event)
    except Exception:
        logger.exception("live event %s to %s failed", event.get("type"), group)


def send_on_commit(group: str, event: dict[str, Any]) -> None:
    """Queue the event for after the current transaction commits (at once without one)."""
    # Stamped when the callback runs, right after the commit: the live-push benchmark measures
    # commit -> operator socket from this moment.
    transaction.on_commit(lambda: send_now(group, {**event, "sent_at": time.time()}))


# --- What happened ------------------------------------------------------------------------------
# One function per kind of change, so the event shapes are written down in one place.


def conversation_messages(conversation_id: Any, message_ids: list[int]) -> None:
    """New messages a customer may see (a person's reply, an answer produced outside the customer's
    socket: an approval's outcome, a resumed run). The chat consumer reads and presents them."""
    if not message_ids:
        return
    event = {"type": "conversation.messages", "conversation_id": str(conversation_id), "ids": message_ids}
    send_on_commit(chat_group(conversation_id), event)
    send_on_commit(operator_conversation_group(conversation_id), event)


def conversation_changed(conversation_id: Any, what: str) -> None:
    """The conversation's holder or escalation moved (claimed, handed back, resolved), or a note was
    added: operators viewing it refresh that part; the customer's page refreshes its banner."""
    event = {"type": "conversation.changed", "conversation_id": str(conversation_id), "what": what}
    send_on_commit(operator_conversation_group(conversation_id), event)
    if what in ("holder", "messages"):
        send_on_commit(chat_group(conversation_id), event)


def inbox_changed(kind: str, object_id: Any, *, conversation_id: Any = None, change: str = "") -> None:
    """An escalation or approval arrived or moved on: every operator's inbox refreshes that row."""
    send_on_commit(
        INBOX_GROUP,
        {
            "type": "inbox.changed",
            "kind": kind,  # escalation | approval
            "id": str(object_id),
            "conversation_id": str(conversation_id) if conversation_id else "",
            # escalation: created | claimed | hand_back | resolve; approval: created | approve |
            # approve_first | edit_and_approve | reject | expired | executed | failed | rejected
            "change": change,
        },
    )


def alerts_changed(alert_id: Any, change: str) -> None:
    """An alert fired (every console page shows a toast and counts it) or was acknowledged (the counts
    and the alerts page refresh). Every operator socket is in the inbox group: alerts are for all on shift."""
    send_on_commit(INBOX_GROUP, {"type": "alerts.changed", "id": str(alert_id), "change": change})


def customer_wrote_to_person(conversation_id: Any, message_ids: list[int]) -> None:
    """A customer wrote in a conversation a person holds (or is about to): the operators watching it
    see the message, and the inbox row shows it is waiting. The customer's own tabs are told by the
    chat itself."""
    event = {"type": "conversation.messages", "conversation_id": str(conversation_id), "ids": message_ids}
    send_on_commit(operator_conversation_group(conversation_id), event)
    send_on_commit(
        INBOX_GROUP,
        {
            "type": "inbox.changed",
            "kind": "conversation",
            "id": str(conversation_id),
            "conversation_id": str(conversation_id),
            "change": "customer_wrote",
        },
    )
