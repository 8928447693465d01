"""The customer-side HTTP API (django-ninja). Thin: each endpoint checks access and calls one action."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from datetime import datetime
from typing import Any

from asgiref.sync import sync_to_async
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from ninja import Field, Router, Schema, Status
from ninja.responses import NinjaJSONEncoder
from ninja.security import HttpBearer

from agents import actions, ratelimits
from agents.errors import InputError
from agents.executor import RunListener, RunOutcome
from agents.models import ApiKey, ApprovalRequest, Message, Run
from tracing.models import LLMCall, ToolCall

logger = logging.getLogger(__name__)

router = Router(tags=["conversations"])


class ApiKeyAuth(HttpBearer):
    async def authenticate(self, request: HttpRequest, token: str) -> ApiKey | None:
        key = await sync_to_async(actions.access_api_key)(token)
        if key is not None:
            request.api_key = key  # type: ignore[attr-defined]
        return key


# --- Schemas ----------------------------------------------------------------------------------


class ConversationIn(Schema):
    agent: str | None = Field(
        None, max_length=64, description="Agent name; the deployment's default if unset"
    )
    customer_ref: str = Field("", max_length=200, description="Your id for the customer")


class ConversationOut(Schema):
    id: uuid.UUID
    agent: str
    holder: str
    created_at: datetime


class MessageIn(Schema):
    text: str = Field(..., description="The customer's message (1 to HANDRAIL_MAX_MESSAGE_CHARS characters)")
    stream: bool = Field(False, description="Answer as server-sent events, token by token")


class MessageOut(Schema):
    id: int
    role: str
    text: str
    run_id: uuid.UUID | None
    created_at: datetime


class RunSummary(Schema):
    id: uuid.UUID
    status: str
    approval_id: uuid.UUID | None = None
    handoff_ticket: str = ""


class TurnOut(Schema):
    message: MessageOut
    reply: MessageOut | None
    run: RunSummary | None
    held_by: str
    notice: str = Field("", description="What to show the customer when there is no stored reply")


class StepOut(Schema):
    index: int
    kind: str
    payload: dict[str, Any]
    created_at: datetime


class LLMCallOut(Schema):
    step_index: int
    attempt: int
    provider: str
    model: str
    tokens_in: int
    tokens_out: int
    tokens_cached: int
    cost_usd: float
    latency_ms: float
    error_code: str
    request: dict[str, Any]
    response: dict[str, Any] | None


class ToolCallOut(Schema):
    step_index: int
    tool_name: str
    arguments: dict[str, Any]
    result: Any
    error_code: str
    attempts: int
    duration_ms: float
    truncated: bool


class RunOut(Schema):
    id: uuid.UUID
    conversation_id: uuid.UUID
    agent: str
    status: str
    step_count: int
    tokens_in: int
    tokens_out: int
    cost_usd: float
    final_text: str
    error_code: str
    steps: list[StepOut]
    llm_calls: list[LLMCallOut]
    tool_calls: list[ToolCallOut]
    approvals: list[dict[str, Any]]


class DecisionIn(Schema):
    reason: str = Field("", max_length=2000)
    # Approve only: the arguments to run instead of the agent's (validated by the tool's schema; the
    # reason is then required and recorded with the edit).
    arguments: dict[str, Any] | None = None
    # The `approved_arguments_hash` the caller reviewed: the decision is refused (409) if the arguments
    # changed since (another manager edited them).
    arguments_hash: str = Field("", max_length=64)


class ApprovalOut(Schema):
    id: uuid.UUID
    run_id: uuid.UUID
    tool_name: str
    description: str
    amount: str | None
    arguments: dict[str, Any]  # what the agent asked for
    arguments_hash: str
    approved_arguments: dict[str, Any]  # what runs (the same, or a manager's edit)
    approved_arguments_hash: str
    edit_reason: str
    edited_by: str
    status: str
    required_approvals: int
    first_approved_by: str
    decided_by: str
    decision_reason: str
    expires_at: Any
    result: Any
    run_status: str


class ErrorOut(Schema):
    code: str
    message: str


# --- Helpers ----------------------------------------------------------------------------------


def _message_out(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "role": message.role,
        "text": message.text,
        "run_id": message.run_id,
        "created_at": message.created_at,
    }


def _reply_for(run_id: Any) -> Message | None:
    return Message.objects.filter(run_id=run_id).order_by("-id").first()


def _approval_out(approval: ApprovalRequest) -> dict[str, Any]:
    approval.refresh_from_db()
    return {
        "id": approval.id,
        "run_id": approval.run_id,
        "tool_name": approval.tool_name,
        "description": approval.description,
        "amount": None if approval.amount is None else str(approval.amount),
        "arguments": approval.arguments,
        "arguments_hash": approval.arguments_hash,
        "approved_arguments": approval.arguments_to_run,
        "approved_arguments_hash": approval.approved_arguments_hash or approval.arguments_hash,
        "edit_reason": approval.edit_reason,
        "edited_by": approval.edited_by,
        "status": approval.status,
        "required_approvals": approval.required_approvals,
        "first_approved_by": approval.first_approved_by,
        "decided_by": approval.decided_by,
        "decision_reason": approval.decision_reason,
        "expires_at": approval.expires_at,
        "result": approval.result,
        "run_status": Run.objects.values_list("status", flat=True).get(pk=approval.run_id),
    }


def _run_out(run: Run) -> dict[str, Any]:
    return {
        "id": run.id,
        "conversation_id": run.conversation_id,
        "agent": run.agent_name,
        "status": run.status,
        "step_count": run.step_count,
        "tokens_in": run.tokens_in,
        "tokens_out": run.tokens_out,
        "cost_usd": float(run.cost_usd),
        "final_text": run.final_text,
        "error_code": run.error_code,
        "steps": list(run.steps.order_by("index").values("index", "kind", "payload", "created_at")),
        "llm_calls": list(
            LLMCall.objects.filter(run=run)
            .order_by("id")
            .values(
                "step_index",
                "attempt",
                "provider",
                "model",
                "tokens_in",
                "tokens_out",
                "tokens_cached",
                "cost_usd",
                "latency_ms",
                "error_code",
                "request",
                "response",
            )
        ),
        "tool_calls": list(
            ToolCall.objects.filter(run=run)
            .order_by("id")
            .values(
                "step_index",
                "tool_name",
                "arguments",
                "result",
                "error_code",
                "attempts",
                "duration_ms",
                "truncated",
            )
        ),
        "approvals": [
            {"id": str(a.id), "tool_name": a.tool_name, "arguments": a.arguments, "status": a.status}
            for a in run.approvals.order_by("created_at")
        ],
    }


def _sse(event: str, data: dict[str, Any]) -> str:
    # ninja's encoder, so `done` carries the same ISO dates and ids as the JSON answer does.
    payload = json.dumps(data, cls=NinjaJSONEncoder, ensure_ascii=False)
    return f"event: {event}\ndata: {payload}\n\n"


class _QueueListener(RunListener):
    def __init__(self) -> None:
        self.queue: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue()

    async def text(self, delta: str) -> None:
        await self.queue.put(("delta", {"text": delta}))

    async def reset(self) -> None:
        await self.queue.put(("reset", {}))

    async def step(self, kind: str, detail: dict[str, Any]) -> None:
        await self.queue.put(("step", {"kind": kind, **detail}))


def _turn_out(intake: actions.Intake, outcome: RunOutcome | None) -> dict[str, Any]:
    run_summary = None
    reply = None
    if intake.run is not None:
        status = (
            outcome.status if outcome else Run.objects.values_list("status", flat=True).get(pk=intake.run.pk)
        )
        run_summary = {
            "id": intake.run.pk,
            "status": status,
            "approval_id": outcome.approval_id if outcome else None,
            "handoff_ticket": outcome.handoff_ticket if outcome else "",
        }
        message = _reply_for(intake.run.pk)
        reply = _message_out(message) if message else None
    return {
        "message": _message_out(intake.message),
        "reply": reply,
        "run": run_summary,
        "held_by": intake.held_by,
        "notice": outcome.reply if outcome is not None and reply is None else "",
    }


# --- Endpoints --------------------------------------------------------------------------------


@router.post("/conversations", response={201: ConversationOut, 422: ErrorOut})
async def create_conversation(request: HttpRequest, body: ConversationIn | None = None):
    body = body or ConversationIn()  # no body at all: the default agent, no customer_ref
    conversation = await sync_to_async(actions.do_create_conversation)(
        api_key=request.auth, agent_name=body.agent, customer_ref=body.customer_ref
    )
    return Status(
        201,
        {
            "id": conversation.id,
            "agent": conversation.agent_name,
            "holder": conversation.holder,
            "created_at": conversation.created_at,
        },
    )


@router.post(
    "/conversations/{conversation_id}/messages",
    response={200: TurnOut, 202: TurnOut, 404: ErrorOut, 413: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    description="Send the customer's message. The reply comes back in the response, or as server-sent "
    "events (`delta`, `reset`, `step`, `done`) with `stream: true`. When a person holds the "
    "conversation the message is delivered to them and the answer is 202 with no run. Too many "
    "messages from one customer: 429 with Retry-After, nothing stored.",
)
async def post_message(request: HttpRequest, conversation_id: uuid.UUID, body: MessageIn):
    conversation = await sync_to_async(actions.access_conversation)(conversation_id, request.auth)
    try:
        # Per customer only: the caller is the shop's server, one address for all of its customers.
        await ratelimits.ahit(conversation.customer_ref or f"conversation:{conversation.pk}", None)
    except ratelimits.RateLimited as exc:
        refused = JsonResponse({"code": exc.code, "message": exc.message}, status=429)
        refused["Retry-After"] = str(exc.retry_after)
        return refused
    intake = await actions.post_customer_message(conversation, body.text)
    if intake.run is None:
        return Status(202, _turn_out(intake, None))
    if not body.stream:
        outcome = await actions.execute_claimed_run(intake)
        return Status(200, await sync_to_async(_turn_out)(intake, outcome))
    return _stream_turn(intake)


def _stream_turn(intake: actions.Intake) -> StreamingHttpResponse:
    listener = _QueueListener()

    async def events():
        # The run is a task of its own, started on the loop that serves the stream: a client that
        # disconnects mid-stream stops reading, not the run. (A client gone before the first byte
        # leaves a claimed run that `resume_runs` finishes once its lease runs out.)
        task = asyncio.ensure_future(actions.execute_claimed_run(intake, listener))
        yield _sse("start", {"message_id": intake.message.id, "run_id": str(intake.run.pk)})
        while True:
            getter = asyncio.ensure_future(listener.queue.get())
            done, _ = await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
            if getter in done:
                event, data = getter.result()
                yield _sse(event, data)
                continue
            getter.cancel()
            while not listener.queue.empty():
                event, data = listener.queue.get_nowait()
                yield _sse(event, data)
            break
        try:
            outcome = task.result()
        except Exception:
            logger.exception("streamed run %s failed", intake.run.pk)
            outcome = None
        yield _sse("done", await sync_to_async(_turn_out)(intake, outcome))

    response = StreamingHttpResponse(events(), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"  # proxies must not hold the stream back
    return response


@router.get("/conversations/{conversation_id}/messages", response={200: list[MessageOut], 404: ErrorOut})
async def list_messages(request: HttpRequest, conversation_id: uuid.UUID):
    def load():
        conversation = actions.access_conversation(conversation_id, request.auth)
        return [_message_out(m) for m in conversation.messages.order_by("id")]

    return await sync_to_async(load)()


@router.get("/runs/{run_id}", response={200: RunOut, 404: ErrorOut})
async def get_run(request: HttpRequest, run_id: uuid.UUID):
    def load():
        run = Run.objects.filter(pk=run_id).first()
        # Staff keys see every run; a customer key only the runs of its conversations.
        if run is None or (not request.auth.is_staff and run.conversation.api_key_id != request.auth.pk):
            raise InputError("run not found", code="not_found", status=404)
        return _run_out(run)

    return await sync_to_async(load)()


@router.post(
    "/approvals/{approval_id}/approve",
    response={200: ApprovalOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
)
async def approve(request: HttpRequest, approval_id: uuid.UUID, body: DecisionIn | None = None):
    return await _decide(request, approval_id, approve=True, body=body or DecisionIn())


@router.post(
    "/approvals/{approval_id}/reject",
    response={200: ApprovalOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
)
async def reject(request: HttpRequest, approval_id: uuid.UUID, body: DecisionIn):
    return await _decide(request, approval_id, approve=False, body=body)


async def _decide(request: HttpRequest, approval_id: uuid.UUID, *, approve: bool, body: DecisionIn):
    def decide():
        approval = actions.access_approval(approval_id, request.auth)
        approval = actions.do_decide_approval(
            approval,
            actor=request.auth.user,
            approve=approve,
            reason=body.reason,
            edited_arguments=body.arguments,
            seen_arguments_hash=body.arguments_hash,
        )
        return _approval_out(approval)

    return await sync_to_async(decide)()
