"""Cues of decision 0377, in our own words with near misses: a closing stamp that says how much
was changed or by which two acts ("Revised throughout, September 2021", "Reviewed and updated -
April 2023") is end matter near the end as the plain stamp is, and scope's away from it; an
outcomes list may count the children out of the council's ("every one of our Children Looked
After") and end on what they leave care with."""

import pytest


@pytest.mark.parametrize(
    "stamp",
    [
        "Revised throughout, September 2021",
        "Amended in part \u2013 May 2024",
        "Reviewed and updated - April 2023",
        "Revised throughout in July 2023.",
        "Chapter revised in full, 03/2025",
    ],
)
def test_a_qualified_stamp_closes_the_chapter_near_its_end(cues, stamp: str) -> None:
    assert cues.content_kind(stamp, near_end=True) == "end_matter"
    assert cues.content_kind(stamp, near_end=False) != "end_matter"


@pytest.mark.parametrize(
    "stamp",
    [
        "Revised throughout, September 2021",
        "Reviewed and updated - April 2023",
        "Revised throughout in July 2023.",
    ],
)
def test_away_from_the_end_the_same_stamp_is_the_scopes(cues, stamp: str) -> None:
    assert cues.content_kind(stamp, near_end=False) == "scope"


@pytest.mark.parametrize(
    "line",
    [
        "Revised throughout the year, our plans change as children's needs do.",
        "Reviewed and updated plans are shared with every family.",
    ],
)
def test_prose_opening_on_the_same_words_is_no_closing_stamp(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every one of our Children Looked After to be healthy, to be safe, to do well at "
        "school and to leave care with a home, a trade or a course.",
        "We want each of the children in our care to be safe, to be healthy, to learn well and "
        "to leave care ready for adult life.",
        "We want all of our young people to stay healthy, to achieve in education and to move "
        "on to a home of their own.",
    ],
)
def test_outcomes_for_children_counted_out_of_the_councils_are_key_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every one of our children to be safe and to do well at school.",
        "We want each of the children in our care to have a say in their plans.",
        "We want every one of our foster carers to be healthy, to be safe, to do well at training "
        "and to leave care with a home.",
    ],
)
def test_a_want_that_stops_short_of_the_list_or_names_no_children_is_not_key_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
