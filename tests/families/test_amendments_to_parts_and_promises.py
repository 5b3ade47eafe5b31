"""Amendment notes met in blind round 170 (decision 0273): a part of the text named by what it
is about said to have changed ("The part about … was rewritten in …"), and a chapter written as
the council's promises that says in its own voice when it looked again at "these promises".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

TITLE = "Our Duties to Young People in Care\n\n"
BODY = "\n\nHow we work\n\nWe help families early.\n"


@pytest.mark.parametrize(
    ("note", "date"),
    [
        (
            "The part on staying put was revised in March 2025; nothing else has changed.",
            "2025-03",
        ),
        ("The parts about brothers and sisters were updated in June 2024.", "2024-06"),
        ("This part of the chapter was last amended in October 2025.", "2025-10"),
    ],
)
def test_a_part_named_by_its_topic_dates_the_chapter(note: str, date: str) -> None:
    assert facts_of(TITLE + note + BODY)["amendment_date"].value == date


def test_a_part_of_a_named_act_is_no_amendment_of_the_chapter() -> None:
    text = TITLE + "The part of the Children Act on leaving care was amended in April 2001." + BODY

    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("note", "date"),
    [
        (
            "These are the promises the council makes to every child it looks after. We "
            "reviewed these promises with the Children in Care Council in September 2025.",
            "2025-09",
        ),
        (
            "This pledge is for young people leaving our care. We last looked over this pledge, "
            "and added a promise about housing, in January 2026.",
            "2026-01",
        ),
        (
            "We looked again at these commitments in July 2024 after care leavers asked us to.",
            "2024-07",
        ),
    ],
)
def test_we_changed_these_promises_dates_the_chapter(note: str, date: str) -> None:
    assert facts_of(TITLE + note + BODY)["amendment_date"].value == date


@pytest.mark.parametrize(
    "note",
    [
        "Our promises to care leavers were first made by the council in May 2019.",
        "We looked at the Pledge that the Children in Care Council wrote in March 2024.",
    ],
)
def test_promises_that_are_not_this_text_are_no_amendment(note: str) -> None:
    assert facts_of(TITLE + note + BODY)["amendment_date"].value is None
