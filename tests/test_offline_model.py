"""The offline model: a deterministic policy over the packaged all-MiniLM-L6-v2 embeddings.

No database: these tests build requests by hand. The first test to embed anything loads the model
(a few seconds); the rest reuse it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Literal

import numpy as np
import pytest
from pydantic import BaseModel, Field

from agents import embeddings
from agents.context import compose_system
from agents.errors import ProviderError
from agents.providers import build_provider, offline
from agents.providers.base import ChatMessage, ModelRequest, ToolCallRequest, ToolSpec
from agents.providers.offline import OfflineProvider


class LookupOrderArgs(BaseModel):
    order_id: int = Field(description="The order number")


class TrackShipmentArgs(BaseModel):
    tracking_number: str = Field(description="The carrier's tracking number", pattern=r"^1Z[0-9A-Z]{16}$")


class ReturnPolicyArgs(BaseModel):
    category: Literal["electronics", "clothing", "furniture"] = Field(description="The product category")


class SearchHelpArgs(BaseModel):
    query: str = Field(description="What to search for in the help centre", max_length=200)


class ChangeEmailArgs(BaseModel):
    # format "email" by hand: EmailStr needs the email-validator package, which Handrail does not use
    new_email: Annotated[
        str, Field(description="The new e-mail address", json_schema_extra={"format": "email"})
    ]


class RefundArgs(BaseModel):
    order_id: int = Field(description="The order number")
    amount: float = Field(description="Amount to refund in euros", gt=0)


def spec(name: str, description: str, args: type[BaseModel]) -> ToolSpec:
    return ToolSpec(name=name, description=description, input_schema=args.model_json_schema())


SHOP_TOOLS = [
    spec(
        "lookup_order", "Look up an order by its order number: status, items, delivery date.", LookupOrderArgs
    ),
    spec("track_shipment", "Track a parcel with the carrier's tracking number.", TrackShipmentArgs),
    spec("return_policy", "Explain the return policy for a product category.", ReturnPolicyArgs),
    spec("search_help", "Search the help centre articles for how-to questions.", SearchHelpArgs),
    spec("change_email", "Change the e-mail address on the customer's account.", ChangeEmailArgs),
]
REFUND_TOOL = spec("refund_payment", "Refund an order payment to the original card.", RefundArgs)

CAPABILITIES = (
    "I'm the offline demo assistant: I follow fixed rules and I am not a language model, so I can only help "
    "with these things:\n"
    "- Look up an order by its order number: status, items, delivery date\n"
    "- Track a parcel with the carrier's tracking number\n"
    "- Explain the return policy for a product category\n"
    "- Search the help centre articles for how-to questions\n"
    "- Change the e-mail address on the customer's account\n"
    "What would you like to do?"
)

LOOKUP_CALL = ToolCallRequest(id="call_lookup", name="lookup_order", arguments={"order_id": 1234})


@pytest.fixture(scope="module")
def provider() -> OfflineProvider:
    return OfflineProvider("handrail-offline-demo")


def request_for(*messages: ChatMessage, tools: list[ToolSpec] | None = None) -> ModelRequest:
    return ModelRequest(
        model="handrail-offline-demo",
        system="You are the support agent of a small shop.",
        messages=list(messages),
        tools=SHOP_TOOLS if tools is None else tools,
    )


def user(text: str) -> ChatMessage:
    return ChatMessage(role="user", content=text)


def after_lookup(result: object, *, is_error: bool = False, question: str = "Where is my order 1234?"):
    """A turn in which lookup_order was called and returned `result`."""
    return request_for(
        user(question),
        ChatMessage(role="assistant", tool_calls=[LOOKUP_CALL]),
        ChatMessage(
            role="tool",
            content=json.dumps(result),
            tool_call_id="call_lookup",
            name="lookup_order",
            is_error=is_error,
        ),
    )


# --- choosing a tool and filling its arguments -------------------------------------------------------


async def test_order_number_in_the_message_calls_lookup_order(provider):
    response = await provider.complete(request_for(user("Where is my order 1234?")))

    assert [(c.name, c.arguments) for c in response.tool_calls] == [("lookup_order", {"order_id": 1234})]
    assert response.text == ""
    assert response.stop_reason == "tool_use"
    assert response.provider == "offline"
    assert response.model == "handrail-offline-demo"
    assert response.tool_calls[0].id.startswith("call_")
    assert len(response.tool_calls[0].id) == len("call_") + 20
    assert response.raw["decision"] == "tool_call"
    assert response.raw["chosen_tool"] == "lookup_order"
    assert response.raw["arguments"] == {"order_id": 1234}
    assert response.raw["argument_sources"] == {"order_id": "number near 'order'"}
    assert [t["name"] for t in response.raw["top_tools"]] == ["lookup_order", "track_shipment", "search_help"]
    assert response.raw["top_tools"][0]["score"] >= OfflineProvider.tool_threshold


async def test_missing_order_number_asks_for_it_instead_of_calling(provider):
    response = await provider.complete(request_for(user("where's my order?")))

    assert response.tool_calls == []
    assert response.text == "Could you tell me your order number?"
    assert response.stop_reason == "end_turn"
    assert response.raw["decision"] == "clarify"
    assert response.raw["chosen_tool"] == "lookup_order"
    assert response.raw["missing"] == ["order_id"]


async def test_answer_to_the_clarifying_question_makes_the_call(provider):
    response = await provider.complete(
        request_for(
            user("where's my order?"),
            ChatMessage(role="assistant", content="Could you tell me your order number?"),
            user("it's 1234"),
        )
    )

    assert [(c.name, c.arguments) for c in response.tool_calls] == [("lookup_order", {"order_id": 1234})]
    assert response.raw["text"] == "where's my order?\nit's 1234"


async def test_a_new_request_after_a_clarifying_question_is_read_on_its_own(provider):
    response = await provider.complete(
        request_for(
            user("I want my money back for order 77"),
            ChatMessage(role="assistant", content="Could you tell me the amount to refund in euros?"),
            user("actually, change my email to new@example.com"),
            tools=[*SHOP_TOOLS, REFUND_TOOL],
        )
    )

    assert [(c.name, c.arguments) for c in response.tool_calls] == [
        ("change_email", {"new_email": "new@example.com"})
    ]
    assert response.raw["text"] == "actually, change my email to new@example.com"


async def test_email_address_is_taken_from_the_text(provider):
    response = await provider.complete(request_for(user("change my email to x@example.com")))

    assert [(c.name, c.arguments) for c in response.tool_calls] == [
        ("change_email", {"new_email": "x@example.com"})
    ]
    assert response.raw["argument_sources"] == {"new_email": "e-mail address in the text"}


async def test_pattern_argument_is_found_by_its_regex(provider):
    response = await provider.complete(request_for(user("track my parcel 1Z999AA10123456784 please")))

    assert [(c.name, c.arguments) for c in response.tool_calls] == [
        ("track_shipment", {"tracking_number": "1Z999AA10123456784"})
    ]


async def test_enum_argument_matches_the_value_or_its_meaning(provider):
    by_word = await provider.complete(request_for(user("what is the return policy for electronics")))
    by_meaning = await provider.complete(request_for(user("can I return a jacket?")))

    assert [(c.name, c.arguments) for c in by_word.tool_calls] == [
        ("return_policy", {"category": "electronics"})
    ]
    assert [(c.name, c.arguments) for c in by_meaning.tool_calls] == [
        ("return_policy", {"category": "clothing"})
    ]
    assert by_meaning.raw["argument_sources"]["category"].startswith("closest meaning (")


async def test_each_number_goes_to_the_property_whose_word_is_next_to_it(provider):
    response = await provider.complete(request_for(user("refund 20 euros on order 77"), tools=[REFUND_TOOL]))

    assert [(c.name, c.arguments) for c in response.tool_calls] == [
        ("refund_payment", {"order_id": 77, "amount": 20})
    ]
    assert response.raw["argument_sources"] == {
        "order_id": "number near 'order'",
        "amount": "number near 'refund'",
    }


async def test_some_arguments_missing_asks_only_for_those(provider):
    response = await provider.complete(
        request_for(user("I want a refund for order 1234"), tools=[REFUND_TOOL])
    )

    assert response.tool_calls == []
    assert response.text == "Could you tell me the amount to refund in euros?"


async def test_unrelated_message_lists_what_it_can_do(provider):
    response = await provider.complete(request_for(user("tell me a joke about cats")))

    assert response.tool_calls == []
    assert response.text == CAPABILITIES
    assert response.raw["decision"] == "capabilities"
    assert response.raw["top_tools"][0]["score"] < OfflineProvider.tool_threshold


async def test_same_call_already_made_in_the_turn_is_not_made_again(provider):
    response = await provider.complete(
        request_for(user("Where is my order 1234?"), ChatMessage(role="assistant", tool_calls=[LOOKUP_CALL]))
    )

    assert response.tool_calls == []
    assert response.raw["decision"] == "repeat_blocked"
    assert response.text == (
        "I have already asked to lookup order with these details, so I won't ask again. "
        "Someone from our team can take a look if you are still stuck."
    )


async def test_call_made_in_an_earlier_turn_can_be_made_again(provider):
    response = await provider.complete(
        request_for(
            user("Where is my order 1234?"),
            ChatMessage(role="assistant", tool_calls=[LOOKUP_CALL]),
            ChatMessage(
                role="tool",
                content='{"summary": "Shipped."}',
                tool_call_id="call_lookup",
                name="lookup_order",
            ),
            ChatMessage(role="assistant", content="Shipped."),
            user("Where is my order 1234?"),
        )
    )

    assert [(c.name, c.arguments) for c in response.tool_calls] == [("lookup_order", {"order_id": 1234})]


# --- answering from tool results --------------------------------------------------------------------


async def test_result_summary_is_the_answer(provider):
    response = await provider.complete(
        after_lookup({"summary": "Order 1234 shipped Monday and arrives Friday."})
    )

    assert response.text == "Order 1234 shipped Monday and arrives Friday."
    assert response.tool_calls == []
    assert response.stop_reason == "end_turn"
    assert response.raw == {
        "decision": "answer",
        "text": "Where is my order 1234?",
        "results": [{"tool": "lookup_order", "rendered": "summary"}],
    }


async def test_result_without_summary_is_rendered_readably(provider):
    result = {
        "order_id": 1234,
        "status": "shipped",
        "items": [{"name": "Lamp", "qty": 1}, {"name": "Chair"}, {"name": "Desk"}, {"name": "Rug"}],
        "delivered": False,
        "carrier": {"name": "UPS", "service": "express"},
        "note": "x" * 100,
        "eta": "2025-03-07",
        "gift": None,
        "warehouse": "Lyon",
        "weight_kg": 4.5,
    }
    response = await provider.complete(after_lookup(result))

    assert response.text == (
        "Here is what I found:\n"
        "- Order id: 1234\n"
        "- Status: shipped\n"
        "- Items: 4 items: Lamp, Chair, Desk and 1 more\n"
        "- Delivered: no\n"
        "- Carrier: name UPS, service express\n"
        f"- Note: {'x' * 79}…\n"
        "- Eta: 2025-03-07\n"
        "- Gift: none\n"
        "- and 2 more"
    )


async def test_capped_list_shows_its_real_length(provider):
    capped = {"orders": [{"id": 1}, {"id": 2}], "orders_total": 45, "truncated": True}
    response = await provider.complete(after_lookup(capped))

    assert response.text == "Here is what I found:\n- Orders: 45 items: 1, 2 and 43 more"


async def test_capped_top_level_list_shows_its_real_length(provider):
    capped = {"items": [{"name": "Lamp"}, {"name": "Desk"}], "truncated": True, "total_items": 30}
    response = await provider.complete(after_lookup(capped))

    assert response.text == "Here is what I found:\n- Items: 30 items: Lamp, Desk and 28 more"


async def test_error_result_is_an_apology_with_the_message(provider):
    error = {"code": "timeout", "retryable": True, "message": "lookup_order timed out after 10s"}
    response = await provider.complete(after_lookup(error, is_error=True))

    assert response.text == (
        "I'm sorry, I couldn't lookup order just now: the system behind it took too long to answer. "
        "Details: lookup_order timed out after 10s. "
        "This looks temporary, so trying again in a little while should work."
    )
    assert response.raw["results"] == [{"tool": "lookup_order", "rendered": "error", "code": "timeout"}]


async def test_error_with_an_unknown_code_quotes_the_message(provider):
    error = {"code": "not_found", "retryable": False, "message": "No order 1234 exists"}
    response = await provider.complete(after_lookup(error, is_error=True))

    assert response.text == (
        "I'm sorry, I couldn't lookup order just now. The reason: No order 1234 exists. "
        "Someone from our team can help with this."
    )


async def test_rejected_approval_says_a_manager_declined_and_why(provider):
    rejected = {
        "code": "approval_rejected",
        "retryable": False,
        "message": "A manager declined this action: the customer already got a refund",
    }
    response = await provider.complete(after_lookup(rejected, is_error=True))

    assert response.text == (
        "A manager reviewed the request to lookup order and declined it. "
        "Reason: The customer already got a refund."
    )


KNOWLEDGE = {
    "passages": [
        {
            "title": "Returns and refunds",
            "text": (
                "You can return most items within 30 days of delivery. Refunds go to the original "
                "payment method within 5 business days. Sale items cannot be returned."
            ),
        },
        {
            "title": "Shipping times",
            "text": (
                "Standard shipping takes 3-5 business days. Express shipping arrives the next business day."
            ),
        },
        {"title": "Gift cards", "text": "Gift cards never expire. They cannot be exchanged for cash."},
    ]
}


def after_search(question: str) -> ModelRequest:
    call = ToolCallRequest(id="call_search", name="search_help", arguments={"query": question})
    return request_for(
        user(question),
        ChatMessage(role="assistant", tool_calls=[call]),
        ChatMessage(
            role="tool", content=json.dumps(KNOWLEDGE), tool_call_id="call_search", name="search_help"
        ),
    )


async def test_knowledge_answer_quotes_relevant_sentences_and_cites_titles(provider):
    response = await provider.complete(after_search("when will my refund arrive"))

    assert response.text == (
        "You can return most items within 30 days of delivery. "
        "Refunds go to the original payment method within 5 business days.\n\n"
        "Sources: Returns and refunds"
    )
    assert response.raw["results"][0]["sources"] == ["Returns and refunds"]


async def test_knowledge_that_does_not_answer_is_not_quoted(provider):
    response = await provider.complete(after_search("do you sell bicycles"))

    assert response.text == (
        "I looked in our help articles (Returns and refunds; Shipping times; Gift cards) "
        "but none of them answers this directly."
    )


# --- the contract ---------------------------------------------------------------------------------------


async def test_same_request_gives_the_same_response(provider):
    first = await provider.complete(request_for(user("Where is my order 1234?")))
    second = await OfflineProvider("handrail-offline-demo").complete(
        request_for(user("Where is my order 1234?"))
    )

    assert second.to_record() == first.to_record()
    assert second.usage == first.usage


async def test_call_id_depends_on_the_conversation(provider):
    alone = await provider.complete(request_for(user("Where is my order 1234?")))
    later = await provider.complete(
        request_for(
            user("hi"), ChatMessage(role="assistant", content="Hello!"), user("Where is my order 1234?")
        )
    )

    assert alone.tool_calls[0].id != later.tool_calls[0].id


async def test_stream_deltas_join_to_the_complete_text(provider):
    request = request_for(user("tell me a joke about cats"))
    complete = await provider.complete(request)

    events = [event async for event in provider.stream(request)]

    assert [e.kind for e in events] == ["text"] * (len(events) - 1) + ["done"]
    assert "".join(e.text for e in events[:-1]) == complete.text
    assert events[0].text == "I'm "
    assert events[-1].response.to_record() == complete.to_record()


async def test_stream_of_a_tool_call_has_no_text(provider):
    events = [event async for event in provider.stream(request_for(user("Where is my order 1234?")))]

    assert [e.kind for e in events] == ["done"]
    assert events[0].response.tool_calls[0].name == "lookup_order"


async def test_usage_is_estimated_at_four_characters_a_token(provider):
    request = ModelRequest(model="m", system="", messages=[user("a" * 40)], tools=[])
    response = await provider.complete(request)

    assert response.usage.input_tokens == 10
    assert response.usage.output_tokens == -(-len(response.text) // 4)


async def test_a_failure_inside_the_policy_is_a_provider_error(provider, monkeypatch):
    def broken(request):
        raise KeyError("boom")

    monkeypatch.setattr(provider, "decide", broken)
    with pytest.raises(ProviderError) as caught:
        await provider.complete(request_for(user("hi")))

    assert caught.value.code == "server_error"
    assert caught.value.retryable is False


def test_registry_builds_the_offline_provider():
    built = build_provider("offline:handrail-offline-demo")

    assert isinstance(built, OfflineProvider)
    assert built.key == "offline:handrail-offline-demo"
    assert built.label == "Offline demo model (no LLM)"


# --- embeddings --------------------------------------------------------------------------------------


def test_embeddings_are_normalised_float32_rows():
    vectors = embeddings.embed(["Where is my order?", "Where is my parcel?", "I like cats"])

    assert vectors.shape == (3, embeddings.DIMENSION)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(embeddings.embed_one("I like cats"), vectors[2])
    assert embeddings.cosine(vectors[0], vectors[1]) > embeddings.cosine(vectors[0], vectors[2])
    assert embeddings.cosine(vectors[0], vectors).shape == (3,)
    assert embeddings.embed([]).shape == (0, embeddings.DIMENSION)


def test_cosine_of_a_zero_vector_is_zero():
    assert embeddings.cosine(np.zeros(3), np.array([1.0, 0.0, 0.0])) == 0.0
    assert embeddings.cosine(np.array([2.0, 0.0]), np.array([1.0, 0.0])) == pytest.approx(1.0)


def test_repeated_text_is_served_from_the_cache():
    first = embeddings.embed_one("a tool description embedded on every call")

    assert embeddings.embed_one("a tool description embedded on every call") is first
    assert first.flags.writeable is False


def test_importing_the_offline_model_does_not_import_torch():
    # Django imports the provider registry at start-up; torch alone takes seconds to import.
    code = (
        "import sys, agents.embeddings, agents.providers.offline; "
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )

    assert out.stdout.strip() == "[]"


async def test_the_routers_english_reading_chooses_the_tool_and_the_customers_words_fill_it(provider):
    request = request_for(user("¿Dónde está mi pedido 1234?"))
    request.hints = {"normalised_text": "where is my order 1234"}

    response = await provider.complete(request)

    assert [(c.name, c.arguments) for c in response.tool_calls] == [("lookup_order", {"order_id": 1234})]


async def test_a_routed_message_no_tool_matches_is_searched_for(provider):
    help_only = [t for t in SHOP_TOOLS if t.name == "search_help"]
    request = request_for(user("when are you open on sundays"), tools=help_only)
    request.hints = {"normalised_text": "when are you open on sundays"}
    response = await provider.complete(request)

    assert [(c.name, c.arguments) for c in response.tool_calls] == [
        ("search_help", {"query": "when are you open on sundays"})
    ]
    assert response.raw["decision"] == "search_fallback"


# --- the customer's language ----------------------------------------------------------------------------


@pytest.fixture
def wordings(monkeypatch):
    """Empty wording registries for the test (the demo desk registers its own when Django loads it)."""
    monkeypatch.setattr(offline, "RESULT_WORDINGS", {})
    monkeypatch.setattr(offline, "ARGUMENT_PHRASES", {})
    return offline


def status_wording(outcome: offline.ToolOutcome, language: str) -> str | None:
    return f"[{language}] pedido {outcome.arguments['order_id']}: {outcome.result['status']}"


async def test_outside_english_the_registered_wording_of_the_tool_is_the_answer(provider, wordings):
    wordings.register_wording(results={"lookup_order": status_wording})
    result = {"summary": "Order 1234 is on its way.", "status": "shipped"}

    spanish = await provider.complete(after_lookup(result, question="¿Dónde está mi pedido 1234?"))
    english = await provider.complete(after_lookup(result, question="Where is my order 1234?"))

    assert spanish.text == "[es] pedido 1234: shipped"
    assert spanish.raw == {
        "decision": "answer",
        "text": "¿Dónde está mi pedido 1234?",
        "language": "es",
        "results": [{"tool": "lookup_order", "rendered": "wording"}],
    }
    # English answers are the tool's own summary, as before.
    assert english.text == "Order 1234 is on its way."
    assert "language" not in english.raw


async def test_a_wording_that_has_nothing_or_fails_leaves_the_summary(provider, wordings):
    def failing(outcome, language):
        raise KeyError("status")

    result = {"summary": "Order 1234 is on its way."}
    spanish = after_lookup(result, question="¿Dónde está mi pedido 1234?")

    wordings.RESULT_WORDINGS["lookup_order"] = lambda outcome, language: None
    nothing = await provider.complete(spanish)
    wordings.RESULT_WORDINGS["lookup_order"] = failing
    failed = await provider.complete(spanish)

    assert nothing.text == failed.text == "Order 1234 is on its way."
    assert failed.raw["results"] == [{"tool": "lookup_order", "rendered": "summary"}]


async def test_the_routers_language_wins_and_others_are_answered_in_english(provider, wordings):
    wordings.register_wording(results={"lookup_order": status_wording})
    result = {"summary": "Order 1234 is on its way.", "status": "shipped"}
    french = after_lookup(result, question="Where is my order 1234?")
    french.hints = {"language": "fr"}
    italian = after_lookup(result, question="¿Dónde está mi pedido 1234?")
    italian.hints = {"language": "it"}

    assert (await provider.complete(french)).text == "[fr] pedido 1234: shipped"
    assert (await provider.complete(italian)).text == "Order 1234 is on its way."


async def test_a_clarifying_question_is_in_the_customers_language_when_every_detail_has_a_name(
    provider, wordings
):
    wordings.register_wording(arguments={"order_id": {"es": "el número de pedido"}})

    spanish = await provider.complete(request_for(user("¿Dónde está mi pedido?")))
    german = await provider.complete(request_for(user("Wo ist meine Bestellung?")))
    answered = await provider.complete(
        request_for(
            user("¿Dónde está mi pedido?"),
            ChatMessage(role="assistant", content=spanish.text),
            user("es el 1234"),
        )
    )

    assert spanish.text == "¿Podrías indicarme el número de pedido?"
    assert spanish.raw["language"] == "es"
    # No German name for the order number: a whole question in English beats half of one.
    assert german.text == "Could you tell me your order number?"
    # The reply to a Spanish question is read with the message that led to it.
    assert [(c.name, c.arguments) for c in answered.tool_calls] == [("lookup_order", {"order_id": 1234})]
    assert answered.raw["text"] == "¿Dónde está mi pedido?\nes el 1234"


async def test_a_wording_is_registered_once_per_tool(wordings):
    wordings.register_wording(
        results={"lookup_order": status_wording}, arguments={"order_id": {"es": "el número"}}
    )
    wordings.register_wording(
        results={"lookup_order": status_wording}, arguments={"order_id": {"es": "el número"}}
    )

    with pytest.raises(ValueError, match="tool 'lookup_order' already has an offline wording"):
        wordings.register_wording(results={"lookup_order": lambda outcome, language: None})
    with pytest.raises(ValueError, match="argument 'order_id' already has another 'es' phrase"):
        wordings.register_wording(arguments={"order_id": {"es": "el pedido"}})
    assert wordings.ARGUMENT_PHRASES == {"order_id": {"es": "el número"}}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "¿cuándo llega mi reembolso?",
            "Esto es lo que dicen nuestros artículos de ayuda (en inglés):\n\n"
            "You can return most items within 30 days of delivery. "
            "Refunds go to the original payment method within 5 business days. "
            "Express shipping arrives the next business day.\n\n"
            "Fuentes: Returns and refunds; Shipping times",
        ),
        (
            "wann kommt meine Erstattung an?",
            "Das steht in unseren Hilfeartikeln (auf Englisch):\n\n"
            "Refunds go to the original payment method within 5 business days.\n\n"
            "Quellen: Returns and refunds",
        ),
    ],
)
async def test_help_articles_are_quoted_as_written_in_a_frame_of_the_customers_language(
    provider, question, expected
):
    response = await provider.complete(after_search(question))

    assert response.text == expected


async def test_the_assistants_own_sentences_are_in_the_customers_language(provider):
    unrelated = await provider.complete(request_for(user("cuéntame un chiste sobre gatos")))
    failed = await provider.complete(
        after_lookup(
            {"code": "timeout", "message": "the order service took 5s", "retryable": True},
            is_error=True,
            question="Où est ma commande 1234 ?",
        )
    )

    assert unrelated.text == (
        "Soy el asistente de demostración sin conexión: sigo reglas fijas y no soy un modelo de lenguaje, "
        "así que solo puedo ayudarte con esto:\n"
        + CAPABILITIES.split("\n", 1)[1].rsplit("\n", 1)[0]
        + "\n¿Qué te gustaría hacer?"
    )
    assert failed.text == (
        "Désolé, je n'ai pas pu le faire pour le moment : le système qui est derrière a mis trop de temps à "
        "répondre. Détails : the order service took 5s. Cela semble temporaire : réessayer dans un moment "
        "devrait fonctionner."
    )


# --- pinned facts ---------------------------------------------------------------------------------------


def with_pinned(*facts: str, text: str, tools: list[ToolSpec] | None = None) -> ModelRequest:
    request = request_for(user(text), tools=tools)
    request.system = compose_system(request.system, list(facts), [])
    return request


async def test_a_missing_order_number_is_the_latest_pinned_one(provider):
    one = await provider.complete(with_pinned("order number: 1234", text="when will it arrive?"))
    two = await provider.complete(
        with_pinned(
            "order number: 1234", "e-mail: a@example.com", "order number: 5678", text="when will it arrive?"
        )
    )
    given = await provider.complete(with_pinned("order number: 1234", text="when will order 4321 arrive?"))

    assert [(c.name, c.arguments) for c in one.tool_calls] == [("lookup_order", {"order_id": 1234})]
    assert one.raw["argument_sources"] == {"order_id": "pinned order number (number near 'number')"}
    assert [(c.name, c.arguments) for c in two.tool_calls] == [("lookup_order", {"order_id": 5678})]
    # A number in the message is the one asked about.
    assert [(c.name, c.arguments) for c in given.tool_calls] == [("lookup_order", {"order_id": 4321})]


async def test_a_pinned_email_or_amount_is_never_a_value_to_act_with(provider):
    email = await provider.complete(
        with_pinned("e-mail: old@example.com", text="I want to change my e-mail address")
    )
    amount = await provider.complete(
        with_pinned("order number: 77", "amount: 20 EUR", text="I want a refund", tools=[REFUND_TOOL])
    )

    assert email.text == "Could you tell me your new e-mail address?"
    assert amount.tool_calls == []
    assert amount.text == "Could you tell me the amount to refund in euros?"
