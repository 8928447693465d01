"""Prices per million tokens, by model. Seeded from the providers' public price pages; the
console makes them editable later (issue: traces and costs). Unknown models cost what the
`DEFAULT` row says, so a missing price shows up as a cost, not as free usage.
"""

from decimal import Decimal

PRICES_AS_OF = "2025-10-01"
MILLION = Decimal(1_000_000)

# model name prefix -> (input, output, cached input) in USD per million tokens
PRICE_TABLE: dict[str, tuple[Decimal, Decimal, Decimal]] = {
    "claude-opus-4": (Decimal("15"), Decimal("75"), Decimal("1.50")),
    "claude-sonnet-4": (Decimal("3"), Decimal("15"), Decimal("0.30")),
    "claude-haiku-4": (Decimal("1"), Decimal("5"), Decimal("0.10")),
    "claude-3-5-haiku": (Decimal("0.80"), Decimal("4"), Decimal("0.08")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60"), Decimal("0.075")),
    "gpt-4o": (Decimal("2.50"), Decimal("10"), Decimal("1.25")),
    "gpt-4.1-mini": (Decimal("0.40"), Decimal("1.60"), Decimal("0.10")),
    "gpt-4.1": (Decimal("2"), Decimal("8"), Decimal("0.50")),
    "handrail-offline": (Decimal("0"), Decimal("0"), Decimal("0")),
    # The scripted model of the tests and benchmarks: priced so cost limits can be exercised.
    "scripted": (Decimal("1"), Decimal("2"), Decimal("0.10")),
}
DEFAULT = (Decimal("3"), Decimal("15"), Decimal("0.30"))


def price_for(model: str) -> tuple[Decimal, Decimal, Decimal]:
    # Longest prefix wins: "gpt-4o-mini-2024-07-18" must not be priced as "gpt-4o".
    for prefix in sorted(PRICE_TABLE, key=len, reverse=True):
        if model.startswith(prefix):
            return PRICE_TABLE[prefix]
    return DEFAULT


def cost_usd(model: str, tokens_in: int, tokens_out: int, tokens_cached: int = 0) -> Decimal:
    """Cost of one call. `tokens_in` includes the cached tokens, which are billed at the cached rate."""
    price_in, price_out, price_cached = price_for(model)
    uncached = max(tokens_in - tokens_cached, 0)
    total = (uncached * price_in + tokens_cached * price_cached + tokens_out * price_out) / MILLION
    return total.quantize(Decimal("0.000001"))
