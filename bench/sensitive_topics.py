"""Sensitive-topic detection (agents/sensitive.py): precision and recall on labelled messages, and the
latency of one check, on the CPU.

Two parts, each printed as a table (and written to --json):

  1. Quality, on agents/data/sensitive_eval.jsonl: per split ("dev": written first and used to build
     the patterns and calibrate the similarity threshold; "holdout": written after both were frozen),
     per topic and per language: recall (a message on a topic flagged with that topic), wrong topic
     (flagged, but with another topic: still escalated), false positives on ordinary messages and on
     the near-misses among them ("this charger kills my battery"). Beside the full check, the patterns
     alone, to show what the similarity layer adds, and the check as the demo desk's router runs it
     (it passes its own reading of the message, SMS-speak and typos undone, key words of other
     languages mapped into English, which the similarity layer embeds). Also the false positives on
     demo_shop/router_eval.jsonl, ordinary support messages written for the router before this
     detector existed.
  2. Latency per message, p50/p95 over every labelled message: the patterns alone (fold, typo
     correction, regexes); the whole check with the message's embedding not cached (a message seen
     for the first time, one MiniLM pass when no pattern matched); and the whole check with the
     embedding cached (what the router and the input guard pay when they embed the same reading);
     and the demo desk's whole offline routing of a new message with the check off and on (the
     router shares its reading's embedding, so the difference is the patterns plus a cache hit).

The bench reports; it asserts nothing about time or quality.

    PYTHONPATH=. .venv/bin/python bench/sensitive_topics.py            # ~2 min on an idle 2-core machine
    PYTHONPATH=. .venv/bin/python bench/sensitive_topics.py --quick    # smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELLED_PATH = ROOT / "agents" / "data" / "sensitive_eval.jsonl"
ORDINARY_PATH = ROOT / "demo_shop" / "router_eval.jsonl"
RESULTS_PATH = ROOT / "bench" / "results" / "sensitive_topics.json"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(rows: list[dict[str, Any]], found: list[Any]) -> dict[str, Any]:
    """Counts for a set of labelled rows and what the detector returned for each."""
    positives = [(r, f) for r, f in zip(rows, found, strict=True) if r["topic"] != "none"]
    negatives = [(r, f) for r, f in zip(rows, found, strict=True) if r["topic"] == "none"]
    right = sum(1 for r, f in positives if f is not None and f.topic == r["topic"])
    wrong_topic = sum(1 for r, f in positives if f is not None and f.topic != r["topic"])
    false_positives = sum(1 for _, f in negatives if f is not None)
    near = [(r, f) for r, f in negatives if r.get("near_miss")]
    flagged = right + wrong_topic + false_positives
    return {
        "positives": len(positives),
        "recall": ratio(right, len(positives)),
        "escalated": ratio(right + wrong_topic, len(positives)),
        "wrong_topic": wrong_topic,
        "ordinary": len(negatives),
        "false_positives": false_positives,
        "fp_rate": ratio(false_positives, len(negatives)),
        "near_misses": len(near),
        "near_miss_fp": sum(1 for _, f in near if f is not None),
        "precision": ratio(right, flagged),
        "by_similarity": sum(1 for _, f in positives if f is not None and f.method == "similarity"),
    }


def part_quality(checks: dict[str, Callable[[str], Any]]) -> dict[str, Any]:
    """`checks`: name -> function of a text returning something with `.topic` and `.method`, or None;
    the first is the one broken down by topic and language."""
    rows = read_jsonl(LABELLED_PATH)
    found = {name: [check(r["text"]) for r in rows] for name, check in checks.items()}
    detect = next(iter(checks.values()))
    full = next(iter(found.values()))
    result: dict[str, Any] = {"splits": {}, "topics": {}, "languages": {}, "errors": []}
    for split in ("dev", "holdout", "all"):
        chosen = [i for i, r in enumerate(rows) if split == "all" or r["split"] == split]
        result["splits"][split] = {
            name: score([rows[i] for i in chosen], [results[i] for i in chosen])
            for name, results in found.items()
        }
    groups: dict[str, dict[str, list[int]]] = {"topics": defaultdict(list), "languages": defaultdict(list)}
    for i, r in enumerate(rows):
        groups["topics"][r["topic"]].append(i)
        groups["languages"][r["language"]].append(i)
    for kind, by_key in groups.items():
        for key, chosen in sorted(by_key.items()):
            result[kind][key] = score([rows[i] for i in chosen], [full[i] for i in chosen])
    for r, f in zip(rows, full, strict=True):
        expected = r["topic"]
        got = f.topic if f is not None else "none"
        if got != expected:
            result["errors"].append(
                {"text": r["text"], "expected": expected, "got": got, "method": f.method if f else None}
            )
    ordinary = read_jsonl(ORDINARY_PATH)
    flagged = [(o["text"], f) for o in ordinary if (f := detect(o["text"])) is not None]
    result["router_eval"] = {
        "ordinary": len(ordinary),
        "false_positives": len(flagged),
        "fp_rate": ratio(len(flagged), len(ordinary)),
        "flagged": [{"text": t, "topic": f.topic, "method": f.method} for t, f in flagged],
    }
    return result


def part_latency(texts: list[str], rounds: int) -> dict[str, Any]:
    from agents import embeddings, sensitive
    from demo_shop.intents import build_router

    routers = {
        on: build_router(model_chain=["offline:handrail-offline-demo"], sensitive_topics=on) for on in (0, 1)
    }
    for router in routers.values():
        router.warm_up()

    def routed(on: int) -> Callable[[str], Any]:
        def route(text: str) -> Any:
            embeddings.cache_clear()
            return routers[on].classify_offline(text, [])

        return route

    def patterns(text: str) -> Any:
        folded = sensitive.fold(text)
        return sensitive.match_patterns(folded) or sensitive.match_patterns(sensitive._corrected(folded))

    def cold(text: str) -> Any:
        embeddings.cache_clear()  # outside the timing would be fairer, but it costs microseconds
        return sensitive.detect_sensitive_topic(text)

    paths: list[tuple[str, Callable[[str], Any]]] = [
        ("patterns only", patterns),
        ("whole check, embedding not cached", cold),
        ("whole check, embedding cached", sensitive.detect_sensitive_topic),  # runs after "not cached"
        ("demo desk routing, check off", routed(0)),
        ("demo desk routing, check on", routed(1)),
    ]
    for text in texts[:20]:  # the first passes of each path (thread pools, regex caches) are not measured
        for _, fn in paths:
            fn(text)
    # Paths interleaved message by message: on a shared machine the load drifts over a run, and one
    # path measured after another would carry the drift in its figures.
    timings: dict[str, list[float]] = {name: [] for name, _ in paths}
    for _ in range(rounds):
        for text in texts:
            for name, fn in paths:
                started = time.perf_counter()
                fn(text)
                timings[name].append((time.perf_counter() - started) * 1000)
    rows = [
        {
            "path": name,
            "messages": len(values),
            "p50_ms": round(percentile(values, 50), 3),
            "p95_ms": round(percentile(values, 95), 3),
            "max_ms": round(max(values), 3),
        }
        for name, values in timings.items()
    ]
    no_pattern = sum(1 for t in texts if patterns(t) is None)
    return {"rows": rows, "messages_needing_the_model": no_pattern, "distinct_messages": len(texts)}


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def print_tables(results: dict[str, Any]) -> None:
    quality = results["quality"]
    print("\n## Quality on agents/data/sensitive_eval.jsonl\n")
    columns = ("positives", "recall", "escalated", "wrong_topic", "ordinary", "false_positives", "fp_rate")
    extra = ("near_misses", "near_miss_fp", "precision", "by_similarity")
    print("| split | check | " + " | ".join(columns + extra) + " |")
    print("|---|---|" + "---:|" * len(columns + extra))
    for split, checks in quality["splits"].items():
        for check, row in checks.items():
            print(f"| {split} | {check} | " + " | ".join(fmt(row[c]) for c in columns + extra) + " |")
    for kind in ("topics", "languages"):
        print(f"\n### By {kind[:-1]} (full check, all splits)\n")
        print(f"| {kind[:-1]} | " + " | ".join(columns) + " |")
        print("|---|" + "---:|" * len(columns))
        for key, row in quality[kind].items():
            print(f"| {key} | " + " | ".join(fmt(row[c]) for c in columns) + " |")
    router_eval = quality["router_eval"]
    print(
        f"\nOrdinary messages of demo_shop/router_eval.jsonl flagged: {router_eval['false_positives']}"
        f" of {router_eval['ordinary']}"
    )
    for item in router_eval["flagged"]:
        print(f"  {item['topic']} ({item['method']}): {item['text']}")
    print(f"\nErrors ({len(quality['errors'])}):")
    for error in quality["errors"]:
        print(f"  expected {error['expected']}, got {error['got']} ({error['method']}): {error['text']}")
    latency = results["latency"]
    print(
        f"\n## Latency per message ({latency['distinct_messages']} distinct messages, "
        f"{latency['messages_needing_the_model']} of them matched by no pattern)\n"
    )
    print("| path | messages | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for row in latency["rows"]:
        print(f"| {row['path']} | {row['messages']} | {row['p50_ms']} | {row['p95_ms']} | {row['max_ms']} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=1, help="passes over the messages for latency")
    parser.add_argument("--quick", action="store_true", help="smoke run: one latency round on 40 messages")
    parser.add_argument("--json", default=str(RESULTS_PATH))
    args = parser.parse_args()

    import torch

    from agents import embeddings, sensitive

    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "torch_threads": torch.get_num_threads(),
            "load_average": os.getloadavg(),
        },
        "settings": {
            "similarity_thresholds": sensitive.SIMILARITY_THRESHOLDS,
            "similarity_margin": sensitive.SIMILARITY_MARGIN,
        },
        "args": vars(args),
    }
    started = time.perf_counter()
    embeddings.load_model()
    sensitive.warm_up()
    results["warm_up_s"] = round(time.perf_counter() - started, 2)

    def patterns_only(text: str) -> Any:
        saved = sensitive.SIMILARITY_MIN_WORDS
        sensitive.SIMILARITY_MIN_WORDS = sys.maxsize  # nothing is long enough to be embedded
        try:
            return sensitive.detect_sensitive_topic(text)
        finally:
            sensitive.SIMILARITY_MIN_WORDS = saved

    from demo_shop.intents import build_router

    router = build_router(model_chain=["offline:handrail-offline-demo"])
    router.warm_up()

    def through_router(text: str) -> Any:
        decision = router.classify_offline(text, [])
        found = decision.raw.get("sensitive_topic")
        return SimpleNamespace(**found) if found else None

    print("Part 1: quality", flush=True)
    results["quality"] = part_quality(
        {
            "full": sensitive.detect_sensitive_topic,
            "patterns_only": patterns_only,
            "desk_router": through_router,
        }
    )
    texts = list(dict.fromkeys(r["text"] for r in read_jsonl(LABELLED_PATH)))
    rounds = args.rounds
    if args.quick:
        texts, rounds = texts[:: max(1, len(texts) // 40)][:40], 1
    print("Part 2: latency", flush=True)
    results["latency"] = part_latency(texts, rounds)
    results["machine"]["load_average_after"] = os.getloadavg()
    print_tables(results)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2, default=str))
    print(f"\nwritten to {args.json}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
