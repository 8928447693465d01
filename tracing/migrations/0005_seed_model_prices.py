"""Seed the price table with the providers' public prices (USD per million tokens) for the default models.

Only rows that are missing are added, and reversing leaves rows alone: an admin's edits are never
overwritten by a migration. The rows are frozen here on purpose (a migration must do tomorrow what it
did today); `tracing.pricing.FALLBACK_PRICES` repeats the numbers and a test keeps the two equal.

`as_of` is the day the price was checked against its source as the provider's current public price
(2026-11-21 for every provider row). Notes from that check:
- Anthropic: "cached input" is the cache-hit (read) price; cache writes are billed by Anthropic at
  1.25x / 2x input and are not modelled (the adapters report them as input tokens).
  Claude Sonnet 5.5's cache reads were cut from $0.20 to $0.10 on 2026-10-07.
  Claude Haiku 5.5 and the GPT-6 / GPT-5.6 models cost more for very long prompts (Haiku 5.5: 5x over
  100,000 prompt tokens; OpenAI: 2x input, 1.5x output over 272K input tokens); the table holds the
  standard band, so such calls are under-counted.
  Opus 4 and 4.1 share the "claude-opus-4" row; Opus 4.5 to 4.8 have rows of their own (cheaper).
  Sonnet 4, 4.5 and 4.6 share "claude-sonnet-4"; Haiku 4.5 is "claude-haiku-4".
- OpenAI: GPT-6.1 and 6.2 Sol halved GPT-6 Sol's cached-input price; GPT-5.6 Luna and Terra were cut on
  2026-07-30 (the prices below are the cut ones).
"""

from datetime import date
from decimal import Decimal

from django.db import migrations

CHECKED = date(2026, 11, 21)
ANTHROPIC = "https://platform.claude.com/docs/en/about-claude/pricing"
OPENAI = "https://developers.openai.com/api/docs/pricing"


def _anthropic_model(slug):
    return f"https://platform.claude.com/docs/en/models/{slug}/overview"


def _openai_model(model):
    return f"https://developers.openai.com/api/docs/models/{model}"


# model prefix -> (input, output, cached input, as of, source)
SEED_PRICES = {
    "claude-opus-5-5": ("4", "20", "0.20", CHECKED, _anthropic_model("opus-5-5")),
    "claude-opus-5": ("5", "25", "0.50", CHECKED, _anthropic_model("opus-5")),
    "claude-opus-4-8": ("5", "25", "0.50", CHECKED, ANTHROPIC),
    "claude-opus-4-7": ("5", "25", "0.50", CHECKED, ANTHROPIC),
    "claude-opus-4-6": ("5", "25", "0.50", CHECKED, ANTHROPIC),
    "claude-opus-4-5": ("5", "25", "0.50", CHECKED, ANTHROPIC),
    "claude-opus-4": ("15", "75", "1.50", CHECKED, ANTHROPIC),
    "claude-sonnet-5-5": ("2", "10", "0.10", CHECKED, _anthropic_model("sonnet-5-5")),
    "claude-sonnet-5": ("2", "10", "0.20", CHECKED, _anthropic_model("sonnet-5")),
    "claude-sonnet-4": ("3", "15", "0.30", CHECKED, ANTHROPIC),
    "claude-haiku-5-5": ("0.10", "0.50", "0.01", CHECKED, _anthropic_model("haiku-5-5")),
    "claude-haiku-4": ("1", "5", "0.10", CHECKED, ANTHROPIC),
    "claude-3-5-haiku": ("0.80", "4", "0.08", CHECKED, ANTHROPIC),
    "gpt-6.2-sol": ("2", "10", "0.10", CHECKED, _openai_model("gpt-6.2-sol")),
    "gpt-6.1-sol": ("2", "10", "0.10", CHECKED, _openai_model("gpt-6.1-sol")),
    "gpt-6-sol": ("2", "10", "0.20", CHECKED, _openai_model("gpt-6-sol")),
    "gpt-6-luna": ("0.10", "0.50", "0.01", CHECKED, _openai_model("gpt-6-luna")),
    "gpt-5.6-sol": ("5", "30", "0.50", CHECKED, OPENAI),
    "gpt-5.6-terra": ("2", "12", "0.20", CHECKED, OPENAI),
    "gpt-5.6-luna": ("0.20", "1.20", "0.02", CHECKED, _openai_model("gpt-5.6-luna")),
    "gpt-4.1": ("2", "8", "0.50", CHECKED, OPENAI),
    "gpt-4.1-mini": ("0.40", "1.60", "0.10", CHECKED, OPENAI),
    "gpt-4.1-nano": ("0.10", "0.40", "0.025", CHECKED, OPENAI),
    "gpt-4o": ("2.50", "10", "1.25", CHECKED, OPENAI),
    "gpt-4o-mini": ("0.15", "0.60", "0.075", CHECKED, OPENAI),
    "handrail-offline": ("0", "0", "0", CHECKED, "the built-in offline model runs locally: free"),
    "scripted": ("1", "2", "0.10", CHECKED, "the scripted model of tests and benchmarks, priced to exercise limits"),
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
