"""A page set in two balanced columns, copied by `pdftotext -layout` (blind round 259, decision
0386): each printed line holds a line of the left column, a gutter and a line of the right, and
a justified column's wide word gaps must not hide the gutter; a sentence the left column breaks
off goes on at the head of the right one.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages


def _printed(page: str) -> str:
    """A page and a second short one, each with its page counter, as a copied PDF has them."""
    return page + "\n\nThe section ends here.\n\nPage 1 of 2\nThe next page goes on.\nPage 2 of 2\n"


def _side_by_side(left: list[str], right: list[str], column: int) -> str:
    lines = []
    for index in range(max(len(left), len(right))):
        first = left[index] if index < len(left) else ""
        second = right[index] if index < len(right) else ""
        lines.append((first.ljust(column) + second).rstrip() if second else first)
    return "\n".join(lines)


def test_justified_gaps_in_the_right_column_do_not_hide_the_gutter() -> None:
    left = [
        "The council's duties to families come",
        "mainly from the Children Act 1989 and",
        "from the Children and Families Act",
        "2014, with regulations made under them.",
    ]
    right = [
        "Each  team  keeps  a  copy  of  them.",
        "Managers    check    that    new",
        "staff have read them in their first",
        "month.",
    ]
    result = unprint_pages(_printed("Our legal duties\n" + _side_by_side(left, right, 44)))
    assert "Children Act 1989 and from the Children and Families Act 2014" in " ".join(
        result.split()
    )
    assert result.index("with regulations made under them.") < result.index("Each")


def test_a_sentence_broken_off_at_the_foot_of_the_left_column_goes_on_in_the_right() -> None:
    left = [
        "Foster carers in Ashcombe Vale are",
        "supported by a supervising social",
        "worker who visits them at home and",
        "who can be reached by telephone at",
    ]
    right = [
        "any time of the day, and by an out of",
        "hours team at night and at weekends.",
        "Training is offered every month.",
    ]
    result = unprint_pages(_printed("Supporting carers\n" + _side_by_side(left, right, 42)))
    assert "reached by telephone at any time of the day" in " ".join(result.split())
    assert "at\n\nany" not in result


def test_a_box_beside_a_paragraph_is_still_set_after_it_as_a_block_of_its_own() -> None:
    left = [
        "Young people leaving care in Dunford have a",
        "personal adviser who helps them with housing,",
        "money and work, and who stays in touch with",
        "them wherever they live.",
    ]
    right = ["At a glance", "Adviser: to 21", "Longer if studying"]
    result = unprint_pages(_printed("Leaving care\n" + _side_by_side(left, right, 50)))
    assert "them wherever they live.\n\nAt a glance" in result
