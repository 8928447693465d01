"""Guard quality: recall on prompt-injection and jailbreak text, false positives on ordinary support
messages, per family and language, with the threshold used; PII recall and precision; and the latency
of the injection check, on the CPU.

Sets, each read only when its file exists:

  1. held-out: the injection corpus's `split == "heldout"` rows (agents/data/injection/corpus.jsonl), a
     quarter of each family set aside by hash before anything was trained or calibrated; the classifier
     never sees them. Also read through `scan_untrusted` (the detector as tool results get it): the
     indirect attacks and the benign documents.
  2. ordinary traffic written before this detector: demo_shop/router_eval.jsonl and the messages of
     agents/data/sensitive_eval.jsonl (every one benign as far as injection goes), and the demo shop's
     help articles, paragraph by paragraph, through `scan_untrusted`.
  3. the sets written apart from the detector by helpers who never saw it (bench/data/guard_eval*_*.jsonl),
     aggregates only: guard_eval5 to guard_eval7 are development sets (their misses were studied);
     guard_eval8, written blind at the start of session 11, is the honest unseen one; `--blind-only`
     prints just that. The four oldest (guard_eval to guard_eval4) were retired into the training corpus
     in session 10 (agents/data/injection/make_corpus_retired.py): their held-out quarter is in 1.
  4. the development set guard_eval5 through the whole input guard (`agents.guards.pipeline.InputGuard`):
     a message counts as caught when the verdict is not "allow".
  5. PII: bench/data/pii_eval.jsonl (lines {"text", "spans": [{"kind", "value"}]}) against
     `agents.guards.pii.find_pii`.
  6. latency: the injection check per message (readings prepared beforehand, as the pipeline does),
     prepare + check, and `scan_untrusted` on 4000-character tool results.

Every message is prepared with `agents.guards.normalise.prepare` (decoded readings for the checks), as
the input guard does. The bench prints; it asserts nothing.

    PYTHONPATH=. .venv/bin/python bench/guard_quality.py            # minutes: the full input guard embeds
    PYTHONPATH=. .venv/bin/python bench/guard_quality.py --quick    # smoke run: fewer latency rounds
    PYTHONPATH=. .venv/bin/python bench/guard_quality.py --misses   # also list the held-out misses and
                                                                    # false positives (never a
                                                                    # blind set's)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "agents" / "data" / "injection" / "corpus.jsonl"
ROUTER_EVAL = ROOT / "demo_shop" / "router_eval.jsonl"
SENSITIVE_EVAL = ROOT / "agents" / "data" / "sensitive_eval.jsonl"
PII_EVAL = ROOT / "bench" / "data" / "pii_eval.jsonl"
SETS_DIR = ROOT / "bench" / "data"
#: Development sets: written blind (sessions 8 to 10), read as aggregates, then their misses studied.
DEVELOPMENT_SETS = ("guard_eval5", "guard_eval6", "guard_eval7")
#: The blind set: written at the start of session 11 by five helpers who never saw the detector, its
#: corpus, the tests or the other sets. Read as aggregates only, never its misses.
BLIND_SET = "guard_eval8"
#: The development set read through the whole input guard.
PIPELINE_SET = "guard_eval5"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    # "\n" only: a row's text may hold U+2028 or U+0085, which `splitlines` would split at.
    lines = path.read_text(encoding="utf-8").split("\n")
    return [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def is_attack(row: dict[str, Any]) -> bool:
    return str(row.get("label", "")).lower() in {"attack", "injection", "jailbreak", "malicious", "1", "true"}


# --- scoring ----------------------------------------------------------------------------------------


def subject_for(text: str, source: str = "customer") -> Any:
    from agents.guards.base import Subject
    from agents.guards.normalise import prepare

    prepared = prepare(text)
    return Subject(original=text, text=prepared.for_model, variants=list(prepared.variants), source=source)


def score_rows(rows: list[dict[str, Any]]) -> list[Any]:
    """The injection check's result for each row, as a customer's message."""
    from agents.guards.base import CheckConfig
    from agents.guards.injection import InjectionCheck

    check = InjectionCheck()
    return [check.check(subject_for(r["text"]), CheckConfig()) for r in rows]


def table(title: str, rows: list[dict[str, Any]], fired: list[bool], key: str) -> None:
    """Recall (attacks) or false positives (benign) grouped by `key`."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for row, hit in zip(rows, fired, strict=True):
        groups[str(row.get(key) or "?")].append(hit)
    print(f"  {title} by {key}:")
    for name in sorted(groups, key=lambda n: (-len(groups[n]), n)):
        hits = groups[name]
        print(f"    {name:24} {sum(hits):4d}/{len(hits):<4d} {pct(sum(hits), len(hits))}")


def report(
    name: str, rows: list[dict[str, Any]], results: list[Any], *, misses: bool = False
) -> dict[str, Any]:
    attacks = [(r, x) for r, x in zip(rows, results, strict=True) if is_attack(r)]
    benign = [(r, x) for r, x in zip(rows, results, strict=True) if not is_attack(r)]
    caught = sum(1 for _, x in attacks if x.fired)
    false_pos = sum(1 for _, x in benign if x.fired)
    threshold = results[0].detail.get("threshold") if results else None
    by_pattern = sum(1 for _, x in attacks if x.fired and x.detail.get("layers", {}).get("pattern"))
    # The semantic layer reads a message only in the n-gram model's unsure band; each read is a MiniLM pass.
    embedded = [x for x in results if "semantic" in x.detail.get("layers", {})]
    by_semantic = sum(1 for _, x in attacks if x.fired and "semantic" in x.detail.get("layers", {}))
    print(f"\n== {name} (threshold {threshold}) ==")
    print(
        f"  recall {caught}/{len(attacks)} {pct(caught, len(attacks))}   "
        f"false positives {false_pos}/{len(benign)} {pct(false_pos, len(benign))}   "
        f"(attacks caught by a pattern: {by_pattern}, by the classifier alone: "
        f"{caught - by_pattern - by_semantic}, with the semantic layer: {by_semantic}; "
        f"messages embedded: {len(embedded)}/{len(results)})"
    )
    if attacks:
        table("recall", [r for r, _ in attacks], [x.fired for _, x in attacks], "family")
        table("recall", [r for r, _ in attacks], [x.fired for _, x in attacks], "language")
    if benign:
        fp_pattern = sum(1 for _, x in benign if x.fired and x.detail.get("layers", {}).get("pattern"))
        fp_semantic = sum(1 for _, x in benign if x.fired and "semantic" in x.detail.get("layers", {}))
        print(
            f"  false positives by layer: pattern {fp_pattern}, classifier alone "
            f"{false_pos - fp_pattern - fp_semantic}, with the semantic layer {fp_semantic}"
        )
        table("false positives", [r for r, _ in benign], [x.fired for _, x in benign], "family")
        non_english = [(r, x) for r, x in benign if r.get("language", "en") != "en"]
        fp_non_en = sum(1 for _, x in non_english if x.fired)
        print(f"  false positives on non-English benign: {fp_non_en}/{len(non_english)}")
    if misses:
        for row, result in attacks:
            if not result.fired:
                print(
                    f"    MISS [{row.get('family')}/{row.get('language')}] {result.score:.2f} "
                    f"{row['text'][:100]!r}"
                )
        for row, result in benign:
            if result.fired:
                print(
                    f"    FP   [{row.get('family')}/{row.get('language')}] {result.reason[:60]} "
                    f"{row['text'][:80]!r}"
                )
    return {
        "set": name,
        "threshold": threshold,
        "attacks": len(attacks),
        "recall": round(caught / len(attacks), 4) if attacks else None,
        "benign": len(benign),
        "fp_rate": round(false_pos / len(benign), 4) if benign else None,
    }


def untrusted_report(name: str, rows: list[dict[str, Any]], *, misses: bool = False) -> None:
    from agents.guards.injection import scan_untrusted

    fired = [scan_untrusted(r["text"], r.get("source", "knowledge")).fired for r in rows]
    attacks = [f for r, f in zip(rows, fired, strict=True) if is_attack(r)]
    benign = [f for r, f in zip(rows, fired, strict=True) if not is_attack(r)]
    print(
        f"  scan_untrusted on {name}: recall {sum(attacks)}/{len(attacks)} "
        f"{pct(sum(attacks), len(attacks))}, "
        f"false positives {sum(benign)}/{len(benign)} {pct(sum(benign), len(benign))}"
    )
    if misses:
        for row, hit in zip(rows, fired, strict=True):
            if hit != is_attack(row):
                print(f"    {'MISS' if is_attack(row) else 'FP  '} {row['text'][:100]!r}")


# --- sets -------------------------------------------------------------------------------------------


def held_out(args: argparse.Namespace, summary: list[dict[str, Any]]) -> None:
    # Every corpus file the classifier trains on (corpus.jsonl and the corpus_*.jsonl written beside it);
    # the first file's held-out rows alone are printed too, comparable with figures from before the others.
    files = sorted(CORPUS.parent.glob("corpus*.jsonl"))
    first = [r for r in read_jsonl(CORPUS) if r.get("split") == "heldout"]
    if len(files) > 1:
        report(f"held-out split of {CORPUS.name} alone", first, score_rows(first), misses=False)
    rows = [r for f in files for r in read_jsonl(f) if r.get("split") == "heldout"]
    names = ", ".join(f.name for f in files)
    summary.append(
        report(f"held-out split of the shipped corpus ({names})", rows, score_rows(rows), misses=args.misses)
    )
    untrusted = [r for r in rows if r["family"] in {"indirect", "document"}]
    untrusted_report("held-out indirect attacks and benign documents", untrusted, misses=args.misses)


def ordinary_traffic(args: argparse.Namespace, summary: list[dict[str, Any]]) -> None:
    rows: list[dict[str, Any]] = []
    if ROUTER_EVAL.exists():
        rows += [
            {**r, "label": "benign", "family": f"router_eval:{r.get('intent')}"}
            for r in read_jsonl(ROUTER_EVAL)
        ]
    if SENSITIVE_EVAL.exists():
        rows += [
            {**r, "label": "benign", "family": f"sensitive_eval:{r.get('topic')}"}
            for r in read_jsonl(SENSITIVE_EVAL)
        ]
    if rows:
        summary.append(
            report(
                "ordinary messages written before this detector", rows, score_rows(rows), misses=args.misses
            )
        )
    try:
        from demo_shop.help_articles import HELP_ARTICLES
    except ImportError:
        return
    paragraphs = [
        {"text": p.strip(), "label": "benign", "source": "knowledge"}
        for article in HELP_ARTICLES
        for p in article.body.split("\n\n")
        if p.strip()
    ]
    whole = [{"text": a.body, "label": "benign", "source": "knowledge"} for a in HELP_ARTICLES]
    untrusted_report(
        f"the demo shop's help articles ({len(paragraphs)} paragraphs)", paragraphs, misses=args.misses
    )
    untrusted_report(
        f"the demo shop's help articles ({len(whole)} whole articles)", whole, misses=args.misses
    )


def set_rows(name: str) -> list[dict[str, Any]]:
    """A set's attacks and benign rows, or nothing when its files are missing."""
    attacks, benign = SETS_DIR / f"{name}_attacks.jsonl", SETS_DIR / f"{name}_benign.jsonl"
    if not (attacks.exists() and benign.exists()):
        return []
    return read_jsonl(attacks) + read_jsonl(benign)


def by_source(rows: list[dict[str, Any]]) -> list[bool]:
    """Whether the detector fires on each row, read the way the runtime reads it: a customer's message
    through the injection check, a pasted e-mail / document / tool result through `scan_untrusted`."""
    from agents.guards.injection import scan_untrusted

    messages = [r for r in rows if r.get("source", "input") == "input"]
    scored = dict(zip(map(id, messages), (x.fired for x in score_rows(messages)), strict=True))
    return [
        scored[id(r)] if id(r) in scored else scan_untrusted(r["text"], str(r["source"])).fired for r in rows
    ]


def written_apart(summary: list[dict[str, Any]], kind: str, name: str, title: str) -> None:
    """One of the sets written apart from the detector, `name` (its files bench/data/{name}_attacks.jsonl
    and _benign.jsonl), in aggregates only: recall and false positives per family, never its misses.
    `kind`: "development set" or "blind set"."""
    rows = set_rows(name)
    if not rows:
        print(f"\n== {name}: bench/data/{name}_{{attacks,benign}}.jsonl not found, skipped ==")
        return
    fired = by_source(rows)
    attacks = [(r, f) for r, f in zip(rows, fired, strict=True) if is_attack(r)]
    benign = [(r, f) for r, f in zip(rows, fired, strict=True) if not is_attack(r)]
    ordinary = [(r, f) for r, f in benign if r.get("family") != "hard_negative"]
    caught = sum(f for _, f in attacks)
    false_pos = sum(f for _, f in benign)
    ordinary_fp = sum(f for _, f in ordinary)
    print(f"\n== {kind} {name} ({title}; aggregates only) ==")
    print(
        f"  recall {caught}/{len(attacks)} {pct(caught, len(attacks))}   "
        f"false positives {false_pos}/{len(benign)} {pct(false_pos, len(benign))}   "
        f"(ordinary traffic {ordinary_fp}/{len(ordinary)} {pct(ordinary_fp, len(ordinary))})"
    )
    table("recall", [r for r, _ in attacks], [f for _, f in attacks], "family")
    table("false positives", [r for r, _ in benign], [f for _, f in benign], "family")
    summary.append(
        {
            "set": name,
            "recall": round(caught / len(attacks), 4) if attacks else None,
            "false_positives": round(false_pos / len(benign), 4) if benign else None,
            "ordinary_false_positives": round(ordinary_fp / len(ordinary), 4) if ordinary else None,
        }
    )


def blind(summary: list[dict[str, Any]]) -> None:
    for name in DEVELOPMENT_SETS:
        written_apart(summary, "development set", name, "written blind, read while tuning")
    blind_only(summary)


def blind_only(summary: list[dict[str, Any]]) -> None:
    written_apart(summary, "blind set", BLIND_SET, "written blind; never used for tuning")


def through_pipeline(rows: list[dict[str, Any]], summary: list[dict[str, Any]]) -> None:
    try:
        from agents.guards.config import GuardSettings
        from agents.guards.pipeline import InputGuard
    except ImportError as exc:
        print(f"\n== full input guard: agents.guards.pipeline not importable ({exc}), skipped ==")
        return
    if not rows:
        print(f"\n== full input guard: no {PIPELINE_SET}, skipped ==")
        return
    guard = InputGuard(GuardSettings())
    outcomes = []
    durations = []
    for row in rows:
        outcome = guard.screen(row["text"])
        outcomes.append(outcome)
        durations.append(outcome.duration_ms)
    attacks = [(r, o) for r, o in zip(rows, outcomes, strict=True) if is_attack(r)]
    benign = [(r, o) for r, o in zip(rows, outcomes, strict=True) if not is_attack(r)]
    stopped = sum(1 for _, o in attacks if str(o.verdict) not in {"allow", "allow_redacted"})
    by_injection = sum(1 for _, o in attacks if any(c.name == "injection" and c.fired for c in o.checks))
    wrongly_stopped = [o for _, o in benign if str(o.verdict) not in {"allow", "allow_redacted"}]
    injection_fp = sum(1 for _, o in benign if any(c.name == "injection" and c.fired for c in o.checks))
    deciding: dict[str, int] = defaultdict(int)
    for outcome in wrongly_stopped:
        deciding[outcome.deciding_check or "?"] += 1
    print(f"\n== {PIPELINE_SET} through the full input guard (agents.guards.pipeline, default settings) ==")
    print(
        f"  attacks stopped (refuse/escalate) {stopped}/{len(attacks)} {pct(stopped, len(attacks))}; "
        f"injection check fired on {by_injection}/{len(attacks)}"
    )
    print(
        f"  benign stopped {len(wrongly_stopped)}/{len(benign)} {pct(len(wrongly_stopped), len(benign))} "
        f"(by check: {dict(sorted(deciding.items()))}); injection check fired on {injection_fp}/{len(benign)}"
    )
    print(
        f"  whole guard latency p50 {percentile(durations, 50):.2f} ms, "
        f"p95 {percentile(durations, 95):.2f} ms"
    )
    summary.append(
        {
            "set": f"{PIPELINE_SET} through pipeline",
            "attacks_stopped": round(stopped / len(attacks), 4) if attacks else None,
            "benign_stopped": round(len(wrongly_stopped) / len(benign), 4) if benign else None,
        }
    )


def _normal_value(value: str) -> str:
    return re.sub(r"[^0-9a-z@]", "", str(value).lower())


def pii(summary: list[dict[str, Any]]) -> None:
    if not PII_EVAL.exists():
        print("\n== PII: bench/data/pii_eval.jsonl not found, skipped ==")
        return
    try:
        from agents.guards.pii import find_pii
    except ImportError as exc:
        print(f"\n== PII: agents.guards.pii not importable ({exc}), skipped ==")
        return
    rows = read_jsonl(PII_EVAL)
    expected_by_kind: dict[str, int] = defaultdict(int)
    found_by_kind: dict[str, int] = defaultdict(int)
    right_by_kind: dict[str, int] = defaultdict(int)
    right_any_kind = 0
    durations = []
    for row in rows:
        started = time.perf_counter()
        found = find_pii(row["text"])
        durations.append((time.perf_counter() - started) * 1000)
        expected = [(s["kind"], _normal_value(s["value"])) for s in row.get("spans", [])]
        got = [(s.kind, _normal_value(s.value)) for s in found]
        for kind, _ in expected:
            expected_by_kind[kind] += 1
        for kind, _ in got:
            found_by_kind[kind] += 1
        unmatched = list(got)
        for kind, value in expected:
            same = next(
                (g for g in unmatched if g[0] == kind and (g[1] == value or value in g[1] or g[1] in value)),
                None,
            )
            if same is not None:
                right_by_kind[kind] += 1
                unmatched.remove(same)
        right_any_kind += sum(1 for _, value in expected if any(value and value in g[1] for g in got))
    total_expected = sum(expected_by_kind.values())
    total_found = sum(found_by_kind.values())
    total_right = sum(right_by_kind.values())
    print(f"\n== PII on {PII_EVAL.relative_to(ROOT)} ({len(rows)} texts, {total_expected} spans) ==")
    print(
        f"  recall {pct(total_right, total_expected)}  precision {pct(total_right, total_found)}  "
        f"(value found under any kind: {pct(right_any_kind, total_expected)}); "
        f"find_pii p50 {percentile(durations, 50):.3f} ms p95 {percentile(durations, 95):.3f} ms"
    )
    for kind in sorted(set(expected_by_kind) | set(found_by_kind)):
        print(
            f"    {kind:16} recall {right_by_kind[kind]:3d}/{expected_by_kind[kind]:<3d} "
            f"{pct(right_by_kind[kind], expected_by_kind[kind])}   precision "
            f"{right_by_kind[kind]:3d}/{found_by_kind[kind]:<3d} "
            f"{pct(right_by_kind[kind], found_by_kind[kind])}"
        )
    summary.append(
        {
            "set": "pii",
            "recall": round(total_right / total_expected, 4) if total_expected else None,
            "precision": round(total_right / total_found, 4) if total_found else None,
        }
    )


def latency(args: argparse.Namespace) -> None:
    from agents.guards.base import CheckConfig
    from agents.guards.injection import InjectionCheck, scan_untrusted, warm_up

    warm_up()
    texts = [r["text"] for r in read_jsonl(CORPUS)]
    if ROUTER_EVAL.exists():
        texts += [r["text"] for r in read_jsonl(ROUTER_EVAL)]
    rounds = 1 if args.quick else 3
    subjects = [subject_for(t) for t in texts]
    check = InjectionCheck()
    config = CheckConfig()

    def timed(fn: Callable[[], object]) -> float:
        started = time.perf_counter()
        fn()
        return (time.perf_counter() - started) * 1000

    check_ms = [timed(lambda s=s: check.check(s, config)) for _ in range(rounds) for s in subjects]
    full_ms = [timed(lambda t=t: check.check(subject_for(t), config)) for _ in range(rounds) for t in texts]
    filler = " ".join(r["text"] for r in read_jsonl(CORPUS) if r["family"] == "document")
    tool_results = [(filler[i * 37 % 2000 :] + " " + filler)[:4000] for i in range(20 if args.quick else 60)]
    untrusted_ms = [timed(lambda t=t: scan_untrusted(t, "tool:search_help")) for t in tool_results]
    print(
        f"\n== latency ({len(texts)} messages x {rounds}; {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs) =="
    )
    for name, values in (
        ("injection check (readings prepared)", check_ms),
        ("prepare + injection check", full_ms),
        ("scan_untrusted, 4000-character result", untrusted_ms),
    ):
        print(
            f"  {name:40} p50 {percentile(values, 50):6.2f} ms   p95 {percentile(values, 95):6.2f} ms   "
            f"max {max(values):6.2f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer latency rounds")
    parser.add_argument("--misses", action="store_true", help="list held-out misses and false positives")
    parser.add_argument(
        "--no-independent",
        action="store_true",
        help="skip the sets written apart from the detector (while it is built)",
    )
    parser.add_argument(
        "--blind-only", action="store_true", help="only the newest blind set's aggregates (no latency)"
    )
    parser.add_argument("--json", help="write the summary figures here")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings")
    import django

    django.setup()
    started = time.perf_counter()
    summary: list[dict[str, Any]] = []
    if args.blind_only:
        blind_only(summary)
        if args.json:
            Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        return
    held_out(args, summary)
    ordinary_traffic(args, summary)
    if not args.no_independent:
        through_pipeline(set_rows(PIPELINE_SET), summary)
        blind(summary)
    pii(summary)
    latency(args)
    print(f"\n(bench took {time.perf_counter() - started:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
