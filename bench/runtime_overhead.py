"""What the Handrail runtime costs per agent turn, against a plain Python loop doing the same work.

The turn: 3 model calls and 2 tool calls (the scripted `two-tools` script: look the order up, track
the parcel, answer). Three ways to run it, in one process:

  (c) plain: a bare loop that builds the same messages, calls the same script and the same two tool
      functions, and keeps nothing. The floor the overhead is computed against.
  (a) memory: `Executor` with `MemoryRunStore` (checkpoints, records and limits, nothing durable).
  (b) postgres: the real path. `actions.do_post_customer_message` stores the message and creates the
      run already claimed; `actions.execute_claimed_run` runs it with `DjangoRunStore`, so every step
      is checkpointed and every model and tool call recorded in Postgres before the next one starts.

Then a concurrency run: N conversations (default 1000) kept busy at once, each posting its next
message as soon as its last turn ends, with 200 ms per model call. Each concurrency scenario runs in
a fresh child process so its peak RSS (VmHWM, the kernel high-water mark) is its own.

The bench reports; it asserts nothing about time. It does refuse to report a turn that did not
complete with the scripted answer, since that would time a different code path.

    PYTHONPATH=. .venv/bin/python bench/runtime_overhead.py              # full run (~3 min)
    PYTHONPATH=. .venv/bin/python bench/runtime_overhead.py --quick --skip-postgres   # smoke run
    PYTHONPATH=. .venv/bin/python bench/runtime_overhead.py --profile    # cProfile of the durable path
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import math
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agents.definitions import AgentDefinition, all_agents, get_agent, register_agent
from agents.providers.base import ChatMessage, ModelRequest, ModelResponse, ToolSpec
from agents.providers.scripted import register_script, two_tools
from agents.tools.base import Tool, ToolContext, tool
from bench.postgres_setup import ensure_database

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_PATH = BENCH_DIR / "results" / "latest.json"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/handrail_bench"

QUESTION = "Where is my order 1234?"
ANSWER = "Your order 1234 shipped yesterday and arrives Friday."  # the last reply of `two_tools`
MODEL_CALLS_PER_TURN = 3

# Quoted from the issue: measured by the peers' own setups on this machine, not by this script.
PEERS = {
    "source": "quoted in the issue, measured on this machine; not measured by this script",
    "langgraph_memory_ms": 2.9,
    "langgraph_postgres_ms": "10-11",
    "langgraph_turns_per_s_at_1000": 169,
}
AIMS = {"postgres_turn_ms_max": 3.0, "turns_per_s_at_1000_min": 800}


# --- The bench agent ----------------------------------------------------------------------------
# Two read tools returning small dicts, as a support agent's order lookups do. Both flavours exist:
# an async tool is awaited on the loop, a sync tool goes through asyncio.to_thread (the runtime's
# rule, so a blocking tool never stalls other runs), which costs a thread hop per call.


class OrderNumber(BaseModel):
    order_id: int = Field(..., ge=1, le=99_999_999, description="The order number, e.g. 1234")


ORDER = {"status": "shipped", "item": "Trail running shoes", "total": "89.00", "expected_on": "2025-10-03"}
PARCEL = {"carrier": "DHL", "tracking_code": "JD014600006281", "last_scan": "Leipzig hub"}


async def lookup_order_async(args: OrderNumber, ctx: ToolContext) -> dict:
    return {"order_id": args.order_id, **ORDER}


async def track_shipment_async(args: OrderNumber, ctx: ToolContext) -> dict:
    return {"order_id": args.order_id, **PARCEL}


def lookup_order_sync(args: OrderNumber, ctx: ToolContext) -> dict:
    return {"order_id": args.order_id, **ORDER}


def track_shipment_sync(args: OrderNumber, ctx: ToolContext) -> dict:
    return {"order_id": args.order_id, **PARCEL}


TOOL_FUNCTIONS = {
    "async": (lookup_order_async, track_shipment_async),
    "sync": (lookup_order_sync, track_shipment_sync),
}


def bench_tools(kind: str) -> list[Tool]:
    lookup, track = TOOL_FUNCTIONS[kind]
    return [
        tool(args=OrderNumber, description="Look an order up: status, item, total.", name="lookup_order")(
            lookup
        ),
        tool(
            args=OrderNumber,
            description="Track an order's parcel: carrier, last scan.",
            name="track_shipment",
        )(track),
    ]


def script_name(latency: float) -> str:
    # The built-in `two-tools` script under one name per latency: the scripted provider keys its
    # sleep by script name.
    return f"bench-two-tools-{round(latency * 1000)}ms"


def bench_agent(tools_kind: str, latency: float) -> AgentDefinition:
    """The bench agent for one tool flavour and model latency (registered once per process)."""
    name = f"bench-{tools_kind}-{round(latency * 1000)}ms"
    if name in {agent.name for agent in all_agents()}:
        return get_agent(name)
    register_script(script_name(latency), two_tools, latency=latency)
    return register_agent(
        AgentDefinition(
            name=name,
            description="Runtime overhead benchmark",
            system_prompt="You answer questions about orders. Look the order up before you answer.",
            tools=bench_tools(tools_kind),
            model_chain=[f"scripted:{script_name(latency)}"],
        )
    )


# --- The three ways to run a turn ---------------------------------------------------------------
# Each keeps per-conversation state in `slot`s: a latency run gives every turn a fresh slot (a new
# conversation, no history); a concurrency run gives each conversation one slot for all its turns.


class PlainTurns:
    """(c) The baseline: the same messages, script and tool functions in a bare loop."""

    label = "plain Python loop"

    def __init__(self, agent: AgentDefinition, latency: float) -> None:
        self.agent = agent
        self.latency = latency
        self.tools = {t.name: t for t in agent.tools}
        # A hand-written loop builds its tool specs once, not per model call.
        self.specs: list[ToolSpec] = [t.spec() for t in agent.tools]
        self.histories: list[list[ChatMessage]] = []

    async def prepare(self, slots: int) -> None:
        self.histories = [[] for _ in range(slots)]

    async def model(self, request: ModelRequest) -> ModelResponse:
        if self.latency:
            await asyncio.sleep(self.latency)
        return two_tools(request)

    async def run(self, slot: int, text: str) -> str:
        history = self.histories[slot]
        messages = [*history, ChatMessage(role="user", content=text)]
        for _ in range(self.agent.limits.max_steps):
            request = ModelRequest(
                model=script_name(self.latency),
                system=self.agent.system_prompt,
                messages=list(messages),
                tools=self.specs,
            )
            response = await self.model(request)
            messages.append(
                ChatMessage(role="assistant", content=response.text, tool_calls=response.tool_calls)
            )
            if not response.tool_calls:
                history += [
                    ChatMessage(role="user", content=text),
                    ChatMessage(role="assistant", content=response.text),
                ]
                return response.text
            for call in response.tool_calls:
                declared = self.tools[call.name]
                args = declared.args_model.model_validate(call.arguments)
                ctx = ToolContext(
                    run_id="",
                    conversation_id=str(slot),
                    customer_ref="bench",
                    tool_call_id=call.id,
                    idempotency_key=call.id,
                )
                if asyncio.iscoroutinefunction(declared.fn):
                    result = await declared.fn(args, ctx)
                else:
                    # A bare loop calls a sync function directly; moving it off the loop is a
                    # runtime choice, and its cost belongs to the runtime's column.
                    result = declared.fn(args, ctx)
                messages.append(
                    ChatMessage(
                        role="tool",
                        content=json.dumps(result, ensure_ascii=False),
                        tool_call_id=call.id,
                        name=call.name,
                    )
                )
        raise RuntimeError("the plain loop did not finish within max_steps")


class MemoryTurns:
    """(a) The executor with MemoryRunStore: everything but durability."""

    label = "Handrail, MemoryRunStore"

    def __init__(self, agent: AgentDefinition, latency: float) -> None:
        self.agent = agent
        self.histories: list[list[ChatMessage]] = []

    async def prepare(self, slots: int) -> None:
        self.histories = [[] for _ in range(slots)]

    async def run(self, slot: int, text: str) -> str:
        from agents.checkpoints import LoadedRun, MemoryRunStore
        from agents.executor import Executor

        # One store and executor per turn, as `execute_claimed_run` builds one executor per turn;
        # a store shared by every turn would keep every record of the run alive.
        store = MemoryRunStore()
        executor = Executor(store)
        history = self.histories[slot]
        loaded = LoadedRun(
            run_id=uuid.uuid4(),
            conversation_id=slot,
            customer_ref="bench",
            agent_name=self.agent.name,
            prompt_version=1,
            system_prompt=self.agent.system_prompt,
            history=list(history),
            trigger_text=text,
            steps=[],
        )
        store.add(loaded)
        claimed = await store.claim(loaded.run_id, executor.owner)
        outcome = await executor.execute(loaded.run_id, loaded=claimed)
        reply = check_outcome(outcome)
        history += [ChatMessage(role="user", content=text), ChatMessage(role="assistant", content=reply)]
        return reply


def _intake_thread() -> int:
    """The thread the group commit's database work runs on (asgiref's shared sync thread)."""
    from asgiref.sync import SyncToAsync

    return SyncToAsync.single_thread_executor.submit(threading.get_ident).result()


class DurableTurns:
    """(b) The real path: intake stores the message and creates the claimed run, then the executor
    checkpoints every step through DjangoRunStore. Database calls go through `sync_to_async`
    (thread-sensitive, as the store's own), so one thread owns the Postgres connection."""

    label = "Handrail, DjangoRunStore (Postgres)"

    def __init__(self, agent: AgentDefinition, latency: float) -> None:
        self.agent = agent
        self.conversations: list[Any] = []
        # Threads that ran an intake: one means the connection never left its thread.
        self.db_threads: set[int] = set()

    async def prepare(self, slots: int) -> None:
        from asgiref.sync import sync_to_async

        from agents.models import Conversation

        def create() -> list[Any]:
            rows = [Conversation(agent_name=self.agent.name, customer_ref="bench") for _ in range(slots)]
            return Conversation.objects.bulk_create(rows, batch_size=1000)

        self.conversations = await sync_to_async(create)()

    async def run(self, slot: int, text: str) -> str:
        from agents import actions

        # The API's intake: group-committed with the other intakes in flight on this loop.
        intake = await actions.post_customer_message(self.conversations[slot], text)
        self.db_threads.add(_intake_thread())
        if intake.run is None:
            raise RuntimeError(f"conversation {slot} is held by {intake.held_by}; the bench needs the bot")
        return check_outcome(await actions.execute_claimed_run(intake))


TURNS = {"plain": PlainTurns, "memory": MemoryTurns, "postgres": DurableTurns}


def check_outcome(outcome: Any) -> str:
    if outcome is None or outcome.status != "completed" or outcome.reply != ANSWER:
        status = getattr(outcome, "status", None)
        code = getattr(outcome, "error_code", "")
        raise RuntimeError(f"a bench turn did not complete as scripted: status={status} error={code}")
    return outcome.reply


# --- Measuring ----------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(math.ceil(q / 100 * len(ordered)) - 1, 0)]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "p50_ms": round(percentile(ms, 50), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "mean_ms": round(sum(ms) / len(ms), 3),
    }


async def time_sequential(
    kind: str, tools_kind: str, turns: int, warmup: int, conversation_ids: list | None = None
) -> dict[str, Any]:
    """Turns one after another, each in a fresh conversation; warm-up turns are not counted.
    The durable runner's conversation ids are added to `conversation_ids` for the row count."""
    agent = bench_agent(tools_kind, 0.0)
    runner = TURNS[kind](agent, 0.0)
    await runner.prepare(warmup + turns)
    if isinstance(runner, DurableTurns) and conversation_ids is not None:
        conversation_ids.extend(c.pk for c in runner.conversations)
    for slot in range(warmup):
        await runner.run(slot, QUESTION)
    gc.collect()
    durations = []
    load_before = os.getloadavg()[0]
    cpu_started = time.process_time()
    for slot in range(warmup, warmup + turns):
        started = time.perf_counter()
        await runner.run(slot, QUESTION)
        durations.append(time.perf_counter() - started)
    cpu = time.process_time() - cpu_started
    return {
        "store": kind,
        "tools": tools_kind,
        "turns": turns,
        "warmup": warmup,
        **summary_ms(durations),
        # CPU of this process (every thread) per turn: less disturbed than wall time when other
        # work shares the machine. Postgres' own CPU is not in it.
        "cpu_ms_per_turn": round(cpu / turns * 1000, 3),
        "load_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


async def time_concurrent(
    kind: str, tools_kind: str, conversations: int, rounds: int, latency: float
) -> dict:
    """`conversations` kept busy at once, `rounds` turns each, their starts spread over one turn's
    model time so they do not all hit the same millisecond."""
    agent = bench_agent(tools_kind, latency)
    runner = TURNS[kind](agent, latency)
    warm = min(50, conversations)
    await runner.prepare(conversations + warm)
    # Warm-up: imports, provider objects, the prompt row, the connection. Not counted.
    await asyncio.gather(*(runner.run(conversations + i, QUESTION) for i in range(warm)))
    gc.collect()
    stagger = MODEL_CALLS_PER_TURN * latency
    turns: list[tuple[int, float, float]] = []  # (conversation, start, end)

    async def conversation(slot: int) -> None:
        await asyncio.sleep(stagger * slot / conversations)
        for _ in range(rounds):
            started = time.perf_counter()
            await runner.run(slot, QUESTION)
            turns.append((slot, started, time.perf_counter()))

    rss_before = current_rss_mb()
    peak_is_run_only = reset_peak_rss()
    load_before = os.getloadavg()[0]
    cpu_started = time.process_time()
    began = time.perf_counter()
    await asyncio.gather(*(conversation(slot) for slot in range(conversations)))
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu_started
    peak_rss = peak_rss_mb()  # before the bookkeeping below allocates its own lists
    # Steady state: from the moment the last conversation started until the first one finished,
    # all of them were in flight. Turns finished in that window / its length = throughput at N.
    first_start: dict[int, float] = {}
    last_end: dict[int, float] = {}
    for slot, start, end in turns:
        first_start[slot] = min(start, first_start.get(slot, start))
        last_end[slot] = max(end, last_end.get(slot, end))
    window_start, window_end = max(first_start.values()), min(last_end.values())
    finished = sum(1 for _, _, end in turns if window_start <= end <= window_end)
    window = window_end - window_start
    overheads = [end - start - MODEL_CALLS_PER_TURN * latency for _, start, end in turns]
    turn_stats = summary_ms([end - start for _, start, end in turns])
    overhead_stats = summary_ms(overheads)
    return {
        "store": kind,
        "tools": tools_kind,
        "conversations": conversations,
        "rounds": rounds,
        "model_latency_s": latency,
        "turns": len(turns),
        "wall_s": round(wall, 3),
        "throughput_turns_per_s": round(finished / window, 1) if window > 0 else None,
        "throughput_overall_turns_per_s": round(len(turns) / wall, 1),
        "turn_p50_ms": turn_stats["p50_ms"],
        "turn_p95_ms": turn_stats["p95_ms"],
        "overhead_p50_ms": overhead_stats["p50_ms"],
        "overhead_p95_ms": overhead_stats["p95_ms"],
        "cpu_ms_per_turn": round(cpu / len(turns) * 1000, 3),
        "load_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "database_threads": len(runner.db_threads) if isinstance(runner, DurableTurns) else None,
        "memory_measure": (
            "peak RSS: VmHWM of a fresh child process, reset just before the run"
            if peak_is_run_only
            else "peak RSS: VmHWM or ru_maxrss of a fresh child process since its start"
        ),
        "peak_rss_mb": peak_rss,
        "rss_before_mb": rss_before,
    }


def proc_status_mb(field: str) -> float | None:
    """A memory figure of this process image from /proc/self/status (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def current_rss_mb() -> float | None:
    return proc_status_mb("VmRSS")


def reset_peak_rss() -> bool:
    """Start the RSS high-water mark again from the current RSS (Linux >= 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_rss_mb() -> float:
    # VmHWM, not getrusage's ru_maxrss: the same kernel high-water mark, but ru_maxrss of a process
    # started by subprocess on Linux carries the parent's figure over the exec.
    peak = proc_status_mb("VmHWM")
    if peak is not None:
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# --- Setting up Django and Postgres ---------------------------------------------------------------


def configure_django(database_url: str | None) -> None:
    """Point Django at the bench database (or at nothing durable) before anything imports models."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "console.settings"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        # Memory-only: the store never touches a database; an in-memory SQLite keeps it that way.
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = ":memory:"
    import django

    django.setup()


def prepare_schema(reset: bool) -> dict[str, str]:
    """Migrate, empty the runtime's tables if asked and this is the bench's own database, and
    describe the server. Runs before the event loop starts, on the main thread's connection."""
    from django.core.management import call_command
    from django.db import connection

    from agents.models import ApprovalRequest, Conversation, Escalation, Message, Run, RunStep
    from tracing.models import LLMCall, ToolCall

    call_command("migrate", verbosity=0, interactive=False)
    name = connection.settings_dict["NAME"]
    with connection.cursor() as cursor:
        # Opt-in, and only a database named *_bench: TRUNCATE takes an exclusive lock, so it would
        # deadlock with (or wipe the rows of) another bench run on the same database.
        if reset and name.endswith("_bench"):
            models = [LLMCall, ToolCall, ApprovalRequest, Escalation, RunStep, Message, Run, Conversation]
            tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in models)
            cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")  # noqa: S608 - table names from models
        cursor.execute("SELECT version()")
        version = cursor.fetchone()[0]
        cursor.execute("SHOW synchronous_commit")
        synchronous_commit = cursor.fetchone()[0]
        cursor.execute("SHOW fsync")
        fsync = cursor.fetchone()[0]
    connection.close()  # the event loop's database thread opens its own
    return {
        "database": name,
        "version": version,
        "synchronous_commit": synchronous_commit,
        "fsync": fsync,
        "emptied_before_run": str(reset and name.endswith("_bench")).lower(),
    }


async def durable_row_counts(conversation_ids: list) -> dict[str, int]:
    """What the durable latency turns left in the database: proof that every step was written."""
    from asgiref.sync import sync_to_async

    from agents.models import Message, Run, RunStep
    from tracing.models import LLMCall, ToolCall

    def count() -> dict[str, int]:
        runs = Run.objects.filter(conversation_id__in=conversation_ids)
        return {
            "turns": len(conversation_ids),
            "runs": runs.count(),
            "runs_completed": runs.filter(status=Run.Status.COMPLETED).count(),
            "steps": RunStep.objects.filter(run__in=runs).count(),
            "llm_calls": LLMCall.objects.filter(run__in=runs).count(),
            "tool_calls": ToolCall.objects.filter(run__in=runs).count(),
            "messages": Message.objects.filter(conversation_id__in=conversation_ids).count(),
        }

    return await sync_to_async(count)()


# --- Profiling ------------------------------------------------------------------------------------


class _Meter:
    """Wall and thread-CPU time of the calls to one function (a wrapper, for profiling only)."""

    def __init__(self, name: str, fn: Callable) -> None:
        self.name, self.fn = name, fn
        self.calls, self.wall, self.cpu = 0, 0.0, 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.calls += 1
            self.wall += time.perf_counter() - wall
            self.cpu += time.thread_time() - cpu


async def profile_durable(turns: int, warmup: int, out_dir: Path) -> str:
    """Where a durable turn's time goes, in two passes over sequential turns (async tools).

    1. Components: wall and CPU time of the intake (and of the helpers it calls through the
       `agents.actions` namespace), the checkpoint writes, SQL execution and COMMIT, metered by
       wrapping those functions in this process (module attributes swapped for the pass and put
       back; no runtime file is touched).
    2. cProfile with a CPU-time timer on both threads that do the work: the event loop (executor,
       chain, tools) and the `sync_to_async` database thread (intake, checkpoint writes). cProfile
       hooks one thread at a time, so each thread gets its own profiler; profiles are saved as .prof.
    """
    from asgiref.sync import sync_to_async
    from django.db import connection

    import agents.checkpoints
    from agents import actions

    agent = bench_agent("async", 0.0)
    runner = DurableTurns(agent, 0.0)
    await runner.prepare(warmup + 2 * turns)
    for slot in range(warmup):
        await runner.run(slot, QUESTION)

    # Pass 1: components. Functions the intake calls through the `actions` module are metered
    # when that module has them (the runtime changes; a missing one is skipped, not an error).
    components = [
        (actions, "write_intakes", "intake batches (write_intakes)"),
        (actions, "histories_before", "  of which histories_before"),
        (actions, "active_prompt", "  of which active_prompt"),
        (agents.checkpoints, "write_checkpoints", "checkpoint writes (write_checkpoints)"),
    ]
    swaps = [
        (module, name, _Meter(label, getattr(module, name)))
        for module, name, label in components
        if callable(getattr(module, name, None))
    ]
    sql_execute = _Meter("SQL statements (cursor.execute)", lambda execute, *args: execute(*args))
    commit: _Meter | None = None

    def meter_db_thread(on: bool) -> None:
        nonlocal commit
        if on:
            commit = _Meter("COMMIT", connection.commit)
            connection.commit = commit  # instance attribute: shadows the method for this thread only
            connection.execute_wrappers.append(sql_execute)
        else:
            del connection.commit
            connection.execute_wrappers.remove(sql_execute)

    originals = [(module, name, getattr(module, name)) for module, name, _ in swaps]
    for module, name, meter in swaps:
        setattr(module, name, meter)
    await sync_to_async(meter_db_thread)(True)
    cpu_started, started = time.process_time(), time.perf_counter()
    try:
        for slot in range(warmup, warmup + turns):
            await runner.run(slot, QUESTION)
    finally:
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        await sync_to_async(meter_db_thread)(False)
        for module, name, original in originals:
            setattr(module, name, original)

    report = io.StringIO()
    report.write(
        f"Durable turn, {turns} turns one at a time: {elapsed / turns * 1000:.2f} ms wall, "
        f"{cpu / turns * 1000:.2f} ms CPU of this process per turn (mean).\n"
        f"{'component':42}{'calls/turn':>11}{'wall ms/turn':>14}{'CPU ms/turn':>13}\n"
    )
    for meter in [*(meter for _, _, meter in swaps), sql_execute, commit]:
        assert meter is not None
        report.write(
            f"{meter.name:42}{meter.calls / turns:>11.1f}{meter.wall / turns * 1000:>14.2f}"
            f"{meter.cpu / turns * 1000:>13.2f}\n"
        )
    report.write(
        "(SQL and COMMIT happen inside intake and the checkpoint writes; the rest of the turn is the\n"
    )
    report.write(" executor on the event loop plus the hops between the two threads.)\n")

    # Pass 2: cProfile, CPU time per thread.
    loop_profile = cProfile.Profile(time.thread_time)
    db_profile = cProfile.Profile(time.thread_time)
    await sync_to_async(db_profile.enable)()
    loop_profile.enable()
    for slot in range(warmup + turns, warmup + 2 * turns):
        await runner.run(slot, QUESTION)
    loop_profile.disable()
    await sync_to_async(db_profile.disable)()

    out_dir.mkdir(parents=True, exist_ok=True)
    for name, profile in (("event loop thread", loop_profile), ("database thread", db_profile)):
        path = out_dir / f"profile-{name.split()[0]}.prof"
        profile.dump_stats(path)
        report.write(f"\n=== {name}: CPU time over {turns} turns, by cumulative ({path.name}) ===\n")
        stats = pstats.Stats(profile, stream=report)
        stats.strip_dirs().sort_stats("cumulative").print_stats(30)
    return report.getvalue()


# --- Orchestration --------------------------------------------------------------------------------


def run_child(args: argparse.Namespace, kind: str) -> dict[str, Any]:
    """One concurrency scenario in a fresh process, so its peak RSS is its own."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--concurrency",
        str(args.concurrency),
        "--rounds",
        str(args.rounds),
        "--model-latency",
        str(args.model_latency),
        "--database-url",
        args.database_url,
    ]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(BENCH_DIR.parent), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"concurrency scenario {kind!r} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_main(args: argparse.Namespace) -> None:
    kind = args.child
    configure_django(args.database_url if kind == "postgres" else None)
    result = asyncio.run(time_concurrent(kind, "async", args.concurrency, args.rounds, args.model_latency))
    print(json.dumps(result))


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": cpu_model(),
    }


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def print_report(results: dict[str, Any]) -> None:
    meta = results["meta"]
    machine_info = meta["machine"]
    print(f"\nHandrail runtime overhead - {machine_info['cpus']} CPUs, Python {machine_info['python']}")
    if meta.get("postgres"):
        server = meta["postgres"]
        version = server["version"].split(" on ")[0]
        print(
            f"Postgres: {version}, synchronous_commit={server['synchronous_commit']}, fsync={server['fsync']}"
        )
    latency = results["latency"]
    if latency["rows"]:
        print(
            f"\nOne turn = {MODEL_CALLS_PER_TURN} model calls + 2 tool calls, scripted model, 0 ms latency; "
            f"{latency['turns']} turns after {latency['warmup']} warm-up, one at a time."
        )
        print(
            f"{'':4}{'path':38}{'tools':>6}{'p50 ms':>9}{'p95 ms':>9}{'overhead p50':>14}{'p95':>9}"
            f"{'CPU ms':>9}{'load':>11}"
        )
        for row in latency["rows"]:
            print(
                f"{row['letter']:4}{row['label']:38}{row['tools']:>6}{fmt(row['p50_ms'], 3):>9}"
                f"{fmt(row['p95_ms'], 3):>9}{fmt(row.get('overhead_p50_ms'), 3):>14}"
                f"{fmt(row.get('overhead_p95_ms'), 3):>9}{fmt(row['cpu_ms_per_turn'], 3):>9}"
                f"{row['load_1m'][0]:>6.2f}-{row['load_1m'][1]:.2f}"
            )
        print(
            "    overhead = the row's percentile minus the plain loop's (same tools).\n"
            "    CPU ms = this process's CPU time per turn, all threads (not Postgres' own CPU).\n"
            "    load = 1-minute load average before-after: other work on the machine inflates wall times."
        )
    if results.get("durable_rows"):
        database = meta["postgres"]["database"]
        print(f"    rows the durable latency turns left in {database}: {results['durable_rows']}")
    conc = results.get("concurrency") or {}
    if conc.get("rows"):
        first = conc["rows"][0]
        print(
            f"\nConcurrency: {first['conversations']} conversations in flight, {first['rounds']} turns each, "
            f"{first['model_latency_s'] * 1000:.0f} ms per model call, async tools."
        )
        print(
            f"{'':4}{'path':38}{'turns/s':>8}{'overall':>8}{'turn p50':>9}{'overhead p50':>13}{'p95':>8}"
            f"{'CPU ms':>7}{'peak RSS':>10}{'before':>8}{'load':>11}"
        )
        for row in conc["rows"]:
            print(
                f"{row['letter']:4}{row['label']:38}{fmt(row['throughput_turns_per_s'], 0):>8}"
                f"{fmt(row['throughput_overall_turns_per_s'], 0):>8}{fmt(row['turn_p50_ms'], 1):>9}"
                f"{fmt(row['overhead_p50_ms'], 1):>13}{fmt(row['overhead_p95_ms'], 1):>8}"
                f"{fmt(row['cpu_ms_per_turn'], 2):>7}{fmt(row['peak_rss_mb'], 0):>7} MB"
                f"{fmt(row['rss_before_mb'], 0):>5} MB{row['load_1m'][0]:>6.2f}-{row['load_1m'][1]:.2f}"
            )
        print(
            "    turns/s = turns finished while every conversation was in flight / that window;\n"
            "    overall = all turns / wall time; overhead = turn latency minus 3 x model latency.\n"
            "    peak RSS = the RSS high-water mark (VmHWM; reset at the start of the run) of a fresh child\n"
            "    process per row; before = its RSS after set-up and warm-up, just before the run."
        )
        for row in conc["rows"]:
            if row.get("database_threads") is not None:
                threads = row["database_threads"]
                print(f"    {row['letter']} intakes (group commit) ran on {threads} thread(s).")
    print(
        "\nPeer figures quoted in the issue (NOT measured by this script): LangGraph "
        f"{PEERS['langgraph_memory_ms']} ms in memory, {PEERS['langgraph_postgres_ms']} ms with its Postgres "
        f"checkpointer, {PEERS['langgraph_turns_per_s_at_1000']} turns/s at 1000 concurrent."
    )
    print(
        f"Aim: <= {AIMS['postgres_turn_ms_max']:g} ms per turn with durable Postgres, >= "
        f"{AIMS['turns_per_s_at_1000_min']} turns/s at 1000 concurrent in one process."
    )


LETTERS = {"plain": "(c)", "memory": "(a)", "postgres": "(b)"}


def main_run(args: argparse.Namespace) -> dict[str, Any]:
    with_postgres = not args.skip_postgres
    configure_django(args.database_url if with_postgres else None)
    postgres_meta = None
    if with_postgres:
        ensure_database(args.database_url)
        postgres_meta = prepare_schema(reset=args.reset)
    if args.profile:
        # .prof files go to the temp directory: bench/results/ only ignores JSON.
        out_dir = Path(tempfile.gettempdir()) / "handrail-bench"
        print(asyncio.run(profile_durable(args.turns, args.warmup, out_dir)))
        print(f"cProfile files in {out_dir} (snakeviz, or python -m pstats)")
        return {}

    kinds = ["plain", "memory"] + (["postgres"] if with_postgres else [])
    tool_kinds = ["async", "sync"] if args.tools == "both" else [args.tools]

    async def latency_runs() -> tuple[list[dict], dict | None]:
        rows, conversation_ids = [], []
        for tools_kind in tool_kinds:
            for kind in kinds:
                rows.append(
                    await time_sequential(kind, tools_kind, args.turns, args.warmup, conversation_ids)
                )
        counts = await durable_row_counts(conversation_ids) if with_postgres else None
        return rows, counts

    rows, counts = asyncio.run(latency_runs()) if args.turns > 0 else ([], None)
    plain = {row["tools"]: row for row in rows if row["store"] == "plain"}
    for row in rows:
        row["letter"], row["label"] = LETTERS[row["store"]], TURNS[row["store"]].label
        if row["store"] != "plain":
            row["overhead_p50_ms"] = round(row["p50_ms"] - plain[row["tools"]]["p50_ms"], 3)
            row["overhead_p95_ms"] = round(row["p95_ms"] - plain[row["tools"]]["p95_ms"], 3)

    concurrency_rows = []
    if args.concurrency > 0:
        for kind in kinds:
            row = run_child(args, kind)
            row["letter"], row["label"] = LETTERS[kind], TURNS[kind].label
            concurrency_rows.append(row)

    return {
        "meta": {
            "command": " ".join([Path(sys.executable).name, *sys.argv]),
            "finished_at": datetime.now(tz=UTC).isoformat(timespec="seconds"),
            "machine": machine(),
            "postgres": postgres_meta,
            "quick": args.quick,
        },
        "latency": {"turns": args.turns, "warmup": args.warmup, "rows": rows},
        "durable_rows": counts,
        "concurrency": {"rows": concurrency_rows},
        "peers_quoted_not_measured": PEERS,
        "aims": AIMS,
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--turns", type=int, default=None, help="measured turns per latency row (default 2000)"
    )
    parser.add_argument(
        "--warmup", type=int, default=None, help="warm-up turns per latency row (default 200)"
    )
    parser.add_argument(
        "--concurrency", type=int, default=None, help="conversations in flight (default 1000; 0 skips)"
    )
    parser.add_argument(
        "--rounds", type=int, default=None, help="turns per conversation in the concurrency run (default 5)"
    )
    parser.add_argument(
        "--model-latency", type=float, default=None, help="seconds per model call when concurrent (0.2)"
    )
    parser.add_argument(
        "--tools", choices=["async", "sync", "both"], default="both", help="tool flavour(s) for latency"
    )
    parser.add_argument("--skip-postgres", action="store_true", help="memory and plain rows only")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        help=f"Postgres for the durable rows (default: $DATABASE_URL, else {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument(
        "--reset",
        action="store_true",
        help="empty the runtime's tables first (only in a *_bench database; not while another run uses it)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run of a few seconds (numbers are noise)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the durable path instead of benchmarking"
    )
    parser.add_argument("--json", type=Path, default=RESULTS_PATH, help="where to write the results")
    parser.add_argument("--child", choices=sorted(TURNS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.profile and args.skip_postgres:
        parser.error("--profile profiles the durable path: it needs Postgres")
    defaults = (
        {"turns": 30, "warmup": 5, "concurrency": 50, "rounds": 2, "model_latency": 0.02}
        if args.quick
        else {"turns": 2000, "warmup": 200, "concurrency": 1000, "rounds": 5, "model_latency": 0.2}
    )
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.child:
        child_main(args)
        return
    results = main_run(args)
    if not results:
        return
    print_report(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"\nResults written to {args.json}")


if __name__ == "__main__":
    main()
