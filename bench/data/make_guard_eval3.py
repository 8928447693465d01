"""Write the third blind evaluation set for the input guard's injection and jailbreak detector.

    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval3.py           # rewrite both .jsonl files
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval3.py --stats   # print counts, write nothing
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval3.py --check   # exit 1 if the files are stale

The rows live in `bench/data/eval3/` (`attacks_direct.py`, `attacks_disguised.py`, `benign.py`), each
part written by its own helper session that never opened the detector, its corpus, the earlier sets or
the benchmark; `bench/data/evalsets.py` joins them, refuses a set that breaks its promises, and writes the
files in a fixed order. See bench/data/README.md for the rule on reading it (aggregates only, once per round).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.data.eval3 import attacks_direct, attacks_disguised, benign  # noqa: E402
from bench.data.eval3.blocks import problems  # noqa: E402
from bench.data.evalsets import BlindSet, Floors, SetError  # noqa: E402


def read_parts() -> tuple[list[dict], list[dict]]:
    """The block-format parts carry their own labels (and an encoded row its technique)."""
    rows = attacks_direct.ROWS + attacks_disguised.ROWS + benign.ROWS
    wrong = problems(rows)
    if wrong:
        raise SetError(f"{len(wrong)} bad rows, first: {wrong[0]}")
    return [r for r in rows if r["label"] == "attack"], [r for r in rows if r["label"] == "benign"]


SET = BlindSet(
    name="guard_eval3",
    read_parts=read_parts,
    floors=Floors(attacks=800, per_family=50, benign=900, hard_negatives=200, languages=15),
    fields=("text", "label", "family", "language", "source", "technique"),
)

if __name__ == "__main__":
    sys.exit(SET.main(description=__doc__.split("\n")[0]))
