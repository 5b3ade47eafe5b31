"""Per-client budgets for expensive work (decision 0023): computing a comparison that is not
cached yet is charged to the client address that asked for it, through the `limits` library's
moving-window limiter; past its allowance, `RateLimited` (429 with `Retry-After`).

Cached answers are never charged, so a read-mostly load never meets the limit; a flood of new
comparisons (every new `local_names` value is one) does. `ClientBudgetMiddleware` names the
client and its limiter for the duration of a request (a context variable, which follows the
request into worker threads); the store charges through `charge_expensive_work()`, a no-op
outside a request (the command line). Each worker process counts on its own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from app.errors import InvalidParameter, RateLimited

Scope = MutableMapping[str, Any]
AsgiApp = Callable[
    [Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


class WorkLimiter:
    """How much expensive work each client may cause, e.g. "60/minute" computed comparisons."""

    def __init__(self, rate: str) -> None:
        try:
            self._limit: RateLimitItem = parse(rate)
        except ValueError:
            raise InvalidParameter(
                f"'{rate}' is not a rate. To fix: write it as N/second, N/minute, N/hour or N/day."
            ) from None
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def charge(self, client: str, what: str = "comparison") -> None:
        """Count one unit of work for `client`, or raise RateLimited if it has none left."""
        if self._limiter.hit(self._limit, what, client):
            return
        reset_at = self._limiter.get_window_stats(self._limit, what, client).reset_time
        retry_after = max(1, math.ceil(reset_at - time.time()))
        raise RateLimited(
            f"this client asked for more than {self._limit.amount} new comparisons per "
            f"{self._limit.get_expiry()} s. To fix: retry in {retry_after} seconds; comparisons "
            "computed before are served at once.",
            retry_after_seconds=retry_after,
        )


_current: ContextVar[tuple[WorkLimiter, str] | None] = ContextVar(
    "policydiff_work_budget", default=None
)


def charge_expensive_work(what: str = "comparison") -> None:
    """Charge the current request's client for expensive work (nothing outside a request)."""
    current = _current.get()
    if current is not None:
        limiter, client = current
        limiter.charge(client, what)


class ClientBudgetMiddleware:
    """Names each HTTP request's client (its address) and the app's limiter for the store."""

    def __init__(self, app: AsgiApp, limiter: WorkLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        token = _current.set((self.limiter, str(client[0]) if client else "unknown"))
        try:
            await self.app(scope, receive, send)
        finally:
            _current.reset(token)


__all__ = ["ClientBudgetMiddleware", "WorkLimiter", "charge_expensive_work"]
