"""Rebuild the injection check's weights in a background process while the rest of the suite runs.

Training fits the n-gram model five times and embeds ~27,000 corpus windows with the multilingual
encoder: about six CPU-minutes on one thread. The suite is mostly one busy thread waiting on Postgres,
Redis, Chromium and sockets, so the second core sits idle; the rebuild runs there, at the lowest
priority and on one BLAS thread, from the moment the test that needs it is collected, and that test is
moved to the end of the run, where it reads the result (session 10: the rebuild ended ~14 minutes into a
14-minute suite). Running only that test still works: it then waits for the whole rebuild.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

MARKER = "background_rebuild"
ROOT = Path(__file__).resolve().parent.parent
#: Far above the rebuild's few minutes alone; the suite it shares the machine with is ~15 minutes.
WAIT_SECONDS = 1800


@dataclass
class Rebuild:
    process: subprocess.Popen
    directory: Path
    log_path: Path

    @property
    def weights(self) -> Path:
        return self.directory / "weights.npz"

    @property
    def semantic(self) -> Path:
        return self.directory / "semantic.npz"

    def wait(self) -> Rebuild:
        """Block until the command ends; fail the test with its own output when it did not succeed."""
        try:
            code = self.process.wait(timeout=WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail(f"train_injection_guard ran over {WAIT_SECONDS} s")
        if code != 0:
            pytest.fail(f"train_injection_guard exited {code}:\n{self.log_path.read_text()[-4000:]}")
        return self

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)


_rebuild: Rebuild | None = None


def _start() -> Rebuild:
    directory = Path(tempfile.mkdtemp(prefix="handrail-rebuild-"))
    log_path = directory / "log"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "console.settings_test",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        # One BLAS thread (training limits itself to one too, for the same weights everywhere): beside
        # the suite a second thread spins waiting for the core the foreground holds. Measured: 5
        # CPU-minutes with one thread, ~11.5 with two.
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    # Lowest priority (coreutils' nice; a preexec_fn is unsafe once the parent has threads): the tests in
    # the foreground keep their core.
    nice = shutil.which("nice")
    command = [
        *([nice, "-n", "19"] if nice else []),
        sys.executable,
        str(ROOT / "manage.py"),
        "train_injection_guard",
        "--out",
        str(directory / "weights.npz"),
        "--semantic-out",
        str(directory / "semantic.npz"),
    ]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Rebuild(process=process, directory=directory, log_path=log_path)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: reads the injection weights rebuilt in the background")


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list) -> None:
    global _rebuild
    marked = [item for item in items if item.get_closest_marker(MARKER)]
    if not marked:
        return
    items[:] = [item for item in items if not item.get_closest_marker(MARKER)] + marked
    if not config.option.collectonly and _rebuild is None:
        _rebuild = _start()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _rebuild
    if _rebuild is not None:
        _rebuild.stop()
        _rebuild = None


@pytest.fixture
def background_rebuild() -> Rebuild:
    if _rebuild is None:
        pytest.fail(f"the test needs @pytest.mark.{MARKER} (the rebuild starts at collection)")
    return _rebuild.wait()
