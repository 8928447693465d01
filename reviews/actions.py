"""What people do with escalations: claim, reply, note, hand back, resolve. One call per view, API
endpoint or socket frame; each checks the role, changes state with a conditional UPDATE (two people
clicking at once: one wins), writes the audit entry in the same transaction and sends the live events
after the commit.

Ownership of a conversation is `Conversation.holder`, one column: `human_queue` from the escalation's
commit (the bot is silent), `human` from a claim, `bot` again after a hand-back or resolve.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from agents import events, roles
from agents.actions import check_message_text
from agents.errors import InputError
from agents.models import Conversation, Escalation, Message
from reviews.models import CannedReply, InternalNote
from tracing.recording import record_audit, write_records
from tracing.spans import Trace

NOTE_MAX_CHARS = 4000
HANDED_BACK_NOTICE = "You're chatting with our assistant again. Write here any time if you need more help."
RESOLVED_NOTICE = "This conversation was marked as resolved. If you need anything else, just write here."


class EscalationConflict(InputError):
    """Someone else moved the escalation first (claimed it, handed it back, resolved it)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="conflict", status=409)


def access_escalation(escalation_id: Any, user: Any) -> Escalation:
    roles.require(user, roles.Capability.VIEW_CONSOLE)
    try:
        escalation = (
            Escalation.objects.select_related("conversation", "assignee", "run")
            .filter(pk=int(escalation_id))
            .first()
        )
    except (TypeError, ValueError):
        escalation = None
    if escalation is None:
        raise InputError("escalation not found", code="not_found", status=404)
    return escalation


def _holder_name(escalation: Escalation) -> str:
    return roles.display_name(escalation.assignee) if escalation.assignee else "someone"


def _conflict_for(escalation: Escalation) -> EscalationConflict:
    escalation.refresh_from_db()
    if escalation.status == Escalation.Status.CLAIMED:
        return EscalationConflict(f"{_holder_name(escalation)} has already claimed this conversation")
    return EscalationConflict(f"this escalation is already {escalation.get_status_display().lower()}")


def _state(escalation: Escalation) -> dict[str, Any]:
    return {
        "status": escalation.status,
        "assignee": escalation.assignee.get_username() if escalation.assignee else None,
    }


def _trace_human(escalation: Escalation, user: Any, action: str, **attributes: Any) -> None:
    """A person's action as a span of the run that handed the conversation over, written in the action's
    transaction: the trace goes on past the bot (who claimed it after how long, replied, handed it back).
    A claim's span lasts from the handover to the claim: the customer's wait for a person."""
    if escalation.run_id is None:
        return
    now = timezone.now()
    started = escalation.created_at if action == "claim" and escalation.created_at else now
    trace = Trace(escalation.run_id)
    trace.add(
        "human",
        f"{action.replace('_', ' ')} · {roles.display_name(user)}",
        started_at=started,
        duration_ms=max((now - started).total_seconds() * 1000, 0.0),
        status="ok",
        action=action,
        actor=user.get_username(),
        escalation_id=escalation.pk,
        **attributes,
    )
    spans = trace.drain()
    if spans:
        write_records([(escalation.run_id, spans)])


def do_claim_escalation(escalation: Escalation, user: Any) -> Escalation:
    """Take the conversation over. Of two people claiming at once, exactly one wins; the other is told
    who has it."""
    roles.require(user, roles.Capability.HANDLE_ESCALATIONS)
    before = _state(escalation)
    with transaction.atomic():
        changed = Escalation.objects.filter(pk=escalation.pk, status=Escalation.Status.OPEN).update(
            status=Escalation.Status.CLAIMED, assignee=user, claimed_at=timezone.now()
        )
        if changed != 1:
            raise _conflict_for(escalation)
        Conversation.objects.filter(pk=escalation.conversation_id).update(holder=Conversation.Holder.HUMAN)
        escalation.refresh_from_db()
        record_audit(user, "claim", "escalation", escalation.pk, before=before, after=_state(escalation))
        _trace_human(escalation, user, "claim")
        events.inbox_changed(
            "escalation", escalation.pk, conversation_id=escalation.conversation_id, change="claimed"
        )
        events.conversation_changed(escalation.conversation_id, "holder")
    return escalation


def _require_assignee(escalation: Escalation, user: Any, doing: str) -> None:
    if escalation.status == Escalation.Status.OPEN:
        raise EscalationConflict(f"claim this conversation before you {doing}")
    if escalation.status != Escalation.Status.CLAIMED:
        raise EscalationConflict(f"this escalation is {escalation.get_status_display().lower()}")
    if escalation.assignee_id != user.pk:
        raise roles.Forbidden(f"{_holder_name(escalation)} has this conversation; only they can {doing}")


def do_send_human_reply(escalation: Escalation, user: Any, text: Any) -> Message:
    """A reply the customer sees in their chat, under the person's display name."""
    roles.require(user, roles.Capability.HANDLE_ESCALATIONS)
    text = check_message_text(text)
    with transaction.atomic():
        # Locked: a hand-back committing at the same moment must not let a reply slip in after it.
        # `of=self`: PostgreSQL cannot lock the nullable side of the outer join to the assignee.
        escalation = (
            Escalation.objects.select_for_update(of=("self",))
            .select_related("assignee")
            .get(pk=escalation.pk)
        )
        _require_assignee(escalation, user, "reply")
        message = Message.objects.create(
            conversation_id=escalation.conversation_id,
            role=Message.Role.HUMAN_AGENT,
            text=text,
            author=user,
            author_name=roles.display_name(user),
        )
        record_audit(
            user, "reply", "escalation", escalation.pk, after={"message_id": message.pk, "text": text}
        )
        _trace_human(escalation, user, "reply", message_id=message.pk)
        events.conversation_messages(escalation.conversation_id, [message.pk])
    return message


def do_add_note(escalation: Escalation, user: Any, text: Any) -> InternalNote:
    """A note for colleagues; the customer never sees it."""
    roles.require(user, roles.Capability.HANDLE_ESCALATIONS)
    text = _check_note(text, required=True)
    with transaction.atomic():
        note = InternalNote.objects.create(
            escalation=escalation, author=user, author_name=roles.display_name(user), text=text
        )
        record_audit(user, "note", "escalation", escalation.pk, after={"note_id": note.pk, "text": text})
        _trace_human(escalation, user, "note", note_id=note.pk)
        events.conversation_changed(escalation.conversation_id, "notes")
    return note


def _check_note(text: Any, *, required: bool) -> str:
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InputError("a note must be text")
    text = text.replace("\x00", "").strip()
    if required and not text:
        raise InputError("the note is empty")
    if len(text) > NOTE_MAX_CHARS:
        raise InputError(f"a note must be at most {NOTE_MAX_CHARS} characters")
    return text


def do_hand_back(escalation: Escalation, user: Any, note: Any = "") -> Escalation:
    """Give the conversation back to the bot. The note is pinned in the bot's context; the reason the
    conversation came to a person does not escalate it again (see Conversation.handback_reason)."""
    roles.require(user, roles.Capability.HANDLE_ESCALATIONS)
    note = _check_note(note, required=False)
    return _close(escalation, user, Escalation.Status.HANDED_BACK, note, HANDED_BACK_NOTICE, "hand_back")


def do_resolve_escalation(escalation: Escalation, user: Any, note: Any = "") -> Escalation:
    """The person solved it: the escalation closes and a new message from the customer goes to the bot
    (which does not re-escalate for the same reason straight away: no loop on a reopened chat)."""
    roles.require(user, roles.Capability.HANDLE_ESCALATIONS)
    note = _check_note(note, required=False)
    return _close(escalation, user, Escalation.Status.RESOLVED, note, RESOLVED_NOTICE, "resolve")


def _close(escalation: Escalation, user: Any, status: str, note: str, notice: str, action: str) -> Escalation:
    with transaction.atomic():
        locked = (
            Escalation.objects.select_for_update(of=("self",))
            .select_related("assignee")
            .get(pk=escalation.pk)
        )
        # From the locked row, not the caller's copy: it may have been read before a claim.
        before = _state(locked)
        if locked.status == Escalation.Status.CLAIMED and locked.assignee_id != user.pk:
            raise roles.Forbidden(f"{_holder_name(locked)} has this conversation; only they can close it")
        if locked.status not in (Escalation.Status.OPEN, Escalation.Status.CLAIMED):
            raise EscalationConflict(f"this escalation is already {locked.get_status_display().lower()}")
        Escalation.objects.filter(pk=locked.pk).update(
            status=status,
            closed_at=timezone.now(),
            handback_note=note,
            assignee=locked.assignee or user,
        )
        Conversation.objects.filter(pk=locked.conversation_id).update(
            holder=Conversation.Holder.BOT,
            handback_note=note if status == Escalation.Status.HANDED_BACK else "",
            handback_reason=locked.reason_code,
        )
        message = Message.objects.create(
            conversation_id=locked.conversation_id, role=Message.Role.SYSTEM, text=notice
        )
        escalation.refresh_from_db()
        record_audit(
            user,
            action,
            "escalation",
            escalation.pk,
            before=before,
            after={**_state(escalation), "note": note},
        )
        _trace_human(escalation, user, action, status_after=status)
        events.inbox_changed(
            "escalation", escalation.pk, conversation_id=escalation.conversation_id, change=action
        )
        events.conversation_messages(escalation.conversation_id, [message.pk])
        events.conversation_changed(escalation.conversation_id, "holder")
    return escalation


def canned_replies() -> list[CannedReply]:
    return list(CannedReply.objects.all())


# --- Staff users ----------------------------------------------------------------------------------


def do_create_staff_user(username: str, role: roles.Role, *, password: str, first_name: str = "") -> Any:
    """Create (or update) a staff user with exactly one role. Idempotent: the demo runs it each start."""
    from django.contrib.auth.models import Group

    roles.ensure_roles()
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=username, defaults={"first_name": first_name})
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
    user.is_staff = role == roles.Role.ADMIN  # Django's admin site: admins only
    user.save(update_fields=["is_staff"])
    user.groups.set([Group.objects.get(name=role.value)])
    return user
