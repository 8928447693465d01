"""Tool declaration.

A tool is a Python function with a pydantic model for its arguments, a permission level, a timeout,
a retry policy, an output validator and a size cap. The contract for the function:

* it receives `(args: ArgsModel, ctx: ToolContext)` and returns JSON-serialisable data;
* it may be sync or async; a sync tool runs in a worker thread so the event loop never blocks;
* it raises `ToolError(code, retryable=...)` for failures the model should reason about; a transient
  failure (timeout, 5xx, lost connection) is `retryable=True`, a 4xx-like failure never is;
* a `write` tool must use `ctx.idempotency_key` to make a repeated call a no-op, because a process
  killed after the call and before its checkpoint will make the call again on resume;
* an `irreversible` tool is never called by the loop: the run parks for a human approval, and the
  approved call receives the approval's id as its idempotency key;
* a `write` or `irreversible` tool names in `traced` the arguments whose values must trace back to the
  customer (their own words, their data from a read tool, the conversation's pinned facts): a call
  whose value came from anywhere else (a tool result, a help article, a pasted e-mail) is refused with
  `untraced_argument` before it runs or parks (`agents.guards.provenance`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from agents.providers.base import ToolSpec


class Permission(StrEnum):
    READ = "read"
    WRITE = "write"
    IRREVERSIBLE = "irreversible"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, for retryable failures only."""

    max_attempts: int = 3
    initial_delay: float = 0.2
    max_delay: float = 5.0
    jitter: float = 0.2


NO_RETRY = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class ToolContext:
    run_id: str
    conversation_id: str
    customer_ref: str
    tool_call_id: str
    idempotency_key: str
    attempt: int = 1


@dataclass
class Tool:
    name: str
    description: str
    args_model: type[BaseModel]
    fn: Callable[..., Any]
    permission: Permission = Permission.READ
    # 10 s: the slowest read in the demo shop is well under a second; a tool that needs longer
    # should say so in its declaration rather than hold a run hostage.
    timeout: float = 10.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    # Validates (and may normalise) the output; raises ValueError/ValidationError when it is wrong.
    output_validator: Callable[[Any], Any] | None = None
    # The model sees at most this many list items and this many characters of the result.
    max_items: int = 20
    max_chars: int = 4000
    # How an approval request describes the action to a person ("Refund $40.00 on order 1234"), and
    # the money at stake (shown to the manager; above HANDRAIL_TWO_PERSON_APPROVAL_ABOVE two people
    # approve). Both get (arguments, ctx) and may read the database: call them from sync code.
    describe_action: Callable[..., str] | None = None
    approval_amount: Callable[..., Decimal | None] | None = None
    # Arguments whose values must trace back to the customer before a write or irreversible call runs
    # or parks ("order_id": a refund only for an order this customer named or was shown).
    traced_arguments: tuple[str, ...] = ()
    _spec: ToolSpec | None = field(default=None, init=False, repr=False, compare=False)

    def spec(self) -> ToolSpec:
        # Built once: pydantic's schema generation costs ~0.8 ms a tool, paid on every model call
        # before this was cached (bench/runtime_overhead.py profile).
        if self._spec is None:
            self._spec = ToolSpec(
                name=self.name, description=self.description, input_schema=self.args_model.model_json_schema()
            )
        return self._spec

    def approval_summary(
        self, arguments: dict[str, Any], ctx: ToolContext | None
    ) -> tuple[str, Decimal | None]:
        """(one line a manager reads, amount at stake or None). Sync: may read the database."""
        description = (
            self.describe_action(arguments, ctx) if self.describe_action else self.name.replace("_", " ")
        )
        amount = self.approval_amount(arguments, ctx) if self.approval_amount else None
        return description[:500], amount


def tool(
    *,
    args: type[BaseModel],
    description: str,
    permission: Permission | str = Permission.READ,
    name: str | None = None,
    timeout: float = 10.0,
    retry: RetryPolicy | None = None,
    output_validator: Callable[[Any], Any] | None = None,
    max_items: int = 20,
    max_chars: int = 4000,
    describe_action: Callable[..., str] | None = None,
    approval_amount: Callable[..., Decimal | None] | None = None,
    traced: Sequence[str] = (),
) -> Callable[[Callable[..., Any]], Tool]:
    """Declare a tool: `@tool(args=LookupOrder, description="...", permission="read")`."""
    unknown = [name for name in traced if name not in args.model_fields]
    if unknown:
        # At import time, not on the first call: a misspelt name would silently trace nothing.
        raise ValueError(f"traced arguments {unknown} are not fields of {args.__name__}")

    def wrap(fn: Callable[..., Any]) -> Tool:
        return Tool(
            name=name or fn.__name__,
            description=description,
            args_model=args,
            fn=fn,
            permission=Permission(permission),
            timeout=timeout,
            # Irreversible and write actions are not retried blindly unless the declaration says so.
            retry=retry if retry is not None else (RetryPolicy() if permission == "read" else NO_RETRY),
            output_validator=output_validator,
            max_items=max_items,
            max_chars=max_chars,
            describe_action=describe_action,
            approval_amount=approval_amount,
            traced_arguments=tuple(traced),
        )

    return wrap
