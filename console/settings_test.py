"""Test settings: the real settings, with fast hashers and eager background work.

Postgres and Redis come from DATABASE_URL / REDIS_URL exactly as in production (CI sets both);
only the parts a test is not about are made fast here.
"""

import os
import tempfile
from pathlib import Path

from console.settings import *

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests that are about Celery start a real worker against Redis; the rest run tasks in-process.
CELERY_TASK_ALWAYS_EAGER = True
if not DATABASE_URL:
    # A file, not shared-cache memory: concurrency tests use threads and subprocesses, and only a
    # file database gives them SQLite's real locking (busy timeout) instead of "table is locked".
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"handrail_test_{os.getpid()}.sqlite3")
    }
HANDRAIL_PROVIDER_TIMEOUT_SECONDS = 5
HANDRAIL_AGENT_MODULES = [*HANDRAIL_AGENT_MODULES, "tests.agents_for_tests"]
# Tests reuse customer refs ("alice", "c-1") across files, and CI's Redis outlives a run: the rate-limit
# tests turn the limits on themselves (tests/test_rate_limits.py).
HANDRAIL_RATE_LIMIT_USER = ""
HANDRAIL_RATE_LIMIT_IP = ""
# Runs finishing in other tests must not fire alerts into their event assertions, nor toasts over the pages of
# browser tests (their live servers inherit this environment); tests/test_alerts*.py turn it on.
os.environ["HANDRAIL_ALERTS_AFTER_RUNS"] = "false"
HANDRAIL_ALERTS_AFTER_RUNS = False
