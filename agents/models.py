"""The runtime's durable state: conversations, messages, runs, their checkpointed steps,
approval requests for irreversible actions, human handoffs, prompts and API keys.

Models answer questions; state changes go through `agents.actions`.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q


class ApiKey(models.Model):
    """A bearer key for the HTTP API. Only a SHA-256 of the key is stored; the key is shown once.

    A customer key sees only the conversations it created. A staff key may also decide approvals.
    """

    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True)  # public part, for lookup and display
    key_hash = models.CharField(max_length=64)
    is_staff = models.BooleanField(default=False)
    # The person a staff key acts for: what it may do is what their role allows (agents.roles), and
    # the audit log names them. A staff key without a person can read runs but decides nothing.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="api_keys"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class AgentPrompt(models.Model):
    """A stored, versioned system prompt. Version 1 is written from the Python definition; the
    console adds versions later. Exactly one version per agent is active."""

    agent_name = models.CharField(max_length=64)
    version = models.PositiveIntegerField()
    text = models.TextField()
    is_active = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agent_name", "version"], name="prompt_version_unique"),
            models.UniqueConstraint(
                fields=["agent_name"], condition=Q(is_active=True), name="one_active_prompt_per_agent"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agent_name} v{self.version}"


class Conversation(models.Model):
    class Holder(models.TextChoices):
        BOT = "bot"
        HUMAN_QUEUE = "human_queue"  # handed off, waiting for a person
        HUMAN = "human"  # a person holds it; the bot stays silent

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    agent_name = models.CharField(max_length=64)
    api_key = models.ForeignKey(ApiKey, null=True, blank=True, on_delete=models.SET_NULL)
    customer_ref = models.CharField(max_length=200, blank=True)
    # Who answers: one atomic column, not a flag in a prompt. Intake reads it before running the bot.
    holder = models.CharField(max_length=16, choices=Holder.choices, default=Holder.BOT)
    # Set when a person hands the conversation back to the bot: the note is pinned in the bot's context,
    # and the reason they had it is not a reason to escalate again (no handoff loop). Cleared by the next
    # escalation.
    handback_note = models.TextField(blank=True)
    handback_reason = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"conversation {self.id}"


class Message(models.Model):
    class Role(models.TextChoices):
        CUSTOMER = "customer"
        ASSISTANT = "assistant"
        HUMAN_AGENT = "human_agent"
        SYSTEM = "system"  # notices to the customer (handoff, approval outcome)

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16, choices=Role.choices)
    text = models.TextField()
    run = models.ForeignKey("Run", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # A support agent's reply: who wrote it, and the name the customer saw (kept as it was shown, even
    # if the person's name changes later).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=150, blank=True, db_default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["conversation", "id"])]

    def __str__(self) -> str:
        return f"{self.role}: {self.text[:40]}"


class Run(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        AWAITING_APPROVAL = "awaiting_approval"
        COMPLETED = "completed"
        DEGRADED = "degraded"  # answered from a canned template: every provider failed
        HANDED_OFF = "handed_off"  # a person takes it from here (ticket in Escalation)
        LOOPING = "looping"
        LIMIT_EXCEEDED = "limit_exceeded"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="runs")
    agent_name = models.CharField(max_length=64)
    # For a desk agent: the executor the router picked for this turn (its prompt, tools, limits).
    executor_name = models.CharField(max_length=64, blank=True)
    prompt_version = models.PositiveIntegerField(default=1)
    trigger_message = models.ForeignKey(Message, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    # The number of checkpointed steps: the next step written is `step_count`.
    step_count = models.PositiveIntegerField(default=0)
    tokens_in = models.PositiveIntegerField(default=0)
    tokens_out = models.PositiveIntegerField(default=0)
    tokens_cached = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    # Wall-clock seconds spent executing, summed over every resume (time parked does not count).
    active_seconds = models.FloatField(default=0)
    final_text = models.TextField(blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)
    # The worst failure of the run, for error rates and alerts (tracing.Span.ErrorClass): "" none,
    # "recoverable" (retried or fell back), "degraded" (a template or a safe answer), "fatal" (escalated).
    failure_class = models.CharField(max_length=12, blank=True, default="")
    # Lease: the worker executing the run renews it at every checkpoint; an expired lease on a
    # running run means its process died, and `resume_runs` may take it over.
    lease_owner = models.CharField(max_length=64, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "lease_expires_at"]),
            models.Index(fields=["created_at"]),
            # Alert windows, dashboards and /metrics read runs by when they ended.
            models.Index(fields=["finished_at"]),
        ]

    def __str__(self) -> str:
        return f"run {self.id} ({self.status})"


class RunStep(models.Model):
    """One checkpoint. `kind=model`: the model's response (text, tool calls); `kind=tool`: one tool
    call's result or typed error. A run is rebuilt from its steps on resume, in `index` order."""

    class Kind(models.TextChoices):
        MODEL = "model"
        TOOL = "tool"
        APPROVAL = "approval"  # a decided approval: the tool result (or refusal) the run resumes with
        ROUTE = "route"  # the router's decision: intent, confidence, language, tier, executor
        CACHE = "cache"  # the answer came from the semantic cache (which entry, its similarity)

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="steps")
    index = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    payload = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "index"], name="run_step_index_unique")]
        ordering = ["index"]

    def __str__(self) -> str:
        return f"step {self.index} ({self.kind})"


class ApprovalRequest(models.Model):
    """An irreversible action the agent prepared. The exact arguments and their hash are frozen at
    creation; a decision executes those arguments once (`executed_at` is set by exactly one claim)."""

    class Status(models.TextChoices):
        PENDING = "pending"
        APPROVED = "approved"  # decided, execution claimed or queued
        EXECUTED = "executed"
        FAILED = "failed"  # executed and the tool returned an error
        REJECTED = "rejected"
        EXPIRED = "expired"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="approvals")
    step_index = models.PositiveIntegerField()  # the model step that asked for the call
    tool_call_id = models.CharField(max_length=128)
    tool_name = models.CharField(max_length=64)
    # What the agent asked for, frozen with its hash. Never changed: an edit goes to `approved_arguments`.
    arguments = models.JSONField()
    arguments_hash = models.CharField(max_length=64)
    # What runs: the asked-for arguments, or a manager's edit of them (with `edit_reason`). Set when the
    # request is created and replaced by an edit, so the executed call is always this field.
    approved_arguments = models.JSONField(null=True, blank=True)
    approved_arguments_hash = models.CharField(max_length=64, blank=True)
    edit_reason = models.TextField(blank=True)
    edited_by = models.CharField(max_length=150, blank=True)
    # One line a person reads ("Refund $40.00 on order 1234 for Ana Souza") and the money at stake, both
    # computed by the tool when the run parks (and again after an edit).
    description = models.CharField(max_length=500, blank=True)
    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    justification = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # Above HANDRAIL_TWO_PERSON_APPROVAL_ABOVE two different people approve; the first is recorded here
    # and the request stays pending until the second.
    required_approvals = models.PositiveSmallIntegerField(default=1)
    first_approved_by = models.CharField(max_length=150, blank=True)
    first_approved_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.CharField(max_length=150, blank=True)
    decision_reason = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # A pending request past this time expires: nobody can approve it, the customer is told, and the
    # run resumes with the refusal.
    expires_at = models.DateTimeField(null=True, blank=True)
    executed_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "tool_call_id"], name="one_approval_per_tool_call")
        ]
        indexes = [models.Index(fields=["status", "expires_at"])]

    def __str__(self) -> str:
        return f"approval {self.tool_name} ({self.status})"

    @property
    def arguments_to_run(self) -> dict:
        return self.approved_arguments if self.approved_arguments is not None else self.arguments

    @property
    def was_edited(self) -> bool:
        return bool(self.edit_reason)


class Escalation(models.Model):
    """A conversation handed to a person, with why and what the bot knew and tried.

    Created by the runtime in the same transaction that sets the conversation's holder to
    `human_queue`: from that commit on the bot is silent there. People move it on through
    `reviews.actions` (claim, reply, hand back, resolve)."""

    class Reason(models.TextChoices):
        LOW_CONFIDENCE = "low_confidence", "Bot unsure"
        ASKED_FOR_HUMAN = "customer_asked_for_human", "Asked for a person"
        LOOP = "looping", "Bot looping"
        SENSITIVE_TOPIC = "sensitive_topic", "Sensitive topic"
        STEP_LIMIT = "step_limit", "Step limit"
        TOKEN_LIMIT = "token_limit", "Token limit"
        COST_LIMIT = "cost_limit", "Cost limit"
        TIME_LIMIT = "time_limit", "Time limit"
        CONTEXT_LIMIT = "context_limit", "Context too long"
        FATAL_ERROR = "fatal_error", "Runtime error"
        PROVIDERS_EXHAUSTED = "providers_exhausted", "Models unavailable"
        BUDGET_EXHAUSTED = "budget_exhausted", "Budget used up"
        # The input and output guards (agents.guards)
        PROMPT_INJECTION = "prompt_injection", "Injection attempt"
        UNSUPPORTED_LANGUAGE = "unsupported_language", "Language not supported"
        UNREADABLE = "unreadable_message", "Unreadable message"
        OUTPUT_GUARD = "output_guard", "Reply failed checks"

    class Status(models.TextChoices):
        OPEN = "open"  # waiting in the inbox
        CLAIMED = "claimed"  # a person holds the conversation
        HANDED_BACK = "handed_back"  # the person gave it back to the bot
        RESOLVED = "resolved"  # the person solved it and closed it

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="escalations")
    run = models.ForeignKey(Run, null=True, on_delete=models.SET_NULL, related_name="escalations")
    reason_code = models.CharField(max_length=64)
    # The topic for `sensitive_topic` (legal_threat, billing_dispute, complaint, self_harm), or the
    # router's intent; shown next to the reason.
    reason_detail = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    # What the bot was thinking and doing: the routing decision and the model's last words, and the
    # tool calls of the run (name, arguments, outcome). Written once, when the run escalates.
    reasoning = models.TextField(blank=True)
    attempted_actions = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # A hand-back's note for the bot (it reads it in its context) and for the record.
    handback_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return self.ticket

    @property
    def ticket(self) -> str:
        return f"HR-{self.pk:06d}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.OPEN, self.Status.CLAIMED)


class BudgetLedger(models.Model):
    """Money allowed, reserved and spent for one scope on one day (UTC).

    A model call first reserves its estimated cost with one conditional UPDATE
    (`spent + reserved + estimate <= limit`), so concurrent calls can never together pass the limit;
    after the call the reservation is released and the real cost added (`agents.budgets`). A crash in
    between leaves the reservation counted until the day ends: the ledger errs on the side of not
    spending."""

    class Scope(models.TextChoices):
        USER = "user"  # one customer (Conversation.customer_ref)
        AGENT = "agent"  # one agent (the desk a conversation belongs to)

    scope = models.CharField(max_length=8, choices=Scope.choices)
    key = models.CharField(max_length=200)
    day = models.DateField()
    limit_usd = models.DecimalField(max_digits=12, decimal_places=6)
    reserved_usd = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    spent_usd = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "key", "day"], name="budget_ledger_unique")]
        # The budget alert reads one day's ledgers across every scope (tracing.alerts).
        indexes = [models.Index(fields=["day"])]

    def __str__(self) -> str:
        return f"{self.scope}:{self.key} {self.day} {self.spent_usd}/{self.limit_usd}"


class CachedAnswer(models.Model):
    """One answer the semantic cache may serve again (`agents.guards.cache`).

    `scope_key` hashes what an answer depends on besides the question: agent, intent, language, prompt
    version and knowledge-base version. A new prompt or article version is a new scope, so old answers
    are never served for it; they expire by `expires_at` and are deleted on invalidation."""

    agent_name = models.CharField(max_length=64)
    scope_key = models.CharField(max_length=64)
    intent = models.CharField(max_length=64, blank=True)
    language = models.CharField(max_length=8, blank=True)
    prompt_version = models.CharField(max_length=64, blank=True)
    kb_version = models.CharField(max_length=64, blank=True)
    question = models.TextField()
    # sha256 of the normalised question: the exact tier, before any embedding.
    question_hash = models.CharField(max_length=64)
    # float32 all-MiniLM-L6-v2 vector (384 x 4 bytes), L2-normalised.
    embedding = models.BinaryField()
    answer = models.TextField()
    # The source chips and anything else the reply carried (never personal data).
    meta = models.JSONField(default=dict, blank=True)
    hits = models.PositiveIntegerField(default=0)
    last_hit_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["agent_name", "scope_key"]),
            models.Index(fields=["question_hash"]),
            models.Index(fields=["expires_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.agent_name}: {self.question[:60]}"
