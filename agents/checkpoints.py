"""Where runs are checkpointed.

`DjangoRunStore` writes to the project database. Writes are group-committed: every run on the event
loop that reaches a checkpoint while a write is in flight joins the next batch, and the batch goes
in one transaction. One run alone pays one transaction per step; a thousand concurrent runs share
them. A step's `commit()` returns only once its rows are committed, so nothing after a checkpoint
(a tool call, a reply) happens before the checkpoint is durable.

`MemoryRunStore` keeps the same contract in process memory (benchmarks, and the runtime's unit tests).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from agents import events
from agents.checkpoint_sql import RowInsert, update_many, update_where
from agents.errors import RunError
from agents.group_commit import group_commit, write_each_alone
from agents.models import AgentPrompt, ApprovalRequest, Conversation, Escalation, Message, Run, RunStep
from agents.providers.base import ChatMessage
from tracing.recording import Record, runs_finished, write_records

HISTORY_MESSAGES = 20  # earlier turns given to the model verbatim; summarising comes with memory


class LeaseLost(RunError):
    """Another worker took the run over (this one was presumed dead). Stop without writing."""

    code = "lease_lost"


@dataclass
class StepRecord:
    index: int
    kind: str
    payload: dict[str, Any]


@dataclass
class LoadedRun:
    """Everything the executor needs, read once when the run is claimed."""

    run_id: Any
    conversation_id: Any
    customer_ref: str
    agent_name: str
    prompt_version: int
    system_prompt: str
    history: list[ChatMessage]
    trigger_text: str
    steps: list[StepRecord]
    step_count: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_cached: int = 0
    cost_usd: Decimal = Decimal(0)
    active_seconds: float = 0.0
    approvals: dict[str, str] = field(default_factory=dict)  # tool_call_id -> status
    # Memory (agents.memory): facts pinned from the whole conversation (order numbers, e-mails...),
    # what the customer's memory holds, and the summary of turns older than `history`.
    pinned: list[str] = field(default_factory=list)
    user_facts: list[str] = field(default_factory=list)
    earlier_summary: str = ""
    # After a person handed the conversation back: their note (pinned) and the reason they had it
    # (the runtime does not escalate for that reason again; see Conversation.handback_reason).
    handback_note: str = ""
    handback_reason: str = ""
    # A person holds the conversation (it was handed over while this run was parked for an approval):
    # the run finishes without talking over them.
    held_by_person: bool = False
    # When the customer's message was stored and the run created (the trace's intake span), and which message.
    created_at: datetime | None = None
    trigger_message_id: int | None = None


HANDBACK_PIN = (
    "A person from the support team answered part of this conversation and handed it back with this note: "
)


@dataclass
class Checkpoint:
    """What one step changes, written atomically."""

    run_id: Any
    conversation_id: Any
    owner: str
    run_fields: dict[str, Any]
    steps: list[StepRecord] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    # Appended to the conversation (the final answer, or a notice to the customer).
    reply: tuple[str, str] | None = None  # (role, text)
    approval: dict[str, Any] | None = None  # fields of a new ApprovalRequest
    handoff: dict[str, Any] | None = None  # fields of a new Escalation; also hands the conversation over
    # Budget reservations to settle at their real cost (agents.budgets), in the step's transaction: the
    # ledger and the run's records agree, and a priced call costs no commit of its own.
    settlements: list[tuple[Any, Decimal]] = field(default_factory=list)
    # Filled in by the store after the write, for the caller.
    handoff_ticket: str = ""
    approval_id: Any = None


def lease_expiry() -> datetime:
    return timezone.now() + timedelta(seconds=settings.HANDRAIL_RUN_LEASE_SECONDS)


# The active prompt is read on every intake; a few seconds of staleness after a prompt is promoted
# saves a query per message (0.6 ms of a 3 ms intake on the benchmark machine).
PROMPT_CACHE_SECONDS = 5.0
_prompt_cache: dict[str, tuple[float, AgentPrompt]] = {}


def active_prompt(agent_name: str, default_text: str) -> AgentPrompt:
    """The agent's active prompt version; version 1 is written from the code's text on first use."""
    cached = _prompt_cache.get(agent_name)
    if cached is not None and time.monotonic() - cached[0] < PROMPT_CACHE_SECONDS:
        return cached[1]
    prompt = AgentPrompt.objects.filter(agent_name=agent_name, is_active=True).first()
    if prompt is None:
        prompt, _ = AgentPrompt.objects.get_or_create(
            agent_name=agent_name, version=1, defaults={"text": default_text, "is_active": True}
        )
    _prompt_cache[agent_name] = (time.monotonic(), prompt)
    return prompt


def forget_prompts() -> None:
    """Drop the cached prompts (a new version was promoted; tests)."""
    _prompt_cache.clear()


def _as_chat(role: str, text: str) -> ChatMessage:
    if role == Message.Role.CUSTOMER:
        return ChatMessage(role="user", content=text)
    if role == Message.Role.HUMAN_AGENT:
        return ChatMessage(role="assistant", content=f"(a human agent replied) {text}")
    return ChatMessage(role="assistant", content=text)


def histories_before(points: list[tuple[Any, int]]) -> list[list[ChatMessage]]:
    """For each (conversation, message id): the conversation's last HISTORY_MESSAGES messages
    before that message, oldest first. One query for the whole list."""
    if not points:
        return []
    per_conversation = Counter(conversation_id for conversation_id, _ in points)
    # Each point may need HISTORY_MESSAGES rows before it, and a later point in the same
    # conversation also sees the earlier points' messages: rank enough rows for the last of them.
    depth = HISTORY_MESSAGES + max(per_conversation.values())
    rank = Window(RowNumber(), partition_by=[F("conversation_id")], order_by=F("id").desc())
    rows = (
        Message.objects.filter(conversation_id__in=list(per_conversation), id__lte=max(m for _, m in points))
        .exclude(role=Message.Role.SYSTEM)
        .annotate(rank=rank)
        .filter(rank__lte=depth)
        .values_list("conversation_id", "id", "role", "text")
    )
    by_conversation: dict[Any, list[tuple[int, str, str]]] = {}
    for conversation_id, message_id, role, text in rows:
        by_conversation.setdefault(conversation_id, []).append((message_id, role, text))
    histories = []
    for conversation_id, before_id in points:
        earlier = sorted(r for r in by_conversation.get(conversation_id, []) if r[0] < before_id)
        window = earlier[-HISTORY_MESSAGES:]
        histories.append(
            History(
                [_as_chat(role, text) for _, role, text in window], first_id=window[0][0] if window else None
            )
        )
    return histories


class History(list):
    """Earlier messages, oldest first, and the id of the first one (older ones are summarised)."""

    def __init__(self, messages: list[ChatMessage], *, first_id: int | None) -> None:
        super().__init__(messages)
        self.first_id = first_id


def history_for(conversation_id: Any, before_message_id: int) -> list[ChatMessage]:
    return histories_before([(conversation_id, before_message_id)])[0]


def memory_for(loaded: LoadedRun, *, through_message_id: int, first_history_id: int | None) -> None:
    """Fill the run's memory from the conversation state (cache, rebuilt from the database after it
    expires) and the customer's memory. Sync: two small queries when the state is cached."""
    from agents.memory.models import UserMemory
    from agents.memory.state import update_state

    state = update_state(loaded.conversation_id, through_message_id=through_message_id)
    loaded.pinned = state.pinned
    if loaded.handback_note:
        loaded.pinned = [*loaded.pinned, HANDBACK_PIN + " ".join(loaded.handback_note.split())]
    loaded.earlier_summary = state.summary_before(first_history_id)
    loaded.user_facts = UserMemory.objects.facts_for(loaded.customer_ref) if loaded.customer_ref else []


def load_run(run: Run) -> LoadedRun:
    """Read a claimed run's state. Call inside the claiming transaction or right after it."""
    conversation = Conversation.objects.only(
        "customer_ref", "holder", "handback_note", "handback_reason"
    ).get(pk=run.conversation_id)
    prompt = AgentPrompt.objects.filter(agent_name=run.agent_name, version=run.prompt_version).first()
    trigger = Message.objects.filter(pk=run.trigger_message_id).only("id", "text").first()
    steps = [
        StepRecord(index=s.index, kind=s.kind, payload=s.payload)
        for s in RunStep.objects.filter(run_id=run.pk).order_by("index")
    ]
    approvals = dict(ApprovalRequest.objects.filter(run_id=run.pk).values_list("tool_call_id", "status"))
    history = (
        histories_before([(run.conversation_id, trigger.id)])[0] if trigger else History([], first_id=None)
    )
    loaded = LoadedRun(
        run_id=run.pk,
        conversation_id=run.conversation_id,
        customer_ref=conversation.customer_ref,
        agent_name=run.agent_name,
        prompt_version=run.prompt_version,
        system_prompt=prompt.text if prompt else "",
        history=history,
        trigger_text=trigger.text if trigger else "",
        steps=steps,
        step_count=run.step_count,
        tokens_in=run.tokens_in,
        tokens_out=run.tokens_out,
        tokens_cached=run.tokens_cached,
        cost_usd=Decimal(run.cost_usd),
        active_seconds=run.active_seconds,
        approvals=approvals,
        handback_note=conversation.handback_note,
        handback_reason=conversation.handback_reason,
        held_by_person=conversation.holder != Conversation.Holder.BOT,
        created_at=run.created_at,
        trigger_message_id=run.trigger_message_id,
    )
    if trigger:
        memory_for(loaded, through_message_id=trigger.id, first_history_id=history.first_id)
    return loaded


def claim_run(run_id: Any, owner: str) -> LoadedRun | None:
    """Take a run that is pending, or running under an expired lease (its worker died).

    A conditional UPDATE: of two workers racing for the same run exactly one changes the row.
    """
    now = timezone.now()
    claimable = Q(status=Run.Status.PENDING) | Q(status=Run.Status.RUNNING, lease_expires_at__lt=now)
    changed = Run.objects.filter(claimable, pk=run_id).update(
        status=Run.Status.RUNNING, lease_owner=owner, lease_expires_at=lease_expiry()
    )
    if changed != 1:
        return None
    return load_run(Run.objects.get(pk=run_id))


def write_checkpoints(checkpoints: list[Checkpoint]) -> list[Exception | None]:
    """Write a batch in one transaction; if the batch fails, write each alone so one bad
    checkpoint does not fail the others."""
    try:
        return _write_batch(checkpoints)
    except LeaseLost as exc:
        if len(checkpoints) == 1:
            return [exc]
    except Exception:
        if len(checkpoints) == 1:
            raise
    return write_each_alone(checkpoints, _write_batch)


def _write_batch(checkpoints: list[Checkpoint]) -> list[Exception | None]:
    with transaction.atomic():
        if any("finished_at" in cp.run_fields for cp in checkpoints):
            runs_finished()  # alerts look at the numbers after the commit (throttled)
        if len(checkpoints) == 1:
            _write_one(checkpoints[0])
            return [None]
        return _write_many(checkpoints)


def _update_run(cp: Checkpoint) -> None:
    changed = update_where(Run, cp.run_fields, {"id": cp.run_id, "lease_owner": cp.owner})
    if changed != 1:
        raise LeaseLost(f"run {cp.run_id} is no longer held by {cp.owner}")


def _write_extras(cp: Checkpoint, *, reply_written: bool = False) -> None:
    if cp.handoff is not None:
        escalation = Escalation.objects.create(
            conversation_id=cp.conversation_id, run_id=cp.run_id, **cp.handoff
        )
        cp.handoff_ticket = escalation.ticket
        final_text = str(cp.run_fields.get("final_text") or "")
        if "{ticket}" in final_text:
            # The run's record says what the customer was shown: the ticket exists only from here on.
            Run.objects.filter(pk=cp.run_id).update(
                final_text=final_text.replace("{ticket}", escalation.ticket)
            )
        # The bot goes silent in this conversation from this commit on. A new escalation also ends
        # what the last hand-back settled.
        Conversation.objects.filter(pk=cp.conversation_id).update(
            holder=Conversation.Holder.HUMAN_QUEUE, handback_note="", handback_reason=""
        )
        events.inbox_changed(
            "escalation", escalation.pk, conversation_id=cp.conversation_id, change="created"
        )
        events.conversation_changed(cp.conversation_id, "holder")
    if cp.reply is not None and not reply_written:
        MESSAGE_INSERT.execute([_reply_row(cp)])
    if cp.approval is not None:
        approval = ApprovalRequest.objects.create(run_id=cp.run_id, **cp.approval)
        cp.approval_id = approval.pk
        events.inbox_changed("approval", approval.pk, conversation_id=cp.conversation_id, change="created")


def _settle_budgets(checkpoints: list[Checkpoint]) -> None:
    from agents import budgets

    for cp in checkpoints:
        for reservation, actual in cp.settlements:
            budgets.settle(reservation, actual)


def _write_one(cp: Checkpoint) -> None:
    _update_run(cp)
    _insert_steps([cp])
    write_records([(cp.run_id, cp.records)])
    _settle_budgets([cp])
    _write_extras(cp)
    return None


def _write_many(checkpoints: list[Checkpoint]) -> list[Exception | None]:
    # Runs are updated in one statement per shape of update (most checkpoints change the same
    # fields); a run whose lease moved to another worker is not in the RETURNING set.
    shapes: dict[tuple[str, ...], list[Checkpoint]] = {}
    for cp in checkpoints:
        shapes.setdefault(tuple(cp.run_fields), []).append(cp)
    changed: set[Any] = set()
    for group in shapes.values():
        changed |= update_many(
            Run, [(cp.run_id, cp.owner, cp.run_fields) for cp in group], guard="lease_owner"
        )
    accepted = [cp for cp in checkpoints if cp.run_id in changed]
    _insert_steps(accepted)
    write_records([(cp.run_id, cp.records) for cp in accepted])
    _settle_budgets(accepted)
    plain_replies = [cp for cp in accepted if cp.reply is not None and cp.handoff is None]
    MESSAGE_INSERT.execute([_reply_row(cp) for cp in plain_replies])
    for cp in accepted:
        if cp.handoff is not None or cp.approval is not None:
            _write_extras(cp, reply_written=cp in plain_replies)
    return [
        None if cp.run_id in changed else LeaseLost(f"run {cp.run_id} is no longer held by {cp.owner}")
        for cp in checkpoints
    ]


def _reply_row(cp: Checkpoint) -> dict[str, Any]:
    role, text = cp.reply
    return {
        "conversation_id": cp.conversation_id,
        "role": role,
        "text": text.replace("{ticket}", cp.handoff_ticket),
        "run_id": cp.run_id,
        "created_at": timezone.now(),
    }


STEP_INSERT = RowInsert(RunStep, ["run_id", "index", "kind", "payload", "created_at"])
MESSAGE_INSERT = RowInsert(Message, ["conversation_id", "role", "text", "run_id", "created_at"])


def _insert_steps(checkpoints: list[Checkpoint]) -> None:
    now = timezone.now()
    STEP_INSERT.execute(
        [
            {"run_id": cp.run_id, "index": s.index, "kind": s.kind, "payload": s.payload, "created_at": now}
            for cp in checkpoints
            for s in cp.steps
        ]
    )


class DjangoRunStore:
    async def claim(self, run_id: Any, owner: str) -> LoadedRun | None:
        return await sync_to_async(claim_run)(run_id, owner)

    async def commit(self, checkpoint: Checkpoint) -> None:
        await group_commit(write_checkpoints).submit(checkpoint)


class MemoryRunStore:
    """The same contract in memory: nothing survives the process. For benchmarks and unit tests."""

    def __init__(self) -> None:
        self.runs: dict[Any, LoadedRun] = {}
        self.owners: dict[Any, str] = {}
        self.run_fields: dict[Any, dict[str, Any]] = {}
        self.steps: dict[Any, list[StepRecord]] = {}
        self.records: dict[Any, list] = {}
        self.replies: dict[Any, list[tuple[str, str]]] = {}
        self.approvals: dict[Any, dict[str, Any]] = {}
        self.escalations: dict[Any, dict[str, Any]] = {}

    def add(self, loaded: LoadedRun) -> None:
        self.runs[loaded.run_id] = loaded
        self.steps[loaded.run_id] = list(loaded.steps)

    async def claim(self, run_id: Any, owner: str) -> LoadedRun | None:
        if self.owners.get(run_id) not in (None, owner):
            return None
        self.owners[run_id] = owner
        loaded = self.runs[run_id]
        loaded.steps = list(self.steps[run_id])
        return loaded

    async def commit(self, checkpoint: Checkpoint) -> None:
        if self.owners.get(checkpoint.run_id) != checkpoint.owner:
            raise LeaseLost(f"run {checkpoint.run_id} is no longer held by {checkpoint.owner}")
        self.run_fields.setdefault(checkpoint.run_id, {}).update(checkpoint.run_fields)
        self.steps.setdefault(checkpoint.run_id, []).extend(checkpoint.steps)
        self.records.setdefault(checkpoint.run_id, []).extend(checkpoint.records)
        if checkpoint.settlements:
            from asgiref.sync import sync_to_async

            await sync_to_async(_settle_budgets)([checkpoint])  # the ledger is in the database either way
        if checkpoint.reply is not None:
            self.replies.setdefault(checkpoint.run_id, []).append(checkpoint.reply)
        if checkpoint.approval is not None:
            checkpoint.approval_id = f"approval-{checkpoint.run_id}"
            self.approvals[checkpoint.run_id] = checkpoint.approval
        if checkpoint.handoff is not None:
            checkpoint.handoff_ticket = f"HR-MEM-{len(self.escalations) + 1}"
            final_text = str(self.run_fields[checkpoint.run_id].get("final_text") or "")
            if "{ticket}" in final_text:
                self.run_fields[checkpoint.run_id]["final_text"] = final_text.replace(
                    "{ticket}", checkpoint.handoff_ticket
                )
            self.escalations[checkpoint.run_id] = checkpoint.handoff
