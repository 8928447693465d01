"""State changes of the runtime. Views, API endpoints, consumers and tasks call one action each.

Naming (Zulip): `access_*` fetches and checks permission, `check_*` validates, `do_*` writes.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from agents.checkpoints import (
    DjangoRunStore,
    LoadedRun,
    active_prompt,
    histories_before,
    lease_expiry,
    memory_for,
)
from agents.definitions import get_agent
from agents.errors import InputError
from agents.executor import WORKER_ID, Executor, RunOutcome
from agents.group_commit import group_commit, write_each_alone
from agents.models import ApiKey, ApprovalRequest, Conversation, Message, Run, RunStep
from agents.tools.base import ToolContext
from agents.tools.execution import execute_tool

logger = logging.getLogger(__name__)

# --- API keys -------------------------------------------------------------------------------

KEY_PREFIX = "hr_"


def hash_key(raw_key: str) -> str:
    # Keys are 32 random bytes: a plain SHA-256 is enough (no dictionary to attack), and it keeps
    # the per-request check cheap.
    return hashlib.sha256(raw_key.encode()).hexdigest()


def do_create_api_key(name: str, *, is_staff: bool = False) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the raw key, which is never stored and shown only once."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("a key name of 1-100 characters is required")
    prefix = secrets.token_hex(4)
    raw_key = f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(name=name, prefix=prefix, key_hash=hash_key(raw_key), is_staff=is_staff)
    return key, raw_key


def access_api_key(raw_key: str) -> ApiKey | None:
    if not raw_key.startswith(KEY_PREFIX) or raw_key.count("_") < 2 or len(raw_key) > 200:
        return None
    prefix = raw_key[len(KEY_PREFIX) :].split("_", 1)[0]
    key = ApiKey.objects.filter(prefix=prefix, revoked_at__isnull=True).first()
    if key is None or not secrets.compare_digest(key.key_hash, hash_key(raw_key)):
        return None
    return key


# --- Conversations and intake --------------------------------------------------------------


def check_message_text(text: Any) -> str:
    """A customer message as the runtime accepts it: text, not empty, not huge, no control bytes."""
    if not isinstance(text, str):
        raise InputError("text must be a string")
    cleaned = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in cleaned:
        raise InputError("text must not contain NUL bytes")
    # Other control characters (bar newline and tab) are dropped: they render as nothing and
    # are a favourite carrier of injection tricks; the guard issue will look closer.
    cleaned = "".join(ch for ch in cleaned if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()
    if not cleaned:
        raise InputError("text must not be empty")
    limit = settings.HANDRAIL_MAX_MESSAGE_CHARS
    if len(cleaned) > limit:
        raise InputError(
            f"text is {len(cleaned)} characters; the limit is {limit}", code="too_long", status=413
        )
    return cleaned


def do_create_conversation(
    *, api_key: ApiKey | None, agent_name: str | None = None, customer_ref: str = ""
) -> Conversation:
    name = agent_name or settings.HANDRAIL_DEFAULT_AGENT
    try:
        get_agent(name)
    except Exception:
        raise InputError(f"no agent named {name!r}", code="unknown_agent") from None
    if len(customer_ref) > 200:
        raise InputError("customer_ref must be at most 200 characters")
    return Conversation.objects.create(agent_name=name, api_key=api_key, customer_ref=customer_ref)


def access_conversation(conversation_id: Any, api_key: ApiKey) -> Conversation:
    """The conversation if this key owns it. Another key's conversation is 'not found', not
    'forbidden': its existence is not the caller's business."""
    conversation = Conversation.objects.filter(pk=conversation_id, api_key=api_key).first()
    if conversation is None:
        raise InputError("conversation not found", code="not_found", status=404)
    return conversation


@dataclass
class Intake:
    message: Message
    run: Run | None  # None when a person holds the conversation
    loaded: LoadedRun | None
    held_by: str


@dataclass(frozen=True)
class IntakeRequest:
    conversation: Conversation
    text: str  # already through check_message_text
    owner: str


def do_post_customer_message(conversation: Conversation, text: str, *, owner: str = WORKER_ID) -> Intake:
    """Store the message first; if the bot holds the conversation, create its run already claimed
    by `owner` (saves a round trip), all in one transaction."""
    request = IntakeRequest(conversation, check_message_text(text), owner)
    get_agent(conversation.agent_name)
    (result,) = write_intakes([request])
    if isinstance(result, Exception):
        raise result
    return result


async def post_customer_message(conversation: Conversation, text: str, *, owner: str = WORKER_ID) -> Intake:
    """`do_post_customer_message` for async callers: intakes arriving together share a transaction."""
    request = IntakeRequest(conversation, check_message_text(text), owner)
    get_agent(conversation.agent_name)
    return await group_commit(write_intakes).submit(request)


def write_intakes(requests: list[IntakeRequest]) -> list[Intake | Exception]:
    try:
        return _write_intakes(requests)
    except Exception:
        if len(requests) == 1:
            raise
    return write_each_alone(requests, _write_intakes)


def _write_intakes(requests: list[IntakeRequest]) -> list[Intake]:
    conversation_ids = sorted({r.conversation.pk for r in requests}, key=str)
    with transaction.atomic():
        # The holder is read under a row lock: a takeover committed a moment ago must win. Locks
        # are taken in id order so two batches never wait on each other in a cycle.
        holders = dict(
            Conversation.objects.select_for_update()
            .filter(pk__in=conversation_ids)
            .order_by("pk")
            .values_list("pk", "holder")
        )
        messages = Message.objects.bulk_create(
            [
                Message(conversation_id=r.conversation.pk, role=Message.Role.CUSTOMER, text=r.text)
                for r in requests
            ]
        )
        runs: dict[int, Run] = {}
        prompts = {}
        for position, request in enumerate(requests):
            if holders[request.conversation.pk] != Conversation.Holder.BOT:
                continue
            agent = get_agent(request.conversation.agent_name)
            prompts[position] = prompt = active_prompt(agent.name, agent.system_prompt)
            runs[position] = Run(
                conversation_id=request.conversation.pk,
                agent_name=agent.name,
                prompt_version=prompt.version,
                trigger_message=messages[position],
                status=Run.Status.RUNNING,
                lease_owner=request.owner,
                lease_expires_at=lease_expiry(),
            )
        Run.objects.bulk_create(list(runs.values()))
        histories = histories_before(
            [(r.conversation.pk, m.pk) for r, m in zip(requests, messages, strict=True)]
        )
    intakes = []
    for position, (request, message) in enumerate(zip(requests, messages, strict=True)):
        holder = holders[request.conversation.pk]
        run = runs.get(position)
        if run is None:
            intakes.append(Intake(message=message, run=None, loaded=None, held_by=holder))
            continue
        # Built from what this transaction just wrote rather than read back (`load_run`): a new
        # run has no steps and no approvals.
        loaded = LoadedRun(
            run_id=run.pk,
            conversation_id=request.conversation.pk,
            customer_ref=request.conversation.customer_ref,
            agent_name=run.agent_name,
            prompt_version=run.prompt_version,
            system_prompt=prompts[position].text,
            history=histories[position],
            trigger_text=request.text,
            steps=[],
        )
        memory_for(loaded, through_message_id=message.pk, first_history_id=histories[position].first_id)
        intakes.append(Intake(message=message, run=run, loaded=loaded, held_by=holder))
    return intakes


SORRY = (
    "Sorry, something went wrong on our side. Your message is saved, and we will answer it as soon as we can."
)


async def execute_claimed_run(intake: Intake, listener=None) -> RunOutcome | None:
    """Run the turn. Never raises: the customer's message is stored before this, so a failure
    here (even the database going away mid-run) is answered with an apology, and the run is left
    for `resume_runs` to finish once its lease runs out."""
    executor = Executor(DjangoRunStore(), listener=listener)
    try:
        return await executor.execute(intake.run.pk, loaded=intake.loaded)
    except Exception:
        logger.exception("run %s could not be executed", intake.run.pk)
        return RunOutcome(intake.run.pk, Run.Status.RUNNING, SORRY, error_code="runtime_unavailable")


def resume_run(run_id: Any) -> RunOutcome | None:
    """Claim and continue a run (pending, or running under an expired lease). Safe to call twice:
    the second caller finds nothing to claim."""
    return async_to_sync(Executor(DjangoRunStore()).execute)(run_id)


def stale_run_ids(limit: int = 100) -> list[Any]:
    now = timezone.now()
    running_dead = Run.objects.filter(status=Run.Status.RUNNING, lease_expires_at__lt=now)
    pending = Run.objects.filter(status=Run.Status.PENDING)
    return list((running_dead | pending).order_by("created_at").values_list("id", flat=True)[:limit])


# --- Approvals ------------------------------------------------------------------------------


class DecisionConflict(InputError):
    def __init__(self, approval: ApprovalRequest) -> None:
        super().__init__(
            f"this approval was already {approval.status}"
            + (f" by {approval.decided_by}" if approval.decided_by else ""),
            code="already_decided",
            status=409,
        )
        self.approval = approval


def access_approval(approval_id: Any, api_key: ApiKey) -> ApprovalRequest:
    if not api_key.is_staff:
        raise InputError("deciding approvals needs a staff key", code="forbidden", status=403)
    approval = ApprovalRequest.objects.filter(pk=approval_id).first()
    if approval is None:
        raise InputError("approval not found", code="not_found", status=404)
    return approval


def do_decide_approval(
    approval: ApprovalRequest, *, approve: bool, decided_by: str, reason: str = ""
) -> ApprovalRequest:
    """Record a decision exactly once. Two decisions racing: the conditional UPDATE lets one row
    change; the loser gets DecisionConflict. The execution is queued after the commit."""
    if len(reason) > 2000:
        raise InputError("reason must be at most 2000 characters")
    if not approve and not reason.strip():
        raise InputError("a rejection needs a reason the agent can tell the customer")
    new_status = ApprovalRequest.Status.APPROVED if approve else ApprovalRequest.Status.REJECTED
    with transaction.atomic():
        changed = ApprovalRequest.objects.filter(
            pk=approval.pk, status=ApprovalRequest.Status.PENDING
        ).update(
            status=new_status,
            decided_by=decided_by[:150],
            decision_reason=reason.strip(),
            decided_at=timezone.now(),
        )
        if changed != 1:
            approval.refresh_from_db()
            raise DecisionConflict(approval)
        from agents.tasks import carry_out_decision

        approval_id = str(approval.pk)
        transaction.on_commit(lambda: carry_out_decision.delay(approval_id))
    approval.refresh_from_db()
    return approval


def do_carry_out_decision(approval_id: Any) -> RunOutcome | None:
    """Execute an approved call once (or record a rejection), write its result as the run's next
    step, and resume the run. Safe to run twice: the execution claim is a conditional UPDATE on
    `executed_at`, so the second caller finds nothing to do."""
    claimed = ApprovalRequest.objects.filter(
        pk=approval_id,
        status__in=[ApprovalRequest.Status.APPROVED, ApprovalRequest.Status.REJECTED],
        executed_at__isnull=True,
    ).update(executed_at=timezone.now())
    if claimed != 1:
        return None
    approval = ApprovalRequest.objects.select_related("run", "run__conversation").get(pk=approval_id)
    run = approval.run
    if approval.status == ApprovalRequest.Status.APPROVED:
        # The tool belongs to the agent that asked for it: the executor a desk routed to, if any.
        tool = get_agent(run.executor_name or run.agent_name).tool(approval.tool_name)
        ctx = ToolContext(
            run_id=str(run.pk),
            conversation_id=str(run.conversation_id),
            customer_ref=run.conversation.customer_ref,
            tool_call_id=approval.tool_call_id,
            idempotency_key=str(approval.pk),  # the approval itself is the once-only key
        )
        # Exactly the frozen arguments, never the model's latest idea.
        outcome = async_to_sync(execute_tool)(tool, approval.arguments, ctx)
        result, is_error = outcome.result, outcome.is_error
        final_status = ApprovalRequest.Status.FAILED if is_error else ApprovalRequest.Status.EXECUTED
    else:
        result = {
            "code": "approval_rejected",
            "retryable": False,
            "message": f"A manager declined this action: {approval.decision_reason}",
        }
        is_error, final_status = True, ApprovalRequest.Status.REJECTED
    with transaction.atomic():
        ApprovalRequest.objects.filter(pk=approval.pk).update(status=final_status, result=result)
        run_row = Run.objects.select_for_update().get(pk=run.pk)
        RunStep.objects.create(
            run=run_row,
            index=run_row.step_count,
            kind=RunStep.Kind.APPROVAL,
            payload={
                "tool_call_id": approval.tool_call_id,
                "name": approval.tool_name,
                "result": result,
                "is_error": is_error,
                "approval_id": str(approval.pk),
            },
        )
        Run.objects.filter(pk=run.pk).update(step_count=F("step_count") + 1, status=Run.Status.PENDING)
    return resume_run(run.pk)
