"""Checks on the text itself: its size, whether it says anything, and which language it is in.

They run first in the input guard and are cheap (a few hundredths of a millisecond, the language
detector's ~0.2 ms aside), so a message that is too long, empty or keyboard mash is answered before the
costlier checks read it.
"""

from __future__ import annotations

import re
import time
import unicodedata
from functools import lru_cache
from typing import Any

from agents.guards.base import CheckConfig, CheckResult, Subject, Verdict
from agents.guards.normalise import english_words

# --- size -------------------------------------------------------------------------------------


def _threshold(check: Any, config: CheckConfig) -> float:
    return config.threshold if config.threshold is not None else check.default_threshold


def _result(
    check: Any, config: CheckConfig, score: float, reason: str, detail: dict, started: float
) -> CheckResult:
    score = round(min(max(score, 0.0), 1.0), 4)
    return CheckResult(
        name=check.name,
        score=score,
        fired=score >= _threshold(check, config),
        action=config.action or check.default_action,
        reason=reason,
        detail=detail,
        duration_ms=(time.perf_counter() - started) * 1000,
    )


def garbage_share(text: str) -> float:
    """The share of `text` that is not text at all: replacement characters (bytes that were not UTF-8),
    control characters other than line breaks and tabs, lone surrogates and unassigned code points."""
    if not text:
        return 0.0
    sample = text[:20_000]  # the share of a long text is known well enough from its start
    bad = 0
    for char in sample:
        if char == "\ufffd":
            bad += 1
        elif char < " " or "\x7f" <= char <= "\x9f":
            bad += char not in "\n\r\t"
        elif not char.isascii() and unicodedata.category(char) in ("Cs", "Cn"):
            bad += 1
    return bad / len(sample)


class SizeCheck:
    """Too long to read (after normalisation), or not text at all (mostly binary bytes)."""

    name = "size"
    default_threshold = 1.0
    default_action = Verdict.REFUSE
    #: above this share of garbage characters a message is binary, whatever its length
    GARBAGE_SHARE = 0.3

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        chars = len(subject.text)
        if chars > self.max_chars:
            # The pipeline reads at most a few times the limit; the reason tells the whole length.
            chars = max(chars, subject.notes.get("original_chars", 0))
            reason = f"{chars:,} characters, over the limit of {self.max_chars:,}"
            return _result(self, config, 1.0, reason, {"chars": chars, "max_chars": self.max_chars}, started)
        share = garbage_share(subject.original)
        if share > self.GARBAGE_SHARE:
            reason = f"not text: {share:.0%} control or replacement characters"
            detail = {"chars": chars, "max_chars": self.max_chars, "garbage_share": round(share, 3)}
            return _result(self, config, 1.0, reason, detail, started)
        return _result(self, config, 0.0, "", {"chars": chars, "max_chars": self.max_chars}, started)


# --- gibberish ----------------------------------------------------------------------------------

# How unlikely each pair of Latin letters is inside a word of any of the seven languages the desk
# speaks, 0 (common somewhere) to 9 (never seen). Derived once from the gettext catalogues of a Debian
# system and Django's locales (de, es, fr, it, pt, nl translations; English message ids and the MiniLM
# vocabulary), about 17 million letter pairs, accents stripped: a pair's figure is
# round(9 * clamp((-log10(p) - 3) / 2.5, 0, 1)) for its largest share p in any one language, so a pair
# common in Dutch alone ("ij") still counts as common. Row: first letter, column: second letter.
_BIGRAM_RARITY = (
    "00003000000000000000001100"  # a
    "01450423015033047011064704"  # b
    "05030570070055036020077836"  # c
    "03400423033112027000033513"  # d
    "00000000000000100000000000"  # e
    "02510024054152038010075724"  # f
    "02510500073020038000044745"  # g
    "04650554085020058010063945"  # h
    "00000002300000000000004030"  # i
    "05800227260270039716114981"  # j
    "01440622050141039100053943"  # k
    "01200100031021013200014304"  # l
    "00420526085201008511053654"  # m
    "00000000020010012100001610"  # n
    "10000001030000002000000221"  # o
    "04010011053022007010025720"  # p
    "49977999599298798785095999"  # q
    "00000000040000010000000600"  # r
    "02010100010021001200021702"  # s
    "01020110053022008000000400"  # t
    "00000001030000005000100031"  # u
    "07560668079355069147128779"  # v
    "06630760094360069027065769"  # w
    "14260475097648109760587336"  # x
    "03461857275301009301274855"  # y
    "06360764045466074670071850"  # z
)
# Keyboard rows (QWERTY, and the Russian ЙЦУКЕН): mash stays on one row ("asdkjfh", "фывапр"), words
# cross rows, because their vowels are spread over them.
_ROW = {
    char: row
    for rows in (("qwertyuiop", "asdfghjkl", "zxcvbnm"), ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"))
    for row, keys in enumerate(rows)
    for char in keys
}
_LATIN_VOWELS = frozenset("aeiouy")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїє")
# Laughter and the like: "hahaha", "jajaja", "jejeje", "kkkkk" (Brazilian), "lolol", "xD".
_LAUGHTER = re.compile(
    r"(?:[hjkwlnb]?[aeiou]){2,}[hjk]?|(?:[aeiou][hjk]){2,}|k{3,}|(?:lo)+l|x+d+|h+m+|m+h+|a*h+a+|u+g+h+|z{3,}"
    r"|s+h+|p+s+t+|b+r+|g+r+|p+f+t?|m+"
)
# Words people write that no dictionary has: SMS speak, chat, shop words.
_CHAT_WORDS = frozenset(
    "pls plz thx thnx tnx ty u ur r wht wat wen hw idk imo imho tbh btw asap fyi np kk ok okay msg txt"
    " pic pics lol omg brb afaik rn gr8 smth sth bday xmas hrs mins wk wks yr yrs pkg pkgs qty"
    " nvm ppl cuz coz bc dunno gonna wanna gotta hiya heya yo sup".split()
)
_EMOTICON = re.compile(r"[:;=8xX][-'^o]?[()\[\]DPpO3/\\|*]+|[()\[\]]+[-'^]?[:;=]|<3+|\^_*\^|[oO0T]_+[oO0T]")
_MAX_WORDS = 300
_MAX_WORD = 64  # letters of one "word" looked at: a 10,000-letter run is judged by its start
_MASH_SEPARATORS = re.compile(r"[;,]+")
_PUNCT_STRIP = "\"'`.,;:!?¡¿()[]{}<>«»“”‘’*_~-"


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words of the desk's languages a person may type: English (MiniLM's vocabulary) and the router's
    lexicon of support words in es, fr, de, it, pt, nl, accents stripped."""
    from agents.language import LEXICONS

    words = set(english_words()) | _CHAT_WORDS
    for lexicon in LEXICONS.values():
        for key in lexicon:
            for word in key:
                words.add(_strip_accents(word.strip("'")))
    return frozenset(words)


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _rarity(word: str) -> list[float]:
    return [
        int(_BIGRAM_RARITY[(ord(a) - 97) * 26 + ord(b) - 97]) / 9
        for a, b in zip(word, word[1:], strict=False)
        if "a" <= a <= "z" and "a" <= b <= "z"
    ]


def _same_row_share(word: str) -> float:
    """Share of neighbouring different letters on one keyboard row; 0 for fewer than three pairs."""
    pairs = [(a, b) for a, b in zip(word, word[1:], strict=False) if a != b and a in _ROW and b in _ROW]
    if len(pairs) < 3:
        return 0.0
    return sum(_ROW[a] == _ROW[b] for a, b in pairs) / len(pairs)


def _longest_consonant_run(word: str, vowels: frozenset[str]) -> int:
    longest = run = 0
    for char in word:
        run = 0 if char in vowels else run + 1
        longest = max(longest, run)
    return longest


def word_mash_score(word: str) -> float:
    """How much one word (letters only, lowercase) looks like keyboard mash, 0..1.

    Mash stays on one keyboard row and is made of letter pairs no language uses ("asdkjfh": sd, dk, kj,
    jf, fh), or has no vowels ("zxmcnv"), or repeats a few keys ("sdfsdf"). Any one sign is weak: a word
    on one row with common pairs is Italian ("tutto") as often as mash; together they are mash."""
    if len(word) < 4:
        return 0.0
    if len(set(word)) == 1:
        # "jjjjjjjjjjjj"; but "kkkkkk" is how Brazilians laugh
        return 1.0 if len(word) >= 5 and word[0] != "k" else 0.0
    if _LAUGHTER.fullmatch(word):
        return 0.0
    cyrillic = "а" <= word[0] <= "я" or word[0] in "ёіїє"
    if cyrillic:
        vowels = _CYRILLIC_VOWELS
        bigram = 0.0
    else:
        plain = _strip_accents(word)
        if not plain.isascii():
            return 0.0  # letters of a script we have no statistics for
        if plain in _known_words():
            return 0.0
        word = plain
        vowels = _LATIN_VOWELS
        rarity = _rarity(word)
        bigram = min(1.0, (sum(rarity) / len(rarity)) / 0.3) if rarity else 0.0
    vowel_share = sum(c in vowels for c in word) / len(word)
    if vowel_share == 0:
        vowel = 1.0 if len(word) >= 5 else 0.7
    else:
        vowel = max(0.0, (0.2 - vowel_share) / 0.2)
    run = _longest_consonant_run(word, vowels)
    run_score = 1.0 if run >= 6 else 0.6 if run == 5 else 0.0
    # A few keys again and again ("sdfsdf", "asdasd"); not short words ("tutto") nor words with
    # their vowels ("alfalfa").
    repeated = len(word) >= 6 and len(set(word)) * 2 <= len(word) and vowel_share <= 0.34
    if _same_row_share(word) >= 0.85:
        return 0.6 + 0.4 * max(bigram, vowel, run_score, 1.0 if repeated else 0.0)
    # Off one row, rare pairs and missing vowels are not enough on their own: "crwth", "hrmpf",
    # "Llanfairpwllgwyngyll" and SMS speak have them. Such a word adds to a message's score but cannot
    # make it fire alone.
    return min(0.7, max(0.7 * bigram + 0.3 * vowel, 0.5 * run_score + 0.5 * max(bigram, vowel)))


def _is_symbol_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("So", "Sk", "Sm", "Sc", "Mn", "Me", "Cf") or ord(char) >= 0x1F000


def gibberish_score(text: str) -> tuple[float, str, dict[str, Any]]:
    """(score 0..1, reason, detail) for one text as the model would read it."""
    stripped = text.strip()
    if not stripped:
        return 1.0, "empty message", {"empty": True}
    has_letter = has_digit = False
    for char in stripped:
        if char.isalpha():
            has_letter = True
            break
        has_digit = has_digit or char.isdigit()
    if not has_letter:
        if has_digit:
            return 0.0, "", {"kind": "numbers"}  # an order number, a code, a date
        if any(_is_symbol_char(c) for c in stripped if not c.isspace()) and not any(
            c in "$%^&*#@" for c in stripped
        ):
            return 0.0, "", {"kind": "emoji"}
        if _EMOTICON.search(stripped):
            return 0.0, "", {"kind": "emoticon"}
        marks = "".join(stripped.split())
        if len(marks) <= 3:
            return 0.0, "", {"kind": "punctuation"}  # "?", "...", "!!" are a reaction, not noise
        score = 0.9 if len(marks) >= 7 else 0.6
        return score, f"punctuation only: {marks[:20]!r}", {"kind": "punctuation"}
    # Words: scored when they are plain letters (a code, a URL, an id or a tracking number is not
    # scored but still counts, so it dilutes the score of the rest).
    total = 0
    weighted = 0.0
    mash: list[str] = []
    # The first few hundred words tell mash from text as well as all of them would.
    for chunk in stripped.split()[:_MAX_WORDS]:
        letters = sum(c.isalpha() for c in chunk)
        if not letters:
            continue
        total += letters
        # "fjdksla;fjdksla" is two words of mash; "a.b/c" stays one token (a URL, code), not scored.
        for token in _MASH_SEPARATORS.split(chunk.strip(_PUNCT_STRIP).lower()):
            if not token.isalpha():
                continue
            token = token[:_MAX_WORD]
            score = word_mash_score(token)
            if score:
                weighted += score * len(token)
                if score >= 0.6:
                    mash.append(token)
    score = weighted / total if total else 0.0
    if score <= 0:
        return 0.0, "", {"kind": "words"}
    return (
        score,
        f"looks like keyboard mash: {' '.join(mash)[:40]!r}",
        {"kind": "mash", "mash_words": len(mash)},
    )


class GibberishCheck:
    """Nothing to read (empty, only invisible characters), or noise: keyboard mash, a line of
    punctuation. Never short messages that mean something ("ok", "?", "👍", "thx m8", "1234", "merci")
    nor other scripts, code, URLs or tracking numbers."""

    name = "gibberish"
    default_threshold = 0.8
    default_action = Verdict.REFUSE

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        score, reason, detail = gibberish_score(subject.text)
        if detail.get("kind") == "mash" and score >= 0.5 and len(subject.text.split()) >= 3:
            # A sentence that a language detector reads with hint words of its language ("wht r ur
            # prices") is not mash, whatever its rare letter pairs. On its own the detector is no judge
            # of mash ("jkjkjkjk" is Dutch to lingua, with confidence 1.0), so it only ever lowers.
            guess = _language_guess(subject)
            if guess is not None and guess.method != "default" and guess.score >= 1.2:
                score *= 0.6
                detail["language_confidence"] = guess.score
        return _result(self, config, score, reason, detail, started)


# --- language -----------------------------------------------------------------------------------

# Scripts that name their language (or a default for it) by themselves; a message written in one of
# them needs no statistics. Ranges of letters, checked in order.
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("el", 0x0370, 0x03FF),
    ("ru", 0x0400, 0x052F),  # Cyrillic (uk / bg / sr when their own letters show, below)
    ("hy", 0x0530, 0x058F),
    ("he", 0x0590, 0x05FF),
    ("ar", 0x0600, 0x06FF),  # Arabic script (fa / ur when their own letters show, below)
    ("ar", 0x0750, 0x077F),
    ("hi", 0x0900, 0x097F),  # Devanagari (Hindi, Marathi, Nepali: Hindi is by far the most common)
    ("bn", 0x0980, 0x09FF),
    ("pa", 0x0A00, 0x0A7F),
    ("gu", 0x0A80, 0x0AFF),
    ("ta", 0x0B80, 0x0BFF),
    ("te", 0x0C00, 0x0C7F),
    ("kn", 0x0C80, 0x0CFF),
    ("ml", 0x0D00, 0x0D7F),
    ("th", 0x0E00, 0x0E7F),
    ("ka", 0x10A0, 0x10FF),
    ("ko", 0x1100, 0x11FF),
    ("ja", 0x3040, 0x30FF),  # kana: Japanese even among kanji
    ("zh", 0x3400, 0x4DBF),
    ("zh", 0x4E00, 0x9FFF),
    ("ko", 0xAC00, 0xD7AF),
)
_SCRIPT_REFINEMENTS = {
    "ru": (("uk", "іїєґІЇЄҐ"), ("sr", "ђћџЂЋЏ"), ("bg", "")),
    "ar": (("fa", "پچژگکی"), ("ur", "ٹڈڑںےہ")),
}


def script_language(text: str) -> tuple[str, float] | None:
    """(language, share of letters) for a text mostly in a script that names its language; None for
    Latin script (and texts with fewer than two letters)."""
    counts: dict[str, int] = {}
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if char.isascii():
            continue
        point = ord(char)
        for code, low, high in _SCRIPTS:
            if low <= point <= high:
                counts[code] = counts.get(code, 0) + 1
                break
    if letters < 2 or not counts:
        return None
    # Kanji with any kana is Japanese.
    if "ja" in counts and "zh" in counts:
        counts["ja"] += counts.pop("zh")
    code, count = max(counts.items(), key=lambda item: item[1])
    share = count / letters
    if share < 0.5:
        return None
    for refined, marks in _SCRIPT_REFINEMENTS.get(code, ()):
        if marks and any(m in text for m in marks):
            code = refined
            break
    return code, round(share, 4)


# Latin-script languages the desk's detector (agents.language: seven languages) cannot name: a Polish or
# Turkish message reads as "English, not sure" there. Letters that none of the seven use name them
# instead, when the detector is unsure: cheap, and wrong only for a message in one of the seven that
# quotes a foreign name, which the detector then reads with confidence anyway. (A second lingua
# detector over 26 languages was tried: 3.8 s to load, and in its fast mode it read "do you take
# paypal?" as Danish with 0.97 confidence.) Languages without letters of their own (Finnish,
# Hungarian without ő/ű, Romanian typed without diacritics) stay unrecognised: the default language.
_OWN_LETTERS: tuple[tuple[str, str], ...] = (
    ("pl", "ąęłńśźżĄĘŁŃŚŹŻ"),
    ("tr", "ğışİĞŞ"),  # ş with a cedilla: Romanian writes ș with a comma below
    ("cs", "ěřůĚŘŮ"),
    ("sk", "ľĺŕĽĹŔ"),
    ("ro", "ășțţĂȘȚŢ"),
    ("hu", "őűŐŰ"),
    ("da", "æøÆØ"),  # Danish or Norwegian: both get the same (English) answer
    ("sv", "åÅ"),  # Swedish, or Norwegian / Danish without æ or ø
    ("is", "ðþÐÞ"),
    ("hr", "đĐ"),
    ("lt", "ėįųĖĮŲ"),
    ("lv", "āēīūļņķģĀĒĪŪĻŅĶĢ"),
    ("vi", "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹƠƯ"),
    ("eo", "ĉĝĥĵŝŭĈĜĤĴŜŬ"),
)
_OWN_LETTER_LANGUAGE = {char: code for code, chars in _OWN_LETTERS for char in chars}
#: fewer letters than this and a Latin-script message is too short to refuse for its language ("ok")
MIN_LETTERS = 4
#: below this the detector's guess is a guess (its scores run 0..2: lingua's confidence + hint share)
MIN_CONFIDENCE = 0.5
#: what a message with nothing to go on is read as: the desk's main language (agents.language's default)
DEFAULT_LANGUAGE = "en"


def own_letters_language(text: str) -> tuple[str, float] | None:
    """(language, confidence) from letters that belong to a Latin-script language outside the seven."""
    counts: dict[str, int] = {}
    for char in text:
        code = _OWN_LETTER_LANGUAGE.get(char)
        if code:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    code, count = max(counts.items(), key=lambda item: item[1])
    return code, min(1.0, 0.6 + 0.2 * count)


def _language_guess(subject: Subject) -> Any:
    """The desk detector's guess for the subject's text (computed once: two checks ask)."""
    return _detect_language(subject.text)


@lru_cache(maxsize=256)
def _detect_language(text: str) -> Any:
    from agents.language import detect_language

    return detect_language(text)


def identify_language(subject: Subject) -> tuple[str, float, str]:
    """(language code, confidence 0..1, method) for the subject's text; the method is "script",
    "letters", "lingua+hints", "hints" or "default" (nothing to go on: the desk's default language)."""
    by_script = script_language(subject.text)
    if by_script is not None:
        return by_script[0], by_script[1], "script"
    guess = _language_guess(subject)
    if guess.method == "default" or guess.score < 1.2:
        other = own_letters_language(subject.text)
        if other is not None:
            return other[0], other[1], "letters"
    if guess.method != "default" and guess.score < MIN_CONFIDENCE:
        # Keyboard mash comes out "Spanish, 0.31": a refusal is better read in the default language.
        return DEFAULT_LANGUAGE, round(guess.score, 4), "default"
    return guess.code, round(min(1.0, guess.score), 4), guess.method


class LanguageCheck:
    """The customer's language, always noted on the subject (`subject.language`, and the confidence in
    `subject.notes["language_confidence"]`) for later checks and the refusal message; fires when the
    agent limits its languages (`allowed`) and the message is surely in another one. Short texts with
    nothing to go on ("ok", "1234") take the default language and never fire."""

    name = "language"
    default_threshold = 0.5
    default_action = Verdict.REFUSE

    def __init__(self, allowed: tuple[str, ...] = (), action: str = "refuse") -> None:
        self.allowed = tuple(code.lower() for code in allowed)
        self.default_action = action

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        code, confidence, method = identify_language(subject)
        subject.language = code
        subject.notes["language_confidence"] = confidence
        subject.notes["language_method"] = method
        detail = {"language": code, "confidence": confidence, "method": method}
        enough = method == "script" or sum(c.isalpha() for c in subject.text) >= MIN_LETTERS
        outside = bool(self.allowed) and method != "default" and enough and code not in self.allowed
        score = confidence if outside else 0.0
        reason = (
            f"written in {code} ({method}, {confidence:.2f}); allowed: {', '.join(self.allowed)}"
            if outside
            else ""
        )
        return _result(self, config, score, reason, detail, started)


def warm_up() -> None:
    """Load what the checks load on first use (the language detector's models: ~2 s; the word lists),
    so the first customer does not wait for it. Call once per process, e.g. when a guard is built."""
    from agents.guards.normalise import warm_up as warm_up_normalise

    warm_up_normalise()
    _known_words()
    _detect_language("warm up the language detector")
