"""Order tools (read): look an order up, list the customer's orders, track a parcel.

Descriptions and argument descriptions are what the offline model matches a message against, so they
use the words customers use ("where is", "track", "all my orders").
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from agents.tools.base import ToolContext, tool
from demo_shop.access import access_customer, access_order
from demo_shop.models import Order, ReturnRequest
from demo_shop.wording import day, money

# The carriers' public tracking pages; the code is appended.
TRACKING_PAGES = {
    "DHL": "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=",
    "UPS": "https://www.ups.com/track?tracknum=",
    "FedEx": "https://www.fedex.com/fedextrack/?trknbr=",
}


class OrderLookup(BaseModel):
    order_id: int = Field(..., ge=1, le=99_999_999, description="The order number, e.g. 1234")
    email: str | None = Field(
        None,
        max_length=254,
        description="E-mail address on the order, only for guests who are not signed in",
        json_schema_extra={"format": "email"},
    )


class OrderListing(BaseModel):
    status: Literal[tuple(Order.Status.values)] | None = Field(  # type: ignore[valid-type]
        None, description="Only orders in this state"
    )


def order_state(order: Order) -> str:
    """Where an order stands, in a clause: "shipped with DHL, expected on Friday 23 November"."""
    status = order.status
    if status == Order.Status.PLACED:
        return f"placed on {day(order.placed_on)}, waiting for the payment to be confirmed"
    if status == Order.Status.PAID:
        arrives = f"; it should arrive by {day(order.expected_on)}" if order.expected_on else ""
        return f"paid and being prepared in our warehouse{arrives}"
    if status == Order.Status.SHIPPED:
        carrier = f" with {order.carrier}" if order.carrier else ""
        expected = f", expected on {day(order.expected_on)}" if order.expected_on else ""
        return f"on its way{carrier}{expected}"
    if status == Order.Status.DELIVERED:
        return f"delivered on {day(order.delivered_on)}" if order.delivered_on else "delivered"
    if status == Order.Status.RETURNED:
        live = [r for r in order.returns.all() if r.status != ReturnRequest.Status.REJECTED]
        ret = max(live, key=lambda r: r.pk, default=None)
        if ret is not None and ret.status == ReturnRequest.Status.RECEIVED:
            return (
                f"returned (return {ret.rma}): it is at our warehouse being inspected, and the refund "
                "follows within 2 business days"
            )
        return "returned"
    if status == Order.Status.REFUNDED:
        return f"refunded ({money(order.refunded_total())} to the original payment method)"
    return "cancelled before it shipped"


def _order_fields(order: Order) -> dict:
    return {
        "order_id": order.number,
        "status": order.status,
        "item": order.item,
        "total": str(order.total),
        "placed_on": order.placed_on.isoformat(),
        "expected_on": order.expected_on.isoformat() if order.expected_on else None,
        "delivered_on": order.delivered_on.isoformat() if order.delivered_on else None,
    }


@tool(
    args=OrderLookup,
    description="Where is my order? Look up one order by its number: status, item, total and delivery date.",
)
def lookup_order(args: OrderLookup, ctx: ToolContext) -> dict:
    order = access_order(args.order_id, ctx, email=args.email)
    summary = f"Order {order.number} ({order.item}, {money(order.total)}) is {order_state(order)}."
    refunded = order.refunded_total()
    if refunded and order.status != Order.Status.REFUNDED:
        summary += f" {money(refunded)} of it has been refunded."
    return {"summary": summary, **_order_fields(order)}


@tool(
    args=OrderListing,
    description="List all of the customer's orders, newest first, with the status of each.",
    max_items=50,
)
def list_orders(args: OrderListing, ctx: ToolContext) -> dict:
    customer = access_customer(ctx, to="see their orders")
    # Returns and refunds prefetched: the summary of a returned or refunded order reads them.
    orders = customer.orders.prefetch_related("returns", "refunds").order_by("-placed_on", "-number")
    if args.status:
        orders = orders.filter(status=args.status)
    rows = list(orders)
    which = f"{args.status} " if args.status else ""
    if not rows:
        return {"summary": f"You have no {which}orders.", "orders": []}
    noun = "order" if len(rows) == 1 else "orders"
    lines = [f"- Order {o.number}, {o.item} ({money(o.total)}): {order_state(o)}." for o in rows]
    return {
        "summary": f"You have {len(rows)} {which}{noun}:\n" + "\n".join(lines),
        "orders": [_order_fields(o) for o in rows],
    }


@tool(
    args=OrderLookup,
    description="Track the shipment of an order: carrier, tracking code and where the parcel is.",
)
def track_shipment(args: OrderLookup, ctx: ToolContext) -> dict:
    order = access_order(args.order_id, ctx, email=args.email)
    fields = {"order_id": order.number, "status": order.status, "carrier": order.carrier}
    if not order.tracking_code:
        if order.status == Order.Status.DELIVERED:
            summary = f"Order {order.number} ({order.item}) was sent by e-mail: it is {order_state(order)}."
        elif order.status == Order.Status.CANCELLED:
            summary = f"Order {order.number} ({order.item}) was cancelled before it shipped."
        else:
            summary = (
                f"Order {order.number} ({order.item}) has not shipped yet: it is {order_state(order)}. "
                "Orders paid before 2 pm Eastern Time on a business day ship the same day, and you get the "
                "tracking code by e-mail."
            )
        return {"summary": summary, **fields, "tracking_code": None}
    link = TRACKING_PAGES.get(order.carrier)
    url = f"{link}{order.tracking_code}" if link else None
    where = f"{order.carrier}, tracking code {order.tracking_code}" + (f" ({url})" if url else "")
    if order.status == Order.Status.SHIPPED:
        expected = f" It is expected on {day(order.expected_on)}." if order.expected_on else ""
        summary = f"Order {order.number} ({order.item}) is on its way with {where}.{expected}"
    else:
        summary = f"Order {order.number} ({order.item}) travelled with {where}, and is {order_state(order)}."
    return {"summary": summary, **fields, "tracking_code": order.tracking_code, "tracking_url": url}
