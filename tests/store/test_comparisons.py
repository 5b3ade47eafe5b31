from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.analysis import ANALYZER_VERSION
from app.diff import CompareOptions, compare, options_fingerprint
from app.errors import NotFound
from app.store import (
    analyzed_version_of,
    compare_versions,
    comparison_payload,
    get_version_or_raise,
)
from app.store.models import CachedComparison
from tests.store.helpers import add_sample_revisions, row_counts


def test_a_second_compare_is_served_from_the_cache(session: Session) -> None:
    first, second, _ = add_sample_revisions(session)
    options = CompareOptions(ignore_case=True)

    miss = comparison_payload(
        session=session, left_id=first.id, right_id=second.id, options=options
    )
    hit = comparison_payload(session=session, left_id=first.id, right_id=second.id, options=options)

    assert (miss.cached, hit.cached) == (False, True)
    assert hit.payload == miss.payload
    assert row_counts(session)["comparisons"] == 1
    with session.begin():
        row = session.scalars(select(CachedComparison)).one()
    assert (row.left_sha256, row.right_sha256) == (first.sha256, second.sha256)
    assert row.options_fingerprint == options_fingerprint(options)
    assert row.analyzer_version == ANALYZER_VERSION


def test_the_cached_comparison_equals_a_fresh_one(session: Session) -> None:
    first, second, _ = add_sample_revisions(session)
    options = CompareOptions()

    from_store = compare_versions(
        session=session, left_id=first.id, right_id=second.id, options=options
    )
    from_cache = compare_versions(
        session=session, left_id=first.id, right_id=second.id, options=options
    )
    fresh = compare(
        analyzed_version_of(get_version_or_raise(session=session, version_id=first.id)),
        analyzed_version_of(get_version_or_raise(session=session, version_id=second.id)),
        options,
    )

    assert from_store == from_cache == fresh
    assert {d.key for d in from_cache.divergences} >= {
        "leaving_care_support_age",
        "permanence_plan_months",
    }


def test_the_cache_key_holds_direction_and_options(session: Session) -> None:
    first, second, _ = add_sample_revisions(session)

    for left, right, options in [
        (first.id, second.id, CompareOptions()),
        (second.id, first.id, CompareOptions()),
        (first.id, second.id, CompareOptions(ignore_numbering=True)),
        (first.id, second.id, CompareOptions(ignore_local_names=True, local_names=("Sample",))),
    ]:
        stored = comparison_payload(session=session, left_id=left, right_id=right, options=options)
        assert not stored.cached

    assert row_counts(session)["comparisons"] == 4


def test_comparing_an_unknown_version_is_not_found(session: Session) -> None:
    first, _, _ = add_sample_revisions(session)
    with pytest.raises(NotFound):
        compare_versions(session=session, left_id=first.id, right_id=999, options=CompareOptions())
