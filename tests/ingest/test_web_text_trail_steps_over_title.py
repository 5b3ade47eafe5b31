"""A breadcrumb trail copied one step a line under a site's head: "Home" alone, then the steps,
then the page's title with a comma in it and prose at once (no tools, no stamp under it)
(decision 0194).

Each page and line is written for this test in our own words; each near miss is a page where the
lines after "Home" are not, or not only, the trail's steps.
"""

from __future__ import annotations

from app.ingest import read_source

HEAD = "Skip to main content\nOakhollow District Council\nMenu\nSearch this site\nHome\n"
STEPS = "Families and young people\nSocial work procedures\n"
TITLE = "Practice Standards, Values and Principles\n"
BODY = (
    "Everyone who works with children on the council's behalf should read this chapter before "
    "they start.\n"
    "Our values\n"
    "We listen to children and we tell families plainly what worries us.\n"
)


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_trail_steps_one_a_line_between_home_and_a_comma_title_are_chrome() -> None:
    assert _text(HEAD + STEPS + TITLE + BODY).startswith(TITLE)


def test_one_short_line_under_home_stays_it_may_be_the_title() -> None:
    page = HEAD + "Social work procedures\n" + TITLE + BODY

    assert _text(page).startswith("Social work procedures\n" + TITLE)


def test_steps_stay_when_a_short_line_not_prose_is_under_the_comma_line() -> None:
    page = HEAD + STEPS + TITLE + "Our standards, in brief\n" + BODY

    assert _text(page).startswith(STEPS + TITLE)


def test_a_wrapped_title_is_not_taken_for_a_step() -> None:
    page = HEAD + STEPS + "Practice Standards and\n" + "Values, Principles\n" + BODY

    assert "Practice Standards and\n" in _text(page)


def test_steps_under_a_menu_that_does_not_end_with_home_stay() -> None:
    head = "Skip to main content\nOakhollow District Council\nMenu\nSearch this site\n"

    assert _text(head + STEPS + TITLE + BODY).startswith(STEPS)


def test_a_sentence_after_the_steps_ends_no_trail() -> None:
    page = HEAD + STEPS + "Read this, then the chapter.\n" + BODY

    assert _text(page).startswith(STEPS)
