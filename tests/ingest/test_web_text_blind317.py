"""Page chrome of blind round 317 (decision 0457), copied as text or exported as markdown: a
site's menu whose last entry names one of the council's own sections over a "This page is part
of" box that stands above the title, a print view's two marks run together on one line, a
council's banner written with emphasis, and a toolbar's label over tools of several words.
Each rule has a negative: words of the chapter's own that look like it. Every case is written
for this test in our own words.
"""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Adoption Values and Standards"
BODY = (
    "About this chapter\n"
    "This chapter explains the standards our adoption service holds itself to when it plans "
    "for children who cannot live with their birth families.\n"
)


def test_a_menus_closing_section_is_no_title_over_a_part_of_box_above_the_title() -> None:
    text = (
        "Hollin Brook District Council\n"
        "Home\n"
        "Waste and recycling\n"
        "Planning\n"
        "Council and democracy\n"
        "This page is part of:\n"
        "Hollin Brook Adoption Practice Handbook\n"
        "Part 2: Planning for Children\n"
        f"{TITLE}\n"
        "Version 2 \u2013 last updated 5 May 2026\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"{TITLE}\n")
    assert "Council and democracy" not in kept
    assert "Adoption Practice Handbook" not in kept


def test_a_title_over_a_part_of_box_still_marks_the_box_as_under_it() -> None:
    text = (
        "Hollin Brook District Council\n"
        "Home\n"
        f"{TITLE}\n"
        "This page is part of:\n"
        "Hollin Brook Adoption Practice Handbook\n"
        "Part 2: Planning for Children\n"
        "Version 2\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"{TITLE}\n")
    assert "Adoption Practice Handbook" not in kept


def test_print_marks_run_together_on_one_line_are_chrome() -> None:
    assert is_chrome_line("Printed on 14/02/2026 \u2014 uncontrolled when printed", CUES)
    assert is_chrome_line("Uncontrolled when printed | Date printed: 9 March 2026", CUES)
    assert is_chrome_line("Printed on: 02/05/2026 - Uncontrolled if printed", CUES)


def test_a_print_stamp_beside_the_chapters_words_is_not_chrome() -> None:
    assert not is_chrome_line("Printed on 14/02/2026 \u2014 the chapter was amended", CUES)
    assert not is_chrome_line("Uncontrolled when printed | Our adoption panel meets monthly", CUES)


def test_print_marks_at_the_top_and_foot_of_a_page_go() -> None:
    mark = "Printed on 14/02/2026 \u2014 uncontrolled when printed"
    text = f"{mark}\n{TITLE}\n" + BODY + f"{mark}\n"
    kept = strip_edge_chrome(text, CUES)
    assert "Printed on" not in kept and "uncontrolled" not in kept
    assert kept.startswith(f"{TITLE}\n")


def test_a_council_banner_with_bold_and_italic_is_chrome_at_the_top() -> None:
    text = (
        "**Hollin Brook Council** \u2013 _Proud to serve Hollin Brook_\n\n"
        "[Sign in to My Account](https://example.org/account)\n\n"
        f"# {TITLE}\n\n" + BODY
    )
    assert strip_edge_chrome(text, CUES).startswith(f"# {TITLE}")


def test_a_council_name_in_bold_over_a_title_cased_chapter_name_stays() -> None:
    text = (
        "**Hollin Brook Council** \u2013 *Adoption Values and Standards*\n\n"
        "[Sign in to My Account](https://example.org/account)\n\n" + BODY
    )
    assert "Adoption Values and Standards" in strip_edge_chrome(text, CUES)


def test_a_toolbar_label_over_tools_of_several_words_is_chrome() -> None:
    assert is_chrome_line(
        "Accessibility tools: Text size [A](#s) [A](#m) [A](#l) | [Translate this page](#t)", CUES
    )
    assert is_chrome_line("Accessibility tools: High contrast | Read aloud", CUES)


def test_a_toolbar_label_over_the_chapters_words_is_not_chrome() -> None:
    assert not is_chrome_line("Accessibility tools: Text size A A A | Easy read leaflets", CUES)
    assert not is_chrome_line("Share this page: Facebook | The Adoption and Children Act", CUES)
