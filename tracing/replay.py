"""Replay a recorded run: feed its model responses and tool results back through the executor's own
decision code, in memory, and say step by step whether every decision came out the same.

Two modes.

* recorded (the default): every model call is answered from the run's `LLMCall` records, every tool call
  from its recorded result, the router from its recorded reading and the semantic cache from its
  recorded hit. No provider is called and no tool runs. The session is the executor's own
  (`agents.executor._RunSession`, subclassed here), so what is compared is the code that decides: which
  tool with which arguments, whether an argument traces back to the customer, when a limit or a loop
  stops the run, what the output guard lets through, when a person takes over, what waits for an
  approval. "No difference" means today's code, given what the run saw, decides as it did.
* live from step K (`from_step`, with `prompt_version` V or `model` M, or neither to re-ask the same
  model): steps before K are replayed from the record; from K on the model is asked through the normal
  fallback chain (the run's chain, or M alone), with the run's prompt or version V. Tools are still
  answered from the record: a call the record has no result for is answered with a typed `no_record`
  error and not executed. `tool_overrides` ({step index: result}) replace recorded tool results ("what
  if the tool had said X"); without `from_step` the model is asked live from the step after the first
  overridden one (a recorded answer cannot react to a result it never saw).

Nothing is written: checkpoints go to an in-memory store, budgets are not reserved (the run's own cost
limit is still checked), the conversation state, the cache's hit counts and the reference store are
left alone. What the replay cannot reproduce is the world around the run: active seconds (a replay is
fast, so a recorded `time_limit` is not met again), a budget degrade that depended on the day's ledger,
and the customer's memory, which is read as it is now.
"""

from __future__ import annotations

import asyncio
import copy
import json
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from asgiref.sync import async_to_sync, sync_to_async

from agents.checkpoints import HANDBACK_PIN, Checkpoint, History, LoadedRun, StepRecord, histories_before
from agents.definitions import AgentDefinition, get_agent
from agents.errors import HandrailError, ProviderError, RunError
from agents.executor import Executor, RunOutcome, _RunSession, arguments_hash
from agents.fallback import ChainResult, FallbackChain
from agents.guards.cache import CacheHit, Scope
from agents.memory.references import MemoryReferenceStore
from agents.models import AgentPrompt, ApprovalRequest, Conversation, Escalation, Message, Run, RunStep
from agents.providers import ProviderConfigError, build_provider
from agents.providers.base import ModelRequest, ModelResponse, ToolCallRequest, Usage
from agents.routing import RouteDecision
from agents.tools.base import ToolContext
from agents.tools.execution import ToolOutcome
from tracing.models import LLMCall, ToolCall
from tracing.recording import LLMCallRecord

# A run whose worker is still writing steps has no complete record to replay.
RUNNING_STATUSES = frozenset({Run.Status.PENDING, Run.Status.RUNNING})
# What a tool call the record has no result for is answered with (never executed).
NO_RECORD = {
    "code": "no_record",
    "retryable": False,
    "message": "replay: the record has no result for this call, and a replay never runs a tool",
}
# An override's JSON is a tool result a person typed; a result this large is a paste gone wrong.
MAX_OVERRIDE_CHARS = 20_000
MAX_OVERRIDES = 20
MAX_MODEL_CHARS = 200
# Step statuses in a report. "input" is a tool result the replay was given instead of the recorded one
# (an override, or no record): not a decision, but what the next decision reacts to.
SAME, DIFFERS, INPUT, ONLY_RECORDED, ONLY_REPLAYED = (
    "same",
    "differs",
    "input",
    "only_recorded",
    "only_replayed",
)
DIFFERENT_STATUSES = frozenset({DIFFERS, ONLY_RECORDED, ONLY_REPLAYED})


class ReplayError(HandrailError):
    """A replay that cannot be made. Codes: unknown_run, run_in_progress (retryable: try when it has
    stopped), invalid_option, unknown_prompt_version, unknown_agent, replay_timeout (retryable)."""

    def __init__(self, message: str, *, code: str = "invalid_option", retryable: bool = False) -> None:
        super().__init__(message, code=code, retryable=retryable)


class ReplayGap(RunError):
    """The replayed run asked for something the record cannot answer and a replay must not make up
    (a router reading the run never needed). Ends the replayed run like any other failure."""

    code = "no_record"


# --- options ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplayOptions:
    from_step: int | None = None
    prompt_version: int | None = None
    model: str = ""
    tool_overrides: dict[int, Any] = field(default_factory=dict)

    @property
    def live(self) -> bool:
        return self.live_from is not None

    @property
    def live_from(self) -> int | None:
        """The first step whose model call is made live (None: everything from the record)."""
        if self.from_step is not None:
            return self.from_step
        if self.tool_overrides:
            return min(self.tool_overrides) + 1
        if self.prompt_version is not None or self.model:
            return 0
        return None


def parse_run_id(value: Any) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    text = str(value or "").strip()
    try:
        if not text.isascii():  # int() reads "７" as 7: a look-alike id is not the run's id
            raise ValueError(text)
        return uuid.UUID(text)
    except ValueError:
        raise ReplayError(f"{_quoted(text)} is not a run id (a UUID)", code="invalid_option") from None


def parse_tool_override(text: Any) -> tuple[int, Any]:
    """`STEP=JSON` (the step index of a recorded tool result, and the result to use instead)."""
    raw = str(text or "")
    step_text, sep, body = raw.partition("=")
    if not sep:
        raise ReplayError(f"a tool override looks like STEP=JSON, not {_quoted(raw)}")
    step_text = step_text.strip()
    if not step_text.isascii() or not step_text.isdigit():
        raise ReplayError(f"a tool override's step must be a step number, not {_quoted(step_text)}")
    if len(body) > MAX_OVERRIDE_CHARS:
        raise ReplayError(f"the result for step {int(step_text)} is over {MAX_OVERRIDE_CHARS} characters")
    try:
        value = json.loads(body, parse_constant=_not_json)
    except ValueError as exc:
        message = getattr(exc, "msg", str(exc))
        raise ReplayError(f"the result for step {int(step_text)} is not valid JSON ({message})") from None
    except RecursionError:  # "[[[[…": valid JSON nested deeper than anything a tool returns
        raise ReplayError(f"the result for step {int(step_text)} is nested too deeply") from None
    return int(step_text), value


def _not_json(name: str) -> Any:
    # Python reads NaN and Infinity; JSON (and the JSON columns a result is compared in) has neither.
    raise ValueError(f"{name} is not a JSON value")


def parse_options(
    *,
    from_step: Any = None,
    prompt_version: Any = None,
    model: Any = "",
    tool_overrides: list[Any] | None = None,
) -> ReplayOptions:
    """Check what a person typed (command line or console form); the run-dependent checks come later."""
    step = _whole_number(from_step, "the step to re-run from")
    version = _whole_number(prompt_version, "the prompt version")
    if version is not None and version < 1:
        raise ReplayError("prompt versions start at 1")
    model_entry = str(model or "").strip()
    if len(model_entry) > MAX_MODEL_CHARS:
        raise ReplayError(f"a model is provider:model in at most {MAX_MODEL_CHARS} characters")
    if version is not None and model_entry:
        raise ReplayError("give a prompt version or a model, not both: a difference must have one cause")
    if model_entry:
        try:
            build_provider(model_entry)
        except (ProviderConfigError, ProviderError) as exc:
            raise ReplayError(exc.message) from None
    overrides: dict[int, Any] = {}
    entries = list(tool_overrides or [])
    if len(entries) > MAX_OVERRIDES:
        raise ReplayError(f"at most {MAX_OVERRIDES} tool overrides")
    for entry in entries:
        index, value = parse_tool_override(entry)
        if index in overrides:
            raise ReplayError(f"step {index} is overridden twice")
        overrides[index] = value
    return ReplayOptions(from_step=step, prompt_version=version, model=model_entry, tool_overrides=overrides)


def _whole_number(value: Any, what: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ReplayError(f"{what} must be a whole number")
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        # isascii: "١٢" (Arabic-Indic digits) passes isdigit() and int(), and is not what anyone typed.
        if not (text.isascii() and text.isdigit()) or len(text) > 9:
            raise ReplayError(f"{what} must be a whole number, not {_quoted(text)}")
        number = int(text)
    if number < 0:
        raise ReplayError(f"{what} must be 0 or more")
    return number


def _quoted(text: str, limit: int = 60) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return json.dumps(shown, ensure_ascii=True)


# --- the record -------------------------------------------------------------------------------------


@dataclass
class RecordedResult:
    """A tool or approval step of the record: what answers a replayed call."""

    step_index: int
    kind: str
    tool_call_id: str
    name: str
    signature: str  # arguments_hash of the call it answered ("" when the call is not in the record)
    result: Any
    is_error: bool
    outcome_fields: dict[str, Any]
    approval_status: str = ""


@dataclass
class ModelCallGroup:
    """One call through the fallback chain in the record: its attempts, the last one answered or not."""

    records: list[LLMCall]
    fallback_payload: dict[str, Any] | None  # the model step's payload, for a pruned response
    built: list[LLMCallRecord] = field(default_factory=list)

    def result(self) -> ChainResult:
        # Copies: the session changes the records it is given (feature, attempt numbers).
        records = [copy.copy(record) for record in self.built]
        answered = self.records[-1]
        if answered.error_code:
            error = ProviderError(
                answered.error_message or answered.error_code, code=answered.error_code, retryable=False
            )
            return ChainResult(response=None, records=records, last_error=error)
        body = answered.response or self.fallback_payload
        if body is None:
            error = ProviderError("the recorded response was pruned", code="no_record", retryable=False)
            return ChainResult(response=None, records=records, last_error=error)
        response = ModelResponse(
            text=body.get("text") or "",
            tool_calls=[ToolCallRequest.from_dict(c) for c in body.get("tool_calls") or []],
            usage=Usage(answered.tokens_in, answered.tokens_out, answered.tokens_cached),
            model=body.get("model") or answered.model,
            provider=body.get("provider") or answered.provider,
            stop_reason=body.get("stop_reason") or "end_turn",
        )
        return ChainResult(response=response, records=records)


def _as_record(row: LLMCall) -> LLMCallRecord:
    record = LLMCallRecord(
        step_index=row.step_index,
        attempt=row.attempt,
        provider=row.provider,
        model=row.model,
        request=row.request or {},
        response=row.response,
        tokens_in=row.tokens_in,
        tokens_out=row.tokens_out,
        tokens_cached=row.tokens_cached,
        latency_ms=row.latency_ms,
        created_at=row.created_at,
        streamed=row.streamed,
        error_code=row.error_code,
        error_message=row.error_message,
        feature=row.feature,
    )
    record.cost = Decimal(row.cost_usd)  # what it cost then: a later price change must not move a limit
    return record


class Tape:
    """A run's record, read once, and what the replay has taken from it so far."""

    def __init__(self, run: Run, options: ReplayOptions) -> None:
        self.run = run
        self.options = options
        self.steps = [
            StepRecord(index=s.index, kind=s.kind, payload=s.payload)
            for s in RunStep.objects.filter(run_id=run.pk).order_by("index")
        ]
        self.calls: dict[int, deque[ModelCallGroup]] = defaultdict(deque)
        model_payloads = {s.index: s.payload for s in self.steps if s.kind == "model"}
        rows = list(LLMCall.objects.filter(run_id=run.pk).order_by("id"))
        # Records are priced when built, which reads the price table: here, outside the event loop.
        built = {row.pk: _as_record(row) for row in rows}
        for row in rows:
            queue = self.calls[row.step_index]
            last = queue[-1] if queue else None
            # A chain call ends at its answered attempt; the next call at the same step (the guard's model
            # check, then the step's own call, then an output repair) is told apart by its feature too.
            if last is None or not last.records[-1].error_code or last.records[-1].feature != row.feature:
                main = row.feature not in ("guard", "output_repair")
                queue.append(ModelCallGroup([row], model_payloads.get(row.step_index) if main else None))
            else:
                last.records.append(row)
        for queue in self.calls.values():
            for group in queue:
                group.built = [built[row.pk] for row in group.records]
        tool_rows = {
            (t.step_index, t.tool_call_id): t for t in ToolCall.objects.filter(run_id=run.pk).order_by("id")
        }
        statuses = dict(ApprovalRequest.objects.filter(run_id=run.pk).values_list("tool_call_id", "status"))
        asked = {
            call["id"]: arguments_hash(call["name"], call.get("arguments") or {})
            for s in self.steps
            if s.kind == "model"
            for call in s.payload.get("tool_calls") or []
        }
        self.results: list[RecordedResult] = []
        for step in self.steps:
            if step.kind not in ("tool", "approval"):
                continue
            call_id = str(step.payload.get("tool_call_id") or "")
            row = tool_rows.get((step.index, call_id))
            self.results.append(
                RecordedResult(
                    step_index=step.index,
                    kind=step.kind,
                    tool_call_id=call_id,
                    name=str(step.payload.get("name") or ""),
                    signature=asked.get(call_id, ""),
                    result=step.payload.get("result"),
                    is_error=bool(step.payload.get("is_error")),
                    outcome_fields={
                        "error_code": row.error_code if row else "",
                        "attempts": row.attempts if row else 1,
                        "duration_ms": row.duration_ms if row else 0.0,
                        "truncated": row.truncated if row else False,
                    },
                    approval_status=statuses.get(call_id, ""),
                )
            )
        self.used: set[int] = set()
        # What the replay did, for the report.
        self.sources: dict[str, str] = {}  # replayed tool_call_id -> record / override / no record
        self.live_calls = 0
        self.parked: list[dict[str, Any]] = []

    # --- model calls
    def next_model_call(self, step_index: int) -> ChainResult:
        queue = self.calls.get(step_index)
        if not queue:
            error = ProviderError(
                f"replay: the record has no model response for step {step_index}",
                code="no_record",
                retryable=False,
            )
            return ChainResult(response=None, last_error=error)
        return queue.popleft().result()

    def is_live(self, step_index: int) -> bool:
        live_from = self.options.live_from
        return live_from is not None and step_index >= live_from

    # --- tool results
    def take_result(self, call: ToolCallRequest, kinds: tuple[str, ...]) -> RecordedResult | None:
        """The recorded result that answers `call`: the same call id, tool and arguments first; else (a
        live model names its calls anew) the first unused result of the same tool and arguments."""
        signature = arguments_hash(call.name, call.arguments)
        candidates = [
            r
            for r in self.results
            if r.kind in kinds
            and r.step_index not in self.used
            and r.name == call.name
            and r.signature == signature
        ]
        chosen = next((r for r in candidates if r.tool_call_id == call.id), None) or next(
            iter(candidates), None
        )
        if chosen is not None:
            self.used.add(chosen.step_index)
        return chosen

    def answer(self, recorded: RecordedResult | None, call: ToolCallRequest) -> tuple[Any, bool, str]:
        """(result, is_error, source) for a call; notes the source for the report."""
        if recorded is None:
            self.sources[call.id] = "no record"
            return dict(NO_RECORD), True, "no record"
        if recorded.step_index in self.options.tool_overrides:
            self.sources[call.id] = "override"
            return self.options.tool_overrides[recorded.step_index], False, "override"
        self.sources[call.id] = "record"
        return recorded.result, recorded.is_error, "record"

    def tool_outcome(self, call: ToolCallRequest) -> ToolOutcome:
        recorded = self.take_result(call, ("tool",))
        result, is_error, source = self.answer(recorded, call)
        fields = recorded.outcome_fields if recorded is not None and source == "record" else {}
        return ToolOutcome(
            result=result,
            is_error=is_error,
            error_code=fields.get("error_code") or (NO_RECORD["code"] if source == "no record" else ""),
            attempts=fields.get("attempts", 0),
            duration_ms=fields.get("duration_ms", 0.0),
            truncated=fields.get("truncated", False),
        )

    # --- the router and the cache
    def route_decision(self) -> RouteDecision:
        recorded = next((s.payload for s in self.steps if s.kind == "route"), None)
        if recorded is None:
            raise ReplayGap("the record has no router decision (the recorded run was not routed)")
        return RouteDecision(
            intent=recorded["intent"],
            confidence=float(recorded.get("confidence") or 0.0),
            language=recorded.get("language") or "",
            needs_retrieval=bool(recorded.get("needs_retrieval")),
            tier=recorded.get("tier") or "standard",
            source=recorded.get("source") or "default",
            raw=dict(recorded.get("raw") or {}),
            sensitive_topic=recorded.get("sensitive_topic") or "",
        )

    def cache_answer(self, desk: AgentDefinition, plan: tuple[str, str]) -> tuple[Any, CacheHit | None]:
        """The semantic cache as the run met it: its recorded hit, or a miss."""
        intent, language = plan
        scope = Scope(agent=desk.name, intent=intent, language=language, prompt_version="", kb_version="")
        step = next((s.payload for s in self.steps if s.kind == "cache"), None)
        if step is None:
            return scope, None
        hit = CacheHit(
            entry_id=step.get("entry_id"),
            answer=self.run.final_text,
            similarity=float(step.get("similarity") or 0.0),
            tier=str(step.get("tier") or ""),
            question="",
            meta={},
        )
        return scope, hit

    # --- prompts
    def prompt_for(self, agent: AgentDefinition) -> str:
        """The prompt an agent answers with in the replay: version V for the answering agent when asked,
        else its active version (read, never created)."""
        version = self.options.prompt_version
        if version is not None and agent.name == answering_agent(self.run):
            return AgentPrompt.objects.get(agent_name=agent.name, version=version).text
        active = AgentPrompt.objects.filter(agent_name=agent.name, is_active=True).first()
        return active.text if active is not None else agent.system_prompt


def answering_agent(run: Run) -> str:
    """The agent whose prompt and tools answered: the executor a desk routed to, else the run's agent."""
    return run.executor_name or run.agent_name


# --- the session ------------------------------------------------------------------------------------


class ReplayStore:
    """Checkpoints go nowhere but here. A handoff gets the recorded ticket, so texts compare equal."""

    def __init__(self, ticket: str) -> None:
        self.ticket = ticket
        self.run_fields: dict[str, Any] = {}
        self.checkpoints: list[Checkpoint] = []

    async def claim(self, run_id: Any, owner: str) -> LoadedRun | None:
        return None  # never claims: the replay hands its loaded run to the executor

    async def commit(self, checkpoint: Checkpoint) -> None:
        self.checkpoints.append(checkpoint)
        self.run_fields.update(checkpoint.run_fields)
        if checkpoint.handoff is not None:
            checkpoint.handoff_ticket = self.ticket
            final_text = str(self.run_fields.get("final_text") or "")
            self.run_fields["final_text"] = final_text.replace("{ticket}", self.ticket)
        if checkpoint.approval is not None:
            checkpoint.approval_id = "replay"


class RecordedRouter:
    """The desk's router with its reading taken from the record; everything else (intents, threshold,
    what an unsure reading does, the clarifying question) is the real router's."""

    def __init__(self, router: Any, tape: Tape) -> None:
        self._router = router
        self._tape = tape

    def __getattr__(self, name: str) -> Any:
        return getattr(self._router, name)

    async def route(self, text: str, history: Any) -> RouteDecision:
        return self._tape.route_decision()

    async def classify(self, text: str, history: Any, **kwargs: Any) -> tuple[RouteDecision, list[Any]]:
        # The executor's entry point (it also records the router's model calls): none here, no model.
        return self._tape.route_decision(), []


class ReplayChain:
    """A model chain that answers from the record before the live step and through the real fallback
    chain from it on. `entries` are the chain's own, so cost estimates (the run's cost limit) match."""

    def __init__(self, tape: Tape, entries: list[str]) -> None:
        self.tape = tape
        self.entries = entries
        self.live = FallbackChain(entries) if tape.options.live else None

    async def call(self, request: ModelRequest, *, step_index: int, **kwargs: Any) -> ChainResult:
        if self.live is not None and self.tape.is_live(step_index):
            result: ChainResult = await self.live.call(request, step_index=step_index, **kwargs)
            self.tape.live_calls += len(result.records)
            return result
        return self.tape.next_model_call(step_index)


class ReplaySession(_RunSession):
    """The executor's session with every door to the outside answered from the record (see the seams
    in agents.executor) and nothing written."""

    executor: ReplayExecutor

    def __init__(self, executor: ReplayExecutor, agent: AgentDefinition, loaded: LoadedRun) -> None:
        if agent.router is not None:
            agent = replace(agent, router=RecordedRouter(agent.router, executor.tape))
        super().__init__(executor, agent, loaded)
        self.tape = executor.tape
        # The real store is shared with the recorded run (same run id, same keys): keep it untouched.
        self.references = MemoryReferenceStore(loaded.run_id)

    def _daily_budgets(self) -> list[tuple[str, str, Decimal]]:
        return []  # a replay spends from no ledger; the run's own cost limit still applies

    def _cache_lookup(self, plan: tuple[str, str]) -> tuple[Any, Any]:
        assert self.desk is not None
        return self.tape.cache_answer(self.desk, plan)

    async def remember_answer(self, text: str) -> None:
        return None

    async def remember_route(self, payload: dict[str, Any]) -> None:
        return None

    async def count_cache_hit(self, entry_id: Any) -> None:
        return None

    async def executor_prompt(self, executor: AgentDefinition) -> str:
        return await sync_to_async(self.tape.prompt_for)(executor)

    async def run_tool(self, tool: Any, call: ToolCallRequest, ctx: ToolContext) -> ToolOutcome:
        return self.tape.tool_outcome(call)

    def _earlier_read_results(
        self, conversation_id: Any, run_id: Any, created_before: Any = None
    ) -> list[Any]:
        # The reads the run could see then, not those of turns that came after it.
        return super()._earlier_read_results(conversation_id, run_id, created_before=self.loaded.created_at)


class ReplayExecutor(Executor):
    session_class = ReplaySession

    def __init__(self, tape: Tape, store: ReplayStore) -> None:
        model = tape.options.model
        super().__init__(
            store,
            owner="replay",
            chain_factory=lambda agent, tier=None: ReplayChain(tape, [model] if model else agent.chain(tier)),
        )
        self.tape = tape


# --- loading ----------------------------------------------------------------------------------------


def _load_run(run_id: Any) -> Run:
    parsed = parse_run_id(run_id)
    run = Run.objects.filter(pk=parsed).first()
    if run is None:
        raise ReplayError(f"no run {parsed}", code="unknown_run")
    if run.status in RUNNING_STATUSES:
        raise ReplayError(
            f"run {parsed} is still {run.status}: replay it when it has stopped",
            code="run_in_progress",
            retryable=True,
        )
    return run


def _check_against_run(run: Run, tape: Tape, options: ReplayOptions) -> None:
    count = len(tape.steps)
    if options.from_step is not None and options.from_step >= max(count, 1):
        last = f"0 to {count - 1}" if count else "0 (it has no steps)"
        raise ReplayError(f"run {run.pk} has {count} steps: --from-step must be {last}")
    answerable = {r.step_index for r in tape.results}
    for index in sorted(options.tool_overrides):
        if index not in answerable:
            raise ReplayError(
                f"step {index} of run {run.pk} is not a tool result: only those can be overridden"
            )
    version = options.prompt_version
    if version is not None:
        agent_name = answering_agent(run)
        if not AgentPrompt.objects.filter(agent_name=agent_name, version=version).exists():
            known = list(
                AgentPrompt.objects.filter(agent_name=agent_name)
                .order_by("version")
                .values_list("version", flat=True)
            )
            versions = ", ".join(map(str, known)) or "none"
            raise ReplayError(
                f"{agent_name} has no prompt version {version} (it has {versions})",
                code="unknown_prompt_version",
            )


def _handback_then(run: Run) -> tuple[str, str]:
    """The hand-back note and reason the conversation carried when the run started: those of the last
    escalation closed before it (a later escalation clears them on the conversation)."""
    last = (
        Escalation.objects.filter(conversation_id=run.conversation_id, created_at__lt=run.created_at)
        .order_by("-created_at")
        .first()
    )
    closed = (Escalation.Status.HANDED_BACK, Escalation.Status.RESOLVED)
    if last is None or last.status not in closed or last.closed_at is None or last.closed_at > run.created_at:
        return "", ""
    return (last.handback_note if last.status == Escalation.Status.HANDED_BACK else ""), last.reason_code


def _initial_state(run: Run, options: ReplayOptions) -> LoadedRun:
    """The run as the executor met it before its first step, read without writing anything (the
    conversation state is rebuilt up to the run's message, not taken from or put in the cache)."""
    from agents.memory.models import UserMemory
    from agents.memory.state import rebuild_state

    conversation = Conversation.objects.only("customer_ref").get(pk=run.conversation_id)
    version = (
        options.prompt_version if run.agent_name == answering_agent(run) and options.prompt_version else None
    )
    prompt = AgentPrompt.objects.filter(
        agent_name=run.agent_name, version=version or run.prompt_version
    ).first()
    trigger = Message.objects.filter(pk=run.trigger_message_id).only("id", "text").first()
    history = (
        histories_before([(run.conversation_id, trigger.id)])[0] if trigger else History([], first_id=None)
    )
    note, reason = _handback_then(run)
    loaded = LoadedRun(
        run_id=run.pk,
        conversation_id=run.conversation_id,
        customer_ref=conversation.customer_ref,
        agent_name=run.agent_name,
        prompt_version=version or run.prompt_version,
        system_prompt=prompt.text if prompt else "",
        history=history,
        trigger_text=trigger.text if trigger else "",
        steps=[],
        handback_note=note,
        handback_reason=reason,
        # A run is only created for a conversation the bot holds.
        held_by_person=False,
        created_at=run.created_at,
        trigger_message_id=run.trigger_message_id,
    )
    if trigger:
        state = rebuild_state(run.conversation_id, through_message_id=trigger.id)
        loaded.pinned = state.pinned
        if note:
            loaded.pinned = [*loaded.pinned, HANDBACK_PIN + " ".join(note.split())]
        loaded.earlier_summary = state.summary_before(history.first_id)
        loaded.user_facts = UserMemory.objects.facts_for(loaded.customer_ref) if loaded.customer_ref else []
    return loaded


# --- running ----------------------------------------------------------------------------------------


async def _replay(tape: Tape, loaded: LoadedRun, store: ReplayStore) -> RunOutcome | None:
    """Execute the loaded run to its end. A park for an approval the record decided is resumed with the
    recorded decision, as `agents.actions.do_carry_out_decision` resumed the run."""
    executor = ReplayExecutor(tape, store)
    outcome = await executor.execute(loaded.run_id, loaded=loaded)
    while outcome is not None and outcome.status == Run.Status.AWAITING_APPROVAL:
        parked = next(
            (c.approval for c in reversed(store.checkpoints) if c.approval is not None),
            None,
        )
        if parked is None:
            break
        tape.parked.append(parked)
        # The call as the model wrote it (the approval holds the validated arguments, "40" as "40.00").
        call = next(
            (
                ToolCallRequest.from_dict(c)
                for s in reversed(loaded.steps)
                if s.kind == "model"
                for c in s.payload.get("tool_calls") or []
                if c["id"] == parked["tool_call_id"]
            ),
            ToolCallRequest(
                id=parked["tool_call_id"], name=parked["tool_name"], arguments=parked["arguments"]
            ),
        )
        recorded = tape.take_result(call, ("approval",))
        if recorded is None:
            break  # the record has no decision (still pending): the replay ends parked too
        result, is_error, _ = tape.answer(recorded, call)
        loaded.steps.append(
            StepRecord(
                index=loaded.step_count,
                kind="approval",
                payload={"tool_call_id": call.id, "name": call.name, "result": result, "is_error": is_error},
            )
        )
        loaded.step_count += 1
        loaded.approvals[call.id] = recorded.approval_status or "executed"
        outcome = await executor.execute(loaded.run_id, loaded=loaded)
    return outcome


def replay_run(run_id: Any, options: ReplayOptions | None = None) -> ReplayReport:
    """Replay a stopped run and compare it with its record. Reads only; raises ReplayError for a run
    that cannot be replayed. A live replay is bounded by the run's agent's time limit."""
    options = options or ReplayOptions()
    run = _load_run(run_id)
    tape = Tape(run, options)
    _check_against_run(run, tape, options)
    try:
        agent = get_agent(run.agent_name)
    except RunError as exc:
        raise ReplayError(exc.message, code="unknown_agent") from None
    loaded = _initial_state(run, options)
    escalation = Escalation.objects.filter(run_id=run.pk).order_by("created_at").first()
    store = ReplayStore(escalation.ticket if escalation is not None else "(no ticket)")

    async def bounded() -> RunOutcome | None:
        if not options.live:
            return await _replay(tape, loaded, store)
        # The model is asked for real: no longer than the run itself was allowed to take.
        return await asyncio.wait_for(_replay(tape, loaded, store), timeout=float(agent.limits.max_seconds))

    try:
        outcome = async_to_sync(bounded)()
    except TimeoutError:
        raise ReplayError(
            f"the live replay took longer than the run's limit ({agent.limits.max_seconds:g} s)",
            code="replay_timeout",
            retryable=True,
        ) from None
    return compare(run, tape, loaded, store, outcome)


def do_replay_run(user: Any, run_id: Any, options: ReplayOptions) -> ReplayReport:
    """A person replays a run (the console's button): staff with a console role only. The replay writes
    nothing; the audit log says who replayed what, and, for a live replay, that they spent model calls."""
    from django.db import transaction

    from agents import roles
    from tracing.recording import record_audit

    roles.require(user, roles.Capability.VIEW_CONSOLE)
    if options.live:
        roles.require(user, roles.Capability.REPLAY_LIVE)
    report = replay_run(run_id, options)
    with transaction.atomic():
        record_audit(
            user,
            "replay",
            "run",
            report.run_id,
            after={
                "mode": report.mode,
                "prompt_version": options.prompt_version,
                "model": options.model or None,
                "tool_overrides": sorted(options.tool_overrides),
                "model_calls": report.model_calls,
                "same": report.same,
            },
        )
    return report


# --- the report -------------------------------------------------------------------------------------


@dataclass
class StepDiff:
    index: int
    status: str  # same / differs / input / only_recorded / only_replayed
    kind: str
    source: str  # record / live / override / no record
    recorded: dict[str, Any] | None
    replayed: dict[str, Any] | None
    recorded_text: str
    replayed_text: str

    @property
    def differs(self) -> bool:
        return self.status in DIFFERENT_STATUSES

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "status": self.status,
            "kind": self.kind,
            "source": self.source,
            "recorded": self.recorded,
            "replayed": self.replayed,
        }


@dataclass
class ReplayReport:
    run_id: str
    agent_name: str
    recorded_status: str
    options: ReplayOptions
    steps: list[StepDiff]
    end: StepDiff
    model_calls: int  # provider attempts made by the live part (0 for a recorded replay)
    tool_executions: int = 0  # always 0: a replay answers tools from the record

    @property
    def differences(self) -> list[StepDiff]:
        return [s for s in [*self.steps, self.end] if s.differs]

    @property
    def same(self) -> bool:
        return not self.differences

    @property
    def first_difference(self) -> StepDiff | None:
        return next(iter(self.differences), None)

    @property
    def changed_inputs(self) -> int:
        """Tool results the replay was given instead of the recorded ones (overrides, no record)."""
        return sum(1 for s in self.steps if s.status == INPUT)

    def summary(self) -> str:
        """One line: the verdict, and where the first difference is."""
        first = self.first_difference
        if first is None:
            return "No difference: every step made the same decision"
        where = "at the end" if first is self.end else f"from step {first.index}"
        count = len(self.differences)
        return f"Decisions differ {where} ({count} difference{'s' if count != 1 else ''})"

    @property
    def mode(self) -> str:
        live_from = self.options.live_from
        return "recorded" if live_from is None else f"live from step {live_from}"

    def as_dict(self) -> dict[str, Any]:
        first = self.first_difference
        options = self.options
        return {
            "run_id": self.run_id,
            "agent": self.agent_name,
            "recorded_status": self.recorded_status,
            "mode": "recorded" if options.live_from is None else "live",
            "live_from_step": options.live_from,
            "prompt_version": options.prompt_version,
            "model": options.model or None,
            "tool_overrides": {str(k): v for k, v in sorted(options.tool_overrides.items())},
            "same": self.same,
            "first_difference": None if first is None else ("end" if first is self.end else first.index),
            "model_calls": self.model_calls,
            "tool_executions": self.tool_executions,
            "steps": [s.as_dict() for s in self.steps],
            "end": self.end.as_dict(),
        }


def decision(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """What a step decided, in the terms steps are compared in."""
    if kind == "model":
        calls = [
            {"name": c.get("name"), "arguments": c.get("arguments") or {}}
            for c in payload.get("tool_calls") or []
        ]
        found: dict[str, Any] = {"tool_calls": calls} if calls else {"answer": payload.get("text") or ""}
        sent = (payload.get("output_guard") or {}).get("sent")
        if sent:
            found["output_guard"] = sent
        return found
    if kind in ("tool", "approval"):
        return {
            "tool": payload.get("name"),
            "result": payload.get("result"),
            "is_error": bool(payload.get("is_error")),
        }
    if kind == "route":
        return {
            "intent": payload.get("intent"),
            "action": payload.get("action"),
            "executor": payload.get("executor"),
        }
    if kind == "cache":
        return {"entry_id": payload.get("entry_id"), "tier": payload.get("tier")}
    return dict(payload)


def describe(kind: str, found: dict[str, Any] | None) -> str:
    """One line a person reads."""
    if found is None:
        return "(no step)"
    if kind == "model":
        if "tool_calls" in found:
            return "calls " + ", ".join(call_text(c["name"], c["arguments"]) for c in found["tool_calls"])
        guard = (
            f" [output guard: {found['output_guard']}]"
            if found.get("output_guard") not in (None, "model")
            else ""
        )
        return f"answers {_excerpt(found['answer'])}{guard}"
    if kind in ("tool", "approval"):
        verb = "approval decided" if kind == "approval" else "result"
        error = " (error)" if found["is_error"] else ""
        return f"{found['tool']} {verb}{error}: {_short_json(found['result'])}"
    if kind == "route":
        target = f" by {found['executor']}" if found.get("executor") else ""
        return f"routed as {found['intent']}: {found['action']}{target}"
    if kind == "cache":
        return f"cache hit {found['entry_id']} ({found['tier']})"
    if kind == "end":
        text = f"{found['status']}"
        if found.get("error_code"):
            text += f" ({found['error_code']})"
        if found.get("approval"):
            text += f", waiting for approval of {found['approval']}"
        return f"{text}: {_excerpt(found.get('final_text') or '')}"
    return _short_json(found)


def _excerpt(text: str, limit: int = 400) -> str:
    """A text a person reads (an answer): quoted as written, line breaks kept, cut when long."""
    text = text.strip()
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{shown}”"


def call_text(name: str, arguments: dict[str, Any]) -> str:
    inner = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in sorted(arguments.items()))
    return f"{name}({inner})"


def _short_json(value: Any, limit: int = 240) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _compare_step(kind: str, recorded: dict[str, Any], replayed: dict[str, Any]) -> str:
    if kind in ("tool", "approval"):
        if recorded["tool"] != replayed["tool"]:
            return DIFFERS
        same_result = (recorded["result"], recorded["is_error"]) == (replayed["result"], replayed["is_error"])
        return SAME if same_result else INPUT
    return SAME if recorded == replayed else DIFFERS


def compare(
    run: Run, tape: Tape, loaded: LoadedRun, store: ReplayStore, outcome: RunOutcome | None
) -> ReplayReport:
    recorded_steps = {s.index: s for s in tape.steps}
    replayed_steps = {s.index: s for s in loaded.steps}
    diffs = []
    for index in sorted(set(recorded_steps) | set(replayed_steps)):
        before, after = recorded_steps.get(index), replayed_steps.get(index)
        kind = (after or before).kind  # type: ignore[union-attr]
        old = decision(before.kind, before.payload) if before else None
        new = decision(after.kind, after.payload) if after else None
        if before is None:
            status = ONLY_REPLAYED
        elif after is None:
            status = ONLY_RECORDED
        elif before.kind != after.kind:
            status = DIFFERS
        else:
            status = _compare_step(kind, old, new)  # type: ignore[arg-type]
        if after is None:
            source = "record"
        elif after.kind == "model":
            source = "live" if tape.is_live(index) else "record"
        elif after.kind in ("tool", "approval"):
            source = tape.sources.get(str(after.payload.get("tool_call_id")), "record")
        else:
            source = "record"
        diffs.append(
            StepDiff(
                index=index,
                status=status,
                kind=kind
                if before is None or after is None or before.kind == after.kind
                else f"{before.kind}/{after.kind}",
                source=source,
                recorded=old,
                replayed=new,
                recorded_text=describe(before.kind, old) if before else "(no step)",
                replayed_text=describe(after.kind, new) if after else "(no step)",
            )
        )
    recorded_end = {
        "status": run.status,
        "final_text": run.final_text,
        "error_code": run.error_code,
        "approval": _recorded_pending_approval(run),
    }
    replayed_fields = store.run_fields
    replayed_end = {
        "status": str(outcome.status if outcome is not None else replayed_fields.get("status", "")),
        "final_text": str(replayed_fields.get("final_text") or ""),
        "error_code": str(replayed_fields.get("error_code") or ""),
        "approval": _replayed_pending_approval(tape, outcome),
    }
    end = StepDiff(
        index=len(diffs),
        status=SAME if recorded_end == replayed_end else DIFFERS,
        kind="end",
        source="live" if tape.options.live else "record",
        recorded=recorded_end,
        replayed=replayed_end,
        recorded_text=describe("end", recorded_end),
        replayed_text=describe("end", replayed_end),
    )
    return ReplayReport(
        run_id=str(run.pk),
        agent_name=run.agent_name,
        recorded_status=run.status,
        options=tape.options,
        steps=diffs,
        end=end,
        model_calls=tape.live_calls,
    )


def _recorded_pending_approval(run: Run) -> str:
    if run.status != Run.Status.AWAITING_APPROVAL:
        return ""
    pending = (
        ApprovalRequest.objects.filter(run_id=run.pk, status=ApprovalRequest.Status.PENDING)
        .order_by("-created_at")
        .first()
    )
    return call_text(pending.tool_name, pending.arguments) if pending else ""


def _replayed_pending_approval(tape: Tape, outcome: RunOutcome | None) -> str:
    if outcome is None or outcome.status != Run.Status.AWAITING_APPROVAL or not tape.parked:
        return ""
    parked = tape.parked[-1]
    return call_text(parked["tool_name"], parked["arguments"])
