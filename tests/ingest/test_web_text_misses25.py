"""A manual's name over a title that the chapter's own contents list marks (decision 0211).

A page copied as text may open with the procedures manual's name right above the chapter's
unnumbered title, and under the title a "Contents" list of the chapter's own headings. The list
marks the line above it as the title, so the manual's name goes. Each page is written for this
test in our own words; each negative case is a page a careless reader would strip.
"""

from __future__ import annotations

from app.ingest import read_source


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_manuals_name_over_a_title_with_its_own_contents_list_goes() -> None:
    page = (
        "Pellingham Fostering Procedures Manual\n"
        "Short Breaks, Respite and Holidays\n"
        "Contents\n"
        "1. Who this chapter is for\n"
        "2. Planning a break\n"
        "1. Who this chapter is for\n"
        "This chapter is for foster carers and their supervising social workers.\n\n"
        "2. Planning a break\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Short Breaks, Respite and Holidays\nContents\n")


def test_a_manuals_name_over_a_title_with_no_contents_list_stays() -> None:
    page = (
        "Pellingham Fostering Procedures Manual\n"
        "Short Breaks, Respite and Holidays\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Pellingham Fostering Procedures Manual\n")


def test_a_contents_list_naming_no_heading_below_leaves_the_name() -> None:
    page = (
        "Pellingham Fostering Procedures Manual\n"
        "Short Breaks, Respite and Holidays\n"
        "Contents\n"
        "Fostering handbook for carers\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Pellingham Fostering Procedures Manual\n")
