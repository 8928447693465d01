"""Large tool results, kept outside the prompt and referenced from it.

A tool result over the context builder's inline limit is put here, and the model sees
"[result ref:<id>, N items; preview: ...]" instead. The full text stays in the run's checkpoint (the
tool step's payload), so a store is a cache of it: an entry lost to expiry is put again the next time
the context is built from the checkpoints.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

#: A run parked for an approval can resume hours later; its references are rebuilt from the
#: checkpoints if they expired meanwhile, so a day only bounds what a reader tool can fetch.
DEFAULT_TTL_SECONDS = 24 * 60 * 60


class ReferenceStore:
    """Where one run's large tool results live. Contract:

    * `put(tool_call_id, content)` stores the full text and returns the reference id, which depends
      only on (run, tool_call_id): building the same context twice gives the same prompt;
    * `get(ref_id)` returns the text, or None when it is unknown or expired;
    * neither raises for a storage failure: a reference whose text is lost only costs a reader tool
      its answer, never the model call.
    """

    def __init__(self, run_id: Any) -> None:
        self.run_id = str(run_id)

    def ref_id(self, tool_call_id: str) -> str:
        digest = hashlib.sha256(f"{self.run_id}:{tool_call_id}".encode()).hexdigest()
        return f"r{digest[:12]}"

    def put(self, tool_call_id: str, content: str) -> str:
        raise NotImplementedError

    def get(self, ref_id: str) -> str | None:
        raise NotImplementedError


class MemoryReferenceStore(ReferenceStore):
    """In process memory: for tests and for the in-memory run store."""

    def __init__(self, run_id: Any) -> None:
        super().__init__(run_id)
        self.entries: dict[str, str] = {}

    def put(self, tool_call_id: str, content: str) -> str:
        ref = self.ref_id(tool_call_id)
        self.entries[ref] = content
        return ref

    def get(self, ref_id: str) -> str | None:
        return self.entries.get(ref_id)


class CacheReferenceStore(ReferenceStore):
    """In the Django cache (Redis in production), shared by every worker that resumes the run."""

    def __init__(self, run_id: Any) -> None:
        super().__init__(run_id)
        # A result is written once per store (one per run session), not on every model call: the
        # context is rebuilt before each call and a result of megabytes would be re-sent each time.
        self._written: set[str] = set()

    def key(self, ref_id: str) -> str:
        return f"handrail:tool-result:{self.run_id}:{ref_id}"

    def put(self, tool_call_id: str, content: str) -> str:
        ref = self.ref_id(tool_call_id)
        if ref in self._written:
            return ref
        ttl = int(getattr(settings, "HANDRAIL_REFERENCE_TTL_SECONDS", DEFAULT_TTL_SECONDS))
        try:
            cache.set(self.key(ref), content, timeout=ttl)
            self._written.add(ref)
        except Exception:  # see the contract: storage trouble never fails the model call
            logger.warning("tool result %s of run %s not stored", ref, self.run_id, exc_info=True)
        return ref

    def get(self, ref_id: str) -> str | None:
        try:
            return cache.get(self.key(ref_id))
        except Exception:
            logger.warning("tool result %s of run %s not readable", ref_id, self.run_id, exc_info=True)
            return None
