"""State changes of user memory: remember a fact about a customer, forget one, forget them all.

`check_*` validates, `do_*` writes. Remembering is one upsert statement (INSERT ... ON CONFLICT DO
UPDATE on Postgres and SQLite), so two conversations remembering the same key at once both succeed and
the later write wins, with no read-modify-write race.
"""

from __future__ import annotations

import re

from django.utils import timezone

from agents.errors import InputError
from agents.memory.models import UserMemory

#: A key names one fact ("preferred_language", "shoe_size"): short, lower case, no spaces.
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
#: Values are injected into every conversation of the customer: long ones would crowd the prompt out.
MAX_VALUE_CHARS = 300


def check_fact(customer_ref: str, key: str, value: str) -> tuple[str, str]:
    """The key and the value as stored (value on one line, trimmed), or InputError."""
    if not customer_ref:
        raise InputError("an anonymous conversation has no user memory", code="no_customer")
    if not KEY_PATTERN.match(key):
        raise InputError(f"invalid memory key {key!r}: lower case letters, digits and _", code="invalid_key")
    # One line: a value is shown to the model as one "key: value" line of data.
    value = " ".join(value.split())
    if not value:
        raise InputError("a remembered value cannot be empty", code="invalid_value")
    if len(value) > MAX_VALUE_CHARS:
        raise InputError(f"a remembered value is at most {MAX_VALUE_CHARS} characters", code="invalid_value")
    return key, value


def do_remember_fact(
    customer_ref: str, key: str, value: str, *, source: str = UserMemory.Source.CUSTOMER
) -> UserMemory:
    """Store `key: value` for the customer, replacing the key's earlier value."""
    key, value = check_fact(customer_ref, key, value)
    if source not in UserMemory.Source.values:
        raise InputError(f"unknown memory source {source!r}", code="invalid_source")
    UserMemory.objects.bulk_create(
        [
            UserMemory(
                customer_ref=customer_ref, key=key, value=value, source=source, updated_at=timezone.now()
            )
        ],
        update_conflicts=True,
        unique_fields=["customer_ref", "key"],
        update_fields=["value", "source", "updated_at"],
    )
    return UserMemory.objects.get(customer_ref=customer_ref, key=key)


def do_forget_fact(customer_ref: str, key: str) -> bool:
    """Forget one fact. Returns whether there was one."""
    deleted, _ = UserMemory.objects.filter(customer_ref=customer_ref, key=key).delete()
    return deleted == 1


def do_forget_customer(customer_ref: str) -> int:
    """Forget everything remembered about the customer (an erasure request). Returns how many facts."""
    if not customer_ref:
        return 0
    deleted, _ = UserMemory.objects.filter(customer_ref=customer_ref).delete()
    return deleted
