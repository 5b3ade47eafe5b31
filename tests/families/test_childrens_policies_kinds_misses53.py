"""Cues of the known-misses round of decision 0394: other agencies' staff, three or more, named
as the subject and said to know or see the children first or more often, and no child said to be
kept safe by one service (shared responsibility). In our own words, none of them the case
documents' sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Midwives, nurseries, teachers and youth workers often see a child's worries before any "
        "social worker does.",
        "Eastmoor's GPs, school nurses and the police meet children every week, and the "
        "partnership makes sure each of them knows whom to call.",
        "Teachers, doctors and housing officers usually know a family for years before we meet "
        "them.",
    ],
)
def test_other_agencies_staff_seeing_children_first_is_shared_responsibility(cues, opening):
    assert cues.breakaway_kind(opening) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        # the service's own staff, not other agencies
        "Social workers, team managers and reviewing officers see every child in care each month.",
        # two agencies only: a pair is named in passing anywhere
        "Teachers and doctors see children every day.",
        # the agencies listed as those who are told, not as those who know
        "Schools, GPs and the police are told when a child is placed in the area.",
    ],
)
def test_near_misses_are_not_shared_responsibility(cues, opening):
    assert cues.content_kind(opening) != "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "No child in Eastmoor is kept safe by one service.",
        "No young person can be protected by a single agency on its own.",
    ],
)
def test_no_child_kept_safe_by_one_service_is_shared_responsibility(cues, opening):
    assert cues.content_kind(opening) == "shared_responsibility"


def test_no_child_placed_by_one_manager_is_not_shared_responsibility(cues):
    opening = "No child is placed outside the county by one manager alone."
    assert cues.content_kind(opening) != "shared_responsibility"
