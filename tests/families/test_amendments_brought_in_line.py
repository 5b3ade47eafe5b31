"""Amendment notes saying the chapter was brought in line with a named framework or Act, the
date after its name, and notes labelled as the latest changes with their month in brackets
(decision 0239).

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

TITLE = "Family Help Standards, Aims and Duties\n\n"


@pytest.mark.parametrize(
    ("note", "date"),
    [
        (
            "This chapter was brought in line with the Children's Social Care National Framework "
            "in May 2025.",
            "2025-05",
        ),
        ("The chapter was brought into line with Working Together 2023 in March 2024.", "2024-03"),
        ("This policy was brought in line with the new local offer in October 2024.", "2024-10"),
    ],
)
def test_a_chapter_brought_in_line_with_a_named_text_is_dated(note, date):
    facts = facts_of(TITLE + note + "\n\nOur aims\nWe help families early.\n")

    assert facts["amendment_date"].value == date


def test_a_named_act_brought_in_line_is_no_amendment_of_the_chapter():
    text = (
        TITLE + "The Children Act was brought in line with the Human Rights Act in October "
        "2000, and our work follows both.\n\nOur aims\nWe help families early.\n"
    )

    assert facts_of(text)["amendment_date"].value is None
