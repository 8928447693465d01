"""The customer chat in a real headless Chromium, against a live daphne: what a customer sees.

The demo's own agent answers ("support", the offline demo model), so these are the words a visitor
of `make demo` reads. Screenshots land in test-artifacts/ (1280 and 375 px wide)."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from agents.models import Conversation, Message
from console.chat.presenters import split_sources

pytest_plugins = ["tests.browser"]
pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
ANSWER_WAIT_MS = 60_000  # the first answer loads the embedding model in the server
OFFLINE_MODEL = "Offline demo model (no LLM)"

# Records, in the page, every event the socket receives and what the streaming bubble shows after
# each change (to see it grow as deltas arrive). Recorded by the page itself, so both are complete
# whenever the page has drawn something.
RECORD_STREAM = """
window.__frames = [];
window.__streamTexts = [];
const PageWebSocket = window.WebSocket;
window.WebSocket = class extends PageWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener("message", (event) => window.__frames.push(JSON.parse(event.data)));
  }
};
new MutationObserver(() => {
  const shown = document.querySelector(".msg--streaming .msg-text");
  const seen = window.__streamTexts;
  if (shown && seen[seen.length - 1] !== shown.textContent) seen.push(shown.textContent);
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


@pytest.fixture(autouse=True)
def demo_shop():
    call_command("seed_demo", "--no-history", stdout=io.StringIO())


def sign_in(page: Page, live_url: str, customer_name: str) -> str:
    page.goto(f"{live_url}/chat/")
    page.get_by_role("button", name=re.compile(customer_name)).click()
    expect(page.locator("[data-status]")).to_have_attribute("data-state", "online")
    return page.url.removeprefix(f"{live_url}/chat/").strip("/")


def ask(page: Page, text: str, answers_before: int) -> None:
    page.evaluate("window.__streamTexts = []")
    page.get_by_label("Your message").fill(text)
    page.keyboard.press("Enter")
    expect(page.locator(".msg--assistant[data-id]")).to_have_count(answers_before + 1, timeout=ANSWER_WAIT_MS)


def visible_texts(frames: list[dict], run_id: str) -> list[str]:
    """What the streaming bubble should show after each event of a run: a delta adds to it, a reset
    empties it, a reconnect's history shows the server's snapshot of it."""
    texts, text = [], None
    for frame in frames:
        if frame["type"] == "history":
            snapshot = next((s for s in frame["streaming"] if s["run_id"] == run_id), None)
            if snapshot is None:
                continue
            text = snapshot["text"]
        elif frame.get("run_id") != run_id or frame["type"] not in ("delta", "reset"):
            continue
        else:
            text = "" if frame["type"] == "reset" else (text or "") + frame["text"]
        if not texts or texts[-1] != text:
            texts.append(text)
    return texts


def on_screen(page: Page) -> list[tuple[str, str]]:
    """(role, text) of every message bubble, top to bottom."""
    return [
        (re.search(r"msg--(\w+)", li.get_attribute("class")).group(1), li.locator(".msg-text").inner_text())
        for li in page.locator("[data-messages] > li").all()
    ]


def test_alice_chats_sees_the_answer_stream_in_with_its_sources_and_keeps_it(browser, live_url, artifact):
    alice = browser.new_context(viewport=PHONE)
    page = alice.new_page()
    page.add_init_script(RECORD_STREAM)
    conversation_id = sign_in(page, live_url, "Alice Martin")
    expect(page.locator("[data-welcome]")).to_be_visible()

    ask(page, "where is my order 1234?", answers_before=0)

    order_answer = Message.objects.filter(conversation_id=conversation_id, role="assistant").get()
    run_id = str(order_answer.run_id)
    streamed = page.evaluate("window.__streamTexts")
    frames = page.evaluate("window.__frames")
    deltas = [f["text"] for f in frames if f["type"] == "delta" and f.get("run_id") == run_id]
    # One socket the whole time: a reconnect would mean the server dropped it (see the daphne log in
    # test-artifacts/), which the page survives but a customer should never need.
    assert [f["type"] for f in frames].count("history") == 1
    # Word by word, as the offline model streams: the bubble grew with every delta, and the deltas
    # add up to the stored answer.
    assert "".join(deltas) == order_answer.text
    assert len(deltas) == len(re.findall(r"\S+\s*|\s+", order_answer.text))
    assert streamed == visible_texts(frames, run_id)
    assert streamed[-1] == order_answer.text
    bubble = page.locator(".msg--assistant[data-id]").last
    expect(bubble.locator(".msg-text")).to_have_text(order_answer.text)
    assert "1234" in order_answer.text
    expect(bubble.locator(".msg-model")).to_have_text(OFFLINE_MODEL)
    expect(bubble.locator(".msg-author")).to_have_text("Assistant")
    expect(page.locator("[data-typing]")).to_be_hidden()

    ask(page, "How long does shipping take?", answers_before=1)

    shipping = Message.objects.filter(conversation_id=conversation_id, role="assistant").order_by("id").last()
    body, sources = split_sources(shipping.text)
    cited = page.locator(".msg--assistant[data-id]").last
    expect(cited.locator(".msg-text")).to_have_text(body)
    expect(cited.locator(".source-chip")).to_have_text(sources)
    # The help centre's article titles are the demo shop's to change; that the answer cites some is not.
    assert sources, f"the answer cites no help article: {shipping.text!r}"
    assert "Sources:" not in cited.locator(".msg-text").inner_text()
    page.screenshot(path=artifact("chat-alice-375.png"))
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=artifact("chat-alice-1280.png"))

    seen = on_screen(page)
    page.reload()
    expect(page.locator("[data-status]")).to_have_attribute("data-state", "online")

    assert seen == [
        ("customer", "where is my order 1234?"),
        ("assistant", order_answer.text),
        ("customer", "How long does shipping take?"),
        ("assistant", body),
    ]
    assert on_screen(page) == seen
    expect(page.locator(".msg--assistant[data-id]").last.locator(".source-chip")).to_have_text(sources)
    alice.close()


def test_bruno_does_not_see_alices_conversation(browser, live_url, artifact):
    alice = browser.new_context(viewport=DESKTOP)
    alice_page = alice.new_page()
    alices = sign_in(alice_page, live_url, "Alice Martin")
    ask(alice_page, "where is my order 1234?", answers_before=0)
    bruno = browser.new_context(viewport=PHONE)
    page = bruno.new_page()
    page.goto(f"{live_url}/chat/")
    page.screenshot(path=artifact("chat-sign-in-375.png"))

    brunos = sign_in(page, live_url, "Bruno Silva")

    assert brunos != alices
    expect(page.locator("[data-messages] > li")).to_have_count(0)
    expect(page.locator("[data-welcome]")).to_contain_text("Hi Bruno")
    page.screenshot(path=artifact("chat-bruno-welcome-375.png"))
    response = page.goto(f"{live_url}/chat/{alices}/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="We can't find that conversation")).to_be_visible()
    assert "1234" not in page.content()
    assert Conversation.objects.filter(customer_ref="bruno").count() == 1
    alice.close()
    bruno.close()


def test_a_message_written_while_the_connection_is_down_is_sent_once_it_is_back(browser, live_url, artifact):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    network = {"up": True}
    sockets = []

    def route(ws):
        if not network["up"]:
            ws.close(code=4000, reason="network down")
            return
        sockets.append((ws, ws.connect_to_server()))

    page.route_web_socket(re.compile(r"/ws/chat/"), route)
    conversation_id = sign_in(page, live_url, "Alice Martin")

    network["up"] = False
    page_side, server_side = sockets[-1]
    server_side.close(code=1001, reason="gone")
    page_side.close(code=4000, reason="network down")
    expect(page.locator("[data-banner=connection]")).to_be_visible()
    expect(page.locator("[data-status]")).to_have_attribute("data-state", "reconnecting")
    page.get_by_label("Your message").fill("where is my order 1234?")
    page.keyboard.press("Enter")
    expect(page.locator(".msg--pending .msg-status")).to_have_text("Sending…")
    page.screenshot(path=artifact("chat-reconnecting-375.png"))
    network["up"] = True

    expect(page.locator(".msg--assistant[data-id]")).to_have_count(1, timeout=ANSWER_WAIT_MS)
    expect(page.locator("[data-banner=connection]")).to_be_hidden()
    expect(page.locator(".msg--pending")).to_have_count(0)
    stored = list(
        Message.objects.filter(conversation_id=conversation_id).order_by("id").values_list("role", "text")
    )
    assert [role for role, _ in stored] == ["customer", "assistant"]
    assert stored[0][1] == "where is my order 1234?"
    context.close()
