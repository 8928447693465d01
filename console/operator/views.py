"""The operator console's pages. Thin: the door is `permissions.console_view`, a GET renders what
`queries` reads, a POST calls one action (reviews.actions / agents.actions, which check the role
again) and answers with the part of the page that changed.

Every POST works with htmx (the page swaps a part in place, errors included: a conflict is a message
in the page, not an error page) and without it (a redirect back with the message), so a form never
depends on the script having loaded.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect, reswap, retarget

from agents import actions as runtime_actions
from agents import roles
from agents.errors import InputError
from agents.models import ApprovalRequest, Escalation
from console.operator import queries
from console.operator.forms import ArgumentsForm, DecisionForm, InboxFilterForm
from console.operator.permissions import console_view
from reviews import actions

Capability = roles.Capability


def _page(request: HttpRequest, template: str, context: dict[str, Any], section: str = "") -> HttpResponse:
    """A whole page: its content and the frame's (navigation, the waiting count in the tab title)."""
    frame = {
        "section": section,
        "can_audit": roles.can(request.user, Capability.VIEW_AUDIT),
        "waiting_count": context["waiting_count"] if "waiting_count" in context else queries.waiting_count(),
    }
    return render(request, template, {**frame, **context})


# --- signing in ---------------------------------------------------------------------------------------

login = require_http_methods(["GET", "POST"])(
    auth_views.LoginView.as_view(template_name="console/login.html", redirect_authenticated_user=True)
)
logout = require_POST(auth_views.LogoutView.as_view(next_page="console:login"))


# --- the inbox ----------------------------------------------------------------------------------------


@require_GET
@console_view()
def inbox(request: HttpRequest) -> HttpResponse:
    form = InboxFilterForm(request.GET)
    context = queries.inbox(request.user, form.filters())
    if getattr(request, "htmx", False) and request.htmx.target == "inbox-list":
        return render(request, "console/_inbox_list.html", context)
    return _page(request, "console/inbox.html", {**context, "form": form}, "inbox")


@require_GET
@console_view()
def waiting_badge(request: HttpRequest) -> HttpResponse:
    return render(request, "console/_waiting_badge.html", {"waiting_count": queries.waiting_count()})


# --- an escalated conversation ------------------------------------------------------------------------


def _escalation(request: HttpRequest, escalation_id: int) -> Escalation:
    try:
        return actions.access_escalation(escalation_id, request.user)
    except InputError:  # not found (the door already checked the role)
        raise Http404("escalation not found") from None


def _escalation_url(escalation: Escalation) -> str:
    return reverse("console:escalation", args=[escalation.pk])


@require_GET
@console_view()
def escalation(request: HttpRequest, escalation_id: int) -> HttpResponse:
    found = _escalation(request, escalation_id)
    return _page(
        request, "console/conversation.html", queries.conversation_page(found, request.user), "inbox"
    )


@require_GET
@console_view()
def escalation_header(request: HttpRequest, escalation_id: int) -> HttpResponse:
    """The status line, with the composer and the transcript out of band: refreshed when the
    conversation changed hands."""
    return _moved(request, _escalation(request, escalation_id))


@require_GET
@console_view()
def escalation_transcript(request: HttpRequest, escalation_id: int) -> HttpResponse:
    found = _escalation(request, escalation_id)
    return render(request, "console/_transcript.html", queries.conversation_transcript(found))


def _moved(
    request: HttpRequest, escalation: Escalation, *, error: str = "", status: int = 200
) -> HttpResponse:
    context = {
        **queries.conversation_header(escalation, request.user),
        **queries.conversation_transcript(escalation),
        **queries.conversation_composer(escalation, request.user),
        "error": error,
    }
    return render(request, "console/_conversation_moved.html", context, status=status)


def _after_move(request: HttpRequest, escalation_id: int, error: InputError | None = None) -> HttpResponse:
    """The answer to claim / hand back / resolve: in the inbox, open the conversation (or show why
    not); in the conversation, its header, composer and transcript as they are now."""
    escalation = _escalation(request, escalation_id)
    from_inbox = request.POST.get("from") == "inbox"
    if not getattr(request, "htmx", False):
        if error is not None:
            messages.error(request, error.message)
        if from_inbox and error is not None:
            return redirect("console:inbox")
        return redirect(_escalation_url(escalation))
    if from_inbox:
        if error is None:
            return HttpResponseClientRedirect(_escalation_url(escalation))
        return _flash(request, error)
    return _moved(
        request, escalation, error=error.message if error else "", status=error.status if error else 200
    )


def _flash(request: HttpRequest, error: InputError) -> HttpResponse:
    response = render(
        request, "console/_alert.html", {"message": error.message, "tone": "error"}, status=error.status
    )
    return reswap(retarget(response, "#flash"), "innerHTML")


@require_POST
@console_view(Capability.HANDLE_ESCALATIONS)
def claim(request: HttpRequest, escalation_id: int) -> HttpResponse:
    try:
        actions.do_claim_escalation(_escalation(request, escalation_id), request.user)
    except InputError as exc:
        return _after_move(request, escalation_id, exc)
    return _after_move(request, escalation_id)


@require_POST
@console_view(Capability.HANDLE_ESCALATIONS)
def hand_back(request: HttpRequest, escalation_id: int) -> HttpResponse:
    try:
        actions.do_hand_back(_escalation(request, escalation_id), request.user, request.POST.get("note", ""))
    except InputError as exc:
        return _after_move(request, escalation_id, exc)
    return _after_move(request, escalation_id)


@require_POST
@console_view(Capability.HANDLE_ESCALATIONS)
def resolve(request: HttpRequest, escalation_id: int) -> HttpResponse:
    try:
        actions.do_resolve_escalation(
            _escalation(request, escalation_id), request.user, request.POST.get("note", "")
        )
    except InputError as exc:
        return _after_move(request, escalation_id, exc)
    return _after_move(request, escalation_id)


def _after_write(request: HttpRequest, escalation_id: int, error: InputError | None = None) -> HttpResponse:
    """The answer to a reply or a note: the transcript with it, or why not next to the composer
    (the text stays in the box)."""
    escalation = _escalation(request, escalation_id)
    if not getattr(request, "htmx", False):
        if error is not None:
            messages.error(request, error.message)
        return redirect(_escalation_url(escalation))
    if error is not None:
        response = render(
            request, "console/_alert.html", {"message": error.message, "tone": "error"}, status=error.status
        )
        return reswap(retarget(response, "#composer-error"), "innerHTML")
    return render(request, "console/_transcript.html", queries.conversation_transcript(escalation))


@require_POST
@console_view(Capability.HANDLE_ESCALATIONS)
def reply(request: HttpRequest, escalation_id: int) -> HttpResponse:
    try:
        actions.do_send_human_reply(
            _escalation(request, escalation_id), request.user, request.POST.get("text")
        )
    except InputError as exc:
        return _after_write(request, escalation_id, exc)
    return _after_write(request, escalation_id)


@require_POST
@console_view(Capability.HANDLE_ESCALATIONS)
def note(request: HttpRequest, escalation_id: int) -> HttpResponse:
    try:
        actions.do_add_note(_escalation(request, escalation_id), request.user, request.POST.get("text"))
    except InputError as exc:
        return _after_write(request, escalation_id, exc)
    return _after_write(request, escalation_id)


# --- approvals ----------------------------------------------------------------------------------------


def _approval(request: HttpRequest, approval_id: uuid.UUID) -> ApprovalRequest:
    try:
        return runtime_actions.access_approval_for(approval_id, request.user)
    except InputError:  # not found (the door already checked the role)
        raise Http404("approval not found") from None


@require_GET
@console_view()
def approval(request: HttpRequest, approval_id: uuid.UUID) -> HttpResponse:
    found = _approval(request, approval_id)
    return _page(request, "console/approval.html", queries.approval_page(found, request.user), "inbox")


@require_GET
@console_view()
def approval_decision(request: HttpRequest, approval_id: uuid.UUID) -> HttpResponse:
    """The decision panel alone: refreshed live when the request moves on (decided elsewhere,
    expired, the first of two approvals given)."""
    found = _approval(request, approval_id)
    context = {**queries.approval_decision(found, request.user), "oob": True}
    return render(request, "console/_decision.html", context)


def _after_decision(
    request: HttpRequest,
    approval_id: uuid.UUID,
    *,
    error: str = "",
    status: int = 200,
    notice: str = "",
    **forms: Any,
) -> HttpResponse:
    approval = _approval(request, approval_id)  # read again: the decision (or a rival's) changed it
    if not getattr(request, "htmx", False):
        if error:
            messages.error(request, error)
        elif notice:
            messages.success(request, notice)
        return redirect("console:approval", approval_id=approval.pk)
    context = {
        **queries.approval_decision(approval, request.user, error=error, notice=notice, **forms),
        "oob": True,
    }
    return render(request, "console/_decision.html", context, status=status)


def _decided_notice(approval: ApprovalRequest) -> str:
    approval.refresh_from_db(fields=["status", "first_approved_by", "required_approvals"])
    if approval.status == ApprovalRequest.Status.PENDING and approval.first_approved_by:
        return "Your approval is recorded. A second manager must approve before it runs."
    return {
        ApprovalRequest.Status.REJECTED: "Rejected. The agent tells the customer why.",
        ApprovalRequest.Status.EXECUTED: "Approved and carried out.",
        ApprovalRequest.Status.FAILED: "Approved, but the tool reported an error (see the result).",
    }.get(approval.status, "Approved. It runs in a moment.")


def _decide(request: HttpRequest, approval_id: uuid.UUID, *, approve: bool) -> HttpResponse:
    approval = _approval(request, approval_id)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _after_decision(
            request, approval_id, error="This page is out of date: reload it and decide again.", status=422
        )
    try:
        runtime_actions.do_decide_approval(
            approval,
            actor=request.user,
            approve=approve,
            reason=form.cleaned_data["reason"],
            seen_arguments_hash=form.cleaned_data["seen_arguments_hash"],
        )
    except InputError as exc:
        return _after_decision(
            request, approval_id, error=exc.message, status=exc.status, posted=_posted(request, approve)
        )
    return _after_decision(request, approval_id, notice=_decided_notice(approval))


def _posted(request: HttpRequest, approve: bool, form: str = "") -> dict[str, str]:
    """What the person typed, put back in the form that failed (a reason is not retyped)."""
    return {"form": form or ("approve" if approve else "reject"), "reason": request.POST.get("reason", "")}


@require_POST
@console_view(Capability.DECIDE_APPROVALS)
def approve(request: HttpRequest, approval_id: uuid.UUID) -> HttpResponse:
    return _decide(request, approval_id, approve=True)


@require_POST
@console_view(Capability.DECIDE_APPROVALS)
def reject(request: HttpRequest, approval_id: uuid.UUID) -> HttpResponse:
    return _decide(request, approval_id, approve=False)


@require_POST
@console_view(Capability.DECIDE_APPROVALS)
def edit_and_approve(request: HttpRequest, approval_id: uuid.UUID) -> HttpResponse:
    approval = _approval(request, approval_id)
    tool = queries.approval_tool(approval)
    if tool is None:
        return _after_decision(
            request, approval_id, error=f"The tool {approval.tool_name} is no longer declared.", status=409
        )
    edit_form = ArgumentsForm(
        tool.args_model.model_json_schema(), approval.arguments_to_run, data=request.POST
    )
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _after_decision(
            request, approval_id, error="This page is out of date: reload it and decide again.", status=422
        )
    if not edit_form.is_valid():
        return _after_decision(
            request,
            approval_id,
            error="Check the highlighted fields.",
            status=422,
            edit_form=edit_form,
            posted=_posted(request, True, "edit"),
        )
    try:
        runtime_actions.do_decide_approval(
            approval,
            actor=request.user,
            approve=True,
            reason=form.cleaned_data["reason"],
            edited_arguments=edit_form.edited_arguments(),
            seen_arguments_hash=form.cleaned_data["seen_arguments_hash"],
        )
    except InputError as exc:
        return _after_decision(
            request,
            approval_id,
            error=exc.message,
            status=exc.status,
            edit_form=edit_form,
            posted=_posted(request, True, "edit"),
        )
    return _after_decision(request, approval_id, notice=_decided_notice(approval))


# --- the audit log ------------------------------------------------------------------------------------


@require_GET
@console_view(Capability.VIEW_AUDIT)
def audit(request: HttpRequest) -> HttpResponse:
    before = request.GET.get("before", "")
    action = request.GET.get("action", "")
    context = queries.audit_page(
        before_id=int(before) if before.isdigit() else None,
        action=action if action in queries.ACTION_LABELS else "",
    )
    return _page(request, "console/audit.html", context, "audit")
