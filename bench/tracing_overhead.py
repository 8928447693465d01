"""What tracing (the spans of every run: tracing.Span) adds to an agent turn, on and off, same process.

The turn: the scripted `two-tools` script (3 model calls, 2 tool calls) on an agent with the default
input guard on, so a traced turn writes its real set of spans: intake, the input guard and each of its
checks, 3 model steps with one provider attempt each, 2 tool calls. Two paths, each timed with tracing
on and off, the two interleaved turn by turn so drift on the machine hits both alike:

  durable   `do_post_customer_message` then `execute_claimed_run`: checkpoints, records and spans in the
            database (SQLite by default; PostgreSQL with DATABASE_URL), spans in the same statements'
            transactions as the steps;
  memory    `Executor` with `MemoryRunStore`: span building only, nothing written.

Reports the median and p90 per turn, the difference, spans per turn and the bytes of their attributes.
Asserts nothing about time.

    PYTHONPATH=. .venv/bin/python bench/tracing_overhead.py                 # SQLite (a temp file)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/handrail_bench PYTHONPATH=. \\
        .venv/bin/python bench/tracing_overhead.py                          # PostgreSQL
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
import uuid

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings_test")

import django  # noqa: E402

django.setup()

from asgiref.sync import async_to_sync  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

from agents import actions  # noqa: E402
from agents.checkpoints import LoadedRun, MemoryRunStore  # noqa: E402
from agents.definitions import AgentDefinition, register_agent  # noqa: E402
from agents.executor import Executor  # noqa: E402
from agents.models import Conversation  # noqa: E402
from tests.agents_for_tests import fetch_order, fetch_tracking  # noqa: E402
from tracing.models import Span  # noqa: E402

ASKED = "Where is my order 1234?"
AGENT = "b-tracing"


def define_agent() -> None:
    register_agent(
        AgentDefinition(
            name=AGENT,
            description="tracing overhead bench",
            system_prompt="You are the shop's support assistant. Look orders up before answering.",
            tools=[fetch_order, fetch_tracking],
            model_chain=["scripted:two-tools"],
        )
    )


def durable_turn(customer: str) -> tuple[float, object]:
    conversation = Conversation.objects.create(agent_name=AGENT, customer_ref=customer)
    started = time.perf_counter()
    intake = actions.do_post_customer_message(conversation, ASKED)
    outcome = async_to_sync(actions.execute_claimed_run)(intake)
    elapsed = time.perf_counter() - started
    if outcome is None or outcome.status != "completed":
        raise SystemExit(f"the turn did not complete ({outcome}); not timing a different path")
    return elapsed * 1000, intake.run.pk


async def memory_turn() -> float:
    store = MemoryRunStore()
    executor = Executor(store)
    loaded = LoadedRun(
        run_id=uuid.uuid4(),
        conversation_id=1,
        customer_ref="bench",
        agent_name=AGENT,
        prompt_version=1,
        system_prompt="You are the shop's support assistant. Look orders up before answering.",
        history=[],
        trigger_text=ASKED,
        steps=[],
    )
    store.add(loaded)
    claimed = await store.claim(loaded.run_id, executor.owner)
    started = time.perf_counter()
    outcome = await executor.execute(loaded.run_id, loaded=claimed)
    elapsed = time.perf_counter() - started
    if outcome is None or outcome.status != "completed":
        raise SystemExit(f"the memory turn did not complete ({outcome})")
    return elapsed * 1000


def report(label: str, on: list[float], off: list[float]) -> None:
    median_on, median_off = statistics.median(on), statistics.median(off)
    p90_on, p90_off = statistics.quantiles(on, n=10)[-1], statistics.quantiles(off, n=10)[-1]
    print(
        f"{label:<9} {median_off:>10.2f} {median_on:>10.2f} {median_on - median_off:>+9.2f} "
        f"{(median_on / median_off - 1) * 100:>+7.1f}% {p90_off:>9.2f} {p90_on:>9.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    define_agent()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        durable = {True: [], False: []}
        memory = {True: [], False: []}
        traced_runs = []
        for round_no in range(args.warmup + args.rounds):
            # Alternate which goes first, so neither always runs on the warmer cache.
            order = (True, False) if round_no % 2 == 0 else (False, True)
            for enabled in order:
                settings.HANDRAIL_TRACING = enabled
                ms, run_id = durable_turn(f"customer-{round_no % 20}")
                mem_ms = asyncio.run(memory_turn())
                if round_no >= args.warmup:
                    durable[enabled].append(ms)
                    memory[enabled].append(mem_ms)
                    if enabled:
                        traced_runs.append(run_id)
        settings.HANDRAIL_TRACING = True
        spans = list(Span.objects.filter(run_id__in=traced_runs).values("kind", "attributes"))
        per_turn = len(spans) / max(len(traced_runs), 1)
        attribute_bytes = sum(len(json.dumps(s["attributes"])) for s in spans) / max(len(traced_runs), 1)
        kinds: dict[str, int] = {}
        for span in spans:
            kinds[span["kind"]] = kinds.get(span["kind"], 0) + 1
        print(
            f"tracing per turn (3 model calls, 2 tool calls, input guard on), {connection.vendor}, "
            f"{args.rounds} rounds after {args.warmup} warm-up, interleaved"
        )
        print(
            f"{'path':<9} {'off ms':>10} {'on ms':>10} {'diff ms':>9} {'diff':>8} "
            f"{'p90 off':>9} {'p90 on':>9}"
        )
        report("durable", durable[True], durable[False])
        report("memory", memory[True], memory[False])
        by_kind = ", ".join(f"{k} {v / len(traced_runs):.1f}" for k, v in sorted(kinds.items()))
        print(
            f"spans per traced turn: {per_turn:.1f} ({by_kind}); attributes {attribute_bytes:.0f} bytes/turn"
        )
    finally:
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    main()
