"""What the price page shows (the table with each row's recent use, the models no row prices) and its
forms. The forms are for the person (a message next to the field that is wrong); the checks are
`tracing.actions.check_*`, the same ones the actions apply again before writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django import forms
from django.utils import timezone

from tracing import actions, costs
from tracing.models import ModelPrice
from tracing.pricing import DEFAULT, PriceTable, load_table

# "Calls" and "cost" next to each row: the recent window a price change matters for.
USAGE_DAYS = 30


def money(amount: Decimal) -> str:
    """A cost as people read it: "$1,234.57", "$0.0421", "$0.000003", "$0.00"."""
    if amount == 0:
        return "$0.00"
    if abs(amount) >= 1:
        return f"${amount:,.2f}"
    text = format(amount.normalize(), "f")
    whole, _, fraction = text.partition(".")
    significant = fraction.lstrip("0")
    kept = len(fraction) - len(significant) + min(len(significant), 3)  # three significant digits
    return f"${whole}.{fraction[: max(kept, 2)].ljust(2, '0')}"


def rate(amount: Decimal) -> str:
    """A price per million tokens: "$2.50", "$0.075", "$15.00"."""
    return "$" + actions.price_text(Decimal(amount))


# --- the page ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PriceRow:
    price: ModelPrice
    input: str
    output: str
    cached_input: str
    calls: int
    cost: str
    exact_cost: str
    source_is_link: bool


@dataclass(frozen=True)
class UnpricedModel:
    model: str
    calls: int
    cost: str


def prices_page() -> dict[str, Any]:
    """The table, with each row's calls and cost over the last USAGE_DAYS (the calls it priced: a
    model counts under the longest prefix that matches it), and the models no row matches. Three
    queries: the rows, the table snapshot, the usage per model."""
    rows = list(ModelPrice.objects.select_related("updated_by").order_by("model_prefix"))
    table: PriceTable = load_table()
    since = timezone.now() - timedelta(days=USAGE_DAYS)
    per_prefix: dict[str, list[int | Decimal]] = {}
    unpriced: list[UnpricedModel] = []
    for usage_row in costs.by(costs.Dimension.MODEL, since=since):
        prefix = table.lookup(usage_row.key).prefix
        if prefix == "":
            unpriced.append(
                UnpricedModel(usage_row.key, usage_row.usage.calls, money(usage_row.usage.cost_usd))
            )
            continue
        calls, cost = per_prefix.get(prefix, [0, Decimal(0)])
        per_prefix[prefix] = [int(calls) + usage_row.usage.calls, Decimal(cost) + usage_row.usage.cost_usd]
    shown = []
    for price in rows:
        calls, cost = per_prefix.get(price.model_prefix, [0, Decimal(0)])
        shown.append(
            PriceRow(
                price=price,
                input=rate(price.input_per_mtok),
                output=rate(price.output_per_mtok),
                cached_input=rate(price.cached_input_per_mtok),
                calls=int(calls),
                cost=money(Decimal(cost)),
                exact_cost=f"${Decimal(cost):.6f}",
                source_is_link=price.source.startswith(("https://", "http://")),
            )
        )
    return {
        "rows": shown,
        "unpriced": unpriced,
        "usage_days": USAGE_DAYS,
        "default_price": {
            "input": rate(DEFAULT.input_per_mtok),
            "output": rate(DEFAULT.output_per_mtok),
            "cached_input": rate(DEFAULT.cached_input_per_mtok),
        },
        "table_source": table.source,
        "prefixes": [price.model_prefix for price in rows],
    }


# --- forms -----------------------------------------------------------------------------------------------


def _text_input(**attrs: Any) -> forms.TextInput:
    return forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", **attrs})


class _Checked(forms.Form):
    """Fields are plain text: the checks in tracing.actions say what is wrong, in one voice."""

    def _check(self, name: str, check: Any, **kwargs: Any) -> Any:
        try:
            return check(self.cleaned_data.get(name, ""), field=name, **kwargs)
        except actions.PriceError as exc:
            raise forms.ValidationError(exc.message, code=exc.code) from None


class PriceForm(_Checked):
    money_fields = ("input_per_mtok", "cached_input_per_mtok", "output_per_mtok")
    input_per_mtok = forms.CharField(label="Input", required=False, widget=_text_input(inputmode="decimal"))
    cached_input_per_mtok = forms.CharField(
        label="Cached input", required=False, widget=_text_input(inputmode="decimal")
    )
    output_per_mtok = forms.CharField(label="Output", required=False, widget=_text_input(inputmode="decimal"))
    as_of = forms.CharField(label="As of", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    source = forms.CharField(label="Source", required=False, widget=_text_input(placeholder="https://…"))

    def clean_input_per_mtok(self) -> Decimal:
        return self._check("input_per_mtok", actions.check_price, label="input price")

    def clean_cached_input_per_mtok(self) -> Decimal:
        return self._check("cached_input_per_mtok", actions.check_price, label="cached input price")

    def clean_output_per_mtok(self) -> Decimal:
        return self._check("output_per_mtok", actions.check_price, label="output price")

    def clean_as_of(self) -> Any:
        return self._check("as_of", actions.check_as_of)

    def clean_source(self) -> str:
        return self._check("source", actions.check_source)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        try:
            actions.check_price_values(**{name: cleaned[name] for name in PRICE_FIELDS})
        except actions.PriceError as exc:
            self.add_error(exc.field or None, exc.message)
        return cleaned

    def values(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in PRICE_FIELDS}


PRICE_FIELDS = ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok", "as_of", "source")


class NewPriceForm(PriceForm):
    model_prefix = forms.CharField(
        label="Model name prefix", required=False, widget=_text_input(placeholder="e.g. claude-sonnet-5-5")
    )
    field_order = ["model_prefix", *PriceForm.base_fields]

    def clean_model_prefix(self) -> str:
        return self._check("model_prefix", actions.check_model_prefix)


class RepriceForm(_Checked):
    model = forms.CharField(
        label="Model prefix",
        required=False,
        widget=_text_input(list="price-prefixes", placeholder="every model"),
    )
    since = forms.CharField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.CharField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        try:
            prefix, since, until = actions.check_reprice_scope(
                cleaned.get("model", ""), cleaned.get("since", ""), cleaned.get("until", "")
            )
        except actions.PriceError as exc:
            self.add_error(exc.field or None, exc.message)
            return cleaned
        return {"model": prefix, "since": since, "until": until}

    def scope(self) -> dict[str, Any]:
        return {
            "model_prefix": self.cleaned_data["model"],
            "since": self.cleaned_data["since"],
            "until": self.cleaned_data["until"],
        }
