"""Text copied or taken out of a PDF (blind round 243, decision 0367): a running header over
pages numbered by a bare number, a notes heading over its first note's number, note marks a copy
ran onto a number, and a note at a page's foot read where its mark stands.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import restore_glued_note_marks, unprint_pages

_HEADER = "Marlowe District Council | Family Services Handbook | Reissued June 2025\n"


def test_a_running_header_over_bare_page_numbers_goes_with_them() -> None:
    text = (
        _HEADER
        + "Staying Close\nMarlowe keeps in touch with young people who move on from our\n"
        + "1\n"
        + _HEADER
        + "children's homes, and helps them find somewhere settled to live.\n"
        + "2\n"
    )
    result = unprint_pages(text)
    assert "Reissued June 2025" not in result
    assert "\n1\n" not in result and not result.rstrip().endswith("2")
    assert "move on from our children's homes" in result


def test_bare_numbers_without_a_header_under_them_stay() -> None:
    text = (
        "Marlowe District Council | Family Services Handbook\n"
        "Steps we take\n1\nWe listen to the family.\n2\nWe agree a plan with them.\n"
    )
    assert unprint_pages(text) == text


def test_a_header_said_again_in_the_body_makes_no_running_header() -> None:
    text = (
        _HEADER
        + "Our handbook is headed\n"
        + _HEADER
        + "on every page.\n1\n"
        + _HEADER
        + "More words.\n2\n"
    )
    assert unprint_pages(text) == text


def _paged(body: str) -> str:
    footer = "Marlowe District Council   Page {} of 2\n"
    return f"{body}{footer.format(1)}More words.\n{footer.format(2)}"


def test_a_notes_heading_is_not_carried_on_by_its_first_notes_number() -> None:
    result = unprint_pages(
        _paged(
            "Sharing Information\nWe share what we must.\nNotes\n1 Section 47 of the 1989 Act.\n"
        )
    )
    assert "\nNotes\n1 Section 47" in result


def test_a_sentence_and_a_titles_year_still_carry_on() -> None:
    result = unprint_pages(
        _paged(
            "Each care leaver keeps an adviser until they reach\n21 and longer if they ask.\n"
            "The Children (Leaving Care) Act\n2000 applies.\n"
        )
    )
    assert "until they reach 21 and longer" in result
    assert "(Leaving Care) Act 2000 applies" in result


def test_a_mark_run_onto_an_acts_year_is_raised_again() -> None:
    text = "Our duties come from the Children Act 19892, the Children Act 2004 and more.\n"
    assert restore_glued_note_marks(text) == (
        "Our duties come from the Children Act 1989\u00b2, the Children Act 2004 and more.\n"
    )


def test_a_number_broken_after_its_mark_is_read_with_the_notes_number_raised() -> None:
    text = (
        "A plan is agreed no later than 63\n months after the child arrives. Advice lasts to 223\n"
        ". Then it ends.\nNotes\n3\n The review is held at six months.\n"
    )
    result = restore_glued_note_marks(text)
    assert "no later than 6\u00b3 months after" in result
    assert "Advice lasts to 22\u00b3. Then it ends." in result


def test_numbers_stay_where_the_text_holds_no_such_note() -> None:
    text = "We recruited 42\n more carers this year, and 250\n. Others followed.\nNotes\n7 More.\n"
    assert restore_glued_note_marks(text) == text


def test_a_page_foot_note_is_read_after_the_sentence_holding_its_mark() -> None:
    page = (
        "Support after Care\n"
        "Every care leaver has a personal adviser until they are 21\u00b9 and a plan for their\n"
        "future. The adviser helps them to find a home.\n"
        "\n"
        "\u00b9 Up to 25 for a young person who is still studying.\n"
    )
    result = unprint_pages(_paged(page))
    assert (
        "until they are 21\u00b9 and a plan for their future.\n"
        "\u00b9 Up to 25 for a young person who is still studying.\n"
        "The adviser helps them to find a home."
    ) in result


def test_a_page_foot_note_without_its_mark_on_the_page_stays() -> None:
    page = (
        "Support after Care\nEvery care leaver has a personal adviser.\n\n"
        "\u00b2 See the Local Offer.\n"
    )
    result = unprint_pages(_paged(page))
    assert result.index("personal adviser.") < result.index("\u00b2 See the Local Offer.")
