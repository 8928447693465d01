"""Checks that send a message to a person: a sensitive topic, or the customer asking for one."""

from __future__ import annotations

import re
import time

from agents import sensitive
from agents.guards.base import CheckConfig, CheckResult, Subject, Verdict


class SensitiveTopicCheck:
    """A legal threat, a billing dispute, a complaint or a person in crisis (`agents.sensitive`).

    `similarity=False` runs the multilingual patterns only (~0.2 ms). A desk's router runs the
    similarity layer itself on the embedding it computes anyway, so the desk's guard leaves it out and
    no message is embedded twice (see `agents.guards.pipeline.InputGuard`)."""

    name = "sensitive_topic"
    default_threshold = 0.5
    default_action = Verdict.ESCALATE

    def __init__(self, *, similarity: bool = True) -> None:
        self.similarity = similarity

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        readings = subject.readings()
        decoded = next((r for r in readings[1:] if r), None)
        match = sensitive.detect_sensitive_topic(
            subject.text, normalised_text=decoded, similarity=self.similarity
        )
        threshold = config.threshold if config.threshold is not None else self.default_threshold
        score = match.score if match else 0.0
        fired = match is not None and score >= threshold
        return CheckResult(
            name=self.name,
            score=score,
            fired=fired,
            action=config.action or self.default_action,
            reason=f"{match.topic.replace('_', ' ')} ({match.method}): {match.evidence}" if match else "",
            detail={"topic": match.topic, "method": match.method} if match else {},
            duration_ms=(time.perf_counter() - started) * 1000,
        )


# Explicit requests only: "is a person going to read this?" is a question, not a request. Each pattern
# needs a verb of asking or connecting and a word for a person, or a bare "human please".
_PERSON = (
    r"(?:a |an |some |one )?(?:real |actual |live |human )?"
    r"(?:human|person|people|agent|representative|rep|operator|someone|somebody|manager|supervisor|staff)"
)
_HUMAN_PATTERNS = [
    rf"\b(?:talk|speak|chat|write)\s+(?:to|with)\s+{_PERSON}\b",
    rf"\b(?:get|give|put|transfer|connect|pass)\s+(?:me\s+)?(?:to|through to|with)?\s*{_PERSON}\b",
    rf"\b(?:want|need|like|request)\s+(?:to\s+(?:talk|speak)\s+(?:to|with)\s+)?{_PERSON}\b",
    r"^\s*(?:human|agent|operator|representative|real person)\s*(?:please|pls|now|!|\.)*\s*$",
    r"\bno (?:more )?(?:bots?|robots?|machines?)\b",
    # es / pt
    r"\b(?:hablar|habla|comunicarme|comunicar|falar)\s+(?:con|com)\s+(?:una?\s+|um\s+|uma\s+)?"
    r"(?:persona|humano|agente|operador|asesor|pessoa|atendente)\b",
    # fr
    r"\b(?:parler|discuter)\s+(?:à|a|avec)\s+(?:un|une|quelqu'un|quelqu un)\s*(?:humain|personne|conseiller|"
    r"conseillère|agent|opérateur|vrai)?\b",
    # de
    r"\b(?:mit\s+(?:einem|einer)\s+(?:menschen|mensch|mitarbeiter|mitarbeiterin|person|berater|beraterin)"
    r"\s+(?:sprechen|reden|verbunden))\b",
    # it / nl
    r"\b(?:parlare)\s+con\s+(?:un|una|un')\s*(?:persona|operatore|umano|operatrice)\b",
    r"\b(?:spreken|praten)\s+met\s+(?:een\s+)?(?:mens|medewerker|persoon)\b",
    r"\bmet\s+(?:een\s+)?(?:mens|medewerker)\s+(?:spreken|praten)\b",
]
_HUMAN = re.compile("|".join(f"(?:{p})" for p in _HUMAN_PATTERNS), re.IGNORECASE)


class HumanRequestCheck:
    """The customer asks for a person: escalate at once, with no apology (nothing went wrong)."""

    name = "human_request"
    default_threshold = 0.5
    default_action = Verdict.ESCALATE

    def check(self, subject: Subject, config: CheckConfig) -> CheckResult:
        started = time.perf_counter()
        found = None
        for reading in subject.readings():
            found = _HUMAN.search(reading[:2000])
            if found:
                break
        threshold = config.threshold if config.threshold is not None else self.default_threshold
        score = 1.0 if found else 0.0
        return CheckResult(
            name=self.name,
            score=score,
            fired=score >= threshold,
            action=config.action or self.default_action,
            reason=f"asked for a person: {found.group(0).strip()!r}" if found else "",
            duration_ms=(time.perf_counter() - started) * 1000,
        )
