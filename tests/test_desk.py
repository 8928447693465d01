"""A desk agent: the router's decision is the run's first step, and the turn continues as the
chosen executor (its prompt, tools and limits), or ends (a person, off topic, unsure)."""

import gc
import sys
from datetime import timedelta
from io import StringIO

import pytest
from asgiref.sync import async_to_sync
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from agents import actions
from agents.models import ApprovalRequest, Conversation, Escalation, Message, Run
from agents.providers import offline
from agents.providers.offline import ToolOutcome
from demo_shop.models import Order
from demo_shop.wording import day
from tests import agents_for_tests
from tests.runtime_helpers import manager_key, start_turn
from tracing.models import LLMCall

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()


def test_route_step_comes_first_and_the_executor_runs_the_turn():
    intake, outcome = start_turn("t-desk", text="Where is my order 1234?")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "completed"
    assert run.executor_name == "t-two-calls"
    assert list(run.steps.values_list("index", "kind")) == [
        (0, "route"), (1, "model"), (2, "tool"), (3, "model"), (4, "tool"), (5, "model"),
    ]  # fmt: skip
    route = run.steps.get(kind="route").payload
    assert (route["intent"], route["confidence"], route["action"], route["executor"]) == (
        "orders",
        0.92,
        "execute",
        "t-two-calls",
    )
    # The executor's own prompt, not the desk's, went to the model.
    first_call = LLMCall.objects.filter(run=run).order_by("step_index").first()
    assert first_call.request["system"].startswith("You are the t-two-calls test agent.\n")
    assert first_call.request["tools"] == [t.name for t in agents_for_tests.ALL_TOOLS]


def test_asking_for_a_human_hands_off_without_a_model_call():
    intake, outcome = start_turn("t-desk", text="I want a human please")

    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.status == "handed_off"
    assert Escalation.objects.get(run=run).reason_code == "customer_asked_for_human"
    assert Conversation.objects.get(pk=run.conversation_id).holder == "human_queue"
    assert LLMCall.objects.filter(run=run).count() == 0


def test_off_topic_is_declined_in_the_customers_language():
    _, outcome = start_turn("t-desk", text="tell me a joke")
    assert (outcome.status, outcome.reply) == ("completed", "I can only help with shop questions.")


def test_low_confidence_asks_a_clarifying_question():
    intake, outcome = start_turn("t-desk", text="maybe something about stuff")
    run = Run.objects.get(pk=intake.run.pk)
    assert outcome.reply == "Do you mean an order question or a refund?"
    assert run.error_code == "clarify"
    assert run.steps.get(kind="route").payload["action"] == "clarify"
    assert Message.objects.get(run=run).text == "Do you mean an order question or a refund?"


def test_an_approval_in_a_routed_run_executes_the_executors_tool(django_capture_on_commit_callbacks):
    staff = manager_key()
    intake, outcome = start_turn("t-desk", text="refund order 1234")
    assert outcome.status == "awaiting_approval"

    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(
            f"/api/v1/approvals/{outcome.approval_id}/approve",
            {},
            "application/json",
            headers={"Authorization": f"Bearer {staff}"},
        )

    assert response.status_code == 200
    assert ApprovalRequest.objects.get(pk=outcome.approval_id).status == "executed"
    run = Run.objects.get(pk=intake.run.pk)
    assert (run.status, run.executor_name) == ("completed", "t-refund")
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]


# --- the demo desk in the customer's language ------------------------------------------------------------


@pytest.fixture
def demo_shop(monkeypatch):
    """The seeded shop without its help articles (embedding them takes half a minute; nothing here
    quotes one). Returns alice's order 1234, her wireless headphones on their way."""
    monkeypatch.setitem(sys.modules, "agents.knowledge.actions", None)
    call_command("seed_demo", "--no-history", stdout=StringIO())
    yield Order.objects.get(number=1234)
    # Tools ran in worker threads with their own database connections: close them before the flush.
    gc.collect()


WHERE_IS_1234 = {
    "es": (
        "¿Dónde está mi pedido 1234?",
        "El pedido 1234 (Wireless headphones, 89,00 $) está en camino, con entrega prevista el {day}.",
    ),
    "fr": (
        "Où est ma commande 1234 ?",
        "La commande 1234 (Wireless headphones, 89,00 $) est en route, livraison prévue le {day}.",
    ),
    "de": (
        "Wo ist meine Bestellung 1234?",
        "Die Bestellung 1234 (Wireless headphones, 89,00 $) ist unterwegs, voraussichtliche Zustellung "
        "am {day}.",
    ),
    "en": (
        "Where is my order 1234?",
        "Order 1234 (Wireless headphones, $89.00) is on its way with DHL, expected on {day}.",
    ),
}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["es", "fr", "de", "en"])
def test_the_demo_desk_answers_where_is_my_order_in_the_customers_language(demo_shop, language):
    text, expected = WHERE_IS_1234[language]

    intake, outcome = start_turn("support", text, customer_ref="alice")

    run = Run.objects.get(pk=intake.run.pk)
    assert (run.status, run.executor_name) == ("completed", "orders")
    assert run.steps.get(kind="route").payload["language"] == language
    assert run.steps.get(kind="tool").payload["name"] == "lookup_order"
    assert outcome.reply == expected.format(day=day(demo_shop.expected_on, language))
    if language == "en":  # English is the tool's own summary, unchanged
        assert outcome.reply == run.steps.get(kind="tool").payload["result"]["summary"]


@pytest.mark.django_db(transaction=True)
def test_a_language_the_desk_has_no_wording_for_is_answered_in_english(demo_shop):
    _, outcome = start_turn("support", "Dov'è il mio ordine 1234?", customer_ref="alice")

    assert outcome.reply == WHERE_IS_1234["en"][1].format(day=day(demo_shop.expected_on))


@pytest.mark.django_db(transaction=True)
def test_a_spanish_customer_is_asked_for_the_order_number_in_spanish(demo_shop):
    conversation = Conversation.objects.create(agent_name="support", customer_ref="alice")

    asked = async_to_sync(actions.execute_claimed_run)(
        actions.do_post_customer_message(conversation, "¿Dónde está mi pedido?")
    )
    answered = async_to_sync(actions.execute_claimed_run)(
        actions.do_post_customer_message(conversation, "1234")
    )

    assert asked.reply == "¿Podrías indicarme el número de pedido?"
    assert answered.reply == WHERE_IS_1234["es"][1].format(day=day(demo_shop.expected_on, "es"))


def outcome(tool: str, result: dict, *, arguments: dict | None = None, is_error: bool = False) -> ToolOutcome:
    return ToolOutcome(tool=tool, arguments=arguments or {}, result=result, is_error=is_error)


TODAY = timezone.localdate()
IN_TEN_DAYS = TODAY + timedelta(days=10)
WORDED = [
    (
        "es",
        outcome(
            "track_shipment",
            {
                "summary": "...",
                "order_id": 1234,
                "status": "shipped",
                "carrier": "DHL",
                "tracking_code": "JD014600003SE",
                "tracking_url": "https://dhl.example/JD014600003SE",
            },
        ),
        "El pedido 1234 está en camino con DHL, código de seguimiento JD014600003SE "
        "(https://dhl.example/JD014600003SE).",
    ),
    (
        "de",
        outcome(
            "track_shipment",
            {"summary": "...", "order_id": 1236, "status": "paid", "carrier": "", "tracking_code": None},
        ),
        "Die Bestellung 1236 wurde noch nicht verschickt: sie ist bezahlt und wird in unserem Lager "
        "vorbereitet. Bestellungen, die an einem Werktag vor 14 Uhr (Eastern Time) bezahlt werden, gehen "
        "am selben Tag raus, und Sie erhalten die Sendungsnummer per E-Mail.",
    ),
    (
        "fr",
        outcome(
            "return_policy",
            {
                "summary": "...",
                "category": "headphones",
                "returnable": True,
                "window_days": 30,
                "restocking_fee_percent": 0,
                "conditions": "Send it back in its original packaging.",
            },
        ),
        "Casques et écouteurs : retour possible sous 30 jours après la livraison, avec une étiquette de "
        "retour gratuite. Send it back in its original packaging.",
    ),
    (
        "es",
        outcome(
            "return_policy",
            {
                "summary": "...",
                "order_id": 1235,
                "category": "accessories",
                "returnable": True,
                "window_days": 60,
                "restocking_fee_percent": 0,
                "conditions": "Send it back in its original packaging.",
                "deadline": IN_TEN_DAYS.isoformat(),
            },
        ),
        f"Sí: el pedido 1235 se puede devolver hasta el {day(IN_TEN_DAYS, 'es')} (60 días para cargadores, "
        "cables, fundas y soportes), con una etiqueta de devolución gratuita. Send it back in its original "
        "packaging.",
    ),
    (
        "de",
        outcome(
            "open_return",
            {
                "summary": "...",
                "return_id": "RMA-000006",
                "order_id": 1235,
                "status": "open",
                "reason": "changed_mind",
                "expected_refund": "1234.50",
                "drop_off_within_days": 14,
            },
        ),
        "Die Rücksendung RMA-000006 für die Bestellung 1235 ist eröffnet. Wir haben Ihnen ein kostenloses "
        "Rücksendeetikett per E-Mail geschickt. Verpacken Sie den Artikel in der Originalverpackung mit "
        "allem Zubehör und geben Sie ihn innerhalb von 14 Tagen ab. Wir erstatten Ihnen 1.234,50 $ auf Ihr "
        "ursprüngliches Zahlungsmittel innerhalb von 2 Werktagen nach Eingang des Pakets.",
    ),
    (
        "es",
        outcome(
            "show_profile",
            {
                "summary": "...",
                "name": "Alice Martin",
                "email": "alice@example.com",
                "phone": "",
                "address": "",
            },
        ),
        "Nombre: Alice Martin. Correo electrónico: alice@example.com. Teléfono: ninguno registrado. "
        "Dirección de entrega: ninguna registrada.",
    ),
    (
        "fr",
        outcome("send_password_reset", {"summary": "...", "sent_to": "a***@example.com"}),
        "Nous avons envoyé un lien de réinitialisation du mot de passe à a***@example.com, l'adresse de "
        "votre compte. Le lien ne fonctionne qu'une fois et expire au bout de 60 minutes ; s'il n'arrive "
        "pas d'ici quelques minutes, vérifiez votre dossier de spam.",
    ),
    (
        "es",
        outcome(
            "send_password_reset",
            {"summary": "...", "sent_to": "a***@example.com"},
            arguments={"email": "alice@example.com"},
        ),
        "Si a***@example.com pertenece a una cuenta, le hemos enviado un enlace para restablecer la "
        "contraseña. El enlace funciona una sola vez y caduca a los 60 minutos; si no te llega en unos "
        "minutos, revisa la carpeta de spam.",
    ),
    (
        "de",
        outcome(
            "refund_order",
            {"summary": "...", "refund_id": 3, "order_id": 1234, "amount": "40.00", "left": "49.00"},
        ),
        "Wir haben 40,00 $ für die Bestellung 1234 auf Ihr ursprüngliches Zahlungsmittel erstattet; der "
        "Betrag erscheint innerhalb von 5-10 Werktagen auf Ihrer Abrechnung (1-2 bei PayPal). Auf der "
        "Bestellung sind noch 49,00 $ offen.",
    ),
    (
        "es",
        outcome(
            "lookup_order",
            {
                "code": "not_found",
                "message": "There is no order 99 with that e-mail address.",
                "retryable": False,
            },
            arguments={"order_id": 99, "email": "x@example.com"},
            is_error=True,
        ),
        "No encuentro el pedido 99 con esa dirección de correo electrónico. ¿Puedes comprobar el número y la "
        "dirección?",
    ),
]


@pytest.mark.parametrize(("language", "result", "expected"), WORDED)
def test_the_desks_wordings_of_its_tools_results(language, result, expected):
    wording = offline.RESULT_WORDINGS[result.tool]

    assert wording(result, language) == expected
    # English is the tool's own summary (the offline model never asks for it).
    assert wording(result, "en") is None


def test_a_result_the_wording_cannot_tell_apart_keeps_its_english_summary():
    # A return-policy answer for an order that has no deadline yet: not delivered, or returned,
    # refunded or cancelled; the result does not say which.
    undelivered = outcome(
        "return_policy",
        {
            "summary": "Order 1236 (Phone case) has not been delivered yet. ...",
            "order_id": 1236,
            "category": "accessories",
            "returnable": True,
            "window_days": 60,
            "restocking_fee_percent": 0,
            "conditions": "",
        },
    )

    assert offline.RESULT_WORDINGS["return_policy"](undelivered, "es") is None
    assert offline.RESULT_WORDINGS["lookup_order"](outcome("lookup_order", {"summary": "..."}), "es") is None
