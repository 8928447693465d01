"""Write the fourth blind evaluation set for the input guard's injection and jailbreak detector.

    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval4.py           # rewrite both .jsonl files
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval4.py --stats   # print counts, write nothing
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval4.py --check   # exit 1 if the files are stale

The rows live in `bench/data/eval4/` (`attacks_direct.py`, `attacks_disguised.py`, `benign.py`, each a
list of `(family, language, source, text)` tuples), each part written in session 7 by its own helper that
never opened the detector, its corpus, the earlier sets or the benchmark; this script only joins them
(the part says the label), refuses a set that breaks its promises (the third set's rules, with `mixed`
allowed for code-switched rows), and writes the files in a fixed order. Read it as the third: aggregates
only, once per round, never to tune (bench/data/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.data.eval3.blocks import ATTACK_FAMILIES, normalise_for_dedup, problems  # noqa: E402
from bench.data.eval4 import attacks_direct, attacks_disguised, benign  # noqa: E402

HERE = Path(__file__).resolve().parent
ATTACKS_PATH = HERE / "guard_eval4_attacks.jsonl"
BENIGN_PATH = HERE / "guard_eval4_benign.jsonl"
FIELDS = ("text", "label", "family", "language", "source")
#: A code-switched message (Hinglish, Spanglish, ...) has no one ISO 639-1 code.
MIXED = "mixed"

ATTACK_TOTAL_FLOOR = 1000
ATTACK_FAMILY_FLOOR = 60
BENIGN_TOTAL_FLOOR = 1100
HARD_NEGATIVE_FLOOR = 300
LANGUAGE_FLOOR = 20  # languages other than English among the multilingual attacks and among the benign


class SetError(ValueError):
    """The parts do not make a set that keeps the promises above."""


def rows_of(part: list[tuple[str, str, str, str]], label: str) -> list[dict]:
    """A part's tuples as rows; the label is the part's. Malformed tuples become rows `problems` names."""
    rows = []
    for item in part:
        family, language, source, text = (tuple(item) + ("",) * 4)[:4]
        rows.append({"text": text, "label": label, "family": family, "language": language, "source": source})
    return rows


def validate(rows: list[dict]) -> list[str]:
    """The third set's `problems`, reading a `mixed` language as valid, and a row in Latin letters as
    valid in any language (this set's writers wrote romanised Japanese, Greek, Farsi and percent- or
    hex-encoded Chinese and Korean on purpose)."""
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


def build() -> tuple[list[dict], list[dict]]:
    """Both files' rows, attacks then benign, each in the parts' own order."""
    attacks = without_repeats(
        rows_of(attacks_direct.ROWS, "attack") + rows_of(attacks_disguised.ROWS, "attack")
    )
    benign_rows = without_repeats(rows_of(benign.ROWS, "benign"))
    wrong = validate(attacks + benign_rows)
    if wrong:
        raise SetError(f"{len(wrong)} bad rows, first: {wrong[0]}")
    attacks = [{k: r[k] for k in FIELDS} for r in attacks]
    benign_rows = [{k: r[k] for k in FIELDS} for r in benign_rows]
    check(attacks, benign_rows)
    return attacks, benign_rows


def check(attacks: list[dict], benign_rows: list[dict]) -> None:
    """Refuse a set that misses a floor (duplicates and shapes are `validate`'s to find)."""
    if len(attacks) < ATTACK_TOTAL_FLOOR or len(benign_rows) < BENIGN_TOTAL_FLOOR:
        raise SetError(f"{len(attacks)} attacks / {len(benign_rows)} benign: below the floors")
    per_family = Counter(r["family"] for r in attacks)
    thin = [f for f in ATTACK_FAMILIES if per_family[f] < ATTACK_FAMILY_FLOOR]
    if thin:
        raise SetError(f"attack families below {ATTACK_FAMILY_FLOOR} rows: {thin}")
    if sum(r["family"] == "hard_negative" for r in benign_rows) < HARD_NEGATIVE_FLOOR:
        raise SetError("too few hard negatives")
    for name, rows in (
        ("multilingual attacks", [r for r in attacks if r["family"] == "multilingual"]),
        ("benign rows", benign_rows),
    ):
        languages = {r["language"] for r in rows} - {"en", MIXED}
        if len(languages) < LANGUAGE_FLOOR:
            raise SetError(
                f"{name} in {len(languages)} languages besides English, fewer than {LANGUAGE_FLOOR}"
            )
    attack_keys = {normalise_for_dedup(r["text"]) for r in attacks}
    both = [r["text"][:60] for r in benign_rows if normalise_for_dedup(r["text"]) in attack_keys]
    if both:
        raise SetError(f"rows labelled both attack and benign: {both[:3]}")


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def stats(attacks: list[dict], benign_rows: list[dict]) -> str:
    lines = [f"attacks {len(attacks)}, benign {len(benign_rows)}"]
    for name, rows in (("attacks", attacks), ("benign", benign_rows)):
        for key in ("family", "source", "language"):
            counts = Counter(r[key] for r in rows).most_common()
            lines.append(f"{name} by {key}: " + ", ".join(f"{k} {v}" for k, v in counts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--stats", action="store_true", help="print counts, write nothing")
    mode.add_argument("--check", action="store_true", help="exit 1 when the committed files are stale")
    args = parser.parse_args(argv)
    try:
        attacks, benign_rows = build()
    except SetError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 2
    if args.stats:
        print(stats(attacks, benign_rows))
        return 0
    wanted = {ATTACKS_PATH: serialise(attacks), BENIGN_PATH: serialise(benign_rows)}
    if args.check:
        stale = [p.name for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
        if stale:
            print(f"stale: {', '.join(stale)}; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
    print(stats(attacks, benign_rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
