"""What a customer's text becomes before anything reads it: one clean text for the model, and a few
decoded readings for the checks only.

`for_model` is the text with Unicode folded to NFKC (fullwidth "ｉｇｎｏｒｅ" is "ignore") and every
character a person cannot see taken out: zero-width characters, bidi overrides, variation selectors,
tag characters, soft hyphens and control characters other than newline and tab. Nothing is decoded in
it: the model reads what the customer wrote, never our guess at what they meant.

`variants` are the readings an attacker hopes a filter will not make: look-alike letters folded to Latin
(Cyrillic "іgnоrе"), leetspeak undone ("1gn0r3"), spaced-out letters joined ("i g n o r e"), base64 /
hex / percent / \\u escapes / ROT13 decoded, HTML entities unescaped and comment contents exposed. The
checks scan them; the model never sees them, so a wrong guess costs nothing but a little time.

Speed matters more than completeness: every transform is gated by a cheap test, and a 300-character
message costs about 0.2 ms of CPU, a typical 40-character one 0.04 ms.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

# --- invisible characters ---------------------------------------------------------------------

_INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x061C, 0x061C),  # Arabic letter mark (a bidi control)
    (0x115F, 0x1160),  # Hangul fillers, rendered as nothing
    (0x180E, 0x180E),  # Mongolian vowel separator
    (0x200B, 0x200F),  # zero-width space, non-joiner, joiner, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0x206A, 0x206F),  # deprecated format characters
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # byte order mark / zero-width no-break space
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xE0000, 0xE007F),  # tag characters (invisible "ASCII smuggling")
    (0xE0100, 0xE01EF),  # variation selectors supplement
)
# Control characters (Cc) other than tab and newline; CR and the Unicode line separators become "\n"
# rather than vanish, so "a\rb" keeps two words apart.
_DROP: dict[int, str | None] = {cp: None for low, high in _INVISIBLE_RANGES for cp in range(low, high + 1)}
_DROP.update({cp: None for cp in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if cp not in (0x09, 0x0A, 0x0D)})
_DROP.update({0x0D: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"})
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TAGS = re.compile("[\U000e0020-\U000e007e]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NON_ASCII_INVISIBLE = re.compile(
    "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _INVISIBLE_RANGES) + "\x80-\x9f\u2028\u2029]"
)
# Marks that stack on any letter ("z̷a̷l̷g̷o̷"); NFKC composes the ordinary accents ("é") before this runs,
# so only the marks that exist to decorate are left. Devanagari or Arabic vowel signs are not in these.
_DECORATIVE_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass
class Prepared:
    """One text, ready: `for_model` for the model, `variants` for the checks only."""

    original: str
    for_model: str
    variants: list[str] = field(default_factory=list)
    decoded: list[str] = field(default_factory=list)  # the transforms that produced the variants
    invisible_removed: int = 0
    homoglyphs: int = 0  # look-alike letters folded to Latin in the variants


def clean_for_model(text: str) -> tuple[str, int]:
    """(`text` in NFKC with invisible and control characters removed, how many were removed)."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if text.isascii():
        if not _ASCII_CONTROL.search(text) and "\r" not in text:
            return text, 0
        cleaned = text.translate(_DROP)
        return cleaned, len(text) - len(cleaned)
    cleaned = (
        text.translate(_DROP) if _NON_ASCII_INVISIBLE.search(text) or _ASCII_CONTROL.search(text) else text
    )
    if _SURROGATE.search(cleaned):
        # Lone surrogates (bytes decoded with "surrogateescape") cannot be stored or sent as UTF-8.
        cleaned = _SURROGATE.sub("", cleaned)
    removed = len(text) - len(cleaned)
    if not unicodedata.is_normalized("NFKC", cleaned):
        cleaned = unicodedata.normalize("NFKC", cleaned)
    return cleaned, removed


# --- homoglyphs -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _homoglyph_table() -> dict[int, str]:
    """Non-ASCII letter -> the ASCII letter it imitates, from Unicode's confusables table as shipped
    inside confusable-homoglyphs (its JSON file; the library never downloads unless asked to)."""
    import confusable_homoglyphs

    path = Path(confusable_homoglyphs.__file__).with_name("confusables.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    candidates: dict[str, list[str]] = {}
    for key, entries in data.items():
        for entry in entries:
            glyph = entry["c"].strip("\u200e\u200f")
            if len(key) == 1 and key.isascii() and key.isalpha() and len(glyph) == 1 and not glyph.isascii():
                candidates.setdefault(glyph, []).append(key)
            elif (
                len(key) == 1
                and not key.isascii()
                and len(glyph) == 1
                and glyph.isascii()
                and glyph.isalpha()
            ):
                candidates.setdefault(key, []).append(glyph)
    table: dict[int, str] = {}
    for char, letters in candidates.items():
        if not unicodedata.category(char).startswith("L"):
            continue  # a letter imitated by a symbol or digit is leetspeak's business, not ours
        # "l" and "I" look alike: choose the Latin letter with the look-alike's own case.
        name = unicodedata.name(char, "")
        wanted_upper = "CAPITAL" in name
        same_case = [c for c in letters if c.isupper() == wanted_upper]
        table[ord(char)] = (same_case or letters)[0]
    for char, letter in _LOOSE_LOOKALIKES.items():
        table.setdefault(ord(char), letter)
    return table


# Letters Unicode's table does not list as confusable with a Latin letter but that read as one in a
# Latin word all the same (lowercase Greek tau is listed against small-capital T, not "t").
_LOOSE_LOOKALIKES = {
    "τ": "t", "ν": "v", "κ": "k", "ι": "i", "ρ": "p", "υ": "u", "χ": "x", "ω": "w", "η": "n",
    "т": "t", "к": "k", "м": "m", "н": "h", "в": "b", "п": "n", "г": "r", "и": "u", "ԁ": "d",
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+")


def _fold_homoglyphs(text: str) -> tuple[str, int]:
    """Look-alike letters folded to Latin inside words that mix them with Latin letters ("pаypаl"), and
    inside words made only of look-alikes when the text is mostly Latin. A Russian sentence keeps its
    words: folding "сосна" to "cocha" would only count fake homoglyphs."""
    table = _homoglyph_table()
    if not any(ord(c) in table for c in text):
        return text, 0
    letters = [c for c in text if c.isalpha()]
    mostly_latin = sum(c.isascii() for c in letters) * 2 >= len(letters)
    folded = 0

    def fold(match: re.Match[str]) -> str:
        nonlocal folded
        word = match.group(0)
        foldable = sum(1 for c in word if ord(c) in table)
        if not foldable:
            return word
        has_latin = any(c.isascii() and c.isalpha() for c in word)
        only_lookalikes = all(c.isascii() or ord(c) in table for c in word)
        if not (has_latin and only_lookalikes) and not (mostly_latin and only_lookalikes):
            return word
        folded += foldable
        return word.translate(table)

    return _WORD.sub(fold, text), folded


# --- leetspeak and spaced letters ---------------------------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
_LEET.update({"@": "a", "$": "s", "!": "i", "|": "l", "+": "t"})
_LEET_TOKEN = re.compile(r"[A-Za-z0-9@$!|+]{3,}")
_LEET_DIGITS = frozenset("01345789")
# Ordinals, units and sizes: "3rd", "5kg", "128gb" are not leetspeak.
_NOT_LEET = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|h|k|kg|g|ml|cm|mm|m|km|gb|mb|tb|px|x|xl|xxl|p)", re.IGNORECASE
)
_URLISH = re.compile(r"://|www\.|@[\w-]+\.")
_WHITESPACE = re.compile(r"(\s+)")


def _undo_leet_token(token: str) -> str:
    core = token.rstrip("!+")
    tail = token[len(core) :]
    letters = sum(c.isalpha() for c in core)
    leet = sum(c in _LEET for c in core)
    if letters < 2 or leet == 0 or leet > letters + 2 or _NOT_LEET.fullmatch(core):
        return token
    if any(c.isdigit() and c not in _LEET_DIGITS for c in core):
        return token  # "mp3" stays, but "v2", "b2b", "6pm" are not words in disguise
    # "a11" reads "all": two ones together are two l's; a lone one is an i ("1gn0re").
    core = core.replace("11", "ll")
    return "".join(_LEET.get(c, c) for c in core) + tail


def _undo_leet(text: str) -> str:
    if not any(c in _LEET for c in text):
        return text
    # Word by word (split on whitespace, kept): an e-mail address or a URL stays as it is, "@" there is
    # an at sign. (A regex over the whole text for those would rescan long runs without spaces.)
    pieces = _WHITESPACE.split(text)
    for i in range(0, len(pieces), 2):
        chunk = pieces[i]
        if chunk and not _URLISH.search(chunk):
            pieces[i] = _LEET_TOKEN.sub(lambda m: _undo_leet_token(m.group(0)), chunk)
    return "".join(pieces)


# Three or more single letters (or leet characters) each separated by the same one space, dot, dash,
# underscore, star or bullet: "i g n o r e", "I.G.N.O.R.E", "s-y-s-t-e-m". Two spaces end a word, and
# so does a change of separator ("s-y-s-t-e-m p_r_o_m_p_t" is two words).
_SPACED = re.compile(
    r"(?<![\w@$])(?:[^\W_]|[@$])([ .\-_*·•/])(?:[^\W_]|[@$])(?:\1(?:[^\W_]|[@$]))+(?![\w@$])"
)


def _join_spaced(text: str) -> str:
    matches = list(_SPACED.finditer(text))
    if not matches:
        return text
    # Three letters apart are SMS speak ("r u a bot?") unless a longer word is spelled out nearby
    # ("i g n o r e  a l l").
    spelled_out = any(m.group(1) == " " and len(m.group(0)) >= 7 for m in matches)
    parts = []
    last = 0
    for match in matches:
        chars = [c for c in match.group(0) if c.isalnum() or c in "@$"]
        keep = sum(c.isalpha() for c in chars) < 3  # "1.2.3", "a.m."
        keep = keep or (match.group(1) == " " and len(chars) < 4 and not spelled_out)
        parts.append(text[last : match.start()])
        parts.append(match.group(0) if keep else "".join(chars))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


# --- encodings ----------------------------------------------------------------------------------

_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9_-]{16,}={0,2}")
_HEX = re.compile(r"(?:0x)?(?:[0-9a-fA-F]{2}[ :]?){8,}")
_HEX_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2}){4,}")
_UNICODE_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4}){3,}")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}.?){3,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|$)", re.DOTALL)
_MARKDOWN_COMMENT = re.compile(r"^\s*\[[^\]\n]*\]:\s*(?:#|<>)\s*\((.*?)\)\s*$", re.MULTILINE)


def _readable(data: bytes) -> str | None:
    """`data` as text when it is UTF-8 that mostly reads as words (not binary that happens to decode)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 4:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t")
    # Letters, or digits: a decoded text may be encoded once more (hex inside base64).
    letters = sum(1 for c in text if c.isalnum() or c == " ")
    if printable < 0.95 * len(text) or letters < 0.6 * len(text):
        return None
    return text


def _decode_base64(segment: str) -> str | None:
    body = segment.rstrip("=")
    if len(body) % 4 == 1 or (segment.isalpha() and (segment.islower() or segment.isupper())):
        return None  # impossible length; or one long word in one case ("internationalization")
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            data = base64.urlsafe_b64decode(padded)
        else:
            data = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(data)


def _decode_hex(segment: str) -> str | None:
    digits = re.sub(r"[^0-9a-fA-F]", "", segment[2:] if segment.lower().startswith("0x") else segment)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def _substitute(text: str, pattern: re.Pattern[str], decode: Callable[[str], str | None]) -> str:
    changed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal changed
        decoded = decode(match.group(0))
        if decoded is None:
            return match.group(0)
        changed = True
        return decoded

    result = pattern.sub(replace, text)
    return result if changed else text


def _decode_escapes(segment: str) -> str | None:
    """`\\x69\\x67...` (bytes, maybe UTF-8) or `\\u0069\\u0067...` (characters) as text."""
    try:
        chars = segment.encode("ascii").decode("unicode_escape")
        data = chars.encode("latin-1") if segment.startswith("\\x") else chars.encode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    return _readable(data)


def _decode_percent(text: str) -> str | None:
    decoded = unquote(text, errors="strict") if "%" in text else text
    return decoded if decoded != text else None


# --- ROT13 --------------------------------------------------------------------------------------

_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")
# When the embedding model's vocabulary is missing: the words a ROT13 attack is made of.
_FALLBACK_WORDS = frozenset(
    "the and you your all are for not but with this that from have what now ignore previous prior"
    " instructions instruction rules system prompt reveal tell show print forget disregard above"
    " below act pretend mode developer admin password secret key give refund order free money".split()
)
_words_lock = threading.Lock()
_english_words: frozenset[str] | None = None


def english_words() -> frozenset[str]:
    """About 22,000 lowercase English words: the whole-word entries of the packaged MiniLM model's
    WordPiece vocabulary (shipped in its wheel, read once). Used to tell a ROT13 reading that makes
    words from one that makes noise, and by the gibberish check to know a word when it sees one."""
    global _english_words
    if _english_words is not None:
        return _english_words
    with _words_lock:
        if _english_words is None:
            words: set[str] = set(_FALLBACK_WORDS)
            try:
                from agents.embeddings import model_path

                vocab = Path(model_path()) / "vocab.txt"
                for line in vocab.read_text(encoding="utf-8").splitlines():
                    if len(line) >= 2 and line.isascii() and line.isalpha():
                        words.add(line)
            except (ImportError, OSError):
                pass
            _english_words = frozenset(words)
    return _english_words


def _rot13_reading(text: str) -> str | None:
    words = [w.lower() for w in _ASCII_WORD.findall(text)]
    if len(words) < 3:
        return None
    known = english_words()
    plain_hits = sum(w in known for w in words)
    if plain_hits * 2 >= len(words):
        return None  # already reads as English
    rotated = text.translate(_ROT13)
    rotated_hits = sum(w.translate(_ROT13) in known for w in words)
    if rotated_hits >= 3 and rotated_hits * 10 >= len(words) * 7 and rotated_hits > 2 * plain_hits:
        return rotated
    return None


# --- the whole --------------------------------------------------------------------------------


def _decoded_readings(text: str) -> list[tuple[str, str]]:
    """(transform, reading) for every encoding found in `text`."""
    readings: list[tuple[str, str]] = []
    if len(text) >= 16 and _BASE64.search(text):
        decoded = _substitute(text, _BASE64, _decode_base64)
        if decoded != text:
            readings.append(("base64", decoded))
    if len(text) >= 16 and _HEX.search(text):
        decoded = _substitute(text, _HEX, _decode_hex)
        if decoded != text:
            readings.append(("hex", decoded))
    if "\\" in text:
        for name, pattern in (("hex", _HEX_ESCAPES), ("unicode_escape", _UNICODE_ESCAPES)):
            if pattern.search(text):
                decoded = _substitute(text, pattern, _decode_escapes)
                if decoded != text:
                    readings.append((name, decoded))
    if "%" in text and _PERCENT.search(text):
        try:
            decoded_percent = _decode_percent(text)
        except UnicodeDecodeError:
            decoded_percent = None
        if decoded_percent:
            readings.append(("percent", decoded_percent))
    rotated = _rot13_reading(text)
    if rotated:
        readings.append(("rot13", rotated))
    return readings


def prepare(text: str) -> Prepared:
    """`text` made safe for the model and readable for the checks (see the module docstring)."""
    if not isinstance(text, str):
        text = str(text)
    for_model, removed = clean_for_model(text)
    variants: list[str] = []
    decoded: list[str] = []

    def add(name: str, reading: str) -> None:
        if not reading or reading == for_model:
            return
        if reading not in variants:
            variants.append(reading)
        if name not in decoded:
            decoded.append(name)

    # Tag characters spell ASCII invisibly (U+E0069 is an invisible "i"): the model no longer gets them,
    # but what they said is worth a check.
    if removed and _TAGS.search(text):
        spelled = _TAGS.sub(lambda m: chr(ord(m.group(0)) - 0xE0000), text)
        add("tag_characters", clean_for_model(spelled)[0])

    # One canonical reading: look-alikes folded, decorative marks, entities and comments undone.
    base = for_model
    homoglyphs = 0
    if not base.isascii():
        base, homoglyphs = _fold_homoglyphs(base)
        if homoglyphs:
            decoded.append("homoglyphs")
        if _DECORATIVE_MARKS.search(base):
            # Decomposed first: NFKC has already merged some of the stacked marks into their letter.
            stripped = _DECORATIVE_MARKS.sub("", unicodedata.normalize("NFD", base))
            base = unicodedata.normalize("NFC", stripped)
            decoded.append("combining_marks")
    if "&" in base and _ENTITY.search(base):
        unescaped = html.unescape(base)
        if unescaped != base:
            base = unescaped
            decoded.append("html_entities")
    if "<!--" in base or "]:" in base:
        exposed = _MARKDOWN_COMMENT.sub(r"\1", _HTML_COMMENT.sub(r" \1 ", base))
        if exposed != base:
            base = exposed
            decoded.append("comments")
    if base != for_model and base not in variants:
        variants.append(base)

    joined = _join_spaced(base)
    if joined != base:
        add("spaced_letters", joined)
    unleet = _undo_leet(joined)
    if unleet != joined:
        add("leetspeak", unleet)

    for name, reading in _decoded_readings(base):
        add(name, reading)
        # One level deeper: base64 of hex, or an encoded text in leetspeak.
        for inner_name, inner in _decoded_readings(reading):
            add(inner_name, inner)
        for step, transform in (("spaced_letters", _join_spaced), ("leetspeak", _undo_leet)):
            again = transform(reading)
            if again != reading:
                add(step, again)
    return Prepared(
        original=text,
        for_model=for_model,
        variants=variants,
        decoded=decoded,
        invisible_removed=removed,
        homoglyphs=homoglyphs,
    )


def warm_up() -> None:
    """Build the look-alike table and read the word list now rather than on the first message that
    needs them (~0.2 s together)."""
    _homoglyph_table()
    english_words()
