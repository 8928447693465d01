"""The alert pages: the list (and the rules), one alert with its runs, the toast and the count every page
shows live, acknowledging, and an admin's edit of a rule. Thin: parse, one query or action
(`console.operator.alert_pages`, `tracing.alerts`), render."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from agents import roles
from agents.errors import InputError
from console.operator import alert_pages, views
from console.operator.permissions import console_view, forbidden
from tracing import alerts
from tracing.models import Alert, AlertRule

Capability = roles.Capability
MAX_ID_DIGITS = 18  # a bigint


def _page(request: HttpRequest, template: str, context: dict, status: int = 200) -> HttpResponse:
    # The console's frame (navigation, counts) as every page builds it.
    response = views._page(request, template, context, "alerts")
    response.status_code = status
    return response


def _alert(alert_id: int) -> Alert:
    found = Alert.objects.select_related("rule", "acknowledged_by").filter(pk=alert_id).first()
    if found is None:
        raise Http404("alert not found")
    return found


@require_GET
@console_view()
def alert_list(request: HttpRequest) -> HttpResponse:
    show = request.GET.get("show", "open")
    before = request.GET.get("before", "")
    problems = []
    if show not in alert_pages.SHOW_CHOICES:
        problems.append("Show: choose open, acknowledged or all.")
        show = "open"
    before_id = None
    if before:
        if before.isascii() and before.isdigit() and len(before) <= MAX_ID_DIGITS:
            before_id = int(before)
        else:
            problems.append("Older than: this is not an alert number; showing the newest.")
    context = {
        **alert_pages.alert_list(show=show, before_id=before_id),
        "problems": problems,
        "can_acknowledge": roles.can(request.user, Capability.HANDLE_ESCALATIONS),
    }
    status = 400 if problems else 200
    if getattr(request, "htmx", False) and request.htmx.target == "alerts-list":
        return render(request, "console/_alerts_list.html", context, status=status)
    context.update(
        rules=alert_pages.rule_rows(),
        can_edit_rules=roles.can(request.user, Capability.MANAGE_SETTINGS),
        evaluate_every=settings.HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS,
    )
    return _page(request, "console/alerts.html", context, status)


@require_GET
@console_view()
def alert_detail(request: HttpRequest, alert_id: int) -> HttpResponse:
    context = {
        **alert_pages.alert_page(_alert(alert_id)),
        "can_acknowledge": roles.can(request.user, Capability.HANDLE_ESCALATIONS),
    }
    return _page(request, "console/alert.html", context)


@require_GET
@console_view()
def alert_toast(request: HttpRequest, alert_id: int) -> HttpResponse:
    return render(request, "console/_alert_toast.html", alert_pages.alert_row(_alert(alert_id)))


@require_GET
@console_view()
def alerts_badge(request: HttpRequest) -> HttpResponse:
    return render(request, "console/_alerts_badge.html", {"open_alerts": alert_pages.open_count()})


@require_POST
@console_view()
def acknowledge(request: HttpRequest, alert_id: int) -> HttpResponse:
    from_detail = request.POST.get("from") == "detail"
    back = reverse("console:alert", args=[alert_id]) if from_detail else reverse("console:alerts")
    htmx = getattr(request, "htmx", False)
    try:
        alert, changed = alerts.do_acknowledge_alert(alert_id, request.user)
    except roles.Forbidden as exc:
        if htmx:
            return forbidden(request, exc.message)
        messages.error(request, exc.message)
        return redirect(back)
    except InputError:
        raise Http404("alert not found") from None
    if not changed:
        who = alert.acknowledged_by.get_username() if alert.acknowledged_by else "someone"
        notice = (
            "You had already acknowledged it."
            if alert.acknowledged_by == request.user
            else f"{who} acknowledged it first."
        )
    else:
        notice = ""
    if not htmx:
        messages.success(request, notice or "Acknowledged.")
        return redirect(back)
    context = {**alert_pages.alert_row(alert), "notice": notice, "can_acknowledge": True}
    template = "console/_alert_ack.html" if from_detail else "console/_alert_row.html"
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
@console_view(Capability.MANAGE_SETTINGS)
def rule_edit(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = AlertRule.objects.filter(pk=rule_id).first()
    if rule is None:
        raise Http404("alert rule not found")
    if request.method == "GET":
        return _page(
            request, "console/alert_rule.html", {"rule": rule, "form": alert_pages.AlertRuleForm(rule)}
        )
    form = alert_pages.AlertRuleForm(rule, request.POST)
    error = ""
    if form.is_valid():
        try:
            alerts.do_update_alert_rule(rule.pk, request.user, form.values())
        except InputError as exc:
            error = exc.message
        else:
            messages.success(request, f"Saved “{rule.name}”.")
            return redirect("console:alerts")
    context = {"rule": rule, "form": form, "error": error or "Check the highlighted fields."}
    return _page(request, "console/alert_rule.html", context, 422)
