"""The canned replies a new install starts with: what support teams type most. Editable in the admin."""

from reviews.models import CannedReply

DEFAULT_CANNED_REPLIES = [
    (
        "hello",
        "Greeting",
        "Hi, I'm {name} from the support team. I've read the conversation so far; let me help.",
    ),
    (
        "refund-time",
        "Refund timing",
        "Refunds go back to the original payment method. Cards show them within 5-10 business days, PayPal "
        "within 1-2.",
    ),
    (
        "return-label",
        "Return label",
        "I've sent you a free return label by e-mail. Drop the parcel off within 14 days; we refund within 2 "
        "business days of its arrival.",
    ),
    (
        "checking",
        "Checking",
        "Thanks for your patience. I'm checking this with the team and will reply here shortly.",
    ),
    (
        "back-to-bot",
        "Handing back",
        "I've sorted this out. Our assistant can help you with anything else, and you can ask for a person "
        "again any time.",
    ),
]


def do_seed_canned_replies() -> int:
    """Create the default replies that are missing (by shortcut); edited ones are left alone."""
    created = 0
    for shortcut, title, text in DEFAULT_CANNED_REPLIES:
        _, was_created = CannedReply.objects.get_or_create(
            shortcut=shortcut, defaults={"title": title, "text": text}
        )
        created += was_created
    return created


def canned_text(reply: CannedReply, user) -> str:
    """The reply's text for this person: `{name}` becomes their display name (what the customer sees)."""
    from agents.roles import display_name

    return reply.text.replace("{name}", display_name(user))
