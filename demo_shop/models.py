"""The demo shop behind the support desk: customers, a catalogue of products in categories, orders in
every state, a return policy per category, and the records the desk's write tools leave behind
(returns, refunds, account changes), each unique by the idempotency key of the call that made it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.db import models


class Category(models.TextChoices):
    """Product categories. The values are what customers say ("headphones"), so the offline model
    can read them straight from a message; the labels are what the shop's pages show."""

    HEADPHONES = "headphones", "Headphones & earbuds"
    PHONES = "phones", "Phones & tablets"
    COMPUTERS = "computers", "Laptops & computers"
    WEARABLES = "wearables", "Smart watches & fitness trackers"
    GAMING = "gaming", "Gaming gear"
    SMART_HOME = "smart_home", "Smart home & speakers"
    ACCESSORIES = "accessories", "Chargers, cables, cases & stands"
    GIFT_CARDS = "gift_cards", "Gift cards"


class Customer(models.Model):
    ref = models.CharField(max_length=64, unique=True)  # what integrators pass as customer_ref
    name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    # One free-form delivery address ("12 Harbour Street, Bristol BS1 4RN, United Kingdom"): the shop
    # ships to several countries whose address formats differ, so it is not split into fields.
    address = models.CharField(max_length=300, blank=True)
    member_since = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class Product(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    category = models.CharField(max_length=20, choices=Category.choices)
    price = models.DecimalField(max_digits=10, decimal_places=2)

    def __str__(self) -> str:
        return self.name


class ReturnPolicy(models.Model):
    """The return rules of one product category. The help-centre articles quote these numbers."""

    category = models.CharField(max_length=20, choices=Category.choices, unique=True)
    returnable = models.BooleanField(default=True)
    window_days = models.PositiveSmallIntegerField(default=30)  # counted from the delivery date
    # Kept back from a change-of-mind return of an opened item; never for faulty or wrong items.
    restocking_fee_percent = models.PositiveSmallIntegerField(default=0)
    conditions = models.TextField(blank=True)

    class Meta:
        verbose_name_plural = "return policies"

    def __str__(self) -> str:
        return f"return policy for {self.category}"

    def deadline(self, delivered_on: date) -> date:
        return delivered_on + timedelta(days=self.window_days)


class Order(models.Model):
    class Status(models.TextChoices):
        PLACED = "placed"
        PAID = "paid"
        SHIPPED = "shipped"
        DELIVERED = "delivered"
        RETURNED = "returned"
        REFUNDED = "refunded"
        CANCELLED = "cancelled"

    number = models.PositiveIntegerField(unique=True)
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="orders")
    status = models.CharField(max_length=12, choices=Status.choices)
    item = models.CharField(max_length=200)  # the product's name when it was ordered
    # Null only for orders created before the catalogue existed; their category is unknown.
    product = models.ForeignKey(Product, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    total = models.DecimalField(max_digits=10, decimal_places=2)
    carrier = models.CharField(max_length=40, blank=True)
    tracking_code = models.CharField(max_length=40, blank=True)
    placed_on = models.DateField()
    expected_on = models.DateField(null=True, blank=True)
    delivered_on = models.DateField(null=True, blank=True)  # the return window counts from here

    def __str__(self) -> str:
        return f"order {self.number}"

    def refunded_total(self) -> Decimal:
        # Summed from the rows, not aggregated in SQL, so a list that prefetched the refunds asks nothing.
        return sum((refund.amount for refund in self.refunds.all()), Decimal("0.00"))

    def return_policy(self) -> ReturnPolicy | None:
        """The policy of the product's category; None for an order with no product on record."""
        if self.product is None:
            return None
        return ReturnPolicy.objects.filter(category=self.product.category).first()

    def return_window_start(self) -> date:
        # An order delivered before delivery dates were recorded counts from the day it was placed:
        # the earlier date, so the shop never promises a window longer than the policy's.
        return self.delivered_on or self.placed_on


class ReturnRequest(models.Model):
    """A return opened by the `open_return` tool (or seeded). One open return per order at a time."""

    class Status(models.TextChoices):
        OPEN = "open"  # label sent, waiting for the parcel
        RECEIVED = "received"  # at the warehouse, being inspected
        REFUNDED = "refunded"
        REJECTED = "rejected"

    class Reason(models.TextChoices):
        CHANGED_MIND = "changed_mind", "Changed my mind"
        DEFECTIVE = "defective", "Faulty or stopped working"
        DAMAGED = "damaged", "Arrived damaged"
        WRONG_ITEM = "wrong_item", "Wrong item sent"
        NOT_AS_DESCRIBED = "not_as_described", "Not as described"

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="returns")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    # What the customer gets back once the parcel arrives: the total less any restocking fee.
    expected_refund = models.DecimalField(max_digits=10, decimal_places=2)
    idempotency_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # A second "open a return" for the same order (another conversation, a double click) finds
            # the existing one instead of sending a second label.
            models.UniqueConstraint(
                fields=["order"], condition=models.Q(status="open"), name="one_open_return_per_order"
            ),
        ]

    def __str__(self) -> str:
        return self.rma

    @property
    def rma(self) -> str:
        """The return number customers quote ("RMA-000042")."""
        return f"RMA-{self.pk:06d}"


class Refund(models.Model):
    """A refund issued by the approved `refund_order` tool. The idempotency key makes a repeated
    execution (a resumed task) a no-op instead of a second refund."""

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="refunds")
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    reason = models.CharField(max_length=300)
    idempotency_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"refund {self.amount} on {self.order}"


class AccountChange(models.Model):
    """An approved change to a customer's account: the audit trail a shop owes its customers, and
    the record that makes a repeated execution answer the same instead of changing twice."""

    class ChangedField(models.TextChoices):
        EMAIL = "email"
        ADDRESS = "address"

    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="account_changes")
    field = models.CharField(max_length=10, choices=ChangedField.choices)
    old_value = models.CharField(max_length=300)
    new_value = models.CharField(max_length=300)
    idempotency_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.field} change for {self.customer}"


class PasswordReset(models.Model):
    """A password reset link sent by the `send_password_reset` tool (the demo sends no real e-mail)."""

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="password_resets")
    idempotency_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"password reset for {self.customer}"
