"""Rate limits on incoming customer messages: per customer and per client IP address.

Moving windows (`limits`): at most N messages in any period of the window's length, so a burst at the
edge of a fixed window cannot pass twice the limit. Counted in Redis when REDIS_URL is set (one count
for every process and worker), in memory otherwise (the embedded default: one process).

Called where a customer message arrives (the HTTP API, the chat socket) before anything is stored, so
a refused message leaves no trace and the customer can send it again after `retry_after` seconds.
Limits are HANDRAIL_RATE_LIMIT_USER and HANDRAIL_RATE_LIMIT_IP ("20/minute"; "" turns one off).

A Redis outage must not stop customers from writing: the limiter then fails open (the message goes
through unlimited), logs a warning, and leaves Redis alone for `REDIS_PAUSE_SECONDS` so each message
does not wait for a dead server again.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from functools import lru_cache

from asgiref.sync import sync_to_async
from django.conf import settings
from limits import RateLimitItem, parse
from limits.errors import StorageError
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter
from redis.backoff import NoBackoff
from redis.retry import Retry

from agents.errors import RunError

logger = logging.getLogger(__name__)

# Keys in Redis: "handrail:ratelimit:LIMITER/user/<ref>/20/1/minute".
REDIS_KEY_PREFIX = "handrail:ratelimit"
# A local Redis answers in well under a millisecond; 250 ms bounds what a sick one adds to a message.
REDIS_TIMEOUT_SECONDS = 0.25
# After a Redis failure, messages go through unlimited for this long without trying Redis again.
REDIS_PAUSE_SECONDS = 5.0


# What the customer is told, by the limit that refused.
REFUSALS = {
    "user": "You're sending messages faster than I can answer. Please wait a moment, then send it again.",
    "ip": "Many messages are coming from your network right now. Please wait a moment, then send it again.",
}


class RateLimited(RunError):
    """Too many messages from one customer or one address. Retryable after `retry_after` seconds."""

    code = "rate_limited"
    retryable = True

    def __init__(self, message: str, *, retry_after: int, scope: str) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.scope = scope  # "user" or "ip"


class _Limiter:
    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url
        storage: Storage
        if redis_url:
            # limits names the schemes redis://, rediss://, redis+unix:// (REDIS_URL may say unix://).
            uri = redis_url
            if uri.startswith("unix://"):
                uri = "redis+unix://" + uri[len("unix://") :]
            storage = RedisStorage(
                uri,
                key_prefix=REDIS_KEY_PREFIX,
                wrap_exceptions=True,
                socket_timeout=REDIS_TIMEOUT_SECONDS,
                socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
                # One attempt: redis-py retries with backoff by default, seconds a customer would wait.
                retry=Retry(NoBackoff(), 0),
            )
        else:
            storage = MemoryStorage()
        self.storage = storage
        self.strategy = MovingWindowRateLimiter(storage)
        self.paused_until = 0.0


_limiter: _Limiter | None = None
_limiter_lock = threading.Lock()


def _current() -> _Limiter:
    global _limiter
    redis_url = settings.REDIS_URL
    limiter = _limiter
    if limiter is None or limiter.redis_url != redis_url:
        with _limiter_lock:
            if _limiter is None or _limiter.redis_url != redis_url:
                _limiter = _Limiter(redis_url)
            limiter = _limiter
    return limiter


@lru_cache(maxsize=16)
def _item(limit: str) -> RateLimitItem:
    return parse(limit)


def hit(customer_ref: str, ip: str | None) -> None:
    """Count one customer message against the customer's and the address's limits. Raises RateLimited
    (nothing counted for the address then) when one of them is full. `customer_ref` "" or `ip` None:
    that limit does not apply."""
    checks = []
    if customer_ref and settings.HANDRAIL_RATE_LIMIT_USER:
        checks.append(("user", customer_ref, _item(settings.HANDRAIL_RATE_LIMIT_USER)))
    if ip and settings.HANDRAIL_RATE_LIMIT_IP:
        checks.append(("ip", ip, _item(settings.HANDRAIL_RATE_LIMIT_IP)))
    if not checks:
        return
    limiter = _current()
    if limiter.paused_until > time.monotonic():
        return  # Redis failed a moment ago: fail open without waiting for it again
    try:
        for scope, key, item in checks:
            if not limiter.strategy.hit(item, scope, key):
                reset_at = limiter.strategy.get_window_stats(item, scope, key).reset_time
                raise RateLimited(
                    REFUSALS[scope],
                    retry_after=max(1, math.ceil(reset_at - time.time())),
                    scope=scope,
                )
    except StorageError as exc:
        limiter.paused_until = time.monotonic() + REDIS_PAUSE_SECONDS
        logger.warning(
            "rate limits are off for %.0f s: their storage failed (%s: %s)",
            REDIS_PAUSE_SECONDS,
            type(exc.storage_error).__name__,
            exc.storage_error,
        )


async def ahit(customer_ref: str, ip: str | None) -> None:
    """`hit` for async callers (the API, the chat socket): a Redis round trip runs off the event loop;
    counting in memory takes microseconds and stays on it."""
    if settings.REDIS_URL:
        await sync_to_async(hit, thread_sensitive=False)(customer_ref, ip)
    else:
        hit(customer_ref, ip)


def reset() -> None:
    """Forget every count (tests; an operator clearing a mistaken block)."""
    limiter = _current()
    limiter.paused_until = 0.0
    limiter.storage.reset()
