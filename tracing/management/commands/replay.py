"""`python manage.py replay RUN_ID`: re-execute a run from its record and say where decisions differ."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracing import replay

EXIT_SAME = 0
EXIT_DIFFERS = 1
EXIT_BAD_INPUT = 2

HELP = """Replay a stopped run: its recorded model responses and tool results go through the executor's
decision code again, in memory (no provider is called, no tool runs, nothing is written), and every step
is compared with the record: the tool chosen and its arguments, the answer, approvals and handoffs.

With --from-step K the model is asked for real from step K on (through the normal provider path, within
the run's limits), with --prompt-version V or --model M if given; tools are still answered from the
record (a call the record has no result for gets a `no_record` error and is not run).
--override-tool STEP=JSON answers that recorded tool step with JSON instead; without --from-step the
model is then asked live from the step after it.

Exit status: 0 every decision is the same; 1 a decision differs; 2 the replay could not be made (bad
input, unknown run, run still running)."""


class Command(BaseCommand):
    help = HELP

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        from argparse import RawDescriptionHelpFormatter

        # The help text's paragraphs and the exit codes read as written.
        return super().create_parser(
            prog_name, subcommand, formatter_class=RawDescriptionHelpFormatter, **kwargs
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("run_id", help="the run's id (a UUID)")
        parser.add_argument(
            "--from-step", dest="from_step", metavar="K", help="ask the model live from step K on"
        )
        models = parser.add_mutually_exclusive_group()
        models.add_argument(
            "--prompt-version", dest="prompt_version", metavar="V", help="answer with prompt version V"
        )
        models.add_argument("--model", metavar="M", default="", help="answer with provider:model M")
        parser.add_argument(
            "--override-tool",
            dest="override_tool",
            metavar="STEP=JSON",
            action="append",
            default=[],
            help="use JSON as the result of recorded tool step STEP (repeatable)",
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            parsed = replay.parse_options(
                from_step=options["from_step"],
                prompt_version=options["prompt_version"],
                model=options["model"],
                tool_overrides=options["override_tool"],
            )
            report = replay.replay_run(options["run_id"], parsed)
        except replay.ReplayError as exc:
            hint = " (temporary: try again later)" if exc.retryable else ""
            raise CommandError(f"{exc.message}{hint} [{exc.code}]", returncode=EXIT_BAD_INPUT) from None
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2, default=str))
        else:
            self.stdout.write(render_text(report))
        if not report.same:
            raise SystemExit(EXIT_DIFFERS)


def render_text(report: replay.ReplayReport) -> str:
    options = report.options
    mode = (
        "recorded model responses" if not options.live else f"model asked live from step {options.live_from}"
    )
    if options.prompt_version is not None:
        mode += f" with prompt version {options.prompt_version}"
    if options.model:
        mode += f" with {options.model}"
    lines = [
        f"Replay of run {report.run_id} ({report.agent_name}, {report.recorded_status}, "
        f"{len(report.steps)} steps)",
        f"{mode}; tools answered from the record, none executed",
        "",
    ]
    marks = {
        replay.SAME: "  same   ",
        replay.DIFFERS: "! DIFFERS",
        replay.INPUT: "~ input  ",
        replay.ONLY_RECORDED: "! missing",
        replay.ONLY_REPLAYED: "! new    ",
    }
    for step in [*report.steps, report.end]:
        label = "end" if step is report.end else f"{step.index:>3} {step.kind:<8}"
        source = "" if step.source == "record" else f" [{step.source}]"
        head = f"{marks[step.status]} {label:<12}{source}"
        if step.status == replay.SAME:
            lines.append(_indented(f"{head}  ", step.replayed_text))
        else:
            lines.append(_indented(f"{head}  recorded: ", step.recorded_text))
            lines.append(_indented(f"{'':<{len(head)}}  replayed: ", step.replayed_text))
    lines.append("")
    lines.append(report.summary() + ".")
    lines.append(f"Model calls made: {report.model_calls}. Tool executions: {report.tool_executions}.")
    return "\n".join(lines)


def _indented(head: str, text: str) -> str:
    """The text after its head; an answer's further lines under its first, not at the margin."""
    return head + text.replace("\n", "\n" + " " * len(head))
