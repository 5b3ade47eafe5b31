"""`policydiff watch [--once]`: check due sources and send notifications, without serving."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

import click

from app.config import get_settings
from app.store import make_session_factory, open_migrated_database
from app.watch import run_forever, run_once


@click.command()
@click.option("--once", is_flag=True, help="One round (for cron), then exit.")
def watch(once: bool) -> None:
    """Check the sources that are due and deliver notifications, every
    POLICYDIFF_WATCH_POLL_SECONDS (or once). Any number of watchers may share one PostgreSQL
    database: each due source is checked by one of them."""
    settings = get_settings()
    engine = open_migrated_database(settings)
    try:
        session_factory = make_session_factory(engine)
        if once:
            result = run_once(session_factory, settings)
            checks = result.checks
            click.echo(
                f"{len(checks.outcomes)} checked: {checks.count('version')} new versions, "
                f"{checks.count('snapshot')} snapshots without a new version, "
                f"{checks.count('unchanged')} unchanged, {checks.count('failed')} failed; "
                f"{result.deliveries.delivered} notifications delivered, "
                f"{result.deliveries.failed} not yet"
            )
            return
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
        stop = threading.Event()

        def _stop(_signum: int, _frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        run_forever(session_factory, settings, stop)
    finally:
        engine.dispose()
