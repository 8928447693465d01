"""Shared fixtures. Postgres and Redis are the real ones when DATABASE_URL / REDIS_URL are set
(CI sets both); without them the embedded defaults are tested."""

import pytest
from django.conf import settings

from agents.checkpoints import forget_prompts
from agents.fallback import reset_breakers, reset_providers

pytest_plugins = ["tests.fixtures_simulator", "tests.background_rebuild"]


@pytest.fixture(autouse=True)
def _fresh_provider_state():
    # Circuit breakers and provider clients are process-wide: a test must not inherit another's.
    reset_breakers()
    reset_providers()
    # A prompt cached from another test's (rolled back) database must not leak in.
    forget_prompts()
    yield
    reset_breakers()
    reset_providers()


@pytest.fixture
def on_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.fixture(scope="session", autouse=True)
def _close_async_thread_connections(django_db_setup, django_db_blocker):
    """Async tests run the ORM on asgiref's shared sync thread, whose connection would outlive the
    session and keep the test database from being dropped. Close it before pytest-django drops it."""
    yield
    from asgiref.sync import SyncToAsync
    from django.db import connections

    SyncToAsync.single_thread_executor.submit(connections.close_all).result(timeout=30)
