"""Posting a fired alert to its rule's webhook: JSON with a Slack-style `text` line, 5 s per attempt, three
attempts with backoff and jitter on what may pass (a timeout, a refused connection, 408, 429, 5xx) and none on
what will not (any other 4xx, a redirect). Every outcome is written to `Alert.webhook_status`; nothing here
raises, so a dead receiver is a recorded failure, never a failed evaluation.

Called by `tracing.tasks.send_alert_webhook` (a Celery worker in production; in-process after the alert's
commit without one).
"""

from __future__ import annotations

import logging
from typing import Any

import httpx2
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from agents.errors import HandrailError
from tracing.models import Alert

logger = logging.getLogger("handrail.alerts")

# A webhook receiver (Slack, PagerDuty, a chat bot) acknowledges in well under a second; 5 s is a slow one.
TIMEOUT_SECONDS = 5.0
ATTEMPTS = 3
STATUS_CHARS = 64  # Alert.webhook_status


class WebhookError(HandrailError):
    """The receiver did not take the alert. `retryable`: it may on a later attempt."""

    code = "webhook_failed"


def payload(alert: Alert) -> dict[str, Any]:
    rule = alert.rule.name if alert.rule else alert.metric
    return {
        "text": f"[{alert.severity}] {rule}: {alert.message}",
        "alert": {
            "id": alert.pk,
            "rule": rule,
            "metric": alert.metric,
            "scope": alert.scope,
            "severity": alert.severity,
            "value": alert.value,
            "threshold": alert.threshold,
            "message": alert.message,
            "fired_at": alert.fired_at.isoformat(),
            "run_ids": alert.details.get("run_ids", []),
        },
    }


def post(url: str, body: dict[str, Any]) -> int:
    """One attempt: the receiver's status code, or WebhookError."""
    try:
        response = httpx2.post(
            url,
            json=body,
            timeout=TIMEOUT_SECONDS,
            follow_redirects=False,  # a redirect could lead anywhere: the admin set this address, not another
            headers={"User-Agent": "Handrail-alerts"},
        )
    except httpx2.TimeoutException:
        raise WebhookError("timeout", retryable=True) from None
    except httpx2.HTTPError as exc:
        raise WebhookError(f"no connection ({type(exc).__name__})", retryable=True) from None
    if 200 <= response.status_code < 300:
        return response.status_code
    status = response.status_code
    raise WebhookError(f"HTTP {status}", retryable=status in (408, 429) or status >= 500)


def _record(alert_id: int, status: str) -> None:
    Alert.objects.filter(pk=alert_id).update(webhook_status=status[:STATUS_CHARS])


def deliver(alert_id: int) -> str:
    """Post the alert once, with retries; returns the status written. Safe to run twice: only the caller
    that moves the status from "queued" to "sending" posts."""
    if not Alert.objects.filter(pk=alert_id, webhook_status="queued").update(webhook_status="sending"):
        found = Alert.objects.filter(pk=alert_id).values_list("webhook_status", flat=True).first()
        return found if found is not None else "alert not found"
    alert = Alert.objects.select_related("rule").get(pk=alert_id)
    url = alert.rule.webhook_url if alert.rule else ""
    if not url:
        _record(alert_id, "no webhook")
        return "no webhook"
    body = payload(alert)

    def note_retry(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        _record(alert_id, f"retrying: {getattr(error, 'message', error)} (attempt {state.attempt_number})")

    attempts = 0
    status = ""
    try:
        for attempt in Retrying(
            stop=stop_after_attempt(ATTEMPTS),
            wait=wait_exponential_jitter(multiplier=0.5, max=4, jitter=0.25),
            retry=retry_if_exception(lambda exc: isinstance(exc, WebhookError) and exc.retryable),
            before_sleep=note_retry,
            reraise=True,
        ):
            with attempt:
                attempts = attempt.retry_state.attempt_number
                status = f"sent {post(url, body)}"
    except WebhookError as exc:
        status = f"failed: {exc.message}" + (f" after {attempts} attempts" if attempts > 1 else "")
        logger.warning("alert webhook failed alert_id=%s status=%r", alert_id, status)
    _record(alert_id, status)
    return status[:STATUS_CHARS]
