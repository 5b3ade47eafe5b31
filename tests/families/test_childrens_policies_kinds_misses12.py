"""Closing page stamps blind set 58 showed not read as end matter (decision 0121): a stamp that
says where the page was changed ("Updated on this site:"), the page's content stamped ("Page
content updated:"), and the sentence form with "edited" or "changed"."""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Updated on this site: 11 March 2025",
        "Page content updated: 09 Feb 2025",
        "Site updated: 2 May 2025",
        "This page was last edited on 4 June 2025.",
        "This chapter was last changed on 4 June 2025.",
    ],
)
def test_closing_page_stamps_are_end_matter(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "Updated on this site you will find the forms for carers.",
        "This page was last edited by the fostering team, who can answer questions about it.",
    ],
)
def test_sentences_about_the_site_are_not_end_matter(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "**Amendment made:** Oct 2024 · Ver. 3.1",
        "Amendment date: 03/06/2025",
        "Latest amendment made: Feb. 2025",
    ],
)
def test_an_amendment_field_with_its_date_is_the_scope(cues, line) -> None:
    assert cues.content_kind(line, near_end=False) == "scope"


@pytest.mark.parametrize(
    "line",
    [
        "Amendment made to the fostering allowances in May 2024 was small.",
        "Amendment made: none this year.",
    ],
)
def test_an_amendment_spoken_of_in_prose_is_not_the_scope_field(cues, line) -> None:
    assert cues.content_kind(line, near_end=False) != "scope"


def test_a_model_the_council_says_it_has_not_adopted_cues_no_model_section(cues) -> None:
    denied = "Unlike our neighbours, we have not adopted Family Safeguarding and choose per case."
    adopted = "Like our neighbours, we have adopted Family Safeguarding in every team."
    assert cues.content_kind(denied, near_end=False) != "practice_model"
    assert cues.content_kind(adopted, near_end=False) == "practice_model"
