"""A row of the page's stamps then its tools under the title ("Reviewed: 3 June 2024 | Issue 5 |
Print | Download as PDF"): the tools go as chrome, the stamps stay (decision 0136)."""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
BODY = (
    "Purpose of this chapter\n"
    "This chapter explains what we believe about fostering and how our carers are supported "
    "by the council.\n"
)


def test_tools_after_stamps_in_a_row_under_the_title_go():
    text = (
        "Fostering Values and Principles\n"
        "Reviewed: 3 June 2024 | Issue 5 | Print this page | Download as PDF\n" + BODY
    )
    assert strip_edge_chrome(text, CUES) == (
        "Fostering Values and Principles\nReviewed: 3 June 2024 | Issue 5\n" + BODY
    )


def test_a_dotted_row_loses_its_tools_too():
    row = "Issue 5 \u00b7 Amended 04/06/2024 \u00b7 Share"
    text = "Fostering Values and Principles\n" + row + "\n" + BODY
    assert "Share" not in strip_edge_chrome(text, CUES)
    assert "Amended 04/06/2024" in strip_edge_chrome(text, CUES)


def test_a_row_with_no_date_is_left_whole():
    text = "Fostering Values and Principles\nIssue 5 | Team leaders | Print this page\n" + BODY
    assert "Issue 5 | Team leaders" in strip_edge_chrome(text, CUES)


def test_a_row_whose_first_part_is_prose_is_left_whole():
    row = "We changed the sections on family time in June 2024 | Print this page"
    text = "Fostering Values and Principles\n" + row + "\n" + BODY
    assert row in strip_edge_chrome(text, CUES)
