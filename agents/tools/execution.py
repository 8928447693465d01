"""Running one tool call: validate arguments, enforce the timeout, retry transient failures with
backoff and jitter (tenacity), validate the output and cap its size. Never raises: the outcome is a
`ToolOutcome` whose `result` is what the model sees, typed `{"code","retryable","message"}` on error.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from tenacity import (
    AsyncRetrying,
    RetryError,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from agents.errors import ToolError
from agents.tools.base import Tool, ToolContext


@dataclass
class ToolOutcome:
    result: Any
    is_error: bool
    error_code: str
    attempts: int
    duration_ms: float
    truncated: bool


def validate_arguments(tool: Tool, arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments as the tool's model normalises them; raises ToolError(invalid_arguments)."""
    try:
        return tool.args_model.model_validate(arguments).model_dump(mode="json")
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'arguments'}: {err['msg']}" for err in exc.errors()
        )
        raise ToolError(f"invalid arguments for {tool.name}: {problems}", code="invalid_arguments") from None


def cap_output(value: Any, *, max_items: int, max_chars: int) -> tuple[Any, bool]:
    """Bound what reaches the model: long lists are cut to `max_items` with a count of the rest,
    and anything whose JSON exceeds `max_chars` is replaced by a truncated preview."""
    truncated = False
    if isinstance(value, list) and len(value) > max_items:
        value = {"items": value[:max_items], "truncated": True, "total_items": len(value)}
        truncated = True
    elif isinstance(value, dict):
        capped = {}
        for key, item in value.items():
            if isinstance(item, list) and len(item) > max_items:
                capped[key] = item[:max_items]
                capped[f"{key}_total"] = len(item)
                truncated = True
            else:
                capped[key] = item
        if truncated:
            capped["truncated"] = True
        value = capped
    encoded = json.dumps(value, default=str, ensure_ascii=False)
    if len(encoded) > max_chars:
        value = {"truncated": True, "preview": encoded[:max_chars], "total_chars": len(encoded)}
        truncated = True
    return value, truncated


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, ToolError) and exc.retryable


async def _call_once(tool: Tool, args: Any, ctx: ToolContext) -> Any:
    try:
        if inspect.iscoroutinefunction(tool.fn):
            return await asyncio.wait_for(tool.fn(args, ctx), timeout=tool.timeout)
        # A sync tool runs in a thread; on timeout the thread is abandoned (Python cannot kill
        # it), which is why write tools must be idempotent by key.
        return await asyncio.wait_for(asyncio.to_thread(tool.fn, args, ctx), timeout=tool.timeout)
    except TimeoutError:
        raise ToolError(
            f"{tool.name} timed out after {tool.timeout:g}s", code="timeout", retryable=True
        ) from None
    except (ConnectionError, OSError) as exc:
        raise ToolError(
            f"{tool.name} lost its connection: {exc}", code="connection", retryable=True
        ) from None


async def execute_tool(tool: Tool, arguments: dict[str, Any], ctx: ToolContext) -> ToolOutcome:
    started = time.perf_counter()
    attempts = 0

    def outcome(result: Any, *, code: str = "", truncated: bool = False) -> ToolOutcome:
        return ToolOutcome(
            result=result,
            is_error=bool(code),
            error_code=code,
            attempts=max(attempts, 1),
            duration_ms=(time.perf_counter() - started) * 1000,
            truncated=truncated,
        )

    try:
        clean = validate_arguments(tool, arguments)
        args = tool.args_model.model_validate(clean)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(tool.retry.max_attempts),
            wait=wait_exponential_jitter(
                multiplier=tool.retry.initial_delay, max=tool.retry.max_delay, jitter=tool.retry.jitter
            ),
            retry=retry_if_exception(_is_transient),
            reraise=True,
        )
        result: Any = None
        async for attempt in retrying:
            with attempt:
                attempts = attempt.retry_state.attempt_number
                attempt_ctx = ToolContext(**{**ctx.__dict__, "attempt": attempts})
                result = await _call_once(tool, args, attempt_ctx)
        if tool.output_validator is not None:
            try:
                validated = tool.output_validator(result)
            except (ValueError, TypeError, ValidationError) as exc:
                raise ToolError(
                    f"{tool.name} returned an invalid result: {exc}", code="invalid_output"
                ) from None
            if validated is not None:
                result = validated
        # JSON round trip: what the model sees and what is stored must be the same plain data.
        result = json.loads(json.dumps(result, default=str))
        capped, truncated = cap_output(result, max_items=tool.max_items, max_chars=tool.max_chars)
        return outcome(capped, truncated=truncated)
    except ToolError as exc:
        return outcome(exc.as_dict(), code=exc.code)
    except RetryError as exc:  # pragma: no cover - reraise=True makes tenacity raise the cause
        return outcome(
            {"code": "retry_exhausted", "retryable": False, "message": str(exc)}, code="retry_exhausted"
        )
    except Exception as exc:
        # A bug in a tool is the tool's failure, not the run's: the model hears a typed error.
        error = ToolError(
            f"{tool.name} failed unexpectedly: {type(exc).__name__}: {exc}", code="tool_crashed"
        )
        return outcome(error.as_dict(), code=error.code)
