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

import asyncio
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

from agents import budgets, sensitive
from agents.checkpoints import Checkpoint, LeaseLost, LoadedRun, StepRecord, active_prompt, lease_expiry
from agents.context import ContextBudgetExceeded, build_context
from agents.definitions import AgentDefinition, get_agent
from agents.errors import RunError
from agents.fallback import ChainResult, FallbackChain
from agents.guards.base import GuardOutcome, OutputAction, Verdict
from agents.guards.config import OutputSettings
from agents.guards.output import (
    OutputGuard,
    OutputReview,
    canary_for,
    evidence_text,
    output_guard_for,
    safe_answer,
    with_canary,
)
from agents.guards.pipeline import guard_for
from agents.guards.provenance import Evidence, untraced_argument
from agents.guards.redaction import (
    ConversationVault,
    StreamRestorer,
    redact_messages,
    redact_value,
    restore_response,
)
from agents.guards.untrusted import ScreenedResult, screen_result
from agents.memory.references import CacheReferenceStore
from agents.memory.state import update_state
from agents.models import Message, Run, RunStep
from agents.providers.base import ChatMessage, ModelRequest, ModelResponse, ToolCallRequest
from agents.tokens import count_tool_specs_tokens
from agents.tools.base import Permission, ToolContext
from agents.tools.execution import ToolOutcome, execute_tool
from tracing.logs import bind_run
from tracing.pricing import refresh_prices
from tracing.recording import GuardVerdictRecord, LLMCallRecord, ToolCallRecord
from tracing.spans import OpenSpan, Trace, started_before

logger = logging.getLogger(__name__)

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


# Run.failure_class, worst last: the run keeps the worst failure it met.
FAILURE_RANK = {"": 0, "recoverable": 1, "degraded": 2, "fatal": 3}
FINAL_STATUSES = frozenset(
    {
        Run.Status.COMPLETED,
        Run.Status.DEGRADED,
        Run.Status.HANDED_OFF,
        Run.Status.LOOPING,
        Run.Status.LIMIT_EXCEEDED,
        Run.Status.FAILED,
    }
)
# Handoffs that happen because something failed (not because the customer or the topic needs a person).
FAILED_HANDOFF_REASONS = frozenset(
    {
        "fatal_error",
        "providers_exhausted",
        "output_guard",
        "budget_exhausted",
        "looping",
        "step_limit",
        "token_limit",
        "cost_limit",
        "time_limit",
        "context_limit",
    }
)
# A knowledge search (agents.knowledge.tools.search_passages) answers {"passages": [...]}: its span is a
# retrieval span (query, hits, scores) rather than a plain tool span.
RETRIEVAL_RESULT_KEY = "passages"


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
class CheckedReply:
    """A final answer after the output guard: the text to send and the records to commit with it, or the
    outcome that ended the turn instead (the safe answer was sent, or a person took over)."""

    text: str
    records: list[Any]
    outcome: RunOutcome | None = None


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
        if step.kind not in ("model", "tool", "approval"):
            continue  # route, cache: the runtime's decisions, not the executor's conversation
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
    # The session a run is executed in; tracing.replay runs the same loop in a subclass that answers
    # model and tool calls from the record.
    session_class: type[_RunSession] | None = None

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
        # Calls are priced inside the event loop, where the price table is never queried: read it now.
        await refresh_prices()
        session = (self.session_class or _RunSession)(self, agent, loaded)
        # Every log line inside the run carries its trace, run and conversation ids (tracing.logs).
        with bind_run(loaded.run_id, conversation_id=loaded.conversation_id, agent=loaded.agent_name):
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
        # Tool results that had text addressed to the assistant removed, by call id, until their step is
        # written (their GuardVerdict goes in the same checkpoint).
        self.screened: dict[str, ScreenedResult] = {}
        # The conversation's agent's guard (a desk's, not the executor's it routes to).
        self.guard_settings = agent.guard
        # The run's spans (tracing.spans), written with the next checkpoint.
        self.trace = Trace(loaded.run_id)
        # The worst failure met in this session: Run.failure_class when the run ends.
        self.failure_class = ""
        # The customer's language as the input guard read it ("" when it did not run this session).
        self.customer_language = ""
        # Budget reservations whose call has been made, settled with the next checkpoint (agents.budgets).
        self.settlements: list[tuple[Any, Decimal]] = []

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
        if self.trace.finished:
            checkpoint.records.extend(self.trace.drain())
        if self.settlements:
            checkpoint.settlements.extend(self.settlements)
            self.settlements = []
        await self.store.commit(checkpoint)
        return checkpoint

    def defer(self, checkpoint: Checkpoint) -> None:
        """Write this checkpoint's steps and records with the next commit (after what is deferred)."""
        if self.deferred is not None:
            checkpoint.steps[:0] = self.deferred.steps
            checkpoint.records[:0] = self.deferred.records
        self.deferred = checkpoint

    def checkpoint(
        self, *, steps: list[StepRecord], records: list | None = None, **kwargs: Any
    ) -> Checkpoint:
        run_fields = kwargs.pop("run_fields", None) or self.run_fields()
        if run_fields.get("status") in FINAL_STATUSES:
            self.end_of_run(run_fields, kwargs.get("handoff"))
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
            # A copy: spans are appended at commit, and callers pass lists they still hold (a ChainResult's).
            records=list(records or []),
            **kwargs,
        )

    # --- tracing (tracing.spans) ----------------------------------------------------------------
    def note_failure(self, failure_class: str) -> None:
        if FAILURE_RANK[failure_class] > FAILURE_RANK[self.failure_class]:
            self.failure_class = failure_class

    def end_of_run(self, run_fields: dict[str, Any], handoff: dict[str, Any] | None) -> None:
        """The run's last checkpoint: its failure class, and a handoff span when a person takes over."""
        status = run_fields["status"]
        error_code = str(run_fields.get("error_code") or "")
        if status == Run.Status.DEGRADED or error_code == "output_replaced":
            self.note_failure("degraded")
        if status in (Run.Status.FAILED, Run.Status.LOOPING, Run.Status.LIMIT_EXCEEDED) or (
            error_code in FAILED_HANDOFF_REASONS
        ):
            self.note_failure("fatal")
        if self.failure_class:
            run_fields["failure_class"] = self.failure_class
            # Failed spans of this last stretch whose consequence was not known when they ended (a model
            # step no provider answered) take the run's class: a template was served, or a person took over.
            for span in self.trace.finished:
                if span.status == "error" and not span.error_class and span.kind == "model":
                    span.error_class = self.failure_class
        if handoff is not None:
            self.trace.add(
                "handoff",
                str(handoff.get("reason_code") or error_code or status),
                started_at=started_before(0),
                duration_ms=0.0,
                step_index=self.loaded.step_count,
                status="error" if self.failure_class in ("degraded", "fatal") else "ok",
                error_class=self.failure_class if self.failure_class in ("degraded", "fatal") else "",
                error_code=error_code,
                run_status=str(status),
                reason_detail=str(handoff.get("reason_detail") or ""),
            )

    def trace_intake(self) -> None:
        """The intake span: from the message being stored (and the run created) until execution starts."""
        loaded = self.loaded
        if loaded.step_count or loaded.created_at is None or not self.trace.enabled:
            return
        queued_ms = max((timezone.now() - loaded.created_at).total_seconds() * 1000, 0.0)
        self.trace.add(
            "intake",
            "customer message",
            started_at=loaded.created_at,
            duration_ms=queued_ms,
            message_id=loaded.trigger_message_id,
            chars=len(loaded.trigger_text),
            history_messages=len(loaded.history),
            agent=loaded.agent_name,
        )

    def trace_guard(self, record: GuardVerdictRecord) -> str | None:
        """A guard pass and its checks (scores and timings; the reasons stay on the GuardVerdict row).
        Returns the guard span's id (None with tracing off)."""
        if not self.trace.enabled:
            return None
        blocked = record.verdict in ("refuse", "escalate", "replace")
        span = self.trace.add(
            "guard",
            f"{record.stage} guard" + (f" · {record.source}" if record.stage == "untrusted" else ""),
            started_at=started_before(record.duration_ms),
            duration_ms=record.duration_ms,
            step_index=record.step_index,
            status="error" if blocked else "ok",
            error_code=record.deciding_check if blocked else "",
            stage=record.stage,
            verdict=record.verdict,
            deciding_check=record.deciding_check,
            source=record.source,
            language=record.language,
        )
        assert span is not None
        # Its checks are not written as spans: they are in the verdict, and read from it as the guard
        # span's children (tracing.spans.check_spans).
        return span.span_id

    def trace_attempts(
        self, records: list[Any], step_index: int, *, parent: str | None, answered: bool = False
    ) -> None:
        """One span per provider attempt. A failed attempt in a step that still got its answer is a
        recoverable failure (retried or fell back); otherwise its consequence is the step's to say."""
        for record in records:
            self.trace.add(
                "llm",
                f"{record.provider}:{record.model}",
                started_at=started_before(record.latency_ms, record.created_at),
                duration_ms=record.latency_ms,
                parent=parent,
                step_index=step_index,
                status="error" if record.error_code else "ok",
                error_class="recoverable" if record.error_code and answered else "",
                error_code=record.error_code,
                provider=record.provider,
                model=record.model,
                attempt=record.attempt,
                feature=record.feature,
                tokens_in=record.tokens_in,
                tokens_out=record.tokens_out,
                tokens_cached=record.tokens_cached,
                cost_usd=str(record.cost),
                streamed=record.streamed,
            )

    def trace_model_step(
        self, span: OpenSpan, records: list[Any], step_index: int, *, answered: bool
    ) -> None:
        """A reasoning step's span and one child per provider attempt. An attempt that failed while the
        step still got an answer is a recoverable failure (retried or fell back)."""
        llm_records = [r for r in records if isinstance(r, LLMCallRecord)]
        feature = self.agent.feature or self.agent.name
        for record in llm_records:
            record.feature = record.feature or feature
        failed_attempts = sum(1 for record in llm_records if record.error_code)
        self.trace_attempts(llm_records, step_index, parent=span.span_id or None, answered=answered)
        if failed_attempts and answered:
            self.note_failure("recoverable")
        span.end(
            step_index=step_index,
            status="ok" if answered else "error",
            error_code="" if answered else "providers_exhausted",
            attempts=len(llm_records),
            failed_attempts=failed_attempts,
            feature=feature,
            tokens_in=sum(r.tokens_in for r in llm_records),
            tokens_out=sum(r.tokens_out for r in llm_records),
            tokens_cached=sum(r.tokens_cached for r in llm_records),
        )

    # --- the loop ---------------------------------------------------------------------------
    async def go(self) -> RunOutcome:
        self.trace_intake()
        screened = await self.screen_input()
        if screened is not None:
            return screened
        if self.desk is not None:
            routed = await self.route()
            if routed is not None:
                return routed
        cached = await self.answer_from_cache()
        if cached is not None:
            return cached
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

    # --- guards (agents.guards) ---------------------------------------------------------------
    async def screen_input(self) -> RunOutcome | None:
        """The input guard on the customer's message. Returns an outcome when the turn ends here
        (refused or escalated).

        The verdict is recorded as a `tracing.GuardVerdict` row on the run, not as a step: a step would
        count against the agent's step limit and shift every index. An allowed message's row is written
        with the run's first step (the guard has no side effects, so a crash before that commit only
        repeats the screening); a run that has steps passed the guard already and is not screened again
        when it resumes."""
        settings_ = self.guard_settings
        loaded = self.loaded
        if not settings_.enabled or loaded.steps:
            return None
        router = self.desk.router if self.desk is not None else None
        guard = guard_for(
            settings_,
            # A desk's router reads sensitive topics with the embedding it computes anyway, and knows
            # "I want a person" as an intent: its guard leaves both layers to it.
            sensitive_similarity=not (router is not None and getattr(router, "sensitive_topics", False)),
            human_requests=router is None,
        )
        guard_chain = _MeteredChain(self, "guard") if settings_.model_injection_check else None
        outcome: GuardOutcome = await guard.screen_async(
            loaded.trigger_text,
            chain=guard_chain,
            agent_name=loaded.agent_name,
            customer_ref=loaded.customer_ref,
        )
        payload = outcome.as_payload()
        record = GuardVerdictRecord(
            step_index=loaded.step_count,
            stage="input",
            verdict=payload["verdict"],
            deciding_check=payload["deciding_check"],
            source="customer",
            language=payload["language"],
            checks=payload["checks"],
            duration_ms=payload["duration_ms"],
            created_at=timezone.now(),
        )
        guard_span = self.trace_guard(record)
        self.customer_language = outcome.language or ""
        # The model check's calls (if it asked the model) go in with the verdict: recorded, costed, settled.
        records: list[Any] = [record]
        if guard_chain is not None and guard_chain.records:
            records += guard_chain.records
            self.trace_attempts(guard_chain.records, record.step_index, parent=guard_span)
        verdict = outcome.verdict
        if verdict in (Verdict.ALLOW, Verdict.ALLOW_REDACTED):
            self.defer(self.checkpoint(steps=[], records=records))
            return None
        if verdict == Verdict.REFUSE:
            return await self.finish_with_reply(
                outcome.customer_message or self.agent.decline_message(outcome.language or "en"),
                error_code=outcome.reason_code or "guard_refused",
                records=records,
            )
        detail = outcome.detail
        topic = str(detail.get("topic") or "")
        return await self.finish_with_handoff(
            Run.Status.HANDED_OFF,
            outcome.reason_code or "guard",
            f"input guard: {detail.get('reason') or outcome.deciding_check}",
            records=records,
            detail_label=topic or outcome.deciding_check,
            customer_text=(
                (sensitive.customer_message(topic, outcome.language or "en") or "") if topic else ""
            ),
        )

    def model_vault(self) -> ConversationVault | None:
        """A fresh vault for one model call, or None when this agent does not redact."""
        settings_ = self.guard_settings
        if not (settings_.enabled and settings_.redact_pii):
            return None
        return ConversationVault()

    def restoring_stream(self, vault: ConversationVault | None) -> tuple[Any, Any, Any]:
        """(on_text, on_reset, flush) for a model call: placeholders become real values on the way out."""
        if vault is None:

            async def nothing() -> None:
                return None

            return self.listener.text, self.listener.reset, nothing
        restorer = StreamRestorer(vault)

        async def on_text(delta: str) -> None:
            shown = restorer.feed(delta)
            if shown:
                await self.listener.text(shown)

        async def on_reset() -> None:
            restorer.pending = ""
            await self.listener.reset()

        async def flush() -> None:
            rest = restorer.flush()
            if rest:
                await self.listener.text(rest)

        return on_text, on_reset, flush

    async def answer_from_cache(self) -> RunOutcome | None:
        """The semantic cache: an answer to the same question in the same scope ends the turn."""
        plan = self._cache_plan()
        if plan is None:
            return None  # not a cacheable turn: no query, no embedding
        span = self.trace.start("cache", "semantic cache", step_index=self.loaded.step_count, intent=plan[0])
        try:
            scope, hit = await sync_to_async(self._cache_lookup)(plan)
        except Exception as exc:  # the cache only saves work: when it fails, the model answers
            logger.exception("run %s: semantic cache lookup failed", self.loaded.run_id)
            span.end(status="error", error_code=type(exc).__name__, hit=False)
            return None
        self.cache_scope = scope
        span.end(
            hit=hit is not None,
            tier=hit.tier if hit is not None else "",
            similarity=hit.similarity if hit is not None else None,
            entry_id=hit.entry_id if hit is not None else None,
        )
        if hit is None:
            return None
        step = self.add_step(
            "cache",
            {
                "entry_id": hit.entry_id,
                "similarity": hit.similarity,
                "tier": hit.tier,
                "intent": scope.intent,
            },
        )
        await self.commit(
            self.checkpoint(
                steps=[step],
                run_fields=self.run_fields(
                    status=Run.Status.COMPLETED, final_text=hit.answer, finished_at=timezone.now()
                ),
                reply=(Message.Role.ASSISTANT, hit.answer),
            )
        )
        await self.listener.text(hit.answer)
        await self.listener.step("final", {"text": hit.answer, "cache": hit.tier})
        try:
            await self.count_cache_hit(hit.entry_id)
        except Exception:  # the answer is out; a lost count must not turn it into a failed run
            logger.exception("run %s: counting cache hit %s failed", self.loaded.run_id, hit.entry_id)
        return RunOutcome(self.loaded.run_id, Run.Status.COMPLETED, hit.answer)

    async def remember_answer(self, text: str) -> None:
        """Offer a final answer to the semantic cache (it decides whether it may be cached)."""
        from agents.guards import cache as guard_cache

        scope = self.cache_scope
        if scope is None or not self._answer_is_cacheable(text):
            return
        assert self.desk is not None
        try:
            await sync_to_async(guard_cache.store)(
                self.desk.guard.cache,
                scope,
                self.loaded.trigger_text,
                text,
                meta={"run_id": str(self.loaded.run_id), "executor": self.agent.name},
            )
        except Exception:
            logger.exception("run %s: storing the answer in the semantic cache failed", self.loaded.run_id)

    # The cache's scope for this turn, set by `answer_from_cache` when the turn may be cached (it is
    # also where `remember_answer` files the answer: the versions the answer was written with).
    cache_scope: Any = None  # agents.guards.cache.Scope

    def _cache_plan(self) -> tuple[str, str] | None:
        """(intent, language) when this turn may use the cache; None otherwise, without touching the
        database. Only a desk's fresh turn routed to an intent its cache settings list, whose question
        and conversation carry no state the answer depends on (see agents.guards.cache)."""
        from agents.guards import cache as guard_cache

        desk = self.desk
        if desk is None or self.agent is desk:
            return None  # no router, no intent: never cached
        settings = desk.guard.cache
        if not settings.enabled or not settings.intents or not self.agent.guard.cache.enabled:
            return None
        if any(step.kind not in ("route", "guard") for step in self.loaded.steps):
            return None  # a resumed run: the model has worked on it already
        guard = next((s.payload for s in self.loaded.steps if s.kind == "guard"), None)
        if guard is not None and guard.get("verdict") != "allow":
            return None  # personal data was redacted out of the question: it is about this customer
        route = next((s.payload for s in self.loaded.steps if s.kind == "route"), None)
        if route is None or route.get("action") != "execute":
            return None
        intent = str(route.get("intent") or "")
        if not guard_cache.intent_is_cacheable(settings, intent):
            return None
        loaded = self.loaded
        reason = guard_cache.uncacheable_reason(
            loaded.trigger_text,
            history_turns=len(loaded.history),
            pinned=loaded.pinned,
            handback_note=loaded.handback_note,
            user_facts=loaded.user_facts,
        )
        if reason:
            return None
        return intent, str(route.get("language") or "")

    def _cache_lookup(self, plan: tuple[str, str]) -> tuple[Any, Any]:
        """Sync: the scope's versions (the executor's active prompt, the knowledge base), then the
        lookup. Returns (agents.guards.cache.Scope, CacheHit or None)."""
        from agents.guards import cache as guard_cache

        assert self.desk is not None
        intent, language = plan
        prompt = active_prompt(self.agent.name, self.agent.system_prompt)
        scope = guard_cache.Scope(
            agent=self.desk.name,
            intent=intent,
            language=language,
            prompt_version=guard_cache.prompt_version_label(self.agent.name, prompt.version),
            kb_version=guard_cache.kb_version(),
        )
        guard_cache.notice_versions(kb=scope.kb_version, prompt=scope.prompt_version)
        return scope, guard_cache.lookup(self.desk.guard.cache, scope, self.loaded.trigger_text)

    def _answer_is_cacheable(self, text: str) -> bool:
        """A plain answer: only reads ran, none failed, nothing waited for an approval, and the customer
        got it (a person holding the conversation gets nothing from the bot)."""
        loaded = self.loaded
        if loaded.held_by_person or loaded.approvals or not text.strip():
            return False
        for step in loaded.steps:
            if step.kind == "approval":
                return False
            if step.kind == "tool":
                tool = self.agent.tool(step.payload.get("name", ""))
                if tool is None or tool.permission != Permission.READ or step.payload.get("is_error"):
                    return False
        return True

    async def reserve_budget(self, request: ModelRequest) -> Any:
        """Reserve the call's estimated cost in every budget that applies, before the call.

        Returns the `budgets.Reservation` (None when no daily budget applies or the model is free), or a
        RunOutcome when the call must not be made. As a budget runs out the turn degrades step by step:
        to the agent's "cheap" model tier from HANDRAIL_BUDGET_DEGRADE_AT of a daily budget on (or when
        the call would not fit otherwise); then the semantic cache, which already answered before the
        loop if it could (`go`: a cached question never reaches a model call); then a canned template
        matching the message; then a person. The run's own limit, `Limits.max_cost_usd`, is checked the
        same way before the call, in process: a run is leased to one worker, nobody else spends for it."""
        daily = self._daily_budgets()
        degraded = False
        while True:
            estimate = self._estimated_cost(request)
            if estimate == 0:
                return None  # a free model (the offline demo): nothing can be overspent, no database work
            run_left = self.agent.limits.max_cost_usd - self.loaded.cost_usd
            cheap = None if degraded else self._cheap_tier_owner()
            if cheap is not None and (
                estimate > run_left
                or (
                    daily
                    and await sync_to_async(budgets.most_used_fraction)(daily)
                    >= settings.HANDRAIL_BUDGET_DEGRADE_AT
                )
            ):
                self._degrade_to_cheap_tier(cheap)
                degraded = True
                continue
            if estimate > run_left:
                return await self._finish_over_budget(
                    "cost_limit",
                    f"this run has ${max(run_left, Decimal(0))} of its "
                    f"${self.agent.limits.max_cost_usd} left; the next model call may cost up to ${estimate}",
                )
            if not daily:
                return None
            try:
                return await sync_to_async(budgets.reserve)(daily, estimate)
            except budgets.BudgetExceeded as exc:
                if cheap is None:
                    return await self._finish_over_budget("budget_exhausted", exc.message)
                self._degrade_to_cheap_tier(cheap)  # it did not fit as it was: try the cheaper model
                degraded = True

    async def reserve_optional_call(self, request: ModelRequest) -> Any:
        """A reservation for a call the turn can do without (the input guard's model check): None when
        nothing needs reserving, False when it does not fit. Nothing degrades: the call is skipped."""
        estimate = self._estimated_cost(request)
        if estimate == 0:
            return None
        if estimate > self.agent.limits.max_cost_usd - self.loaded.cost_usd:
            return False
        daily = self._daily_budgets()
        if not daily:
            return None
        try:
            return await sync_to_async(budgets.reserve)(daily, estimate)
        except budgets.BudgetExceeded:
            return False

    async def settle_budget(self, reservation: Any, result: ChainResult) -> None:
        """Release the reservation and book the real cost: every attempt's, a failed one's too (a
        provider may bill a call that then failed to stream). Booked in the next checkpoint's
        transaction, with the call's records: if that commit never happens (the process died, the lease
        was lost) the estimate stays reserved for the day, which errs on the side of not spending."""
        if reservation is None:
            return
        self.settlements.append((reservation, sum((record.cost for record in result.records), Decimal(0))))

    def _daily_budgets(self) -> list[tuple[str, str, Decimal]]:
        """The daily budgets this turn spends from, as (scope, key, limit): the customer's and the
        agent's that the conversation belongs to (a desk's, for all its executors). No database work."""
        owner = self.desk or self.agent  # self.agent is the executor after routing; the desk owns the turn
        daily = []
        user_limit = settings.HANDRAIL_BUDGET_USER_DAILY_USD
        if user_limit > 0:
            # A conversation with no customer ref is a customer of its own.
            key = self.loaded.customer_ref or f"conversation:{self.loaded.conversation_id}"
            daily.append(("user", key, user_limit))
        agent_limit = owner.guard.agent_daily_budget_usd
        if agent_limit is None:
            agent_limit = settings.HANDRAIL_BUDGET_AGENT_DAILY_USD
        if agent_limit > 0:
            daily.append(("agent", owner.name, agent_limit))
        return daily

    def _estimated_cost(self, request: ModelRequest) -> Decimal:
        entries = getattr(self.chain, "entries", None) or []
        return budgets.estimate_cost(request, budgets.first_model(entries)) if entries else Decimal(0)

    def _cheap_tier_owner(self) -> AgentDefinition | None:
        """The agent whose "cheap" tier the turn can move to (the executor's, else the desk's); None when
        there is none or the turn is on it already."""
        current = list(getattr(self.chain, "entries", None) or [])
        for owner in (self.agent, self.desk):
            if owner is not None and owner.model_tiers.get("cheap"):
                return owner if list(owner.model_tiers["cheap"]) != current else None
        return None

    def _degrade_to_cheap_tier(self, owner: AgentDefinition) -> None:
        logger.info("run %s: budget nearly used, degrading to the cheap model tier", self.loaded.run_id)
        self.note_failure("degraded")
        self.trace.add(
            "budget",
            "degraded to the cheap tier",
            started_at=started_before(0),
            duration_ms=0.0,
            step_index=self.loaded.step_count,
            status="error",
            error_class="degraded",
            error_code="cheap_tier",
            owner=owner.name,
        )
        self.chain = self.executor.chain_factory(owner, "cheap")
        self.tier = "cheap"

    async def _finish_over_budget(self, reason_code: str, detail: str) -> RunOutcome:
        """The model call does not fit its budget and is not made: a canned template that matches the
        customer's message answers (the run is DEGRADED), else a person takes over."""
        self.trace.add(
            "budget",
            "over budget",
            started_at=started_before(0),
            duration_ms=0.0,
            step_index=self.loaded.step_count,
            status="error",
            error_class="degraded",
            error_code=reason_code,
            detail=detail[:300],
        )
        asked = self.loaded.trigger_text
        template = next(
            (
                t
                for owner in (self.agent, self.desk)
                if owner is not None
                for t in owner.fallback_templates
                if t.matches(asked)
            ),
            None,
        )
        if template is None:
            return await self.finish_with_handoff(Run.Status.LIMIT_EXCEEDED, reason_code, detail)
        await self.commit(
            self.checkpoint(
                steps=[],
                run_fields=self.run_fields(
                    status=Run.Status.DEGRADED,
                    final_text=template.text,
                    error_code=reason_code,
                    error_message=detail[:2000],
                    finished_at=timezone.now(),
                ),
                reply=(Message.Role.ASSISTANT, template.text),
            )
        )
        await self.listener.reset()
        await self.listener.text(template.text)
        return RunOutcome(self.loaded.run_id, Run.Status.DEGRADED, template.text, error_code=reason_code)

    async def check_provenance(self, call: ToolCallRequest) -> dict[str, Any] | None:
        """A write or irreversible call's arguments must trace back to this customer's request or data.
        Returns a typed error for the model when they do not.

        The arguments the tool declares `traced` are looked for in the customer's own words (this
        turn and the earlier messages the run sees, without what they pasted), in whole fields of the
        read-tool results of this conversation's runs, and in the pinned facts (`agents.guards.provenance`).
        Whatever a tool result or an article told the model, it cannot supply a refund's order number."""
        tool = self.agent.tool(call.name)
        if tool is None or not tool.traced_arguments:
            return None
        try:
            arguments = tool.args_model.model_validate(call.arguments).model_dump(mode="json")
        except Exception:
            return None  # the tool's own validation answers with `invalid_arguments`
        evidence = await self._provenance_evidence()
        refused = untraced_argument(call.name, tool.traced_arguments, arguments, evidence)
        if refused is not None:
            logger.warning(
                "run %s: %s refused, %s does not trace back to the customer",
                self.loaded.run_id,
                call.name,
                refused["argument"],
            )
        return refused

    async def screen_untrusted(self, call: ToolCallRequest, result: Any) -> Any:
        """Scan a tool result (untrusted content) before the model reads it.

        Every piece of text is run through the injection detector; what reads as addressed to the
        assistant is replaced (the data around it stays) and a note tells the model. The verdict is
        recorded with the tool step, in its checkpoint (`write_tool_step`)."""
        # A worker thread: the detector embeds text, which would block the other runs on this loop.
        screened = await asyncio.to_thread(screen_result, call.name, result)
        if screened.neutralised:
            self.screened[call.id] = screened
        return screened.value

    def untrusted_verdicts(self, call: ToolCallRequest, step_index: int) -> list[GuardVerdictRecord]:
        """The GuardVerdict of a screened result that had something removed, for its tool step."""
        screened = self.screened.pop(call.id, None)
        if screened is None:
            return []
        return [
            screened.verdict_record(
                step_index=step_index, source=f"tool:{call.name}", created_at=timezone.now()
            )
        ]

    async def _provenance_evidence(self) -> Evidence:
        loaded = self.loaded
        said = [m.content for m in loaded.history if m.role == "user"] + [loaded.trigger_text]
        reads = [
            step.payload.get("result")
            for step in loaded.steps
            if step.kind == "tool" and self._read_result(self.agent, step.payload)
        ]
        reads += await sync_to_async(self._earlier_read_results)(loaded.conversation_id, loaded.run_id)
        return Evidence.from_conversation(said, loaded.pinned, reads)

    @staticmethod
    def _read_result(agent: AgentDefinition, payload: dict[str, Any]) -> bool:
        """Whether a tool step holds a successful read's result (the shop's data about the customer)."""
        tool = agent.tool(payload.get("name") or "")
        return tool is not None and tool.permission == Permission.READ and not payload.get("is_error")

    @classmethod
    def _earlier_read_results(
        cls, conversation_id: Any, run_id: Any, created_before: Any = None
    ) -> list[Any]:
        """The read results of this conversation's earlier runs: the customer was shown them ("list my
        orders", then next turn "refund the headphones"). One query, asked only for a traced call.
        `created_before`: only runs created before then (a replay must not see later turns' reads)."""
        steps = RunStep.objects.filter(run__conversation_id=conversation_id, kind=RunStep.Kind.TOOL)
        if created_before is not None:
            steps = steps.filter(run__created_at__lt=created_before)
        rows = (
            steps.exclude(run_id=run_id)
            .order_by("-id")
            .values_list("run__executor_name", "run__agent_name", "payload")
        )[:100]  # 100 steps: far more look-ups than one conversation's requests refer back to
        results = []
        for executor_name, agent_name, payload in rows:
            try:
                agent = get_agent(executor_name or agent_name)
            except RunError:
                continue  # an agent no longer deployed: its results cannot be told apart as reads
            if cls._read_result(agent, payload):
                results.append(payload.get("result"))
        return results

    async def route(self) -> RunOutcome | None:
        """A desk's first step: classify the message, record the decision, and become the chosen
        executor (its prompt, tools, limits, model tier). On resume the recorded decision is reused,
        never asked again. Returns an outcome when the turn ends here (a person is asked for, the
        message is off topic, or the router is unsure)."""
        desk = self.desk
        assert desk is not None and desk.router is not None
        recorded = next((s for s in self.loaded.steps if s.kind == "route"), None)
        if recorded is None:
            span = self.trace.start("route", f"route · {desk.name}", step_index=self.loaded.step_count)
            # A router with a model: its calls are budgeted, recorded ("routing") and costed like any
            # other, and the customer's personal data reaches it as placeholders when the desk redacts.
            metered = _MeteredChain(self, "routing")
            classify = getattr(desk.router, "classify", None)
            if classify is None:  # a custom router need only answer `route(text, history)`
                decision = await desk.router.route(self.loaded.trigger_text, self.loaded.history)
            else:
                vault = self.model_vault()
                decision, _ = await classify(
                    self.loaded.trigger_text,
                    self.loaded.history,
                    step_index=self.loaded.step_count,
                    redact=vault.redact if vault is not None else None,
                    metered=metered.around,
                )
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
            self.trace_attempts(metered.records, step.index, parent=span.span_id or None, answered=True)
            span.end(
                step_index=step.index,
                intent=payload.get("intent"),
                confidence=payload.get("confidence"),
                action=payload["action"],
                executor=payload["executor"],
                language=payload.get("language") or "",
                tier=payload.get("tier") or "",
                sensitive_topic=payload.get("sensitive_topic") or "",
            )
            executor_name = payload["executor"]
            await self.commit(
                self.checkpoint(
                    steps=[step],
                    records=list(metered.records),
                    run_fields=self.run_fields(executor_name=executor_name),
                )
            )
            await self.listener.step("route", {k: payload[k] for k in ("intent", "confidence", "action")})
            await self.remember_route(payload)
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
        self.loaded.system_prompt = await self.executor_prompt(executor)
        return None

    # Seams where a session touches state outside the run (tracing.replay overrides them to stay
    # read-only): the conversation state, the active prompt, the cache's hit count, a tool's effect.
    async def remember_route(self, payload: dict[str, Any]) -> None:
        """The router's reading goes into the conversation state (the next turn's context)."""
        await sync_to_async(update_state)(
            self.loaded.conversation_id,
            last_intent=payload["intent"],
            language=payload.get("language") or None,
        )

    async def executor_prompt(self, executor: AgentDefinition) -> str:
        """The system prompt the routed-to executor answers with: its active version."""
        prompt = await sync_to_async(active_prompt)(executor.name, executor.system_prompt)
        return prompt.text

    async def count_cache_hit(self, entry_id: Any) -> None:
        from agents.guards import cache as guard_cache

        await sync_to_async(guard_cache.record_hit)(entry_id)

    async def run_tool(self, tool: Any, call: ToolCallRequest, ctx: ToolContext) -> ToolOutcome:
        """Execute one read or write call: the only place a tool's side effect happens."""
        return await execute_tool(tool, call.arguments, ctx)

    async def finish_with_reply(
        self, text: str, *, error_code: str = "", records: list | None = None
    ) -> RunOutcome:
        await self.commit(
            self.checkpoint(
                steps=[],
                records=records,
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
                system_prompt=self.prompt_with_canary(loaded.system_prompt or self.agent.system_prompt),
                history=loaded.history,
                turn=transcript(loaded)[len(loaded.history) :],
                pinned=loaded.pinned,
                user_facts=loaded.user_facts,
                budget_tokens=budget,
                references=self.references,
                earlier_summary=loaded.earlier_summary,
                mark_untrusted=True,
            )
        except ContextBudgetExceeded as exc:
            return await self.finish_with_handoff(Run.Status.LIMIT_EXCEEDED, "context_limit", exc.message)
        # Personal data leaves for the model as placeholders (agents.guards.redaction); the answer's text
        # and tool arguments get the real values back below, and the stream on its way out.
        vault = self.model_vault()
        request = ModelRequest(
            model="",
            system=vault.redact(built.system) if vault is not None else built.system,
            messages=redact_messages(built.messages, vault),
            tools=tools,
            max_tokens=max_tokens,
            timeout=float(settings.HANDRAIL_PROVIDER_TIMEOUT_SECONDS),
            hints=redact_value(self.hints, vault) if vault is not None else self.hints,
        )
        reservation = await self.reserve_budget(request)
        if isinstance(reservation, RunOutcome):
            return reservation  # over budget: degraded to a template or a person
        on_text, on_reset, flush = self.restoring_stream(vault)
        model_span = self.trace.start(
            "model", f"model · {self.agent.name}", step_index=self.loaded.step_count
        )
        result: ChainResult = await self.chain.call(
            request,
            step_index=self.loaded.step_count,
            on_text=on_text,
            on_reset=on_reset,
        )
        await flush()
        self.trace_model_step(
            model_span,
            result.records,
            self.loaded.step_count,
            answered=result.response is not None,
        )
        await self.settle_budget(reservation, result)
        for record in result.records:
            self.loaded.tokens_in += record.tokens_in
            self.loaded.tokens_out += record.tokens_out
            self.loaded.tokens_cached += record.tokens_cached
            self.loaded.cost_usd += record.cost
        if result.response is None:
            return await self.providers_exhausted(result)
        response: ModelResponse = restore_response(result.response, vault)
        model_span.set(
            tool_calls=[c.name for c in response.tool_calls],
            stop_reason=response.stop_reason,
            tier=self.tier or "",
        )
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
            checked = await self.check_reply(text, step, result, request, vault)
            if checked.outcome is not None:
                return checked.outcome  # replaced by the safe answer, or handed to a person
            text = checked.text
            await self.commit(
                self.checkpoint(
                    steps=[step],
                    records=checked.records,
                    run_fields=self.run_fields(
                        status=Run.Status.COMPLETED, final_text=text, finished_at=timezone.now()
                    ),
                    reply=(Message.Role.ASSISTANT, text),
                )
            )
            await self.listener.step("final", {"text": text})
            await self.remember_answer(text)
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
            self.defer(checkpoint)
        else:
            await self.commit(checkpoint)
        return None

    # --- the output guard (agents.guards.output) ----------------------------------------------------
    def output_settings(self) -> OutputSettings | None:
        """The answering agent's output guard settings (an executor's own after routing), or None when
        its output guard is off: then the reply goes out as the model wrote it."""
        guard = self.agent.guard
        return guard.output if guard.enabled and guard.output.enabled else None

    def prompt_with_canary(self, prompt: str) -> str:
        """The system prompt as the model gets it: with this run's canary when the output guard is on."""
        if self.output_settings() is None:
            return prompt
        return with_canary(prompt, canary_for(self.loaded.run_id))

    def reply_context(self) -> dict[str, Any]:
        """What a final answer is judged against (the keywords of `OutputGuard.review`): this run's tool
        results, what the conversation already showed (earlier answers, pinned facts, a person's note),
        the operator's own text (tool descriptions; the prompt is passed apart), and the customer's words."""
        loaded = self.loaded
        evidence: list[str] = []
        succeeded: list[str] = []
        for step in loaded.steps:
            if step.kind in ("tool", "approval") and "result" in step.payload:
                evidence.append(evidence_text(step.payload["result"]))
                if not step.payload.get("is_error"):
                    succeeded.append(str(step.payload.get("name") or ""))
        evidence += [m.content for m in loaded.history if m.role == "assistant" and m.content]
        evidence += [*loaded.pinned, *loaded.user_facts, loaded.earlier_summary, loaded.handback_note]
        evidence += [tool.description for tool in self.agent.tools]
        return {
            "system_prompt": loaded.system_prompt or self.agent.system_prompt,
            "canary": canary_for(loaded.run_id),
            "evidence": [text for text in evidence if text],
            "conversation_texts": [m.content for m in loaded.history if m.role == "user"]
            + [loaded.trigger_text],
            "succeeded_tools": succeeded,
            # The router's reading, else the input guard's: detecting the reply's language again costs
            # ~1.3 ms of lingua per answer (the output guard's largest part on the benchmark turn).
            "language": self.hints.get("language") or self.customer_language,
        }

    async def check_reply(
        self,
        text: str,
        step: StepRecord,
        result: ChainResult,
        request: ModelRequest,
        vault: ConversationVault | None,
    ) -> CheckedReply:
        """Review a final answer before it is committed (the model step is not written yet).

        send: the reply (or its mended JSON) goes out. repair: the model is asked once more with the
        guard's feedback; its new answer is reviewed again and sent if it passes, else replaced. replace:
        the agent's safe answer, the run completed with error_code "output_replaced". escalate: a person
        takes over (reason "output_guard"). Each review is a GuardVerdict row in the step's checkpoint
        and a summary in the step's payload (`output_guard`)."""
        settings_ = self.output_settings()
        records: list[Any] = list(result.records)
        if settings_ is None:
            return CheckedReply(text, records)
        guard = output_guard_for(settings_)
        context = self.reply_context()
        review: OutputReview = await asyncio.to_thread(guard.review, text, **context)
        records.append(review.record(step.index))
        self.trace_guard(records[-1])
        step.payload["output_guard"] = {**review.summary(), "sent": "model"}
        if review.action == OutputAction.SEND:
            await self._restream(text, review.text)
            return CheckedReply(review.text, records)
        final: OutputReview | None = review
        if review.action == OutputAction.REPAIR:
            repaired = await self.repair_reply(review, step, records, request, vault, guard, context)
            if isinstance(repaired, RunOutcome):
                return CheckedReply(text, records, outcome=repaired)  # the budget stopped the second call
            final = repaired
            if repaired is not None and repaired.action == OutputAction.SEND:
                step.payload["output_guard"]["sent"] = "repaired"
                await self._restream(step.payload["text"].strip(), repaired.text)
                return CheckedReply(repaired.text, records)
        if final is not None and final.action == OutputAction.ESCALATE:
            step.payload["output_guard"]["sent"] = "handoff"
            self.defer(self.checkpoint(steps=[step], records=records))
            reason = next((c.reason for c in final.fired() if c.name == final.deciding_check), "")
            outcome = await self.finish_with_handoff(
                Run.Status.HANDED_OFF,
                "output_guard",
                f"{final.deciding_check or 'output guard'}: {reason}",
                detail_label=final.deciding_check,
            )
            return CheckedReply(text, [], outcome=outcome)
        # replace, or a repair that did not pass: the safe answer, never a second repair
        step.payload["output_guard"]["sent"] = "safe_answer"
        safe = safe_answer(settings_, review.language)
        await self.commit(
            self.checkpoint(
                steps=[step],
                records=records,
                run_fields=self.run_fields(
                    status=Run.Status.COMPLETED,
                    final_text=safe,
                    error_code="output_replaced",
                    error_message=f"output guard: {(final or review).deciding_check or 'no usable repair'}",
                    finished_at=timezone.now(),
                ),
                reply=(Message.Role.ASSISTANT, safe),
            )
        )
        # The rejected reply was streamed while it was written: the chat clears that bubble first.
        await self.listener.reset()
        await self.listener.text(safe)
        await self.listener.step("final", {"text": safe})
        replaced = RunOutcome(self.loaded.run_id, Run.Status.COMPLETED, safe, error_code="output_replaced")
        return CheckedReply(safe, [], outcome=replaced)

    async def _restream(self, streamed: str, sent: str) -> None:
        """The format check mended the JSON the customer watched being written: show the mended one."""
        if sent != streamed:
            await self.listener.reset()
            await self.listener.text(sent)

    async def repair_reply(
        self,
        review: OutputReview,
        step: StepRecord,
        records: list[Any],
        request: ModelRequest,
        vault: ConversationVault | None,
        guard: OutputGuard,
        context: dict[str, Any],
    ) -> OutputReview | RunOutcome | None:
        """Ask the model once more with the guard's feedback appended to the system prompt (the customer's
        conversation is unchanged, and the repair does not count as a customer message). Returns the
        review of the new answer, None when there is no usable answer (providers failed, or it asked for
        tools), or the budget layer's outcome when the call may not be made."""
        from dataclasses import replace

        note = vault.redact(review.feedback) if vault is not None else review.feedback
        again_request = replace(request, system=f"{request.system}\n\n{note}")
        # If the budget stops this call, whatever it commits must carry the model step and its records.
        before = self.deferred
        self.defer(self.checkpoint(steps=[step], records=list(records)))
        reservation = await self.reserve_budget(again_request)
        if isinstance(reservation, RunOutcome):
            return reservation
        self.deferred = before
        await self.listener.reset()  # the rejected reply was streamed: the customer sees only the new one
        on_text, on_reset, flush = self.restoring_stream(vault)
        repair_span = self.trace.start("model", f"output repair · {self.agent.name}", step_index=step.index)
        again: ChainResult = await self.chain.call(
            again_request, step_index=step.index, on_text=on_text, on_reset=on_reset
        )
        await flush()
        for record in again.records:
            record.feature = "output_repair"
        await self.settle_budget(reservation, again)
        # Numbered after the first call's attempts: the trace reads 1, 2... for the step.
        offset = max((getattr(r, "attempt", 0) for r in records), default=0)
        for record in again.records:
            record.attempt += offset
            self.loaded.tokens_in += record.tokens_in
            self.loaded.tokens_out += record.tokens_out
            self.loaded.tokens_cached += record.tokens_cached
            self.loaded.cost_usd += record.cost
        records.extend(again.records)
        self.trace_model_step(repair_span, again.records, step.index, answered=again.response is not None)
        if again.response is None:
            return None
        response = restore_response(again.response, vault)
        if response.tool_calls or not response.text.strip():
            return None
        second: OutputReview = await asyncio.to_thread(
            guard.review, response.text.strip(), attempt=2, **context
        )
        records.append(second.record(step.index))
        self.trace_guard(records[-1])
        step.payload.update(
            text=response.text,
            stop_reason=response.stop_reason,
            provider=response.provider,
            model=response.model,
        )
        step.payload["output_guard"]["repair"] = second.summary()
        return second

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
        if tool.permission != Permission.READ:
            refused = await self.check_provenance(call)
            if refused is not None:
                await self.write_tool_step(
                    call, refused, is_error=True, attempts=0, duration_ms=0.0, truncated=False
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
        outcome = await self.run_tool(tool, call, ctx)
        await self.write_tool_step(
            call,
            await self.screen_untrusted(call, outcome.result),
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
        # The trace keeps what the model saw: personal data as placeholders when this agent redacts.
        vault = self.model_vault()
        record = ToolCallRecord(
            step_index=step.index,
            tool_call_id=call.id,
            tool_name=call.name,
            arguments=redact_value(call.arguments, vault) if vault is not None else call.arguments,
            result=redact_value(result, vault) if vault is not None else result,
            error_code=error_code
            or (result.get("code", "") if is_error and isinstance(result, dict) else ""),
            attempts=attempts,
            duration_ms=duration_ms,
            truncated=truncated,
            created_at=timezone.now(),
        )
        records = [record, *self.untrusted_verdicts(call, step.index)]
        self.trace_tool(record, result, is_error=is_error)
        for verdict in records[1:]:
            self.trace_guard(verdict)
        await self.commit(self.checkpoint(steps=[step], records=records))
        await self.listener.step("tool", {"name": call.name, "is_error": is_error})

    def trace_tool(self, record: ToolCallRecord, result: Any, *, is_error: bool) -> None:
        """A tool call's span; a knowledge search is a retrieval span with its query, hits and scores."""
        if not self.trace.enabled:
            return
        if record.attempts > 1 or (is_error and isinstance(result, dict) and result.get("retryable")):
            self.note_failure("recoverable")
        retrieval = isinstance(record.result, dict) and isinstance(
            record.result.get(RETRIEVAL_RESULT_KEY), list
        )
        attributes: dict[str, Any] = {
            "tool_call_id": record.tool_call_id,
            "tool": record.tool_name,
            "attempts": record.attempts,
            "truncated": record.truncated,
        }
        if retrieval:
            attributes.update(retrieval_summary(record.arguments, record.result))
        self.trace.add(
            "retrieval" if retrieval else "tool",
            record.tool_name,
            started_at=started_before(record.duration_ms, record.created_at),
            duration_ms=record.duration_ms,
            step_index=record.step_index,
            status="error" if is_error else "ok",
            error_class="recoverable" if is_error else "",
            error_code=record.error_code,
            **attributes,
        )

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
        self.trace.add(
            "approval",
            f"approval requested · {call.name}",
            started_at=started_before(0),
            duration_ms=0.0,
            step_index=model_step.index,
            tool_call_id=call.id,
            tool=call.name,
            amount=str(amount) if amount is not None else None,
            already_requested=bool(already),
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


class _MeteredChain:
    """A model chain used outside a reasoning step (the input guard's model check, the router's model):
    each call is reserved against the run's and the day's budgets first (skipped when it does not fit:
    the caller's cheaper answer stands), then recorded under `feature`, counted in the run's tokens and
    cost, and settled with the next checkpoint. `around(chain)` meters another chain (the router's own)."""

    def __init__(self, session: _RunSession, feature: str, inner: Any = None) -> None:
        self.session = session
        self.feature = feature
        self.inner = inner
        self.records: list[LLMCallRecord] = []

    def around(self, chain: Any) -> _MeteredChain:
        metered = _MeteredChain(self.session, self.feature, chain)
        metered.records = self.records  # one list: whoever wrapped it reads every call
        return metered

    async def call(self, request: ModelRequest, **kwargs: Any) -> ChainResult:
        session = self.session
        reservation = await session.reserve_optional_call(request)
        if reservation is False:
            logger.info("run %s: %s model call skipped, over budget", session.loaded.run_id, self.feature)
            return ChainResult(response=None)
        kwargs["step_index"] = session.loaded.step_count
        result: ChainResult = await (self.inner or session.chain).call(request, **kwargs)
        for record in result.records:
            record.feature = self.feature
            session.loaded.tokens_in += record.tokens_in
            session.loaded.tokens_out += record.tokens_out
            session.loaded.tokens_cached += record.tokens_cached
            session.loaded.cost_usd += record.cost
        self.records.extend(result.records)
        await session.settle_budget(reservation, result)
        return result


# Reasons a hand-back settles: after a person handed the conversation back for one of these, the same
# reason does not escalate it again. A customer asking for a person again, a sensitive topic, or a
# runtime failure (nothing else could answer) always escalates.
SUPPRESSIBLE_AFTER_HANDBACK = frozenset(
    {"low_confidence", "looping", "step_limit", "token_limit", "cost_limit", "time_limit", "context_limit"}
)


def retrieval_summary(arguments: Any, result: dict[str, Any]) -> dict[str, Any]:
    """The query, and each hit's id, title and score, of a knowledge search (for its span)."""
    query = arguments.get("query", "") if isinstance(arguments, dict) else ""
    hits = result.get(RETRIEVAL_RESULT_KEY) or []
    return {
        "query": str(query)[:300],
        "hit_count": len(hits),
        "hits": [
            {key: hit.get(key) for key in ("article", "title", "score") if key in hit}
            for hit in hits[:20]
            if isinstance(hit, dict)
        ],
    }


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
