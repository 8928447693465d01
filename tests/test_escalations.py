"""Escalations, from the runtime that creates them to the people who take them (reviews.actions).

The runtime escalates with a reason, what the bot knew and what it tried, and the conversation is
held in the same commit; while a person holds it the bot is silent. A person claims it (of two at
once, one wins), replies under their name, leaves notes the customer never sees, hands back (the bot
resumes with the note and the human part of the conversation in its context, and does not escalate
again for the same reason) or resolves. Every action checks the role, writes one audit entry and
tells the live views only after its commit.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError, transaction

from agents import actions, checkpoints, events, roles
from agents.checkpoints import HANDBACK_PIN
from agents.context import PINNED_HEADING
from agents.definitions import get_agent
from agents.errors import InputError
from agents.guards.output import CANARY_LINE, canary_for
from agents.guards.untrusted import STANDING_RULE
from agents.models import Conversation, Escalation, Message, Run
from console.chat.presenters import history
from reviews import actions as reviews
from reviews.actions import HANDED_BACK_NOTICE, RESOLVED_NOTICE, EscalationConflict
from reviews.models import InternalNote
from tests import agents_for_tests
from tests.live_events import IN_MEMORY_LAYER, GroupListener
from tests.runtime_helpers import race, staff_user, start_turn
from tracing.models import AuditEntry, LLMCall

HANDOFF_NOTICE = (
    "I'm sorry, I can't answer this right now. A person from our team will take over this "
    "conversation (ticket {ticket})."
)
HUMAN_REQUESTED_NOTICE = (
    "Of course. A person from our team will take over this conversation (ticket {ticket}). They will see "
    "everything written here so far."
)
REPHRASE = "I'm sorry, I couldn't work that out. Could you tell me again in other words what you need?"
CLARIFY = "Do you mean an order question or a refund?"
ORDER_ANSWER = 'Done: {"summary": "Order 1234 is with DHL.", "carrier": "DHL"}'
DENIED = "taking over conversations needs the support or manager role"


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()


@pytest.fixture
def layer(settings):
    settings.CHANNEL_LAYERS = IN_MEMORY_LAYER
    return get_channel_layer()


def escalate(agent: str = "t-looping", text: str = "Where is my order 1234?") -> Escalation:
    intake, _ = start_turn(agent, text)
    return Escalation.objects.get(run_id=intake.run.pk)


def claimed(agent: str = "t-looping", text: str = "Where is my order 1234?") -> tuple[Escalation, Any]:
    escalation = escalate(agent, text)
    sam = staff_user("sam", "support")
    return reviews.do_claim_escalation(escalation, sam), sam


def customer_says(conversation_id: Any, text: str):
    """The customer's next message, and the bot's turn if the bot holds the conversation."""
    intake = actions.do_post_customer_message(Conversation.objects.get(pk=conversation_id), text)
    outcome = async_to_sync(actions.execute_claimed_run)(intake) if intake.run else None
    return intake, outcome


def conversation_messages(conversation_id: Any) -> list[tuple[str, str]]:
    return list(
        Message.objects.filter(conversation_id=conversation_id).order_by("id").values_list("role", "text")
    )


def holder(conversation_id: Any) -> str:
    return Conversation.objects.values_list("holder", flat=True).get(pk=conversation_id)


def state_of(escalation: Escalation) -> dict[str, Any]:
    """Everything an action on the escalation could change."""
    return {
        "escalation": Escalation.objects.filter(pk=escalation.pk)
        .values("status", "assignee_id", "claimed_at", "closed_at", "handback_note")
        .get(),
        "conversation": Conversation.objects.filter(pk=escalation.conversation_id)
        .values("holder", "handback_note", "handback_reason")
        .get(),
        "messages": list(Message.objects.order_by("id").values_list("id", "role", "text")),
        "notes": list(InternalNote.objects.values_list("id", "text")),
        "audit": list(AuditEntry.objects.values_list("id", "action")),
    }


# --- the runtime escalates ------------------------------------------------------------------------

LOOP_REASONING = "\n".join(["Model: Checking again.", "Model asked for: fetch_order"] * 3)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("agent", "text", "reason", "run_status", "detail", "stopped", "reasoning", "attempted"),
    [
        pytest.param(
            "support",
            "I want to talk to a human",
            "customer_asked_for_human",
            "handed_off",
            "human",
            "customer asked for human (router: human (1.00))",
            "Routed as human (100%, language en) -> escalate",
            [],
            id="customer-asks-for-a-human-on-the-demo-desk",
        ),
        pytest.param(
            "t-desk-escalating",
            "maybe something about my order",
            "low_confidence",
            "handed_off",
            "orders",
            "low confidence (router: orders (0.40))",
            "Routed as orders (40%, language en) -> escalate",
            [],
            id="router-unsure",
        ),
        pytest.param(
            "t-looping",
            "Where is my order 7?",
            "looping",
            "looping",
            "",
            "looping (fetch_order called 3 times with the same arguments)",
            LOOP_REASONING,
            [
                {"tool": "fetch_order", "arguments": {"order_id": 7}, "status": "ok"},
                {"tool": "fetch_order", "arguments": {"order_id": 7}, "status": "ok"},
                {"tool": "fetch_order", "arguments": {"order_id": 7}, "status": "not run"},
            ],
            id="loop",
        ),
        pytest.param(
            "t-chatty",
            "Check all my orders",
            "step_limit",
            "limit_exceeded",
            "",
            "step limit (step_limit)",
            "Model asked for: fetch_order\nModel asked for: fetch_order\nModel asked for: fetch_order",
            [
                {"tool": "fetch_order", "arguments": {"order_id": 1}, "status": "ok"},
                {"tool": "fetch_order", "arguments": {"order_id": 2}, "status": "ok"},
                {"tool": "fetch_order", "arguments": {"order_id": 3}, "status": "not run"},
            ],
            id="step-limit",
        ),
        pytest.param(
            "t-crashing",
            "hi",
            "fatal_error",
            "failed",
            "",
            "fatal error (RuntimeError: the script broke)",
            "",
            [],
            id="fatal-error",
        ),
        pytest.param(
            "t-no-script",
            "I need help with my account",
            "providers_exhausted",
            "handed_off",
            "",
            "providers exhausted (no script named 'missing-script')",
            "",
            [],
            id="providers-exhausted",
        ),
    ],
)
def test_each_trigger_escalates_with_what_the_bot_knew_and_holds_the_conversation(
    agent, text, reason, run_status, detail, stopped, reasoning, attempted
):
    intake, outcome = start_turn(agent, text, customer_ref="alice")

    run = Run.objects.get(pk=intake.run.pk)
    escalation = Escalation.objects.get(conversation_id=run.conversation_id)
    assert escalation.run_id == run.pk
    assert (escalation.reason_code, escalation.reason_detail) == (reason, detail)
    assert escalation.summary == f"Customer: {text}\nStopped: {stopped}"
    assert escalation.reasoning == reasoning
    assert escalation.attempted_actions == attempted
    assert (escalation.status, escalation.assignee, escalation.claimed_at) == ("open", None, None)
    assert (run.status, run.error_code) == (run_status, reason)
    conversation = Conversation.objects.get(pk=run.conversation_id)
    assert (conversation.holder, conversation.handback_note, conversation.handback_reason) == (
        "human_queue",
        "",
        "",
    )
    # Asking for a person is no failure: no apology then.
    said = HUMAN_REQUESTED_NOTICE if reason == "customer_asked_for_human" else HANDOFF_NOTICE
    notice = said.format(ticket=escalation.ticket)
    assert (outcome.status, outcome.reply, outcome.handoff_ticket) == (run_status, notice, escalation.ticket)
    assert conversation_messages(run.conversation_id) == [("customer", text), ("system", notice)]


@pytest.mark.django_db(transaction=True)
def test_a_committed_escalation_appears_in_every_operators_inbox(layer):
    inbox = GroupListener(layer, events.INBOX_GROUP)

    escalation = escalate()

    conversation_id = str(escalation.conversation_id)
    assert inbox.events() == [
        {
            "type": "inbox.changed",
            "kind": "escalation",
            "id": str(escalation.pk),
            "conversation_id": conversation_id,
            "change": "created",
        }
    ]


@pytest.mark.django_db(transaction=True)
def test_a_failed_escalation_commit_leaves_no_escalation_no_held_conversation_and_no_event(
    layer, monkeypatch
):
    """The escalation, the holder and the notice are one transaction: a failure writing any part of
    it (here the notice) leaves none of them, and announces nothing."""
    inbox = GroupListener(layer, events.INBOX_GROUP)

    def disk_full(rows):
        raise DatabaseError("disk full")

    monkeypatch.setattr(checkpoints.MESSAGE_INSERT, "execute", disk_full)
    intake, outcome = start_turn("t-looping")

    assert (outcome.reply, outcome.error_code) == (actions.SORRY, "runtime_unavailable")
    assert Escalation.objects.count() == 0
    assert holder(intake.message.conversation_id) == "bot"
    assert inbox.events() == []


@pytest.mark.django_db
@pytest.mark.parametrize("is_claimed", [False, True], ids=["waiting-in-the-queue", "claimed"])
def test_while_a_person_holds_the_conversation_the_bot_is_silent_and_operators_see_the_message(
    is_claimed, layer, django_capture_on_commit_callbacks
):
    escalation = escalate()
    if is_claimed:
        reviews.do_claim_escalation(escalation, staff_user("sam", "support"))
    conversation_id = escalation.conversation_id
    operators = GroupListener(layer, events.operator_conversation_group(conversation_id))
    inbox = GroupListener(layer, events.INBOX_GROUP)
    chat = GroupListener(layer, events.chat_group(conversation_id))

    with django_capture_on_commit_callbacks() as callbacks:
        intake, outcome = customer_says(conversation_id, "Hello? Is anyone there?")

    assert (intake.run, intake.held_by, outcome) == (None, "human" if is_claimed else "human_queue", None)
    assert Run.objects.filter(conversation_id=conversation_id).count() == 1  # the escalated one only
    assert conversation_messages(conversation_id)[-1] == ("customer", "Hello? Is anyone there?")
    assert operators.events() == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert operators.events() == [
        {"type": "conversation.messages", "conversation_id": str(conversation_id), "ids": [intake.message.pk]}
    ]
    assert inbox.events() == [
        {
            "type": "inbox.changed",
            "kind": "conversation",
            "id": str(conversation_id),
            "conversation_id": str(conversation_id),
            "change": "customer_wrote",
        }
    ]
    assert chat.events() == []  # the customer's own tab shows its message itself


# --- claim ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_claim_gives_the_conversation_to_the_person_and_tells_everyone_watching(
    layer, django_capture_on_commit_callbacks
):
    escalation = escalate()
    conversation_id = str(escalation.conversation_id)
    sam = staff_user("sam", "support")
    inbox = GroupListener(layer, events.INBOX_GROUP)
    operators = GroupListener(layer, events.operator_conversation_group(conversation_id))
    chat = GroupListener(layer, events.chat_group(conversation_id))

    with django_capture_on_commit_callbacks(execute=True):
        result = reviews.do_claim_escalation(escalation, sam)

    stored = Escalation.objects.get(pk=escalation.pk)
    assert (stored.status, stored.assignee, stored.closed_at) == ("claimed", sam, None)
    assert stored.claimed_at is not None
    assert (result.status, result.assignee) == ("claimed", sam)
    assert holder(conversation_id) == "human"
    assert inbox.events() == [
        {
            "type": "inbox.changed",
            "kind": "escalation",
            "id": str(escalation.pk),
            "conversation_id": conversation_id,
            "change": "claimed",
        }
    ]
    changed = {"type": "conversation.changed", "conversation_id": conversation_id, "what": "holder"}
    assert operators.events() == [changed]
    assert chat.events() == [changed]


@pytest.mark.django_db
def test_a_second_claim_is_told_who_has_it_and_changes_nothing(django_capture_on_commit_callbacks):
    escalation, _ = claimed()
    before = state_of(escalation)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(EscalationConflict) as refused:
        reviews.do_claim_escalation(Escalation.objects.get(pk=escalation.pk), staff_user("nina", "support"))

    assert (refused.value.status, refused.value.code, refused.value.message) == (
        409,
        "conflict",
        "Sam has already claimed this conversation",
    )
    assert state_of(escalation) == before
    assert callbacks == []


@pytest.mark.django_db
def test_a_handed_back_escalation_cannot_be_claimed():
    escalation, sam = claimed()
    reviews.do_hand_back(escalation, sam, "")

    with pytest.raises(EscalationConflict) as refused:
        reviews.do_claim_escalation(escalation, staff_user("nina", "support"))

    assert refused.value.message == "this escalation is already handed back"
    assert holder(escalation.conversation_id) == "bot"


@pytest.mark.django_db(transaction=True)
def test_two_people_claiming_at_once_one_wins_and_the_other_is_told_who(on_postgres):
    if not on_postgres:
        pytest.skip("two claims racing on a row lock is what this is about; SQLite locks the whole file")
    escalation = escalate()
    people = [staff_user("sam", "support"), staff_user("nina", "support")]

    def claim(person):
        mine = Escalation.objects.get(pk=escalation.pk)  # each person's page read it while open
        return lambda: reviews.do_claim_escalation(mine, person)

    results = race(people, claim, EscalationConflict)

    winners = [name for name, result in results.items() if result == "won"]
    assert len(winners) == 1 and len(results) == 2
    (loser,) = [result for result in results.values() if result != "won"]
    assert (loser.status, loser.message) == (
        409,
        f"{winners[0].title()} has already claimed this conversation",
    )
    stored = Escalation.objects.select_related("assignee").get(pk=escalation.pk)
    assert (stored.status, stored.assignee.username) == ("claimed", winners[0])
    assert holder(escalation.conversation_id) == "human"
    assert list(AuditEntry.objects.values_list("action", "actor_name")) == [("claim", winners[0])]


# --- reply ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_reply_is_stored_under_the_persons_name_and_reaches_the_customers_chat(
    layer, django_capture_on_commit_callbacks
):
    escalation, sam = claimed()
    conversation_id = str(escalation.conversation_id)
    chat = GroupListener(layer, events.chat_group(conversation_id))

    with django_capture_on_commit_callbacks(execute=True):
        message = reviews.do_send_human_reply(escalation, sam, "  Hi, I'm Sam. I refunded $25 by hand.  ")

    stored = Message.objects.get(pk=message.pk)
    assert (stored.role, stored.author, stored.author_name, stored.text, stored.run_id) == (
        "human_agent",
        sam,
        "Sam",
        "Hi, I'm Sam. I refunded $25 by hand.",
        None,
    )
    assert chat.events() == [
        {"type": "conversation.messages", "conversation_id": conversation_id, "ids": [message.pk]}
    ]
    shown = history(conversation_id)["messages"][-1]
    assert (shown["role"], shown["author"], shown["text"]) == (
        "human_agent",
        "Sam · Support team",
        "Hi, I'm Sam. I refunded $25 by hand.",
    )


@pytest.mark.django_db(transaction=True)
def test_a_reply_reaches_the_chat_only_after_its_commit_and_never_if_it_rolls_back(layer):
    escalation, sam = claimed()
    chat = GroupListener(layer, events.chat_group(escalation.conversation_id))

    with pytest.raises(RuntimeError), transaction.atomic():
        reviews.do_send_human_reply(escalation, sam, "This one is lost.")
        raise RuntimeError("the request failed after the reply")
    assert chat.events() == []
    assert Message.objects.filter(role="human_agent").count() == 0
    assert AuditEntry.objects.filter(action="reply").count() == 0

    with transaction.atomic():
        message = reviews.do_send_human_reply(escalation, sam, "This one arrives.")
        assert chat.events() == []
    assert chat.events() == [
        {
            "type": "conversation.messages",
            "conversation_id": str(escalation.conversation_id),
            "ids": [message.pk],
        }
    ]


@pytest.mark.django_db
def test_only_the_person_holding_the_conversation_may_reply():
    escalation = escalate()
    sam, nina = staff_user("sam", "support"), staff_user("nina", "support")

    with pytest.raises(EscalationConflict) as unclaimed:
        reviews.do_send_human_reply(escalation, sam, "Hello")
    reviews.do_claim_escalation(escalation, sam)
    with pytest.raises(roles.Forbidden) as not_theirs:
        reviews.do_send_human_reply(escalation, nina, "Hello")
    reviews.do_hand_back(escalation, sam, "")
    with pytest.raises(EscalationConflict) as handed_back:
        reviews.do_send_human_reply(escalation, sam, "Hello")

    assert (unclaimed.value.status, unclaimed.value.message) == (
        409,
        "claim this conversation before you reply",
    )
    assert (not_theirs.value.status, not_theirs.value.message) == (
        403,
        "Sam has this conversation; only they can reply",
    )
    assert (handed_back.value.status, handed_back.value.message) == (409, "this escalation is handed back")
    assert Message.objects.filter(role="human_agent").count() == 0
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == ["claim", "hand_back"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "status", "message"),
    [
        pytest.param("", 422, "text must not be empty", id="empty"),
        pytest.param(" \n\t ", 422, "text must not be empty", id="blank"),
        pytest.param(None, 422, "text must be a string", id="none"),
        pytest.param(b"binary hello", 422, "text must be a string", id="bytes"),
        pytest.param(["hello"], 422, "text must be a string", id="list"),
        pytest.param("hello\x00world", 422, "text must not contain NUL bytes", id="nul"),
        pytest.param(
            "x" * (django_settings.HANDRAIL_MAX_MESSAGE_CHARS + 1),
            413,
            f"text is {django_settings.HANDRAIL_MAX_MESSAGE_CHARS + 1} characters; the limit is "
            f"{django_settings.HANDRAIL_MAX_MESSAGE_CHARS}",
            id="huge",
        ),
    ],
)
def test_a_reply_that_is_not_sendable_text_is_refused_and_nothing_is_stored(text, status, message):
    escalation, sam = claimed()
    before = state_of(escalation)

    with pytest.raises(InputError) as refused:
        reviews.do_send_human_reply(escalation, sam, text)

    assert (refused.value.status, refused.value.message) == (status, message)
    assert state_of(escalation) == before


# --- notes ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_note_is_for_colleagues_only(layer, django_capture_on_commit_callbacks):
    escalation, sam = claimed()
    conversation_id = str(escalation.conversation_id)
    chat = GroupListener(layer, events.chat_group(conversation_id))
    operators = GroupListener(layer, events.operator_conversation_group(conversation_id))
    messages_before = conversation_messages(conversation_id)

    with django_capture_on_commit_callbacks(execute=True):
        note = reviews.do_add_note(escalation, sam, "  VIP: she was double charged last month.  ")

    stored = InternalNote.objects.get(pk=note.pk)
    assert (stored.escalation_id, stored.author, stored.author_name, stored.text) == (
        escalation.pk,
        sam,
        "Sam",
        "VIP: she was double charged last month.",
    )
    assert conversation_messages(conversation_id) == messages_before
    assert "double charged" not in json.dumps(history(conversation_id))
    assert chat.events() == []
    assert operators.events() == [
        {"type": "conversation.changed", "conversation_id": conversation_id, "what": "notes"}
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "the note is empty", id="empty"),
        pytest.param("  \x00 ", "the note is empty", id="only-nul-and-blanks"),
        pytest.param(None, "the note is empty", id="none"),
        pytest.param(b"bytes", "a note must be text", id="bytes"),
        pytest.param("n" * (reviews.NOTE_MAX_CHARS + 1), "a note must be at most 4000 characters", id="huge"),
    ],
)
def test_an_empty_or_huge_note_is_refused(text, message):
    escalation, sam = claimed()
    before = state_of(escalation)

    with pytest.raises(InputError) as refused:
        reviews.do_add_note(escalation, sam, text)

    assert (refused.value.status, refused.value.message) == (422, message)
    assert state_of(escalation) == before


# --- hand back --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_hand_back_returns_the_conversation_to_the_bot_and_tells_the_customer(
    layer, django_capture_on_commit_callbacks
):
    escalation, sam = claimed("t-desk-escalating", "maybe something about my order")
    conversation_id = str(escalation.conversation_id)
    chat = GroupListener(layer, events.chat_group(conversation_id))
    inbox = GroupListener(layer, events.INBOX_GROUP)

    with django_capture_on_commit_callbacks(execute=True):
        reviews.do_hand_back(escalation, sam, "  Refund done by hand.\nDo not refund again. ")

    stored = Escalation.objects.get(pk=escalation.pk)
    assert (stored.status, stored.assignee, stored.handback_note) == (
        "handed_back",
        sam,
        "Refund done by hand.\nDo not refund again.",
    )
    assert stored.closed_at is not None
    conversation = Conversation.objects.get(pk=conversation_id)
    assert (conversation.holder, conversation.handback_note, conversation.handback_reason) == (
        "bot",
        "Refund done by hand.\nDo not refund again.",
        "low_confidence",
    )
    notice = Message.objects.filter(conversation_id=conversation_id).latest("id")
    assert (notice.role, notice.text) == ("system", HANDED_BACK_NOTICE)
    assert chat.events() == [
        {"type": "conversation.messages", "conversation_id": conversation_id, "ids": [notice.pk]},
        {"type": "conversation.changed", "conversation_id": conversation_id, "what": "holder"},
    ]
    assert inbox.events() == [
        {
            "type": "inbox.changed",
            "kind": "escalation",
            "id": str(escalation.pk),
            "conversation_id": conversation_id,
            "change": "hand_back",
        }
    ]


@pytest.mark.django_db
def test_after_a_hand_back_the_bot_answers_with_the_note_and_the_human_part_in_its_context():
    escalation, sam = claimed("t-desk-escalating", "maybe something about my order")
    conversation_id = escalation.conversation_id
    customer_says(conversation_id, "Hello? Anyone there?")
    reviews.do_send_human_reply(escalation, sam, "I refunded $25 by hand.")
    reviews.do_add_note(escalation, sam, "Internal: she was double charged last month.")
    reviews.do_hand_back(escalation, sam, "Refund done by hand.\nDo not refund again.")

    intake, outcome = customer_says(conversation_id, "Where is my order 1234?")

    assert (outcome.status, outcome.reply) == ("completed", ORDER_ANSWER)
    first_call = LLMCall.objects.filter(run_id=intake.run.pk).order_by("step_index").first()
    assert first_call.request["system"] == (
        "You are the t-two-calls test agent.\n\n"
        f"{CANARY_LINE.format(canary=canary_for(intake.run.pk))}\n\n"
        f"{STANDING_RULE}\n\n"
        f"{PINNED_HEADING}\n"
        "- amount: $25\n"  # pinned from the person's reply: it is part of the conversation
        "- order number: 1234\n"
        f"- {HANDBACK_PIN}Refund done by hand. Do not refund again."
    )
    assert [(m["role"], m["content"]) for m in first_call.request["messages"]] == [
        ("user", "maybe something about my order"),
        ("user", "Hello? Anyone there?"),
        ("assistant", "(a human agent replied) I refunded $25 by hand."),
        ("user", "Where is my order 1234?"),
    ]
    # The internal note never reaches the model, in any call of the conversation.
    requests = LLMCall.objects.filter(run__conversation_id=conversation_id).values_list("request", flat=True)
    assert [r for r in requests if "double charged" in json.dumps(r)] == []
    assert Escalation.objects.count() == 1
    assert holder(conversation_id) == "bot"


@pytest.mark.django_db
def test_after_a_hand_back_the_same_reason_does_not_escalate_again_but_asking_for_a_human_does():
    escalation, sam = claimed("t-desk-escalating", "maybe something about my order")
    conversation_id = escalation.conversation_id
    reviews.do_hand_back(escalation, sam, "Explained the order states.")

    unsure, unsure_outcome = customer_says(conversation_id, "maybe it is something else")

    assert (unsure_outcome.status, unsure_outcome.reply, unsure_outcome.error_code) == (
        "completed",
        CLARIFY,
        "clarify",
    )
    assert Run.objects.get(pk=unsure.run.pk).steps.get(kind="route").payload["confidence"] == 0.4
    assert Escalation.objects.count() == 1
    assert holder(conversation_id) == "bot"

    human, human_outcome = customer_says(conversation_id, "I want a human please")

    again = Escalation.objects.get(run_id=human.run.pk)
    assert (again.reason_code, again.status) == ("customer_asked_for_human", "open")
    assert human_outcome.reply == HUMAN_REQUESTED_NOTICE.format(ticket=again.ticket)
    conversation = Conversation.objects.get(pk=conversation_id)
    # A new escalation ends what the hand-back settled: its note and its reason.
    assert (conversation.holder, conversation.handback_note, conversation.handback_reason) == (
        "human_queue",
        "",
        "",
    )


@pytest.mark.django_db
def test_after_a_hand_back_for_a_loop_looping_again_asks_the_customer_to_rephrase():
    escalation, sam = claimed("t-looping")
    conversation_id = escalation.conversation_id
    reviews.do_hand_back(escalation, sam, "Checked order 7 myself.")

    intake, outcome = customer_says(conversation_id, "And order 7 again?")

    rephrase = get_agent("t-looping").rephrase_message
    assert rephrase == REPHRASE
    run = Run.objects.get(pk=intake.run.pk)
    assert (outcome.status, outcome.reply, outcome.handoff_ticket) == ("looping", REPHRASE, "")
    assert (run.status, run.error_code, run.error_message) == (
        "looping",
        "looping",
        "not escalated again after a hand-back: fetch_order called 3 times with the same arguments",
    )
    assert conversation_messages(conversation_id)[-2:] == [
        ("customer", "And order 7 again?"),
        ("assistant", REPHRASE),
    ]
    assert Escalation.objects.count() == 1
    assert holder(conversation_id) == "bot"


@pytest.mark.django_db
def test_only_the_person_holding_the_conversation_may_hand_it_back_or_resolve_it():
    escalation, _ = claimed()
    nina = staff_user("nina", "support")
    before = state_of(escalation)

    for close in (reviews.do_hand_back, reviews.do_resolve_escalation):
        with pytest.raises(roles.Forbidden) as refused:
            close(escalation, nina, "mine now")
        assert refused.value.message == "Sam has this conversation; only they can close it"

    assert state_of(escalation) == before


@pytest.mark.django_db
def test_the_audit_records_the_state_the_hand_back_actually_changed():
    """A page read the escalation while it was open; it was claimed (in another tab) before the hand
    back: the audit's `before` is the claimed state that was changed, not the page's stale copy."""
    escalation = escalate()
    stale = Escalation.objects.get(pk=escalation.pk)
    sam = staff_user("sam", "support")
    reviews.do_claim_escalation(escalation, sam)

    reviews.do_hand_back(stale, sam, "Sorted.")

    entry = AuditEntry.objects.get(action="hand_back")
    assert entry.before == {"status": "claimed", "assignee": "sam"}
    assert entry.after == {"status": "handed_back", "assignee": "sam", "note": "Sorted."}


# --- resolve ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_resolve_closes_the_escalation_and_the_bot_answers_the_next_message(
    layer, django_capture_on_commit_callbacks
):
    escalation, sam = claimed("t-desk-escalating", "I want a human")
    conversation_id = str(escalation.conversation_id)
    chat = GroupListener(layer, events.chat_group(conversation_id))

    with django_capture_on_commit_callbacks(execute=True):
        reviews.do_resolve_escalation(escalation, sam, "Answered the question.")

    stored = Escalation.objects.get(pk=escalation.pk)
    assert (stored.status, stored.assignee, stored.handback_note) == (
        "resolved",
        sam,
        "Answered the question.",
    )
    assert stored.closed_at is not None
    conversation = Conversation.objects.get(pk=conversation_id)
    # The resolve note is for the record; only a hand-back note is pinned for the bot.
    assert (conversation.holder, conversation.handback_note, conversation.handback_reason) == (
        "bot",
        "",
        "customer_asked_for_human",
    )
    notice = Message.objects.filter(conversation_id=conversation_id).latest("id")
    assert (notice.role, notice.text) == ("system", RESOLVED_NOTICE)
    assert chat.events() == [
        {"type": "conversation.messages", "conversation_id": conversation_id, "ids": [notice.pk]},
        {"type": "conversation.changed", "conversation_id": conversation_id, "what": "holder"},
    ]

    intake, outcome = customer_says(conversation_id, "Where is my order 1234?")

    assert (outcome.status, outcome.reply) == ("completed", ORDER_ANSWER)
    first_call = LLMCall.objects.filter(run_id=intake.run.pk).order_by("step_index").first()
    assert HANDBACK_PIN not in first_call.request["system"]


@pytest.mark.django_db
def test_resolving_twice_is_a_conflict_and_changes_nothing(django_capture_on_commit_callbacks):
    escalation, sam = claimed()
    reviews.do_resolve_escalation(escalation, sam, "")
    before = state_of(escalation)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(EscalationConflict) as refused:
        reviews.do_resolve_escalation(escalation, sam, "")

    assert (refused.value.status, refused.value.code, refused.value.message) == (
        409,
        "conflict",
        "this escalation is already resolved",
    )
    assert state_of(escalation) == before
    assert callbacks == []


# --- roles and audit --------------------------------------------------------------------------------

ESCALATION_ACTIONS = {
    "claim": lambda escalation, user: reviews.do_claim_escalation(escalation, user),
    "reply": lambda escalation, user: reviews.do_send_human_reply(escalation, user, "Hello, I'm here."),
    "note": lambda escalation, user: reviews.do_add_note(escalation, user, "Checked the order."),
    "hand_back": lambda escalation, user: reviews.do_hand_back(escalation, user, "Sorted."),
    "resolve": lambda escalation, user: reviews.do_resolve_escalation(escalation, user, "Sorted."),
}


def no_role_user():
    return get_user_model().objects.create_user("carol", password="x-test-password-1", first_name="Carol")


REFUSED_USERS = {
    "qa": lambda: staff_user("quinn", "qa"),
    "no-role": no_role_user,
    "anonymous": AnonymousUser,
}


@pytest.mark.django_db
@pytest.mark.parametrize("who", list(REFUSED_USERS))
@pytest.mark.parametrize("action", list(ESCALATION_ACTIONS))
def test_people_without_the_support_or_manager_role_are_refused_and_nothing_happens(
    action, who, django_capture_on_commit_callbacks
):
    if action == "claim":
        escalation = escalate()
    else:
        escalation, _ = claimed()
    user = REFUSED_USERS[who]()
    before = state_of(escalation)

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(roles.Forbidden) as refused:
        ESCALATION_ACTIONS[action](escalation, user)

    assert (refused.value.status, refused.value.code, refused.value.message) == (403, "forbidden", DENIED)
    assert state_of(escalation) == before
    assert callbacks == []


def expected_audit(action: str, username: str, result: Any) -> tuple[Any, Any]:
    held = {"status": "claimed", "assignee": username}
    return {
        "claim": ({"status": "open", "assignee": None}, held),
        "reply": (None, {"message_id": getattr(result, "pk", None), "text": "Hello, I'm here."}),
        "note": (None, {"note_id": getattr(result, "pk", None), "text": "Checked the order."}),
        "hand_back": (held, {"status": "handed_back", "assignee": username, "note": "Sorted."}),
        "resolve": (held, {"status": "resolved", "assignee": username, "note": "Sorted."}),
    }[action]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["support", "manager"])
@pytest.mark.parametrize("action", list(ESCALATION_ACTIONS))
def test_support_and_managers_may_act_and_each_action_writes_one_audit_entry(action, role):
    escalation = escalate()
    person = staff_user("robin", role)
    if action != "claim":
        reviews.do_claim_escalation(escalation, person)
    audited_before = set(AuditEntry.objects.values_list("id", flat=True))

    result = ESCALATION_ACTIONS[action](escalation, person)

    (entry,) = AuditEntry.objects.exclude(id__in=audited_before)
    before, after = expected_audit(action, "robin", result)
    assert (entry.actor, entry.actor_name, entry.action, entry.target_type, entry.target_id) == (
        person,
        "robin",
        action,
        "escalation",
        str(escalation.pk),
    )
    assert (entry.before, entry.after) == (before, after)
