"""State changes of the tracing app: the price table and re-pricing past model calls.

One function per change. Each validates its input (`check_*`, also used by the console's forms so a
person sees the same message next to the field), writes in a transaction with its audit entry
(`tracing.recording.record_audit`), and leaves side effects to after the commit (a changed price is
published to every process by `tracing.pricing` once the transaction commits).

Who may do this is the caller's question: tracing knows no roles (it imports nothing from `agents`).
The console lets only admins in (`console_view(Capability.MANAGE_SETTINGS)`); `manage.py reprice` is
run by whoever has a shell on the server.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.apps import apps
from django.db import IntegrityError, transaction
from django.utils import timezone

from tracing import costs
from tracing.models import LLMCall, ModelPrice
from tracing.pricing import PriceTable, load_table
from tracing.recording import record_audit

# The most a row may say, per million tokens. The dearest public models cost a few hundred dollars per
# million output tokens; ten thousand is a typo (or a price per token pasted as per million).
MAX_PRICE_PER_MTOK = Decimal("10000")
PRICE_DECIMALS = 6  # the column's precision: a finer price would be rounded silently
PREFIX_MAX_CHARS = 128
SOURCE_MAX_CHARS = 300
# Model names as providers and OpenAI-compatible servers spell them: "claude-sonnet-5-5",
# "gpt-4o-mini-2024-07-18", "accounts/fireworks/models/llama-v3p1-70b", "llama3.1:8b", "model@v2".
PREFIX_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]*")
EARLIEST_AS_OF = date(2020, 1, 1)
# Runs a worker may hold right now: it keeps the run's cost in memory and writes it back at its next
# checkpoint, which would undo a re-priced total. Their calls are left for a later reprice.
RUNS_IN_PROGRESS = ("pending", "running")
REPRICE_BATCH = 500


class PriceError(Exception):
    """Bad input for a price or a reprice: nothing was written. `field` names the form field it is about
    ("" for the whole form). Same shape as `agents.errors.InputError` (code, retryable, status)."""

    retryable = False

    def __init__(
        self, message: str, *, code: str = "invalid_input", status: int = 422, field: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.field = field

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "retryable": self.retryable, "message": self.message}


# --- checks ----------------------------------------------------------------------------------------------


def check_model_prefix(value: Any, *, field: str = "model_prefix") -> str:
    """A model-name prefix: ASCII letters, digits and . _ : / @ + - (how model names are spelled), no
    spaces. Look-alike letters from other scripts are refused: "gpt-4о" with a Cyrillic "о" would
    never match a call and the model would be priced at the default while the table looks right."""
    if not isinstance(value, str):
        raise PriceError("Give the model name prefix as text, e.g. claude-sonnet-5-5.", field=field)
    text = value.strip()
    if not text:
        raise PriceError("Give a model name prefix, e.g. claude-sonnet-5-5.", field=field)
    if len(text) > PREFIX_MAX_CHARS:
        raise PriceError(f"A model name prefix is at most {PREFIX_MAX_CHARS} characters.", field=field)
    if not PREFIX_PATTERN.fullmatch(text):
        odd = next((c for c in text if not re.fullmatch(r"[A-Za-z0-9._:/@+-]", c)), "")
        described = _describe_char(odd) if odd else "its first character"
        raise PriceError(
            f"Model names use only ASCII letters, digits and . _ : / @ + - (this one has {described}).",
            field=field,
        )
    return text


def _describe_char(char: str) -> str:
    if char.isspace():
        return "a space"
    name = unicodedata.name(char, "")
    return f"“{char}” ({name.lower()})" if name and char.isprintable() else f"the character U+{ord(char):04X}"


def check_price(value: Any, *, label: str = "price", field: str = "") -> Decimal:
    """USD per million tokens: a number from 0 to MAX_PRICE_PER_MTOK with at most 6 decimals."""
    if isinstance(value, bool) or value is None:
        raise PriceError(f"Give the {label} in USD per million tokens, e.g. 2.50.", field=field)
    if isinstance(value, float):
        value = repr(value)  # the number as written, not its binary approximation
    text = str(value).strip().removeprefix("$").strip()
    if not text:
        raise PriceError(f"Give the {label} in USD per million tokens, e.g. 2.50.", field=field)
    if "," in text:
        raise PriceError(
            f"The {label}: use a dot for decimals and no thousands separator (2.50).", field=field
        )
    if len(text) > 32 or not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", text):
        raise PriceError(f"The {label} must be a number in USD per million tokens, e.g. 2.50.", field=field)
    try:
        price = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern above only lets numbers through
        raise PriceError(f"The {label} must be a number, e.g. 2.50.", field=field) from None
    if price < 0:
        raise PriceError(f"The {label} cannot be negative.", field=field)
    price = abs(price)  # "-0" is 0
    if price > MAX_PRICE_PER_MTOK:
        raise PriceError(
            f"The {label} is above ${MAX_PRICE_PER_MTOK:,} per million tokens: is it a price per "
            "thousand, or a typo?",
            field=field,
        )
    exponent = price.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > PRICE_DECIMALS:
        raise PriceError(f"The {label} has more than {PRICE_DECIMALS} decimals.", field=field)
    return price.quantize(Decimal(1).scaleb(-PRICE_DECIMALS))


def check_day(value: Any, *, label: str = "date", field: str = "") -> date | None:
    """A calendar day as YYYY-MM-DD (or a date); None for empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        raise PriceError(f"The {label} is a day, not a time.", field=field)
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if len(text) != 10 or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise PriceError(f"The {label} must be a day written YYYY-MM-DD, e.g. 2026-11-01.", field=field)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PriceError(f"The {label} {text} is not a day of the calendar.", field=field) from None


def check_as_of(value: Any, *, field: str = "as_of") -> date:
    """The day the price was set or checked against its source: not in the future (a day of slack for
    a person east of UTC), not before 2020."""
    day = check_day(value, label="“as of” date", field=field)
    if day is None:
        raise PriceError("Give the day this price is as of (YYYY-MM-DD).", field=field)
    if day > timezone.now().astimezone(UTC).date() + timedelta(days=1):
        raise PriceError(
            "The “as of” date is in the future: prices here apply from the moment they are saved.",
            field=field,
        )
    if day < EARLIEST_AS_OF:
        raise PriceError(f"The “as of” date is before {EARLIEST_AS_OF.year}: is it a typo?", field=field)
    return day


def check_source(value: Any, *, field: str = "source") -> str:
    """Where the price comes from: a link (http or https; the page shows only those as links) or a
    short note."""
    text = "" if value is None else str(value).strip()
    if len(text) > SOURCE_MAX_CHARS:
        raise PriceError(f"The source is at most {SOURCE_MAX_CHARS} characters.", field=field)
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        raise PriceError("The source contains control or invisible characters.", field=field)
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", text)
    if scheme and scheme.group(1).lower() in ("javascript", "data", "vbscript", "file"):
        raise PriceError("A source link must start with http:// or https://.", field=field)
    if scheme and scheme.group(1).lower() in ("http", "https") and not re.fullmatch(r"https?://\S+", text):
        raise PriceError("A source link is one address, without spaces.", field=field)
    return text


@dataclass(frozen=True)
class PriceValues:
    input_per_mtok: Decimal
    output_per_mtok: Decimal
    cached_input_per_mtok: Decimal
    as_of: date
    source: str


def check_price_values(
    *, input_per_mtok: Any, output_per_mtok: Any, cached_input_per_mtok: Any, as_of: Any, source: Any
) -> PriceValues:
    values = PriceValues(
        input_per_mtok=check_price(input_per_mtok, label="input price", field="input_per_mtok"),
        output_per_mtok=check_price(output_per_mtok, label="output price", field="output_per_mtok"),
        cached_input_per_mtok=check_price(
            cached_input_per_mtok, label="cached input price", field="cached_input_per_mtok"
        ),
        as_of=check_as_of(as_of),
        source=check_source(source),
    )
    if values.cached_input_per_mtok > values.input_per_mtok:
        # Cache reads are a discount on input at every provider: more is swapped columns or a
        # cache-write price in the wrong box.
        raise PriceError(
            "The cached input price is above the input price: cached tokens are billed at a discount "
            "(is it the cache-write price?).",
            field="cached_input_per_mtok",
        )
    return values


# --- the price table ---------------------------------------------------------------------------------------


def price_text(amount: Decimal) -> str:
    """2.5 -> "2.50", 0.075 -> "0.075", 15 -> "15.00": as price pages write them."""
    text = format(amount.normalize(), "f")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"


def _price_state(price: ModelPrice) -> dict[str, str]:
    return {
        "input_per_mtok": price_text(Decimal(price.input_per_mtok)),
        "output_per_mtok": price_text(Decimal(price.output_per_mtok)),
        "cached_input_per_mtok": price_text(Decimal(price.cached_input_per_mtok)),
        "as_of": price.as_of.isoformat(),
        "source": price.source,
    }


def access_price(price_id: Any) -> ModelPrice:
    try:
        found = ModelPrice.objects.filter(pk=int(price_id)).first()
    except (TypeError, ValueError, OverflowError):
        found = None
    if found is None:
        raise PriceError("That price is not in the table (deleted meanwhile?).", code="not_found", status=404)
    return found


def add_price(*, model_prefix: Any, actor: Any, actor_name: str = "", **values: Any) -> ModelPrice:
    """Add a row for a model prefix not in the table yet. Values as for `update_price`."""
    prefix = check_model_prefix(model_prefix)
    checked = check_price_values(**values)
    try:
        with transaction.atomic():
            price = ModelPrice.objects.create(
                model_prefix=prefix,
                input_per_mtok=checked.input_per_mtok,
                output_per_mtok=checked.output_per_mtok,
                cached_input_per_mtok=checked.cached_input_per_mtok,
                as_of=checked.as_of,
                source=checked.source,
                updated_by=actor if _is_user(actor) else None,
            )
            record_audit(
                actor, "price_add", "model_price", prefix, after=_price_state(price), actor_name=actor_name
            )
    except IntegrityError:
        raise PriceError(
            f"{prefix} is in the table already: edit that row instead.",
            code="conflict",
            status=409,
            field="model_prefix",
        ) from None
    return price


def update_price(
    price: ModelPrice | int,
    *,
    input_per_mtok: Any,
    output_per_mtok: Any,
    cached_input_per_mtok: Any,
    as_of: Any,
    source: Any,
    actor: Any,
    actor_name: str = "",
) -> tuple[ModelPrice, bool]:
    """Change a row's prices, date and source (the prefix stays: a new prefix is a new row). Returns
    (the row, whether anything changed); an unchanged save writes nothing and no audit entry.

    New calls are priced with it as soon as it commits; past calls keep what they cost until
    `reprice_calls` is run for them."""
    checked = check_price_values(
        input_per_mtok=input_per_mtok,
        output_per_mtok=output_per_mtok,
        cached_input_per_mtok=cached_input_per_mtok,
        as_of=as_of,
        source=source,
    )
    price_id = price.pk if isinstance(price, ModelPrice) else price
    with transaction.atomic():
        row = ModelPrice.objects.select_for_update().filter(pk=price_id).first()
        if row is None:
            raise PriceError(
                "That price is not in the table (deleted meanwhile?).", code="not_found", status=404
            )
        before = _price_state(row)
        row.input_per_mtok = checked.input_per_mtok
        row.output_per_mtok = checked.output_per_mtok
        row.cached_input_per_mtok = checked.cached_input_per_mtok
        row.as_of = checked.as_of
        row.source = checked.source
        after = _price_state(row)
        if after == before:
            return row, False
        row.updated_by = actor if _is_user(actor) else None
        row.save()  # save(), not update(): the post_save signal publishes the change after the commit
        record_audit(
            actor,
            "price_update",
            "model_price",
            row.model_prefix,
            before=before,
            after=after,
            actor_name=actor_name,
        )
    return row, True


def delete_price(price: ModelPrice | int, *, actor: Any, actor_name: str = "") -> str:
    """Remove a row: its models fall back to the next longest prefix, or the default price. Returns the
    prefix that was removed."""
    price_id = price.pk if isinstance(price, ModelPrice) else price
    with transaction.atomic():
        row = ModelPrice.objects.select_for_update().filter(pk=price_id).first()
        if row is None:
            raise PriceError(
                "That price is not in the table (deleted meanwhile?).", code="not_found", status=404
            )
        prefix, before = row.model_prefix, _price_state(row)
        row.delete()  # the post_delete signal publishes the change after the commit
        record_audit(actor, "price_delete", "model_price", prefix, before=before, actor_name=actor_name)
    return prefix


def _is_user(actor: Any) -> bool:
    return actor is not None and getattr(actor, "pk", None) is not None


# --- re-pricing past calls ---------------------------------------------------------------------------------


@dataclass
class RepriceResult:
    model_prefix: str
    since: date | None
    until: date | None
    dry_run: bool
    calls_matched: int = 0
    calls_changed: int = 0
    runs_changed: int = 0
    # Calls of runs a worker may hold right now (pending, running): left as they are.
    calls_skipped: int = 0
    runs_skipped: int = 0
    total_before: Decimal = Decimal("0.000000")
    total_after: Decimal = Decimal("0.000000")
    _changed_runs: set[Any] = field(default_factory=set, repr=False)
    _skipped_runs: set[Any] = field(default_factory=set, repr=False)

    @property
    def difference(self) -> Decimal:
        return self.total_after - self.total_before

    def scope_text(self) -> str:
        """ "calls of gpt-4o* from 2026-11-01 to 2026-11-20" as a person reads the selection."""
        what = f"calls of {self.model_prefix}*" if self.model_prefix else "calls of every model"
        if self.since and self.until:
            return f"{what} from {self.since} to {self.until}"
        if self.since:
            return f"{what} since {self.since}"
        if self.until:
            return f"{what} up to {self.until}"
        return f"{what}, all time"


def check_reprice_scope(model_prefix: Any, since: Any, until: Any) -> tuple[str, date | None, date | None]:
    prefix = check_model_prefix(model_prefix, field="model") if model_prefix not in (None, "") else ""
    since_day = check_day(since, label="start date", field="since")
    until_day = check_day(until, label="end date", field="until")
    if since_day and until_day and since_day > until_day:
        raise PriceError(f"The start date {since_day} is after the end date {until_day}.", field="until")
    return prefix, since_day, until_day


def reprice_calls(
    *,
    model_prefix: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    actor: Any,
    actor_name: str = "",
    dry_run: bool = False,
    batch_size: int = REPRICE_BATCH,
) -> RepriceResult:
    """Re-apply the current price table to past model calls: those whose model starts with
    `model_prefix` (every model when empty), made on the days `since` to `until` (inclusive, UTC;
    either open).

    In batches of `batch_size` calls, each in one transaction: the runs of the batch are locked, the
    calls whose cost changes are updated, and each touched run's `cost_usd` is set to the exact sum of
    all its calls (so run, conversation and customer totals keep adding up). Calls of runs in progress
    (pending, running) are skipped and counted: their worker would overwrite the run's total at its next
    checkpoint. Idempotent: a second run with the same table changes nothing. An audit entry records
    the counts and the totals before and after (not for a dry run, which writes nothing).

    Daily budget ledgers are not rewritten: they record what was spent against that day's limit.
    An interrupted reprice leaves the batches it finished consistent (calls and their runs' totals);
    running it again completes it."""
    prefix, since_day, until_day = check_reprice_scope(model_prefix, since, until)
    result = RepriceResult(model_prefix=prefix, since=since_day, until=until_day, dry_run=dry_run)
    # One snapshot of the table for the whole reprice, read from the database (not the process cache,
    # which may be a second behind): every call is priced by the same, committed, table.
    table = load_table()
    start, end = costs.day_range(since_day, until_day)
    selected = costs.calls(start, end, **({"model__startswith": prefix} if prefix else {}))
    last_pk = 0
    while True:
        with transaction.atomic():
            batch = list(
                selected.filter(pk__gt=last_pk)
                .order_by("pk")
                .values_list("pk", "run_id", "model", "tokens_in", "tokens_out", "tokens_cached", "cost_usd")[
                    :batch_size
                ]
            )
            if not batch:
                break
            last_pk = batch[-1][0]
            _reprice_batch(batch, table, result)
    result.runs_changed = len(result._changed_runs)
    result.runs_skipped = len(result._skipped_runs)
    if not dry_run:
        with transaction.atomic():
            record_audit(
                actor,
                "reprice",
                "model_calls",
                prefix or "*",
                before={"scope": result.scope_text(), "total_usd": str(result.total_before)},
                after={
                    "scope": result.scope_text(),
                    "total_usd": str(result.total_after),
                    "calls_matched": result.calls_matched,
                    "calls_changed": result.calls_changed,
                    "runs_changed": result.runs_changed,
                    "calls_skipped_in_progress": result.calls_skipped,
                },
                actor_name=actor_name,
            )
    return result


def _reprice_batch(batch: list[tuple[Any, ...]], table: PriceTable, result: RepriceResult) -> None:
    """One batch, inside its transaction (see `reprice_calls`)."""
    run_model = apps.get_model("agents", "Run")  # by name: tracing imports nothing from agents
    run_ids = {row[1] for row in batch}
    # Locked in primary-key order, so two reprices meet the same rows in the same order (no deadlock),
    # and a worker cannot claim one of these runs (and load its old total) until this commits.
    run_totals = dict(
        run_model.objects.select_for_update()
        .filter(pk__in=run_ids)
        .exclude(status__in=RUNS_IN_PROGRESS)
        .order_by("pk")
        .values_list("pk", "cost_usd")
    )
    new_costs: dict[Any, Decimal] = {}
    for pk, run_id, model, tokens_in, tokens_out, tokens_cached, old_cost in batch:
        old_cost = Decimal(old_cost)
        result.calls_matched += 1
        result.total_before += old_cost
        if run_id not in run_totals:
            result.calls_skipped += 1
            result._skipped_runs.add(run_id)
            result.total_after += old_cost
            continue
        new_cost = table.lookup(model).cost(tokens_in, tokens_out, tokens_cached)
        result.total_after += new_cost
        if new_cost != old_cost:
            new_costs[pk] = new_cost
    result.calls_changed += len(new_costs)
    if not run_totals:
        return
    # Each run's total is the sum of all its calls, those outside the selection included.
    sums = dict.fromkeys(run_totals, Decimal("0.000000"))
    for pk, run_id, cost in LLMCall.objects.filter(run_id__in=run_totals).values_list(
        "pk", "run_id", "cost_usd"
    ):
        sums[run_id] += new_costs.get(pk, Decimal(cost))
    runs_to_fix = [run_id for run_id, total in sums.items() if total != Decimal(run_totals[run_id])]
    result._changed_runs.update(runs_to_fix)
    if result.dry_run:
        return
    if new_costs:
        LLMCall.objects.bulk_update(
            [LLMCall(pk=pk, cost_usd=cost) for pk, cost in new_costs.items()], ["cost_usd"]
        )
    if runs_to_fix:
        run_model.objects.bulk_update(
            [run_model(pk=run_id, cost_usd=sums[run_id]) for run_id in runs_to_fix], ["cost_usd"]
        )
