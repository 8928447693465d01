"""One error type per layer, each carrying a machine-readable `code` and a `retryable` flag.

Callers decide retry vs give-up from `retryable`, never from message text.
"""


class HandrailError(Exception):
    code: str = "error"
    retryable: bool = False

    def __init__(self, message: str, *, code: str | None = None, retryable: bool | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if retryable is not None:
            self.retryable = retryable

    def as_dict(self) -> dict:
        return {"code": self.code, "retryable": self.retryable, "message": self.message}


class ProviderError(HandrailError):
    """A model provider failed. `retry_after` (seconds) is the provider's own hint, if it sent one.

    Codes: rate_limited, overloaded, server_error, timeout, connection, truncated_stream (retryable);
    bad_request, auth, not_found, malformed_response, circuit_open, unsupported, provider_config
    (not retryable here).
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        retryable: bool,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, retryable=retryable)
        self.status = status
        self.retry_after = retry_after


class ToolError(HandrailError):
    """A tool failed. Transient failures (timeouts, 5xx, connection) are `retryable`; a 4xx-like or
    validation failure never is. The model receives `as_dict()` as the tool result."""


class RunError(HandrailError):
    """The run cannot go on (limit reached, loop, unknown agent)."""


class InputError(HandrailError):
    """Bad input from a caller: answered with a 4xx and a message, nothing written."""

    def __init__(self, message: str, *, code: str = "invalid_input", status: int = 422) -> None:
        super().__init__(message, code=code, retryable=False)
        self.status = status
