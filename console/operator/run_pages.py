"""What the run pages show: the list of runs with its filters (`RunFilterForm`, `run_list`), one run's
header and trace (`run_page`), and one span's detail (`span_panel`). Each reads in a fixed number of
queries whatever the run's length; the trace itself is built by `tracing.tree`.

The filters are strict: a value that is not valid is named in a message on the page ("Cost from:
enter a number") and left out of the search, never guessed at and never an error page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.core.validators import RegexValidator
from django.db.models import DurationField, ExpressionWrapper, F, OuterRef, Q, QuerySet, Subquery
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from agents.definitions import all_agents
from agents.models import ApprovalRequest, Escalation, Run
from console.operator import presenters
from tracing import tree
from tracing.models import Span

PAGE_SIZE = 50
# Offset paging: past this many pages a person narrows the filters instead (and the database is not
# asked to skip half a million rows).
MAX_PAGE = 2_000
# Statuses in which a run's trace still grows: its page polls for new spans.
LIVE_STATUSES = (Run.Status.PENDING, Run.Status.RUNNING)
# A run parked for a manager changes only when they decide (minutes to hours): polled, but calmly.
PARKED_STATUSES = (Run.Status.AWAITING_APPROVAL,)
LIVE_POLL = "2s"
PARKED_POLL = "10s"

ERROR_CLASS_CHOICES = [
    ("", "Any error class"),
    ("none", "No failure"),
    ("any", "Any failure"),
    ("recoverable", "Recoverable"),
    ("degraded", "Degraded"),
    ("fatal", "Fatal"),
]
SORT_CHOICES = [
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("cost", "Cost"),
    ("latency", "Latency"),
]
SORT_ORDER = {
    "newest": [F("created_at").desc(), F("id").desc()],
    "oldest": [F("created_at").asc(), F("id").asc()],
    "cost": [F("cost_usd").desc(), F("created_at").desc()],
    "latency": [F("latency").desc(nulls_last=True), F("created_at").desc()],
}
# The range a date filter accepts: wide, but one a day can be added to in any time zone.
FIRST_DATE = date(1970, 1, 2)
LAST_DATE = date(9999, 12, 30)
MAX_COST = Decimal(1_000_000)
MAX_SECONDS = Decimal(10_000_000)  # 115 days: longer than any run may be parked

STATUS_LABELS = {
    Run.Status.PENDING: "Pending",
    Run.Status.RUNNING: "Running",
    Run.Status.AWAITING_APPROVAL: "Awaiting approval",
    Run.Status.COMPLETED: "Completed",
    Run.Status.DEGRADED: "Degraded",
    Run.Status.HANDED_OFF: "Handed off",
    Run.Status.LOOPING: "Looping",
    Run.Status.LIMIT_EXCEEDED: "Limit exceeded",
    Run.Status.FAILED: "Failed",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


class RunFilterForm(forms.Form):
    conversation = forms.CharField(required=False, max_length=64, strip=True, label="Conversation or run ID")
    customer = forms.CharField(required=False, max_length=200, strip=True, label="Customer")
    agent = forms.CharField(
        required=False,
        max_length=64,
        strip=True,
        label="Agent",
        validators=[RegexValidator(r"\A[\w.\-]+\Z", "use the agent's name: letters, digits, - _ .")],
    )
    status = forms.ChoiceField(
        choices=[("", "Any status"), *STATUS_LABELS.items()], required=False, label="Status"
    )
    error_class = forms.ChoiceField(choices=ERROR_CLASS_CHOICES, required=False, label="Error class")
    cost_min = forms.DecimalField(
        required=False, min_value=0, max_value=MAX_COST, max_digits=13, decimal_places=6, label="Cost from"
    )
    cost_max = forms.DecimalField(
        required=False, min_value=0, max_value=MAX_COST, max_digits=13, decimal_places=6, label="Cost to"
    )
    latency_min = forms.DecimalField(
        required=False,
        min_value=0,
        max_value=MAX_SECONDS,
        max_digits=12,
        decimal_places=3,
        label="Latency from",
    )
    latency_max = forms.DecimalField(
        required=False,
        min_value=0,
        max_value=MAX_SECONDS,
        max_digits=12,
        decimal_places=3,
        label="Latency to",
    )
    date_from = forms.DateField(required=False, input_formats=["%Y-%m-%d"], label="Date from")
    date_to = forms.DateField(required=False, input_formats=["%Y-%m-%d"], label="Date to")
    sort = forms.ChoiceField(choices=SORT_CHOICES, required=False, label="Sort")
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE, label="Page")

    def clean_conversation(self) -> uuid.UUID | None:
        value = self.cleaned_data.get("conversation") or ""
        if not value:
            return None
        try:
            return uuid.UUID(value)
        except ValueError:
            raise forms.ValidationError(
                "paste a conversation or run ID (a UUID like 3f2a9c1e-…, with or without dashes)"
            ) from None

    def _date_in_range(self, name: str) -> date | None:
        value = self.cleaned_data.get(name)
        if value is not None and not FIRST_DATE <= value <= LAST_DATE:
            raise forms.ValidationError(f"pick a date between {FIRST_DATE} and {LAST_DATE}")
        return value

    def clean_date_from(self) -> date | None:
        return self._date_in_range("date_from")

    def clean_date_to(self) -> date | None:
        return self._date_in_range("date_to")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for low, high, what in (
            ("cost_min", "cost_max", "cost"),
            ("latency_min", "latency_max", "latency"),
            ("date_from", "date_to", "date"),
        ):
            if (
                cleaned.get(low) is not None
                and cleaned.get(high) is not None
                and cleaned[low] > cleaned[high]
            ):
                # Neither end applies: which of the two was mistyped is anybody's guess.
                cleaned.pop(low)
                self.add_error(high, f"the {what} range ends before it starts")
        return cleaned

    def filters(self) -> dict[str, Any]:
        """The valid filters (an invalid one is left out: `problems()` names it)."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) for name in self.fields if name not in self.errors}

    def problems(self) -> list[str]:
        """ "Cost from: enter a number." for each filter that was not applied."""
        self.is_valid()
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for error in errors:
                text = str(error).rstrip(".")
                messages.append(f"{label}: {text[:1].lower()}{text[1:]}." if label else f"{text}.")
        return messages


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def search_runs(filters: dict[str, Any]) -> QuerySet[Run]:
    """Runs matching the (valid) filters, in the asked order, with what a row shows joined in."""
    runs = Run.objects.select_related("conversation", "trigger_message").annotate(
        latency=ExpressionWrapper(F("finished_at") - F("created_at"), output_field=DurationField()),
        escalation_id=Subquery(
            Escalation.objects.filter(run_id=OuterRef("pk")).order_by("-pk").values("pk")[:1]
        ),
    )
    if filters.get("conversation"):
        found = filters["conversation"]
        runs = runs.filter(Q(conversation_id=found) | Q(pk=found))
    if filters.get("customer"):
        runs = runs.filter(conversation__customer_ref__icontains=filters["customer"])
    if filters.get("agent"):
        runs = runs.filter(Q(agent_name=filters["agent"]) | Q(executor_name=filters["agent"]))
    if filters.get("status"):
        runs = runs.filter(status=filters["status"])
    error_class = filters.get("error_class") or ""
    if error_class == "none":
        runs = runs.filter(failure_class="")
    elif error_class == "any":
        runs = runs.exclude(failure_class="")
    elif error_class:
        runs = runs.filter(failure_class=error_class)
    if filters.get("cost_min") is not None:
        runs = runs.filter(cost_usd__gte=filters["cost_min"])
    if filters.get("cost_max") is not None:
        runs = runs.filter(cost_usd__lte=filters["cost_max"])
    if filters.get("latency_min") is not None:
        runs = runs.filter(latency__gte=timedelta(seconds=float(filters["latency_min"])))
    if filters.get("latency_max") is not None:
        runs = runs.filter(latency__lte=timedelta(seconds=float(filters["latency_max"])))
    if filters.get("date_from") is not None:
        runs = runs.filter(created_at__gte=_day_start(filters["date_from"]))
    if filters.get("date_to") is not None:
        runs = runs.filter(created_at__lt=_day_start(filters["date_to"] + timedelta(days=1)))
    return runs.order_by(*SORT_ORDER[filters.get("sort") or "newest"])


@dataclass
class RunRow:
    run: Run
    status: str
    customer: str
    asked: str
    latency_ms: float | None

    @property
    def latency_label(self) -> str:
        return tree.duration_text(self.latency_ms) if self.latency_ms is not None else "—"

    @property
    def cost_label(self) -> str:
        return tree.cost_text(self.run.cost_usd, calls=self.run.tokens_in + self.run.tokens_out)

    @property
    def tokens_label(self) -> str:
        return tree.tokens_text(self.run.tokens_in + self.run.tokens_out)


def _query_string(filters: dict[str, Any], **overrides: Any) -> str:
    values = {**filters, **overrides}
    pairs = []
    for name, value in values.items():
        if (
            value is None
            or value == ""
            or (name == "sort" and value == "newest")
            or (name == "page" and value == 1)
        ):
            continue
        pairs.append((name, value.isoformat() if isinstance(value, date) else str(value)))
    return urlencode(pairs)


def run_list(form: RunFilterForm) -> dict[str, Any]:
    filters = form.filters()
    page = filters.get("page") or 1
    start = (page - 1) * PAGE_SIZE
    found = list(search_runs(filters)[start : start + PAGE_SIZE + 1])
    rows = [
        RunRow(
            run=run,
            status=status_label(run.status),
            customer=run.conversation.customer_ref or "—",
            asked=" ".join((run.trigger_message.text if run.trigger_message else "").split())[:200],
            latency_ms=run.latency.total_seconds() * 1000 if run.latency is not None else None,
        )
        for run in found[:PAGE_SIZE]
    ]
    kept = {k: v for k, v in filters.items() if k != "page"}
    sort = filters.get("sort") or "newest"
    filtered = any(v not in (None, "") for k, v in kept.items() if k != "sort")
    more = len(found) > PAGE_SIZE
    if page == 1 and not more:
        count_label = f"{len(rows)} run{'' if len(rows) == 1 else 's'}" + (" matching" if filtered else "")
    else:
        count_label = f"runs {start + 1}–{start + len(rows)}" if rows else "none on this page"
    return {
        "form": form,
        "rows": rows,
        "problems": form.problems(),
        "filtered": filtered,
        "count_label": count_label,
        "page": page,
        "newer_query": _query_string(kept, page=page - 1) if page > 1 else None,
        "older_query": _query_string(kept, page=page + 1) if more else None,
        "sort": sort,
        "sort_queries": {value: _query_string(kept, sort=value) for value, _ in SORT_CHOICES},
        "agents": [a.name for a in all_agents()],
        "values": {name: _field_value(form, name) for name in form.fields},
    }


def _field_value(form: RunFilterForm, name: str) -> str:
    """What a filter box shows: what the person typed (a wrong value too, so they can correct it)."""
    value = form.data.get(name, "")
    return value if isinstance(value, str) else ""


# --- one run --------------------------------------------------------------------------------------------


def access_run(run_id: uuid.UUID) -> Run | None:
    return Run.objects.select_related("conversation", "trigger_message").filter(pk=run_id).first()


def replay_url(run: Run) -> str:
    """The replay action's URL, when the replay feature is installed (another part of the console)."""
    try:
        return reverse("console:run_replay", args=[run.pk])
    except NoReverseMatch:
        return ""


def poll_every(run: Run) -> str:
    if run.status in LIVE_STATUSES:
        return LIVE_POLL
    if run.status in PARKED_STATUSES:
        return PARKED_POLL
    return ""


def run_header(run: Run, trace: tree.RunTrace) -> dict[str, Any]:
    """The run's numbers (from its LLM call records: what the tree sums), its escalation and approvals.
    Two queries."""
    root = trace.root
    escalation = (
        Escalation.objects.filter(run_id=run.pk).order_by("-pk").only("pk", "status", "reason_code").first()
    )
    return {
        "run": run,
        "trace": trace,
        "status_label": status_label(run.status),
        "customer": run.conversation.customer_ref or "—",
        "tokens_in": root.tokens_in,
        "tokens_out": root.tokens_out,
        "tokens_cached": root.tokens_cached,
        "cost_label": tree.cost_text(root.cost_usd, calls=root.llm_calls),
        "duration_label": tree.duration_text(root.duration_ms),
        "active_label": tree.duration_text(run.active_seconds * 1000),
        "poll_every": poll_every(run),
        "is_live": run.status in LIVE_STATUSES,
        "escalation": escalation,
        "reason": presenters.reason_label(escalation.reason_code) if escalation else "",
        "approvals": list(ApprovalRequest.objects.filter(run_id=run.pk).order_by("created_at")),
        "replay_url": replay_url(run),
    }


def run_page(run: Run, *, selected: str = "", full: bool = False) -> dict[str, Any]:
    trace = tree.load_trace(run)
    key = selected if selected in trace.nodes else trace.root.key
    return {**run_header(run, trace), **span_panel(run, trace, key, full=full)}


def span_panel(run: Run, trace: tree.RunTrace, key: str, *, full: bool = False) -> dict[str, Any]:
    """The detail panel of one span (the run's own overview for the root)."""
    detail = tree.span_detail(trace, key, full=full)
    approval = None
    if detail is not None and detail.node.kind == Span.Kind.APPROVAL:
        approval_id = detail.node.attributes.get("approval_id")
        tool_call_id = detail.node.attributes.get("tool_call_id")
        found = ApprovalRequest.objects.filter(run_id=run.pk)
        if approval_id:
            try:
                found = found.filter(pk=uuid.UUID(str(approval_id)))
            except ValueError:
                found = found.none()
        elif tool_call_id:
            found = found.filter(tool_call_id=str(tool_call_id))
        else:
            found = found.none()
        approval = found.first()
    return {
        "detail": detail,
        "asked": run.trigger_message.text if run.trigger_message else "",
        "selected": key,
        "is_root": key == trace.root.key,
        "approval": approval,
        "approval_arguments": tree.json_block(approval.arguments_to_run) if approval else None,
        "approval_result": tree.json_block(approval.result)
        if approval and approval.result is not None
        else None,
    }
