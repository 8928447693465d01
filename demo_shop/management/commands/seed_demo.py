"""Create the demo shop: customers, the catalogue, a return policy per category, orders in every state
with their returns and refunds, and the help-centre articles in the knowledge base.

Idempotent: a second run adds and changes nothing. Rows the demo changes (an order refunded during a
demo, an e-mail changed) are left as they are; the catalogue and the return policies are reference data
and are set to the values in `demo_shop.demo_data`, which the help articles quote.
"""

from datetime import timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from demo_shop import demo_data
from demo_shop.help_articles import HELP_ARTICLES
from demo_shop.models import Customer, Order, Product, Refund, ReturnPolicy, ReturnRequest

# The demo's week of history: enough runs per hour for the dashboard's charts, seeded in well under a
# minute on a small machine.
HISTORY_CONVERSATIONS = 60
HISTORY_DAYS = 7


class Command(BaseCommand):
    help = (
        "Seed the demo shop (customers, products, return policies, orders, help articles). Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-history",
            action="store_true",
            help="Skip the week of demo conversations (real runs, spread over the last 7 days).",
        )

    def handle(self, *args, **options):
        new_orders = self.seed_shop()
        d = demo_data
        self.stdout.write(
            f"demo shop: {len(d.CUSTOMERS)} customers, {len(d.PRODUCTS)} products, "
            f"{len(d.RETURN_POLICIES)} return policies, {len(d.ORDERS)} orders ({new_orders} new), "
            f"{len(d.RETURNS)} returns, {len(d.REFUNDS)} refunds"
        )
        self.stdout.write(self.load_help_articles())
        if not options["no_history"]:
            self.stdout.write(self.seed_history())

    @transaction.atomic
    def seed_shop(self) -> int:
        today = timezone.localdate()
        for c in demo_data.CUSTOMERS:
            customer, _ = Customer.objects.get_or_create(
                ref=c.ref, defaults={"name": c.name, "email": c.email}
            )
            # Customers seeded before these fields existed get them; values the demo changed stay.
            backfill = {
                "phone": customer.phone or c.phone,
                "address": customer.address or c.address,
                "member_since": customer.member_since or today - timedelta(days=c.member_for_days),
            }
            if any(getattr(customer, name) != value for name, value in backfill.items()):
                Customer.objects.filter(pk=customer.pk).update(**backfill)
        products = {}
        for p in demo_data.PRODUCTS:
            products[p.sku], _ = Product.objects.update_or_create(
                sku=p.sku, defaults={"name": p.name, "category": p.category, "price": Decimal(p.price)}
            )
        for policy in demo_data.RETURN_POLICIES:
            ReturnPolicy.objects.update_or_create(
                category=policy.category,
                defaults={
                    "returnable": policy.returnable,
                    "window_days": policy.window_days,
                    "restocking_fee_percent": policy.restocking_fee_percent,
                    "conditions": policy.conditions,
                },
            )
        customers = {c.ref: c for c in Customer.objects.filter(ref__in=[c.ref for c in demo_data.CUSTOMERS])}
        new_orders = 0
        for o in demo_data.ORDERS:
            placed_on = today - timedelta(days=o.placed_days_ago)
            order, created = Order.objects.get_or_create(
                number=o.number,
                defaults={
                    "customer": customers[o.customer],
                    "status": o.status,
                    "item": products[o.sku].name,
                    "product": products[o.sku],
                    "total": Decimal(o.total),
                    "carrier": o.carrier,
                    "tracking_code": o.tracking_code,
                    "placed_on": placed_on,
                    "expected_on": today + timedelta(days=o.expected_in_days)
                    if o.expected_in_days is not None
                    else None,
                    "delivered_on": today - timedelta(days=o.delivered_days_ago)
                    if o.delivered_days_ago is not None
                    else None,
                },
            )
            new_orders += created
            if not created and order.product_id is None:
                # An order from the first demo, before the catalogue: link its product and delivery date,
                # keeping its own dates (its delivery day is as far after its order day as in the data).
                delivered_on = order.delivered_on
                if delivered_on is None and o.delivered_days_ago is not None:
                    delivered_on = order.placed_on + timedelta(days=o.placed_days_ago - o.delivered_days_ago)
                Order.objects.filter(pk=order.pk).update(product=products[o.sku], delivered_on=delivered_on)
        orders = {o.number: o for o in Order.objects.filter(number__in=[o.number for o in demo_data.ORDERS])}
        for r in demo_data.RETURNS:
            ReturnRequest.objects.get_or_create(
                idempotency_key=demo_data.seed_key("return", r.order),
                defaults={
                    "order": orders[r.order],
                    "reason": r.reason,
                    "status": r.status,
                    "expected_refund": Decimal(r.expected_refund),
                },
            )
        for f in demo_data.REFUNDS:
            Refund.objects.get_or_create(
                idempotency_key=demo_data.seed_key("refund", f.order),
                defaults={"order": orders[f.order], "amount": Decimal(f.amount), "reason": f.reason},
            )
        return new_orders

    def seed_history(self) -> str:
        # After the shop and the articles: the history's runs look orders up and search the help centre.
        from demo_shop.history import seed_history

        history = seed_history(conversations=HISTORY_CONVERSATIONS, days=HISTORY_DAYS)
        if history.already_there:
            return "demo history: already there, nothing added"
        return (
            f"demo history: {history.conversations} conversations, {history.runs} runs "
            f"over the last {HISTORY_DAYS} days"
        )

    def load_help_articles(self) -> str:
        try:
            from agents.knowledge.actions import do_upsert_article
        except ModuleNotFoundError as exc:
            if exc.name != "agents.knowledge.actions":
                raise  # the module is there and broken: that must not pass for "not installed"
            # The knowledge base is its own app; a deployment without it still gets a working shop.
            return "help centre: the knowledge base is not installed, articles not loaded"
        for article in HELP_ARTICLES:
            do_upsert_article(
                slug=article.slug, title=article.title, body=article.body, category=article.category
            )
        return f"help centre: {len(HELP_ARTICLES)} articles in the knowledge base"
