"""The output guard (agents.guards.output): each check on real reply text, then the executor's send /
repair / replace / escalate paths with scripted models, and the offline demo desk's own answers."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from asgiref.sync import async_to_sync
from django.utils import timezone
from pydantic import BaseModel

from agents import actions
from agents.definitions import AgentDefinition, register_agent
from agents.executor import RunListener
from agents.guards.base import CheckConfig, OutputAction
from agents.guards.config import GuardSettings, OutputSettings
from agents.guards.output import (
    CANARY_PREFIX,
    OutputGuard,
    canary_for,
    evidence_text,
    extract_specifics,
    safe_answer,
    with_canary,
)
from agents.models import Conversation, Escalation, Message, Run, RunStep
from agents.providers.base import ModelRequest, ModelResponse
from agents.providers.offline import ToolOutcome
from agents.providers.scripted import register_script, reply, turn_tool_results
from demo_shop.executors import RETURNS_PROMPT
from demo_shop.offline_replies import RESULT_WORDINGS
from demo_shop.wording import day, money
from tests.agents_for_tests import fetch_order
from tests.runtime_helpers import start_turn
from tracing.models import GuardVerdict, LLMCall

SYSTEM = "You are the order desk of a shop. Answer only from your tool results."
CANARY = canary_for("run-1")

# A return_policy result as the demo's tool returns it (demo_shop/tools/returns.py), flattened the way
# the executor gives it to the guard.
HEADPHONES_POLICY = {
    "summary": "Headphones & earbuds can be returned within 30 days of delivery, with a free return label. "
    "Unopened, or opened with all accessories and no damage.",
    "category": "headphones",
    "returnable": True,
    "window_days": 30,
    "restocking_fee_percent": 0,
    "conditions": "Unopened, or opened with all accessories and no damage.",
}


def review(text: str, *, evidence=(), said=("Where is my order 1234?",), succeeded=(), settings=None, **kw):
    guard = OutputGuard(settings or OutputSettings())
    return guard.review(
        text,
        system_prompt=kw.pop("system_prompt", with_canary(SYSTEM, CANARY)),
        canary=CANARY,
        evidence=[evidence_text(e) for e in evidence],
        conversation_texts=list(said),
        succeeded_tools=list(succeeded),
        **kw,
    )


def fired(result) -> dict[str, str]:
    return {c.name: c.action for c in result.checks if c.fired}


# --- canary and system prompt ----------------------------------------------------------------------


def test_canary_is_per_run_deterministic_and_in_the_prompt_once():
    assert canary_for("run-1") == CANARY
    assert canary_for("run-2") != CANARY
    assert re.fullmatch(re.escape(CANARY_PREFIX) + r"[0-9a-f]{16}", CANARY)
    prompt = with_canary(SYSTEM, CANARY)
    assert prompt.startswith(SYSTEM)  # the operator's prompt stays the cacheable prefix
    assert prompt.count(CANARY) == 1


def test_a_reply_with_the_canary_is_replaced():
    result = review(f"Sure! The hidden marker in my instructions is {CANARY}.")
    assert result.action == OutputAction.REPLACE
    assert result.deciding_check == "system_prompt_leak"
    leak = next(c for c in result.checks if c.name == "system_prompt_leak")
    assert leak.detail["canary"] is True


def test_a_canary_spelled_out_with_spaces_is_still_caught():
    spaced = " ".join(CANARY.upper())
    assert review(f"my marker: {spaced}").action == OutputAction.REPLACE


def test_the_system_prompt_pasted_back_is_replaced():
    words = RETURNS_PROMPT.split()
    pasted = "Of course, here are my instructions: " + " ".join(words[:70])
    result = review(pasted, system_prompt=with_canary(RETURNS_PROMPT, CANARY), evidence=[HEADPHONES_POLICY])
    assert fired(result)["system_prompt_leak"] == OutputAction.REPLACE
    assert result.action == OutputAction.REPLACE
    leak = next(c for c in result.checks if c.name == "system_prompt_leak")
    assert leak.detail["covered_words"] >= 30


def test_one_policy_sentence_of_the_prompt_is_not_a_leak():
    sentence = (
        "Outside the return window, a faulty item is covered by the warranty (2 years for electronics)."
    )
    result = review(sentence, system_prompt=with_canary(RETURNS_PROMPT, CANARY))
    assert "system_prompt_leak" not in fired(result)
    # The operator's own prompt is evidence: "2 years" is grounded in it.
    assert result.action == OutputAction.SEND


# --- secrets --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Here is the key you asked for: sk-proj-4fJ8kL2mN9pQ7rS1tU3vW5xY6zA0bC2d",
        "The AWS key is AKIAIOSFODNN7EXAMPLE, keep it safe.",
        "Use this token: ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7...",
        "The admin password: Hunter2!x9 (please change it).",
        "Your staff API key is hr_1a2b3c4d_Xy9_kL3mN8pQ2rS7tU1vW4xZ6aB0cD",
    ],
)
def test_secret_shapes_are_replaced(text):
    result = review(text)
    assert fired(result)["secret_leak"] == OutputAction.REPLACE
    assert result.action == OutputAction.REPLACE
    # The trace shows what kind of secret, never the secret itself.
    leaked = next(c for c in result.checks if c.name == "secret_leak")
    assert text.split()[-1] not in json.dumps(leaked.as_dict())


def test_the_deployments_secret_key_is_replaced(settings):
    settings.SECRET_KEY = "a-very-long-django-secret-value-123"
    result = review("Config: a-very-long-django-secret-value-123")
    assert fired(result)["secret_leak"] == OutputAction.REPLACE


def test_talking_about_passwords_is_not_a_secret():
    result = review("You can reset your password from the sign-in page: the password: field has a link.")
    assert "secret_leak" not in fired(result)


# --- other customers' data -----------------------------------------------------------------------------


def test_another_customers_email_is_replaced():
    said = ["Hi, I'm Alice (alice@example.com). Where is my order 1234?"]
    result = review(
        "Order 1234 is shipped. I have also copied bob.martin@example.net, who asked about it yesterday.",
        said=said,
        evidence=[{"summary": "Order 1234 (Wireless headphones, $89.00) is shipped.", "order_id": 1234}],
    )
    assert fired(result)["pii_leak"] == OutputAction.REPLACE
    leak = next(c for c in result.checks if c.name == "pii_leak")
    assert [f["kind"] for f in leak.detail["found"]] == ["email"]
    assert "bob.martin@example.net" not in json.dumps(leak.as_dict())


def test_the_customers_own_email_and_profile_are_not_a_leak():
    profile = {
        "summary": "Name: Alice Moreau. E-mail: alice@example.com. Phone: +1 415 555 0134.",
        "email": "alice@example.com",
        "phone": "+1 415 555 0134",
    }
    result = review(
        "Your e-mail is alice@example.com and your phone number is +1 415 555 0134.",
        said=["What contact details do you have for me?"],
        evidence=[profile],
    )
    assert "pii_leak" not in fired(result)
    assert result.action == OutputAction.SEND


def test_the_shops_own_phone_line_and_24_7_are_not_flagged():
    prompt = with_canary(SYSTEM + " Our phone line is +1 415 555 0199.", CANARY)
    result = review("You can call our team on +1 415 555 0199, we're there 24/7.", system_prompt=prompt)
    assert fired(result) == {}
    assert result.action == OutputAction.SEND


def test_an_order_number_no_tool_returned_is_another_customers():
    result = review(
        "Order 1234 is shipped, and order 5871 went out yesterday too.",
        evidence=[{"summary": "Order 1234 is shipped.", "order_id": 1234}],
    )
    assert fired(result)["pii_leak"] == OutputAction.REPLACE
    leak = next(c for c in result.checks if c.name == "pii_leak")
    assert leak.detail["found"] == [{"kind": "order_number", "value": "5871"}]


# --- commitments ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Don't worry, we'll refund the full amount today.", "en"),
        ("I'll make sure you get all your money back.", "en"),
        ("Your parcel will definitely be there by tomorrow.", "en"),
        ("As a goodwill gesture you'll get 20% off your next purchase.", "en"),
        ("I've gone ahead and cancelled the order for you.", "en"),
        ("We'll drop the shipping fee for you.", "en"),
        ("Rest assured, you will be fully refunded for order 1234.", "en"),
        ("If you're not happy with it, we'll give you a full refund.", "en"),
        ("Te devolveremos el dinero íntegramente.", "es"),
        ("Te garantizo que tu pedido llegará mañana.", "es"),
        ("Recibirás una compensación por las molestias.", "es"),
        ("Nous vous rembourserons intégralement.", "fr"),
        ("Ich garantiere Ihnen, dass Ihr Paket morgen ankommt.", "de"),
    ],
)
def test_promises_are_repaired_in_any_wording(text, language):
    result = review(text, language=language)
    assert fired(result).get("commitment") == OutputAction.REPAIR, result.checks
    assert result.action == OutputAction.REPAIR
    assert "promises" in result.feedback or "promise" in result.feedback


@pytest.mark.parametrize(
    "text",
    [
        "I can't guarantee that your order will arrive tomorrow.",
        "We cannot offer compensation, but a person from our team can look at it.",
        "I'm not able to promise a refund, but a manager will review your request.",
        "A refund of the full amount is waiting for a manager's approval.",
        "No puedo garantizar que llegue mañana.",
        "Je ne peux pas vous promettre de remboursement.",
        "I will check the status of your order now.",
        "Once the parcel reaches us, you will be refunded to your original payment method.",
        "You will get an e-mail confirmation shortly.",
    ],
)
def test_negated_hedged_and_ordinary_sentences_are_not_promises(text):
    result = review(text)
    assert "commitment" not in fired(result)


def test_a_refund_the_run_executed_is_a_fact_not_a_promise():
    refund = {
        "summary": "Refunded $89.00 on order 1234 to the original payment method.",
        "order_id": 1234,
        "amount": "89.00",
    }
    text = "We'll refund the full $89.00 of order 1234 to your original payment method."
    assert review(text, evidence=[refund]).action == OutputAction.REPAIR  # the tool failed or never ran
    backed = review(text, evidence=[refund], succeeded=["refund_order"])
    assert backed.action == OutputAction.SEND
    commitment = next(c for c in backed.checks if c.name == "commitment")
    assert commitment.detail["backed"][0]["backed_by"] == "refund_order"


# --- groundedness ---------------------------------------------------------------------------------------


def test_a_return_window_in_the_tool_result_is_grounded():
    result = review(
        "Yes, headphones can be returned within 30 days of delivery.", evidence=[HEADPHONES_POLICY]
    )
    assert result.action == OutputAction.SEND
    assert result.groundedness == 1.0
    assert result.confidence == pytest.approx(1.0, abs=0.05)


def test_a_return_window_the_tool_never_said_is_repaired():
    result = review(
        "Yes, headphones can be returned within 45 days of delivery.", evidence=[HEADPHONES_POLICY]
    )
    assert fired(result) == {"groundedness": OutputAction.REPAIR}
    check = next(c for c in result.checks if c.name == "groundedness")
    assert check.detail["unsupported"] == [{"kind": "duration", "text": "45 days"}]
    assert "45 days" in result.feedback
    assert result.confidence < 0.5


def test_a_window_claimed_with_no_tool_result_at_all_is_repaired():
    result = review("Our return window is 30 days, and refunds take 5-10 business days.")
    assert fired(result) == {"groundedness": OutputAction.REPAIR}


def test_grounded_in_other_languages_and_units():
    assert (
        review("Tienes 30 días desde la entrega para devolverlos.", evidence=[HEADPHONES_POLICY]).action
        == "send"
    )
    assert review("Sie haben 30 Tage Zeit.", evidence=[HEADPHONES_POLICY]).action == "send"
    assert review("Vous avez un mois et demi : 45 jours.", evidence=[HEADPHONES_POLICY]).action == "repair"
    # weeks are days: "2 weeks" is the 14-day drop-off window
    drop_off = {"summary": "Return RMA-5521 is open.", "return_id": "RMA-5521", "drop_off_within_days": 14}
    assert (
        review("Drop the parcel off within 2 weeks (return RMA-5521).", evidence=[drop_off]).action == "send"
    )


def test_the_offline_models_translated_answers_are_grounded_in_the_english_result():
    expected = timezone.localdate() + timedelta(days=2)
    order = {
        "summary": f"Order 1234 (Wireless headphones, {money('1089.50')}) is on its way, expected on "
        f"{day(expected)}.",
        "order_id": 1234,
        "status": "shipped",
        "item": "Wireless headphones",
        "total": "1089.50",
        "placed_on": (timezone.localdate() - timedelta(days=3)).isoformat(),
        "expected_on": expected.isoformat(),
        "delivered_on": None,
    }
    outcome = ToolOutcome(tool="lookup_order", arguments={"order_id": 1234}, result=order, is_error=False)
    for language in ("es", "fr", "de"):
        worded = RESULT_WORDINGS["lookup_order"](outcome, language)
        assert money("1089.50", language) in worded and str(expected.day) in worded
        result = review(worded, evidence=[order], language=language)
        assert result.action == OutputAction.SEND, (language, worded, result.checks)
        assert result.groundedness == 1.0
    wrong = order | {"expected_on": (expected + timedelta(days=5)).isoformat(), "summary": "Order 1234."}
    worded = RESULT_WORDINGS["lookup_order"](outcome, "es")
    assert review(worded, evidence=[wrong], language="es").action == OutputAction.REPAIR


def test_a_policy_statement_without_figures_lowers_confidence_but_is_not_repaired_alone():
    passage = {
        "passages": [
            {
                "title": "Returns",
                "text": "Opened earbuds can be returned only with the hygiene seal unbroken.",
            }
        ]
    }
    statement = "Opened earbuds can be returned only with the hygiene seal unbroken."
    grounded = review(statement, evidence=[passage])
    assert (grounded.action, grounded.groundedness) == (OutputAction.SEND, 1.0)
    invented = review(
        "Opened laptops are always accepted back without any restocking charge.", evidence=[passage]
    )
    assert invented.action == OutputAction.SEND  # prose cannot be checked well enough to repair on its own
    assert invented.groundedness < 0.5 and invented.confidence < 0.5
    courtesy = review("Happy to help with your return!", evidence=[passage])
    assert courtesy.groundedness == 1.0


def test_greetings_and_clarifying_questions_claim_nothing():
    result = review("Hi Alice! Happy to help. Could you tell me the order number, and was it 2 items or 3?")
    assert result.action == OutputAction.SEND
    check = next(c for c in result.checks if c.name == "groundedness")
    assert check.detail["claims"] == 0


def test_specifics_are_read_as_values():
    found = {
        (s.kind, s.text) for s in extract_specifics("Refunded $1,234.50 on order 1234 within 5-10 days.")
    }
    assert found == {("money", "$1,234.50"), ("order_number", "order 1234"), ("duration", "5-10 days")}
    times = {next(iter(s.keys)) for s in extract_specifics("before 2 pm, antes de las 14:00, vor 14 Uhr")}
    assert times == {14 * 60}


# --- format ---------------------------------------------------------------------------------------------

TICKET_SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string"}, "category": {"enum": ["orders", "returns", "other"]}},
    "required": ["answer", "category"],
}


class Ticket(BaseModel):
    answer: str
    category: str


def test_json_answers_that_fit_the_schema_are_sent():
    settings = OutputSettings(answer_schema=TICKET_SCHEMA)
    result = review('{"answer": "Order 1234 is shipped.", "category": "orders"}', settings=settings)
    assert result.action == OutputAction.SEND


def test_json_with_a_trailing_comma_is_mended_without_a_model_call():
    settings = OutputSettings(answer_schema=TICKET_SCHEMA)
    result = review(
        '```json\n{"answer": "Order 1234 is shipped.", "category": "orders",}\n```', settings=settings
    )
    assert result.action == OutputAction.SEND
    assert json.loads(result.text) == {"answer": "Order 1234 is shipped.", "category": "orders"}


@pytest.mark.parametrize("schema", [TICKET_SCHEMA, Ticket])
def test_json_missing_a_field_is_repaired_with_the_schema_in_the_feedback(schema):
    settings = OutputSettings(answer_schema=schema)
    result = review('{"answer": "Order 1234 is shipped."}', settings=settings)
    assert fired(result) == {"format": OutputAction.REPAIR}
    assert "category" in result.feedback and '"required"' in result.feedback


def test_prose_where_json_is_expected_is_repaired():
    settings = OutputSettings(answer_schema=TICKET_SCHEMA)
    assert review("Order 1234 is shipped.", settings=settings).action == OutputAction.REPAIR


# --- configuration --------------------------------------------------------------------------------------


def test_a_check_can_be_turned_off_or_made_to_escalate():
    off = OutputSettings(checks={"groundedness": CheckConfig(enabled=False)})
    assert review("Returns are accepted within 90 days.", settings=off).action == OutputAction.SEND
    escalating = OutputSettings(checks={"commitment": CheckConfig(action="escalate")})
    assert review("We'll refund you in full.", settings=escalating).action == OutputAction.ESCALATE


def test_low_confidence_can_escalate():
    settings = OutputSettings(min_confidence=0.9, checks={"groundedness": CheckConfig(threshold=1.1)})
    result = review("Returns are accepted within 90 days.", settings=settings)
    assert result.confidence < 0.9
    assert (result.action, result.deciding_check) == (OutputAction.ESCALATE, "confidence")


def test_the_safe_answer_speaks_the_customers_language_unless_the_agent_wrote_its_own():
    assert safe_answer(OutputSettings(), "es").startswith("Lo siento")
    assert safe_answer(OutputSettings(), "xx") == OutputSettings().safe_answer
    own = OutputSettings(safe_answer="Please call us.")
    assert safe_answer(own, "es") == "Please call us."


# --- the executor ----------------------------------------------------------------------------------------

REPAIR_NOTE = "Your previous reply was not sent to the customer"
SHIPPED = "Order 1234 is shipped."


def _after_lookup(bad: str, good: str | None):
    """Looks order 1234 up, then answers `bad`; asked again with the guard's note, answers `good`."""

    def script(request: ModelRequest) -> ModelResponse:
        if turn_tool_results(request) == 0:
            return reply(request, "", [("fetch_order", {"order_id": 1234})])
        if REPAIR_NOTE in request.system and good is not None:
            return reply(request, good)
        marker = re.search(r"hr-canary-[0-9a-f]+", request.system)
        return reply(request, bad.format(canary=marker.group(0) if marker else "none"))

    return script


def _agent(name: str, bad: str, good: str | None = SHIPPED, output: OutputSettings | None = None):
    register_script(name, _after_lookup(bad, good))
    return register_agent(
        AgentDefinition(
            name=name,
            description="output guard test agent",
            system_prompt=f"You are the {name} test agent. Answer from your tool results.",
            tools=[fetch_order],
            model_chain=[f"scripted:{name}"],
            guard=GuardSettings(output=output or OutputSettings()),
        )
    )


_agent("og-promise", "Order 1234 is shipped. Don't worry, we'll refund you in full.")
_agent("og-always-promise", "Order 1234 is shipped. Don't worry, we'll refund you in full.", good=None)
_agent("og-canary", "My instructions start with the marker {canary}.")
_agent(
    "og-escalate",
    "Order 1234 is shipped, and so is order 5871 of the other customer who wrote.",
    output=OutputSettings(checks={"pii_leak": CheckConfig(action="escalate")}),
)
TICKET_JSON = '{"answer": "Order 1234 is shipped.", "category": "orders"}'
_agent("og-json", SHIPPED, good=TICKET_JSON + " ", output=OutputSettings(answer_schema=TICKET_SCHEMA))
_agent("og-off", "My instructions start with the marker {canary}.", output=OutputSettings(enabled=False))


class Recorder(RunListener):
    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    async def text(self, delta: str) -> None:
        self.events.append(("text", delta))

    async def reset(self) -> None:
        self.events.append(("reset", ""))

    async def step(self, kind: str, detail: dict) -> None:
        self.events.append(("step", kind))

    def shown(self) -> str:
        """What the customer's bubble holds at the end: the text after the last reset."""
        last = max((i for i, (kind, _) in enumerate(self.events) if kind == "reset"), default=-1)
        return "".join(v for kind, v in self.events[last + 1 :] if kind == "text")


def run_turn(agent: str, text: str = "Where is my order 1234?"):
    conversation = Conversation.objects.create(agent_name=agent, customer_ref="alice")
    intake = actions.do_post_customer_message(conversation, text)
    listener = Recorder()
    outcome = async_to_sync(actions.execute_claimed_run)(intake, listener)
    return Run.objects.get(pk=intake.run.pk), outcome, listener


def verdicts(run) -> list[tuple[int, str, str]]:
    rows = GuardVerdict.objects.filter(run=run, stage="output").order_by("id")
    return list(rows.values_list("step_index", "verdict", "deciding_check"))


@pytest.mark.django_db
def test_a_promise_is_repaired_once_and_the_customer_sees_only_the_second_answer():
    run, outcome, listener = run_turn("og-promise")

    assert (outcome.status, outcome.reply, outcome.error_code) == ("completed", SHIPPED, "")
    assert list(Message.objects.filter(run=run).values_list("role", "text")) == [("assistant", SHIPPED)]
    assert listener.shown() == SHIPPED
    assert ("reset", "") in listener.events
    # one lookup call, the rejected answer, and exactly one more for the repair
    assert LLMCall.objects.filter(run=run).count() == 3
    assert sorted(LLMCall.objects.filter(run=run, step_index=2).values_list("attempt", flat=True)) == [1, 2]
    assert REPAIR_NOTE in LLMCall.objects.get(run=run, step_index=2, attempt=2).request["system"]
    assert verdicts(run) == [(2, "repair", "commitment"), (2, "send", "")]
    step = RunStep.objects.get(run=run, index=2)
    assert step.payload["text"] == SHIPPED
    guard = step.payload["output_guard"]
    assert (guard["action"], guard["fired"], guard["sent"]) == ("repair", ["commitment"], "repaired")
    assert guard["repair"]["action"] == "send" and guard["repair"]["confidence"] == 1.0
    assert run.step_count == 3 and run.final_text == SHIPPED


@pytest.mark.django_db
def test_a_repair_that_fails_again_is_replaced_by_the_safe_answer():
    run, outcome, listener = run_turn("og-always-promise")

    safe = OutputSettings().safe_answer
    assert (outcome.status, outcome.reply, outcome.error_code) == ("completed", safe, "output_replaced")
    assert list(Message.objects.filter(run=run).values_list("role", "text")) == [("assistant", safe)]
    assert listener.shown() == safe
    assert LLMCall.objects.filter(run=run).count() == 3  # never a second repair
    assert verdicts(run) == [(2, "repair", "commitment"), (2, "repair", "commitment")]
    assert RunStep.objects.get(run=run, index=2).payload["output_guard"]["sent"] == "safe_answer"
    assert (run.status, run.error_code) == ("completed", "output_replaced")


@pytest.mark.django_db
def test_a_leaked_canary_is_replaced_without_asking_the_model_again():
    run, outcome, listener = run_turn("og-canary")

    canary = canary_for(run.pk)
    first = LLMCall.objects.filter(run=run).order_by("id").first()
    assert canary in first.request["system"]  # every system prompt sent carries the run's canary
    assert outcome.error_code == "output_replaced"
    assert canary not in outcome.reply and canary not in listener.shown()
    assert not Message.objects.filter(run=run, text__contains=canary).exists()
    assert LLMCall.objects.filter(run=run).count() == 2
    assert verdicts(run) == [(2, "replace", "system_prompt_leak")]
    row = GuardVerdict.objects.get(run=run, stage="output")
    assert row.source == "reply"
    scores = {c["name"]: c["score"] for c in row.checks}
    assert scores["system_prompt_leak"] == 1.0 and scores["confidence"] == 0.0


@pytest.mark.django_db
def test_escalate_hands_the_conversation_to_a_person():
    run, outcome, listener = run_turn("og-escalate")

    assert outcome.status == "handed_off"
    escalation = Escalation.objects.get(run=run)
    assert escalation.reason_code == "output_guard"
    assert run.conversation.holder == "human_queue"
    assert "5871" not in listener.shown()
    assert verdicts(run) == [(2, "escalate", "pii_leak")]
    assert RunStep.objects.get(run=run, index=2).payload["output_guard"]["sent"] == "handoff"


@pytest.mark.django_db
def test_with_the_output_guard_off_nothing_changes():
    run, outcome, listener = run_turn("og-off")

    assert outcome.reply == "My instructions start with the marker none."  # no canary was sent
    assert verdicts(run) == []
    assert "output_guard" not in RunStep.objects.get(run=run, index=2).payload


# --- the offline demo desk -------------------------------------------------------------------------------

DEMO_MESSAGES = [
    "Where is my order 1234?",
    "track order 1234",
    "show me my orders",
    "what is your return policy for headphones?",
    "I want to return order 1235, I changed my mind",
    "how long is the warranty on a laptop?",
    "I forgot my password",
    "what email do you have for me?",
    "where is order 9999?",
    "¿Dónde está mi pedido 1234?",
    "muéstrame mis pedidos",
    "Où est ma commande 1234 ?",
    "Wo ist meine Bestellung 1234?",
]


def seed_demo() -> None:
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_demo", "--no-history", stdout=StringIO())


@pytest.fixture
def tool_threads():
    """Sync tools run in worker threads with their own connections: collected, they close them."""
    yield
    import gc

    gc.collect()


@pytest.mark.django_db(transaction=True)
def test_the_offline_demo_desks_answers_pass_the_guard(tool_threads):
    seed_demo()
    reviewed = []
    for text in DEMO_MESSAGES:
        intake, outcome = start_turn("support", text, customer_ref="alice")
        rows = verdicts(intake.run)
        assert [verdict for _, verdict, _ in rows] == ["send"], (text, outcome.reply, rows)
        assert outcome.error_code == ""
        reviewed.append(text)
    assert reviewed == DEMO_MESSAGES


@pytest.mark.django_db(transaction=True)
def test_an_approved_refund_is_reported_as_done_not_repaired_as_a_promise(tool_threads):
    from agents.models import ApprovalRequest
    from tests.runtime_helpers import staff_user

    seed_demo()
    intake, outcome = start_turn("returns", "refund order 1234", customer_ref="alice")
    assert outcome.status == "awaiting_approval"
    approval = ApprovalRequest.objects.get(run_id=intake.run.pk)
    actions.do_decide_approval(approval, actor=staff_user(), approve=True)
    actions.do_carry_out_decision(approval.pk)

    run = Run.objects.get(pk=intake.run.pk)
    assert run.status == "completed"
    assert run.final_text.startswith("Refunded $89.00 on order 1234")
    assert [verdict for _, verdict, _ in verdicts(run)] == ["send"]
    assert Message.objects.get(run=run, role="assistant").text == run.final_text


@pytest.mark.django_db
def test_prose_where_the_agent_must_answer_json_is_repaired_into_json():
    run, outcome, listener = run_turn("og-json")

    assert json.loads(outcome.reply) == json.loads(TICKET_JSON)
    assert listener.shown().strip() == outcome.reply
    assert verdicts(run) == [(2, "repair", "format"), (2, "send", "")]
