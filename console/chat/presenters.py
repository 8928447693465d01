"""What the chat page shows of stored messages: who wrote it, which model answered, the body and the
sources it cites. One place, so the first page render and the socket's events agree."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from agents.models import ApprovalRequest, Conversation, Message
from agents.providers import build_provider
from tracing.models import LLMCall

# The newest messages sent on connect; a conversation longer than this shows its recent part (a
# support chat that long is rare, and a phone should not parse megabytes to open it).
HISTORY_LIMIT = 200

# Answers grounded in help articles end with a line "Sources: Title A; Title B" (the offline model
# writes it so, and the agents' prompts ask real models for the same).
# The offline model localises the label (Fuentes, Sources, Quellen).
_SOURCES_LINE = re.compile(r"\n[ \t]*(?:Sources|Fuentes|Quellen)[ \t]*:[ \t]*(?P<sources>[^\n]+?)[ \t]*\Z")

AUTHORS = {
    Message.Role.CUSTOMER: "You",
    Message.Role.ASSISTANT: "Assistant",
    Message.Role.HUMAN_AGENT: "Support team",
    Message.Role.SYSTEM: "",
}
# An assistant message with no successful model call behind it was a canned template (every
# provider failed) or a fixed answer of the runtime (a polite decline).
NO_MODEL_LABEL = "Automatic reply"


def split_sources(text: str) -> tuple[str, list[str]]:
    """("body", ["Title A", "Title B"]) for a text ending in a Sources line; (text, []) otherwise."""
    match = _SOURCES_LINE.search(text)
    if match is None:
        return text, []
    sources = [s.strip() for s in match.group("sources").split(";") if s.strip()]
    return text[: match.start()].rstrip(), list(dict.fromkeys(sources))


@lru_cache(maxsize=64)
def model_label(entry: str) -> str:
    """What people call the model of a chain entry ("offline:x" -> "Offline demo model (no LLM)")."""
    try:
        return build_provider(entry).label or entry
    except Exception:  # a provider since removed from the registry: its recorded name will do
        return entry.partition(":")[0]


def answering_models(run_ids: Iterable[Any]) -> dict[Any, str]:
    """Per run, the label of the model whose call succeeded last (the one that wrote the answer)."""
    ids = {r for r in run_ids if r is not None}
    if not ids:
        return {}
    labels: dict[Any, str] = {}
    calls = (
        LLMCall.objects.filter(run_id__in=ids, error_code="")
        .order_by("id")
        .values_list("run_id", "provider", "model")
    )
    for run_id, provider, model in calls:
        labels[run_id] = model_label(f"{provider}:{model}")
    return labels


def message_out(message: Message, models: dict[Any, str]) -> dict[str, Any]:
    body, sources = (
        split_sources(message.text) if message.role == Message.Role.ASSISTANT else (message.text, [])
    )
    model = ""
    if message.role == Message.Role.ASSISTANT:
        model = models.get(message.run_id, NO_MODEL_LABEL)
    return {
        "id": message.id,
        "role": message.role,
        # A person's reply carries their display name ("Sam from the support team").
        "author": f"{message.author_name} · Support team"
        if message.role == Message.Role.HUMAN_AGENT and message.author_name
        else AUTHORS.get(message.role, ""),
        "model": model,
        "text": message.text,
        "body": body,
        "sources": sources,
        "run_id": str(message.run_id) if message.run_id else None,
        "created_at": message.created_at.isoformat(),
    }


def messages_by_id(conversation_id: Any, ids: list[int]) -> list[dict[str, Any]]:
    """The conversation's messages of these ids (ids of another conversation are ignored: an event
    can never make a customer read someone else's message)."""
    messages = list(Message.objects.filter(conversation_id=conversation_id, id__in=ids[:200]).order_by("id"))
    return messages_out(messages)


def messages_out(messages: list[Message]) -> list[dict[str, Any]]:
    models = answering_models(m.run_id for m in messages if m.role == Message.Role.ASSISTANT)
    return [message_out(m, models) for m in messages]


def conversation_state(conversation_id: Any) -> dict[str, Any]:
    """What the page shows above the messages: who answers, and whether an approval is pending."""
    holder = Conversation.objects.values_list("holder", flat=True).get(pk=conversation_id)
    approval_pending = ApprovalRequest.objects.filter(
        run__conversation_id=conversation_id, status=ApprovalRequest.Status.PENDING
    ).exists()
    return {"holder": holder, "approval_pending": approval_pending}


def history(conversation_id: Any, *, after: int | None = None) -> dict[str, Any]:
    """The stored messages (the newest HISTORY_LIMIT; with `after`, only those after that id) and the
    conversation's state."""
    query = Message.objects.filter(conversation_id=conversation_id)
    if after is not None:
        query = query.filter(id__gt=after)
    newest = list(query.order_by("-id")[: HISTORY_LIMIT + 1])
    truncated = len(newest) > HISTORY_LIMIT
    messages = list(reversed(newest[:HISTORY_LIMIT]))
    return {
        "messages": messages_out(messages),
        "truncated": truncated,
        "state": conversation_state(conversation_id),
        "after": after,
    }
