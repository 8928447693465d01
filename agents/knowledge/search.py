"""Knowledge-base search: embed the question, find the closest chunks, return them with their articles.

Each process keeps one `KnowledgeIndex`: the chunk embeddings in a `VectorIndex`, plus the title, slug,
category and version of every article. The database stays the source of truth; the index is a cache of
it that is checked before every search.

How a process notices a change made by another process (or by itself): every search first reads one
aggregate of the article table, `(count, max(id), sum(id), sum(version))`. The write actions bump an
article's `version` in the same transaction that swaps its chunks, so an edit raises the version sum, a
deletion lowers the count, and a new article raises the count or max(id). Ids are never reused (Postgres
sequences, SQLite AUTOINCREMENT), but on Postgres they are taken at INSERT and committed in any order: an
article can appear *below* max(id) after a search saw a higher one. With a version-1 article deleted in
between, count, max(id) and the version sum all come out as before; the id sum does not, because the new
id differs from the deleted one. Only several deletions and as many late inserts between two searches whose
ids and versions add up to exactly the same totals would go unseen; every other change gives a different
signature, and only then are the articles' versions read and the chunks of the articles whose version
moved reloaded (one query each). No message bus, no cache-busting step that a writer could forget; the
cost is one aggregate over the article table (a row per article, not per chunk) per search, measured in
bench/retrieval.py.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import numpy as np
from django.db.models import Count, Max, Sum

from agents import embeddings
from agents.knowledge.index import VectorIndex
from agents.knowledge.models import Article, Chunk

logger = logging.getLogger(__name__)

#: longer questions are cut: the model reads at most 256 word pieces (~1000 characters of English) and
#: tokenising a 10k-character paste only costs time
MAX_QUERY_CHARS = 1000
#: at most this many hits per search
MAX_K = 50
#: article ids per chunk query when reloading (keeps the IN list well under SQLite's variable limit)
_RELOAD_BATCH = 500

Signature = tuple[int, int, int, int]


@dataclass(frozen=True)
class Hit:
    article_slug: str
    article_title: str
    chunk_text: str
    score: float  # cosine similarity of the question and the chunk (title included), -1..1
    chunk_id: int


@dataclass(frozen=True)
class _ArticleEntry:
    version: int
    slug: str
    title: str
    category: str
    chunk_ids: tuple[int, ...]


class KnowledgeIndex:
    """The process's view of the knowledge base: a vector index kept in step with the database."""

    def __init__(self, *, ann_threshold: int | None = None) -> None:
        kwargs = {} if ann_threshold is None else {"ann_threshold": ann_threshold}
        self.vectors = VectorIndex(embeddings.DIMENSION, **kwargs)
        self._articles: dict[int, _ArticleEntry] = {}
        self._article_of_chunk: dict[int, int] = {}
        self._signature: Signature | None = None
        # Serialises reloads only; searches against an up-to-date index never take it.
        self._sync_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.vectors)

    def reset(self) -> None:
        """Forget everything; the next search reloads from the database."""
        with self._sync_lock:
            self.vectors.clear()
            self._articles = {}
            self._article_of_chunk = {}
            self._signature = None

    # --- keeping in step with the database -----------------------------------------------------

    @staticmethod
    def _read_signature() -> Signature:
        row = Article.objects.aggregate(n=Count("id"), top=Max("id"), ids=Sum("id"), versions=Sum("version"))
        return (row["n"] or 0, row["top"] or 0, row["ids"] or 0, row["versions"] or 0)

    def refresh(self) -> bool:
        """Bring the index up to date with the database. One query when nothing changed; returns
        whether anything was reloaded."""
        if self._read_signature() == self._signature:
            return False
        with self._sync_lock:
            # Read again under the lock: another thread may have synced meanwhile. The signature is
            # read before the rows, so a change committed during the reload gives a signature that
            # differs from the stored one, and the next search reloads again.
            signature = self._read_signature()
            if signature == self._signature:
                return False
            self._sync()
            self._signature = signature
            return True

    @staticmethod
    def _read_articles() -> dict[int, tuple[int, str, str, str]]:
        """`{article id: (version, slug, title, category)}`, in no particular order: the rows come in
        whatever order the database scans them (on Postgres an updated row moves to the end of the heap,
        and a row inserted into space freed by a rolled-back or deleted one comes before older rows)."""
        return {
            article_id: (version, slug, title, category)
            for article_id, version, slug, title, category in Article.objects.values_list(
                "id", "version", "slug", "title", "category"
            ).order_by()
        }

    def _sync(self) -> None:
        current = self._read_articles()
        stale = [
            article_id
            for article_id, entry in self._articles.items()
            if article_id not in current or current[article_id][0] != entry.version
        ]
        fresh = [
            article_id
            for article_id, (version, *_rest) in current.items()
            if article_id not in self._articles or self._articles[article_id].version != version
        ]
        removed_chunks: list[int] = []
        for article_id in stale:
            entry = self._articles.pop(article_id)
            removed_chunks.extend(entry.chunk_ids)
        for chunk_id in removed_chunks:
            self._article_of_chunk.pop(chunk_id, None)

        add_keys: list[int] = []
        add_vectors: list[np.ndarray] = []
        add_groups: list[str] = []
        for start in range(0, len(fresh), _RELOAD_BATCH):
            batch = fresh[start : start + _RELOAD_BATCH]
            chunks: dict[int, list[int]] = {article_id: [] for article_id in batch}
            # The article as its chunks were read, which may be newer than `current` (read before).
            as_chunked: dict[int, tuple[int, str, str, str]] = {}
            # One statement: each chunk comes with its article's version, slug, title and category from
            # the same snapshot, and the actions swap chunks and bump the version in one transaction, so
            # the chunks read here and the labels recorded for them are those of one version. (Labels
            # taken from `current` could be older than the version recorded, and a category changed in
            # between would then never be reloaded.)
            rows = (
                Chunk.objects.filter(article_id__in=batch)
                .order_by("article_id", "position")
                .values_list(
                    "id",
                    "article_id",
                    "article__version",
                    "article__slug",
                    "article__title",
                    "article__category",
                    "embedding",
                )
            )
            for chunk_id, article_id, version, slug, title, category, blob in rows:
                as_chunked[article_id] = (version, slug, title, category)
                vector = np.frombuffer(bytes(blob), dtype="<f4")
                if vector.shape[0] != embeddings.DIMENSION:
                    logger.warning(
                        "knowledge chunk %s has a %d-value embedding; skipped", chunk_id, len(vector)
                    )
                    continue
                chunks[article_id].append(chunk_id)
                # Key, vector and group are appended together, row by row. The chunk rows come in article
                # id order and `batch` in the database's scan order, which differ on Postgres (an updated
                # row moves to the end of the heap): labels appended per article of `batch` tagged chunks
                # with another article's category.
                add_keys.append(chunk_id)
                add_vectors.append(vector)
                add_groups.append(category)
            for article_id in batch:
                version, slug, title, category = as_chunked.get(article_id, current[article_id])
                self._articles[article_id] = _ArticleEntry(
                    version=version,
                    slug=slug,
                    title=title,
                    category=category,
                    chunk_ids=tuple(chunks[article_id]),
                )
                for chunk_id in chunks[article_id]:
                    self._article_of_chunk[chunk_id] = article_id

        self.vectors.update(
            remove=removed_chunks,
            add_keys=add_keys,
            add_vectors=np.stack(add_vectors) if add_vectors else None,
            add_groups=add_groups,
        )

    # --- searching -----------------------------------------------------------------------------

    def search_vector(
        self, vector: np.ndarray, *, k: int = 5, category: str | None = None, min_score: float = 0.0
    ) -> list[Hit]:
        """Search with an already embedded question (L2-normalised). Does not refresh: call `refresh`
        first. Two hits never share a chunk; they may share an article."""
        k = max(0, min(k, MAX_K))
        found = [h for h in self.vectors.search(vector, k, group=category) if h.score >= min_score]
        if not found:
            return []
        texts = dict(Chunk.objects.filter(id__in=[h.key for h in found]).values_list("id", "text"))
        hits = []
        for found_hit in found:
            article_id = self._article_of_chunk.get(found_hit.key)
            text = texts.get(found_hit.key)
            # A chunk deleted by another process since the signature was read is dropped rather than
            # shown with stale text; the next search reloads.
            if article_id is None or text is None:
                continue
            article = self._articles[article_id]
            hits.append(
                Hit(
                    article_slug=article.slug,
                    article_title=article.title,
                    chunk_text=text,
                    score=round(found_hit.score, 6),
                    chunk_id=found_hit.key,
                )
            )
        return hits


_index = KnowledgeIndex()


def knowledge_index() -> KnowledgeIndex:
    """The process's index (tests reset it between databases; the bench inspects it)."""
    return _index


def clean_query(query: str | None) -> str:
    """The text that is embedded for a question: trimmed, at most `MAX_QUERY_CHARS` characters."""
    return (query or "").strip()[:MAX_QUERY_CHARS].strip()


def search(query: str, *, k: int = 5, category: str | None = None, min_score: float = 0.0) -> list[Hit]:
    """The `k` chunks closest to `query`, best first, scoring at least `min_score`.

    `category` restricts the search to articles of that category. An empty or blank query returns []
    without touching the model; so does an empty knowledge base. Scores are cosine similarities.
    """
    text = clean_query(query)
    if not text or k <= 0:
        return []
    _index.refresh()
    if not len(_index):
        return []
    return _index.search_vector(embeddings.embed_one(text), k=k, category=category, min_score=min_score)
