"""Wordings the hundred-and-sixty-fourth blind round's chapters (headings named by meaning) used
that the family did not know (decision 0266): leaving care named as the help that comes after
the eighteenth birthday. Each case is written for this test in our own words, with near misses
that must not be read so."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


@pytest.mark.parametrize(
    "heading",
    [
        "Help after eighteen",
        "Support beyond 18",
        "Life after 18",
        "Help and support after 18",
        "After eighteen",
        "Advice past 18",
    ],
)
def test_help_after_eighteen_is_leaving_care(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"


@pytest.mark.parametrize(
    "heading",
    ["After 18 months in care", "Support after 18 weeks", "Help after school"],
)
def test_other_things_after_a_number_are_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


def test_a_help_after_eighteen_section_is_read_as_the_principles() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Our approach to care\n\n"
        "We keep children with their families whenever it is safe to do so, and relatives "
        "come first when a child must live elsewhere.\n\n"
        "Help after eighteen\n\n"
        "Care leavers aged 18 to 25 can call on the Moving Forward team for advice on "
        "housing, money, health and learning.\n\n"
        "Records and privacy\n\n"
        "We share information only where the law allows it and where it keeps a child safe.\n"
    )
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    kinds = {section.text.split("\n")[0]: section.kind for section in analyzed.outline.sections}
    assert kinds["Help after eighteen"] == "key_principles"


@pytest.mark.parametrize(
    "heading",
    [
        "The purpose of these pages",
        "Purpose of these procedures",
        "The purpose of this page",
        "What these procedures are for",
        "Why these pages exist",
        "What these pages cover",
    ],
)
def test_the_purpose_of_these_pages_is_the_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading",
    ["The purpose of these visits", "What these children need", "What these principles are for"],
)
def test_the_purpose_of_other_things_is_not_the_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "scope"
