"""Personal data in a customer's text: found, replaced by placeholders for the model, put back for the
customer and for the tools that need the real value.

What counts: e-mail addresses, phone numbers (libphonenumber, valid numbers only), payment card numbers
(Luhn), IBANs (mod 97), national ids whose check digits python-stdnum knows (US SSN, UK NINO, ES DNI /
NIE, FR NIR, IT codice fiscale; NL BSN, DE Steuer-ID and PT NIF only next to their name, since nine or
eleven bare digits are an order number as often), and street addresses in the desk's languages.

False positives cost more than misses here: an order number hidden from the model breaks the very
conversation the customer came for. So numbers are validated, ids need their check digits, phones
right after "order" / "tracking" / "#" are not phones, and an address needs a house number, a street
word and a capitalised name.

    vault = Vault.from_texts(customer_messages)   # rebuilt from the stored messages, never stored
    vault.redact("mail me at a@b.co")  -> "mail me at [EMAIL_1]"
    vault.restore({"email": "[EMAIL_1]"}) -> {"email": "a@b.co"}
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from agents.guards.base import CheckConfig, CheckResult, Subject, Verdict

KINDS = ("email", "phone", "card", "iban", "national_id", "address")
_LABELS = {
    "email": ("e-mail address", "e-mail addresses"),
    "phone": ("phone number", "phone numbers"),
    "card": ("card number", "card numbers"),
    "iban": ("IBAN", "IBANs"),
    "national_id": ("national id number", "national id numbers"),
    "address": ("street address", "street addresses"),
}
# When two findings overlap and are as long as each other, the stricter validation wins.
_PRIORITY = {"card": 0, "iban": 1, "national_id": 2, "phone": 3, "email": 4, "address": 5}


@dataclass(frozen=True)
class PiiSpan:
    kind: str  # one of KINDS
    start: int
    end: int
    value: str  # text[start:end]


# --- e-mail -------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")


def _emails(text: str) -> list[PiiSpan]:
    if "@" not in text:
        return []
    return [PiiSpan("email", m.start(), m.end(), m.group(0)) for m in _EMAIL.finditer(text)]


# --- cards and IBANs ----------------------------------------------------------------------------

_IBAN_HEAD = re.compile(r"[A-Za-z]{2}\d{2}[ -]?$")
_CARD = re.compile(r"(?<![\w.,-])\d(?:[ -]?\d){12,18}(?![\w-]|[.,]\d)")


def _cards(text: str) -> list[PiiSpan]:
    from stdnum import luhn

    spans = []
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        # Payment networks start with 2-6 (Mastercard 2/5, Amex 3, Visa 4, Discover 6); an EAN-13
        # barcode or an ISBN starts with 9 or 0 and passes Luhn one time in ten.
        if not 13 <= len(digits) <= 19 or digits[0] not in "23456" or len(set(digits)) == 1:
            continue
        if _IBAN_HEAD.search(text, max(0, match.start() - 6), match.start()):
            continue  # the digits of a (mistyped) IBAN, after its "DE89 "
        if luhn.is_valid(digits):
            spans.append(PiiSpan("card", match.start(), match.end(), match.group(0)))
    return spans


_IBAN = re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,32}(?![\w])")


def _ibans(text: str) -> list[PiiSpan]:
    from stdnum import iban

    spans = []
    for match in _IBAN.finditer(text):
        candidate = match.group(0)
        if not (candidate[:2].isupper() or candidate[:2].islower()):
            continue
        # The pattern runs on into a following code ("... 0130 00 BIC COBADEFF"): shorten it by whole
        # groups from the right until the rest is a valid IBAN.
        while candidate:
            if iban.is_valid(candidate.upper()):
                spans.append(PiiSpan("iban", match.start(), match.start() + len(candidate), candidate))
                break
            cut = max(candidate.rfind(" "), candidate.rfind("-"))
            if cut < 15:
                break
            candidate = candidate[:cut]
    return spans


# --- phone numbers --------------------------------------------------------------------------------

# Something that may hold a phone number: 7 to 15 digits with the usual separators.
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,24}\d(?!\w)")
# National formats tried after the international one (+44 ...): the desk's markets.
PHONE_REGIONS: tuple[str | None, ...] = (None, "US", "GB", "DE", "FR", "ES", "IT", "NL")
# libphonenumber costs 0.05-1 ms a candidate and region: a message of "(12) 34-56 (12) 34-56 ..." must
# not cost seconds. A count, not a time budget: the same text must always give the same findings (the
# vault is rebuilt from the messages).
MAX_PHONE_CANDIDATES = 10
MAX_PHONE_MATCHER_RUNS = 40
# A number right after one of these is the thing named, not a phone ("order 4155552671").
_ID_WORDS = re.compile(
    r"(?:order|tracking|track|invoice|ref|reference|ticket|case|sku|item|article|parcel|package|"
    r"shipment|account|customer|pedido|factura|referencia|seguimiento|commande|facture|colis|suivi|"
    r"bestellung|bestellnummer|rechnung|sendung|kundennummer|ordine|fattura|spedizione|bestelling|"
    r"factuur|zending|encomenda|fatura|ssn|social security|dni|nie|nif|bsn|nino|nir|iban|steuer-?id|"
    r"steuernummer|codice fiscale|tax id|vat)s?"
    r"(?:\s*(?:number|no\.?|nr\.?|num\.?|id|nummer|número|numéro|numero|n[º°]))?\W{0,4}$|[#№]\s*$",
    re.IGNORECASE,
)
# A bare run of digits ("4155552671") is a phone only after one of these, or with a trunk "0" in front.
_PHONE_WORDS = re.compile(
    r"\b(?:phone|tel|telephone|call|mobile|cell|whatsapp|sms|text me|ring|number|contact|reach|"
    r"teléfono|telefono|móvil|movil|llámame|llamar|número|téléphone|portable|appelez|appeler|numéro|"
    r"telefon|handy|anrufen|rufen|nummer|cellulare|chiamare|chiamami|numero|telefoon|mobiel|bellen|bel|"
    r"telemóvel|celular|ligar)\b",
    re.IGNORECASE,
)


_DECIMAL = re.compile(r"\d+[.,]\d+")
# A calendar date ("2024-05-01", "01.05.2024", "5/1/2024") is never a phone number, and the matcher would
# try it in every region (half of the output guard's time on an answer that gives a date).
_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d")


def _phones(text: str) -> list[PiiSpan]:
    from phonenumbers import Leniency, PhoneNumberMatcher

    spans: list[PiiSpan] = []
    runs = 0
    for checked, candidate in enumerate(_PHONE_CANDIDATE.finditer(text)):
        if checked == MAX_PHONE_CANDIDATES or runs >= MAX_PHONE_MATCHER_RUNS:
            break
        chunk = candidate.group(0)
        if _DECIMAL.fullmatch(chunk.strip()):
            continue  # "0.719317", "1234,56": a score or an amount, never a phone
        if _DATE.fullmatch(chunk.strip()):
            continue
        digits = [c for c in chunk if c.isdigit()]
        if not 7 <= len(digits) <= 30 or len(set(digits)) < 3:
            continue  # too short, too long, or "1 1 1 1 1 1 1" / "000 000 00"
        offset = candidate.start()
        found: list[tuple[int, int]] = []
        for region in PHONE_REGIONS:
            if region is None and not chunk.startswith(("+", "00")):
                continue
            runs += 1
            for match in PhoneNumberMatcher(chunk, region, leniency=Leniency.VALID):
                span = (offset + match.start, offset + match.end)
                if not any(s < span[1] and span[0] < e for s, e in found):
                    found.append(span)
            if found and sum(e - s for s, e in found) >= len(chunk.strip("() ")) - 1:
                break  # the whole candidate is accounted for; other regions would only agree
        for start, end in found:
            raw = text[start:end]
            before = text[max(0, start - 30) : start]
            if _ID_WORDS.search(before) and not raw.startswith(("+", "(")):
                continue
            if raw.isdigit() and not raw.startswith("0") and not _PHONE_WORDS.search(before):
                continue
            spans.append(PiiSpan("phone", start, end, raw))
    return spans


# --- national ids --------------------------------------------------------------------------------

_SSN = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
_SSN_BARE = re.compile(r"(?<![\w-])\d{9}(?![\w-])")
_SSN_WORDS = re.compile(r"\b(?:ssn|social security(?: number| no\.?)?)\b", re.IGNORECASE)
_NINO = re.compile(
    r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])",
    re.IGNORECASE,
)
_DNI = re.compile(r"(?<![\w-])\d{8} ?-?[A-Za-z](?![\w-])")
_NIE = re.compile(r"(?<![\w-])[XYZxyz] ?-?\d{7} ?-?[A-Za-z](?![\w-])")
_NIR = re.compile(r"(?<![\w])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?![\w])")
_CODICE_FISCALE = re.compile(
    r"(?<![\w])[A-Za-z]{6}[0-9LMNP-V]{2}[A-Za-z][0-9LMNP-V]{2}[A-Za-z][0-9LMNP-V]{3}[A-Za-z](?![\w])"
)
# Nine or eleven digits are an id only next to the id's name.
_KEYWORD_IDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "nl.bsn",
        re.compile(r"\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b", re.IGNORECASE),
        re.compile(r"(?<![\w.])\d{4}\.?\d{2}\.?\d{3}(?![\w])|(?<![\w.])\d{3}\.\d{3}\.\d{3}(?![\w])"),
    ),
    (
        "de.idnr",
        re.compile(
            r"(?:steuer-?id|steuer-?identifikationsnummer|steueridentifikationsnummer|\bidnr\b|"
            r"identifikationsnummer|\btin\b)",
            re.IGNORECASE,
        ),
        re.compile(r"(?<![\w])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\w])"),
    ),
    (
        "pt.nif",
        re.compile(r"\b(?:nif|contribuinte)\b", re.IGNORECASE),
        re.compile(r"(?<![\w])\d{3} ?\d{3} ?\d{3}(?![\w])"),
    ),
)
_KEYWORD_DISTANCE = 40


def _national_ids(text: str) -> list[PiiSpan]:
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.it import codicefiscale
    from stdnum.us import ssn

    spans: list[PiiSpan] = []

    def add(match: re.Match[str]) -> None:
        spans.append(PiiSpan("national_id", match.start(), match.end(), match.group(0)))

    for match in _SSN.finditer(text):
        if ssn.is_valid(match.group(0).replace(" ", "-")):
            add(match)
    if _SSN_WORDS.search(text):
        for match in _SSN_BARE.finditer(text):
            before = text[max(0, match.start() - _KEYWORD_DISTANCE) : match.start()]
            if _SSN_WORDS.search(before) and ssn.is_valid(match.group(0)):
                add(match)
    for match in _NINO.finditer(text):
        if not re.match(r"(?:BG|GB|NK|KN|TN|NT|ZZ)", match.group(0), re.IGNORECASE):
            add(match)
    for pattern, module in ((_DNI, dni), (_NIE, nie)):
        for match in pattern.finditer(text):
            if module.is_valid(re.sub(r"[\s-]", "", match.group(0)).upper()):
                add(match)
    for match in _NIR.finditer(text):
        if nir.is_valid(match.group(0).upper()):
            add(match)
    for match in _CODICE_FISCALE.finditer(text):
        if codicefiscale.is_valid(match.group(0).upper()):
            add(match)
    lowered = text.lower()
    for module_name, keyword, pattern in _KEYWORD_IDS:
        if not keyword.search(lowered):
            continue
        module = __import__(f"stdnum.{module_name}", fromlist=["is_valid"])
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - _KEYWORD_DISTANCE) : match.start()]
            if keyword.search(before) and module.is_valid(re.sub(r"[\s.]", "", match.group(0))):
                add(match)
    return spans


# --- street addresses ----------------------------------------------------------------------------

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’.-]+"  # a capitalised word: a street's name ("Baker", "Saint-Honoré")
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
_ADDRESS_PATTERNS = [
    # en: "221B Baker Street", "1600 Pennsylvania Avenue NW, Washington, DC 20500", "12 High St, SW1A 1AA"
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?i:street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|"
    r"drive|dr\.?|boulevard|blvd\.?|court|ct\.?|place|pl\.?|terrace|close|crescent|square|sq\.?|way|"
    r"parkway|pkwy\.?|highway|hwy\.?|gardens|grove|row|mews)(?![\w])(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    r"(?:,?\s+(?i:apt|apartment|suite|unit|flat)\.?\s*#?\w{1,5})?"
    rf"(?:,\s*(?:{_CAP}\s?){{1,3}})?(?:,?\s*(?:[A-Z]{{2}}\s+)?\d{{5}}(?:-\d{{4}})?|,?\s*{_UK_POSTCODE})?",
    # es / pt: "Calle Mayor 5", "C/ de Alcalá, 23, 28014 Madrid", "Rua Augusta, 100",
    # "Avenida da Liberdade 245"
    r"\b(?:Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Pza\.|Camino|Carretera|Ronda|Travesía|Rua|Travessa|"
    r"Praça|Largo|Alameda|calle|avenida|rua)\s*"
    rf"(?:(?:de|del|la|las|los|el|da|do|dos|das|y|e)\s+){{0,3}}{_CAP}(?:\s+(?:(?:de|del|la|las|los|el|da|do|dos|das|y|e)\s+){{0,3}}{_CAP}){{0,3}}"
    r",?\s*(?:n[º°o]\.?\s*)?\d{1,4}[A-Za-z]?\b(?:,?\s*\d{1,2}[º°ª]?\s?[A-Za-z]?\b)?(?:,?\s*\d{4,5}(?:-\d{3})?(?:\s+"
    rf"{_CAP})?)?",
    # fr: "12 rue de la Paix, 75002 Paris", "5 bis, avenue Victor Hugo"
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|"
    r"route|cours|square)\s+(?:(?:de la|de l'|de|du|des|d'|la|le|les|l')\s*){0,3}"
    rf"{_CAP}(?:[\s-]+(?:(?:de|du|des|la|le|les)\s+)?{_CAP}){{0,3}}(?:,?\s*\d{{5}}\s+{_CAP}(?:[\s-]{_CAP}){{0,3}})?",
    # de: "Hauptstraße 5, 10115 Berlin", "Berliner Straße 12a"
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+){0,3}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|"
    r"ufer|steig|chaussee)\s+\d{1,4}\s?[a-zA-Z]?\b(?:,?\s*\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ]?[a-zäöüß]+){0,3})?",
    r"\b[A-ZÄÖÜ][a-zäöüß]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer)\s+\d{1,4}\s?[a-zA-Z]?\b"
    r"(?:,?\s*\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ]?[a-zäöüß]+){0,3})?",
    # it: "Via Roma 12", "Piazza San Marco, 1, 30124 Venezia"
    r"\b(?:Via|Viale|Piazza|Piazzale|Corso|Vicolo|Largo|Strada|Contrada|viale|piazza|corso|vicolo)\s+"
    rf"(?:(?:dei|degli|delle|della|del|di|da|le|la|lo|il)\s+){{0,3}}{_CAP}(?:\s+(?:(?:dei|degli|delle|della|del|di|da)\s+)?{_CAP}){{0,3}}"
    r",?\s*(?:n\.?\s*)?\d{1,4}[A-Za-z]?(?:/[A-Za-z0-9]+)?\b(?:,?\s*\d{5}\s+"
    + _CAP
    + r"(?:\s*\([A-Z]{2}\))?)?",
    # nl: "Kalverstraat 92, 1012 PH Amsterdam"
    r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg)\s+\d{1,4}(?:\s?[a-zA-Z]\b|-\d+)?"
    r"(?:,?\s*\d{4}\s?[A-Z]{2}(?:\s+[A-Z][a-z]+)?)?",
]
_ADDRESS = re.compile("|".join(f"(?:{p})" for p in _ADDRESS_PATTERNS))


def _addresses(text: str) -> list[PiiSpan]:
    spans = []
    for match in _ADDRESS.finditer(text):
        value = match.group(0).rstrip(" ,.")
        spans.append(PiiSpan("address", match.start(), match.start() + len(value), value))
    return spans


# --- all together ---------------------------------------------------------------------------------


_HEX_IDENTIFIER = re.compile(
    r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
    r"|[0-9A-Fa-f]{32})(?![0-9A-Fa-f])"
)


def find_pii(text: str) -> list[PiiSpan]:
    """Personal data in `text`, in order, without overlaps (the longest finding wins)."""
    if not text:
        return []
    has_digit = any(c.isdigit() for c in text)
    if not has_digit and "@" not in text:
        return []  # every kind but e-mail has digits in it
    found = _emails(text)
    if has_digit:
        found += _cards(text) + _ibans(text) + _national_ids(text) + _phones(text) + _addresses(text)
    if has_digit:
        # Digits inside an identifier (a UUID, a 32-hex trace id) are not a phone number or a national
        # id: run ids in log lines were masked as "[PHONE]-e9bd-..." about once in 250.
        identifiers = [(m.start(), m.end()) for m in _HEX_IDENTIFIER.finditer(text)]
        if identifiers:
            found = [
                f for f in found if not any(start <= f.start and f.end <= end for start, end in identifiers)
            ]
    found.sort(key=lambda s: (-(s.end - s.start), _PRIORITY[s.kind], s.start))
    kept: list[PiiSpan] = []
    for span in found:
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def mask_pii(text: str) -> str:
    """`text` with personal data replaced by its kind ("[EMAIL]"): for logs, where no one restores."""
    spans = find_pii(text)
    if not spans:
        return text
    parts = []
    last = 0
    for span in spans:
        parts.append(text[last : span.start])
        parts.append(f"[{span.kind.upper()}]")
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


def warm_up() -> None:
    """Load libphonenumber's metadata for `PHONE_REGIONS` now (~0.2 s) rather than on the first number."""
    find_pii("+44 20 7946 0958, (415) 555-2671, 030 12345678, 06 12 34 56 78, 612 34 56 78, 347 123 4567")


# --- the vault ------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\[(EMAIL|PHONE|CARD|IBAN|NATIONAL_ID|ADDRESS)_(\d{1,6})\]")
_PLACEHOLDER_NAMES = tuple(kind.upper() for kind in KINDS)


def _canonical(kind: str, value: str) -> str:
    """What makes two findings the same value: "A@B.co" is "a@b.co", "4111-1111..." is "4111 1111..."."""
    if kind == "email":
        return value.strip().lower()
    if kind == "address":
        return " ".join(value.lower().replace(",", " ").split())
    if kind == "phone":
        return ("+" if value.lstrip().startswith("+") else "") + re.sub(r"\D", "", value)
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


class Vault:
    """Placeholders for one conversation's personal data: `[EMAIL_1]`, `[PHONE_1]`, `[CARD_2]`...

    Numbered per kind in the order values are met, the same value always getting the same placeholder,
    so `Vault.from_texts(messages)` rebuilds the same mapping from the same messages at any time: the
    mapping itself is never stored. Only the customer's own messages should feed it (a placeholder the
    model writes can only ever be restored to something this customer wrote)."""

    def __init__(self) -> None:
        self._placeholder_of: dict[tuple[str, str], str] = {}
        self._value_of: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    @classmethod
    def from_texts(cls, texts: list[str]) -> Vault:
        vault = cls()
        for text in texts:
            if text:
                vault.redact(text)
        return vault

    def __len__(self) -> int:
        return len(self._value_of)

    @property
    def placeholders(self) -> dict[str, str]:
        """Placeholder -> the real value (the first spelling met), in the order they were made."""
        return dict(self._value_of)

    def placeholder_for(self, kind: str, value: str) -> str:
        key = (kind, _canonical(kind, value))
        placeholder = self._placeholder_of.get(key)
        if placeholder is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            placeholder = f"[{kind.upper()}_{self._counts[kind]}]"
            self._placeholder_of[key] = placeholder
            self._value_of[placeholder] = value
        return placeholder

    def redact(self, text: str) -> str:
        """`text` with every personal value replaced by its placeholder (new values are added)."""
        if not text:
            return text
        spans = find_pii(text)
        if not spans:
            return text
        parts = []
        last = 0
        for span in spans:
            parts.append(text[last : span.start])
            parts.append(self.placeholder_for(span.kind, span.value))
            last = span.end
        parts.append(text[last:])
        return "".join(parts)

    def restore(self, obj: Any) -> Any:
        """Real values back into a string, or into every string of a JSON-like structure (dicts, lists,
        tuples; keys are left alone). Placeholders this vault did not make stay as they are."""
        if isinstance(obj, str):
            if "[" not in obj or not self._value_of:
                return obj
            return PLACEHOLDER.sub(lambda m: self._value_of.get(m.group(0), m.group(0)), obj)
        if isinstance(obj, dict):
            return {key: self.restore(value) for key, value in obj.items()}
        if isinstance(obj, list):
            return [self.restore(value) for value in obj]
        if isinstance(obj, tuple):
            return tuple(self.restore(value) for value in obj)
        return obj


def _could_become_placeholder(tail: str) -> bool:
    """Whether `tail` (starting with "[") is the start of a placeholder still being streamed."""
    body = tail[1:]
    for name in _PLACEHOLDER_NAMES:
        prefix = f"{name}_"
        if prefix.startswith(body):
            return True
        if body.startswith(prefix) and body[len(prefix) :].isdigit() and len(body) - len(prefix) <= 6:
            return True
    return False


class StreamRestorer:
    """Restores placeholders in a reply streamed in pieces: "[EMA" + "IL_1] is" must come out as the
    address, so text from a "[" that may still become a placeholder is held back until it is complete
    (or clearly is not one)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._pending = ""

    def feed(self, delta: str) -> str:
        text = self._pending + delta
        cut = text.rfind("[")
        if cut != -1 and _could_become_placeholder(text[cut:]):
            self._pending = text[cut:]
            text = text[:cut]
        else:
            self._pending = ""
        return self.vault.restore(text)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self.vault.restore(text)


# --- the check and the log filter -----------------------------------------------------------------


def describe_kinds(kinds: dict[str, int]) -> str:
    """ "2 e-mail addresses, 1 card number" """
    parts = []
    for kind in KINDS:
        count = kinds.get(kind, 0)
        if count:
            singular, plural = _LABELS[kind]
            parts.append(f"{count} {singular if count == 1 else plural}")
    return ", ".join(parts)


class PiiCheck:
    """Personal data in the message. Firing means "redact before the model" (`allow_redacted`); the
    pipeline does the redaction. The result names the kinds and counts, never the values."""

    name = "pii"
    default_threshold = 0.5
    default_action = Verdict.ALLOW_REDACTED

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        kinds: dict[str, int] = {}
        for span in find_pii(subject.text):
            kinds[span.kind] = kinds.get(span.kind, 0) + 1
        score = 1.0 if kinds else 0.0
        threshold = config.threshold if config.threshold is not None else self.default_threshold
        subject.notes["pii_kinds"] = dict(kinds)
        return CheckResult(
            name=self.name,
            score=score,
            fired=score >= threshold,
            action=config.action or self.default_action,
            reason=describe_kinds(kinds),
            detail={"kinds": kinds} if kinds else {},
            duration_ms=(time.perf_counter() - started) * 1000,
        )


class RedactingLogFilter(logging.Filter):
    """Masks personal data in log records (message and arguments) before any handler writes them.

    Attach it to the handlers (a filter on a logger does not see its children's records):
    `LOGGING["filters"]["redact_pii"] = {"()": "agents.guards.pii.RedactingLogFilter"}`. The formatted
    message replaces `msg` and `args` is cleared, so a handler cannot format the clear values again.
    Tracebacks (`exc_info`) are left alone: they hold code, and the values in them were redacted where
    they were logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the handler's to report, not ours
            return True
        masked = mask_pii(message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True
