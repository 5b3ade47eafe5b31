"""A subscriber to "cites superseded guidance" hears of a new version that cites a superseded
edition, and of nothing else."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.config import Settings
from app.sources import make_rule
from app.store import Delivery
from app.store.sources import add_source
from app.store.subscriptions import add_subscription
from app.store.watch_models import Change
from tests.watch.conftest import chapter_page
from tests.watch.pages_server import PageServer
from tests.watch.test_check import _round


def _legislation(working_together: int, data_protection: int) -> str:
    return (
        "<h2>4. Legislation</h2><p>The council's work rests on a range of legislation "
        "including:</p><ul><li>Children Act 1989;</li>"
        f"<li>Working Together to Safeguard Children {working_together};</li>"
        f"<li>Data Protection Act {data_protection}.</li></ul>"
    )


def test_a_version_citing_superseded_guidance_is_told_to_its_subscriber(
    pages: PageServer, session_factory, watch_settings: Settings
) -> None:
    path = "/superseded-alerts"
    with session_factory() as session:
        add_source(
            session=session,
            url=pages.set(path, body=chapter_page(extra=_legislation(2023, 2018))),
            authority_slug="staleshire",
            interval_minutes=60,
        )
    _round(session_factory, watch_settings)
    with session_factory() as session:
        stale = add_subscription(
            session=session,
            channel="webhook",
            target=pages.url("/hook-superseded"),
            rule=make_rule("", "cites_superseded", None),
        )

    pages.set(path, body=chapter_page(age=25, extra=_legislation(2023, 2018)))  # current: quiet
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(age=25, extra=_legislation(2018, 1998)))  # stale again
    _round(session_factory, watch_settings)

    with session_factory() as session:
        told = session.scalars(select(Delivery).where(Delivery.subscription_id == stale.id)).all()
        assert len(told) == 1
        change = session.get(Change, told[0].change_id)
        assert change is not None
        summary = json.loads(json.dumps(change.summary))
    assert {item["cited"] for item in summary["superseded_citations"]} == {
        "Working Together to Safeguard Children 2018",
        "Data Protection Act 1998",
    }
