"""Personal data: found in several languages and formats, not found in order numbers, prices, dates and
versions; redacted to deterministic placeholders and restored (also while streaming); never in the
check's report nor in logs. Plain unit tests."""

from __future__ import annotations

import io
import json
import logging

import pytest

from agents.guards.base import CheckConfig, Subject, Verdict
from agents.guards.pii import (
    PiiCheck,
    PiiSpan,
    RedactingLogFilter,
    StreamRestorer,
    Vault,
    find_pii,
    mask_pii,
)

# (kind, text, the value found)
FOUND = [
    # e-mail
    ("email", "my email is Jane.Doe+shop@Example.co.uk, thanks", "Jane.Doe+shop@Example.co.uk"),
    ("email", "escríbeme a josé.garcía@correo.es por favor", "josé.garcía@correo.es"),
    ("email", "Mail: hans_mueller@web.de.", "hans_mueller@web.de"),
    # phone numbers
    ("phone", "call me on +44 20 7946 0958 please", "+44 20 7946 0958"),
    ("phone", "my number is (415) 555-2671", "(415) 555-2671"),
    ("phone", "my number is 4155552671", "4155552671"),
    ("phone", "ruf mich an: 030 12345678", "030 12345678"),
    ("phone", "Mein Handy: 0151 23456789", "0151 23456789"),
    ("phone", "mon numéro : 06 12 34 56 78", "06 12 34 56 78"),
    ("phone", "llámame al 612 34 56 78", "612 34 56 78"),
    ("phone", "chiamami al 347 123 4567", "347 123 4567"),
    ("phone", "bel me op 06 12345678", "06 12345678"),
    ("phone", "WhatsApp +34 612 34 56 78", "+34 612 34 56 78"),
    ("phone", "call 0044 20 7946 0958", "0044 20 7946 0958"),
    ("phone", "my order 123 arrived broken, call me at 0612345678", "0612345678"),
    # payment cards
    ("card", "card 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"),
    ("card", "cc: 5500-0000-0000-0004", "5500-0000-0000-0004"),
    ("card", "amex 378282246310005", "378282246310005"),
    ("card", "mi tarjeta es 4012888888881881", "4012888888881881"),
    # IBANs
    ("iban", "IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", "DE89 3704 0044 0532 0130 00"),
    ("iban", "iban: GB82WEST12345698765432", "GB82WEST12345698765432"),
    ("iban", "rembourser sur FR14 2004 1010 0505 0001 3M02 606 svp", "FR14 2004 1010 0505 0001 3M02 606"),
    ("iban", "mijn rekening NL91ABNA0417164300", "NL91ABNA0417164300"),
    ("iban", "es es76 2077 0024 0031 0257 5766", "es76 2077 0024 0031 0257 5766"),
    # national ids
    ("national_id", "SSN 123-45-6789", "123-45-6789"),
    ("national_id", "my social security number is 123456789", "123456789"),
    ("national_id", "NINO AB 12 34 56 C", "AB 12 34 56 C"),
    ("national_id", "ni number: ab123456c", "ab123456c"),
    ("national_id", "mi DNI es 12345678Z", "12345678Z"),
    ("national_id", "NIE X1234567L", "X1234567L"),
    ("national_id", "numéro de sécu 2 69 05 49 588 157 80", "2 69 05 49 588 157 80"),
    ("national_id", "codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    ("national_id", "mijn BSN is 111222333", "111222333"),
    ("national_id", "Steuer-ID: 36 574 261 809", "36 574 261 809"),
    ("national_id", "o meu NIF é 123456789", "123456789"),
    # street addresses
    ("address", "I live at 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("address", "ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500",
     "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
    ("address", "send it to 12 High St, SW1A 1AA", "12 High St, SW1A 1AA"),
    ("address", "vivo en Calle de Alcalá 23, 28014 Madrid", "Calle de Alcalá 23, 28014 Madrid"),
    ("address", "C/ Mayor 5", "C/ Mayor 5"),
    ("address", "j'habite 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
    ("address", "Lieferadresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
    ("address", "Berliner Straße 12a bitte", "Berliner Straße 12a"),
    ("address", "abito in Via Roma 12, 00184 Roma", "Via Roma 12, 00184 Roma"),
    ("address", "Kalverstraat 92, 1012 PH Amsterdam", "Kalverstraat 92, 1012 PH Amsterdam"),
    ("address", "moro na Rua Augusta, 100", "Rua Augusta, 100"),
]  # fmt: skip

NOT_PII = [
    "order 1234",
    "order 98765",
    "order 4155552671",
    "order number 4155552671",
    "bestelling 0612345678",
    "Es el pedido 12345678",
    "order #123456789",
    "tracking 1Z999AA10123456784",
    "price $1,234.56",
    "it costs 1.234,56 € or 12,99€",
    "on 2024-03-15 at 14:30",
    "delivered 15/03/2024",
    "15.03.2024",
    "version v2.3.1",
    "IP 192.168.1.1",
    "ISBN 9780306406157",
    "EAN 4006381333931",
    "total 12345678901",
    "I have 3 items on my way",
    "bought 2 Nike Air shoes",
    "via DHL 3 days ago",
    "via Amazon 2 days",
    "size 42 EU",
    "12 months warranty",
    "call 2 times",
    "room 101",
    "SKU 123-45-6789X",
    "phone: 555-0100",
    "the 1990s",
    "2x USB-C 65W",
    "postcode 10115",
    "from 9 to 5",
    "RSSMRA85T10A562",
    "12345678",
    "123 456 789",
    "my name is Jane, no email",
    "order 1234 shipped to Main Street",
]


@pytest.mark.parametrize(("kind", "text", "value"), FOUND)
def test_personal_data_is_found(kind, text, value):
    spans = find_pii(text)
    assert [(s.kind, s.value) for s in spans] == [(kind, value)]
    (span,) = spans
    assert text[span.start : span.end] == value


@pytest.mark.parametrize("text", NOT_PII)
def test_order_numbers_prices_dates_versions_and_ips_are_not_personal_data(text):
    assert find_pii(text) == []


def test_several_kinds_in_one_message_in_order():
    text = (
        "Hi, I'm at 12 rue de la Paix, 75002 Paris; mail marie@exemple.fr or +33 6 12 34 56 78, "
        "card 4111111111111111"
    )
    assert [(s.kind, s.value) for s in find_pii(text)] == [
        ("address", "12 rue de la Paix, 75002 Paris"),
        ("email", "marie@exemple.fr"),
        ("phone", "+33 6 12 34 56 78"),
        ("card", "4111111111111111"),
    ]


def test_overlapping_findings_keep_the_longest():
    # The card's digits also hold a (US-valid) phone-like run; the IBAN holds digit runs too.
    assert [s.kind for s in find_pii("pay with 4111 1111 1111 1111 now")] == ["card"]
    assert [s.kind for s in find_pii("IBAN GB82 WEST 1234 5698 7654 32")] == ["iban"]


def test_an_invalid_check_digit_is_not_personal_data():
    assert find_pii("card 4111 1111 1111 1112") == []
    assert find_pii("IBAN DE89 3704 0044 0532 0130 01") == []
    assert find_pii("mi DNI es 12345678A") == []
    assert find_pii("SSN 666-45-6789") == []
    assert find_pii("SSN 000-12-3456") == []
    assert find_pii("SSN 912-45-6789") == []
    assert find_pii("mijn BSN is 111222334") == []


def test_bare_nine_and_eleven_digit_ids_need_their_name_nearby():
    assert find_pii("111222333") == []
    assert find_pii("36574261809") == []
    assert [s.kind for s in find_pii("Steueridentifikationsnummer 36574261809")] == ["national_id"]


def test_ugly_inputs_do_not_break_find_pii():
    assert find_pii("") == []
    assert find_pii("\x00\x01\ufffd" * 100) == []
    huge = "order 12345 " * 2000 + "mail a@b.co"
    assert [s.value for s in find_pii(huge)] == ["a@b.co"]
    assert find_pii("1" * 5000) == []


def test_mask_pii_replaces_by_kind():
    assert mask_pii("mail a@b.co or call +44 20 7946 0958") == "mail [EMAIL] or call [PHONE]"
    assert mask_pii("nothing here 1234") == "nothing here 1234"


# --- the vault ------------------------------------------------------------------------------------


def test_placeholders_are_numbered_per_kind_and_the_same_value_keeps_its_placeholder():
    vault = Vault()
    assert vault.redact("mail A@B.co and a@b.co, card 4111 1111 1111 1111") == (
        "mail [EMAIL_1] and [EMAIL_1], card [CARD_1]"
    )
    assert vault.redact("also c@d.org and 4111-1111-1111-1111") == "also [EMAIL_2] and [CARD_1]"
    assert vault.placeholders == {
        "[EMAIL_1]": "A@B.co",
        "[CARD_1]": "4111 1111 1111 1111",
        "[EMAIL_2]": "c@d.org",
    }
    assert len(vault) == 3


def test_every_kind_has_its_placeholder():
    vault = Vault()
    text = (
        "a@b.co, +44 20 7946 0958, 4111111111111111, GB82WEST12345698765432, 123-45-6789, 221B Baker Street"
    )
    assert vault.redact(text) == "[EMAIL_1], [PHONE_1], [CARD_1], [IBAN_1], [NATIONAL_ID_1], [ADDRESS_1]"


CONVERSATION = [
    "Hi, my order 48213 never came. I'm jane@example.com",
    "Phone: +44 20 7946 0958, address 221B Baker Street, London NW1 6XE",
    "Refund to IBAN GB82 WEST 1234 5698 7654 32 please, or card 5500-0000-0000-0004",
    "my other mail is JANE@example.com, and jd@work.example.org",
]


def test_a_vault_rebuilt_from_the_same_texts_gives_identical_placeholders():
    live = Vault()
    redacted_live = [live.redact(text) for text in CONVERSATION]
    rebuilt = Vault.from_texts(CONVERSATION)
    assert rebuilt.placeholders == live.placeholders
    assert [rebuilt.redact(text) for text in CONVERSATION] == redacted_live
    # Rebuilding with a message more keeps every earlier placeholder.
    longer = Vault.from_texts([*CONVERSATION, "new number 0612345678"])
    assert {k: v for k, v in longer.placeholders.items() if k in live.placeholders} == live.placeholders
    assert longer.placeholders["[PHONE_2]"] == "0612345678"


@pytest.mark.parametrize("text", [text for _, text, _ in FOUND] + CONVERSATION)
def test_redact_then_restore_gives_back_the_text(text):
    vault = Vault()
    redacted = vault.redact(text)
    for value in vault.placeholders.values():
        assert value not in redacted
    assert vault.restore(redacted) == text


def test_restore_is_deep_and_leaves_keys_and_unknown_placeholders_alone():
    vault = Vault.from_texts(CONVERSATION)
    arguments = {
        "email": "[EMAIL_1]",
        "[EMAIL_1]": "key stays",
        "notes": ["call [PHONE_1]", {"iban": "[IBAN_1]", "n": 3, "ok": True, "none": None}],
        "pair": ("[CARD_1]", "[EMAIL_9]"),
        "text": "send to [ADDRESS_1] or [SOMETHING_1] [EMAIL_1",
    }
    assert vault.restore(arguments) == {
        "email": "jane@example.com",
        "[EMAIL_1]": "key stays",
        "notes": [
            "call +44 20 7946 0958",
            {"iban": "GB82 WEST 1234 5698 7654 32", "n": 3, "ok": True, "none": None},
        ],
        "pair": ("5500-0000-0000-0004", "[EMAIL_9]"),
        "text": "send to 221B Baker Street, London NW1 6XE or [SOMETHING_1] [EMAIL_1",
    }
    assert Vault().restore("[EMAIL_1]") == "[EMAIL_1]"


# --- streaming ------------------------------------------------------------------------------------

REPLY = "Thanks! I'll send it to [ADDRESS_1] and confirm by mail to [EMAIL_1] [see note] [EMAIL_7] [PH"


def _stream(vault: Vault, pieces: list[str]) -> tuple[str, list[str]]:
    restorer = StreamRestorer(vault)
    out = [restorer.feed(piece) for piece in pieces]
    out.append(restorer.flush())
    return "".join(out), out


def test_stream_restorer_split_at_every_position_gives_the_whole_restored_reply():
    vault = Vault.from_texts(CONVERSATION)
    expected = vault.restore(REPLY)
    assert "jane@example.com" in expected
    for cut in range(len(REPLY) + 1):
        whole, pieces = _stream(vault, [REPLY[:cut], REPLY[cut:]])
        assert whole == expected, cut
        for piece in pieces:
            assert "[EMAIL_1]" not in piece and "[ADDRESS_1]" not in piece


def test_stream_restorer_character_by_character_never_shows_a_partial_placeholder():
    vault = Vault.from_texts(CONVERSATION)
    whole, pieces = _stream(vault, list(REPLY))
    assert whole == vault.restore(REPLY)
    shown = ""
    for piece in pieces[:-1]:
        shown += piece
        for partial in ("[E", "[EM", "[EMAIL", "[EMAIL_", "[AD", "[ADDRESS_"):
            assert not shown.endswith(partial)


def test_stream_restorer_lets_ordinary_brackets_through_at_once():
    restorer = StreamRestorer(Vault.from_texts(CONVERSATION))
    assert restorer.feed("see [note 1] and [x") == "see [note 1] and [x"
    assert restorer.feed("[EMAIL_") == ""
    assert restorer.feed("1] ok") == "jane@example.com ok"
    assert restorer.feed("[CARD") == ""
    assert restorer.flush() == "[CARD"


# --- the check ------------------------------------------------------------------------------------


def test_pii_check_reports_kinds_and_counts_never_values():
    text = "mail a@b.co or c@d.org, card 4111 1111 1111 1111"
    subject = Subject(original=text, text=text)
    result = PiiCheck().check(subject, CheckConfig())
    assert result.name == "pii"
    assert (result.fired, result.score) == (True, 1.0)
    assert result.action == Verdict.ALLOW_REDACTED
    assert result.detail == {"kinds": {"email": 2, "card": 1}}
    assert result.reason == "2 e-mail addresses, 1 card number"
    dumped = json.dumps(result.as_dict())
    for value in ("a@b.co", "c@d.org", "4111"):
        assert value not in dumped


def test_pii_check_is_quiet_without_personal_data():
    text = "where is order 48213? it cost $1,234.56"
    result = PiiCheck().check(Subject(original=text, text=text), CheckConfig())
    assert (result.fired, result.score, result.reason, result.detail) == (False, 0.0, "", {})


def test_pii_check_follows_the_configured_action():
    text = "SSN 123-45-6789"
    result = PiiCheck().check(Subject(original=text, text=text), CheckConfig(action="escalate"))
    assert (result.fired, result.action, result.reason) == (True, "escalate", "1 national id number")


def test_pii_span_is_a_value_object():
    assert find_pii("a@b.co") == [PiiSpan("email", 0, 6, "a@b.co")]


# --- logs -----------------------------------------------------------------------------------------


@pytest.fixture
def captured_log():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingLogFilter())
    logger = logging.getLogger("tests.guard_pii")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def test_log_records_are_written_without_personal_data(captured_log):
    logger, stream = captured_log
    logger.info("customer %s wrote from %s", "jane@example.com", "+44 20 7946 0958")
    logger.warning("refund to IBAN GB82 WEST 1234 5698 7654 32 failed")
    logger.info("order %d shipped in %.1f s", 48213, 1.5)
    assert stream.getvalue().splitlines() == [
        "INFO customer [EMAIL] wrote from [PHONE]",
        "WARNING refund to IBAN [IBAN] failed",
        "INFO order 48213 shipped in 1.5 s",
    ]


def test_the_filter_leaves_records_without_personal_data_untouched():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "order %s of %s", ("48213", "jane"), None)
    assert RedactingLogFilter().filter(record) is True
    assert (record.msg, record.args) == ("order %s of %s", ("48213", "jane"))
    broken = logging.LogRecord("x", logging.INFO, __file__, 1, "a %s %s", ("one",), None)
    assert RedactingLogFilter().filter(broken) is True


def test_digits_inside_run_and_trace_ids_are_not_personal_data():
    # Seeded ids whose digit groups read as valid phone numbers (the log filter masked ~1 in 250 run ids).
    import random
    import uuid

    rng = random.Random(7)
    for _ in range(3000):
        run_id = uuid.UUID(int=rng.getrandbits(128))
        for text in (f"run {run_id} failed", f"trace_id={run_id.hex}", f"{str(run_id).upper()}"):
            assert mask_pii(text) == text
    # A real number next to an id is still found.
    assert mask_pii("call +44 20 7946 0958 about run 48f5cf59-2203-4217-afd3-7b134b662782") == (
        "call [PHONE] about run 48f5cf59-2203-4217-afd3-7b134b662782"
    )
