"""How the shop words money, dates and policies for customers, the same way in every tool's summary.

English is what the tools' summaries say. Spanish, French and German are what the offline model's
answers say to customers writing those languages (`demo_shop.offline_replies`); every function takes
the language and gives English for any other.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from demo_shop.models import Category, ReturnPolicy

# Warranty from the delivery date, by category (help article "Our warranty"); gift cards have none.
WARRANTY_YEARS = {category: 2 for category in Category.values} | {
    Category.ACCESSORIES.value: 1,
    Category.GIFT_CARDS.value: 0,
}

# Written out rather than read from the system's locales: a server may have none installed, and the
# same date must read the same everywhere.
_WEEKDAYS = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_MONTHS = {
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ).split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}

#: the categories' labels as customers read them in each language ("en": `Category` labels)
CATEGORY_LABELS: dict[str, dict[str, str]] = {
    Category.HEADPHONES: {
        "es": "Auriculares",
        "fr": "Casques et écouteurs",
        "de": "Kopfhörer und Ohrhörer",
    },
    Category.PHONES: {
        "es": "Teléfonos y tabletas",
        "fr": "Téléphones et tablettes",
        "de": "Smartphones und Tablets",
    },
    Category.COMPUTERS: {
        "es": "Portátiles y ordenadores",
        "fr": "Ordinateurs portables et de bureau",
        "de": "Laptops und Computer",
    },
    Category.WEARABLES: {
        "es": "Relojes inteligentes y pulseras de actividad",
        "fr": "Montres connectées et bracelets d'activité",
        "de": "Smartwatches und Fitness-Tracker",
    },
    Category.GAMING: {"es": "Accesorios de gaming", "fr": "Équipement gaming", "de": "Gaming-Zubehör"},
    Category.SMART_HOME: {
        "es": "Hogar inteligente y altavoces",
        "fr": "Maison connectée et enceintes",
        "de": "Smart Home und Lautsprecher",
    },
    Category.ACCESSORIES: {
        "es": "Cargadores, cables, fundas y soportes",
        "fr": "Chargeurs, câbles, coques et supports",
        "de": "Ladegeräte, Kabel, Hüllen und Ständer",
    },
    Category.GIFT_CARDS: {"es": "Tarjetas regalo", "fr": "Cartes cadeaux", "de": "Geschenkkarten"},
}

_RETURNABLE = {
    "en": "{label} can be returned within {days} days of delivery, with a free return label.",
    "es": "{label}: se pueden devolver en un plazo de {days} días desde la entrega, con una etiqueta de "
    "devolución gratuita.",
    "fr": "{label} : retour possible sous {days} jours après la livraison, avec une étiquette de retour "
    "gratuite.",
    "de": "{label}: Rückgabe innerhalb von {days} Tagen nach der Zustellung, mit kostenlosem "
    "Rücksendeetikett.",
}
_NOT_RETURNABLE = {
    "en": "{label} cannot be returned.",
    "es": "{label}: no se pueden devolver.",
    "fr": "{label} : ne peuvent pas être retournés.",
    "de": "{label}: können nicht zurückgegeben werden.",
}
_WARRANTY = {
    "en": "If it is faulty, it is covered by our {years}-year warranty from the delivery date.",
    "es": "Si está defectuoso, lo cubre nuestra garantía de {years} {unit} desde la fecha de entrega.",
    "fr": "S'il est défectueux, il est couvert par notre garantie de {years} {unit} à compter de la "
    "livraison.",
    "de": "Ist es defekt, gilt unsere Garantie von {years} {unit} ab dem Lieferdatum.",
}
_YEAR_UNITS = {"es": ("año", "años"), "fr": ("an", "ans"), "de": ("Jahr", "Jahren")}


def money(amount: Decimal | str, language: str = "en") -> str:
    """ "$1,234.50"; "1.234,50 $" in Spanish and German, "1 234,50 $" in French."""
    english = f"{Decimal(amount):,.2f}"
    if language in ("es", "de"):
        return english.replace(",", " ").replace(".", ",").replace(" ", ".") + " $"
    if language == "fr":
        return english.replace(",", " ").replace(".", ",") + " $"
    return f"${english}"


def day(value: date, language: str = "en") -> str:
    """'Friday 23 November' ('viernes 23 de noviembre', 'vendredi 23 novembre', 'Freitag, 23. November'):
    the year only adds noise for dates within a few weeks of today."""
    if language not in _WEEKDAYS:
        return f"{value:%A} {value.day} {value:%B}"
    weekday, month = _WEEKDAYS[language][value.weekday()], _MONTHS[language][value.month - 1]
    if language == "es":
        return f"{weekday} {value.day} de {month}"
    if language == "de":
        return f"{weekday}, {value.day}. {month}"
    return f"{weekday} {value.day} {month}"


def category_label(category: str, language: str = "en") -> str:
    return CATEGORY_LABELS.get(category, {}).get(language) or Category(category).label


def policy_sentence(policy: ReturnPolicy, language: str = "en") -> str:
    """One policy in a sentence: "Headphones & earbuds can be returned within 30 days of delivery ...".
    The conditions follow as the shop wrote them (English)."""
    return policy_text(policy.category, policy.returnable, policy.window_days, policy.conditions, language)


def policy_text(
    category: str, returnable: bool, window_days: int, conditions: str, language: str = "en"
) -> str:
    """`policy_sentence` from a policy's fields (a tool result carries them, not the row)."""
    label = category_label(category, language)
    templates = _RETURNABLE if returnable else _NOT_RETURNABLE
    text = (templates.get(language) or templates["en"]).format(label=label, days=window_days)
    return f"{text} {conditions}".strip()


def warranty_sentence(category: str, language: str = "en") -> str:
    years = WARRANTY_YEARS.get(category, 0)
    if not years:
        return ""
    units = _YEAR_UNITS.get(language, ("year", "years"))
    template = _WARRANTY.get(language) or _WARRANTY["en"]
    return template.format(years=years, unit=units[0] if years == 1 else units[1])
