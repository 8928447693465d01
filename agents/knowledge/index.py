"""An in-memory vector index over unit vectors: exact below a size threshold, IVF (faiss) above it.

Pure data structure (no Django): `agents.knowledge.search` keeps one per process in step with the
database. Keys are int64 (chunk ids); each vector carries a group label (its article's category) so a
search can be restricted to one group.

Why IVF (faiss `IndexIVFFlat`) and not a graph index: on this project's 2-core machines an HNSW graph
of 100k 384-d vectors took over a minute to build (usearch, measured while choosing), while IVF trains
on a sample in about 2 s at that size, so a worker that starts cold or sees a bulk import is searching again
quickly. IVF keeps the full float32 vectors, so the scores it returns are exact cosines; only which
candidates it looks at is approximate (the `nprobe` nearest of `nlist` lists). Adding and removing
vectors by key needs no rebuild. `bench/retrieval.py` measures latency and recall@5 against brute force.

Below `ann_threshold` vectors a brute-force scan is both exact and about as fast (2000 x 384 floats
take ~0.1 ms), so no ANN structure is built at all.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# faiss' loader logs at INFO that it "could not load" the AVX2/AVX-512 builds before it loads the one
# build its wheel ships (which picks the SIMD level at run time): true but alarming in a service log.
logging.getLogger("faiss.loader").setLevel(logging.WARNING)

import faiss  # noqa: E402

# One query at a time gains nothing from OpenMP threads, and idle OpenMP workers spin on the CPU the
# web and worker threads of the same process need. Training the IVF on one thread takes about 2 s at
# 100k vectors (bench/retrieval.py), acceptable for a rebuild that happens when the base doubles or halves.
faiss.omp_set_num_threads(1)

#: below this many vectors every search is an exact scan; at or above it an IVF index is built
ANN_THRESHOLD = 2000


@dataclass(frozen=True)
class IndexHit:
    key: int
    score: float


class VectorIndex:
    """Unit vectors of one dimension, keyed by int64, searched by inner product (= cosine).

    Thread-safe: one lock serialises updates and searches (a search takes well under a millisecond,
    and faiss' IVF is not safe to read while it is being modified).
    """

    def __init__(self, dimension: int, *, ann_threshold: int = ANN_THRESHOLD, seed: int = 1234) -> None:
        self.dimension = dimension
        self.ann_threshold = ann_threshold
        self._seed = seed
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        # Row store: rows [0, _size) are live; a removed row is filled by the last one (swap-remove),
        # so removal is O(1) and the live rows stay one contiguous matrix for exact search.
        self._vectors = np.zeros((0, self.dimension), dtype=np.float32)
        self._keys = np.zeros(0, dtype=np.int64)
        self._groups = np.zeros(0, dtype=np.int32)
        self._size = 0
        self._row_of: dict[int, int] = {}
        # Group labels are interned to small ints so the per-row label is a compact int32 column.
        self._group_codes: dict[str, int] = {}
        self._group_counts: dict[int, int] = {}
        self._ivf: faiss.IndexIVFFlat | None = None
        self._trained_size = 0
        self._selectors: dict[int, faiss.IDSelectorBatch] = {}

    def __len__(self) -> int:
        return self._size

    @property
    def uses_ann(self) -> bool:
        return self._ivf is not None

    @property
    def nprobe(self) -> int:
        return self._ivf.nprobe if self._ivf is not None else 0

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        # Tuning (the bench compares recall at several values); the next rebuild sets the default again.
        with self._lock:
            if self._ivf is not None:
                self._ivf.nprobe = max(1, min(value, self._ivf.nlist))

    @property
    def nlist(self) -> int:
        return self._ivf.nlist if self._ivf is not None else 0

    # --- updates -------------------------------------------------------------------------------

    def update(
        self,
        *,
        remove: Sequence[int] | np.ndarray = (),
        add_keys: Sequence[int] | np.ndarray = (),
        add_vectors: np.ndarray | None = None,
        add_groups: list[str] | None = None,
    ) -> None:
        """Remove keys, then add vectors, as one batch (the IVF is rebuilt at most once per batch).

        `add_vectors` rows must be L2-normalised float32 of `dimension` columns; `add_groups` gives
        each row's group label ("" for none). Re-adding a live key replaces its vector. Unknown keys in
        `remove` are ignored.
        """
        remove_keys = np.asarray(remove, dtype=np.int64).reshape(-1)
        keys = np.asarray(add_keys, dtype=np.int64).reshape(-1)
        vectors = (
            np.zeros((0, self.dimension), dtype=np.float32)
            if add_vectors is None
            else np.ascontiguousarray(add_vectors, dtype=np.float32).reshape(-1, self.dimension)
        )
        groups = list(add_groups) if add_groups is not None else [""] * len(keys)
        if len(keys) != len(vectors) or len(keys) != len(groups):
            raise ValueError("add_keys, add_vectors and add_groups must have the same length")
        with self._lock:
            # Keys removed and keys about to be replaced; a key may be both (a relabelled chunk).
            gone = [k for k in dict.fromkeys([*remove_keys.tolist(), *keys.tolist()]) if k in self._row_of]
            for key in gone:
                self._remove_row(key)
            if len(keys):
                codes = np.array([self._group_code(g) for g in groups], dtype=np.int32)
                self._append(keys, vectors, codes)
            self._selectors.clear()
            self._sync_ann(np.asarray(gone, dtype=np.int64), keys, vectors)

    def clear(self) -> None:
        with self._lock:
            self._reset()

    def _group_code(self, group: str) -> int:
        code = self._group_codes.get(group)
        if code is None:
            code = self._group_codes[group] = len(self._group_codes)
        return code

    def _append(self, keys: np.ndarray, vectors: np.ndarray, codes: np.ndarray) -> None:
        needed = self._size + len(keys)
        if needed > len(self._keys):
            # Grow by half again: amortised O(1) appends without doubling a 150 MB matrix at 100k.
            capacity = max(needed, int(len(self._keys) * 1.5), 64)
            self._vectors = _grow(self._vectors, capacity)
            self._keys = _grow(self._keys, capacity)
            self._groups = _grow(self._groups, capacity)
        rows = slice(self._size, needed)
        self._vectors[rows] = vectors
        self._keys[rows] = keys
        self._groups[rows] = codes
        for offset, key in enumerate(keys.tolist()):
            self._row_of[key] = self._size + offset
        for code in codes.tolist():
            self._group_counts[code] = self._group_counts.get(code, 0) + 1
        self._size = needed

    def _remove_row(self, key: int) -> None:
        row = self._row_of.pop(key)
        code = int(self._groups[row])
        self._group_counts[code] -= 1
        last = self._size - 1
        if row != last:
            self._vectors[row] = self._vectors[last]
            self._keys[row] = self._keys[last]
            self._groups[row] = self._groups[last]
            self._row_of[int(self._keys[row])] = row
        self._size = last

    def _sync_ann(self, removed: np.ndarray, added_keys: np.ndarray, added_vectors: np.ndarray) -> None:
        size = self._size
        if size < self.ann_threshold:
            self._ivf = None
            self._trained_size = 0
            return
        # Retrain when the base has doubled or halved since the lists were trained: the centroids
        # were fitted to that distribution and list sizes drift apart as it changes.
        if self._ivf is None or size >= 2 * self._trained_size or 2 * size <= self._trained_size:
            self._build_ann()
            return
        if len(removed):
            self._ivf.remove_ids(faiss.IDSelectorBatch(removed))
        if len(added_keys):
            self._ivf.add_with_ids(added_vectors, added_keys)

    def _build_ann(self) -> None:
        size = self._size
        vectors = self._vectors[:size]
        # About 2 * sqrt(n) lists of ~sqrt(n)/2 vectors.
        # At least 40 vectors a list: k-means needs ~39 points per centroid to place it (faiss warns
        # below that), which matters just above the threshold (3000 vectors: 75 lists, not 110).
        nlist = max(16, min(4096, round(2 * math.sqrt(size)), size // 40))
        quantizer = faiss.IndexFlatIP(self.dimension)
        ivf = faiss.IndexIVFFlat(quantizer, self.dimension, nlist, faiss.METRIC_INNER_PRODUCT)
        ivf.cp.niter = 12
        ivf.cp.seed = self._seed
        # faiss wants >= 39 training points per list; 50 per list is plenty for k-means to settle and
        # keeps training at 100k to a few seconds.
        sample_size = min(size, 50 * nlist)
        rng = np.random.default_rng(self._seed)
        sample = (
            vectors if sample_size == size else vectors[np.sort(rng.choice(size, sample_size, replace=False))]
        )
        ivf.train(np.ascontiguousarray(sample))
        ivf.add_with_ids(np.ascontiguousarray(vectors), self._keys[:size].copy())
        # Probe an eighth of the lists (at least 16): on real all-MiniLM-L6-v2 vectors of 4000 passages
        # recall@5 against brute force was 0.91 probing 8 %, 0.96 at 16 %, 0.98 at 25 %
        # (bench/retrieval.py); an eighth keeps it at about 0.95 for ~1/8 of a brute-force scan.
        ivf.nprobe = max(16, math.ceil(nlist / 8))
        self._ivf = ivf
        self._trained_size = size

    # --- search --------------------------------------------------------------------------------

    def search(
        self, query: np.ndarray, k: int, *, group: str | None = None, exact: bool = False
    ) -> list[IndexHit]:
        """The `k` keys whose vectors have the highest inner product with `query`, best first (ties
        by key). `group` restricts the search to vectors added with that label; `exact` forces a brute
        force scan (the benchmark's reference)."""
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(-1)
        if q.shape[0] != self.dimension:
            raise ValueError(f"query has {q.shape[0]} dimensions, the index {self.dimension}")
        with self._lock:
            if k <= 0 or self._size == 0:
                return []
            code = None
            if group is not None:
                code = self._group_codes.get(group)
                if code is None or not self._group_counts.get(code):
                    return []
            if self._ivf is None or exact:
                return self._exact(q, k, code)
            if code is None:
                return self._ann(q, k, None, self._ivf.nprobe)
            count = self._group_counts[code]
            if count < self.ann_threshold:
                return self._exact(q, k, code)
            # A group that is a fraction of the base has that fraction of each list: probe
            # proportionally more lists so as many candidates are seen as in an unfiltered search.
            nprobe = min(self._ivf.nlist, math.ceil(self._ivf.nprobe * self._size / count))
            hits = self._ann(q, k, code, nprobe)
            return hits if len(hits) >= min(k, count) else self._exact(q, k, code)

    def _exact(self, q: np.ndarray, k: int, code: int | None) -> list[IndexHit]:
        if code is None:
            keys = self._keys[: self._size]
            vectors = self._vectors[: self._size]
        else:
            rows = np.flatnonzero(self._groups[: self._size] == code)
            keys = self._keys[rows]
            vectors = self._vectors[rows]
        # faiss' single-query scan (SIMD, this thread) rather than numpy's `vectors @ q`: numpy hands a
        # matrix-vector product of 2000+ rows to OpenBLAS' thread pool, and on a busy 2-core host that
        # took 8-12 ms instead of 0.1 ms (bench/retrieval.py notes).
        scores, rows = faiss.knn(
            q.reshape(1, -1), np.ascontiguousarray(vectors), min(k, len(keys)), faiss.METRIC_INNER_PRODUCT
        )
        found = rows[0] >= 0
        return _top(keys[rows[0][found]], scores[0][found], k)

    def _ann(self, q: np.ndarray, k: int, code: int | None, nprobe: int) -> list[IndexHit]:
        assert self._ivf is not None
        if code is None:
            params = faiss.SearchParametersIVF(nprobe=nprobe)
        else:
            selector = self._selectors.get(code)
            if selector is None:
                members = self._keys[: self._size][self._groups[: self._size] == code]
                selector = self._selectors[code] = faiss.IDSelectorBatch(np.ascontiguousarray(members))
            params = faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)
        scores, keys = self._ivf.search(q.reshape(1, -1), k, params=params)
        found = keys[0] >= 0
        return _top(keys[0][found], scores[0][found], k)


def _top(keys: np.ndarray, scores: np.ndarray, k: int) -> list[IndexHit]:
    if len(keys) > k:
        part = np.argpartition(-scores, k - 1)[:k]
        keys, scores = keys[part], scores[part]
    order = np.lexsort((keys, -scores))
    return [IndexHit(key=int(keys[i]), score=float(scores[i])) for i in order]


def _grow(array: np.ndarray, capacity: int) -> np.ndarray:
    grown = np.zeros((capacity, *array.shape[1:]), dtype=array.dtype)
    grown[: len(array)] = array
    return grown
