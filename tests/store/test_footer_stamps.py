"""Texts that differ only in the page stamp closing them (decision 0094): a watched source's
check keeps a snapshot and no version, while an upload, a person's deliberate act, is a version
of its own (the store has always kept new bytes as a version, whatever their text)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store import Change, Snapshot, Version, facts_of
from app.store.sources import add_source, record_fetch
from tests.store.helpers import add
from tests.watch.conftest import chapter_page

URL = "https://example.org/stamped.html"


def _fetch(session: Session, source_id: int, data: bytes) -> str:
    return record_fetch(
        session=session,
        source_id=source_id,
        data=data,
        url=URL,
        headers={},
        max_bytes=200_000,
        jitter_fraction=0,
    ).result


def _counts(session: Session) -> list[int | None]:
    with session.begin():
        return [
            session.scalar(select(func.count(model.id))) for model in (Snapshot, Version, Change)
        ]


def test_a_check_finding_only_a_re_dated_footer_keeps_a_snapshot(session: Session) -> None:
    source = add_source(session=session, url=URL, authority_slug="northshire", interval_minutes=5)

    first = _fetch(session, source.id, chapter_page(reviewed="Page updated 3 May 2025"))
    again = _fetch(session, source.id, chapter_page(reviewed="Page updated 4 May 2025"))

    assert (first, again) == ("version", "snapshot")
    assert _counts(session) == [2, 1, 0]


def test_an_upload_differing_only_in_its_footer_stamp_is_a_new_version(session: Session) -> None:
    first = add(session, chapter_page(reviewed="Page updated 3 May 2025"), filename="v.html")
    second = add(session, chapter_page(reviewed="Page updated 4 May 2025"), filename="v.html")

    assert second.created
    assert second.version.id != first.version.id
    facts = {
        fact.key: fact.value for fact in facts_of(session=session, version_id=second.version.id)
    }
    assert facts["last_updated"] == "2025-05-04"
