"""The children's policies family's section kinds and cues, as data."""

import re

import pytest

from app.families import get_family
from app.sections.classify import compile_cues

SPEC_KINDS = [
    "title",
    "scope",
    "introduction",
    "shared_responsibility",
    "values",
    "corporate_parenting",
    "vision",
    "practice_model",
    "key_outcomes",
    "key_principles",
    "strategy",
    "information_sharing",
    "national_framework",
    "end_matter",
]
SEED_LOCAL_NAMES = ["merton", "bolton", "derbyshire", "durham", "staying safe"]


@pytest.fixture(scope="module")
def kinds():
    return get_family().kinds


def test_every_kind_of_the_spec_in_document_order(kinds):
    assert [kind.slug for kind in kinds] == SPEC_KINDS
    assert all(kind.label for kind in kinds)


def test_every_kind_but_the_title_has_heading_or_content_cues(kinds):
    for kind in kinds[1:]:
        assert kind.heading_cues or kind.content_cues, kind.slug


def test_the_scope_box_is_a_container_and_end_matter_trails(kinds):
    by_slug = {kind.slug: kind for kind in kinds}
    assert by_slug["scope"].splittable and by_slug["title"].splittable
    assert by_slug["end_matter"].trailing
    assert not any(kind.trailing for kind in kinds if kind.slug != "end_matter")


def test_every_cue_compiles(kinds):
    for kind in kinds:
        for cue in (*kind.heading_cues, *kind.content_cues):
            re.compile(cue)
    compile_cues(kinds)


def test_cues_name_no_council_of_the_seeds(kinds):
    for kind in kinds:
        for cue in (*kind.heading_cues, *kind.content_cues):
            assert not any(name in cue.lower() for name in SEED_LOCAL_NAMES), cue
