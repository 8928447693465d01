"""The dashboard page: tokens and cost, outcomes, cache, latency and guard figures over a time range.

Thin: parse the range (a preset or a custom from/to, UTC), read every figure with one call to
`tracing.dashboards.dashboard`, render. A bad range is answered on the page itself (400) with what
was wrong, and no figures: a chart of a range nobody asked for would be read as the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import timezone
from django.views.decorators.http import require_GET

from agents.errors import InputError
from console.operator import dashboard_charts
from console.operator.permissions import console_view
from console.operator.views import _page
from tracing import dashboards

# value -> (label, length, aligned). The day-and-longer ranges end with the current clock hour, so
# every bar of the hourly chart is a whole hour (its figure is that hour's whole cost); the last hour
# is simply the last 60 minutes.
PRESETS: dict[str, tuple[str, timedelta, bool]] = {
    "1h": ("Last hour", timedelta(hours=1), False),
    "24h": ("24 hours", timedelta(hours=24), True),
    "7d": ("7 days", timedelta(days=7), True),
    "30d": ("30 days", timedelta(days=30), True),
}
DEFAULT_PRESET = "24h"
# A custom range is at most this long: the hourly chart draws one bar per hour (92 days: 2208 bars,
# the most a 1440 px chart still separates), and a quarter is the longest range people compare.
LONGEST_CUSTOM = timedelta(days=92)
# What a date and time may look like before it is parsed: ASCII digits and ISO separators only, so
# look-alike digits (Arabic-Indic, full-width) and other text are refused with one clear message.
_INSTANT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?"
)
INSTANT_HELP = "use YYYY-MM-DD or YYYY-MM-DD HH:MM, in UTC"


@dataclass(frozen=True)
class ChosenRange:
    start: datetime
    end: datetime
    preset: str  # "" for a custom range

    @property
    def text(self) -> str:
        return dashboard_charts.range_text(self.start, self.end)


def _instant(params: QueryDict, name: str) -> tuple[datetime, bool]:
    """The parameter as an aware UTC datetime, and whether it was a date alone."""
    text = params.get(name, "").strip()
    if not text:
        raise InputError(f"give both “from” and “to” for a custom range ({INSTANT_HELP})", status=400)
    if len(text) > 32 or not _INSTANT.fullmatch(text):
        raise InputError(f"“{name}” is not a date and time: {INSTANT_HELP}", status=400)
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:  # the shape is right, the date is not (2025-02-30, hour 25)
        raise InputError(f"“{name}” is not a real date and time: {text}", status=400) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC), len(text) == len("YYYY-MM-DD")


def choose_range(params: QueryDict, now: datetime) -> ChosenRange:
    """The range the page shows: `from`/`to` when either is given (a date alone for `to` means the
    end of that day), else the `range` preset (24 hours when absent). InputError (400) with the reason
    for anything else."""
    if "from" in params or "to" in params:
        start, _ = _instant(params, "from")
        end, end_is_a_day = _instant(params, "to")
        if end_is_a_day:
            try:
                end += timedelta(days=1)  # "to 2025-05-14": through the 14th
            except OverflowError:  # 9999-12-31 has no next day
                raise InputError("“to” is too far in the future", status=400) from None
        if start >= end:
            raise InputError("“from” must be before “to”", status=400)
        if end - start > LONGEST_CUSTOM:
            raise InputError(f"a custom range is at most {LONGEST_CUSTOM.days} days long", status=400)
        return ChosenRange(start, end, "")
    preset = params.get("range", DEFAULT_PRESET)
    if preset not in PRESETS:
        names = ", ".join(PRESETS)
        raise InputError(f"unknown range “{preset[:20]}”: choose one of {names}", status=400)
    _, length, aligned = PRESETS[preset]
    end = now.astimezone(UTC)
    if aligned:
        end = end.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return ChosenRange(end - length, end, preset)


def _picker(params: QueryDict, chosen: ChosenRange | None) -> dict[str, Any]:
    """What the range picker shows: the presets, the current one, and the custom fields as typed (or
    as the chosen range, so "custom" starts from what is on screen). Text fields, not datetime-local:
    the browser would show those in its own locale and clock, while these are UTC like the page."""
    typed_from, typed_to = params.get("from", "")[:32], params.get("to", "")[:32]
    if chosen is not None and not (typed_from or typed_to):
        typed_from, typed_to = f"{chosen.start:%Y-%m-%d %H:%M}", f"{chosen.end:%Y-%m-%d %H:%M}"
    return {
        "presets": [(value, label) for value, (label, _, _) in PRESETS.items()],
        "current": chosen.preset if chosen is not None else "",
        "typed_from": typed_from,
        "typed_to": typed_to,
    }


@require_GET
@console_view()
def dashboard(request: HttpRequest) -> HttpResponse:
    try:
        chosen = choose_range(request.GET, timezone.now())
    except InputError as exc:
        response = _page(
            request,
            "console/dashboard.html",
            {"range_error": exc.message, "picker": _picker(request.GET, None)},
            "dashboard",
        )
        response.status_code = exc.status
        return response
    figures = dashboards.dashboard(chosen.start, chosen.end)
    context = {
        "range": chosen,
        "picker": _picker(request.GET, chosen),
        "figures": figures,
        "tiles": dashboard_charts.tiles(figures),
        "charts": dashboard_charts.chart_data(figures),
        "hourly_rows": dashboard_charts.hourly_rows(figures),
    }
    return _page(request, "console/dashboard.html", context, "dashboard")
