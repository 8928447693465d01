"""Facts the customer gave that must survive any summarising: order numbers, tracking numbers, e-mail
addresses, amounts.

Extraction is pattern-based and offline. It reads only what the customer (or a person relaying them)
wrote: a number the model produced is not evidence of what the customer asked about. Facts are pinned
into the system prompt by the context builder, so turn 1's order number is still known at turn 60.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ORDER = "order number"
TRACKING = "tracking number"
EMAIL = "e-mail"
AMOUNT = "amount"

#: How many facts of each kind are kept pinned: the first one given (usually what the conversation is
#: about) and the most recent others. Bounded so a long conversation cannot grow the pinned block forever.
MAX_PER_KIND = {ORDER: 5, TRACKING: 3, EMAIL: 3, AMOUNT: 5}

# "order 1234", "order #1234", "order number: A-1234", "Bestellung 1234", "commande n° 1234"...
_ORDER_WORDS = (
    r"orders?|order\s+(?:number|no\.?|num\.?|id|ref(?:erence)?)|bestell(?:ung|nummer)|auftrag(?:snummer)?"
    r"|commande|pedido|ordine|zamówienie|bestelling"
)
_ORDER = re.compile(
    rf"\b(?:{_ORDER_WORDS})\s*(?:n[°º]|nr\.?|no\.?|number|num\.?|id|#|:)?\s*#?\s*"
    r"(?P<id>[A-Z]{0,4}-?\d[\dA-Z-]{2,23})\b",
    re.IGNORECASE,
)
_BARE_HASH = re.compile(r"(?<![\w&])#(?P<id>\d{4,12})\b")  # "#10234" on its own: an order reference
_TRACKING = re.compile(
    r"\btracking\s*(?:number|no\.?|id|code|#)?\s*[:#]?\s*(?P<id>[A-Z0-9]{8,30})\b", re.IGNORECASE
)
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")
_NUMBER = r"\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT = re.compile(
    rf"(?:[$€£¥]\s?(?:{_NUMBER}))"
    rf"|(?:\b(?:{_NUMBER})\s?(?:[$€£¥]|(?:EUR|USD|GBP|CHF|euros?|dollars?|pounds?)\b))"
    rf"|(?:\b(?:EUR|USD|GBP|CHF)\s?(?:{_NUMBER}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Fact:
    kind: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


def extract_facts(text: str) -> list[Fact]:
    """The facts in one customer message, in the order they appear, without duplicates."""
    found: list[tuple[int, Fact]] = []
    emails = list(_EMAIL.finditer(text))
    for match in emails:
        found.append((match.start(), Fact(EMAIL, match.group().lower())))

    def inside_email(position: int) -> bool:
        return any(m.start() <= position < m.end() for m in emails)

    for match in _TRACKING.finditer(text):
        if any(ch.isdigit() for ch in match["id"]):
            found.append((match.start(), Fact(TRACKING, match["id"].upper())))
    tracking = {f.value for _, f in found if f.kind == TRACKING}
    for pattern in (_ORDER, _BARE_HASH):
        for match in pattern.finditer(text):
            value = match["id"].upper()
            if value not in tracking and not inside_email(match.start("id")):
                found.append((match.start(), Fact(ORDER, value)))
    for match in _AMOUNT.finditer(text):
        if not inside_email(match.start()):
            found.append((match.start(), Fact(AMOUNT, " ".join(match.group().split()))))
    facts: list[Fact] = []
    for _, fact in sorted(found, key=lambda pair: pair[0]):
        if fact not in facts:
            facts.append(fact)
    return facts


def merge_facts(known: list[Fact], new: list[Fact]) -> list[Fact]:
    """`known` plus `new`, without duplicates, within `MAX_PER_KIND`: per kind the first fact ever
    given stays, and the most recent others fill the rest."""
    merged = list(known)
    for fact in new:
        if fact in merged:
            continue
        merged.append(fact)
        same_kind = [f for f in merged if f.kind == fact.kind]
        cap = MAX_PER_KIND.get(fact.kind, 3)
        if len(same_kind) > cap:
            merged.remove(same_kind[1])  # the oldest after the first
    return merged
