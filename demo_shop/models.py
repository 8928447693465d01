"""A small shop for the demo agents: customers and their orders. The support-desk issue grows it."""

from django.db import models


class Customer(models.Model):
    ref = models.CharField(max_length=64, unique=True)  # what integrators pass as customer_ref
    name = models.CharField(max_length=120)
    email = models.EmailField()

    def __str__(self) -> str:
        return self.name


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
    item = models.CharField(max_length=200)
    total = models.DecimalField(max_digits=10, decimal_places=2)
    carrier = models.CharField(max_length=40, blank=True)
    tracking_code = models.CharField(max_length=40, blank=True)
    placed_on = models.DateField()
    expected_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"order {self.number}"


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
