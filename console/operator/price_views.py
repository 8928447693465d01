"""The price table page (/console/prices/): every staff role reads it; admins add, edit and delete rows
and re-apply the prices to past usage. Thin: parse a form, call one action (tracing.actions), answer.

A POST that worked redirects back to the table with a message (htmx: a client redirect, so the table
and its per-row costs are read again); one that did not re-renders the form with the reason next to
the field, status 422. Re-pricing is two steps: a preview (a dry run: how many calls and runs would
change, the totals before and after), then the POST that does it.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from agents import roles
from console.operator.permissions import console_view
from console.operator.price_pages import NewPriceForm, PriceForm, RepriceForm, money, prices_page, rate
from console.operator.views import _page
from tracing import actions
from tracing.models import ModelPrice
from tracing.pricing import load_table

Capability = roles.Capability


def _today() -> str:
    return timezone.now().date().isoformat()


def _table_page(
    request: HttpRequest,
    *,
    add_form: NewPriceForm | None = None,
    reprice_form: RepriceForm | None = None,
    preview: dict[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
    can_edit = roles.can(request.user, Capability.MANAGE_SETTINGS)
    context: dict[str, Any] = {**prices_page(), "can_edit": can_edit}
    if can_edit:
        context["add_form"] = add_form or NewPriceForm(
            initial={"model_prefix": request.GET.get("add", "")[:128], "as_of": _today()}
        )
        context["reprice_form"] = reprice_form or RepriceForm(
            initial={"model": request.GET.get("model", "")[:128]}
        )
        context["preview"] = preview
    response = _page(request, "console/prices.html", context, "prices")
    response.status_code = status
    return response


def _back_to_table(request: HttpRequest, url: str = "") -> HttpResponse:
    url = url or reverse("console:prices")
    if getattr(request, "htmx", False):
        return HttpResponseClientRedirect(url)
    return redirect(url)


@require_GET
@console_view()
def prices(request: HttpRequest) -> HttpResponse:
    return _table_page(request)


@require_POST
@console_view(Capability.MANAGE_SETTINGS)
def price_add(request: HttpRequest) -> HttpResponse:
    form = NewPriceForm(request.POST)
    if form.is_valid():
        try:
            price = actions.add_price(
                model_prefix=form.cleaned_data["model_prefix"], actor=request.user, **form.values()
            )
        except actions.PriceError as exc:
            form.add_error(exc.field or None, exc.message)
        else:
            messages.success(
                request,
                f"Added {price.model_prefix}. New calls of these models use it now; to price their past "
                "calls with it, re-apply it below.",
            )
            return _back_to_table(request, f"{reverse('console:prices')}?model={price.model_prefix}#reprice")
    return _table_page(request, add_form=form, status=422)


def _price(price_id: int) -> ModelPrice:
    try:
        return actions.access_price(price_id)
    except actions.PriceError:
        raise Http404("no such price") from None


@require_http_methods(["GET", "POST"])
@console_view(Capability.MANAGE_SETTINGS)
def price_edit(request: HttpRequest, price_id: int) -> HttpResponse:
    price = _price(price_id)
    if request.method == "GET":
        form = PriceForm(
            initial={
                "input_per_mtok": actions.price_text(price.input_per_mtok),
                "cached_input_per_mtok": actions.price_text(price.cached_input_per_mtok),
                "output_per_mtok": actions.price_text(price.output_per_mtok),
                "as_of": price.as_of.isoformat(),
                "source": price.source,
            }
        )
        return _edit_page(request, price, form)
    form = PriceForm(request.POST)
    if form.is_valid():
        try:
            price, changed = actions.update_price(price, actor=request.user, **form.values())
        except actions.PriceError as exc:
            if exc.code == "not_found":
                raise Http404("no such price") from None
            form.add_error(exc.field or None, exc.message)
        else:
            if not changed:
                messages.info(request, f"Nothing changed for {price.model_prefix}.")
                return _back_to_table(request)
            messages.success(
                request,
                f"Saved {price.model_prefix}: {rate(price.input_per_mtok)} in, "
                f"{rate(price.cached_input_per_mtok)} cached, {rate(price.output_per_mtok)} out. "
                "New calls use it now; past calls keep what they cost until you re-apply prices below.",
            )
            return _back_to_table(request, f"{reverse('console:prices')}?model={price.model_prefix}#reprice")
    return _edit_page(request, price, form, status=422)


def _edit_page(request: HttpRequest, price: ModelPrice, form: PriceForm, status: int = 200) -> HttpResponse:
    response = _page(request, "console/price_edit.html", {"price": price, "form": form}, "prices")
    response.status_code = status
    return response


@require_POST
@console_view(Capability.MANAGE_SETTINGS)
def price_delete(request: HttpRequest, price_id: int) -> HttpResponse:
    try:
        prefix = actions.delete_price(price_id, actor=request.user)
    except actions.PriceError:
        raise Http404("no such price") from None
    now_priced = load_table().lookup(prefix)
    fallback = (
        f"the {now_priced.prefix} row"
        if now_priced.prefix
        else f"the default price ({rate(now_priced.input_per_mtok)} in)"
    )
    messages.success(request, f"Deleted {prefix}. Its models are now priced by {fallback}.")
    return _back_to_table(request)


@require_http_methods(["GET", "POST"])
@console_view(Capability.MANAGE_SETTINGS)
def reprice(request: HttpRequest) -> HttpResponse:
    """GET: the preview (a dry run) of re-applying the current prices; POST: do it."""
    form = RepriceForm(request.POST if request.method == "POST" else request.GET)
    htmx = getattr(request, "htmx", False)
    if not form.is_valid():
        if htmx:
            return render(request, "console/_reprice_preview.html", {"errors": _errors(form)}, status=422)
        return _table_page(request, reprice_form=form, status=422)
    if request.method == "GET":
        result = actions.reprice_calls(**form.scope(), actor=request.user, dry_run=True)
        preview = _result_context(result)
        if htmx:
            return render(request, "console/_reprice_preview.html", {"preview": preview})
        return _table_page(request, reprice_form=form, preview=preview)
    result = actions.reprice_calls(**form.scope(), actor=request.user)
    totals = f"{money(result.total_before)} → {money(result.total_after)}"
    text = (
        f"Re-applied prices to {result.scope_text()}: {result.calls_changed:,} calls and "
        f"{result.runs_changed:,} runs changed; total {totals}."
    )
    if result.calls_skipped:
        text += f" {result.calls_skipped:,} calls of runs still in progress were left: re-apply again later."
    messages.success(request, text)
    return _back_to_table(request)


def _errors(form: RepriceForm) -> list[str]:
    return [str(message) for messages_of_field in form.errors.values() for message in messages_of_field]


def _result_context(result: actions.RepriceResult) -> dict[str, Any]:
    difference = result.difference
    return {
        "result": result,
        "scope": result.scope_text(),
        "before": money(result.total_before),
        "after": money(result.total_after),
        "exact_before": f"${result.total_before}",
        "exact_after": f"${result.total_after}",
        "difference": ("+" if difference > 0 else "−" if difference < 0 else "±") + money(abs(difference)),
        "fields": {
            "model": result.model_prefix,
            "since": result.since.isoformat() if result.since else "",
            "until": result.until.isoformat() if result.until else "",
        },
    }
