"""The versions a page of search hits names: their dates and which one is current."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.store import hit_versions, search
from tests.store.helpers import add_sample_revisions


@pytest.fixture
def corpus_session(session: Session) -> Session:
    add_sample_revisions(session)
    return session


def test_each_hit_names_its_versions_date_and_whether_it_is_current(
    corpus_session: Session,
) -> None:
    sample = search(
        session=corpus_session,
        query="permanence plan",
        authority="sample-borough",
        kind="key_principles",
    )
    ids = {hit.version_id for hit in sample.hits}
    assert len(ids) == 3
    versions = hit_versions(session=corpus_session, version_ids=ids)
    assert set(versions) == ids
    assert [version.id for version in versions.values() if version.is_current] == [max(ids)]
    for version in versions.values():
        assert version.amendment_date, "the sample revisions each state their amendment date"
        assert version.effective_date.isoformat().startswith(version.amendment_date[:4])


def test_no_hits_need_no_query(corpus_session: Session) -> None:
    assert hit_versions(session=corpus_session, version_ids=set()) == {}
