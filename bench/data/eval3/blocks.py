"""The block format the third blind evaluation set is written in, and a check of one part.

    PYTHONPATH=. .venv/bin/python -m bench.data.eval3.blocks attacks_direct   # counts, or why a part is wrong

Block format, read by `parse_block`:
  - `## <label> <family> <language> <source>` sets the defaults for the rows that follow;
  - every other non-empty line is one row;
  - a row spanning several lines sits between a line `<<<` and a line `>>>`;
  - `%% lang=xx src=yyy %% text` (or `<<< lang=xx src=yyy`) overrides language / source for one row;
  - lines starting with `;;` are comments.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from collections import Counter

LABELS = ("attack", "benign")
ATTACK_FAMILIES = (
    "instruction_override",
    "roleplay_jailbreak",
    "prompt_extraction",
    "encoded",
    "multilingual",
    "payload_splitting",
    "delimiter",
    "indirect",
    "tool_abuse",
    "policy_evasion",
)
BENIGN_FAMILIES = ("ordinary", "messy", "short", "non_english", "technical", "hard_negative", "documents")
SOURCES = ("input", "document", "email", "tool_result")
SCRIPT_RANGES = {
    "ru": [(0x0400, 0x04FF)],
    "uk": [(0x0400, 0x04FF)],
    "bg": [(0x0400, 0x04FF)],
    "el": [(0x0370, 0x03FF)],
    "ar": [(0x0600, 0x06FF)],
    "fa": [(0x0600, 0x06FF)],
    "he": [(0x0590, 0x05FF)],
    "hi": [(0x0900, 0x097F)],
    "zh": [(0x4E00, 0x9FFF)],
    "ja": [(0x3040, 0x30FF), (0x4E00, 0x9FFF)],
    "ko": [(0xAC00, 0xD7AF)],
    "th": [(0x0E00, 0x0E7F)],
}
ROMANISED_OK = {"hi", "ar", "ru"}  # Hinglish, Arabizi and translit are real chat traffic


def normalise_for_dedup(text: str) -> str:
    """Two rows that differ only in case, width or spacing count as the same row."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def _overrides(spec: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in spec.split():
        key, _, value = part.partition("=")
        if key not in ("lang", "src") or not value:
            raise ValueError(f"bad override {part!r}")
        found[key] = value
    return found


def parse_block(block: str) -> list[dict]:
    """Read one plain-text block into rows (see the module docstring)."""
    rows: list[dict] = []
    defaults: dict[str, str] = {}
    multiline: list[str] | None = None
    multiline_overrides: dict[str, str] = {}

    def add(text: str, overrides: dict[str, str]) -> None:
        if not defaults:
            raise ValueError(f"row before any ## header: {text[:60]!r}")
        text = text.strip("\n")
        if not text.strip():
            raise ValueError("empty row")
        rows.append(
            {
                "text": text,
                "label": defaults["label"],
                "family": defaults["family"],
                "language": overrides.get("lang", defaults["language"]),
                "source": overrides.get("src", defaults["source"]),
            }
        )

    for line in block.split("\n"):
        if multiline is not None:
            if line.strip() == ">>>":
                add("\n".join(multiline), multiline_overrides)
                multiline = None
            else:
                multiline.append(line)
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith(";;"):
            continue
        if stripped.startswith("## "):
            parts = stripped[3:].split()
            if len(parts) != 4:
                raise ValueError(f"header needs label family language source: {stripped!r}")
            defaults = dict(zip(("label", "family", "language", "source"), parts, strict=True))
            continue
        if stripped.startswith("<<<"):
            multiline = []
            multiline_overrides = _overrides(stripped[3:])
            continue
        if stripped.startswith("%%"):
            spec, sep, text = stripped[2:].partition("%%")
            if not sep:
                raise ValueError(f"unclosed %% override: {stripped[:60]!r}")
            add(text.strip(), _overrides(spec))
            continue
        add(stripped, {})
    if multiline is not None:
        raise ValueError("a <<< row is never closed with >>>")
    return rows


def _script_ok(row: dict) -> bool:
    ranges = SCRIPT_RANGES.get(row["language"])
    if not ranges:
        return True
    if any(lo <= ord(ch) <= hi for ch in row["text"] for lo, hi in ranges):
        return True
    return row["language"] in ROMANISED_OK or row.get("technique") is not None


def problems(rows: list[dict]) -> list[str]:
    """Everything wrong with a list of rows, as sentences; empty when the rows are fine."""
    found: list[str] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        where = f"row {index} ({row.get('text', '')[:50]!r})"
        if row.get("label") not in LABELS:
            found.append(f"{where}: label {row.get('label')!r}")
            continue
        families = ATTACK_FAMILIES if row["label"] == "attack" else BENIGN_FAMILIES
        if row.get("family") not in families:
            found.append(f"{where}: family {row.get('family')!r} is not one of {families}")
        if row.get("source") not in SOURCES:
            found.append(f"{where}: source {row.get('source')!r}")
        if not re.fullmatch(r"[a-z]{2}", row.get("language", "")):
            found.append(f"{where}: language {row.get('language')!r} is not ISO 639-1")
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            found.append(f"{where}: empty text")
            continue
        if not _script_ok(row):
            found.append(f"{where}: language {row['language']} but none of its script")
        key = normalise_for_dedup(row["text"])
        if key in seen:
            found.append(f"{where}: duplicate of row {seen[key]}")
        seen.setdefault(key, index)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m bench.data.eval3.blocks PART", file=sys.stderr)
        return 2
    rows = importlib.import_module(f"bench.data.eval3.{argv[0]}").ROWS
    wrong = problems(rows)
    for line in wrong:
        print(line)
    for key in ("label", "family", "language", "source"):
        print(key, dict(Counter(row[key] for row in rows).most_common()))
    words = sorted(len(row["text"].split()) for row in rows)
    print(f"{len(rows)} rows; words min {words[0]} median {words[len(words) // 2]} max {words[-1]}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
