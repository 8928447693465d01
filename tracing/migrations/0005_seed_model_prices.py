"""Seed the price table with the providers' public prices (per million tokens) for the default models.

Only rows that are missing are added, and reversing leaves rows alone: an admin's edits are never
overwritten by a migration."""

from datetime import date
from decimal import Decimal

from django.db import migrations

# model prefix -> (input, output, cached input, as of, source)
SEED_PRICES = {
    "claude-opus-4": ("15", "75", "1.50", date(2025, 10, 1), "https://platform.claude.com/docs/en/about-claude/pricing"),
    "claude-sonnet-4": ("3", "15", "0.30", date(2025, 10, 1), "https://platform.claude.com/docs/en/about-claude/pricing"),
    "claude-haiku-4": ("1", "5", "0.10", date(2025, 10, 1), "https://platform.claude.com/docs/en/about-claude/pricing"),
    "claude-3-5-haiku": ("0.80", "4", "0.08", date(2025, 10, 1), "https://platform.claude.com/docs/en/about-claude/pricing"),
    "gpt-4o-mini": ("0.15", "0.60", "0.075", date(2025, 10, 1), "https://openai.com/api/pricing/"),
    "gpt-4o": ("2.50", "10", "1.25", date(2025, 10, 1), "https://openai.com/api/pricing/"),
    "gpt-4.1-mini": ("0.40", "1.60", "0.10", date(2025, 10, 1), "https://openai.com/api/pricing/"),
    "gpt-4.1": ("2", "8", "0.50", date(2025, 10, 1), "https://openai.com/api/pricing/"),
    "handrail-offline": ("0", "0", "0", date(2025, 10, 1), "the built-in offline model runs locally"),
    "scripted": ("1", "2", "0.10", date(2025, 10, 1), "the scripted model of tests and benchmarks"),
}


def seed(apps, schema_editor):
    ModelPrice = apps.get_model("tracing", "ModelPrice")
    for prefix, (price_in, price_out, price_cached, as_of, source) in SEED_PRICES.items():
        ModelPrice.objects.get_or_create(
            model_prefix=prefix,
            defaults={
                "input_per_mtok": Decimal(price_in),
                "output_per_mtok": Decimal(price_out),
                "cached_input_per_mtok": Decimal(price_cached),
                "as_of": as_of,
                "source": source,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("tracing", "0004_traces_costs_alerts")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
