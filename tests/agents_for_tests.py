"""Agents, tools and model scripts used by the runtime tests (and the crash test's subprocess).

Tool executions are appended to the file named by HANDRAIL_TEST_TOOL_LOG when it is set, so a test
can count them across processes.
"""

from __future__ import annotations

import json
import os
import re
import time
from decimal import Decimal

from pydantic import BaseModel, Field

from agents.definitions import AgentDefinition, CannedTemplate, Limits, register_agent
from agents.errors import ToolError
from agents.guards.untrusted import strip_envelopes
from agents.providers.base import ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply, turn_tool_results
from agents.routing import IntentSpec, RouteDecision
from agents.tools.base import Permission, RetryPolicy, ToolContext, tool

CALLS: list[tuple[str, dict]] = []  # in-process record of executions
FLAKY_STATE = {"failures_left": 0}


def log_execution(name: str, arguments: dict, ctx: ToolContext) -> None:
    CALLS.append((name, arguments))
    path = os.environ.get("HANDRAIL_TEST_TOOL_LOG")
    if path:
        with open(path, "a") as log:
            log.write(json.dumps({"tool": name, "arguments": arguments, "key": ctx.idempotency_key}) + "\n")


def hang_if_asked(name: str) -> None:
    """The crash test makes one tool hang (HANDRAIL_TEST_HANG_TOOL) so it can kill the process there."""
    if os.environ.get("HANDRAIL_TEST_HANG_TOOL") == name:
        time.sleep(3600)


class OrderArgs(BaseModel):
    order_id: int = Field(..., ge=1, description="The order number")


class RefundArgs(BaseModel):
    order_id: int = Field(..., ge=1, description="The order number")
    amount: Decimal = Field(..., gt=0, decimal_places=2, description="Amount in USD")


@tool(args=OrderArgs, description="Look an order up.")
def fetch_order(args: OrderArgs, ctx: ToolContext) -> dict:
    log_execution("fetch_order", args.model_dump(), ctx)
    hang_if_asked("fetch_order")
    return {"summary": f"Order {args.order_id} is shipped.", "status": "shipped"}


@tool(args=OrderArgs, description="Track an order's parcel.")
def fetch_tracking(args: OrderArgs, ctx: ToolContext) -> dict:
    log_execution("fetch_tracking", args.model_dump(), ctx)
    hang_if_asked("fetch_tracking")
    return {"summary": f"Order {args.order_id} is with DHL.", "carrier": "DHL"}


@tool(
    args=OrderArgs,
    description="A service that fails transiently before it answers.",
    retry=RetryPolicy(max_attempts=3, initial_delay=0.01, max_delay=0.02, jitter=0.01),
)
def flaky_service(args: OrderArgs, ctx: ToolContext) -> dict:
    log_execution("flaky_service", args.model_dump(), ctx)
    if FLAKY_STATE["failures_left"] > 0:
        FLAKY_STATE["failures_left"] -= 1
        raise ToolError("upstream answered 503", code="upstream_unavailable", retryable=True)
    return {"summary": "ok", "attempt": ctx.attempt}


@tool(
    args=OrderArgs,
    description="A service that rejects the request (a 4xx).",
    retry=RetryPolicy(max_attempts=3, initial_delay=0.01, max_delay=0.02, jitter=0.01),
)
def rejecting_service(args: OrderArgs, ctx: ToolContext) -> dict:
    log_execution("rejecting_service", args.model_dump(), ctx)
    raise ToolError("order 1234 cannot be changed", code="conflict", retryable=False)


@tool(
    args=OrderArgs,
    description="A service slower than its timeout.",
    timeout=0.05,
    retry=RetryPolicy(max_attempts=2, initial_delay=0.01, max_delay=0.02, jitter=0.01),
)
async def slow_service(args: OrderArgs, ctx: ToolContext) -> dict:
    import asyncio

    log_execution("slow_service", args.model_dump(), ctx)
    await asyncio.sleep(1)
    return {"summary": "too late"}


@tool(args=OrderArgs, description="Returns every order row there is.", max_items=20, max_chars=4000)
def all_rows(args: OrderArgs, ctx: ToolContext) -> list:
    return [{"row": i, "order_id": args.order_id} for i in range(10_000)]


def _must_have_status(result: dict) -> dict:
    if "status" not in result:
        raise ValueError("the result has no 'status'")
    return result


@tool(args=OrderArgs, description="Returns a malformed result.", output_validator=_must_have_status)
def broken_output(args: OrderArgs, ctx: ToolContext) -> dict:
    return {"unexpected": True}


@tool(args=RefundArgs, description="Refund an order. Irreversible.", permission=Permission.IRREVERSIBLE)
def refund(args: RefundArgs, ctx: ToolContext) -> dict:
    log_execution("refund", args.model_dump(mode="json"), ctx)
    return {
        "summary": f"Refunded ${args.amount} on order {args.order_id}.",
        "idempotency_key": ctx.idempotency_key,
    }


ALL_TOOLS = [
    fetch_order,
    fetch_tracking,
    flaky_service,
    rejecting_service,
    slow_service,
    all_rows,
    broken_output,
    refund,
]


def sequence(calls: list[tuple[str, dict]], final: str = "Done: {last}"):
    """A script that makes `calls` one per model step, then answers with the last tool result."""

    def script(request: ModelRequest) -> ModelResponse:
        done = turn_tool_results(request)
        if done < len(calls):
            return reply(request, f"Step {done + 1}.", [calls[done]])
        last = next((m.content for m in reversed(request.messages) if m.role == "tool"), "")
        return reply(request, final.format(last=strip_envelopes(last)))

    return script


def looping(request: ModelRequest) -> ModelResponse:
    return reply(request, "Checking again.", [("fetch_order", {"order_id": 7})])


def chatty(request: ModelRequest) -> ModelResponse:
    """Never answers: calls a different order each step (a step-limit case, not a loop)."""
    return reply(request, "", [("fetch_order", {"order_id": turn_tool_results(request) + 1})])


register_script(
    "two-calls", sequence([("fetch_order", {"order_id": 1234}), ("fetch_tracking", {"order_id": 1234})])
)
register_script(
    "refund", sequence([("refund", {"order_id": 1234, "amount": "40.00"})], final="Outcome: {last}")
)
register_script("looping", looping)
register_script("chatty", chatty)
for name in ("flaky_service", "rejecting_service", "slow_service", "all_rows", "broken_output"):
    register_script(f"call-{name}", sequence([(name, {"order_id": 1234})]))
register_script("bad-args", sequence([("fetch_order", {"order_id": "not a number"})]))
register_script("unknown-tool", sequence([("drop_tables", {})]))


def make_agent(name: str, script: str, *, limits: Limits | None = None, templates=None) -> AgentDefinition:
    return register_agent(
        AgentDefinition(
            name=name,
            description=f"test agent driven by the {script} script",
            system_prompt=f"You are the {name} test agent.",
            tools=ALL_TOOLS,
            model_chain=[f"scripted:{script}"],
            limits=limits or Limits(),
            fallback_templates=templates or [],
        )
    )


make_agent("t-two-calls", "two-calls")
make_agent("t-refund", "refund")
make_agent("t-looping", "looping")
make_agent("t-chatty", "chatty", limits=Limits(max_steps=5))
make_agent("t-flaky", "call-flaky_service")
make_agent("t-rejecting", "call-rejecting_service")
make_agent("t-slow", "call-slow_service")
make_agent("t-all-rows", "call-all_rows")
make_agent("t-broken-output", "call-broken_output")
make_agent("t-bad-args", "bad-args")
make_agent("t-unknown-tool", "unknown-tool")
make_agent("t-token-limit", "chatty", limits=Limits(max_tokens=60))
make_agent("t-cost-limit", "chatty", limits=Limits(max_cost_usd=Decimal("0.000001")))
make_agent(
    "t-no-script",
    "missing-script",
    templates=[CannedTemplate(name="orders", pattern=r"\border\b", text="Orders: see your e-mail.")],
)


class KeywordRouter:
    """A stand-in router for the runtime's desk tests: decisions by keyword, no model."""

    threshold = 0.7
    below_threshold = "clarify"
    intents = [
        IntentSpec("orders", "order questions", executor="t-two-calls"),
        IntentSpec("refunds", "refunds", executor="t-refund"),
        IntentSpec("human", "wants a person", executor=None, action="escalate"),
        IntentSpec("off_topic", "anything else", executor=None, action="decline"),
    ]

    async def route(self, text: str, history) -> RouteDecision:
        lowered = text.lower()
        if "human" in lowered:
            intent, confidence = "human", 0.95
        elif "joke" in lowered:
            intent, confidence = "off_topic", 0.9
        elif "refund" in lowered:
            intent, confidence = "refunds", 0.9
        elif "maybe" in lowered:
            intent, confidence = "orders", 0.4
        else:
            intent, confidence = "orders", 0.92
        language = "es" if "pedido" in lowered else "en"
        return RouteDecision(intent, confidence, language, False, "cheap", "offline", {"text": text})

    def clarifying_question(self, decision: RouteDecision) -> str:
        return "Do you mean an order question or a refund?"


register_agent(
    AgentDefinition(
        name="t-desk",
        description="a desk routing to the test executors",
        system_prompt="You route.",
        router=KeywordRouter(),
        decline_messages={
            "en": "I can only help with shop questions.",
            "es": "Solo puedo ayudar con la tienda.",
        },
    )
)


# --- People-side tests (tests/test_escalations.py, tests/test_approval_decisions.py) ---------------


def crashing(request: ModelRequest) -> ModelResponse:
    """A bug inside the model step (not a provider error): the run must end with a handoff."""
    raise RuntimeError("the script broke")


register_script("crashing", crashing)
make_agent("t-crashing", "crashing")


class EscalatingKeywordRouter(KeywordRouter):
    """The keyword router, configured to escalate instead of asking when it is unsure."""

    below_threshold = "escalate"


register_agent(
    AgentDefinition(
        name="t-desk-escalating",
        description="a desk that hands unsure messages to a person",
        system_prompt="You route.",
        router=EscalatingKeywordRouter(),
    )
)


def describe_priced_refund(arguments: dict, ctx: ToolContext | None = None) -> str:
    return f"Refund ${Decimal(str(arguments['amount'])):.2f} on order {arguments['order_id']}"


def priced_refund_amount(arguments: dict, ctx: ToolContext | None = None) -> Decimal:
    return Decimal(str(arguments["amount"]))


@tool(
    args=RefundArgs,
    description="Refund an order; the manager sees the amount. Irreversible.",
    permission=Permission.IRREVERSIBLE,
    describe_action=describe_priced_refund,
    approval_amount=priced_refund_amount,
)
def priced_refund(args: RefundArgs, ctx: ToolContext) -> dict:
    log_execution("priced_refund", args.model_dump(mode="json"), ctx)
    return {"summary": f"Refunded ${args.amount} on order {args.order_id}."}


def refund_what_was_asked(request: ModelRequest) -> ModelResponse:
    """Asks for a priced refund of the "$NN" in the customer's message on order 1234, then reports."""
    if turn_tool_results(request) == 0:
        asked = next(m.content for m in reversed(request.messages) if m.role == "user")
        amount = re.search(r"\$(\d+(?:\.\d\d)?)", asked).group(1)
        return reply(
            request,
            "The customer asked for a refund.",
            [("priced_refund", {"order_id": 1234, "amount": amount})],
        )
    last = next(m.content for m in reversed(request.messages) if m.role == "tool")
    return reply(request, f"Outcome: {strip_envelopes(last)}")


register_script("refund-what-was-asked", refund_what_was_asked)
register_agent(
    AgentDefinition(
        name="t-priced-refund",
        description="test agent: refunds the amount the customer names, priced for the manager",
        system_prompt="You are the t-priced-refund test agent.",
        tools=[priced_refund],
        model_chain=["scripted:refund-what-was-asked"],
    )
)
