"""Measure a router on labelled customer messages: accuracy, precision and recall per intent, and
a confusion table.

    python manage.py evaluate_router                       # the demo desk on demo_shop/router_eval.jsonl
    python manage.py evaluate_router --file my.jsonl --show-errors
    python manage.py evaluate_router --agent desk --json   # the router of a registered desk agent

The file holds one JSON object per line: {"text": ..., "intent": ..., "language": ...} ("language"
optional; blank lines and lines starting with # are skipped). Messages are routed one at a time,
with no history, through `Router.route` as configured (so a model chain with a real provider calls
it); `--offline` uses the embedding classifier whatever the chain says.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from agents.definitions import get_agent
from agents.errors import RunError
from agents.routing import RouteDecision, Router

#: the router measured when neither --agent nor --router is given: the demo desk's
DEFAULT_ROUTER = "demo_shop.intents.build_router"


@dataclass
class Labelled:
    line: int
    text: str
    intent: str
    language: str | None


@dataclass
class Outcome:
    item: Labelled
    decision: RouteDecision
    elapsed_ms: float


@dataclass
class Report:
    path: str
    intents: list[str]
    threshold: float
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return sum(1 for o in self.outcomes if o.decision.intent == o.item.intent)

    def confusion(self) -> dict[str, dict[str, int]]:
        table = {expected: dict.fromkeys(self.intents, 0) for expected in self.intents}
        for o in self.outcomes:
            table[o.item.intent][o.decision.intent] += 1
        return table

    def per_intent(self) -> dict[str, dict[str, Any]]:
        table = self.confusion()
        result = {}
        for name in self.intents:
            hits = table[name][name]
            routed = sum(table[expected][name] for expected in self.intents)
            support = sum(table[name].values())
            result[name] = {
                "precision": round(hits / routed, 3) if routed else None,
                "recall": round(hits / support, 3) if support else None,
                "support": support,
                "routed": routed,
            }
        return result

    def language_counts(self) -> tuple[int, int]:
        labelled = [o for o in self.outcomes if o.item.language]
        return sum(1 for o in labelled if o.decision.language == o.item.language), len(labelled)

    def unsure(self) -> tuple[int, int]:
        below = [o for o in self.outcomes if o.decision.confidence < self.threshold]
        return len(below), sum(1 for o in below if o.decision.intent == o.item.intent)

    def p50_ms(self) -> float:
        return round(statistics.median(o.elapsed_ms for o in self.outcomes), 1)


def read_labelled(path: Path, intents: list[str]) -> list[Labelled]:
    """Every problem is a CommandError that names the file and the line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise CommandError(f"evaluation file {str(path)!r} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"evaluation file {str(path)!r} cannot be read: {exc}") from exc
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name} line {number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise CommandError(f"{where} is not valid JSON: {exc}") from exc
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("text"), str)
            or not isinstance(row.get("intent"), str)
        ):
            raise CommandError(f'{where} must be an object with a "text" string and an "intent" string')
        if row["intent"] not in intents:
            raise CommandError(
                f"{where}: intent {row['intent']!r} is not one of the router's intents {intents}"
            )
        language = row.get("language")
        if language is not None and not isinstance(language, str):
            raise CommandError(f'{where}: "language" must be a string such as "en"')
        items.append(Labelled(number, row["text"], row["intent"], language))
    if not items:
        raise CommandError(f"evaluation file {str(path)!r} holds no labelled messages")
    return items


def load_router(agent: str | None, dotted: str | None) -> Router:
    if agent:
        try:
            router = get_agent(agent).router
        except RunError as exc:
            raise CommandError(str(exc)) from exc
        if router is None:
            raise CommandError(f"agent {agent!r} has no router")
    else:
        module_path, _, name = (dotted or DEFAULT_ROUTER).rpartition(".")
        try:
            target = getattr(import_module(module_path), name)
        except (ImportError, AttributeError, ValueError) as exc:
            raise CommandError(f"cannot import the router {dotted or DEFAULT_ROUTER!r}: {exc}") from exc
        router = target if isinstance(target, Router) else target() if callable(target) else None
    if not isinstance(router, Router):
        raise CommandError(f"{agent or dotted or DEFAULT_ROUTER!r} is not a agents.routing.Router")
    return router


async def route_all(router: Router, items: list[Labelled], *, offline: bool) -> list[Outcome]:
    outcomes = []
    for item in items:  # one at a time: latency per message is part of the report
        started = time.perf_counter()
        if offline:
            decision = await asyncio.to_thread(router.classify_offline, item.text, [])
        else:
            decision = await router.route(item.text, [])
        outcomes.append(Outcome(item, decision, (time.perf_counter() - started) * 1000))
    return outcomes


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


class Command(BaseCommand):
    help = "Measure a router on labelled messages: accuracy, precision/recall per intent, confusion table."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--file",
            default=str(Path(settings.BASE_DIR) / "demo_shop" / "router_eval.jsonl"),
            help="JSON lines of {text, intent, language}",
        )
        parser.add_argument("--agent", help="measure the router of this registered desk agent")
        parser.add_argument(
            "--router", help=f"dotted path of a Router or a factory (default {DEFAULT_ROUTER})"
        )
        parser.add_argument("--offline", action="store_true", help="use the embedding classifier only")
        parser.add_argument("--show-errors", action="store_true", help="list every misrouted message")
        parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")

    def handle(self, *args: Any, **options: Any) -> None:
        router = load_router(options["agent"], options["router"])
        intents = [i.name for i in router.intents]
        path = Path(options["file"])
        items = read_labelled(path, intents)
        if options["offline"]:
            router.warm_up()  # model load is not a message's latency
        report = Report(str(path), intents, router.threshold)
        report.outcomes = asyncio.run(route_all(router, items, offline=options["offline"]))
        if options["json"]:
            self.stdout.write(json.dumps(self.as_json(report), ensure_ascii=False, indent=2))
        else:
            self.write_tables(report, show_errors=options["show_errors"])

    def as_json(self, report: Report) -> dict[str, Any]:
        languages_right, languages_labelled = report.language_counts()
        below, below_right = report.unsure()
        return {
            "file": report.path,
            "messages": len(report.outcomes),
            "correct": report.correct,
            "accuracy": round(report.correct / len(report.outcomes), 4),
            "language_correct": languages_right,
            "language_labelled": languages_labelled,
            "threshold": report.threshold,
            "below_threshold": below,
            "below_threshold_correct": below_right,
            "per_intent": report.per_intent(),
            "confusion": report.confusion(),
            "errors": [
                {
                    "line": o.item.line,
                    "text": o.item.text,
                    "expected": o.item.intent,
                    "routed": o.decision.intent,
                    "confidence": o.decision.confidence,
                }
                for o in report.outcomes
                if o.decision.intent != o.item.intent
            ],
            "p50_ms": report.p50_ms(),
        }

    def write_tables(self, report: Report, *, show_errors: bool) -> None:
        out = self.stdout.write
        total = len(report.outcomes)
        out(f"Router evaluation: {report.path} ({total} messages)")
        out(f"Accuracy: {report.correct}/{total} = {report.correct / total:.1%}")
        languages_right, languages_labelled = report.language_counts()
        if languages_labelled:
            share = languages_right / languages_labelled
            out(f"Language: {languages_right}/{languages_labelled} = {share:.1%}")
        below, below_right = report.unsure()
        out(f"Below the threshold ({report.threshold:.2f}): {below} messages, {below_right} routed right")
        out("")
        width = max(len("intent"), *(len(n) for n in report.intents))
        out(f"{'intent':<{width}}  precision  recall  support")
        for name, row in report.per_intent().items():
            precision, recall = _ratio(row["precision"]), _ratio(row["recall"])
            out(f"{name:<{width}}  {precision:>9}  {recall:>6}  {row['support']:>7}")
        out("")
        out("Confusion (rows: expected, columns: routed)")
        corner = "expected \\ routed"
        first = max(len(corner), width)
        columns = [max(len(n), 3) for n in report.intents]
        out(
            f"{corner:<{first}}  "
            + "  ".join(f"{n:>{w}}" for n, w in zip(report.intents, columns, strict=True))
        )
        for expected, row in report.confusion().items():
            cells = "  ".join(f"{row[n]:>{w}}" for n, w in zip(report.intents, columns, strict=True))
            out(f"{expected:<{first}}  {cells}")
        if show_errors:
            errors = [o for o in report.outcomes if o.decision.intent != o.item.intent]
            out("")
            out(f"Misrouted ({len(errors)}):")
            for o in errors:
                out(
                    f"  line {o.item.line}: expected {o.item.intent}, routed {o.decision.intent} "
                    f"({o.decision.confidence:.2f}): {o.item.text}"
                )
        out("")
        out(f"Latency: p50 {report.p50_ms():.1f} ms per message")
