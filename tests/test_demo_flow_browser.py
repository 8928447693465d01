"""The demo a new user meets, in a real headless Chromium against a live daphne: Alice, who owns order
1234, chats through the support desk in one conversation, and a manager's approval reaches her page
live. What is asserted is what a customer sees: the bubbles on screen, in order, with their exact
text (the offline demo model is deterministic), the streaming, the citations and the banners.

Screenshots land in test-artifacts/ (demo-flow-*.png, 375 and 1280 px wide)."""

from __future__ import annotations

import io
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import Page, expect

from agents import actions
from agents.models import ApprovalRequest, Message
from console.chat.presenters import split_sources
from demo_shop.models import Customer, Order
from demo_shop.wording import day
from tests.runtime_helpers import manager_key, staff_user
from tests.test_chat_browser import (
    DESKTOP,
    OFFLINE_MODEL,
    PHONE,
    RECORD_STREAM,
    on_screen,
    sign_in,
    visible_texts,
)
from tracing.models import ToolCall

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

# The first answer loads the embedding model in the server: on a busy 2-core machine that alone can
# take a minute. Later answers take about a second.
ANSWER_WAIT_MS = 120_000
APPROVAL_BANNER = "Waiting for a manager's approval. The outcome will appear here."
EMAIL_CHANGE_NOTICE = (
    "Change the account's e-mail address to x@example.com: this needs a manager's approval. I'll let you "
    "know here as soon as it is decided."
)
EMAIL_CHANGED = (
    "The e-mail address of your account is now x@example.com (it was alice@example.com). We have sent a "
    "confirmation to the new address and a notice to the old one."
)

# The page's sync frames (its fallback poll while an approval is pending, every 10 s) never leave it:
# whatever reaches it came by the server's push.
BLOCK_SYNC = """
const sendFrame = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) {
  if (JSON.parse(data).type !== "sync") sendFrame.call(this, data);
};
"""


@pytest.fixture(autouse=True)
def demo_shop():
    call_command("seed_demo", "--no-history", stdout=io.StringIO())


def say(page: Page, text: str) -> Message:
    """Send `text` as the customer and wait for the answer on screen; returns the stored answer."""
    stored_before = page.locator("[data-messages] > li[data-id]").count()
    page.evaluate("window.__streamTexts = []")
    page.get_by_label("Your message").fill(text)
    page.keyboard.press("Enter")
    # The customer's message and the answer, both stored (a stream or a notice has no data-id).
    expect(page.locator("[data-messages] > li[data-id]")).to_have_count(
        stored_before + 2, timeout=ANSWER_WAIT_MS
    )
    expect(page.locator(".msg--streaming")).to_have_count(0)
    conversation_id = conversation_of(page)
    asked = Message.objects.get(conversation_id=conversation_id, role="customer", text=text)
    return Message.objects.get(conversation_id=conversation_id, id__gt=asked.pk)


def conversation_of(page: Page) -> str:
    return page.url.rstrip("/").rsplit("/", 1)[-1]


def assert_streamed(page: Page, answer: Message) -> None:
    """The answer came word by word: the streaming bubble grew with every delta, and the deltas add up
    to the stored answer (its Sources line included, split off once the answer is final)."""
    run_id = str(answer.run_id)
    frames = page.evaluate("window.__frames")
    deltas = [f["text"] for f in frames if f["type"] == "delta" and f.get("run_id") == run_id]
    streamed = page.evaluate("window.__streamTexts")
    assert "".join(deltas) == answer.text
    assert len(deltas) == len(re.findall(r"\S+\s*|\s+", answer.text))
    assert streamed == visible_texts(frames, run_id)
    assert len(streamed) == len(deltas)
    assert streamed[-1] == answer.text


def message_ids(frame: dict) -> list[int]:
    """The ids of the stored messages a socket event carries."""
    if frame["type"] == "history":
        return [m["id"] for m in frame["messages"]]
    message = frame.get("message")
    return [message["id"]] if message else []


def last_answer(page: Page):
    return page.locator("[data-messages] > li[data-id]").last


def test_alice_chats_through_the_demo_in_one_conversation(browser, live_url, artifact):
    order = Order.objects.get(number=1234)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.add_init_script(RECORD_STREAM)
    conversation_id = sign_in(page, live_url, "Alice Martin")

    # 1. Where her order is: the shop's own words, streamed in.
    where = say(page, "where is my order 1234?")
    arrives = day(order.expected_on)
    assert (
        where.text
        == f"Order 1234 (Wireless headphones, $89.00) is on its way with DHL, expected on {arrives}."
    )
    assert_streamed(page, where)
    expect(last_answer(page).locator(".msg-text")).to_have_text(where.text)
    expect(last_answer(page).locator(".msg-model")).to_have_text(OFFLINE_MODEL)
    expect(last_answer(page).locator(".msg-sources")).to_be_hidden()

    # 2. "it" is the order the conversation is about.
    can_return = say(page, "can I return it?")
    assert_streamed(page, can_return)
    expect(last_answer(page).locator(".msg-text")).to_have_text(can_return.text)

    # 3. A help-centre answer: the body on screen, the articles it used as visible chips.
    warranty = say(page, "what's your warranty on headphones?")
    assert_streamed(page, warranty)
    warranty_body, warranty_sources = split_sources(warranty.text)
    assert warranty_sources[0] == "Warranty on headphones and earbuds"
    expect(last_answer(page).locator(".msg-text")).to_have_text(warranty_body)
    expect(last_answer(page).locator(".source-chip")).to_have_text(warranty_sources)
    expect(last_answer(page).locator(".msg-sources")).to_be_visible()

    # 4. An account change parks for a manager: the customer is told so, in the chat and in a banner.
    notice = say(page, "change my email to x@example.com")
    assert (notice.role, notice.text) == ("system", EMAIL_CHANGE_NOTICE)
    expect(last_answer(page).locator(".msg-text")).to_have_text(EMAIL_CHANGE_NOTICE)
    expect(page.locator("[data-banner=approval]")).to_be_visible()
    expect(page.locator("[data-banner=approval]")).to_have_text(APPROVAL_BANNER)
    approval = ApprovalRequest.objects.get(run__conversation_id=conversation_id)
    assert (approval.status, approval.tool_name, approval.arguments) == (
        "pending",
        "change_email",
        {"new_email": "x@example.com"},
    )
    assert Customer.objects.get(ref="alice").email == "alice@example.com"
    page.screenshot(path=artifact("demo-flow-approval-375.png"))

    # 5. Typos and shouting still find the prices article.
    prices = say(page, "wht r ur prices???")
    assert_streamed(page, prices)
    prices_body, prices_sources = split_sources(prices.text)
    assert prices_sources == ["Prices, discounts and price matching"]
    expect(last_answer(page).locator(".msg-text")).to_have_text(prices_body)
    expect(last_answer(page).locator(".source-chip")).to_have_text(prices_sources)

    # 6. Spanish in, Spanish out (demo_shop/offline_replies.py words the order's state).
    spanish = say(page, "¿Cuándo llega mi pedido 1234?")
    assert spanish.text == (
        "El pedido 1234 (Wireless headphones, 89,00 $) está en camino, con entrega prevista el "
        f"{day(order.expected_on, 'es')}."
    )
    assert_streamed(page, spanish)
    expect(last_answer(page).locator(".msg-text")).to_have_text(spanish.text)

    page.screenshot(path=artifact("demo-flow-375.png"))
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=artifact("demo-flow-1280.png"))

    assert on_screen(page) == [
        ("customer", "where is my order 1234?"),
        ("assistant", where.text),
        ("customer", "can I return it?"),
        ("assistant", can_return.text),
        ("customer", "what's your warranty on headphones?"),
        ("assistant", warranty_body),
        ("customer", "change my email to x@example.com"),
        ("system", EMAIL_CHANGE_NOTICE),
        ("customer", "wht r ur prices???"),
        ("assistant", prices_body),
        ("customer", "¿Cuándo llega mi pedido 1234?"),
        ("assistant", spanish.text),
    ]
    expect(page.locator("[data-banner=approval]")).to_be_visible()
    expect(page.locator("[data-typing]")).to_be_hidden()
    frames = page.evaluate("window.__frames")
    # One socket the whole time (a reconnect would mean the server dropped it; see the daphne log).
    assert [f["type"] for f in frames].count("history") == 1
    assert list(Message.objects.filter(conversation_id=conversation_id).values_list("role", flat=True)) == [
        "customer",
        "assistant",
        "customer",
        "assistant",
        "customer",
        "assistant",
        "customer",
        "system",
        "customer",
        "assistant",
        "customer",
        "assistant",
    ]
    context.close()

    # "it" is the order the conversation pinned, as a language model reading its context takes it: the
    # offline model fills an optional order id from the pinned facts too.
    calls = list(ToolCall.objects.filter(run_id=can_return.run_id).values_list("tool_name", "arguments"))
    assert calls == [("return_policy", {"order_id": 1234})]
    policy = order.return_policy()
    assert can_return.text == (
        "Order 1234 (Wireless headphones) has not been delivered yet. Once it is, headphones & earbuds "
        f"can be returned within {policy.window_days} days of delivery. {policy.conditions}"
    )


def approve_as_manager(browser, live_url: str, approval: ApprovalRequest) -> None:
    """A manager approves. The outcome must reach the customer's page through the live server's
    channel layer: with Redis (REDIS_URL, shared with the server) the decision can be made here and its
    events cross processes; the in-memory layer cannot cross, so then the server makes the decision,
    asked over the HTTP API like a manager's tool would."""
    if settings.REDIS_URL:
        # In a thread: the test's thread hosts Playwright's event loop, and carrying the decision out
        # (eager Celery in the tests) runs async code through async_to_sync.
        def decide() -> None:
            try:
                actions.do_decide_approval(approval, actor=staff_user(), approve=True)
            finally:
                connections.close_all()

        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(decide).result(timeout=60)
        return
    manager = browser.new_context()
    try:
        response = manager.request.post(
            f"{live_url}/api/v1/approvals/{approval.pk}/approve",
            headers={"Authorization": f"Bearer {manager_key()}"},
            data={},
            timeout=60_000,
        )
        assert response.status == 200, response.text()
        assert response.json()["status"] == "executed"
    finally:
        manager.close()


def test_a_managers_approval_reaches_the_customers_page_live(browser, live_url, artifact):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.add_init_script(RECORD_STREAM)
    page.add_init_script(BLOCK_SYNC)
    conversation_id = sign_in(page, live_url, "Alice Martin")
    notice = say(page, "change my email to x@example.com")
    assert notice.text == EMAIL_CHANGE_NOTICE
    expect(page.locator("[data-banner=approval]")).to_be_visible()
    approval = ApprovalRequest.objects.get(run__conversation_id=conversation_id, status="pending")

    approve_as_manager(browser, live_url, approval)

    outcome = Message.objects.get(conversation_id=conversation_id, role="assistant")
    assert outcome.text == EMAIL_CHANGED
    expect(page.locator("[data-messages] > li[data-id]")).to_have_count(3, timeout=ANSWER_WAIT_MS)
    expect(page.locator("[data-banner=approval]")).to_be_hidden()
    assert on_screen(page) == [
        ("customer", "change my email to x@example.com"),
        ("system", EMAIL_CHANGE_NOTICE),
        ("assistant", EMAIL_CHANGED),
    ]
    expect(last_answer(page).locator(".msg-model")).to_have_text(OFFLINE_MODEL)
    page.screenshot(path=artifact("demo-flow-approved-375.png"))
    # It came by push: once, as a "message" event on the one socket the page opened (its sync frames
    # never left the page, see BLOCK_SYNC).
    frames = page.evaluate("window.__frames")
    assert [f["type"] for f in frames].count("history") == 1
    assert [f["type"] for f in frames if outcome.pk in message_ids(f)] == ["message"]
    page.reload()
    expect(page.locator("[data-status]")).to_have_attribute("data-state", "online")
    assert on_screen(page)[-1] == ("assistant", EMAIL_CHANGED)
    expect(page.locator("[data-banner=approval]")).to_be_hidden()
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "executed"
    assert Customer.objects.get(ref="alice").email == "x@example.com"
    context.close()
