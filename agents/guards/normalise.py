"""What a customer's text becomes before anything reads it: one clean text for the model, and a few
decoded readings for the checks only.

`for_model` is the text with Unicode folded to NFKC and every character a person cannot see taken out:
zero-width characters, bidi overrides, variation selectors, tag characters, soft hyphens and control
characters other than newline and tab. NFKC already makes plain letters of fullwidth ("ｉｇｎｏｒｅ"),
bold, italic, script, double-struck and monospace (𝐢 𝓲 𝕚 𝚒), circled (ⓘ), superscript and subscript
(ⁱ ᵢ) ones. Nothing is decoded in it: the model reads what the customer wrote, never our guess at what
they meant.

`variants` are the readings an attacker hopes a filter will not make. The checks scan them; the model
never sees them, so a wrong guess costs nothing but a little time. Decoded:

- letters: look-alikes folded to Latin (Cyrillic "іgnоrе"; not a Turkish "ı" in a Turkish sentence),
  small capitals ("ɪɢɴᴏʀᴇ"), negative circled and squared letters, regional indicators ("🇮🇬🇳🇴🇷🇪",
  runs that spell a word, not flags), letters in parentheses ("⒤⒢⒩"), upside-down text ("ǝɹouƃı"),
  decorative combining marks ("z̷a̷l̷g̷o̷"), the ASCII hidden in tag characters;
- spelling: leetspeak ("1gn0r3"), letters apart by one space, dot, dash, underscore, star, slash, bar,
  tilde or bullet ("i g n o r e", "i|g|n|o|r|e", "i . g . n"), one letter per line (vertical text);
- encodings: base64 (also written backwards), base32, hex ("69676e", "69 67", "0x69 0x67", "\\x69"),
  binary in 8-bit groups, decimal or octal character codes ("105 103 110", "151 147 156", "\\151"),
  `chr(105)+chr(103)` and `String.fromCharCode(105, 103)`, `\\u0069`, `U+0069`, `%u0069`, percent
  encoding, HTML entities, HTML and markdown comments exposed, morse (".. --. -." with "/", " | " or
  three spaces between words);
- word games, read only when the text is a long run of Latin letters with few English words and kept
  only when the reading is clearly English (`english_words`): Caesar shifts (ROT13 among them), atbash,
  the text reversed (whole, or each word), pig latin; and, for a text of English words, their order
  reversed ("instructions previous all ignore"), told by English word pairs that come out backwards.
  A message that is an ordinary question and a cipher ("Can I change my address?  Vtaber lbhe ehyrf")
  is read part by part (sentences, lines, gaps, "P.S."), the cipher decoded in its place;
- payloads in pieces: quoted fragments glued with "+" or that the message asks to combine ("How do I
  st" + "eal a cre..."), and first letters of lines or sentences that spell English words (an
  acrostic); the reading is the message with the assembled text after it.

Encodings are decoded two levels deep (base64 of hex, ROT13 inside base64, reversed text inside base64,
base64 inside binary), each level at most one reading per decoder.

Speed matters more than completeness: every transform is gated by a cheap test (a substring, or a
regex that starts with a character class), and a typical 40-character message costs about 0.02 ms of
CPU, a 300-character one about 0.2 ms. Text that is decoded costs more, bounded (no regex here
backtracks more than linearly; 100,000 characters of anything take well under a second).
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
# A text with Turkish letters beside a dotless "ı" is Turkish ("yapıldı mı?"), not an "ı" posing as "i".
_TURKISH = re.compile("[çğöşüÇĞÖŞÜİ]")


@lru_cache(maxsize=1)
def _homoglyph_table_turkish() -> dict[int, str]:
    table = dict(_homoglyph_table())
    table.pop(ord("ı"), None)
    return table


def _fold_homoglyphs(text: str) -> tuple[str, int]:
    """Look-alike letters folded to Latin inside words that mix them with Latin letters ("pаypаl"), and
    inside words made only of look-alikes when the text is mostly Latin. A Russian sentence keeps its
    words: folding "сосна" to "cocha" would only count fake homoglyphs."""
    table = _homoglyph_table()
    if "ı" in text and _TURKISH.search(text):
        table = _homoglyph_table_turkish()
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


# --- decorated letters --------------------------------------------------------------------------
# NFKC already turns bold, italic, script, double-struck and monospace letters (𝐢 𝓲 𝕚 𝚒), circled
# ones (ⓘ), fullwidth, superscript and subscript letters (ⁱ ᵢ) into plain ones for the model. These it
# leaves alone, so the variants fold them: small capitals, negative circled and squared letters, regional
# indicators (the letters flags are made of), letters in parentheses, and text turned upside down.


def _alphabet_from(first: int) -> dict[int, str]:
    return {first + i: chr(ord("a") + i) for i in range(26)}


_SMALL_CAPITALS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢꞯ", "abcdefghijklmnopqrstuvwyzq", strict=True))
_DECORATED: dict[int, str] = {ord(k): v for k, v in _SMALL_CAPITALS.items()}
_DECORATED.update(_alphabet_from(0x1F150))  # negative circled 🅐..🅩
_DECORATED.update(_alphabet_from(0x1F170))  # negative squared 🅰..🆉
# As a character class with ranges: a class of 52 single astral characters makes a slow regex.
_DECORATED_CLASS = "".join(_SMALL_CAPITALS) + "\U0001f150-\U0001f169\U0001f170-\U0001f189"
_DECORATED_CHAR = re.compile(f"[{_DECORATED_CLASS}]")
_DECORATED_WORD = re.compile(f"[A-Za-z{_DECORATED_CLASS}]+")
# Regional indicators: runs of three or more (a flag is two), maybe a space apart ("🇮🇬🇳🇴🇷🇪").
_REGIONAL = _alphabet_from(0x1F1E6)
_REGIONAL_RUN = re.compile("[\U0001f1e6-\U0001f1ff](?: ?[\U0001f1e6-\U0001f1ff]){2,}")
# "⒤⒢⒩⒪⒭⒠": NFKC makes it "(i)(g)(n)(o)(r)(e)".
_PARENTHESIZED = re.compile(r"(?:\([A-Za-z]\)){3,}")
# Upside down: each letter turned, and the text written backwards ("ǝɹouƃı" is "ignore"). The letters
# only a turned text uses decide; "ı" (Turkish), "ɔ" (Twi, Lingala) and "ɓ" (Hausa) never do, nor
# IPA's "ə" or "ʃ".
_TURNED = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɓ": "g", "ɥ": "h", "ı": "i", "ᴉ": "i", "ɾ": "j",
    "ʞ": "k", "ן": "l", "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y",
    "∀": "A", "Ɔ": "C", "ᗡ": "D", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "ꓘ": "K", "˥": "L", "Ԁ": "P",
    "ᴚ": "R", "⊥": "T", "∩": "U", "Λ": "V", "⅄": "Y", "¿": "?", "¡": "!",
    # Latin letters that are another letter turned round
    "u": "n", "n": "u", "p": "d", "d": "p", "b": "q", "q": "b", "W": "M", "M": "W",
}  # fmt: skip
_TURNED_TABLE = {ord(k): v for k, v in _TURNED.items()}
_TURNED_ONLY = "ɐǝɟƃɥᴉɾʞɯɹʇʌʍʎᗡƎℲ⅁ꓘ˥Ԁᴚ⅄"
_TURNED_ONLY_CHAR = re.compile(f"[{_TURNED_ONLY}]")
_TURNED_WORD = re.compile(r"[^\s]+")
_ANY_DECORATION = re.compile(f"[{_DECORATED_CLASS}{_TURNED_ONLY}\U0001f1e6-\U0001f1ff]")


def _letter_hits(text: str) -> int:
    known = english_words()
    return sum(w.lower() in known for w in _ASCII_WORD.findall(text[:2000]))


def _spells_a_word(run: str) -> bool:
    """Whether a run of letters ("ignore all", or spaced "i g n o r e") holds an English word of three
    letters or more."""
    parts = run.split(" ")
    if len(parts) >= 4 and all(len(p) == 1 for p in parts):
        return True  # letters one by one: the spaced-letters joiner decides
    words = ["".join(parts)] if len(parts) == 1 else parts
    known = english_words()
    return any(len(w) >= 3 and w.lower() in known for w in words)


def _turn_upright(text: str) -> str | None:
    """Upside-down words turned back, or None when the text has none. A word is turned when it holds
    a letter only a turned text uses, and every word is when most of them do."""
    found = _TURNED_ONLY_CHAR.findall(text)
    if len(found) < 3 or len(set(found)) < 2:
        return None
    tokens = list(_TURNED_WORD.finditer(text))
    marked = [bool(_TURNED_ONLY_CHAR.search(m.group(0))) for m in tokens]
    if sum(marked) * 2 >= len(tokens):
        marked = [True] * len(tokens)
    spans: list[tuple[int, int]] = []
    for match, turned in zip(tokens, marked, strict=True):
        if not turned:
            continue
        if spans and not text[spans[-1][1] : match.start()].strip():
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append((match.start(), match.end()))
    backwards, forwards, last = [], [], 0
    for start, end in spans:
        mapped = text[start:end].translate(_TURNED_TABLE)
        backwards += [text[last:start], mapped[::-1]]
        forwards += [text[last:start], mapped]
        last = end
    backwards.append(text[last:])
    forwards.append(text[last:])
    back, fore = "".join(backwards), "".join(forwards)
    # Most generators also reverse the text; a few only turn the letters.
    return fore if _letter_hits(fore) > _letter_hits(back) else back


def _undecorate(text: str) -> tuple[str, list[str]]:
    """`text` with decorated letters folded to plain ones, and the names of what was folded."""
    names: list[str] = []
    if not text.isascii() and _ANY_DECORATION.search(text):
        if _DECORATED_CHAR.search(text) and any(
            len(_DECORATED_CHAR.findall(w)) >= 2 for w in _DECORATED_WORD.findall(text)
        ):
            text = text.translate(_DECORATED)
            names.append("decorated_letters")
        if _REGIONAL_RUN.search(text):
            if any(_spells_a_word(m.group(0).translate(_REGIONAL)) for m in _REGIONAL_RUN.finditer(text)):
                text = text.translate(_REGIONAL)  # spaced-out letters are joined later, as usual
                names.append("regional_indicators")
        if _TURNED_ONLY_CHAR.search(text):
            upright = _turn_upright(text)
            if upright is not None and upright != text:
                text = upright
                names.append("upside_down")
    if "(" in text and _PARENTHESIZED.search(text):
        if any(_spells_a_word(m.group(0)[1::3]) for m in _PARENTHESIZED.finditer(text)):
            text = _PARENTHESIZED.sub(lambda m: m.group(0)[1::3], text)
            names.append("parenthesized_letters")
    return text, names


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


# Three or more single letters (or leet characters) each separated by the same one space, or dot, dash,
# underscore, star, slash, bar, tilde or bullet with or without a space each side: "i g n o r e",
# "I.G.N.O.R.E", "s-y-s-t-e-m", "i . g . n", "i|g|n".
# Two spaces end a word, and so does a change of separator ("s-y-s-t-e-m p_r_o_m_p_t" is two words).
_SPACED = re.compile(
    r"(?<![\w@$])(?:[^\W_]|[@$])( ?[.\-_*·•/|~] ?| )(?:[^\W_]|[@$])(?:\1(?:[^\W_]|[@$]))+(?![\w@$])"
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
# Quick tests first: a pattern that starts with a character class lets the regex engine skip ahead.
_LONG_RUN = re.compile(r"[A-Za-z0-9+/_-]{16}")  # base64 and base32 need one
_DIGITS_RUN = re.compile(r"[0-9][0-9][0-9 \t,;]")  # binary and character codes need one
_HEX_RUN = re.compile(r"[0-9a-fA-F]{2}[ :]?(?:[0-9a-fA-F]{2}[ :]?){7,}")  # what _HEX needs, without "0x"
_HEX_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2}){4,}")
_UNICODE_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4}){3,}")
# Three escapes or more, in a run without spaces: "%69%67%6E..." and "Ignore%20previous%20rules".
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}[^%\s]{0,40}){3,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|$)", re.DOTALL)
_MARKDOWN_COMMENT = re.compile(r"^\s*\[[^\]\n]*\]:\s*(?:#|<>)\s*\((.*?)\)\s*$", re.MULTILINE)
_BASE32 = re.compile(
    r"[A-Za-z2-7](?<![A-Za-z0-9+/=][A-Za-z2-7])"
    r"(?:(?<=[A-Z2-7])[A-Z2-7]{15,}|(?<=[a-z2-7])[a-z2-7]{15,})={0,6}(?![A-Za-z0-9+/])"
)
_ENCODED_BLOB = re.compile(r"[A-Za-z0-9+/=_-]{16,}")
# 8-bit groups of binary, spaced or not: "01101001 01100111 ..." (four bytes or more).
_BINARY = re.compile(r"[01](?<![0-9A-Za-z][01])[01]{7}(?:[ \t,;]{0,3}[01]{8}){3,}(?![0-9A-Za-z])")
# Four or more numbers of two or three digits: decimal ("105 103 110") or octal ("151 147 156") codes.
_CHAR_CODES = re.compile(r"\d(?<![\w.+\-]\d)\d{1,2}(?:(?:[ \t]*[,;][ \t]*|[ \t]+)\d{2,3}){3,}(?!\w|\.\d)")
_NUMBER = re.compile(r"\d+")
_PREFIXED_HEX = re.compile(
    r"(?<!\w)0[xX][0-9a-fA-F]{2}(?:(?:[ \t]*[,;][ \t]*|[ \t]+)0[xX][0-9a-fA-F]{2}){3,}(?!\w)"
)
_PREFIXED_HEX_DIGITS = re.compile(r"0[xX]([0-9a-fA-F]{2})")
_CHR_CALLS = re.compile(r"(?:\b(?:chr|char|unichr)\(\s*\d{1,7}\s*\)[\s+,.&|]*){3,}", re.IGNORECASE)
_CALL_HINT = re.compile(r"[rReE]\(")  # chr( char( unichr( fromCharCode(
_FROM_CHAR_CODE = re.compile(r"fromCharCode\(\s*\d{1,7}(?:\s*,\s*\d{1,7}){2,}\s*\)", re.IGNORECASE)
_CODE_POINTS = re.compile(r"(?<!\w)[Uu]\+[0-9A-Fa-f]{4,6}(?:[\s,;]{0,3}[Uu]\+[0-9A-Fa-f]{4,6}){2,}")
_CODE_POINT_DIGITS = re.compile(r"[Uu]\+([0-9A-Fa-f]{4,6})")
_PERCENT_U = re.compile(r"(?:%[uU][0-9A-Fa-f]{4}){3,}")
_PERCENT_U_DIGITS = re.compile(r"%[uU]([0-9A-Fa-f]{4})")
_OCTAL_ESCAPES = re.compile(r"(?:\\[0-7]{3}){4,}")
_OCTAL_ESCAPE_DIGITS = re.compile(r"\\([0-7]{3})")


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
    """Base64 (standard or URL-safe) as text; or base64 written backwards ("=QZ..."), which is only
    tried when the segment does not decode as it stands."""
    body = segment.rstrip("=")
    if len(body) % 4 == 1 or (segment.isalpha() and (segment.islower() or segment.isupper())):
        return None  # impossible length; or one long word in one case ("internationalization")
    return _base64_text(body) or _base64_text(body[::-1])


def _base64_text(body: str) -> str | None:
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


def _worth_reading(text: str) -> bool:
    """Whether characters decoded from numbers read as English words, or as one more encoded blob
    (binary of base64). "101 102 103 104" (an item list) gives "efgh": not worth a reading."""
    stripped = text.strip()
    if len(stripped) >= 16 and _ENCODED_BLOB.fullmatch(stripped):
        return True
    words = [w.lower() for w in _ASCII_WORD.findall(text[:2000])]
    if not words:
        return False
    known = english_words()
    hits = sum(w in known for w in words)
    return hits >= 1 and hits * 2 >= len(words)


def _from_code_points(numbers: list[int]) -> str | None:
    if any(n < 9 or n > 0x10FFFF or 0xD800 <= n <= 0xDFFF for n in numbers):
        return None
    text = _readable("".join(map(chr, numbers)).encode("utf-8"))
    return text if text is not None and _worth_reading(text) else None


def _decode_base32(segment: str) -> str | None:
    body = segment.rstrip("=")
    if len(body) % 8 in (1, 3, 6):
        return None
    try:
        data = base64.b32decode(body.upper() + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    return _readable(data)


def _decode_binary(segment: str) -> str | None:
    bits = re.sub(r"[^01]", "", segment)
    if len(bits) % 8:
        return None
    data = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits), 8))
    text = _readable(data)
    return text if text is not None and _worth_reading(text) else None


def _decode_char_codes(segment: str) -> str | None:
    """Decimal character codes ("105 103 110 111") or octal ones ("151 147 156 157"), whichever reads
    as words (octal only when every number is three digits 0-7)."""
    tokens = _NUMBER.findall(segment)
    readings: list[str] = []
    decimal = [int(t) for t in tokens]
    if all(n in (10, 13) or 32 <= n <= 126 for n in decimal):
        reading = _from_code_points(decimal)
        if reading:
            readings.append(reading)
    if all(len(t) == 3 and "8" not in t and "9" not in t for t in tokens):
        octal = [int(t, 8) for t in tokens]
        if all(n in (10, 13) or 32 <= n <= 126 for n in octal):
            reading = _from_code_points(octal)
            if reading:
                readings.append(reading)
    if not readings:
        return None
    return max(readings, key=_letter_hits)


def _decode_prefixed_hex(segment: str) -> str | None:
    """`0x69 0x67 0x6e 0x6f`: bytes."""
    return _readable(bytes(int(h, 16) for h in _PREFIXED_HEX_DIGITS.findall(segment)))


def _decode_numbers(segment: str, base: int = 10) -> str | None:
    """`chr(105)+chr(103)`, `String.fromCharCode(105, 103)`, `U+0069 U+0067`: the numbers in it are
    code points."""
    if base == 16:
        numbers = [int(h, 16) for h in _CODE_POINT_DIGITS.findall(segment)]
    else:
        numbers = [int(n) for n in _NUMBER.findall(segment)]
    return _from_code_points(numbers) if numbers else None


def _decode_percent_u(segment: str) -> str | None:
    """`%u0069%u0067...` (the old JavaScript escape()), surrogate pairs joined."""
    units = [int(h, 16) for h in _PERCENT_U_DIGITS.findall(segment)]
    try:
        chars = b"".join(u.to_bytes(2, "big") for u in units).decode("utf-16-be")
    except UnicodeDecodeError:
        return None
    return _readable(chars.encode("utf-8"))


def _decode_octal_escapes(segment: str) -> str | None:
    """`\\151\\147\\156...`: bytes in octal."""
    values = [int(o, 8) for o in _OCTAL_ESCAPE_DIGITS.findall(segment)]
    if any(v > 255 for v in values):
        return None
    return _readable(bytes(values))


# --- morse and vertical text --------------------------------------------------------------------

_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",",
    "..--..": "?", ".----.": "'", "-.-.--": "!", "-..-.": "/", "---...": ":", "-.-.-.": ";",
    "-...-": "=", ".-.-.": "+", "-....-": "-", ".--.-.": "@",
}  # fmt: skip
# Dots and dashes as people type them: "·", "•", "−", "–", "_".
_MORSE_SYMBOLS = str.maketrans(
    {"·": ".", "•": ".", "∙": ".", "⋅": ".", "−": "-", "–": "-", "—": "-", "_": "-"}
)
_DOT_DASH_PAIRS = (".-", "-.", ". -", "- .")
_MORSE_LOOKALIKE = re.compile("[·•∙⋅−–—]")
# Four or more codes, letters one space apart, words apart by "/", "|", a newline or several spaces.
_MORSE_RUN = re.compile(
    r"[.\-](?<![\w.\-][.\-])[.\-]{0,6}(?:(?:[ \t]*[/|\n][ \t]*|[ \t]+)[.\-]{1,7}){3,}(?![\w\-]|\.[.\-])"
)
_MORSE_WORD_GAP = re.compile(r"[ \t]*[/|\n][ \t]*|[ \t]{2,}")


def _decode_morse_run(segment: str) -> str | None:
    words = []
    for word in _MORSE_WORD_GAP.split(segment.strip()):
        letters = [_MORSE.get(code) for code in word.split()]
        if not letters or None in letters:
            return None
        words.append("".join(letters))  # type: ignore[arg-type]
    text = " ".join(words)
    if sum(c.isalpha() for c in text) < 4 or not _worth_reading(text):
        return None
    return text


def _morse_reading(text: str) -> str | None:
    dotted = text
    if "_" in text or (not text.isascii() and _MORSE_LOOKALIKE.search(text)):
        dotted = text.translate(_MORSE_SYMBOLS)
    if not _MORSE_RUN.search(dotted):
        return None
    pieces, last, changed = [], 0, False
    for match in _MORSE_RUN.finditer(dotted):
        # Morse written backwards reads as other letters: tried when the run makes no words forwards.
        decoded = _decode_morse_run(match.group(0)) or _decode_morse_run(match.group(0)[::-1])
        if decoded is None:
            continue
        pieces += [text[last : match.start()], f" {decoded} "]
        last, changed = match.end(), True
    if not changed:
        return None
    pieces.append(text[last:])
    return "".join(pieces).strip()


_VERTICAL_HINT = re.compile(r"\n[ \t]*[^\W_][ \t]*\n[ \t]*[^\W_]?[ \t]*\n")


def _vertical_reading(text: str) -> str | None:
    """Letters written one per line joined into words (an empty line between words is a space)."""
    if text.count("\n") < 3:
        return None
    lines = text.split("\n")
    out: list[str] = []
    changed = False
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].strip()) <= 1:
            j += 1
        run = [line.strip() for line in lines[i:j]]
        if sum(1 for c in run if c.isalpha()) >= 3 and sum(1 for c in run if c) >= 4:
            joined = " ".join("".join(c if c else " " for c in run).split())
            if _worth_reading(joined) or _worth_reading(_undo_leet(joined)):
                out.append(joined)
                changed = True
                i = j
                continue
        out.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "\n".join(out) if changed else None


# --- English words --------------------------------------------------------------------------------

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


# --- letter ciphers and word games: read only when the text is not English as it stands ------------

_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
# _SHIFTS[k]: every letter k places on ("a" -> "b" for k=1); ROT13 is _SHIFTS[13].
_SHIFTS = [
    str.maketrans(_LOWER + _UPPER, _LOWER[k:] + _LOWER[:k] + _UPPER[k:] + _UPPER[:k]) for k in range(26)
]
_ATBASH = str.maketrans(_LOWER + _UPPER, _LOWER[::-1] + _UPPER[::-1])
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_PIG_CONSONANT_HEAD = re.compile(r"(?:qu|[^aeiou])+")
#: Words read to choose a reading (a long document is decided on its first ones).
_CIPHER_WORDS = 200
# Pairs of words (three letters or more: the words the cipher check reads, "of the" is "the") that run
# one way in English ("ignore all", "the parcel"): a text that has them backwards ("instructions
# previous all ignore") is written in reverse word order. Pairs that run both ways ("you are" and the
# question "are you", "the order" and "order the") are left out.
_BIGRAM_TEXT = """ignore all|ignore the|ignore your|ignore previous|ignore any|all previous|all prior|all the
    |all your|previous instructions|prior instructions|the previous|the above|above instructions
    |your instructions|the instructions|your rules|the rules|system prompt|your system|the system
    |reveal your|reveal the|show the|tell the|give the|print your|print the|are now|you must
    |pretend you|from now|developer mode|have the|not the|and the|for the|with the|from the|the same
    |thank you|for your|your help|the item|the package|the parcel|your order|your account|and reveal
    |and print|and show|forget your|forget all|forget the|disregard all|disregard the|disregard your
    |override the|bypass the|bypass your|new instructions|hidden instructions|the password
    |admin password|the secret|secret key|api key|without restrictions|any restrictions|your prompt
    |your guidelines|the guidelines|enter developer|mode enabled|are not|did not|does not|was not
    |has been|have been|this message|this conversation|follow the|when will|how can|how long|what are
    |are the|the best|one more|more time|last message|and then|then tell"""
_BIGRAMS = frozenset(tuple(pair.split()) for pair in _BIGRAM_TEXT.split("|"))
_BIGRAMS_BACKWARDS = frozenset((second, first) for first, second in _BIGRAMS)


@lru_cache(maxsize=1)
def _shift_index() -> dict[str, tuple[int, ...]]:
    """Every English word of three letters or more shifted to start with "a" -> the first letters of
    the words that shift to it: a shifted word finds its shift in one look-up (~25 ms to build)."""
    index: dict[str, list[int]] = {}
    for word in english_words():
        if len(word) >= 3 and word.isascii() and word.isalpha() and word.islower():
            first = ord(word[0]) - 97
            index.setdefault(word.translate(_SHIFTS[-first % 26]), []).append(first)
    return {key: tuple(firsts) for key, firsts in index.items()}


def _bigram_score(text: str) -> tuple[int, int]:
    """(English word pairs in `text` the right way round, the wrong way round)."""
    return _pair_score(_ASCII_WORD.findall(text[:2000].lower()))


def _pair_score(words: list[str]) -> tuple[int, int]:
    pairs = set(zip(words, words[1:]))  # noqa: B905 (one shorter on purpose)
    return len(pairs & _BIGRAMS), len(pairs & _BIGRAMS_BACKWARDS)


def _clearly_english(hit_words: list[str], total: int, plain_hits: int) -> bool:
    """Whether a reading's known words make it English: most words known, three at least, twice as
    many as the text had as it stands, one of five letters or more and a dozen letters in all (26
    ciphers tried on every unreadable text: a few three-letter words by chance must not be enough)."""
    hits = len(hit_words)
    return (
        hits >= 3
        and hits * 10 >= total * 7
        and hits > 2 * plain_hits
        and max(map(len, hit_words)) >= 5
        and sum(map(len, hit_words)) >= 12
    )


def _candidate_shifts(words: list[str]) -> set[int]:
    """The Caesar shifts worth trying: 13, and those under which one of the five longest words (of five
    letters or more) is English. A reading that is clearly English has its long words among them."""
    index = _shift_index()
    shifts = {13}
    long_words = [w for w in set(words) if len(w) >= 5]
    if len(long_words) > 5:
        long_words = sorted(long_words, key=len)[-5:]
    for word in long_words:
        first = ord(word[0]) - 97
        for plain_first in index.get(word.translate(_SHIFTS[-first % 26]), ()):
            shifts.add((first - plain_first) % 26)
    shifts.discard(0)
    return shifts


def _unpig(word: str, known: frozenset[str]) -> str | None:
    """A pig-latin word in English ("eviouspray" -> "previous", "allway" -> "all"), or None."""
    if len(word) < 4 or not word.endswith("ay"):
        return None
    stem = word[:-2]
    if stem[-1] == "w" and stem[0] in "aeiou" and stem[:-1] in known:
        return stem[:-1]  # a word starting with a vowel: "all" + "way"
    for size in (4, 3, 2, 1):
        head, rest = stem[-size:], stem[:-size]
        if rest and rest[0] in "aeiouy" and _PIG_CONSONANT_HEAD.fullmatch(head) and head + rest in known:
            return head + rest  # the consonants moved to the end go back: "evious" + "pr"
    if stem[-1] in "hy" and stem[0] in "aeiou" and stem[:-1] in known:
        return stem[:-1]  # "all" + "hay" or "yay", in other dialects
    return None


def _pig_latin_reading(text: str, words: list[str], plain_hits: int) -> str | None:
    known = english_words()
    hit_words = [plain for plain in (_unpig(w, known) for w in words) if plain]
    if not _clearly_english(hit_words, len(words), plain_hits):
        return None

    def unpig(match: re.Match[str]) -> str:
        return _unpig(match.group(0).lower(), known) or match.group(0)

    return _ASCII_WORD.sub(unpig, text)


# Where a message's parts meet: a sentence's end, a line break, a gap of spaces, "P.S.". An attack in a
# cipher is often one part after an ordinary question ("Can I change my address?  Vtaber lbhe ehyrf.").
_SEGMENT_BREAK = re.compile(r"(?<=[.!?:;])\s+|\n+|\s{2,}|\bP\.?S\.?(?=\s)")
#: Parts read on their own, at most (a long document's first ones).
_CIPHER_SEGMENTS = 12


def _cipher_readings(text: str) -> list[tuple[str, str]]:
    """Readings of a text that is a long run of Latin letters but hardly English: a Caesar shift (ROT13
    is one), atbash, the text reversed (the whole of it or word by word) or pig latin, each kept only when
    it is clearly English (`english_words`). A text that reads as English is checked for its words in
    reverse order, and each of its parts (`_SEGMENT_BREAK`) that does not read as English is checked on
    its own: the reading is the whole text with that part decoded."""
    words = _ASCII_WORD.findall(text[:4000].lower())[:_CIPHER_WORDS]
    if len(words) < 3:
        return []
    known = english_words()
    plain_hits = sum(map(known.__contains__, words))
    if plain_hits * 2 >= len(words):
        # English words: the disguise could only be their order, when English word pairs come out of
        # the text backwards ("instructions previous all ignore").
        forwards, backwards = _pair_score(words)
        if backwards >= 2 and backwards > 2 * forwards:
            return [("word_order", " ".join(reversed(text.split())))]
        return _segment_cipher_readings(text, known)
    # Mostly not English: the whole may be one cipher, or an ordinary part and a cipher (or a message in
    # another language, whose parts no cipher turns into English).
    return _whole_cipher_readings(text, words, known, plain_hits) or _segment_cipher_readings(text, known)


def _segment_cipher_readings(text: str, known: frozenset[str]) -> list[tuple[str, str]]:
    """`_cipher_readings` of the parts of an English text that are not English themselves, each put back
    in its place (one reading per kind of cipher)."""
    readings: dict[str, str] = {}
    spans = []
    start = 0
    for gap in _SEGMENT_BREAK.finditer(text[:4000]):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, min(len(text), 4000)))
    for a, b in spans[:_CIPHER_SEGMENTS] if len(spans) > 1 else ():
        part = text[a:b]
        words = _ASCII_WORD.findall(part.lower())[:_CIPHER_WORDS]
        if len(words) < 3:
            continue
        plain_hits = sum(map(known.__contains__, words))
        if plain_hits * 2 >= len(words):
            continue
        for name, decoded in _whole_cipher_readings(part, words, known, plain_hits):
            base = readings.get(name, text)
            # Later parts' offsets hold while each decoding keeps the part's length (every cipher here
            # maps a letter to a letter, or reverses them); otherwise the part is found again.
            if len(base) == len(text) and len(decoded) == len(part):
                readings[name] = base[:a] + decoded + base[b:]
            else:
                readings[name] = base.replace(part, decoded, 1)
    return list(readings.items())


def _whole_cipher_readings(
    text: str, words: list[str], known: frozenset[str], plain_hits: int
) -> list[tuple[str, str]]:
    """The cipher readings of a text most of whose words are not English (see `_cipher_readings`)."""
    # Each cipher is first counted in C (the words joined, transformed at once, split, looked up), then
    # judged in full only when it reaches the share of English words it needs.
    total = len(words)
    needed = max(3, (7 * total + 9) // 10, 2 * plain_hits + 1)
    joined = " ".join(words)

    def english_share(candidate: str) -> list[str] | None:
        decoded = candidate.split()
        if sum(map(known.__contains__, decoded)) < needed:
            return None
        return [w for w in decoded if w in known]

    readings: list[tuple[str, str]] = []
    best: tuple[int, int] | None = None  # (hits, shift)
    for shift in _candidate_shifts(words):
        hit_words = english_share(joined.translate(_SHIFTS[-shift % 26]))
        # ROT13 is common enough to need less proof (three words, 70% of them).
        if hit_words and (shift == 13 or _clearly_english(hit_words, total, plain_hits)):
            best = max(best or (0, 0), (len(hit_words), shift))
    if best:
        shift = best[1]
        readings.append(("rot13" if shift == 13 else "caesar", text.translate(_SHIFTS[-shift % 26])))
    hit_words = english_share(joined.translate(_ATBASH))
    if hit_words and _clearly_english(hit_words, total, plain_hits):
        readings.append(("atbash", text.translate(_ATBASH)))
    hit_words = english_share(joined[::-1])
    if hit_words and _clearly_english(hit_words, total, plain_hits):
        whole = text[::-1]
        word_by_word = _LETTER_RUN.sub(lambda m: m.group(0)[::-1], text)
        if _bigram_score(word_by_word)[0] > _bigram_score(whole)[0]:
            readings.append(("reversed_words", word_by_word))
        else:
            readings.append(("reversed", whole))
    if (joined + " ").count("ay ") >= needed:
        pig = _pig_latin_reading(text, words, plain_hits)
        if pig:
            readings.append(("pig_latin", pig))
    return readings


# --- payloads split into pieces: quoted fragments, first letters --------------------------------

# A quoted fragment of up to 80 characters, in straight, curly, angle or corner quotes.
_QUOTED = re.compile(r'"([^"\n]{1,80})"|“([^”\n]{1,80})”|«([^»\n]{1,80})»|「([^」\n]{1,80})」')
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_PLUS_BETWEEN = re.compile(r'["”»」]\s*\+\s*["“«「]')
# Quoted fragments are a split payload only when glued or when the message asks to put them together.
_JOIN_WORDS = re.compile(
    r"\b(?:combine|join|concatenat|merge|glue|assemble|together|put .{0,20} after)", re.I
)
_FIRST_LETTER = re.compile(r"[^\W\d_]")
#: The longest word tried when splitting a run of first letters into English words.
_LONGEST_WORD = 14


def _english_split(letters: str) -> list[str] | None:
    """`letters` (lower case, no spaces) cut into English words of three letters or more, fewest words
    first (dynamic programming over the vocabulary); None when no cut covers the whole run."""
    known = english_words()
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end - 2):
            head = best[start]
            word = letters[start:end]
            if head is not None and word in known:
                candidate = [*head, word]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(letters)]


def _initials_reading(pieces: list[str]) -> str | None:
    """The first letters of `pieces` (lines or sentences) when they spell English words ("Ignore. Great
    service. Not bad. Order..." -> "ignore..."), as words; None otherwise."""
    letters = []
    for piece in pieces:
        first = _FIRST_LETTER.search(piece)
        if first is None:
            return None
        letters.append(first.group(0).lower())
    run = "".join(letters)
    if not run.isascii() or len(run) < 5:
        return None
    words = _english_split(run)
    # Two words at least, and not a chance of short ones: an acrostic spells something on purpose.
    if not words or len(words) < 2 or max(map(len, words)) < 5:
        return None
    return " ".join(words)


_ASSEMBLED = frozenset({"joined_fragments", "acrostic"})


def _assembled_readings(text: str) -> list[tuple[str, str]]:
    """Readings of a payload split into pieces: quoted fragments joined ("How do I st" + "eal a cre" ->
    "How do I steal a cre..."), and the first letters of lines or sentences that spell words. Each is the
    message with the assembled payload after it, so the request around the pieces is read with it."""
    readings: list[tuple[str, str]] = []
    if '"' in text or "“" in text or "«" in text or "「" in text:
        fragments = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(text[:4000])]
        # Pieces glued by "+", or a message that asks to put them together: not every quoted word
        # (JSON, a quoted e-mail) is a piece of something.
        if len(fragments) >= 2 and (_PLUS_BETWEEN.search(text) or _JOIN_WORDS.search(text)):
            joined = "".join(fragments)
            spaced = " ".join(f.strip() for f in fragments)
            readings.append(("joined_fragments", f"{text}\n{joined}\n{spaced}"))
    lines = [line for line in text[:4000].split("\n") if line.strip()]
    sentences = [p for p in _SENTENCE_SPLIT.split(" ".join(lines)) if p.strip()]
    for pieces in (lines, sentences):
        if 5 <= len(pieces) <= 60:
            spelled = _initials_reading(pieces)
            if spelled:
                readings.append(("acrostic", f"{text}\n{spelled}"))
                break
    return readings


# --- the whole --------------------------------------------------------------------------------


def _decoded_readings(text: str) -> list[tuple[str, str]]:
    """(transform, reading) for every encoding found in `text`."""
    readings: list[tuple[str, str]] = []

    def substitute(name: str, pattern: re.Pattern[str], decode: Callable[[str], str | None]) -> None:
        if pattern.search(text):
            decoded = _substitute(text, pattern, decode)
            if decoded != text:
                readings.append((name, decoded))

    if len(text) >= 16:
        if _LONG_RUN.search(text):
            substitute("base64", _BASE64, _decode_base64)
            substitute("base32", _BASE32, _decode_base32)
        if _HEX_RUN.search(text):
            substitute("hex", _HEX, _decode_hex)
        if _DIGITS_RUN.search(text):
            substitute("binary", _BINARY, _decode_binary)
            substitute("char_codes", _CHAR_CODES, _decode_char_codes)
        if "0x" in text or "0X" in text:
            substitute("hex", _PREFIXED_HEX, _decode_prefixed_hex)
    if "\\" in text:
        substitute("hex", _HEX_ESCAPES, _decode_escapes)
        substitute("unicode_escape", _UNICODE_ESCAPES, _decode_escapes)
        substitute("octal_escape", _OCTAL_ESCAPES, _decode_octal_escapes)
    if "%" in text:
        if _PERCENT.search(text):
            try:
                decoded_percent = _decode_percent(text)
            except UnicodeDecodeError:
                decoded_percent = None
            if decoded_percent:
                readings.append(("percent", decoded_percent))
        if "%u" in text or "%U" in text:
            substitute("percent_u", _PERCENT_U, _decode_percent_u)
    if "+" in text and ("U+" in text or "u+" in text):
        substitute("code_points", _CODE_POINTS, lambda s: _decode_numbers(s, 16))
    if "(" in text and _CALL_HINT.search(text):
        substitute("char_codes", _CHR_CALLS, _decode_numbers)
        if "harCode" in text or "harcode" in text:
            substitute("char_codes", _FROM_CHAR_CODE, _decode_numbers)
    if not text.isascii() or ("-" in text and any(pair in text for pair in _DOT_DASH_PAIRS)):
        morse = _morse_reading(text)
        if morse:
            readings.append(("morse", morse))
    vertical = _vertical_reading(text) if "\n" in text and _VERTICAL_HINT.search(text) else None
    if vertical:
        readings.append(("vertical", vertical))
    readings.extend(_cipher_readings(text))
    readings.extend(_assembled_readings(text))
    return readings


def _clean_reading(reading: str) -> str:
    """A decoded reading without lone surrogates or control characters (it is scanned, maybe logged)."""
    if reading.isascii():
        return reading if not _ASCII_CONTROL.search(reading) else reading.translate(_DROP)
    if _SURROGATE.search(reading):
        reading = _SURROGATE.sub("", reading)
    if _NON_ASCII_INVISIBLE.search(reading) or _ASCII_CONTROL.search(reading):
        reading = reading.translate(_DROP)
    return reading


def prepare(text: str) -> Prepared:
    """`text` made safe for the model and readable for the checks (see the module docstring)."""
    if not isinstance(text, str):
        text = str(text)
    for_model, removed = clean_for_model(text)
    variants: list[str] = []
    decoded: list[str] = []

    def add(name: str, reading: str) -> None:
        reading = _clean_reading(reading) if reading else reading
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

    # One canonical reading: decorated and look-alike letters folded, decorative marks, entities and
    # comments undone.
    base, names = _undecorate(for_model)
    decoded.extend(names)
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
        if name in _ASSEMBLED:
            continue  # the pieces are in the reading as well: assembling them again adds nothing
        # One level deeper: base64 of hex, reversed base64, ROT13 inside base64, morse in leetspeak.
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
    """Build the look-alike table, read the word list and index it by Caesar shift now rather than on
    the first message that needs them (~0.3 s together)."""
    _homoglyph_table()
    english_words()
    _shift_index()
