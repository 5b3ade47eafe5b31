"""Content cue the regression of blind set 274 showed missing (decision 0406): an un-headed
paragraph saying when the chapter is kept up to date, as its rule ("Whenever …, this chapter is
brought up to date"), is the scope box's note of its own upkeep, not the law it follows. Each
case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Each time Parliament passes a new Act that affects children in care, this policy is "
        "reviewed; the latest review finished in June 2025.",
        "Whenever the government issues fresh statutory guidance, the chapter is updated within "
        "three months.",
        "As soon as a court judgment changes how we must work, this procedure will be revised.",
        "When new regulations come into force, the guidance is brought up to date by the "
        "procedures team.",
    ],
)
def test_when_the_chapter_is_kept_up_to_date_is_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        # A child's plan kept up to date is practice, not the chapter's upkeep.
        "Whenever a child moves home, their care plan is reviewed within twenty working days.",
        # The law changing is not the chapter changing.
        "Each time Parliament passes a new Act, the council's duties change with it.",
    ],
)
def test_plans_and_the_law_kept_up_to_date_are_not_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"
