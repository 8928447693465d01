"""Replay a run from the console (tracing.replay): a POST that answers with the step-by-step report.

The run's page posts with htmx and swaps the report into its `#replay-report` slot; a plain form post
(no script) gets a small page with the same report. A recorded replay is local and quick. A live one
(`from_step`, `prompt_version`, `model`, `override_tool`) asks the model for real, and is bounded by the
run's agent's time limit (tracing.replay), so a request never hangs longer than the run itself could.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from agents import roles
from console.operator.permissions import console_view, forbidden
from console.operator.views import _page
from tracing import replay

# A replay that cannot be made, by why: the run is not there, it is still running, or the input is bad.
ERROR_STATUS = {"unknown_run": 404, "run_in_progress": 409, "replay_timeout": 504}
# The run page's htmx swaps only the answers a person reads in place (409, 422: see base.html).
HTMX_ERROR_STATUS = {"run_in_progress": 409}
FIELDS = ("from_step", "prompt_version", "model", "override_tool")
# Form fields are echoed back into the form, up to what the replay accepts (a longer one is refused).
ECHO_CHARS = replay.MAX_OVERRIDE_CHARS + 16


def _options(request: HttpRequest) -> replay.ReplayOptions:
    post = request.POST
    return replay.parse_options(
        from_step=post.get("from_step"),
        prompt_version=post.get("prompt_version"),
        model=post.get("model", ""),
        tool_overrides=[value for value in post.getlist("override_tool") if value.strip()],
    )


@require_POST
@console_view()
def run_replay(request: HttpRequest, run_id: uuid.UUID) -> HttpResponse:
    form = {name: request.POST.get(name, "")[:ECHO_CHARS] for name in FIELDS}
    try:
        report = replay.do_replay_run(request.user, run_id, _options(request))
    except roles.Forbidden as exc:
        return forbidden(request, exc.message)
    except replay.ReplayError as exc:
        context = {"error": exc.message, "error_code": exc.code, "form": form}
        statuses = HTMX_ERROR_STATUS if getattr(request, "htmx", False) else ERROR_STATUS
        return _answer(request, run_id, context, status=statuses.get(exc.code, 422))
    return _answer(request, run_id, {"report": report, "form": form})


def _answer(
    request: HttpRequest, run_id: uuid.UUID, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    context = {
        **context,
        "run_id": run_id,
        "replay_url": reverse("console:run_replay", args=[run_id]),
        "run_url": reverse("console:run", args=[run_id]),
        "open_options": bool(context.get("error")) or any(context["form"].values()),
        # Asking the model again spends money: the form is offered to those who may (roles.REPLAY_LIVE).
        "can_replay_live": roles.can(request.user, roles.Capability.REPLAY_LIVE),
    }
    if getattr(request, "htmx", False):
        return render(request, "console/_replay_report.html", context, status=status)
    response = _page(request, "console/replay.html", context)
    response.status_code = status
    return response
