"""State changes of the runtime. Views, API endpoints, consumers and tasks call one action each.

Naming (Zulip): `access_*` fetches and checks permission, `check_*` validates, `do_*` writes.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from agents import events, roles
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
from agents.executor import WORKER_ID, Executor, RunOutcome, arguments_hash
from agents.group_commit import group_commit, write_each_alone
from agents.guards.redaction import ConversationVault, redact_value
from agents.guards.untrusted import ScreenedResult, screen_result
from agents.models import ApiKey, ApprovalRequest, Conversation, Message, Run, RunStep
from agents.tools.base import ToolContext
from agents.tools.execution import execute_tool
from tracing.recording import Record, ToolCallRecord, record_audit, write_records

logger = logging.getLogger(__name__)

# --- API keys -------------------------------------------------------------------------------

KEY_PREFIX = "hr_"


def hash_key(raw_key: str) -> str:
    # Keys are 32 random bytes: a plain SHA-256 is enough (no dictionary to attack), and it keeps
    # the per-request check cheap.
    return hashlib.sha256(raw_key.encode()).hexdigest()


def do_create_api_key(name: str, *, is_staff: bool = False, user: Any = None) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the raw key, which is never stored and shown only once.

    `user`: the person a staff key acts for (what it may decide is what their role allows)."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("a key name of 1-100 characters is required")
    if user is not None and not is_staff:
        raise InputError("only a staff key acts for a person")
    prefix = secrets.token_hex(4)
    raw_key = f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(
        name=name, prefix=prefix, key_hash=hash_key(raw_key), is_staff=is_staff, user=user
    )
    return key, raw_key


def access_api_key(raw_key: str) -> ApiKey | None:
    if not raw_key.startswith(KEY_PREFIX) or raw_key.count("_") < 2 or len(raw_key) > 200:
        return None
    prefix = raw_key[len(KEY_PREFIX) :].split("_", 1)[0]
    key = ApiKey.objects.select_related("user").filter(prefix=prefix, revoked_at__isnull=True).first()
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
        conversations = {
            pk: (holder, note, reason)
            for pk, holder, note, reason in Conversation.objects.select_for_update()
            .filter(pk__in=conversation_ids)
            .order_by("pk")
            .values_list("pk", "holder", "handback_note", "handback_reason")
        }
        holders = {pk: values[0] for pk, values in conversations.items()}
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
        held: dict[Any, list[int]] = {}
        for position, request in enumerate(requests):
            if position not in runs:
                held.setdefault(request.conversation.pk, []).append(messages[position].pk)
        for conversation_id, message_ids in held.items():
            events.customer_wrote_to_person(conversation_id, message_ids)
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
            handback_note=conversations[request.conversation.pk][1],
            handback_reason=conversations[request.conversation.pk][2],
            created_at=run.created_at,
            trigger_message_id=message.pk,
        )
        memory_for(loaded, through_message_id=message.pk, first_history_id=histories[position].first_id)
        intakes.append(Intake(message=message, run=run, loaded=loaded, held_by=holder))
    return intakes


def _decision_spans(approval: Any, step_index: int, final_status: str, executed: Any, result: Any) -> list:
    """The trace's record of a decided approval: who decided, how long it waited, and the call that ran."""
    from tracing.spans import Trace, started_before

    trace = Trace(approval.run_id)
    decided_at = approval.decided_at or timezone.now()
    waited_ms = max((decided_at - approval.created_at).total_seconds() * 1000, 0.0)
    refused = final_status not in (ApprovalRequest.Status.EXECUTED,)
    decision = trace.add(
        "approval",
        f"approval {final_status} · {approval.tool_name}",
        started_at=approval.created_at,
        duration_ms=waited_ms,
        step_index=step_index,
        status="error" if final_status == ApprovalRequest.Status.FAILED else "ok",
        error_code=str(result.get("code", "")) if refused and isinstance(result, dict) else "",
        approval_id=str(approval.pk),
        tool_call_id=approval.tool_call_id,
        tool=approval.tool_name,
        decision=str(final_status),
        decided_by=[name for name in (approval.first_approved_by, approval.decided_by) if name],
        edited_by=approval.edited_by,
        reason=(approval.decision_reason or "")[:300],
    )
    if executed is not None and decision is not None:
        trace.add(
            "tool",
            approval.tool_name,
            started_at=started_before(executed.duration_ms),
            duration_ms=executed.duration_ms,
            parent=decision.span_id,
            step_index=step_index,
            status="error" if executed.is_error else "ok",
            error_code=executed.error_code,
            tool_call_id=approval.tool_call_id,
            tool=approval.tool_name,
            attempts=executed.attempts,
            approved=True,
        )
    return trace.drain()


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
    the second caller finds nothing to claim.

    What the run says is pushed to the conversation's open sockets: a resumed run has no customer
    socket of its own (an approval's outcome, a run finished after a crash)."""
    conversation_id, last_seen = (
        Run.objects.filter(pk=run_id)
        .annotate(last_message=Max("conversation__messages__id"))
        .values_list("conversation_id", "last_message")
        .first()
    ) or (None, None)
    outcome = async_to_sync(Executor(DjangoRunStore()).execute)(run_id)
    if conversation_id is not None:
        new_ids = list(
            Message.objects.filter(conversation_id=conversation_id, id__gt=last_seen or 0)
            .order_by("id")
            .values_list("id", flat=True)
        )
        events.conversation_messages(conversation_id, new_ids)
    return outcome


def stale_run_ids(limit: int = 100) -> list[Any]:
    now = timezone.now()
    running_dead = Run.objects.filter(status=Run.Status.RUNNING, lease_expires_at__lt=now)
    pending = Run.objects.filter(status=Run.Status.PENDING)
    return list((running_dead | pending).order_by("created_at").values_list("id", flat=True)[:limit])


# --- Approvals ------------------------------------------------------------------------------


class DecisionConflict(InputError):
    """The approval moved on before this decision: decided, expired, or its arguments were edited."""

    def __init__(self, approval: ApprovalRequest, message: str = "") -> None:
        if not message:
            message = f"this approval was already {approval.status}" + (
                f" by {approval.decided_by}" if approval.decided_by else ""
            )
        super().__init__(message, code="already_decided", status=409)
        self.approval = approval


def access_approval(approval_id: Any, api_key: ApiKey) -> ApprovalRequest:
    """An approval an API key may decide: the key must act for a person whose role decides approvals."""
    if not api_key.is_staff or api_key.user is None:
        raise InputError(
            "deciding approvals needs a staff key of a person with the manager role",
            code="forbidden",
            status=403,
        )
    roles.require(api_key.user, roles.Capability.DECIDE_APPROVALS)
    return access_approval_for(approval_id, api_key.user)


def access_approval_for(approval_id: Any, user: Any) -> ApprovalRequest:
    roles.require(user, roles.Capability.VIEW_CONSOLE)
    approval = ApprovalRequest.objects.select_related("run").filter(pk=approval_id).first()
    if approval is None:
        raise InputError("approval not found", code="not_found", status=404)
    if (
        approval.status == ApprovalRequest.Status.PENDING
        and approval.expires_at
        and approval.expires_at <= timezone.now()
    ):
        # Without Celery beat (the embedded demo) an approval expires when someone next looks at it.
        expire_approvals()
        approval.refresh_from_db()
    return approval


def check_edited_arguments(approval: ApprovalRequest, edited: Any) -> dict[str, Any]:
    """The manager's edit, validated by the tool's own argument schema (a refund amount stays a positive
    amount in cents, an e-mail an e-mail)."""
    if not isinstance(edited, dict):
        raise InputError("edited arguments must be an object of the tool's arguments")
    tool = _approval_tool(approval)
    # Refused, not dropped (the schema ignores unknown keys): a misspelt "amout" would otherwise leave
    # the agent's amount to run under the manager's name.
    unknown = sorted(str(key) for key in edited if key not in tool.args_model.model_fields)
    if unknown:
        raise InputError(
            f"the edited arguments are not valid for {approval.tool_name}: "
            f"it has no argument {', '.join(unknown)}"[:1000]
        )
    try:
        return tool.args_model.model_validate(edited).model_dump(mode="json")
    except Exception as exc:
        raise InputError(
            f"the edited arguments are not valid for {approval.tool_name}: {exc}"[:1000]
        ) from None


def _approval_tool(approval: ApprovalRequest):
    run = approval.run
    tool = get_agent(run.executor_name or run.agent_name).tool(approval.tool_name)
    if tool is None:
        raise InputError(
            f"the tool {approval.tool_name} is no longer declared", code="tool_missing", status=409
        )
    return tool


def _approval_ctx(approval: ApprovalRequest) -> ToolContext:
    run = approval.run
    return ToolContext(
        run_id=str(run.pk),
        conversation_id=str(run.conversation_id),
        customer_ref=Conversation.objects.values_list("customer_ref", flat=True).get(pk=run.conversation_id),
        tool_call_id=approval.tool_call_id,
        idempotency_key=str(approval.pk),  # the approval itself is the once-only key
    )


def _required_approvals(amount: Decimal | None) -> int:
    above = settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE
    return 2 if above and amount is not None and amount > above else 1


def _approval_state(approval: ApprovalRequest) -> dict[str, Any]:
    return {
        "status": approval.status,
        "arguments": approval.arguments_to_run,
        "first_approved_by": approval.first_approved_by,
        "required_approvals": approval.required_approvals,
    }


def do_decide_approval(
    approval: ApprovalRequest,
    *,
    actor: Any,
    approve: bool,
    reason: str = "",
    edited_arguments: Any = None,
    seen_arguments_hash: str = "",
) -> ApprovalRequest:
    """Approve, reject, or edit-then-approve, exactly once.

    Every decision is a conditional UPDATE on a still-pending, unexpired row whose arguments are the
    ones the manager saw (`seen_arguments_hash`, when given): of two decisions racing, one changes the
    row and the other gets DecisionConflict; a manager never approves arguments someone else just
    edited. Above the two-person amount the first approval is recorded and the request stays pending
    for a second, different manager. The execution is queued after the commit."""
    roles.require(actor, roles.Capability.DECIDE_APPROVALS)
    actor_name = actor.get_username()
    reason = reason.strip() if isinstance(reason, str) else ""
    if len(reason) > 2000:
        raise InputError("reason must be at most 2000 characters")
    if not approve and not reason:
        raise InputError("a rejection needs a reason the agent can tell the customer")
    if not approve and edited_arguments is not None:
        raise InputError("edit the arguments when approving; a rejection runs nothing")
    now = timezone.now()
    changes: dict[str, Any] = {}
    amount = approval.amount
    if edited_arguments is not None:
        edited = check_edited_arguments(approval, edited_arguments)
        if edited != approval.arguments_to_run:
            if not reason:
                raise InputError("say why you changed the arguments: the reason is recorded with the edit")
            tool = _approval_tool(approval)
            description, amount = tool.approval_summary(edited, _approval_ctx(approval))
            changes.update(
                approved_arguments=edited,
                approved_arguments_hash=arguments_hash(approval.tool_name, edited),
                edit_reason=reason,
                edited_by=actor_name,
                description=description,
                amount=amount,
                # An edit is approved by whoever made it; a second approval (if the amount needs one)
                # must then be of the edited arguments.
                required_approvals=max(_required_approvals(amount), approval.required_approvals),
                first_approved_by="",
                first_approved_at=None,
            )
    pending = ApprovalRequest.objects.filter(pk=approval.pk, status=ApprovalRequest.Status.PENDING).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )
    if seen_arguments_hash:
        pending = pending.filter(approved_arguments_hash=seen_arguments_hash)
    required = changes.get("required_approvals", approval.required_approvals)
    first_by = changes.get("first_approved_by", approval.first_approved_by)
    if approve and required > 1 and not first_by:
        # The first of two: recorded, still pending.
        changes.update(first_approved_by=actor_name, first_approved_at=now)
        action = "edit_and_approve_first" if "approved_arguments" in changes else "approve_first"
        pending = pending.filter(first_approved_by=approval.first_approved_by)
    else:
        if approve and required > 1 and first_by == actor_name:
            raise InputError(
                "you approved this already; a second manager must approve amounts this large",
                code="same_approver",
                status=409,
            )
        if approve and required > 1:
            pending = pending.filter(first_approved_by=first_by)
        changes.update(
            status=ApprovalRequest.Status.APPROVED if approve else ApprovalRequest.Status.REJECTED,
            decided_by=actor_name,
            decision_reason=reason,
            decided_at=now,
        )
        action = (
            ("edit_and_approve" if "approved_arguments" in changes else "approve") if approve else "reject"
        )
    before = _approval_state(approval)
    with transaction.atomic():
        changed = pending.update(**changes)
        if changed == 1:
            approval.refresh_from_db()
            record_audit(
                actor,
                action,
                "approval",
                approval.pk,
                before=before,
                after={**_approval_state(approval), "reason": reason},
            )
            events.inbox_changed(
                "approval", approval.pk, conversation_id=approval.run.conversation_id, change=action
            )
            if approval.status != ApprovalRequest.Status.PENDING:
                _queue_carry_out(approval.pk)
    if changed == 1:
        return approval
    # Nothing changed: say why. One found past its time is expired here, after the decision's
    # transaction (a raise inside it would roll the expiry back), so the customer is told now.
    approval.refresh_from_db()
    if (
        approval.status == ApprovalRequest.Status.PENDING
        and approval.expires_at
        and approval.expires_at <= now
    ):
        expire_approvals()
        approval.refresh_from_db()
        raise DecisionConflict(approval, "this approval expired before the decision")
    if approval.status == ApprovalRequest.Status.PENDING:
        raise DecisionConflict(
            approval,
            "this approval changed while you were looking at it (edited or approved by "
            "someone else); review it again",
        )
    raise DecisionConflict(approval)


def _queue_carry_out(approval_id: Any) -> None:
    from agents.tasks import carry_out_decision

    approval_id = str(approval_id)
    transaction.on_commit(lambda: carry_out_decision.delay(approval_id))


def expire_approvals(now: Any = None) -> int:
    """Expire every pending approval past its time: the run resumes with the refusal and the customer
    is told. Idempotent; safe from several workers (each row changes once). Returns how many expired."""
    now = now or timezone.now()
    due = list(
        ApprovalRequest.objects.filter(
            status=ApprovalRequest.Status.PENDING, expires_at__lte=now
        ).values_list("pk", "run__conversation_id")[:500]
    )
    expired = 0
    for approval_id, conversation_id in due:
        with transaction.atomic():
            changed = ApprovalRequest.objects.filter(
                pk=approval_id, status=ApprovalRequest.Status.PENDING, expires_at__lte=now
            ).update(
                status=ApprovalRequest.Status.EXPIRED,
                decided_by="",
                decision_reason="no manager decided in time",
                decided_at=now,
            )
            if changed != 1:
                continue
            expired += 1
            record_audit(
                None,
                "expire",
                "approval",
                approval_id,
                before={"status": "pending"},
                after={"status": "expired"},
                actor_name="system",
            )
            events.inbox_changed("approval", approval_id, conversation_id=conversation_id, change="expired")
            _queue_carry_out(approval_id)
    return expired


REFUSALS = {
    ApprovalRequest.Status.REJECTED: ("approval_rejected", "A manager declined this action: {reason}"),
    ApprovalRequest.Status.EXPIRED: (
        "approval_expired",
        "No manager decided on this action in time, so it was not carried out. Offer to ask again.",
    ),
}


def _approvers_still_may_decide(approval: ApprovalRequest) -> bool:
    from django.contrib.auth import get_user_model

    names = [n for n in (approval.decided_by, approval.first_approved_by) if n]
    if not names:
        return False
    people = {u.get_username(): u for u in get_user_model().objects.filter(username__in=names)}
    return all(roles.can(people.get(name), roles.Capability.DECIDE_APPROVALS) for name in names)


def do_carry_out_decision(approval_id: Any) -> RunOutcome | None:
    """Execute an approved call once (or record a rejection or expiry), write its result as the run's
    next step, and resume the run. Safe to run twice: the execution claim is a conditional UPDATE on
    `executed_at`, so the second caller finds nothing to do."""
    claimed = ApprovalRequest.objects.filter(
        pk=approval_id,
        status__in=[
            ApprovalRequest.Status.APPROVED,
            ApprovalRequest.Status.REJECTED,
            ApprovalRequest.Status.EXPIRED,
        ],
        executed_at__isnull=True,
    ).update(executed_at=timezone.now())
    if claimed != 1:
        return None
    approval = ApprovalRequest.objects.select_related("run", "run__conversation").get(pk=approval_id)
    run = approval.run
    if approval.status == ApprovalRequest.Status.APPROVED and not _approvers_still_may_decide(approval):
        # Checked again here, in the task, not only where the decision was taken: a row approved by
        # someone without the role (a forged write, a role taken away before the worker ran) runs nothing.
        logger.warning("approval %s: an approver lacks the manager role now; not executed", approval.pk)
        ApprovalRequest.objects.filter(pk=approval.pk).update(
            status=ApprovalRequest.Status.REJECTED,
            decision_reason="the approval was not made by someone who may approve it",
        )
        approval.refresh_from_db()
    screened: ScreenedResult | None = None
    if approval.status == ApprovalRequest.Status.APPROVED:
        # The tool belongs to the agent that asked for it: the executor a desk routed to, if any.
        tool = get_agent(run.executor_name or run.agent_name).tool(approval.tool_name)
        # Exactly the approved arguments (the frozen ones, or the manager's recorded edit), never the
        # model's latest idea.
        outcome = async_to_sync(execute_tool)(tool, approval.arguments_to_run, _approval_ctx(approval))
        # The result is untrusted content like any tool result (it can quote an order's text): what reads
        # as addressed to the assistant is removed before the run resumes with it (agents.guards.untrusted).
        screened = screen_result(approval.tool_name, outcome.result)
        result, is_error = screened.value, outcome.is_error
        executed = outcome
        final_status = ApprovalRequest.Status.FAILED if is_error else ApprovalRequest.Status.EXECUTED
        if not is_error and approval.was_edited and isinstance(result, dict):
            # The model must not tell the customer the amount it asked for when a manager changed it.
            result = {
                **result,
                "note": f"A manager changed the request before approving it: {approval.edit_reason}",
            }
    else:
        executed = None
        code, message = REFUSALS[approval.status]
        result = {
            "code": code,
            "retryable": False,
            "message": message.format(reason=approval.decision_reason),
        }
        is_error, final_status = True, approval.status
    with transaction.atomic():
        ApprovalRequest.objects.filter(pk=approval.pk).update(status=final_status, result=result)
        run_row = Run.objects.select_for_update().get(pk=run.pk)
        if executed is not None:
            # The executed call is in the trace like any other tool call, with the arguments that ran; as
            # the executor records tool calls, with personal data as placeholders when the conversation's
            # agent redacts (the tool itself ran with the real values).
            guard = get_agent(run.agent_name).guard
            vault = ConversationVault() if guard.enabled and guard.redact_pii else None
            ran_with = approval.arguments_to_run
            records: list[Record] = [
                ToolCallRecord(
                    step_index=run_row.step_count,
                    tool_call_id=approval.tool_call_id,
                    tool_name=approval.tool_name,
                    arguments=redact_value(ran_with, vault) if vault is not None else ran_with,
                    result=redact_value(result, vault) if vault is not None else result,
                    error_code=executed.error_code,
                    attempts=executed.attempts,
                    duration_ms=executed.duration_ms,
                    truncated=executed.truncated,
                    created_at=timezone.now(),
                )
            ]
            if screened is not None and screened.neutralised:
                records.append(
                    screened.verdict_record(
                        step_index=run_row.step_count,
                        source=f"tool:{approval.tool_name}",
                        created_at=timezone.now(),
                    )
                )
            write_records([(run.pk, records)])
        spans = _decision_spans(approval, run_row.step_count, final_status, executed, result)
        write_records([(run.pk, spans)])
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
        events.inbox_changed(
            "approval", approval.pk, conversation_id=run.conversation_id, change=final_status
        )
    return resume_run(run.pk)
