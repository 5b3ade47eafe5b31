"""Decision 0484: a heading in the chapter's body that divides its topic into headed parts.

Its words are read with the parts when the paragraph before them only leads in to them, also in
two short sentences whose last points ahead; and a reading that puts "other" only just ahead of a
kind of the chapter names the heading by that kind. Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from app.sections import Outline
from app.sections.assemble import NARROW_OTHER_OVER_PARTS, _is_lead_in
from tests.sections.helpers import SameReading, kind_of, outline_with_model

NEAR_TIE = {"other": 0.46, "values": 0.42, "key_principles": 0.12}
CLEAR_OTHER = {"other": 0.62, "values": 0.30, "key_principles": 0.08}

TITLE = "# Children's Services Policies, Values and Principles\n\n"
PARTS = (
    "### Saying what we see\n\n"
    "We tell a family what worries us in the words they use themselves.\n\n"
    "### Writing it down\n\n"
    "Every concern goes into a letter the family can keep and show to others.\n\n"
)
CLOSING = "## Finding the office\n\nThe office on Mill Lane opens from nine until five.\n"


def _read(text: str, scores: dict[str, float]) -> Outline:
    return outline_with_model(text, SameReading(scores), "markdown")


def test_a_heading_over_parts_read_as_other_only_just_takes_the_kind_behind() -> None:
    text = TITLE + "## How we keep our word\n\nTwo habits keep us honest.\n\n" + PARTS + CLOSING
    outline = _read(text, NEAR_TIE)
    assert kind_of(outline, "How we keep our word") == "values"
    assert kind_of(outline, "Finding the office") == "other"


def test_a_heading_without_parts_read_the_same_stays_other() -> None:
    text = (
        TITLE
        + "## How we keep our word\n\nWe tell families what worries us and write it down.\n\n"
        + CLOSING
    )
    assert kind_of(_read(text, NEAR_TIE), "How we keep our word") == "other"


def test_a_clear_reading_as_other_stays_other_over_parts() -> None:
    assert CLEAR_OTHER["other"] >= NARROW_OTHER_OVER_PARTS * CLEAR_OTHER["values"]
    text = TITLE + "## How we keep our word\n\nTwo habits keep us honest.\n\n" + PARTS + CLOSING
    assert kind_of(_read(text, CLEAR_OTHER), "How we keep our word") == "other"


def test_a_two_sentence_lead_in_pointing_ahead_still_leads_in_to_the_parts() -> None:
    lead = "Honesty with parents is hard when the news is bad. The habits below help us keep to it."
    text = TITLE + "## How we keep our word\n\n" + lead + "\n\n" + PARTS + CLOSING
    assert kind_of(_read(text, NEAR_TIE), "How we keep our word") == "values"


def test_a_paragraph_saying_something_of_its_own_is_no_lead_in() -> None:
    own = "Honesty with parents is hard when the news is bad. We still owe it to them every time."
    text = TITLE + "## How we keep our word\n\n" + own + "\n\n" + PARTS + CLOSING
    assert kind_of(_read(text, NEAR_TIE), "How we keep our word") == "other"


@pytest.mark.parametrize(
    ("words", "leads_in"),
    [
        ("Two habits keep us honest.", True),
        ("Choosing a child's home is the gravest call we make. These principles steer it.", True),
        ("Choosing a child's home is the gravest call we make. The rules are as follows:", True),
        ("Choosing a child's home is the gravest call we make. We never rush it.", False),
        (
            "Choosing a child's home is the gravest call we make, and we make it with the family, "
            "the child and the carers around the table. The principles below steer it.",
            False,
        ),
    ],
)
def test_what_leads_in_to_parts(words: str, leads_in: bool) -> None:
    assert _is_lead_in(words) is leads_in
