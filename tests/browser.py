"""Fixtures for tests that use the product as a person would: a live daphne serving the test database,
and a headless Chromium driven by Playwright.

Use with `pytest_plugins = ["tests.browser"]` and `pytestmark = pytest.mark.django_db(transaction=True)`
(the server is another process: it sees only committed rows).

- `live_url`: http://127.0.0.1:<port> of `daphne console.asgi:application`, started once per module in
  a subprocess with the production settings (`console.settings`, or HANDRAIL_LIVE_SETTINGS) pointed at
  the test database, and the same REDIS_URL as the tests when set. Its log is written to
  test-artifacts/daphne-<module>.log.
- `browser`: Chromium from the system (`/usr/bin/chromium`, Debian's `chromium` package; Playwright's
  own browser download is never used), headless, each launch on a fresh temporary profile.
- `artifact(name)`: a path under test-artifacts/ (gitignored) for screenshots.
"""

from __future__ import annotations

import ctypes
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connections

CHROMIUM = os.environ.get("HANDRAIL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
# The server is up once daphne says where it listens; loading Django and the app takes a few
# seconds, 60 s leaves room for a slow CI machine.
SERVER_START_SECONDS = 60
_LISTENING = re.compile(r"Listening on TCP address [\d.]+:(\d+)")


def _die_with_the_tests() -> None:
    """Runs in the server process before daphne: on Linux it is sent SIGTERM when the test process
    dies, even killed, so no orphaned server keeps the test database open."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the fixture's teardown still stops it


def _database_env() -> dict[str, str]:
    """Environment that points `console.settings` at the database this test session uses."""
    db = connections["default"].settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return {"SQLITE_PATH": str(db["NAME"]), "DATABASE_URL": ""}
    user = quote(db["USER"] or "", safe="")
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    credentials = f"{user}{password}@" if user else ""
    return {"DATABASE_URL": f"postgres://{credentials}{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"}


@pytest.fixture(scope="module")
def live_url(request, django_db_setup) -> Iterator[str]:
    ARTIFACTS.mkdir(exist_ok=True)
    log_path = ARTIFACTS / f"daphne-{request.module.__name__.rsplit('.', 1)[-1]}.log"
    env = {
        **os.environ,
        **_database_env(),
        "DJANGO_SETTINGS_MODULE": os.environ.get("HANDRAIL_LIVE_SETTINGS", "console.settings"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(settings.BASE_DIR), os.environ.get("PYTHONPATH")])),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    # Port 0: the system picks a free port and daphne logs it; no race with another test run.
    process = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", "0", "console.asgi:application"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_die_with_the_tests,
    )
    port = _wait_for_port(process, log_path)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_port(process: subprocess.Popen, log_path: Path) -> int:
    log = log_path.open("w")
    found: list[int] = []
    ready = threading.Event()

    def pump() -> None:
        # Reads daphne's stderr to the end (into the log), so the pipe never fills and blocks it.
        assert process.stderr is not None
        for line in process.stderr:
            log.write(line)
            log.flush()
            match = _LISTENING.search(line)
            if match and not found:
                found.append(int(match.group(1)))
                ready.set()
        log.close()
        ready.set()

    threading.Thread(target=pump, name="daphne-log", daemon=True).start()
    deadline = time.monotonic() + SERVER_START_SECONDS
    while not ready.wait(timeout=0.2):
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"daphne did not start within {SERVER_START_SECONDS}s; see {log_path}")
    if not found:
        pytest.fail(f"daphne exited with {process.wait()}; see {log_path}")
    return found[0]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs its event loop in this thread (in a greenlet), so Django takes every
    # ORM call of the test for one made from async code. They are not: the loop is idle while the
    # test's own code runs. Allowed for as long as the browser is up (the module), no longer.
    # Module scope, not session, for the same reason: later modules' async tests must not meet it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                yield launched
            finally:
                launched.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def artifact():
    ARTIFACTS.mkdir(exist_ok=True)
    return lambda name: str(ARTIFACTS / name)
