"""The input guard: named checks run in order over one customer message, turned into one verdict.

    text -> prepare (NFKC, invisible characters out; decoded readings for the checks only)
         -> size -> gibberish -> language -> pii -> injection -> sensitive topic -> human request
         -> verdict (the strongest action among the checks that fired)

Every check runs (unless a size refusal makes the rest pointless), so a trace and `guard_scan` show all
scores, not only the first that fired. A check that raises is recorded as failed and does not fire: a
bug in one check must not stop the desk (the output guard and approvals still stand behind it).

The optional model-based injection layer is async (it calls the provider chain): `screen_async` runs
it when `GuardSettings.model_injection_check` is on and the cheap layers are unsure.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from agents.guards.base import (
    Check,
    CheckConfig,
    CheckResult,
    GuardOutcome,
    Subject,
    Verdict,
    strongest,
)
from agents.guards.config import GuardSettings

logger = logging.getLogger(__name__)

#: Above this many characters the text is not even normalised: it is refused as too long, and reading
#: a megabyte through every check would cost more than the answer is worth.
HARD_READ_LIMIT_FACTOR = 4

#: What a refusal by each check tells the customer (agents.guards.messages kinds).
REFUSAL_KINDS = {
    "size": "too_long",
    "gibberish": "gibberish",
    "language": "language_not_supported",
    "injection": "injection",
}
#: The escalation reason each check gives the person who picks the conversation up.
ESCALATION_REASONS = {
    "sensitive_topic": "sensitive_topic",
    "human_request": "customer_asked_for_human",
    "language": "unsupported_language",
    "injection": "prompt_injection",
    "gibberish": "unreadable_message",
    "size": "message_too_long",
    "pii": "personal_data",
}


def build_checks(settings: GuardSettings, *, sensitive_similarity: bool, human_requests: bool) -> list[Check]:
    from agents.guards.injection import InjectionCheck
    from agents.guards.pii import PiiCheck
    from agents.guards.text_checks import GibberishCheck, LanguageCheck, SizeCheck
    from agents.guards.topic_checks import HumanRequestCheck, SensitiveTopicCheck

    checks: list[Check] = [
        SizeCheck(settings.max_chars),
        GibberishCheck(),
        LanguageCheck(settings.allowed_languages, settings.other_language_action),
        PiiCheck(),
        InjectionCheck(model_check=False),
        SensitiveTopicCheck(similarity=sensitive_similarity),
    ]
    if human_requests:
        checks.append(HumanRequestCheck())
    return checks


class InputGuard:
    """One agent's input guard. Build it once per settings (the checks load their data lazily)."""

    def __init__(
        self,
        settings: GuardSettings,
        *,
        sensitive_similarity: bool = True,
        human_requests: bool = True,
        checks: list[Check] | None = None,
    ) -> None:
        self.settings = settings
        self.checks = (
            checks
            if checks is not None
            else build_checks(
                settings, sensitive_similarity=sensitive_similarity, human_requests=human_requests
            )
        )

    def screen(self, text: str, *, agent_name: str = "", customer_ref: str = "") -> GuardOutcome:
        from agents.guards.normalise import prepare

        started = time.perf_counter()
        settings = self.settings
        if not isinstance(text, str):
            text = str(text)
        hard_limit = settings.max_chars * HARD_READ_LIMIT_FACTOR
        prepared = prepare(text[:hard_limit])
        subject = Subject(
            original=text,
            text=prepared.for_model,
            variants=list(prepared.variants),
            source="customer",
            agent_name=agent_name,
            customer_ref=customer_ref,
        )
        subject.notes["original_chars"] = len(text)
        results: list[CheckResult] = []
        for check in self.checks:
            config = settings.check_config(check.name)
            if not config.enabled:
                continue
            result = self._run(check, subject, config)
            results.append(result)
            if check.name == "size" and result.fired:
                break  # nothing else is worth reading in a message we will not take
        if len(text) > hard_limit and not any(r.name == "size" and r.fired for r in results):
            # The size check was disabled, but the rest only read the first `hard_limit` characters.
            results.append(
                CheckResult("size", 1.0, True, Verdict.REFUSE, f"{len(text)} characters, over the hard limit")
            )
        outcome = self._decide(results, subject, prepared)
        outcome.duration_ms = (time.perf_counter() - started) * 1000
        return outcome

    async def screen_async(self, text: str, *, chain: Any = None, **kwargs: Any) -> GuardOutcome:
        """`screen`, plus the model-based injection layer when configured (needs the agent's chain)."""
        from asgiref.sync import sync_to_async

        outcome = await sync_to_async(self.screen, thread_sensitive=False)(text, **kwargs)
        if not self.settings.model_injection_check or chain is None:
            return outcome
        injection = next((c for c in outcome.checks if c.name == "injection"), None)
        if injection is None or injection.fired or not injection.detail.get("ambiguous"):
            return outcome
        from agents.guards.injection import model_check

        started = time.perf_counter()
        try:
            second = await model_check(outcome.text_for_model, chain)
        except Exception as exc:  # the optional layer failing leaves the cheap layers' answer
            logger.warning("model-based injection check failed: %s", exc)
            return outcome
        second.duration_ms = (time.perf_counter() - started) * 1000
        outcome.checks.append(second)
        if second.fired:
            return self._decide(outcome.checks, None, None, previous=outcome)
        return outcome

    # --- inside -------------------------------------------------------------------------------
    def _run(self, check: Check, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        try:
            result = check.check(subject, config)
        except Exception as exc:
            logger.exception("guard check %s failed", check.name)
            result = CheckResult(
                name=check.name,
                score=0.0,
                fired=False,
                action=config.action or check.default_action,
                reason=f"check failed: {type(exc).__name__}",
                detail={"error": type(exc).__name__},
            )
        result.duration_ms = (time.perf_counter() - started) * 1000
        if config.threshold is not None:
            result.fired = result.score >= config.threshold
        if config.action:
            result.action = config.action
        return result

    def _decide(
        self,
        results: list[CheckResult],
        subject: Subject | None,
        prepared: Any,
        *,
        previous: GuardOutcome | None = None,
    ) -> GuardOutcome:
        settings = self.settings
        language = (subject.language if subject else previous.language if previous else "") or "en"
        fired = [r for r in results if r.fired]
        actions = []
        for result in fired:
            try:
                actions.append(Verdict(result.action))
            except ValueError:
                logger.warning("guard check %s asked for unknown action %r", result.name, result.action)
                actions.append(Verdict.REFUSE)
        # PII only changes the verdict when redaction is on; otherwise it is noted, not acted on.
        if not settings.redact_pii:
            actions = [
                a
                for a, r in zip(actions, fired, strict=True)
                if not (r.name == "pii" and a == Verdict.ALLOW_REDACTED)
            ]
        verdict = strongest(actions)
        deciding = next(
            (r for r, a in zip(fired, actions, strict=False) if a == verdict and verdict != Verdict.ALLOW),
            None,
        )
        if previous is not None:
            text_for_model = previous.text_for_model
        else:
            text_for_model = prepared.for_model if prepared is not None else ""
        if verdict == Verdict.ALLOW_REDACTED:
            from agents.guards.pii import Vault

            text_for_model = Vault().redact(text_for_model)
        outcome = GuardOutcome(
            verdict=verdict,
            checks=results,
            text_for_model=text_for_model,
            language=language,
            deciding_check=deciding.name if deciding else "",
        )
        if verdict == Verdict.REFUSE and deciding is not None:
            from agents.guards.messages import refusal_message

            kind = REFUSAL_KINDS.get(deciding.name, "generic")
            if deciding.name == "gibberish" and deciding.detail.get("empty"):
                kind = "empty"
            outcome.reason_code = f"guard_{deciding.name}"
            outcome.customer_message = refusal_message(
                kind, language, allowed_languages=settings.allowed_languages
            )
        elif verdict == Verdict.ESCALATE and deciding is not None:
            outcome.reason_code = ESCALATION_REASONS.get(deciding.name, f"guard_{deciding.name}")
            outcome.detail = {"reason": deciding.reason, **deciding.detail}
        if prepared is not None:
            outcome.detail["normalisation"] = {
                "decoded": list(getattr(prepared, "decoded", []) or []),
                "invisible_removed": getattr(prepared, "invisible_removed", 0),
                "homoglyphs": getattr(prepared, "homoglyphs", 0),
            }
        if previous is not None:
            outcome.detail = {**previous.detail, **outcome.detail}
            outcome.duration_ms = previous.duration_ms
        return outcome


def warm_up() -> None:
    """Load every check's tables and models now (a worker's start-up) instead of on the first message:
    lingua's models, the word list and look-alike table, phone metadata and the injection weights cost
    about 3 s together."""
    from agents.guards import injection, normalise, pii, text_checks

    normalise.warm_up()
    text_checks.warm_up()
    pii.warm_up()
    injection.warm_up()


_guards: dict[tuple[int, bool, bool], InputGuard] = {}


def guard_for(settings: GuardSettings, *, sensitive_similarity: bool, human_requests: bool) -> InputGuard:
    """The process's guard for these settings (checks hold compiled patterns and loaded models)."""
    key = (id(settings), sensitive_similarity, human_requests)
    guard = _guards.get(key)
    if guard is None or guard.settings is not settings:
        guard = InputGuard(settings, sensitive_similarity=sensitive_similarity, human_requests=human_requests)
        _guards[key] = guard
    return guard
