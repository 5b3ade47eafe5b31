"""Pages copied from a browser as text, round ingest15 (decision 0297): the chapter's first
heading, where a browser's copy sets it as one more bare line near the top.

- under the council's byline, a sentence-case or Title Case line over prose is a heading when
  the chapter's later plain-line headings are set in the same case (decision 0204 said so of
  capitals only); in a chapter with no such headings the line may be the byline's tagline;
- a stamp dated in ISO form ("Next review: 2027-03-18") is a stamp, so the line after it has
  its break above it.

Each case is written for this test in our own words.
"""

import pytest

from app.ingest import read_source
from app.sections.model import Outline
from app.sections.rules import _is_stamp_line
from tests.sections.helpers import assert_tiles, outline_of


def _outline(text: str) -> Outline:
    outline = outline_of(read_source(text.encode(), "chapter.txt").text)
    assert_tiles(outline)
    return outline


def _headings(text: str) -> list[str | None]:
    return [section.heading for section in _outline(text).sections]


_LATER_SENTENCE_HEADINGS = (
    "The law we follow\n\n"
    "Our duties come from the Children Act 1989 and the Children Act 2004, and from the "
    "statutory guidance that goes with them.\n\n"
    "What we believe\n\n"
    "We believe children do best when they grow up safely within their own families.\n"
)


def test_a_sentence_case_line_under_a_byline_is_a_heading_set_like_the_others() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Fernleigh District Council \u2014 Family Services\n\n"
        "Before you begin\n\n"
        "This chapter is for every worker in Fernleigh's family services. It explains the "
        "values and the law behind each procedure in the manual.\n\n" + _LATER_SENTENCE_HEADINGS
    )
    assert _headings(text)[:3] == [
        "Children's Services Policies, Values and Principles",
        "Before you begin",
        "The law we follow",
    ]


def test_a_title_case_line_under_a_byline_over_sentence_case_headings_stays_as_it_was() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Fernleigh District Council \u2014 Family Services\n\n"
        "Start Here Today\n\n"
        "This chapter is for every worker in Fernleigh's family services.\n\n"
        + _LATER_SENTENCE_HEADINGS
    )
    assert "Start Here Today" not in _headings(text)


def test_a_tagline_under_a_byline_in_a_chapter_without_headings_is_no_heading() -> None:
    text = (
        "Early Help Policy\n\n"
        "Marlow Green Borough Council - Family Hubs\n\n"
        "Doors open every weekday\n\n"
        "This chapter explains how our family hubs support parents and children.\n"
    )
    assert "Doors open every weekday" not in _headings(text)


@pytest.mark.parametrize("line", ["Next review: 2028-01-31", "Review date: 2026-09-04"])
def test_a_label_and_an_iso_date_is_a_stamp_line(line: str) -> None:
    assert _is_stamp_line(line)


@pytest.mark.parametrize("line", ["Phone: 2024-2025 budget", "Contact: 01632 960000"])
def test_a_label_and_other_figures_is_no_stamp_line(line: str) -> None:
    assert not _is_stamp_line(line)


def test_a_heading_after_a_stamp_dated_in_iso_form_is_a_heading() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n"
        "Version\tDate\tWhat changed\n"
        "2.0\t2025-02-11\tLeaving care section rewritten\n"
        "1.0\t2023-06-30\tFirst issue\n\n"
        "Next review: 2028-01-31\n\n"
        "Introduction\n\n"
        "This chapter sets out what Ashby Marsh's children's services believe and why.\n\n"
        "Corporate parenting\n\n"
        "As corporate parents of the children in our care we want for them what any good "
        "parent would want.\n"
    )
    assert "Introduction" in _headings(text)
