"""A watched page whose site footer dates it ("Page last modified: …"): the stamp is read as the
chapter's last update, yet a footer re-dated alone makes a snapshot and no version or alert; a
change of words still makes both (decision 0094, issue 16). Pages in our own words."""

from __future__ import annotations

import itertools

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.store import Change, Delivery, Fact, Snapshot, Source, Version
from app.store.sources import add_source
from app.store.subscriptions import add_subscription
from app.watch import check_due_sources
from tests.watch.conftest import chapter_page, make_all_due
from tests.watch.pages_server import PageServer

_paths = itertools.count()


def _watched(pages: PageServer, session_factory: sessionmaker[Session], body: bytes) -> str:
    path = f"/stamped-{next(_paths)}"
    with session_factory() as session:
        add_source(
            session=session,
            url=pages.set(path, body=body),
            authority_slug=f"stampshire-{next(_paths)}",
            interval_minutes=60,
        )
    return path


def _round(session_factory: sessionmaker[Session], settings: Settings) -> list[str]:
    make_all_due(session_factory)
    return [o.result for o in check_due_sources(session_factory, settings).outcomes]


def _counts(session_factory: sessionmaker[Session]) -> tuple[int, int, int, int]:
    with session_factory() as session:
        return (
            session.scalar(select(func.count(Snapshot.id))) or 0,
            session.scalar(select(func.count(Version.id))) or 0,
            session.scalar(select(func.count(Change.id))) or 0,
            session.scalar(select(func.count(Delivery.id))) or 0,
        )


def _last_updated(session_factory: sessionmaker[Session]) -> object:
    with session_factory() as session:
        source = session.scalars(select(Source)).one()
        return session.scalar(
            select(Fact.value).where(
                Fact.version_id == source.current_version_id, Fact.key == "last_updated"
            )
        )


def _subscribe(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session:
        add_subscription(session=session, channel="webhook", target="https://hooks.example.org/x")


def test_the_footer_stamp_is_the_versions_last_update(
    pages: PageServer, session_factory, watch_settings: Settings
):
    _watched(pages, session_factory, chapter_page(reviewed="Page last modified: 4 March 2025"))

    assert _round(session_factory, watch_settings) == ["version"]
    assert _last_updated(session_factory) == "2025-03-04"


def test_a_re_dated_footer_is_a_snapshot_with_no_version_and_no_alert(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched(
        pages, session_factory, chapter_page(reviewed="Page last modified: 4 March 2025")
    )
    _round(session_factory, watch_settings)
    _subscribe(session_factory)
    pages.set(path, body=chapter_page(reviewed="Page last modified: Friday 9 May 2025"))

    assert _round(session_factory, watch_settings) == ["snapshot"]

    assert _counts(session_factory) == (2, 1, 0, 0)
    with session_factory() as session:
        snapshots = session.scalars(select(Snapshot).order_by(Snapshot.id)).all()
        assert snapshots[0].version_id == snapshots[1].version_id is not None


def test_a_footer_that_starts_dating_the_page_is_a_snapshot(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched(pages, session_factory, chapter_page())
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(reviewed="Page updated 2 June 2025"))

    assert _round(session_factory, watch_settings) == ["snapshot"]
    assert _counts(session_factory) == (2, 1, 0, 0)


def test_a_change_of_words_with_a_re_dated_footer_is_a_version_and_an_alert(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched(
        pages, session_factory, chapter_page(age=21, reviewed="Page last modified: 4 March 2025")
    )
    _round(session_factory, watch_settings)
    _subscribe(session_factory)
    pages.set(path, body=chapter_page(age=18, reviewed="Page last modified: 9 May 2025"))

    assert _round(session_factory, watch_settings) == ["version"]

    assert _counts(session_factory) == (2, 2, 1, 1)
    assert _last_updated(session_factory) == "2025-05-09"


def test_a_re_dated_stamp_under_the_title_is_still_a_version(
    pages: PageServer, session_factory, watch_settings: Settings
):
    """Only the stamps closing the text are left out of the comparison: one under the title may
    be the chapter's amendment date."""
    opening = "</h1><p>Updated: {}</p>"
    first = chapter_page().replace(b"</h1>", opening.format("June 2024").encode(), 1)
    second = chapter_page().replace(b"</h1>", opening.format("July 2024").encode(), 1)
    path = _watched(pages, session_factory, first)
    _round(session_factory, watch_settings)
    pages.set(path, body=second)

    assert _round(session_factory, watch_settings) == ["version"]
    assert _counts(session_factory)[1] == 2
