"""How the shop words money, dates and policies for customers, the same way in every tool's summary."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from demo_shop.models import Category, ReturnPolicy

# Warranty from the delivery date, by category (help article "Our warranty"); gift cards have none.
WARRANTY_YEARS = {category: 2 for category in Category.values} | {
    Category.ACCESSORIES.value: 1,
    Category.GIFT_CARDS.value: 0,
}


def money(amount: Decimal | str) -> str:
    return f"${Decimal(amount):,.2f}"


def day(value: date) -> str:
    """'Friday 23 November': the year only adds noise for dates within a few weeks of today."""
    return f"{value:%A} {value.day} {value:%B}"


def category_label(category: str) -> str:
    return Category(category).label


def policy_sentence(policy: ReturnPolicy) -> str:
    """One policy in a sentence: "Headphones & earbuds can be returned within 30 days of delivery ..."."""
    label = category_label(policy.category)
    if not policy.returnable:
        return f"{label} cannot be returned. {policy.conditions}".strip()
    text = f"{label} can be returned within {policy.window_days} days of delivery, with a free return label."
    return f"{text} {policy.conditions}".strip()


def warranty_sentence(category: str) -> str:
    years = WARRANTY_YEARS.get(category, 0)
    if not years:
        return ""
    return f"If it is faulty, it is covered by our {years}-year warranty from the delivery date."
