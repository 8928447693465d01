"""The demo shop's support desk: a router over four focused executors.

Each customer message is classified (intent, confidence, language, tier); orders, returns,
account and help questions go to their executor, which sees only its own tools. A customer asking
for a person is handed off; anything unrelated gets the decline message in their language; a
router unsure of itself (confidence under 0.7) asks which of the likely topics they meant.
"""

from agents.definitions import AgentDefinition, register_agent
from agents.guards.config import CacheSettings, GuardSettings
from demo_shop import executors  # noqa: F401 - registers the executors the desk routes to
from demo_shop.intents import build_router

DESK_PROMPT = "You are the front desk of Handrail Demo Shop: you route each message, you never answer it."

# What an off-topic message (or a bare "hi") is told, in the customer's language.
DECLINE_MESSAGES = {
    "en": "I'm the Handrail Demo Shop assistant: I can help with your orders, returns and refunds, your "
    "account, and questions about shipping, payments, warranty and privacy. What can I do for you?",
    "es": "Soy el asistente de Handrail Demo Shop: puedo ayudarte con tus pedidos, devoluciones y "
    "reembolsos, tu cuenta y preguntas sobre envíos, pagos, garantía y privacidad. "
    "¿En qué puedo ayudarte?",
    "fr": "Je suis l'assistant de Handrail Demo Shop : je peux vous aider pour vos commandes, retours et "
    "remboursements, votre compte, et les questions sur la livraison, le paiement, la garantie et la "
    "confidentialité. Que puis-je faire pour vous ?",
    "de": "Ich bin der Assistent von Handrail Demo Shop: Ich helfe bei Bestellungen, Rücksendungen und "
    "Erstattungen, Ihrem Konto sowie Fragen zu Versand, Zahlung, Garantie und Datenschutz. "
    "Wie kann ich helfen?",
}

support = register_agent(
    AgentDefinition(
        name="support",
        description="Handrail Demo Shop customer support desk",
        system_prompt=DESK_PROMPT,
        router=build_router(threshold=0.7, below_threshold="clarify"),
        decline_messages=DECLINE_MESSAGES,
        # Only general help-centre questions are answered from the semantic cache: orders, returns and
        # account answers are about one customer's data and are never cached (agents.guards.cache).
        guard=GuardSettings(cache=CacheSettings(intents=("help",))),
    )
)
