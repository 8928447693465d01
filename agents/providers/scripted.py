"""A scripted model for tests and benchmarks: answers come from a registered Python function.

`scripted:<name>` uses the script registered under `<name>`. The built-in `two-tools` script is the
benchmark turn: it calls the first tool, then the second, then answers (3 model calls, 2 tool calls).
`latency` (seconds) is slept per call with asyncio, so a thousand runs wait concurrently.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable

from agents.errors import ProviderError
from agents.providers.base import ModelRequest, ModelResponse, Provider, ToolCallRequest, Usage

Script = Callable[[ModelRequest], ModelResponse]
SCRIPTS: dict[str, Script] = {}
LATENCY: dict[str, float] = {}


def register_script(name: str, script: Script, *, latency: float = 0.0) -> None:
    SCRIPTS[name] = script
    LATENCY[name] = latency


def turn_tool_results(request: ModelRequest) -> int:
    count = 0
    for message in reversed(request.messages):
        if message.role == "user":
            break
        if message.role == "tool":
            count += 1
    return count


def reply(
    request: ModelRequest, text: str = "", calls: list[tuple[str, dict]] | None = None
) -> ModelResponse:
    tool_calls = []
    for position, (name, arguments) in enumerate(calls or []):
        seed = f"{len(request.messages)}:{position}:{name}".encode()
        call_id = "call_" + hashlib.sha256(seed).hexdigest()[:12]
        tool_calls.append(ToolCallRequest(id=call_id, name=name, arguments=arguments))
    chars = len(request.system) + sum(len(m.content) for m in request.messages)
    return ModelResponse(
        text=text,
        tool_calls=tool_calls,
        usage=Usage(input_tokens=chars // 4 + 1, output_tokens=len(text) // 4 + 1),
        model=request.model,
        provider="scripted",
        stop_reason="tool_use" if tool_calls else "end_turn",
    )


def two_tools(request: ModelRequest) -> ModelResponse:
    done = turn_tool_results(request)
    if done == 0 and request.tools:
        return reply(request, "Let me look that up.", [(request.tools[0].name, {"order_id": 1234})])
    if done == 1 and len(request.tools) > 1:
        return reply(request, "", [(request.tools[1].name, {"order_id": 1234})])
    return reply(request, "Your order 1234 shipped yesterday and arrives Friday.")


register_script("two-tools", two_tools)


class ScriptedProvider(Provider):
    kind = "scripted"
    label = "Scripted model (tests and benchmarks)"

    async def complete(self, request: ModelRequest) -> ModelResponse:
        name = self.model.split("@", 1)[0]
        script = SCRIPTS.get(name)
        if script is None:
            raise ProviderError(f"no script named {name!r}", code="not_found", retryable=False)
        latency = LATENCY.get(name, 0.0)
        if latency:
            await asyncio.sleep(latency)
        response = script(request)
        response.model = self.model
        return response
