"""`POST /api/v1/guard/check`: the input guard on one text, for staff keys (thin: access, then one scan)."""

from __future__ import annotations

from typing import Literal

from asgiref.sync import sync_to_async
from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Router, Schema

from agents.definitions import get_agent
from agents.errors import InputError, RunError
from agents.guards.service import scan

router = Router(tags=["guard"])

#: The API reads at most this much text per call; the guard itself refuses long messages much earlier.
MAX_CHECK_CHARS = 100_000


class GuardCheckIn(Schema):
    text: str = Field(..., description="The text to check, as a customer would send it")
    agent: str | None = Field(
        None, max_length=64, description="Whose guard settings; the default agent if unset"
    )
    source: Literal["customer", "untrusted"] = Field(
        "customer",
        description="customer: the input guard; untrusted: as a tool result or document is scanned",
    )


class CheckOut(Schema):
    name: str
    score: float
    fired: bool
    action: str
    reason: str
    detail: dict
    duration_ms: float


class GuardCheckOut(Schema):
    verdict: str
    language: str
    deciding_check: str
    reason_code: str
    customer_message: str
    text_for_model: str = Field(description="What the model would see (personal data as placeholders)")
    fired: list[str]
    checks: list[CheckOut]
    duration_ms: float


class ErrorOut(Schema):
    code: str
    message: str


@router.post("/check", response={200: GuardCheckOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut})
async def check(request: HttpRequest, body: GuardCheckIn):
    key = request.auth
    if not key.is_staff:
        raise InputError("the guard check needs a staff API key", code="forbidden", status=403)
    if len(body.text) > MAX_CHECK_CHARS:
        raise InputError(f"text is over {MAX_CHECK_CHARS} characters", code="text_too_long", status=422)
    try:
        agent = get_agent(body.agent or settings.HANDRAIL_DEFAULT_AGENT)
    except RunError:
        raise InputError(f"no agent named {body.agent!r}", code="unknown_agent", status=404) from None
    return await sync_to_async(scan, thread_sensitive=False)(body.text, agent, source=body.source)
