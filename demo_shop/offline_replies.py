"""The desk's answers in Spanish, French and German, for the offline demo model.

A language model reads a tool's English summary and answers in the customer's language by itself. The
offline model cannot translate: it answers with the summary, so for the languages below it is given
these wordings instead (`agents.providers.offline.register_wording`, done by `demo_shop.executors`).
Each one words a tool's result from its fields, the way the tool's own summary does in English; a
result it has no wording for (a field it needs is missing) returns None and the English summary is
the answer. Text the shop wrote in English (product names, policy conditions, help articles) is
quoted as written.

Spanish speaks to the customer as "tú", French and German formally, as the desk's decline messages do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils import timezone

from agents.providers.offline import ResultWording, ToolOutcome
from demo_shop.wording import category_label, day, money, policy_text, warranty_sentence

#: the languages worded here; the offline model answers any other in English
REPLY_LANGUAGES = ("es", "fr", "de")

# An order's state as the end of a sentence whose subject is the order, by status; "_dated" when the
# date that goes with the status is known (placed_on, expected_on or delivered_on).
_ORDER_STATES: dict[str, dict[str, str]] = {
    "es": {
        "placed": "está a la espera de que se confirme el pago",
        "placed_dated": "se realizó el {date} y está a la espera de que se confirme el pago",
        "paid": "está pagado y lo estamos preparando en nuestro almacén",
        "paid_dated": "está pagado y lo estamos preparando en nuestro almacén; debería llegar el {date}",
        "shipped": "está en camino",
        "shipped_dated": "está en camino, con entrega prevista el {date}",
        "delivered": "se entregó",
        "delivered_dated": "se entregó el {date}",
        "returned": "se ha devuelto",
        "refunded": "se ha reembolsado",
        "cancelled": "se canceló antes del envío",
    },
    "fr": {
        "placed": "attend la confirmation du paiement",
        "placed_dated": "a été passée le {date} et attend la confirmation du paiement",
        "paid": "est payée et en cours de préparation dans notre entrepôt",
        "paid_dated": "est payée et en cours de préparation dans notre entrepôt ; elle devrait "
        "arriver le {date}",
        "shipped": "est en route",
        "shipped_dated": "est en route, livraison prévue le {date}",
        "delivered": "a été livrée",
        "delivered_dated": "a été livrée le {date}",
        "returned": "a été retournée",
        "refunded": "a été remboursée",
        "cancelled": "a été annulée avant l'expédition",
    },
    "de": {
        "placed": "wartet auf die Bestätigung der Zahlung",
        "placed_dated": "wurde am {date} aufgegeben und wartet auf die Bestätigung der Zahlung",
        "paid": "ist bezahlt und wird in unserem Lager vorbereitet",
        "paid_dated": "ist bezahlt und wird in unserem Lager vorbereitet; sie sollte bis {date} ankommen",
        "shipped": "ist unterwegs",
        "shipped_dated": "ist unterwegs, voraussichtliche Zustellung am {date}",
        "delivered": "wurde zugestellt",
        "delivered_dated": "wurde am {date} zugestellt",
        "returned": "wurde zurückgesendet",
        "refunded": "wurde erstattet",
        "cancelled": "wurde vor dem Versand storniert",
    },
}
# Which date goes with which status.
_STATE_DATES = {
    "placed": "placed_on",
    "paid": "expected_on",
    "shipped": "expected_on",
    "delivered": "delivered_on",
}

_TEXT: dict[str, dict[str, str]] = {
    "order": {
        "es": "El pedido {number} ({item}, {total}) {state}.",
        "fr": "La commande {number} ({item}, {total}) {state}.",
        "de": "Die Bestellung {number} ({item}, {total}) {state}.",
    },
    "orders_one": {"es": "Tienes 1 pedido:", "fr": "Vous avez 1 commande :", "de": "Sie haben 1 Bestellung:"},
    "orders_many": {
        "es": "Tienes {count} pedidos:",
        "fr": "Vous avez {count} commandes :",
        "de": "Sie haben {count} Bestellungen:",
    },
    "orders_line": {
        "es": "- Pedido {number}, {item} ({total}): {state}.",
        "fr": "- Commande {number}, {item} ({total}) : {state}.",
        "de": "- Bestellung {number}, {item} ({total}): {state}.",
    },
    "orders_more": {"es": "- y {count} más", "fr": "- et {count} autres", "de": "- und {count} weitere"},
    "orders_none": {
        "es": "No he encontrado ningún pedido.",
        "fr": "Je n'ai trouvé aucune commande.",
        "de": "Ich habe keine Bestellung gefunden.",
    },
    "carrier_code": {
        "es": "{carrier}, código de seguimiento {code}",
        "fr": "{carrier}, numéro de suivi {code}",
        "de": "{carrier}, Sendungsnummer {code}",
    },
    "on_its_way": {
        "es": "El pedido {number} está en camino con {where}.",
        "fr": "La commande {number} est en route avec {where}.",
        "de": "Die Bestellung {number} ist mit {where} unterwegs.",
    },
    "travelled": {
        "es": "El pedido {number} viajó con {where} y {state}.",
        "fr": "La commande {number} a été expédiée avec {where} et {state}.",
        "de": "Die Bestellung {number} wurde mit {where} verschickt und {state}.",
    },
    "sent_by_email": {
        "es": "El pedido {number} se envió por correo electrónico y {state}.",
        "fr": "La commande {number} a été envoyée par e-mail et {state}.",
        "de": "Die Bestellung {number} wurde per E-Mail verschickt und {state}.",
    },
    "cancelled": {
        "es": "El pedido {number} se canceló antes del envío.",
        "fr": "La commande {number} a été annulée avant l'expédition.",
        "de": "Die Bestellung {number} wurde vor dem Versand storniert.",
    },
    "not_shipped": {
        "es": "El pedido {number} todavía no se ha enviado: {state}. Los pedidos pagados antes de las 14:00 "
        "(hora del Este) de un día laborable se envían ese mismo día, y recibirás el código de seguimiento "
        "por correo electrónico.",
        "fr": "La commande {number} n'a pas encore été expédiée : elle {state}. Les commandes payées avant "
        "14 h (heure de l'Est) un jour ouvré partent le jour même, et vous recevez le numéro de suivi par "
        "e-mail.",
        "de": "Die Bestellung {number} wurde noch nicht verschickt: sie {state}. Bestellungen, die an einem "
        "Werktag vor 14 Uhr (Eastern Time) bezahlt werden, gehen am selben Tag raus, und Sie erhalten die "
        "Sendungsnummer per E-Mail.",
    },
    "all_policies": {
        "es": "Los artículos se pueden devolver en un plazo que empieza el día de la entrega, con una "
        "etiqueta de devolución gratuita: {windows}.",
        "fr": "Les articles peuvent être retournés dans un délai qui commence le jour de la livraison, avec "
        "une étiquette de retour gratuite : {windows}.",
        "de": "Artikel können innerhalb einer Frist ab dem Liefertag mit kostenlosem Rücksendeetikett "
        "zurückgegeben werden: {windows}.",
    },
    "window": {"es": "{label}: {days} días", "fr": "{label} : {days} jours", "de": "{label}: {days} Tage"},
    "closed": {
        "es": "{labels} no se pueden devolver.",
        "fr": "{labels} ne peuvent pas être retournés.",
        "de": "{labels} können nicht zurückgegeben werden.",
    },
    "order_not_returnable": {
        "es": "El pedido {number} no se puede devolver: {policy}",
        "fr": "La commande {number} ne peut pas être retournée : {policy}",
        "de": "Die Bestellung {number} kann nicht zurückgegeben werden: {policy}",
    },
    "return_already_open": {
        "es": "Ya hay una devolución abierta para el pedido {number}: {rma}. Te enviamos la "
        "etiqueta gratuita "
        "por correo electrónico.",
        "fr": "Un retour est déjà ouvert pour la commande {number} : {rma}. L'étiquette gratuite vous a été "
        "envoyée par e-mail.",
        "de": "Für die Bestellung {number} ist bereits eine Rücksendung offen: {rma}. Das kostenlose Etikett "
        "haben wir Ihnen per E-Mail geschickt.",
    },
    "window_ended": {
        "es": "El plazo de devolución de {days} días del pedido {number} terminó el {date}. {warranty}",
        "fr": "Le délai de retour de {days} jours de la commande {number} a pris fin le {date}. {warranty}",
        "de": "Die Rückgabefrist von {days} Tagen für die Bestellung {number} ist am {date} abgelaufen. "
        "{warranty}",
    },
    "returnable_until": {
        "es": "Sí: el pedido {number} se puede devolver hasta el {date} ({days} días para {label}), con una "
        "etiqueta de devolución gratuita. {conditions}",
        "fr": "Oui : la commande {number} peut être retournée jusqu'au {date} ({days} jours pour {label}), "
        "avec une étiquette de retour gratuite. {conditions}",
        "de": "Ja: Die Bestellung {number} kann bis {date} zurückgegeben werden ({days} Tage für {label}), "
        "mit kostenlosem Rücksendeetikett. {conditions}",
    },
    "return_opened": {
        "es": "La devolución {rma} está abierta para el pedido {number}. Te hemos enviado por correo "
        "electrónico una etiqueta de devolución gratuita. Empaqueta el artículo en su embalaje original con "
        "todos los accesorios y entrégalo en un plazo de {days} días. Te reembolsaremos {refund} en tu "
        "método de pago original en los 2 días hábiles siguientes a la llegada del paquete.",
        "fr": "Le retour {rma} est ouvert pour la commande {number}. Nous vous avons envoyé par e-mail une "
        "étiquette de retour gratuite. Emballez l'article dans son emballage d'origine avec tous ses "
        "accessoires et déposez-le sous {days} jours. Nous vous remboursons {refund} sur votre moyen de "
        "paiement d'origine dans les 2 jours ouvrés suivant l'arrivée du colis.",
        "de": "Die Rücksendung {rma} für die Bestellung {number} ist eröffnet. Wir haben Ihnen ein "
        "kostenloses Rücksendeetikett per E-Mail geschickt. Verpacken Sie den Artikel in der "
        "Originalverpackung mit allem Zubehör und geben Sie ihn innerhalb von {days} Tagen ab. Wir erstatten "
        "Ihnen {refund} auf Ihr ursprüngliches Zahlungsmittel innerhalb von 2 Werktagen nach Eingang des "
        "Pakets.",
    },
    "refunded": {
        "es": "Hemos reembolsado {amount} del pedido {number} a tu método de pago original; aparecerá en tu "
        "extracto en 5-10 días hábiles (1-2 con PayPal).",
        "fr": "Nous avons remboursé {amount} de la commande {number} sur votre moyen de paiement d'origine ; "
        "le montant apparaît sur votre relevé sous 5 à 10 jours ouvrés (1 à 2 pour PayPal).",
        "de": "Wir haben {amount} für die Bestellung {number} auf Ihr ursprüngliches Zahlungsmittel "
        "erstattet; der Betrag erscheint innerhalb von 5-10 Werktagen auf Ihrer Abrechnung (1-2 bei PayPal).",
    },
    "left": {
        "es": "Quedan {amount} en el pedido.",
        "fr": "Il reste {amount} sur la commande.",
        "de": "Auf der Bestellung sind noch {amount} offen.",
    },
    "profile": {
        "es": "Nombre: {name}. Correo electrónico: {email}. Teléfono: {phone}. Dirección de entrega: "
        "{address}.",
        "fr": "Nom : {name}. E-mail : {email}. Téléphone : {phone}. Adresse de livraison : {address}.",
        "de": "Name: {name}. E-Mail: {email}. Telefon: {phone}. Lieferadresse: {address}.",
    },
    "no_phone": {"es": "ninguno registrado", "fr": "aucun enregistré", "de": "keines hinterlegt"},
    "no_address": {"es": "ninguna registrada", "fr": "aucune enregistrée", "de": "keine hinterlegt"},
    "email_changed": {
        "es": "La dirección de correo electrónico de tu cuenta es ahora {email} (antes era "
        "{previous}). Hemos "
        "enviado una confirmación a la nueva dirección y un aviso a la anterior.",
        "fr": "L'adresse e-mail de votre compte est désormais {email} (c'était {previous}). Nous "
        "avons envoyé "
        "une confirmation à la nouvelle adresse et un avis à l'ancienne.",
        "de": "Die E-Mail-Adresse Ihres Kontos ist jetzt {email} (vorher {previous}). Wir haben eine "
        "Bestätigung an die neue und einen Hinweis an die alte Adresse geschickt.",
    },
    "address_changed": {
        "es": "La dirección de entrega de tu cuenta es ahora {address}. Se usará para los pedidos "
        "que hagas a "
        "partir de ahora; los pedidos ya realizados mantienen su dirección.",
        "fr": "L'adresse de livraison de votre compte est désormais {address}. Elle servira pour vos "
        "prochaines commandes ; les commandes déjà passées gardent leur adresse.",
        "de": "Die Lieferadresse Ihres Kontos ist jetzt {address}. Sie gilt für Ihre künftigen Bestellungen; "
        "bereits aufgegebene Bestellungen behalten ihre Adresse.",
    },
    # Signed in (no address given): the link went to the account's address. Given an address, the
    # answer never says whether an account has it.
    "reset_sent": {
        "es": "Hemos enviado un enlace para restablecer la contraseña a {masked}, la dirección de tu cuenta.",
        "fr": "Nous avons envoyé un lien de réinitialisation du mot de passe à {masked}, l'adresse de votre "
        "compte.",
        "de": "Wir haben einen Link zum Zurücksetzen des Passworts an {masked} geschickt, die Adresse Ihres "
        "Kontos.",
    },
    "reset_sent_if_known": {
        "es": "Si {masked} pertenece a una cuenta, le hemos enviado un enlace para restablecer la "
        "contraseña.",
        "fr": "Si {masked} correspond à un compte, nous y avons envoyé un lien de réinitialisation du mot de "
        "passe.",
        "de": "Falls {masked} zu einem Konto gehört, haben wir dorthin einen Link zum Zurücksetzen des "
        "Passworts geschickt.",
    },
    "reset_link": {
        "es": "El enlace funciona una sola vez y caduca a los 60 minutos; si no te llega en unos minutos, "
        "revisa la carpeta de spam.",
        "fr": "Le lien ne fonctionne qu'une fois et expire au bout de 60 minutes ; s'il n'arrive pas d'ici "
        "quelques minutes, vérifiez votre dossier de spam.",
        "de": "Der Link funktioniert einmal und läuft nach 60 Minuten ab; wenn er nicht in wenigen Minuten "
        "ankommt, sehen Sie bitte im Spam-Ordner nach.",
    },
    "no_article": {
        "es": "No he encontrado ningún artículo de ayuda sobre eso. Una persona de nuestro equipo puede "
        "ayudarte.",
        "fr": "Je n'ai trouvé aucun article d'aide à ce sujet. Une personne de notre équipe peut vous aider.",
        "de": "Dazu habe ich keinen Hilfeartikel gefunden. Eine Person aus unserem Team kann Ihnen helfen.",
    },
    # Errors of the shop's access rules (demo_shop.access), the ones customers meet most.
    "order_not_found": {
        "es": "No encuentro el pedido {number} en tu cuenta. ¿Puedes comprobar el número?",
        "fr": "Je ne trouve pas la commande {number} sur votre compte. Pouvez-vous vérifier le numéro ?",
        "de": "Ich finde die Bestellung {number} nicht in Ihrem Konto. Können Sie die Nummer prüfen?",
    },
    "guest_order_not_found": {
        "es": "No encuentro el pedido {number} con esa dirección de correo electrónico. ¿Puedes comprobar el "
        "número y la dirección?",
        "fr": "Je ne trouve pas de commande {number} avec cette adresse e-mail. Pouvez-vous "
        "vérifier le numéro "
        "et l'adresse ?",
        "de": "Ich finde keine Bestellung {number} mit dieser E-Mail-Adresse. Können Sie Nummer und Adresse "
        "prüfen?",
    },
    "sign_in_required": {
        "es": "Para eso necesitas iniciar sesión en tu cuenta primero.",
        "fr": "Pour cela, vous devez d'abord vous connecter à votre compte.",
        "de": "Dafür müssen Sie sich zuerst in Ihrem Konto anmelden.",
    },
    "verification_required": {
        "es": "Para consultar un pedido sin iniciar sesión, necesito el número de pedido y la dirección de "
        "correo electrónico que usaste al hacerlo.",
        "fr": "Pour consulter une commande sans vous connecter, j'ai besoin du numéro de commande et de "
        "l'adresse e-mail utilisée pour la commande.",
        "de": "Um eine Bestellung ohne Anmeldung abzufragen, brauche ich die Bestellnummer und die "
        "E-Mail-Adresse der Bestellung.",
    },
}

#: how the offline model's clarifying questions name the desk's required arguments
ARGUMENT_PHRASES: dict[str, dict[str, str]] = {
    "order_id": {"es": "el número de pedido", "fr": "le numéro de commande", "de": "die Bestellnummer"},
    "new_email": {
        "es": "la nueva dirección de correo electrónico",
        "fr": "la nouvelle adresse e-mail",
        "de": "die neue E-Mail-Adresse",
    },
    "new_address": {
        "es": "la nueva dirección de entrega (calle, ciudad, código postal y país)",
        "fr": "la nouvelle adresse de livraison (rue, ville, code postal et pays)",
        "de": "die neue Lieferadresse (Straße, Ort, Postleitzahl und Land)",
    },
}


def _say(key: str, language: str, **values: Any) -> str:
    return _TEXT[key][language].format(**values)


def _date(value: Any, language: str) -> str:
    return day(date.fromisoformat(value), language) if isinstance(value, str) and value else ""


def order_state(fields: dict[str, Any], language: str) -> str:
    """Where an order stands, as the end of a sentence about it, from its result fields."""
    status = fields["status"]
    states = _ORDER_STATES[language]
    when = _date(fields.get(_STATE_DATES.get(status, "")), language)
    if when and f"{status}_dated" in states:
        return states[f"{status}_dated"].format(date=when)
    return states[status]


# --- one wording per tool ---------------------------------------------------------------------------


def _lookup_order(outcome: ToolOutcome, language: str) -> str | None:
    order = outcome.result
    return _say(
        "order",
        language,
        number=order["order_id"],
        item=order["item"],
        total=money(order["total"], language),
        state=order_state(order, language),
    )


def _list_orders(outcome: ToolOutcome, language: str) -> str | None:
    orders = outcome.result["orders"]
    # The tool layer caps long lists and says how long the list was ("orders_total").
    total = outcome.result.get("orders_total", len(orders))
    if not total:
        return _say("orders_none", language)
    lines = [_say("orders_one", language) if total == 1 else _say("orders_many", language, count=total)]
    for order in orders:
        lines.append(
            _say(
                "orders_line",
                language,
                number=order["order_id"],
                item=order["item"],
                total=money(order["total"], language),
                state=order_state(order, language),
            )
        )
    if total > len(orders):
        lines.append(_say("orders_more", language, count=total - len(orders)))
    return "\n".join(lines)


def _track_shipment(outcome: ToolOutcome, language: str) -> str | None:
    result = outcome.result
    number, status = result["order_id"], result["status"]
    state = order_state({"status": status}, language)  # no dates in a tracking result
    code = result.get("tracking_code")
    if code:
        where = _say("carrier_code", language, carrier=result["carrier"], code=code)
        if result.get("tracking_url"):
            where += f" ({result['tracking_url']})"
        if status == "shipped":
            return _say("on_its_way", language, number=number, where=where)
        return _say("travelled", language, number=number, where=where, state=state)
    if status == "delivered":  # a gift card: it goes by e-mail
        return _say("sent_by_email", language, number=number, state=state)
    if status == "cancelled":
        return _say("cancelled", language, number=number)
    return _say("not_shipped", language, number=number, state=state)


def _return_policy(outcome: ToolOutcome, language: str) -> str | None:
    result = outcome.result
    if isinstance(result.get("policies"), list):
        return _all_policies(result["policies"], language)
    if "category" not in result:
        return None  # a policy the shop has no record of: the English summary says so
    policy = policy_text(
        result["category"], result["returnable"], result["window_days"], result["conditions"], language
    )
    if "order_id" not in result:
        return policy
    number = result["order_id"]
    if not result["returnable"]:
        return _say("order_not_returnable", language, number=number, policy=policy)
    if result.get("return_id"):
        return _say("return_already_open", language, number=number, rma=result["return_id"])
    deadline = result.get("deadline")
    if not deadline:
        # Not delivered yet, or returned, refunded or cancelled: the result does not say which.
        return None
    days, when = result["window_days"], _date(deadline, language)
    if date.fromisoformat(deadline) < timezone.localdate():
        warranty = warranty_sentence(result["category"], language)
        return _say("window_ended", language, days=days, number=number, date=when, warranty=warranty).strip()
    label = category_label(result["category"], language)
    return _say(
        "returnable_until",
        language,
        number=number,
        date=when,
        days=days,
        label=label if language == "de" else label.lower(),
        conditions=result["conditions"],
    ).strip()


def _all_policies(policies: list[dict[str, Any]], language: str) -> str:
    def label(category: str) -> str:
        text = category_label(category, language)
        return text if language == "de" else text.lower()  # German nouns keep their capitals

    windows = "; ".join(
        _say("window", language, label=label(p["category"]), days=p["window_days"])
        for p in policies
        if p["returnable"]
    )
    text = _say("all_policies", language, windows=windows)
    closed = [category_label(p["category"], language) for p in policies if not p["returnable"]]
    if closed:
        text += " " + _say("closed", language, labels=", ".join(closed))
    return text


def _open_return(outcome: ToolOutcome, language: str) -> str | None:
    result = outcome.result
    return _say(
        "return_opened",
        language,
        rma=result["return_id"],
        number=result["order_id"],
        days=result["drop_off_within_days"],
        refund=money(result["expected_refund"], language),
    )


def _refund_order(outcome: ToolOutcome, language: str) -> str | None:
    result = outcome.result
    text = _say("refunded", language, amount=money(result["amount"], language), number=result["order_id"])
    if Decimal(result["left"]) > 0:
        text += " " + _say("left", language, amount=money(result["left"], language))
    return text


def _show_profile(outcome: ToolOutcome, language: str) -> str | None:
    profile = outcome.result
    return _say(
        "profile",
        language,
        name=profile["name"],
        email=profile["email"],
        phone=profile.get("phone") or _say("no_phone", language),
        address=profile.get("address") or _say("no_address", language),
    )


def _change_email(outcome: ToolOutcome, language: str) -> str | None:
    result = outcome.result
    return _say("email_changed", language, email=result["email"], previous=result["previous_email"])


def _change_address(outcome: ToolOutcome, language: str) -> str | None:
    return _say("address_changed", language, address=outcome.result["address"])


def _send_password_reset(outcome: ToolOutcome, language: str) -> str | None:
    masked = outcome.result["sent_to"]
    sent = "reset_sent_if_known" if outcome.arguments.get("email") else "reset_sent"
    return f"{_say(sent, language, masked=masked)} {_say('reset_link', language)}"


def _search_help(outcome: ToolOutcome, language: str) -> str | None:
    # Passages are answered by the offline model itself (quoted as written, framed in the language);
    # only "nothing found" is the tool's own sentence.
    if any(isinstance(value, list) and value for value in outcome.result.values()):
        return None
    return _say("no_article", language) if outcome.result.get("summary") else None


def _error(outcome: ToolOutcome, language: str) -> str | None:
    error = outcome.result if isinstance(outcome.result, dict) else {}
    code = error.get("code")
    number = outcome.arguments.get("order_id")
    if code == "not_found" and number is not None:
        guest = bool(outcome.arguments.get("email"))
        return _say("guest_order_not_found" if guest else "order_not_found", language, number=number)
    if code in ("sign_in_required", "verification_required"):
        return _say(code, language)
    return None  # the offline model's own apology, with the tool's message as it is


def _worded(render: Callable[[ToolOutcome, str], str | None]) -> ResultWording:
    """A tool's wording, with the shop's errors, for the languages above only."""

    def wording(outcome: ToolOutcome, language: str) -> str | None:
        if language not in REPLY_LANGUAGES:
            return None
        if outcome.is_error:
            return _error(outcome, language)
        if not isinstance(outcome.result, dict):
            return None
        try:
            return render(outcome, language)
        except (KeyError, TypeError, ValueError):
            # A result without the fields this wording reads (a tool changed): its English summary is
            # still a right answer.
            return None

    return wording


RESULT_WORDINGS: dict[str, ResultWording] = {
    "lookup_order": _worded(_lookup_order),
    "list_orders": _worded(_list_orders),
    "track_shipment": _worded(_track_shipment),
    "return_policy": _worded(_return_policy),
    "open_return": _worded(_open_return),
    "refund_order": _worded(_refund_order),
    "show_profile": _worded(_show_profile),
    "change_email": _worded(_change_email),
    "change_address": _worded(_change_address),
    "send_password_reset": _worded(_send_password_reset),
    "search_help": _worded(_search_help),
}
