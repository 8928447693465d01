"""What every blind evaluation set of the injection detector shares: join its parts, refuse a set that
breaks its promises, write the two JSON-lines files in a fixed order, print counts.

A set is one `BlindSet` (its parts, files and floors); `make_guard_evalN.py` declares it and calls
`main`. A writer checks one part while writing it, without building the whole set:

    PYTHONPATH=. .venv/bin/python -m bench.data.evalsets bench.data.eval5.benign benign

Sets from the fourth on are lists of `(family, language, source, text)` tuples, one list per part, the
label being the part's; the third set is written in the block format (`eval3/blocks.py`) and brings its
own reader.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.data.eval3.blocks import ATTACK_FAMILIES, normalise_for_dedup, problems  # noqa: E402

HERE = Path(__file__).resolve().parent
#: A code-switched message (Hinglish, Spanglish, ...) has no one ISO 639-1 code.
MIXED = "mixed"
TUPLE_FIELDS = ("text", "label", "family", "language", "source")


class SetError(ValueError):
    """The parts do not make a set that keeps its promises."""


@dataclass(frozen=True)
class Floors:
    attacks: int
    per_family: int
    benign: int
    hard_negatives: int
    #: languages other than English among the multilingual attacks and among the benign rows
    languages: int


def rows_of(part: list[tuple[str, str, str, str]], label: str) -> list[dict]:
    """A part's tuples as rows; the label is the part's. Malformed tuples become rows `validate` names."""
    rows = []
    for item in part:
        family, language, source, text = (tuple(item) + ("",) * 4)[:4]
        rows.append({"text": text, "label": label, "family": family, "language": language, "source": source})
    return rows


def validate(rows: list[dict]) -> list[str]:
    """The third set's `problems`, reading a `mixed` language as valid, and a row in Latin letters as
    valid in any language (writers write romanised Japanese, Greek or Farsi and percent- or hex-encoded
    Chinese and Korean on purpose)."""
    as_checked = [{**r, "language": "en"} if r.get("language") == MIXED else r for r in rows]
    return [p for p in problems(as_checked) if not p.endswith("but none of its script")]


def without_repeats(rows: list[dict]) -> list[dict]:
    """The rows minus later copies of a text (after the dedup normalisation: a message in circled letters
    is the plain message once NFKC has read it)."""
    seen: set[str] = set()
    kept = []
    for row in rows:
        key = normalise_for_dedup(row["text"]) if isinstance(row.get("text"), str) else repr(row)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def tuple_parts(attack_parts: list[list], benign_parts: list[list]) -> tuple[list[dict], list[dict]]:
    """Rows of sets written as tuple lists, repeats dropped, refused when a row is malformed."""
    attacks = without_repeats([row for part in attack_parts for row in rows_of(part, "attack")])
    benign_rows = without_repeats([row for part in benign_parts for row in rows_of(part, "benign")])
    wrong = validate(attacks + benign_rows)
    if wrong:
        raise SetError(f"{len(wrong)} bad rows, first: {wrong[0]}")
    return attacks, benign_rows


@dataclass(frozen=True)
class BlindSet:
    name: str
    #: returns (attacks, benign) rows, raising SetError when a part is malformed
    read_parts: Callable[[], tuple[list[dict], list[dict]]]
    floors: Floors
    fields: tuple[str, ...] = TUPLE_FIELDS

    @property
    def attacks_path(self) -> Path:
        return HERE / f"{self.name}_attacks.jsonl"

    @property
    def benign_path(self) -> Path:
        return HERE / f"{self.name}_benign.jsonl"

    def build(self) -> tuple[list[dict], list[dict]]:
        """Both files' rows, attacks then benign, each in the parts' own order."""
        attacks, benign_rows = self.read_parts()
        attacks = [self._clean(r) for r in attacks]
        benign_rows = [self._clean(r) for r in benign_rows]
        self.check(attacks, benign_rows)
        return attacks, benign_rows

    def _clean(self, row: dict) -> dict:
        return {key: row[key] for key in self.fields if row.get(key) is not None}

    def check(self, attacks: list[dict], benign_rows: list[dict]) -> None:
        """Refuse a set that misses a floor (duplicates and shapes are `validate`'s to find)."""
        floors = self.floors
        if len(attacks) < floors.attacks or len(benign_rows) < floors.benign:
            raise SetError(f"{len(attacks)} attacks / {len(benign_rows)} benign: below the floors")
        per_family = Counter(r["family"] for r in attacks)
        thin = [f for f in ATTACK_FAMILIES if per_family[f] < floors.per_family]
        if thin:
            raise SetError(f"attack families below {floors.per_family} rows: {thin}")
        if sum(r["family"] == "hard_negative" for r in benign_rows) < floors.hard_negatives:
            raise SetError("too few hard negatives")
        for name, rows in (
            ("multilingual attacks", [r for r in attacks if r["family"] == "multilingual"]),
            ("benign rows", benign_rows),
        ):
            languages = {r["language"] for r in rows} - {"en", MIXED}
            if len(languages) < floors.languages:
                raise SetError(
                    f"{name} in {len(languages)} languages besides English, fewer than {floors.languages}"
                )
        attack_keys = {normalise_for_dedup(r["text"]) for r in attacks}
        both = [r["text"][:60] for r in benign_rows if normalise_for_dedup(r["text"]) in attack_keys]
        if both:
            raise SetError(f"rows labelled both attack and benign: {both[:3]}")

    def main(self, argv: list[str] | None = None, description: str = "") -> int:
        parser = argparse.ArgumentParser(description=description or f"write {self.name}")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--stats", action="store_true", help="print counts, write nothing")
        mode.add_argument("--check", action="store_true", help="exit 1 when the committed files are stale")
        args = parser.parse_args(argv)
        try:
            attacks, benign_rows = self.build()
        except SetError as exc:
            print(f"refused: {exc}", file=sys.stderr)
            return 2
        if args.stats:
            print(stats(attacks, benign_rows))
            return 0
        wanted = {self.attacks_path: serialise(attacks), self.benign_path: serialise(benign_rows)}
        if args.check:
            stale = [p.name for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
            if stale:
                print(f"stale: {', '.join(stale)}; run make_{self.name}.py", file=sys.stderr)
                return 1
            return 0
        for path, text in wanted.items():
            path.write_text(text, encoding="utf-8")
        print(stats(attacks, benign_rows))
        return 0


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def stats(attacks: list[dict], benign_rows: list[dict]) -> str:
    lines = [f"attacks {len(attacks)}, benign {len(benign_rows)}"]
    for name, rows in (("attacks", attacks), ("benign", benign_rows)):
        for key in ("family", "source", "language"):
            counts = Counter(r[key] for r in rows).most_common()
            lines.append(f"{name} by {key}: " + ", ".join(f"{k} {v}" for k, v in counts))
    techniques = Counter(r["technique"] for r in attacks if "technique" in r).most_common()
    if techniques:
        lines.append("encoded by technique: " + ", ".join(f"{k} {v}" for k, v in techniques))
    return "\n".join(lines)


def check_part(module: str, label: str) -> int:
    """A writer's check of one tuple part: its problems, or its counts."""
    try:
        part = importlib.import_module(module).ROWS
    except Exception as exc:  # a writer's half-written file: say what broke, do not trace back
        print(f"{module} does not load: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    rows = rows_of(part, label)
    kept = without_repeats(rows)
    wrong = validate(kept)
    for problem in wrong[:20]:
        print(problem, file=sys.stderr)
    print(f"{len(rows)} rows, {len(rows) - len(kept)} repeats dropped, {len(wrong)} problems")
    for key in ("family", "source", "language"):
        counts = Counter(r[key] for r in kept).most_common()
        print(f"by {key}: " + ", ".join(f"{k} {v}" for k, v in counts))
    return 1 if wrong else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="check one part of a blind set written as tuples")
    parser.add_argument("module", help="e.g. bench.data.eval5.benign")
    parser.add_argument("label", choices=("attack", "benign"))
    cli = parser.parse_args()
    sys.exit(check_part(cli.module, cli.label))
