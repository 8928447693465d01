"""The record of every model call and tool call, written with the run's checkpoints.

The trace viewer, costs and replay (later issues) read these rows; `tracing.recording` is the only
interface the runtime uses to write them.
"""

from django.conf import settings
from django.db import models


class LLMCall(models.Model):
    run = models.ForeignKey("agents.Run", on_delete=models.CASCADE, related_name="llm_calls")
    step_index = models.PositiveIntegerField()
    attempt = models.PositiveSmallIntegerField(default=1)
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=128)
    request = models.JSONField()
    response = models.JSONField(null=True, blank=True)
    tokens_in = models.PositiveIntegerField(default=0)
    tokens_out = models.PositiveIntegerField(default=0)
    tokens_cached = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    latency_ms = models.FloatField(default=0)
    streamed = models.BooleanField(default=False)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["run", "step_index"])]

    def __str__(self) -> str:
        return f"{self.provider}:{self.model} step {self.step_index}"


class ToolCall(models.Model):
    run = models.ForeignKey("agents.Run", on_delete=models.CASCADE, related_name="tool_calls")
    step_index = models.PositiveIntegerField()
    tool_call_id = models.CharField(max_length=128)
    tool_name = models.CharField(max_length=64)
    arguments = models.JSONField()
    result = models.JSONField(null=True, blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    attempts = models.PositiveSmallIntegerField(default=1)
    duration_ms = models.FloatField(default=0)
    truncated = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["run", "step_index"])]

    def __str__(self) -> str:
        return f"{self.tool_name} step {self.step_index}"


class AuditEntry(models.Model):
    """One human action: who did what to which object, when, and the state before and after.

    Written in the same transaction as the action itself (`tracing.recording.record_audit`), so an
    action that rolled back leaves no entry and a committed one always has its entry."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The name at the time (the user may be renamed or deleted later), or an API key's label.
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=64)  # claim, reply, note, hand_back, approve, reject, edit...
    target_type = models.CharField(max_length=64)  # escalation, approval, conversation, setting
    target_id = models.CharField(max_length=64)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["target_type", "target_id"]),
            models.Index(fields=["created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.action} {self.target_type} {self.target_id}"


class GuardVerdict(models.Model):
    """One guard decision: the input guard on a customer message, a scan of untrusted content (a tool
    result, a knowledge-base passage), or the output guard on a reply. Written in the step's
    transaction; `checks` holds every check's score and reason (never clear-text personal data)."""

    class Stage(models.TextChoices):
        INPUT = "input"
        UNTRUSTED = "untrusted"
        OUTPUT = "output"

    run = models.ForeignKey("agents.Run", on_delete=models.CASCADE, related_name="guard_verdicts")
    step_index = models.PositiveIntegerField()
    stage = models.CharField(max_length=10, choices=Stage.choices)
    # input: allow / allow_redacted / refuse / escalate; output: send / repair / replace / escalate
    verdict = models.CharField(max_length=16)
    # The check that decided it ("injection", "pii", "language"...), empty when everything passed.
    deciding_check = models.CharField(max_length=32, blank=True)
    source = models.CharField(max_length=64, blank=True)  # customer, tool:<name>, knowledge, reply
    language = models.CharField(max_length=8, blank=True)
    checks = models.JSONField(default=list)
    duration_ms = models.FloatField(default=0)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["run", "step_index"]),
            models.Index(fields=["created_at", "stage", "verdict"]),
        ]

    def __str__(self) -> str:
        return f"{self.stage} {self.verdict} ({self.deciding_check or 'all passed'})"
