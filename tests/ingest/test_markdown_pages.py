"""Markdown that a PDF-to-markdown tool wrote: bare page numbers, running headers, and every
printed line a paragraph (decision 0326). Texts in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.markdown_pages import unprint_markdown_pages

HEADER = "Ashmere Borough Council Social Care Manual"
LINE_A = "Each child who cannot go home should have a plan for a settled home agreed within"
LINE_B = "three months, and the plan is looked at again at every review that follows it."


def _printed(*pages: list[str]) -> str:
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        out.extend([HEADER, "", *page, "", str(number), ""])
    return "\n\n".join(part for part in "\n".join(out).split("\n") if part) + "\n"


def test_page_numbers_and_the_running_header_go_and_printed_lines_join() -> None:
    text = _printed(
        ["# Policies and Principles", "## 1. Permanence", LINE_A, LINE_B],
        [
            "## 2. Leaving care",
            "Care leavers keep a personal adviser until they are 25, and the help they are given",
            "is the same whatever they are doing.",
        ],
    )
    read = unprint_markdown_pages(text)
    assert HEADER not in read
    assert "\n1\n" not in read and "\n2\n" not in read
    assert f"{LINE_A} {LINE_B}" in read
    assert "the help they are given is the same" in read


def test_a_short_paragraph_and_one_going_on_in_capitals_are_not_joined() -> None:
    text = _printed(
        [
            "# Principles",
            "to act in their best interests",
            "to encourage them to express their views",
        ],
        [
            "## 2. Values",
            "We want every child to have a home where they feel they belong and",
            "Our Children in Care Council tells us how we are doing.",
        ],
    )
    read = unprint_markdown_pages(text)
    assert "to act in their best interests\n\nto encourage them" in read
    assert "belong and\n\nOur Children in Care Council" in read


def test_numbers_that_do_not_count_pages_leave_the_text_alone() -> None:
    text = (
        "# T\n\nFirst paragraph of the chapter, long enough to be a printed line of a page\n\n"
        "4\n\nsecond paragraph.\n\n9\n"
    )
    assert unprint_markdown_pages(text) == text


def test_one_bare_number_is_no_page() -> None:
    text = "# T\n\nThe number of principles is\n\n7\n\nin all.\n"
    assert unprint_markdown_pages(text) == text


def test_read_source_reads_printed_markdown_pages() -> None:
    text = _printed(["# Policies", LINE_A, LINE_B], ["## Leaving care", "Advisers until 25."])
    read = read_source(text.encode(), "chapter.md").text
    assert HEADER not in read
    assert "agreed within three months" in read
