"""User memory: what a customer told us that should outlive one conversation (preferences and facts).

One row per (customer, key): remembering a key again replaces its value. Rows are written through
`agents.memory.actions`; they are read once per conversation and injected into the system prompt as
data (the context builder labels them so; a fact is never an instruction).
"""

from __future__ import annotations

from django.db import models

#: Facts injected per conversation: the most recently updated first. A customer with hundreds of
#: remembered keys must not crowd out the conversation itself.
MAX_FACTS_INJECTED = 20


class UserMemoryQuerySet(models.QuerySet):
    def for_customer(self, customer_ref: str) -> UserMemoryQuerySet:
        return self.filter(customer_ref=customer_ref)

    def facts_for(self, customer_ref: str, *, limit: int = MAX_FACTS_INJECTED) -> list[str]:
        """The customer's facts as "key: value" lines, most recently updated first (one query).
        An anonymous conversation (empty `customer_ref`) has no memory."""
        if not customer_ref:
            return []
        rows = self.for_customer(customer_ref).order_by("-updated_at", "key").values_list("key", "value")
        return [f"{key}: {value}" for key, value in rows[:limit]]


class UserMemory(models.Model):
    class Source(models.TextChoices):
        CUSTOMER = "customer"  # the customer stated it ("call me Sam", "I prefer e-mail")
        AGENT = "agent"  # the agent recorded it during a conversation
        STAFF = "staff"  # a person entered or corrected it in the console

    customer_ref = models.CharField(max_length=200)
    key = models.CharField(max_length=64)
    value = models.TextField()
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.CUSTOMER)
    updated_at = models.DateTimeField()

    objects = UserMemoryQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["customer_ref", "key"], name="user_memory_one_value_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.customer_ref}: {self.key}"
