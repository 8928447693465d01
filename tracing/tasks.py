"""Celery tasks of tracing. Each takes ids (or nothing), is safe to run twice, and calls one function."""

from celery import shared_task

from tracing import alerts, webhooks


@shared_task
def evaluate_alerts() -> int:
    """Every enabled alert rule over its window (Celery beat every minute, and after runs finish,
    throttled: `tracing.alerts.request_evaluation`). Returns how many alerts fired."""
    return len(alerts.evaluate().fired)


@shared_task(acks_late=True)
def send_alert_webhook(alert_id: int) -> str:
    return webhooks.deliver(alert_id)
