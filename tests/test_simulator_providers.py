"""The Anthropic and OpenAI providers, through the real SDKs, over real HTTP, against the simulator."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import anthropic
import httpx
import openai
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from agents.errors import ProviderError
from agents.providers import build_provider
from agents.providers.anthropic import AnthropicProvider, to_anthropic_messages
from agents.providers.base import (
    ChatMessage,
    ModelRequest,
    ModelResponse,
    Provider,
    ToolCallRequest,
    ToolSpec,
    Usage,
)
from agents.providers.errors_mapping import parse_retry_after
from agents.providers.openai import OpenAICompatibleProvider, OpenAIProvider
from agents.simulator import (
    ScriptError,
    SimulatedAnswer,
    SimulatedToolCall,
    SimulatorServer,
    anthropic_events,
    count_tokens,
    openai_chunks,
)

pytest_plugins = ["tests.fixtures_simulator"]

KINDS = ["anthropic", "openai", "openai-compatible"]
MODELS = {"anthropic": "claude-sim", "openai": "gpt-sim", "openai-compatible": "llama-sim"}
ORDER_TOOL = ToolSpec(
    name="get_order",
    description="Look up an order by id.",
    input_schema={
        "type": "object",
        "properties": {"order_id": {"type": "integer"}},
        "required": ["order_id"],
    },
)
REFUND_TOOL = ToolSpec(
    name="refund_order",
    description="Refund an order.",
    input_schema={
        "type": "object",
        "properties": {"order_id": {"type": "integer"}, "reason": {"type": "string"}},
    },
)


def api_of(kind: str) -> str:
    return "anthropic" if kind == "anthropic" else "openai"


_built: list[Provider] = []


@pytest.fixture(autouse=True)
async def _close_providers():
    # Close SDK connections on the test's own loop, before it goes away.
    yield
    while _built:
        await _built.pop().aclose()


def make_provider(kind: str) -> Provider:
    provider = build_provider(f"{kind}:{MODELS[kind]}")
    _built.append(provider)
    return provider


def ask(kind: str, text: str = "Where is my order?", **overrides) -> ModelRequest:
    fields = {
        "model": MODELS[kind],
        "system": "Be brief.",
        "messages": [ChatMessage(role="user", content=text)],
        "tools": [],
        "timeout": 5.0,
    }
    fields.update(overrides)
    return ModelRequest(**fields)


async def call(provider: Provider, request: ModelRequest, *, stream: bool) -> tuple[list[str], ModelResponse]:
    if not stream:
        return [], await provider.complete(request)
    texts: list[str] = []
    done: list[ModelResponse] = []
    async for event in provider.stream(request):
        if event.kind == "text":
            texts.append(event.text)
        else:
            assert event.response is not None
            done.append(event.response)
    assert len(done) == 1
    return texts, done[0]


async def failure(
    provider: Provider, request: ModelRequest, *, stream: bool
) -> tuple[list[str], ProviderError]:
    texts: list[str] = []
    with pytest.raises(ProviderError) as caught:
        if stream:
            async for event in provider.stream(request):
                assert event.kind == "text", "a failing stream must not finish"
                texts.append(event.text)
        else:
            await provider.complete(request)
    return texts, caught.value


def error_fields(error: ProviderError) -> tuple[str, bool, int | None, float | None]:
    return error.code, error.retryable, error.status, error.retry_after


# --- Plain answers ---------------------------------------------------------------------------


async def test_build_provider_resolves_the_sdk_providers():
    assert type(make_provider("anthropic")) is AnthropicProvider
    assert type(make_provider("openai")) is OpenAIProvider
    assert type(make_provider("openai-compatible")) is OpenAICompatibleProvider
    assert make_provider("openai-compatible").label == "OpenAI-compatible server"


async def test_anthropic_plain_text_answer(simulated_llm, settings):
    simulated_llm.push({"text": "It shipped yesterday."}, api="anthropic")

    _, response = await call(make_provider("anthropic"), ask("anthropic"), stream=False)

    assert (response.text, response.tool_calls, response.stop_reason) == (
        "It shipped yesterday.",
        [],
        "end_turn",
    )
    assert (response.provider, response.model) == ("anthropic", "claude-sim")
    assert response.raw["id"] == "msg_sim000001"
    [received] = simulated_llm.requests
    assert (received["api"], received["path"], received["headers"]["authorization"]) == (
        "anthropic",
        "/v1/messages",
        f"Bearer {settings.ANTHROPIC_API_KEY}",
    )
    assert received["headers"]["anthropic-version"] == "2026-10-21"
    # No temperature: this API version refuses sampling parameters.
    assert received["body"] == {
        "model": "claude-sim",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Where is my order?"}],
        "system": "Be brief.",
    }


@pytest.mark.parametrize("kind", ["openai", "openai-compatible"])
async def test_openai_plain_text_answer(simulated_llm, settings, kind):
    simulated_llm.push({"text": "It shipped yesterday."}, api="openai")

    _, response = await call(make_provider(kind), ask(kind), stream=False)

    assert (response.text, response.tool_calls, response.stop_reason) == (
        "It shipped yesterday.",
        [],
        "end_turn",
    )
    assert (response.provider, response.model) == (kind, MODELS[kind])
    [received] = simulated_llm.requests
    assert (received["api"], received["path"], received["headers"]["authorization"]) == (
        "openai",
        "/v1/chat/completions",
        f"Bearer {settings.OPENAI_API_KEY}",
    )
    token_field = "max_completion_tokens" if kind == "openai" else "max_tokens"
    assert received["body"] == {
        "model": MODELS[kind],
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Where is my order?"},
        ],
        "temperature": 0.0,
        token_field: 1024,
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stream", [False, True])
async def test_empty_script_answers_deterministically(simulated_llm, kind, stream):
    _, response = await call(make_provider(kind), ask(kind, "Can I change my address?"), stream=stream)

    assert response.text == "Simulated answer to: Can I change my address?"
    assert response.tool_calls == []


async def test_compatible_server_needs_no_key(simulated_llm, settings):
    settings.OPENAI_API_KEY = ""

    _, response = await call(make_provider("openai-compatible"), ask("openai-compatible"), stream=False)

    assert response.text == "Simulated answer to: Where is my order?"
    assert simulated_llm.requests[0]["headers"]["authorization"] == "Bearer handrail-no-key"


async def test_anthropic_with_base_url_and_no_key_uses_a_placeholder(simulated_llm, settings):
    settings.ANTHROPIC_API_KEY = ""

    await call(make_provider("anthropic"), ask("anthropic"), stream=False)

    assert simulated_llm.requests[0]["headers"]["authorization"] == "Bearer handrail-no-key"


@pytest.mark.parametrize(
    ("kind", "cleared", "code", "variable"),
    [
        ("anthropic", ["ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"], "auth", "ANTHROPIC_API_KEY"),
        ("openai", ["OPENAI_API_KEY", "OPENAI_BASE_URL"], "auth", "OPENAI_API_KEY"),
        ("openai-compatible", ["OPENAI_BASE_URL"], "provider_config", "OPENAI_BASE_URL"),
    ],
)
async def test_missing_configuration_is_a_typed_error(simulated_llm, settings, kind, cleared, code, variable):
    for name in cleared:
        setattr(settings, name, "")

    _, error = await failure(make_provider(kind), ask(kind), stream=False)

    assert (error.code, error.retryable) == (code, False)
    assert variable in error.message
    assert simulated_llm.requests == []


# --- Tool calls ------------------------------------------------------------------------------


REFUSED = '{"code": "needs_approval", "retryable": false, "message": "approval required"}'


def tool_history() -> list[ChatMessage]:
    return [
        ChatMessage(role="user", content="Refund order 12, it arrived broken."),
        ChatMessage(
            role="assistant",
            content="Let me check.",
            tool_calls=[
                ToolCallRequest(id="call_a", name="get_order", arguments={"order_id": 12}),
                ToolCallRequest(
                    id="call_b", name="refund_order", arguments={"order_id": 12, "reason": "broken"}
                ),
            ],
        ),
        ChatMessage(role="tool", tool_call_id="call_a", name="get_order", content='{"status": "delivered"}'),
        ChatMessage(
            role="tool",
            tool_call_id="call_b",
            name="refund_order",
            content=REFUSED,
            is_error=True,
        ),
    ]


async def test_anthropic_tool_round_trip(simulated_llm):
    simulated_llm.push(
        {"text": "Checking again.", "tool_calls": [{"name": "get_order", "arguments": {"order_id": 12}}]},
        api="anthropic",
    )
    request = ask("anthropic", messages=tool_history(), tools=[ORDER_TOOL, REFUND_TOOL])

    _, response = await call(make_provider("anthropic"), request, stream=False)

    assert response.text == "Checking again."
    assert response.tool_calls == [
        ToolCallRequest(id="toolu_sim000001", name="get_order", arguments={"order_id": 12})
    ]
    assert response.stop_reason == "tool_use"
    body = simulated_llm.requests[0]["body"]
    assert body["tools"] == [
        {
            "name": "get_order",
            "description": "Look up an order by id.",
            "input_schema": ORDER_TOOL.input_schema,
        },
        {"name": "refund_order", "description": "Refund an order.", "input_schema": REFUND_TOOL.input_schema},
    ]
    assert body["messages"] == [
        {"role": "user", "content": "Refund order 12, it arrived broken."},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Let me check."},
                {"type": "tool_use", "id": "call_a", "name": "get_order", "input": {"order_id": 12}},
                {
                    "type": "tool_use",
                    "id": "call_b",
                    "name": "refund_order",
                    "input": {"order_id": 12, "reason": "broken"},
                },
            ],
        },
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": "call_a",
                    "content": '{"status": "delivered"}',
                    "is_error": False,
                },
                {
                    "type": "tool_result",
                    "tool_use_id": "call_b",
                    "content": REFUSED,
                    "is_error": True,
                },
            ],
        },
    ]


@pytest.mark.parametrize("kind", ["openai", "openai-compatible"])
async def test_openai_tool_round_trip(simulated_llm, kind):
    simulated_llm.push(
        {"text": "", "tool_calls": [{"name": "get_order", "arguments": {"order_id": 12}}]}, api="openai"
    )
    request = ask(kind, messages=tool_history(), tools=[ORDER_TOOL])

    _, response = await call(make_provider(kind), request, stream=False)

    assert (response.text, response.stop_reason) == ("", "tool_use")
    assert response.tool_calls == [
        ToolCallRequest(id="call_sim000001", name="get_order", arguments={"order_id": 12})
    ]
    body = simulated_llm.requests[0]["body"]
    assert body["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "get_order",
                "description": "Look up an order by id.",
                "parameters": ORDER_TOOL.input_schema,
            },
        }
    ]
    assert body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Refund order 12, it arrived broken."},
        {
            "role": "assistant",
            "content": "Let me check.",
            "tool_calls": [
                {
                    "id": "call_a",
                    "type": "function",
                    "function": {"name": "get_order", "arguments": '{"order_id": 12}'},
                },
                {
                    "id": "call_b",
                    "type": "function",
                    "function": {"name": "refund_order", "arguments": '{"order_id": 12, "reason": "broken"}'},
                },
            ],
        },
        {"role": "tool", "tool_call_id": "call_a", "content": '{"status": "delivered"}'},
        {
            "role": "tool",
            "tool_call_id": "call_b",
            "content": REFUSED,
        },
    ]


def test_anthropic_mapping_merges_user_side_turns_and_skips_empty_assistant_turns():
    messages = [
        ChatMessage(role="user", content="Hi"),
        ChatMessage(role="assistant", content=""),
        ChatMessage(role="assistant", tool_calls=[ToolCallRequest(id="t1", name="get_order", arguments={})]),
        ChatMessage(role="tool", tool_call_id="t1", content="{}"),
        ChatMessage(role="user", content="And the other one?"),
    ]

    assert to_anthropic_messages(messages) == [
        {"role": "user", "content": "Hi"},
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "t1", "name": "get_order", "input": {}}],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": "{}", "is_error": False},
                {"type": "text", "text": "And the other one?"},
            ],
        },
    ]


# --- Streaming -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_streamed_text_deltas_add_up_to_the_final_text(simulated_llm, kind):
    simulated_llm.push({"text": "Your order shipped yesterday."})

    texts, response = await call(make_provider(kind), ask(kind), stream=True)

    assert texts == ["Your ", "order ", "shipped ", "yesterday."]
    assert response.text == "".join(texts) == "Your order shipped yesterday."
    assert (response.tool_calls, response.stop_reason) == ([], "end_turn")
    assert simulated_llm.requests[0]["body"]["stream"] is True


@pytest.mark.parametrize("kind", KINDS)
async def test_streamed_tool_calls_are_assembled_from_incremental_arguments(simulated_llm, kind):
    arguments_b = {"order_id": 4321, "reason": "arrived broken, box crushed"}
    simulated_llm.push(
        {
            "text": "On it.",
            "tool_calls": [
                {"name": "get_order", "arguments": {"order_id": 4321}},
                {"name": "refund_order", "arguments": arguments_b},
            ],
        }
    )

    texts, response = await call(make_provider(kind), ask(kind, tools=[ORDER_TOOL, REFUND_TOOL]), stream=True)

    prefix = "toolu_sim" if kind == "anthropic" else "call_sim"
    assert texts == ["On ", "it."]
    assert response.tool_calls == [
        ToolCallRequest(id=f"{prefix}000001", name="get_order", arguments={"order_id": 4321}),
        ToolCallRequest(id=f"{prefix}000002", name="refund_order", arguments=arguments_b),
    ]
    assert response.stop_reason == "tool_use"


def test_simulated_streams_send_tool_arguments_in_pieces():
    arguments = json.dumps({"order_id": 4321, "reason": "arrived broken, box crushed"})
    answer = SimulatedAnswer(text="", tool_calls=[SimulatedToolCall("t1", "refund_order", arguments)])
    pieces = ['{"order_id":', ' 4321, "reas', 'on": "arrive', "d broken, bo", 'x crushed"}']

    anthropic_pieces = [
        data["delta"]["partial_json"]
        for _, data in anthropic_events(answer, "m", "msg_1")
        if data["type"] == "content_block_delta"
    ]
    openai_pieces = [
        json.loads(payload)["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"]
        for payload in openai_chunks(answer, "m", "c_1", 0, include_usage=False)
        if '"delta": {"tool_calls"' in payload
    ]

    assert anthropic_pieces == ["", *pieces]  # the real API opens with an empty delta
    assert openai_pieces == ["", *pieces]  # the first chunk carries id and name, no arguments


async def test_anthropic_stream_raw_is_the_assembled_message(simulated_llm):
    simulated_llm.push({"text": "Done.", "tool_calls": [{"name": "get_order", "arguments": {"order_id": 1}}]})

    _, response = await call(make_provider("anthropic"), ask("anthropic"), stream=True)

    assert response.raw["content"] == [
        {"type": "text", "text": "Done."},
        {"type": "tool_use", "id": "toolu_sim000001", "name": "get_order", "input": {"order_id": 1}},
    ]
    assert (response.raw["id"], response.raw["stop_reason"]) == ("msg_sim000002", "tool_use")


async def test_simulated_bodies_pass_the_sdks_strict_validation(simulator):
    """The SDKs' own pydantic types accept every shape the simulator sends."""
    step = {"text": "Hi there", "tool_calls": [{"name": "get_order", "arguments": {"order_id": 7}}]}
    simulator.push([step] * 4)
    claude = anthropic.AsyncAnthropic(
        api_key="k", base_url=simulator.anthropic_base_url, max_retries=0, _strict_response_validation=True
    )
    gpt = openai.AsyncOpenAI(
        api_key="k", base_url=simulator.openai_base_url, max_retries=0, _strict_response_validation=True
    )
    messages = [{"role": "user", "content": "hi"}]

    message = await claude.messages.create(model="claude-sim", max_tokens=50, messages=messages)
    events = [
        e
        async for e in await claude.messages.create(model="c", max_tokens=50, messages=messages, stream=True)
    ]
    completion = await gpt.chat.completions.create(model="gpt-sim", messages=messages)
    chunks = [
        c
        async for c in await gpt.chat.completions.create(
            model="gpt-sim", messages=messages, stream=True, stream_options={"include_usage": True}
        )
    ]

    assert [b.type for b in message.content] == ["text", "tool_use"]
    assert [e.type for e in events] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert completion.choices[0].message.tool_calls[0].function.arguments == '{"order_id": 7}'
    assert chunks[-1].usage is not None and chunks[-1].choices == []
    await claude.close()
    await gpt.close()


# --- Faults ----------------------------------------------------------------------------------

STATUS_FAULTS = [
    ({"fault": "status", "status": 429, "retry_after": 2}, ("rate_limited", True, 429, 2.0)),
    ({"fault": "status", "status": 429, "retry_after_ms": 1500}, ("rate_limited", True, 429, 1.5)),
    ({"fault": "status", "status": 529}, ("overloaded", True, 529, None)),
    ({"fault": "status", "status": 500}, ("server_error", True, 500, None)),
    ({"fault": "status", "status": 503, "retry_after": 7}, ("server_error", True, 503, 7.0)),
    ({"fault": "status", "status": 400, "message": "messages: bad"}, ("bad_request", False, 400, None)),
    ({"fault": "status", "status": 422}, ("bad_request", False, 422, None)),
    ({"fault": "status", "status": 401}, ("auth", False, 401, None)),
    ({"fault": "status", "status": 403}, ("auth", False, 403, None)),
    ({"fault": "status", "status": 404}, ("not_found", False, 404, None)),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("fault", "expected"), STATUS_FAULTS, ids=[str(f[0]) for f in STATUS_FAULTS])
async def test_status_faults_map_to_typed_errors(simulated_llm, kind, fault, expected):
    simulated_llm.push(fault)

    _, error = await failure(make_provider(kind), ask(kind), stream=False)

    assert error_fields(error) == expected


@pytest.mark.parametrize("kind", KINDS)
async def test_status_fault_before_a_stream_starts(simulated_llm, kind):
    simulated_llm.push({"fault": "status", "status": 429, "retry_after": 2})

    texts, error = await failure(make_provider(kind), ask(kind), stream=True)

    assert (texts, error_fields(error)) == ([], ("rate_limited", True, 429, 2.0))


async def test_error_message_carries_the_providers_message(simulated_llm):
    simulated_llm.push({"fault": "status", "status": 400, "message": "messages.0.content: Field required"})

    _, error = await failure(make_provider("anthropic"), ask("anthropic"), stream=False)

    assert error.message == "Anthropic returned HTTP 400: messages.0.content: Field required"


async def test_anthropic_overloaded_error_type_is_overloaded_whatever_the_status(simulated_llm):
    simulated_llm.push({"fault": "status", "status": 503, "error_type": "overloaded_error"}, api="anthropic")

    _, error = await failure(make_provider("anthropic"), ask("anthropic"), stream=False)

    assert error_fields(error) == ("overloaded", True, 503, None)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stream", [False, True])
async def test_timeout_fault(simulated_llm, kind, stream):
    simulated_llm.push({"fault": "timeout", "delay": 30})

    texts, error = await failure(make_provider(kind), ask(kind, timeout=0.2), stream=stream)

    assert (texts, error_fields(error)) == ([], ("timeout", True, None, None))


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_slower_than_the_request_timeout_times_out(simulated_llm, kind):
    simulated_llm.push({"text": "one two three four", "chunk_delay_ms": 30_000})

    _, error = await failure(make_provider(kind), ask(kind, timeout=0.3), stream=True)

    assert error_fields(error) == ("timeout", True, None, None)


@pytest.mark.parametrize(
    ("kind", "after_events", "partial"),
    [
        # message_start, content_block_start, ping, then two text deltas
        ("anthropic", 5, ["Your ", "order "]),
        # the role chunk, then two content chunks
        ("openai", 3, ["Your ", "order "]),
        ("openai-compatible", 3, ["Your ", "order "]),
    ],
)
@pytest.mark.parametrize("abort", [False, True])
async def test_truncated_stream(simulated_llm, kind, after_events, partial, abort):
    simulated_llm.push(
        {"fault": "truncate", "after_events": after_events, "abort": abort, "text": "Your order shipped."}
    )

    texts, error = await failure(make_provider(kind), ask(kind), stream=True)

    assert texts == partial
    assert error_fields(error) == ("truncated_stream", True, 200, None)


@pytest.mark.parametrize("kind", KINDS)
async def test_truncated_plain_body_is_a_connection_error(simulated_llm, kind):
    simulated_llm.push({"fault": "truncate", "after_events": 0})

    _, error = await failure(make_provider(kind), ask(kind), stream=False)

    assert error_fields(error) == ("connection", True, None, None)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("anthropic", ("overloaded", True, 200, None)),
        ("openai", ("server_error", True, 200, None)),
        ("openai-compatible", ("server_error", True, 200, None)),
    ],
)
async def test_error_event_inside_a_stream(simulated_llm, kind, expected):
    simulated_llm.push({"fault": "stream_error", "after_events": 4, "text": "Your order shipped."})

    texts, error = await failure(make_provider(kind), ask(kind), stream=True)

    assert texts == (["Your "] if kind == "anthropic" else ["Your ", "order ", "shipped."])
    assert error_fields(error) == expected


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stream", [False, True])
async def test_unparseable_body_is_malformed_response(simulated_llm, kind, stream):
    simulated_llm.push({"fault": "malformed_body"})

    _, error = await failure(make_provider(kind), ask(kind), stream=stream)

    assert error_fields(error) == ("malformed_response", False, 200, None)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("raw", "arguments", "arguments_error"),
    [
        ("{order_id: 12", {"order_id": 12}, None),  # repaired by json_repair
        ("[1, 2", {}, "arguments must be a JSON object, got list: [1, 2"),
    ],
)
async def test_malformed_tool_arguments(simulated_llm, kind, stream, raw, arguments, arguments_error):
    simulated_llm.push({"fault": "malformed_tool_args", "name": "get_order", "raw": raw})

    _, response = await call(make_provider(kind), ask(kind, tools=[ORDER_TOOL]), stream=stream)

    [tool_call] = response.tool_calls
    assert (tool_call.name, tool_call.arguments, tool_call.arguments_error) == (
        "get_order",
        arguments,
        arguments_error,
    )


# --- Usage -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stream", [False, True])
async def test_usage_maps_input_output_and_cached_tokens(simulated_llm, kind, stream):
    simulated_llm.push(
        {"text": "ok", "usage": {"input_tokens": 120, "output_tokens": 30, "cached_tokens": 100}}
    )

    _, response = await call(make_provider(kind), ask(kind), stream=stream)

    assert response.usage == Usage(input_tokens=120, output_tokens=30, cached_input_tokens=100)


async def test_anthropic_reports_cache_reads_apart_from_input(simulated_llm):
    simulated_llm.push(
        {"text": "ok", "usage": {"input_tokens": 120, "output_tokens": 30, "cached_tokens": 100}}
    )

    _, response = await call(make_provider("anthropic"), ask("anthropic"), stream=False)

    assert response.raw["usage"] == {
        "input_tokens": 20,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 100,
        "output_tokens": 30,
        "service_tier": "standard",
    }


@pytest.mark.parametrize("kind", KINDS)
async def test_default_usage_counts_characters(simulated_llm, kind):
    _, response = await call(make_provider(kind), ask(kind), stream=False)

    # "Be brief.\nWhere is my order?" is 28 characters; the answer
    # "Simulated answer to: Where is my order?" is 39.
    assert (
        count_tokens("Be brief.\nWhere is my order?"),
        count_tokens("Simulated answer to: Where is my order?"),
    ) == (
        7,
        10,
    )
    assert response.usage == Usage(input_tokens=7, output_tokens=10, cached_input_tokens=0)


# --- Script and sticky faults ----------------------------------------------------------------


async def test_steps_are_consumed_in_order_per_api(simulated_llm):
    simulated_llm.push(
        [{"text": "openai first", "api": "openai"}, {"text": "anthropic first", "api": "anthropic"}]
    )
    simulated_llm.push({"text": "anyone"})

    _, claude_answer = await call(make_provider("anthropic"), ask("anthropic"), stream=False)
    _, gpt_answer = await call(make_provider("openai"), ask("openai"), stream=False)
    _, next_answer = await call(make_provider("openai"), ask("openai"), stream=False)

    assert (claude_answer.text, gpt_answer.text, next_answer.text) == (
        "anthropic first",
        "openai first",
        "anyone",
    )
    assert simulated_llm.pending_steps == []


async def test_sticky_fault_fails_every_call_to_one_api_until_reset(simulated_llm):
    simulated_llm.set_sticky("anthropic", {"fault": "status", "status": 529})
    claude, gpt = make_provider("anthropic"), make_provider("openai")

    errors = [(await failure(claude, ask("anthropic"), stream=False))[1].code for _ in range(3)]
    _, gpt_answer = await call(gpt, ask("openai"), stream=False)

    assert errors == ["overloaded", "overloaded", "overloaded"]
    assert gpt_answer.text == "Simulated answer to: Where is my order?"
    assert [r["api"] for r in simulated_llm.requests] == ["anthropic", "anthropic", "anthropic", "openai"]

    simulated_llm.reset()
    _, claude_answer = await call(claude, ask("anthropic"), stream=False)
    assert claude_answer.text == "Simulated answer to: Where is my order?"
    assert len(simulated_llm.requests_for("anthropic")) == 1


async def test_repeat_step_in_the_script_is_sticky(simulated_llm):
    simulated_llm.push({"api": "openai", "fault": {"fault": "status", "status": 500}, "repeat": True})

    first = (await failure(make_provider("openai"), ask("openai"), stream=False))[1]
    second = (await failure(make_provider("openai"), ask("openai"), stream=True))[1]
    _, claude_answer = await call(make_provider("anthropic"), ask("anthropic"), stream=False)

    assert (first.code, second.code) == ("server_error", "server_error")
    assert claude_answer.text == "Simulated answer to: Where is my order?"
    assert len(simulated_llm.pending_steps) == 1


async def test_sticky_fault_can_be_lifted_over_http(simulated_llm):
    simulated_llm.set_sticky("any", {"fault": "status", "status": 503})
    async with httpx.AsyncClient(base_url=simulated_llm.base_url) as http:
        lifted = await http.post("/_control/sticky", json={"api": "any", "fault": None})

    _, response = await call(make_provider("openai"), ask("openai"), stream=False)

    assert lifted.status_code == 200
    assert response.text == "Simulated answer to: Where is my order?"


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ({"fault": "explode"}, "steps[0]: unknown fault 'explode'"),
        ({"fault": "status"}, "steps[0]: a 'status' fault needs 'status' between 400 and 599, got None"),
        ({"fault": "status", "status": 200}, "between 400 and 599, got 200"),
        (
            {"fault": "status", "status": 429, "retry-after": 2},
            "unknown field(s) retry-after for a 'status' fault",
        ),
        ({"fault": "timeout"}, "a 'timeout' fault needs 'delay' in seconds > 0"),
        ({"fault": "truncate"}, "a 'truncate' fault needs 'after_events'"),
        ({"fault": "malformed_tool_args", "name": "x"}, "needs 'raw'"),
        ({"txt": "typo"}, "unknown field(s) txt for a response step"),
        ({"text": "x", "api": "gemini"}, "'api' must be one of anthropic, openai, any"),
        ({"tool_calls": [{"arguments": {}}]}, "tool_calls[0]: a tool call needs a non-empty string 'name'"),
        ({"usage": {"input_tokens": -1}}, "'input_tokens' must be a number >= 0"),
        ("just text", "a step must be a JSON object, got str"),
    ],
)
def test_bad_steps_are_refused_with_a_clear_message(step, message):
    server = SimulatorServer()

    with pytest.raises(ScriptError) as caught:
        server.push([step])

    assert message in str(caught.value)
    assert server.pending_steps == []


# --- HTTP control endpoints ------------------------------------------------------------------


async def test_control_endpoints(simulated_llm):
    base = simulated_llm.base_url
    async with httpx.AsyncClient(base_url=base) as http:
        queued = await http.post(
            "/_control/script", json={"api": "anthropic", "steps": [{"text": "from HTTP"}]}
        )
        _, response = await call(make_provider("anthropic"), ask("anthropic"), stream=False)
        listed = await http.get("/_control/requests", params={"api": "anthropic"})
        sticky = await http.post(
            "/_control/sticky", json={"api": "openai", "fault": {"fault": "status", "status": 503}}
        )
        _, error = await failure(make_provider("openai"), ask("openai"), stream=False)
        reset = await http.post("/_control/reset")
        after_reset = await http.get("/_control/requests")

    assert (queued.status_code, queued.json()) == (200, {"queued": 1, "pending": 1})
    assert response.text == "from HTTP"
    assert listed.status_code == 200
    assert [(r["api"], r["path"], r["body"]["model"]) for r in listed.json()["requests"]] == [
        ("anthropic", "/v1/messages", "claude-sim")
    ]
    assert (sticky.status_code, error.code, error.status) == (200, "server_error", 503)
    assert (reset.status_code, after_reset.json()) == (200, {"requests": []})


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        ("/_control/script", b"not json", "the body must be JSON"),
        ("/_control/script", b"[1]", "the body must be a JSON object, got list"),
        ("/_control/script", b'{"steps": {"fault": "nope"}}', "steps[0]: unknown fault 'nope'"),
        ("/_control/script", b'{"steps": "x"}', "steps must be a list of step objects, got str"),
        (
            "/_control/script",
            b'{"api": "gemini", "steps": []}',
            "'api' must be one of anthropic, openai, any",
        ),
        (
            "/_control/script",
            b'{"stepz": []}',
            'expected {"api": "anthropic"|"openai"|"any", "steps": [...]}',
        ),
        ("/_control/sticky", b'{"api": "openai"}', 'expected {"api": "anthropic"|"openai"|"any", "fault"'),
        (
            "/_control/sticky",
            b'{"api": "openai", "fault": {"text": "hi"}}',
            "sticky fault: give a fault step",
        ),
    ],
)
async def test_bad_control_input_is_a_400_with_a_message(simulator, path, body, message):
    async with httpx.AsyncClient(base_url=simulator.base_url) as http:
        response = await http.post(path, content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 400
    assert message in response.json()["error"]
    assert simulator.pending_steps == []


async def test_bad_requests_filter_is_a_400(simulator):
    async with httpx.AsyncClient(base_url=simulator.base_url) as http:
        response = await http.get("/_control/requests", params={"api": "gemini"})

    assert (response.status_code, response.json()) == (400, {"error": "'api' must be anthropic or openai"})


async def test_api_request_without_required_fields_is_refused_like_the_real_api(simulator):
    async with httpx.AsyncClient(base_url=simulator.base_url) as http:
        claude = await http.post("/v1/messages", json={"model": "x", "messages": []})
        gpt = await http.post("/v1/chat/completions", content=b"{")

    assert (claude.status_code, claude.json()["error"]) == (
        400,
        {"type": "invalid_request_error", "message": "max_tokens: Field required"},
    )
    assert gpt.status_code == 400
    assert gpt.json()["error"]["type"] == "invalid_request_error"


async def test_anthropic_sampling_parameters_are_refused_from_api_version_2026_10_21(simulator):
    body = {
        "model": "x",
        "max_tokens": 10,
        "messages": [{"role": "user", "content": "hi"}],
        "temperature": 1.0,
    }
    async with httpx.AsyncClient(base_url=simulator.base_url) as http:
        current = await http.post("/v1/messages", json=body, headers={"anthropic-version": "2026-10-21"})
        legacy = await http.post("/v1/messages", json=body, headers={"anthropic-version": "2023-06-01"})

    assert (current.status_code, current.json()["error"]["message"]) == (
        400,
        "temperature: Extra inputs are not permitted",
    )
    assert legacy.status_code == 200


# --- Retry-After parsing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "Wed, 21 Oct 2026 07:28:30 GMT"}, 30.0),
        ({"retry-after": "Wed, 21 Oct 2026 07:27:00 GMT"}, 0.0),  # in the past: retry now
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers, expected):
    now = datetime(2026, 10, 21, 7, 28, 0, tzinfo=UTC)

    assert parse_retry_after(headers, now=now) == expected


# --- The management command ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "is not valid JSON"),
        ('{"text": "x"}', "must hold a JSON list of steps, got dict"),
        (
            '[{"fault": "status", "status": 99}]',
            "script.json[0]: a 'status' fault needs 'status' between 400 and 599",
        ),
    ],
)
def test_simulate_llm_refuses_a_bad_script(tmp_path, content, message):
    script = tmp_path / "script.json"
    if content is not None:
        script.write_text(content)

    with pytest.raises(CommandError) as caught:
        call_command("simulate_llm", "--port", "0", "--script", str(script))

    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "70000"], "--port must be between 0 and 65535, got 70000"),
        (["--latency-ms", "-5"], "--latency-ms must be >= 0, got -5.0"),
    ],
)
def test_simulate_llm_refuses_bad_arguments(args, message):
    with pytest.raises(CommandError) as caught:
        call_command("simulate_llm", *args)

    assert str(caught.value) == message


def test_simulate_llm_reports_a_port_in_use():
    with SimulatorServer() as taken, pytest.raises(CommandError) as caught:
        call_command("simulate_llm", "--port", str(taken.port))

    assert f"cannot listen on 127.0.0.1:{taken.port}" in str(caught.value)


def test_simulate_llm_serves_in_the_foreground(tmp_path):
    script = tmp_path / "script.json"
    script.write_text(json.dumps([{"text": "scripted"}, {"fault": "status", "status": 529}]))
    manage = Path(__file__).resolve().parent.parent / "manage.py"
    process = subprocess.Popen(
        [sys.executable, str(manage), "simulate_llm", "--port", "0", "--script", str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = [process.stdout.readline().strip() for _ in range(3)]
        base_url = banner[1].removeprefix("ANTHROPIC_BASE_URL=")
        pending = httpx.get(f"{base_url}/_control/requests", timeout=5).json()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert banner[0] == f"Simulated LLM server listening on {base_url} (2 scripted steps)"
    assert banner[2] == f"OPENAI_BASE_URL={base_url}/v1"
    assert pending == {"requests": []}
    assert (process.returncode, out.strip(), err) == (0, "Stopping.", "")
