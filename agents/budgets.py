"""Daily budgets in money, per customer and per agent: reserve before a model call, settle after.

A model call first reserves its estimated cost in every budget that applies (`reserve`), and only then
is made; afterwards the reservation is released and the real cost booked (`settle`). Checking the spend
after the call instead lets concurrent calls pass the limit together (LiteLLM #11083): here each
reservation is one conditional UPDATE, `reserved += estimate WHERE spent + reserved + estimate <= limit`.
PostgreSQL re-checks the condition on the row as it is after any concurrent update (the UPDATE's row
lock), SQLite serialises writers (BEGIN IMMEDIATE): either way at most the calls that fit get through.

The estimate is an upper bound for one successful call: the request's input tokens at the input price
plus the whole `max_tokens` at the output price. A crash between reserve and settle leaves the estimate
reserved until the day ends (`BudgetLedger`): the ledger errs on the side of not spending.

Days are UTC days; a new day is a new row, so budgets start over at midnight UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal
from functools import lru_cache

import pybreaker
from django.db import connection, transaction
from django.utils import timezone

from agents.errors import RunError
from agents.fallback import breaker_for
from agents.models import BudgetLedger
from agents.providers import parse_chain_entry
from agents.providers.base import ModelRequest
from agents.tokens import count_messages_tokens, count_tokens, count_tool_specs_tokens
from tracing.pricing import MILLION, price_for

Scope = BudgetLedger.Scope
#: (scope, key, limit in USD): one budget a call must fit in, e.g. ("user", "alice", Decimal("2.00")).
Budget = tuple[str, str, Decimal]

ZERO = Decimal(0)
# The ledger's precision (DecimalField decimal_places=6).
MICRO_USD = Decimal("0.000001")


class BudgetExceeded(RunError):
    """A call's estimate does not fit in one of its budgets today. Not retryable: the budget is spent
    until the day ends (or the limit is raised)."""

    code = "budget_exhausted"
    retryable = False

    def __init__(self, scope: str, key: str, limit: Decimal, committed: Decimal, amount: Decimal) -> None:
        left = max(limit - committed, ZERO)
        super().__init__(
            f"the {scope} budget of {key!r} for today is ${limit} with ${left} left; "
            f"this call may cost up to ${amount}"
        )
        self.scope = scope
        self.key = key
        self.limit = limit
        self.committed = committed  # spent + reserved when the reservation was refused
        self.amount = amount


@dataclass(frozen=True)
class Reservation:
    """Money held in each of `scopes` (scope, key) on `day` until `settle` books the real cost."""

    day: dt.date
    amount: Decimal
    scopes: tuple[tuple[str, str], ...]


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def to_micro_usd(amount: Decimal) -> Decimal:
    """Rounded up to the ledger's precision: an estimate must never round down to less than it is."""
    return amount.quantize(MICRO_USD, rounding=ROUND_UP)


# --- estimating ----------------------------------------------------------------------------------


def first_model(entries: Sequence[str]) -> str:
    """The model a chain will try first: its first entry whose circuit is not open ("" for no entry).
    The price of the others counts only when the first fails, and failed attempts are settled at their
    real cost."""
    for entry in entries:
        kind, model = parse_chain_entry(entry)
        if breaker_for(f"{kind}:{model}").current_state != pybreaker.STATE_OPEN:
            return model
    return parse_chain_entry(entries[-1])[1] if entries else ""


def is_free(model: str) -> bool:
    price_in, price_out, _ = price_for(model)
    return not price_in and not price_out


def estimate_cost(request: ModelRequest, model: str) -> Decimal:
    """The most one successful call of `request` to `model` costs: its input (system prompt, messages,
    tool schemas) counted by `agents.tokens` at the input price, and all of `max_tokens` at the output
    price. 0 for a free model (nothing counted)."""
    price_in, price_out, _ = price_for(model)
    if not price_in and not price_out:
        return ZERO
    tokens_in = (
        count_tokens(request.system)
        + count_messages_tokens(request.messages)
        + count_tool_specs_tokens(request.tools)
    )
    return to_micro_usd((tokens_in * price_in + request.max_tokens * price_out) / MILLION)


# --- the ledger ------------------------------------------------------------------------------------


def reserve(scopes: Iterable[Budget], amount: Decimal) -> Reservation:
    """Hold `amount` in every budget of `scopes`, all or none (one transaction): raises BudgetExceeded
    for the first budget it does not fit in, and nothing stays reserved anywhere.

    Each budget is one conditional UPDATE of today's row (created on the day's first call). `limit` is
    today's configured limit and is written to the row, so a changed setting applies at once."""
    scopes = list(scopes)
    amount = to_micro_usd(amount)
    day = today()
    with transaction.atomic():
        for scope, key, limit in scopes:
            if _hold(scope, key, day, limit, amount):
                continue
            # The day's first call for this budget creates its row; racing creators are one insert (the
            # unique constraint) and the others' conflict is ignored, then everyone takes the UPDATE path.
            BudgetLedger.objects.bulk_create(
                [BudgetLedger(scope=scope, key=key, day=day, limit_usd=limit)], ignore_conflicts=True
            )
            if not _hold(scope, key, day, limit, amount):
                row = BudgetLedger.objects.get(scope=scope, key=key, day=day)
                raise BudgetExceeded(scope, key, limit, row.spent_usd + row.reserved_usd, amount)
    return Reservation(day=day, amount=amount, scopes=tuple((scope, key) for scope, key, _ in scopes))


def settle(reservation: Reservation, actual: Decimal) -> None:
    """Release the reservation and book the real cost `actual` (what the call's attempts cost, whatever
    the estimate was: money spent is booked even past the limit). One statement over every scope of the
    reservation, so it is atomic without a transaction; `reserved` never goes below 0."""
    if not reservation.scopes:
        return
    actual = max(actual.quantize(MICRO_USD), ZERO)
    params = [
        _prep("reserved_usd", reservation.amount),
        _prep("reserved_usd", reservation.amount),
        _prep("spent_usd", actual),
        _prep("updated_at", timezone.now()),
        _prep("day", reservation.day),
    ]
    for scope, key in reservation.scopes:
        params += [scope, key]
    with connection.cursor() as cursor:
        cursor.execute(_settle_sql(connection.vendor, len(reservation.scopes)), params)


# The ledger's two statements run on every priced model call, in plain SQL built once: through the
# ORM each was compiled anew, 0.3-0.5 ms of CPU apiece (bench/budget_overhead.py). Values go through
# their fields' `get_db_prep_save`, exactly as the ORM sends them.


def _prep(name: str, value: object) -> object:
    return BudgetLedger._meta.get_field(name).get_db_prep_save(value, connection)


def _hold(scope: str, key: str, day: dt.date, limit: Decimal, amount: Decimal) -> bool:
    params = [
        _prep("reserved_usd", amount),
        _prep("limit_usd", limit),
        _prep("updated_at", timezone.now()),
        scope,
        key,
        _prep("day", day),
        _prep("reserved_usd", amount),
        _prep("limit_usd", limit),
    ]
    with connection.cursor() as cursor:
        cursor.execute(_hold_sql(connection.vendor), params)
        return cursor.rowcount == 1


@lru_cache(maxsize=4)
def _hold_sql(vendor: str) -> str:
    q = connection.ops.quote_name
    table = q(BudgetLedger._meta.db_table)
    spent, reserved = q("spent_usd"), q("reserved_usd")
    return (
        f"UPDATE {table} SET {reserved} = {reserved} + %s, {q('limit_usd')} = %s, {q('updated_at')} = %s "  # noqa: S608 (names only)
        f"WHERE {q('scope')} = %s AND {q('key')} = %s AND {q('day')} = %s "
        # Arithmetic on both sides of the test: SQLite compares a bare decimal parameter (sent as text)
        # as text, and every number is less than any text.
        f"AND {spent} + {reserved} + %s - %s <= 0"
    )


@lru_cache(maxsize=16)
def _settle_sql(vendor: str, scopes: int) -> str:
    q = connection.ops.quote_name
    table = q(BudgetLedger._meta.db_table)
    spent, reserved = q("spent_usd"), q("reserved_usd")
    matching = " OR ".join([f"({q('scope')} = %s AND {q('key')} = %s)"] * scopes)
    return (
        f"UPDATE {table} SET "  # noqa: S608 (names only)
        f"{reserved} = CASE WHEN {reserved} - %s > 0 THEN {reserved} - %s ELSE 0 END, "
        f"{spent} = {spent} + %s, {q('updated_at')} = %s "
        f"WHERE {q('day')} = %s AND ({matching})"
    )


# --- what is used (the executor's degrade step; alerts) --------------------------------------------


def usage(scope: str, key: str, day: dt.date | None = None) -> tuple[Decimal, Decimal, Decimal]:
    """(spent, reserved, limit) of one budget on `day` (today, UTC); zeros when nothing was reserved."""
    row = (
        BudgetLedger.objects.filter(scope=scope, key=key, day=day or today())
        .values_list("spent_usd", "reserved_usd", "limit_usd")
        .first()
    )
    return row if row is not None else (ZERO, ZERO, ZERO)


def fraction_used(scope: str, key: str, day: dt.date | None = None) -> float:
    """(spent + reserved) / limit of one budget today: 0.8 is "80% used". 0.0 when it has no limit."""
    spent, reserved, limit = usage(scope, key, day)
    return float((spent + reserved) / limit) if limit > 0 else 0.0


def most_used_fraction(scopes: Sequence[Budget]) -> float:
    """The highest fraction used among `scopes` today, against the limits given (the configured ones),
    in one query (asked before each priced call when a cheaper tier could take it)."""
    if not scopes:
        return 0.0
    limits = {(scope, key): limit for scope, key, limit in scopes}
    params: list[object] = [_prep("day", today())]
    for scope, key, _ in scopes:
        params += [scope, key]
    with connection.cursor() as cursor:
        cursor.execute(_used_sql(connection.vendor, len(scopes)), params)
        rows = cursor.fetchall()
    fractions = [
        (float(spent) + float(reserved)) / float(limits[(scope, key)])
        for scope, key, spent, reserved in rows
        if limits.get((scope, key), ZERO) > 0
    ]
    return max(fractions, default=0.0)


@lru_cache(maxsize=16)
def _used_sql(vendor: str, scopes: int) -> str:
    q = connection.ops.quote_name
    matching = " OR ".join([f"({q('scope')} = %s AND {q('key')} = %s)"] * scopes)
    return (
        f"SELECT {q('scope')}, {q('key')}, {q('spent_usd')}, {q('reserved_usd')} "  # noqa: S608 (names only)
        f"FROM {q(BudgetLedger._meta.db_table)} WHERE {q('day')} = %s AND ({matching})"
    )
