"""Write the eighth blind evaluation set for the input guard's injection and jailbreak detector.

    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval8.py           # rewrite both .jsonl files
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval8.py --stats   # print counts, write nothing
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval8.py --check   # exit 1 if the files are stale

The rows live in `bench/data/eval8/` (`attacks_direct.py`, `attacks_disguised.py`,
`attacks_multilingual.py`, `benign_customers.py`, `benign_hard.py`, each a list of `(family, language,
source, text)` tuples), written at the start of session 11 by five helpers that never opened the detector,
its corpus, the tests, the earlier sets or the benchmark; `bench/data/evalsets.py` joins them (the part says
the label), refuses a set that breaks its promises and writes the files in a fixed order. The honest unseen
set since session 11: aggregates only (bench/data/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.data.eval8 import (  # noqa: E402
    attacks_direct,
    attacks_disguised,
    attacks_multilingual,
    benign_customers,
    benign_hard,
)
from bench.data.evalsets import BlindSet, Floors, tuple_parts  # noqa: E402

SET = BlindSet(
    name="guard_eval8",
    read_parts=lambda: tuple_parts(
        [attacks_direct.ROWS, attacks_disguised.ROWS, attacks_multilingual.ROWS],
        [benign_customers.ROWS, benign_hard.ROWS],
    ),
    floors=Floors(attacks=2000, per_family=130, benign=2300, hard_negatives=550, languages=45),
)

if __name__ == "__main__":
    sys.exit(SET.main(description=__doc__.split("\n")[0]))
