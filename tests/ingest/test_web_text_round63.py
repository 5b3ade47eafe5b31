"""A page copied as text with its accordion opened (decision 0117): the toggle's words under
each section's heading ("Hide this section") are chrome wherever they stand, as "Back to top"
is; a sentence that begins with those words is the chapter's own."""

from __future__ import annotations

from app.ingest import read_source


def _read(text: str) -> str:
    return read_source(text.encode(), "page.txt").text


_PAGE = """Skip to main content
Family Help Policies and Principles
Hide all sections
About this chapter
Hide this section
This chapter tells everyone in the Wexcombe family help service what we stand for.
Working together
Show this section
No agency keeps children safe alone, so we plan with schools, health and the police.
Hide this section if the family asks you to, and explain why it is kept on file.
Last updated: 3 March 2025
"""


def test_accordion_toggle_lines_are_left_out() -> None:
    text = _read(_PAGE)
    assert "About this chapter\nThis chapter tells everyone" in text
    assert "Working together\nNo agency keeps children safe alone" in text
    assert "Hide all sections" not in text
    assert "\nHide this section\n" not in text
    assert "Show this section" not in text
    assert "Hide this section if the family asks you to" in text


_TRAIL = """Skip to main content
Wexcombe Council
Menu
Home
Families and children
Family help procedures
Family Help Policies, Values and Principles
{under}
About this chapter
This chapter tells everyone in the Wexcombe family help service what we stand for.
"""


def test_a_trail_copied_one_step_a_line_under_home_is_left_out_above_the_page_tools() -> None:
    text = _read(_TRAIL.format(under="Print this page"))
    assert text.startswith("Family Help Policies, Values and Principles\n")
    assert "Families and children" not in text
    assert "Family help procedures" not in text


def test_short_lines_under_home_stay_without_the_page_tools_under_the_title() -> None:
    text = _read(_TRAIL.format(under="Our family help service, in short"))
    assert "Family help procedures\nFamily Help Policies, Values and Principles" in text
