"""Cost and tokens of model calls, summed by what people ask about: a call, a run, a conversation, a
customer, an agent, an executor, a feature tag, a model or a day, over a date range.

The one place cost is added up: pages, the API, alerts and tests read it here, so two screens can never
disagree about what something cost. Everything is summed from `tracing.LLMCall` rows (every attempt,
failed ones included: a provider may bill a call that then failed), so a run's total is the sum of its
calls and a conversation's the sum of its runs' calls, exactly (Decimal, 6 places). `Run.cost_usd` is
the runtime's running counter of the same sum; `tracing.actions.reprice_calls` keeps the two equal when
prices are re-applied.

Ranges are half-open over `LLMCall.created_at`: `since <= created_at < until`, either end optional.
`day_range` turns inclusive calendar days (UTC) into such a range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from django.db.models import BigIntegerField, CharField, Count, F, Q, QuerySet, Sum, Value
from django.db.models.functions import Cast, Coalesce, NullIf, Round, TruncDate

from tracing.models import LLMCall
from tracing.pricing import MICRO_USD

ZERO = Decimal("0.000000")


class Dimension(StrEnum):
    CALL = "call"
    RUN = "run"
    CONVERSATION = "conversation"
    CUSTOMER = "customer"  # Conversation.customer_ref ("" for a conversation without one)
    AGENT = "agent"  # the agent the conversation talks to (a desk, for a desk's executors)
    EXECUTOR = "executor"  # the sub-agent that answered the turn; the agent itself when not a desk
    FEATURE = "feature"  # LLMCall.feature: the answering agent's tag, "routing", "guard", "output_repair"
    MODEL = "model"
    DAY = "day"  # UTC


# What each dimension groups by. The executor of a run without a router is the agent itself: "" would
# lump every plain agent's spend into one nameless row.
_GROUP_BY: dict[Dimension, Any] = {
    Dimension.CALL: F("id"),
    Dimension.RUN: F("run_id"),
    Dimension.CONVERSATION: F("run__conversation_id"),
    Dimension.CUSTOMER: F("run__conversation__customer_ref"),
    Dimension.AGENT: F("run__agent_name"),
    Dimension.EXECUTOR: Coalesce(
        NullIf(F("run__executor_name"), Value("")), F("run__agent_name"), output_field=CharField()
    ),
    Dimension.FEATURE: F("feature"),
    Dimension.MODEL: F("model"),
    Dimension.DAY: TruncDate("created_at", tzinfo=UTC),
}


@dataclass(frozen=True)
class Usage:
    calls: int
    tokens_in: int
    tokens_out: int
    tokens_cached: int
    cost_usd: Decimal

    @property
    def tokens(self) -> int:
        return self.tokens_in + self.tokens_out


@dataclass(frozen=True)
class UsageRow:
    key: Any  # the dimension's value: a run id, a customer ref, a date...
    usage: Usage


NO_USAGE = Usage(0, 0, 0, 0, ZERO)


def day_range(
    since: date | None = None, until: date | None = None
) -> tuple[datetime | None, datetime | None]:
    """Inclusive UTC days as a half-open datetime range: (2026-11-01, 2026-11-20) is every call from
    2026-11-01 00:00 to the end of 2026-11-20."""
    start = datetime.combine(since, time.min, tzinfo=UTC) if since else None
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=UTC) if until else None
    return start, end


def calls(since: datetime | None = None, until: datetime | None = None, **filters: Any) -> QuerySet[LLMCall]:
    """The model calls in a range; `filters` are LLMCall lookups (`model__startswith="gpt-4o"`,
    `run__agent_name="desk"`)."""
    found = LLMCall.objects.filter(**filters)
    if since is not None:
        found = found.filter(created_at__gte=since)
    if until is not None:
        found = found.filter(created_at__lt=until)
    return found


def micro_usd_sum(column: str = "cost_usd") -> Sum:
    """The sum of a cost column in whole micro-dollars (an integer). SQLite stores a DecimalField as a
    float (REAL affinity), and a SUM of floats over many rows can drift in the sixth decimal; a SUM of
    integers cannot. Each row is a whole number of micro-dollars already (`tracing.pricing` quantizes),
    so rounding it is exact; on PostgreSQL the column is numeric and the cast is exact too. Every cost
    figure (these, the dashboards') is summed with it, so they agree to the micro-dollar."""
    return Sum(Cast(Round(F(column) * Value(1_000_000)), BigIntegerField()))


_SUMS = {
    "n_calls": Count("id"),
    "sum_in": Sum("tokens_in"),
    "sum_out": Sum("tokens_out"),
    "sum_cached": Sum("tokens_cached"),
    "sum_micro_usd": micro_usd_sum(),
}


def _usage(row: dict[str, Any]) -> Usage:
    return Usage(
        calls=row["n_calls"] or 0,
        tokens_in=int(row["sum_in"] or 0),
        tokens_out=int(row["sum_out"] or 0),
        tokens_cached=int(row["sum_cached"] or 0),
        cost_usd=from_micro_usd(row["sum_micro_usd"]),
    )


def from_micro_usd(micro: int | Decimal | None) -> Decimal:
    return Decimal(int(micro or 0)).scaleb(-6).quantize(MICRO_USD)


def total(queryset: QuerySet[LLMCall]) -> Usage:
    """The usage of a set of calls (one query)."""
    return _usage(queryset.order_by().aggregate(**_SUMS))


def usage_between(since: datetime | None = None, until: datetime | None = None, **filters: Any) -> Usage:
    return total(calls(since, until, **filters))


def by(
    dimension: Dimension | str,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    **filters: Any,
) -> list[UsageRow]:
    """Usage grouped by `dimension`, most expensive first (ties: the key), in one query."""
    dimension = Dimension(dimension)
    grouped = (
        calls(since, until, **filters)
        .order_by()
        .annotate(group_key=_GROUP_BY[dimension])
        .values("group_key")
        .annotate(**_SUMS)
        .order_by("-sum_micro_usd", "group_key")
    )
    if limit is not None:
        grouped = grouped[:limit]
    return [UsageRow(key=row["group_key"], usage=_usage(row)) for row in grouped]


# --- one thing's cost ---------------------------------------------------------------------------------


def call_cost(call_id: int) -> Usage:
    return total(LLMCall.objects.filter(pk=call_id))


def run_cost(run_id: Any) -> Usage:
    """A run's calls, every attempt included: what `Run.cost_usd` counts."""
    return total(LLMCall.objects.filter(run_id=run_id))


def conversation_cost(
    conversation_id: Any, since: datetime | None = None, until: datetime | None = None
) -> Usage:
    """Every call of every run of the conversation: the sum of its runs' totals."""
    return usage_between(since, until, run__conversation_id=conversation_id)


def customer_cost(customer_ref: str, since: datetime | None = None, until: datetime | None = None) -> Usage:
    return usage_between(since, until, run__conversation__customer_ref=customer_ref)


def agent_cost(agent_name: str, since: datetime | None = None, until: datetime | None = None) -> Usage:
    return usage_between(since, until, run__agent_name=agent_name)


def executor_cost(executor_name: str, since: datetime | None = None, until: datetime | None = None) -> Usage:
    """Runs answered by this executor, and runs of a plain agent of this name (its own executor)."""
    answered_by = Q(run__executor_name=executor_name) | Q(
        run__executor_name="", run__agent_name=executor_name
    )
    return total(calls(since, until).filter(answered_by))


def feature_cost(feature: str, since: datetime | None = None, until: datetime | None = None) -> Usage:
    return usage_between(since, until, feature=feature)
