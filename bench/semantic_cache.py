"""The semantic cache (agents/guards/cache.py): hit rate and false-hit rate on a paraphrase set, and lookup
latency at 10k and 100k entries in one scope, on the CPU.

Two parts, each printed as a table (and written to --json):

  1. Quality, on bench/data/paraphrases.jsonl: groups of a canonical support question, 3-5 paraphrases
     with the same meaning and 1-3 near-misses with a different meaning (en, es, fr, de). A near-miss may
     name the group whose question it does mean (`same_as`): serving that group's answer is right.
     Method: every canonical question is stored with `cache.store` (real all-MiniLM-L6-v2 embeddings),
     one scope per language, as the desk would file them; then every paraphrase and near-miss is looked up
     with `cache.lookup` in its language's scope. The lookup runs once with the threshold at -1 (so it
     returns the closest entry and its cosine) and each threshold of the curve is applied to that cosine:
     the cache serves the closest entry when it scores at or above the threshold, so this is exactly
     what a lookup at that threshold returns. Per threshold:
       - hit rate: paraphrases served their own group's answer / paraphrases;
       - false hits: lookups served an answer meant for a different question (a paraphrase served
         another group's answer, a near-miss served its own group's answer or any answer when it names
         no `same_as`); false-hit rate = false hits / all lookups (paraphrases + near-misses);
       - near-miss false-hit rate: near-misses served a wrong answer / near-misses;
       - wrong share of served answers: false hits / answers served.
  2. Latency. One scope filled with N entries (10k, 100k) of SYNTHETIC vectors (clustered random unit
     vectors: embedding 100k real questions would take ~10 minutes, and latency depends on the count, not
     on the words), written to the bench database in bulk. Then, p50/p95 over `--lookups` calls each:
       - exact tier: `lookup` of a stored question (one indexed query on question_hash, no embedding);
       - semantic miss: `lookup` of an unseen vector (the exact query, the index's freshness poll,
         the vector search, nothing served) - the path every uncached question takes;
       - semantic hit: `lookup` of a stored vector plus noise (cosine ~0.95), which also reads the hit's
         row back by id;
       - the in-process index search alone, and a numpy brute-force scan for comparison;
       - the once-a-minute reconcile of a scope (one count + sum(id) aggregate when nothing changed);
       - the first lookup of a cold process (loading N rows into the index, and IVF training above 2000);
     and, separately, embedding a question with MiniLM (the cost a semantic lookup adds on a new text;
     the pipeline's embedding cache makes a repeat free). Lookup timings pass the vector in, so they
     exclude embedding.

The bench reports; it asserts nothing about time or quality.

    PYTHONPATH=. .venv/bin/python bench/semantic_cache.py             # ~3-5 min on an idle 2-core machine
    PYTHONPATH=. .venv/bin/python bench/semantic_cache.py --quick     # smoke run (1k entries)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/handrail_cache_bench PYTHONPATH=. \\
        .venv/bin/python bench/semantic_cache.py                      # the lookups against PostgreSQL
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# The brute-force comparison runs numpy's matrix-vector product on one thread (see bench/retrieval.py:
# OpenBLAS' pool on a busy 2-core host is slower, not faster, for one product).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
PARAPHRASES_PATH = BENCH_DIR / "data" / "paraphrases.jsonl"
RESULTS_PATH = BENCH_DIR / "results" / "semantic_cache.json"
THRESHOLDS = (0.70, 0.75, 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.94, 0.96, 0.98)
DIMENSION = 384


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# --- Django and the database ----------------------------------------------------------------------


def setup_django(database_url: str | None) -> str:
    if not database_url:
        # A throwaway SQLite file: the bench fills and empties the cache table.
        path = Path(tempfile.mkdtemp(prefix="handrail-cache-bench-")) / "cache_bench.sqlite3"
        database_url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings")
    if database_url.startswith("postgres"):
        from bench.postgres_setup import ensure_database

        ensure_database(database_url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    name = str(connection.settings_dict["NAME"])
    if database_url.startswith("postgres") and not name.endswith("_bench"):
        raise SystemExit(f"refusing to empty the cache table of {name!r}: use a *_bench database")
    return f"{connection.vendor} ({name})"


def empty_cache_table() -> None:
    from agents.guards import cache
    from agents.models import CachedAnswer

    CachedAnswer.objects.all().delete()
    cache.forget_indexes()


# --- part 1: quality ------------------------------------------------------------------------------


def read_groups() -> list[dict[str, Any]]:
    lines = PARAPHRASES_PATH.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


Lookup = tuple[str, str, str, "str | None", "str | None", float, str]
# (kind, group, language, expected group or None, served group or None, cosine or -1, tier or "")


def near_verbatim(text: str, language: str) -> list[str]:
    """The same question as customers retype it: case and punctuation, a greeting, a "please", a typo.
    Generated, so they are certainly the same meaning; they show what each tier catches."""
    hello, please, lead = {
        "en": ("Hi, ", ", please", "Quick question: "),
        "es": ("Hola, ", ", por favor", "Una pregunta: "),
        "fr": ("Bonjour, ", ", s'il vous plaît", "Petite question : "),
        "de": ("Hallo, ", ", bitte", "Kurze Frage: "),
    }[language]
    bare = text.rstrip(" ?!.")
    words = bare.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) > 4:  # a typo: two inner letters swapped
        middle = len(word) // 2
        words[longest] = word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
    return [
        bare.lower(),
        hello + text[0].lower() + text[1:],
        bare + please + "?",
        " ".join(words) + "?",
        lead + text[0].lower() + text[1:],
    ]


def part_quality(default_threshold: float) -> dict[str, Any]:
    from agents.guards import cache
    from agents.guards.config import CacheSettings

    groups = read_groups()
    empty_cache_table()
    scopes = {
        language: cache.Scope("bench", "help", language, "help:v1", "kb")
        for language in sorted({g["language"] for g in groups})
    }
    owner: dict[int, str] = {}  # entry id -> group
    for group in groups:
        answer = f"answer:{group['group']}"
        entry = cache.store(CacheSettings(), scopes[group["language"]], group["canonical"], answer)
        assert entry is not None, group["group"]
        owner[entry.pk] = group["group"]

    uncacheable: list[str] = []

    def look_up(settings: CacheSettings, kinds: tuple[str, ...]) -> list[Lookup]:
        rows: list[Lookup] = []
        for group in groups:
            questions = []
            if "paraphrase" in kinds:
                questions += [("paraphrase", text, group["group"]) for text in group["paraphrases"]]
            if "near_miss" in kinds:
                questions += [("near_miss", n["text"], n.get("same_as")) for n in group["near_misses"]]
            if "near_verbatim" in kinds:
                variants = near_verbatim(group["canonical"], group["language"])
                questions += [("near_verbatim", text, group["group"]) for text in variants]
            for kind, text, expected in questions:
                if cache.uncacheable_reason(text):
                    uncacheable.append(text)  # the desk would never look these up
                    continue
                hit = cache.lookup(settings, scopes[group["language"]], text)
                rows.append(
                    (
                        kind,
                        group["group"],
                        group["language"],
                        expected,
                        owner[hit.entry_id] if hit else None,
                        hit.similarity if hit else -1.0,
                        hit.tier if hit else "",
                    )
                )
        return rows

    # The model's curve: the semantic tier in every language, the closest entry returned whatever its
    # score (threshold -1), each threshold applied afterwards.
    shipped_languages = cache.SEMANTIC_LANGUAGES
    cache.SEMANTIC_LANGUAGES = frozenset(scopes)
    try:
        closest = look_up(CacheSettings(threshold=-1.0), ("paraphrase", "near_miss"))
        closest_verbatim = look_up(CacheSettings(threshold=-1.0), ("near_verbatim",))
    finally:
        cache.SEMANTIC_LANGUAGES = shipped_languages
    # As shipped: the default threshold, the semantic tier only where SEMANTIC_LANGUAGES allows it.
    shipped = look_up(CacheSettings(threshold=default_threshold), ("paraphrase", "near_miss"))
    verbatim = look_up(CacheSettings(threshold=default_threshold), ("near_verbatim",))

    thresholds = sorted({*THRESHOLDS, round(default_threshold, 3)})
    curve = [score(closest, t) | verbatim_score(closest_verbatim, t) for t in thresholds]
    curve_by_language = {
        language: [
            score([r for r in closest if r[2] == language], t)
            | verbatim_score([r for r in closest_verbatim if r[2] == language], t)
            for t in thresholds
        ]
        for language in scopes
    }
    as_shipped = {"all": score(shipped, -1.0)} | {
        language: score([r for r in shipped if r[2] == language], -1.0) for language in scopes
    }
    verbatim_rows = {"all": verbatim} | {lang: [r for r in verbatim if r[2] == lang] for lang in scopes}
    near_verbatim_result = {
        language: {
            "questions": len(rows),
            "hit_rate": ratio(sum(1 for r in rows if r[4] == r[3]), len(rows)),
            "exact_tier": sum(1 for r in rows if r[6] == "exact"),
            "semantic_tier": sum(1 for r in rows if r[6] == "semantic"),
            "false_hits": sum(1 for r in rows if r[4] is not None and r[4] != r[3]),
        }
        for language, rows in verbatim_rows.items()
    }
    false_as_shipped = [
        {
            "kind": r[0],
            "group": r[1],
            "served": r[4],
            "expected": r[3],
            "cosine": round(r[5], 4),
            "tier": r[6],
        }
        for r in shipped
        if r[4] is not None and r[4] != r[3]
    ]
    # Where the two kinds of question fall: the threshold sits between them.
    cosines = {
        "paraphrase_to_own_canonical": [r[5] for r in closest if r[0] == "paraphrase" and r[4] == r[3]],
        "near_miss_without_same_as": [r[5] for r in closest if r[0] == "near_miss" and r[3] is None],
    }
    spread = {
        name: {
            "n": len(values),
            "p10": round(percentile(values, 10), 3),
            "p50": round(percentile(values, 50), 3),
            "p90": round(percentile(values, 90), 3),
            "max": round(max(values), 3),
        }
        for name, values in cosines.items()
        if values
    }
    empty_cache_table()
    return {
        "groups": len(groups),
        "languages": {lang: sum(1 for g in groups if g["language"] == lang) for lang in scopes},
        "semantic_languages": sorted(shipped_languages),
        "uncacheable_questions_skipped": sorted(set(uncacheable)),
        "default_threshold": default_threshold,
        "curve": curve,
        "curve_by_language": curve_by_language,
        "as_shipped": as_shipped,
        "false_hits_as_shipped": false_as_shipped,
        "near_verbatim": near_verbatim_result,
        "cosine_spread": spread,
    }


def verbatim_score(rows: list[Lookup], threshold: float) -> dict[str, Any]:
    served = [r for r in rows if r[4] is not None and r[5] >= threshold]
    return {
        "near_verbatim_hit_rate": ratio(sum(1 for r in served if r[4] == r[3]), len(rows)),
        "near_verbatim_false_hits": sum(1 for r in served if r[4] != r[3]),
    }


def score(rows: list[Lookup], threshold: float) -> dict[str, Any]:
    """Counts for looked-up questions when entries scoring below `threshold` are not served."""
    paraphrases = [r for r in rows if r[0] == "paraphrase"]
    near = [r for r in rows if r[0] == "near_miss"]
    served = [r for r in rows if r[4] is not None and r[5] >= threshold]
    wrong = [r for r in served if r[4] != r[3]]
    near_answerable = [r for r in near if r[3] is not None]
    return {
        "threshold": round(threshold, 3),
        "lookups": len(rows),
        "paraphrases": len(paraphrases),
        "hit_rate": ratio(sum(1 for r in served if r[0] == "paraphrase" and r[4] == r[3]), len(paraphrases)),
        "false_hits": len(wrong),
        "false_hit_rate": ratio(len(wrong), len(rows)),
        "near_misses": len(near),
        "near_miss_false_hit_rate": ratio(sum(1 for r in wrong if r[0] == "near_miss"), len(near)),
        "near_miss_same_as_hit_rate": ratio(
            sum(1 for r in served if r[0] == "near_miss" and r[3] is not None and r[4] == r[3]),
            len(near_answerable),
        ),
        "served": len(served),
        "wrong_share_of_served": ratio(len(wrong), len(served)),
    }


# --- part 2: latency ------------------------------------------------------------------------------


def synthetic_vectors(n: int, rng: np.random.Generator) -> np.ndarray:
    """Clustered unit vectors: questions on a few hundred topics, not uniform noise (which no embedding
    model produces and which makes every IVF list equally full)."""
    topics = max(8, n // 200)
    centres = rng.standard_normal((topics, DIMENSION)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    vectors = centres[rng.integers(0, topics, n)] * 0.55 + rng.standard_normal((n, DIMENSION)).astype(
        np.float32
    ) * (0.45 / np.sqrt(DIMENSION))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32)


def fill_scope(scope: Any, vectors: np.ndarray) -> None:
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from agents.guards import cache
    from agents.models import CachedAnswer

    expires = timezone.now() + timedelta(days=1)
    batch = 2000
    with transaction.atomic():
        for start in range(0, len(vectors), batch):
            CachedAnswer.objects.bulk_create(
                [
                    CachedAnswer(
                        agent_name=scope.agent,
                        scope_key=scope.key,
                        intent=scope.intent,
                        language=scope.language,
                        prompt_version=scope.prompt_version,
                        kb_version=scope.kb_version,
                        question=f"synthetic question {i}",
                        question_hash=cache.question_hash(f"synthetic question {i}"),
                        embedding=vectors[i].astype("<f4").tobytes(),
                        answer=f"synthetic answer {i}",
                        expires_at=expires,
                    )
                    for i in range(start, min(start + batch, len(vectors)))
                ]
            )


def timed(fn: Any, args: list[Any]) -> list[float]:
    out = []
    for arg in args:
        started = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - started) * 1000)
    return out


def row(path: str, size: int, values: list[float], **extra: Any) -> dict[str, Any]:
    return {
        "path": path,
        "entries": size,
        "calls": len(values),
        "p50_ms": round(percentile(values, 50), 3),
        "p95_ms": round(percentile(values, 95), 3),
        "max_ms": round(max(values), 3),
        **extra,
    }


def part_latency(sizes: list[int], lookups: int, threshold: float) -> dict[str, Any]:
    from agents.guards.config import CacheSettings

    settings = CacheSettings(threshold=threshold, intents=("help",))
    rng = np.random.default_rng(7)
    rows: list[dict[str, Any]] = []
    for size in sizes:
        rows += latency_at(size, lookups, settings, rng)
        print(f"  {size} entries done", flush=True)
    empty_cache_table()
    return {"rows": rows}


def latency_at(size: int, lookups: int, settings: Any, rng: np.random.Generator) -> list[dict[str, Any]]:
    from agents.guards import cache
    from agents.models import CachedAnswer

    empty_cache_table()
    scope = cache.Scope("bench", "help", "en", "help:v1", f"kb-{size}")
    vectors = synthetic_vectors(size, rng)
    started = time.perf_counter()
    fill_scope(scope, vectors)
    fill_seconds = time.perf_counter() - started
    assert CachedAnswer.objects.filter(scope_key=scope.key).count() == size

    unseen = synthetic_vectors(lookups, rng)
    fresh = synthetic_vectors(lookups, rng)
    picks = rng.integers(0, size, lookups)
    noise = rng.standard_normal((lookups, DIMENSION)).astype(np.float32) * (0.3 / np.sqrt(DIMENSION))
    near = vectors[picks] + noise
    near /= np.linalg.norm(near, axis=1, keepdims=True)

    started = time.perf_counter()
    cache.lookup(settings, scope, "a question never asked", embedding=unseen[0])
    cold_ms = (time.perf_counter() - started) * 1000
    index = cache._registry.get(scope.agent, scope.key)

    paths = {
        "exact tier (hit)": lambda i: cache.lookup(settings, scope, f"synthetic question {picks[i]}"),
        "semantic miss": lambda i: cache.lookup(settings, scope, "never asked", embedding=unseen[i]),
        "semantic hit": lambda i: cache.lookup(settings, scope, "never asked", embedding=near[i]),
        "index search only": lambda i: index.vectors.search(near[i], cache.SEARCH_K),
        "numpy brute force (comparison)": lambda i: np.argmax(vectors @ near[i]),
        "store one answer": lambda i: cache.store(
            settings, scope, f"another question {i}", "another answer", embedding=fresh[i]
        ),
    }
    # Paths interleaved call by call: the load of a shared machine drifts, and one path measured after
    # another would carry the drift in its figures.
    timings: dict[str, list[float]] = defaultdict(list)
    served = wrong = 0
    for i in range(lookups):
        for name, call in paths.items():
            started = time.perf_counter()
            result = call(i)
            timings[name].append((time.perf_counter() - started) * 1000)
            if name == "semantic hit":
                served += result is not None
                wrong += result is not None and result.answer != f"synthetic answer {picks[i]}"
    reconcile = []
    for _ in range(5):
        started = time.perf_counter()
        with index.lock:
            index._reconcile()
        reconcile.append((time.perf_counter() - started) * 1000)
    rows = []
    for name, values in timings.items():
        extra: dict[str, Any] = {}
        if name == "semantic hit":
            extra = {"served": served, "served_wrong_entry": wrong}
        rows.append(row(name, size, values, **extra))
    rows.append(row("reconcile: count + sum(id) check (once a minute per scope)", size, reconcile))
    rows.append(
        {
            "path": "cold process: first lookup (load + index build)",
            "entries": size,
            "calls": 1,
            "p50_ms": round(cold_ms, 1),
            "p95_ms": round(cold_ms, 1),
            "max_ms": round(cold_ms, 1),
            "uses_ivf": index.vectors.uses_ann,
            "bulk_insert_s": round(fill_seconds, 1),
        }
    )
    return rows


def part_embedding(texts: list[str]) -> dict[str, Any]:
    from agents import embeddings

    embeddings.load_model()
    for text in texts[:10]:
        embeddings.embed_one(text)

    def fresh(text: str) -> None:
        embeddings.cache_clear()
        embeddings.embed_one(text)

    values = timed(fresh, texts)
    return row("embed one question (MiniLM, not cached)", 0, values)


# --- output -----------------------------------------------------------------------------------------


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


COLUMNS = (
    "hit_rate",
    "false_hit_rate",
    "near_miss_false_hit_rate",
    "wrong_share_of_served",
    "false_hits",
    "served",
    "lookups",
)


def print_quality(quality: dict[str, Any]) -> None:
    default = round(quality["default_threshold"], 3)
    languages = ", ".join(f"{k}: {v}" for k, v in quality["languages"].items())
    print(f"\n## Quality on {PARAPHRASES_PATH.relative_to(ROOT)}\n")
    print(f"{quality['groups']} groups ({languages}); default threshold {default} (CacheSettings.threshold).")
    if quality["uncacheable_questions_skipped"]:
        print(f"Skipped as uncacheable by the rules: {quality['uncacheable_questions_skipped']}")
    print(
        "\nThe model's curve: all-MiniLM-L6-v2 cosine, semantic tier in every language, all languages "
        "together (paraphrases + near-misses):\n"
    )
    columns = (*COLUMNS, "near_verbatim_hit_rate", "near_verbatim_false_hits")
    print("| threshold | " + " | ".join(columns) + " |")
    print("|" + "---:|" * (len(columns) + 1))
    for entry in quality["curve"]:
        mark = " (default)" if entry["threshold"] == default else ""
        print(f"| {fmt(entry['threshold'])}{mark} | " + " | ".join(fmt(entry[c]) for c in columns) + " |")
    print(
        "\nThe same per language (paraphrase hit rate / false-hit rate / near-miss false-hit rate / "
        "near-verbatim hit rate):\n"
    )
    languages_list = list(quality["curve_by_language"])
    print("| threshold | " + " | ".join(languages_list) + " |")
    print("|---:|" + "---|" * len(languages_list))
    for i, entry in enumerate(quality["curve"]):
        cells = []
        for language in languages_list:
            at = quality["curve_by_language"][language][i]
            cells.append(
                f"{fmt(at['hit_rate'])} / {fmt(at['false_hit_rate'])} / {fmt(at['near_miss_false_hit_rate'])}"
                f" / {fmt(at['near_verbatim_hit_rate'])}"
            )
        print(f"| {fmt(entry['threshold'])} | " + " | ".join(cells) + " |")
    print(
        f"\nAs shipped: threshold {default}, semantic tier for {quality['semantic_languages']} only "
        "(cache.SEMANTIC_LANGUAGES), exact tier for every language:\n"
    )
    print("| language | " + " | ".join(COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    for language, entry in quality["as_shipped"].items():
        print(f"| {language} | " + " | ".join(fmt(entry[c]) for c in COLUMNS) + " |")
    if quality["false_hits_as_shipped"]:
        print("\nFalse hits as shipped:")
        for false in quality["false_hits_as_shipped"]:
            print(f"  {false}")
    else:
        print("\nFalse hits as shipped: none.")
    print(
        "\nNear-verbatim repeats (generated from each canonical question: lower case without punctuation, a "
        "greeting, a 'please', a typo, a lead-in), as shipped:\n"
    )
    print("| language | questions | hit_rate | exact_tier | semantic_tier | false_hits |")
    print("|---|---:|---:|---:|---:|---:|")
    for language, entry in quality["near_verbatim"].items():
        print(
            f"| {language} | {entry['questions']} | {fmt(entry['hit_rate'])} | {entry['exact_tier']} | "
            f"{entry['semantic_tier']} | {entry['false_hits']} |"
        )
    print("\nCosine to the closest stored question (semantic tier, every language):")
    for name, spread in quality["cosine_spread"].items():
        print(f"  {name}: {spread}")
    print(
        "\nhit_rate: paraphrases served their own group's answer / paraphrases. false_hit_rate: lookups "
        "(paraphrases and near-misses) served an answer written for a question with a different meaning / "
        "lookups. near_miss_false_hit_rate: the same over near-misses only. wrong_share_of_served: wrong "
        "answers / answers served (near-misses naming a `same_as` group are served that group's answer "
        "rightly, often by the exact tier: they are worded as that group's question)."
    )


def print_tables(results: dict[str, Any]) -> None:
    quality = results.get("quality")
    if quality:
        print_quality(quality)
    latency = results.get("latency")
    if latency:
        print("\n## Lookup latency (SYNTHETIC vectors: clustered random unit vectors, 384-d)\n")
        print(
            f"Database: {results['database']}. Lookups pass the vector in (embedding excluded, see below).\n"
        )
        print("| path | entries | calls | p50 ms | p95 ms | max ms | notes |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for entry in latency["rows"]:
            notes = {
                k: v
                for k, v in entry.items()
                if k not in ("path", "entries", "calls", "p50_ms", "p95_ms", "max_ms")
            }
            print(
                f"| {entry['path']} | {entry['entries']} | {entry['calls']} | {fmt(entry['p50_ms'])} | "
                f"{fmt(entry['p95_ms'])} | {fmt(entry['max_ms'])} | {notes or ''} |"
            )
    embedding = results.get("embedding")
    if embedding:
        print(
            f"\nEmbedding a new question (real MiniLM, {embedding['calls']} questions of the paraphrase set, "
            f"its text cache cleared each time): p50 {embedding['p50_ms']} ms, p95 {embedding['p95_ms']} ms. "
            "A semantic lookup of a question never seen pays this once on top of the lookup; the exact tier "
            "never embeds."
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000", help="entries in the scope, comma-separated")
    parser.add_argument("--lookups", type=int, default=500, help="calls per path and size")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1000 entries, 50 lookups")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--json", default=str(RESULTS_PATH), help="where to write the results")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.lookups = "1000", 50

    database = setup_django(os.environ.get("DATABASE_URL"))
    from agents.guards.config import CacheSettings

    default_threshold = CacheSettings().threshold
    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()} {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}",
        "database": database,
    }
    if not args.skip_quality:
        print("quality: embedding and looking up the paraphrase set...", flush=True)
        results["quality"] = part_quality(default_threshold)
    if not args.skip_latency:
        print("latency: filling the scope...", flush=True)
        results["latency"] = part_latency(
            [int(s) for s in args.sizes.split(",")], args.lookups, default_threshold
        )
        texts = [g["canonical"] for g in read_groups()]
        results["embedding"] = part_embedding(texts[: 50 if args.quick else len(texts)])
    print(f"\nMachine: {results['machine']}; {results['when']}")
    print_tables(results)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nWritten to {out}")


if __name__ == "__main__":
    main()
