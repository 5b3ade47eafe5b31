"""Text selected and copied in a browser's PDF viewer, whose pages carry only a number at the
foot and no running header (blind round 259, decision 0386): the numbers land on lines of their
own between the pages' lines, often in the middle of a paragraph. They are the pages' numbers
when every line that is only a number is one of them, they run 1, 2, 3 in order, each page
holds a page of text and the last number ends the text.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages

_PAGE_ONE = [
    "Caring for Children in Thornbury Vale",
    "About this chapter",
    "This chapter explains how Thornbury Vale District Council looks after the",
    "children in its care and supports the young people who have left it.",
    "Our legal duties",
    "Our duties come from the Children Act 1989 and the Children and Social Work",
    "Act 2017, and from the guidance made under them.",
    "How we work",
    "We work with families rather than around them. We say plainly what worries",
    "us, we listen to what children tell us, and we look for what is going well",
    "in a family before we decide what has to change. We keep our promises and",
    "we explain our decisions in words that children and their parents can",
]
_PAGE_TWO = [
    "understand, and we write them down so that they can read them again later.",
    "Leaving care",
    "Every care leaver has a personal adviser until they are 21.",
]


def test_bare_numbers_at_the_pages_feet_are_left_out_and_the_paragraph_mended() -> None:
    text = "\n".join([*_PAGE_ONE, "1", *_PAGE_TWO, "2"]) + "\n"
    result = unprint_pages(text)
    assert "\n1\n" not in result and not result.rstrip().endswith("2")
    assert "children and their parents can understand, and we write" in " ".join(result.split())


def test_a_list_numbered_on_lines_of_their_own_stays_as_it_is() -> None:
    text = "\n".join(["Our promises", "1", "We listen.", "2", "We explain.", "3"]) + "\n"
    assert unprint_pages(text) == text


def test_numbers_that_do_not_end_the_text_are_no_page_numbers() -> None:
    text = "\n".join([*_PAGE_ONE, "1", *_PAGE_TWO, "2", "Contacts are listed overleaf."]) + "\n"
    assert unprint_pages(text) == text
