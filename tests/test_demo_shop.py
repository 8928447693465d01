"""The demo shop and its desk executors: the seed, the tools (customer isolation, idempotent writes,
refund limits), the help articles, and the offline model choosing the right tool with the right
arguments from each executor's tool descriptions."""

from __future__ import annotations

import gc
import json
import re
import sys
import threading
import types
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from agents import actions
from agents.definitions import get_agent
from agents.errors import ToolError
from agents.models import ApprovalRequest, Message, Run
from agents.providers.base import ChatMessage, ModelRequest, ToolCallRequest
from agents.providers.offline import OfflineProvider
from agents.tools.base import Permission, Tool, ToolContext
from agents.tools.execution import validate_arguments
from demo_shop import demo_data
from demo_shop.executors import EXECUTORS
from demo_shop.help_articles import CATEGORIES, HELP_ARTICLES
from demo_shop.models import (
    AccountChange,
    Category,
    Customer,
    Order,
    PasswordReset,
    Product,
    Refund,
    ReturnPolicy,
    ReturnRequest,
)
from demo_shop.tools.account import (
    change_address,
    change_email,
    describe_email_change,
    send_password_reset,
    show_profile,
)
from demo_shop.tools.help_centre import search_help
from demo_shop.tools.orders import list_orders, lookup_order, track_shipment
from demo_shop.tools.returns import describe_refund, open_return, refund_order, return_policy
from tests.runtime_helpers import staff_user, start_turn

EXECUTOR = {agent.name: agent for agent in EXECUTORS}
SEEDED = {
    Customer: 8,
    Product: 20,
    ReturnPolicy: 8,
    Order: 21,
    ReturnRequest: 5,
    Refund: 2,
    AccountChange: 0,
    PasswordReset: 0,
}


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", "--no-history", stdout=out)
    return out.getvalue()


@pytest.fixture
def shop(db):
    seed()


def ctx(customer_ref: str = "alice", key: str = "key-1") -> ToolContext:
    return ToolContext(
        run_id="run-1",
        conversation_id="conversation-1",
        customer_ref=customer_ref,
        tool_call_id="call-1",
        idempotency_key=key,
    )


def call(tool: Tool, arguments: dict, context: ToolContext | None = None):
    """Run a tool the way the runtime does (arguments validated by its model), minus the thread."""
    args = tool.args_model.model_validate(validate_arguments(tool, arguments))
    return tool.fn(args, context or ctx())


def refused(tool: Tool, arguments: dict, context: ToolContext | None = None) -> ToolError:
    with pytest.raises(ToolError) as caught:
        call(tool, arguments, context)
    return caught.value


def counts() -> dict:
    return {model: model.objects.count() for model in SEEDED}


# --- the seed -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_seed_twice_gives_the_same_rows():
    first_output = seed()
    first = counts()
    second_output = seed()

    assert first == SEEDED
    assert counts() == SEEDED
    assert "21 orders (21 new)" in first_output
    assert "21 orders (0 new)" in second_output


@pytest.mark.django_db
def test_every_order_state_is_in_the_demo(shop):
    assert set(Order.objects.values_list("status", flat=True)) == set(Order.Status.values)
    assert set(Product.objects.values_list("category", flat=True)) == set(Category.values)
    assert set(ReturnPolicy.objects.values_list("category", flat=True)) == set(Category.values)


@pytest.mark.django_db
def test_order_1234_is_still_alices_wireless_headphones_on_their_way(shop):
    order = Order.objects.select_related("customer", "product").get(number=1234)
    today = timezone.localdate()

    assert (order.customer.ref, order.status, order.item, order.total) == (
        "alice",
        "shipped",
        "Wireless headphones",
        Decimal("89.00"),
    )
    assert (order.carrier, order.tracking_code) == ("DHL", "JD014600003SE")
    assert (order.placed_on, order.expected_on, order.delivered_on) == (
        today - timedelta(days=3),
        today + timedelta(days=2),
        None,
    )
    assert order.product.category == Category.HEADPHONES


@pytest.mark.django_db
def test_seed_completes_orders_of_the_first_demo_and_keeps_what_the_demo_changed():
    # The first demo's rows: no catalogue, no delivery dates, no address; alice changed her e-mail since.
    alice = Customer.objects.create(ref="alice", name="Alice Martin", email="alice.new@example.com")
    placed_on = timezone.localdate() - timedelta(days=25)
    Order.objects.create(
        number=1235, customer=alice, status="refunded", item="USB-C charger", total=Decimal("25.00"),
        carrier="UPS", tracking_code="1Z999AA10123456784", placed_on=placed_on,
    )  # fmt: skip

    seed()

    order = Order.objects.select_related("product").get(number=1235)
    assert (order.status, order.product.sku) == ("refunded", "AC-CH65")
    assert order.delivered_on == placed_on + timedelta(days=4)  # 20 days ago placed, 16 delivered
    alice.refresh_from_db()
    assert alice.email == "alice.new@example.com"
    assert alice.address == "48 Maple Avenue, Columbus, OH 43215, United States"
    assert counts() == SEEDED


@pytest.mark.django_db
def test_seed_loads_every_help_article_into_the_knowledge_base(monkeypatch):
    upserted = []
    fake = types.ModuleType("agents.knowledge.actions")
    fake.do_upsert_article = lambda **article: upserted.append(article)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "agents.knowledge.actions", fake)

    output = seed()

    assert "help centre: 42 articles in the knowledge base" in output
    assert upserted == [
        {"slug": a.slug, "title": a.title, "body": a.body, "category": a.category} for a in HELP_ARTICLES
    ]


@pytest.mark.django_db
def test_seed_works_without_the_knowledge_base(monkeypatch):
    monkeypatch.setitem(sys.modules, "agents.knowledge.actions", None)  # import fails: not installed

    output = seed()

    assert "help centre: the knowledge base is not installed, articles not loaded" in output
    assert counts() == SEEDED


# --- help articles ------------------------------------------------------------------------------


def test_help_centre_has_30_plus_real_articles_in_every_category():
    slugs = [a.slug for a in HELP_ARTICLES]
    titles = [a.title for a in HELP_ARTICLES]

    assert len(HELP_ARTICLES) == 42
    assert len(set(slugs)) == len(slugs)
    assert len(set(titles)) == len(titles)
    assert {a.category for a in HELP_ARTICLES} == set(CATEGORIES)
    for article in HELP_ARTICLES:
        assert 80 <= len(article.body.split()) <= 300, article.slug
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.slug), article.slug


def test_help_articles_quote_the_seeded_return_policies():
    overview = next(a for a in HELP_ARTICLES if a.slug == "return-policy-overview").body
    for policy in demo_data.RETURN_POLICIES:
        label = Category(policy.category).label
        if policy.returnable:
            assert f"{label} can be returned within {policy.window_days} days" in overview
        else:
            assert f"{label} cannot be returned" in overview
    assert "15% restocking fee" in overview
    computers = next(p for p in demo_data.RETURN_POLICIES if p.category == Category.COMPUTERS)
    assert computers.restocking_fee_percent == 15


def test_help_articles_explain_every_order_status():
    statuses = next(a for a in HELP_ARTICLES if a.slug == "order-statuses-explained").body
    for status in Order.Status.values:
        assert f'"{status.capitalize()}" means' in statuses


# --- executors ----------------------------------------------------------------------------------


def test_each_executor_has_only_its_own_tools():
    assert {name: [t.name for t in agent.tools] for name, agent in EXECUTOR.items()} == {
        "orders": ["lookup_order", "list_orders", "track_shipment"],
        "returns": ["return_policy", "open_return", "refund_order"],
        "account": ["show_profile", "change_email", "change_address", "send_password_reset"],
        "help": ["search_help", "return_policy"],
    }
    for agent in EXECUTORS:
        assert 2 <= len(agent.tools) <= 7
        assert agent.router is None
    changes = {
        name: sorted(t.name for t in agent.tools if t.permission != Permission.READ)
        for name, agent in EXECUTOR.items()
    }
    assert changes == {
        "orders": [],
        "returns": ["open_return", "refund_order"],
        "account": ["change_address", "change_email", "send_password_reset"],
        "help": [],
    }
    assert (open_return.permission, refund_order.permission) == (Permission.WRITE, Permission.IRREVERSIBLE)
    assert change_email.permission == change_address.permission == Permission.IRREVERSIBLE
    for irreversible in (refund_order, change_email, change_address):
        assert irreversible.describe_action is not None


def test_the_demo_support_agent_is_the_desk_over_the_four_executors():
    desk = get_agent("support")
    assert desk.tools == []
    assert {i.name: (i.executor, i.action) for i in desk.router.intents} == {
        "orders": ("orders", "execute"),
        "returns": ("returns", "execute"),
        "account": ("account", "execute"),
        "help": ("help", "execute"),
        "human": (None, "escalate"),
        "off_topic": (None, "decline"),
    }


def test_every_intent_of_the_desk_router_has_its_executor():
    from demo_shop.intents import INTENTS

    assert {i.name: i.executor for i in INTENTS if i.action == "execute"} == {
        "orders": "orders",
        "returns": "returns",
        "account": "account",
        "help": "help",
    }
    assert {i.executor for i in INTENTS if i.executor} == set(EXECUTOR)


# --- the offline model picks the right tool -----------------------------------------------------


@pytest.fixture(scope="module")
def provider() -> OfflineProvider:
    return OfflineProvider("handrail-offline-demo")


def decide(provider: OfflineProvider, executor: str, text: str):
    agent = EXECUTOR[executor]
    request = ModelRequest(
        model="handrail-offline-demo",
        system=agent.system_prompt,
        messages=[ChatMessage(role="user", content=text)],
        tools=agent.tool_specs(),
    )
    return provider.decide(request)


@pytest.mark.parametrize(
    ("executor", "text", "expected"),
    [
        ("orders", "where is my order 1234?", ("lookup_order", {"order_id": 1234})),
        ("orders", "show me all my orders", ("list_orders", {})),
        ("orders", "show my delivered orders", ("list_orders", {"status": "delivered"})),
        ("orders", "track my parcel for order 1234", ("track_shipment", {"order_id": 1234})),
        (
            "orders",
            "where is my order 1234? my email is alice@example.com",
            ("lookup_order", {"order_id": 1234, "email": "alice@example.com"}),
        ),
        ("returns", "can I return order 1235?", ("open_return", {"order_id": 1235})),
        ("returns", "I want to return order 4001", ("open_return", {"order_id": 4001})),
        ("returns", "is it too late to return order 1237?", ("return_policy", {"order_id": 1237})),
        (
            "returns",
            "what's the return policy for headphones?",
            ("return_policy", {"category": "headphones"}),
        ),
        ("returns", "refund order 1234", ("refund_order", {"order_id": 1234})),
        ("returns", "refund $40 on order 1234", ("refund_order", {"order_id": 1234, "amount": 40})),
        (
            "returns",
            "I want to return order 1235, it is defective",
            ("open_return", {"order_id": 1235, "reason": "defective"}),
        ),
        ("account", "change my email to x@example.com", ("change_email", {"new_email": "x@example.com"})),
        ("account", "what is my address on file?", ("show_profile", {})),
        ("account", "what email do you have for me?", ("show_profile", {})),
        ("account", "I forgot my password", ("send_password_reset", {})),
        (
            "account",
            "change my address to 5 Baker Street, London NW1 6XE, United Kingdom",
            ("change_address", {"new_address": "5 Baker Street, London NW1 6XE, United Kingdom"}),
        ),
        (
            "help",
            "what's your warranty on headphones?",
            ("search_help", {"query": "what's your warranty on headphones?"}),
        ),
        (
            "help",
            "how long does shipping to Canada take?",
            ("search_help", {"query": "how long does shipping to Canada take?"}),
        ),
    ],
)
def test_offline_model_picks_the_right_tool_and_arguments(provider, executor, text, expected):
    response = decide(provider, executor, text)

    assert [(c.name, c.arguments) for c in response.tool_calls] == [expected]
    assert response.raw["decision"] == "tool_call"


def test_offline_model_answers_with_the_tool_summary(provider):
    summary = (
        "Order 1234 (Wireless headphones, $89.00) is on its way with DHL, expected on Friday 23 November."
    )
    agent = EXECUTOR["orders"]
    request = ModelRequest(
        model="handrail-offline-demo",
        system=agent.system_prompt,
        messages=[
            ChatMessage(role="user", content="where is my order 1234?"),
            ChatMessage(
                role="assistant",
                tool_calls=[ToolCallRequest(id="c1", name="lookup_order", arguments={"order_id": 1234})],
            ),
            ChatMessage(
                role="tool", content=f'{{"summary": "{summary}"}}', tool_call_id="c1", name="lookup_order"
            ),
        ],
        tools=agent.tool_specs(),
    )

    assert provider.decide(request).text == summary


# --- orders: customer isolation -----------------------------------------------------------------


@pytest.mark.django_db
def test_lookup_order_answers_the_owner(shop):
    result = call(lookup_order, {"order_id": 1234})
    expected_on = timezone.localdate() + timedelta(days=2)

    assert result["summary"] == (
        f"Order 1234 (Wireless headphones, $89.00) is on its way with DHL, expected on "
        f"{expected_on:%A} {expected_on.day} {expected_on:%B}."
    )
    assert (result["order_id"], result["status"], result["total"]) == (1234, "shipped", "89.00")


@pytest.mark.django_db
def test_another_customers_order_is_not_found_exactly_like_a_missing_one(shop):
    someone_elses = refused(lookup_order, {"order_id": 1234}, ctx("bruno"))
    missing = refused(lookup_order, {"order_id": 9999}, ctx("bruno"))

    assert (someone_elses.code, someone_elses.message) == (
        "not_found",
        "There is no order 1234 on this account.",
    )
    assert (missing.code, missing.message) == ("not_found", "There is no order 9999 on this account.")
    assert refused(track_shipment, {"order_id": 1234}, ctx("bruno")).code == "not_found"
    assert refused(return_policy, {"order_id": 1234}, ctx("bruno")).code == "not_found"
    assert call(lookup_order, {"order_id": 2001}, ctx("bruno"))["order_id"] == 2001


@pytest.mark.django_db
def test_anonymous_lookup_needs_the_order_number_and_the_email_on_the_order(shop):
    anonymous = ctx("")

    no_email = refused(lookup_order, {"order_id": 1234}, anonymous)
    wrong_email = refused(lookup_order, {"order_id": 1234, "email": "bruno@example.com"}, anonymous)
    right_email = call(lookup_order, {"order_id": 1234, "email": " Alice@Example.com "}, anonymous)

    assert no_email.code == "verification_required"
    assert (wrong_email.code, wrong_email.message) == (
        "not_found",
        "There is no order 1234 with that e-mail address.",
    )
    assert right_email["order_id"] == 1234
    assert (
        call(track_shipment, {"order_id": 1234, "email": "alice@example.com"}, anonymous)["carrier"] == "DHL"
    )
    for tool, arguments in (
        (list_orders, {}),
        (show_profile, {}),
        (open_return, {"order_id": 1235}),
        (refund_order, {"order_id": 1234}),
        (change_email, {"new_email": "x@example.com"}),
    ):
        assert refused(tool, arguments, anonymous).code == "sign_in_required"


@pytest.mark.django_db
def test_list_orders_lists_only_the_customers_own_orders_newest_first(shop, django_assert_num_queries):
    # The customer, the orders, their returns, their refunds: the same four for any number of orders.
    with django_assert_num_queries(4):
        bruno = call(list_orders, {}, ctx("bruno"))
    delivered = call(list_orders, {"status": "delivered"}, ctx("alice"))

    assert [o["order_id"] for o in bruno["orders"]] == [2001, 2003, 2002]
    assert bruno["summary"].startswith(
        "You have 3 orders:\n- Order 2001, Mechanical keyboard ($129.00): placed on "
    )
    assert [o["order_id"] for o in delivered["orders"]] == [1235, 1237]
    assert (
        call(list_orders, {"status": "cancelled"}, ctx("alice"))["summary"] == "You have no cancelled orders."
    )


@pytest.mark.django_db
def test_track_shipment_gives_the_carrier_code_and_link(shop):
    shipped = call(track_shipment, {"order_id": 1234})
    not_yet = call(track_shipment, {"order_id": 1236})

    assert shipped["tracking_url"] == (
        "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=JD014600003SE"
    )
    assert shipped["summary"].startswith(
        "Order 1234 (Wireless headphones) is on its way with DHL, tracking code JD014600003SE ("
    )
    assert not_yet["tracking_code"] is None
    assert not_yet["summary"].startswith(
        "Order 1236 (Phone case) has not shipped yet: it is paid and being prepared"
    )


# --- returns ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_return_policy_by_category_by_order_and_overall(shop):
    headphones = call(return_policy, {"category": "headphones"})
    order = call(return_policy, {"order_id": 1235})
    closed = call(return_policy, {"order_id": 1237})
    overall = call(return_policy, {})
    deadline = timezone.localdate() - timedelta(days=16) + timedelta(days=60)

    assert headphones["summary"].startswith(
        "Headphones & earbuds can be returned within 30 days of delivery, with a free return label. In-ear"
    )
    assert (order["window_days"], order["deadline"]) == (60, deadline.isoformat())
    assert order["summary"].startswith("Yes: order 1235 (USB-C charger) was delivered on ")
    assert closed["summary"].startswith(
        "The 30-day return window of order 1237 (Noise-cancelling earbuds) ended on "
    )
    assert closed["summary"].endswith(
        "If it is faulty, it is covered by our 2-year warranty from the delivery date."
    )
    assert call(return_policy, {"order_id": 7002}, ctx("grace"))["summary"] == (
        "A return is already open for order 7002 (Smart bulb 4-pack): "
        f"{ReturnRequest.objects.get(order__number=7002).rma}. The free label was e-mailed."
    )
    assert [p["category"] for p in overall["policies"]] == Category.values
    assert overall["summary"].endswith("Gift cards cannot be returned.")


@pytest.mark.django_db
def test_open_return_twice_with_the_same_key_makes_one_return(shop):
    first = call(open_return, {"order_id": 1235, "reason": "defective"}, ctx("alice", "run-7:call-2"))
    again = call(open_return, {"order_id": 1235, "reason": "defective"}, ctx("alice", "run-7:call-2"))

    ret = ReturnRequest.objects.get(order__number=1235)
    assert first["return_id"] == again["return_id"] == ret.rma
    assert (ret.status, ret.reason, ret.expected_refund, ret.idempotency_key) == (
        "open",
        "defective",
        Decimal("25.00"),
        "run-7:call-2",
    )
    assert first["summary"].startswith(
        f"Return {ret.rma} is open for order 1235 (USB-C charger). We have e-mailed a free UPS return label "
        "to alice@example.com."
    )
    assert again == first  # a resumed call hears what the first one did


@pytest.mark.django_db
def test_a_second_return_for_the_same_order_finds_the_open_one(shop):
    first = call(open_return, {"order_id": 1235}, ctx("alice", "key-a"))
    second = call(open_return, {"order_id": 1235}, ctx("alice", "key-b"))

    assert second["return_id"] == first["return_id"]
    assert second["summary"].startswith(f"A return is already open for order 1235: {first['return_id']}.")
    assert ReturnRequest.objects.filter(order__number=1235).count() == 1


@pytest.mark.django_db
def test_open_return_checks_the_order_state_and_the_policy(shop):
    on_its_way = refused(open_return, {"order_id": 1234})
    too_late = refused(open_return, {"order_id": 1237})
    gift_card = refused(open_return, {"order_id": 5002}, ctx("emma"))
    returned = refused(open_return, {"order_id": 2002}, ctx("bruno"))
    someone_elses = refused(open_return, {"order_id": 1235}, ctx("bruno"))

    assert on_its_way.code == "not_delivered"
    assert on_its_way.message.startswith("Order 1234 is still on its way (expected ")
    assert too_late.code == "window_closed"
    assert gift_card.message == "Gift cards cannot be returned (order 5002)."
    assert returned.message == "Order 2002 is returned: there is nothing to return."
    assert someone_elses.code == "not_found"
    assert ReturnRequest.objects.count() == SEEDED[ReturnRequest]


@pytest.mark.django_db
def test_restocking_fee_only_for_a_change_of_mind_on_computers(shop):
    changed_mind = call(open_return, {"order_id": 4001, "reason": "changed_mind"}, ctx("dana", "k1"))
    ReturnRequest.objects.filter(order__number=4001).update(status="rejected")
    faulty = call(open_return, {"order_id": 4001, "reason": "defective"}, ctx("dana", "k2"))

    assert (changed_mind["expected_refund"], faulty["expected_refund"]) == ("849.15", "999.00")
    assert changed_mind["summary"].endswith(
        "If it has been opened, a restocking fee of $149.85 is kept back for a change of mind, so the refund "
        "is $849.15; unopened, it is refunded in full ($999.00)."
    )


# --- refunds ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_refund_over_what_is_left_is_refused_and_nothing_is_written(shop):
    error = refused(refund_order, {"order_id": 1234, "amount": "100.00"})

    assert (error.code, error.retryable) == ("amount_too_high", False)
    assert (
        error.message
        == "A refund of $100.00 is more than the $89.00 left to refund on order 1234 (total $89.00)."
    )
    assert Refund.objects.filter(order__number=1234).count() == 0
    assert Order.objects.get(number=1234).status == "shipped"


@pytest.mark.django_db
def test_partial_refunds_add_up_to_the_total_and_no_further(shop):
    part = call(refund_order, {"order_id": 1234, "amount": "40.00"}, ctx("alice", "approval-1"))
    too_much = refused(refund_order, {"order_id": 1234, "amount": "50.00"}, ctx("alice", "approval-2"))
    rest = call(refund_order, {"order_id": 1234}, ctx("alice", "approval-3"))
    repeated = call(refund_order, {"order_id": 1234}, ctx("alice", "approval-3"))
    nothing_left = refused(refund_order, {"order_id": 1234}, ctx("alice", "approval-4"))

    assert part["summary"] == (
        "Refunded $40.00 on order 1234 to the original payment method; it shows on the statement within "
        "5-10 business days (1-2 for PayPal). $49.00 is left on the order."
    )
    assert too_much.message.startswith("A refund of $50.00 is more than the $49.00 left")
    assert (rest["amount"], rest["left"]) == ("49.00", "0.00")
    assert repeated == rest  # the resumed execution answers the same and refunds nothing more
    assert nothing_left.code == "already_refunded"
    assert sorted(Refund.objects.filter(order__number=1234).values_list("amount", flat=True)) == [
        Decimal("40.00"),
        Decimal("49.00"),
    ]
    assert Order.objects.get(number=1234).status == "refunded"


@pytest.mark.django_db
def test_refund_of_an_order_never_charged_is_refused(shop):
    assert refused(refund_order, {"order_id": 2001}, ctx("bruno")).code == "not_charged"
    assert refused(refund_order, {"order_id": 3002}, ctx("chen")).code == "nothing_to_refund"
    assert refused(refund_order, {"order_id": 1234}, ctx("bruno")).code == "not_found"
    assert Refund.objects.count() == SEEDED[Refund]


@pytest.mark.django_db
def test_refund_description_for_the_manager(shop):
    assert describe_refund({"order_id": 1234, "amount": "40.00"}) == "Refund $40.00 on order 1234"
    assert (
        describe_refund({"order_id": 1234, "amount": None})
        == "Refund everything not yet refunded on order 1234"
    )
    assert (
        describe_refund({"order_id": 1234, "amount": None}, ctx("alice"))
        == "Refund $89.00, everything not yet refunded, on order 1234 for Alice Martin (alice)"
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_refunds_never_exceed_the_order_total(on_postgres):
    if not on_postgres:
        pytest.skip("row locks (SELECT ... FOR UPDATE) are what this is about; SQLite has none")
    seed()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def refund(key: str) -> None:
        try:
            barrier.wait(timeout=30)
            call(refund_order, {"order_id": 1234, "amount": "60.00"}, ctx("alice", key))
            outcomes.append("refunded")
        except ToolError as exc:
            outcomes.append(exc.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=refund, args=(key,)) for key in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["amount_too_high", "refunded"]
    assert Refund.objects.filter(order__number=1234).count() == 1


# --- account ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_show_profile(shop):
    profile = call(show_profile, {})

    assert profile["summary"].startswith(
        "Name: Alice Martin. E-mail: alice@example.com. Phone: +1 614 555 0142. Delivery address: 48 Maple "
        "Avenue, Columbus, OH 43215, United States. Customer since "
    )


@pytest.mark.django_db
def test_change_email_validates_changes_once_and_records_the_change(shop):
    with pytest.raises(ToolError) as invalid:
        call(change_email, {"new_email": "not-an-address"})
    first = call(change_email, {"new_email": "x@example.com"}, ctx("alice", "approval-9"))
    again = call(change_email, {"new_email": "x@example.com"}, ctx("alice", "approval-9"))

    assert invalid.value.code == "invalid_arguments"
    assert first == again
    assert first["summary"].startswith(
        "The e-mail address of your account is now x@example.com (it was alice@example.com)."
    )
    assert Customer.objects.get(ref="alice").email == "x@example.com"
    change = AccountChange.objects.get()
    assert (change.customer.ref, change.field, change.old_value, change.new_value) == (
        "alice",
        "email",
        "alice@example.com",
        "x@example.com",
    )


@pytest.mark.django_db
def test_change_email_refuses_another_accounts_address(shop):
    error = refused(change_email, {"new_email": "BRUNO@example.com"})

    assert error.code == "email_unavailable"
    assert Customer.objects.get(ref="alice").email == "alice@example.com"
    assert AccountChange.objects.count() == 0


@pytest.mark.django_db
def test_change_address(shop):
    result = call(change_address, {"new_address": "5 Baker Street,  London NW1 6XE, United Kingdom"})

    assert result["address"] == "5 Baker Street, London NW1 6XE, United Kingdom"
    assert Customer.objects.get(ref="alice").address == "5 Baker Street, London NW1 6XE, United Kingdom"
    assert Customer.objects.get(ref="bruno").address == "220 King Street West, Toronto, ON M5H 1K4, Canada"


@pytest.mark.django_db
def test_account_change_descriptions_for_the_manager(shop):
    assert (
        describe_email_change({"new_email": "x@example.com"})
        == "Change the account's e-mail address to x@example.com"
    )
    assert (
        describe_email_change({"new_email": "x@example.com"}, ctx("alice"))
        == "Change the e-mail of Alice Martin (alice) from alice@example.com to x@example.com"
    )


@pytest.mark.django_db
def test_password_reset_goes_to_the_accounts_address_and_never_says_who_is_a_customer(shop):
    signed_in = call(send_password_reset, {"email": "mallory@example.com"}, ctx("alice", "k1"))
    repeated = call(send_password_reset, {}, ctx("alice", "k1"))
    guest = call(send_password_reset, {"email": "Bruno@Example.com"}, ctx("", "k2"))
    stranger = call(send_password_reset, {"email": "nobody@example.com"}, ctx("", "k3"))
    no_email = refused(send_password_reset, {}, ctx("", "k4"))

    assert signed_in == repeated
    assert signed_in["summary"] == (
        "We have sent a password reset link to a***@example.com, the address on your account. The link "
        "works once and expires after 60 minutes; if it has not arrived within a few minutes, please check "
        "your spam folder."
    )
    assert guest["summary"].startswith("We have sent a password reset link to B***@Example.com if it belongs")
    assert stranger["summary"].startswith(
        "We have sent a password reset link to n***@example.com if it belongs"
    )
    assert no_email.code == "email_required"
    assert sorted(PasswordReset.objects.values_list("customer__ref", "idempotency_key")) == [
        ("alice", "k1"),
        ("bruno", "k2"),
    ]


# --- help centre --------------------------------------------------------------------------------


def test_search_help_returns_passages_the_offline_model_cites(monkeypatch, provider):
    """`search_help` is the shared knowledge search with the demo's passage count and not-found
    sentence; the offline model answers from its passages and cites their titles."""
    import agents.knowledge.tools as knowledge_tools
    from agents.knowledge.search import Hit

    asked = []

    def search(query, *, k, min_score):
        asked.append((query, k, min_score))
        return [
            Hit(
                article_slug="headphones-warranty",
                article_title="Warranty on headphones and earbuds",
                chunk_text="Headphones and earbuds have our 2-year warranty from the delivery date.",
                score=0.71,
                chunk_id=1,
            ),
            Hit(
                article_slug="cookies",
                article_title="Cookies on our website",
                chunk_text="Our website uses a few essential cookies.",
                score=0.32,
                chunk_id=2,
            ),
        ]

    monkeypatch.setattr(knowledge_tools, "search", search)

    result = call(search_help, {"query": "what's your warranty on headphones?"})
    agent = EXECUTOR["help"]
    answer = provider.decide(
        ModelRequest(
            model="handrail-offline-demo",
            system=agent.system_prompt,
            messages=[
                ChatMessage(role="user", content="what's your warranty on headphones?"),
                ChatMessage(
                    role="assistant",
                    tool_calls=[
                        ToolCallRequest(id="c1", name="search_help", arguments={"query": "warranty"})
                    ],
                ),
                ChatMessage(role="tool", content=json.dumps(result), tool_call_id="c1", name="search_help"),
            ],
            tools=agent.tool_specs(),
        )
    )

    assert asked == [("what's your warranty on headphones?", 5, knowledge_tools.MIN_SCORE)]
    assert result == {
        "passages": [
            {
                "title": "Warranty on headphones and earbuds",
                "text": "Headphones and earbuds have our 2-year warranty from the delivery date.",
                "article": "headphones-warranty",
                "score": 0.71,
            },
            {
                "title": "Cookies on our website",
                "text": "Our website uses a few essential cookies.",
                "article": "cookies",
                "score": 0.32,
            },
        ]
    }
    assert answer.text == (
        "Headphones and earbuds have our 2-year warranty from the delivery date.\n\n"
        "Sources: Warranty on headphones and earbuds"
    )


def test_search_help_says_a_person_can_help_when_no_article_is_relevant(monkeypatch):
    import agents.knowledge.tools as knowledge_tools

    monkeypatch.setattr(knowledge_tools, "search", lambda query, *, k, min_score: [])

    assert call(search_help, {"query": "capital of France"}) == {
        "summary": "I couldn't find a help-centre article about that. A person from our team can help.",
        "passages": [],
    }


def test_search_help_without_a_knowledge_base_is_a_typed_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "agents.knowledge.tools", None)

    error = refused(search_help, {"query": "warranty"})

    assert (error.code, error.retryable) == ("unavailable", False)


@pytest.mark.django_db
def test_help_centre_answers_from_the_seeded_knowledge_base(provider):
    pytest.importorskip("agents.knowledge.actions")
    from agents.knowledge.models import Article

    seed()
    seed()
    question = "what's your warranty on headphones?"
    result = call(search_help, {"query": question})
    agent = EXECUTOR["help"]
    answer = provider.decide(
        ModelRequest(
            model="handrail-offline-demo",
            system=agent.system_prompt,
            messages=[
                ChatMessage(role="user", content=question),
                ChatMessage(
                    role="assistant",
                    tool_calls=[ToolCallRequest(id="c1", name="search_help", arguments={"query": question})],
                ),
                ChatMessage(role="tool", content=json.dumps(result), tool_call_id="c1", name="search_help"),
            ],
            tools=agent.tool_specs(),
        )
    )

    assert Article.objects.count() == len(HELP_ARTICLES)
    assert set(Article.objects.values_list("slug", flat=True)) == {a.slug for a in HELP_ARTICLES}
    assert result["passages"][0]["title"] == "Warranty on headphones and earbuds"
    body, sources = answer.text.split("\n\nSources: ")
    assert body.startswith("Headphones and earbuds have our 2-year warranty from the delivery date.")
    assert sources.split("; ")[0] == "Warranty on headphones and earbuds"


# --- through the runtime -----------------------------------------------------------------------


@pytest.fixture
def tool_threads():
    """Sync tools run in worker threads (asyncio.to_thread), each opening its own database connection;
    those threads are gone when the run ends, and collecting them closes their connections, so the test
    database can be dropped at the end of the session."""
    yield
    gc.collect()


@pytest.mark.django_db(transaction=True)
def test_orders_executor_answers_where_is_my_order_end_to_end(tool_threads):
    seed()

    intake, outcome = start_turn("orders", "Where is my order 1234?", customer_ref="alice")

    run = Run.objects.get(pk=intake.run.pk)
    assert run.status == "completed"
    assert list(run.steps.values_list("kind", flat=True)) == ["model", "tool", "model"]
    tool_step = run.steps.get(kind="tool")
    assert tool_step.payload["name"] == "lookup_order"
    assert outcome.reply == tool_step.payload["result"]["summary"]


@pytest.mark.django_db(transaction=True)
def test_refund_parks_for_a_manager_and_runs_once_after_approval(tool_threads):
    seed()
    intake, outcome = start_turn("returns", "refund order 1234", customer_ref="alice")
    approval = ApprovalRequest.objects.get(run_id=intake.run.pk)

    assert outcome.status == "awaiting_approval"
    assert approval.arguments == {"order_id": 1234, "amount": None, "reason": "customer request"}
    # The customer reads what happens, without the staff-only details; the manager's line has them.
    assert Message.objects.get(run_id=intake.run.pk, role="system").text.startswith(
        "Refund everything not yet refunded on order 1234: this needs a manager's approval."
    )
    assert (
        approval.description
        == "Refund $89.00, everything not yet refunded, on order 1234 for Alice Martin (alice)"
    )
    assert approval.amount == Decimal("89.00")
    assert Refund.objects.filter(order__number=1234).count() == 0

    # The decision queues the execution on commit; tests run Celery tasks eagerly, so it is done here.
    actions.do_decide_approval(approval, actor=staff_user(), approve=True)
    again = actions.do_carry_out_decision(approval.pk)

    assert again is None
    refund = Refund.objects.get(order__number=1234)
    assert (refund.amount, refund.idempotency_key) == (Decimal("89.00"), str(approval.pk))
    assert Order.objects.get(number=1234).status == "refunded"
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "executed"


# --- admin --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_staff_can_browse_the_shop_in_the_admin(shop, admin_client):
    for model in (
        "customer",
        "product",
        "returnpolicy",
        "order",
        "returnrequest",
        "refund",
        "accountchange",
        "passwordreset",
    ):
        response = admin_client.get(f"/admin/demo_shop/{model}/")
        assert response.status_code == 200, model
    assert admin_client.get("/admin/demo_shop/accountchange/add/").status_code == 403
