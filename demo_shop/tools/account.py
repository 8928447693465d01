"""Account tools: the profile (read), and changes of the e-mail or the delivery address (irreversible:
an e-mail address controls the account and an address decides where parcels go, so a manager approves
each change, and it runs once with the approval as its key)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field

from agents.tools.base import Permission, ToolContext, tool
from demo_shop.access import access_customer
from demo_shop.actions import check_email, do_change_address, do_change_email, do_send_password_reset
from demo_shop.models import Customer


class NoArguments(BaseModel):
    pass


class EmailChange(BaseModel):
    # format "email" for the models and the offline model; the check itself is Django's validator.
    new_email: Annotated[
        str,
        Field(max_length=254, description="The new e-mail address", json_schema_extra={"format": "email"}),
        AfterValidator(check_email),
    ]


class PasswordResetArgs(BaseModel):
    email: str | None = Field(
        None,
        max_length=254,
        description="E-mail address of the account, only for customers who are not signed in",
        json_schema_extra={"format": "email"},
    )


class AddressChange(BaseModel):
    new_address: str = Field(
        ...,
        min_length=10,
        max_length=300,
        description="The new delivery address in one line: street, city, postcode and country",
    )


@tool(
    args=NoArguments,
    description="Which e-mail and address do you have for me? Show the profile on file: name, "
    "e-mail address, phone number and delivery address.",
)
def show_profile(args: NoArguments, ctx: ToolContext) -> dict:
    customer = access_customer(ctx, to="see their profile")
    since = f" Customer since {customer.member_since:%B %Y}." if customer.member_since else ""
    summary = (
        f"Name: {customer.name}. E-mail: {customer.email}. Phone: {customer.phone or 'none on file'}. "
        f"Delivery address: {customer.address or 'none on file'}.{since}"
    )
    return {
        "summary": summary,
        "name": customer.name,
        "email": customer.email,
        "phone": customer.phone,
        "address": customer.address,
    }


def _customer(ctx: ToolContext | None) -> Customer | None:
    if ctx is None or not ctx.customer_ref:
        return None
    return Customer.objects.filter(ref=ctx.customer_ref).first()


def describe_email_change(arguments: dict[str, Any], ctx: ToolContext | None = None) -> str:
    """The approval's line for a manager. With the call's `ctx` (a database read: call it from sync code):
    "Change the e-mail of Alice Martin (alice) from alice@example.com to x@example.com"; without it, what
    the arguments say (the line the customer reads)."""
    customer = _customer(ctx)
    if customer is None:
        return f"Change the account's e-mail address to {arguments['new_email']}"
    return (
        f"Change the e-mail of {customer.name} ({customer.ref}) from {customer.email} "
        f"to {arguments['new_email']}"
    )


def describe_address_change(arguments: dict[str, Any], ctx: ToolContext | None = None) -> str:
    customer = _customer(ctx)
    if customer is None:
        return f"Change the account's delivery address to {arguments['new_address']}"
    return (
        f"Change the delivery address of {customer.name} ({customer.ref}) from "
        f"{customer.address or 'none'} to {arguments['new_address']}"
    )


@tool(
    args=EmailChange,
    description="Change the e-mail address on the customer's account. Irreversible: a manager approves it "
    "first.",
    permission=Permission.IRREVERSIBLE,
    describe_action=describe_email_change,
    # The address the customer typed, never one from a document or a tool result.
    traced=("new_email",),
)
def change_email(args: EmailChange, ctx: ToolContext) -> dict:
    change = do_change_email(ctx, args.new_email)
    return {
        "summary": f"The e-mail address of your account is now {change.new_value} (it was "
        f"{change.old_value}). We have sent a confirmation to the new address and a notice to the old one.",
        "email": change.new_value,
        "previous_email": change.old_value,
    }


@tool(
    args=AddressChange,
    description="Change the delivery address saved on the customer's account. Irreversible: a manager "
    "approves it first.",
    permission=Permission.IRREVERSIBLE,
    describe_action=describe_address_change,
    traced=("new_address",),
)
def change_address(args: AddressChange, ctx: ToolContext) -> dict:
    change = do_change_address(ctx, args.new_address)
    return {
        "summary": f"The delivery address of your account is now {change.new_value}. It is used for the "
        "orders you place from now on; orders already placed keep their address.",
        "address": change.new_value,
        "previous_address": change.old_value,
    }


@tool(
    args=PasswordResetArgs,
    description="Forgot your password or cannot sign in? E-mail a password reset link.",
    permission=Permission.WRITE,
    traced=("email",),
)
def send_password_reset(args: PasswordResetArgs, ctx: ToolContext) -> dict:
    masked, signed_in = do_send_password_reset(ctx, args.email)
    where = (
        f"to {masked}, the address on your account"
        if signed_in
        else f"to {masked} if it belongs to an account"
    )
    return {
        "summary": f"We have sent a password reset link {where}. The link works once and expires after 60 "
        "minutes; if it has not arrived within a few minutes, please check your spam folder.",
        "sent_to": masked,
    }
