"""Two page heads copied from a browser as text (decision 0582): the manual's list of chapters
printed without its box heading between the site's chrome and a numbered title is the site's
menu, as it is under "In this section"; and a breadcrumb trail copied one step a line down to
the page's name is the site's when a blank line parts that name from the title saying it
again. Each page is written for this test in our own words about invented councils."""

from __future__ import annotations

from app.ingest import read_source

_BODY = (
    "Version 2.3\n"
    "About this chapter\n"
    "This chapter says what Pellingham's children's services believe and how that shapes the "
    "work every team does with children and their families.\n"
    "How we practise\n"
    "Our workers build relationships first and keep the same worker with a family wherever "
    "they can, so that families do not have to tell their story twice.\n"
)
_CHROME = "Skip to content\nPellingham City Council\nSign in\nSearch this site\n"


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_chapter_names_over_a_numbered_title_are_the_manuals_menu() -> None:
    text = _text(
        _CHROME
        + "Contacting the service\nSupervision of staff\nCase transfer between teams\n"
        + "5. Policies, Values and Principles\n"
        + _BODY
    )
    assert text.startswith("5. Policies, Values and Principles\n")
    assert "Supervision of staff" not in text


def test_a_long_chapter_list_over_a_numbered_title_is_the_manuals_menu() -> None:
    text = _text(
        _CHROME
        + "Contacting the service\nSupervision of staff\nCase transfer between teams\n"
        + "Complaints and compliments\nWorking with interpreters\n"
        + "6. Policies, Values and Principles\n"
        + _BODY
    )
    assert text.startswith("6. Policies, Values and Principles\n")


def test_a_short_numbered_title_under_two_chapter_names_stands_first() -> None:
    text = _text(
        _CHROME + "Contacting the service\nSupervision of staff\n4.2 Our Principles\n" + _BODY
    )
    assert text.startswith("4.2 Our Principles\n")


def test_short_lines_over_a_first_section_number_stay() -> None:
    text = _text(_CHROME + "Our Principles\nPellingham Practice\n1. Introduction\n" + _BODY)
    assert "Our Principles\nPellingham Practice\n1. Introduction" in text


def test_lines_over_a_numbered_title_with_no_chrome_above_stay() -> None:
    text = _text(
        "Contacting the service\nSupervision of staff\nCase transfer between teams\n"
        "5. Policies, Values and Principles\n" + _BODY
    )
    assert text.startswith("Contacting the service\n")


def test_a_trail_over_a_blank_line_and_the_name_said_again_is_dropped() -> None:
    text = _text(
        _CHROME
        + "Home\nFamilies and children\nStaff procedures\nOur policies\n"
        + "Policies, Values and Principles\n\nPolicies, Values and Principles\n\n"
        + _BODY
    )
    assert text.startswith("Policies, Values and Principles\n")
    assert "Staff procedures" not in text
