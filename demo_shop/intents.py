"""The demo desk's intents: what the router chooses between for Handrail Demo Shop.

Four executors (orders, returns, account, help) and two intents that end the turn without one: a
customer asking for a person is escalated, anything unrelated to the shop is declined politely (the
decline message doubles as the answer to a bare "hi").

Where the line between two intents runs, for the people who label messages and for the examples:
* a specific order of the customer's (where it is, when it comes, changing or cancelling it before it
  ships, a missing parcel) is `orders`; shipping in general (costs, times, countries) is `help`;
* anything about sending an item back, exchanging it, a damaged or wrong item, or getting money back
  (refund status, a double charge), including the return policy, is `returns`;
* signing in, password, e-mail, profile, saved addresses and cards, newsletters, deleting the account
  or its data is `account`;
* questions a help-centre article answers (prices, products, stock, payment methods, warranty,
  discounts, shops and opening hours) are `help`;
* a message with several requests is labelled with the one a person would handle first: a blocking
  problem before a question ("I can't log in to see my order" is `account`), otherwise the first one.

The examples are prototypes for the offline classifier (agents/routing.py); a few are in Spanish,
French and German, and go through the same lexicon as customers' messages.
"""

from __future__ import annotations

from agents.routing import IntentSpec, Router

ORDERS = IntentSpec(
    name="orders",
    description="Where my order or parcel is, order status, tracking, delivery date, a late or missing "
    "delivery, changing the address of an order, or cancelling an order before it ships.",
    executor="orders",
    tier="cheap",  # mostly lookups by order number
    examples=(
        "Where is my order?",
        "What is the status of order 1234?",
        "My package has not arrived yet",
        "Can you track my parcel?",
        "When will my order be delivered?",
        "The tracking number shows no updates",
        "My delivery is late",
        "The parcel says delivered but I never received it",
        "Has my order shipped yet?",
        "I want to cancel my order",
        "Can I change the shipping address for my order?",
        "Part of my order is missing from the delivery",
        "Which courier is delivering my package?",
        "I ordered last week and still nothing",
        "Can the delivery come on a different day?",
        "¿Dónde está mi pedido?",
        "Mi paquete no ha llegado",
        "Où est ma commande ?",
        "Wo ist meine Bestellung?",
    ),
)

RETURNS = IntentSpec(
    name="returns",
    description="Returning or exchanging an item, a damaged, faulty or wrong item, a return label, the "
    "return policy, refunds and refund status, being charged twice or charged the wrong amount.",
    executor="returns",
    examples=(
        "I want to return an item",
        "How do I return this?",
        "I would like a refund",
        "Where is my refund?",
        "The item arrived damaged",
        "I received the wrong product",
        "Can I exchange it for a different size?",
        "Please send me a return label",
        "What is your return policy?",
        "The product is faulty and stopped working",
        "I was charged twice for my order",
        "I sent the parcel back, when do I get my money?",
        "It doesn't fit, can I send it back?",
        "I want my money back for this order",
        "Quiero devolver un producto",
        "Quiero un reembolso",
        "Je veux être remboursé",
        "Ich möchte einen Artikel zurücksenden",
    ),
)

ACCOUNT = IntentSpec(
    name="account",
    description="My customer account: signing in, login problems, password reset, changing my e-mail, "
    "name, phone or saved address, saved payment cards, newsletter and e-mail preferences, deleting my "
    "account or my personal data.",
    executor="account",
    examples=(
        "I forgot my password",
        "I can't log into my account",
        "How do I reset my password?",
        "I want to change my email address",
        "Please close my account",
        "How do I update my address in my profile?",
        "My account is locked",
        "I don't receive the verification code",
        "How do I create an account?",
        "Remove my saved card from my account",
        "Unsubscribe me from your emails",
        "Somebody else has access to my account",
        "Delete all my personal data",
        "I can't sign in with my username",
        "He olvidado mi contraseña",
        "Je ne peux pas me connecter à mon compte",
        "Ich kann mich nicht anmelden",
    ),
)

HELP = IntentSpec(
    name="help",
    description="General questions the help centre answers: prices and how much things cost, products "
    "and stock, sizes, shipping costs, shipping times and countries, payment methods, warranty, "
    "discount codes and gift cards, store locations and opening hours.",
    executor="help",
    tier="cheap",  # answered from help-centre articles
    examples=(
        "What are your prices?",
        "How much does it cost?",
        "How much is delivery?",
        "Do you ship abroad?",
        "How long does shipping take?",
        "Which payment methods can I use?",
        "Do you accept credit cards?",
        "Is this product in stock?",
        "What size should I order?",
        "Does it come with a warranty?",
        "How do I use a discount code?",
        "Do you sell gift cards?",
        "Where is your nearest store?",
        "When are you open?",
        "What is the difference between these two products?",
        "Is there free shipping?",
        "What is this jacket made of?",
        "Does the phone come with a charger?",
        "How do I clean and care for this product?",
        "Is this compatible with my device?",
        "What are the dimensions of the table?",
        "¿Cuánto cuesta?",
        "Quels sont les délais de livraison ?",
        "Welche Zahlungsarten akzeptieren Sie?",
    ),
)

HUMAN = IntentSpec(
    name="human",
    description="The customer asks to talk to a real person: a human, an agent, a manager, customer "
    "service staff, or a call back.",
    executor=None,
    action="escalate",
    tier="cheap",
    examples=(
        "I want to talk to a human",
        "Can I speak to a real person?",
        "Put me through to an agent",
        "Let me speak to your manager",
        "I don't want a bot, I want a person",
        "Connect me to customer service staff",
        "Please have someone call me",
        "Human please",
        "Quiero hablar con un humano",
        "Je veux parler à quelqu'un",
        "Ich will mit einem Menschen reden",
    ),
)

OFF_TOPIC = IntentSpec(
    name="off_topic",
    description="Anything unrelated to the shop: greetings and small talk, thanks, jokes, weather, "
    "news, sport, general knowledge, homework, writing poems or code.",
    executor=None,
    action="decline",
    tier="cheap",
    examples=(
        "Hello",
        "Thank you, goodbye",
        "Tell me a joke",
        "What's the weather today?",
        "Who will win the election?",
        "Write a poem for me",
        "Help me write some code",
        "What is the capital of Spain?",
        "How are you doing today?",
        "What's your favourite film?",
        "Give me a recipe for dinner",
        "Solve this maths problem",
        "Are you a robot?",
        "What is 12 plus 30?",
        "What time is it?",
        "Book me a hotel for my holiday",
        "Let's play a game",
        "Hola, buenos días",
        "Quel temps fait-il ?",
        "Erzähl mir etwas Lustiges",
    ),
)

INTENTS: list[IntentSpec] = [ORDERS, RETURNS, ACCOUNT, HELP, HUMAN, OFF_TOPIC]

#: how a clarifying question names each intent, per language ("en" is the fallback)
INTENT_LABELS: dict[str, dict[str, str]] = {
    "orders": {
        "en": "an order or a delivery",
        "es": "un pedido o una entrega",
        "fr": "une commande ou une livraison",
        "de": "eine Bestellung oder Lieferung",
        "it": "un ordine o una consegna",
        "pt": "um pedido ou uma entrega",
        "nl": "een bestelling of levering",
    },
    "returns": {
        "en": "a return or a refund",
        "es": "una devolución o un reembolso",
        "fr": "un retour ou un remboursement",
        "de": "eine Rücksendung oder Erstattung",
        "it": "un reso o un rimborso",
        "pt": "uma devolução ou um reembolso",
        "nl": "een retour of terugbetaling",
    },
    "account": {
        "en": "your account",
        "es": "tu cuenta",
        "fr": "votre compte",
        "de": "Ihr Kundenkonto",
        "it": "il tuo account",
        "pt": "a sua conta",
        "nl": "uw account",
    },
    "help": {
        "en": "a question about our products, prices or policies",
        "es": "una pregunta sobre productos, precios o condiciones",
        "fr": "une question sur nos produits, prix ou conditions",
        "de": "eine Frage zu Produkten, Preisen oder Bedingungen",
        "it": "una domanda su prodotti, prezzi o condizioni",
        "pt": "uma pergunta sobre produtos, preços ou condições",
        "nl": "een vraag over producten, prijzen of voorwaarden",
    },
    "human": {
        "en": "talking to a person from our team",
        "es": "hablar con una persona de nuestro equipo",
        "fr": "parler à une personne de notre équipe",
        "de": "mit einer Person aus unserem Team sprechen",
        "it": "parlare con una persona del nostro team",
        "pt": "falar com uma pessoa da nossa equipa",
        "nl": "praten met iemand van ons team",
    },
}


def build_router(**options: object) -> Router:
    """The demo desk's router. Options go to `Router` (threshold, below_threshold, model_chain...)."""
    return Router(
        INTENTS,
        default_intent="help",
        intent_labels=INTENT_LABELS,
        **options,  # type: ignore[arg-type]
    )
