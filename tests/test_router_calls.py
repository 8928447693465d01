"""A desk whose router asks a model: the router's calls are part of the run like any other model call.
They are recorded (feature "routing") with the route step, counted in the run's tokens and cost, drawn
as attempts under the route span, and the customer's personal data reaches that model as placeholders
when the desk redacts."""

import pytest

from agents.definitions import AgentDefinition, register_agent, unregister_agent
from agents.guards.config import GuardSettings
from agents.models import Run, RunStep
from agents.providers.base import ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply
from agents.routing import IntentSpec, Router
from tests.runtime_helpers import start_turn
from tracing import costs
from tracing.models import LLMCall, Span

pytestmark = pytest.mark.django_db

SEEN: list[ModelRequest] = []


def _orders(request: ModelRequest) -> ModelResponse:
    SEEN.append(request)
    answer = '{"intent": "orders", "confidence": 0.95, "language": "en", "needs_retrieval": false}'
    return reply(request, answer)


register_script("router-orders", _orders)


@pytest.fixture
def model_desk():
    SEEN.clear()

    def make(name: str, *, redact: bool) -> AgentDefinition:
        router = Router(
            [
                IntentSpec("orders", "order questions", executor="t-two-calls"),
                IntentSpec("off_topic", "anything else", executor=None, action="decline"),
            ],
            default_intent="orders",
            model_chain=["scripted:router-orders"],
            sensitive_topics=False,
        )
        return register_agent(
            AgentDefinition(
                name=name,
                description="a desk whose router asks a model",
                system_prompt="You route.",
                router=router,
                guard=GuardSettings(redact_pii=redact),
            )
        )

    made: list[str] = []

    def build(name: str, *, redact: bool = True) -> AgentDefinition:
        made.append(name)
        return make(name, redact=redact)

    yield build
    for name in made:
        unregister_agent(name)


def test_the_routers_model_call_is_recorded_costed_and_traced(model_desk):
    model_desk("t-model-desk")
    intake, outcome = start_turn("t-model-desk", "Where is my order 1234?")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == Run.Status.COMPLETED

    route_step = RunStep.objects.get(run=run, kind="route")
    routing = list(LLMCall.objects.filter(run=run, feature="routing"))
    assert len(routing) == 1 and routing[0].step_index == route_step.index
    assert routing[0].tokens_in > 0 and routing[0].cost_usd > 0
    # The run's counters include it, so its cost is exactly the sum of its calls.
    assert run.cost_usd == costs.run_cost(run.pk).cost_usd
    assert run.tokens_in == sum(LLMCall.objects.filter(run=run).values_list("tokens_in", flat=True))
    # In the trace, the attempt hangs under the route span.
    route_span = Span.objects.get(run=run, kind="route")
    attempt = Span.objects.get(run=run, kind="llm", parent_id=route_span.span_id)
    assert attempt.attributes["feature"] == "routing" and attempt.step_index == route_step.index


def test_the_router_model_sees_placeholders_when_the_desk_redacts(model_desk):
    model_desk("t-model-desk-redacting", redact=True)
    start_turn("t-model-desk-redacting", "Where is my order 1234? Write to jane.doe@example.com please")
    sent = " ".join(m.content for m in SEEN[-1].messages)
    assert "jane.doe@example.com" not in sent and "[EMAIL_" in sent
    stored = LLMCall.objects.get(feature="routing").request
    assert "jane.doe@example.com" not in str(stored)


def test_without_redaction_the_router_model_gets_the_text_as_written(model_desk):
    model_desk("t-model-desk-clear", redact=False)
    start_turn("t-model-desk-clear", "Where is my order 1234? Write to jane.doe@example.com please")
    assert "jane.doe@example.com" in " ".join(m.content for m in SEEN[-1].messages)
