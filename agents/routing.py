"""The router of the router-executor pattern: one cheap classification per customer message.

Contract (the lead's runtime calls this; the implementation is filled in by the routing work):
`Router.route(text, history)` returns a validated `RouteDecision` and never raises: a malformed
model answer is retried, then replaced by the safe default (`default_intent`, confidence 0).
The router never calls tools.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Tier = Literal["cheap", "standard", "strong"]


@dataclass(frozen=True)
class IntentSpec:
    name: str  # e.g. "orders"
    description: str  # what the intent covers, in a customer's terms
    executor: str | None  # name of the executor agent that handles it; None: no executor (see below)
    examples: tuple[str, ...] = ()  # a few phrasings; prototypes for the offline classifier
    tier: Tier = "standard"
    # Intents without an executor end the turn: "human" escalates, "off_topic" answers politely.
    action: Literal["execute", "escalate", "decline"] = "execute"


@dataclass
class RouteDecision:
    intent: str
    confidence: float  # 0..1
    language: str  # ISO 639-1, e.g. "en", "es"
    needs_retrieval: bool
    tier: Tier
    source: Literal["model", "offline", "default"]
    raw: dict[str, Any] = field(default_factory=dict)  # what the classifier saw and scored, for the trace

    def to_payload(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "confidence": self.confidence,
            "language": self.language,
            "needs_retrieval": self.needs_retrieval,
            "tier": self.tier,
            "source": self.source,
            "raw": self.raw,
        }
