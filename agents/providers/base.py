"""The provider contract: one interface for every model backend.

A provider turns a `ModelRequest` (system prompt, provider-neutral messages, tool specs) into a
`ModelResponse` (text and/or tool calls, token usage, the raw body for the record). It must:

* translate every failure into `ProviderError` with the right `code`, `retryable` and, when the
  server sent one, `retry_after` in seconds; never let an SDK exception escape;
* not retry on its own (SDK clients are built with `max_retries=0`): the fallback chain owns
  retries, Retry-After, circuit breaking and falling back;
* honour `request.timeout` per call;
* parse tool-call arguments leniently (JSON, then repaired JSON); arguments that still cannot be
  parsed are reported on the call (`arguments_error`) so the model gets a typed error back, not a crash;
* in `stream()`, yield `StreamEvent("text", ...)` deltas then exactly one `StreamEvent("done",
  response=...)`; a stream that ends early raises `ProviderError(code="truncated_stream")`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal

from json_repair import repair_json

from agents.errors import ProviderError

Role = Literal["user", "assistant", "tool"]


@dataclass(frozen=True)
class ToolSpec:
    """What a model is told about a tool: its name, what it does, and its JSON schema."""

    name: str
    description: str
    input_schema: dict[str, Any]


@dataclass
class ToolCallRequest:
    """A tool call the model asked for. `id` is the provider's call id (stable across resume)."""

    id: str
    name: str
    arguments: dict[str, Any]
    arguments_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "arguments": self.arguments,
            "arguments_error": self.arguments_error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ToolCallRequest:
        return cls(
            id=data["id"],
            name=data["name"],
            arguments=data.get("arguments") or {},
            arguments_error=data.get("arguments_error"),
        )


@dataclass
class ChatMessage:
    """A provider-neutral message.

    user: `content` from the customer (or a human agent's relayed text).
    assistant: `content` text and/or `tool_calls`.
    tool: the result of one call: `tool_call_id`, `name`, `content` (JSON text), `is_error`.
    """

    role: Role
    content: str = ""
    tool_calls: list[ToolCallRequest] = field(default_factory=list)
    tool_call_id: str | None = None
    name: str | None = None
    is_error: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "content": self.content,
            "tool_calls": [c.to_dict() for c in self.tool_calls],
            "tool_call_id": self.tool_call_id,
            "name": self.name,
            "is_error": self.is_error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChatMessage:
        return cls(
            role=data["role"],
            content=data.get("content") or "",
            tool_calls=[ToolCallRequest.from_dict(c) for c in data.get("tool_calls") or []],
            tool_call_id=data.get("tool_call_id"),
            name=data.get("name"),
            is_error=bool(data.get("is_error")),
        )


@dataclass
class ModelRequest:
    model: str
    system: str
    messages: list[ChatMessage]
    tools: list[ToolSpec] = field(default_factory=list)
    temperature: float = 0.0  # decisions are made here: deterministic by default
    max_tokens: int = 1024
    timeout: float = 30.0
    # Non-binding hints from the runtime. LLM providers ignore them; the offline demo model uses
    # "normalised_text" (the router's English reading of the customer's message: SMS-speak and
    # other languages mapped) to choose a tool, as a language model would understand the original,
    # and "language" (ISO 639-1, the router's detection) to answer in the customer's language.
    hints: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The full request as stored on the LLM call record."""
        return {
            "model": self.model,
            "system": self.system,
            "messages": [m.to_dict() for m in self.messages],
            # Names only: the schemas are fixed by the agent's code and prompt version, and copying
            # them into every call record was a third of the runtime's CPU per turn.
            "tools": [t.name for t in self.tools],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }


@dataclass
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cached_input_tokens: int = 0


@dataclass
class ModelResponse:
    text: str
    tool_calls: list[ToolCallRequest]
    usage: Usage
    model: str
    provider: str
    stop_reason: str = "end_turn"
    raw: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "tool_calls": [c.to_dict() for c in self.tool_calls],
            "stop_reason": self.stop_reason,
            "model": self.model,
            "provider": self.provider,
            "raw": self.raw,
        }


@dataclass
class StreamEvent:
    kind: Literal["text", "done"]
    text: str = ""
    response: ModelResponse | None = None


def parse_tool_arguments(raw: str | dict | None) -> tuple[dict[str, Any], str | None]:
    """Parse a model's tool arguments: JSON first, repaired JSON second.

    Returns (arguments, error). A result that is not a JSON object is an error, not a guess.
    """
    if raw is None or raw == "":
        return {}, None
    if isinstance(raw, dict):
        return raw, None
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        try:
            value = repair_json(raw, return_objects=True)
        except Exception as exc:  # json_repair raises assorted errors on garbage
            return {}, f"arguments are not valid JSON: {exc}"
    if not isinstance(value, dict):
        return {}, f"arguments must be a JSON object, got {type(value).__name__}: {str(raw)[:200]}"
    return value, None


class Provider:
    """Base class for model providers. See the module docstring for the contract."""

    #: registry key, e.g. "anthropic"
    kind: str = ""
    #: shown to people (the console labels the offline model as such)
    label: str = ""

    def __init__(self, model: str) -> None:
        self.model = model

    @property
    def key(self) -> str:
        """Identity for circuit breaking: one breaker per provider endpoint and model."""
        return f"{self.kind}:{self.model}"

    async def complete(self, request: ModelRequest) -> ModelResponse:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Release connections. Providers without any have nothing to do."""

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamEvent]:
        """Default: no real streaming; one text event with the whole answer, then done."""
        response = await self.complete(request)
        if response.text:
            yield StreamEvent("text", text=response.text)
        yield StreamEvent("done", response=response)


# A local or simulated server (Ollama, vLLM, the test simulator) may need no key, but the SDKs
# refuse to start without one.
PLACEHOLDER_API_KEY = "handrail-no-key"  # noqa: S105 - not a secret, a stand-in


class SDKProvider(Provider):
    """A provider that talks through an official SDK's async client.

    The client's connection pool belongs to one event loop, so a provider used from a new loop (a
    worker running each task in `asyncio.run`) gets a new client. Subclasses implement
    `_build_client()` (raising ProviderError when credentials are missing).
    """

    def __init__(self, model: str) -> None:
        super().__init__(model)
        self._client: Any = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    def _build_client(self) -> Any:
        raise NotImplementedError

    def _get_client(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            self._client = self._build_client()
            self._client_loop = loop
        return self._client

    async def aclose(self) -> None:
        """Close the SDK client's connections (if it was built on the running loop)."""
        client, self._client = self._client, None
        if client is not None and self._client_loop is asyncio.get_running_loop():
            await client.close()
        self._client_loop = None


__all__ = [
    "SDKProvider",
    "ChatMessage",
    "ModelRequest",
    "ModelResponse",
    "Provider",
    "ProviderError",
    "StreamEvent",
    "ToolCallRequest",
    "ToolSpec",
    "Usage",
    "parse_tool_arguments",
]
