"""Extractive summaries of older turns: keep the sentences that carry facts and decisions, drop the rest.

No model call: a summary is needed on the hot path, offline, and must be deterministic (the same turns
give the same summary, so the prompt prefix stays cacheable). A sentence scores for numbers, e-mails,
amounts and identifiers, for names, and for words of decisions and commitments ("refund", "cancel",
"will", "approved"); greetings and thanks score nothing and are dropped. Over its budget a summary
drops its lowest-scoring sentences first, older before newer at equal score, and keeps the rest in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from agents.tokens import count_tokens

#: A kept sentence is cut to this many characters: one rambling sentence must not fill the summary.
MAX_SENTENCE_CHARS = 240

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_DIGIT = re.compile(r"\d")
_IDENTIFIER = re.compile(r"[#@$€£¥%]|\b[A-Z]{2,}[-\d]|\b\w+-\d")
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}")  # a capitalised word inside a sentence
_DECISION = re.compile(
    r"\b(?:refund\w*|return\w*|cancel\w*|replace\w*|exchange\w*|ship\w*|deliver\w*|escalat\w*|ticket|"
    r"approv\w*|reject\w*|confirm\w*|agree\w*|decid\w*|will|won't|can't|cannot|must|need\w*|want\w*|"
    r"prefer\w*|address|charged?|price|discount|wrong|damaged|broken|missing|late|never|complain\w*|"
    r"instead|please|asap|urgent\w*|change\w*|deadline|arriv\w*|delay\w*|lost|where|when)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^(?:hi|hello|hey|thanks?(?: you)?(?: so much| a lot)?|thank you|ok(?:ay)?|great|perfect|sure|yes|no|"
    r"cool|got it|alright|bye|good(?:bye| morning| afternoon| evening)?|you're welcome|no problem)"
    r"[\s!.,]*$",
    re.IGNORECASE,
)

#: The customer's first message usually states what the whole conversation is about.
OPENING_BONUS = 3

ROLE_LABELS = {"user": "customer", "assistant": "assistant", "customer": "customer", "human_agent": "agent"}


@dataclass(frozen=True)
class Note:
    """One kept sentence. `order` is its position in the conversation (a message id, or an index)."""

    order: int
    speaker: str
    text: str
    score: int

    def line(self) -> str:
        return f"- {self.speaker}: {self.text}"

    @cached_property
    def tokens(self) -> int:
        """What the line adds to a summary, never less than it really adds: lines are counted one by
        one and joined with line breaks, and a rounding per line plus the break stays within 2."""
        return count_tokens(self.line()) + 2


def score_sentence(sentence: str) -> int:
    if _FILLER.match(sentence):
        return 0
    score = 0
    if _DIGIT.search(sentence):
        score += 2
    if _IDENTIFIER.search(sentence):
        score += 2
    if _NAME.search(sentence):
        score += 1
    if _DECISION.search(sentence):
        score += 2
    return score


def key_sentences(text: str, *, order: int, speaker: str, opening: bool = False) -> list[Note]:
    """The sentences of one message worth keeping (score above zero), cut to MAX_SENTENCE_CHARS.
    `opening`: the customer's first message, whose sentences score OPENING_BONUS more."""
    bonus = OPENING_BONUS if opening else 0
    label = ROLE_LABELS.get(speaker, speaker)
    return [
        Note(order=order, speaker=label, text=t, score=score + bonus) for t, score in _scored_sentences(text)
    ]


@lru_cache(maxsize=4096)
def _scored_sentences(text: str) -> tuple[tuple[str, int], ...]:
    # Cached: the context is rebuilt before every model call from the same earlier messages.
    kept = []
    for sentence in _SENTENCE_END.split(text):
        sentence = " ".join(sentence.split())
        score = score_sentence(sentence) if sentence else 0
        if score == 0:
            continue
        if len(sentence) > MAX_SENTENCE_CHARS:
            sentence = sentence[: MAX_SENTENCE_CHARS - 1].rstrip() + "…"
        kept.append((sentence, score))
    return tuple(kept)


def select_notes(notes: Iterable[Note], max_tokens: int) -> list[Note]:
    """The notes whose lines fit `max_tokens` (by `Note.tokens`), in conversation order. Lowest scores
    go first, older before newer at equal score; a repeated sentence is kept once (its latest)."""
    latest: dict[tuple[str, str], Note] = {}
    for note in notes:
        latest[(note.speaker, note.text)] = note
    kept = sorted(latest.values(), key=lambda n: n.order)
    total = sum(n.tokens for n in kept)
    if total <= max_tokens:
        return kept
    dropped: set[int] = set()
    for note in sorted(kept, key=lambda n: (n.score, n.order)):
        if total <= max_tokens:
            break
        total -= note.tokens
        dropped.add(id(note))
    return [n for n in kept if id(n) not in dropped]


def render(notes: Iterable[Note]) -> str:
    return "\n".join(note.line() for note in notes)
