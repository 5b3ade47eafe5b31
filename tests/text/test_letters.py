"""A letter's sign-off: the one pattern the section planner and the facts extractors share."""

from __future__ import annotations

import pytest

from app.text.letters import VALEDICTION_RE


@pytest.mark.parametrize(
    "line",
    [
        "Yours sincerely,",
        "Yours faithfully",
        "yours truly.",
        "Yours\tsincerely",
        "Kind regards",
        "Kindest regards,",
        "With warm regards",
        "Warmest wishes",
        "Best wishes,",
        "With best wishes",
        "With thanks",
        "**Kind regards,**",
        "> Yours sincerely",
        "_With thanks_",
        "BEST REGARDS",
        "Many thanks,",
        "With many thanks",
        "With thanks for all that you do,",
        "With thanks again for everything you have done.",
        "Thank you for all you do!",
        "Thank you for everything that you all continue to do,",
    ],
)
def test_a_sign_off_alone_on_its_line_is_a_valediction(line: str) -> None:
    assert VALEDICTION_RE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Yours",
        "Regards",
        "Thanks",
        "Dear colleague,",
        "Best wishes for the new year to every foster family",
        "With thanks to the young people who shaped this chapter.",
        "Kind regards, Sam Patel",
        "Yours sincerely, Director of Children's Services",
        "We send our kind regards to all carers.",
        "Best practice",
        "Warm welcome",
        "Thank you",
        "Thank you for reading this chapter.",
        "With thanks for all you do for our children",
        "Many thanks to the foster carers who helped us write it.",
    ],
)
def test_a_sentence_or_a_sign_off_with_more_on_its_line_is_not(line: str) -> None:
    assert VALEDICTION_RE.fullmatch(line) is None
