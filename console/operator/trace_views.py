"""The run pages: every run, searchable (`runs`), and one run's trace as a waterfall with each span's
prompt, completion, arguments and checks (`run`). Read-only: any console role may look; replaying a
run is another page's action (`console:run_replay`).

While a run is still running its page asks for the tree again every 2 s (10 s while parked for an
approval; `run_live`) and stops once the run has finished. A span's detail (`run_span`) is fetched when
a row is picked; it is also the page's `?span=` (replaced in the address bar, so Back leaves the run),
so every view of a trace has a link of its own.
"""

from __future__ import annotations

import uuid

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from agents.models import Run
from console.operator import run_pages
from console.operator.permissions import console_view
from console.operator.views import _page
from tracing import tree


def _run(run_id: uuid.UUID) -> Run:
    run = run_pages.access_run(run_id)
    if run is None:
        raise Http404("run not found")
    return run


def _wants_full(request: HttpRequest) -> bool:
    return request.GET.get("full") == "1"


@require_GET
@console_view()
def runs(request: HttpRequest) -> HttpResponse:
    form = run_pages.RunFilterForm(request.GET)
    context = run_pages.run_list(form)
    # The page still answers, with the valid filters applied and the others named: a 400 says the
    # request was not taken as written.
    response = _page(request, "console/runs.html", context, "runs")
    if context["problems"]:
        response.status_code = 400
    return response


@require_GET
@console_view()
def run(request: HttpRequest, run_id: uuid.UUID) -> HttpResponse:
    found = _run(run_id)
    selected = request.GET.get("span", "")
    if selected and not tree.is_node_key(selected):
        selected = ""  # a mangled link opens the run, not an error page
    context = run_pages.run_page(found, selected=selected, full=_wants_full(request))
    return _page(request, "console/run.html", context, "runs")


@require_GET
@console_view()
def run_live(request: HttpRequest, run_id: uuid.UUID) -> HttpResponse:
    """The header numbers and the tree, polled while the run runs."""
    found = _run(run_id)
    trace = tree.load_trace(found)
    selected = request.GET.get("span", "")
    context = {**run_pages.run_header(found, trace), "selected": selected if selected in trace.nodes else ""}
    return render(request, "console/_run_live.html", context)


@require_GET
@console_view()
def run_span(request: HttpRequest, run_id: uuid.UUID, key: str) -> HttpResponse:
    if not tree.is_node_key(key):
        raise Http404("no such span")
    found = _run(run_id)
    trace = tree.load_trace(found)
    if key not in trace.nodes:
        raise Http404("no such span in this run")
    context = {
        "run": found,
        "trace": trace,
        **run_pages.span_panel(found, trace, key, full=_wants_full(request)),
    }
    return render(request, "console/_span_detail.html", context)
