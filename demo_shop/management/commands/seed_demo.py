"""Create the demo shop's customers and orders. Idempotent: running it twice changes nothing."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction

from demo_shop.models import Customer, Order

CUSTOMERS = [
    ("alice", "Alice Martin", "alice@example.com"),
    ("bruno", "Bruno Silva", "bruno@example.com"),
    ("chen", "Chen Wei", "chen@example.com"),
]

# number, customer, status, item, total, carrier, tracking, days ago placed, days until expected
ORDERS = [
    (1234, "alice", "shipped", "Wireless headphones", "89.00", "DHL", "JD014600003SE", 3, 2),
    (1235, "alice", "delivered", "USB-C charger", "25.00", "UPS", "1Z999AA10123456784", 20, None),
    (1236, "alice", "paid", "Phone case", "15.00", "", "", 1, 4),
    (2001, "bruno", "placed", "Mechanical keyboard", "129.00", "", "", 0, 6),
    (2002, "bruno", "returned", "Gaming mouse", "49.00", "DHL", "JD014600007SE", 35, None),
    (3001, "chen", "refunded", "Smart watch", "199.00", "FedEx", "449044304137821", 40, None),
    (3002, "chen", "cancelled", "Tablet stand", "30.00", "", "", 10, None),
]


class Command(BaseCommand):
    help = "Seed the demo shop (customers and orders). Safe to run twice."

    @transaction.atomic
    def handle(self, *args, **options):
        today = date.today()  # noqa: DTZ011 - demo dates are calendar days, not instants
        for ref, name, email in CUSTOMERS:
            Customer.objects.update_or_create(ref=ref, defaults={"name": name, "email": email})
        created = 0
        for number, ref, status, item, total, carrier, tracking, placed_ago, expected_in in ORDERS:
            _, was_created = Order.objects.get_or_create(
                number=number,
                defaults={
                    "customer": Customer.objects.get(ref=ref),
                    "status": status,
                    "item": item,
                    "total": Decimal(total),
                    "carrier": carrier,
                    "tracking_code": tracking,
                    "placed_on": today - timedelta(days=placed_ago),
                    "expected_on": today + timedelta(days=expected_in) if expected_in is not None else None,
                },
            )
            created += was_created
        self.stdout.write(f"demo shop: {len(CUSTOMERS)} customers, {len(ORDERS)} orders ({created} new)")
