"""The record of every run: its spans (the trace), every model call and tool call, guard verdicts, human
actions; the price table, alert rules and fired alerts.

Written with the run's checkpoints (`tracing.recording` is the only interface the runtime uses), so a trace
never shows a step the run does not have, and is readable as soon as the step commits.
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
    # What the call served: the answering agent's feature tag ("orders", "refunds"...), "routing",
    # "guard" (the model injection check), "output_repair". Costs are broken down by it.
    feature = models.CharField(max_length=64, blank=True)
    # Set when retention deleted `request`/`response`; the numbers stay.
    payload_pruned = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["run", "step_index"]), models.Index(fields=["created_at"])]

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
    # Set when retention deleted `arguments`/`result`; the numbers stay.
    payload_pruned = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["run", "step_index"]), models.Index(fields=["created_at"])]

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


class Span(models.Model):
    """One timed piece of a run's trace. The trace id is the run's id (32 hex digits); the run itself is
    the root span (its id: the run id's first 16 hex digits), so every span has a parent.

    Payloads live where they already are (`LLMCall`, `ToolCall`, `GuardVerdict`): a span points at them
    by `step_index` and, for model and tool spans, `attributes["attempt"]` / `attributes["tool_call_id"]`.
    Written in the step's transaction, like every other record."""

    class Kind(models.TextChoices):
        INTAKE = "intake"  # the message stored and the run queued: attributes message_id, queued_ms
        GUARD = "guard"  # one guard pass (input, untrusted, output); children: its checks
        CHECK = "check"  # one guard check: score, verdict, reason
        CACHE = "cache"  # semantic cache lookup: hit, similarity, entry
        ROUTE = "route"  # the router's decision: intent, confidence, language, tier, executor
        MODEL = "model"  # one reasoning step through the fallback chain; children: its attempts
        LLM = "llm"  # one provider attempt (an LLMCall row)
        TOOL = "tool"  # one tool call (a ToolCall row)
        RETRIEVAL = "retrieval"  # a knowledge search: query, hits, scores
        BUDGET = "budget"  # a reservation refused or degraded
        APPROVAL = "approval"  # parked for a decision / the decision and who made it
        HUMAN = "human"  # a person's action on the conversation (claim, reply, hand back)
        HANDOFF = "handoff"  # the run stopped for a person: reason

    class Status(models.TextChoices):
        OK = "ok"
        ERROR = "error"

    class ErrorClass(models.TextChoices):
        NONE = "", "none"
        RECOVERABLE = "recoverable"  # retried or fell back, and the run went on
        DEGRADED = "degraded"  # served with low quality or a template
        FATAL = "fatal"  # escalated: a person has to pick it up

    run = models.ForeignKey("agents.Run", on_delete=models.CASCADE, related_name="spans")
    span_id = models.CharField(max_length=16)
    parent_id = models.CharField(max_length=16)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    name = models.CharField(max_length=128)
    step_index = models.IntegerField(null=True, blank=True)
    started_at = models.DateTimeField()
    duration_ms = models.FloatField(default=0)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OK)
    error_class = models.CharField(max_length=12, choices=ErrorClass.choices, blank=True, default="")
    error_code = models.CharField(max_length=64, blank=True)
    attributes = models.JSONField(default=dict)

    class Meta:
        indexes = [
            models.Index(fields=["run", "started_at"]),
            models.Index(fields=["started_at", "kind"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.name} ({self.duration_ms:.1f} ms)"


class ModelPrice(models.Model):
    """USD per million tokens for the models whose name starts with `model_prefix` (the longest prefix
    wins). Seeded with the providers' public prices (`as_of`, `source`); admins edit them in the console,
    and `reprice` re-applies a change to past calls."""

    model_prefix = models.CharField(max_length=128, unique=True)
    input_per_mtok = models.DecimalField(max_digits=12, decimal_places=6)
    output_per_mtok = models.DecimalField(max_digits=12, decimal_places=6)
    cached_input_per_mtok = models.DecimalField(max_digits=12, decimal_places=6)
    as_of = models.DateField()
    source = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["model_prefix"]

    def __str__(self) -> str:
        return f"{self.model_prefix}: {self.input_per_mtok}/{self.output_per_mtok} per Mtok"


class AlertRule(models.Model):
    """A threshold over a sliding window. `metric` says what is measured (see `tracing.alerts`)."""

    class Metric(models.TextChoices):
        RECOVERABLE_RATE = "recoverable_rate", "recoverable failures (share of runs)"
        DEGRADED_RATE = "degraded_rate", "degraded answers (share of runs)"
        FATAL_COUNT = "fatal_count", "fatal failures (count)"
        TOKENS_PER_RUN = "tokens_per_run", "tokens per run vs baseline (ratio)"
        TOKENS_PER_AGENT_HOUR = "tokens_per_agent_hour", "tokens per agent-hour vs baseline (ratio)"
        BUDGET_USED = "budget_used", "budget used (fraction)"

    name = models.CharField(max_length=100, unique=True)
    metric = models.CharField(max_length=32, choices=Metric.choices)
    threshold = models.FloatField()
    window_minutes = models.PositiveIntegerField(default=15)
    # Fewer runs than this in the window: a rate is not judged (one failure in two runs is not 50%).
    min_runs = models.PositiveIntegerField(default=20)
    # After firing, the same rule and scope stay quiet this long.
    cooldown_minutes = models.PositiveIntegerField(default=15)
    enabled = models.BooleanField(default=True)
    webhook_url = models.URLField(blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.metric} > {self.threshold})"


class Alert(models.Model):
    """One firing of a rule: what was measured, against what, for which scope (an agent, a budget...)."""

    class Severity(models.TextChoices):
        WARNING = "warning"
        CRITICAL = "critical"

    rule = models.ForeignKey(AlertRule, null=True, on_delete=models.SET_NULL, related_name="alerts")
    metric = models.CharField(max_length=32)
    scope = models.CharField(max_length=128, blank=True)  # "agent:orders", "budget:customer:42", ""
    severity = models.CharField(max_length=10, choices=Severity.choices, default=Severity.WARNING)
    value = models.FloatField()
    threshold = models.FloatField()
    message = models.TextField()
    details = models.JSONField(default=dict)  # window, counts, run ids to look at
    fired_at = models.DateTimeField()
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    webhook_status = models.CharField(max_length=64, blank=True)  # "", "sent 200", "failed: timeout"

    class Meta:
        indexes = [models.Index(fields=["fired_at"]), models.Index(fields=["rule", "scope", "fired_at"])]

    def __str__(self) -> str:
        return f"{self.metric} {self.scope}: {self.value:.3g} > {self.threshold:.3g}"
