"""Approved actions run on a real Celery worker over Redis (CI sets REDIS_URL)."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings

from agents import actions
from agents.models import ApprovalRequest, Run
from console.celery import app
from tests import agents_for_tests
from tests.runtime_helpers import staff_user, start_turn

needs_redis = pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL (CI provides Redis)")


@pytest.fixture
def redis_worker():
    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager = False
    app.conf.broker_url = settings.REDIS_URL
    try:
        # One solo worker in a thread, consuming from Redis like a production worker would.
        with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        app.conf.task_always_eager, app.conf.broker_url = previous


@needs_redis
@pytest.mark.django_db(transaction=True)
def test_approval_executes_on_a_redis_worker_after_commit(redis_worker):
    agents_for_tests.CALLS.clear()
    _, outcome = start_turn("t-refund")
    approval = ApprovalRequest.objects.get(pk=outcome.approval_id)

    decided = actions.do_decide_approval(approval, actor=staff_user("manager-1"), approve=True)
    assert decided.status == "approved"  # the worker has not run it yet: the request returned first

    # The worker executes the action, writes its result, then resumes the run: wait for the end of both.
    deadline = time.monotonic() + 30
    while Run.objects.get(pk=approval.run_id).status != "completed":
        assert time.monotonic() < deadline, "the worker never executed the action and resumed the run"
        time.sleep(0.05)

    approval.refresh_from_db()
    assert approval.status == "executed"
    assert agents_for_tests.CALLS == [("refund", {"order_id": 1234, "amount": "40.00"})]
    assert Run.objects.get(pk=approval.run_id).status == "completed"
