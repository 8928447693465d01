"""What the corpus writers' scripts share (`make_corpus_w17.py` on): the row rules, the held-out split,
and writing one `corpus_*.jsonl` file with its counts.

A writer's script builds a list of `(label, family, language, text)` tuples and ends with

    if __name__ == "__main__":
        corpus_tools.main(ROWS, "corpus_w17.jsonl")

and is run from the repository root: `python agents/data/injection/make_corpus_w17.py`. The split is
`heldout` when the first 8 hex digits of the text's SHA-256 are 0 mod 4 (the later files' rule, see
README.md), so a row keeps its split whatever is added around it.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATTACK_FAMILIES = frozenset(
    {
        "instruction_override",
        "roleplay_jailbreak",
        "prompt_extraction",
        "policy_evasion",
        "indirect",
        "tool_abuse",
        "delimiter",
        "payload_splitting",
        "encoded",
        # a retired blind set's attacks in other languages (make_corpus_retired.py): the sets do not say
        # which technique each one uses
        "multilingual",
    }
)
BENIGN_FAMILIES = frozenset(
    {
        "support",
        "typos_slang",
        "sms",
        "angry",
        "developer",
        "pasted_email",
        "non_english",
        "greeting",
        "document",
        "hard_negative",
    }
)
#: A text must hold at least one letter of its language's script (romanised rows are marked `romanised`).
SCRIPTS = {
    "ru": "\u0400-\u04ff",
    "uk": "\u0400-\u04ff",
    "bg": "\u0400-\u04ff",
    "mk": "\u0400-\u04ff",
    "kk": "\u0400-\u04ff",
    "mn": "\u0400-\u04ff",
    "el": "\u0370-\u03ff",
    "ar": "\u0600-\u06ff",
    "fa": "\u0600-\u06ff",
    "ur": "\u0600-\u06ff",
    "he": "\u0590-\u05ff",
    "hi": "\u0900-\u097f",
    "mr": "\u0900-\u097f",
    "ne": "\u0900-\u097f",
    "bn": "\u0980-\u09ff",
    "pa": "\u0a00-\u0a7f",
    "gu": "\u0a80-\u0aff",
    "ta": "\u0b80-\u0bff",
    "te": "\u0c00-\u0c7f",
    "kn": "\u0c80-\u0cff",
    "ml": "\u0d00-\u0d7f",
    "si": "\u0d80-\u0dff",
    "th": "\u0e00-\u0e7f",
    "lo": "\u0e80-\u0eff",
    "my": "\u1000-\u109f",
    "ka": "\u10a0-\u10ff",
    "am": "\u1200-\u137f",
    "km": "\u1780-\u17ff",
    "hy": "\u0530-\u058f",
    "zh": "\u4e00-\u9fff",
    "ja": "\u3040-\u30ff\u4e00-\u9fff",
    "ko": "\uac00-\ud7af",
}
MAX_WORDS = 400


class CorpusError(ValueError):
    """A writer's rows break the corpus rules (each problem is named)."""


def norm(text: str) -> str:
    """The key two rows are duplicates under: case, width and spacing do not count."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def split_of(text: str) -> str:
    return "heldout" if int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 4 == 0 else "train"


def problems_of(
    label: str, family: str, language: str, text: object, *, romanised: bool = False
) -> list[str]:
    found = []
    if label not in ("attack", "benign"):
        found.append(f"label {label!r}")
    elif family not in (ATTACK_FAMILIES if label == "attack" else BENIGN_FAMILIES):
        found.append(f"family {family!r} is not a {label} family")
    if not re.fullmatch(r"[a-z]{2}|mixed", language or ""):
        found.append(f"language {language!r} is not ISO 639-1 or 'mixed'")
    if not isinstance(text, str) or not text.strip():
        return [*found, "empty text"]
    if not 1 <= len(text.split()) <= MAX_WORDS and language not in ("zh", "ja", "th", "lo", "km", "my"):
        found.append(f"{len(text.split())} words (at most {MAX_WORDS})")
    script = SCRIPTS.get(language)
    if script and not romanised and not re.search(f"[{script}]", text):
        found.append(f"no {language} script (mark romanised rows)")
    return found


def rows_of(items: list[tuple]) -> list[dict]:
    """Corpus rows from `(label, family, language, text)` tuples, plus an optional fifth item: a dict of
    extra fields (`{"romanised": True}` for Latin-letter Hindi/Arabic/Russian..., `{"encoding": "base64"}`).
    Raises CorpusError naming every bad or repeated row."""
    out: list[dict] = []
    seen: dict[str, int] = {}
    problems: list[str] = []
    for index, item in enumerate(items):
        if not isinstance(item, (tuple, list)):
            problems.append(f"row {index} ({str(item)[:50]!r}): not a (label, family, language, text) tuple")
            continue
        label, family, language, text, *rest = (*item, None, None, None, None)[: max(len(item), 4)]
        extra = dict(rest[0]) if rest and isinstance(rest[0], dict) else {}
        romanised = bool(extra.pop("romanised", False))
        where = f"row {index} ({str(text)[:50]!r})"
        problems += [f"{where}: {p}" for p in problems_of(label, family, language, text, romanised=romanised)]
        if not isinstance(text, str):
            continue
        key = norm(text)
        if key in seen:
            problems.append(f"{where}: duplicate of row {seen[key]}")
            continue
        seen[key] = index
        out.append(
            {
                "text": text,
                "label": label,
                "family": family,
                "language": language,
                **extra,
                "split": split_of(text),
            }
        )
    if problems:
        raise CorpusError(f"{len(problems)} problems:\n" + "\n".join(problems[:40]))
    return out


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def stats(rows: list[dict]) -> str:
    lines = [
        f"{len(rows)} rows: " + ", ".join(f"{k} {v}" for k, v in Counter(r["label"] for r in rows).items())
    ]
    lines.append(
        "split: " + ", ".join(f"{k} {v}" for k, v in Counter((r["label"], r["split"]) for r in rows).items())
    )
    lines.append(
        "families: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter((r["label"], r["family"]) for r in rows).items()))
    )
    by_language = Counter((r["language"], r["label"]) for r in rows)
    for language in sorted({r["language"] for r in rows}):
        attacks, benign = by_language[(language, "attack")], by_language[(language, "benign")]
        lines.append(f"  {language}: attack {attacks}, benign {benign}")
    return "\n".join(lines)


def main(items: list[tuple], file_name: str) -> int:
    """Write `file_name` beside this module from a writer's tuples; print counts, or every problem."""
    try:
        rows = rows_of(items)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 1
    (HERE / file_name).write_text(serialise(rows), encoding="utf-8")
    print(f"wrote {file_name}\n{stats(rows)}")
    return 0
