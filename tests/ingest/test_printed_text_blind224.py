"""Text copied out of a PDF viewer (blind round 224, decision 0345): footers that number the
pages with no total, list lines of dated titles, a heading under a full line, and the line
break a viewer's copy makes after a raised footnote mark.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import join_raised_note_marks, unprint_pages

BODY_ONE = (
    "Ashbourne Vale Council works with families\n"
    "across the district and its market towns.\n"
    "We keep children safe and close to home wherever\n"
)
BODY_TWO = "that can be done.\nOur Promise\nWe tell children the truth about their plans.\n"


def test_a_page_word_and_number_with_no_total_marks_the_pages() -> None:
    text = f"{BODY_ONE}Page 1\n{BODY_TWO}Page 2\n"
    result = unprint_pages(text)
    assert "Page 1" not in result and "Page 2" not in result
    assert "close to home wherever that can be done." in result


def test_a_footers_words_before_a_bare_number_mark_the_pages() -> None:
    footer = "Ashbourne Vale Council | Family Services {n}"
    text = f"{BODY_ONE}{footer.format(n=1)}\n{BODY_TWO}{footer.format(n=2)}\n"
    result = unprint_pages(text)
    assert "Family Services" not in result
    assert "wherever that can be done." in result


def test_a_manuals_name_then_a_page_word_marks_the_pages() -> None:
    footer = "Ashbourne Vale Family Services Manual - page {n}"
    text = f"{BODY_ONE}{footer.format(n=4)}\n{BODY_TWO}{footer.format(n=5)}\n"
    assert "Manual" not in unprint_pages(text)


def test_lines_with_other_words_before_their_numbers_are_no_footer() -> None:
    text = (
        "Contents\nScope of this chapter   page 1\nOur values and principles   page 2\n"
        "Working with partners   page 3\nScope of this chapter\nThis chapter applies to all.\n"
    )
    assert unprint_pages(text) == text


def test_short_headings_ending_in_numbers_are_no_footer() -> None:
    text = "Part 1\nWho we are and what we do.\nMore text here.\nPart 2\nHow we work.\n"
    assert unprint_pages(text) == text


def test_a_full_list_line_of_a_dated_title_stays_an_item() -> None:
    page_one = (
        "The duties in this chapter come from the legislation and regulations below, which\n"
        "every practitioner should know well enough to explain them to a family:\n"
        "Children Act 1989\n"
        "Adoption and Children Act 2002\n"
        "Care Planning, Placement and Case Review (England) Regulations 2010\n"
        "Care Leavers (England) Regulations 2010\n"
    )
    result = unprint_pages(f"{page_one}Page 1 of 2\nMore text.\nPage 2 of 2\n")
    lines = result.split("\n")
    assert "Care Planning, Placement and Case Review (England) Regulations 2010" in lines
    assert "Care Leavers (England) Regulations 2010" in lines


def test_a_heading_under_a_full_line_with_no_stop_stands_on_its_own() -> None:
    page_one = (
        "Children's Services Policies, Values and Principles\n"
        "Orrisvale Borough Council - a short guide for staff and partners\n"
        "About this guide\n"
        "This guide sums up what our services believe and how we work with the\n"
        "families of the borough, and it was revised in May 2025.\n"
    )
    lines = unprint_pages(f"{page_one}Page 1 of 2\nMore text.\nPage 2 of 2\n").split("\n")
    assert "About this guide" in lines
    assert "Orrisvale Borough Council - a short guide for staff and partners" in lines


def test_a_short_line_going_on_with_a_sentence_still_carries_on() -> None:
    page_one = (
        "We work with schools, health visitors, the police and the voluntary sector in\n"
        "Orrisvale\n"
        "and with neighbouring councils where a family moves between them.\n"
    )
    result = unprint_pages(f"{page_one}Page 1 of 2\nMore text.\nPage 2 of 2\n")
    assert "sector in Orrisvale and with neighbouring" in result


def test_the_break_after_a_raised_note_mark_is_taken_out() -> None:
    text = (
        "Our duties come from the Children Act 1989,2\n the Children (Leaving Care)\n"
        "Act 2000 and the Children and Social Work Act 2017.3\n Our strategy says more.\n"
    )
    assert join_raised_note_marks(text) == (
        "Our duties come from the Children Act 1989,2 the Children (Leaving Care)\n"
        "Act 2000 and the Children and Social Work Act 2017.3 Our strategy says more.\n"
    )


def test_a_raised_mark_is_joined_only_after_a_word_a_number_or_a_bracket() -> None:
    """The pattern opens with the stop and looks back from it (decision 0371): what stands
    before the stop decides, as when the look-behind came first."""
    joined = {
        "the Act (1989),4\n goes on": "the Act (1989),4 goes on",
        "in 2017.12\n Next": "in 2017.12 Next",
        "\u00e9t\u00e9;1\n suite": "\u00e9t\u00e9;1 suite",
    }
    for text, expected in joined.items():
        assert join_raised_note_marks(text) == expected
    for text in (".3\n at the start", "after a space ,2\n goes on", "snake_,2\n goes on"):
        assert join_raised_note_marks(text) == text


def test_numbers_that_are_no_note_marks_keep_their_breaks() -> None:
    text = "See section 4.1\n   the indented line of a layout copy\nVersion 2.1\nScope\n"
    assert join_raised_note_marks(text) == text


def test_a_heading_begun_after_a_stop_on_the_full_line_goes_on() -> None:
    page_one = (
        "This chapter was reviewed in March 2025 and amended to take account of the new\n"
        "national framework and of the changes to our offer to care leavers.Our\n"
        "Vision\n"
        "We want every child in Orrisvale to grow up safe and loved, with a home.\n"
    )
    lines = unprint_pages(f"{page_one}Page 1 of 2\nMore text.\nPage 2 of 2\n").split("\n")
    assert "Vision" not in lines
