"""Copies of PDFs whose page turns carry a section's hanging number, or whose footer sits only a
space before its page counter (blind310)."""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages

_HEADER = "Eastholm Council | Family Services Handbook"


def test_a_section_number_brought_to_a_page_top_stays_with_its_heading() -> None:
    copied = "\n".join(
        [
            _HEADER,
            "Our Aims",
            "1",
            "Who We Are",
            "We are a small team serving the towns of the valley.",
            "Page 1 of 2",
            _HEADER,
            "4",
            "Working With Schools",
            "Teachers tell us early when a pupil seems troubled.",
            "Page 2 of 2",
        ]
    )
    read = unprint_pages(copied)
    assert "4 Working With Schools" in read
    assert "Page 1 of 2" not in read
    assert "Family Services Handbook" not in read


def test_a_bare_number_matching_its_page_is_still_the_pages_own() -> None:
    copied = "\n".join(
        [
            _HEADER,
            "Our Aims",
            "We are a small team serving the towns of the valley.",
            "Page 1 of 2",
            _HEADER,
            "2",
            "Working With Schools",
            "Teachers tell us early when a pupil seems troubled.",
            "Page 2 of 2",
        ]
    )
    read = unprint_pages(copied)
    assert "2 Working With Schools" not in read
    assert "Working With Schools" in read


def test_a_footer_a_single_space_before_its_counter_marks_the_pages() -> None:
    copied = "\n".join(
        [
            "Northwick Borough",
            "Aims of the service",
            "We visit every family within a week of the first call and we",
            "Not valid once printed Page 1 of 2",
            "Northwick Borough",
            "write down what the children say to us.",
            "Not valid once printed Page 2 of 2",
        ]
    )
    read = unprint_pages(copied)
    assert "Not valid once printed" not in read
    assert "Page 2 of 2" not in read
    assert "and we write down what the children say" in read


def test_a_sentence_ending_in_a_page_reference_is_no_footer() -> None:
    typed = "\n".join(
        [
            "Aims of the service",
            "The form's questions are listed on page 1 of 2",
            "and the answers go on page 2 of 2",
        ]
    )
    assert unprint_pages(typed) == typed
