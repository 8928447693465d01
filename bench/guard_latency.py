"""What the input guard costs per customer message, on the CPU: p50/p95 per check and for the whole guard.

Messages: 1,000 drawn in a fixed order from the independent guard evaluation sets (benign and attack
lines, bench/data/guard_eval_*.jsonl) and the demo router's labelled questions, so the mix has short
and long texts, other languages, encoded attacks and personal data. Every message is new to the process
(the embedding cache is cleared per configuration), as it would be in production.

Configurations, measured in one process one after the other:
  desk    the demo desk's guard as the executor runs it: sensitive topics by patterns (the router embeds
          the message and runs the similarity layer itself), no "asked for a person" (a router intent);
  full    every layer on, as `guard_scan` and the API run it (sensitive-topic similarity embeds the text);
  router  the baseline: the demo desk's router classifying the same messages (what every message
          already cost before the guard), to read the guard's figure against.

The optional model-based injection check is off (it is a provider call, measured by the provider's
latency, not the CPU's).

    PYTHONPATH=. .venv/bin/python bench/guard_latency.py            # 1,000 messages (~1 min)
    PYTHONPATH=. .venv/bin/python bench/guard_latency.py --messages 200

It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SOURCES = [
    BENCH_DIR / "data" / "guard_eval_benign.jsonl",
    BENCH_DIR / "data" / "guard_eval_attacks.jsonl",
    ROOT / "demo_shop" / "router_eval.jsonl",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(math.ceil(q / 100 * len(ordered)) - 1, 0)]


def load_messages(count: int) -> list[str]:
    pools = []
    for path in SOURCES:
        if not path.exists():
            continue
        texts = []
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            item = json.loads(line)
            if isinstance(item.get("text"), str):
                texts.append(item["text"])
        pools.append(texts)
    if not pools:
        raise SystemExit("no message files found under bench/data or demo_shop")
    # Interleave the sources so every prefix of the list has the same mix.
    messages: list[str] = []
    position = 0
    while len(messages) < count:
        for pool in pools:
            if pool:
                messages.append(pool[position % len(pool)])
        position += 1
    return messages[:count]


def time_guard(guard: Any, messages: list[str]) -> dict[str, Any]:
    from agents import embeddings, multilingual_embeddings

    embeddings.cache_clear()
    multilingual_embeddings.cache_clear()
    per_check: dict[str, list[float]] = defaultdict(list)
    totals = []
    verdicts: dict[str, int] = defaultdict(int)
    for text in messages:
        started = time.perf_counter()
        outcome = guard.screen(text, agent_name="support")
        totals.append((time.perf_counter() - started) * 1000)
        verdicts[str(outcome.verdict)] += 1
        for check in outcome.checks:
            per_check[check.name].append(check.duration_ms)
    return {"total": totals, "checks": per_check, "verdicts": dict(verdicts)}


def time_router(messages: list[str]) -> list[float]:
    import asyncio

    from agents import embeddings
    from agents.definitions import get_agent

    router = get_agent("support").router
    embeddings.cache_clear()
    durations = []

    async def run() -> None:
        for text in messages:
            started = time.perf_counter()
            await router.route(text, [])
            durations.append((time.perf_counter() - started) * 1000)

    asyncio.run(run())
    return durations


def row(label: str, values: list[float]) -> str:
    return (
        f"| {label} | {len(values)} | {percentile(values, 50):.3f} | {percentile(values, 95):.3f} | "
        f"{percentile(values, 99):.3f} | {max(values):.3f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings")
    os.environ.setdefault("SQLITE_PATH", ":memory:")
    import django

    django.setup()
    from agents.definitions import get_agent
    from agents.guards.pipeline import InputGuard

    messages = load_messages(args.messages)
    desk = get_agent("support")
    configurations = {
        "desk": InputGuard(desk.guard, sensitive_similarity=False, human_requests=False),
        "full": InputGuard(desk.guard, sensitive_similarity=True, human_requests=True),
    }
    # Warm-up: every model and table loaded before timing (a worker loads them at start-up).
    for guard in configurations.values():
        for text in messages[:50]:
            guard.screen(text)
    time_router(messages[:20])

    print(
        f"# Input guard latency: {len(messages)} messages, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}"
    )
    print(
        "command: PYTHONPATH=. .venv/bin/python bench/guard_latency.py"
        + (f" --messages {args.messages}" if args.messages != 1000 else "")
    )
    results = {}
    for name, guard in configurations.items():
        results[name] = time_guard(guard, messages)
    router_ms = time_router(messages)

    for name, result in results.items():
        print(f"\n## guard: {name}   (verdicts: {result['verdicts']})")
        print("| check | n | p50 ms | p95 ms | p99 ms | max ms |")
        print("| --- | --- | --- | --- | --- | --- |")
        for check, values in result["checks"].items():
            print(row(check, values))
        print(row("**whole guard**", result["total"]))
    print("\n## baseline in the same process")
    print("| step | n | p50 ms | p95 ms | p99 ms | max ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(row("router (demo desk, offline classifier)", router_ms))
    print(row("input guard, desk configuration", results["desk"]["total"]))
    print(row("input guard, every layer", results["full"]["total"]))


if __name__ == "__main__":
    main()
