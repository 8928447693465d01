"""Rebuild the injection check's shipped weights from its corpus: the n-gram classifier and the semantic
layer (multilingual sentence embedding + a one-hidden-layer network + stacker).

    python manage.py train_injection_guard            # writes agents/data/injection/{weights,semantic}.npz
    python manage.py train_injection_guard --check    # exits 1 when the shipped files are stale

Deterministic: the same corpus gives the same file contents (hashed features, liblinear and the network
with fixed seeds, folds by a hash of each text), so a diff of the weights means a diff of the corpus or
of the code. Sums depend on how the CPU adds, so training runs in one numeric environment wherever it
runs (`TRAINING_ENVIRONMENT`; the command restarts itself in it): one BLAS thread, OpenBLAS's Haswell
kernels and numpy's AVX2 loops at most, which every x86-64 host of the last ten years has. Without it
a developer's machine and CI on another CPU built weights that disagreed on 1% of the cross-validated
decisions (session 11). About six minutes for 27,000 rows: the n-gram model's folds most of it,
embedding every row's best window about a minute and a half, the network's six fits about a minute.
It learns from the corpus's `split == "train"` rows only; the held-out rows are for
bench/guard_quality.py. Prints the threshold and band it chose and the cross-validated figures behind
them; `agents.guards.injection.CALIBRATED_THRESHOLD` must be set to the same threshold (a test checks).
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
from django.core.management.base import BaseCommand, CommandError, CommandParser

from agents.guards import injection

#: Read by OpenBLAS and numpy when they load, so set before the process starts (the command re-executes
#: itself with them when they are missing). Kernels every x86-64 host since 2013 has: a wider one (AVX-512)
#: adds in another order, and the weak regularisation the detector needs lets that show.
#: (Other architectures get the one thread only: they add in their own order anyway.)
TRAINING_ENVIRONMENT = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    **(
        {"OPENBLAS_CORETYPE": "Haswell", "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR"}
        if platform.machine().lower() in {"x86_64", "amd64"}
        else {}
    ),
}


def in_training_environment() -> bool:
    return all(os.environ.get(name) == value for name, value in TRAINING_ENVIRONMENT.items())


class Command(BaseCommand):
    help = "Rebuild agents/data/injection/weights.npz and semantic.npz from the injection corpus."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--corpus",
            default=None,
            help="one corpus file (default: every agents/data/injection/corpus*.jsonl)",
        )
        parser.add_argument("--out", default=str(injection.WEIGHTS_PATH), help="the classifier's file")
        parser.add_argument(
            "--semantic-out", default=str(injection.SEMANTIC_PATH), help="the semantic layer's file"
        )
        parser.add_argument(
            "--check", action="store_true", help="compare with the shipped files instead of writing"
        )

    def handle(self, *args: object, **options: object) -> None:
        if not in_training_environment():
            self._restart_in_training_environment()
        corpus = Path(str(options["corpus"])) if options["corpus"] else None
        if corpus is not None and not corpus.is_file():
            raise CommandError(f"{corpus} is not a file")
        outputs = {"weights": Path(str(options["out"])), "semantic": Path(str(options["semantic_out"]))}
        started = time.perf_counter()
        built = injection.build(corpus)
        elapsed = time.perf_counter() - started
        weights, semantic = built["weights"], built["semantic"]
        self._report(corpus, weights, semantic, elapsed)
        if options["check"]:
            stale = []
            for name, out in outputs.items():
                if not out.exists():
                    raise CommandError(f"{out} does not exist")
                with np.load(out, allow_pickle=False) as shipped:
                    same = set(shipped.files) == set(built[name]) and all(
                        np.array_equal(shipped[key], value) for key, value in built[name].items()
                    )
                if not same:
                    stale.append(str(out))
            if stale:
                raise CommandError(f"{', '.join(stale)} stale: run `manage.py train_injection_guard`")
            self.stdout.write(self.style.SUCCESS("the shipped weights match the corpus"))
            return
        injection.write_weights(weights, outputs["weights"])
        injection.write_semantic(semantic, outputs["semantic"])
        injection.reset_model()
        self.stdout.write(self.style.SUCCESS(f"wrote {outputs['weights']} and {outputs['semantic']}"))

    def _restart_in_training_environment(self) -> None:
        """Run again, as the same command line, in TRAINING_ENVIRONMENT. Only when this process was started
        for this command (`manage.py train_injection_guard ...`): called from other code, replacing the
        process would end the caller, so it says what the weights may differ by and goes on."""
        started_for_this = sys.argv[0].endswith("manage.py") and sys.argv[1:2] == ["train_injection_guard"]
        if started_for_this:
            self.stderr.write("restarting in the training environment (one thread, AVX2 kernels)")
            self.stderr.flush()
            self.stdout.flush()
            # The same interpreter and arguments this process was started with: nothing from outside.
            os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, **TRAINING_ENVIRONMENT})  # noqa: S606
        self.stderr.write(
            self.style.WARNING(
                "not in the training environment (run it as `manage.py train_injection_guard`): the "
                "weights may differ in their last bits from the ones another machine builds"
            )
        )

    def _report(self, corpus: Path | None, weights: dict, semantic: dict, elapsed: float) -> None:
        scores, labels = weights["cv_scores"], weights["cv_labels"]
        ngram = semantic["cv_ngram"]
        threshold = float(weights["threshold"])
        band_low = float(semantic["band_low"])
        self.stdout.write(
            f"trained on {len(labels)} rows ({int(labels.sum())} attacks, {int((labels == 0).sum())} "
            f"benign), {len(weights['indices'])} non-zero weights, in {elapsed:.1f} s"
        )
        families = np.array([r["family"] for r in injection.training_rows(injection.read_corpus(corpus))])
        hard = (labels == 0) & np.isin(families, list(injection.HARD_FAMILIES))
        ordinary = (labels == 0) & ~hard & ~np.isin(families, list(injection.UNBUDGETED_FAMILIES))
        in_band = semantic["cv_in_band"].astype(bool)
        self.stdout.write(
            f"  semantic band [{band_low:.2f}, {threshold:.2f}): {in_band[ordinary].mean():.4f} of the "
            f"ordinary benign rows are embedded (budget {injection.SEMANTIC_MAX_LOAD}); stacker threshold "
            f"{float(semantic['stack_threshold']):.2f}"
        )
        self.stdout.write(
            f"  (false positives: all benign / ordinary, budget {injection.FP_BUDGET} / hard negatives, "
            f"budget {injection.HARD_NEGATIVE_FP_BUDGET})"
        )
        # Outside the band the final score is the cheap layers' already; inside it, the n-gram score alone.
        alone = np.where(in_band, ngram, scores)
        for name, values in (("cheap layers alone", alone), ("with the semantic layer", scores)):
            self.stdout.write(
                f"  {name:24} threshold {threshold:.2f}: cross-validated recall "
                f"{np.mean(values[labels == 1] >= threshold):.3f}, false positives "
                f"{np.mean(values[labels == 0] >= threshold):.4f} / "
                f"{np.mean(values[ordinary] >= threshold):.4f} / {np.mean(values[hard] >= threshold):.4f}"
            )
        attack_families = sorted({f for f, label in zip(families, labels, strict=True) if label == 1})
        for family in attack_families:
            rows = (labels == 1) & (families == family)
            self.stdout.write(
                f"    recall {family:22} {np.mean(alone[rows] >= threshold):.3f} -> "
                f"{np.mean(scores[rows] >= threshold):.3f} ({int(rows.sum())} rows)"
            )
        if threshold != injection.CALIBRATED_THRESHOLD:
            self.stdout.write(
                self.style.WARNING(
                    f"set agents.guards.injection.CALIBRATED_THRESHOLD = {threshold} (it is "
                    f"{injection.CALIBRATED_THRESHOLD})"
                )
            )
