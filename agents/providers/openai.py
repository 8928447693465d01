"""OpenAI Chat Completions through the official SDK: OpenAI itself, and any server that speaks the
same API (Ollama, vLLM, llama.cpp, LM Studio) behind OPENAI_BASE_URL.

Usage: `input_tokens` is `prompt_tokens` (cached ones included, as OpenAI reports them);
`cached_input_tokens` is `prompt_tokens_details.cached_tokens`.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import openai
from django.conf import settings
from openai.types.chat import ChatCompletion

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

# finish_reason -> the stop_reason vocabulary ModelResponse uses (Anthropic's)
STOP_REASONS = {
    "stop": "end_turn",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "length": "max_tokens",
}


def to_openai_messages(system: str, messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """Provider-neutral messages -> Chat Completions `messages` (tool results as role "tool")."""
    result: list[dict[str, Any]] = [{"role": "system", "content": system}] if system else []
    for message in messages:
        if message.role == "assistant":
            entry: dict[str, Any] = {"role": "assistant", "content": message.content or None}
            if message.tool_calls:
                entry["tool_calls"] = [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.name, "arguments": json.dumps(call.arguments)},
                    }
                    for call in message.tool_calls
                ]
            result.append(entry)
        elif message.role == "tool":
            # No is_error field in this API: the content (ToolError.as_dict() JSON) says it failed.
            result.append({"role": "tool", "tool_call_id": message.tool_call_id, "content": message.content})
        else:
            result.append({"role": "user", "content": message.content})
    return result


class OpenAIProvider(SDKProvider):
    kind = "openai"
    label = "OpenAI"
    #: OpenAI's current models take `max_completion_tokens`; compatible servers know `max_tokens`.
    max_tokens_param = "max_completion_tokens"

    def _credentials(self) -> tuple[str, str | None]:
        """(api key, base URL) from settings; a ProviderError when the provider cannot be used."""
        api_key, base_url = settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL
        if not api_key and not base_url:
            raise ProviderError(
                "OpenAI is not configured: set OPENAI_API_KEY (or OPENAI_BASE_URL for a proxy or "
                "simulated server)",
                code="auth",
                retryable=False,
            )
        return api_key or PLACEHOLDER_API_KEY, base_url or None

    def _build_client(self) -> openai.AsyncOpenAI:
        api_key, base_url = self._credentials()
        return openai.AsyncOpenAI(
            api_key=api_key,
            base_url=base_url,
            # Retries, Retry-After and fallback belong to the fallback chain, not the SDK.
            max_retries=0,
            timeout=float(settings.HANDRAIL_PROVIDER_TIMEOUT_SECONDS),
            # See AnthropicProvider._build_client: a client closed by `aclose()`, not by the GC.
            http_client=openai.DefaultAsyncHttpxClient(),
        )

    def _params(self, request: ModelRequest) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": request.model or self.model,
            "messages": to_openai_messages(request.system, request.messages),
            "temperature": request.temperature,
            self.max_tokens_param: request.max_tokens,
            "timeout": request.timeout,
        }
        if request.tools:  # the API refuses an empty tool list
            params["tools"] = [
                {
                    "type": "function",
                    "function": {"name": t.name, "description": t.description, "parameters": t.input_schema},
                }
                for t in request.tools
            ]
        return params

    async def complete(self, request: ModelRequest) -> ModelResponse:
        client = self._get_client()
        try:
            async with asyncio.timeout(request.timeout):
                completion = await client.chat.completions.create(**self._params(request))
        except sdk_failures(openai) as exc:
            raise provider_error(exc, sdk=openai, provider=self.label) from exc
        if not isinstance(completion, ChatCompletion):
            raise self._malformed(f"not a chat completion: {str(completion)[:200]}")
        raw = completion.to_dict(mode="json", warnings=False)
        try:
            choice = raw["choices"][0]
            message = choice["message"]
            calls = [
                self._tool_call(call["id"], call["function"]["name"], call["function"].get("arguments"))
                for call in message.get("tool_calls") or []
                if call.get("type", "function") == "function"
            ]
            return self._response(
                text=message.get("content") or "",
                calls=calls,
                finish_reason=choice.get("finish_reason"),
                usage=raw.get("usage"),
                model=raw.get("model"),
                raw=raw,
            )
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise self._malformed(f"a completion without the expected fields: {exc!r}") from exc

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamEvent]:
        """Stream chunks, joining text and tool-call argument deltas (by tool-call index).

        Done when a choice carries its finish_reason: the SDK hides `[DONE]`, and a compatible
        server may not send the usage chunk that `include_usage` asks for.
        """
        client = self._get_client()
        deadline = asyncio.get_running_loop().time() + request.timeout
        try:
            async with asyncio.timeout(request.timeout):
                chunks = await client.chat.completions.create(
                    **self._params(request), stream=True, stream_options={"include_usage": True}
                )
        except sdk_failures(openai) as exc:
            raise provider_error(exc, sdk=openai, provider=self.label) from exc
        assembler = _CompletionAssembler()
        iterator = aiter(chunks)
        try:
            while True:
                chunk = await next_stream_item(iterator, deadline=deadline, sdk=openai, provider=self.label)
                if chunk is None:
                    break
                try:
                    text = assembler.add(chunk)
                except (KeyError, IndexError, TypeError, AttributeError) as exc:
                    raise self._malformed(f"a stream chunk without the expected fields: {exc!r}") from exc
                if text:
                    yield StreamEvent("text", text=text)
        finally:
            await chunks.close()
        if assembler.finish_reason is None:
            raise truncated_stream(self.label, f"no finish_reason after {assembler.chunk_count} chunks")
        calls = [
            self._tool_call(call["id"], call["name"], "".join(call["arguments"]))
            for _, call in sorted(assembler.tool_calls.items())
        ]
        raw = assembler.raw(calls)
        yield StreamEvent(
            "done",
            response=self._response(
                text=assembler.text,
                calls=calls,
                finish_reason=assembler.finish_reason,
                usage=assembler.usage,
                model=assembler.model,
                raw=raw,
            ),
        )

    @staticmethod
    def _tool_call(call_id: str | None, name: str, raw_arguments: Any) -> ToolCallRequest:
        arguments, error = parse_tool_arguments(raw_arguments)
        # Some compatible servers omit call ids; the id only has to pair a call with its result.
        return ToolCallRequest(
            id=call_id or f"call_{uuid.uuid4().hex[:24]}",
            name=name,
            arguments=arguments,
            arguments_error=error,
        )

    def _response(
        self,
        *,
        text: str,
        calls: list[ToolCallRequest],
        finish_reason: str | None,
        usage: dict[str, Any] | None,
        model: str | None,
        raw: dict[str, Any],
    ) -> ModelResponse:
        usage = usage or {}
        details = usage.get("prompt_tokens_details") or {}
        return ModelResponse(
            text=text,
            tool_calls=calls,
            usage=Usage(
                input_tokens=usage.get("prompt_tokens") or 0,
                output_tokens=usage.get("completion_tokens") or 0,
                cached_input_tokens=details.get("cached_tokens") or 0,
            ),
            model=model or self.model,
            provider=self.kind,
            stop_reason=STOP_REASONS.get(finish_reason or "stop", finish_reason or "end_turn"),
            raw=raw,
        )

    def _malformed(self, detail: str) -> ProviderError:
        return ProviderError(
            f"{self.label} sent {detail}", code="malformed_response", retryable=False, status=200
        )


class OpenAICompatibleProvider(OpenAIProvider):
    """A self-hosted OpenAI-compatible server (Ollama, vLLM, llama.cpp): OPENAI_BASE_URL is required,
    the key is optional."""

    kind = "openai-compatible"
    label = "OpenAI-compatible server"
    max_tokens_param = "max_tokens"

    def _credentials(self) -> tuple[str, str | None]:
        base_url = settings.OPENAI_BASE_URL
        if not base_url:
            raise ProviderError(
                "The OpenAI-compatible provider needs OPENAI_BASE_URL, the server's /v1 URL "
                "(e.g. http://localhost:11434/v1 for Ollama)",
                code="provider_config",
                retryable=False,
            )
        return settings.OPENAI_API_KEY or PLACEHOLDER_API_KEY, base_url


class _CompletionAssembler:
    """Joins streamed chunks into the final answer, keeping the parts a ModelResponse needs."""

    def __init__(self) -> None:
        self.text_parts: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None
        self.model: str | None = None
        self.completion_id: str | None = None
        self.chunk_count = 0

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def add(self, chunk: Any) -> str:
        """Take one chunk; return the text it adds."""
        self.chunk_count += 1
        self.completion_id = self.completion_id or chunk.id
        self.model = self.model or chunk.model
        if chunk.usage is not None:
            self.usage = chunk.usage.to_dict(mode="json", warnings=False)
        text = ""
        for choice in chunk.choices or []:
            if choice.index not in (0, None):
                continue  # n=1 is all we ask for; ignore any extra choices a server sends
            delta = choice.delta
            if delta is not None and delta.content:
                text += delta.content
            for position, call in enumerate((delta.tool_calls if delta is not None else None) or []):
                index = call.index if call.index is not None else position
                entry = self.tool_calls.setdefault(index, {"id": None, "name": "", "arguments": []})
                entry["id"] = entry["id"] or call.id
                if call.function is not None:
                    # The name comes once, in the call's first delta; the arguments come in pieces.
                    entry["name"] = entry["name"] or call.function.name or ""
                    if call.function.arguments:
                        entry["arguments"].append(call.function.arguments)
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason
        self.text_parts.append(text)
        return text

    def raw(self, calls: list[ToolCallRequest]) -> dict[str, Any]:
        """The assembled completion, in the shape of a non-streamed `chat.completion`."""
        message: dict[str, Any] = {"role": "assistant", "content": self.text or None}
        if self.tool_calls:
            message["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": "".join(entry["arguments"])},
                }
                for call, (_, entry) in zip(calls, sorted(self.tool_calls.items()), strict=True)
            ]
        return {
            "id": self.completion_id,
            "object": "chat.completion",
            "model": self.model,
            "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}],
            "usage": self.usage,
        }
