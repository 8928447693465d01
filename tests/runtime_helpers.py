"""Small helpers shared by the runtime tests."""

from asgiref.sync import async_to_sync

from agents import actions
from agents.models import Conversation


def start_turn(agent: str, text: str = "Where is my order 1234?", customer_ref: str = "alice"):
    conversation = Conversation.objects.create(agent_name=agent, customer_ref=customer_ref)
    intake = actions.do_post_customer_message(conversation, text)
    outcome = async_to_sync(actions.execute_claimed_run)(intake)
    return intake, outcome
