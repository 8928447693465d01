"""Agent definitions in Python, and the registry the runtime loads them from.

An agent module (listed in settings.HANDRAIL_AGENT_MODULES) calls `register_agent(AgentDefinition(...))`
at import time; `AgentsConfig.ready()` imports every listed module, so a bad module stops start-up
with its own error instead of failing on the first customer message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import import_module
from typing import Any

from django.conf import settings

from agents.errors import RunError
from agents.guards.config import GuardSettings
from agents.providers.base import ToolSpec
from agents.tools.base import Tool


@dataclass(frozen=True)
class Limits:
    """Hard limits per run. Reaching one ends the run as `limit_exceeded` with a handoff."""

    max_steps: int = 12  # model + tool steps; a focused executor answers in 3-6
    max_tokens: int = 60_000  # input + output over the run
    max_seconds: float = 120.0  # active wall-clock, summed over resumes
    max_cost_usd: Decimal = Decimal("0.50")
    # The same tool with the same arguments this many times ends the run as `looping`.
    loop_repeats: int = 3


@dataclass(frozen=True)
class CannedTemplate:
    """A fixed answer served when every provider is down, for messages matching `pattern`."""

    name: str
    pattern: str  # regular expression, case-insensitive
    text: str

    def matches(self, message: str) -> bool:
        return re.search(self.pattern, message, re.IGNORECASE) is not None


@dataclass
class AgentDefinition:
    name: str
    description: str
    system_prompt: str
    tools: list[Tool] = field(default_factory=list)
    # None: the deployment's HANDRAIL_MODEL_CHAIN.
    model_chain: list[str] | None = None
    limits: Limits = field(default_factory=Limits)
    fallback_templates: list[CannedTemplate] = field(default_factory=list)
    # A desk: a router picks, per customer message, the executor agent that handles the turn.
    # An agent with a router has no tools of its own (the router never calls tools).
    router: Any = None
    # Per model tier ("cheap" / "standard" / "strong"), the chain to use; missing tiers use `chain()`.
    model_tiers: dict[str, list[str]] = field(default_factory=dict)
    # What an off-topic message is told, by language; "en" is the fallback.
    decline_messages: dict[str, str] = field(
        default_factory=lambda: {
            "en": "I can help with orders, returns and refunds, your account and our help centre. "
            "What can I do for you?"
        }
    )
    handoff_message: str = (
        "I'm sorry, I can't answer this right now. A person from our team will take over this "
        "conversation (ticket {ticket})."
    )
    # Said when the customer asked for a person (no apology: nothing went wrong).
    human_requested_message: str = (
        "Of course. A person from our team will take over this conversation (ticket {ticket}). They will "
        "see everything written here so far."
    )
    # Said instead of escalating again for the reason a person just handed the conversation back for.
    rephrase_message: str = (
        "I'm sorry, I couldn't work that out. Could you tell me again in other words what you need?"
    )
    # Input and output guards, semantic cache and this agent's budget (agents.guards). For a desk, the
    # desk's settings apply to every turn; an executor's `output` and `cache` settings apply to its answers.
    guard: GuardSettings = field(default_factory=GuardSettings)
    # The feature tag its model calls are costed under (tracing.LLMCall.feature); empty: the agent's name.
    feature: str = ""

    def __post_init__(self) -> None:
        names = [t.name for t in self.tools]
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates:
            raise ValueError(f"agent {self.name!r} declares tools twice: {sorted(duplicates)}")
        if self.router is not None and self.tools:
            raise ValueError(f"agent {self.name!r} has a router: its executors hold the tools, not the desk")
        if not re.fullmatch(r"[a-z][a-z0-9_-]{0,63}", self.name):
            raise ValueError(f"agent name {self.name!r} must be lowercase letters, digits, - or _")

    def tool(self, name: str) -> Tool | None:
        return next((t for t in self.tools if t.name == name), None)

    def tool_specs(self) -> list[ToolSpec]:
        return [t.spec() for t in self.tools]

    def chain(self, tier: str | None = None) -> list[str]:
        if tier and tier in self.model_tiers:
            return list(self.model_tiers[tier])
        return list(self.model_chain or settings.HANDRAIL_MODEL_CHAIN)

    def decline_message(self, language: str) -> str:
        return self.decline_messages.get(language) or self.decline_messages["en"]


_REGISTRY: dict[str, AgentDefinition] = {}


def register_agent(definition: AgentDefinition) -> AgentDefinition:
    existing = _REGISTRY.get(definition.name)
    if existing is not None and existing is not definition:
        raise ValueError(f"agent {definition.name!r} is registered twice")
    _REGISTRY[definition.name] = definition
    return definition


def unregister_agent(name: str) -> None:
    """For tests that register throwaway agents."""
    _REGISTRY.pop(name, None)


def get_agent(name: str) -> AgentDefinition:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise RunError(f"no agent named {name!r} is registered", code="unknown_agent") from None


def all_agents() -> list[AgentDefinition]:
    return sorted(_REGISTRY.values(), key=lambda a: a.name)


def load_agent_modules() -> None:
    for module in settings.HANDRAIL_AGENT_MODULES:
        import_module(module)
