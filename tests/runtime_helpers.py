"""Small helpers shared by the runtime tests."""

from asgiref.sync import async_to_sync

from agents import actions
from agents.models import Conversation


def start_turn(agent: str, text: str = "Where is my order 1234?", customer_ref: str = "alice"):
    conversation = Conversation.objects.create(agent_name=agent, customer_ref=customer_ref)
    intake = actions.do_post_customer_message(conversation, text)
    outcome = async_to_sync(actions.execute_claimed_run)(intake)
    return intake, outcome


def staff_user(username: str = "maria", role: str = "manager"):
    """A staff user with exactly one role (support, manager, qa, admin)."""
    from agents.roles import Role
    from reviews.actions import do_create_staff_user

    return do_create_staff_user(
        username, Role(role), password="x-test-password-1", first_name=username.title()
    )


def manager_key(username: str = "maria") -> str:
    """A raw staff API key acting for a manager (it may decide approvals)."""
    _, raw = actions.do_create_api_key(f"{username}-key", is_staff=True, user=staff_user(username, "manager"))
    return raw


def race(people, act, conflict: type[Exception]) -> dict:
    """Run `act(person)` for each person in its own thread, all released at the same moment (each with
    its own database connection). Returns {username: "won" | the `conflict` exception it raised}."""
    import threading

    from django.db import connections

    barrier = threading.Barrier(len(people))
    results: dict = {}

    def attempt(person) -> None:
        try:
            prepared = act(person)  # read before the barrier: each page saw the object as it was
            barrier.wait(timeout=30)
            prepared()
            results[person.username] = "won"
        except conflict as exc:
            results[person.username] = exc
        finally:
            connections.close_all()  # this thread's connection, so the test database can be dropped

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def settings_error(env: dict[str, str]) -> str:
    """Import the real settings in a fresh process with only these HANDRAIL_* variables set; returns
    what it printed on stderr, failing the test if the import succeeded."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDRAIL_")}
    environment.update(PYTHONPATH=str(root), **env)
    result = subprocess.run(  # noqa: S603 - our own interpreter, a fixed argument list
        [sys.executable, "-c", "import console.settings"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0, f"settings accepted {env}"
    return result.stderr
