"""The operator socket, `/ws/console/` (protocol in the package docstring). Read-only by design: it
tells pages what changed and who is looking; every change of state is a POST view with CSRF and an
action that checks the role. A frame asking to claim or approve is refused like any unknown frame."""

from __future__ import annotations

import json
import uuid
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.contrib.auth import get_user_model
from django.db.models import Q

from agents import events, roles
from agents.errors import InputError
from agents.models import Conversation
from console.operator import presence

CLOSE_FORBIDDEN = 4403
MAX_FRAME_CHARS = 1000


def check_frame(text_data: str | None) -> dict[str, Any]:
    if not text_data or len(text_data) > MAX_FRAME_CHARS:
        raise InputError("send a JSON text frame of at most 1000 characters", code="invalid_frame")
    try:
        frame = json.loads(text_data)
    except ValueError:
        raise InputError("the frame is not JSON", code="invalid_frame") from None
    if not isinstance(frame, dict) or frame.get("type") not in ("watch", "unwatch", "heartbeat"):
        raise InputError(
            "this socket only listens (watch, unwatch, heartbeat); changes go through the console's forms",
            code="unknown_frame",
        )
    return frame


def access_watch(user_id: int, conversation_id: Any) -> str:
    """The conversation id if this person may follow it: a console role (read afresh: the socket may
    have been open since before an admin took the role away), and a conversation that came to people
    (an escalation or an approval), which is what the console shows."""
    user = get_user_model().objects.filter(pk=user_id).first()
    roles.require(user, roles.Capability.VIEW_CONSOLE)
    try:
        pk = uuid.UUID(str(conversation_id))
    except ValueError:
        raise InputError("conversation not found", code="not_found", status=404) from None
    seen_by_people = Q(escalations__isnull=False) | Q(runs__approvals__isnull=False)
    if not Conversation.objects.filter(seen_by_people, pk=pk).exists():
        raise InputError("conversation not found", code="not_found", status=404)
    return str(pk)


def _is_operator(user: Any) -> bool:
    return roles.can(user, roles.Capability.VIEW_CONSOLE)


class OperatorConsumer(AsyncWebsocketConsumer):
    user: Any = None
    name: str = ""
    watching: str = ""

    async def connect(self) -> None:
        # Accepted first, so a refused page learns why (an error frame and the 4403 code) and does not
        # retry as it would after a dropped connection.
        await self.accept()
        user = self.scope.get("user")
        if not await database_sync_to_async(_is_operator)(user):
            await self.send_frame(
                {
                    "type": "error",
                    "code": "forbidden",
                    "message": roles.DENIED_MESSAGES[roles.Capability.VIEW_CONSOLE],
                }
            )
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.user = user
        self.name = roles.display_name(user)
        await self.channel_layer.group_add(events.INBOX_GROUP, self.channel_name)
        await self.send_frame({"type": "hello", "user_id": user.pk, "name": self.name})

    async def disconnect(self, code: int) -> None:
        if self.user is None:
            return
        await self.channel_layer.group_discard(events.INBOX_GROUP, self.channel_name)
        await self.unwatch()

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.user is None:
            return  # refused on connect, closing
        try:
            frame = check_frame(text_data)
            if frame["type"] == "watch":
                await self.watch(frame.get("conversation_id"))
            elif frame["type"] == "heartbeat":
                await self.heartbeat()
            else:
                await self.unwatch()
        except InputError as exc:
            await self.send_frame({"type": "error", "code": exc.code, "message": exc.message})

    # --- watching one conversation -------------------------------------------------------------------

    async def watch(self, conversation_id: Any) -> None:
        # Checked at every watch, not only on connect: a role taken away mid-shift stops here.
        checked = await database_sync_to_async(access_watch)(self.user.pk, conversation_id)
        if checked != self.watching:
            await self.unwatch()
            self.watching = checked
            await self.channel_layer.group_add(events.operator_conversation_group(checked), self.channel_name)
        viewers = await self.mark_present()
        await self.send_frame({"type": "watching", "conversation_id": checked, "viewers": viewers})

    async def heartbeat(self) -> None:
        if self.watching:
            await self.mark_present()

    async def mark_present(self) -> list[dict]:
        viewers, changed = await presence.ajoin(self.watching, self.channel_name, self.user.pk, self.name)
        if changed:
            await self.announce(self.watching, viewers)
        return viewers

    async def unwatch(self) -> None:
        if not self.watching:
            return
        conversation_id, self.watching = self.watching, ""
        await self.channel_layer.group_discard(
            events.operator_conversation_group(conversation_id), self.channel_name
        )
        viewers, changed = await presence.aleave(conversation_id, self.channel_name)
        if changed:
            await self.announce(conversation_id, viewers)

    async def announce(self, conversation_id: str, viewers: list[dict]) -> None:
        # To the inbox group only: every operator socket is in it (the inbox rows and the conversation
        # pages alike), so the conversation's group would deliver the same frame a second time.
        await events.asend_now(
            events.INBOX_GROUP,
            {"type": "presence.changed", "conversation_id": conversation_id, "viewers": viewers},
        )

    # --- events from the channel layer (agents.events) -----------------------------------------------

    async def inbox_changed(self, event: dict[str, Any]) -> None:
        await self.send_frame(
            {
                "type": "inbox",
                **{k: event.get(k, "") for k in ("kind", "id", "conversation_id", "change")},
                "sent_at": event.get("sent_at"),
            }
        )

    async def alerts_changed(self, event: dict[str, Any]) -> None:
        # The page fetches the toast (console:alert_toast) through the door every page has: the frame
        # carries the id only.
        await self.send_frame(
            {
                "type": "alerts",
                "id": str(event.get("id", "")),
                "change": str(event.get("change", "")),
                "sent_at": event.get("sent_at"),
            }
        )

    async def conversation_messages(self, event: dict[str, Any]) -> None:
        await self.conversation_frame(event, "messages", ids=event.get("ids") or [])

    async def conversation_changed(self, event: dict[str, Any]) -> None:
        await self.conversation_frame(event, str(event.get("what") or ""))

    async def conversation_frame(self, event: dict[str, Any], what: str, **extra: Any) -> None:
        # A page that switched conversations may still get one event of the old group in flight.
        if event.get("conversation_id") != self.watching:
            return
        await self.send_frame(
            {"type": "conversation", "conversation_id": self.watching, "what": what, **extra}
        )

    async def presence_changed(self, event: dict[str, Any]) -> None:
        await self.send_frame(
            {"type": "presence", "conversation_id": event["conversation_id"], "viewers": event["viewers"]}
        )

    async def send_frame(self, frame: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(frame))
