"""Content cue the regression of blind set 277 showed missing (decision 0411): a paragraph that
tells the council's duties as their history, an Act the subject of its next sentence, is the law
the work rests on (introduction), whatever the heading over it says. Each case is written for
this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Our responsibilities to children in care have grown over thirty years. The Children "
        "(Leaving Care) Act 2000 extended them past a young person's eighteenth birthday.",
        "The council's statutory duties were not written in one go. Children Act 2004 added the "
        "duty to co-operate with partners.",
        "Its powers have changed a great deal since the first Act. The Adoption and Children Act "
        "2002 gave it new ways to find children a permanent home.",
    ],
)
def test_duties_told_through_the_acts_that_made_them_are_introduction(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "introduction"


@pytest.mark.parametrize(
    "opening",
    [
        # Duties named with no Act after them.
        "Our duties to care leavers do not end at 18. A personal adviser stays with each young "
        "person until they are 21.",
        # An Act named first, with no sentence about the council's duties before it.
        "The Children Act 1989 says that the welfare of the child is paramount.",
    ],
)
def test_duties_without_an_act_after_them_are_not_this_cue(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "introduction"
