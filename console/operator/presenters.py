"""What a person reads of the runtime's stored data: run steps as steps, tool arguments and results as
key: value lines, audit before/after as "field: old → new". Pure functions over loaded rows (no
queries), so the pages' query counts stay fixed and the wording lives in one place.

Nothing here renders JSON for people: nested values become short inline text ("3 items", "a: 1, b: 2").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from agents import roles
from agents.models import ApprovalRequest, Escalation, Message, RunStep

# Long values are cut where a person reads them in a cell; the full value is in the title tooltip.
VALUE_CHARS = 160
RESULT_FIELDS = 6


# --- values ----------------------------------------------------------------------------------------


def value_text(value: Any, *, limit: int = VALUE_CHARS) -> str:
    """One value as a person reads it: "—" for nothing, Yes/No, plain numbers, lists and objects
    inline and short."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, str):
        text = " ".join(value.split())
    elif isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            text = ", ".join(value_text(v, limit=limit) for v in value) or "none"
        else:
            text = f"{len(value)} item" + ("" if len(value) == 1 else "s")
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {value_text(v, limit=40)}" for k, v in value.items()) or "—"
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def key_values(values: Any) -> list[tuple[str, str]]:
    """[(key, readable value)] of an arguments or result object, in its own order."""
    if not isinstance(values, dict):
        return [("value", value_text(values))] if values not in (None, "") else []
    return [(str(k), value_text(v)) for k, v in values.items()]


def result_lines(result: Any, *, is_error: bool = False) -> tuple[str, list[tuple[str, str]]]:
    """(headline, [(key, value)]) of a tool result: a tool's own "summary" or a typed error's message
    is the headline, then a few of its other fields."""
    if isinstance(result, dict):
        if is_error:
            headline = str(result.get("message") or result.get("code") or "failed")
            code = result.get("code")
            return headline, ([("code", str(code))] if code else [])
        headline = value_text(result.get("summary"), limit=300) if result.get("summary") else ""
        rest = [(k, v) for k, v in key_values(result) if k != "summary"]
        extra = len(rest) - RESULT_FIELDS
        rest = rest[:RESULT_FIELDS]
        if extra > 0:
            rest.append(("…", f"{extra} more field" + ("" if extra == 1 else "s")))
        return headline, rest
    if isinstance(result, list):
        return f"{len(result)} item" + ("" if len(result) == 1 else "s"), []
    return value_text(result, limit=300), []


def first_line(text: str) -> str:
    """The first line of an escalation summary, without its "Customer:" label (the inbox row shows
    the customer's words)."""
    line = (text or "").strip().split("\n", 1)[0]
    return line.removeprefix("Customer:").strip()


def summary_lines(text: str) -> list[tuple[str, str]]:
    """("Customer", "Where is my order?"), ("Stopped", "...") from an escalation summary."""
    lines = []
    for raw in (text or "").splitlines():
        label, sep, rest = raw.partition(":")
        if sep and label and len(label) <= 20 and " " not in label.strip():
            lines.append((label.strip(), rest.strip()))
        elif raw.strip():
            lines.append(("", raw.strip()))
    return lines


def reason_detail(code: str, detail: str) -> str:
    """The detail worth showing next to a reason label: a sensitive topic, or the router's intent when
    it adds something ("Bot unsure · returns"); not "human" next to "Asked for a person"."""
    if not detail or detail == code:
        return ""
    if code == Escalation.Reason.ASKED_FOR_HUMAN and detail == "human":
        return ""
    return detail.replace("_", " ")


ESCALATION_STATUS_LABELS = {
    Escalation.Status.OPEN: "Open",
    Escalation.Status.CLAIMED: "Claimed",
    Escalation.Status.HANDED_BACK: "Handed back",
    Escalation.Status.RESOLVED: "Resolved",
}


def escalation_status_label(status: str) -> str:
    return ESCALATION_STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def reason_label(code: str) -> str:
    try:
        return Escalation.Reason(code).label
    except ValueError:
        return code.replace("_", " ").capitalize()


# --- run steps --------------------------------------------------------------------------------------


@dataclass
class CallView:
    name: str
    arguments: list[tuple[str, str]]
    error: str = ""


@dataclass
class StepView:
    index: int
    kind: str  # route | model | tool | approval
    title: str
    meta: str = ""
    text: str = ""
    calls: list[CallView] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    is_error: bool = False
    created_at: datetime | None = None


ROUTE_ACTIONS = {
    "execute": "answer it",
    "escalate": "hand to a person",
    "clarify": "ask a clarifying question",
    "decline": "politely decline",
}


def step_view(step: RunStep) -> StepView:
    payload = step.payload if isinstance(step.payload, dict) else {}
    view = StepView(index=step.index, kind=step.kind, title=step.kind, created_at=step.created_at)
    if step.kind == RunStep.Kind.ROUTE:
        confidence = float(payload.get("confidence") or 0)
        view.title = "Route decision"
        view.meta = f"{confidence:.0%} confident"
        action = str(payload.get("action") or "")
        view.fields = [
            ("intent", value_text(payload.get("intent"))),
            ("decision", ROUTE_ACTIONS.get(action, action)),
        ]
        if payload.get("executor"):
            view.fields.append(("executor", str(payload["executor"])))
        if payload.get("sensitive_topic"):
            view.fields.append(("sensitive topic", value_text(payload["sensitive_topic"])))
        view.fields += [
            ("language", value_text(payload.get("language"))),
            ("tier", value_text(payload.get("tier"))),
        ]
        alternatives = (
            (payload.get("raw") or {}).get("top_intents") if isinstance(payload.get("raw"), dict) else None
        )
        if isinstance(alternatives, list) and alternatives:
            view.fields.append(
                (
                    "candidates",
                    " · ".join(
                        f"{a.get('intent')} {float(a.get('confidence') or 0):.0%}"
                        for a in alternatives
                        if isinstance(a, dict)
                    ),
                )
            )
    elif step.kind == RunStep.Kind.CACHE:
        view.title = "Answered from the cache"
        view.meta = f"{payload.get('tier') or ''} {float(payload.get('similarity') or 0):.2f}".strip()
        view.text = str(payload.get("question") or "")
    elif step.kind == RunStep.Kind.MODEL:
        view.title = "Model"
        view.meta = " · ".join(str(p) for p in (payload.get("provider"), payload.get("model")) if p)
        view.text = str(payload.get("text") or "").strip()
        for call in payload.get("tool_calls") or []:
            if not isinstance(call, dict):
                continue
            view.calls.append(
                CallView(
                    name=str(call.get("name") or "?"),
                    arguments=key_values(call.get("arguments") or {}),
                    error=str(call.get("arguments_error") or ""),
                )
            )
    elif step.kind in (RunStep.Kind.TOOL, RunStep.Kind.APPROVAL):
        view.is_error = bool(payload.get("is_error"))
        name = str(payload.get("name") or "tool")
        if step.kind == RunStep.Kind.APPROVAL:
            view.title = f"After approval: {name}"
        else:
            view.title = f"Result of {name}"
        view.text, view.fields = result_lines(payload.get("result"), is_error=view.is_error)
        view.meta = "error" if view.is_error else "ok"
    return view


def step_views(steps: list[RunStep]) -> list[StepView]:
    return [step_view(s) for s in steps]


# --- escalations ------------------------------------------------------------------------------------


@dataclass
class AttemptView:
    tool: str
    arguments: list[tuple[str, str]]
    status: str
    tone: str  # ok | error | waiting


def attempt_views(attempted: Any) -> list[AttemptView]:
    views = []
    for item in attempted if isinstance(attempted, list) else []:
        if not isinstance(item, dict):
            continue
        status = str(item.get("status") or "")
        tone = "ok" if status == "ok" else "error" if status.startswith("error") else "waiting"
        views.append(
            AttemptView(str(item.get("tool") or "?"), key_values(item.get("arguments") or {}), status, tone)
        )
    return views


@dataclass
class ReasoningLine:
    label: str  # "Model", "Routed as …" lines have none
    text: str
    repeats: int = 1  # on the first line of a repeated block: how many times the block ran
    repeated: bool = False  # part of a repeated block


def reasoning_lines(text: str) -> list[ReasoningLine]:
    """The bot's reasoning as labelled lines, with repeats folded: a loop (the same line, or the same
    model line and tool call, again and again) reads as one block "×3", not as a wall of copies."""
    raw = [line.strip() for line in (text or "").splitlines() if line.strip()]
    lines: list[ReasoningLine] = []
    i = 0
    while i < len(raw):
        period, times = 1, 1
        for size in (1, 2):
            block = raw[i : i + size]
            count = 1
            while len(block) == size and raw[i + count * size : i + (count + 1) * size] == block:
                count += 1
            if count > 1:
                period, times = size, count
                break
        for offset, line in enumerate(raw[i : i + period]):
            label, sep, rest = line.partition(":")
            labelled = bool(sep) and len(label) <= 24
            lines.append(
                ReasoningLine(
                    label=label.strip() if labelled else "",
                    text=(rest.strip() if labelled else line).replace(" -> ", " → "),
                    repeats=times if offset == 0 else 1,
                    repeated=times > 1,
                )
            )
        i += period * times
    return lines


# --- transcript -------------------------------------------------------------------------------------


@dataclass
class TranscriptItem:
    key: str  # unique in the page: m-<id>, n-<id>, e-<id>-<what>
    kind: str  # message | note | event
    role: str  # customer | assistant | human_agent | system | note | event
    author: str
    text: str
    created_at: datetime
    tone: str = ""


MESSAGE_AUTHORS = {
    Message.Role.ASSISTANT: "Assistant",
    Message.Role.SYSTEM: "Notice to the customer",
}


def transcript(
    messages: list[Message], notes: list[Any], escalations: list[Escalation], customer: str
) -> list[TranscriptItem]:
    """Messages, internal notes and the escalations' moves in time order."""
    items: list[tuple[datetime, int, TranscriptItem]] = []
    for m in messages:
        if m.role == Message.Role.CUSTOMER:
            author = customer or "Customer"
        elif m.role == Message.Role.HUMAN_AGENT:
            author = m.author_name or "Support"
        else:
            author = MESSAGE_AUTHORS.get(m.role, m.role)
        items.append(
            (m.created_at, 1, TranscriptItem(f"m-{m.pk}", "message", m.role, author, m.text, m.created_at))
        )
    for n in notes:
        items.append(
            (
                n.created_at,
                1,
                TranscriptItem(f"n-{n.pk}", "note", "note", n.author_name, n.text, n.created_at),
            )
        )
    for e in escalations:
        shown = reason_detail(e.reason_code, e.reason_detail)
        detail = f" · {shown}" if shown else ""
        items.append(
            (
                e.created_at,
                0,
                TranscriptItem(
                    f"e-{e.pk}-created",
                    "event",
                    "event",
                    "",
                    f"Escalated {e.ticket}: {reason_label(e.reason_code)}{detail}",
                    e.created_at,
                    tone="warn",
                ),
            )
        )
        person = roles.display_name(e.assignee) if e.assignee else "Someone"
        if e.claimed_at:
            items.append(
                (
                    e.claimed_at,
                    2,
                    TranscriptItem(
                        f"e-{e.pk}-claimed", "event", "event", "", f"{person} took over", e.claimed_at
                    ),
                )
            )
        if e.closed_at:
            if e.status == Escalation.Status.HANDED_BACK:
                text = f"{person} handed the conversation back to the bot"
                if e.handback_note:
                    text += f" — note for the bot: “{e.handback_note}”"
            else:
                text = f"{person} resolved {e.ticket}"
                if e.handback_note:
                    text += f": “{e.handback_note}”"
            items.append(
                (
                    e.closed_at,
                    2,
                    TranscriptItem(f"e-{e.pk}-closed", "event", "event", "", text, e.closed_at, "ok"),
                )
            )
    items.sort(key=lambda i: (i[0], i[1]))
    return [i[2] for i in items]


# --- approvals --------------------------------------------------------------------------------------


@dataclass
class ArgumentRow:
    key: str
    label: str
    asked: str
    to_run: str
    changed: bool


def _argument_text(arguments: dict[str, Any], key: str) -> str:
    # An absent or null argument runs with the tool's default: say so rather than show a dash.
    value = arguments.get(key)
    return "not set (tool default)" if value is None else value_text(value, limit=400)


def argument_rows(approval: ApprovalRequest, schema: dict[str, Any] | None) -> list[ArgumentRow]:
    """The asked-for and the to-be-run arguments side by side, in the schema's field order (then any
    extra keys), labelled with the schema's titles."""
    asked = approval.arguments if isinstance(approval.arguments, dict) else {}
    to_run = approval.arguments_to_run if isinstance(approval.arguments_to_run, dict) else {}
    properties = (schema or {}).get("properties") or {}
    keys = [k for k in properties if k in asked or k in to_run]
    keys += [k for k in [*asked, *to_run] if k not in keys]
    keys = list(dict.fromkeys(keys))
    rows = []
    for key in keys:
        title = argument_label((properties.get(key) or {}).get("title"), key)
        rows.append(
            ArgumentRow(
                key=key,
                label=title,
                asked=_argument_text(asked, key),
                to_run=_argument_text(to_run, key),
                changed=asked.get(key) != to_run.get(key),
            )
        )
    return rows


# --- audit ------------------------------------------------------------------------------------------


def _flatten(values: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(values, dict):
        return {prefix or "value": values} if values is not None else {}
    flat: dict[str, Any] = {}
    for key, value in values.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, name))
        else:
            flat[name] = value
    return flat


# Row ids an action records for the machine (the reply's message, the note): the text beside them is
# what a person reads.
AUDIT_HIDDEN_FIELDS = {"message_id", "note_id"}


def audit_changes(before: Any, after: Any) -> list[tuple[str, str, str]]:
    """[(field, before, after)] of what an action changed; a field only in `after` (a reply's text, a
    note) has an empty before. Unchanged fields are left out."""
    old, new = _flatten(before), _flatten(after)
    changes = []
    for key in list(dict.fromkeys([*old, *new])):
        if key in AUDIT_HIDDEN_FIELDS or (key in old and key in new and old[key] == new[key]):
            continue
        changes.append(
            (key, value_text(old[key], limit=80) if key in old else "", value_text(new.get(key), limit=120))
        )
    return changes


def duration_label(seconds: int) -> str:
    """300 -> "5 min", 90 -> "90 s", 7200 -> "2 h"."""
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds % 60 == 0:
        return f"{seconds // 60} min"
    return f"{seconds} s"


# --- presence ---------------------------------------------------------------------------------------


def viewing_text(names: list[str]) -> str:
    """ "Sam is viewing", "Sam and Maria are viewing", "Sam, Maria and 2 others are viewing"."""
    if not names:
        return ""
    if len(names) == 1:
        return f"{names[0]} is viewing"
    if len(names) <= 3:
        return f"{', '.join(names[:-1])} and {names[-1]} are viewing"
    return f"{', '.join(names[:2])} and {len(names) - 2} others are viewing"


def argument_label(title: str | None, key: str) -> str:
    """A schema's title as a person reads it: pydantic's "Order Id" is "Order ID"."""
    return re.sub(r"\bId\b", "ID", title or key.replace("_", " ").capitalize())
