"""A trail copied one step a line over a title with a jump list under it: a site's mega-menu of
short labels, "Home" alone and the trail's steps, then the page's title with an "On this page"
or "Contents" list of its own headings under it, not prose (decision 0411).

Each page and line is written for this test in our own words; each near miss is a page where
the list under the comma line does not name the chapter's headings.
"""

from __future__ import annotations

from app.ingest import read_source

HEAD = (
    "Skip to content\nMarrowby Fells Council\nMenu\n"
    "Roads and travel\nLeisure and libraries\nCouncil and democracy\nChildren and families\n"
    "Adoption and fostering\nJobs\n"
    "Home\nChildren and families\nSocial care handbook\n"
)
TITLE = "Practice Standards, Values and Principles\n"
BODY = (
    "Our values\n"
    "We listen to children and we tell families plainly what worries us.\n"
    "Working with partners\n"
    "Schools, health visitors and the police share the work of keeping children safe.\n"
)


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_menu_and_steps_over_a_title_with_its_jump_list_are_chrome() -> None:
    page = HEAD + TITLE + "On this page\nOur values\nWorking with partners\n" + BODY

    assert _text(page).startswith(TITLE + "On this page\n")


def test_a_contents_heading_marks_the_title_as_well() -> None:
    page = HEAD + TITLE + "Contents\nOur values\nWorking with partners\n" + BODY

    assert _text(page).startswith(TITLE + "Contents\n")


def test_a_list_naming_no_heading_below_marks_nothing() -> None:
    page = HEAD + TITLE + "On this page\nPrint\nShare\n" + BODY

    assert not _text(page).startswith(TITLE)
