"""Who may see what in the shop. Every desk tool reaches customers and orders through these functions,
so a conversation only ever hears about its own customer's orders and account.

The rules:
* a conversation with a `customer_ref` (a signed-in customer) sees that customer's account and orders;
  any other order is "not found", worded exactly as an order that does not exist, so the answer does
  not tell whether someone else has an order with that number;
* an anonymous conversation (no `customer_ref`: a guest, or a widget before sign-in) may look one order
  up, read-only, when it gives the order number together with the e-mail address on the order, as a
  guest would on a shop's "track your order" page. A wrong e-mail is "not found" as well;
* everything else (listing orders, the profile, returns, refunds, account changes) needs a signed-in
  customer: an anonymous conversation gets `sign_in_required`.
"""

from __future__ import annotations

from agents.errors import ToolError
from agents.tools.base import ToolContext
from demo_shop.models import Customer, Order


def _not_found(number: int, *, guest: bool) -> ToolError:
    where = "with that e-mail address" if guest else "on this account"
    return ToolError(f"There is no order {number} {where}.", code="not_found")


def sign_in_required(what: str) -> ToolError:
    return ToolError(
        f"To {what}, the customer needs to sign in to their account first.", code="sign_in_required"
    )


def access_customer(ctx: ToolContext, *, to: str) -> Customer:
    """The conversation's customer. `to` says what for ("see your orders"), for the refusal."""
    if not ctx.customer_ref:
        raise sign_in_required(to)
    try:
        return Customer.objects.get(ref=ctx.customer_ref)
    except Customer.DoesNotExist:
        raise ToolError("There is no shop account for this conversation.", code="not_found") from None


def access_order(
    number: int, ctx: ToolContext, *, email: str | None = None, for_update: bool = False
) -> Order:
    """The order `number` if this conversation may see it, else ToolError `not_found`.

    `email` only matters in an anonymous conversation (see the module docstring). With `for_update`
    the row is locked (`SELECT ... FOR UPDATE`): the caller must be inside `transaction.atomic()`.
    """
    rows = Order.objects.select_related("customer", "product")
    if for_update:
        rows = rows.select_for_update(of=("self",))
    try:
        order: Order | None = rows.get(number=number)
    except Order.DoesNotExist:
        order = None
    if ctx.customer_ref:
        if order is None or order.customer.ref != ctx.customer_ref:
            raise _not_found(number, guest=False)
        return order
    if not email:
        raise ToolError(
            "To look up an order without signing in, the customer must give the order number and the "
            "e-mail address used for the order.",
            code="verification_required",
        )
    if order is None or order.customer.email.casefold() != email.strip().casefold():
        raise _not_found(number, guest=True)
    return order


def access_own_order(number: int, ctx: ToolContext, *, to: str, for_update: bool = False) -> Order:
    """An order of the signed-in customer, for anything beyond a look-up (returns, refunds)."""
    if not ctx.customer_ref:
        raise sign_in_required(to)
    return access_order(number, ctx, for_update=for_update)
