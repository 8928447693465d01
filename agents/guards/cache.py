"""The semantic cache: an answer given once to a general question is given again to the same question.

Two tiers, in this order:
  1. exact: the sha256 of the normalised question (NFKC, case-folded, whitespace collapsed, the
     punctuation, greetings and "please" around it dropped) looked up in the database (the index on
     `question_hash`); no embedding;
  2. semantic: the question's all-MiniLM-L6-v2 vector against the vectors of the scope's answers; the
     closest one at or above the agent's `CacheSettings.threshold` (cosine) is served. Only for the
     languages the model reads well (`SEMANTIC_LANGUAGES`: English); other languages get the exact tier.

Scope. An answer depends on more than the question, so every entry is filed under a scope: the agent the
customer talks to (the desk), the intent the router chose, the customer's language, the version of the
executor's prompt that wrote the answer ("help:v3") and the knowledge-base version it read
(`kb_version()`, a signature of the article table). A new prompt version or any article edit is a new
scope: older answers can no longer be reached, from the moment the change is visible. They are also
deleted: the first lookup in a process that sees a version it has not seen before deletes the entries
of the other versions (`notice_versions`), and `invalidate()` does it on demand. Nothing listens for
signals: the versions are read on every cacheable lookup (one aggregate over the articles; the prompt
from `active_prompt`, which may be up to 5 s stale, as it is for the executor itself). The knowledge-base
version is global: editing any article retires every cached answer, which is coarse but never wrong.
Entries expire after `CacheSettings.ttl_seconds`; expired ones are never served and are deleted now and
then (`delete_expired`, also throttled into `store`).

What is never cached (neither looked up nor stored):
  * an intent not listed in `CacheSettings.intents`: personalised intents (an order, a return, the
    account) are simply not listed; an agent without a router has no intent and is not cached;
  * a turn whose answer depends on the conversation's *state*. State, here, is anything besides the
    question's own words that could change the right answer:
      - facts pinned from the conversation (an order number, a tracking number, an e-mail, an amount
        the customer gave earlier): the model reads them and answers about *that* order;
      - a note a person left when handing the conversation back;
      - the customer's remembered facts (user memory: their country, their name...);
      - identifiers in the question itself: any digit (order 1234 and order 1235, "free over $50" and
        "free over $60" are near-identical to an embedding, and a number is what makes the answer
        specific), an e-mail address or a link, or a placeholder the input guard put in place of
        personal data (`[EMAIL_1a2b3c]`);
      - a follow-up that refers to earlier turns ("and what about that one?", "y eso?", "und davon?"):
        only when there are earlier turns, detected by pronouns and openers in en/es/fr/de and by
        length (three words or fewer after an earlier turn read as a follow-up);
      - a long message (over `MAX_QUESTION_CHARS`): pasted detail, not a general question.
  * an answer that is not a plain completed answer (the executor checks): one that used a write or
    irreversible tool, waited for an approval, saw a tool error, or ended any other way than the model's
    final answer (errors, clarifying questions, templates, handoffs never reach `store`).

The in-process index (one `VectorIndex` per scope, exact below 2000 entries and IVF above, as the
knowledge base uses) is a cache of the table, kept in step with it the cheap way: each lookup reads only
the rows added since the last one it saw (`id > watermark`: a primary-key range, filtered by scope in
Python so no planner walks the scope's index), and every `RECONCILE_SECONDS` it compares the scope's
`(count, sum(id))` with its own and, when they differ, reads the scope's ids: deletions, and on
PostgreSQL rows committed out of id order, are caught then. A row deleted in between is never served: a
semantic hit is read back by id (with its expiry) before it is returned, and dropped from the index when
it is gone. Costs, measured in bench/semantic_cache.py: a lookup that misses is ~1.5 ms (exact tier)
plus, in English, the question's embedding (~5-8 ms, cached by text) and ~5 ms for the poll and the
vector search at 100k entries in a scope; loading a cold 100k scope takes seconds (once per process).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.db.models import Count, F, Max, Sum
from django.utils import timezone

from agents import embeddings
from agents.guards.config import CacheSettings
from agents.models import CachedAnswer

logger = logging.getLogger(__name__)

#: longer messages are not cached: a general question is a sentence or two, and a long message carries
#: details (a story, a pasted e-mail) the answer may depend on
MAX_QUESTION_CHARS = 500
#: how often a process re-reads all ids of a scope it holds (deletions, rows committed out of id order);
#: at 100k entries the read takes tens of milliseconds, once a minute
RECONCILE_SECONDS = 60.0
#: how often `store` deletes expired rows (per process); a beat task may call `delete_expired` too
CLEANUP_SECONDS = 300.0
#: scopes held in memory per process, least recently used dropped first (a dropped scope reloads)
MAX_SCOPES_IN_MEMORY = 32
#: candidates read from the index per semantic lookup: the best one may be expired or deleted
SEARCH_K = 4
#: rows per query when loading a scope's vectors by id
_LOAD_BATCH = 500
#: Languages whose questions get the semantic tier; the others get the exact tier only. all-MiniLM-L6-v2
#: was trained on English: on Spanish, French and German it reads surface tokens, so "Wie melde ich mich
#: zum Newsletter an?" (subscribe) and "... vom Newsletter ab?" (unsubscribe) score 0.93. On
#: bench/data/paraphrases.jsonl (bench/semantic_cache.py) those three languages still served wrong answers
#: at 0.94 while hardly any paraphrase reached 0.90; English had no false hit from 0.90 up. A multilingual
#: embedding model would widen this set after calibrating on the same bench.
SEMANTIC_LANGUAGES: frozenset[str] = frozenset({"en"})


# --- what may be cached --------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n\r.,;:!?¿¡…\"'“”«»()[]-–—"
_DIGIT = re.compile(r"\d")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_[0-9A-Za-z]{1,16}\]")
_EMAIL_OR_LINK = re.compile(r"\S@\S|https?://|www\.", re.IGNORECASE)
# Words that point back at something said earlier. Only read when there are earlier turns. Articles
# that double as pronouns ("la", "das") and the formal "Sie" are left out: they are in every question.
_FOLLOW_UP = re.compile(
    r"^\s*[¿¡]?\s*(?:and|but|also|or|so|then|y|pero|también|o|et|mais|aussi|ou|und|aber|auch|oder)\b"
    r"|\b(?:what|how)\s+about\b|\b(?:it|its|it's|them|they|that|this|these|those|same|again|else|instead"
    r"|previous|earlier|above|mentioned|former|latter|one|ones)\b"
    r"|\b(?:eso|esto|ese|esa|esos|esas|este|esta|estos|estas|aquel|aquello|mismo|misma|anterior)\b"
    r"|\b(?:ça|cela|ceci|celui|celle|ceux|celles|même|précédent|précédente)\b"
    r"|\b(?:dies|diese|dieser|dieses|davon|dafür|damit|darauf|dasselbe|dieselbe|derselbe|gleiche|vorherige)\b",
    re.IGNORECASE,
)
#: after an earlier turn, a message this short reads as an answer or a follow-up ("for Spain?")
FOLLOW_UP_MAX_WORDS = 3


def clean_question(text: str) -> str:
    """The question as it is embedded and stored: NFKC, whitespace collapsed, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


# Greetings and politeness at either end of a question change nothing about the answer ("Hi, do you ship
# abroad?", "do you ship abroad, please"): the exact tier reads the question without them.
_COURTESY = (
    r"hi|hello|hey|hiya|good (?:morning|afternoon|evening)|please|pls|plz|thanks|thank you|thx"
    r"|hola|buenas|buenos días|buenas tardes|por favor|gracias"
    r"|bonjour|bonsoir|salut|s'il vous plaît|s'il te plaît|svp|merci"
    r"|hallo|guten (?:morgen|tag|abend)|servus|moin|bitte|danke"
)
_LEADING_COURTESY = re.compile(rf"^(?:(?:{_COURTESY})(?:\s+there)?[\s,.!:;]+)+")
_TRAILING_COURTESY = re.compile(rf"(?:[\s,.!:;]+(?:{_COURTESY}))+$")


def normalise_question(text: str) -> str:
    """The exact tier's reading: `clean_question`, case-folded, without the punctuation around it and
    without a greeting or a "please" at either end."""
    reading = clean_question(text).casefold().strip(_EDGE_PUNCTUATION)
    reading = _LEADING_COURTESY.sub("", reading).strip(_EDGE_PUNCTUATION)
    reading = _TRAILING_COURTESY.sub("", reading).strip(_EDGE_PUNCTUATION)
    return reading


def question_hash(text: str) -> str:
    return hashlib.sha256(normalise_question(text).encode()).hexdigest()


def uncacheable_reason(
    question: str,
    *,
    history_turns: int = 0,
    pinned: list[str] | tuple[str, ...] = (),
    handback_note: str = "",
    user_facts: list[str] | tuple[str, ...] = (),
) -> str:
    """Why a turn's answer must not come from (or go to) the cache, or "" when it may.

    `history_turns`: earlier messages in the conversation; `pinned`: the facts pinned from it;
    `user_facts`: the customer's remembered facts (see the module docstring for what "state" means)."""
    text = clean_question(question)
    if not normalise_question(text):
        return "empty"
    if len(text) > MAX_QUESTION_CHARS:
        return "long_message"
    if pinned:
        return "pinned_facts"
    if handback_note.strip():
        return "handback_note"
    if user_facts:
        return "user_memory"
    if _PLACEHOLDER.search(text):
        return "personal_data"
    if _EMAIL_OR_LINK.search(text):
        return "identifier"
    if _DIGIT.search(text):
        return "identifier"
    if history_turns and (len(text.split()) <= FOLLOW_UP_MAX_WORDS or _FOLLOW_UP.search(text)):
        return "follow_up"
    return ""


def intent_is_cacheable(settings: CacheSettings, intent: str) -> bool:
    return bool(settings.enabled and intent and intent in settings.intents)


# --- scopes and versions ------------------------------------------------------------------------


def scope_key(agent: str, intent: str, language: str, prompt_version: str, kb_version: str) -> str:
    """One string for everything an answer depends on besides the question (sha256 hex, 64 chars)."""
    parts = (agent, intent, language or "", prompt_version or "", kb_version or "")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Scope:
    agent: str  # the agent the customer talks to (a desk)
    intent: str
    language: str
    prompt_version: str  # "<executor>:v<version>" of the prompt that writes the answers
    kb_version: str  # `kb_version()` when the answer was written

    @property
    def key(self) -> str:
        return scope_key(self.agent, self.intent, self.language, self.prompt_version, self.kb_version)


def kb_version() -> str:
    """The knowledge base's version: `count:max(id):sum(id):sum(version)` of the article table, one
    aggregate query. `agents.knowledge` bumps an article's `version` with every change of its content or
    category, so an edit changes the version sum, a deletion the count and id sum, a new article the
    count (the same signature its search index keeps itself in step with). "" without a knowledge base."""
    try:
        from agents.knowledge.models import Article
    except ImportError:  # a deployment without the knowledge app
        return ""
    row = Article.objects.aggregate(n=Count("id"), top=Max("id"), ids=Sum("id"), versions=Sum("version"))
    return f"{row['n'] or 0}:{row['top'] or 0}:{row['ids'] or 0}:{row['versions'] or 0}"


def prompt_version_label(agent_name: str, version: int) -> str:
    return f"{agent_name}:v{version}"


# Versions this process has seen: a change means the older entries can go (`notice_versions`).
_seen_kb: str | None = None
_seen_prompts: dict[str, str] = {}
_seen_lock = threading.Lock()


def notice_versions(*, kb: str, prompt: str) -> None:
    """Delete the entries built on another knowledge base or another version of this executor's prompt
    when this process sees a version for the first time (a change, or its first lookup: a change made
    while no process was running is cleaned up too). They were unreachable already (their scope key
    differs); this frees the rows and the memory. Deleting twice (several processes) is harmless."""
    global _seen_kb
    executor = prompt.rpartition(":v")[0]
    with _seen_lock:
        kb_moved = _seen_kb != kb
        prompt_moved = _seen_prompts.get(executor) != prompt
        _seen_kb = kb
        _seen_prompts[executor] = prompt
    if kb_moved:
        _delete_rows(CachedAnswer.objects.exclude(kb_version=kb))
    if prompt_moved:
        _delete_rows(
            CachedAnswer.objects.filter(prompt_version__startswith=f"{executor}:v").exclude(
                prompt_version=prompt
            )
        )


def invalidate(*, agent: str | None = None, kb: bool = False, prompt: str | None = None) -> int:
    """Delete cached answers; returns how many rows went.

    `kb=True`: those written on a knowledge base other than the current one. `prompt="help"`: those
    written with a version of the `help` executor's prompt other than its active one. Neither: every
    entry. `agent` narrows any of these to one desk."""
    rows = CachedAnswer.objects.all()
    if agent is not None:
        rows = rows.filter(agent_name=agent)
    if kb:
        rows = rows.exclude(kb_version=kb_version())
    if prompt is not None:
        from agents.models import AgentPrompt

        active = AgentPrompt.objects.filter(agent_name=prompt, is_active=True).values_list(
            "version", flat=True
        )
        current = prompt_version_label(prompt, active[0]) if active else ""
        rows = rows.filter(prompt_version__startswith=f"{prompt}:v").exclude(prompt_version=current)
    return _delete_rows(rows)


def _delete_rows(rows: Any) -> int:
    deleted, _ = rows.delete()
    if deleted:
        # The in-process indexes notice deletions on their next reconcile; a dropped scope reloads.
        # Scopes of other versions are unreachable anyway, so forgetting all is simplest and safe.
        _registry.clear()
    return deleted


def delete_expired(now: datetime | None = None) -> int:
    """Delete expired entries (they are never served, this frees the rows)."""
    deleted, _ = CachedAnswer.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted


_last_cleanup = 0.0


def _cleanup_now_and_then() -> None:
    global _last_cleanup
    if time.monotonic() - _last_cleanup < CLEANUP_SECONDS:
        return
    _last_cleanup = time.monotonic()
    delete_expired()


# --- the in-process index of one scope -----------------------------------------------------------


class _ScopeIndex:
    """The vectors of one scope's entries, and their expiry, in step with the table (see the module
    docstring for how)."""

    def __init__(self, agent: str, key: str) -> None:
        from agents.knowledge.index import VectorIndex

        self.agent = agent
        self.key = key
        self.vectors = VectorIndex(embeddings.DIMENSION)
        self.expires: dict[int, float] = {}  # entry id -> expires_at as a POSIX timestamp
        self.watermark = 0  # the highest id loaded
        self.reconciled_at = float("-inf")
        self.lock = threading.Lock()

    def rows(self) -> Any:
        return CachedAnswer.objects.filter(agent_name=self.agent, scope_key=self.key)

    def sync(self) -> None:
        with self.lock:
            if time.monotonic() - self.reconciled_at >= RECONCILE_SECONDS:
                self._reconcile()
            else:
                self._poll()

    def _poll(self) -> None:
        """Load this scope's rows added since the last poll. The query is a primary-key range over every
        scope's new rows (a few since the last lookup), filtered here: filtering by scope in SQL let
        PostgreSQL walk the (agent, scope) index over all 100k entries of the scope (144 ms against a
        few, bench/semantic_cache.py)."""
        while True:
            # Ordered and limited, so every planner walks the primary key from the watermark: without the
            # LIMIT, PostgreSQL with no statistics yet (a bulk load) chose a sequential scan (200 ms).
            new = list(
                CachedAnswer.objects.filter(id__gt=self.watermark)
                .order_by("id")
                .values_list("id", "agent_name", "scope_key")[:_LOAD_BATCH]
            )
            if not new:
                return
            mine = [entry_id for entry_id, agent, key in new if agent == self.agent and key == self.key]
            if mine:
                self._load(CachedAnswer.objects.filter(id__in=mine))
            # Past every scope's rows read: they need not be read again (a row committed later with a
            # lower id, which PostgreSQL allows, is picked up by the next reconcile).
            self.watermark = max(self.watermark, new[-1][0])
            if len(new) < _LOAD_BATCH:
                return

    def _reconcile(self) -> None:
        started = time.monotonic()
        # Read before the scope's rows: every row at or below it that is committed by then is read below,
        # so the polls can start past it (past other scopes' rows too, which polls would read for nothing).
        top = CachedAnswer.objects.aggregate(top=Max("id"))["top"] or 0
        if not self.expires:
            self._load(self.rows())
        elif self._signature_differs():
            present = set(self.rows().values_list("id", flat=True).order_by())
            gone = [entry_id for entry_id in self.expires if entry_id not in present]
            if gone:
                self._forget(gone)
            missing = sorted(present.difference(self.expires))
            for start in range(0, len(missing), _LOAD_BATCH):
                self._load(self.rows().filter(id__in=missing[start : start + _LOAD_BATCH]))
        self.watermark = max(self.watermark, top)
        self.reconciled_at = started

    def _signature_differs(self) -> bool:
        """Whether the scope's rows are other than the ones loaded: `(count, sum(id))` of the table
        against this index's. One aggregate instead of reading every id (at 100k entries on PostgreSQL
        the ids took ~260 ms to read, bench/semantic_cache.py). Only as many deletions as late
        inserts, with ids adding up to the same sum, between two reconciles would go unseen; a deleted
        row is never served either way (a hit is read back by id)."""
        row = self.rows().aggregate(n=Count("id"), ids=Sum("id"))
        return ((row["n"] or 0), (row["ids"] or 0)) != (len(self.expires), sum(self.expires))

    def _load(self, rows: Any) -> None:
        keys: list[int] = []
        vectors: list[np.ndarray] = []
        for entry_id, blob, expires_at in rows.values_list("id", "embedding", "expires_at").order_by():
            vector = np.frombuffer(bytes(blob), dtype="<f4")
            if vector.shape[0] != embeddings.DIMENSION:
                logger.warning("cached answer %s has a %d-value embedding; skipped", entry_id, len(vector))
                continue
            keys.append(entry_id)
            vectors.append(vector)
            self.expires[entry_id] = expires_at.timestamp()
            self.watermark = max(self.watermark, entry_id)
        if keys:
            self.vectors.update(add_keys=keys, add_vectors=np.stack(vectors))

    def add(self, entry_id: int, vector: np.ndarray, expires_at: datetime) -> None:
        """An entry this process just stored (the next sync would find it too; this saves the wait)."""
        with self.lock:
            self.vectors.update(add_keys=[entry_id], add_vectors=vector.reshape(1, -1))
            self.expires[entry_id] = expires_at.timestamp()
            # Not the watermark: a row of another process with a lower id may still be uncommitted.

    def forget(self, entry_ids: list[int]) -> None:
        """Entries found deleted (or expired) in the table."""
        with self.lock:
            self._forget(entry_ids)

    def _forget(self, entry_ids: list[int]) -> None:
        self.vectors.update(remove=entry_ids)
        for entry_id in entry_ids:
            self.expires.pop(entry_id, None)

    def candidates(self, vector: np.ndarray, threshold: float, now: float) -> list[tuple[int, float]]:
        """Unexpired entries scoring at least `threshold`, best first."""
        return [
            (hit.key, hit.score)
            for hit in self.vectors.search(vector, SEARCH_K)
            if hit.score >= threshold and self.expires.get(hit.key, 0.0) > now
        ]


class _Registry:
    def __init__(self) -> None:
        self._scopes: OrderedDict[tuple[str, str], _ScopeIndex] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, agent: str, key: str) -> _ScopeIndex:
        with self._lock:
            index = self._scopes.get((agent, key))
            if index is None:
                index = self._scopes[(agent, key)] = _ScopeIndex(agent, key)
            self._scopes.move_to_end((agent, key))
            while len(self._scopes) > MAX_SCOPES_IN_MEMORY:
                self._scopes.popitem(last=False)
            return index

    def loaded(self, agent: str, key: str) -> _ScopeIndex | None:
        with self._lock:
            return self._scopes.get((agent, key))

    def clear(self) -> None:
        with self._lock:
            self._scopes.clear()


_registry = _Registry()


def forget_indexes() -> None:
    """Drop every in-process index (tests switch databases; the next lookup reloads)."""
    global _seen_kb
    _registry.clear()
    with _seen_lock:
        _seen_kb = None
        _seen_prompts.clear()


# --- lookup and store ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CacheHit:
    entry_id: int
    answer: str
    similarity: float  # 1.0 for the exact tier
    tier: str  # "exact" or "semantic"
    question: str  # the question the answer was written for
    meta: dict[str, Any]


def lookup(
    settings: CacheSettings, scope: Scope, question: str, *, embedding: np.ndarray | None = None
) -> CacheHit | None:
    """The cached answer to `question` in `scope`, or None.

    Does not check whether the turn may be cached (`uncacheable_reason`, the intent): the caller does.
    `embedding`: the question's vector when the caller has it already (the bench passes synthetic ones).
    Does not count the hit: call `record_hit` once the answer is served."""
    if not settings.enabled:
        return None
    text = clean_question(question)
    key = scope.key
    now = timezone.now()
    exact = _same_question(scope, question_hash(text), now)
    if exact is not None:
        entry_id, answer, asked, meta = exact
        return CacheHit(entry_id, answer, 1.0, "exact", asked, meta or {})
    if scope.language not in SEMANTIC_LANGUAGES:
        return None
    index = _registry.get(scope.agent, key)
    index.sync()
    if not len(index.vectors):
        return None  # an empty scope: no embedding
    vector = embedding if embedding is not None else embeddings.embed_one(text)
    for entry_id, score in index.candidates(vector, settings.threshold, now.timestamp()):
        row = (
            CachedAnswer.objects.filter(pk=entry_id, expires_at__gt=now)
            .values_list("answer", "question", "meta")
            .first()
        )
        if row is None:
            index.forget([entry_id])  # deleted (or expired) since it was loaded
            continue
        answer, asked, meta = row
        return CacheHit(entry_id, answer, round(float(score), 6), "semantic", asked, meta or {})
    return None


def _same_question(scope: Scope, digest: str, now: datetime) -> tuple[int, str, str, dict] | None:
    """The newest unexpired entry of `scope` for the question with this hash: (id, answer, question, meta).

    Filtered by the hash alone in SQL, the rest here: the few rows one question has across scopes come
    through the `question_hash` index, whereas a filter on the scope too let SQLite's planner pick the
    (agent, scope) index and walk every entry of the scope (138 ms at 100k entries, bench/semantic_cache.py).
    """
    rows = CachedAnswer.objects.filter(question_hash=digest).values_list(
        "id", "agent_name", "scope_key", "expires_at", "answer", "question", "meta"
    )
    found = [
        (entry_id, answer, asked, meta)
        for entry_id, agent, key, expires_at, answer, asked, meta in rows
        if agent == scope.agent and key == scope.key and expires_at > now
    ]
    return max(found, key=lambda row: row[0]) if found else None


def record_hit(entry_id: int) -> None:
    """Count a served answer (one UPDATE; concurrent hits add up, none is lost)."""
    CachedAnswer.objects.filter(pk=entry_id).update(hits=F("hits") + 1, last_hit_at=timezone.now())


def store(
    settings: CacheSettings,
    scope: Scope,
    question: str,
    answer: str,
    *,
    meta: dict[str, Any] | None = None,
    embedding: np.ndarray | None = None,
) -> CachedAnswer | None:
    """File `answer` under `question` in `scope`; returns the new entry, or None when nothing was stored
    (caching off, an empty answer, or the same question already cached and unexpired in the scope).

    Does not check whether the turn may be cached: the caller does (`uncacheable_reason`, the intent)."""
    text = clean_question(question)
    if not settings.enabled or not answer.strip() or not normalise_question(text):
        return None
    digest = question_hash(text)
    now = timezone.now()
    if _same_question(scope, digest, now) is not None:
        return None
    vector = embedding if embedding is not None else embeddings.embed_one(text)
    entry = CachedAnswer.objects.create(
        agent_name=scope.agent,
        scope_key=scope.key,
        intent=scope.intent,
        language=scope.language,
        prompt_version=scope.prompt_version,
        kb_version=scope.kb_version,
        question=text,
        question_hash=digest,
        embedding=np.asarray(vector, dtype="<f4").tobytes(),
        answer=answer,
        meta=meta or {},
        expires_at=now + timedelta(seconds=settings.ttl_seconds),
    )
    index = _registry.loaded(scope.agent, scope.key)
    if index is not None:
        index.add(entry.pk, np.asarray(vector, dtype=np.float32), entry.expires_at)
    _cleanup_now_and_then()
    return entry
