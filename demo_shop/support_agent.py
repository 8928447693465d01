"""The demo support agent: order lookup, shipment tracking, refunds (with approval) and help search.

The support-desk issue splits this into a router and focused executors; this one agent is what the
foundation runs on.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import IntegrityError, transaction
from pydantic import BaseModel, Field

from agents.definitions import AgentDefinition, CannedTemplate, register_agent
from agents.errors import ToolError
from agents.tools.base import Permission, ToolContext, tool
from demo_shop.models import Order, Refund


class OrderNumber(BaseModel):
    order_id: int = Field(..., ge=1, le=99_999_999, description="The order number, e.g. 1234")


class RefundArgs(BaseModel):
    order_id: int = Field(..., ge=1, le=99_999_999, description="The order number to refund")
    amount: Decimal = Field(..., gt=0, max_digits=10, decimal_places=2, description="Amount to refund in USD")
    reason: str = Field("customer request", max_length=300, description="Why the refund is issued")


class HelpQuery(BaseModel):
    query: str = Field(..., min_length=2, max_length=300, description="What the customer wants to know")


def _order_for(order_id: int, ctx: ToolContext) -> Order:
    order = Order.objects.select_related("customer").filter(number=order_id).first()
    # A customer only ever hears about their own orders; an anonymous demo conversation
    # (no customer_ref) may look any demo order up.
    if order is None or (ctx.customer_ref and order.customer.ref != ctx.customer_ref):
        raise ToolError(f"There is no order {order_id} on this account.", code="not_found")
    return order


@tool(args=OrderNumber, description="Look up an order by its number: status, item, total and delivery date.")
def lookup_order(args: OrderNumber, ctx: ToolContext) -> dict:
    order = _order_for(args.order_id, ctx)
    when = (
        f", expected on {order.expected_on:%A %d %B}"
        if order.expected_on and order.status == "shipped"
        else ""
    )
    return {
        "summary": f"Order {order.number} ({order.item}) is {order.status}{when}.",
        "order_id": order.number,
        "status": order.status,
        "item": order.item,
        "total": str(order.total),
        "expected_on": order.expected_on.isoformat() if order.expected_on else None,
    }


@tool(
    args=OrderNumber,
    description="Track the shipment of an order: carrier, tracking code and where the parcel is.",
)
def track_shipment(args: OrderNumber, ctx: ToolContext) -> dict:
    order = _order_for(args.order_id, ctx)
    if not order.tracking_code:
        return {
            "summary": f"Order {order.number} has not shipped yet (it is {order.status}).",
            "status": order.status,
        }
    when = (
        f" It is expected on {order.expected_on:%A %d %B}."
        if order.expected_on and order.status == "shipped"
        else ""
    )
    return {
        "summary": f"Order {order.number} ({order.item}) is {order.status}: it travels with {order.carrier}, "
        f"tracking code {order.tracking_code}.{when}",
        "carrier": order.carrier,
        "tracking_code": order.tracking_code,
        "status": order.status,
    }


def _describe_refund(arguments: dict) -> str:
    return f"Refund ${arguments['amount']} on order {arguments['order_id']}"


@tool(
    args=RefundArgs,
    description="Refund money to the customer for an order. Irreversible: a manager approves it first.",
    permission=Permission.IRREVERSIBLE,
    describe_action=_describe_refund,
)
def refund_order(args: RefundArgs, ctx: ToolContext) -> dict:
    order = _order_for(args.order_id, ctx)
    already = Decimal(sum(r.amount for r in order.refunds.all()))
    if args.amount + already > order.total:
        raise ToolError(
            f"A refund of ${args.amount} is more than the ${order.total - already} left on the order.",
            code="amount_too_high",
        )
    try:
        with transaction.atomic():
            refund = Refund.objects.create(
                order=order, amount=args.amount, reason=args.reason, idempotency_key=ctx.idempotency_key
            )
            Order.objects.filter(pk=order.pk).update(status=Order.Status.REFUNDED)
    except IntegrityError:
        refund = Refund.objects.get(idempotency_key=ctx.idempotency_key)  # already done: same answer
    return {"summary": f"Refunded ${refund.amount} on order {order.number}.", "refund_id": refund.pk}


@tool(
    args=HelpQuery,
    description="Search the help centre for shipping, returns, payment, warranty and account questions.",
)
def search_help(args: HelpQuery, ctx: ToolContext) -> dict:
    # The knowledge base (embedded articles) arrives with the support desk; three core answers until then.
    articles = [
        {
            "title": "Shipping times",
            "text": "Orders ship within 2 business days. Standard delivery takes 3-5 business days.",
        },
        {
            "title": "Returns",
            "text": "You can return most items within 30 days of delivery for a full refund.",
        },
        {"title": "Warranty", "text": "Electronics carry a 2-year warranty covering manufacturing defects."},
    ]
    return {"passages": articles}


SUPPORT_PROMPT = """You are the customer support agent of Handrail Demo Shop.
Answer only from tool results; never invent order details, prices or policies.
Use lookup_order or track_shipment for questions about an order, search_help for policies.
Refunds go through refund_order, which a manager must approve; tell the customer it is pending.
If you cannot help, say so and offer a person."""

support = register_agent(
    AgentDefinition(
        name="support",
        description="Handrail Demo Shop customer support",
        system_prompt=SUPPORT_PROMPT,
        tools=[lookup_order, track_shipment, refund_order, search_help],
        fallback_templates=[
            CannedTemplate(
                name="order_status",
                pattern=r"\b(order|package|parcel|delivery|shipping)\b",
                text="We can't look orders up right now. You can track your order from the link in your "
                "confirmation e-mail; we'll be back shortly.",
            ),
        ],
    )
)
