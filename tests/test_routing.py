"""The router: offline classification (embeddings + language detection + lexicon), the model path
through the fallback chain with a scripted model, the clarifying question, and `evaluate_router`.

No database: the router reads none. The first test that embeds anything loads MiniLM (seconds);
the demo desk's router is built once for the module.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from agents import language
from agents.language import detect_language, to_english_keywords
from agents.providers.base import ChatMessage, ModelRequest, ModelResponse
from agents.providers.scripted import register_script, reply
from agents.routing import IntentSpec, RouteDecision, Router
from demo_shop.intents import INTENTS, build_router

OFFLINE = ["offline:handrail-offline-demo"]


@pytest.fixture(scope="module")
def router() -> Router:
    built = build_router(model_chain=OFFLINE)
    built.warm_up()
    return built


# --- offline decisions ------------------------------------------------------------------------------

# (message, intent, language, needs_retrieval, tier)
DECISIONS = [
    # The misroute from the source articles: SMS-speak for a pricing question, a help-centre question.
    ("wht r ur prices???", "help", "en", True, "cheap"),
    ("¿Dónde está mi pedido 1234?", "orders", "es", False, "cheap"),
    ("I want to talk to a human", "human", "en", False, "cheap"),
    ("tell me a joke", "off_topic", "en", False, "cheap"),
    ("cant remember my pasword", "account", "en", False, "standard"),
    ("my refnd still hasnt arrived", "returns", "en", False, "standard"),
    ("Wo ist meine Bestellung 5521?", "orders", "de", False, "cheap"),
    ("Je veux retourner ma commande", "returns", "fr", False, "standard"),
    ("Quiero hablar con una persona", "human", "es", False, "cheap"),
    ("how long does delivery take to germany", "help", "en", True, "cheap"),
    ("hi, where is my order 4411? thanks", "orders", "en", False, "cheap"),
    ("how many days do I have to send something back?", "returns", "en", True, "standard"),
    ("Wie ändere ich mein Passwort?", "account", "de", False, "standard"),
]


@pytest.mark.parametrize(("text", "intent", "lang", "retrieval", "tier"), DECISIONS)
async def test_offline_decisions(router, text, intent, lang, retrieval, tier):
    decision = await router.route(text, [])

    assert (decision.intent, decision.language, decision.needs_retrieval, decision.tier) == (
        intent,
        lang,
        retrieval,
        tier,
    )
    assert decision.source == "offline"
    assert decision.confidence >= router.threshold
    assert decision.raw["top_intents"][0]["intent"] == intent


async def test_sms_speak_is_normalised_before_embedding(router):
    decision = await router.route("wht r ur prices???", [])

    assert decision.raw["text"] == "what are your prices?"


async def test_foreign_key_words_are_mapped_into_english(router):
    decision = await router.route("¿Dónde está mi pedido 1234?", [])

    assert decision.raw["text"] == "where is my order 1234"
    assert decision.raw["lexicon_words"] == 4
    assert decision.raw["language"]["detected"] == "es"


async def test_two_requests_go_to_the_first_with_the_strong_tier(router):
    decision = await router.route("where is my order 5512 and how do i reset my password", [])

    assert decision.intent == "orders"
    assert decision.raw["multi_intent"] is True
    assert decision.tier == "strong"
    assert [c["intent"] for c in decision.raw["clauses"]] == ["orders", "account"]


async def test_a_person_asked_for_comes_before_the_other_request(router):
    decision = await router.route("my refund is late again and i want to talk to a human", [])

    assert decision.intent == "human"


async def test_a_long_complaint_takes_the_strong_tier(router):
    text = (
        "I have been waiting THREE WEEKS for my package and nobody answers my emails, this is absolutely "
        "ridiculous, I paid for express shipping and it still has not arrived, I want to know what is going "
        "on with order 7781 right now and why nobody from your company has bothered to reply to me"
    )
    decision = await router.route(text, [])

    assert (decision.intent, decision.tier) == ("orders", "strong")


async def test_keyboard_mash_is_off_topic_but_not_surely(router):
    decision = await router.route("asdfghjkl", [])

    assert (decision.intent, decision.confidence, decision.source) == ("off_topic", 0.5, "offline")


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t ", "???", bytes(range(256)).decode("latin-1"), "\x00\x01\x02\ufffd\ufffd\x7f"],
    ids=["empty", "whitespace", "punctuation", "binary", "control-characters"],
)
async def test_nothing_to_classify_gives_the_safe_default(router, text):
    decision = await router.route(text, [])

    assert (decision.intent, decision.confidence, decision.source, decision.language) == (
        "help",
        0.0,
        "default",
        "en",
    )


async def test_ten_thousand_characters_are_declined_not_raised(router):
    decision = await router.route("a" * 10_000, [])

    assert (decision.intent, decision.source) == ("off_topic", "offline")
    assert len(decision.raw["text"]) == 300  # the trace keeps a bounded excerpt


async def test_a_long_real_message_is_classified_on_its_beginning(router):
    text = "Where is my order 1234? " + "Lorem ipsum dolor sit amet. " * 400

    decision = await router.route(text, [])

    assert decision.intent == "orders"


async def test_a_short_reply_is_read_with_the_previous_message(router):
    history = [
        ChatMessage(role="user", content="where is my order?"),
        ChatMessage(role="assistant", content="Could you tell me your order number?"),
    ]

    decision = await router.route("yes", history)

    assert decision.intent == "orders"
    assert decision.raw["used_history"] is True


async def test_thanks_is_never_read_with_the_previous_message(router):
    history = [ChatMessage(role="user", content="where is my order?")]

    decision = await router.route("thanks!", history)

    assert decision.intent == "off_topic"
    assert decision.raw["used_history"] is False


async def test_allowed_languages_give_the_main_language_for_others():
    desk = build_router(model_chain=OFFLINE, allowed_languages=("en", "es"))

    decision = await desk.route("Wo ist meine Bestellung 5521?", [])

    assert (decision.intent, decision.language) == ("orders", "en")
    assert decision.raw["language"]["detected"] == "de"


def test_router_rejects_a_bad_configuration():
    with pytest.raises(ValueError, match="default_intent 'billing' is not one of"):
        Router(INTENTS, default_intent="billing")
    with pytest.raises(ValueError, match="must be unique"):
        Router([*INTENTS, INTENTS[0]], default_intent="help")
    with pytest.raises(ValueError, match="below_threshold must be"):
        Router(INTENTS, default_intent="help", below_threshold="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threshold must be between 0 and 1"):
        Router(INTENTS, default_intent="help", threshold=1.5)


# --- the clarifying question --------------------------------------------------------------------------


def _unsure(language: str, *top: str) -> RouteDecision:
    return RouteDecision(
        intent=top[0],
        confidence=0.5,
        language=language,
        needs_retrieval=False,
        tier="strong",
        source="offline",
        raw={"top_intents": [{"intent": name, "confidence": 0.3} for name in top]},
    )


def test_clarifying_question_names_the_two_likeliest_intents_in_the_customers_language(router):
    assert router.clarifying_question(_unsure("es", "orders", "returns", "help")) == (
        "Para asegurarme de ayudarte bien: ¿tu mensaje trata de un pedido o una entrega o de una "
        "devolución o un reembolso?"
    )
    assert router.clarifying_question(_unsure("en", "returns", "off_topic", "account")) == (
        "Just to be sure I send you to the right place: is your message about a return or a refund, or "
        "about your account?"
    )


def test_clarifying_question_after_the_default_lists_everything(router):
    default = RouteDecision("help", 0.0, "fr", True, "strong", "default", {})

    assert router.clarifying_question(default) == (
        "Je peux vous aider pour une commande ou une livraison, un retour ou un remboursement, votre "
        "compte ou une question sur nos produits, prix ou conditions. De quoi s'agit-il ?"
    )


def test_clarifying_question_without_labels_uses_the_descriptions():
    intents = [
        IntentSpec("billing", "Invoices, charges and payment plans.", executor="billing"),
        IntentSpec("tech", "Setting up and fixing the device.", executor="tech"),
    ]
    plain = Router(intents, default_intent="tech", model_chain=OFFLINE)

    assert plain.clarifying_question(_unsure("de", "tech", "billing")) == (
        "Just to be sure I send you to the right place: is your message about setting up and fixing the "
        "device, or about invoices?"
    )


# --- language detection and the lexicon ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("refund pls", "en"),
        ("ok", "en"),
        ("danke", "de"),
        ("merci", "fr"),
        ("hola", "es"),
        ("operator", "en"),  # one word that is no hint of any language: the default
        ("1234", "en"),
        ("¿Dónde está mi pedido?", "es"),
        ("je n'arrive pas à me connecter", "fr"),
        ("dov'è il mio ordine?", "it"),
        ("waar is mijn bestelling", "nl"),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text).code == code


def test_detect_language_without_lingua_uses_the_hint_words(monkeypatch):
    monkeypatch.setattr(language, "_lingua", lambda: None)

    assert detect_language("¿Dónde está mi pedido?") == language.LanguageGuess("es", 1.0, "hints")
    assert detect_language("Wo ist meine Bestellung?") == language.LanguageGuess("de", 1.0, "hints")


def test_lexicon_maps_key_words_and_keeps_the_rest():
    assert to_english_keywords("Supprimez mon compte s'il vous plaît", "fr") == (
        "delete my account please",
        4,
    )
    assert to_english_keywords("¿Qué precio tiene?", "es") == ("what price tiene", 2)
    assert to_english_keywords("Where is my order", "en") == ("where is my order", 0)


# --- the model path -------------------------------------------------------------------------------------


def _answer(request: ModelRequest, text: str) -> ModelResponse:
    return reply(request, text)


GOOD = '{"intent": "returns", "confidence": 0.92, "language": "fr", "needs_retrieval": false}'


def _good(request: ModelRequest) -> ModelResponse:
    return _answer(request, f"```json\n{GOOD}\n```")


def _malformed_then_good(request: ModelRequest) -> ModelResponse:
    retried = request.messages[-1].content.startswith("That answer was not valid")
    return _answer(request, GOOD if retried else '{"intent": "billing", "confidence": 2}')


def _garbage(request: ModelRequest) -> ModelResponse:
    return _answer(request, "I think the customer wants their money back.")


register_script("router-good", _good)
register_script("router-malformed-then-good", _malformed_then_good)
register_script("router-garbage", _garbage)


async def test_model_path_valid_answer():
    desk = build_router(model_chain=["scripted:router-good"])

    decision, records = await desk.classify(
        "Je veux être remboursé", [ChatMessage(role="user", content="bonjour")]
    )

    assert (decision.intent, decision.confidence, decision.language, decision.source) == (
        "returns",
        0.92,
        "fr",
        "model",
    )
    assert decision.raw["attempts"] == 1
    assert len(records) == 1
    request = records[0].request
    assert request["temperature"] == 0.0
    assert [m["content"] for m in request["messages"]] == ["bonjour", "Je veux être remboursé"]
    assert (
        '"intent": one of ["orders", "returns", "account", "help", "human", "off_topic"]' in request["system"]
    )


async def test_model_path_retries_a_malformed_answer_with_the_error():
    desk = build_router(model_chain=["scripted:router-malformed-then-good"])

    decision, records = await desk.classify("I want my money back", [])

    assert (decision.intent, decision.source, decision.raw["attempts"]) == ("returns", "model", 2)
    assert len(records) == 2
    retry = records[1].request["messages"][-1]["content"]
    assert retry.startswith("That answer was not valid: the answer does not match the schema: intent: ")
    assert "confidence: Input should be less than or equal to 1" in retry
    assert retry.endswith("Reply with only the JSON object.")


async def test_model_path_gives_the_safe_default_after_two_bad_answers():
    desk = build_router(model_chain=["scripted:router-garbage"])

    decision, records = await desk.classify("I want my money back", [])

    assert (decision.intent, decision.confidence, decision.source) == ("help", 0.0, "default")
    assert decision.raw["model_errors"] == [
        "the answer is not a JSON object",
        "the answer is not a JSON object",
    ]
    assert len(records) == 2


async def test_model_path_falls_back_to_the_offline_classifier_when_the_chain_has_one():
    desk = build_router(model_chain=["scripted:router-garbage", *OFFLINE])

    decision = await desk.route("I want my money back", [])

    assert (decision.intent, decision.source) == ("returns", "offline")
    assert decision.raw["model_errors"] == [
        "the answer is not a JSON object",
        "the answer is not a JSON object",
    ]


async def test_model_path_with_every_provider_down_gives_the_default():
    desk = build_router(model_chain=["scripted:no-such-script"])

    decision, records = await desk.classify("¿Dónde está mi pedido?", [])

    assert (decision.intent, decision.confidence, decision.source, decision.language) == (
        "help",
        0.0,
        "default",
        "es",
    )
    assert decision.raw["model_errors"] == ["no answer from the model chain (not_found)"]
    assert [r.error_code for r in records] == ["not_found"]


# --- evaluate_router ----------------------------------------------------------------------------------------


def _write(tmp_path: Path, rows: list[dict] | str) -> str:
    path = tmp_path / "labelled.jsonl"
    text = rows if isinstance(rows, str) else "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_evaluate_router_prints_accuracy_and_the_confusion_table(tmp_path):
    path = _write(
        tmp_path,
        [
            {"text": "wht r ur prices???", "intent": "help", "language": "en"},
            {"text": "¿Dónde está mi pedido 1234?", "intent": "orders", "language": "es"},
            {"text": "I want to talk to a human", "intent": "human", "language": "en"},
            {"text": "tell me a joke", "intent": "off_topic", "language": "en"},
            {"text": "can i order by phone", "intent": "help", "language": "en"},
        ],
    )
    out = StringIO()

    call_command("evaluate_router", file=path, offline=True, show_errors=True, stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[:-1] == [
        f"Router evaluation: {path} (5 messages)",
        "Accuracy: 4/5 = 80.0%",
        "Language: 5/5 = 100.0%",
        "Below the threshold (0.70): 0 messages, 0 routed right",
        "",
        "intent     precision  recall  support",
        "orders         0.500   1.000        1",
        "returns            -       -        0",
        "account            -       -        0",
        "help           1.000   0.500        2",
        "human          1.000   1.000        1",
        "off_topic      1.000   1.000        1",
        "",
        "Confusion (rows: expected, columns: routed)",
        "expected \\ routed  orders  returns  account  help  human  off_topic",
        "orders                  1        0        0     0      0          0",
        "returns                 0        0        0     0      0          0",
        "account                 0        0        0     0      0          0",
        "help                    1        0        0     1      0          0",
        "human                   0        0        0     0      1          0",
        "off_topic               0        0        0     0      0          1",
        "",
        "Misrouted (1):",
        "  line 5: expected help, routed orders (0.91): can i order by phone",
        "",
    ]
    assert lines[-1].startswith("Latency: p50 ") and lines[-1].endswith(" ms per message")


def test_evaluate_router_json(tmp_path):
    path = _write(tmp_path, [{"text": "tell me a joke", "intent": "off_topic"}])
    out = StringIO()

    call_command("evaluate_router", file=path, offline=True, json=True, stdout=out)

    report = json.loads(out.getvalue())
    assert (report["messages"], report["correct"], report["accuracy"], report["errors"]) == (1, 1, 1.0, [])
    assert report["confusion"]["off_topic"]["off_topic"] == 1
    assert report["language_labelled"] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ('{"text": "hi", "intent": "help"}\n{not json', "labelled.jsonl line 2 is not valid JSON"),
        (
            '{"text": "hi"}',
            'labelled.jsonl line 1 must be an object with a "text" string and an "intent" string',
        ),
        ('{"text": "hi", "intent": "billing"}', "labelled.jsonl line 1: intent 'billing' is not one of"),
        ("\n# only a comment\n", "holds no labelled messages"),
    ],
    ids=["missing", "bad-json", "no-intent", "unknown-intent", "empty"],
)
def test_evaluate_router_rejects_a_bad_file(tmp_path, content, message):
    path = str(tmp_path / "labelled.jsonl") if content is None else _write(tmp_path, content)

    with pytest.raises(CommandError, match=message):
        call_command("evaluate_router", file=path, offline=True, stdout=StringIO())


def test_eval_set_is_large_and_varied():
    rows = [json.loads(line) for line in Path("demo_shop/router_eval.jsonl").read_text("utf-8").splitlines()]
    examples = {e.lower() for intent in INTENTS for e in intent.examples}

    assert len(rows) == 230
    assert {r["intent"] for r in rows} == {"orders", "returns", "account", "help", "human", "off_topic"}
    assert {r["language"] for r in rows} == {"en", "es", "fr", "de", "it", "pt", "nl"}
    assert not [r["text"] for r in rows if r["text"].lower() in examples]  # held out, not the prototypes
