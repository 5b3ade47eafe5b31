"""The common template of 150 synthetic councils: the base text is recovered, and each
council's planted passages are found as its own."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.template import TemplateBuilder, common_template, passages_of
from tests.template.synthetic import Council, base_sections, generate

BOLTON = (
    Path(__file__).resolve().parents[2] / "corpus" / "childrens-policies" / "bolton" / "2024-06.txt"
)
COUNCILS = 150
RECOVERY_FLOOR = 0.95
"""Least word-level similarity between the template and the base text, per section kind."""


@pytest.fixture(scope="module")
def base() -> list[tuple[str, str]]:
    return base_sections(BOLTON)


@pytest.fixture(scope="module")
def councils(base: list[tuple[str, str]]) -> list[Council]:
    return generate(base, COUNCILS)


def recovery(base: list[tuple[str, str]], texts: dict[str, list[str]]) -> dict[str, float]:
    """Per kind, how closely the template's words follow the base text's (difflib ratio)."""
    by_kind: dict[str, list[str]] = {}
    for kind, text in base:
        by_kind.setdefault(kind, []).extend(p.text for p in passages_of(text))
    return {
        kind: SequenceMatcher(
            None, " ".join(passages).split(), " ".join(texts.get(kind, [])).split(), autojunk=False
        ).ratio()
        for kind, passages in by_kind.items()
        if passages
    }


def test_the_template_recovers_the_base_text_of_every_kind(
    base: list[tuple[str, str]], councils: list[Council]
) -> None:
    template = common_template([(council.key, council.sections) for council in councils])

    scores = recovery(base, template.texts)
    assert scores
    assert min(scores.values()) >= RECOVERY_FLOOR, scores


def test_every_planted_passage_is_found_as_that_councils_own(councils: list[Council]) -> None:
    template = common_template([(council.key, council.sections) for council in councils])

    for council in councils:
        unique = {text for _kind, text in template.deviations[council.key].unique}
        assert set(council.planted) <= unique, council.key
        assert not any(
            passage in template.deviations[other.key].unique
            for other in councils
            if other is not council
            for passage in council.planted
        )


def test_a_dropped_section_shows_as_missed_passages_and_zero_similarity(
    base: list[tuple[str, str]],
) -> None:
    kinds = [kind for kind, _ in base]
    target = "corporate_parenting" if "corporate_parenting" in kinds else kinds[2]
    keep = [(kind, text) for kind, text in base if kind != target]
    versions = [(f"same-{n}", base) for n in range(9)] + [("dropper", keep)]

    template = common_template(versions)
    dropper = template.deviations["dropper"]

    assert dropper.similarity[target] == 0.0
    assert {kind for kind, _ in dropper.missing} == {target}
    assert template.median_key != "dropper"


def test_adding_a_version_gives_the_same_result_as_building_again(
    councils: list[Council],
) -> None:
    builder = TemplateBuilder()
    for council in councils[:40]:
        builder.add(council.key, council.sections)
    builder.build()
    builder.add(councils[40].key, councils[40].sections)

    again = common_template([(c.key, c.sections) for c in councils[:41]])

    assert builder.build() == again


def test_pair_similarity_is_symmetric_and_one_on_the_diagonal(councils: list[Council]) -> None:
    builder = TemplateBuilder()
    for council in councils[:20]:
        builder.add(council.key, council.sections)

    pairs = builder.pair_similarity()

    assert all(pairs[(c.key, c.key)] == pytest.approx(1.0) for c in councils[:20])
    assert all(pairs[(a, b)] == pairs[(b, a)] for a, b in pairs)
    assert all(0.0 <= value <= 1.0 for value in pairs.values())


_SENTENCES = [
    "Every child is heard before a plan is agreed.",
    "Care leavers are supported until they are twenty one.",
    "Managers review each case within four weeks.",
    "Families are told in writing what the council decided.",
    "Interpreters are offered to every parent who needs one.",
    "Foster carers receive training in their first year.",
]


@st.composite
def _versions(draw: st.DrawFn) -> list[tuple[str, list[tuple[str, str]]]]:
    count = draw(st.integers(min_value=1, max_value=6))
    versions = []
    for number in range(count):
        sections = [
            (kind, "\n".join(draw(st.lists(st.sampled_from(_SENTENCES), max_size=4))))
            for kind in draw(st.lists(st.sampled_from(["values", "scope", "other"]), unique=True))
        ]
        versions.append((f"v{number}", sections))
    return versions


@given(_versions())
def test_pairs_per_kind_are_dice_of_shared_words_symmetric_and_whole_on_the_diagonal(
    versions: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    builder = TemplateBuilder()
    for key, sections in versions:
        builder.add(key, sections)

    grid = builder.pair_similarity_by_kind()

    assert grid.keys == [key for key, _ in versions]
    for kind, rows in grid.grids.items():
        having = [any(k == kind for k, _ in sections) for _, sections in versions]
        for i, row in enumerate(rows):
            assert row[i] == (1.0 if having[i] else None)
            for j, value in enumerate(row):
                assert value == rows[j][i]
                assert (value is None) == (not having[i] and not having[j])
                assert value is None or 0.0 <= value <= 1.0


@given(_versions())
def test_passages_only_one_version_has_count_as_its_additions(
    versions: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    template = common_template(versions)

    for deviation in template.deviations.values():
        assert all(0.0 <= value <= 1.0 for value in deviation.similarity.values())
        assert set(deviation.similarity) == set(template.texts)
        for kind, _ in deviation.unique:
            assert deviation.extra.get(kind, 0) > 0, "a passage of its own is an addition"
