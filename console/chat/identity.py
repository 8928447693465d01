"""Who is chatting: the demo's customer identity, kept in the Django session.

A shop that embeds the chat signs its customers in itself; the demo offers "Continue as Alice / Bruno
/ Chen / a guest" instead, with no password (the demo holds no real data). The session also remembers
the conversations it started: a chat customer reaches only those, and only while signed in as the
customer who started them. The session is the only credential, so a conversation id alone (pasted,
guessed, sent over the socket) opens nothing.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

SESSION_REF = "chat_customer_ref"
SESSION_NAME = "chat_customer_name"
SESSION_CONVERSATIONS = "chat_conversation_ids"
# The newest conversations a session remembers; older ones drop off the list (and out of reach).
MAX_REMEMBERED = 50

Session = MutableMapping[str, Any]


@dataclass(frozen=True)
class ChatIdentity:
    customer_ref: str
    display_name: str
    conversation_ids: tuple[str, ...]  # oldest first

    @property
    def first_name(self) -> str:
        return self.display_name.split()[0] if self.display_name else ""


def identity_from_session(session: Session) -> ChatIdentity | None:
    """The signed-in chat customer, or None. Touches the session store (a query with database
    sessions): async callers wrap it in `database_sync_to_async`."""
    ref = session.get(SESSION_REF)
    if not isinstance(ref, str) or not ref:
        return None
    ids = session.get(SESSION_CONVERSATIONS) or []
    return ChatIdentity(
        customer_ref=ref,
        display_name=str(session.get(SESSION_NAME) or ""),
        conversation_ids=tuple(str(i) for i in ids if isinstance(i, str)),
    )


def remember_sign_in(session: Session, customer_ref: str, display_name: str) -> None:
    session[SESSION_REF] = customer_ref
    session[SESSION_NAME] = display_name


def forget_sign_in(session: Session) -> None:
    # The conversation list stays: signing in again as the same customer in this browser brings
    # their chats back; another customer cannot open them (the customer_ref does not match).
    session.pop(SESSION_REF, None)
    session.pop(SESSION_NAME, None)


def remember_conversation(session: Session, conversation_id: Any) -> None:
    ids = [i for i in session.get(SESSION_CONVERSATIONS) or [] if i != str(conversation_id)]
    ids.append(str(conversation_id))
    session[SESSION_CONVERSATIONS] = ids[-MAX_REMEMBERED:]
