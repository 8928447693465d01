"""Returns and refunds: the return policy (read), opening a return (write, idempotent by key), and a
refund (irreversible: a manager approves it first, and it runs once with the approval as its key)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from django.utils import timezone
from pydantic import BaseModel, Field, WithJsonSchema

from agents.tools.base import Permission, ToolContext, tool
from demo_shop.access import access_own_order
from demo_shop.actions import do_open_return, do_refund_order
from demo_shop.models import Category, Order, ReturnPolicy, ReturnRequest
from demo_shop.wording import category_label, day, money, policy_sentence, warranty_sentence

CategoryName = Literal[tuple(Category.values)]  # type: ignore[valid-type]
ReasonName = Literal[tuple(ReturnRequest.Reason.values)]  # type: ignore[valid-type]


class PolicyQuery(BaseModel):
    category: CategoryName | None = Field(None, description="The product category")
    order_id: int | None = Field(
        None, ge=1, le=99_999_999, description="An order number, to give that order's return deadline"
    )


class ReturnArgs(BaseModel):
    order_id: int = Field(..., ge=1, le=99_999_999, description="The order number of the item to send back")
    reason: ReasonName = Field(
        "changed_mind",
        description="Why it goes back: changed_mind, defective, damaged, wrong_item or not_as_described",
    )


class RefundArgs(BaseModel):
    order_id: int = Field(..., ge=1, le=99_999_999, description="The order number, e.g. 1234")
    # Shown to models as a plain number (pydantic would offer "number or string", which the offline
    # model cannot fill); validated as exact cents.
    amount: Annotated[
        Decimal | None,
        Field(gt=0, max_digits=10, decimal_places=2),
        WithJsonSchema(
            {
                "type": "number",
                "exclusiveMinimum": 0,
                "description": "Amount to refund in USD; leave out to refund the whole rest",
            }
        ),
    ] = None
    reason: str = Field("customer request", max_length=300, description="Why the refund is issued")


def _policy_fields(policy: ReturnPolicy) -> dict[str, Any]:
    return {
        "category": policy.category,
        "returnable": policy.returnable,
        "window_days": policy.window_days,
        "restocking_fee_percent": policy.restocking_fee_percent,
        "conditions": policy.conditions,
    }


def _order_policy(order: Order) -> dict[str, Any]:
    policy = order.return_policy()
    head = f"Order {order.number} ({order.item})"
    mid = f"order {order.number} ({order.item})"  # the same, inside a sentence
    if policy is None:
        return {"summary": f"{head} has no product category on record; a person from our team can check it."}
    fields = {"order_id": order.number, **_policy_fields(policy)}
    label = category_label(policy.category)
    if not policy.returnable:
        return {"summary": f"{head} cannot be returned: {policy_sentence(policy)}", **fields}
    status = order.status
    if status in (Order.Status.PLACED, Order.Status.PAID, Order.Status.SHIPPED):
        summary = (
            f"{head} has not been delivered yet. Once it is, {label.lower()} can be returned within "
            f"{policy.window_days} days of delivery. {policy.conditions}"
        )
        return {"summary": summary.strip(), **fields}
    if status != Order.Status.DELIVERED:
        return {"summary": f"{head} is {status}, so there is nothing left to return.", **fields}
    already_open = order.returns.filter(status=ReturnRequest.Status.OPEN).first()
    if already_open is not None:
        summary = f"A return is already open for {mid}: {already_open.rma}. The free label was e-mailed."
        return {"summary": summary, **fields, "return_id": already_open.rma}
    deadline = policy.deadline(order.return_window_start())
    fields["deadline"] = deadline.isoformat()
    if deadline < timezone.localdate():
        summary = (
            f"The {policy.window_days}-day return window of {mid} ended on {day(deadline)}. "
            f"{warranty_sentence(policy.category)}"
        )
        return {"summary": summary.strip(), **fields}
    summary = (
        f"Yes: {mid} was delivered on {day(order.return_window_start())}, so it can be returned "
        f"until {day(deadline)} ({policy.window_days} days for {label.lower()}), with a free return label. "
        f"{policy.conditions}"
    )
    return {"summary": summary.strip(), **fields}


@tool(
    args=PolicyQuery,
    description="Can I return this order? Whether an order can still be returned and until when, or the "
    "return window and conditions of a product category.",
)
def return_policy(args: PolicyQuery, ctx: ToolContext) -> dict:
    if args.order_id is not None:
        return _order_policy(access_own_order(args.order_id, ctx, to="check an order's return deadline"))
    policies = {p.category: p for p in ReturnPolicy.objects.all()}
    if args.category is not None:
        policy = policies.get(args.category)
        if policy is None:
            return {"summary": f"There is no return policy on record for {category_label(args.category)}."}
        return {"summary": policy_sentence(policy), **_policy_fields(policy)}
    ordered = [policies[c] for c in Category.values if c in policies]
    windows = "; ".join(
        f"{category_label(p.category).lower()}: {p.window_days} days" for p in ordered if p.returnable
    )
    closed = [category_label(p.category).lower() for p in ordered if not p.returnable]
    summary = (
        f"Items can be returned within a window that starts on the delivery day, with a free return label: "
        f"{windows}." + (f" {', '.join(closed).capitalize()} cannot be returned." if closed else "")
    )
    return {"summary": summary, "policies": [_policy_fields(p) for p in ordered]}


@tool(
    args=ReturnArgs,
    # Worded as customers ask ("I want to return order 4001"): "return order" is otherwise closest to the
    # name of refund_order, and a return request would park a refund for a manager.
    description="Return an order I received: open a return with a free return label and a return number.",
    permission=Permission.WRITE,
    # Only an order this customer named or was shown: never one a tool result or an article mentions.
    traced=("order_id",),
)
def open_return(args: ReturnArgs, ctx: ToolContext) -> dict:
    opened = do_open_return(args.order_id, ctx, reason=args.reason)
    ret, order = opened.ret, opened.ret.order
    if not opened.by_this_call:
        summary = (
            f"A return is already open for order {order.number}: {ret.rma}. The free return label was sent "
            f"to {order.customer.email}; drop the parcel off within 14 days of opening the return."
        )
    else:
        fee = (
            f" If it has been opened, a restocking fee of {money(opened.restocking_fee)} is kept back for a "
            f"change of mind, so the refund is {money(ret.expected_refund)}; unopened, it is refunded in "
            f"full ({money(order.total)})."
            if opened.restocking_fee
            else f" You will be refunded {money(ret.expected_refund)} to your original payment method."
        )
        summary = (
            f"Return {ret.rma} is open for order {order.number} ({order.item}). We have e-mailed a free "
            f"{order.carrier or 'prepaid'} return label to {order.customer.email}. Pack the item in its "
            "original packaging with all accessories and drop it off within 14 days. We refund you within "
            f"2 business days of the parcel's arrival.{fee}"
        )
    return {
        "summary": summary,
        "return_id": ret.rma,
        "order_id": order.number,
        "status": ret.status,
        "reason": ret.reason,
        "expected_refund": str(ret.expected_refund),
        "drop_off_within_days": 14,
    }


def describe_refund(arguments: dict[str, Any], ctx: ToolContext | None = None) -> str:
    """The approval's one line for a manager: "Refund $40.00 on order 1234".

    With the call's `ctx` it also names the customer and the amount a refund of "the rest" comes to,
    read from the database (so call it from sync code).
    """
    number, amount = arguments["order_id"], arguments.get("amount")
    order = (
        Order.objects.select_related("customer").filter(number=number, customer__ref=ctx.customer_ref).first()
        if ctx is not None and ctx.customer_ref
        else None
    )
    whose = f" for {order.customer.name} ({order.customer.ref})" if order is not None else ""
    if amount not in (None, ""):
        return f"Refund {money(amount)} on order {number}{whose}"
    if order is not None:
        left = order.total - order.refunded_total()
        return f"Refund {money(left)}, everything not yet refunded, on order {number}{whose}"
    return f"Refund everything not yet refunded on order {number}"


def refund_amount(arguments: dict[str, Any], ctx: ToolContext | None = None) -> Decimal | None:
    """The money a refund call moves: its amount, or what is left to refund on the customer's order."""
    if arguments.get("amount") not in (None, ""):
        return Decimal(str(arguments["amount"]))
    if ctx is None or not ctx.customer_ref:
        return None
    order = Order.objects.filter(number=arguments["order_id"], customer__ref=ctx.customer_ref).first()
    return None if order is None else order.total - order.refunded_total()


@tool(
    args=RefundArgs,
    description="Refund money to the customer for an order. Irreversible: a manager approves it first.",
    permission=Permission.IRREVERSIBLE,
    describe_action=describe_refund,
    approval_amount=refund_amount,
    # A refund only for an order this customer named or was shown (and do_refund_order checks that the
    # order is theirs, again, when the approved call runs).
    traced=("order_id",),
)
def refund_order(args: RefundArgs, ctx: ToolContext) -> dict:
    issued = do_refund_order(args.order_id, ctx, amount=args.amount, reason=args.reason)
    refund = issued.refund
    left = f" {money(issued.left)} is left on the order." if issued.left else ""
    return {
        "summary": f"Refunded {money(refund.amount)} on order {refund.order.number} to the original payment "
        f"method; it shows on the statement within 5-10 business days (1-2 for PayPal).{left}",
        "refund_id": refund.pk,
        "order_id": refund.order.number,
        "amount": str(refund.amount),
        "left": str(issued.left),
    }
