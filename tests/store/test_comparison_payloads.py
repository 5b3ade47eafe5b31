"""The comparison cache keeps the public contract's JSON once: what the API sends as it is;
callers wanting the core comparison get back exactly what was computed, also from rows cached
in the earlier format."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import TypeAdapter
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.analysis import analyze
from app.diff import CompareOptions, Comparison, compare
from app.families import get_family
from app.ingest import read_source
from app.schemas.comparisons import ComparisonRead
from app.store import compare_versions, comparison_payload
from app.store.comparisons import comparison_fingerprint, decode_comparison, encode_comparison
from app.store.models import CachedComparison
from tests.store.helpers import add_sample_revisions

CASES = Path(__file__).resolve().parents[1] / "cases" / "diff"
OPTION_SETS = (
    CompareOptions(),
    CompareOptions(ignore_case=True, ignore_numbering=True, ignore_punctuation=True),
    CompareOptions(ignore_local_names=True),
)


def _cases() -> list[Path]:
    return [
        case
        for case in sorted(CASES.iterdir())
        if (case / "left.txt").read_bytes().strip() and (case / "right.txt").read_bytes().strip()
    ]


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case.name)
def test_the_contract_json_decodes_to_exactly_the_computed_comparison(case: Path) -> None:
    left, right = (
        analyze(read_source((case / f"{side}.txt").read_bytes(), f"{side}.txt"), get_family())
        for side in ("left", "right")
    )
    for options in OPTION_SETS:
        comparison = compare(left, right, options)

        encoded = encode_comparison(comparison)

        assert encoded == ComparisonRead.from_comparison(comparison).model_dump_json().encode()
        assert decode_comparison(encoded) == comparison


def test_the_cache_keeps_the_contract_json_and_serves_it_as_it_is(session: Session) -> None:
    first, second, _ = add_sample_revisions(session)
    options = CompareOptions(ignore_case=True)

    miss = comparison_payload(
        session=session, left_id=first.id, right_id=second.id, options=options
    )
    hit = comparison_payload(session=session, left_id=first.id, right_id=second.id, options=options)
    decoded = compare_versions(
        session=session, left_id=first.id, right_id=second.id, options=options
    )

    assert miss.computed is not None and hit.computed is None
    assert hit.payload == miss.payload == encode_comparison(miss.computed)
    assert decoded == miss.computed


def test_a_row_cached_in_the_earlier_format_is_served_the_same(session: Session) -> None:
    first, second, _ = add_sample_revisions(session)
    options = CompareOptions()
    fresh = comparison_payload(
        session=session, left_id=first.id, right_id=second.id, options=options
    )
    assert fresh.computed is not None
    earlier = TypeAdapter(Comparison).dump_json(fresh.computed).decode()
    with session.begin():
        session.execute(
            update(CachedComparison)
            .where(CachedComparison.options_fingerprint == comparison_fingerprint(options))
            .values(payload=earlier)
        )

    again = comparison_payload(
        session=session, left_id=first.id, right_id=second.id, options=options
    )

    assert again.cached and again.payload == fresh.payload
    assert (
        compare_versions(session=session, left_id=first.id, right_id=second.id, options=options)
        == fresh.computed
    )
