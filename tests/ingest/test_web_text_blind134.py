"""A page copied as text whose chrome earlier rounds had not met (decision 0220): a consent
banner's one acknowledging button ("OK, got it") among the lines at the top, and a trail copied
one step a line over a title with a comma whose first heading and prose follow it.

Each page and line is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest import read_source

TITLE = "Fostering Services, Aims and Standards\n"


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_consent_banners_acknowledging_button_goes_with_the_banner() -> None:
    page = (
        "Skip to content\n"
        "We use cookies to make this site work. Read our cookie policy.\n"
        "OK, got it\n"
        "Menu\n"
        "Home\n"
        "Fostering\n"
        "Carers' handbook\n" + TITLE + "Who this is for\n"
        "Everyone who fosters for the council should read this part of the handbook.\n"
    )
    assert _text(page).startswith(TITLE)


def test_the_same_words_inside_the_chapter_stay() -> None:
    page = (
        TITLE + "Who this is for\n"
        "Everyone who fosters for the council should read this part of the handbook.\n"
        "Got it\n"
        "Carers told us the phrase they hear most from young people is the one above.\n"
    )
    assert "Got it\n" in _text(page)


def test_trail_steps_go_over_a_comma_title_with_a_plain_heading_and_prose_under_it() -> None:
    page = (
        "Skip to content\nMenu\nHome\n"
        "Fostering\n"
        "Carers' handbook\n" + TITLE + "Who this is for\n"
        "Everyone who fosters for the council should read this part of the handbook.\n"
    )
    assert _text(page).startswith(TITLE)


def test_trail_steps_stay_when_the_line_under_the_plain_heading_is_no_sentence() -> None:
    page = (
        "Skip to content\nMenu\nHome\n"
        "Fostering\n"
        "Carers' handbook\n" + TITLE + "Who this is for\n"
        "Foster carers and their link workers\n"
        "Everyone who fosters for the council should read this part of the handbook.\n"
    )
    assert _text(page).startswith("Fostering\n")
