"""The shapes every guard check shares: a check looks at a `Subject` and returns a `CheckResult`.

A check never decides the turn alone: the pipeline (`agents.guards.pipeline`) runs the enabled checks in
order, applies each one's configured threshold and action, and turns the results into one `GuardOutcome`.
Checks are plain objects with a `name` and a `check(subject, config)` method, so a deployment can add
its own next to the shipped ones.

Verdicts, from mildest to strongest (the strongest fired check wins):
- `allow`: the message goes to the model as it is;
- `allow_redacted`: it goes with personal data replaced by placeholders (`[EMAIL_1]`);
- `refuse`: the customer gets a kind message in their language; the model is not called;
- `escalate`: a person takes over with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Verdict(StrEnum):
    ALLOW = "allow"
    ALLOW_REDACTED = "allow_redacted"
    REFUSE = "refuse"
    ESCALATE = "escalate"


#: strongest last: the outcome of several fired checks is the strongest of their actions
VERDICT_ORDER = [Verdict.ALLOW, Verdict.ALLOW_REDACTED, Verdict.REFUSE, Verdict.ESCALATE]


class OutputAction(StrEnum):
    """What the output guard does with a reply that failed a check."""

    SEND = "send"
    REPAIR = "repair"  # ask the model once more, with the failure explained
    REPLACE = "replace"  # send a safe answer instead
    ESCALATE = "escalate"


OUTPUT_ACTION_ORDER = [OutputAction.SEND, OutputAction.REPAIR, OutputAction.REPLACE, OutputAction.ESCALATE]


def strongest(verdicts: list[Verdict]) -> Verdict:
    return max(verdicts, key=VERDICT_ORDER.index, default=Verdict.ALLOW)


@dataclass(frozen=True)
class CheckConfig:
    """Per agent and per check: whether it runs, the score at which it fires, and what firing does.

    `threshold=None` and `action=None` keep the check's own defaults."""

    enabled: bool = True
    threshold: float | None = None
    action: str | None = None


@dataclass
class CheckResult:
    """One check's reading of one text. `score` is in [0, 1]; `fired` is score >= threshold."""

    name: str
    score: float
    fired: bool
    action: str  # the verdict (input) or output action this check asks for when it fired
    reason: str = ""  # one short line a person reads in the trace ("instruction override: 'ignore all...'")
    detail: dict[str, Any] = field(default_factory=dict)  # machine-readable extras (topic, language, spans)
    duration_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "score": round(float(self.score), 4),
            "fired": self.fired,
            "action": self.action,
            "reason": self.reason,
            "detail": self.detail,
            "duration_ms": round(self.duration_ms, 3),
        }


@dataclass
class Subject:
    """What the checks look at. `text` is what the customer (or a tool, or a document) sent, after
    normalisation for the model (NFKC, invisible characters removed); `variants` are readings made for
    the checks only (homoglyphs folded, base64 / leetspeak / spaced letters decoded): the model never
    sees them. `source` says where the text came from: "customer", "tool:<name>", "knowledge", "reply".
    """

    original: str
    text: str
    variants: list[str] = field(default_factory=list)
    source: str = "customer"
    language: str = ""
    agent_name: str = ""
    customer_ref: str = ""
    # Filled by earlier checks for later ones (e.g. the embedding of `text`, the language guess).
    notes: dict[str, Any] = field(default_factory=dict)

    def readings(self) -> list[str]:
        """The text and every decoded variant, without repeats, the text first."""
        seen: list[str] = []
        for reading in [self.text, *self.variants]:
            if reading and reading not in seen:
                seen.append(reading)
        return seen


class Check(Protocol):
    name: str
    default_threshold: float
    default_action: str

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult: ...


@dataclass
class GuardOutcome:
    """The input guard's decision on one message."""

    verdict: Verdict
    checks: list[CheckResult]
    # What the model gets (redacted when PII redaction is on and found something).
    text_for_model: str
    language: str = ""
    # The check that decided a refuse or escalate verdict, and its reason code for the escalation.
    deciding_check: str = ""
    reason_code: str = ""
    # A refuse verdict's kind message, in the customer's language.
    customer_message: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    duration_ms: float = 0.0

    def fired(self) -> list[CheckResult]:
        return [c for c in self.checks if c.fired]

    def as_payload(self) -> dict[str, Any]:
        """The `guard` run step and the `GuardVerdict` row carry this: no clear-text PII in it."""
        return {
            "stage": "input",
            "verdict": str(self.verdict),
            "language": self.language,
            "deciding_check": self.deciding_check,
            "reason_code": self.reason_code,
            "customer_message": self.customer_message,
            "checks": [c.as_dict() for c in self.checks],
            "detail": self.detail,
            "duration_ms": round(self.duration_ms, 3),
        }
