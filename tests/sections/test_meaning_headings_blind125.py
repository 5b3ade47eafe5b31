"""Headings named by meaning in the hundred-and-twenty-fifth blind round (decision 0204): a
sentence-case line that names an age ("After 18, not alone") is a heading by its shape as one
without a number is, while other numbers (a statute's year, a date) still keep a line from
being one; a line over nothing but the chapter's closing stamps ("Where this chapter has been"
over dated history lines, "Last word" over "Last updated: …") heads the end matter; and a
heading right under the council's byline under the title has its break above it.

Each chapter is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import kinds_and_openings

TITLE = "Children's Services Policies, Values and Principles\n\n"

PERMANENCE = (
    "Settled for good\n\n"
    "Children do best when they know where they will grow up. Where a child cannot go home, "
    "a plan for permanence is agreed within four months of them coming into care.\n\n"
)
VALUES = (
    "What we hold dear\n\n"
    "We are honest with families, even when the news is hard, and we keep our promises.\n\n"
)
CONFIDENTIALITY = (
    "Keeping what we know safe\n\n"
    "We share what we know about a family only where the law allows it, and we tell the "
    "family what we shared and why.\n\n"
)


@pytest.mark.parametrize("heading", ["After 18, not alone", "Support beyond 21", "Turning 18"])
def test_a_sentence_case_heading_naming_an_age_opens_its_section(heading: str) -> None:
    text = (
        TITLE
        + VALUES
        + PERMANENCE
        + f"{heading}\n\n"
        + "Leaving care does not mean that we stop caring. Each young person leaving our care "
        "keeps a personal adviser until they are 21, and anyone who still wants that help can "
        "keep their adviser up to their 25th birthday.\n\n" + CONFIDENTIALITY
    )
    kinds = kinds_and_openings(text, "plain", 24)
    assert [kind for kind, _ in kinds] == [
        "title",
        "values",
        "key_principles",
        "key_principles",
        "information_sharing",
    ]
    assert kinds[3][1].startswith(heading)


@pytest.mark.parametrize("line", ["Our work since 2019", "What changed on 3 June", "Page 2 of 4"])
def test_a_sentence_case_line_with_another_number_is_still_no_heading(line: str) -> None:
    text = TITLE + VALUES + PERMANENCE + f"{line}\n\n" + CONFIDENTIALITY.split("\n\n", 1)[1]
    starts = [start for _, start in kinds_and_openings(text, "plain", 24)]
    assert not any(start.startswith(line[:10]) for start in starts)


HISTORY = "First published: June 2020\nRevised: September 2022\nRevised: March 2025\n"


def test_a_line_over_the_closing_history_heads_the_end_matter() -> None:
    text = TITLE + PERMANENCE + CONFIDENTIALITY + "Where this chapter has been\n\n" + HISTORY
    kind, start = kinds_and_openings(text, "plain", 24)[-1]
    assert (kind, start.startswith("Where this chapter")) == ("end_matter", True)


def test_a_bold_line_over_the_closing_stamp_heads_the_end_matter() -> None:
    text = (
        "# " + TITLE + "**Settled for good**\n\n"
        "Children do best when they know where they will grow up, so we plan for permanence "
        "from the first day.\n\n"
        "**Last word**\n\n"
        "Last updated: 21 October 2024\n"
    )
    kind, start = kinds_and_openings(text, "markdown", 24)[-1]
    assert (kind, start.startswith("**Last word**")) == ("end_matter", True)


def test_a_councils_name_over_the_closing_stamp_stays_a_byline() -> None:
    text = TITLE + PERMANENCE + "Oakby District Council\n\nLast updated: 21 October 2024\n"
    kinds = kinds_and_openings(text, "plain", 24)
    assert not any(start.startswith("Oakby District Council") for _, start in kinds)


def test_a_line_over_stamps_with_prose_after_them_is_no_heading() -> None:
    text = (
        TITLE + PERMANENCE + "Where this chapter has been\n\n"
        "First published: June 2020\n\n"
        "We review it every two years with the children in care council, and we tell staff "
        "what changed.\n"
    )
    starts = [start for _, start in kinds_and_openings(text, "plain", 24)]
    assert not any(start.startswith("Where this chapter") for start in starts)


def test_a_heading_under_the_councils_byline_opens_its_section() -> None:
    text = (
        "CHILDREN'S SERVICES POLICIES, VALUES AND PRINCIPLES\n\n"
        "Brockwell District Council\n\n"
        "HOW TO READ THIS CHAPTER\n\n"
        "Read this chapter first if you are new to the service. It explains what we believe, "
        "and the other chapters build on it.\n\n"
        "WHERE WE ARE HEADING\n\n"
        "By 2028 we want fewer children to need care, because help reaches families earlier.\n"
    )
    kinds = kinds_and_openings(text, "plain", 24)
    assert kinds[0][0] == "title"
    assert kinds[1][0] == "scope" and kinds[1][1].startswith("HOW TO READ THIS CHAPTER")
