"""Decision 0476: what keeps the sharper kind model (alpha 1e-5) from dividing what its surer
readings of a few words should not divide. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from app.sections.assemble import (
    MIN_MODEL_CONFIDENCE,
    STRETCH_FIRST_OFFSET,
    STRETCH_PREFERRED_WORDS,
    _is_a_remark,
    _second_of_two_short,
    no_kind_explains,
)
from app.sections.segment import RunBlock, Segment, segment_run
from tests.sections.helpers import assert_tiles, outline_of

KINDS = ["scope", "introduction", "values", "strategy"]


def _sure(kind: str, weight: float = 1.0, *, remark: bool = False) -> RunBlock:
    probabilities = {name: 0.97 if name == kind else 0.002 for name in KINDS}
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True, remark=remark)


def _run(remark: bool, after: str = "strategy") -> list[Segment]:
    blocks = [
        _sure("scope"),
        _sure("introduction"),
        _sure("values"),
        _sure("introduction", 0.4, remark=remark),
        _sure(after),
    ]
    return segment_run(blocks, KINDS)


def test_a_remark_sure_of_a_kind_passed_does_not_turn_back_on_its_own() -> None:
    assert Segment(3, "introduction") in _run(remark=False)
    assert Segment(3, "introduction") not in _run(remark=True)


def test_a_remark_the_paragraph_after_agrees_with_still_turns_back() -> None:
    assert Segment(3, "introduction") in _run(remark=True, after="introduction")


@pytest.mark.parametrize(
    ("words", "remark"),
    [
        ("The head of the virtual school agrees.", True),
        ("Our fostering panel meets monthly and the chair reports to councillors.", True),
        (
            "The head of the virtual school visits every secondary school in the county each "
            "term and reports what she finds to the panel.",
            False,
        ),
    ],
)
def test_a_remark_is_a_paragraph_of_a_few_words(words: str, remark: bool) -> None:
    assert _is_a_remark(words) is remark


def test_a_short_second_paragraph_under_a_heading_is_not_divided_on_a_reading_short_of_sure():
    short = "We work alongside schools and doctors. " * 3
    assert _second_of_two_short(short, STRETCH_FIRST_OFFSET)
    assert not _second_of_two_short(short, STRETCH_FIRST_OFFSET + 3)
    long = "word " * STRETCH_PREFERRED_WORDS
    assert not _second_of_two_short(long, STRETCH_FIRST_OFFSET)


def test_under_a_named_heading_a_short_partners_paragraph_stays_after_the_one_paragraph() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Introduction\n\n"
        "Brackenfold Borough Council looks after children whose parents cannot, and this "
        "chapter says what the law asks of it and how its staff should go about that work.\n\n"
        "Safeguarding is shared work. Health visitors, teachers and officers of the police sit "
        "with us on the Brackenfold Safeguarding Children Partnership and follow its "
        "arrangements.\n\n"
        "## Sharing information\n\n"
        "We share what we know with other agencies when a child's safety needs it.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == [
        "title",
        "introduction",
        "information_sharing",
    ]


@pytest.mark.parametrize("likeliest", [0.26, 0.3])
def test_a_reading_spread_over_several_kinds_is_no_kind(likeliest: float) -> None:
    """A twelve-kind model a quarter sure of its likeliest kind has read no kind: the sharper
    model puts such a spread reading near a third."""
    assert likeliest < MIN_MODEL_CONFIDENCE
    assert no_kind_explains(likeliest, likeliest, between=False)
