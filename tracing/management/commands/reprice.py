"""`manage.py reprice`: re-apply the current price table to past model calls (tracing.actions.reprice_calls).

    manage.py reprice                                  every call, all time
    manage.py reprice --model gpt-4o --since 2026-11-01 --until 2026-11-20
    manage.py reprice --model claude-sonnet-5-5 --dry-run

Prints how many calls and runs changed and the totals before and after. Bad arguments end with a
message and exit status 1 (CommandError), nothing written.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from tracing.actions import PriceError, RepriceResult, reprice_calls
from tracing.models import ModelPrice
from tracing.pricing import load_table

OPTION_OF_FIELD = {"model": "--model", "since": "--since", "until": "--until"}


class Command(BaseCommand):
    help = "Re-apply the current model prices to past LLM calls and update their runs' totals."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--model", default="", metavar="PREFIX", help="only models whose name starts so")
        parser.add_argument("--since", default="", metavar="YYYY-MM-DD", help="first day (UTC), inclusive")
        parser.add_argument("--until", default="", metavar="YYYY-MM-DD", help="last day (UTC), inclusive")
        parser.add_argument("--dry-run", action="store_true", help="count what would change; write nothing")

    def handle(self, *args: Any, model: str, since: str, until: str, dry_run: bool, **options: Any) -> None:
        try:
            result = reprice_calls(
                model_prefix=model,
                since=since,
                until=until,
                actor=None,
                actor_name="manage.py reprice",
                dry_run=dry_run,
            )
        except PriceError as exc:
            option = OPTION_OF_FIELD.get(exc.field, "")
            raise CommandError(f"{option}: {exc.message}" if option else exc.message) from None
        except DatabaseError as exc:
            first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise CommandError(
                f"The database cannot be read ({first_line}): has `manage.py migrate` been run?"
            ) from None
        self.stdout.write(self._report(result))
        if result.model_prefix and not _priced_by_a_row(result.model_prefix):
            self.stdout.write(
                self.style.WARNING(
                    f"note: no price row starts with {result.model_prefix}: its calls are priced by a "
                    "shorter prefix or the default price"
                )
            )

    def _report(self, result: RepriceResult) -> str:
        verb = "would change" if result.dry_run else "changed"
        lines = [
            ("Dry run, nothing written: " if result.dry_run else "Repriced ") + result.scope_text(),
            f"  calls matched      {result.calls_matched:>10,}",
            f"  calls {verb:<12} {result.calls_changed:>10,}",
            f"  runs {verb:<13} {result.runs_changed:>10,}",
        ]
        if result.calls_skipped:
            lines.append(
                f"  skipped            {result.calls_skipped:>10,} calls of {result.runs_skipped:,} runs "
                "still in progress: run again when they finish"
            )
        sign = "+" if result.difference >= 0 else "-"
        lines += [
            f"  total before       ${result.total_before:>14}",
            f"  total after        ${result.total_after:>14}  ({sign}${abs(result.difference)})",
        ]
        return "\n".join(lines)


def _priced_by_a_row(prefix: str) -> bool:
    """Whether some row's prefix covers `prefix` or extends it (so the selection meets a table row)."""
    if ModelPrice.objects.filter(model_prefix__startswith=prefix).exists():
        return True
    return load_table().lookup(prefix).prefix != ""
