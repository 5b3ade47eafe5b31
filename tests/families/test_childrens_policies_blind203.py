"""Headings the two-hundred-and-third blind round used that the family did not know (decision
0320): the chapter's purpose and the law under one heading, and the course the service has set
itself. Each case is written for this test in our own words, with near misses that must not be
read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Purpose of this Chapter and the Law",
        "The purpose of this policy and the legislation",
        "Purpose of the procedure & legal framework",
        "Purpose of this document and the statutory context",
    ],
)
def test_the_chapters_purpose_and_the_law_is_the_introduction(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize(
    "heading",
    ["Purpose of this chapter", "The purpose of this chapter and who it is for"],
)
def test_the_purpose_alone_or_with_its_readers_is_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "introduction"


@pytest.mark.parametrize(
    "heading",
    [
        "The Direction We Are Taking",
        "The direction the service is taking",
        "Direction we have chosen",
        "Our direction of travel",
        "The council's direction of travel",
    ],
)
def test_the_course_the_service_has_set_is_the_strategy(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "strategy"


@pytest.mark.parametrize(
    "heading",
    ["Direction", "The direction children want us to take", "Directions to our offices"],
)
def test_a_bare_direction_or_someone_elses_is_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "strategy"
