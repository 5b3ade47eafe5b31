"""Cues of blind round 216 (decision 0336): the framework of the work said to be set by
Parliament or the law (introduction), three qualities the service wants its work or its people
to have (values), and success said to mean children's results from health or safety to school or
work (key outcomes). In our own words, none of them the set's sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "The legal framework for the council's work is laid down in statute. It names …",
        "The basis of our duties is given by Parliament, chiefly in the Children Act 1989.",
    ],
)
def test_a_framework_set_by_parliament_or_law_is_introduction(cues, opening):
    assert cues.content_kind(opening) == "introduction"


def test_a_framework_set_by_the_team_is_not_introduction(cues):
    opening = "The framework for our work is set by the team manager at each supervision."
    assert cues.content_kind(opening) != "introduction"


@pytest.mark.parametrize(
    "opening",
    [
        "We want our practitioners to be warm, honest and reliable in every visit.",
        "We want our practice to be patient, fair and hopeful. Patient, because change is slow.",
    ],
)
def test_three_qualities_wanted_of_the_work_are_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_what_is_wanted_for_children_is_not_values_by_this_cue(cues):
    opening = "We want our children to be safe, healthy and happy."
    assert cues.content_kind(opening) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Success to us would mean young people who are safe, settled at school and in work.",
        "For Amberleigh, success means children who are healthy and doing well in education.",
    ],
)
def test_success_meaning_childrens_results_is_key_outcomes(cues, opening):
    assert cues.content_kind(opening) == "key_outcomes"


def test_success_meaning_a_budget_is_not_key_outcomes(cues):
    opening = "Success for us means a balanced budget and a settled workforce."
    assert cues.content_kind(opening) != "key_outcomes"
