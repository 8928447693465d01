"""A chat turn: the run executes as a task of its own on the server's event loop, and what it says is
sent to every tab of the conversation through the channel layer (group `chat.<conversation id>`).

The task is not the socket's: a customer who closes the tab (or loses the network) mid-answer does not
cancel the run; the stored reply is in the history when they come back. What was streamed so far is
kept in this process (`streams_in_progress`), so a tab that reconnects mid-answer picks the stream up
where it is instead of waiting for the end. Stored messages are broadcast only after their commit:
`execute_claimed_run` returns after the final checkpoint.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from channels.db import database_sync_to_async
from channels.layers import get_channel_layer

from agents import actions
from agents.executor import RunListener, RunOutcome
from agents.models import Conversation, Message, Run
from console.chat import presenters

logger = logging.getLogger(__name__)

# Run statuses after which a person takes the conversation over (the runtime opened a ticket).
HANDOFF_STATUSES = {
    Run.Status.HANDED_OFF,
    Run.Status.FAILED,
    Run.Status.LOOPING,
    Run.Status.LIMIT_EXCEEDED,
}
NOTICES = {
    "approval": "A manager needs to approve this before it happens. The outcome will appear here.",
    "handoff": "A person from our team will take over this conversation.",
    "held_queue": "A person from our team will take over shortly. They will see your message.",
    "held_human": "A person from our team is handling this conversation and will reply here.",
    "refused": "The assistant can't help with that request here.",
    "pending": "Your message is saved. The answer is taking longer than usual; it will appear here.",
}
TYPING_DETAILS = {"route": "Reading your message…", "tool": "Looking that up…"}

_tasks: set[asyncio.Task] = set()
_streams: dict[str, dict[str, StreamState]] = {}


def group_name(conversation_id: Any) -> str:
    return f"chat.{conversation_id}"


async def broadcast(conversation_id: Any, event: dict[str, Any]) -> None:
    """Send one event to every socket of the conversation. Never raises: a channel layer that is down
    costs the live view (the history has everything on reconnect), never the run."""
    try:
        await get_channel_layer().group_send(
            group_name(conversation_id), {"type": "chat.event", "event": event}
        )
    except Exception:
        logger.exception("chat broadcast to conversation %s failed", conversation_id)


@dataclass
class StreamState:
    run_id: str
    seq: int = 0  # every delta and reset counts one: a tab skips what its snapshot already had
    text: str = ""  # what is on screen now (after the last reset)
    refused: bool = False

    def snapshot(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "seq": self.seq, "text": self.text}


class GroupListener(RunListener):
    def __init__(self, conversation_id: str, run_id: str) -> None:
        self.conversation_id = conversation_id
        self.state = StreamState(run_id)

    async def text(self, delta: str) -> None:
        self.state.seq += 1
        self.state.text += delta
        await broadcast(
            self.conversation_id,
            {"type": "delta", "run_id": self.state.run_id, "seq": self.state.seq, "text": delta},
        )

    async def reset(self) -> None:
        self.state.seq += 1
        self.state.text = ""
        await broadcast(
            self.conversation_id, {"type": "reset", "run_id": self.state.run_id, "seq": self.state.seq}
        )

    async def step(self, kind: str, detail: dict[str, Any]) -> None:
        # A polite decline of the router, or a refusing input guard: the page marks the answer as such.
        if (kind == "route" and detail.get("action") == "decline") or (
            kind == "guard" and detail.get("verdict") in ("refuse", "refused")
        ):
            self.state.refused = True
        if kind in TYPING_DETAILS:
            await broadcast(
                self.conversation_id,
                {
                    "type": "typing",
                    "run_id": self.state.run_id,
                    "active": True,
                    "detail": TYPING_DETAILS[kind],
                },
            )


def start_turn(intake: actions.Intake) -> asyncio.Task:
    """Run the claimed run of `intake` on the running loop, detached from the caller."""
    task = asyncio.get_running_loop().create_task(run_turn(intake))
    # The loop keeps only a weak reference to a task: without this one a turn could be collected.
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return task


def running_turns() -> set[asyncio.Task]:
    """The turns still running in this process (tests wait for them)."""
    return set(_tasks)


def streams_in_progress(conversation_id: Any) -> list[dict[str, Any]]:
    return [s.snapshot() for s in _streams.get(str(conversation_id), {}).values()]


async def run_turn(intake: actions.Intake) -> None:
    assert intake.run is not None
    conversation_id = str(intake.message.conversation_id)
    run_id = str(intake.run.pk)
    listener = GroupListener(conversation_id, run_id)
    streams = _streams.setdefault(conversation_id, {})
    streams[run_id] = listener.state
    try:
        await broadcast(conversation_id, {"type": "typing", "run_id": run_id, "active": True, "detail": ""})
        outcome = await actions.execute_claimed_run(intake, listener)  # never raises
        messages, state, status = await database_sync_to_async(_turn_result)(intake.run.pk, conversation_id)
        # Dropped before the reply goes out, and after its commit: a tab connecting now finds the
        # reply either in its history or as the event below, never neither.
        _drop_stream(conversation_id, run_id)
        run = {
            "status": outcome.status if outcome else status,
            "approval_id": str(outcome.approval_id) if outcome and outcome.approval_id else None,
            "handoff_ticket": outcome.handoff_ticket if outcome else "",
        }
        for message in messages[:-1]:
            await broadcast(conversation_id, {"type": "message", "message": message})
        reply = messages[-1] if messages else None
        await broadcast(
            conversation_id, {"type": "reply", "run_id": run_id, "message": reply, "run": run, "state": state}
        )
        notice = notice_for(outcome, listener.state, has_reply=reply is not None)
        if notice is not None:
            await broadcast(conversation_id, notice)
    except Exception:
        # The database went away after the run: the answer is stored or will be (resume_runs); the
        # page is told it is coming, never left with a spinner.
        logger.exception("chat turn of run %s could not be reported", run_id)
        await broadcast(
            conversation_id, {"type": "notice", "kind": "error", "run_id": run_id, "text": NOTICES["pending"]}
        )
    finally:
        _drop_stream(conversation_id, run_id)
        await broadcast(conversation_id, {"type": "typing", "run_id": run_id, "active": False, "detail": ""})


def _drop_stream(conversation_id: str, run_id: str) -> None:
    streams = _streams.get(conversation_id)
    if streams is not None:
        streams.pop(run_id, None)
        if not streams:
            _streams.pop(conversation_id, None)


def _turn_result(run_pk: Any, conversation_id: str) -> tuple[list[dict[str, Any]], dict[str, Any], str]:
    messages = list(Message.objects.filter(run_id=run_pk).order_by("id"))
    status = Run.objects.values_list("status", flat=True).get(pk=run_pk)
    return presenters.messages_out(messages), presenters.conversation_state(conversation_id), status


def notice_for(outcome: RunOutcome | None, state: StreamState, *, has_reply: bool) -> dict[str, Any] | None:
    """The notice a turn ends with, if any: the page shows it as a banner or a card."""
    run_id = state.run_id
    if outcome is None or (outcome.status == Run.Status.RUNNING and not has_reply):
        # None: another worker holds the run; RUNNING: the runtime could not finish it now (it is
        # left for resume_runs). Either way the answer comes later, and the message is safe.
        text = outcome.reply if outcome is not None and outcome.reply else NOTICES["pending"]
        return {"type": "notice", "kind": "error", "run_id": run_id, "text": text}
    if outcome.status == Run.Status.AWAITING_APPROVAL:
        return {
            "type": "notice",
            "kind": "approval",
            "run_id": run_id,
            "approval_id": str(outcome.approval_id) if outcome.approval_id else None,
            "text": NOTICES["approval"],
        }
    if outcome.status in HANDOFF_STATUSES:
        return {
            "type": "notice",
            "kind": "handoff",
            "run_id": run_id,
            "ticket": outcome.handoff_ticket,
            "text": NOTICES["handoff"],
        }
    if state.refused or outcome.status == "refused":
        return {"type": "notice", "kind": "refused", "run_id": run_id, "text": NOTICES["refused"]}
    return None


def held_notice(holder: str) -> dict[str, Any]:
    """The notice for a message that went to a person instead of the bot."""
    key = "held_human" if holder == Conversation.Holder.HUMAN else "held_queue"
    return {"type": "notice", "kind": "handoff", "holder": holder, "text": NOTICES[key]}
