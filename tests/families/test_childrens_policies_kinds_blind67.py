"""Content cues blind set 67 showed missing (decision 0123): a line of the chapter's history
with its date first, which closes the chapter as end matter, and the outcomes listed as what
the service wants for every young person, the comma after "By the time …" left out."""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "April 2022: chapter first published.",
        "November 2024 - chapter amended to add the section on kinship care.",
        "3 June 2025: the leaving care paragraph was revised.",
        "14/02/2025 \u2013 principles of practice rewritten with young people.",
    ],
)
def test_a_dated_history_line_is_end_matter_near_the_end(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "May 2025: the Corporate Parenting Board met young people at the youth centre.",
        "In March 2025 the service opened two new family hubs.",
        "Our chapters were revised in 2024 when the manual moved online.",
    ],
)
def test_dated_events_of_the_service_are_no_history_line(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"


def test_a_dated_history_line_names_nothing_away_from_the_end(cues) -> None:
    assert cues.content_kind("April 2022: chapter first published.", near_end=False) is None


@pytest.mark.parametrize(
    "opening",
    [
        "By the time they leave our care we want every young person to be healthy, to feel safe, "
        "to do as well as they can at school, and to have a settled home of their own.",
        "When they reach eighteen we want each young person to be safe, to have achieved in "
        "education and to be ready for adult life.",
    ],
)
def test_outcomes_for_every_young_person_without_the_comma(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


def test_a_wish_for_one_young_person_that_is_no_list_of_outcomes(cues) -> None:
    opening = "By the time they leave our care we want every young person to be safe at home."
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
