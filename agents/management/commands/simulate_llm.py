"""Run the simulated LLM provider server in the foreground (Ctrl-C stops it).

    python manage.py simulate_llm --port 8100 --script faults.json --latency-ms 200

Point Handrail (or any SDK) at it with ANTHROPIC_BASE_URL / OPENAI_BASE_URL as printed. The script
file holds a JSON list of steps (see agents.simulator); more can be queued over HTTP while it runs
(POST /_control/script, /_control/sticky, /_control/reset; GET /_control/requests).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from agents.simulator import ScriptError, SimulatorServer, check_steps


def load_script(path: str) -> list[dict[str, Any]]:
    """Read and validate a script file; every problem is a CommandError naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CommandError(f"script file {path!r} does not exist") from exc
    except OSError as exc:
        raise CommandError(f"script file {path!r} cannot be read: {exc}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CommandError(f"script file {path!r} is not valid JSON: {exc}") from exc
    if not isinstance(data, list):
        raise CommandError(f"script file {path!r} must hold a JSON list of steps, got {type(data).__name__}")
    try:
        return check_steps(data, where=Path(path).name)
    except ScriptError as exc:
        raise CommandError(f"script file {path!r}: {exc}") from exc


class Command(BaseCommand):
    help = "Run a simulated Anthropic + OpenAI API server with scripted answers and faults."
    # Serves HTTP only; the database and the system checks are not its business.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
        parser.add_argument("--port", type=int, default=8100, help="port to listen on; 0 picks a free one")
        parser.add_argument("--script", help="JSON file with a list of script steps")
        parser.add_argument("--latency-ms", type=float, default=0, help="added to every answer (default 0)")
        parser.add_argument(
            "--stream-delay-ms", type=float, default=0, help="pause between streamed events (default 0)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        port = options["port"]
        if not 0 <= port <= 65535:
            raise CommandError(f"--port must be between 0 and 65535, got {port}")
        for flag in ("latency_ms", "stream_delay_ms"):
            if options[flag] < 0:
                raise CommandError(f"--{flag.replace('_', '-')} must be >= 0, got {options[flag]}")
        script = load_script(options["script"]) if options["script"] else []
        server = SimulatorServer(
            host=options["host"],
            port=port,
            script=script,
            latency_ms=options["latency_ms"],
            stream_delay_ms=options["stream_delay_ms"],
        )
        try:
            server.start_in_thread()
        except OSError as exc:
            raise CommandError(f"cannot listen on {options['host']}:{port}: {exc}") from exc
        self.stdout.write(
            f"Simulated LLM server listening on {server.base_url} ({len(script)} scripted steps)"
        )
        self.stdout.write(f"ANTHROPIC_BASE_URL={server.anthropic_base_url}")
        self.stdout.write(f"OPENAI_BASE_URL={server.openai_base_url}")
        self.stdout.flush()
        try:
            threading.Event().wait()  # the server runs in its own thread until Ctrl-C
        except KeyboardInterrupt:
            self.stdout.write("Stopping.")
        finally:
            server.stop()
