"""What a model call costs: USD per million tokens by model-name prefix, read from the price table
(`tracing.ModelPrice`, edited by admins in the console), the longest matching prefix winning.

Every model call is priced here (`cost_usd` when its record is built, `price_for` when the budget
estimates it), often from the executor's event loop, so a lookup must be cheap and must not need the
database. Hence three layers:

1. this process's copy of the table (`_local`), trusted for `VERSION_CHECK_SECONDS`;
2. the table published in Django's cache (Redis in production) under `SHARED_KEY`, with a token that
   changes whenever a price is saved or deleted. After `VERSION_CHECK_SECONDS` a lookup reads that
   entry (one cache GET) and adopts it if its token differs from the local copy's: a price edited in
   the console reaches every worker within about a second, without a database query;
3. the database, read when the shared entry is missing (cold cache, eviction, `SHARED_SECONDS` expiry,
   which bounds the staleness of a change made behind Django's back, such as raw SQL or a restore),
   then published for the others. Async code (the executor) calls `refresh_prices` first, which
   reads through Django's own sync thread; a lookup inside the event loop never queries.

A change is published after its transaction commits (`transaction.on_commit`, from the `post_save` /
`post_delete` signals: the console, Django's admin and a shell all save through the model, and a
signal is the one hook all of them pass). Publishing before the commit could spread a price that then
rolls back. `QuerySet.update()` sends no signal: change prices with `save()` (tracing.actions does).

Unknown models are never free: a name no prefix matches is priced at `DEFAULT`, a mid-tier model's
price, so a missing row shows up as spend (and counts against budgets) instead of as $0 a month later.
When the table cannot be read at all (before `migrate`) or is empty (a database flushed by a test, or
built without migrations), prices come from `FALLBACK_PRICES`, the same rows the seed migration
writes: the runtime keeps charging the known prices rather than charging every model the default, and
an empty table is never mistaken for "everything is free".
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from asgiref.sync import sync_to_async
from django.core.cache import cache
from django.db import DatabaseError, connections, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from tracing.models import ModelPrice

logger = logging.getLogger(__name__)

MILLION = Decimal(1_000_000)
MICRO_USD = Decimal("0.000001")

# A priced call is at most this stale after a price changed in another process.
VERSION_CHECK_SECONDS = 1.0
# The published table expires after this long and is read again from the database: the most a change
# that bypassed the model's signals (raw SQL, a database restore) can stay unseen.
SHARED_SECONDS = 300
SHARED_KEY = "handrail:tracing:price-table"

# model name prefix -> (input, output, cached input), USD per million tokens. The seeded rows of
# tracing/migrations/0005_seed_model_prices.py (with their dates and sources), used only when the
# table is unreadable or empty. A test keeps the two equal.
FALLBACK_PRICES: dict[str, tuple[str, str, str]] = {
    "claude-opus-5-5": ("4", "20", "0.20"),
    "claude-opus-5": ("5", "25", "0.50"),
    "claude-opus-4-8": ("5", "25", "0.50"),
    "claude-opus-4-7": ("5", "25", "0.50"),
    "claude-opus-4-6": ("5", "25", "0.50"),
    "claude-opus-4-5": ("5", "25", "0.50"),
    "claude-opus-4": ("15", "75", "1.50"),
    "claude-sonnet-5-5": ("2", "10", "0.10"),
    "claude-sonnet-5": ("2", "10", "0.20"),
    "claude-sonnet-4": ("3", "15", "0.30"),
    "claude-haiku-5-5": ("0.10", "0.50", "0.01"),
    "claude-haiku-4": ("1", "5", "0.10"),
    "claude-3-5-haiku": ("0.80", "4", "0.08"),
    "gpt-6.2-sol": ("2", "10", "0.10"),
    "gpt-6.1-sol": ("2", "10", "0.10"),
    "gpt-6-sol": ("2", "10", "0.20"),
    "gpt-6-luna": ("0.10", "0.50", "0.01"),
    "gpt-5.6-sol": ("5", "30", "0.50"),
    "gpt-5.6-terra": ("2", "12", "0.20"),
    "gpt-5.6-luna": ("0.20", "1.20", "0.02"),
    "gpt-4.1": ("2", "8", "0.50"),
    "gpt-4.1-mini": ("0.40", "1.60", "0.10"),
    "gpt-4.1-nano": ("0.10", "0.40", "0.025"),
    "gpt-4o": ("2.50", "10", "1.25"),
    "gpt-4o-mini": ("0.15", "0.60", "0.075"),
    "handrail-offline": ("0", "0", "0"),
    # The scripted model of the tests and benchmarks: priced so cost limits can be exercised.
    "scripted": ("1", "2", "0.10"),
}


@dataclass(frozen=True)
class Price:
    """USD per million tokens. `prefix` is the table row that matched ("" for the default)."""

    input_per_mtok: Decimal
    output_per_mtok: Decimal
    cached_input_per_mtok: Decimal
    prefix: str = ""

    def as_tuple(self) -> tuple[Decimal, Decimal, Decimal]:
        return (self.input_per_mtok, self.output_per_mtok, self.cached_input_per_mtok)

    def cost(self, tokens_in: int, tokens_out: int, tokens_cached: int = 0) -> Decimal:
        """Cost of one call, to the micro-dollar. `tokens_in` includes the cached tokens (every provider
        adapter reports it so), which are billed at the cached rate."""
        uncached = max(tokens_in - tokens_cached, 0)
        total = (
            uncached * self.input_per_mtok
            + tokens_cached * self.cached_input_per_mtok
            + tokens_out * self.output_per_mtok
        ) / MILLION
        return total.quantize(MICRO_USD)


# A model no row matches: priced like a mid-tier model (see the module docstring: never free).
DEFAULT = Price(Decimal("3"), Decimal("15"), Decimal("0.30"))


@dataclass(frozen=True)
class PriceTable:
    """An immutable snapshot of the price table. `token` identifies the published version."""

    rows: tuple[Price, ...]  # longest prefix first
    token: str
    source: str  # "database", "fallback" (table empty) or "unavailable" (could not be read)

    @classmethod
    def build(cls, rows: list[tuple[str, Any, Any, Any]], token: str, source: str) -> PriceTable:
        prices = [Price(Decimal(i), Decimal(o), Decimal(c), prefix) for prefix, i, o, c in rows]
        # Longest prefix first, so the first match is the longest: "gpt-4o-mini-2024-07-18" must be
        # priced as gpt-4o-mini, not gpt-4o. Ties cannot happen (prefixes are unique).
        prices.sort(key=lambda price: (-len(price.prefix), price.prefix))
        return cls(rows=tuple(prices), token=token, source=source)

    def lookup(self, model: str) -> Price:
        for price in self.rows:
            if model.startswith(price.prefix):
                return price
        return DEFAULT

    def to_shared(self) -> dict[str, Any]:
        """Plain data for the cache (no pickled classes: a deploy may change this module)."""
        return {
            "token": self.token,
            "source": self.source,
            "rows": [
                (p.prefix, str(p.input_per_mtok), str(p.output_per_mtok), str(p.cached_input_per_mtok))
                for p in self.rows
            ],
        }

    @classmethod
    def from_shared(cls, data: Any) -> PriceTable | None:
        try:
            return cls.build([tuple(row) for row in data["rows"]], str(data["token"]), str(data["source"]))
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return None  # not ours, or an older shape: read the database instead


def fallback_table(token: str, source: str) -> PriceTable:
    return PriceTable.build([(prefix, *prices) for prefix, prices in FALLBACK_PRICES.items()], token, source)


def load_table() -> PriceTable:
    """The table as the database has it now (this connection's view, its open transaction included).

    Raises DatabaseError when it cannot be read. Call from synchronous code."""
    query = ModelPrice.objects.values_list(
        "model_prefix", "input_per_mtok", "output_per_mtok", "cached_input_per_mtok"
    )
    if connections[ModelPrice.objects.db].in_atomic_block:
        # A savepoint: a missing table must not abort the caller's transaction (PostgreSQL refuses
        # every later statement of a transaction after an error). Only then: outside a transaction an
        # atomic block would be a write transaction on SQLite (BEGIN IMMEDIATE), for a read.
        with transaction.atomic():
            rows = list(query)
    else:
        rows = list(query)
    if not rows:
        return fallback_table(uuid.uuid4().hex, "fallback")
    return PriceTable.build(rows, uuid.uuid4().hex, "database")


# --- this process's copy ------------------------------------------------------------------------------

_lock = threading.Lock()
_local: PriceTable | None = None
_checked_at = float("-inf")


def current_table() -> PriceTable:
    """The table to price calls with: this process's copy, checked against the published version at
    most every VERSION_CHECK_SECONDS. Safe to call from async code (no database query there unless
    nothing is published, see `_load_anywhere`)."""
    global _local, _checked_at
    table = _local
    if table is not None and time.monotonic() - _checked_at < VERSION_CHECK_SECONDS:
        return table
    with _lock:
        table = _local
        now = time.monotonic()
        if table is not None and now - _checked_at < VERSION_CHECK_SECONDS:
            return table  # another thread checked while this one waited
        shared = _shared_table()
        if shared is not None:
            if table is None or shared.token != table.token:
                table = shared
        else:
            loaded = _load_anywhere()
            if loaded is not None:
                table = loaded
                _share(loaded, only_if_missing=True)
            elif table is None:
                table = fallback_table("unavailable", "unavailable")
                if _in_event_loop():
                    # Not kept: no query was tried from here, and `refresh_prices` must read next time.
                    return table
        _local, _checked_at = table, now
        return table


def _in_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _shared_table() -> PriceTable | None:
    # A plain (blocking) cache read, from the event loop too: one small GET per process per
    # VERSION_CHECK_SECONDS, well under a millisecond on a local Redis.
    try:
        data = cache.get(SHARED_KEY)
    except Exception:  # a cache outage must not fail a model call
        logger.warning("price table: the cache could not be read; using this process's copy", exc_info=True)
        return None
    return PriceTable.from_shared(data) if data is not None else None


def _share(table: PriceTable, *, only_if_missing: bool) -> None:
    try:
        if only_if_missing:
            # `add`: a table published by a price change meanwhile wins over this (older) read.
            cache.add(SHARED_KEY, table.to_shared(), SHARED_SECONDS)
        else:
            cache.set(SHARED_KEY, table.to_shared(), SHARED_SECONDS)
    except Exception:  # other processes catch up when the entry expires
        logger.warning("price table: the cache could not be written", exc_info=True)


def _load_anywhere() -> PriceTable | None:
    """The table from the database in sync code; None inside an event loop or when it cannot be read."""
    if not _in_event_loop():
        return _load_or_none()
    # In an event loop Django refuses queries, and a query from a side thread would use another
    # connection: one that cannot see the caller's open transaction and, on SQLite, waits behind its
    # write lock. Async callers refresh first through Django's own sync thread (`refresh_prices`, at the
    # start of every run); until then a lookup here is priced from this process's copy or the fallback.
    return None


async def refresh_prices() -> None:
    """Bring this process's copy up to date before async work prices calls (`Executor.execute`): the
    read goes through `sync_to_async`, on the connection the run's own database work uses."""
    if _local is not None and time.monotonic() - _checked_at < VERSION_CHECK_SECONDS:
        return  # checked within the second (a table that cannot be read is retried once a second too)
    await sync_to_async(current_table)()


def _load_or_none() -> PriceTable | None:
    try:
        return load_table()
    except DatabaseError:
        # Before `migrate` (no table yet): the fallback prices, and another try at the next check.
        logger.info("price table: not readable yet; using the fallback prices")
        return None


def publish_prices() -> None:
    """Read the table and publish it with a new token: every process adopts it at its next check.
    Runs after a price change commits (see `_price_changed`); safe to call any time."""
    global _local, _checked_at
    table = _load_or_none()
    if table is None:
        return
    _share(table, only_if_missing=False)
    with _lock:
        _local, _checked_at = table, time.monotonic()


def forget_prices() -> None:
    """Drop this process's copy and the published table (tests whose transaction rolled a change back)."""
    global _local, _checked_at
    with _lock:
        _local, _checked_at = None, float("-inf")
    try:
        cache.delete(SHARED_KEY)
    except Exception:
        logger.warning("price table: the cache could not be cleared", exc_info=True)


@receiver(post_save, sender=ModelPrice, dispatch_uid="tracing.pricing.saved")
@receiver(post_delete, sender=ModelPrice, dispatch_uid="tracing.pricing.deleted")
def _price_changed(sender: Any, **kwargs: Any) -> None:
    transaction.on_commit(publish_prices)


# --- the interface the runtime uses --------------------------------------------------------------------


def price_of(model: str) -> Price:
    """The price of `model` (the row that matched in `.prefix`, "" for the default)."""
    return current_table().lookup(model)


def price_for(model: str) -> tuple[Decimal, Decimal, Decimal]:
    """(input, output, cached input) USD per million tokens for `model`."""
    return price_of(model).as_tuple()


def cost_usd(model: str, tokens_in: int, tokens_out: int, tokens_cached: int = 0) -> Decimal:
    """Cost of one call. `tokens_in` includes the cached tokens, which are billed at the cached rate."""
    return price_of(model).cost(tokens_in, tokens_out, tokens_cached)
