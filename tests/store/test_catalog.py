from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.store import (
    current_versions,
    get_authority_or_raise,
    get_chapter_or_raise,
    list_authorities,
    list_chapters,
    timeline,
)
from tests.store.helpers import CHAPTER, add, add_sample_revisions, chapter_text


def test_authorities_and_chapters_are_listed_and_read(session: Session) -> None:
    add_sample_revisions(session)
    add(session, chapter_text(), authority="a-council", name="A Council")

    assert [a.slug for a in list_authorities(session=session)] == ["a-council", "sample-borough"]
    sample = get_authority_or_raise(session=session, slug="sample-borough")
    assert sample.is_sample is False  # added through add_version without the sample flag
    assert [c.slug for c in list_chapters(session=session)] == [CHAPTER]
    assert get_chapter_or_raise(session=session, slug=CHAPTER).title.startswith("Children")
    with pytest.raises(NotFound):
        get_authority_or_raise(session=session, slug="nobody")
    with pytest.raises(NotFound):
        get_chapter_or_raise(session=session, slug="no-chapter")


def test_timeline_orders_by_amendment_date_not_upload_order(session: Session) -> None:
    first, second, third = add_sample_revisions(session)
    late = add(
        session,
        chapter_text(amended="In January 2020, this chapter was revised."),
        authority="sample-borough",
    ).version

    versions = timeline(session=session, authority_slug="sample-borough", chapter_slug=CHAPTER)

    assert [v.id for v in versions] == [late.id, first.id, second.id, third.id]
    assert [v.amendment_date for v in versions] == ["2020-01", "2021-03", "2022-09", "2024-02"]
    with pytest.raises(NotFound):
        timeline(session=session, authority_slug="nobody", chapter_slug=CHAPTER)


def test_current_versions_gives_each_authority_its_version_in_force(session: Session) -> None:
    first, _, third = add_sample_revisions(session)
    other = add(
        session,
        chapter_text(amended="In June 2023, this chapter was revised."),
        authority="other-council",
        name="Other Council",
    ).version

    latest = current_versions(session=session, chapter_slug=CHAPTER)
    assert [v.id for v in latest] == [other.id, third.id]

    in_2022 = current_versions(session=session, chapter_slug=CHAPTER, as_of=date(2022, 1, 1))
    assert [v.id for v in in_2022] == [first.id]
    assert current_versions(session=session, chapter_slug=CHAPTER, as_of=date(2000, 1, 1)) == []


def test_lookups_with_nul_or_odd_characters_find_nothing(session: Session) -> None:
    add(session, chapter_text())

    for slug in ["a\x00b", "\x00", "x" * 500, "é"]:
        with pytest.raises(NotFound):
            get_authority_or_raise(session=session, slug=slug)
        with pytest.raises(NotFound):
            timeline(session=session, authority_slug=slug, chapter_slug=CHAPTER)
