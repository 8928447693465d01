"""How long an escalation takes from its commit to an operator's screen (socket), p50/p95.

A customer asks the demo desk for a person over the HTTP API; the run escalates, and the escalation's
commit queues an `inbox.changed` event (agents/events.py, stamped `sent_at` right after the commit).
Operators are signed-in support users with `/ws/console/` open; each records when the frame arrived.
Latency = arrival - sent_at (same machine, same clock).

Scenarios, with 1, 10 and 50 operators connected:
  one process   customer and operators on the same daphne
  two processes customer on daphne A, operators on daphne B, sharing Redis (channels-redis)
Baseline, in this process: the Redis channel layer alone (group_send -> receive on N bare channels),
the floor any push through it pays.

Needs PostgreSQL and Redis (the parts a multi-process deployment has):

    PYTHONPATH=. .venv/bin/python bench/live_push.py                 # ~2 min
    PYTHONPATH=. .venv/bin/python bench/live_push.py --escalations 10 --operators 1,10   # quick

The bench reports; it asserts nothing about time. It refuses to report a scenario where a frame was
missed (that would time something else).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/handrail_bench_push"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
ASK_FOR_A_PERSON = "I want to talk to a person please"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- set-up (Django in this process: users, sessions, keys) --------------------------------------


def setup_django(database_url: str, redis_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["REDIS_URL"] = redis_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings")
    from bench.postgres_setup import ensure_database

    ensure_database(database_url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", "--no-history", stdout=open(os.devnull, "w"))  # noqa: SIM115


def operator_sessions(count: int) -> list[str]:
    """Session keys of `count` signed-in support users (what the browser's cookie would carry)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from agents.roles import Role
    from reviews.actions import do_create_staff_user

    keys = []
    for number in range(count):
        user = do_create_staff_user(f"bench-operator-{number}", Role.SUPPORT, password="bench-password-1")  # noqa: S106
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        keys.append(session.session_key)
    return keys


def customer_key() -> str:
    from agents.actions import do_create_api_key

    return do_create_api_key("bench-live-push")[1]


# --- servers --------------------------------------------------------------------------------------


class Daphne:
    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.log = tempfile.NamedTemporaryFile(prefix="live-push-daphne-", suffix=".log", delete=False)  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                "console.asgi:application",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def wait_ready(self, session: aiohttp.ClientSession) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"daphne exited; see {self.log.name}")
            try:
                async with session.get(f"{self.url}/api/openapi.json") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError(f"daphne did not start; see {self.log.name}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# --- one scenario -----------------------------------------------------------------------------------


async def connect_operators(
    session: aiohttp.ClientSession, server: Daphne, session_keys: list[str]
) -> list[aiohttp.ClientWebSocketResponse]:
    sockets = []
    for key in session_keys:
        ws = await session.ws_connect(
            f"ws://127.0.0.1:{server.port}/ws/console/",
            headers={"Cookie": f"sessionid={key}", "Origin": server.url},
        )
        hello = await ws.receive_json(timeout=10)
        if hello.get("type") != "hello":
            raise RuntimeError(f"operator socket refused: {hello}")
        sockets.append(ws)
    return sockets


async def collect(ws: aiohttp.ClientWebSocketResponse, arrivals: dict[str, float]) -> None:
    """Record the arrival of each escalation's `inbox` frame on this socket, keyed by escalation id."""
    async for message in ws:
        if message.type != aiohttp.WSMsgType.TEXT:
            break
        frame = message.json()
        if (
            frame.get("type") == "inbox"
            and frame.get("kind") == "escalation"
            and frame.get("change") == "created"
        ):
            arrivals[frame["id"]] = time.time() - float(frame["sent_at"])


async def escalate_once(session: aiohttp.ClientSession, server: Daphne, key: str) -> None:
    headers = {"Authorization": f"Bearer {key}"}
    async with session.post(
        f"{server.url}/api/v1/conversations", json={"customer_ref": "alice"}, headers=headers
    ) as response:
        conversation = await response.json()
    async with session.post(
        f"{server.url}/api/v1/conversations/{conversation['id']}/messages",
        json={"text": ASK_FOR_A_PERSON},
        headers=headers,
    ) as response:
        body = await response.json()
        if body["run"]["status"] != "handed_off":
            raise RuntimeError(f"the desk did not escalate: {body['run']}")


async def scenario(
    customer_server: Daphne, operator_server: Daphne, session_keys: list[str], key: str, escalations: int
) -> list[float]:
    async with aiohttp.ClientSession() as session:
        sockets = await connect_operators(session, operator_server, session_keys)
        per_socket: list[dict[str, float]] = [{} for _ in sockets]
        readers = [
            asyncio.create_task(collect(ws, arrivals))
            for ws, arrivals in zip(sockets, per_socket, strict=True)
        ]
        await escalate_once(session, customer_server, key)  # warm-up: the desk's first turn loads the model
        await asyncio.sleep(0.5)
        for arrivals in per_socket:
            arrivals.clear()
        for _ in range(escalations):
            await escalate_once(session, customer_server, key)
            await asyncio.sleep(0.05)
        deadline = time.monotonic() + 10
        while any(len(a) < escalations for a in per_socket) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for ws in sockets:
            await ws.close()
        for reader in readers:
            reader.cancel()
    missed = sum(escalations - len(a) for a in per_socket)
    if missed:
        raise RuntimeError(f"{missed} escalation frames never arrived: not reporting this scenario")
    return [latency for arrivals in per_socket for latency in arrivals.values()]


# --- baseline: the channel layer alone --------------------------------------------------------------


async def layer_baseline(receivers: int, sends: int) -> list[float]:
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    group = "bench.live-push.baseline"
    channels = [await layer.new_channel() for _ in range(receivers)]
    for channel in channels:
        await layer.group_add(group, channel)
    latencies = []
    for _ in range(sends):
        await layer.group_send(group, {"type": "bench.ping", "sent_at": time.time()})
        for channel in channels:
            message = await layer.receive(channel)
            latencies.append(time.time() - message["sent_at"])
    for channel in channels:
        await layer.group_discard(group, channel)
    return latencies


def row(label: str, latencies: list[float]) -> str:
    ms = [x * 1000 for x in latencies]
    return (
        f"  {label:<46} n={len(ms):>5}  p50 {percentile(ms, 50):7.2f} ms  p95 {percentile(ms, 95):7.2f} ms"
        f"  mean {statistics.fmean(ms):7.2f} ms"
    )


async def main_async(
    args: argparse.Namespace, operator_counts: list[int], keys: list[str], api_key: str
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    print(f"live push: {args.escalations} escalations per scenario, operators {operator_counts}")
    print("baseline (Redis channel layer alone, this process):")
    for count in operator_counts:
        print(row(f"group_send -> {count} channels", await layer_baseline(count, args.escalations)))
    server_a, server_b = Daphne(env), Daphne(env)
    try:
        async with aiohttp.ClientSession() as session:
            await server_a.wait_ready(session)
            await server_b.wait_ready(session)
        print("escalation commit -> operator socket:")
        for label, customer_side, operator_side in (
            ("one process", server_a, server_a),
            ("two processes (A -> Redis -> B)", server_a, server_b),
        ):
            for count in operator_counts:
                latencies = await scenario(
                    customer_side, operator_side, keys[:count], api_key, args.escalations
                )
                print(row(f"{label}, {count} operator(s)", latencies))
    finally:
        server_a.stop()
        server_b.stop()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--operators", default="1,10,50")
    parser.add_argument("--escalations", type=int, default=30)
    args = parser.parse_args()
    setup_django(args.database_url, args.redis_url)
    operator_counts = [int(x) for x in args.operators.split(",")]
    keys = operator_sessions(max(operator_counts))
    asyncio.run(main_async(args, operator_counts, keys, customer_key()))


if __name__ == "__main__":
    main()
