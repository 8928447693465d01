"""A simulated LLM provider server: the Anthropic Messages API and the OpenAI Chat Completions API,
answered from a script, with faults on demand.

Tests, benchmarks and demos point the official SDKs at it (``ANTHROPIC_BASE_URL=http://host:port``,
``OPENAI_BASE_URL=http://host:port/v1``), so the providers are exercised over real HTTP with the exact
bodies, SSE streams, status codes and headers the real services send, and no model is ever called.

The script
    A list of steps, consumed in order. Each step names the API it is for (``"api"``: ``"anthropic"``,
    ``"openai"`` or ``"any"``, the default); a request takes the first pending step for its API.

    * a response: ``{"text": "...", "tool_calls": [{"name": "lookup", "arguments": {...}}]}``;
      optional ``"usage": {"input_tokens", "output_tokens", "cached_tokens"}`` overrides the counts;
    * ``{"fault": "status", "status": 429, "retry_after": 2, "message": "..."}``: an error response
      with the provider's own error body (``retry_after`` may be seconds or an HTTP date,
      ``retry_after_ms`` sets the ``retry-after-ms`` header);
    * ``{"fault": "timeout", "delay": 5}``: sleep, then answer (the client times out first);
    * ``{"fault": "truncate", "after_events": 3}``: a stream that ends after N events, before its final
      ones (``"abort": true`` drops the connection instead of ending the body); a non-stream request
      gets half its body and a closed connection;
    * ``{"fault": "malformed_tool_args", "name": "lookup", "raw": "{order_id: 12"}``: a tool call whose
      arguments are broken JSON;
    * ``{"fault": "stream_error", "after_events": 2, "status": 529}``: a stream that starts with 200
      and then carries an error (Anthropic's ``event: error``, OpenAI's ``data: {"error": ...}``);
    * ``{"fault": "malformed_body"}``: a 200 whose body (or first stream event) is not JSON.

    Every step may add ``delay_ms`` (before answering) and ``chunk_delay_ms`` (between stream events);
    ``text``/``tool_calls`` on a fault step shape the answer it (partly) delivers. A step with
    ``"repeat": true`` is never consumed. Sticky faults (``set_sticky`` or a step
    ``{"api": "anthropic", "fault": {...}, "repeat": true}``) fail every request to that API until reset.
    With no step pending the answer is ``"Simulated answer to: <last user text>"``.

Token counts are deterministic: ``count_tokens`` is ceil(characters / 4) over the prompt's text.
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

APIS = ("anthropic", "openai", "any")
FAULTS = ("status", "timeout", "truncate", "malformed_tool_args", "stream_error", "malformed_body")
DEFAULT_ANSWER_PREFIX = "Simulated answer to: "
# From this anthropic-version on (the one SDK 2.x sends) the Messages API refuses sampling
# parameters with a 400, even at their default values.
SAMPLING_REMOVED_VERSION = "2026-10-21"

# Seconds a stopping server waits for in-flight requests. Short: a handler still sleeping in a
# "timeout" fault belongs to a client that has already given up.
SHUTDOWN_GRACE_SECONDS = 0.5

# status -> Anthropic error type, as documented at docs.anthropic.com/en/api/errors
ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}
# status -> OpenAI (error.type, error.code)
OPENAI_ERRORS: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("request_forbidden", "unsupported_country_region_territory"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
}
DEFAULT_ERROR_MESSAGES = {
    400: "Simulated invalid request.",
    401: "Simulated invalid API key.",
    403: "Simulated permission error.",
    404: "Simulated model not found.",
    429: "Simulated rate limit reached.",
    500: "Simulated internal server error.",
    503: "Simulated service unavailable.",
    529: "Overloaded",
}

_STEP_KEYS = {"api", "text", "tool_calls", "usage", "delay_ms", "chunk_delay_ms", "repeat"}
_FAULT_KEYS = {
    "status": {"status", "retry_after", "retry_after_ms", "message", "error_type", "code"},
    "timeout": {"delay"},
    "truncate": {"after_events", "abort"},
    "malformed_tool_args": {"name", "raw"},
    "stream_error": {"after_events", "status", "message", "error_type"},
    "malformed_body": set(),
}
_USAGE_KEYS = {"input_tokens", "output_tokens", "cached_tokens"}
_WORD = re.compile(r"\S+\s*|\s+")
# Tool arguments stream in slices this long, so a client must join several deltas per call.
TOOL_ARGUMENT_SLICE = 12


class ScriptError(ValueError):
    """A script step or control request is malformed. The message says which field and why."""


def count_tokens(text: str) -> int:
    """A deterministic token estimate: ceil(characters / 4), the usual rule of thumb for English."""
    return math.ceil(len(text) / 4)


# --- Script validation -----------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_non_negative(step: dict[str, Any], key: str, where: str, *, integer: bool = False) -> None:
    if key not in step:
        return
    value = step[key]
    if integer and (not isinstance(value, int) or isinstance(value, bool)):
        raise ScriptError(f"{where}: {key!r} must be an integer, got {value!r}")
    if not _is_number(value) or value < 0:
        raise ScriptError(f"{where}: {key!r} must be a number >= 0, got {value!r}")


def check_step(step: Any, *, api: str = "any", where: str = "step") -> dict[str, Any]:
    """Validate one script step and return a normalised copy (with its `api`).

    Raises ScriptError naming the step and the field, so a typo in a script fails loudly instead of
    turning a fault into a plain answer.
    """
    if not isinstance(step, dict):
        raise ScriptError(f"{where}: a step must be a JSON object, got {type(step).__name__}")
    step = copy.deepcopy(step)
    step_api = step.get("api", api)
    if step_api not in APIS:
        raise ScriptError(f"{where}: 'api' must be one of {', '.join(APIS)}, got {step_api!r}")
    step["api"] = step_api
    if "repeat" in step and not isinstance(step["repeat"], bool):
        raise ScriptError(f"{where}: 'repeat' must be true or false, got {step['repeat']!r}")

    fault = step.get("fault")
    if isinstance(fault, dict):
        # The sticky form {"api": ..., "fault": {...}, "repeat": true}: the inner object is the step.
        if set(step) - {"api", "fault", "repeat"}:
            extra = ", ".join(sorted(set(step) - {"api", "fault", "repeat"}))
            raise ScriptError(f"{where}: with a nested 'fault' object, put {extra} inside it")
        inner = check_step({**fault, "api": step_api}, api=step_api, where=f"{where}.fault")
        inner["repeat"] = step.get("repeat", inner.get("repeat", False))
        return inner
    if fault is not None and fault not in FAULTS:
        raise ScriptError(f"{where}: unknown fault {fault!r}; known: {', '.join(FAULTS)}")

    allowed = _STEP_KEYS | ({"fault"} | _FAULT_KEYS[fault] if fault else set())
    unknown = sorted(set(step) - allowed)
    if unknown:
        kind = f"a {fault!r} fault" if fault else "a response step"
        raise ScriptError(f"{where}: unknown field(s) {', '.join(unknown)} for {kind}")

    if "text" in step and not isinstance(step["text"], str):
        raise ScriptError(f"{where}: 'text' must be a string")
    _check_non_negative(step, "delay_ms", where)
    _check_non_negative(step, "chunk_delay_ms", where)
    calls = step.get("tool_calls", [])
    if not isinstance(calls, list):
        raise ScriptError(f"{where}: 'tool_calls' must be a list")
    for i, call in enumerate(calls):
        call_where = f"{where}.tool_calls[{i}]"
        if not isinstance(call, dict) or not isinstance(call.get("name"), str) or not call["name"]:
            raise ScriptError(f"{call_where}: a tool call needs a non-empty string 'name'")
        if not isinstance(call.get("arguments", {}), dict):
            raise ScriptError(f"{call_where}: 'arguments' must be a JSON object")
        if set(call) - {"name", "arguments", "id"}:
            raise ScriptError(f"{call_where}: only 'name', 'arguments' and 'id' are allowed")
    usage = step.get("usage")
    if usage is not None:
        if not isinstance(usage, dict) or set(usage) - _USAGE_KEYS:
            raise ScriptError(f"{where}: 'usage' must be an object with {', '.join(sorted(_USAGE_KEYS))}")
        for key in usage:
            _check_non_negative(usage, key, f"{where}.usage", integer=True)

    if fault == "status":
        status = step.get("status")
        if not isinstance(status, int) or isinstance(status, bool) or not 400 <= status <= 599:
            raise ScriptError(f"{where}: a 'status' fault needs 'status' between 400 and 599, got {status!r}")
        retry_after = step.get("retry_after")
        if retry_after is not None and not (
            (_is_number(retry_after) and retry_after >= 0) or isinstance(retry_after, str)
        ):
            raise ScriptError(f"{where}: 'retry_after' must be seconds >= 0 or an HTTP date string")
        _check_non_negative(step, "retry_after_ms", where)
    elif fault == "timeout":
        if not _is_number(step.get("delay")) or step["delay"] <= 0:
            raise ScriptError(f"{where}: a 'timeout' fault needs 'delay' in seconds > 0")
    elif fault == "truncate":
        if "after_events" not in step:
            raise ScriptError(f"{where}: a 'truncate' fault needs 'after_events' (an integer >= 0)")
        _check_non_negative(step, "after_events", where, integer=True)
        if "abort" in step and not isinstance(step["abort"], bool):
            raise ScriptError(f"{where}: 'abort' must be true or false")
    elif fault == "malformed_tool_args":
        if not isinstance(step.get("name"), str) or not step["name"]:
            raise ScriptError(f"{where}: a 'malformed_tool_args' fault needs the tool 'name'")
        if not isinstance(step.get("raw"), str):
            raise ScriptError(
                f"{where}: a 'malformed_tool_args' fault needs 'raw', the broken arguments text"
            )
    elif fault == "stream_error":
        _check_non_negative(step, "after_events", where, integer=True)
        status = step.get("status", 529)
        if not isinstance(status, int) or isinstance(status, bool) or not 400 <= status <= 599:
            raise ScriptError(f"{where}: 'status' must be between 400 and 599, got {status!r}")
    for key in ("message", "error_type", "code"):
        if key in step and not isinstance(step[key], str):
            raise ScriptError(f"{where}: {key!r} must be a string")
    return step


def check_steps(steps: Any, *, api: str = "any", where: str = "steps") -> list[dict[str, Any]]:
    if api not in APIS:
        raise ScriptError(f"'api' must be one of {', '.join(APIS)}, got {api!r}")
    if isinstance(steps, dict):
        steps = [steps]
    if not isinstance(steps, list):
        raise ScriptError(f"{where} must be a list of step objects, got {type(steps).__name__}")
    return [check_step(step, api=api, where=f"{where}[{i}]") for i, step in enumerate(steps)]


# --- What the model "says" -------------------------------------------------------------------


@dataclass
class SimulatedToolCall:
    id: str
    name: str
    arguments_json: str  # the exact text the client receives: valid JSON, or broken on purpose


@dataclass
class SimulatedAnswer:
    text: str
    tool_calls: list[SimulatedToolCall] = field(default_factory=list)
    input_tokens: int = 0  # every prompt token, cached ones included
    output_tokens: int = 0
    cached_tokens: int = 0


def _block_text(content: Any) -> list[str]:
    """The text inside an Anthropic/OpenAI content value (a string or a list of blocks/parts)."""
    if isinstance(content, str):
        return [content]
    texts: list[str] = []
    if isinstance(content, list):
        for block in content:
            if not isinstance(block, dict):
                continue
            if isinstance(block.get("text"), str):
                texts.append(block["text"])
            if block.get("type") == "tool_use":
                texts.append(str(block.get("name", "")) + json.dumps(block.get("input", {})))
            if block.get("type") == "tool_result":
                texts.extend(_block_text(block.get("content", "")))
    return texts


def prompt_text(api: str, body: dict[str, Any]) -> str:
    """All the text a request sends the model, in a fixed order: the basis of its input tokens."""
    parts: list[str] = []
    if api == "anthropic":
        parts.extend(_block_text(body.get("system", "")))
    for message in body.get("messages") or []:
        if not isinstance(message, dict):
            continue
        parts.extend(_block_text(message.get("content")))
        for call in message.get("tool_calls") or []:
            function = (call.get("function") or {}) if isinstance(call, dict) else {}
            parts.append(str(function.get("name", "")) + str(function.get("arguments", "")))
    for tool in body.get("tools") or []:
        if not isinstance(tool, dict):
            continue
        spec = tool.get("function", tool)  # OpenAI nests the spec under "function"
        schema = spec.get("input_schema", spec.get("parameters", {}))
        parts.append(f"{spec.get('name', '')} {spec.get('description', '')} {json.dumps(schema)}")
    return "\n".join(p for p in parts if p)


def last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content.strip()
        texts = [
            block["text"]
            for block in content or []
            if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)
        ]
        if texts:
            return " ".join(texts).strip()
        # A user turn of only tool results has no text of its own: keep looking back.
    return ""


def _split_text(text: str) -> list[str]:
    return _WORD.findall(text) or [text]


def _slices(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def anthropic_message(answer: SimulatedAnswer, model: str, message_id: str) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if answer.text or not answer.tool_calls:
        content.append({"type": "text", "text": answer.text})
    for call in answer.tool_calls:
        try:
            arguments: Any = json.loads(call.arguments_json)
        except ValueError:
            # The real API always sends an object; the fault sends the broken text as-is so the
            # client meets it exactly as it would meet a bad streamed argument string.
            arguments = call.arguments_json
        content.append({"type": "tool_use", "id": call.id, "name": call.name, "input": arguments})
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": "tool_use" if answer.tool_calls else "end_turn",
        "stop_sequence": None,
        "usage": _anthropic_usage(answer),
    }


def _anthropic_usage(answer: SimulatedAnswer) -> dict[str, Any]:
    # Anthropic's input_tokens excludes cache reads: total input = input + cache read + cache write.
    return {
        "input_tokens": max(answer.input_tokens - answer.cached_tokens, 0),
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": answer.cached_tokens,
        "output_tokens": answer.output_tokens,
        "service_tier": "standard",
    }


def anthropic_events(answer: SimulatedAnswer, model: str, message_id: str) -> list[tuple[str, dict]]:
    """The SSE events of a streamed message, in the order the real API sends them."""
    start = anthropic_message(answer, model, message_id)
    start.update(content=[], stop_reason=None)
    start["usage"] = {**start["usage"], "output_tokens": 1}
    events: list[tuple[str, dict]] = [("message_start", {"type": "message_start", "message": start})]
    index = 0
    if answer.text or not answer.tool_calls:
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            )
        )
        events.append(("ping", {"type": "ping"}))
        for piece in _split_text(answer.text) if answer.text else []:
            delta = {"type": "text_delta", "text": piece}
            events.append(
                ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta})
            )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        index = 1
    for offset, call in enumerate(answer.tool_calls):
        block_index = index + offset
        block = {"type": "tool_use", "id": call.id, "name": call.name, "input": {}}
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": block_index, "content_block": block},
            )
        )
        # The real API opens every tool input with an empty delta.
        for piece in ["", *_slices(call.arguments_json, TOOL_ARGUMENT_SLICE)]:
            delta = {"type": "input_json_delta", "partial_json": piece}
            events.append(
                ("content_block_delta", {"type": "content_block_delta", "index": block_index, "delta": delta})
            )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": block_index}))
    usage = _anthropic_usage(answer)
    usage.pop("service_tier")
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": "tool_use" if answer.tool_calls else "end_turn",
                    "stop_sequence": None,
                },
                "usage": usage,
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def _openai_usage(answer: SimulatedAnswer) -> dict[str, Any]:
    # OpenAI's prompt_tokens includes the cached ones; cached_tokens says how many of them.
    return {
        "prompt_tokens": answer.input_tokens,
        "completion_tokens": answer.output_tokens,
        "total_tokens": answer.input_tokens + answer.output_tokens,
        "prompt_tokens_details": {"cached_tokens": answer.cached_tokens, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def openai_completion(
    answer: SimulatedAnswer, model: str, completion_id: str, created: int
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": "assistant",
        "content": answer.text if answer.text or not answer.tool_calls else None,
        "refusal": None,
        "annotations": [],
    }
    if answer.tool_calls:
        message["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments_json}}
            for c in answer.tool_calls
        ]
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": "tool_calls" if answer.tool_calls else "stop",
            }
        ],
        "usage": _openai_usage(answer),
        "service_tier": "default",
        "system_fingerprint": "fp_simulator",
    }


def openai_chunks(
    answer: SimulatedAnswer, model: str, completion_id: str, created: int, *, include_usage: bool
) -> list[str]:
    """The `data:` payloads of a streamed completion, ending with [DONE], as the real API sends them."""
    base = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "service_tier": "default",
        "system_fingerprint": "fp_simulator",
    }
    if include_usage:
        base["usage"] = None  # every chunk but the last says so when usage was asked for

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> str:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return json.dumps({**base, "choices": [choice]})

    payloads = [chunk({"role": "assistant", "content": "", "refusal": None})]
    payloads.extend(chunk({"content": piece}) for piece in (_split_text(answer.text) if answer.text else []))
    for index, call in enumerate(answer.tool_calls):
        opening = {
            "index": index,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        payloads.append(chunk({"tool_calls": [opening]}))
        for piece in _slices(call.arguments_json, TOOL_ARGUMENT_SLICE):
            payloads.append(chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]}))
    payloads.append(chunk({}, "tool_calls" if answer.tool_calls else "stop"))
    if include_usage:
        payloads.append(json.dumps({**base, "choices": [], "usage": _openai_usage(answer)}))
    payloads.append("[DONE]")
    return payloads


def anthropic_error_body(status: int, message: str, error_type: str | None, request_id: str) -> dict:
    default_type = ANTHROPIC_ERROR_TYPES.get(
        status, "api_error" if status >= 500 else "invalid_request_error"
    )
    return {
        "type": "error",
        "error": {"type": error_type or default_type, "message": message},
        "request_id": request_id,
    }


def openai_error_body(status: int, message: str, error_type: str | None, code: str | None) -> dict:
    default_type, default_code = OPENAI_ERRORS.get(
        status, ("server_error", None) if status >= 500 else ("invalid_request_error", None)
    )
    return {
        "error": {
            "message": message,
            "type": error_type or default_type,
            "param": None,
            "code": code if code is not None else default_code,
        }
    }


# --- The server ------------------------------------------------------------------------------


class SimulatorServer:
    """The simulated provider server. Thread-safe control from the test thread while it serves.

    >>> server = SimulatorServer().start_in_thread()
    >>> server.push({"text": "Hello"}, api="anthropic")
    >>> server.stop()
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        script: list[dict[str, Any]] | None = None,
        latency_ms: float = 0,
        stream_delay_ms: float = 0,
    ) -> None:
        if not _is_number(latency_ms) or latency_ms < 0:
            raise ScriptError(f"latency_ms must be a number >= 0, got {latency_ms!r}")
        if not _is_number(stream_delay_ms) or stream_delay_ms < 0:
            raise ScriptError(f"stream_delay_ms must be a number >= 0, got {stream_delay_ms!r}")
        self.host = host
        self.port = port
        self.latency_ms = latency_ms
        self.stream_delay_ms = stream_delay_ms
        # Guards the script, sticky faults, recorded requests and counters: the test thread pushes
        # while the server thread pops. Never held across an await.
        self._lock = threading.Lock()
        self._script: list[dict[str, Any]] = []
        self._sticky: dict[str, dict[str, Any]] = {}
        self._requests: list[dict[str, Any]] = []
        self._counter = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        if script:
            self.push(script)

    # -- control (Python) ------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def anthropic_base_url(self) -> str:
        return self.base_url

    @property
    def openai_base_url(self) -> str:
        return f"{self.base_url}/v1"

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Every API request received, oldest first: {"api", "method", "path", "headers", "body"}."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, api: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["api"] == api]

    @property
    def pending_steps(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._script)

    def push(self, step_or_steps: dict[str, Any] | list[dict[str, Any]], api: str = "any") -> None:
        """Append steps to the script. A step's own "api" wins over the `api` argument."""
        steps = check_steps(step_or_steps, api=api)
        with self._lock:
            self._script.extend(steps)

    def set_sticky(self, api: str, fault: dict[str, Any] | None) -> None:
        """Fail every request to `api` ("anthropic", "openai" or "any") with `fault` until reset.

        `fault` is a fault step ({"fault": "status", "status": 503}); None lifts the sticky fault.
        """
        if api not in APIS:
            raise ScriptError(f"'api' must be one of {', '.join(APIS)}, got {api!r}")
        with self._lock:
            if fault is None:
                self._sticky.pop(api, None)
                return
        step = check_step(fault, api=api, where="sticky fault")
        if "fault" not in step:
            raise ScriptError('sticky fault: give a fault step, e.g. {"fault": "status", "status": 503}')
        with self._lock:
            self._sticky[api] = step

    def reset(self) -> None:
        """Forget the script, sticky faults and recorded requests."""
        with self._lock:
            self._script.clear()
            self._sticky.clear()
            self._requests.clear()
            self._counter = 0

    # -- lifecycle -------------------------------------------------------------------------

    def start_in_thread(self) -> SimulatorServer:
        """Serve from a daemon thread with its own event loop; return once the port is listening."""
        if self._thread is not None:
            raise RuntimeError("the simulator is already running")
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._start())
            except BaseException as exc:  # handed to the starting thread, which re-raises it
                failure.append(exc)
                started.set()
                loop.close()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                if self._runner is not None:
                    loop.run_until_complete(self._runner.cleanup())
                loop.close()

        self._thread = threading.Thread(target=run, name=f"llm-simulator-{self.host}", daemon=True)
        self._thread.start()
        started.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self

    def stop(self) -> None:
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        self._thread = None
        self._loop = None

    def __enter__(self) -> SimulatorServer:
        return self.start_in_thread()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def _start(self) -> None:
        app = self.make_app()
        # handler_cancellation: a client that times out closes its connection, and the handler
        # sleeping in a "timeout" fault is cancelled instead of lingering until shutdown.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=SHUTDOWN_GRACE_SECONDS
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        # Port 0 asks the OS for a free port: read back the one it picked.
        self.port = self._runner.addresses[0][1]

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_post("/v1/messages", self._anthropic)
        app.router.add_post("/v1/chat/completions", self._openai)
        app.router.add_post("/_control/reset", self._control_reset)
        app.router.add_post("/_control/script", self._control_script)
        app.router.add_post("/_control/sticky", self._control_sticky)
        app.router.add_get("/_control/requests", self._control_requests)
        return app

    # -- control (HTTP) --------------------------------------------------------------------

    async def _control_json(self, request: web.Request) -> dict[str, Any]:
        try:
            payload = await request.json()
        except ValueError as exc:
            raise ScriptError(f"the body must be JSON: {exc}") from exc
        if not isinstance(payload, dict):
            raise ScriptError(f"the body must be a JSON object, got {type(payload).__name__}")
        return payload

    @staticmethod
    def _control_error(exc: ScriptError) -> web.Response:
        return web.json_response({"error": str(exc)}, status=400)

    async def _control_reset(self, request: web.Request) -> web.Response:
        self.reset()
        return web.json_response({"ok": True})

    async def _control_script(self, request: web.Request) -> web.Response:
        try:
            payload = await self._control_json(request)
            unknown = sorted(set(payload) - {"api", "steps"})
            if unknown or "steps" not in payload:
                raise ScriptError('expected {"api": "anthropic"|"openai"|"any", "steps": [...]}')
            steps = check_steps(payload["steps"], api=payload.get("api", "any"))
        except ScriptError as exc:
            return self._control_error(exc)
        with self._lock:
            self._script.extend(steps)
            pending = len(self._script)
        return web.json_response({"queued": len(steps), "pending": pending})

    async def _control_sticky(self, request: web.Request) -> web.Response:
        try:
            payload = await self._control_json(request)
            if "api" not in payload or "fault" not in payload or set(payload) - {"api", "fault"}:
                raise ScriptError('expected {"api": "anthropic"|"openai"|"any", "fault": {...} or null}')
            self.set_sticky(payload["api"], payload["fault"])
        except ScriptError as exc:
            return self._control_error(exc)
        return web.json_response({"ok": True})

    async def _control_requests(self, request: web.Request) -> web.Response:
        api = request.query.get("api")
        if api is not None and api not in ("anthropic", "openai"):
            return self._control_error(ScriptError("'api' must be anthropic or openai"))
        found = self.requests if api is None else self.requests_for(api)
        return web.json_response({"requests": found})

    # -- the APIs --------------------------------------------------------------------------

    def _next_id(self) -> int:
        with self._lock:
            self._counter += 1
            return self._counter

    def _record(self, api: str, request: web.Request, body: Any) -> None:
        entry = {
            "api": api,
            "method": request.method,
            "path": request.path,
            "headers": {k.lower(): v for k, v in request.headers.items()},
            "body": body,
        }
        with self._lock:
            self._requests.append(entry)

    def _take_step(self, api: str) -> dict[str, Any] | None:
        with self._lock:
            sticky = self._sticky.get(api) or self._sticky.get("any")
            if sticky is not None:
                return sticky
            for i, step in enumerate(self._script):
                if step["api"] in (api, "any"):
                    return step if step.get("repeat") else self._script.pop(i)
        return None

    async def _read_body(self, request: web.Request) -> tuple[Any, str | None]:
        raw = await request.read()
        try:
            body = json.loads(raw)
        except ValueError as exc:
            return None, f"The request body is not valid JSON: {exc}"
        if not isinstance(body, dict):
            return body, "The request body must be a JSON object."
        return body, None

    async def _anthropic(self, request: web.Request) -> web.StreamResponse:
        body, problem = await self._read_body(request)
        self._record("anthropic", request, body)
        if problem is None:
            for name in ("model", "max_tokens", "messages"):
                if name not in body:
                    problem = f"{name}: Field required"
                    break
        if problem is None and request.headers.get("anthropic-version", "") >= SAMPLING_REMOVED_VERSION:
            for name in ("temperature", "top_p", "top_k"):
                if name in body:
                    problem = f"{name}: Extra inputs are not permitted"
                    break
        if problem is not None:
            return self._error("anthropic", 400, problem)
        return await self._answer("anthropic", request, body)

    async def _openai(self, request: web.Request) -> web.StreamResponse:
        body, problem = await self._read_body(request)
        self._record("openai", request, body)
        if problem is None:
            for name in ("model", "messages"):
                if name not in body:
                    problem = f"Missing required parameter: '{name}'."
                    break
        if problem is not None:
            return self._error("openai", 400, problem)
        return await self._answer("openai", request, body)

    def _error(
        self,
        api: str,
        status: int,
        message: str,
        *,
        error_type: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> web.Response:
        request_id = f"req_sim{self._next_id():06d}"
        if api == "anthropic":
            payload = anthropic_error_body(status, message, error_type, request_id)
            all_headers = {"request-id": request_id, **(headers or {})}
        else:
            payload = openai_error_body(status, message, error_type, code)
            all_headers = {"x-request-id": request_id, **(headers or {})}
        return web.json_response(payload, status=status, headers=all_headers)

    def _build_answer(self, api: str, body: dict[str, Any], step: dict[str, Any]) -> SimulatedAnswer:
        if "text" in step or "tool_calls" in step:
            text = step.get("text", "")
        elif step.get("fault") == "malformed_tool_args":
            text = ""
        else:
            text = DEFAULT_ANSWER_PREFIX + last_user_text(body)
        prefix = "toolu_sim" if api == "anthropic" else "call_sim"
        calls = [
            SimulatedToolCall(
                id=call.get("id") or f"{prefix}{self._next_id():06d}",
                name=call["name"],
                arguments_json=json.dumps(call.get("arguments", {})),
            )
            for call in step.get("tool_calls", [])
        ]
        if step.get("fault") == "malformed_tool_args":
            calls.append(SimulatedToolCall(f"{prefix}{self._next_id():06d}", step["name"], step["raw"]))
        usage = step.get("usage") or {}
        generated = text + "".join(c.name + c.arguments_json for c in calls)
        return SimulatedAnswer(
            text=text,
            tool_calls=calls,
            input_tokens=usage.get("input_tokens", count_tokens(prompt_text(api, body))),
            # Real APIs bill at least one output token, even for an empty answer.
            output_tokens=usage.get("output_tokens", max(count_tokens(generated), 1)),
            cached_tokens=usage.get("cached_tokens", 0),
        )

    async def _answer(self, api: str, request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
        step = self._take_step(api) or {"api": api}
        delay_ms = self.latency_ms + step.get("delay_ms", 0)
        if delay_ms:
            await asyncio.sleep(delay_ms / 1000)
        fault = step.get("fault")
        if fault == "status":
            return self._status_fault(api, step)
        if fault == "timeout":
            await asyncio.sleep(step["delay"])
        if fault == "malformed_body":
            return await self._malformed_body(request, api, stream=body.get("stream") is True)
        answer = self._build_answer(api, body, step)
        number = self._next_id()
        model = str(body.get("model"))
        stream = body.get("stream") is True
        if api == "anthropic":
            message_id = f"msg_sim{number:06d}"
            if not stream:
                payload = json.dumps(anthropic_message(answer, model, message_id)).encode()
                return await self._json_body(request, payload, step, {"request-id": f"req_sim{number:06d}"})
            frames = [
                f"event: {name}\ndata: {json.dumps(data)}\n\n"
                for name, data in anthropic_events(answer, model, message_id)
            ]
            error_frame = self._stream_error_frame(api, step)
            headers = {"request-id": f"req_sim{number:06d}"}
        else:
            completion_id = f"chatcmpl-sim{number:06d}"
            created = int(time.time())
            if not stream:
                payload = json.dumps(openai_completion(answer, model, completion_id, created)).encode()
                return await self._json_body(request, payload, step, {"x-request-id": f"req_sim{number:06d}"})
            options = body.get("stream_options") or {}
            include_usage = isinstance(options, dict) and options.get("include_usage") is True
            frames = [
                f"data: {data}\n\n"
                for data in openai_chunks(answer, model, completion_id, created, include_usage=include_usage)
            ]
            error_frame = self._stream_error_frame(api, step)
            headers = {"x-request-id": f"req_sim{number:06d}"}
        return await self._stream(request, frames, step, headers, error_frame)

    @staticmethod
    async def _malformed_body(request: web.Request, api: str, *, stream: bool) -> web.StreamResponse:
        """A 200 whose content is not JSON: a gateway's mangled body, or an SSE event cut mid-JSON."""
        if not stream:
            return web.Response(
                status=200, text='{"id": "msg_broken", "content": [', content_type="application/json"
            )
        response = web.StreamResponse(status=200, headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        event = "event: message_start\n" if api == "anthropic" else ""
        await response.write(f'{event}data: {{"type": "message_start", "mess\n\n'.encode())
        await response.write_eof()
        return response

    def _status_fault(self, api: str, step: dict[str, Any]) -> web.Response:
        status = step["status"]
        headers: dict[str, str] = {}
        retry_after = step.get("retry_after")
        if retry_after is not None:
            is_whole = _is_number(retry_after) and float(retry_after).is_integer()
            headers["Retry-After"] = str(int(retry_after)) if is_whole else str(retry_after)
        if step.get("retry_after_ms") is not None:
            headers["retry-after-ms"] = str(step["retry_after_ms"])
        message = step.get("message") or DEFAULT_ERROR_MESSAGES.get(status, f"Simulated error {status}.")
        return self._error(
            api, status, message, error_type=step.get("error_type"), code=step.get("code"), headers=headers
        )

    def _stream_error_frame(self, api: str, step: dict[str, Any]) -> str | None:
        if step.get("fault") != "stream_error":
            return None
        status = step.get("status", 529)
        message = step.get("message") or DEFAULT_ERROR_MESSAGES.get(status, f"Simulated error {status}.")
        if api == "anthropic":
            payload = anthropic_error_body(status, message, step.get("error_type"), "req_sim_stream")
            payload.pop("request_id")
            return f"event: error\ndata: {json.dumps(payload)}\n\n"
        return f"data: {json.dumps(openai_error_body(status, message, step.get('error_type'), None))}\n\n"

    async def _json_body(
        self, request: web.Request, payload: bytes, step: dict[str, Any], headers: dict[str, str]
    ) -> web.StreamResponse:
        if step.get("fault") != "truncate":
            return web.Response(body=payload, status=200, content_type="application/json", headers=headers)
        # Promise the whole body, send half, hang up: what a crashed upstream looks like.
        response = web.StreamResponse(status=200, headers={**headers, "Content-Type": "application/json"})
        response.content_length = len(payload)
        await response.prepare(request)
        await response.write(payload[: len(payload) // 2])
        self._hang_up(request)
        return response

    async def _stream(
        self,
        request: web.Request,
        frames: list[str],
        step: dict[str, Any],
        headers: dict[str, str],
        error_frame: str | None,
    ) -> web.StreamResponse:
        response = web.StreamResponse(
            status=200, headers={**headers, "Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        fault = step.get("fault")
        cut = len(frames)
        if fault == "truncate":
            # Always withhold at least the final event: a "truncated" stream that is complete
            # would test nothing.
            cut = min(step["after_events"], len(frames) - 1)
        elif fault == "stream_error":
            cut = min(step.get("after_events", 1), len(frames) - 1)
        chunk_delay = (step.get("chunk_delay_ms", 0) + self.stream_delay_ms) / 1000
        for i, frame in enumerate(frames[:cut]):
            if chunk_delay and i:
                await asyncio.sleep(chunk_delay)
            await response.write(frame.encode())
        if error_frame is not None:
            await response.write(error_frame.encode())
        if fault == "truncate" and step.get("abort"):
            self._hang_up(request)
            return response
        await response.write_eof()
        return response

    @staticmethod
    def _hang_up(request: web.Request) -> None:
        transport = request.transport
        if transport is not None:
            transport.abort()


__all__ = [
    "DEFAULT_ANSWER_PREFIX",
    "ScriptError",
    "SimulatedAnswer",
    "SimulatedToolCall",
    "SimulatorServer",
    "anthropic_events",
    "anthropic_message",
    "check_step",
    "check_steps",
    "count_tokens",
    "last_user_text",
    "openai_chunks",
    "openai_completion",
    "prompt_text",
]
