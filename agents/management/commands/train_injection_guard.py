"""Rebuild the injection classifier's shipped weights from its corpus.

    python manage.py train_injection_guard            # writes agents/data/injection/weights.npz
    python manage.py train_injection_guard --check    # exits 1 when the shipped weights are stale

Deterministic: the same corpus gives the same file contents (hashed features, lbfgs from zeros, folds
by a hash of each text), so a diff of the weights always means a diff of the corpus or of the code.
It learns from the corpus's `split == "train"` rows only; the held-out rows are for
bench/guard_quality.py. Prints the threshold it chose and the cross-validated figures behind it;
`agents.guards.injection.CALIBRATED_THRESHOLD` must be set to the same value (a test checks).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from django.core.management.base import BaseCommand, CommandError, CommandParser

from agents.guards import injection


class Command(BaseCommand):
    help = "Rebuild agents/data/injection/weights.npz from the injection corpus."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--corpus",
            default=None,
            help="one corpus file (default: every agents/data/injection/corpus*.jsonl)",
        )
        parser.add_argument("--out", default=str(injection.WEIGHTS_PATH))
        parser.add_argument(
            "--check", action="store_true", help="compare with the shipped weights instead of writing"
        )

    def handle(self, *args: object, **options: object) -> None:
        corpus = Path(str(options["corpus"])) if options["corpus"] else None
        out = Path(str(options["out"]))
        started = time.perf_counter()
        weights = injection.build_weights(corpus)
        elapsed = time.perf_counter() - started
        scores, labels = weights["cv_scores"], weights["cv_labels"]
        threshold = float(weights["threshold"])
        attacks, benign = scores[labels == 1], scores[labels == 0]
        self.stdout.write(
            f"trained on {len(labels)} rows ({int(labels.sum())} attacks, {len(benign)} benign), "
            f"{len(weights['indices'])} non-zero weights, in {elapsed:.1f} s"
        )
        families = np.array([r["family"] for r in injection.training_rows(injection.read_corpus(corpus))])
        hard = (labels == 0) & (families == "hard_negative")
        ordinary = (labels == 0) & ~hard & ~np.isin(families, list(injection.UNBUDGETED_FAMILIES))
        self.stdout.write(
            f"  (false positives: all benign / ordinary, budget {injection.FP_BUDGET} / hard negatives, "
            f"budget {injection.HARD_NEGATIVE_FP_BUDGET})"
        )
        grid = {0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, threshold}
        for candidate in sorted(grid):
            self.stdout.write(
                f"  threshold {candidate:.2f}: cross-validated recall {np.mean(attacks >= candidate):.3f}, "
                f"false positives {np.mean(benign >= candidate):.4f} / "
                f"{np.mean(scores[ordinary] >= candidate):.4f} / {np.mean(scores[hard] >= candidate):.4f}"
                + ("   <- chosen" if candidate == threshold else "")
            )
        if threshold != injection.CALIBRATED_THRESHOLD:
            self.stdout.write(
                self.style.WARNING(
                    f"set agents.guards.injection.CALIBRATED_THRESHOLD = {threshold} (it is "
                    f"{injection.CALIBRATED_THRESHOLD})"
                )
            )
        if options["check"]:
            if not out.exists():
                raise CommandError(f"{out} does not exist")
            with np.load(out, allow_pickle=False) as shipped:
                same = all(np.array_equal(shipped[key], value) for key, value in weights.items())
            if not same:
                raise CommandError(f"{out} is stale: run `manage.py train_injection_guard`")
            self.stdout.write(self.style.SUCCESS(f"{out} matches the corpus"))
            return
        injection.write_weights(weights, out)
        injection.reset_model()
        self.stdout.write(self.style.SUCCESS(f"wrote {out}"))
