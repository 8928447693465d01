"""The chat socket's client frames, checked before anything is stored. A bad frame is answered with
an `error` event (`InputError`'s code and message) and the socket stays open."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from agents.actions import check_message_text
from agents.errors import InputError

# The largest legal message (HANDRAIL_MAX_MESSAGE_CHARS = 8000) JSON-escaped as surrogate pairs is
# 96 KB; the same 256 KB the HTTP API allows keeps megabyte frames out of json.loads.
MAX_FRAME_CHARS = 256 * 1024

COMMANDS = ("message", "sync")


@dataclass(frozen=True)
class ChatCommand:
    type: Literal["message", "sync"]
    text: str = ""  # message: the customer's text, through check_message_text
    client_id: str = ""  # message: the client's id for it (a UUID), the key resends are deduped on
    after: int | None = None  # sync: send the messages after this id (None: all)


def check_frame(text_data: str | None, bytes_data: bytes | None) -> ChatCommand:
    if bytes_data is not None or text_data is None:
        raise InputError("binary frames are not supported: send JSON text", code="binary_frame")
    if len(text_data) > MAX_FRAME_CHARS:
        raise InputError(
            f"the frame is larger than {MAX_FRAME_CHARS // 1024} KB", code="too_large", status=413
        )
    try:
        data = json.loads(text_data)
    except ValueError:
        raise InputError("the frame is not valid JSON", code="invalid_json") from None
    if not isinstance(data, dict):
        raise InputError('a frame must be a JSON object with a "type"', code="invalid_frame")
    kind = data.get("type")
    if kind not in COMMANDS:
        raise InputError(
            f"unknown frame type {str(kind)[:40]!r}; expected one of: {', '.join(COMMANDS)}",
            code="unknown_type",
        )
    if kind == "sync":
        return ChatCommand("sync", after=_check_after(data.get("after")))
    client_id = _check_client_id(data.get("client_id"))
    try:
        text = check_message_text(data.get("text"))
    except InputError as exc:
        exc.client_id = client_id  # type: ignore[attr-defined]  # the page marks that bubble failed
        raise
    return ChatCommand("message", text=text, client_id=client_id)


def _check_client_id(value: Any) -> str:
    try:
        if isinstance(value, str) and len(value) <= 64:
            return str(uuid.UUID(value))
    except ValueError:
        pass
    raise InputError("client_id must be a UUID the page made for this message", code="invalid_client_id")


def _check_after(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(
            '"after" must be a message id (an integer of 0 or more) or null', code="invalid_frame"
        )
    return value
