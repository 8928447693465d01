"""SDK failures -> `ProviderError`, shared by the Anthropic and OpenAI providers.

Both official SDKs are generated from the same template, so their exception classes have the same
names (`APITimeoutError`, `APIConnectionError`, `APIStatusError`, ...). The functions here take the SDK
module as an argument instead of importing both, so using one provider never imports the other SDK.

The one rule callers rely on: `retryable` says whether the same request may succeed later
(rate limit, overload, 5xx, timeout, dropped connection, cut stream); a request the provider
refused for what it is (400, 401, 404, unparseable answer) is not retried.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from types import ModuleType
from typing import Any, TypeVar

import httpx2  # the transport under both SDKs; a stream read can raise its errors unwrapped

from agents.errors import ProviderError

T = TypeVar("T")

# Error types from the providers' own error bodies (Anthropic `error.type`, OpenAI `error.type`/`code`)
# that decide the code when the HTTP status does not, e.g. an error event inside a 200 stream.
_BODY_TYPE_CODES: dict[str, tuple[str, bool]] = {
    "overloaded_error": ("overloaded", True),
    "rate_limit_error": ("rate_limited", True),
    "rate_limit_exceeded": ("rate_limited", True),
    "api_error": ("server_error", True),
    "server_error": ("server_error", True),
    "timeout_error": ("timeout", True),
    "invalid_request_error": ("bad_request", False),
    "request_too_large": ("bad_request", False),
    "authentication_error": ("auth", False),
    "permission_error": ("auth", False),
    "billing_error": ("auth", False),
    "not_found_error": ("not_found", False),
}


def parse_retry_after(headers: Mapping[str, str] | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait, from `retry-after-ms`, `Retry-After: <seconds>` or `Retry-After: <HTTP date>`.

    None when the server sent no usable hint; a date in the past means "now" (0.0).
    """
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a zone-less one is read as such
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def _body_error_type(body: object) -> str | None:
    """`error.type` of an Anthropic body, or `code`/`type` of an OpenAI error object."""
    if not isinstance(body, dict):
        return None
    inner = body.get("error")
    if isinstance(inner, dict):
        body = inner
    for key in ("code", "type"):
        value = body.get(key)
        if isinstance(value, str) and value in _BODY_TYPE_CODES:
            return value
    value = body.get("type")
    return value if isinstance(value, str) else None


def error_from_status(
    status: int,
    *,
    provider: str,
    message: str,
    body: object = None,
    headers: Mapping[str, str] | None = None,
) -> ProviderError:
    """The ProviderError for an HTTP error status (or an error event carried by a 200 stream)."""
    retry_after = parse_retry_after(headers)
    body_type = _body_error_type(body)
    text = f"{provider} returned HTTP {status}: {message}"
    if status == 429:
        return ProviderError(
            text, code="rate_limited", retryable=True, status=status, retry_after=retry_after
        )
    if status == 529 or body_type == "overloaded_error":
        return ProviderError(text, code="overloaded", retryable=True, status=status, retry_after=retry_after)
    if status >= 500:
        return ProviderError(
            text, code="server_error", retryable=True, status=status, retry_after=retry_after
        )
    if status in (401, 402, 403):
        return ProviderError(text, code="auth", retryable=False, status=status)
    if status == 404:
        return ProviderError(text, code="not_found", retryable=False, status=status)
    if status == 408:
        return ProviderError(text, code="timeout", retryable=True, status=status, retry_after=retry_after)
    if status >= 400:
        return ProviderError(text, code="bad_request", retryable=False, status=status)
    # A 2xx whose stream carried an error: the body's error type is all there is to go on.
    code, retryable = _BODY_TYPE_CODES.get(body_type or "", ("server_error", True))
    return ProviderError(
        text, code=code, retryable=retryable, status=status, retry_after=retry_after if retryable else None
    )


def _status_message(exc: Any) -> str:
    for candidate in (getattr(exc, "api_message", None), getattr(exc, "message", None)):
        if isinstance(candidate, str) and candidate:
            return candidate
    return str(exc)


def provider_error(
    exc: BaseException, *, sdk: ModuleType, provider: str, in_stream: bool = False
) -> ProviderError:
    """Translate an SDK (or transport) failure into a ProviderError.

    `sdk` is the `anthropic` or `openai` module. `in_stream` says the failure happened while reading
    a stream that had already started: a dropped connection then means a truncated stream.
    Catch with `sdk_failures(sdk)`; anything else raises TypeError (a bug must not be disguised).
    """
    if isinstance(exc, ProviderError):
        return exc
    if isinstance(exc, TimeoutError | sdk.APITimeoutError | httpx2.TimeoutException):
        return ProviderError(f"{provider} did not answer in time", code="timeout", retryable=True)
    if isinstance(exc, sdk.APIStatusError):
        headers = exc.response.headers if getattr(exc, "response", None) is not None else None
        return error_from_status(
            exc.status_code, provider=provider, message=_status_message(exc), body=exc.body, headers=headers
        )
    if isinstance(exc, sdk.APIResponseValidationError):
        return ProviderError(
            f"{provider} sent a response that does not match its API: {exc}",
            code="malformed_response",
            retryable=False,
            status=exc.status_code,
        )
    if isinstance(exc, sdk.APIConnectionError | httpx2.RequestError):
        if in_stream:
            return truncated_stream(provider, f"the connection dropped mid-stream ({_root_cause(exc)})")
        return ProviderError(
            f"{provider} could not be reached: {_root_cause(exc)}", code="connection", retryable=True
        )
    if isinstance(exc, sdk.APIError):
        # An error object inside a 200 stream (OpenAI's `data: {"error": ...}`).
        return error_from_status(200, provider=provider, message=_status_message(exc), body=exc.body)
    if isinstance(exc, ValueError):
        # json.JSONDecodeError and pydantic's ValidationError are ValueErrors: the body was not JSON
        # or not the expected shape. Asking again will get the same broken answer.
        return ProviderError(
            f"{provider} sent a response that cannot be parsed: {exc}",
            code="malformed_response",
            retryable=False,
            status=200,
        )
    if isinstance(exc, _sdk_base_error(sdk)):
        # Client-side SDK errors (credentials that cannot be loaded and the like).
        return ProviderError(f"{provider} client error: {exc}", code="auth", retryable=False)
    raise TypeError(f"not a provider failure: {exc!r}") from exc


def _sdk_base_error(sdk: ModuleType) -> type[Exception]:
    return getattr(sdk, "AnthropicError", None) or sdk.OpenAIError


def sdk_failures(sdk: ModuleType) -> tuple[type[BaseException], ...]:
    """What to catch around an SDK call: everything `provider_error` translates, and nothing else,
    so a bug in our own code is not disguised as a provider failure."""
    return (_sdk_base_error(sdk), httpx2.RequestError, TimeoutError, ValueError)


def truncated_stream(provider: str, detail: str) -> ProviderError:
    return ProviderError(
        f"{provider} stream ended early: {detail}", code="truncated_stream", retryable=True, status=200
    )


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


async def next_stream_item(
    iterator: AsyncIterator[T], *, deadline: float, sdk: ModuleType, provider: str
) -> T | None:
    """The next item of an SDK stream, None at its end; every failure becomes a ProviderError.

    `deadline` (loop time) bounds the whole call: the SDK's timeout only bounds each read, so a
    server trickling one byte at a time could otherwise hold a run forever.
    """
    remaining = deadline - asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout(max(remaining, 0)):
            return await anext(iterator)
    except StopAsyncIteration:
        return None
    except sdk_failures(sdk) as exc:
        raise provider_error(exc, sdk=sdk, provider=provider, in_stream=True) from exc
