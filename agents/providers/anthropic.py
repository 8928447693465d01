"""The Anthropic Messages API through the official SDK.

Configured by ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL (a proxy, or the simulator in tests).
Usage: `input_tokens` counts every prompt token, cache reads and writes included (Anthropic reports
them apart); `cached_input_tokens` is the part read from the cache.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import anthropic
from anthropic.types import Message
from django.conf import settings

from agents.errors import ProviderError
from agents.providers.base import (
    PLACEHOLDER_API_KEY,
    ChatMessage,
    ModelRequest,
    ModelResponse,
    SDKProvider,
    StreamEvent,
    ToolCallRequest,
    Usage,
    parse_tool_arguments,
)
from agents.providers.errors_mapping import next_stream_item, provider_error, sdk_failures, truncated_stream


def to_anthropic_messages(messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """Provider-neutral messages -> Anthropic `messages`.

    Tool results become `tool_result` blocks in a user turn; consecutive user-side messages (tool
    results, then perhaps the customer's next words) share one user turn, results first, as the API
    requires after an assistant turn with several tool calls.
    """
    turns: list[dict[str, Any]] = []
    for message in messages:
        if message.role == "assistant":
            blocks: list[dict[str, Any]] = []
            if message.content:
                blocks.append({"type": "text", "text": message.content})
            blocks.extend(
                {"type": "tool_use", "id": call.id, "name": call.name, "input": call.arguments}
                for call in message.tool_calls
            )
            if blocks:  # the API refuses an empty assistant turn
                turns.append({"role": "assistant", "content": blocks})
            continue
        if message.role == "tool":
            block: dict[str, Any] = {
                "type": "tool_result",
                "tool_use_id": message.tool_call_id,
                "content": message.content,
                "is_error": message.is_error,
            }
        else:
            block = {"type": "text", "text": message.content}
        if turns and turns[-1]["role"] == "user":
            turns[-1]["content"].append(block)
        else:
            turns.append({"role": "user", "content": [block]})
    for turn in turns:
        # A lone text block is sent as a plain string, the API's common form.
        content = turn["content"]
        if turn["role"] == "user" and len(content) == 1 and content[0]["type"] == "text":
            turn["content"] = content[0]["text"]
    return turns


class AnthropicProvider(SDKProvider):
    kind = "anthropic"
    label = "Anthropic"

    def _build_client(self) -> anthropic.AsyncAnthropic:
        api_key = settings.ANTHROPIC_API_KEY
        base_url = settings.ANTHROPIC_BASE_URL
        if not api_key and not base_url:
            raise ProviderError(
                "Anthropic is not configured: set ANTHROPIC_API_KEY "
                "(or ANTHROPIC_BASE_URL for a proxy or simulated server)",
                code="auth",
                retryable=False,
            )
        return anthropic.AsyncAnthropic(
            api_key=api_key or PLACEHOLDER_API_KEY,
            base_url=base_url or None,
            # Retries, Retry-After and fallback belong to the fallback chain, not the SDK.
            max_retries=0,
            timeout=float(settings.HANDRAIL_PROVIDER_TIMEOUT_SECONDS),
            # The SDK's default client closes itself on garbage collection by scheduling a task on
            # whatever loop is running then; after a loop switch that is the wrong loop, and the
            # close fails noisily. This one (same defaults) is closed by `aclose()` instead.
            http_client=anthropic.DefaultAsyncHttpxClient(),
        )

    def _params(self, request: ModelRequest) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": request.model or self.model,
            "max_tokens": request.max_tokens,
            "messages": to_anthropic_messages(request.messages),
            # No temperature: API version 2026-10-21 (what SDK 2.x sends) refuses temperature, top_p
            # and top_k with a 400 even at their defaults, and the SDK no longer has the parameters.
            "timeout": request.timeout,
        }
        if request.system:
            params["system"] = request.system
        if request.tools:
            params["tools"] = [
                {"name": t.name, "description": t.description, "input_schema": t.input_schema}
                for t in request.tools
            ]
        return params

    async def complete(self, request: ModelRequest) -> ModelResponse:
        client = self._get_client()
        try:
            async with asyncio.timeout(request.timeout):
                message = await client.messages.create(**self._params(request))
        except sdk_failures(anthropic) as exc:
            raise provider_error(exc, sdk=anthropic, provider=self.label) from exc
        if not isinstance(message, Message):
            raise ProviderError(
                f"{self.label} sent a response that is not a message: {str(message)[:200]}",
                code="malformed_response",
                retryable=False,
                status=200,
            )
        # warnings=False: a tool input that is not an object (a broken model answer) is kept as sent,
        # for parse_tool_arguments to judge, instead of warning about the type.
        raw = message.to_dict(mode="json", warnings=False)
        return self._response(raw)

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamEvent]:
        """Stream with the SDK's raw events, assembling the message here.

        Not `messages.stream()`: its accumulator parses tool input JSON as it arrives and raises on
        a malformed argument string, which must reach the model as `arguments_error` instead.
        """
        client = self._get_client()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + request.timeout
        try:
            async with asyncio.timeout(request.timeout):
                events = await client.messages.create(**self._params(request), stream=True)
        except sdk_failures(anthropic) as exc:
            raise provider_error(exc, sdk=anthropic, provider=self.label) from exc
        message = _MessageAssembler()
        iterator = aiter(events)
        try:
            while True:
                event = await next_stream_item(
                    iterator, deadline=deadline, sdk=anthropic, provider=self.label
                )
                if event is None:
                    break
                try:
                    text = message.add(event)
                except (KeyError, IndexError, TypeError, AttributeError) as exc:
                    raise ProviderError(
                        f"{self.label} sent a stream event without the expected fields: {exc!r}",
                        code="malformed_response",
                        retryable=False,
                        status=200,
                    ) from exc
                if text:
                    yield StreamEvent("text", text=text)
        finally:
            await events.close()
        if not message.stopped:
            raise truncated_stream(self.label, f"no message_stop after {message.event_count} events")
        yield StreamEvent("done", response=self._response(message.raw()))

    def _response(self, raw: dict[str, Any]) -> ModelResponse:
        """A ModelResponse from a message in the API's JSON shape (as received, or as assembled)."""
        try:
            texts: list[str] = []
            calls: list[ToolCallRequest] = []
            for block in raw["content"]:
                if block["type"] == "text":
                    texts.append(block["text"])
                elif block["type"] == "tool_use":
                    arguments, error = parse_tool_arguments(block.get("input"))
                    calls.append(
                        ToolCallRequest(
                            id=block["id"], name=block["name"], arguments=arguments, arguments_error=error
                        )
                    )
            usage = raw.get("usage") or {}
            cache_read = usage.get("cache_read_input_tokens") or 0
            cache_write = usage.get("cache_creation_input_tokens") or 0
            return ModelResponse(
                text="".join(texts),
                tool_calls=calls,
                usage=Usage(
                    input_tokens=(usage.get("input_tokens") or 0) + cache_read + cache_write,
                    output_tokens=usage.get("output_tokens") or 0,
                    cached_input_tokens=cache_read,
                ),
                model=raw.get("model") or self.model,
                provider=self.kind,
                stop_reason=raw.get("stop_reason") or "end_turn",
                raw=raw,
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ProviderError(
                f"{self.label} sent a message without the expected fields: {exc!r}",
                code="malformed_response",
                retryable=False,
                status=200,
            ) from exc


class _MessageAssembler:
    """Builds the final message (in the API's JSON shape) from raw stream events."""

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}
        self.tool_inputs: dict[int, list[str]] = {}
        self.stopped = False
        self.event_count = 0

    def add(self, event: Any) -> str:
        """Take one event; return the text it adds to the answer ("" for most events)."""
        self.event_count += 1
        kind = getattr(event, "type", None)
        if kind == "message_start":
            self.message = event.message.to_dict(mode="json", warnings=False)
            self.message["content"] = []
        elif kind == "content_block_start":
            self.blocks[event.index] = event.content_block.to_dict(mode="json", warnings=False)
            if self.blocks[event.index].get("type") == "tool_use":
                self.tool_inputs[event.index] = []
        elif kind == "content_block_delta":
            block = self.blocks.get(event.index)
            delta = event.delta
            if block is None:
                raise ProviderError(
                    f"Anthropic stream sent a delta for unknown block {event.index}",
                    code="malformed_response",
                    retryable=False,
                    status=200,
                )
            if delta.type == "text_delta" and block.get("type") == "text":
                block["text"] = block.get("text", "") + delta.text
                return delta.text
            if delta.type == "input_json_delta" and event.index in self.tool_inputs:
                self.tool_inputs[event.index].append(delta.partial_json)
        elif kind == "message_delta":
            self.message["stop_reason"] = event.delta.stop_reason
            self.message["stop_sequence"] = event.delta.stop_sequence
            usage = self.message.setdefault("usage", {})
            # Counts on message_delta are cumulative: they replace, and absent ones keep the start's.
            for name, value in event.usage.to_dict(mode="json", warnings=False).items():
                if value is not None:
                    usage[name] = value
        elif kind == "message_stop":
            self.stopped = True
        return ""

    def raw(self) -> dict[str, Any]:
        content = []
        for index in sorted(self.blocks):
            block = dict(self.blocks[index])
            if index in self.tool_inputs:
                text = "".join(self.tool_inputs[index])
                try:
                    block["input"] = json.loads(text) if text else {}
                except ValueError:
                    block["input"] = text  # kept as sent; parse_tool_arguments reports or repairs it
            content.append(block)
        return {**self.message, "content": content}
