"""Chapter pages of hosted procedures manuals copied as text (blind129, decision 0212): the
manual's printed-copy notice wherever it stands, a bare "Top" jump link after each section, the
provider's credit over the copyright line, and the manual's name under a skip link with its
menu. Pages in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

PAGE = """\
Skip to main content
Fernleigh Vale Children's Social Care Procedures Manual
Home
Contents
What's New
Search
Placement Planning
Contents
1. Introduction
2. Planning
Amendment
This chapter was updated in March 2026 to add a note on reviews.
Caution: printed copies may be out of date.

1. Introduction
Every child placed away from home has a plan that says why, where and for how long.

Top

2. Planning
The plan is agreed with the child and their family before the placement starts.

Top

The Fernleigh Vale Children's Social Care Procedures Manual is produced by Birchwood Press Ltd.
Copyright \u00a9 2026 Birchwood Press Ltd. All rights reserved.
Terms and Conditions | Accessibility | Cookies
"""


def _stripped(page: str = PAGE) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


def test_the_manual_name_under_a_skip_link_goes_with_its_menu():
    # a name too long for a label line: it opens the site's labels only under chrome
    assert _stripped().startswith("Placement Planning\nContents\n1. Introduction")


def test_a_printed_copy_notice_between_the_boxes_and_the_body_goes():
    text = _stripped()
    assert "printed copies" not in text
    assert "to add a note on reviews.\n\n1. Introduction" in text


def test_a_printed_copy_notice_with_its_advice_goes_but_a_paragraph_that_goes_on_stays():
    notice = "Caution: printed copies of this chapter may be out of date. Check the online manual."
    page = PAGE.replace("Caution: printed copies may be out of date.", notice)
    assert "printed copies" not in _stripped(page)
    paragraph = (
        "Printed copies of plans may be out of date. Workers must check the case record. "
        "The child's plan on the record is the one that counts."
    )
    page = PAGE.replace("Every child placed away", paragraph + "\nEvery child placed away")
    assert paragraph in _stripped(page)


def test_bare_top_links_after_sections_go():
    text = _stripped()
    assert "\nTop\n" not in text
    assert "before the placement starts." in text


def test_the_providers_credit_over_the_copyright_line_goes():
    text = _stripped()
    assert "Birchwood Press" not in text
    assert text.rstrip().endswith("before the placement starts.")


def test_the_councils_own_closing_line_stays():
    page = PAGE.replace(
        "The Fernleigh Vale Children's Social Care Procedures Manual is produced by "
        "Birchwood Press Ltd.",
        "This chapter is owned by the Head of Children's Social Work.",
    )
    assert "owned by the Head of Children's Social Work." in _stripped(page)


UNDER_A_SHORT_TITLE = """\
Placement Planning
Caution: printed copies may be out of date.

1. Introduction
Every child placed away from home has a plan that says why, where and for how long.
"""


def test_a_short_title_over_the_printed_copy_notice_stays_the_title():
    # the notice is about this chapter, so the short line above it is the chapter's title, not
    # the site's label: before, both went as one run of chrome and the page had no title
    text = _stripped(UNDER_A_SHORT_TITLE)
    assert text.startswith("Placement Planning\n")
    assert "printed copies" not in text


def test_a_short_title_under_the_sites_menu_stays_over_the_printed_copy_notice():
    text = _stripped("Skip to main content\nMenu\nSearch\n" + UNDER_A_SHORT_TITLE)
    assert text.startswith("Placement Planning\n")
    assert "Menu" not in text and "printed copies" not in text
