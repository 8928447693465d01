"""What `seed_demo` puts in the shop: customers, the catalogue, a return policy per category, orders in
every state, and the returns and refunds behind the returned and refunded ones.

Dates are relative to the day of the first seed ("placed 3 days ago"), so a fresh demo always has a
parcel on its way and a return window still open. The help-centre articles (`help_articles.py`)
quote the same windows and fees as RETURN_POLICIES.
"""

from __future__ import annotations

from dataclasses import dataclass

from demo_shop.models import Category, ReturnRequest

R = ReturnRequest.Reason


@dataclass(frozen=True)
class DemoCustomer:
    ref: str
    name: str
    email: str
    phone: str
    address: str
    member_for_days: int


@dataclass(frozen=True)
class DemoProduct:
    sku: str
    name: str
    category: str
    price: str


@dataclass(frozen=True)
class DemoPolicy:
    category: str
    returnable: bool
    window_days: int
    restocking_fee_percent: int
    conditions: str


@dataclass(frozen=True)
class DemoOrder:
    number: int
    customer: str
    status: str
    sku: str
    total: str
    carrier: str = ""
    tracking_code: str = ""
    placed_days_ago: int = 0
    expected_in_days: int | None = None  # from today; only for orders not delivered yet
    delivered_days_ago: int | None = None


@dataclass(frozen=True)
class DemoReturn:
    order: int
    reason: str
    status: str
    expected_refund: str


@dataclass(frozen=True)
class DemoRefund:
    order: int
    amount: str
    reason: str


CUSTOMERS = (
    DemoCustomer(
        "alice",
        "Alice Martin",
        "alice@example.com",
        "+1 614 555 0142",
        "48 Maple Avenue, Columbus, OH 43215, United States",
        820,
    ),
    DemoCustomer(
        "bruno",
        "Bruno Silva",
        "bruno@example.com",
        "+1 416 555 0178",
        "220 King Street West, Toronto, ON M5H 1K4, Canada",
        410,
    ),
    DemoCustomer(
        "chen",
        "Chen Wei",
        "chen@example.com",
        "+44 20 7946 0321",
        "14 Harbour Street, Bristol BS1 4RN, United Kingdom",
        365,
    ),
    DemoCustomer(
        "dana",
        "Dana Okafor",
        "dana.okafor@example.com",
        "+1 512 555 0199",
        "1100 Congress Avenue, Apt 4B, Austin, TX 78701, United States",
        95,
    ),
    DemoCustomer(
        "emma",
        "Emma Schulz",
        "emma.schulz@example.com",
        "+49 30 5550 1234",
        "Lindenstrasse 12, 10969 Berlin, Germany",
        210,
    ),
    DemoCustomer(
        "farid",
        "Farid Haddad",
        "farid@example.com",
        "+1 313 555 0110",
        "77 Woodward Avenue, Detroit, MI 48226, United States",
        1400,
    ),
    DemoCustomer(
        "grace",
        "Grace Kim",
        "grace.kim@example.com",
        "+1 206 555 0133",
        "305 Pine Street, Seattle, WA 98101, United States",
        30,
    ),
    DemoCustomer(
        "hugo",
        "Hugo Laurent",
        "hugo.laurent@example.com",
        "+33 4 55 50 12 34",
        "9 Rue des Lilas, 69003 Lyon, France",
        150,
    ),
)

PRODUCTS = (
    DemoProduct("HP-WH100", "Wireless headphones", Category.HEADPHONES, "89.00"),
    DemoProduct("HP-EB200", "Noise-cancelling earbuds", Category.HEADPHONES, "129.00"),
    DemoProduct("HP-ST300", "Studio over-ear headphones", Category.HEADPHONES, "149.00"),
    DemoProduct("PH-AU15", "Aurora 15 smartphone", Category.PHONES, "699.00"),
    DemoProduct("PH-TB10", "Aurora Tab 10 tablet", Category.PHONES, "329.00"),
    DemoProduct("CP-NB14", "Nimbus 14 laptop", Category.COMPUTERS, "999.00"),
    DemoProduct("CP-NMINI", "Nimbus Mini desktop", Category.COMPUTERS, "599.00"),
    DemoProduct("WR-SW2", "Smart watch", Category.WEARABLES, "199.00"),
    DemoProduct("WR-FT1", "Fitness tracker", Category.WEARABLES, "59.00"),
    DemoProduct("GM-KB87", "Mechanical keyboard", Category.GAMING, "129.00"),
    DemoProduct("GM-MS7", "Gaming mouse", Category.GAMING, "49.00"),
    DemoProduct("GM-PAD", "Wireless controller", Category.GAMING, "59.00"),
    DemoProduct("SH-SPK", "Smart speaker", Category.SMART_HOME, "79.00"),
    DemoProduct("SH-CAM", "Indoor security camera", Category.SMART_HOME, "45.00"),
    DemoProduct("SH-BLB4", "Smart bulb 4-pack", Category.SMART_HOME, "39.00"),
    DemoProduct("AC-CH65", "USB-C charger", Category.ACCESSORIES, "25.00"),
    DemoProduct("AC-CASE", "Phone case", Category.ACCESSORIES, "15.00"),
    DemoProduct("AC-STND", "Tablet stand", Category.ACCESSORIES, "30.00"),
    DemoProduct("AC-CBL2", "USB-C cable 2 m", Category.ACCESSORIES, "12.00"),
    DemoProduct("GC-50", "Gift card $50", Category.GIFT_CARDS, "50.00"),
)

_PACKAGING = "Send it back in its original packaging with every accessory, cable and manual."

RETURN_POLICIES = (
    DemoPolicy(
        Category.HEADPHONES,
        True,
        30,
        0,
        "In-ear earbuds can be returned for a change of mind only with the hygiene seal unbroken; faulty "
        f"earbuds can always be returned. {_PACKAGING}",
    ),
    DemoPolicy(
        Category.PHONES,
        True,
        14,
        0,
        "Back up your data, sign out of your accounts, turn off activation locks (Find My, Google "
        f"account), reset to factory settings and remove SIM and memory cards. {_PACKAGING}",
    ),
    DemoPolicy(
        Category.COMPUTERS,
        True,
        14,
        15,
        "A 15% restocking fee applies to opened items returned because you changed your mind. Back up "
        f"your data, sign out, turn off activation locks and reset to factory settings. {_PACKAGING}",
    ),
    DemoPolicy(
        Category.WEARABLES,
        True,
        30,
        0,
        f"Unpair the device from your phone and reset it to factory settings. {_PACKAGING}",
    ),
    DemoPolicy(
        Category.GAMING,
        True,
        30,
        0,
        f"Digital codes cannot be returned once they are revealed or redeemed. {_PACKAGING}",
    ),
    DemoPolicy(
        Category.SMART_HOME,
        True,
        30,
        0,
        f"Remove the device from your home app and reset it before sending it back. {_PACKAGING}",
    ),
    DemoPolicy(Category.ACCESSORIES, True, 60, 0, _PACKAGING),
    DemoPolicy(Category.GIFT_CARDS, False, 0, 0, "Gift cards cannot be returned or refunded."),
)

# Every order state is here at least once. 1234-3002 are the orders of the first demo and stay as
# they were: other tests and the README ask about order 1234, alice's wireless headphones on their way.
ORDERS = (
    DemoOrder(1234, "alice", "shipped", "HP-WH100", "89.00", "DHL", "JD014600003SE", 3, expected_in_days=2),
    DemoOrder(
        1235, "alice", "delivered", "AC-CH65", "25.00", "UPS", "1Z999AA10123456784", 20, delivered_days_ago=16
    ),
    DemoOrder(1236, "alice", "paid", "AC-CASE", "15.00", placed_days_ago=1, expected_in_days=4),
    DemoOrder(
        1237,
        "alice",
        "delivered",
        "HP-EB200",
        "129.00",
        "UPS",
        "1Z999AA10123456791",
        52,
        delivered_days_ago=47,
    ),
    DemoOrder(2001, "bruno", "placed", "GM-KB87", "129.00", placed_days_ago=0, expected_in_days=6),
    DemoOrder(
        2002, "bruno", "returned", "GM-MS7", "49.00", "DHL", "JD014600007SE", 35, delivered_days_ago=30
    ),
    DemoOrder(
        2003, "bruno", "delivered", "PH-TB10", "329.00", "DHL", "JD014600011SE", 12, delivered_days_ago=5
    ),
    DemoOrder(
        3001, "chen", "refunded", "WR-SW2", "199.00", "FedEx", "449044304137821", 40, delivered_days_ago=36
    ),
    DemoOrder(3002, "chen", "cancelled", "AC-STND", "30.00", placed_days_ago=10),
    DemoOrder(3003, "chen", "shipped", "SH-SPK", "79.00", "DHL", "JD014600015SE", 4, expected_in_days=3),
    DemoOrder(
        4001, "dana", "delivered", "CP-NB14", "999.00", "FedEx", "449044304137838", 9, delivered_days_ago=6
    ),
    DemoOrder(4002, "dana", "paid", "HP-ST300", "149.00", placed_days_ago=0, expected_in_days=4),
    DemoOrder(5001, "emma", "shipped", "WR-FT1", "59.00", "DHL", "JD014600019SE", 5, expected_in_days=5),
    DemoOrder(5002, "emma", "delivered", "GC-50", "50.00", placed_days_ago=30, delivered_days_ago=30),
    DemoOrder(
        6001, "farid", "returned", "SH-CAM", "45.00", "UPS", "1Z999AA10123456805", 25, delivered_days_ago=21
    ),
    DemoOrder(
        6002, "farid", "refunded", "GM-PAD", "59.00", "UPS", "1Z999AA10123456812", 45, delivered_days_ago=41
    ),
    DemoOrder(
        6003, "farid", "delivered", "AC-CBL2", "12.00", "UPS", "1Z999AA10123456829", 15, delivered_days_ago=12
    ),
    DemoOrder(7001, "grace", "placed", "PH-AU15", "699.00", placed_days_ago=0, expected_in_days=5),
    DemoOrder(
        7002, "grace", "delivered", "SH-BLB4", "39.00", "FedEx", "449044304137845", 8, delivered_days_ago=4
    ),
    DemoOrder(8001, "hugo", "cancelled", "CP-NMINI", "599.00", placed_days_ago=6),
    DemoOrder(8002, "hugo", "shipped", "HP-EB200", "129.00", "DHL", "JD014600023SE", 6, expected_in_days=1),
)

RETURNS = (
    DemoReturn(2002, R.CHANGED_MIND, ReturnRequest.Status.RECEIVED, "49.00"),
    DemoReturn(3001, R.CHANGED_MIND, ReturnRequest.Status.REFUNDED, "199.00"),
    DemoReturn(6001, R.DEFECTIVE, ReturnRequest.Status.RECEIVED, "45.00"),
    DemoReturn(6002, R.DEFECTIVE, ReturnRequest.Status.REFUNDED, "59.00"),
    DemoReturn(7002, R.DEFECTIVE, ReturnRequest.Status.OPEN, "39.00"),
)

REFUNDS = (
    DemoRefund(3001, "199.00", "Returned within 30 days: the watch did not suit the customer."),
    DemoRefund(6002, "59.00", "Faulty controller (left stick drift), returned under the return policy."),
)


def seed_key(kind: str, order_number: int) -> str:
    """The idempotency key of a seeded return or refund: a second seed finds it instead of adding one."""
    return f"seed-{kind}-{order_number}"
