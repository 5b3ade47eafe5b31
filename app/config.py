"""Deployment settings, read once at start-up (never at import time)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def _bundled(name: str) -> Path:
    """Resolve a top-level folder in a source checkout, or its copy inside an installed wheel."""
    in_checkout = _SOURCE_ROOT / name
    if in_checkout.is_dir():
        return in_checkout
    return _PACKAGE_DIR / f"_{name}"


CORPUS_MANIFEST = "manifest.toml"
"""The file that makes a folder a corpus (`app.store.MANIFEST_NAME`; config imports no layer)."""


def _default_corpus_dir() -> Path:
    """`./corpus` when the working directory has a corpus there, else the one shipped with
    policydiff: an installed `serve` started beside its own corpus loads that one."""
    working = Path.cwd() / "corpus"
    if (working / CORPUS_MANIFEST).is_file():
        return working
    return _bundled("corpus")


def _default_session_secret_file() -> Path:
    """`$XDG_STATE_HOME/policydiff/session-secret` (`~/.local/state/…` when unset)."""
    state_home = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state_home) / "policydiff" / "session-secret"


class Settings(BaseSettings):
    """Settings of one running policydiff; every field can be set by an environment variable."""

    model_config = SettingsConfigDict(env_prefix="POLICYDIFF_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///policydiff.sqlite3",
        validation_alias="DATABASE_URL",
    )
    """SQLAlchemy URL of the database; `postgres://` URLs are accepted (env `DATABASE_URL`)."""

    max_upload_bytes: int = Field(default=2 * 1024 * 1024, gt=0)
    """Largest source file accepted, in bytes, checked before the file is read whole."""

    corpus_dir: Path = Field(default_factory=_default_corpus_dir)
    """Folder loaded by `policydiff serve` into an empty database (with its manifest.toml):
    `./corpus` if the working directory has one with a manifest, else the shipped corpus."""

    frontend_dir: Path = Field(default_factory=lambda: _bundled("frontend"))
    """Templates and static assets of the web UI."""

    migrations_dir: Path = Field(default_factory=lambda: _bundled("migrations"))
    """Alembic migration scripts."""

    load_corpus_on_start: bool = True
    """Load `corpus_dir` when `serve` starts on an empty database."""

    database_pool_size: int | None = Field(default=None, ge=1, le=1000)
    """Connections each process keeps open; unset: 40 for a SQLite file, 10 for PostgreSQL."""

    database_max_overflow: int = Field(default=10, ge=0, le=1000)
    """Extra connections a process may open under a burst (closed when returned)."""

    database_pool_timeout: float = Field(default=10.0, gt=0, le=600)
    """Seconds a request waits for a free connection before it is answered 503."""

    database_connect_timeout: float = Field(default=5.0, gt=0, le=600)
    """Seconds to connect to a database server before it counts as unavailable (503)."""

    database_statement_timeout: float = Field(default=15.0, gt=0, le=3600)
    """Seconds one statement may run on PostgreSQL (`statement_timeout`), or wait for SQLite's
    write lock (`busy_timeout`), before the request is answered 503."""

    retry_after_seconds: int = Field(default=5, ge=1, le=3600)
    """What `Retry-After` tells clients when the database is unavailable."""

    comparison_cache_max_bytes: int = Field(default=256 * 1024 * 1024, ge=0)
    """Most bytes of comparisons the database keeps cached; the oldest go first."""

    comparison_cache_max_age_days: float = Field(default=30, gt=0)
    """Cached comparisons older than this are dropped (recomputed when asked for again)."""

    rendering_cache_max_bytes: int = Field(default=64 * 1024 * 1024, ge=0)
    """Most bytes of rendered pages (matrix, timelines, versions) each worker keeps in memory."""

    kept_responses_max_bytes: int = Field(default=64 * 1024 * 1024, ge=0)
    """Most bytes of whole responses each worker keeps to answer repeated reads before routing
    (decision 0039); 0 keeps none."""

    comparison_word_budget: int = Field(default=1_000_000, ge=0)
    """Units of word-level diff work one comparison may spend (counted, not timed: the same
    versions always compare alike); past it, the remaining changed blocks are shown as whole
    replacements and the comparison says so. The default is `app.diff.DEFAULT_WORD_DIFF_BUDGET`
    (config imports no layer); changing it gives comparisons a new fingerprint (and ETag)."""

    comparison_rate_per_client: str = "300/minute"
    """How many comparisons not cached yet one client address may have computed, in the
    `limits` notation ("300/minute", "5000/day"); more are answered 429 with `Retry-After`."""

    public_base_url: str = ""
    """Absolute base URL for links in feeds behind a proxy; empty means the request's own."""

    watch_contact: str = "policydiff operator <root@localhost>"
    """Who the watcher says it is fetching for: goes into its User-Agent so that a site's
    operator can write to someone (set it to a real address before watching public sites)."""

    watch_in_serve: bool = True
    """Whether `policydiff serve` checks due sources itself (turn off when `policydiff watch`
    runs on worker hosts instead)."""

    watch_poll_seconds: float = Field(default=30.0, gt=0)
    """How often a watcher looks for due sources and pending deliveries."""

    watch_default_interval_minutes: int = Field(default=24 * 60, ge=1)
    """How often a source is checked unless it says otherwise."""

    watch_jitter_fraction: float = Field(default=0.1, ge=0, le=1)
    """Each next check is put off by up to this fraction of the interval at random, so sources
    added together do not fall due together."""

    watch_host_requests_per_second: float = Field(default=1.0, gt=0)
    """Per-host rate limit of one watcher process (robots.txt fetches included)."""

    watch_concurrency: int = Field(default=8, ge=1, le=64)
    """Sources one watcher process checks at the same time (different hosts go in parallel;
    one host is still held to its rate limit)."""

    watch_timeout_seconds: float = Field(default=20.0, gt=0)
    """Connect and read timeout of one request."""

    watch_max_redirects: int = Field(default=5, ge=0, le=20)
    """Redirects followed before a fetch fails."""

    watch_retry_attempts: int = Field(default=3, ge=1, le=10)
    """Tries of one fetch or one delivery (timeouts, connection errors, 429 and 5xx answers)."""

    watch_retry_wait_seconds: float = Field(default=2.0, ge=0)
    """Base of the exponential back-off between tries (0 retries at once, as the tests do)."""

    watch_lease_seconds: int = Field(default=600, ge=1)
    """How long a watcher holds a source it claimed; if it dies, another takes the source over
    after this long."""

    watch_failing_after: int = Field(default=3, ge=1)
    """Consecutive failed checks after which a source is shown as failing."""

    watch_allow_private_addresses: bool = False
    """Let sources and webhooks point at private, loopback or link-local addresses (off in
    production, so a source cannot make the server probe its own network; the tests turn it on)."""

    smtp_host: str = ""
    """SMTP server for e-mail subscriptions; empty means e-mail deliveries wait, unsent."""

    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_from: str = "policydiff <policydiff@localhost>"
    """The From address of notification e-mails."""

    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    """Upgrade the SMTP connection with STARTTLS before logging in."""

    session_secret: SecretStr | None = None
    """Key that signs editors' session cookies. Unset: one is generated on first start and kept
    in `session_secret_file`; set it (the same on every host) when several hosts serve."""

    session_secret_file: Path = Field(default_factory=_default_session_secret_file)
    """Where the generated session key is kept (created with owner-only permissions)."""

    session_max_age_hours: float = Field(default=12, gt=0, le=24 * 90)
    """An editor stays signed in this long after their last page (a sliding expiry)."""

    @field_validator("database_url")
    @classmethod
    def _rewrite_postgres_scheme(cls, value: str) -> str:
        if value.startswith("postgres://"):
            return "postgresql+psycopg://" + value.removeprefix("postgres://")
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, built on first use (the CLI and `create_app` call this)."""
    return Settings()
