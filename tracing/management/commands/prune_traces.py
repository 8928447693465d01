"""`manage.py prune_traces [--days N] [--dry-run]`: delete trace payloads older than N days, keep the numbers.

Run it daily (cron, a Kubernetes CronJob, Celery beat): each run picks up where the last stopped, and a
second run the same day finds nothing to do. See tracing/retention.py for what goes and what stays.
"""

from __future__ import annotations

import argparse
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracing.retention import MAX_DAYS, prune_payloads, retention_cutoff


def _whole_number(raw: str, *, low: int, high: int, what: str) -> int:
    """argparse type: ASCII digits only (int() would take "٣٠" or "1_000"), within [low, high]."""
    text = str(raw).strip()
    if not text or len(text) > 12 or not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"must be a whole number of {what}, got {text[:40]!r}")
    value = int(text)
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"must be from {low} to {high}, got {value}")
    return value


def _days(raw: str) -> int:
    return _whole_number(raw, low=1, high=MAX_DAYS, what="days")


def _batch_size(raw: str) -> int:
    return _whole_number(raw, low=1, high=10000, what="rows")


class Command(BaseCommand):
    help = "Delete prompts, completions, tool arguments/results and guard reasons older than N days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=_days,
            default=None,
            help="Prune payloads older than this many days (default: HANDRAIL_TRACE_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be pruned; change nothing."
        )
        parser.add_argument(
            "--batch-size", type=_batch_size, default=500, help="Rows per transaction (default 500)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"]
        if days is None:
            days = settings.HANDRAIL_TRACE_RETENTION_DAYS
            if days == 0:
                self.stdout.write("Retention is off (HANDRAIL_TRACE_RETENTION_DAYS=0): nothing pruned.")
                return
        try:
            cutoff = retention_cutoff(days)
        except ValueError as exc:  # a setting out of range (the option is checked by argparse)
            raise CommandError(str(exc)) from None
        result = prune_payloads(cutoff, batch_size=options["batch_size"], dry_run=options["dry_run"])
        verb = "Would prune" if result.dry_run else "Pruned"
        self.stdout.write(
            f"{verb} payloads older than {days} days (before {cutoff:%Y-%m-%d %H:%M} UTC): "
            f"{result.llm_calls} LLM calls, {result.tool_calls} tool calls, {result.spans} spans, "
            f"{result.guard_verdicts} guard verdicts."
        )
