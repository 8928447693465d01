"""The chat socket, `/ws/chat/<conversation_id>/`. Thin: frames are checked by `protocol`, every
state change is one call into `console.chat.actions`; the protocol is in the package docstring."""

from __future__ import annotations

import json
import logging
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from agents import ratelimits
from agents.errors import HandrailError
from agents.models import Conversation
from console.chat import actions, presenters, turns
from console.chat.identity import identity_from_session
from console.chat.protocol import ChatCommand, check_frame

logger = logging.getLogger(__name__)

# Close codes in the 4000 range (the application's own): the page does not reconnect after these.
CLOSE_SIGNED_OUT = 4401
CLOSE_NOT_FOUND = 4404


def _access(scope: dict[str, Any], conversation_id: str) -> Conversation:
    return actions.access_chat_conversation(conversation_id, identity_from_session(scope["session"]))


class ChatConsumer(AsyncWebsocketConsumer):
    conversation: Conversation | None = None
    group: str = ""

    async def connect(self) -> None:
        # Accepted first: a refused socket learns why (an error event) instead of a bare close.
        await self.accept()
        conversation_id = self.scope["url_route"]["kwargs"]["conversation_id"]
        try:
            conversation = await database_sync_to_async(_access)(self.scope, conversation_id)
        except HandrailError as exc:
            await self.send_error(exc)
            await self.close(code=CLOSE_SIGNED_OUT if exc.code == "signed_out" else CLOSE_NOT_FOUND)
            return
        self.conversation = conversation
        # Joined before the history is read: nothing said in between is missed (the page drops what
        # it receives twice, by message id and stream sequence).
        self.group = turns.group_name(conversation.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.send_event(await actions.history_event(conversation))

    async def disconnect(self, code: int) -> None:
        # The turn started from this socket goes on: it is a task of its own (console.chat.turns).
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.conversation is None:
            return  # refused on connect, closing
        try:
            command = check_frame(text_data, bytes_data)
            if command.type == "sync":
                await self.send_event(await actions.history_event(self.conversation, after=command.after))
            else:
                await self.post(command)
        except HandrailError as exc:
            await self.send_error(exc)

    async def post(self, command: ChatCommand) -> None:
        try:
            # Counted before anything is stored: a refused message leaves no trace, and the page keeps it
            # queued and sends it again (the error is retryable) until the window lets it through.
            customer = self.conversation.customer_ref or f"conversation:{self.conversation.pk}"
            await ratelimits.ahit(customer, (self.scope.get("client") or [None])[0])
            post = await actions.do_post_chat_message(self.conversation, command.text, command.client_id)
        except HandrailError as exc:
            exc.client_id = command.client_id  # type: ignore[attr-defined]
            raise
        except Exception:
            # The database or cache is down: the message is not stored, the page keeps it queued.
            logger.exception("chat message for conversation %s not stored", self.conversation.pk)
            unavailable = HandrailError(
                "your message could not be saved right now; it will be sent again",
                code="unavailable",
                retryable=True,
            )
            unavailable.client_id = command.client_id  # type: ignore[attr-defined]
            raise unavailable from None
        await self.send_event(
            {
                "type": "ack",
                "client_id": command.client_id,
                "message": post.message,
                "duplicate": post.duplicate,
            }
        )

    async def chat_event(self, event: dict[str, Any]) -> None:
        """A group event from `turns.broadcast`: forwarded as it is."""
        await self.send_event(event["event"])

    async def conversation_messages(self, event: dict[str, Any]) -> None:
        """Messages stored outside this socket (a person's reply, an approval's outcome): read, presented
        and sent like any other; the page drops ids it already shows."""
        if self.conversation is None:
            return
        messages = await database_sync_to_async(presenters.messages_by_id)(self.conversation.pk, event["ids"])
        for message in messages:
            await self.send_event({"type": "message", "message": message})
        if messages:
            await self.send_state()

    async def conversation_changed(self, event: dict[str, Any]) -> None:
        """Who answers changed (a person claimed the chat, or gave it back to the assistant)."""
        if self.conversation is not None and event.get("what") == "holder":
            await self.send_state()

    async def send_state(self) -> None:
        state = await database_sync_to_async(presenters.conversation_state)(self.conversation.pk)
        await self.send_event({"type": "state", "state": state})

    async def send_event(self, event: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(event, ensure_ascii=False))

    async def send_error(self, exc: HandrailError) -> None:
        event = {"type": "error", "code": exc.code, "message": exc.message, "retryable": exc.retryable}
        client_id = getattr(exc, "client_id", "")
        if client_id:
            event["client_id"] = client_id
        retry_after = getattr(exc, "retry_after", None)
        if retry_after:
            event["retry_after"] = retry_after  # a rate limit: when the page may send again
        await self.send_event(event)
