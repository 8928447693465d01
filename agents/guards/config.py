"""Per-agent guard settings, declared in code on the `AgentDefinition` (`guard=GuardSettings(...)`).

Every field has a default that suits a customer-support agent, so an agent that says nothing is guarded.
The console's settings page will edit the same shapes later; until then, code is the one source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from agents.guards.base import CheckConfig

#: Commitments a support bot must never make on its own, matched by meaning (`agents.guards.output`).
DEFAULT_COMMITMENTS: tuple[str, ...] = (
    "We will give you a full refund.",
    "I guarantee your order will arrive tomorrow.",
    "You will get compensation for this.",
    "I have cancelled your order.",
    "We will waive the fee.",
    "You will get a discount on your next order.",
    "I promise this will never happen again.",
    "Your account has been credited.",
)


@dataclass(frozen=True)
class OutputSettings:
    enabled: bool = True
    checks: dict[str, CheckConfig] = field(default_factory=dict)
    # What the business cannot promise; a reply that means one of these is repaired or replaced.
    commitments: tuple[str, ...] = DEFAULT_COMMITMENTS
    # Sent instead of a reply that failed and could not be repaired.
    safe_answer: str = (
        "I'm sorry, I can't give you a reliable answer to that here. A person from our team can help: "
        "just ask for one."
    )
    # Which tools, having succeeded in this run, turn a commitment into a fact ("Refunded $40" after
    # refund_order ran). None: agents.guards.output.DEFAULT_BACKERS.
    commitment_backers: dict[str, tuple[str, ...]] | None = None
    # The answers' format, when the agent must answer in JSON: a JSON schema (dict) or a pydantic model
    # class. None: free text, no format check.
    answer_schema: Any = None
    # A reply that passed every check but whose confidence (agents.guards.output) is below this is not
    # sent as it is: `low_confidence_action` ("repair", "replace" or "escalate"). 0: never.
    min_confidence: float = 0.0
    low_confidence_action: str = "escalate"


@dataclass(frozen=True)
class CacheSettings:
    enabled: bool = True
    # Cosine at or above which a cached question counts as the same question. Calibrated for
    # all-MiniLM-L6-v2 on bench/data/paraphrases.jsonl (bench/semantic_cache.py): in English no answer went
    # to a question of another meaning from 0.90 up (one at 0.88); 0.92 keeps a margin above that for
    # questions the set lacks, and still serves 83% of near-verbatim repeats (typos, greetings). Rephrased
    # questions mostly score below any safe threshold with this model (2% served at 0.92, 5% at 0.90).
    # Semantic matching is for English only (agents.guards.cache.SEMANTIC_LANGUAGES); see docs/benchmarks.md.
    threshold: float = 0.92
    ttl_seconds: int = 24 * 3600
    # Intents whose answers may be cached (a desk's router intents). Empty: nothing is cached.
    # Personalised intents (an order's status, the customer's account) must never be listed.
    intents: tuple[str, ...] = ()


@dataclass(frozen=True)
class GuardSettings:
    enabled: bool = True
    # Per check name: enable, threshold, action (see each check's defaults in agents.guards.*).
    checks: dict[str, CheckConfig] = field(default_factory=dict)
    # Messages longer than this are refused before any other check (characters, after normalisation).
    max_chars: int = 4000
    # ISO 639-1 codes the agent answers in; empty: any language. Others get a polite answer in their
    # language ("refuse") or go to a person ("escalate").
    allowed_languages: tuple[str, ...] = ()
    other_language_action: str = "refuse"
    # Personal data replaced by placeholders before the model; tools get the real values back.
    redact_pii: bool = True
    # The optional third layer of injection detection: ask the agent's model chain (costs a call).
    model_injection_check: bool = False
    # Daily budget for this agent in USD (None: HANDRAIL_BUDGET_AGENT_DAILY_USD; 0: no budget).
    agent_daily_budget_usd: Decimal | None = None
    output: OutputSettings = field(default_factory=OutputSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)

    def check_config(self, name: str) -> CheckConfig:
        return self.checks.get(name) or CheckConfig()


DEFAULT_GUARD = GuardSettings()
