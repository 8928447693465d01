"""Rate limits per customer and per client address (agents.ratelimits) where customer messages arrive:
the HTTP API (429 with Retry-After; per customer only) and the chat socket (a retryable error frame).
A refused message is not stored. Counted in memory, or in Redis (its own database number) when
REDIS_URL is set; a Redis that does not answer lets messages through."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import pytest
import redis
from asgiref.sync import sync_to_async
from django.conf import settings as django_settings
from django.db import connections
from django.test import Client
from limits.errors import StorageError

from agents import actions, ratelimits
from agents.models import Message
from agents.ratelimits import REFUSALS, RateLimited
from console.chat import turns
from tests import agents_for_tests
from tests.test_chat_consumer import (
    connected,
    events_until_turn_ends,
    send_message,
    socket,
    start_chat,
    stored,
)

REPLY = 'Done: {"summary": "Order 1234 is with DHL.", "carrier": "DHL"}'
# A port nothing listens on: connections are refused at once.
CLOSED_PORT_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture(autouse=True)
def _fresh_counts(settings):
    agents_for_tests.CALLS.clear()
    settings.HANDRAIL_RATE_LIMIT_USER = "20/minute"
    settings.HANDRAIL_RATE_LIMIT_IP = "60/minute"
    ratelimits.reset()
    yield
    with contextlib.suppress(StorageError):  # the tests of a Redis that does not answer
        ratelimits.reset()


@pytest.fixture(params=["memory", "redis"])
def backend(request, settings):
    """Each counting test runs on both storages; Redis only when REDIS_URL names one (CI)."""
    if request.param == "memory":
        settings.REDIS_URL = ""
    elif not django_settings.REDIS_URL:
        pytest.skip("needs REDIS_URL (CI provides Redis)")
    ratelimits.reset()
    return request.param


# --- counting --------------------------------------------------------------------------------------


def test_a_customer_past_the_limit_is_refused_with_the_seconds_to_wait(backend, settings):
    settings.HANDRAIL_RATE_LIMIT_USER = "3/minute"

    for _ in range(3):
        ratelimits.hit("alice", "10.0.0.1")
    with pytest.raises(RateLimited) as refused:
        ratelimits.hit("alice", "10.0.0.2")
    ratelimits.hit("bruno", "10.0.0.1")  # another customer on the same address still gets through

    assert (refused.value.code, refused.value.scope, refused.value.retryable) == (
        "rate_limited",
        "user",
        True,
    )
    assert refused.value.message == REFUSALS["user"]
    assert 1 <= refused.value.retry_after <= 60  # when the oldest of the three leaves the minute


def test_an_address_past_its_limit_is_refused_whoever_writes(backend, settings):
    settings.HANDRAIL_RATE_LIMIT_IP = "2/minute"

    ratelimits.hit("alice", "10.0.0.1")
    ratelimits.hit("bruno", "10.0.0.1")
    with pytest.raises(RateLimited) as refused:
        ratelimits.hit("chen", "10.0.0.1")
    ratelimits.hit("chen", "10.0.0.9")

    assert (refused.value.scope, refused.value.message) == ("ip", REFUSALS["ip"])


def test_an_empty_setting_turns_that_limit_off(backend, settings):
    settings.HANDRAIL_RATE_LIMIT_USER = ""
    settings.HANDRAIL_RATE_LIMIT_IP = "1/minute"

    for _n in range(30):
        ratelimits.hit("alice", None)  # no address known (a test socket): the customer limit only, off
    ratelimits.hit("alice", "10.0.0.1")
    with pytest.raises(RateLimited):
        ratelimits.hit("alice", "10.0.0.1")


@pytest.mark.redis
def test_counts_in_redis_are_shared_by_every_process(settings):
    """Another process has a limiter of its own over the same Redis: it sees the same counts."""
    if not django_settings.REDIS_URL:
        pytest.skip("needs REDIS_URL (CI provides Redis)")
    settings.HANDRAIL_RATE_LIMIT_USER = "2/minute"
    ratelimits.hit("alice", None)
    ratelimits.hit("alice", None)

    ratelimits._limiter = None  # what a second process starts with
    with pytest.raises(RateLimited):
        ratelimits.hit("alice", None)

    keys = redis.Redis.from_url(django_settings.REDIS_URL).keys(f"{ratelimits.REDIS_KEY_PREFIX}:*")
    assert [key.decode() for key in keys] == [f"{ratelimits.REDIS_KEY_PREFIX}:LIMITER/user/alice/2/1/minute"]


def test_a_redis_that_does_not_answer_lets_customers_through_and_says_so(settings, caplog):
    settings.REDIS_URL = CLOSED_PORT_REDIS
    settings.HANDRAIL_RATE_LIMIT_USER = "1/minute"

    with caplog.at_level(logging.WARNING, logger="agents.ratelimits"):
        for _ in range(5):
            ratelimits.hit("alice", "10.0.0.1")

    # One warning: after the failure Redis is left alone for a few seconds instead of being tried again.
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == [
        "rate limits are off for 5 s: their storage failed"
    ]


# --- the HTTP API ----------------------------------------------------------------------------------


def post_message(client: Client, key: str, conversation_id, text: str, address: str = "127.0.0.1"):
    return client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        {"text": text},
        "application/json",
        headers={"Authorization": f"Bearer {key}"},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def shop(db):
    row, key = actions.do_create_api_key("shop")
    return row, key


@pytest.mark.django_db
def test_the_api_answers_429_with_retry_after_and_stores_nothing(backend, settings, shop):
    settings.HANDRAIL_RATE_LIMIT_USER = "2/minute"
    row, key = shop
    conversation = actions.do_create_conversation(api_key=row, agent_name="t-two-calls", customer_ref="c-1")
    client = Client()

    answered = [post_message(client, key, conversation.pk, f"Where is my order 123{n}?") for n in range(2)]
    refused = post_message(client, key, conversation.pk, "And my order 1299?")

    assert [r.status_code for r in answered] == [200, 200]
    assert refused.status_code == 429
    assert refused.json() == {"code": "rate_limited", "message": REFUSALS["user"]}
    assert 1 <= int(refused["Retry-After"]) <= 60
    customer_texts = Message.objects.filter(conversation=conversation, role="customer")
    assert list(customer_texts.values_list("text", flat=True)) == [
        "Where is my order 1230?",
        "Where is my order 1231?",
    ]


@pytest.mark.django_db
def test_the_api_does_not_limit_by_address_its_caller_is_the_shops_server(backend, settings, shop):
    """One shop server posts for all of its customers from one address: only each customer is limited."""
    settings.HANDRAIL_RATE_LIMIT_IP = "2/minute"
    settings.HANDRAIL_RATE_LIMIT_USER = "1/minute"
    row, key = shop
    conversations = [
        actions.do_create_conversation(api_key=row, agent_name="t-two-calls", customer_ref=f"c-{n}")
        for n in range(3)
    ]
    client = Client()

    statuses = [
        post_message(client, key, conversation.pk, "Where is my order 1234?", "10.0.0.1").status_code
        for conversation in conversations
    ]
    again = post_message(client, key, conversations[0].pk, "And my order 1299?", "10.0.0.1")

    assert statuses == [200, 200, 200]
    assert again.status_code == 429
    assert again.json() == {"code": "rate_limited", "message": REFUSALS["user"]}


@pytest.mark.django_db
def test_the_api_keeps_answering_when_redis_is_down(settings, shop):
    settings.REDIS_URL = CLOSED_PORT_REDIS
    settings.HANDRAIL_RATE_LIMIT_USER = "1/minute"
    row, key = shop
    conversation = actions.do_create_conversation(api_key=row, agent_name="t-two-calls", customer_ref="c-1")
    client = Client()

    statuses = [
        post_message(client, key, conversation.pk, "Where is my order 1234?").status_code for _ in range(3)
    ]

    assert statuses == [200, 200, 200]


# --- the chat socket --------------------------------------------------------------------------------


@pytest.fixture
async def turns_finished():
    yield
    await asyncio.gather(*turns.running_turns(), return_exceptions=True)
    await sync_to_async(connections.close_all)()


@pytest.mark.django_db(transaction=True)
async def test_the_socket_refuses_with_a_retryable_error_and_the_resend_goes_through(
    backend, settings, turns_finished
):
    settings.HANDRAIL_RATE_LIMIT_USER = "1/minute"
    conversation, session = await start_chat()
    communicator, _ = await connected(conversation.pk, session)

    await send_message(communicator, "Where is my order 1234?")
    first_turn = await events_until_turn_ends(communicator)
    client_id = await send_message(communicator, "And my order 1299?")
    refused = await communicator.receive_json_from(timeout=20)
    stored_while_refused = await stored(conversation.pk)

    await sync_to_async(ratelimits.reset)()  # the minute has passed
    await send_message(communicator, "And my order 1299?", client_id)  # what the page does on its own
    resent = await events_until_turn_ends(communicator)
    await communicator.disconnect()

    assert first_turn[0]["type"] == "ack"
    # The page waits at most the window's rest before it sends again.
    assert 1 <= refused.pop("retry_after") <= 60
    assert refused == {
        "type": "error",
        "code": "rate_limited",
        "message": REFUSALS["user"],
        "retryable": True,
        "client_id": client_id,
    }
    assert stored_while_refused == [("customer", "Where is my order 1234?"), ("assistant", REPLY)]
    assert (resent[0]["type"], resent[0]["client_id"]) == ("ack", client_id)
    assert [text for role, text in await stored(conversation.pk) if role == "customer"] == [
        "Where is my order 1234?",
        "And my order 1299?",
    ]


@pytest.mark.django_db(transaction=True)
async def test_the_socket_counts_the_clients_address(backend, settings, turns_finished):
    settings.HANDRAIL_RATE_LIMIT_IP = "1/minute"
    first, first_session = await start_chat(customer_ref="alice")
    second, second_session = await start_chat(customer_ref="bruno")
    sockets = []
    for conversation, session in ((first, first_session), (second, second_session)):
        communicator, _ = await _connected_from(conversation.pk, session, "10.0.0.7")
        sockets.append(communicator)

    await send_message(sockets[0], "Where is my order 1234?")
    answered = await events_until_turn_ends(sockets[0])
    client_id = await send_message(sockets[1], "Where is my order 1234?")
    refused = await sockets[1].receive_json_from(timeout=20)
    for communicator in sockets:
        await communicator.disconnect()

    assert answered[0]["type"] == "ack"
    assert (refused["code"], refused["message"], refused["client_id"]) == (
        "rate_limited",
        REFUSALS["ip"],
        client_id,
    )
    assert await stored(second.pk) == []


async def _connected_from(conversation_id, session_key: str, address: str):
    communicator = socket(conversation_id, session_key)
    communicator.scope["client"] = [address, 50000]  # what daphne puts in the scope
    ok, _ = await communicator.connect(timeout=20)
    assert ok
    history = await communicator.receive_json_from(timeout=20)
    assert history["type"] == "history"
    return communicator, history
