"""What daily budgets (reserve before each model call, settle after) add to an agent turn.

The turn: the scripted `two-tools` script (3 model calls, 2 tool calls), priced at the default rate so
every call is reserved and settled. Run on the durable path (`do_post_customer_message` then
`execute_claimed_run`, checkpoints in the database) four ways, interleaved round by round:

  off        no daily budget configured (the default): the executor only checks the run's cost limit;
  on         a customer budget and an agent budget: per call one transaction of two conditional
             UPDATEs, then one UPDATE to settle;
  on+tier    the same, on an agent with a "cheap" tier: one more SELECT per call (how much is used, to
             decide whether to degrade);
  free       budgets on, the model free (the offline demo's case): no ledger work at all.

The guards of the agent are off so only the budget path differs. Reports per-turn wall time (median
and p90 over the rounds) and the ledger statements per turn; asserts nothing about time.

    PYTHONPATH=. .venv/bin/python bench/budget_overhead.py                  # SQLite (a temp file)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/handrail_bench PYTHONPATH=. \\
        .venv/bin/python bench/budget_overhead.py                           # PostgreSQL
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from decimal import Decimal

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings_test")

import django  # noqa: E402

django.setup()

from asgiref.sync import async_to_sync  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, teardown_databases  # noqa: E402

from agents import actions  # noqa: E402
from agents.definitions import AgentDefinition, register_agent  # noqa: E402
from agents.guards.config import GuardSettings  # noqa: E402
from agents.models import Conversation  # noqa: E402
from agents.providers.scripted import register_script, two_tools  # noqa: E402
from tests.agents_for_tests import fetch_order, fetch_tracking  # noqa: E402

ASKED = "Where is my order 1234?"


def define_agents() -> None:
    common = {
        "description": "budget overhead bench",
        "system_prompt": "You are the shop's support assistant. Look orders up before answering.",
        "tools": [fetch_order, fetch_tracking],
        "guard": GuardSettings(enabled=False),
    }
    register_agent(AgentDefinition(name="b-budget", model_chain=["scripted:two-tools"], **common))
    register_agent(
        AgentDefinition(
            name="b-budget-tier",
            model_chain=["scripted:two-tools"],
            model_tiers={"cheap": ["scripted:two-tools@cheap"]},
            **common,
        )
    )
    # "handrail-offline..." is priced at 0: the same script, free.
    register_script("handrail-offline-bench", two_tools)
    register_agent(
        AgentDefinition(name="b-budget-free", model_chain=["scripted:handrail-offline-bench"], **common)
    )


def one_turn(agent: str, customer: str) -> float:
    conversation = Conversation.objects.create(agent_name=agent, customer_ref=customer)
    started = time.perf_counter()
    intake = actions.do_post_customer_message(conversation, ASKED)
    outcome = async_to_sync(actions.execute_claimed_run)(intake)
    elapsed = time.perf_counter() - started
    if outcome is None or outcome.status != "completed":
        raise SystemExit(f"{agent}: the turn did not complete ({outcome}); not timing a different path")
    return elapsed * 1000


def ledger_statements(agent: str, customer: str) -> int:
    """Statements on the ledger in one turn (not timed: capturing makes every query slower)."""
    connection.queries_log.clear()  # a full log (9000) would make the capture come back empty
    with CaptureQueriesContext(connection) as queries:
        one_turn(agent, customer)
    return sum(1 for q in queries.captured_queries if "budgetledger" in q["sql"].lower())


SCENARIOS = {
    "off": ("b-budget", Decimal(0)),
    "on": ("b-budget", Decimal(1000)),
    "on+tier": ("b-budget-tier", Decimal(1000)),
    "free": ("b-budget-free", Decimal(1000)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    define_agents()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        timings: dict[str, list[float]] = {name: [] for name in SCENARIOS}
        statements: dict[str, int] = {}
        for round_no in range(args.rounds + 10):
            for name, (agent, limit) in SCENARIOS.items():
                settings.HANDRAIL_BUDGET_USER_DAILY_USD = limit
                settings.HANDRAIL_BUDGET_AGENT_DAILY_USD = limit
                ms = one_turn(agent, f"customer-{round_no % 20}")
                if round_no >= 10:  # the first rounds warm caches and connections up
                    timings[name].append(ms)
        for name, (agent, limit) in SCENARIOS.items():
            settings.HANDRAIL_BUDGET_USER_DAILY_USD = limit
            settings.HANDRAIL_BUDGET_AGENT_DAILY_USD = limit
            statements[name] = ledger_statements(agent, "customer-0")
        engine = connection.vendor
        print(f"budget path per turn (3 model calls), {engine}, {args.rounds} rounds, guards off")
        print(f"{'scenario':<10} {'median ms':>10} {'p90 ms':>8} {'vs off':>8} {'ledger stmts':>13}")
        base = statistics.median(timings["off"])
        for name, values in timings.items():
            median = statistics.median(values)
            p90 = statistics.quantiles(values, n=10)[-1]
            print(f"{name:<10} {median:>10.2f} {p90:>8.2f} {median - base:>+8.2f} {statements[name]:>13}")
    finally:
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    main()
