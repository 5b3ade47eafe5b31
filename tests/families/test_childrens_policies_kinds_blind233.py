"""Cues of blind round 233 (decision 0357): a chapter that calls itself "this document" saying
whom it covers, and readers said to work to it (scope); staff asked to be a list of qualities,
and a number of things listed in single words after a colon (values); people asked to say the
place is good a time ahead (vision); the council or its members taking on a parent's job
(corporate parenting); figures that should show a list of changes, and progress judged by
measures listed after a colon (key outcomes). In our own words, none of them the set's
sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "This document covers every team in the council's children's services and the homes "
        "it runs.",
        "This document applies to all staff employed in early help and social care.",
    ],
)
def test_this_document_saying_whom_it_covers_is_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Everyone in Marlow Vale's social care teams, agency workers included, works to this "
        "document.",
        "Every practitioner in the service, whether employed or commissioned, works to this "
        "policy.",
    ],
)
def test_readers_who_work_to_the_document_is_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


def test_a_child_said_to_work_to_a_plan_is_not_scope(cues):
    opening = "Every young person works to a pathway plan agreed with their personal adviser."
    assert cues.content_kind(opening) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Harbury's practitioners are asked to be kind, curious, patient and honest with families.",
        "Our managers are expected to be open, fair, visible, calm and decisive.",
    ],
)
def test_staff_asked_to_be_a_list_of_qualities_is_values(cues, opening):
    assert cues.content_kind(opening) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Three qualities mark out good practice in this borough: patience, honesty and warmth.",
        "Five things should be visible in every visit we make: courtesy, candour, care, "
        "curiosity and reliability.",
    ],
)
def test_a_number_of_things_listed_in_single_words_is_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_a_number_of_things_that_are_health_and_school_is_not_values(cues):
    opening = "Four things matter to the children we asked: health, safety, school and friends."
    assert cues.content_kind(opening) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "In five years' time we want families to say that Ashwell is the best place to raise a "
        "child.",
        "By 2032 we would like everyone to agree that Corley has become a great place for "
        "children.",
    ],
)
def test_people_saying_the_place_is_good_a_time_ahead_is_the_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "Once a child is in care, the whole council shares the role of a good parent.",
        "Each councillor in Brindle takes on the responsibilities of a parent for every care "
        "leaver.",
    ],
)
def test_the_council_taking_on_a_parents_job_is_corporate_parenting(cues, opening):
    assert cues.content_kind(opening) == "corporate_parenting"


def test_parents_sharing_a_parents_duties_is_not_corporate_parenting(cues):
    opening = "Separated parents still share the duties of a parent towards their children."
    assert cues.content_kind(opening) != "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        "By 2029 our figures should show more children adopted, fewer moves and better grades.",
        "The numbers will show fewer children on plans, and more families helped early.",
    ],
)
def test_figures_that_should_show_a_list_of_changes_is_key_outcomes(cues, opening):
    assert cues.content_kind(opening) == "key_outcomes"


def test_figures_showing_one_change_is_not_key_outcomes(cues):
    opening = "The figures will show fewer referrals once the new hubs open."
    assert cues.content_kind(opening) != "key_outcomes"


def test_progress_judged_by_measures_listed_after_a_colon_is_key_outcomes(cues):
    opening = (
        "The council will measure its progress against four indicators: stable homes, school "
        "attendance, health checks and care leavers in work."
    )
    assert cues.content_kind(opening) == "key_outcomes"


def test_progress_judged_by_measures_without_a_list_is_not_key_outcomes_by_this_cue(cues):
    opening = "We will judge our progress by the measures the inspectors use."
    assert cues.content_kind(opening) != "key_outcomes"
