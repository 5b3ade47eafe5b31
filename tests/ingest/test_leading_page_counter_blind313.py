"""A footer whose page counter stands at its left, the footer's words after a bar or a dash
("Page 2 of 4 | Issue 3"), ends its page as a counter at the right does (blind round 313,
decision 0453). Written for this test in our own words."""

from __future__ import annotations

from app.ingest.printed_text import mark_counted_pages, unprint_pages


def _copy(footer: str) -> str:
    return (
        "Our Aims\n"
        "We help families early.\n"
        f"{footer.format(n=1)}\n"
        "Our Vision\n"
        "Every child grows up knowing they belong and that\n"
        f"{footer.format(n=2)}\n"
        "someone is on their side.\n"
        f"{footer.format(n=3)}\n"
    )


def test_a_counter_before_a_bar_and_a_version_ends_each_page() -> None:
    text = _copy("Page {n} of 3 | Issue 3")
    assert mark_counted_pages(text).count("\f") == 3
    read = unprint_pages(text)
    assert "Issue 3" not in read
    assert "Page 2" not in read
    assert "belong and that someone is on their side." in read


def test_a_counter_before_a_dash_and_a_notice_ends_each_page() -> None:
    text = _copy("Page {n} of 3 - Uncontrolled when printed")
    assert "Uncontrolled" not in unprint_pages(text)


def test_a_sentence_that_opens_with_a_page_reference_marks_nothing() -> None:
    text = (
        "Page 1 of 2 of the form asks for the child's name.\n"
        "Then page 2 of 2 asks for the school.\n"
    )
    assert mark_counted_pages(text) == text
