"""The operator console's two must-shows, in headless Chromium against a live daphne, each with two
browser contexts (a customer's chat and an operator's console) open at the same time.

Every action is taken where a person takes it, in a page (or an HTTP request) the live server answers:
the server is another process, and its pushes reach the pages only from actions it runs itself (with
the in-memory channel layer nothing the test process does can reach the server's sockets).

Screenshots land in test-artifacts/ (console-*.png)."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from playwright.sync_api import Page, expect

from agents.models import ApprovalRequest, Conversation, Escalation, Message
from console.chat.presenters import split_sources
from demo_shop.models import Order, Refund
from demo_shop.wording import day
from tests.runtime_helpers import staff_user
from tests.test_chat_browser import RECORD_STREAM, on_screen, sign_in
from tracing.models import ToolCall

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

CONSOLE = {"width": 1440, "height": 900}
CHAT = {"width": 420, "height": 800}
# The first answer loads the embedding model in the server: on a busy 2-core machine that alone can
# take a minute. Later answers and pushes take about a second.
ANSWER_WAIT_MS = 120_000
PUSH_WAIT_MS = 30_000
PASSWORD = "x-test-password-1"  # tests.runtime_helpers.staff_user's
# Set on the page before the customer acts: still there afterwards, the page was never reloaded or left.
MARK_PAGE = "window.__notReloaded = true"
NOT_RELOADED = "window.__notReloaded === true"
BACK_WITH_THE_BOT = "You're chatting with our assistant again. Write here any time if you need more help."


def handed_over(escalation: Escalation) -> str:
    return (
        f"Of course. A person from our team will take over this conversation (ticket {escalation.ticket}). "
        "They will see everything written here so far."
    )


@pytest.fixture(scope="module")
def live_url(live_url_runs_tasks_in_process, live_url):
    return live_url


@pytest.fixture(scope="module")
def live_url_runs_tasks_in_process() -> Iterator[None]:
    """With REDIS_URL the production settings queue Celery tasks for a worker, and no worker runs
    here: the live server carries a decision out itself, right after the commit, as it does without
    Redis. (Requested before tests.browser's live_url, which passes this environment to daphne.)"""
    previous = os.environ.get("CELERY_TASK_ALWAYS_EAGER")
    os.environ["CELERY_TASK_ALWAYS_EAGER"] = "true"
    yield
    if previous is None:
        os.environ.pop("CELERY_TASK_ALWAYS_EAGER", None)
    else:
        os.environ["CELERY_TASK_ALWAYS_EAGER"] = previous


@pytest.fixture(autouse=True)
def demo_shop():
    call_command("seed_demo", "--no-history", stdout=io.StringIO())


def console_user(username: str, role: str) -> None:
    """A staff member who can sign in on the live server. The tests hash passwords with MD5 (fast),
    which the server's production settings do not accept; PBKDF2 with few rounds they do (a hash
    carries its own round count)."""
    user = staff_user(username, role)
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt(), iterations=1000)
    user.save(update_fields=["password"])


def console_sign_in(page: Page, live_url: str, username: str) -> None:
    page.goto(f"{live_url}/console/login/")
    page.get_by_test_id("login-username").fill(username)
    page.get_by_test_id("login-password").fill(PASSWORD)
    page.get_by_test_id("login-submit").click()
    expect(page).to_have_url(f"{live_url}/console/")
    expect(page.locator("[data-live]")).to_have_attribute("data-state", "online", timeout=PUSH_WAIT_MS)


def say(page: Page, text: str) -> Message:
    """Send `text` as the customer and wait until something stored answers it on screen."""
    conversation_id = conversation_of(page)
    stored_before = page.locator("[data-messages] > li[data-id]").count()
    page.get_by_label("Your message").fill(text)
    page.keyboard.press("Enter")
    expect(page.locator("[data-messages] > li[data-id]")).to_have_count(
        stored_before + 2, timeout=ANSWER_WAIT_MS
    )
    expect(page.locator(".msg--streaming")).to_have_count(0)
    asked = Message.objects.get(conversation_id=conversation_id, role="customer", text=text)
    return Message.objects.filter(conversation_id=conversation_id, id__gt=asked.pk).order_by("id").first()


def conversation_of(page: Page) -> str:
    return page.url.rstrip("/").rsplit("/", 1)[-1]


def waiting_badge(page: Page):
    """The count of open escalations and pending approvals next to "Inbox", on every console page."""
    return page.locator("#waiting-badge [data-waiting-count]")


def inbox_rows(page: Page, kind: str):
    return page.locator(f"[data-testid=inbox-row][data-kind={kind}]")


def sockets_opened(page: Page) -> int:
    """How many times the chat page connected (each connection starts with one history frame)."""
    return [frame["type"] for frame in page.evaluate("window.__frames")].count("history")


def console_and_chat(browser, live_url: str, person: tuple[str, str], kind: str):
    """A staff person's inbox open (empty of `kind` rows, marked so a reload would show) and, in another
    browser context, Alice's chat: (console page, chat page, conversation id)."""
    username, role = person
    console_user(username, role)
    console = browser.new_context(viewport=CONSOLE).new_page()
    console_sign_in(console, live_url, username)
    expect(inbox_rows(console, kind)).to_have_count(0)
    console.evaluate(MARK_PAGE)
    chat = browser.new_context(viewport=CHAT).new_page()
    chat.add_init_script(RECORD_STREAM)
    return console, chat, sign_in(chat, live_url, "Alice Martin")


def test_a_person_takes_over_from_the_bot_live_and_hands_back(browser, live_url, artifact):
    console, chat, conversation_id = console_and_chat(browser, live_url, ("sam", "support"), "escalation")
    expect(console.get_by_test_id("escalation-count")).to_have_text("0")
    where = say(chat, "where is my order 1234?")
    arrives = day(Order.objects.get(number=1234).expected_on)
    assert (where.role, where.text) == (
        "assistant",
        f"Order 1234 (Wireless headphones, $89.00) is on its way with DHL, expected on {arrives}.",
    )

    told = say(chat, "I want to talk to a person")

    escalation = Escalation.objects.get(conversation_id=conversation_id)
    assert (escalation.status, escalation.reason_code) == ("open", "customer_asked_for_human")
    assert Conversation.objects.get(pk=conversation_id).holder == "human_queue"
    assert (told.role, told.text) == ("system", handed_over(escalation))
    # The operator's inbox shows it without a reload: the row came with a push.
    row = inbox_rows(console, "escalation")
    expect(row).to_have_count(1, timeout=PUSH_WAIT_MS)
    expect(row).to_have_attribute("data-id", str(escalation.pk))
    expect(row).to_have_attribute("data-status", "open")
    expect(row).to_have_attribute("data-conversation", conversation_id)
    expect(console.get_by_test_id("escalation-count")).to_have_text("1")
    expect(console).to_have_title("(1) Inbox · Handrail")
    assert console.evaluate(NOT_RELOADED)
    console.screenshot(path=artifact("console-inbox-live-row.png"))

    row.get_by_test_id("inbox-row-link").click()
    expect(console).to_have_url(f"{live_url}/console/escalations/{escalation.pk}/")
    expect(console.get_by_test_id("escalation-status")).to_have_text("Open")
    console.get_by_test_id("claim-button").click()
    expect(console.get_by_test_id("escalation-status")).to_have_text("Claimed")
    expect(console.get_by_test_id("assignee")).to_have_text("you")
    reply = "Hi Alice, I'm Sam from the support team. Let me check order 1234 with DHL for you."
    console.get_by_test_id("reply-box").fill(reply)
    console.get_by_test_id("reply-send").click()
    sent = console.locator("[data-testid=transcript-message][data-role=human_agent]")
    expect(sent).to_have_count(1)
    expect(sent.locator(".msg-body")).to_have_text(reply)
    expect(console.get_by_test_id("reply-box")).to_have_value("")
    stored = Message.objects.get(conversation_id=conversation_id, role="human_agent")
    assert (stored.text, stored.author.username, stored.author_name) == (reply, "sam", "Sam")

    # The customer reads it in the same chat window, under Sam's name, pushed to the socket it had.
    from_sam = chat.locator(".msg--human_agent")
    expect(from_sam).to_have_count(1, timeout=PUSH_WAIT_MS)
    expect(from_sam.locator(".msg-text")).to_have_text(reply)
    expect(from_sam.locator(".msg-author")).to_have_text("Sam · Support team")
    expect(chat.locator("[data-banner=handoff]")).to_contain_text(
        "You're chatting with a person from our team."
    )
    assert sockets_opened(chat) == 1
    console.screenshot(path=artifact("console-conversation-claimed.png"))

    note = "Told Alice that DHL has order 1234; the bot can take her other questions."
    console.get_by_test_id("hand-back-open").click()
    console.get_by_test_id("hand-back-note").fill(note)
    console.get_by_test_id("hand-back-submit").click()
    expect(console.get_by_test_id("escalation-status")).to_have_text("Handed back")
    escalation.refresh_from_db()
    assert (escalation.status, escalation.handback_note) == ("handed_back", note)
    expect(chat.locator("[data-banner=handoff]")).to_be_hidden(timeout=PUSH_WAIT_MS)
    expect(chat.locator("[data-messages] > li[data-id]").last.locator(".msg-text")).to_have_text(
        BACK_WITH_THE_BOT
    )

    warranty = say(chat, "what's your warranty on headphones?")

    assert warranty.role == "assistant"
    body, sources = split_sources(warranty.text)
    assert sources[0] == "Warranty on headphones and earbuds"
    answer = chat.locator("[data-messages] > li[data-id]").last
    expect(answer.locator(".msg-text")).to_have_text(body)
    expect(answer.locator(".source-chip")).to_have_text(sources)
    expect(answer.locator(".msg-author")).to_have_text("Assistant")
    assert Escalation.objects.filter(conversation_id=conversation_id).count() == 1
    assert Conversation.objects.get(pk=conversation_id).holder == "bot"
    assert sockets_opened(chat) == 1
    assert on_screen(chat) == [
        ("customer", "where is my order 1234?"),
        ("assistant", where.text),
        ("customer", "I want to talk to a person"),
        ("system", told.text),
        ("human_agent", reply),
        ("system", BACK_WITH_THE_BOT),
        ("customer", "what's your warranty on headphones?"),
        ("assistant", body),
    ]
    console.context.close()
    chat.context.close()


def waiting_escalation() -> Escalation:
    """A conversation the bot handed to the queue, as the runtime leaves it (written here: the runtime's
    own entry points run async code, which the browser's event loop in this thread forbids)."""
    conversation = Conversation.objects.create(
        agent_name="shop", customer_ref="alice", holder=Conversation.Holder.HUMAN_QUEUE
    )
    Message.objects.create(conversation=conversation, role="customer", text="Where is my order 7?")
    return Escalation.objects.create(conversation=conversation, reason_code="customer_asked_for_human")


def test_a_reply_sent_as_the_composer_is_redrawn_leaves_the_box_empty_and_a_refused_one_keeps_its_text(
    browser, live_url, artifact
):
    """The composer is redrawn whenever the conversation changes hands (a push asks for the header, the
    composer comes with it out of band). A reply sent a moment before such a push was stored and shown,
    but its text stayed in the box, ready to be sent twice: htmx tells of the answer on the send button,
    and a button the redraw has removed tells nobody. And a refused reply must keep its text and say why,
    next to the box."""
    console_user("sam", "support")
    escalation = waiting_escalation()
    console = browser.new_context(viewport=CONSOLE).new_page()
    console_sign_in(console, live_url, "sam")
    console.goto(f"{live_url}/console/escalations/{escalation.pk}/")
    console.get_by_test_id("claim-button").click()
    expect(console.get_by_test_id("escalation-status")).to_have_text("Claimed")

    # The reply is held on its way until the composer has been redrawn under it.
    held = []
    reply_url = re.compile(re.escape(f"/console/escalations/{escalation.pk}/reply/") + "$")

    def hold(route) -> None:
        held.append(route)

    console.route(reply_url, hold)
    reply = "Hi Alice, order 7 left the warehouse this morning."
    console.get_by_test_id("reply-box").fill(reply)
    console.evaluate("document.querySelector('[data-testid=reply-send]').dataset.before = 'redraw'")
    console.get_by_test_id("reply-send").click()
    console.evaluate("document.body.dispatchEvent(new CustomEvent('console:holder'))")
    expect(console.locator("[data-testid=reply-send]:not([data-before])")).to_have_count(1)
    for _ in range(200):  # Playwright hands the held request over while this thread waits on it
        if held:
            break
        console.wait_for_timeout(50)
    assert len(held) == 1, "the reply was not sent"
    held[0].continue_()
    sent = console.locator("[data-testid=transcript-message][data-role=human_agent]")
    expect(sent.locator(".msg-body")).to_have_text([reply])
    expect(console.get_by_test_id("reply-box")).to_have_value("")
    assert list(Message.objects.filter(role="human_agent").values_list("text", flat=True)) == [reply]
    console.unroute(reply_url)

    # Meanwhile a manager gave the conversation to Tom (no push reaches this page from the test).
    tom = staff_user("tom", "support")
    Escalation.objects.filter(pk=escalation.pk).update(assignee=tom)
    second = "And the tracking number is on its way to your inbox."
    console.get_by_test_id("reply-box").fill(second)
    console.get_by_test_id("reply-send").click()
    expect(console.locator("#composer-error")).to_contain_text("Tom has this conversation")
    expect(console.get_by_test_id("reply-box")).to_have_value(second)
    expect(sent).to_have_count(1)
    assert Message.objects.filter(role="human_agent").count() == 1
    console.screenshot(path=artifact("console-reply-refused-keeps-text.png"))
    console.context.close()


# Both requests posted by the manager's page at once, as a double click or two tabs would: the page's
# own form fields (CSRF token, the arguments hash it showed), and the header htmx sends, so each answer
# is the decision panel with its status code rather than a redirect.
APPROVE_TWICE_AT_ONCE = """
async () => {
  const form = document.querySelector("form.decision-approve");
  const post = async () => {
    const init = { method: "POST", body: new FormData(form), headers: { "HX-Request": "true" } };
    const response = await fetch(form.action, init);
    return { status: response.status, text: await response.text() };
  };
  return Promise.all([post(), post()]);
}
"""


def refund_asked(order: int) -> str:
    return (
        f"Refund everything not yet refunded on order {order}: this needs a manager's approval. I'll let you "
        "know here as soon as it is decided."
    )


REFUNDED = (
    "Refunded {amount} on order {order} to the original payment method; it shows on the statement "
    "within 5-10 business days (1-2 for PayPal).{left}"
)


def test_a_manager_edits_and_approves_a_refund_live_and_it_runs_once(browser, live_url, artifact):
    seeded_refunds = Refund.objects.count()
    console, chat, conversation_id = console_and_chat(browser, live_url, ("maria", "manager"), "approval")
    notice = say(chat, "I want a refund for order 1234, it arrived broken")

    assert (notice.role, notice.text) == ("system", refund_asked(1234))
    expect(chat.locator("[data-banner=approval]")).to_be_visible()
    approval = ApprovalRequest.objects.get(run__conversation_id=conversation_id)
    asked = {"order_id": 1234, "amount": None, "reason": "customer request"}
    assert (approval.status, approval.tool_name, approval.arguments, approval.amount) == (
        "pending",
        "refund_order",
        asked,
        Decimal("89.00"),
    )
    # The manager's inbox shows it without a reload.
    row = inbox_rows(console, "approval")
    expect(row).to_have_count(1, timeout=PUSH_WAIT_MS)
    expect(row).to_have_attribute("data-id", str(approval.pk))
    expect(row).to_have_attribute("data-conversation", conversation_id)
    expect(console.get_by_test_id("approval-count")).to_have_text("1")
    assert console.evaluate(NOT_RELOADED)

    row.get_by_test_id("inbox-row-link").click()
    expect(console).to_have_url(f"{live_url}/console/approvals/{approval.pk}/")
    expect(console.get_by_test_id("approval-status")).to_have_text("Pending")
    expect(console.get_by_test_id("approval-amount")).to_have_text("$89.00")
    console.get_by_test_id("edit-open").click()
    console.get_by_test_id("edit-field-amount").fill("40.00")
    reason = "Only the left ear cup is broken; we agreed on a partial refund."
    console.get_by_test_id("edit-reason").fill(reason)
    console.get_by_test_id("edit-approve-button").click()

    expect(console.get_by_test_id("approval-status")).to_have_text("Executed", timeout=PUSH_WAIT_MS)
    expect(console.get_by_test_id("approval-amount")).to_have_text("$40.00")
    amount_row = console.locator("[data-testid=argument-row][data-key=amount]")
    expect(amount_row.get_by_test_id("argument-asked")).to_have_text("not set (tool default)")
    expect(amount_row.get_by_test_id("argument-to-run")).to_have_text("40.00")
    expect(console.get_by_test_id("decision-outcome")).to_contain_text(f"Approved by maria: “{reason}”")
    expect(waiting_badge(console)).to_have_attribute("data-waiting-count", "0")
    console.screenshot(path=artifact("console-approval-edited.png"), full_page=True)
    approval.refresh_from_db()
    assert approval.status == "executed"
    assert approval.arguments == asked  # what the agent asked, as it asked it
    assert approval.approved_arguments == {**asked, "amount": "40.00"}  # what ran
    assert (approval.edit_reason, approval.edited_by, approval.decided_by) == (reason, "maria", "maria")
    # The refund tool ran once, with the edited amount.
    assert list(Refund.objects.filter(order__number=1234).values_list("amount", flat=True)) == [
        Decimal("40.00")
    ]
    traced = ToolCall.objects.filter(tool_name="refund_order", run__conversation_id=conversation_id)
    assert list(traced.values_list("arguments", flat=True)) == [approval.approved_arguments]

    # The customer's page shows the outcome without a reload.
    refunded = REFUNDED.format(amount="$40.00", order=1234, left=" $49.00 is left on the order.")
    expect(chat.locator("[data-messages] > li[data-id]")).to_have_count(3, timeout=PUSH_WAIT_MS)
    expect(chat.locator("[data-banner=approval]")).to_be_hidden()
    assert on_screen(chat) == [
        ("customer", "I want a refund for order 1234, it arrived broken"),
        ("system", refund_asked(1234)),
        ("assistant", refunded),
    ]
    assert sockets_opened(chat) == 1
    chat.context.close()

    # Bruno asks for a refund too; the manager's page posts its approval twice at the same moment.
    console.get_by_test_id("nav-inbox").click()
    expect(console).to_have_url(f"{live_url}/console/")
    expect(console.locator("[data-live]")).to_have_attribute("data-state", "online", timeout=PUSH_WAIT_MS)
    console.evaluate(MARK_PAGE)
    bruno = browser.new_context(viewport=CHAT)
    brunos_chat = bruno.new_page()
    brunos_chat.add_init_script(RECORD_STREAM)
    brunos = sign_in(brunos_chat, live_url, "Bruno Silva")
    assert say(brunos_chat, "I want a refund for order 2003, it arrived broken").text == refund_asked(2003)
    second = ApprovalRequest.objects.get(run__conversation_id=brunos)
    row = inbox_rows(console, "approval")
    expect(row).to_have_count(1, timeout=PUSH_WAIT_MS)
    expect(row).to_have_attribute("data-id", str(second.pk))
    assert console.evaluate(NOT_RELOADED)
    row.get_by_test_id("inbox-row-link").click()
    expect(console.get_by_test_id("approve-button")).to_be_visible()

    answers = console.evaluate(APPROVE_TWICE_AT_ONCE)

    assert sorted(answer["status"] for answer in answers) == [200, 409]
    refused = next(answer["text"] for answer in answers if answer["status"] == 409)
    # Still being carried out, or done, when the second post arrived; either way it was not run again.
    assert re.search(
        r'data-testid="decision-error">this approval was already (approved|executed) by maria<', refused
    )
    expect(console.get_by_test_id("approval-status")).to_have_text("Executed", timeout=PUSH_WAIT_MS)
    second.refresh_from_db()
    assert (second.status, second.approved_arguments) == ("executed", second.arguments)
    assert list(Refund.objects.filter(order__number=2003).values_list("amount", flat=True)) == [
        Decimal("329.00")
    ]
    expect(brunos_chat.locator("[data-messages] > li[data-id]")).to_have_count(3, timeout=PUSH_WAIT_MS)
    assert on_screen(brunos_chat)[-1] == ("assistant", REFUNDED.format(amount="$329.00", order=2003, left=""))
    assert Refund.objects.count() == seeded_refunds + 2
    console.context.close()
    bruno.close()
