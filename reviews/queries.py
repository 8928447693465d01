"""Read-only questions about the people's work queue: which escalations and approvals wait, and how many.

The operator inbox (console.operator) and any later API listing ask here, so "what is in the inbox"
has one answer. Every function returns a queryset or a number and writes nothing; each list is one
query whatever its length (the inbox page's query count is tested).
"""

from __future__ import annotations

from typing import Any

from django.db.models import CharField, DateTimeField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Substr
from django.utils import timezone

from agents.models import ApprovalRequest, Escalation, Message

ACTIVE_STATUSES = (Escalation.Status.OPEN, Escalation.Status.CLAIMED)
# The inbox shows the waiting customer's latest words in a row; longer text is cut in the database.
LAST_MESSAGE_CHARS = 200


def _last_message(field: str) -> Subquery:
    newest = Message.objects.filter(conversation_id=OuterRef("conversation_id")).order_by("-id")
    return Subquery(newest.values(field)[:1])


def inbox_escalations(
    *,
    status: str = "",
    reason: str = "",
    assigned: str = "",
    user: Any = None,
    search: str = "",
) -> QuerySet[Escalation]:
    """Active escalations (open and claimed), oldest first: the longest wait is at the top.

    status: "" (both), "open" or "claimed". reason: a reason code or "". assigned: "" (anyone),
    "mine" (claimed by `user`) or "unassigned". search: a ticket ("HR-000012" or "12"), a customer
    ref or words of the summary.

    Each row carries the conversation's newest message (`last_role`, `last_at`, `last_text`), so the
    inbox can say a customer is waiting for an answer without a query per row."""
    rows = Escalation.objects.filter(status__in=ACTIVE_STATUSES)
    if status in ACTIVE_STATUSES:
        rows = rows.filter(status=status)
    if reason:
        rows = rows.filter(reason_code=reason)
    if assigned == "mine" and user is not None:
        rows = rows.filter(assignee=user)
    elif assigned == "unassigned":
        rows = rows.filter(assignee__isnull=True)
    search = search.strip()
    if search:
        matches = Q(conversation__customer_ref__icontains=search) | Q(summary__icontains=search)
        ticket = search.upper().removeprefix("HR-").lstrip("0")
        if ticket.isdigit():
            matches |= Q(pk=int(ticket))
        rows = rows.filter(matches)
    return (
        rows.select_related("conversation", "assignee")
        .annotate(
            last_role=_last_message("role"),
            last_at=Subquery(
                Message.objects.filter(conversation_id=OuterRef("conversation_id"))
                .order_by("-id")
                .values("created_at")[:1],
                output_field=DateTimeField(),
            ),
            last_text=Substr(_last_message("text"), 1, LAST_MESSAGE_CHARS, output_field=CharField()),
        )
        .order_by("created_at", "id")
    )


def pending_approvals(*, now: Any = None, search: str = "") -> QuerySet[ApprovalRequest]:
    """Approvals a manager can still decide (pending, not past their expiry), soonest expiry first."""
    now = now or timezone.now()
    rows = ApprovalRequest.objects.filter(status=ApprovalRequest.Status.PENDING).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )
    search = search.strip()
    if search:
        rows = rows.filter(
            Q(run__conversation__customer_ref__icontains=search)
            | Q(description__icontains=search)
            | Q(tool_name__icontains=search)
        )
    return rows.select_related("run__conversation").order_by("expires_at", "created_at")


def waiting_count(*, now: Any = None) -> int:
    """Open (unclaimed) escalations plus decidable approvals: the number in the console's tab title."""
    now = now or timezone.now()
    escalations = Escalation.objects.filter(status=Escalation.Status.OPEN).count()
    return escalations + pending_approvals(now=now).count()
