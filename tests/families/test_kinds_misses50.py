"""Cues of decision 0351: "We will know we are getting it right when …" naming results for
children is the outcomes in an un-headed run and, like the other wordings of that sentence,
stays in a headed section it closes (a staying cue, decision 0333); a heading naming whom the
page serves names the scope. Each line is written for this test in our own words.
"""

import pytest

_RESULTS = [
    "We will know we are getting it right when fewer children need to come into care, when "
    "children in care stay in one home and one school, and when care leavers find work.",
    "We'll know we're getting this right when young people leaving care are settled in a home "
    "of their own.",
    "We will know that we are getting things right when more children stay safely at home.",
]


@pytest.mark.parametrize("line", _RESULTS)
def test_getting_it_right_by_childrens_results_is_the_outcomes(cues, line: str) -> None:
    assert cues.content_kind(line) == "key_outcomes"


@pytest.mark.parametrize("line", _RESULTS)
def test_getting_it_right_stays_in_a_headed_section(cues, line: str) -> None:
    assert cues.breakaway_kind(line) is None
    assert cues.breakaway_kind_plain(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "We will know we are getting it right when our staff stay with us for longer.",
        "We will know we are getting it right when the budget balances.",
    ],
)
def test_getting_it_right_by_other_things_is_no_outcomes(cues, line: str) -> None:
    assert cues.content_kind(line) != "key_outcomes"


@pytest.mark.parametrize(
    "heading", ["Whom this page serves", "Who this guidance serves", "Whom this chapter is for"]
)
def test_the_readers_a_page_serves_head_the_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "scope"


def test_what_a_chapter_covers_is_not_named_the_scope_by_its_heading(cues) -> None:
    """ "Who this chapter covers" also heads what the chapter is about (blind15's 1509)."""
    assert cues.heading_kind("Who this chapter covers") != "scope"


@pytest.mark.parametrize(
    "line",
    [
        "Much of what follows is required by law, chiefly the Children Act 1989 and the "
        "Children and Social Work Act 2017.",
        "Most of this policy is set down in statute; the Acts are listed at the end.",
        "All of this chapter is required by legislation passed since 1989.",
    ],
)
def test_the_chapters_content_said_to_be_required_by_law_opens_the_introduction(
    cues, line: str
) -> None:
    assert cues.content_kind(line) == "introduction"


@pytest.mark.parametrize(
    "line",
    [
        "Much of what follows is required reading for new staff.",
        "Most of this chapter is about children in care.",
        "Much of what follows is set by the Corporate Parenting Board.",
    ],
)
def test_other_things_said_of_the_chapters_content_are_no_introduction(cues, line: str) -> None:
    assert cues.content_kind(line) != "introduction"
