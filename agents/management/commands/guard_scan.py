"""Run the input guard over a file of messages, one JSON line in, one JSON line out.

    python manage.py guard_scan messages.jsonl                 # the default agent's guard, to stdout
    python manage.py guard_scan messages.jsonl -o verdicts.jsonl --agent support
    python manage.py guard_scan docs.jsonl --source untrusted  # as tool results / documents are scanned
    cat messages.jsonl | python manage.py guard_scan -

Each input line is a JSON object with a string "text"; any other fields ("id", labels...) are copied to
the output line under "input" so results can be joined back. Each output line holds the verdict, the
checks that fired, every check's score and reason, and the time taken. A line that cannot be read (not
UTF-8, not JSON, no "text") gets an output line with "error" and the scan goes on: nothing is skipped
silently. A summary (counts per verdict, errors) goes to stderr. Exit status 1 when any line had an
error, or when `--fail-on` names a verdict that occurred (for CI gates over known-good traffic).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from agents.definitions import get_agent
from agents.errors import RunError
from agents.guards.service import SOURCES, scan

#: A line longer than this is reported as an error without being parsed (a runaway file, not a message).
MAX_LINE_BYTES = 1_000_000


class Command(BaseCommand):
    help = "Scan JSON lines ({'text': ...}) with an agent's input guard; one JSON verdict line per input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a JSON-lines file, or - for stdin")
        parser.add_argument("--agent", default=None, help="whose guard settings (default: the default agent)")
        parser.add_argument("--source", default="customer", choices=SOURCES)
        parser.add_argument("-o", "--output", default=None, help="write here instead of stdout")
        parser.add_argument(
            "--fail-on",
            default="",
            help="comma-separated verdicts that make the exit status 1 (e.g. refuse,escalate)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            agent = get_agent(options["agent"] or settings.HANDRAIL_DEFAULT_AGENT)
        except RunError as exc:
            raise CommandError(str(exc)) from None
        fail_on = {v.strip() for v in options["fail_on"].split(",") if v.strip()}
        source = self._open_input(options["file"])
        out = self._open_output(options["output"])
        verdicts: Counter = Counter()
        errors = 0
        try:
            for number, raw in enumerate(source, start=1):
                if not raw.strip():
                    continue
                line = self._scan_line(number, raw, agent, options["source"])
                if "error" in line:
                    errors += 1
                else:
                    verdicts[line["verdict"]] += 1
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        finally:
            if out is not sys.stdout:
                out.close()
            if source is not sys.stdin.buffer:
                source.close()
        summary = ", ".join(f"{v}: {n}" for v, n in sorted(verdicts.items())) or "no lines"
        sys.stderr.write(f"guard_scan: {sum(verdicts.values())} scanned ({summary}); {errors} errors\n")
        if errors or fail_on & set(verdicts):
            sys.exit(1)

    def _open_input(self, name: str) -> Any:
        if name == "-":
            return sys.stdin.buffer
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"{name}: no such file")
        return path.open("rb")

    def _open_output(self, name: str | None) -> Any:
        if not name:
            return sys.stdout
        try:
            return Path(name).open("w", encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write {name}: {exc.strerror}") from None

    def _scan_line(self, number: int, raw: bytes, agent: Any, source: str) -> dict[str, Any]:
        if len(raw) > MAX_LINE_BYTES:
            return {"line": number, "error": f"line is {len(raw)} bytes, over {MAX_LINE_BYTES}"}
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return {"line": number, "error": f"not UTF-8 at byte {exc.start}"}
        try:
            item = json.loads(decoded)
        except json.JSONDecodeError as exc:
            return {"line": number, "error": f"not JSON: {exc.msg} at column {exc.colno}"}
        if not isinstance(item, dict):
            return {"line": number, "error": "each line must be a JSON object with a string 'text'"}
        text = item.get("text")
        if not isinstance(text, str):
            return {"line": number, "error": "'text' is missing or not a string"}
        extra = {k: v for k, v in item.items() if k != "text"}
        result = scan(text, agent, source=source)
        line: dict[str, Any] = {"line": number}
        if extra:
            line["input"] = extra
        line.update(result)
        return line
