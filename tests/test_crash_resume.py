"""A process killed in the middle of a run: a new process resumes it from its last checkpoint and
does not repeat the tool calls that completed."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from agents.models import Message, Run
from tracing.models import LLMCall

ROOT = Path(settings.BASE_DIR)

START_RUN = """
import django, sys
django.setup()
from asgiref.sync import async_to_sync
from agents import actions
from agents.models import Conversation
conversation = Conversation.objects.create(agent_name="t-two-calls", customer_ref="alice")
intake = actions.do_post_customer_message(conversation, "Where is my order 1234?")
print(intake.run.pk, flush=True)
async_to_sync(actions.execute_claimed_run)(intake)
"""


def subprocess_env(tool_log: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "console.settings",
        "HANDRAIL_AGENT_MODULES": "demo_shop.desk,tests.agents_for_tests",
        "HANDRAIL_TEST_TOOL_LOG": str(tool_log),
        **extra,
    }
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        env["SQLITE_PATH"] = db["NAME"]
        env.pop("DATABASE_URL", None)
    else:  # the test database, which this test's transactional_db leaves committed and visible
        env["DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return env


def read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.django_db(transaction=True)
def test_killed_process_resumes_from_last_checkpoint_without_repeating_tool_calls(tmp_path):
    tool_log = tmp_path / "tools.jsonl"
    # The second tool hangs, so the process is certainly inside step 3 when it is killed.
    worker = subprocess.Popen(
        [sys.executable, "-c", START_RUN],
        env=subprocess_env(tool_log, HANDRAIL_TEST_HANG_TOOL="fetch_tracking"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        run_id = worker.stdout.readline().strip()
        assert run_id, worker.stderr.read()
        # A wait, not a timing claim: a cold process loads the guards' tables and models first, which
        # takes a while on a loaded CI machine.
        deadline = time.monotonic() + 180
        while [e["tool"] for e in read_log(tool_log)] != ["fetch_order", "fetch_tracking"]:
            assert worker.poll() is None, worker.stderr.read()
            assert time.monotonic() < deadline, "the worker never reached the second tool"
            time.sleep(0.05)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)

    run = Run.objects.get(pk=run_id)
    assert run.status == "running"
    # Step 2 (the model asking for fetch_tracking) commits with fetch_tracking's result, which
    # never came: the durable state is steps 0-1.
    assert list(run.steps.values_list("index", "kind")) == [(0, "model"), (1, "tool")]
    assert list(LLMCall.objects.filter(run_id=run_id).values_list("step_index", flat=True)) == [0]

    # The dead worker's lease has not expired yet: nobody may take the run over.
    resumer = [sys.executable, "manage.py", "resume_runs"]
    early = subprocess.run(
        resumer, env=subprocess_env(tool_log), capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert early.stdout.strip() == "0 run(s) looked at"

    # Time passes: the lease runs out.
    Run.objects.filter(pk=run_id).update(lease_expires_at=run.created_at)
    resumed = subprocess.run(
        resumer, env=subprocess_env(tool_log), capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert resumed.stdout.splitlines() == [f"run {run_id}: completed", "1 run(s) looked at"]

    run.refresh_from_db()
    assert run.status == "completed"
    assert list(run.steps.values_list("index", "kind")) == [
        (0, "model"), (1, "tool"), (2, "model"), (3, "tool"), (4, "model"),
    ]  # fmt: skip
    executions = read_log(tool_log)
    # fetch_order completed before the kill and is not run again; fetch_tracking never completed,
    # so it runs again, with the same idempotency key as the interrupted attempt.
    assert [e["tool"] for e in executions] == ["fetch_order", "fetch_tracking", "fetch_tracking"]
    assert executions[1]["key"] == executions[2]["key"]
    # Completed model steps are not asked again either.
    assert list(
        LLMCall.objects.filter(run_id=run_id).order_by("id").values_list("step_index", flat=True)
    ) == [0, 2, 4]
    assert Message.objects.filter(run_id=run_id, role="assistant").count() == 1
