"""What each console page shows, read in a fixed number of queries whatever the page's length.

Views call one function here for a page (or a part of one that htmx refreshes) and render the result;
wording and formatting are in `presenters`, the inbox's selection rules in `reviews.queries`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from agents import roles
from agents.definitions import get_agent
from agents.errors import HandrailError
from agents.models import ApprovalRequest, Escalation, Message, RunStep
from agents.tools.base import Tool
from console.operator import presence, presenters
from console.operator.forms import ArgumentsForm
from reviews import queries as inbox_queries
from reviews.actions import canned_replies
from reviews.models import InternalNote
from tracing.models import AuditEntry

# Rows per inbox section: more than a shift clears; past it the page says how many are not shown.
INBOX_LIMIT = 200
# The newest messages of a conversation shown in its view (older ones: the chat's own history).
TRANSCRIPT_LIMIT = 300
# Messages quoted on an approval: enough to see what the customer asked and what the bot said.
EXCERPT_MESSAGES = 8
AUDIT_PAGE_SIZE = 50


def sla_seconds() -> int:
    return settings.HANDRAIL_ESCALATION_SLA_SECONDS


# --- the inbox ------------------------------------------------------------------------------------


@dataclass
class EscalationRow:
    escalation: Escalation
    customer: str
    reason: str
    detail: str
    summary: str
    # The customer wrote last: somebody owes them an answer (since `waiting_since`).
    waiting_since: datetime | None
    last_text: str
    viewers: list[dict] = field(default_factory=list)


@dataclass
class ApprovalRow:
    approval: ApprovalRequest
    customer: str
    viewers: list[dict] = field(default_factory=list)


def inbox(user: Any, filters: dict[str, str]) -> dict[str, Any]:
    kind = filters.get("kind", "")
    escalation_rows: list[EscalationRow] = []
    approval_rows: list[ApprovalRow] = []
    if kind in ("", "escalations"):
        found = inbox_queries.inbox_escalations(
            status=filters.get("status", ""),
            reason=filters.get("reason", ""),
            assigned=filters.get("assigned", ""),
            user=user,
            search=filters.get("q", ""),
        )[: INBOX_LIMIT + 1]
        for e in found:
            waiting = e.last_role == Message.Role.CUSTOMER
            escalation_rows.append(
                EscalationRow(
                    escalation=e,
                    customer=e.conversation.customer_ref or "—",
                    reason=presenters.reason_label(e.reason_code),
                    detail=presenters.reason_detail(e.reason_code, e.reason_detail),
                    summary=presenters.first_line(e.summary),
                    waiting_since=e.last_at if waiting else None,
                    last_text=" ".join((e.last_text or "").split()) if waiting else "",
                )
            )
    if kind in ("", "approvals"):
        for a in inbox_queries.pending_approvals(search=filters.get("q", ""))[: INBOX_LIMIT + 1]:
            approval_rows.append(ApprovalRow(approval=a, customer=a.run.conversation.customer_ref or "—"))
    viewers = presence.viewers_of(
        list(
            dict.fromkeys(
                [r.escalation.conversation_id for r in escalation_rows]
                + [r.approval.run.conversation_id for r in approval_rows]
            )
        )
    )
    for row in escalation_rows:
        row.viewers = viewers.get(str(row.escalation.conversation_id), [])
    for row in approval_rows:
        row.viewers = viewers.get(str(row.approval.run.conversation_id), [])
    return {
        "escalation_rows": escalation_rows[:INBOX_LIMIT],
        "approval_rows": approval_rows[:INBOX_LIMIT],
        "escalations_truncated": len(escalation_rows) > INBOX_LIMIT,
        "approvals_truncated": len(approval_rows) > INBOX_LIMIT,
        "waiting_count": inbox_queries.waiting_count(),
        "filters": filters,
        "filtered": any(filters.get(k) for k in ("status", "reason", "assigned", "q")),
        "sla_seconds": sla_seconds(),
        "sla_label": presenters.duration_label(sla_seconds()),
        "can_handle": roles.can(user, roles.Capability.HANDLE_ESCALATIONS),
        "can_decide": roles.can(user, roles.Capability.DECIDE_APPROVALS),
    }


def waiting_count() -> int:
    return inbox_queries.waiting_count()


# --- an escalated conversation --------------------------------------------------------------------


def _presence(conversation_id: Any, user: Any) -> dict[str, Any]:
    """Who else views the conversation (the person asking is not news to themselves)."""
    viewers = presence.viewers_of([conversation_id]).get(str(conversation_id), [])
    others = [v for v in viewers if v["user_id"] != user.pk]
    return {
        "viewers": others,
        "viewing_text": presenters.viewing_text([v["name"] for v in others]),
        "presence_for": str(conversation_id),
    }


def conversation_header(escalation: Escalation, user: Any) -> dict[str, Any]:
    """The status line and the buttons: what this person may do with the escalation now."""
    can_handle = roles.can(user, roles.Capability.HANDLE_ESCALATIONS)
    claimed_by_me = escalation.status == Escalation.Status.CLAIMED and escalation.assignee_id == user.pk
    newer = (
        Escalation.objects.filter(conversation_id=escalation.conversation_id, pk__gt=escalation.pk)
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    return {
        "escalation": escalation,
        "reason": presenters.reason_label(escalation.reason_code),
        "reason_detail": presenters.reason_detail(escalation.reason_code, escalation.reason_detail),
        "status_label": presenters.escalation_status_label(escalation.status),
        "customer": escalation.conversation.customer_ref or "Customer",
        "assignee_name": roles.display_name(escalation.assignee) if escalation.assignee else "",
        "can_handle": can_handle,
        "can_claim": can_handle and escalation.status == Escalation.Status.OPEN,
        "can_close": can_handle and (escalation.status == Escalation.Status.OPEN or claimed_by_me),
        "claimed_by_me": claimed_by_me,
        "newer_escalation": Escalation(pk=newer) if newer else None,
        **_presence(escalation.conversation_id, user),
        "sla_seconds": sla_seconds(),
    }


def conversation_transcript(escalation: Escalation) -> dict[str, Any]:
    conversation_id = escalation.conversation_id
    newest = list(
        Message.objects.filter(conversation_id=conversation_id).order_by("-id")[: TRANSCRIPT_LIMIT + 1]
    )
    truncated = len(newest) > TRANSCRIPT_LIMIT
    messages = newest[:TRANSCRIPT_LIMIT][::-1]
    notes = list(InternalNote.objects.filter(escalation__conversation_id=conversation_id).order_by("id"))
    escalations = list(
        Escalation.objects.filter(conversation_id=conversation_id).select_related("assignee").order_by("pk")
    )
    if truncated and messages:
        # Notes and moves older than the first message shown would float above it out of context.
        start = messages[0].created_at
        notes = [n for n in notes if n.created_at >= start]
        escalations = [e for e in escalations if e.created_at >= start]
    customer = escalation.conversation.customer_ref
    return {
        "escalation": escalation,
        "items": presenters.transcript(messages, notes, escalations, customer),
        "truncated": truncated,
    }


def conversation_composer(escalation: Escalation, user: Any) -> dict[str, Any]:
    can_handle = roles.can(user, roles.Capability.HANDLE_ESCALATIONS)
    claimed_by_me = escalation.status == Escalation.Status.CLAIMED and escalation.assignee_id == user.pk
    if not can_handle:
        reply_blocked = "Your role can read this conversation but not write in it."
    elif escalation.status == Escalation.Status.OPEN:
        reply_blocked = "Claim the conversation to reply to the customer. Notes are open to everyone."
    elif escalation.status == Escalation.Status.CLAIMED and not claimed_by_me:
        name = roles.display_name(escalation.assignee) if escalation.assignee else "Someone"
        reply_blocked = f"{name} has this conversation. You can leave them an internal note."
    elif escalation.status != Escalation.Status.CLAIMED:
        reply_blocked = "The bot has this conversation again. Internal notes are still possible."
    else:
        reply_blocked = ""
    return {
        "escalation": escalation,
        "can_handle": can_handle,
        "can_reply": can_handle and claimed_by_me,
        "reply_blocked": reply_blocked,
        "canned": [{"shortcut": c.shortcut, "title": c.title, "text": c.text} for c in canned_replies()]
        if can_handle
        else [],
    }


def conversation_context(escalation: Escalation) -> dict[str, Any]:
    """The right-hand side: why it escalated, what the bot thought and tried, the run's steps."""
    run = escalation.run
    steps = list(RunStep.objects.filter(run_id=run.pk).order_by("index")) if run else []
    pending = list(
        ApprovalRequest.objects.filter(
            run__conversation_id=escalation.conversation_id, status=ApprovalRequest.Status.PENDING
        ).order_by("created_at")
    )
    return {
        "summary": presenters.summary_lines(escalation.summary),
        "reasoning": presenters.reasoning_lines(escalation.reasoning),
        "attempts": presenters.attempt_views(escalation.attempted_actions),
        "steps": presenters.step_views(steps),
        "run": run,
        "pending_approvals": pending,
    }


def conversation_page(escalation: Escalation, user: Any) -> dict[str, Any]:
    return {
        **conversation_header(escalation, user),
        **conversation_transcript(escalation),
        **conversation_composer(escalation, user),
        **conversation_context(escalation),
        "watch_conversation": str(escalation.conversation_id),
    }


# --- an approval ------------------------------------------------------------------------------------


def approval_tool(approval: ApprovalRequest) -> Tool | None:
    run = approval.run
    try:
        return get_agent(run.executor_name or run.agent_name).tool(approval.tool_name)
    except HandrailError:  # the agent is no longer registered: the request is shown, not edited
        return None


def approval_is_open(approval: ApprovalRequest) -> bool:
    return approval.status == ApprovalRequest.Status.PENDING and (
        approval.expires_at is None or approval.expires_at > timezone.now()
    )


def approval_decision(
    approval: ApprovalRequest,
    user: Any,
    *,
    edit_form: ArgumentsForm | None = None,
    posted: dict[str, str] | None = None,
    error: str = "",
    notice: str = "",
) -> dict[str, Any]:
    """The decision panel: state, progress of a two-person approval, and the forms (for deciders)."""
    tool = approval_tool(approval)
    schema = tool.args_model.model_json_schema() if tool else None
    can_decide = roles.can(user, roles.Capability.DECIDE_APPROVALS)
    is_open = approval_is_open(approval)
    username = user.get_username()
    if can_decide and is_open and schema is not None and edit_form is None:
        edit_form = ArgumentsForm(schema, approval.arguments_to_run)
    done = 1 if approval.first_approved_by else 0
    return {
        "approval": approval,
        "rows": presenters.argument_rows(approval, schema),
        "can_decide": can_decide,
        "is_open": is_open,
        "expired_unswept": approval.status == ApprovalRequest.Status.PENDING and not is_open,
        "edit_form": edit_form if (can_decide and is_open) else None,
        # The tool's agent is gone (renamed, removed): approve or reject still work, editing cannot.
        "edit_unavailable": can_decide and is_open and schema is None,
        "posted": posted or {},
        "approvals_done": done,
        "approved_first_by_me": bool(approval.first_approved_by) and approval.first_approved_by == username,
        "result": presenters.result_lines(
            approval.result, is_error=approval.status in (ApprovalRequest.Status.FAILED,)
        )
        if approval.result is not None
        else None,
        "error": error,
        "notice": notice,
    }


def approval_page(approval: ApprovalRequest, user: Any) -> dict[str, Any]:
    conversation = approval.run.conversation
    excerpt = list(
        Message.objects.filter(conversation_id=conversation.pk).order_by("-id")[:EXCERPT_MESSAGES]
    )[::-1]
    escalation = (
        Escalation.objects.filter(conversation_id=conversation.pk)
        .order_by("-pk")
        .only("pk", "status")
        .first()
    )
    return {
        **approval_decision(approval, user),
        "customer": conversation.customer_ref or "Customer",
        "excerpt": presenters.transcript(excerpt, [], [], conversation.customer_ref),
        "conversation_escalation": escalation,
        **_presence(conversation.pk, user),
        "watch_conversation": str(conversation.pk),
    }


# --- the audit log ----------------------------------------------------------------------------------


ACTION_LABELS = {
    "claim": "Claimed",
    "reply": "Replied",
    "note": "Added a note",
    "hand_back": "Handed back",
    "resolve": "Resolved",
    "approve": "Approved",
    "approve_first": "Approved (1st of 2)",
    "edit_and_approve": "Edited and approved",
    "edit_and_approve_first": "Edited and approved (1st of 2)",
    "reject": "Rejected",
    "expire": "Expired",
    "replay": "Replayed a run",
}


@dataclass
class AuditRow:
    entry: AuditEntry
    action: str
    target_label: str
    target_url: str
    changes: list[tuple[str, str, str]]


def _approval_labels(entries: list[AuditEntry]) -> dict[str, str]:
    """ "refund_order $89.00" per approval an entry is about: one query for the page."""
    ids = []
    for entry in entries:
        if entry.target_type == "approval":
            try:
                ids.append(uuid.UUID(entry.target_id))
            except ValueError:
                continue
    if not ids:
        return {}
    labels = {}
    for pk, tool_name, amount in ApprovalRequest.objects.filter(pk__in=ids).values_list(
        "pk", "tool_name", "amount"
    ):
        labels[str(pk)] = f"{tool_name} ${amount}" if amount is not None else tool_name
    return labels


def _target(entry: AuditEntry, approval_labels: dict[str, str]) -> tuple[str, str]:
    if entry.target_type == "escalation" and entry.target_id.isdigit():
        label = f"HR-{int(entry.target_id):06d}"
        return label, reverse("console:escalation", args=[int(entry.target_id)])
    if entry.target_type == "approval":
        try:
            url = reverse("console:approval", args=[entry.target_id])
        except NoReverseMatch:
            url = ""
        return approval_labels.get(entry.target_id, f"approval {entry.target_id[:8]}"), url
    if entry.target_type == "run":
        try:
            url = reverse("console:run", args=[entry.target_id])
        except NoReverseMatch:
            url = ""
        return f"run {entry.target_id[:8]}", url
    # Console objects with a page of their own: alerts and alert rules.
    pages = {"alert": ("console:alert", "alert"), "alert_rule": ("console:alert_rule", "alert rule")}
    if entry.target_type in pages and entry.target_id.isdigit():
        name, label = pages[entry.target_type]
        return f"{label} {entry.target_id}", reverse(name, args=[int(entry.target_id)])
    if entry.target_type == "model_price":
        return f"price {entry.target_id}", reverse("console:prices")
    return f"{entry.target_type} {entry.target_id}", ""


def audit_page(*, before_id: int | None = None, action: str = "") -> dict[str, Any]:
    entries = AuditEntry.objects.order_by("-id")
    if before_id:
        entries = entries.filter(pk__lt=before_id)
    if action:
        entries = entries.filter(action=action)
    page = list(entries[: AUDIT_PAGE_SIZE + 1])
    approval_labels = _approval_labels(page[:AUDIT_PAGE_SIZE])
    rows = []
    for entry in page[:AUDIT_PAGE_SIZE]:
        label, url = _target(entry, approval_labels)
        rows.append(
            AuditRow(
                entry=entry,
                action=ACTION_LABELS.get(entry.action, entry.action.replace("_", " ").capitalize()),
                target_label=label,
                target_url=url,
                changes=presenters.audit_changes(entry.before, entry.after),
            )
        )
    return {
        "rows": rows,
        "next_before": page[AUDIT_PAGE_SIZE - 1].pk if len(page) > AUDIT_PAGE_SIZE else None,
        "action": action,
        "actions": sorted(ACTION_LABELS.items(), key=lambda a: a[1]),
    }
