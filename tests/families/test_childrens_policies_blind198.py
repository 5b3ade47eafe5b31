"""Wordings the 198th blind round used that the family did not know (decision 0311): an
amendment note labelled with its month in brackets ("Revision note (August 2025): …"), the
latest change as a field ("Most recent change: …"), "we brought this chapter up to date in …",
and a council opening a sentence as the user of a named model. Each case is written for this
test in our own words, with near misses that must not be read so."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n"


def _kinds(text: str) -> list[str]:
    version = analyze(read_source(text.encode(), "page.txt"), get_family())
    return [section.kind for section in version.outline.sections]


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Revision note (March 2025): the leaving care part was rewritten.", "2025-03"),
        ("Summary of changes (11 June 2024): two Acts added to the list.", "2024-06-11"),
        ("Amendment notes (Oct 2025) \u2013 the values were reordered.", "2025-10"),
    ],
)
def test_a_bracketed_note_label_under_the_title_is_the_scope(line: str, month: str) -> None:
    text = TITLE + f"{line}\n\nOur vision\nEvery child safe and happy at home.\n"
    assert _kinds(text)[:2] == ["title", "scope"]
    assert facts_of(text)["amendment_date"].value == month


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Most recent change: 3 February 2026 \u2013 the list of Acts was updated.", "2026-02-03"),
        ("Latest revision - March 2025", "2025-03"),
    ],
)
def test_the_latest_change_as_a_field_over_a_contents_list_is_the_scope(
    line: str, date: str
) -> None:
    text = (
        TITLE
        + f"{line}\n\nContents\nIntroduction\nOur values\n\n"
        + "Introduction\nThis is for all staff.\n\nOur values\nWe listen.\n"
    )
    assert _kinds(text)[:3] == ["title", "scope", "scope"]
    assert facts_of(text)["amendment_date"].value == date


def test_we_brought_the_chapter_up_to_date_dates_it() -> None:
    text = (
        TITLE
        + "\nAmendment\nWe brought this chapter up to date in November 2024 to add the Pledge.\n"
        + "\nOur values\nWe listen.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


def test_bringing_something_else_up_to_date_dates_nothing() -> None:
    text = TITLE + "\nOur values\nWe brought our local offer up to date in May 2025.\n"
    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Marlow Vale uses Signs of Safety in every team.", ["Signs of Safety"]),
        (
            "Eastbrook Children's Services uses the Secure Base Model with carers.",
            ["Secure Base Model"],
        ),
        (
            "Family Network Practice uses Family Group Conferences at each step.",
            ["Family Network Practice", "Family Group Conferences"],
        ),
    ],
)
def test_a_name_using_a_named_model_is_no_model_itself(sentence: str, names: list[str]) -> None:
    text = TITLE + f"\nOur practice model\n{sentence}\n"
    assert facts_of(text)["named_models"].value == names
