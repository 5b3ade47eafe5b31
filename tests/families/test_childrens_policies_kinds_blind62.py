"""Content cues blind set 62 showed missing (decision 0116), in wordings of our own: a manual
said to begin at this chapter, a closing note that opens on its month, the qualities staff are
expected to have said of them, a plan over years up to a named year, and the outcomes named as
what success or the results are."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Ashcombe's children's services manual begins here. The pages after this one set out "
        "procedures.",
        "This is where the Ashcombe children's social care manual starts.",
        "The procedures manual opens with this chapter, which gives the reasons behind it.",
    ],
)
def test_a_manual_said_to_begin_here_is_the_scope(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Our work begins here, with the family.",
        "Training in the manual handling of records begins in May.",
    ],
)
def test_beginnings_that_are_not_the_manuals_are_not_the_scope(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


def test_a_closing_note_opening_on_its_month_is_end_matter_near_the_end(cues) -> None:
    note = "In June 2025 this chapter was amended so that every care leaver may keep an adviser."
    assert cues.content_kind(note, near_end=True) == "end_matter"
    assert cues.content_kind(note, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Our staff are expected to be curious, compassionate and clear.",
        "All practitioners are expected to be punctual, honest and kind.",
    ],
)
def test_the_qualities_staff_are_expected_to_have_are_values(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "values"


def test_what_staff_are_expected_to_do_is_not_values(cues) -> None:
    opening = "Our staff are expected to be trained in safeguarding before their first visit."
    assert cues.content_kind(opening, near_end=False) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Over the three years to 2027 the service will open four family hubs.",
        "Between now and 2027, three pieces of work come first: hubs, carers and staff.",
        "Between now and the end of 2026 we will recruit thirty foster carers.",
    ],
)
def test_a_plan_over_years_to_a_named_year_is_the_strategy(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "strategy"


def test_a_year_named_in_the_past_is_not_the_strategy(cues) -> None:
    opening = "Over the three years to 2024 the number of children in care fell by a tenth."
    assert cues.content_kind(opening, near_end=False) != "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "We measure our success by children's lives: their health, their safety, their progress "
        "at school and the homes they go on to make.",
        "For each child we look for five results: good health, safety, achievement in learning, "
        "a voice in decisions, and a steady move into adulthood.",
        "We will judge ourselves by what happens to the children: whether they are healthy, "
        "whether they are safe, whether they learn.",
        "Healthy bodies and minds, safe homes, good schooling and a confident start to working "
        "life: these are what we want for every child in Ashcombe.",
    ],
)
def test_success_or_results_named_as_health_and_safety_are_key_outcomes(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        # the corporate parenting principles name health and safety, never as results
        "The council must act in the best interests of each child and promote their health and "
        "well-being, and help them be safe and have stability.",
        "The success of a placement depends on matching carers to children with care.",
    ],
)
def test_health_and_safety_without_results_or_success_are_not_key_outcomes(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Everything else in the Ashcombe children's services manual builds on the statement in "
        "these pages.",
        "The rest of our procedures manual rests on this chapter.",
    ],
)
def test_a_manual_said_to_rest_on_this_chapter_is_the_scope(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


def test_a_manual_resting_on_the_law_is_not_the_scope(cues) -> None:
    opening = "The manual rests on the Children Act 1989 and the guidance made under it."
    assert cues.content_kind(opening, near_end=False) != "scope"
