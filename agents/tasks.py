"""Celery tasks. Each takes ids, is safe to run twice, and calls one action."""

from celery import shared_task

from agents import actions


@shared_task(acks_late=True)
def carry_out_decision(approval_id: str) -> str | None:
    outcome = actions.do_carry_out_decision(approval_id)
    return outcome.status if outcome else None


@shared_task
def resume_stale_runs() -> int:
    resumed = 0
    for run_id in actions.stale_run_ids():
        if actions.resume_run(run_id) is not None:
            resumed += 1
    return resumed


@shared_task
def expire_approvals() -> int:
    """Run by Celery beat every minute (CELERY_BEAT_SCHEDULE): pending approvals past their time expire,
    and each run resumes with the refusal."""
    return actions.expire_approvals()
