"""Sensitive topics (agents/sensitive.py): legal threats, billing disputes, formal complaints and
self-harm, in English, Spanish, French and German, with typos and shouting; the near-misses that
must not escalate; the router marking the decision; and the demo desk escalating end to end.

The similarity layer embeds with MiniLM: the first test that reaches it loads the model (seconds).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings

from agents import embeddings, sensitive
from agents.models import Conversation, Escalation, Message, Run
from agents.providers.base import ChatMessage, ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply
from agents.sensitive import TOPICS, customer_message, detect_sensitive_topic, fold
from demo_shop.intents import build_router
from tests.runtime_helpers import start_turn
from tracing.models import GuardVerdict, LLMCall

OFFLINE = ["offline:handrail-offline-demo"]

# (message, topic): every topic in every language the desk must read, with the typos, shouting and
# missing accents customers type.
ON_TOPIC = [
    ("I'm going to sue you for this", "legal_threat"),
    ("my lawyer will contact you", "legal_threat"),
    ("see you in small claims court", "legal_threat"),
    ("IM GONNA SUE U", "legal_threat"),
    ("my lawer will be in touch", "legal_threat"),
    ("If you don't refund me I'll sue", "legal_threat"),
    ("Voy a demandarlos", "legal_threat"),
    ("mi abogado se pondra en contacto con ustedes", "legal_threat"),
    ("Je vais vous poursuivre en justice", "legal_threat"),
    ("Mon avocat va vous contacter", "legal_threat"),
    ("Ich werde Sie verklagen", "legal_threat"),
    ("Mein Anwalt meldet sich bei Ihnen", "legal_threat"),
    ("you charged me twice and I'm disputing it with my bank", "billing_dispute"),
    ("I'm filing a chargeback", "billing_dispute"),
    ("there is an unauthorised charge on my card", "billing_dispute"),
    ("i'll do a chargback", "billing_dispute"),
    ("Hay un cargo no autorizado en mi tarjeta", "billing_dispute"),
    ("Voy a pedir un contracargo", "billing_dispute"),
    ("Je vais faire opposition sur ce paiement", "billing_dispute"),
    ("Il y a un prélèvement non autorisé sur mon compte", "billing_dispute"),
    ("Ich lasse die Zahlung zurückbuchen", "billing_dispute"),
    ("Diese Abbuchung habe ich nicht autorisiert", "billing_dispute"),
    ("I want to file a complaint", "complaint"),
    ("this is unacceptable, I want to complain to a manager", "complaint"),
    ("I'm reporting you to consumer protection", "complaint"),
    ("i want to make a complant", "complaint"),
    ("Quiero poner una queja", "complaint"),
    ("Exijo la hoja de reclamaciones", "complaint"),
    ("Je veux me plaindre auprès d'un responsable", "complaint"),
    ("Je vais saisir le médiateur de la consommation", "complaint"),
    ("Ich möchte eine Beschwerde einreichen", "complaint"),
    ("Ich wende mich an die Verbraucherzentrale", "complaint"),
    ("I want to kill myself", "self_harm"),
    ("I don't want to live anymore", "self_harm"),
    ("i wanna k1ll mys3lf", "self_harm"),
    ("I WANT TO DIE", "self_harm"),
    ("Quiero suicidarme", "self_harm"),
    ("ya no quiero vivir", "self_harm"),
    ("Je ne veux plus vivre", "self_harm"),
    ("J'ai envie de mourir", "self_harm"),
    ("Ich will mich umbringen", "self_harm"),
    ("Ich will nicht mehr leben", "self_harm"),
]

# Ordinary support messages that share words with a topic: none may escalate.
NEAR_MISSES = [
    "my order is late",
    "refund order 1234",
    "I was charged shipping, why?",
    "this charger kills my battery",
    "I'm dying to get my parcel",
    "I was charged twice for my order",
    "my bank says the refund hasn't arrived yet",
    "My name is Sue, I'm checking on order 5521",
    "Will Sue be able to collect it?",
    "does the court shoe come in size 6?",
    "what is the legal warranty period in the EU?",
    "no complaints, the delivery was super quick!",
    "I don't want to complain, but my parcel is a week late",
    "I'm not going to sue anyone, I just want my refund",
    "this waiting is killing me, any update?",
    "my laptop died, is it covered by the warranty?",
    "I want to speak to a manager",
    "me muero de ganas de recibir mi pedido",
    "quiero reclamar mi reembolso",
    "je meurs d'envie de recevoir mon colis",
    "ma banque a refusé le paiement, je peux réessayer ?",
    "Der Akku ist nach zwei Tagen tot",
    "Ich habe keine Beschwerden, alles super",
    "Ich will die Bestellung stornieren",
]


@pytest.mark.parametrize(("text", "topic"), ON_TOPIC)
def test_each_topic_in_each_language_is_found_by_the_patterns(text, topic):
    found = detect_sensitive_topic(text)

    assert found is not None
    assert (found.topic, found.method, found.score) == (topic, "pattern", 1.0)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_ordinary_messages_that_look_alike_are_not_sensitive(text):
    assert detect_sensitive_topic(text) is None


def test_the_evidence_is_the_words_that_matched_after_folding():
    found = detect_sensitive_topic("I WANT TO KIIIILL MYSELF")

    assert found is not None
    assert found.as_dict() == {
        "topic": "self_harm",
        "score": 1.0,
        "method": "pattern",
        "evidence": "kill myself",
    }


def test_folding_undoes_case_accents_stretching_leetspeak_and_invisible_characters():
    assert fold("Ich möchte  SUUUUE\u200b  y0u, Straße’s k1ll") == "ich mochte sue you, strasse's kill"


def test_a_negated_threat_is_not_one_but_a_negated_condition_still_is():
    assert detect_sensitive_topic("I will never sue you, just fix it") is None
    assert detect_sensitive_topic("No quiero quejarme, pero el envío tardó") is None
    threat = detect_sensitive_topic("If you don't refund me by Friday I'll sue")
    assert threat is not None and threat.topic == "legal_threat"
    hesitate = detect_sensitive_topic("I will not hesitate to take legal action")
    assert hesitate is not None and hesitate.topic == "legal_threat"


def test_a_joke_taken_back_is_not_a_complaint_but_not_kidding_is_a_threat():
    assert detect_sensitive_topic("I want to complain... just kidding, where is my order?") is None
    threat = detect_sensitive_topic("I'll sue you, and I'm not kidding")
    assert threat is not None and threat.topic == "legal_threat"


def test_self_harm_wins_over_another_topic_in_the_same_message():
    found = detect_sensitive_topic("I'll sue you all and then kill myself")

    assert found is not None and found.topic == "self_harm"


def test_paraphrases_no_pattern_knows_are_found_by_similarity():
    found = detect_sensitive_topic("I dont see the point in living anymore")

    assert found is not None
    assert (found.topic, found.method, found.evidence) == (
        "self_harm",
        "similarity",
        "there is no point in living",
    )
    assert 0.55 <= found.score < 1.0


def test_the_callers_normalised_reading_is_read_too():
    # The input guard undoes spacing tricks; the detector reads both versions of the message.
    found = detect_sensitive_topic("i will s u e  y o u", normalised_text="i will sue you")

    assert found is not None and (found.topic, found.method) == ("legal_threat", "pattern")


@pytest.mark.parametrize("text", ["", "   ", "1234", "🙂", "?" * 5000, "a" * 20_000, "\x00\x01\x02"])
def test_anything_that_is_not_a_sentence_is_not_sensitive(text):
    assert detect_sensitive_topic(text) is None


def test_the_labelled_file_covers_every_topic_and_language_and_its_only_error_is_known():
    rows = [
        json.loads(line)
        for line in Path(settings.BASE_DIR, "agents", "data", "sensitive_eval.jsonl").read_text().splitlines()
    ]
    positives = [r for r in rows if r["topic"] != "none"]
    ordinary = [r for r in rows if r["topic"] == "none"]
    assert len(positives) >= 150 and len(ordinary) >= 300
    assert {(r["topic"], r["language"]) for r in positives} >= {
        (topic, language) for topic in TOPICS for language in ("en", "es", "fr", "de")
    }

    errors = []
    for row in rows:
        found = detect_sensitive_topic(row["text"])
        if (found.topic if found else "none") != row["topic"]:
            errors.append(row["text"])

    # A French decorative "avocat" (an avocado-shaped ornament) reads as "my lawyer": written as a trap.
    assert errors == ["mon avocat de bureau (l'objet décoratif) est cassé, je veux un échange"]


def test_customer_messages_per_topic_and_language():
    help_de = customer_message("self_harm", "de")
    assert help_de is not None
    assert "112" in help_de and "0800 111 0 111" in help_de and "{ticket}" in help_de
    assert customer_message("self_harm", "nl") == customer_message("self_harm", "en")
    assert customer_message("legal_threat", "fr") == (
        "Je comprends. Une personne de notre équipe va reprendre cette conversation (ticket {ticket})."
    )
    assert customer_message("weather", "en") is None


# --- the router ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def router():
    built = build_router(model_chain=OFFLINE)
    built.warm_up()
    return built


async def test_the_router_sends_a_sensitive_message_to_the_escalation_intent(router):
    decision = await router.route("Where is my order 1234? If it isn't here tomorrow I'll sue you", [])

    assert (decision.intent, decision.confidence, decision.sensitive_topic, decision.tier) == (
        "human",
        1.0,
        "legal_threat",
        "cheap",
    )
    assert decision.needs_retrieval is False
    assert decision.raw["sensitive_topic"] == {
        "topic": "legal_threat",
        "score": 1.0,
        "method": "pattern",
        "evidence": "'ll sue",
        "routed_intent": "orders",
        "routed_confidence": decision.raw["top_intents"][0]["confidence"],
    }
    assert decision.to_payload()["sensitive_topic"] == "legal_threat"


async def test_an_ordinary_message_carries_no_topic(router):
    decision = await router.route("this charger kills my battery, can I return it?", [])

    assert decision.intent == "returns"
    assert decision.sensitive_topic == ""
    assert decision.raw["sensitive_topic"] is None
    assert "sensitive_topic" not in decision.to_payload()


def test_the_router_shares_its_embedding_with_the_check(router, monkeypatch):
    quiet = build_router(model_chain=OFFLINE, sensitive_topics=False)
    quiet.warm_up()
    passes: list[str] = []
    encode = embeddings._encode
    monkeypatch.setattr(embeddings, "_encode", lambda text: passes.append(text) or encode(text))
    message = "hey, my package was supposed to come tuesday and its thursday now"

    embeddings.cache_clear()
    quiet.classify_offline(message)
    without_check = list(passes)
    passes.clear()
    embeddings.cache_clear()
    checked = router.classify_offline(message)

    assert checked.raw["sensitive_topic"] is None
    assert passes == without_check  # the check embedded nothing the router had not embedded


async def test_only_the_new_message_is_read_not_the_history(router):
    history = [
        ChatMessage(role="user", content="I'm going to sue you"),
        ChatMessage(role="assistant", content="I'm sorry to hear that."),
    ]

    decision = await router.route("ok?", history)

    assert decision.sensitive_topic == ""


async def test_a_router_can_leave_sensitive_topics_to_the_input_guard():
    quiet = build_router(model_chain=OFFLINE, sensitive_topics=False)

    decision = await quiet.route("I want to file a complaint", [])

    assert decision.sensitive_topic == ""
    assert "sensitive_topic" not in decision.raw


def _returns_answer(request: ModelRequest) -> ModelResponse:
    return reply(
        request, '{"intent": "returns", "confidence": 0.9, "language": "en", "needs_retrieval": false}'
    )


register_script("sensitive-router-returns", _returns_answer)


async def test_the_model_path_is_checked_as_well():
    desk = build_router(model_chain=["scripted:sensitive-router-returns"])

    decision, records = await desk.classify("I'm filing a chargeback with my bank", [])

    assert (decision.source, decision.intent, decision.sensitive_topic) == (
        "model",
        "human",
        "billing_dispute",
    )
    assert decision.raw["sensitive_topic"]["routed_intent"] == "returns"
    assert len(records) == 1


# --- end to end: the demo desk ------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_support_desk_escalates_a_legal_threat_without_a_model_call():
    intake, outcome = start_turn("support", "I'm going to sue you for this", "alice")

    run = Run.objects.get(pk=intake.run.pk)
    escalation = Escalation.objects.get(run=run)
    assert outcome.status == "handed_off"
    assert (escalation.reason_code, escalation.reason_detail) == ("sensitive_topic", "legal_threat")
    assert escalation.summary.startswith("Customer: I'm going to sue you for this\nStopped: sensitive topic")
    assert Conversation.objects.get(pk=run.conversation_id).holder == "human_queue"
    # The input guard's patterns caught it before routing: no route step, no model call.
    assert not run.steps.filter(kind="route").exists()
    verdict = GuardVerdict.objects.get(run=run, stage="input")
    assert (verdict.verdict, verdict.deciding_check) == ("escalate", "sensitive_topic")
    assert [c["detail"]["topic"] for c in verdict.checks if c["fired"]] == ["legal_threat"]
    assert LLMCall.objects.filter(run=run).count() == 0


@pytest.mark.django_db
def test_the_support_desk_escalates_self_harm_in_spanish():
    intake, outcome = start_turn("support", "ya no quiero vivir", "alice")

    escalation = Escalation.objects.get(run_id=intake.run.pk)
    assert (escalation.reason_code, escalation.reason_detail) == ("sensitive_topic", "self_harm")
    # The customer hears where to find help now, in their language, with the ticket filled in.
    expected = sensitive.customer_message("self_harm", "es").replace("{ticket}", escalation.ticket)
    assert outcome.reply == expected
    assert Message.objects.get(run_id=intake.run.pk).text == expected
    verdict = GuardVerdict.objects.get(run_id=intake.run.pk, stage="input")
    (fired,) = [c for c in verdict.checks if c["fired"]]
    assert escalation.summary.endswith(f"(input guard: {fired['reason']})")
    assert "quiero" in fired["reason"] or "vivir" in fired["reason"]
