"""A page copied as text whose head holds widgets and labels beside the site's chrome: a trail
copied one step a line with its separators on lines of their own, an account link offering
both, an emergency strip under its own heading, a weather widget, a trail joined by arrows that
starts below "Home", and a category label between the trail and the title (decision 0239).

Each page and line is written for this test in our own words; each near miss is a page where the
same shape is the chapter's own.
"""

from __future__ import annotations

from app.ingest import read_source

TITLE = "Family Help Standards, Aims and Duties\n"
BODY = (
    "We wrote this chapter so that everyone who works with families in Pellbrook knows what we "
    "expect of them.\n"
    "Our aims\n"
    "We help families early and we keep children safe at home wherever we can.\n"
)


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_trail_separators_on_lines_of_their_own_are_chrome() -> None:
    head = "Skip to main content\nMenu\nHome\n>\nFamilies\n>\nProcedures\n>\n"

    assert _text(head + TITLE + BODY).startswith(TITLE)


def test_the_trails_last_step_said_again_as_the_title_goes_with_the_trail() -> None:
    head = "Skip to main content\nMenu\nHome\n\u203a\nFamilies\n\u203a\n" + TITLE

    assert _text(head + TITLE + BODY).startswith(TITLE + "We wrote")


def test_sign_in_or_register_is_an_account_link() -> None:
    head = "Skip to main content\nSign in or register\nPellbrook Council\nSearch\n"

    assert _text(head + "Home > Families > Procedures\n" + TITLE + BODY).startswith(TITLE)


def test_an_emergency_call_under_its_strips_heading_is_chrome() -> None:
    head = (
        "Skip to content\nMenu\nPellbrook Council\nIn an emergency\n"
        "If a child is in danger right now, phone 999.\n"
        "Home > Families > Procedures\n"
    )

    assert _text(head + TITLE + BODY).startswith(TITLE)


def test_a_weather_widget_at_the_top_is_chrome() -> None:
    head = "Skip to content\nSearch\nToday in Pellbrook\n8\u00b0C Heavy rain\nHome > Families\n"
    flat = "Skip to content\nSearch\nWeather: 14 \u00b0C, bright and breezy\nHome > Families\n"

    assert _text(head + TITLE + BODY).startswith(TITLE)
    assert _text(flat + TITLE + BODY).startswith(TITLE)


def test_a_temperature_in_the_chapter_is_left_alone() -> None:
    page = TITLE + BODY + "Rooms are kept at 18\u00b0C or warmer.\n"

    assert "18\u00b0C" in _text("Skip to content\nSearch\nHome > Families\n" + page)


def test_an_arrow_trail_below_home_and_a_category_label_are_the_sites() -> None:
    head = "Skip to main content\nSign in\nSearch\nFamilies \u203a Social care procedures\nPolicy\n"

    assert _text(head + TITLE + BODY).startswith(TITLE)


def test_a_category_label_under_a_you_are_here_trail_goes_with_it() -> None:
    head = (
        "Jump to content\nSearch\nLog in\nPellbrook Council\n"
        "You are here: Home / Families / Procedures\nProcedure chapter\n"
    )

    assert _text(head + TITLE + BODY).startswith(TITLE)


def test_a_short_line_under_a_trail_that_is_no_category_label_stays() -> None:
    head = "Skip to main content\nSearch\nHome > Families > Procedures\nFamily Help\n"

    assert _text(head + TITLE + BODY).startswith("Family Help\n")
