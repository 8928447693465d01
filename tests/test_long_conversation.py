"""The must-show, end to end: a 60-turn conversation with the demo desk stays within its context budget
and still knows the order number of turn 1 (pinned), and an expired conversation state is rebuilt.

Every turn goes through the runtime as the HTTP API sends it (`actions.post_customer_message`, then
`actions.execute_claimed_run`): intake, router, executor, tools, checkpoints, recording, with the
offline model. What the model saw is read back from the recorded LLM calls.
"""

from __future__ import annotations

import gc
import sys
from io import StringIO

import pytest
from asgiref.sync import async_to_sync
from django.core.cache import cache
from django.core.management import call_command

from agents import actions
from agents.context import PINNED_HEADING
from agents.definitions import get_agent
from agents.memory import state as conversation_state
from agents.models import Conversation, Message, Run
from agents.providers.base import ChatMessage
from agents.tokens import count_messages_tokens, count_tokens, count_tool_specs_tokens
from tracing.models import LLMCall

# Small enough that 60 turns cannot all be shown: the builder has to summarise, and the test shows it.
BUDGET_TOKENS = 2600

FIRST_TURN = "Hi, my order 1234 hasn't arrived yet and it was supposed to come last week."
# Nothing below names an order number: only turn 1 does. The lines go to every executor of the desk
# (orders, returns, account, help), as a long real conversation wanders.
FILLER = [
    "Which orders do I have?",
    "What is your return policy for headphones?",
    "Thanks, that helps.",
    "What e-mail address do you have for me?",
    "Do you ship to Canada?",
    "Is it still on its way?",
    "Can I return headphones if I don't like them?",
    "Okay, thank you for checking.",
]
LAST_TURN = "when will it arrive?"


@pytest.fixture
def shop(monkeypatch):
    # The orders and customers only: the help centre's 42 articles take half a minute to embed, and no
    # answer here quotes one (a help question finds nothing and says so).
    monkeypatch.setitem(sys.modules, "agents.knowledge.actions", None)
    call_command("seed_demo", "--no-history", stdout=StringIO())
    yield
    # Tools ran in worker threads with their own database connections: close them before the flush.
    gc.collect()


def turns() -> list[str]:
    return [FIRST_TURN] + [FILLER[i % len(FILLER)] for i in range(58)] + [LAST_TURN]


def converse(conversation: Conversation, texts: list[str]) -> list:
    async def run_all() -> list:
        outcomes = []
        for text in texts:
            intake = await actions.post_customer_message(conversation, text)
            outcomes.append(await actions.execute_claimed_run(intake))
        return outcomes

    return async_to_sync(run_all)()


def prompt_tokens(call: LLMCall) -> int:
    """What the call's prompt counts against HANDRAIL_CONTEXT_BUDGET_TOKENS: system, messages and the
    tool schemas (the executor keeps room for the answer inside the budget too)."""
    run = Run.objects.get(pk=call.run_id)
    tools = get_agent(run.executor_name).tool_specs()
    messages = [ChatMessage.from_dict(m) for m in call.request["messages"]]
    assert [t.name for t in tools] == call.request["tools"]
    return (
        count_tokens(call.request["system"])
        + count_messages_tokens(messages)
        + count_tool_specs_tokens(tools)
    )


def pinned_block(call: LLMCall) -> list[str]:
    _, heading, rest = call.request["system"].partition(PINNED_HEADING)
    assert heading, "the prompt has no pinned block"
    return [line for line in rest.strip().split("\n\n")[0].splitlines()]


@pytest.mark.django_db(transaction=True)
def test_sixty_turns_stay_in_budget_know_the_first_order_and_survive_an_expired_state(shop, settings):
    settings.HANDRAIL_CONTEXT_BUDGET_TOKENS = BUDGET_TOKENS
    conversation = actions.do_create_conversation(api_key=None, agent_name="support", customer_ref="alice")

    outcomes = converse(conversation, turns())

    assert len(outcomes) == 60
    assert {o.status for o in outcomes} == {"completed"}
    calls = list(LLMCall.objects.filter(run__conversation=conversation).order_by("id"))
    # The conversation went through every executor of the desk.
    executors = Run.objects.filter(pk__in={c.run_id for c in calls}).values_list("executor_name", flat=True)
    assert set(executors) == {"orders", "returns", "account", "help"}
    # Every model call of the conversation fitted the budget, with the order number of turn 1 pinned.
    assert max(prompt_tokens(c) + c.request["max_tokens"] for c in calls) <= BUDGET_TOKENS
    assert {tuple(pinned_block(c)) for c in calls} == {("- order number: 1234",)}
    # At turn 60 the recent messages alone overflow the budget: the builder left some of them out
    # (the summary's header counts them), and turn 1 is long gone from what is shown verbatim.
    shown = [m["content"] for m in calls[-1].request["messages"]]
    assert FIRST_TURN not in shown
    assert shown[0].startswith("[Summary of the earlier conversation: ")

    # "when will it arrive?" names no order: the pinned one is looked up, and the answer is about it.
    assert outcomes[-1].reply.startswith("Order 1234 (Wireless headphones, $89.00) is on its way with DHL")
    asked = calls[-2]
    assert asked.response["tool_calls"][0]["arguments"] == {"order_id": 1234}
    assert asked.response["raw"]["argument_sources"] == {
        "order_id": "pinned order number (number near 'number')"
    }

    # The conversation state expires (30 minutes without a message): the next turn rebuilds it from the
    # database, with the same pinned facts.
    key = conversation_state.cache_key(conversation.pk)
    before = cache.get(key)
    assert [tuple(f) for f in before["facts"]] == [("order number", "1234")]
    cache.delete(key)
    rebuilds = []
    rebuild = conversation_state.rebuild_state

    def counted_rebuild(conversation_id):
        rebuilds.append(conversation_id)
        return rebuild(conversation_id)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conversation_state, "rebuild_state", counted_rebuild)
        (outcome,) = converse(conversation, ["And has it shipped yet?"])

    assert rebuilds == [conversation.pk]
    after = cache.get(key)
    assert after["facts"] == before["facts"]
    # Folded through the new message, which a rebuild read back from the database.
    assert (
        after["last_message_id"]
        == Message.objects.filter(conversation=conversation, role="customer").latest("id").id
    )
    newest = LLMCall.objects.filter(run__conversation=conversation).order_by("id").last()
    assert pinned_block(newest) == ["- order number: 1234"]
    assert outcome.reply.startswith("Order 1234 ")
