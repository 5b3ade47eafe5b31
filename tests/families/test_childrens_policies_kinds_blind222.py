"""Cues of blind round 222 (decision 0343): success that will look like changes (more, fewer,
better …) and the changes a service expects to see, listed (key outcomes); a place's children who
should grow up well, in one sentence (vision); people supported through a known practice model
(practice model); a named plan or strategy bounded by two years that sets something out
(strategy). In our own words, none of them the set's sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Success would look like fewer children waiting for a home and better exam results.",
        "For the service, success looks like more young people in work and fewer moves.",
    ],
)
def test_success_that_looks_like_changes_is_key_outcomes(cues, opening):
    assert cues.content_kind(opening) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "We hope to see more children adopted quickly, fewer missing episodes and better health.",
        "The council expects to see fewer exclusions, higher attendance and more stable homes.",
    ],
)
def test_a_list_of_changes_expected_is_key_outcomes(cues, opening):
    assert cues.content_kind(opening) == "key_outcomes"


def test_one_change_expected_from_a_plan_is_not_key_outcomes_by_this_cue(cues):
    opening = "We expect to see fewer referrals once the new early help hubs open next year."
    assert cues.content_kind(opening) != "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Marsh End's children deserve to grow up loved, confident and ready for adult life.",
        "Alderholt's young people should grow up feeling safe and proud of where they live.",
    ],
)
def test_a_places_children_growing_up_well_is_the_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


def test_a_places_children_growing_up_at_home_where_safe_is_not_the_vision(cues):
    opening = "Alderholt's children should grow up with their own families wherever it is safe."
    assert cues.content_kind(opening) != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "Families with younger children are supported through Family Safeguarding teams.",
        "Young people at risk of exploitation are helped through No Wrong Door hubs.",
    ],
)
def test_people_supported_through_a_known_model_is_the_practice_model(cues, opening):
    assert cues.content_kind(opening) == "practice_model"


def test_people_not_supported_through_a_known_model_is_not_the_practice_model(cues):
    opening = "Families here are not supported through Signs of Safety, which a neighbour uses."
    assert cues.content_kind(opening) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "The Children and Young People's Plan 2024-2027 sets out four priorities for the county.",
        "Sufficiency Strategy 2025 to 2030: the strategy commits the council to more homes.",
    ],
)
def test_a_named_plan_bounded_by_two_years_setting_out_is_strategy(cues, opening):
    assert cues.content_kind(opening) == "strategy"


def test_a_chapter_read_with_a_named_plan_is_not_strategy(cues):
    opening = "This chapter should be read with the Children's Plan 2024-2027, which it serves."
    assert cues.content_kind(opening) != "strategy"
