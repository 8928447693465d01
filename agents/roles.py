"""Who may do what among staff: four roles, stored as Django groups, and the capabilities each grants.

One table, read by every entry point (console views, the HTTP API, the operator socket, tasks), so a
support agent cannot approve a refund by URL, by API key or by a forged socket frame. A superuser has
every capability. Customers have none: they are not staff users at all.

The groups are created by `ensure_roles()` (called by `seed_demo` and `create_staff_user`); a user's
roles are the names of their groups.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from agents.errors import InputError


class Role(StrEnum):
    SUPPORT = "support"
    MANAGER = "manager"
    QA = "qa"
    ADMIN = "admin"


class Capability(StrEnum):
    VIEW_CONSOLE = "view_console"  # the inbox, conversations, approvals (read)
    HANDLE_ESCALATIONS = "handle_escalations"  # claim, reply, note, hand back, resolve
    DECIDE_APPROVALS = "decide_approvals"  # approve, reject, edit the arguments
    VIEW_AUDIT = "view_audit"
    MANAGE_SETTINGS = "manage_settings"  # canned replies, thresholds, prompts (admin)
    # A replay that asks a model again (another prompt version or model, an overridden tool result):
    # it spends model calls, so not every reader of traces may start one. Recorded replays are free.
    REPLAY_LIVE = "replay_live"


ROLE_CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.SUPPORT: frozenset({Capability.VIEW_CONSOLE, Capability.HANDLE_ESCALATIONS}),
    # Managers take conversations over too: on a quiet shift they are the support desk.
    Role.MANAGER: frozenset(
        {
            Capability.VIEW_CONSOLE,
            Capability.HANDLE_ESCALATIONS,
            Capability.DECIDE_APPROVALS,
            Capability.VIEW_AUDIT,
            Capability.REPLAY_LIVE,
        }
    ),
    # QA reads everything it reviews and changes nothing here; it tries prompts and models on past runs.
    Role.QA: frozenset({Capability.VIEW_CONSOLE, Capability.REPLAY_LIVE}),
    Role.ADMIN: frozenset(Capability),
}


class Forbidden(InputError):
    """The person is signed in but their role does not allow this."""

    code = "forbidden"

    def __init__(self, message: str) -> None:
        super().__init__(message, code="forbidden", status=403)


def roles_of(user: Any) -> set[Role]:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    cached = getattr(user, "_handrail_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = {role for role in Role if role.value in names}
        user._handrail_roles = cached  # one query per request, not one per check
    return cached


def capabilities_of(user: Any) -> frozenset[Capability]:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(Capability)
    granted: set[Capability] = set()
    for role in roles_of(user):
        granted |= ROLE_CAPABILITIES[role]
    return frozenset(granted)


def can(user: Any, capability: Capability) -> bool:
    return capability in capabilities_of(user)


DENIED_MESSAGES = {
    Capability.VIEW_CONSOLE: "the console is for staff with a role (support, manager, qa or admin)",
    Capability.HANDLE_ESCALATIONS: "taking over conversations needs the support or manager role",
    Capability.DECIDE_APPROVALS: "deciding approvals needs the manager role",
    Capability.VIEW_AUDIT: "the audit log needs the manager or admin role",
    Capability.MANAGE_SETTINGS: "changing settings needs the admin role",
    Capability.REPLAY_LIVE: "a replay that asks the model again needs the manager, qa or admin role",
}


def require(user: Any, capability: Capability) -> None:
    """Raise Forbidden unless the user has the capability."""
    if not can(user, capability):
        raise Forbidden(DENIED_MESSAGES[capability])


def display_name(user: Any) -> str:
    """The name a customer sees on a person's reply: first name, else the username."""
    return (user.first_name or user.get_username()).strip()[:150]


def ensure_roles() -> None:
    """Create the four groups if they are missing. Idempotent."""
    from django.contrib.auth.models import Group

    for role in Role:
        Group.objects.get_or_create(name=role.value)
