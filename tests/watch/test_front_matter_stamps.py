"""A watched markdown file re-stamped in its front matter (`lastmod` moved on, the text the
same): a snapshot and no version or alert (decisions 0069, 0094), but the check and the
snapshot note the stamp the page now states, while the version keeps the one it was read with
(decision 0225). Files served over loopback HTTP; wording of our own."""

from __future__ import annotations

import itertools

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.store import Change, Fact, Snapshot, Source, Version
from app.store.sources import add_source, snapshot_page_stamp, snapshots_of
from app.store.subscriptions import add_subscription
from app.watch import check_due_sources
from app.watch.check import RoundSummary
from tests.watch.conftest import make_all_due
from tests.watch.pages_server import PageServer

_paths = itertools.count()
_MARKDOWN = "text/markdown; charset=utf-8"


def _chapter(lastmod: str, *, age: int = 21) -> bytes:
    return (
        f"---\ntitle: Staying Put Arrangements\nparams:\n  lastmod: {lastmod}\n---\n\n"
        "# Staying Put Arrangements\n\n## Who this applies to\n\n"
        f"A young person may stay with their foster carers after 18 and up to the age of {age}.\n"
    ).encode()


def _watched(pages: PageServer, session_factory: sessionmaker[Session], body: bytes) -> str:
    path = f"/staying-put-{next(_paths)}"
    with session_factory() as session:
        add_source(
            session=session,
            url=pages.set(path, body=body, content_type=_MARKDOWN),
            authority_slug=f"stampford-{next(_paths)}",
            interval_minutes=60,
        )
    return path


def _round(session_factory: sessionmaker[Session], settings: Settings) -> RoundSummary:
    make_all_due(session_factory)
    return check_due_sources(session_factory, settings)


def _state(session_factory: sessionmaker[Session]) -> tuple[int, int, object, list[str | None]]:
    """Versions, changes, the current version's `last_updated`, and each snapshot's stamp
    (newest first)."""
    with session_factory() as session:
        source = session.scalars(select(Source)).one()
        last_updated = session.scalar(
            select(Fact.value).where(
                Fact.version_id == source.current_version_id, Fact.key == "last_updated"
            )
        )
        stamps = [
            snapshot_page_stamp(snapshot)
            for snapshot in snapshots_of(session=session, source_id=source.id)
        ]
        return (
            session.scalar(select(func.count(Version.id))) or 0,
            session.scalar(select(func.count(Change.id))) or 0,
            last_updated,
            stamps,
        )


def test_a_re_stamped_file_is_a_snapshot_noting_its_new_stamp(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched(pages, session_factory, _chapter("2025-01-10"))
    first = _round(session_factory, watch_settings)
    assert [outcome.result for outcome in first.outcomes] == ["version"]
    with session_factory() as session:
        add_subscription(session=session, channel="webhook", target="https://hooks.example.org/s")
    pages.set(path, body=_chapter("2025-04-22"), content_type=_MARKDOWN)

    second = _round(session_factory, watch_settings)

    assert [(o.result, o.page_stamp) for o in second.outcomes] == [("snapshot", "2025-04-22")]
    assert _state(session_factory) == (1, 0, "2025-01-10", ["2025-04-22", "2025-01-10"])
    with session_factory() as session:
        snapshots = session.scalars(select(Snapshot)).all()
        assert len({snapshot.version_id for snapshot in snapshots}) == 1


def test_a_change_of_words_with_a_new_stamp_is_a_version_carrying_it(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched(pages, session_factory, _chapter("2025-01-10"))
    _round(session_factory, watch_settings)
    pages.set(path, body=_chapter("2025-04-22", age=25), content_type=_MARKDOWN)

    second = _round(session_factory, watch_settings)

    assert [(o.result, o.page_stamp) for o in second.outcomes] == [("version", None)]
    assert _state(session_factory) == (2, 1, "2025-04-22", ["2025-04-22", "2025-01-10"])


def test_a_snapshot_not_served_as_markdown_has_no_front_matter_stamp(
    pages: PageServer, session_factory, watch_settings: Settings
):
    _watched(pages, session_factory, b"")
    with session_factory() as session:
        snapshot = Snapshot(
            source_id=session.scalars(select(Source)).one().id,
            url="https://example.org/staying-put",
            sha256="0" * 64,
            size_bytes=0,
            data=_chapter("2025-01-10"),
            headers={"content-type": "text/html"},
        )
        assert snapshot_page_stamp(snapshot) is None
