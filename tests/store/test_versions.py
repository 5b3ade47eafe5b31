from __future__ import annotations

import os
import threading
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from app.analysis import ANALYZER_VERSION
from app.errors import (
    EmptySource,
    InvalidParameter,
    InvalidSource,
    NotFound,
    PolicydiffError,
    SourceTooLarge,
    UnknownFamily,
    UnsupportedMediaType,
)
from app.store import (
    add_version,
    analyzed_version_of,
    facts_of,
    get_version_or_raise,
    list_versions,
    reanalyse_versions,
    sections_of,
    version_as_of,
)
from app.store.models import Fact, Section, Version
from tests.store.helpers import (
    CHAPTER,
    MAX_BYTES,
    add,
    add_sample_revisions,
    chapter_text,
    row_counts,
)


def test_a_new_version_is_stored_with_its_sections_and_facts(session: Session) -> None:
    added = add(session, chapter_text())

    assert added.created
    version = get_version_or_raise(session=session, version_id=added.version.id)
    assert version.authority.slug == "test-council"
    assert version.chapter.slug == CHAPTER
    assert version.data == chapter_text()
    assert version.size_bytes == len(chapter_text())
    assert version.amendment_date == "2024-05"
    assert version.amendment_precision == "month"
    assert version.effective_date == date(2024, 5, 1)
    assert version.analyzer_version == ANALYZER_VERSION
    sections = sections_of(session=session, version_id=version.id)
    assert "".join(section.text for section in sections) == version.text
    assert [section.ordinal for section in sections] == list(range(len(sections)))
    for section in sections:
        for block in section.blocks:
            assert section.start <= block["start"] <= block["end"] <= section.end
    facts = {fact.key: fact for fact in facts_of(session=session, version_id=version.id)}
    assert facts["permanence_plan_months"].value == 4
    for evidence in facts["permanence_plan_months"].evidence:
        assert version.text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_the_same_bytes_again_return_the_existing_version(session: Session) -> None:
    first = add(session, chapter_text())
    before = row_counts(session)

    again = add(session, chapter_text(), filename="renamed.txt")

    assert not again.created
    assert again.version.id == first.version.id
    assert row_counts(session) == before


def test_the_same_bytes_for_another_authority_are_a_new_version(session: Session) -> None:
    first = add(session, chapter_text())
    other = add(session, chapter_text(), authority="other-council", name="Other Council")

    assert other.created
    assert other.version.id != first.version.id


@pytest.mark.parametrize(
    ("data", "max_bytes", "error"),
    [
        (b"", MAX_BYTES, EmptySource),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(256), MAX_BYTES, UnsupportedMediaType),
        (chapter_text(extra="x" * 5000), 1000, SourceTooLarge),
        (b"\xff\xfe\x00\xd8" * 50, MAX_BYTES, InvalidSource),
        (bytes(range(256)) * 8, MAX_BYTES, InvalidSource),
    ],
    ids=["empty", "png", "oversized", "undecodable-utf16", "binary"],
)
def test_a_rejected_upload_changes_nothing(
    session: Session, data: bytes, max_bytes: int, error: type[Exception]
) -> None:
    add(session, chapter_text())
    before = row_counts(session)

    with pytest.raises(error):
        add(session, data, authority="new-council", max_bytes=max_bytes)

    assert row_counts(session) == before


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"authority_slug": "Not A Slug"}, InvalidParameter),
        ({"chapter_slug": "no-such-family"}, UnknownFamily),
        ({"declared_format": "odt"}, InvalidParameter),
    ],
)
def test_bad_parameters_are_refused_before_anything_is_written(
    session: Session, changes: dict[str, str], error: type[Exception]
) -> None:
    before = row_counts(session)
    arguments: dict = {
        "session": session,
        "data": chapter_text(),
        "filename": "a.txt",
        "authority_slug": "test-council",
        "chapter_slug": CHAPTER,
        "max_bytes": MAX_BYTES,
    }
    with pytest.raises(error):
        add_version(**(arguments | changes))
    assert row_counts(session) == before


def test_twenty_concurrent_uploads_of_the_same_bytes_store_one_version(
    session_factory: sessionmaker[Session],
) -> None:
    data = chapter_text(extra="Uploaded by twenty clients at once.")
    start = threading.Barrier(20)
    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def upload() -> None:
        try:
            with session_factory() as own_session:
                start.wait()
                added = add(own_session, data, authority="racing-council", name="Racing")
                results.append((added.version.id, added.created))
        except BaseException as error:  # reported below, with the thread's result
            errors.append(error)

    threads = [threading.Thread(target=upload) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len({version_id for version_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    with session_factory() as check:
        counts = row_counts(check)
    assert counts["versions"] == 1
    assert counts["authorities"] == 1


def test_get_version_of_an_unknown_id_is_not_found(session: Session) -> None:
    for unknown in (12345, 0, -1, 2**31, 2**63):
        with pytest.raises(NotFound):
            get_version_or_raise(session=session, version_id=unknown)
    with pytest.raises(NotFound):
        sections_of(session=session, version_id=12345)


def test_list_versions_filters_and_pages(session: Session) -> None:
    sample = add_sample_revisions(session)
    add(session, chapter_text())

    everything, total = list_versions(session=session, limit=50, offset=0)
    assert total == 4
    assert len(everything) == 4

    page, total = list_versions(session=session, authority="sample-borough", limit=2, offset=0)
    assert total == 3
    assert [version.id for version in page] == [sample[2].id, sample[1].id]
    rest, _ = list_versions(session=session, authority="sample-borough", limit=2, offset=2)
    assert [version.id for version in rest] == [sample[0].id]

    assert list_versions(session=session, authority="nobody", limit=10, offset=0) == ([], 0)
    with pytest.raises(InvalidParameter):
        list_versions(session=session, limit=0, offset=0)


def test_version_as_of_picks_the_version_in_force(session: Session) -> None:
    first, second, third = add_sample_revisions(session)

    def as_of(day: date) -> int:
        return version_as_of(
            session=session, authority_slug="sample-borough", chapter_slug=CHAPTER, as_of=day
        ).id

    assert as_of(date(2021, 3, 1)) == first.id
    assert as_of(date(2022, 8, 31)) == first.id
    assert as_of(date(2022, 9, 1)) == second.id
    assert as_of(date(2030, 1, 1)) == third.id
    with pytest.raises(NotFound, match="in force"):
        as_of(date(2021, 2, 28))
    with pytest.raises(NotFound, match="no authority"):
        version_as_of(
            session=session, authority_slug="nobody", chapter_slug=CHAPTER, as_of=date.today()
        )


def test_a_version_without_an_amendment_date_takes_effect_when_ingested(session: Session) -> None:
    added = add(session, chapter_text(amended="This chapter explains our values."))

    assert added.version.amendment_date is None
    assert added.version.effective_date == added.version.ingested_at.date()


def test_reanalyse_rebuilds_derived_rows_and_keeps_the_originals(session: Session) -> None:
    version = add(session, chapter_text()).version
    original = (version.id, version.sha256, version.data, version.ingested_at)
    with session.begin():  # as if an older analyser had produced the derived rows
        session.execute(update(Version).values(analyzer_version="0"))
        session.execute(update(Section).values(analyzer_version="0", kind="stale"))
        session.execute(update(Fact).values(analyzer_version="0"))

    assert reanalyse_versions(session=session, only_outdated=True) == 1
    assert reanalyse_versions(session=session, only_outdated=True) == 0

    rebuilt = get_version_or_raise(session=session, version_id=version.id)
    session.refresh(rebuilt)
    assert (rebuilt.id, rebuilt.sha256, rebuilt.data, rebuilt.ingested_at) == original
    assert rebuilt.analyzer_version == ANALYZER_VERSION
    sections = sections_of(session=session, version_id=version.id)
    assert "stale" not in {section.kind for section in sections}
    assert "".join(section.text for section in sections) == rebuilt.text
    assert all(section.analyzer_version == ANALYZER_VERSION for section in sections)
    facts = facts_of(session=session, version_id=version.id)
    assert facts and all(fact.analyzer_version == ANALYZER_VERSION for fact in facts)
    assert reanalyse_versions(session=session) == 1


def test_analyzed_version_of_reads_the_stored_bytes(session: Session) -> None:
    version = add(session, chapter_text()).version

    analyzed = analyzed_version_of(get_version_or_raise(session=session, version_id=version.id))

    assert analyzed.text == version.text
    assert [s.kind for s in analyzed.outline.sections] == [
        s.kind for s in sections_of(session=session, version_id=version.id)
    ]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(min_size=0, max_size=400))
def test_any_text_is_stored_whole_or_refused_whole(session: Session, text: str) -> None:
    before = row_counts(session)
    try:
        added = add(session, text.encode("utf-8"), authority="any-text")
    except PolicydiffError:
        assert row_counts(session) == before
        return
    version = get_version_or_raise(session=session, version_id=added.version.id)
    sections = sections_of(session=session, version_id=version.id)
    assert "".join(section.text for section in sections) == version.text
    for fact in facts_of(session=session, version_id=version.id):
        for evidence in fact.evidence:
            assert version.text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_long_free_form_values_are_stored_on_every_backend(session: Session) -> None:
    long_title = "Children's Services Policies " + "and Principles " * 60
    added = add_version(
        session=session,
        data=chapter_text().replace(
            b"Children's Services Policies, Values and Principles", long_title.encode()
        ),
        filename="f" * 400 + ".txt",
        authority_slug="long-council",
        authority_name="Council " * 60,
        chapter_slug=CHAPTER,
        source_url="https://example.org/" + "p/" * 1200,
        max_bytes=MAX_BYTES,
    )

    version = get_version_or_raise(session=session, version_id=added.version.id)
    assert version.filename.startswith("f" * 400)
    assert len(version.source_url or "") > 2000
    assert len(version.authority.name) > 400


def test_nul_in_a_filter_matches_nothing(session: Session) -> None:
    add(session, chapter_text())
    assert list_versions(session=session, authority="a\x00", limit=10, offset=0) == ([], 0)
