"""The watcher: rounds of checking and delivering, once (`policydiff watch --once`, cron) or
every `watch_poll_seconds` (`policydiff watch`, and a thread of `policydiff serve`).

The schedule lives in the database (each source's `next_check_at`, with jitter), so the loop
only asks what is due; any number of watchers can run against one PostgreSQL database.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.watch.check import RoundSummary, check_due_sources
from app.watch.deliver import DeliveryRound, deliver_pending

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WatchRound:
    checks: RoundSummary
    deliveries: DeliveryRound


def run_once(session_factory: sessionmaker[Session], settings: Settings) -> WatchRound:
    """Check every due source, then send every due delivery."""
    checks = check_due_sources(session_factory, settings)
    deliveries = deliver_pending(session_factory, settings)
    return WatchRound(checks=checks, deliveries=deliveries)


def run_forever(
    session_factory: sessionmaker[Session], settings: Settings, stop: threading.Event
) -> None:
    """Rounds until `stop` is set; a round that fails is logged and the next one runs."""
    while not stop.is_set():
        try:
            result = run_once(session_factory, settings)
            if result.checks.outcomes or result.deliveries.delivered or result.deliveries.failed:
                logger.info(
                    "watch round: %d checked (%d new versions, %d failed), %d delivered",
                    len(result.checks.outcomes),
                    result.checks.count("version"),
                    result.checks.count("failed"),
                    result.deliveries.delivered,
                )
        except Exception:
            logger.exception("watch round failed; trying again next round")
        stop.wait(settings.watch_poll_seconds)


class BackgroundWatcher:
    """`run_forever` in a daemon thread, for `serve` (started and stopped by its lifespan)."""

    def __init__(self, session_factory: sessionmaker[Session], settings: Settings) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=run_forever,
            args=(session_factory, settings, self._stop),
            name="policydiff-watcher",
            daemon=True,
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the loop to end after its round, and wait for it (never started: no wait)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
