"""Conversation state: what the agent keeps in mind about one conversation between model calls.

Kept in the Django cache (Redis in production) for `HANDRAIL_CONVERSATION_STATE_TTL_SECONDS` (30
minutes) after its last update. The database is the truth: a state that expired, was evicted, or whose
cache is down is rebuilt from the conversation's messages, and a state that is behind (messages were
added by another worker) catches up from them. So the cache only saves work; it never holds anything
the messages do not.

What the state holds:
* `facts`: order numbers, tracking numbers, e-mails, amounts the customer gave (`agents.memory.facts`),
  pinned into every prompt of the conversation;
* `notes`: the key sentences of the conversation so far (`agents.memory.summaries`), by message id,
  so the turns older than the verbatim window can be summarised (`summary_before`);
* `language`: the customer's language, from their messages (ISO 639-1; "" while unknown);
* `last_intent`: what the router last decided (`update_state(last_intent=...)`); after a rebuild, a
  keyword guess from the last customer message until the router speaks again.

Concurrent updates of one conversation may overwrite each other in the cache; that is harmless: each
update folds every message after the state's `last_message_id` from the database, so a lost write is
redone by the next one.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache

from agents.memory.facts import Fact, extract_facts, merge_facts
from agents.memory.summaries import Note, key_sentences, render, select_notes
from agents.models import Message

logger = logging.getLogger(__name__)

#: Bump when the stored shape changes: a state stored by older code is then rebuilt, not misread.
SCHEMA_VERSION = 1
DEFAULT_TTL_SECONDS = 30 * 60
#: Key sentences kept per conversation; past it the lowest-scoring, oldest go.
MAX_NOTES = 80
#: `summary_before` is at most this long; the context builder trims it further to its budget.
SUMMARY_MAX_TOKENS = 600

_CUSTOMER_ROLES = {Message.Role.CUSTOMER, Message.Role.HUMAN_AGENT}

# A few of each language's commonest words: enough to tell the customer's language from a sentence or
# two, offline. A tie or no hit leaves the language as it was.
_STOPWORDS = {
    "en": "the and you your my is are was have has not with for this that order please thanks can i it",
    "de": "der die das und ist nicht ich mit für ein eine meine bitte danke haben wurde noch kann",
    "fr": "le la les et est pas je avec pour une mon ma mes vous merci commande été avez",
    "es": "el la los las y es no con para una mi mis pedido gracias por que han fue hola",
    "it": "il lo la gli le e è non con per una mio mia ordine grazie sono ho ancora",
    "nl": "de het een en is niet ik met voor mijn bestelling bedankt heb nog",
    "pt": "o a os as e é não com para uma meu minha pedido obrigado obrigada você",
}
_STOPWORD_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")

# The fallback guess of an intent after a rebuild; the router's decision replaces it.
_INTENT_KEYWORDS = (
    ("human", re.compile(r"\b(?:human|person|agent|representative|manager)\b", re.IGNORECASE)),
    ("refunds", re.compile(r"\b(?:refund\w*|money back|charged twice|reimburs\w*)\b", re.IGNORECASE)),
    ("returns", re.compile(r"\b(?:return\w*|send (?:it )?back|exchange)\b", re.IGNORECASE)),
    ("orders", re.compile(r"\b(?:order\w*|deliver\w*|ship\w*|tracking|parcel|package)\b", re.IGNORECASE)),
)


def ttl_seconds() -> int:
    return int(getattr(settings, "HANDRAIL_CONVERSATION_STATE_TTL_SECONDS", DEFAULT_TTL_SECONDS))


def cache_key(conversation_id: Any) -> str:
    return f"handrail:conversation-state:v{SCHEMA_VERSION}:{conversation_id}"


@dataclass
class ConversationState:
    conversation_id: str
    last_message_id: int = 0  # the last message folded in
    facts: list[Fact] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    language: str = ""
    last_intent: str = ""
    language_votes: dict[str, int] = field(default_factory=dict)
    customer_spoke: bool = False  # the customer's first message (the opening request) was folded
    # Where this copy came from: "cache", or "database" when it was (re)built from the messages.
    # Not stored.
    source: str = "database"

    @property
    def pinned(self) -> list[str]:
        """The facts as lines for the context builder's pinned block ("order number: 1234")."""
        return [str(fact) for fact in self.facts]

    @property
    def summary(self) -> str:
        """Key sentences of the whole conversation so far, in order."""
        return render(select_notes(self.notes, SUMMARY_MAX_TOKENS))

    def summary_before(self, message_id: int | None) -> str:
        """Key sentences of the messages older than `message_id` (the first message the model will see
        verbatim): what the verbatim window does not show. None: nothing is older."""
        if message_id is None:
            return ""
        return render(select_notes((n for n in self.notes if n.order < message_id), SUMMARY_MAX_TOKENS))

    def fold(self, message_id: int, role: str, text: str) -> None:
        """Take one message into the state. Messages at or before `last_message_id` are ignored, so
        folding the same message twice changes nothing."""
        if message_id <= self.last_message_id or role == Message.Role.SYSTEM:
            return
        opening = role == Message.Role.CUSTOMER and not self.customer_spoke
        self.last_message_id = message_id
        self.notes.extend(key_sentences(text, order=message_id, speaker=role, opening=opening))
        if len(self.notes) > MAX_NOTES:
            drop = sorted(self.notes, key=lambda n: (n.score, n.order))[: len(self.notes) - MAX_NOTES]
            self.notes = [n for n in self.notes if n not in drop]
        self.customer_spoke = self.customer_spoke or role == Message.Role.CUSTOMER
        if role not in _CUSTOMER_ROLES:
            return
        self.facts = merge_facts(self.facts, extract_facts(text))
        votes = _language_votes(text)
        if votes:
            self.language_votes = dict(Counter(self.language_votes) + votes)
            self.language = _leading_language(self.language_votes, self.language)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "conversation_id": self.conversation_id,
            "last_message_id": self.last_message_id,
            "facts": [[f.kind, f.value] for f in self.facts],
            "notes": [[n.order, n.speaker, n.text, n.score] for n in self.notes],
            "language": self.language,
            "last_intent": self.last_intent,
            "language_votes": self.language_votes,
            "customer_spoke": self.customer_spoke,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConversationState:
        return cls(
            conversation_id=data["conversation_id"],
            last_message_id=data["last_message_id"],
            facts=[Fact(kind, value) for kind, value in data["facts"]],
            notes=[Note(order, speaker, text, score) for order, speaker, text, score in data["notes"]],
            language=data["language"],
            last_intent=data["last_intent"],
            language_votes=dict(data["language_votes"]),
            customer_spoke=data["customer_spoke"],
            source="cache",
        )


def _language_votes(text: str) -> Counter:
    words = [w.lower() for w in _WORD.findall(text)]
    votes: Counter = Counter()
    for lang, stopwords in _STOPWORD_SETS.items():
        hits = sum(1 for w in words if w in stopwords)
        if hits:
            votes[lang] = hits
    return votes


def _leading_language(votes: dict[str, int], current: str) -> str:
    best = max(votes.values())
    leaders = sorted(lang for lang, n in votes.items() if n == best)
    if current in leaders:
        return current  # a tie keeps what we had
    return leaders[0] if len(leaders) == 1 else current


def _guess_intent(text: str) -> str:
    for intent, pattern in _INTENT_KEYWORDS:
        if pattern.search(text):
            return intent
    return ""


def _messages_after(conversation_id: Any, after_id: int, through_id: int | None = None) -> list[tuple]:
    rows = Message.objects.filter(conversation_id=conversation_id, id__gt=after_id).exclude(
        role=Message.Role.SYSTEM
    )
    if through_id is not None:
        rows = rows.filter(id__lte=through_id)
    # A plain list, not .iterator(): server-side cursors do not survive transaction-pooling proxies.
    return list(rows.order_by("id").values_list("id", "role", "text"))


def rebuild_state(conversation_id: Any, *, through_message_id: int | None = None) -> ConversationState:
    """The state from the conversation's messages alone (every message, one query); up to
    `through_message_id` when given (the state as a past run saw it: tracing.replay)."""
    state = ConversationState(conversation_id=str(conversation_id))
    for message_id, role, text in _messages_after(conversation_id, 0, through_message_id):
        state.fold(message_id, role, text)
        if role == Message.Role.CUSTOMER:
            state.last_intent = _guess_intent(text) or state.last_intent
    return state


def _read_cache(conversation_id: Any) -> ConversationState | None:
    try:
        data = cache.get(cache_key(conversation_id))
    except Exception:  # a cache outage costs a rebuild, never an answer
        logger.warning("conversation state: cache read failed, rebuilding from the database", exc_info=True)
        return None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
        return None
    try:
        return ConversationState.from_dict(data)
    except (KeyError, TypeError, ValueError):
        logger.warning("conversation state: unreadable cache entry for %s, rebuilding", conversation_id)
        return None


def _write_cache(state: ConversationState) -> None:
    try:
        cache.set(cache_key(state.conversation_id), state.to_dict(), timeout=ttl_seconds())
    except Exception:  # the next read rebuilds it
        logger.warning("conversation state: cache write failed", exc_info=True)


def get_state(conversation_id: Any) -> ConversationState:
    """The conversation's state: from the cache, or rebuilt from the database (and cached) when it is
    missing or expired. Does not catch up with messages added since it was cached: `update_state`."""
    state = _read_cache(conversation_id)
    if state is None:
        state = rebuild_state(conversation_id)
        _write_cache(state)
    return state


def update_state(
    conversation_id: Any,
    *,
    through_message_id: int | None = None,
    last_intent: str | None = None,
    language: str | None = None,
) -> ConversationState:
    """Bring the state up to date and store it with a fresh TTL: fold the conversation's messages after
    the state's last one (up to `through_message_id`, if given), then apply what the router decided.

    One query when the state is cached; a rebuild when it is not. Sync (ORM): call it where the run is
    loaded, or through `sync_to_async`."""
    state = _read_cache(conversation_id)
    if state is None:
        state = rebuild_state(conversation_id)
    else:
        for message_id, role, text in _messages_after(
            conversation_id, state.last_message_id, through_message_id
        ):
            state.fold(message_id, role, text)
    if last_intent is not None:
        state.last_intent = last_intent
    if language:
        state.language = language
    _write_cache(state)
    return state


def forget_state(conversation_id: Any) -> None:
    """Drop the cached state (it is rebuilt on next use): after messages were edited or erased."""
    try:
        cache.delete(cache_key(conversation_id))
    except Exception:
        logger.warning("conversation state: cache delete failed", exc_info=True)
