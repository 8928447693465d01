"""The executor loop: reason, act, observe, with hard limits and a checkpoint after every step.

A run is rebuilt from its checkpoints, so `execute_run` is the same call for a fresh run and for a
run resumed after its process died or after an approval was decided: completed steps are replayed
from the record, never executed again.

Order within one iteration:
  1. tool calls of the last model step that have no result yet are executed (read/write) or parked
     for approval (irreversible), each result checkpointed before the next call;
  2. limits are checked (steps, tokens, cost, active seconds);
  3. the model is asked (through the fallback chain); its response is checkpointed; a response
     without tool calls is the final answer and is written in the same checkpoint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any, Protocol

from asgiref.sync import sync_to_async
from django.conf import settings
from django.utils import timezone

from agents import sensitive
from agents.checkpoints import Checkpoint, LeaseLost, LoadedRun, StepRecord, active_prompt, lease_expiry
from agents.context import ContextBudgetExceeded, build_context
from agents.definitions import AgentDefinition, get_agent
from agents.fallback import ChainResult, FallbackChain
from agents.memory.references import CacheReferenceStore
from agents.memory.state import update_state
from agents.models import Message, Run
from agents.providers.base import ChatMessage, ModelRequest, ModelResponse, ToolCallRequest
from agents.tokens import count_tool_specs_tokens
from agents.tools.base import Permission, ToolContext
from agents.tools.execution import execute_tool
from tracing.recording import ToolCallRecord

logger = logging.getLogger(__name__)

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class RunStore(Protocol):
    async def claim(self, run_id: Any, owner: str) -> LoadedRun | None: ...

    async def commit(self, checkpoint: Checkpoint) -> None: ...


class RunListener:
    """Receives what the customer should see while the run goes on (the SSE stream, the chat)."""

    async def text(self, delta: str) -> None:
        """A piece of the answer being streamed."""

    async def reset(self) -> None:
        """Drop the text streamed so far: that attempt failed and another provider answers."""

    async def step(self, kind: str, detail: dict[str, Any]) -> None:
        """A step was checkpointed (a tool ran, the run parked...)."""


@dataclass
class RunOutcome:
    run_id: Any
    status: str
    reply: str  # what the customer was told
    approval_id: Any = None
    handoff_ticket: str = ""
    error_code: str = ""


def arguments_hash(tool_name: str, arguments: dict[str, Any]) -> str:
    canonical = json.dumps({"tool": tool_name, "arguments": arguments}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def idempotency_key(run_id: Any, tool_call_id: str) -> str:
    return hashlib.sha256(f"{run_id}:{tool_call_id}".encode()).hexdigest()[:32]


def transcript(loaded: LoadedRun) -> list[ChatMessage]:
    """The model's view: earlier turns, this turn's message, then every checkpointed step."""
    messages = list(loaded.history)
    messages.append(ChatMessage(role="user", content=loaded.trigger_text))
    for step in loaded.steps:
        payload = step.payload
        if step.kind == "route":
            continue  # the router's decision is for the runtime, not for the executor's model
        if step.kind == "model":
            messages.append(
                ChatMessage(
                    role="assistant",
                    content=payload.get("text", ""),
                    tool_calls=[ToolCallRequest.from_dict(c) for c in payload.get("tool_calls", [])],
                )
            )
        else:
            messages.append(
                ChatMessage(
                    role="tool",
                    content=json.dumps(payload.get("result"), ensure_ascii=False),
                    tool_call_id=payload["tool_call_id"],
                    name=payload.get("name"),
                    is_error=bool(payload.get("is_error")),
                )
            )
    return messages


def unanswered_calls(loaded: LoadedRun) -> list[ToolCallRequest]:
    """Tool calls of the last model step that have no result step yet."""
    last_model = next((s for s in reversed(loaded.steps) if s.kind == "model"), None)
    if last_model is None:
        return []
    answered = {s.payload.get("tool_call_id") for s in loaded.steps if s.index > last_model.index}
    return [
        ToolCallRequest.from_dict(c)
        for c in last_model.payload.get("tool_calls", [])
        if c["id"] not in answered
    ]


def call_signatures(loaded: LoadedRun) -> Counter:
    counts: Counter = Counter()
    for step in loaded.steps:
        if step.kind == "model":
            for call in step.payload.get("tool_calls", []):
                counts[arguments_hash(call["name"], call.get("arguments") or {})] += 1
    return counts


class Executor:
    def __init__(
        self,
        store: RunStore,
        *,
        owner: str = WORKER_ID,
        listener: RunListener | None = None,
        chain_factory: Callable[..., FallbackChain] | None = None,
    ) -> None:
        self.store = store
        self.owner = owner
        self.listener = listener or RunListener()
        self.chain_factory = chain_factory or (lambda agent, tier=None: FallbackChain(agent.chain(tier)))

    async def execute(self, run_id: Any, *, loaded: LoadedRun | None = None) -> RunOutcome | None:
        """Run (or resume) a run to its next stop. Returns None if another worker holds it.

        `loaded`: a run the caller already claimed (intake claims the run it creates)."""
        if loaded is None:
            loaded = await self.store.claim(run_id, self.owner)
            if loaded is None:
                return None
        agent = get_agent(loaded.agent_name)
        session = _RunSession(self, agent, loaded)
        try:
            return await session.go()
        except LeaseLost:
            logger.warning("run %s: lease lost, another worker continues it", run_id)
            return None
        except Exception as exc:  # a bug must end the run with a handoff, never a silent hang
            logger.exception("run %s failed", run_id)
            return await session.finish_with_handoff(
                Run.Status.FAILED, "fatal_error", f"{type(exc).__name__}: {exc}"
            )


class _RunSession:
    def __init__(self, executor: Executor, agent: AgentDefinition, loaded: LoadedRun) -> None:
        self.executor = executor
        self.store = executor.store
        self.listener = executor.listener
        self.desk: AgentDefinition | None = agent if agent.router is not None else None
        self.agent = agent
        self.loaded = loaded
        self.started = time.monotonic()
        self.tier: str | None = None
        self.hints: dict[str, Any] = {}
        self.chain = executor.chain_factory(agent)
        # A model step that only asks for reads is committed with their results (one transaction
        # instead of two). A crash in between repeats that model call on resume, and nothing else:
        # reads have no side effects. Steps before a write or an approval are committed at once,
        # so the call id their idempotency key comes from is durable before the call is made.
        self.deferred: Checkpoint | None = None
        # Large tool results live outside the prompt, referenced (agents.memory.references).
        self.references = CacheReferenceStore(loaded.run_id)

    # --- bookkeeping ------------------------------------------------------------------------
    def active_seconds(self) -> float:
        return self.loaded.active_seconds + (time.monotonic() - self.started)

    def run_fields(self, **extra: Any) -> dict[str, Any]:
        loaded = self.loaded
        fields = {
            "step_count": loaded.step_count,
            "tokens_in": loaded.tokens_in,
            "tokens_out": loaded.tokens_out,
            "tokens_cached": loaded.tokens_cached,
            "cost_usd": loaded.cost_usd,
            "active_seconds": self.active_seconds(),
            "lease_expires_at": lease_expiry(),
        }
        fields.update(extra)
        return fields

    def add_step(self, kind: str, payload: dict[str, Any]) -> StepRecord:
        step = StepRecord(index=self.loaded.step_count, kind=kind, payload=payload)
        self.loaded.steps.append(step)
        self.loaded.step_count += 1
        return step

    async def commit(self, checkpoint: Checkpoint) -> Checkpoint:
        if self.deferred is not None:
            checkpoint.steps[:0] = self.deferred.steps
            checkpoint.records[:0] = self.deferred.records
            self.deferred = None
        await self.store.commit(checkpoint)
        return checkpoint

    def checkpoint(
        self, *, steps: list[StepRecord], records: list | None = None, **kwargs: Any
    ) -> Checkpoint:
        run_fields = kwargs.pop("run_fields", None) or self.run_fields()
        reply = kwargs.get("reply")
        if reply is not None and reply[0] == Message.Role.ASSISTANT and self.loaded.held_by_person:
            # The conversation went to a person while this run was parked: the bot does not talk over
            # them. Its answer stays on the run (final_text, the steps) for the person to read.
            kwargs["reply"] = None
        return Checkpoint(
            run_id=self.loaded.run_id,
            conversation_id=self.loaded.conversation_id,
            owner=self.executor.owner,
            run_fields=run_fields,
            steps=steps,
            records=records or [],
            **kwargs,
        )

    # --- the loop ---------------------------------------------------------------------------
    async def go(self) -> RunOutcome:
        if self.desk is not None:
            routed = await self.route()
            if routed is not None:
                return routed
        while True:
            pending = unanswered_calls(self.loaded)
            for call in pending:
                exceeded = self.limit_exceeded()
                if exceeded:
                    return await self.finish_with_handoff(Run.Status.LIMIT_EXCEEDED, exceeded, exceeded)
                parked = await self.act(call)
                if parked is not None:
                    return parked
            exceeded = self.limit_exceeded()
            if exceeded:
                return await self.finish_with_handoff(Run.Status.LIMIT_EXCEEDED, exceeded, exceeded)
            outcome = await self.reason()
            if outcome is not None:
                return outcome

    async def route(self) -> RunOutcome | None:
        """A desk's first step: classify the message, record the decision, and become the chosen
        executor (its prompt, tools, limits, model tier). On resume the recorded decision is reused,
        never asked again. Returns an outcome when the turn ends here (a person is asked for, the
        message is off topic, or the router is unsure)."""
        desk = self.desk
        assert desk is not None and desk.router is not None
        recorded = next((s for s in self.loaded.steps if s.kind == "route"), None)
        if recorded is None:
            decision = await desk.router.route(self.loaded.trigger_text, self.loaded.history)
            intent = next((i for i in desk.router.intents if i.name == decision.intent), None)
            payload = decision.to_payload()
            payload["action"] = intent.action if intent else "execute"
            payload["executor"] = intent.executor if intent and intent.action == "execute" else ""
            if payload.get("sensitive_topic"):
                # A legal threat, a billing dispute, a complaint or a person in crisis: a person answers,
                # whatever the desk's intents are.
                payload["action"], payload["executor"] = "escalate", ""
            elif payload["action"] == "execute" and decision.confidence < desk.router.threshold:
                payload["action"] = desk.router.below_threshold  # "clarify" or "escalate"
                payload["executor"] = ""
            step = self.add_step("route", payload)
            executor_name = payload["executor"]
            await self.commit(
                self.checkpoint(steps=[step], run_fields=self.run_fields(executor_name=executor_name))
            )
            await self.listener.step("route", {k: payload[k] for k in ("intent", "confidence", "action")})
            await sync_to_async(update_state)(
                self.loaded.conversation_id,
                last_intent=payload["intent"],
                language=payload.get("language") or None,
            )
        else:
            payload = recorded.payload
            decision = None
        action = payload["action"]
        if action == "escalate":
            reason = escalation_reason(payload)
            if reason in SUPPRESSIBLE_AFTER_HANDBACK and reason == self.loaded.handback_reason:
                # A person handed this conversation back having seen exactly this: escalating again
                # would bounce it between bot and inbox. The bot asks instead.
                action = "clarify"
            else:
                topic = payload.get("sensitive_topic") or ""
                evidence = ((payload.get("raw") or {}).get("sensitive_topic") or {}).get("evidence")
                detail = (
                    f"{topic.replace('_', ' ')}: {evidence}"
                    if topic and evidence
                    else f"router: {payload['intent']} ({payload['confidence']:.2f})"
                )
                return await self.finish_with_handoff(
                    Run.Status.HANDED_OFF,
                    reason,
                    str(detail),
                    detail_label=topic or payload["intent"],
                    # A person in crisis hears where to find help now, not only that someone will write.
                    customer_text=(sensitive.customer_message(topic, payload.get("language") or "en") or "")
                    if topic
                    else "",
                )
        if action in ("decline", "clarify"):
            if action == "decline":
                text = desk.decline_message(payload.get("language") or "en")
            else:
                text = desk.router.clarifying_question(decision) if decision else desk.decline_message("en")
            return await self.finish_with_reply(text, error_code="" if action == "decline" else "clarify")
        executor = get_agent(payload["executor"])
        reading = (payload.get("raw") or {}).get("text")
        # The router's English reading of the message, and the customer's language: the model answers
        # in it (and a desk's allowed languages were already applied by the router).
        self.hints = {"normalised_text": reading} if isinstance(reading, str) else {}
        if payload.get("language"):
            self.hints["language"] = payload["language"]
        self.agent = executor
        self.tier = payload.get("tier")
        self.chain = self.executor.chain_factory(executor, self.tier)
        prompt = await sync_to_async(active_prompt)(executor.name, executor.system_prompt)
        self.loaded.system_prompt = prompt.text
        return None

    async def finish_with_reply(self, text: str, *, error_code: str = "") -> RunOutcome:
        await self.commit(
            self.checkpoint(
                steps=[],
                run_fields=self.run_fields(
                    status=Run.Status.COMPLETED,
                    final_text=text,
                    error_code=error_code,
                    finished_at=timezone.now(),
                ),
                reply=(Message.Role.ASSISTANT, text),
            )
        )
        await self.listener.text(text)
        await self.listener.step("final", {"text": text})
        return RunOutcome(self.loaded.run_id, Run.Status.COMPLETED, text, error_code=error_code)

    def limit_exceeded(self) -> str:
        limits = self.agent.limits
        loaded = self.loaded
        if loaded.step_count >= limits.max_steps:
            return "step_limit"
        if loaded.tokens_in + loaded.tokens_out >= limits.max_tokens:
            return "token_limit"
        if loaded.cost_usd >= limits.max_cost_usd:
            return "cost_limit"
        if self.active_seconds() >= limits.max_seconds:
            return "time_limit"
        return ""

    async def reason(self) -> RunOutcome | None:
        loaded = self.loaded
        tools = self.agent.tool_specs()
        max_tokens = 1024
        # The budget covers system + messages; the tool schemas and the answer come on top.
        budget = settings.HANDRAIL_CONTEXT_BUDGET_TOKENS - count_tool_specs_tokens(tools) - max_tokens
        try:
            built = build_context(
                system_prompt=loaded.system_prompt or self.agent.system_prompt,
                history=loaded.history,
                turn=transcript(loaded)[len(loaded.history) :],
                pinned=loaded.pinned,
                user_facts=loaded.user_facts,
                budget_tokens=budget,
                references=self.references,
                earlier_summary=loaded.earlier_summary,
            )
        except ContextBudgetExceeded as exc:
            return await self.finish_with_handoff(Run.Status.LIMIT_EXCEEDED, "context_limit", exc.message)
        request = ModelRequest(
            model="",
            system=built.system,
            messages=built.messages,
            tools=tools,
            max_tokens=max_tokens,
            timeout=float(settings.HANDRAIL_PROVIDER_TIMEOUT_SECONDS),
            hints=self.hints,
        )
        result: ChainResult = await self.chain.call(
            request,
            step_index=self.loaded.step_count,
            on_text=self.listener.text,
            on_reset=self.listener.reset,
        )
        for record in result.records:
            self.loaded.tokens_in += record.tokens_in
            self.loaded.tokens_out += record.tokens_out
            self.loaded.tokens_cached += record.tokens_cached
            self.loaded.cost_usd += record.cost
        if result.response is None:
            return await self.providers_exhausted(result)
        response: ModelResponse = result.response
        step = self.add_step(
            "model",
            {
                "text": response.text,
                "tool_calls": [c.to_dict() for c in response.tool_calls],
                "stop_reason": response.stop_reason,
                "provider": response.provider,
                "model": response.model,
            },
        )
        if not response.tool_calls:
            text = response.text.strip() or "I'm sorry, I don't have an answer to that."
            await self.commit(
                self.checkpoint(
                    steps=[step],
                    records=result.records,
                    run_fields=self.run_fields(
                        status=Run.Status.COMPLETED, final_text=text, finished_at=timezone.now()
                    ),
                    reply=(Message.Role.ASSISTANT, text),
                )
            )
            await self.listener.step("final", {"text": text})
            return RunOutcome(self.loaded.run_id, Run.Status.COMPLETED, text)
        if response.text:
            # Text said before tool calls is the model thinking aloud, not the answer: the stored
            # reply is the final step's text, so the stream drops it too.
            await self.listener.reset()
        # The same call a third time is a loop: stop before running it again.
        counts = call_signatures(self.loaded)
        for call in response.tool_calls:
            if counts[arguments_hash(call.name, call.arguments)] >= self.agent.limits.loop_repeats:
                await self.commit(self.checkpoint(steps=[step], records=result.records))
                return await self.finish_with_handoff(
                    Run.Status.LOOPING,
                    "looping",
                    f"{call.name} called {self.agent.limits.loop_repeats} times with the same arguments",
                )
        checkpoint = self.checkpoint(steps=[step], records=result.records)
        if all(self._is_plain_read(call) for call in response.tool_calls):
            self.deferred = checkpoint
        else:
            await self.commit(checkpoint)
        return None

    def _is_plain_read(self, call: ToolCallRequest) -> bool:
        tool = self.agent.tool(call.name)
        return tool is not None and tool.permission == Permission.READ and not call.arguments_error

    async def act(self, call: ToolCallRequest) -> RunOutcome | None:
        """Run one tool call, or park the run for an approval. Returns an outcome only when parked."""
        tool = self.agent.tool(call.name)
        loaded = self.loaded
        if tool is None or call.arguments_error:
            error = (
                {
                    "code": "unknown_tool",
                    "retryable": False,
                    "message": f"there is no tool named {call.name!r}",
                }
                if tool is None
                else {"code": "invalid_arguments", "retryable": False, "message": call.arguments_error}
            )
            await self.write_tool_step(
                call, error, is_error=True, attempts=0, duration_ms=0.0, truncated=False
            )
            return None
        if tool.permission == Permission.IRREVERSIBLE:
            return await self.park_for_approval(call)
        ctx = ToolContext(
            run_id=str(loaded.run_id),
            conversation_id=str(loaded.conversation_id),
            customer_ref=loaded.customer_ref,
            tool_call_id=call.id,
            idempotency_key=idempotency_key(loaded.run_id, call.id),
        )
        outcome = await execute_tool(tool, call.arguments, ctx)
        await self.write_tool_step(
            call,
            outcome.result,
            is_error=outcome.is_error,
            attempts=outcome.attempts,
            duration_ms=outcome.duration_ms,
            truncated=outcome.truncated,
            error_code=outcome.error_code,
        )
        return None

    async def write_tool_step(
        self,
        call: ToolCallRequest,
        result: Any,
        *,
        is_error: bool,
        attempts: int,
        duration_ms: float,
        truncated: bool,
        error_code: str = "",
    ) -> None:
        step = self.add_step(
            "tool", {"tool_call_id": call.id, "name": call.name, "result": result, "is_error": is_error}
        )
        record = ToolCallRecord(
            step_index=step.index,
            tool_call_id=call.id,
            tool_name=call.name,
            arguments=call.arguments,
            result=result,
            error_code=error_code
            or (result.get("code", "") if is_error and isinstance(result, dict) else ""),
            attempts=attempts,
            duration_ms=duration_ms,
            truncated=truncated,
            created_at=timezone.now(),
        )
        await self.commit(self.checkpoint(steps=[step], records=[record]))
        await self.listener.step("tool", {"name": call.name, "is_error": is_error})

    async def park_for_approval(self, call: ToolCallRequest) -> RunOutcome:
        tool = self.agent.tool(call.name)
        assert tool is not None
        loaded = self.loaded
        try:
            arguments = tool.args_model.model_validate(call.arguments).model_dump(mode="json")
        except Exception as exc:
            await self.write_tool_step(
                call,
                {"code": "invalid_arguments", "retryable": False, "message": str(exc)[:500]},
                is_error=True,
                attempts=0,
                duration_ms=0.0,
                truncated=False,
            )
            return None  # type: ignore[return-value]  # the loop goes on: the model hears the error
        model_step = next(s for s in reversed(loaded.steps) if s.kind == "model")
        already = loaded.approvals.get(call.id)
        ctx = ToolContext(
            run_id=str(loaded.run_id),
            conversation_id=str(loaded.conversation_id),
            customer_ref=loaded.customer_ref,
            tool_call_id=call.id,
            idempotency_key=idempotency_key(loaded.run_id, call.id),
        )
        try:
            description, amount = await sync_to_async(tool.approval_summary)(arguments, ctx)
        except Exception:
            # A describer that cannot read (the order vanished, a bug) must not stop the approval: the
            # manager sees the tool and its arguments either way.
            logger.exception("run %s: describing %s for its approval failed", loaded.run_id, call.name)
            description, amount = call.name.replace("_", " "), None
        two_person_above = settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE
        # The customer's line leaves out what only staff need (the customer's own name and ref).
        try:
            said = tool.describe_action(arguments) if tool.describe_action else description
        except Exception:
            said = call.name.replace("_", " ")
        notice = f"{said}: this needs a manager's approval. I'll let you know here as soon as it is decided."
        asked = loaded.trigger_text
        checkpoint = self.checkpoint(
            steps=[],
            run_fields=self.run_fields(status=Run.Status.AWAITING_APPROVAL),
            # The customer hears why nothing happens yet (once, not again on a resume).
            reply=None if already else (Message.Role.SYSTEM, notice),
            approval=None
            if already
            else {
                "step_index": model_step.index,
                "tool_call_id": call.id,
                "tool_name": call.name,
                "arguments": arguments,
                "arguments_hash": arguments_hash(call.name, arguments),
                "approved_arguments": arguments,
                "approved_arguments_hash": arguments_hash(call.name, arguments),
                "description": description,
                "amount": amount,
                "required_approvals": 2
                if two_person_above and amount is not None and amount > two_person_above
                else 1,
                "expires_at": timezone.now() + timedelta(seconds=settings.HANDRAIL_APPROVAL_TTL_SECONDS),
                # The model's own words when it gave some; else what the customer asked, which is the
                # reason the agent acted (a model that calls a tool without a word, like the offline one).
                "justification": (
                    (model_step.payload.get("text") or "").strip()
                    or f"No reason given by the model. The customer wrote: “{' '.join(asked.split())}”"
                )[:2000],
            },
        )
        await self.commit(checkpoint)
        loaded.approvals[call.id] = "pending"
        # Not streamed as the assistant's words: the notice is a system message, shown as a card when
        # the turn ends (streamed, it flickered as an assistant bubble first).
        await self.listener.step("awaiting_approval", {"tool": call.name, "arguments": arguments})
        return RunOutcome(
            loaded.run_id, Run.Status.AWAITING_APPROVAL, notice, approval_id=checkpoint.approval_id
        )

    async def providers_exhausted(self, result: ChainResult) -> RunOutcome:
        code = result.last_error.code if result.last_error else "no_provider"
        customer_text = self.loaded.trigger_text
        template = next((t for t in self.agent.fallback_templates if t.matches(customer_text)), None)
        if template is not None:
            await self.commit(
                self.checkpoint(
                    steps=[],
                    records=result.records,
                    run_fields=self.run_fields(
                        status=Run.Status.DEGRADED,
                        final_text=template.text,
                        error_code=f"providers_exhausted:{code}",
                        finished_at=timezone.now(),
                    ),
                    reply=(Message.Role.ASSISTANT, template.text),
                )
            )
            await self.listener.reset()
            await self.listener.text(template.text)
            return RunOutcome(self.loaded.run_id, Run.Status.DEGRADED, template.text, error_code=code)
        return await self.finish_with_handoff(
            Run.Status.HANDED_OFF,
            "providers_exhausted",
            result.last_error.message if result.last_error else "no provider configured",
            records=result.records,
        )

    async def finish_with_handoff(
        self,
        status: str,
        reason_code: str,
        detail: str,
        *,
        records: list | None = None,
        detail_label: str = "",
        customer_text: str = "",
    ) -> RunOutcome:
        if reason_code in SUPPRESSIBLE_AFTER_HANDBACK and reason_code == self.loaded.handback_reason:
            return await self.stop_without_handoff(status, reason_code, detail, records=records)
        if self.loaded.held_by_person:
            # A person has this conversation already: one escalation at a time, and nothing said.
            return await self.stop_without_handoff(status, reason_code, detail, records=records)
        text = customer_text or (
            self.agent.human_requested_message
            if reason_code == "customer_asked_for_human"
            else self.agent.handoff_message
        )
        checkpoint = await self.commit(
            self.checkpoint(
                steps=[],
                records=records,
                run_fields=self.run_fields(
                    status=status,
                    final_text=text,
                    error_code=reason_code,
                    error_message=detail[:2000],
                    finished_at=timezone.now(),
                ),
                reply=(Message.Role.SYSTEM, text),
                handoff={
                    "reason_code": reason_code,
                    "reason_detail": detail_label[:200],
                    "summary": escalation_summary(self.loaded, reason_code, detail),
                    "reasoning": bot_reasoning(self.loaded),
                    "attempted_actions": attempted_actions(self.loaded),
                },
            )
        )
        shown = text.replace("{ticket}", checkpoint.handoff_ticket)
        await self.listener.reset()
        await self.listener.text(shown)
        return RunOutcome(
            self.loaded.run_id,
            status,
            shown,
            handoff_ticket=checkpoint.handoff_ticket,
            error_code=reason_code,
        )

    async def stop_without_handoff(
        self, status: str, reason_code: str, detail: str, *, records: list | None = None
    ) -> RunOutcome:
        """End a run that would escalate for the reason a person just handed it back for: the customer
        is asked to rephrase, the conversation stays with the bot, the run keeps its status."""
        text = self.agent.rephrase_message
        await self.commit(
            self.checkpoint(
                steps=[],
                records=records,
                run_fields=self.run_fields(
                    status=status,
                    final_text=text,
                    error_code=reason_code,
                    error_message=f"not escalated again after a hand-back: {detail}"[:2000],
                    finished_at=timezone.now(),
                ),
                reply=(Message.Role.ASSISTANT, text),
            )
        )
        await self.listener.reset()
        await self.listener.text(text)
        return RunOutcome(self.loaded.run_id, status, text, error_code=reason_code)


# Reasons a hand-back settles: after a person handed the conversation back for one of these, the same
# reason does not escalate it again. A customer asking for a person again, a sensitive topic, or a
# runtime failure (nothing else could answer) always escalates.
SUPPRESSIBLE_AFTER_HANDBACK = frozenset(
    {"low_confidence", "looping", "step_limit", "token_limit", "cost_limit", "time_limit", "context_limit"}
)


def escalation_reason(route_payload: dict[str, Any]) -> str:
    if route_payload.get("sensitive_topic"):
        return "sensitive_topic"
    if route_payload["intent"] == "human":
        return "customer_asked_for_human"
    return "low_confidence"


def escalation_summary(loaded: LoadedRun, reason_code: str, detail: str) -> str:
    """Two lines for the inbox: what the customer asked, and why the bot stopped."""
    asked = " ".join(loaded.trigger_text.split())
    if len(asked) > 280:
        asked = asked[:279] + "…"
    return f"Customer: {asked}\nStopped: {reason_code.replace('_', ' ')} ({detail})"[:2000]


def bot_reasoning(loaded: LoadedRun) -> str:
    """What the bot decided and said along the way, as lines a person reads."""
    lines = []
    for step in loaded.steps:
        payload = step.payload
        if step.kind == "route":
            line = (
                f"Routed as {payload.get('intent')} ({float(payload.get('confidence') or 0):.0%}, "
                f"language {payload.get('language') or '?'}) -> {payload.get('action')}"
            )
            if payload.get("executor"):
                line += f" by the {payload['executor']} executor"
            lines.append(line)
        elif step.kind == "model":
            text = " ".join((payload.get("text") or "").split())
            calls = ", ".join(c.get("name", "?") for c in payload.get("tool_calls", []))
            if text:
                lines.append(f"Model: {text[:500]}")
            if calls:
                lines.append(f"Model asked for: {calls}")
    return "\n".join(lines)[:8000]


def attempted_actions(loaded: LoadedRun) -> list[dict[str, Any]]:
    """Each tool call of the run with its arguments and how it ended (ok, error code, or parked)."""
    outcomes = {
        s.payload.get("tool_call_id"): s.payload for s in loaded.steps if s.kind in ("tool", "approval")
    }
    actions = []
    for step in loaded.steps:
        if step.kind != "model":
            continue
        for call in step.payload.get("tool_calls", []):
            done = outcomes.get(call.get("id"))
            if done is None:
                status = loaded.approvals.get(call.get("id"), "not run")
            elif done.get("is_error"):
                result = done.get("result")
                status = f"error: {result.get('code')}" if isinstance(result, dict) else "error"
            else:
                status = "ok"
            actions.append(
                {"tool": call.get("name"), "arguments": call.get("arguments") or {}, "status": status}
            )
    return actions[:50]


__all__ = ["Decimal", "Executor", "RunListener", "RunOutcome", "WORKER_ID", "arguments_hash"]
