"""Intake: the message is stored first; intakes that arrive together share one transaction."""

import asyncio

import pytest

from agents import actions
from agents.checkpoints import HISTORY_MESSAGES, history_for
from agents.models import Conversation, Message, Run


def seed_history(conversation: Conversation, turns: int) -> None:
    for n in range(turns):
        Message.objects.create(conversation=conversation, role="customer", text=f"question {n}")
        Message.objects.create(conversation=conversation, role="assistant", text=f"answer {n}")
        Message.objects.create(conversation=conversation, role="system", text="a notice")


@pytest.mark.django_db
def test_history_is_the_last_messages_before_this_one_without_system_notices():
    conversation = Conversation.objects.create(agent_name="t-two-calls")
    seed_history(conversation, 15)
    intake = actions.do_post_customer_message(conversation, "and now?")

    history = intake.loaded.history
    assert len(history) == HISTORY_MESSAGES
    assert [(m.role, m.content) for m in history[-2:]] == [
        ("user", "question 14"),
        ("assistant", "answer 14"),
    ]
    assert history[0].content == "question 5"
    assert history == history_for(conversation.pk, intake.message.pk)


@pytest.mark.django_db(transaction=True)
async def test_intakes_arriving_together_share_a_batch_and_each_gets_its_own_run_and_history():
    def setup():
        quiet = Conversation.objects.create(agent_name="t-two-calls", customer_ref="a")
        busy = Conversation.objects.create(agent_name="t-two-calls", customer_ref="b")
        seed_history(busy, 2)
        held = Conversation.objects.create(agent_name="t-two-calls", holder="human")
        return quiet, busy, held

    from asgiref.sync import sync_to_async

    quiet, busy, held = await sync_to_async(setup)()
    intakes = await asyncio.gather(
        actions.post_customer_message(quiet, "first"),
        actions.post_customer_message(busy, "one"),
        actions.post_customer_message(busy, "two"),
        actions.post_customer_message(held, "are you there?"),
    )

    first, one, two, to_person = intakes
    assert [i.held_by for i in intakes] == ["bot", "bot", "bot", "human"]
    assert to_person.run is None
    assert first.loaded.history == []
    assert [m.content for m in one.loaded.history] == ["question 0", "answer 0", "question 1", "answer 1"]
    # "two" arrived after "one" in the same batch: its history includes "one".
    assert [m.content for m in two.loaded.history][-1] == "one"
    assert first.loaded.customer_ref == "a"
    assert await Run.objects.filter(status="running").acount() == 3
    assert await Message.objects.filter(conversation=held).acount() == 1


@pytest.mark.django_db
def test_a_refused_message_writes_nothing():
    conversation = Conversation.objects.create(agent_name="t-two-calls")
    with pytest.raises(actions.InputError):
        actions.do_post_customer_message(conversation, "   ")
    assert Message.objects.count() == 0
    assert Run.objects.count() == 0
