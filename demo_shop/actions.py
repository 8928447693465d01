"""State changes of the shop, called by the desk's write and irreversible tools.

Each one is idempotent by the call's `ctx.idempotency_key` (a unique column on the row it creates):
a process killed after the change and before its checkpoint makes the same call again on resume, and
an approved action is executed with the approval's id as key. A repeated call finds its row and
answers the same, without changing anything twice. The order or customer row is locked for the
check-then-write (`select_for_update`), so two conversations cannot both refund the last dollar.

They raise `ToolError`: the desk's tools are their only callers, and the model reads these messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from agents.errors import ToolError
from agents.tools.base import ToolContext
from demo_shop.access import access_customer, access_own_order
from demo_shop.models import AccountChange, Customer, Order, PasswordReset, Refund, ReturnRequest
from demo_shop.wording import category_label, day, money, warranty_sentence

CENT = Decimal("0.01")


@dataclass(frozen=True)
class OpenedReturn:
    ret: ReturnRequest
    # True when this call opened it (on this attempt or an earlier one with the same key), so a repeated
    # call gets the same answer; False when the order already had an open return from another call.
    by_this_call: bool

    @property
    def restocking_fee(self) -> Decimal:
        return self.ret.order.total - self.ret.expected_refund


def _check_returnable(order: Order) -> None:
    """Raise the reason an order cannot be returned now, if there is one."""
    status = order.status
    if status == Order.Status.SHIPPED:
        expected = f" (expected {day(order.expected_on)})" if order.expected_on else ""
        raise ToolError(
            f"Order {order.number} is still on its way{expected}. "
            "A return can be opened once it is delivered.",
            code="not_delivered",
        )
    if status in (Order.Status.PLACED, Order.Status.PAID):
        raise ToolError(
            f"Order {order.number} has not shipped yet, so it does not need a return: it can still be "
            "cancelled instead.",
            code="not_delivered",
        )
    if status != Order.Status.DELIVERED:
        raise ToolError(
            f"Order {order.number} is {status}: there is nothing to return.", code="not_returnable"
        )
    policy = order.return_policy()
    if policy is None:
        raise ToolError(
            f"Order {order.number} has no product category on record, so its return window is unknown; "
            "a person from our team can help.",
            code="no_policy",
        )
    if not policy.returnable:
        raise ToolError(
            f"{category_label(policy.category)} cannot be returned (order {order.number}).",
            code="not_returnable",
        )
    deadline = policy.deadline(order.return_window_start())
    if timezone.localdate() > deadline:
        raise ToolError(
            f"The {policy.window_days}-day return window of order {order.number} ended on {day(deadline)}. "
            + warranty_sentence(policy.category),
            code="window_closed",
        )


def _restocking_fee(order: Order, reason: str) -> Decimal:
    policy = order.return_policy()
    if policy is None or not policy.restocking_fee_percent or reason != ReturnRequest.Reason.CHANGED_MIND:
        return Decimal("0.00")
    return (order.total * policy.restocking_fee_percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def do_open_return(order_number: int, ctx: ToolContext, *, reason: str) -> OpenedReturn:
    """Open a return for a delivered order within its category's window. One open return per order:
    asking again with another key gives the open one back."""
    key = ctx.idempotency_key
    try:
        with transaction.atomic():
            order = access_own_order(order_number, ctx, to="open a return", for_update=True)
            done = order.returns.filter(idempotency_key=key).first()
            if done is not None:
                return OpenedReturn(done, by_this_call=True)
            already_open = order.returns.filter(status=ReturnRequest.Status.OPEN).first()
            if already_open is not None:
                return OpenedReturn(already_open, by_this_call=False)
            _check_returnable(order)
            ret = ReturnRequest.objects.create(
                order=order,
                reason=reason,
                expected_refund=order.total - _restocking_fee(order, reason),
                idempotency_key=key,
            )
            return OpenedReturn(ret, by_this_call=True)
    except IntegrityError:
        # SQLite has no row locks: a concurrent call with the same key, or for the same order, got
        # there first. Its row is the answer.
        mine = ReturnRequest.objects.select_related("order").filter(idempotency_key=key).first()
        if mine is not None:
            return OpenedReturn(mine, by_this_call=True)
        other = ReturnRequest.objects.select_related("order").get(
            order__number=order_number, status=ReturnRequest.Status.OPEN
        )
        return OpenedReturn(other, by_this_call=False)


@dataclass(frozen=True)
class IssuedRefund:
    refund: Refund
    left: Decimal  # still refundable on the order after this refund


def do_refund_order(
    order_number: int, ctx: ToolContext, *, amount: Decimal | None, reason: str
) -> IssuedRefund:
    """Refund `amount` (None: everything not refunded yet) to the original payment method. The total
    refunded never exceeds the order total. A full refund marks the order and its returns refunded."""
    key = ctx.idempotency_key
    try:
        with transaction.atomic():
            order = access_own_order(order_number, ctx, to="get a refund", for_update=True)
            done = Refund.objects.filter(idempotency_key=key).first()
            if done is not None:
                return IssuedRefund(done, order.total - order.refunded_total())
            if order.status == Order.Status.PLACED:
                raise ToolError(
                    f"Order {order.number} has not been charged yet: "
                    "it can be cancelled instead of refunded.",
                    code="not_charged",
                )
            if order.status == Order.Status.CANCELLED:
                raise ToolError(
                    f"Order {order.number} was cancelled, and a cancelled order is refunded automatically.",
                    code="nothing_to_refund",
                )
            left = order.total - order.refunded_total()
            if left <= 0:
                raise ToolError(
                    f"Order {order.number} has already been refunded in full.", code="already_refunded"
                )
            amount = left if amount is None else amount
            if amount > left:
                raise ToolError(
                    f"A refund of {money(amount)} is more than the {money(left)} left to refund on order "
                    f"{order.number} (total {money(order.total)}).",
                    code="amount_too_high",
                )
            refund = Refund.objects.create(order=order, amount=amount, reason=reason, idempotency_key=key)
            if amount == left:
                Order.objects.filter(pk=order.pk).update(status=Order.Status.REFUNDED)
                order.returns.filter(
                    status__in=[ReturnRequest.Status.OPEN, ReturnRequest.Status.RECEIVED]
                ).update(status=ReturnRequest.Status.REFUNDED)
            return IssuedRefund(refund, left - amount)
    except IntegrityError:
        refund = Refund.objects.select_related("order").get(idempotency_key=key)
        return IssuedRefund(refund, refund.order.total - refund.order.refunded_total())


def check_email(value: str) -> str:
    """A well-formed address, trimmed; ValueError otherwise (pydantic turns it into invalid_arguments)."""
    value = value.strip()
    try:
        validate_email(value)
    except ValidationError:
        raise ValueError(f"{value!r} is not a valid e-mail address") from None
    return value


def _change(ctx: ToolContext, field: AccountChange.ChangedField, new_value: str, *, to: str) -> AccountChange:
    key, name = ctx.idempotency_key, str(field)
    try:
        with transaction.atomic():
            customer = access_customer(ctx, to=to)
            customer = Customer.objects.select_for_update().get(pk=customer.pk)
            done = AccountChange.objects.filter(idempotency_key=key).first()
            if done is not None:
                return done
            old_value = getattr(customer, name)
            if old_value.strip().casefold() == new_value.strip().casefold():
                raise ToolError(f"The {name} on the account is already {new_value}.", code="unchanged")
            if (
                field == AccountChange.ChangedField.EMAIL
                and Customer.objects.filter(email__iexact=new_value).exclude(pk=customer.pk).exists()
            ):
                # Worded so that it does not confirm that someone else has an account with it.
                raise ToolError(
                    "That e-mail address cannot be used for this account; please choose another one.",
                    code="email_unavailable",
                )
            change = AccountChange.objects.create(
                customer=customer, field=field, old_value=old_value, new_value=new_value, idempotency_key=key
            )
            Customer.objects.filter(pk=customer.pk).update(**{name: new_value})
            return change
    except IntegrityError:
        return AccountChange.objects.select_related("customer").get(idempotency_key=key)


def do_change_email(ctx: ToolContext, new_email: str) -> AccountChange:
    return _change(
        ctx, AccountChange.ChangedField.EMAIL, check_email(new_email), to="change the e-mail address"
    )


def do_change_address(ctx: ToolContext, new_address: str) -> AccountChange:
    return _change(
        ctx, AccountChange.ChangedField.ADDRESS, " ".join(new_address.split()), to="change the address"
    )


def mask_email(address: str) -> str:
    """ "a***@example.com": enough for the customer to recognise, not enough to harvest."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


def do_send_password_reset(ctx: ToolContext, email: str | None) -> tuple[str, bool]:
    """Send a reset link to the account's e-mail address; returns (the masked address, signed in?).

    A signed-in customer's link goes to the address on the account, whatever `email` says. A guest names
    the address; the answer is the same whether an account has it or not, so the tool cannot be used to
    find out who is a customer.
    """
    if ctx.customer_ref:
        customer = access_customer(ctx, to="reset the password")
        signed_in = True
    else:
        if not email:
            raise ToolError(
                "To send a password reset link, the customer must give the e-mail address of the account.",
                code="email_required",
            )
        customer = Customer.objects.filter(email__iexact=email.strip()).first()
        signed_in = False
    if customer is not None:
        # The demo sends no e-mail; the row is the record that one was sent, once per call.
        PasswordReset.objects.get_or_create(
            idempotency_key=ctx.idempotency_key, defaults={"customer": customer}
        )
    return mask_email(customer.email if signed_in else (email or "").strip()), signed_in
