"""A run's trace as a tree people read: spans nested under the run, placed on a waterfall, with the
tokens and cost of their model calls, and the payloads (prompts, completions, tool arguments and
results, guard checks) made readable.

`load_trace(run)` reads a run's spans and the numbers of its LLM and tool call records in three
queries, whatever the run's length; the payloads (the large JSON columns) are left out there and read
for one span at a time by `span_detail(trace, key)` (at most three more queries).

A run written with tracing off (or before tracing existed) has records but no spans: its LLM and tool
calls become the tree's rows, flat under the run, in the order they happened. A record no span points
at (in a traced run) is shown the same way, so nothing the run paid for is missing from the page.

Pure reading: no writes, and nothing from `agents` is imported (the run is passed in; any object with
the `agents.Run` fields will do).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from tracing.models import GuardVerdict, LLMCall, Span, ToolCall
from tracing.spans import guard_check_spans, root_span_id

# What one block of text or JSON may show in the page before it is cut (the rest is counted, and
# `span_detail(..., full=True)` lifts the cap up to FULL_CHARS). 12k characters is a long prompt
# message; a whole request of a 20-step run is ten times that.
BLOCK_CHARS = 12_000
FULL_CHARS = 400_000
# Rows of one trace: a runaway run (thousands of steps) is cut here rather than freezing the page.
MAX_ROWS = 2_000

ERROR_CLASSES = ("recoverable", "degraded", "fatal")
# Kinds whose "error" status is a verdict about the customer's message or the reply, not a failure
# of the system: a check that fired, a guard that refused. Shown as flags, not as errors.
VERDICT_KINDS = ("guard", "check")
# What drawing a guard's check spans needs from its verdict (tracing.spans.verdict_of, check_spans).
VERDICT_FIELDS = ("step_index", "stage", "source", "duration_ms", "checks")
_ENVELOPE = re.compile(r'\A<untrusted source="([a-z0-9_:.\-]*)">\n(.*)\n</untrusted>\Z', re.DOTALL)
_SPAN_KEY = re.compile(r"\A(?:[0-9a-f]{16}|llm-\d{1,18}|tool-\d{1,18})\Z")


# --- numbers as people read them ------------------------------------------------------------------


def duration_text(ms: float | None) -> str:
    """0.4 -> "0.4 ms", 312 -> "312 ms", 1430 -> "1.43 s", 125000 -> "2 min 5 s", 7.3e6 -> "2 h 2 min"."""
    if ms is None:
        return "—"
    ms = max(float(ms), 0.0)
    if ms < 1:
        return f"{ms:.2f} ms" if ms else "0 ms"
    if ms < 10:
        return f"{ms:.1f} ms"
    if ms < 1000:
        return f"{ms:.0f} ms"
    seconds = ms / 1000
    if seconds < 10:
        return f"{seconds:.2f} s"
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def cost_text(cost: Decimal | None, *, calls: int = 1) -> str:
    """$0.000633 below a cent (six places, so a column of them lines up), $0.0124 below a dollar,
    $12.40 above; "$0" for calls that cost nothing (a free offline model); "—" for no calls at all."""
    if cost is None or not calls:
        return "—"
    cost = Decimal(cost)
    if cost == 0:
        return "$0"
    if cost < Decimal("0.01"):
        return f"${cost:.6f}"
    if cost < 1:
        return f"${cost:.4f}"
    return f"${cost:,.2f}"


def tokens_text(count: int | None) -> str:
    return "—" if not count else f"{count:,}"


# --- payload blocks ---------------------------------------------------------------------------------


@dataclass
class Block:
    """A piece of payload for the page: plain text (shown with its line breaks) or pretty JSON (with
    tokens for colouring). `hidden_chars` says how much was cut."""

    text: str
    is_json: bool = False
    hidden_chars: int = 0
    tokens: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


_JSON_TOKEN = re.compile(
    r'(?P<key>"(?:[^"\\\n]|\\.)*"(?=\s*:))'
    r'|(?P<string>"(?:[^"\\\n]|\\.)*")'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<literal>\btrue\b|\bfalse\b|\bnull\b)"
)


def json_tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) pieces of pretty JSON: key, string, number, literal, or "" for punctuation and
    space. Joined they give `text` back exactly; text cut mid-string just ends as plain text."""
    tokens: list[tuple[str, str]] = []
    position = 0
    for match in _JSON_TOKEN.finditer(text):
        if match.start() > position:
            tokens.append(("", text[position : match.start()]))
        kind = match.lastgroup or ""
        tokens.append((kind, match.group()))
        position = match.end()
    if position < len(text):
        tokens.append(("", text[position:]))
    return tokens


def _cut(text: str, limit: int) -> tuple[str, int]:
    if len(text) <= limit:
        return text, 0
    return text[:limit], len(text) - limit


def json_block(value: Any, *, limit: int = BLOCK_CHARS) -> Block:
    """A JSON value pretty-printed (2-space indent, unicode as is), cut at `limit` characters."""
    try:
        pretty = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    except (TypeError, ValueError):  # a circular structure cannot come from a JSON column; be safe
        pretty = repr(value)
    shown, hidden = _cut(pretty, limit)
    return Block(shown, is_json=True, hidden_chars=hidden, tokens=json_tokens(shown))


def text_block(text: Any, *, limit: int = BLOCK_CHARS) -> Block:
    """Text as written (line breaks kept), cut at `limit`; a text that is a JSON object or array (a
    tool result as the model saw it) is pretty-printed instead."""
    if not isinstance(text, str):
        return json_block(text, limit=limit)
    stripped = text.strip()
    if stripped[:1] in ("{", "[") and stripped[-1:] in ("}", "]"):
        try:
            return json_block(json.loads(stripped), limit=limit)
        except ValueError:
            pass
    shown, hidden = _cut(text, limit)
    return Block(shown, hidden_chars=hidden)


def unwrap_envelope(text: str) -> tuple[str, str]:
    """(source, inner text) of content wholly inside one untrusted envelope (a tool result, a passage,
    as the model received it); ("", text) otherwise."""
    match = _ENVELOPE.match(text or "")
    if match is None:
        return "", text
    return match.group(1), match.group(2)


@dataclass
class ToolCallBlock:
    """A tool call the model asked for: its name, id and arguments as pretty JSON."""

    name: str
    call_id: str
    arguments: Block
    arguments_error: str = ""


@dataclass
class PromptMessage:
    role: str  # system | user | assistant | tool | other
    label: str  # what the page calls the role
    body: Block
    tool_calls: list[ToolCallBlock] = field(default_factory=list)
    tool_name: str = ""
    tool_call_id: str = ""
    is_error: bool = False
    untrusted_source: str = ""


ROLE_LABELS = {"system": "System", "user": "User", "assistant": "Assistant", "tool": "Tool result"}


def _tool_call_blocks(calls: Any, limit: int) -> list[ToolCallBlock]:
    blocks = []
    for call in calls if isinstance(calls, list) else []:
        if not isinstance(call, dict):
            continue
        blocks.append(
            ToolCallBlock(
                name=str(call.get("name") or "?"),
                call_id=str(call.get("id") or ""),
                arguments=json_block(call.get("arguments") or {}, limit=limit),
                arguments_error=str(call.get("arguments_error") or ""),
            )
        )
    return blocks


def prompt_messages(request: Any, *, limit: int = BLOCK_CHARS) -> list[PromptMessage]:
    """The prompt of a recorded model call as role-labelled messages: the system prompt first, then the
    conversation as the model received it (the customer's words, the assistant's tool calls with their
    arguments, each tool result). Tolerates any shape: a record from another provider, or a pruned one."""
    if not isinstance(request, dict):
        return []
    messages: list[PromptMessage] = []
    system = request.get("system")
    if system:
        messages.append(PromptMessage("system", ROLE_LABELS["system"], text_block(system, limit=limit)))
    for raw in request.get("messages") if isinstance(request.get("messages"), list) else []:
        if not isinstance(raw, dict):
            messages.append(PromptMessage("other", "Message", json_block(raw, limit=limit)))
            continue
        role = str(raw.get("role") or "other")
        content = raw.get("content")
        source = ""
        if isinstance(content, str):
            source, content = unwrap_envelope(content)
        messages.append(
            PromptMessage(
                role=role if role in ROLE_LABELS else "other",
                label=ROLE_LABELS.get(role, role.capitalize() or "Message"),
                body=text_block(content if content is not None else "", limit=limit),
                tool_calls=_tool_call_blocks(raw.get("tool_calls"), limit),
                tool_name=str(raw.get("name") or ""),
                tool_call_id=str(raw.get("tool_call_id") or ""),
                is_error=bool(raw.get("is_error")),
                untrusted_source=source,
            )
        )
    return messages


@dataclass
class Completion:
    text: Block
    tool_calls: list[ToolCallBlock]
    stop_reason: str
    raw: Block | None  # the provider's own body, when it kept one


def completion(response: Any, *, limit: int = BLOCK_CHARS) -> Completion | None:
    """What the model answered: its text, the tool calls it asked for, why it stopped."""
    if not isinstance(response, dict):
        return None
    raw = response.get("raw")
    return Completion(
        text=text_block(str(response.get("text") or ""), limit=limit),
        tool_calls=_tool_call_blocks(response.get("tool_calls"), limit),
        stop_reason=str(response.get("stop_reason") or ""),
        raw=json_block(raw, limit=limit) if raw else None,
    )


# --- the tree ---------------------------------------------------------------------------------------


def span_tone(kind: str, status: str, error_class: str) -> str:
    """How a span is shown: "error" (red) for what failed for real, "recovered" (amber) for a failure
    the run got past, "flag" for a guard verdict (a check fired, a message refused), "" otherwise.

    A person taking over (a handoff), an approval refused by a manager or a check that fired are not
    failures of the system, whatever status an older writer stored on them; their failure class says
    when they are (a handoff after a loop is fatal)."""
    if error_class in ("degraded", "fatal"):
        return "error"
    if error_class == "recoverable":
        return "recovered"
    if status != Span.Status.ERROR:
        return ""
    if kind in VERDICT_KINDS:
        return "flag"
    if kind == Span.Kind.HANDOFF:
        return ""
    return "error"


@dataclass
class TraceNode:
    key: str  # the span id, or "llm-<pk>" / "tool-<pk>" for a record no span points at
    kind: str  # a Span.Kind, or "run" for the root
    name: str
    started_at: datetime
    duration_ms: float
    depth: int = 0
    parent_key: str = ""
    step_index: int | None = None
    status: str = "ok"
    error_class: str = ""
    error_code: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    span: Span | None = None
    llm_call: LLMCall | None = None  # payload columns deferred: see span_detail
    tool_call: ToolCall | None = None
    # Without a span: made from its LLM or tool call record (tracing was off, or nothing traced it).
    from_record: bool = False
    children: list[TraceNode] = field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_cached: int = 0
    cost_usd: Decimal = Decimal(0)
    llm_calls: int = 0  # LLM call records in this subtree
    offset_ms: float = 0.0
    left_pct: float = 0.0
    width_pct: float = 0.0
    tone: str = ""
    collapsed: bool = False  # children hidden at first (a guard's checks when none fired)
    ancestors: list[str] = field(default_factory=list)  # keys from the run down to the parent
    hidden: bool = False  # under a collapsed ancestor
    _order: tuple = ()

    @property
    def tokens(self) -> int:
        return self.tokens_in + self.tokens_out

    @property
    def duration_label(self) -> str:
        return duration_text(self.duration_ms)

    @property
    def offset_label(self) -> str:
        return "+" + duration_text(self.offset_ms)

    @property
    def cost_label(self) -> str:
        return cost_text(self.cost_usd, calls=self.llm_calls)

    @property
    def tokens_label(self) -> str:
        return tokens_text(self.tokens)

    @property
    def problem(self) -> str:
        """What the row says next to its name when something went wrong: "fatal · looping",
        "recovered · timeout", "fired"."""
        if self.tone == "flag":
            if self.kind == Span.Kind.GUARD:
                verdict = str(self.attributes.get("verdict") or "blocked")
                return f"{verdict} · {self.error_code}" if self.error_code else verdict
            return "fired"
        if self.tone == "recovered":
            return f"recovered · {self.error_code}" if self.error_code else "recovered"
        if self.tone == "error":
            label = self.error_class or "error"
            return f"{label} · {self.error_code}" if self.error_code else label
        return ""


@dataclass
class RunTrace:
    run: Any
    root: TraceNode
    rows: list[TraceNode]  # depth first, children in time order
    nodes: dict[str, TraceNode]
    started_at: datetime
    ended_at: datetime
    has_spans: bool
    unlinked_records: int  # rows made from records no span points at
    truncated: bool
    ticks: list[tuple[float, str]]  # (percent, label) along the waterfall's axis

    @property
    def duration_ms(self) -> float:
        return self.root.duration_ms


def is_node_key(key: str) -> bool:
    return bool(_SPAN_KEY.match(key or ""))


def _record_start(created_at: datetime, duration_ms: float) -> datetime:
    # Records are written when the call ended: it started its duration earlier.
    return created_at - timedelta(milliseconds=max(duration_ms or 0.0, 0.0))


def _llm_node(call: LLMCall) -> TraceNode:
    return TraceNode(
        key=f"llm-{call.pk}",
        kind=Span.Kind.LLM,
        name=f"{call.provider}:{call.model}",
        started_at=_record_start(call.created_at, call.latency_ms),
        duration_ms=call.latency_ms,
        step_index=call.step_index,
        status=Span.Status.ERROR if call.error_code else Span.Status.OK,
        error_code=call.error_code,
        attributes={"attempt": call.attempt, "feature": call.feature},
        llm_call=call,
        from_record=True,
    )


def _tool_node(call: ToolCall) -> TraceNode:
    return TraceNode(
        key=f"tool-{call.pk}",
        kind=Span.Kind.TOOL,
        name=call.tool_name,
        started_at=_record_start(call.created_at, call.duration_ms),
        duration_ms=call.duration_ms,
        step_index=call.step_index,
        status=Span.Status.ERROR if call.error_code else Span.Status.OK,
        error_code=call.error_code,
        attributes={"tool_call_id": call.tool_call_id, "attempts": call.attempts},
        tool_call=call,
        from_record=True,
    )


class _Matcher:
    """Finds the record a span points at (an LLM call by its step, attempt, provider, model and feature;
    a tool call by its call id), each record given to one span at most."""

    def __init__(self, llm_calls: list[LLMCall], tool_calls: list[ToolCall]) -> None:
        self.llm: dict[tuple, list[LLMCall]] = defaultdict(list)
        for call in llm_calls:
            self.llm[(call.step_index, call.attempt, call.feature, call.provider, call.model)].append(call)
            self.llm[(call.step_index, call.attempt, call.feature)].append(call)
            self.llm[(call.step_index, call.attempt)].append(call)
        self.tools: dict[str, list[ToolCall]] = defaultdict(list)
        for tool_call in tool_calls:
            self.tools[tool_call.tool_call_id].append(tool_call)
        self.used: set[tuple[str, int]] = set()

    def _take(self, kind: str, candidates: list[Any]) -> Any:
        for candidate in candidates:
            if (kind, candidate.pk) not in self.used:
                self.used.add((kind, candidate.pk))
                return candidate
        return None

    def llm_call(self, step_index: int | None, attributes: dict[str, Any]) -> LLMCall | None:
        attempt = attributes.get("attempt")
        if step_index is None or not isinstance(attempt, int):
            return None
        feature = str(attributes.get("feature") or "")
        provider = str(attributes.get("provider") or "")
        model = str(attributes.get("model") or "")
        # Attempts are numbered per provider (a fallback's first try is attempt 1 again), and the input
        # guard's model check can share a step with the first model call: the provider, the model and
        # the feature served tell them apart; older spans without them match on step and attempt.
        for key in (
            (step_index, attempt, feature, provider, model),
            (step_index, attempt, feature),
            (step_index, attempt),
        ):
            found = self._take("llm", self.llm.get(key, []))
            if found is not None:
                return found
        return None

    def tool_call(self, step_index: int | None, attributes: dict[str, Any]) -> ToolCall | None:
        call_id = attributes.get("tool_call_id")
        if not call_id:
            return None
        candidates = self.tools.get(str(call_id), [])
        same_step = [c for c in candidates if c.step_index == step_index]
        return self._take("tool", same_step or candidates)

    def unused(self, llm_calls: list[LLMCall], tool_calls: list[ToolCall]) -> list[TraceNode]:
        nodes = [_llm_node(c) for c in llm_calls if ("llm", c.pk) not in self.used]
        nodes += [_tool_node(c) for c in tool_calls if ("tool", c.pk) not in self.used]
        return nodes


def _axis_ticks(total_ms: float) -> list[tuple[float, str]]:
    return [(pct, duration_text(total_ms * pct / 100)) for pct in (0, 25, 50, 75)]


def load_trace(run: Any, *, now: datetime | None = None) -> RunTrace:
    """The run's trace as a tree. Three queries: spans, LLM call numbers, tool call numbers."""
    spans = list(Span.objects.filter(run_id=run.pk).order_by("started_at", "id")[: MAX_ROWS + 1])
    truncated = len(spans) > MAX_ROWS
    spans = spans[:MAX_ROWS]
    llm_calls = list(
        LLMCall.objects.filter(run_id=run.pk).defer("request", "response").order_by("created_at", "id")
    )
    tool_calls = list(
        ToolCall.objects.filter(run_id=run.pk).defer("arguments", "result").order_by("created_at", "id")
    )
    matcher = _Matcher(llm_calls, tool_calls)
    root_id = root_span_id(run.pk)
    nodes: dict[str, TraceNode] = {}
    if any(span.kind == Span.Kind.GUARD for span in spans):
        # A guard's checks are read from its verdict (tracing.spans.check_spans), not stored as spans.
        verdicts = list(GuardVerdict.objects.filter(run_id=run.pk).only(*VERDICT_FIELDS))
        spans = [*spans, *guard_check_spans(spans, verdicts)]
    for position, span in enumerate(spans):
        node = TraceNode(
            key=span.span_id,
            kind=span.kind,
            name=span.name,
            started_at=span.started_at,
            duration_ms=span.duration_ms,
            parent_key=span.parent_id,
            step_index=span.step_index,
            status=span.status,
            error_class=span.error_class,
            error_code=span.error_code,
            attributes=span.attributes if isinstance(span.attributes, dict) else {},
            span=span if isinstance(span, Span) else None,
            _order=(span.started_at, 0, position),
        )
        if span.kind == Span.Kind.LLM:
            node.llm_call = matcher.llm_call(span.step_index, node.attributes)
        elif span.kind in (Span.Kind.TOOL, Span.Kind.RETRIEVAL):
            node.tool_call = matcher.tool_call(span.step_index, node.attributes)
        nodes.setdefault(span.span_id, node)  # a duplicated id (never written twice) keeps the first
    unlinked = matcher.unused(llm_calls, tool_calls)
    for position, node in enumerate(unlinked):
        node.parent_key = root_id
        node._order = (node.started_at, 1, position)
        nodes[node.key] = node

    started_at = min([run.created_at, *(n.started_at for n in nodes.values())])
    ends = [n.started_at + timedelta(milliseconds=n.duration_ms) for n in nodes.values()]
    finished_at = getattr(run, "finished_at", None)
    ended_at = max([finished_at or (now or timezone.now()), *ends])
    root = TraceNode(
        key=root_id,
        kind="run",
        name=_run_name(run),
        started_at=started_at,
        duration_ms=max((ended_at - started_at).total_seconds() * 1000, 0.0),
        status=Span.Status.ERROR if getattr(run, "failure_class", "") else Span.Status.OK,
        error_class=getattr(run, "failure_class", "") or "",
        error_code=getattr(run, "error_code", "") or "",
    )
    nodes.pop(root_id, None)  # a span claiming the run's own id: the run is the root
    _attach(root, nodes)

    rows: list[TraceNode] = []
    total_ms = root.duration_ms or 1.0
    _place(root, [], rows, started_at, total_ms)
    collapsed = {n.key for n in rows if n.collapsed}
    for node in rows:
        node.hidden = any(key in collapsed for key in node.ancestors)
    root.tone = span_tone("run", root.status, root.error_class)
    return RunTrace(
        run=run,
        root=root,
        rows=rows,
        nodes={n.key: n for n in rows},
        started_at=started_at,
        ended_at=ended_at,
        has_spans=bool(spans),
        unlinked_records=len(unlinked),
        truncated=truncated,
        ticks=_axis_ticks(root.duration_ms),
    )


def _attach(root: TraceNode, nodes: dict[str, TraceNode]) -> None:
    """Give every node its parent's children list. A parent outside the trace (cut by MAX_ROWS) or a
    loop of parents (never written by the runtime, but a page must not hang on one) is the run."""
    for node in nodes.values():
        if node.parent_key not in nodes:
            node.parent_key = root.key
    for node in nodes.values():
        seen = {node.key}
        key = node.parent_key
        while key != root.key:
            if key in seen:
                node.parent_key = root.key
                break
            seen.add(key)
            key = nodes[key].parent_key
    for node in nodes.values():
        (root if node.parent_key == root.key else nodes[node.parent_key]).children.append(node)


def _run_name(run: Any) -> str:
    agent = getattr(run, "agent_name", "") or "run"
    executor = getattr(run, "executor_name", "") or ""
    return f"{agent} → {executor}" if executor and executor != agent else agent


def _place(
    node: TraceNode, ancestors: list[str], rows: list[TraceNode], start: datetime, total_ms: float
) -> None:
    """Depth first: position on the waterfall, then the children in time order; sums tokens and cost
    up the tree (an LLM call's own numbers come from its record)."""
    node.depth = len(ancestors)
    node.ancestors = ancestors
    node.offset_ms = max((node.started_at - start).total_seconds() * 1000, 0.0)
    node.left_pct = min(node.offset_ms / total_ms * 100, 100.0)
    node.width_pct = min(max(node.duration_ms, 0.0) / total_ms * 100, 100.0 - node.left_pct)
    if node.kind != "run":
        node.tone = span_tone(node.kind, node.status, node.error_class)
    rows.append(node)
    call = node.llm_call
    if call is not None:
        node.tokens_in, node.tokens_out = call.tokens_in, call.tokens_out
        node.tokens_cached, node.cost_usd = call.tokens_cached, call.cost_usd
        node.llm_calls = 1
    node.children.sort(key=lambda child: child._order)
    for child in node.children:
        _place(child, [*ancestors, node.key], rows, start, total_ms)
        node.tokens_in += child.tokens_in
        node.tokens_out += child.tokens_out
        node.tokens_cached += child.tokens_cached
        node.cost_usd += child.cost_usd
        node.llm_calls += child.llm_calls
    # A guard's checks are a dozen rows of "passed": folded until one of them fired.
    node.collapsed = node.kind == Span.Kind.GUARD and not any(c.tone for c in node.children)


# --- one span's detail ----------------------------------------------------------------------------------


@dataclass
class CallDetail:
    """One provider attempt: its record's numbers, its prompt and its completion."""

    call: LLMCall
    prompt: list[PromptMessage]
    tools_offered: list[str]
    settings: list[tuple[str, str]]
    completion: Completion | None
    pruned: bool
    answered: bool  # the attempt whose answer the step used

    @property
    def cost_label(self) -> str:
        return cost_text(self.call.cost_usd)

    @property
    def latency_label(self) -> str:
        return duration_text(self.call.latency_ms)


@dataclass
class ToolDetail:
    call: ToolCall
    arguments: Block
    result: Block
    pruned: bool


@dataclass
class CheckRow:
    name: str
    score: str
    fired: bool
    action: str
    reason: str
    duration: str
    detail: Block | None


@dataclass
class GuardDetail:
    verdict: GuardVerdict
    checks: list[CheckRow]


@dataclass
class SpanDetail:
    node: TraceNode
    attributes: list[tuple[str, str, Block | None]]
    calls: list[CallDetail] = field(default_factory=list)
    tool: ToolDetail | None = None
    guard: GuardDetail | None = None
    check: CheckRow | None = None
    full: bool = False


# Attributes the detail shows elsewhere (as facts, or from the record itself).
_SHOWN_ELSEWHERE = {"tokens_in", "tokens_out", "tokens_cached", "cost_usd", "attempt", "provider", "model"}


def _attribute_rows(attributes: dict[str, Any], limit: int) -> list[tuple[str, str, Block | None]]:
    """(key, short text, JSON block for a list or an object) of each attribute worth showing."""
    rows: list[tuple[str, str, Block | None]] = []
    for key, value in attributes.items():
        if key in _SHOWN_ELSEWHERE:
            continue
        if isinstance(value, dict | list) and value:
            rows.append((str(key), "", json_block(value, limit=limit)))
        elif value is None or value == "" or value == [] or value == {}:
            rows.append((str(key), "—", None))
        elif isinstance(value, bool):
            rows.append((str(key), "yes" if value else "no", None))
        else:
            text = str(value)
            rows.append((str(key), text if len(text) <= limit else text[:limit] + "…", None))
    return rows


def _call_detail(call: LLMCall, *, answered: bool, limit: int) -> CallDetail:
    request = call.request if isinstance(call.request, dict) else {}
    tools = request.get("tools") if isinstance(request.get("tools"), list) else []
    settings = [
        (name, str(request[name])) for name in ("temperature", "max_tokens") if request.get(name) is not None
    ]
    return CallDetail(
        call=call,
        prompt=prompt_messages(request, limit=limit),
        tools_offered=[str(t.get("name") if isinstance(t, dict) else t) for t in tools],
        settings=settings,
        completion=completion(call.response, limit=limit),
        pruned=call.payload_pruned,
        answered=answered,
    )


def _check_row(check: dict[str, Any], limit: int) -> CheckRow:
    score = check.get("score")
    detail = check.get("detail")
    return CheckRow(
        name=str(check.get("name") or "check"),
        score=f"{float(score):.3g}" if isinstance(score, int | float) else "—",
        fired=bool(check.get("fired")),
        action=str(check.get("action") or ""),
        reason=str(check.get("reason") or ""),
        duration=duration_text(
            check.get("duration_ms") if isinstance(check.get("duration_ms"), int | float) else 0
        ),
        detail=json_block(detail, limit=limit) if detail else None,
    )


def _verdict_for(run_id: Any, node: TraceNode) -> GuardVerdict | None:
    """The GuardVerdict row a guard span was made from: same step, stage and source; of several (two
    tool results scanned in one step) the one whose duration matches."""
    if node.step_index is None:
        return None
    attributes = node.attributes
    found = list(
        GuardVerdict.objects.filter(
            run_id=run_id, step_index=node.step_index, stage=str(attributes.get("stage") or "")
        ).order_by("created_at", "id")
    )
    source = str(attributes.get("source") or "")
    same_source = [v for v in found if v.source == source] or found
    if not same_source:
        return None
    return min(same_source, key=lambda v: abs(v.duration_ms - node.duration_ms))


def span_detail(trace: RunTrace, key: str, *, full: bool = False) -> SpanDetail | None:
    """What the page shows for one span: its attributes, and the payloads it points at (the prompt and
    completion of each attempt, a tool's arguments and result, a guard's checks). None for a key not in
    the trace. At most three queries."""
    node = trace.nodes.get(key)
    if node is None:
        return None
    limit = FULL_CHARS if full else BLOCK_CHARS
    detail = SpanDetail(node=node, attributes=_attribute_rows(node.attributes, limit), full=full)
    # An attempt's own call; a reasoning step's (or a guard's model check's) calls are its children's.
    if node.llm_call is not None:
        call_nodes = [node]
    elif node.kind in (Span.Kind.MODEL, Span.Kind.GUARD):
        call_nodes = [c for c in node.children if c.llm_call is not None]
    else:
        call_nodes = []
    if call_nodes:
        ids = [n.llm_call.pk for n in call_nodes if n.llm_call is not None]
        payloads = {c.pk: c for c in LLMCall.objects.filter(pk__in=ids)}
        answered_id = next(
            (n.llm_call.pk for n in reversed(call_nodes) if n.llm_call and not n.llm_call.error_code), None
        )
        detail.calls = [
            _call_detail(payloads[n.llm_call.pk], answered=n.llm_call.pk == answered_id, limit=limit)
            for n in call_nodes
            if n.llm_call is not None and n.llm_call.pk in payloads
        ]
    if node.tool_call is not None:
        tool_call = ToolCall.objects.filter(pk=node.tool_call.pk).first()
        if tool_call is not None:
            detail.tool = ToolDetail(
                call=tool_call,
                arguments=json_block(tool_call.arguments, limit=limit),
                result=json_block(tool_call.result, limit=limit),
                pruned=tool_call.payload_pruned,
            )
    guard_node = node if node.kind == Span.Kind.GUARD else None
    if node.kind == Span.Kind.CHECK:
        guard_node = trace.nodes.get(node.parent_key)
    if guard_node is not None and guard_node.kind == Span.Kind.GUARD:
        verdict = _verdict_for(trace.run.pk, guard_node)
        if verdict is not None:
            checks = [_check_row(c, limit) for c in verdict.checks if isinstance(c, dict)]
            if node.kind == Span.Kind.GUARD:
                detail.guard = GuardDetail(verdict=verdict, checks=checks)
            else:
                detail.check = next((c for c in checks if c.name == node.name), None)
    return detail
