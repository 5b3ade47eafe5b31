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
