"""Knowledge-base retrieval: search latency and recall of the index against brute force, as the base grows.

Three parts, each printed as a table (and written to --json):

  1. Index vs brute force (no database). For 1k, 10k and 100k chunk vectors: p50/p95 of
     `VectorIndex.search` (the path the knowledge base takes at that size: exact numpy below 2000
     vectors, IVF above) beside a brute-force numpy search (matrix-vector product + top-5) on the same
     vectors, recall@5 of the index against that brute force, and the same for a search restricted to
     one category (a fifth of the base).
     The vectors are SYNTHETIC random unit vectors, because embedding 100k real chunks takes hours on
     this machine: they are drawn from a topic -> article -> chunk hierarchy calibrated to look like
     MiniLM chunk embeddings (unrelated chunks ~0.05 cosine, chunks of one article ~0.7, a question and
     its best chunk ~0.67). Plain uniform random vectors are a worst case no embedding model produces
     (every pair is 0 +/- 0.05 apart, so the "nearest" five are noise); `--uniform` adds rows for them.
  2. Through the database. The same synthetic vectors stored as `knowledge.Chunk` rows; a fresh
     `KnowledgeIndex` loads them (what a new process does), then each search is what `search()` does
     minus embedding the question: the freshness check (one aggregate over the articles), the index,
     and one query for the hits' texts. Also: the time to notice and reload one edited article.
  3. Real embeddings (quality). The demo help centre (`demo_shop.help_articles`) embedded for real and
     searched with labelled customer questions (is the right article first / in the top 5, and what do
     relevant and off-topic questions score); and `--real-chunks` chunks of real English prose (the
     docstrings of Python's standard library, read with `ast`, nothing imported) embedded with the
     same model, to measure recall@5 of the IVF against brute force on real MiniLM vectors.

The bench reports; it asserts nothing about time.

    PYTHONPATH=. .venv/bin/python bench/retrieval.py --uniform   # all, ~5 min (+4 once to embed)
    PYTHONPATH=. .venv/bin/python bench/retrieval.py --skip-db --real-chunks 0   # part 1 only
    PYTHONPATH=. .venv/bin/python bench/retrieval.py --quick --skip-db --real-chunks 0   # smoke run
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import os
import platform
import sys
import sysconfig
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Before numpy loads: the brute-force baseline runs its matrix-vector product on one thread. numpy's
# default OpenBLAS pool (2 threads here) made one product of 2000-100k rows 10-100x slower on this
# shared 2-core machine, which would flatter the index. The index itself does not use BLAS for search.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from bench.postgres_setup import ensure_database

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_PATH = BENCH_DIR / "results" / "retrieval.json"
# Its own database: the knowledge tables are emptied at the start of a run.
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/handrail_retrieval_bench"
DIMENSION = 384
K = 5
CATEGORIES = ("shipping", "returns", "payments", "warranty", "account")

# Customer questions for the demo help centre, written for this bench (not copied from the articles),
# each with the article that answers it.
LABELLED_QUESTIONS: list[tuple[str, str]] = [
    ("how much does delivery cost to canada", "shipping-times-and-costs"),
    ("is express shipping available to a PO box", "shipping-times-and-costs"),
    ("where can I see where my package is right now", "track-your-order"),
    ("my parcel is a week late, is it lost?", "parcel-late-or-lost"),
    ("tracking says delivered but nothing arrived", "parcel-delivered-not-received"),
    ("the box came crushed and the screen is cracked", "damaged-parcel"),
    (
        "I typed the wrong street, can you send it to another address",
        "change-delivery-address-after-ordering",
    ),
    ("I want to cancel what I just ordered", "cancel-an-order"),
    ("what does 'processing' mean on my order", "order-statuses-explained"),
    ("will I pay import duties in the UK", "international-shipping-customs"),
    ("how many days do I have to return something", "return-policy-overview"),
    ("steps to send an item back", "how-to-return-an-item"),
    ("when does my refund arrive after I return the item", "refund-timing"),
    ("can I return earbuds I already used", "returning-headphones-and-earbuds"),
    ("can I send back a laptop I opened", "returning-phones-tablets-laptops"),
    ("which products can't be returned", "items-that-cannot-be-returned"),
    ("can I swap it for a different colour", "exchanges"),
    ("why was my refund less than what I paid", "refund-deductions-and-restocking-fees"),
    ("it's been 40 days, can I still return it", "return-window-missed"),
    ("do you take paypal", "payment-methods"),
    ("when do you take the money from my card", "when-you-are-charged"),
    ("my card keeps getting rejected at checkout", "payment-declined"),
    ("I paid with a gift card, where does my refund go", "refunds-to-original-payment-method"),
    ("I was charged twice for one order", "unexpected-or-double-charge"),
    ("I need a VAT invoice for my company", "invoices-and-sales-tax"),
    ("my promo code doesn't work", "gift-cards-and-promo-codes"),
    ("what does the warranty cover", "warranty-overview"),
    ("one earbud stopped working after 8 months", "headphones-warranty"),
    ("how do I file a warranty claim", "how-to-make-a-warranty-claim"),
    ("my smart watch battery died, is it under warranty", "warranty-phones-laptops-wearables"),
    ("should I return it or use the warranty", "warranty-or-return"),
    ("I ordered without an account, how do I track it", "guest-orders"),
    ("how do I change my email address", "change-email-or-address"),
    ("I forgot my password", "reset-password-and-sign-in"),
    ("delete my account please", "close-your-account"),
    ("what are your support hours", "contact-support"),
    ("what personal information do you store about me", "personal-data-we-keep"),
    ("I want a copy of all my data", "your-privacy-rights"),
    ("stop sending me newsletters", "marketing-emails"),
    ("what cookies does your site use", "cookies"),
    ("does the chatbot keep my messages", "chat-assistant-and-your-data"),
]
OFF_TOPIC_QUESTIONS = [
    "what is the capital of France",
    "write me a poem about the sea",
    "hello",
    "who won the football match yesterday",
    "what's 17 times 23",
    "zzqx blorf",
    "recommend a good movie for tonight",
    "how do I bake sourdough bread",
]


# --- measurement helpers --------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(math.ceil(q / 100 * len(ordered)) - 1, 0)]


def timed(fn, inputs, warmup: int) -> tuple[list[float], list[Any]]:
    """Call fn on each input; returns the per-call seconds (warm-up calls not counted) and results."""
    for item in inputs[:warmup]:
        fn(item)
    seconds, results = [], []
    for item in inputs:
        started = time.perf_counter()
        results.append(fn(item))
        seconds.append(time.perf_counter() - started)
    return seconds, results


def ms(seconds: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(seconds, 50) * 1000, 3),
        "p95_ms": round(percentile(seconds, 95) * 1000, 3),
    }


def recall(found: list[list[int]], truth: list[list[int]]) -> float:
    total = sum(len(set(f) & set(t)) for f, t in zip(found, truth, strict=True))
    return round(total / sum(len(t) for t in truth), 4)


def unit(a: np.ndarray) -> np.ndarray:
    return (a / np.linalg.norm(a, axis=-1, keepdims=True)).astype(np.float32)


def brute_top(matrix: np.ndarray, keys: np.ndarray, q: np.ndarray, k: int = K) -> list[int]:
    """The reference: every score, then the top k (what a search without an index does)."""
    scores = matrix @ q
    part = np.argpartition(-scores, k - 1)[:k] if len(scores) > k else np.arange(len(scores))
    return keys[part[np.argsort(-scores[part], kind="stable")]].tolist()


# --- synthetic vectors ----------------------------------------------------------------------------


def synthetic_corpus(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n unit vectors shaped like chunk embeddings, and each one's article index.

    Articles of ~8 chunks; articles in topics of ~25. Inner products (= cosines) come out as: chunks of
    one article ~0.7, chunks of one topic ~0.3, unrelated ~0.05 (all-MiniLM-L6-v2 vectors share a
    common direction, hence not 0)."""
    rng = np.random.default_rng(seed)
    n_articles = max(1, n // 8)
    n_topics = max(1, n_articles // 25)
    common = unit(rng.standard_normal(DIMENSION))
    topics = unit(rng.standard_normal((n_topics, DIMENSION)))
    article_topic = rng.integers(0, n_topics, n_articles)
    articles = unit(
        math.sqrt(0.45) * topics[article_topic]
        + math.sqrt(0.55) * unit(rng.standard_normal((n_articles, DIMENSION)))
    )
    chunk_article = np.sort(rng.integers(0, n_articles, n))
    own = unit(
        math.sqrt(0.7) * articles[chunk_article] + math.sqrt(0.3) * unit(rng.standard_normal((n, DIMENSION)))
    )
    vectors = unit(math.sqrt(0.08) * common + math.sqrt(0.92) * own)
    return vectors, chunk_article


def synthetic_queries(vectors: np.ndarray, count: int, seed: int = 1) -> np.ndarray:
    """Questions near a chunk (cosine ~0.67 with it), like a customer's paraphrase."""
    rng = np.random.default_rng(seed)
    source = rng.integers(0, len(vectors), count)
    return unit(
        math.sqrt(0.45) * vectors[source] + math.sqrt(0.55) * unit(rng.standard_normal((count, DIMENSION)))
    )


def uniform_corpus(n: int, seed: int = 0) -> np.ndarray:
    return unit(np.random.default_rng(seed).standard_normal((n, DIMENSION)))


# --- part 1: the index on its own -----------------------------------------------------------------


def bench_index(n: int, vectors: np.ndarray, queries: np.ndarray, groups: list[str], warmup: int) -> dict:
    from agents.knowledge.index import VectorIndex

    keys = np.arange(1, n + 1, dtype=np.int64)
    index = VectorIndex(DIMENSION)
    started = time.perf_counter()
    index.update(add_keys=keys, add_vectors=vectors, add_groups=groups)
    build_s = time.perf_counter() - started

    qs = list(queries)
    index_s, index_hits = timed(lambda q: [h.key for h in index.search(q, K)], qs, warmup)
    brute_s, truth = timed(lambda q: brute_top(vectors, keys, q), qs, warmup)

    # Filtered to one category: the index's way, and brute force over that category's rows.
    group = CATEGORIES[0]
    members = np.array([g == group for g in groups])
    member_vectors, member_keys = np.ascontiguousarray(vectors[members]), keys[members]
    filtered_s, filtered_hits = timed(lambda q: [h.key for h in index.search(q, K, group=group)], qs, warmup)
    filtered_truth = [brute_top(member_vectors, member_keys, q) for q in qs]
    return {
        "chunks": n,
        "path": f"IVF nlist={index.nlist} nprobe={index.nprobe}" if index.uses_ann else "exact (numpy)",
        "build_s": round(build_s, 3),
        "index": ms(index_s),
        "brute": ms(brute_s),
        "recall_at_5": recall(index_hits, truth),
        "filtered": {**ms(filtered_s), "recall_at_5": recall(filtered_hits, filtered_truth), "share": 1 / 5},
    }


def part_index(sizes: list[int], n_queries: int, warmup: int, uniform: bool) -> list[dict]:
    rows = []
    for n in sizes:
        vectors, chunk_article = synthetic_corpus(n)
        groups = [CATEGORIES[a % len(CATEGORIES)] for a in chunk_article]
        row = bench_index(n, vectors, synthetic_queries(vectors, n_queries), groups, warmup)
        row["vectors"] = "synthetic (clustered)"
        rows.append(row)
        print(f"  index {n}: {row}", flush=True)
        if uniform and n >= 10_000:
            vectors = uniform_corpus(n)
            queries = uniform_corpus(n_queries, seed=1)
            row = bench_index(n, vectors, queries, groups, warmup)
            row["vectors"] = "uniform random"
            rows.append(row)
            print(f"  index {n} uniform: {row}", flush=True)
    return rows


# --- Django and the database ----------------------------------------------------------------------


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings")
    if database_url.startswith("postgres"):
        ensure_database(database_url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    name = str(connection.settings_dict["NAME"])
    if not (name.endswith("_bench") or name.endswith("_bench.sqlite3")):
        raise SystemExit(f"refusing to empty the knowledge tables of {name!r}: use a *_bench database")


def empty_knowledge_tables() -> None:
    from agents.knowledge.models import Article, Chunk

    Chunk.objects.all().delete()
    Article.objects.all().delete()


def store_vectors(vectors: np.ndarray, chunk_article: np.ndarray, texts: list[str] | None = None) -> None:
    """Write vectors as articles and chunks directly (bulk), keeping the actions' invariant: each
    article's chunks and version are written together."""
    from django.db import transaction
    from django.utils import timezone

    from agents.knowledge.models import Article, Chunk

    empty_knowledge_tables()
    n_articles = int(chunk_article.max()) + 1
    now = timezone.now()
    with transaction.atomic():
        Article.objects.bulk_create(
            [
                Article(
                    slug=f"bench-{a}",
                    title=f"Bench article {a}",
                    body="(synthetic)",
                    category=CATEGORIES[a % len(CATEGORIES)],
                    content_hash="synthetic",
                    updated_at=now,
                )
                for a in range(n_articles)
            ],
            batch_size=2000,
        )
        ids = dict(Article.objects.values_list("slug", "id"))
        positions: dict[int, int] = {}
        batch: list[Chunk] = []
        for row, article in enumerate(chunk_article.tolist()):
            position = positions[article] = positions.get(article, -1) + 1
            text = texts[row] if texts else f"Synthetic chunk {row} of article {article}."
            batch.append(
                Chunk(
                    article_id=ids[f"bench-{article}"],
                    position=position,
                    text=text,
                    embedding=vectors[row].astype("<f4").tobytes(),
                )
            )
            if len(batch) == 2000:
                Chunk.objects.bulk_create(batch)
                batch = []
        Chunk.objects.bulk_create(batch)


# --- part 2: through the database -----------------------------------------------------------------


def part_database(sizes: list[int], n_queries: int, warmup: int) -> list[dict]:
    from agents.knowledge.actions import do_upsert_article
    from agents.knowledge.search import KnowledgeIndex

    rows = []
    for n in sizes:
        vectors, chunk_article = synthetic_corpus(n)
        started = time.perf_counter()
        store_vectors(vectors, chunk_article)
        store_s = time.perf_counter() - started

        index = KnowledgeIndex()
        started = time.perf_counter()
        index.refresh()
        cold_s = time.perf_counter() - started
        assert len(index) == n, (len(index), n)

        qs = list(synthetic_queries(vectors, n_queries))

        def one_search(q: np.ndarray, index: KnowledgeIndex = index) -> list:
            index.refresh()
            return index.search_vector(q, k=K)

        search_s, _ = timed(one_search, qs, warmup)
        signature_s, _ = timed(lambda _q, index=index: index.refresh(), qs[:200], 20)

        # Another process edits one article: the next search notices and reloads just that article.
        do_upsert_article(
            slug="bench-0",
            title="Bench article 0",
            body="An edited article. " * 30,
            category=CATEGORIES[0],
        )
        started = time.perf_counter()
        reloaded = index.refresh()
        reload_s = time.perf_counter() - started
        row = {
            "chunks": n,
            "articles": int(chunk_article.max()) + 1,
            "path": f"IVF nlist={index.vectors.nlist} nprobe={index.vectors.nprobe}"
            if index.vectors.uses_ann
            else "exact (numpy)",
            "store_s": round(store_s, 2),
            "cold_load_s": round(cold_s, 3),
            "search": ms(search_s),
            "freshness_check": ms(signature_s),
            "reload_after_edit_ms": round(reload_s * 1000, 2) if reloaded else None,
        }
        rows.append(row)
        print(f"  database {n}: {row}", flush=True)
    empty_knowledge_tables()
    return rows


# --- part 3: real embeddings ----------------------------------------------------------------------


def part_help_centre() -> dict:
    """The demo help centre embedded for real; labelled and off-topic questions through `search()`."""
    from agents.knowledge.actions import do_upsert_article
    from agents.knowledge.models import Chunk
    from agents.knowledge.search import knowledge_index, search
    from demo_shop.help_articles import HELP_ARTICLES

    empty_knowledge_tables()
    knowledge_index().reset()
    started = time.perf_counter()
    for article in HELP_ARTICLES:
        do_upsert_article(
            slug=article.slug, title=article.title, body=article.body, category=article.category
        )
    upsert_s = time.perf_counter() - started
    chunks = Chunk.objects.count()
    words = [len(t.split()) for t in Chunk.objects.values_list("text", flat=True)]

    slugs = {a.slug for a in HELP_ARTICLES}
    labelled = [(q, s) for q, s in LABELLED_QUESTIONS if s in slugs]
    ranks, relevant_scores, first_s, firsts = [], [], [], []
    for question, slug in labelled:
        started = time.perf_counter()
        hits = search(question, k=K)
        first_s.append(time.perf_counter() - started)
        found = [h.article_slug for h in hits]
        ranks.append(found.index(slug) + 1 if slug in found else None)
        firsts.append(found[0] if found else None)
        relevant_scores.append(hits[0].score if hits and hits[0].article_slug == slug else None)
    # Repeated questions hit the embedding cache: that is the search without the model.
    repeat_s, _ = timed(lambda q: search(q, k=K), [q for q, _ in labelled], 0)
    off_topic = {
        q: round(search(q, k=1)[0].score, 3) if search(q, k=1) else None for q in OFF_TOPIC_QUESTIONS
    }
    top1 = [s for s in relevant_scores if s is not None]
    result = {
        "articles": len(HELP_ARTICLES),
        "chunks": chunks,
        "chunk_words": {"min": min(words), "median": int(np.median(words)), "max": max(words)},
        "upsert_all_s": round(upsert_s, 2),
        "questions": len(labelled),
        "questions_missing_article": len(LABELLED_QUESTIONS) - len(labelled),
        "hit_at_1": round(sum(r == 1 for r in ranks) / len(ranks), 3),
        "hit_at_5": round(sum(r is not None for r in ranks) / len(ranks), 3),
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3),
        "misses": [
            {"question": q, "expected": s, "rank": r, "first": f}
            for (q, s), r, f in zip(labelled, ranks, firsts, strict=True)
            if r != 1
        ],
        "top1_score_when_right": {"min": round(min(top1), 3), "median": round(float(np.median(top1)), 3)}
        if top1
        else None,
        "off_topic_top_score": off_topic,
        "search_with_embedding": ms(first_s),
        "search_cached_embedding": ms(repeat_s),
    }
    empty_knowledge_tables()
    knowledge_index().reset()
    return result


def stdlib_prose() -> list[tuple[str, str]]:
    """(title, docstring) pairs of real English prose: the docstrings of 25+ words of Python's standard
    library and of the pinned Django, read with `ast` (nothing is imported), in a fixed file order."""
    import django

    roots = [Path(sysconfig.get_paths()["stdlib"]), Path(django.__file__).parent.parent]
    skip = {"test", "tests", "idlelib", "lib2to3", "tkinter", "turtledemo", "ensurepip", "pydoc_data"}
    files = [
        (root, path)
        for root in roots
        for path in sorted((root / "django").rglob("*.py") if root == roots[1] else root.rglob("*.py"))
        if not skip & set(path.relative_to(root).parts)
        and "site-packages" not in path.relative_to(root).parts
    ]
    found: list[tuple[str, str]] = []
    for root, path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        for node in [tree, *ast.walk(tree)]:
            if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            doc = ast.get_docstring(node)
            if doc and len(doc.split()) >= 25:
                name = module if isinstance(node, ast.Module) else f"{module}.{node.name}"
                found.append((name, doc))
    return found


def embed_batched(texts: list[str], cache_dir: Path) -> tuple[np.ndarray, float]:
    """Real all-MiniLM-L6-v2 vectors for texts, batched (the bench is throughput-bound; the app embeds
    one text per pass for determinism). Cached on disk by content: embedding thousands of passages
    takes minutes on this machine. Returns the vectors and the seconds spent embedding (0 if cached)."""
    import hashlib

    from agents import embeddings

    digest = hashlib.sha256("\0".join([embeddings.model_path(), *texts]).encode()).hexdigest()[:16]
    path = cache_dir / f"minilm-{len(texts)}-{digest}.npy"
    if path.exists():
        return np.load(path), 0.0
    os.environ["HF_HUB_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(embeddings.model_path(), device="cpu", local_files_only=True)
    started = time.perf_counter()
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    seconds = time.perf_counter() - started
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors, seconds


def part_real_recall(n_chunks: int, n_queries: int, cache_dir: Path) -> dict:
    """Recall@5 of the IVF against brute force on real all-MiniLM-L6-v2 vectors, at several nprobe."""
    from agents.knowledge.chunking import chunk_text, embedding_text
    from agents.knowledge.index import VectorIndex

    texts: list[str] = []
    seen: set[str] = set()
    for title, doc in stdlib_prose():
        for chunk in chunk_text(doc):
            # The standard library repeats some docstrings word for word; identical vectors would make
            # "the" top 5 ambiguous (ties), so each passage is kept once.
            if chunk not in seen:
                seen.add(chunk)
                texts.append(embedding_text(title, chunk))
    texts = texts[:n_chunks]
    # Questions: the first sentence of a chunk, lower-cased and without the title, as a search would be.
    rng = np.random.default_rng(3)
    picked = rng.choice(len(texts), min(n_queries, len(texts)), replace=False)
    questions = [texts[i].split("\n\n", 1)[-1].split(". ")[0].lower() for i in picked]
    all_vectors, embed_s = embed_batched(texts + questions, cache_dir)
    vectors = np.ascontiguousarray(all_vectors[: len(texts)])
    query_vectors = list(all_vectors[len(texts) :])

    keys = np.arange(1, len(vectors) + 1, dtype=np.int64)
    index = VectorIndex(DIMENSION)
    index.update(add_keys=keys, add_vectors=vectors, add_groups=[""] * len(vectors))
    truth = [brute_top(vectors, keys, q) for q in query_vectors]
    default_nprobe = index.nprobe
    sweep = []
    for nprobe in sorted({default_nprobe, 2 * default_nprobe, 4 * default_nprobe, index.nlist // 4}):
        if not index.uses_ann or nprobe > index.nlist:
            continue
        index.nprobe = nprobe
        seconds, found = timed(lambda q: [h.key for h in index.search(q, K)], query_vectors, 20)
        sweep.append(
            {
                "nprobe": nprobe,
                "lists_probed": round(nprobe / index.nlist, 3),
                "recall_at_5": recall(found, truth),
                **ms(seconds),
            }
        )
    index.nprobe = default_nprobe
    found = [[h.key for h in index.search(q, K)] for q in query_vectors]
    sims = vectors[rng.choice(len(vectors), 300)] @ vectors[rng.choice(len(vectors), 300)].T
    top1 = [float(np.max(vectors @ q)) for q in query_vectors]
    return {
        "source": "docstrings of the Python standard library and Django 5.2 (ast), chunked like articles",
        "chunks": len(vectors),
        "embed_s": round(embed_s, 1),
        "path": f"IVF nlist={index.nlist} nprobe={index.nprobe}" if index.uses_ann else "exact (numpy)",
        "queries": len(questions),
        "recall_at_5": recall(found, truth),
        "nprobe_sweep": sweep,
        "median_cosine_random_pairs": round(float(np.median(sims)), 3),
        "median_cosine_question_best_chunk": round(float(np.median(top1)), 3),
        "source_chunk_first": round(
            sum(t[0] == keys[i] for t, i in zip(truth, picked, strict=True)) / len(picked), 3
        ),
    }


# --- output ---------------------------------------------------------------------------------------


def print_tables(results: dict) -> None:
    print("\n## Index vs brute force (no database)\n")
    print(
        "| chunks | vectors | index path | build s | index p50 ms | index p95 ms | brute p50 ms "
        "| brute p95 ms | recall@5 | 1 category p50 ms | p95 ms | recall@5 |"
    )
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results["index"]:
        print(
            f"| {r['chunks']:,} | {r['vectors']} | {r['path']} | {r['build_s']} | **{r['index']['p50_ms']}** "
            f"| {r['index']['p95_ms']} | {r['brute']['p50_ms']} | {r['brute']['p95_ms']} "
            f"| **{r['recall_at_5']}** "
            f"| {r['filtered']['p50_ms']} | {r['filtered']['p95_ms']} | {r['filtered']['recall_at_5']} |"
        )
    if results.get("database"):
        print("\n## Through the database: the search without embedding the question\n")
        print(
            "| chunks | articles | index path | cold load s | search p50 ms | search p95 ms "
            "| freshness check p50 ms | reload after 1 edit ms |"
        )
        print("|---:|---:|---|---:|---:|---:|---:|---:|")
        for r in results["database"]:
            print(
                f"| {r['chunks']:,} | {r['articles']:,} | {r['path']} | {r['cold_load_s']} "
                f"| **{r['search']['p50_ms']}** | {r['search']['p95_ms']} | {r['freshness_check']['p50_ms']} "
                f"| {r['reload_after_edit_ms']} |"
            )
    if results.get("help_centre"):
        h = results["help_centre"]
        print("\n## Real embeddings: the demo help centre\n")
        print(json.dumps(h, indent=2))
    if results.get("real_recall"):
        print("\n## Real embeddings: IVF recall@5 against brute force\n")
        print(json.dumps(results["real_recall"], indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,100000", help="chunk counts, comma-separated")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--uniform", action="store_true", help="also uniform random vectors (worst case)")
    parser.add_argument("--skip-db", action="store_true", help="part 1 only (no database, no model)")
    parser.add_argument("--real-chunks", type=int, default=4000, help="real prose chunks for recall; 0 skips")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL)
    parser.add_argument(
        "--cache-dir",
        default=str(Path(tempfile.gettempdir()) / "handrail-bench-embeddings"),
        help="where real embeddings are cached between runs",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: small sizes, few queries")
    parser.add_argument("--json", default=str(RESULTS_PATH))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        sizes, args.queries, args.warmup = [1000, 3000], 50, 5
        args.real_chunks = min(args.real_chunks, 600)

    import faiss

    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
            "faiss": faiss.__version__,
            "numpy": np.__version__,
        },
        "args": vars(args),
    }
    print("Part 1: the index against brute force (synthetic vectors)", flush=True)
    results["index"] = part_index(sizes, args.queries, args.warmup, args.uniform)
    if not args.skip_db:
        setup_django(args.database_url)
        from agents import embeddings

        # Part 2 embeds one edited article: load the model first so its load is not in that figure.
        started = time.perf_counter()
        embeddings.load_model()
        results["model_load_s"] = round(time.perf_counter() - started, 2)
        print("Part 2: through the database", flush=True)
        results["database"] = part_database(sizes, args.queries, args.warmup)
        print("Part 3: real embeddings, demo help centre", flush=True)
        results["help_centre"] = part_help_centre()
    if args.real_chunks:
        print("Part 3: real embeddings, IVF recall", flush=True)
        results["real_recall"] = part_real_recall(
            args.real_chunks, min(args.queries, 500), Path(args.cache_dir)
        )
    results["machine"]["load_average_after"] = os.getloadavg()
    print_tables(results)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2, default=str))
    print(f"\nwritten to {args.json}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
