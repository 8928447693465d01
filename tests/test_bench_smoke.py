"""The benchmark keeps running as the runtime changes (its figures are read by people, not asserted)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def test_runtime_overhead_bench_runs_and_writes_its_rows(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "bench/runtime_overhead.py", "--quick", "--skip-postgres", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.read_text())
    latency_paths = {row["store"] for row in data["latency"]["rows"]}
    assert latency_paths == {"plain", "memory"}
    assert all(row["p50_ms"] > 0 for row in data["latency"]["rows"])
    assert "Peer figures quoted in the issue" in result.stdout
