"""The family's extractors and cues on wordings met in the eleventh blind round (issue 12):
leaving-care extensions offered "on request" or to "those who want it" in the next sentence, a
change note labelled "Revision note (…)", a page stamp after a "|" in a line, a version given in
a document-control row, and a model named only by being used at the opening of the practice
model section.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import support_ages
from tests.reading import facts_of


@pytest.mark.parametrize(
    "text",
    [
        "Personal advisers help care leavers until they are 21, with help to 25 available on "
        "request.",
        "Care leavers keep their personal adviser to 21, and to 25 on request.",
        "Our leaving care team supports every care leaver until they are 21. Young people who "
        "want help after that can keep their personal adviser until they are 25.",
        "Care leavers have support until the age of 21. Those who ask for more can stay in "
        "touch with their adviser until they are 25.",
    ],
)
def test_a_later_age_offered_on_request_or_to_those_who_want_it(text: str) -> None:
    assert support_ages(text) == (21, [25])


def test_a_later_age_for_everyone_in_the_next_sentence_is_no_extension() -> None:
    text = (
        "Care leavers have a personal adviser until they are 21. The council reviews its "
        "local offer every year, and the offer is published until 2025."
    )
    assert support_ages(text) == (21, [])


@pytest.mark.parametrize(
    ("text", "amendment"),
    [
        ("Revision note (January 2025): the section on care leavers was revised.", "2025-01"),
        ("Amendment note (March 2024) - two paragraphs were added.", "2024-03"),
    ],
)
def test_a_labelled_note_with_its_date_in_brackets(text: str, amendment: str) -> None:
    assert facts_of(text)["amendment_date"].value == amendment


def test_a_page_stamp_after_a_separator_in_a_line() -> None:
    text = (
        "Policies and Values\n\nLanbury Council | Updated 4 May 2024\n\n"
        "This chapter applies to all staff."
    )
    assert facts_of(text)["last_updated"].value == "2024-05-04"


def test_a_version_in_a_document_control_row() -> None:
    text = (
        "# Policies and Values\n\n**Version** | 3.1\n**Owner** | Head of Service\n\n"
        "This chapter applies to all staff."
    )
    assert facts_of(text, "chapter.md")["version_label"].value == "3.1"


def test_a_version_column_header_is_not_a_value() -> None:
    text = "# Policies and Values\n\nVersion | Date\nCurrent | May 2024\n\nThis chapter applies."
    assert facts_of(text, "chapter.md")["version_label"].value is None


def test_a_name_used_at_the_opening_of_the_practice_model_section_is_the_model() -> None:
    text = (
        "# Values\n\n## Our practice model\n\nOur teams use Family Network Practice in every "
        "assessment. It helps families plan together."
    )
    assert facts_of(text, "chapter.md")["named_models"].value == ["Family Network Practice"]


def test_a_name_used_in_another_section_stays_a_description() -> None:
    text = (
        "# Values\n\n## Working with partners\n\nOur teams use Family Network Practice with "
        "schools. We meet them each term."
    )
    assert facts_of(text, "chapter.md")["named_models"].value == []


def test_a_name_ending_in_model_is_left_to_the_model_patterns() -> None:
    text = "# Values\n\n## Practice model\n\nOur work follows the Operating Model - Bright Paths."
    assert "Operating Model" not in facts_of(text, "chapter.md")["named_models"].value
