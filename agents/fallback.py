"""The fallback chain: primary provider, secondary provider, ... then the caller's canned templates
and human handoff.

Per provider: retries on retryable failures only (tenacity), waiting what the provider's
Retry-After asks for (up to HANDRAIL_MAX_RETRY_AFTER_SECONDS; a longer wait moves on to the next
provider instead), else exponential backoff with jitter; and a circuit breaker (pybreaker) so a
provider that keeps failing is skipped at once until its reset timeout has passed.

Every attempt, failed or not, becomes an `LLMCallRecord` for the run's trace.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

import pybreaker
from django.conf import settings
from django.utils import timezone
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

from agents.errors import ProviderError
from agents.providers import build_provider
from agents.providers.base import ModelRequest, ModelResponse, Provider
from tracing.recording import LLMCallRecord

TextSink = Callable[[str], Awaitable[None]]

_breakers: dict[str, pybreaker.CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def _is_caller_fault(exc: BaseException) -> bool:
    # A request the provider rejects as malformed says nothing about the provider's health.
    return isinstance(exc, ProviderError) and exc.code in {"bad_request", "malformed_response"}


def breaker_for(key: str) -> pybreaker.CircuitBreaker:
    with _breakers_lock:
        breaker = _breakers.get(key)
        if breaker is None:
            breaker = pybreaker.CircuitBreaker(
                fail_max=settings.HANDRAIL_BREAKER_FAIL_MAX,
                reset_timeout=settings.HANDRAIL_BREAKER_RESET_SECONDS,
                exclude=[_is_caller_fault],
                throw_new_error_on_trip=False,
                name=key,
            )
            _breakers[key] = breaker
        return breaker


def reset_breakers() -> None:
    """Close every breaker (tests, and the console's "retry providers now" later)."""
    with _breakers_lock:
        _breakers.clear()


_providers: dict[str, Provider] = {}


def provider_for(entry: str) -> Provider:
    # Providers hold SDK clients with connection pools: build each once per process.
    provider = _providers.get(entry)
    if provider is None:
        provider = _providers[entry] = build_provider(entry)
    return provider


def reset_providers() -> None:
    _providers.clear()


@dataclass
class ChainResult:
    response: ModelResponse | None
    records: list[LLMCallRecord] = field(default_factory=list)
    last_error: ProviderError | None = None


class _RetryAfterTooLong(Exception):
    pass


def _should_retry(exc: BaseException) -> bool:
    if not isinstance(exc, ProviderError) or not exc.retryable:
        return False
    if exc.retry_after is not None and exc.retry_after > settings.HANDRAIL_MAX_RETRY_AFTER_SECONDS:
        return False  # asked to wait too long: the next provider will answer sooner
    return True


_backoff = wait_exponential_jitter(multiplier=0.25, max=8, jitter=0.25)


def _wait(retry_state: RetryCallState) -> float:
    exc = retry_state.outcome.exception() if retry_state.outcome else None
    if isinstance(exc, ProviderError) and exc.retry_after is not None:
        return exc.retry_after
    return _backoff(retry_state)


class FallbackChain:
    def __init__(self, entries: list[str]) -> None:
        self.entries = entries

    async def call(
        self,
        request: ModelRequest,
        *,
        step_index: int,
        on_text: TextSink | None = None,
        on_reset: Callable[[], Awaitable[None]] | None = None,
    ) -> ChainResult:
        """Ask each provider in turn. Streams text through `on_text` when given; if a stream fails
        after text was sent, `on_reset` tells the listener to drop it before the next attempt."""
        result = ChainResult(response=None)
        for entry in self.entries:
            provider = provider_for(entry)
            breaker = breaker_for(provider.key)
            if breaker.current_state == pybreaker.STATE_OPEN:
                result.last_error = ProviderError(
                    f"{provider.key} is skipped: its circuit is open", code="circuit_open", retryable=False
                )
                result.records.append(
                    self._record(provider, request, step_index, 0, 0.0, None, result.last_error)
                )
                continue
            attempt_no = 0
            retrying = AsyncRetrying(
                stop=stop_after_attempt(settings.HANDRAIL_PROVIDER_MAX_ATTEMPTS),
                wait=_wait,
                retry=retry_if_exception(_should_retry),
                reraise=True,
            )
            try:
                async for attempt in retrying:
                    with attempt:
                        attempt_no += 1
                        response = await self._attempt(
                            provider, breaker, request, step_index, attempt_no, result, on_text, on_reset
                        )
                        result.response = response
                        return result
            except ProviderError as exc:
                result.last_error = exc
            except pybreaker.CircuitBreakerError:
                # Another run tripped the breaker between our check and our call.
                result.last_error = ProviderError(
                    f"{provider.key} circuit opened", code="circuit_open", retryable=False
                )
        return result

    async def _attempt(
        self,
        provider: Provider,
        breaker: pybreaker.CircuitBreaker,
        request: ModelRequest,
        step_index: int,
        attempt_no: int,
        result: ChainResult,
        on_text: TextSink | None,
        on_reset: Callable[[], Awaitable[None]] | None,
    ) -> ModelResponse:
        provider_request = replace(request, model=provider.model)
        started = time.perf_counter()
        sent_text = False
        try:
            with breaker.calling():
                if on_text is None:
                    response = await provider.complete(provider_request)
                else:
                    response = None
                    async for event in provider.stream(provider_request):
                        if event.kind == "text" and event.text:
                            sent_text = True
                            await on_text(event.text)
                        elif event.kind == "done":
                            response = event.response
                    if response is None:
                        raise ProviderError(
                            f"{provider.key} stream ended without a final message",
                            code="truncated_stream",
                            retryable=True,
                        )
        except ProviderError as exc:
            latency = (time.perf_counter() - started) * 1000
            result.records.append(
                self._record(provider, provider_request, step_index, attempt_no, latency, None, exc, on_text)
            )
            if sent_text and on_reset is not None:
                await on_reset()
            raise
        latency = (time.perf_counter() - started) * 1000
        result.records.append(
            self._record(provider, provider_request, step_index, attempt_no, latency, response, None, on_text)
        )
        return response

    @staticmethod
    def _record(
        provider: Provider,
        request: ModelRequest,
        step_index: int,
        attempt_no: int,
        latency_ms: float,
        response: ModelResponse | None,
        error: ProviderError | None,
        on_text: TextSink | None = None,
    ) -> LLMCallRecord:
        usage = response.usage if response else None
        return LLMCallRecord(
            step_index=step_index,
            attempt=attempt_no,
            provider=provider.kind,
            model=(response.model if response else provider.model),
            request=request.to_record(),
            response=response.to_record() if response else None,
            tokens_in=usage.input_tokens if usage else 0,
            tokens_out=usage.output_tokens if usage else 0,
            tokens_cached=usage.cached_input_tokens if usage else 0,
            latency_ms=latency_ms,
            created_at=timezone.now(),
            streamed=on_text is not None,
            error_code=error.code if error else "",
            error_message=error.message if error else "",
        )
