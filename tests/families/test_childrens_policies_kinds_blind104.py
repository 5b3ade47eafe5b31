"""Cues the hundred-and-fourth blind round's un-headed chapters showed missing (decision 0172):
a closing history of the chapter dated from an edition without "first" ("The chapter was
written in April 2018 and amended in …"), told by whoever made it ("We first wrote this chapter
in 2019.", "The council agreed this chapter in September 2022."), or naming the edition it
replaces; paragraphs on children's participation (key principles); the pages or the reader
addressed saying what they cover (scope); the law said to protect the reader (introduction).

Each case is written for this test in our own words; the near misses are shapes a careless cue
would take.
"""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "The chapter was written in April 2019 and amended in May 2022 and in January 2025.",
        "This policy was adopted in 2020. It was revised in March 2024.",
        "We first wrote this chapter in 2018. We changed it again in June 2024.",
        "Orlby Council agreed this chapter in October 2021. It was amended in May 2024.",
        "Tanfield first adopted this policy in 2019 and has amended it twice since.",
        "This chapter replaces the version published in July 2022. It was updated in 2024.",
        "The guidance supersedes the previous edition of March 2021.",
    ],
)
def test_a_closing_history_of_the_chapter_is_end_matter(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "The chapter was written in April 2019 and amended in May 2022.",
        "We first wrote this chapter in 2018.",
        "This chapter replaces the version published in July 2022.",
    ],
)
def test_the_same_history_away_from_the_end_opens_nothing_of_its_own(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter was written for every practitioner in Orlby's teams.",
        "We wrote to every foster carer in 2023 about the new allowances.",
        "The council adopted the Signs of Safety model in 2019.",
        "This chapter replaces nothing in the statutory guidance.",
    ],
)
def test_writing_for_readers_or_adopting_other_things_is_no_history(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) != "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "Children's views shape their plans. Before each review they are asked what they want.",
        "Your views matter in every decision we make about you.",
        "Young people's wishes and feelings are heard at every review.",
        "Children and young people are asked what they think before any plan is agreed.",
        "You must see children on their own and record what they say in their own words.",
        "Social workers should visit each child alone at least once a term.",
    ],
)
def test_childrens_participation_opens_the_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Children tell us they want workers who stay.",
        "Children are asked to leave the room when the panel decides.",
        "You must see the manager before you close a case.",
    ],
)
def test_near_misses_of_participation_open_no_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "These pages describe the principles that guide children's social care in Orlby.",
        "These pages set out the values of our service.",
        "You are reading the Orlby Council chapter on the policies, values and principles.",
        "You are now reading our policy on working with children and families.",
    ],
)
def test_pages_or_the_reader_saying_what_is_covered_open_the_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


def test_the_reader_reading_something_else_is_no_scope(cues) -> None:
    assert cues.content_kind("You are reading to your child every night.", False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Laws made by Parliament protect you. The Children Act 1989 says what we must do.",
        "The law protects children in care in several ways.",
    ],
)
def test_the_law_protecting_the_reader_opens_the_introduction(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "introduction"


def test_a_law_protecting_something_else_opens_no_introduction(cues) -> None:
    assert cues.content_kind("Data protection law protects your records.", False) != (
        "introduction"
    )


def test_children_involved_in_their_communities_is_an_outcome_not_participation(cues) -> None:
    opening = "Children and young people are involved in their communities and in decisions."
    assert cues.content_kind(opening, near_end=False) != "key_principles"
