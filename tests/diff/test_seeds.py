"""Comparisons of the five seed chapters, checked against what a careful reader finds in them.

The expectations come from ../shared/expected/seeds.json (sections by kind, facts), never from
code: a divergence is expected exactly where the expected facts differ, and every kind both
chapters have must be aligned, whatever its number or heading (or lack of one).
"""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from app.diff import Comparison, compare
from tests.conftest import EXPECTED_SEEDS, SEEDS_DIR
from tests.diff.conftest import analysed


@pytest.fixture(scope="module")
def seeds(expected_seeds):
    """Expected annotations and analysed versions, by authority slug."""
    return {
        document["authority"]["slug"]: (
            document,
            analysed((SEEDS_DIR / document["file"]).read_text(encoding="utf-8"), document["file"]),
        )
        for document in expected_seeds["documents"]
    }


@pytest.fixture(scope="module")
def comparisons(seeds) -> dict[tuple[str, str], Comparison]:
    return {
        (left, right): compare(seeds[left][1], seeds[right][1])
        for left, right in combinations(sorted(seeds), 2)
    }


def _seed_pairs() -> list[tuple[str, str]]:
    documents = json.loads(EXPECTED_SEEDS.read_text(encoding="utf-8"))["documents"]
    return list(combinations(sorted(doc["authority"]["slug"] for doc in documents), 2))


PAIRS = _seed_pairs()


@pytest.mark.parametrize("pair", PAIRS, ids="-vs-".join)
def test_leaving_care_age_diverges_exactly_where_the_chapters_differ(pair, seeds, comparisons):
    left, right = pair
    expected_left = seeds[left][0]["facts"]["leaving_care_support_age"]
    expected_right = seeds[right][0]["facts"]["leaving_care_support_age"]
    divergences = {d.key: d for d in comparisons[pair].divergences}
    if expected_left == expected_right:
        assert "leaving_care_support_age" not in divergences
        return
    divergence = divergences["leaving_care_support_age"]
    assert (divergence.left, divergence.right) == (expected_left, expected_right)
    for value, evidence in (
        (divergence.left, divergence.left_evidence),
        (divergence.right, divergence.right_evidence),
    ):
        assert bool(evidence) == (value is not None)


@pytest.mark.parametrize("pair", PAIRS, ids="-vs-".join)
def test_every_kind_both_chapters_have_is_aligned(pair, seeds, comparisons):
    left, right = pair
    shared = {s["kind"] for s in seeds[left][0]["sections"]} & {
        s["kind"] for s in seeds[right][0]["sections"]
    }
    aligned = {
        change.left.kind
        for change in comparisons[pair].sections
        if change.left and change.right and change.left.kind == change.right.kind
    }
    assert shared <= aligned


def test_corporate_parenting_aligns_although_numbered_differently(seeds, comparisons):
    numbered = {
        slug: next(s for s in document["sections"] if s["kind"] == "corporate_parenting")
        for slug, (document, _) in seeds.items()
        if any(s["kind"] == "corporate_parenting" for s in document["sections"])
    }
    checked = 0
    for (left, right), comparison in comparisons.items():
        if left not in numbered or right not in numbered:
            continue
        change = next(
            c for c in comparison.sections if c.left and c.left.kind == "corporate_parenting"
        )
        assert change.right is not None and change.right.kind == "corporate_parenting"
        if change.left.number != change.right.number:
            checked += 1
    assert checked, "the seeds should number corporate parenting differently somewhere"


def test_unheaded_sections_align_with_headed_ones_by_kind(seeds, comparisons):
    checked = 0
    for comparison in comparisons.values():
        for change in comparison.sections:
            if (
                change.left
                and change.right
                and (change.left.heading is None) != (change.right.heading is None)
            ):
                assert change.left.kind == change.right.kind
                checked += 1
    assert checked, "some seed sections have no heading and should align with headed ones"


@pytest.mark.parametrize("pair", PAIRS, ids="-vs-".join)
def test_seed_comparisons_rebuild_both_texts(pair, seeds, comparisons):
    left, right = pair
    assert comparisons[pair].rebuild_left() == seeds[left][1].text
    assert comparisons[pair].rebuild_right() == seeds[right][1].text
