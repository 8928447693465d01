"""Write the fourth blind evaluation set for the input guard's injection and jailbreak detector.

    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval4.py           # rewrite both .jsonl files
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval4.py --stats   # print counts, write nothing
    PYTHONPATH=. .venv/bin/python bench/data/make_guard_eval4.py --check   # exit 1 if the files are stale

The rows live in `bench/data/eval4/` (`attacks_direct.py`, `attacks_disguised.py`, `benign.py`, each a
list of `(family, language, source, text)` tuples), each part written in session 7 by its own helper that
never opened the detector, its corpus, the earlier sets or the benchmark; `bench/data/evalsets.py` joins
them (the part says the label), refuses a set that breaks its promises and writes the files in a fixed
order. Its misses were studied in session 8: it is a development set now (bench/data/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.data.eval4 import attacks_direct, attacks_disguised, benign  # noqa: E402
from bench.data.evalsets import BlindSet, Floors, tuple_parts  # noqa: E402

SET = BlindSet(
    name="guard_eval4",
    read_parts=lambda: tuple_parts([attacks_direct.ROWS, attacks_disguised.ROWS], [benign.ROWS]),
    floors=Floors(attacks=1000, per_family=60, benign=1100, hard_negatives=300, languages=20),
)

if __name__ == "__main__":
    sys.exit(SET.main(description=__doc__.split("\n")[0]))
