"""Fetching a source politely: the one httpx client of the watcher (decision 0021).

Every request, redirects and robots.txt included, passes one request hook that refuses private
and loopback addresses (unless the settings allow them) and waits for the host's turn under the
per-host rate limit (pyrate-limiter: one request per interval per host name). Timeouts, the
redirect bound and the size bound are the client's; tries with exponential back-off are
tenacity's, for transport errors, 429 and 5xx answers only.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from protego import Protego
from pyrate_limiter import Limiter, Rate
from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
    wait_none,
)

from app import __version__
from app.config import Settings
from app.sources import is_public_address

ROBOTS_MAX_BYTES = 512 * 1024
"""RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt."""
ROBOTS_AGENT = "policydiff"
"""The product token robots.txt rules are matched against."""


class FetchFailed(Exception):
    """A check that got no usable answer; the message says why, in one line."""


class _RetryableStatus(Exception):
    def __init__(self, status_code: int) -> None:
        super().__init__(f"the server answered {status_code}")
        self.status_code = status_code


@dataclass(frozen=True, slots=True)
class Fetched:
    """A 200 answer, read whole (within the size bound)."""

    url: str
    """The URL after redirects."""
    data: bytes
    headers: dict[str, str]
    """Response headers, names lower-cased (one value each)."""


@dataclass(frozen=True, slots=True)
class NotModified:
    """A 304 answer to a conditional request."""


def user_agent(settings: Settings) -> str:
    """What the watcher calls itself: the service, its version, and whom to write to."""
    return f"{ROBOTS_AGENT}/{__version__} (+{settings.watch_contact})"


class HostRateLimiter:
    """Requests to one host spaced at least 1 / `requests_per_second` apart, per process.

    One pyrate-limiter `Limiter` per host, each allowing one request per interval: no burst at
    the start of a window, so no second ever sees more than the rate. `wait_turn` blocks until
    the host may be asked again; thread-safe.
    """

    def __init__(self, requests_per_second: float) -> None:
        self._interval_ms = max(1, round(1000 / requests_per_second))
        self._limiters: dict[str, Limiter] = {}
        self._lock = threading.Lock()

    def wait_turn(self, host: str) -> None:
        with self._lock:
            limiter = self._limiters.get(host)
            if limiter is None:
                limiter = Limiter(Rate(1, self._interval_ms), buffer_ms=1)
                self._limiters[host] = limiter
        limiter.try_acquire(host, blocking=True)


class Fetcher:
    """One watcher's HTTP client, robots.txt cache and per-host rate limiter (close it after)."""

    def __init__(
        self,
        settings: Settings,
        *,
        rate_limiter: HostRateLimiter | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._settings = settings
        self._max_bytes = settings.max_upload_bytes
        self._rate_limiter = rate_limiter or HostRateLimiter(
            settings.watch_host_requests_per_second
        )
        self._robots: dict[str, Protego | None] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._client = httpx.Client(
            headers={"User-Agent": user_agent(settings)},
            timeout=httpx.Timeout(settings.watch_timeout_seconds),
            follow_redirects=True,
            max_redirects=settings.watch_max_redirects,
            limits=httpx.Limits(max_connections=settings.watch_concurrency * 2),
            event_hooks={"request": [self._before_request]},
            transport=transport,
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched | NotModified:
        """The source's current bytes, or NotModified; FetchFailed with the reason otherwise."""
        target = httpx.URL(url)
        if not self._settings.watch_allow_private_addresses:
            refuse_private_host(target.host, target.port or _default_port(target.scheme))
        if not self._robots_allow(url):
            raise FetchFailed(f"robots.txt of {httpx.URL(url).host} does not allow {url}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            return self._with_retries(lambda: self._get(url, headers))
        except FetchFailed:
            raise
        except _RetryableStatus as error:
            raise FetchFailed(
                f"{error} after {self._settings.watch_retry_attempts} tries"
            ) from None
        except httpx.TooManyRedirects:
            raise FetchFailed(
                f"more than {self._settings.watch_max_redirects} redirects from {url}"
            ) from None
        except httpx.TimeoutException:
            raise FetchFailed(
                f"no answer within {self._settings.watch_timeout_seconds:g} s "
                f"({self._settings.watch_retry_attempts} tries)"
            ) from None
        except httpx.HTTPError as error:
            raise FetchFailed(f"{type(error).__name__}: {error}") from None

    def _with_retries(self, call: Callable[[], Fetched | NotModified]) -> Fetched | NotModified:
        base = self._settings.watch_retry_wait_seconds
        retrying = Retrying(
            stop=stop_after_attempt(self._settings.watch_retry_attempts),
            wait=wait_exponential_jitter(initial=base, max=base * 30) if base > 0 else wait_none(),
            retry=retry_if_exception(_is_transient),
            reraise=True,
        )
        return retrying(call)

    def _get(self, url: str, headers: dict[str, str]) -> Fetched | NotModified:
        with self._client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return NotModified()
            if response.status_code == 429 or response.status_code >= 500:
                raise _RetryableStatus(response.status_code)
            if response.status_code != 200:
                raise FetchFailed(f"the server answered {response.status_code} for {url}")
            data = self._read_bounded(response)
            return Fetched(
                url=str(response.url),
                data=data,
                headers={name.lower(): value for name, value in response.headers.items()},
            )

    def _read_bounded(self, response: httpx.Response, limit: int | None = None) -> bytes:
        bound = limit if limit is not None else self._max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > bound:
            raise FetchFailed(
                f"the answer is {declared} bytes, more than the {bound} bytes allowed"
            )
        data = bytearray()
        for chunk in response.iter_bytes():
            data += chunk
            if len(data) > bound:
                raise FetchFailed(f"the answer is more than the {bound} bytes allowed")
        return bytes(data)

    def _robots_allow(self, url: str) -> bool:
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        with self._robots_lock:
            host_lock = self._host_locks.setdefault(origin, threading.Lock())
        with host_lock:
            if origin not in self._robots:
                self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        return rules is None or bool(rules.can_fetch(url, ROBOTS_AGENT))

    def _read_robots(self, origin: str) -> Protego | None:
        """The origin's rules; None (allow all) when it has none (4xx). An unreachable
        robots.txt (5xx, no answer) disallows everything, as RFC 9309 asks."""
        try:
            with self._client.stream("GET", f"{origin}/robots.txt") as response:
                if 400 <= response.status_code < 500:
                    return None
                if response.status_code != 200:
                    return Protego.parse("User-agent: *\nDisallow: /\n")
                text = self._read_bounded(response, ROBOTS_MAX_BYTES).decode("utf-8", "replace")
        except (httpx.HTTPError, FetchFailed):
            return Protego.parse("User-agent: *\nDisallow: /\n")
        return Protego.parse(text)

    def _before_request(self, request: httpx.Request) -> None:
        host = request.url.host
        if not self._settings.watch_allow_private_addresses:
            refuse_private_host(host, request.url.port or _default_port(request.url.scheme))
        self._rate_limiter.wait_turn(host)


def refuse_private_host(host: str, port: int) -> None:
    """FetchFailed unless every address `host` resolves to is public."""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
    except OSError as error:
        raise FetchFailed(f"cannot resolve {host}: {error}") from None
    for address in addresses:
        if not is_public_address(str(address)):
            raise FetchFailed(
                f"{host} resolves to {address}, a private or local address; sources must be "
                "public (an operator can allow local ones with "
                "POLICYDIFF_WATCH_ALLOW_PRIVATE_ADDRESSES)"
            )


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def _is_transient(error: BaseException) -> bool:
    return isinstance(error, _RetryableStatus) or (
        isinstance(error, httpx.TransportError) and not isinstance(error, httpx.UnsupportedProtocol)
    )
